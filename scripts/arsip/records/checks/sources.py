"""The source registry (data/sources.yml) and every citation of it.

Each source is recorded once: an id or a web address registered twice is refused, and
so is a record that cites an id the registry does not have. A registered source that
no record cites is only a warning (it may be waiting for a new motif).
"""

from __future__ import annotations

import re

from ...core.paths import Archive

REGISTRY = "data/sources.yml"
# A hand-written page cites registered sources with `<!-- arsip:sources id id … -->`
# (filled in by pages/journeys.py); those ids are checked and count as used like any other.
PAGE_SOURCES = re.compile(r"<!-- arsip:sources ([a-z0-9 -]+?) -->")


def page_citations(arc: Archive) -> list[tuple[str, int, str]]:
    """(file, line, id) of every source cited by a hand-written page under docs/<lang>/."""
    out = []
    for path in sorted(arc.docs.glob("*/**/*.md")):
        text = path.read_text("utf-8")
        for m in PAGE_SOURCES.finditer(text):
            out += [(arc.rel(path), text.count("\n", 0, m.start()) + 1, sid) for sid in m.group(1).split()]
    return out


def _norm_url(url: str) -> str:
    """The same page written twice: ignore the scheme, a trailing slash and letter case of the host."""
    u = url.strip()
    u = u.split("://", 1)[1] if "://" in u else u
    host, _, rest = u.partition("/")
    return host.lower().removeprefix("www.") + "/" + rest.rstrip("/")


def cited(col) -> list[tuple[str, list, str]]:
    """Every citation: (file, data path of the id, id) across motifs, makers, glossary, lessons."""
    out = []
    for m in col.motifs:
        rel = f"motifs/{m['id']}/motif.yml"
        out += [(rel, ["sources", i, "id"], s["id"]) for i, s in enumerate(m.get("sources", []))]
        reg = (m.get("status") or {}).get("registration") or {}
        if reg.get("source"):
            out.append((rel, ["status", "registration", "source", "id"], reg["source"]["id"]))
        out += [(rel, ["places", i, "source", "id"], p["source"]["id"]) for i, p in enumerate(m.get("places", []))]
    for mid, mk in col.maker_records.items():
        rel = f"data/makers/{mid}.yml"
        out += [(rel, ["sources", i, "id"], s["id"]) for i, s in enumerate(mk.get("sources", []))]
    for i, term in enumerate(col.glossary_raw):
        out += [("data/glossary.yml", ["terms", i, "sources", j, "id"], s["id"])
                for j, s in enumerate(term.get("sources", []))]
    for k in col.lessons_raw:
        rel = f"data/lessons/{k['id']}.yml"
        out += [(rel, ["readings", i, "id"], s["id"]) for i, s in enumerate(k.get("readings", []))]
        out += [(rel, ["capaian", i, "source", "id"], c["source"]["id"])
                for i, c in enumerate(k.get("capaian", [])) if c.get("source")]
    return out


def _field(path: list) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def check(arc: Archive, col) -> None:
    lines = col.lines.get(REGISTRY)
    line = (lambda path: lines.line_of(path)) if lines else (lambda path: None)
    seen_id: dict[str, int] = {}
    seen_url: dict[str, tuple[int, str]] = {}
    for i, src in enumerate(col.source_list):
        if src["id"] in seen_id:
            col.problems.add(REGISTRY, f"sources[{i}].id",
                             f"Kode sumber '{src['id']}' sudah dipakai sumber nomor {seen_id[src['id']] + 1}. "
                             "Setiap sumber dicatat sekali: hapus yang ganda atau beri kode lain.",
                             f"Source id '{src['id']}' is already used by source number {seen_id[src['id']] + 1}. "
                             "Every source is recorded once: delete the duplicate or give it another id.",
                             line=line(["sources", i, "id"]), code="dup.source.id")
        seen_id.setdefault(src["id"], i)
        if src.get("url"):
            key = _norm_url(src["url"])
            if key in seen_url:
                j, other = seen_url[key]
                col.problems.add(REGISTRY, f"sources[{i}].url",
                                 f"Alamat {src['url']} sudah tercatat sebagai sumber '{other}' (sumber nomor {j + 1}). "
                                 f"Satu alamat hanya dicatat sekali: hapus sumber '{src['id']}' dan pakai kode '{other}' "
                                 "di catatan yang mengutipnya.",
                                 f"The address {src['url']} is already registered as source '{other}' (source number "
                                 f"{j + 1}). An address is registered only once: delete source '{src['id']}' and cite "
                                 f"'{other}' in the records that use it.",
                                 line=line(["sources", i, "url"]), code="dup.source.url")
            else:
                seen_url[key] = (i, src["id"])
    if col.sources_broken:
        return  # the registry itself has errors (reported on its file): do not report every citation again
    used = set()
    for rel, path, sid in cited(col):
        used.add(sid)
        if sid in col.sources:
            continue
        loaded = col.lines.get(rel)
        col.problems.add(rel, _field(path),
                         f"Sumber '{sid}' tidak ada di {REGISTRY}. Periksa ejaan kodenya, atau tambahkan sumber itu "
                         "ke daftar sumber dulu (judul, penerbit, tanggal, alamat, jenis).",
                         f"Source '{sid}' is not in {REGISTRY}. Check how the id is spelt, or add the source to the "
                         "registry first (title, publisher, date, address, kind).",
                         line=loaded.line_of(path) if loaded else None, code="ref.source")
    for rel, ln, sid in page_citations(arc):
        used.add(sid)
        if sid not in col.sources:
            col.problems.add(rel, "arsip:sources",
                             f"Sumber '{sid}' tidak ada di {REGISTRY}. Periksa ejaan kodenya, atau tambahkan sumber "
                             "itu ke daftar sumber dulu.",
                             f"Source '{sid}' is not in {REGISTRY}. Check how the id is spelt, or add the source to "
                             "the registry first.", line=ln, code="ref.source")
    if col.broken:
        return  # a record with errors may cite sources we cannot see: no "unused" warnings until it is fixed
    for i, src in enumerate(col.source_list):
        if src["id"] not in used:
            col.problems.add(REGISTRY, f"sources[{i}].id",
                             f"Sumber '{src['id']}' tidak dikutip catatan mana pun. Kutip di catatan yang memakainya, "
                             "atau hapus dari daftar.",
                             f"Source '{src['id']}' is not cited by any record. Cite it in the record that uses it, "
                             "or delete it from the registry.",
                             line=line(["sources", i, "id"]), severity="warning", code="source.unused")
