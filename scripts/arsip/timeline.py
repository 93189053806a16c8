"""The timeline page (`linimasa.md`): motifs by year of creation, official set and registration.

Readers and teachers ask "which motifs came first?"; this answers it on one page, in
both languages, built from the records' `year`, `status.set_year` and
`status.registration.year`. Each entry is one short line (no pictures), so the page stays
light even with many motifs. Years link to the catalogue filtered by that year.
"""

from __future__ import annotations

from collections import defaultdict

from .i18n_find import t as tf

MD = "linimasa.md"


def events(motifs: list[dict]) -> tuple[dict[int, list[tuple[str, dict]]], list[dict]]:
    """year -> [(event kind, motif)] sorted by event then name; and motifs with no year at all."""
    by_year: dict[int, list[tuple[str, dict]]] = defaultdict(list)
    undated = []
    for m in motifs:
        st = m["status"]
        evs = []
        if m.get("year"):
            evs.append((m["year"], "created"))
        if st.get("set_year"):
            evs.append((st["set_year"], "official"))
        reg = st.get("registration") or {}
        if reg.get("registered") and reg.get("year"):
            evs.append((reg["year"], "registered"))
        for y, kind in evs:
            by_year[y].append((kind, m))
        if not evs:
            undated.append(m)
    order = {"created": 0, "official": 1, "registered": 2}
    for y in by_year:
        by_year[y].sort(key=lambda e: (order[e[0]], e[1]["name"].casefold(), e[1]["id"]))
    undated.sort(key=lambda m: (m["name"].casefold(), m["id"]))
    return dict(sorted(by_year.items())), undated


def write(pw) -> None:
    from .pages import front_matter

    lang = pw.lang
    by_year, undated = events(pw.col.motifs)
    years = []
    for y, evs in by_year.items():
        years.append({"year": y, "href": pw.catalogue_link(MD, year=y) if any(k == "created" for k, _ in evs) else None,
                      "items": [{"name": m["name"], "href": pw.link.href(MD, f"motif/{m['id']}.md"),
                                 "event": tf(f"ev_{kind}", lang), "kind": kind} for kind, m in evs]})
    pw.write(MD, "timeline.md.j2", years=years, tf=tf,
             undated=[{"name": m["name"], "href": pw.link.href(MD, f"motif/{m['id']}.md")} for m in undated],
             front=front_matter(title=tf("timeline", lang), description=tf("timeline_intro", lang)))
