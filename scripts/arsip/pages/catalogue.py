"""The catalogue: small static pages of motif cards plus one compact facet file for filtering.

Why this shape: the catalogue must stay light at thousands of motifs and still work
without JavaScript. So the static HTML is paginated (PER_PAGE cards a page, linked with
rel=prev/next), and filtering is done in the browser from `motif/facets.json`, which only
the catalogue page loads: one short row per motif (name, link, thumbnail, value indices)
and one table of facet values with their labels. Under file:// (offline copy) browsers
refuse fetch(), so the offline build also writes the same data as `motif/facets.js`.
"""

from __future__ import annotations

import json
import math

from ..core import urls
from ..core.i18n import pick, t, table
from . import facets

PER_PAGE = 48
JS_STRINGS = ["filter", "filter_hint", "clear", "more", "shown", "shown_of", "none", "name_has", "copy_link", "copied"]


def page_window(current: int, total: int, width: int = 2) -> list[int | None]:
    """Page numbers to show: first, last and a window around the current one (None = gap)."""
    keep = {1, total, *range(max(1, current - width), min(total, current + width) + 1)}
    out: list[int | None] = []
    for n in sorted(keep):
        if out and n - (out[-1] or 0) > 1:
            out.append(None)
        out.append(n)
    return out


def facet_data(pw) -> dict:
    """The content of motif/facets.json for the writer's language (links relative to motif/)."""
    col, lang, link = pw.col, pw.lang, pw.link
    groups, rows = facets.table(col.motifs, col.makers, lang)
    items = []
    for m, row in zip(col.motifs, rows):
        item = {"id": m["id"], "n": m["name"], "u": link.href(urls.CATALOGUE, urls.motif(m["id"])), "f": row,
                "l": pw.one_line(m), "s": pw.status_label(m), "k": m["status"]["kind"]}  # as on the cards
        if m.get("other_names"):
            item["a"] = m["other_names"]
        sets = pw.images.get(m["id"])
        if sets:
            d = sets[0].of("jpeg")[0]
            item.update(i=link.asset(urls.CATALOGUE, urls.image(d.name)), w=d.width, h=d.height, c=sets[0].colour,
                        alt=pick(m["images"][0]["alt"], lang))
        items.append(item)
    return {"v": 1, "facets": groups, "items": items}


def write(pw) -> None:
    """Write every catalogue page and the facet data of one language."""
    lang, link = pw.lang, pw.link
    data = facet_data(pw)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    out = pw.out / "motif"
    out.mkdir(parents=True, exist_ok=True)
    (out / "facets.json").write_text(text, "utf-8")
    offline = not link.directory_urls
    if offline:
        (out / "facets.js").write_text(f"window.ARSIP_FACETS={text};\n", "utf-8")
    motifs = pw.col.motifs
    total_pages = max(1, math.ceil(len(motifs) / PER_PAGE))
    strings = json.dumps(table(lang, JS_STRINGS), ensure_ascii=False, sort_keys=True)
    for n in range(1, total_pages + 1):
        md = urls.catalogue_page(n)
        chunk = motifs[(n - 1) * PER_PAGE: n * PER_PAGE]
        nav = []
        for k in page_window(n, total_pages):
            nav.append({"n": k, "href": link.href(md, urls.catalogue_page(k)) if k else None, "current": k == n})
        title = t("catalogue", lang) + ("" if n == 1 else f" ({t('page_n', lang, n=n)})")
        to_motif_dir = link.href(md, urls.CATALOGUE)  # the catalogue's own folder, for facets.json
        base = to_motif_dir[: -len("index.html")] if to_motif_dir.endswith("index.html") else to_motif_dir
        pw.write(md, "catalogue.md.j2", motifs=chunk, page=n, total_pages=total_pages, total=len(motifs),
                 pages=nav, prev=link.href(md, urls.catalogue_page(n - 1)) if n > 1 else None,
                 next=link.href(md, urls.catalogue_page(n + 1)) if n < total_pages else None,
                 facets_url=base + "facets.json", facets_js=base + "facets.js" if offline else "",
                 script=link.asset(md, link.prefix + "assets/arsip-catalogue.js"),
                 strings=strings, eager=n == 1,
                 front=pw.front(md, title, t("catalogue_intro", lang)))
