"""The timeline page (`linimasa.md`): motifs by year of creation, official set and registration.

Readers and teachers ask "which motifs came first?"; this answers it on one page, in
both languages, built from the records' `year`, `status.set_year` and
`status.registration.year`. Each entry is one short line (no pictures), so the page stays
light even with many motifs. Years link to the catalogue filtered by that year.
"""

from __future__ import annotations

from collections import defaultdict

from ..core import urls
from ..core.i18n import t

MD = urls.TIMELINE


def events(motifs: list[dict]) -> tuple[dict[int, list[tuple[dict, list[str]]]], list[dict]]:
    """year -> [(motif, its event kinds that year)] sorted by name; and motifs with no year at all.

    A motif created and made official in the same year is one line with both events.
    """
    order = ("created", "official", "registered")
    by_year: dict[int, dict[str, tuple[dict, list[str]]]] = defaultdict(dict)
    undated = []
    for m in motifs:
        st = m["status"]
        reg = st.get("registration") or {}
        evs = [(m.get("year"), "created"), (st.get("set_year"), "official"),
               (reg.get("year") if reg.get("registered") else None, "registered")]
        evs = [(y, k) for y, k in evs if y]
        for y, kind in evs:
            by_year[y].setdefault(m["id"], (m, []))[1].append(kind)
        if not evs:
            undated.append(m)
    out = {}
    for y in sorted(by_year):
        rows = sorted(by_year[y].values(), key=lambda e: (e[0]["name"].casefold(), e[0]["id"]))
        out[y] = [(m, sorted(kinds, key=order.index)) for m, kinds in rows]
    undated.sort(key=lambda m: (m["name"].casefold(), m["id"]))
    return out, undated


def write(pw) -> None:
    lang = pw.lang
    by_year, undated = events(pw.col.motifs)
    years = []
    for y, evs in by_year.items():
        years.append({"year": y, "href": pw.catalogue_link(MD, year=y) if any("created" in k for _, k in evs) else None,
                      "items": [{"name": m["name"], "href": pw.link.href(MD, urls.motif(m["id"])),
                                 "event": " · ".join(t(f"ev_{k}", lang) for k in kinds), "kinds": " ".join(kinds)}
                                for m, kinds in evs]})
    pw.write(MD, "timeline.md.j2", years=years,
             undated=[{"name": m["name"], "href": pw.link.href(MD, urls.motif(m["id"]))} for m in undated],
             front=pw.front(MD, t("timeline", lang), t("timeline_intro", lang)))
