"""Related motifs, computed once per build from what motifs share.

A reader who likes one motif wants the ones next to it: those the record names in
`related` (the contributor knows best, so they come first, in their order), then those
sharing depicted objects, makers and themes. Candidates come from an inverted index, so
the cost grows with the number of shared values, not with the square of the archive.
Ties break by id: the same input always gives the same list.
"""

from __future__ import annotations

from collections import defaultdict

from .facets import object_key

LIMIT = 6
WEIGHTS = {"object": 3, "maker": 2, "theme": 1}


def _keys(m: dict) -> set[tuple[str, str]]:
    keys = {("theme", th) for th in m["themes"]}
    keys |= {("object", object_key(d["object"])) for d in m.get("depicts", [])}
    keys |= {("maker", mk) for mk in m.get("makers", [])}
    return keys


def compute(motifs: list[dict], limit: int = LIMIT) -> dict[str, list[str]]:
    """motif id -> ids of up to `limit` related motifs."""
    ids = {m["id"] for m in motifs}
    keys = {m["id"]: _keys(m) for m in motifs}
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for mid, ks in keys.items():
        for k in ks:
            index[k].append(mid)
    out = {}
    for m in motifs:
        mid = m["id"]
        chosen = [r for r in m.get("related", []) if r in ids and r != mid][:limit]
        scores: dict[str, int] = defaultdict(int)
        for k in keys[mid]:
            for other in index[k]:
                if other != mid:
                    scores[other] += WEIGHTS[k[0]]
        for other, _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(chosen) >= limit:
                break
            if other not in chosen:
                chosen.append(other)
        out[mid] = chosen
    return out
