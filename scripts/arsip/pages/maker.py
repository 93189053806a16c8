"""Maker pages (one per maker) and the makers index: who makes the motifs, where, how to buy."""

from __future__ import annotations

from urllib.parse import quote

from ..core import identity
from ..core import prose, urls
from ..core.i18n import t, tr
from ..records import schema
from . import facets, map as mapmod, metadata, sharebox, storefront
from .motif import consent_label, contact_links
from .writer import PageWriter


def kind_label(pw: PageWriter, kind: str) -> str:
    lab = schema.raw("maker")["properties"]["kind"]["x-enum-labels"][kind]
    return lab.get(pw.lang) or lab["id"]


def write(pw: PageWriter, mid: str, mk: dict) -> dict:
    """Write one maker's page; returns its row for the index."""
    md = urls.maker(mid)
    motifs = pw.col.motifs_by_maker(mid)
    contact = contact_links(pw, mk, motifs[0]["name"] if motifs else None, short=True)
    c = mk.get("contact") or {}
    if c.get("opt_in") and c.get("address"):  # the exact location, only with the maker's opt-in
        contact.append({"label": c["address"], "href": "https://www.google.com/maps/search/?api=1&query="
                        + quote(f"{c['address']}, {mk['district']}, {identity.get('region.name')}"), "kind": "address"})
    asks = [{"motif": mm["name"], **contact_links(pw, mk, mm["name"])[0]} for mm in motifs
            if c.get("opt_in") and c.get("whatsapp")]
    techniques = [{"label": pw.enum("technique", None, tq), "href": pw.catalogue_link(md, technique=tq)}
                  for tq in mk.get("techniques", [])]
    head = metadata.maker_head(mk, pw.data_env, pw.lang, pw.cards.makers[mid],
                               products=storefront.jsonld(pw, mid))  # issue 19 storefront
    given = pw.consent(mk) == "given"
    description = (prose.plain(tr(mk["about"], pw.lang).text, 160) if given
                   else f"{mk['name']}, {pw.place(mk)}. {consent_label(pw, mk)}.")
    pw.write(md, "maker.md.j2", mk=mk, motifs=motifs, contact=contact, techniques=techniques, asks=asks,
             consent_label=consent_label(pw, mk).capitalize(),
             withdraw_href=pw.link.href(md, urls.FOR_MAKERS) + "#" + urls.FOR_MAKERS_CONSENT_ANCHOR,
             district_href=pw.catalogue_link(md, district=facets.slug(mk["district"])),
             locator=mapmod.maker_locator(pw, mk, md),
             thumb_meta=pw.thumb_path(motifs[0]) if motifs else None,
             maker_href=pw.catalogue_link(md, maker=mid) if motifs else None,
             kind=kind_label(pw, mk["kind"]), place=pw.place(mk),
             labels=sharebox.maker_labels(pw, mk, motifs, md),
             products=storefront.of_maker(pw, mid, md),  # issue 19 storefront
             front=pw.front(md, mk["name"], description, head=head))
    return {"name": mk["name"], "href": pw.link.href(urls.MAKERS, md), "kind": kind_label(pw, mk["kind"]),
            "place": pw.place(mk), "count": len(motifs), "pending": None if given else consent_label(pw, mk),
            # issue 19 kit: the makers' list as picture cards (the first motif's picture, the motifs' names)
            "village": mk.get("village") or "", "district": mk["district"],
            "picture": pw.thumb(motifs[0], urls.MAKERS) if motifs else "",
            "motifs": ", ".join(m["name"] for m in motifs[:MOTIFS_ON_CARD])
                      + (f" +{len(motifs) - MOTIFS_ON_CARD}" if len(motifs) > MOTIFS_ON_CARD else ""),
            "map": _kecamatan_href(pw, mk)}


MOTIFS_ON_CARD = 3  # names on a maker's card; the rest as "+n"


def _kecamatan_href(pw: PageWriter, mk: dict) -> str | None:
    if not pw.col.places:
        return None
    kec, _ = mapmod.maker_place(pw.col.places, mk)
    return pw.link.href(urls.MAKERS, urls.kecamatan(kec.slug)) if kec else None


def groups(rows: list[dict]) -> list[dict]:
    """The makers' cards by kecamatan (issue 19 kit), kecamatan in alphabetical order, makers by
    name inside each; a maker with no motif recorded yet says so instead of "0 motif"."""
    out: dict[str, dict] = {}
    for r in sorted(rows, key=lambda r: (r["district"].lower(), r["name"].lower())):
        g = out.setdefault(r["district"], {"name": r["district"], "anchor": f"kec-{facets.slug(r['district'])}",
                                           "map": r["map"], "makers": []})
        g["makers"].append(r)
    return list(out.values())


def write_all(pw: PageWriter) -> None:
    rows = [write(pw, mid, mk) for mid, mk in sorted(pw.col.makers.items(), key=lambda kv: kv[1]["name"].lower())]
    pw.write(urls.MAKERS, "makers.md.j2", makers=rows, groups=groups(rows),
             post_href=pw.link.href(urls.MAKERS, urls.POSTMAKER),
             front=pw.front(urls.MAKERS, t("makers", pw.lang), t("makers_intro", pw.lang)))
