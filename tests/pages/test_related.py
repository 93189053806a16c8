"""Related motifs: the record's own list first, then shared objects, makers and themes."""

from __future__ import annotations

import re

from arsip.pages.related import LIMIT, compute

from support import MOTIF_IDS, record


def m(i, themes=("flora",), objects=(), makers=(), related=()):
    return {"id": f"m{i:02d}", "themes": list(themes), "depicts": [{"object": {"id": o}} for o in objects],
            "makers": list(makers), "related": list(related)}


def test_order_limit_and_determinism():
    motifs = [m(0, objects=["jati"], makers=["a"], related=["m09"]),
              m(1, objects=["jati"]),                 # shares an object: 3 + theme 1
              m(2, makers=["a"]),                     # shares a maker: 2 + 1
              m(3, themes=["fauna"], objects=["jati"], makers=["a"]),  # 3 + 2
              *[m(i) for i in range(4, 10)]]          # theme only: 1 each
    rel = compute(motifs)
    assert rel["m00"][0] == "m09"                      # the record's own choice first
    assert rel["m00"][1:4] == ["m03", "m01", "m02"]     # then by what is shared, weightiest first
    assert rel["m00"][4:] == ["m04", "m05"]            # ties by id
    assert len(rel["m00"]) == LIMIT
    assert "m00" not in rel["m00"]
    assert compute(list(reversed(motifs))) == rel       # input order does not matter
    assert rel["m03"][:2] == ["m00", "m01"]


def test_unrelated_motifs_get_no_padding():
    rel = compute([m(0, themes=["flora"]), m(1, themes=["fauna"])])
    assert rel == {"m00": [], "m01": []}


def test_motif_pages_show_related_motifs(site):
    rel = compute([record(mid) for mid in MOTIF_IDS])
    for mid in MOTIF_IDS:
        html = (site / "motif" / mid / "index.html").read_text("utf-8")
        if not rel[mid]:
            assert 'id="terkait"' not in html
            continue
        section = html[html.index('id="terkait"'):html.index('id="hak"')]
        assert re.findall(r'href="\.\./([a-z0-9-]+)/"', section) == rel[mid], mid
        for r in record(mid).get("related", []):
            assert r in rel[mid][:len(record(mid)["related"])]
