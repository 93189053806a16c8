"""Steps: what sharing needs in the finished site.

Share cards (planned before the pages, see sharecards.plan, since page heads point at
them), short addresses m/<id>/ with QR codes, renamed-motif redirects, hang-tag PDFs,
the open-data files, Atom feeds and deterministic sitemaps.
"""

from __future__ import annotations

from ..core import urls
from ..core.files import place
from ..core.i18n import LANGS
from ..records import places
from ..records.crosswalk import Env
from . import feeds, hangtags, iiif, opendata, productfeed, redirects, sharecards


def data_env(ctx) -> Env:
    return Env(ctx.pub, ctx.col.makers, ctx.col.motifs_by_maker, ctx.images, ctx.col.sources, ctx.col.places)


def publish_share_files(ctx) -> None:
    """Share cards, short addresses with QR codes, renamed-motif redirects, hang-tag PDFs."""
    site, pub, col, cards = ctx.staging, ctx.pub, ctx.col, ctx.cards
    mc = cards.motifs
    sharecards.publish(cards.all(), ctx.arc.cache / "sharecards", site)

    def og(m):
        card = mc[m["id"]]
        return [("og:title", m["name"]), ("og:url", pub.motif(m["id"], "id")),
                ("og:image", pub.asset(card.site_path)), ("og:image:width", str(card.width)),
                ("og:image:height", str(card.height)), ("og:image:alt", card.alt["id"])]

    redirects.write(site, pub, col.motifs, og_for=og)
    for m in col.motifs:
        for ext, src in hangtags.qr_files(pub.short(m["id"]), ctx.arc.cache / "qr").items():
            place(src, site / urls.qr(m["id"], ext))
    pdf_cache = ctx.arc.cache / "hangtags"
    short = {m["id"]: pub.short(m["id"]) for m in col.motifs}
    pics = {m["id"]: str(hangtags.thumb(col.folders[m["id"]] / m["images"][0]["file"], pdf_cache))
            for m in col.motifs if m.get("images")}  # issue 19 kit: a small picture on each tag
    sheets = [hangtags.motif_sheet(m, short[m["id"]], pics.get(m["id"], "")) for m in col.motifs]
    previewed = set()  # issue 19 kit: the sheets the labels page shows a preview of
    if col.motifs:
        previewed.add(urls.tags_motif(min(col.motifs, key=lambda m: m["name"].lower())["id"]))
    for mid, mk in sorted(col.makers.items()):
        motifs = col.motifs_by_maker(mid)
        if motifs:
            sheets.append(hangtags.maker_sheet(mk, motifs, short, pics))
            previewed.add(urls.tags_maker(mid))
            sheets += [hangtags.pair_sheet(mk, m, short[m["id"]], pics.get(m["id"], "")) for m in motifs]
    for sh in sheets:
        pdf = hangtags.make(sh, pdf_cache)
        place(pdf, site / sh.site_path)
        if sh.site_path in previewed and (png := hangtags.preview(pdf, pdf_cache)) is not None:
            place(png, site / urls.tags_preview(sh.site_path))
    ctx.stats["share"] = {"cards": len(cards.all()), "sheets": len(sheets)}


def write_open_data(ctx) -> None:
    makers = [mk for _, mk in sorted(ctx.col.makers.items())]
    ctx.stats["data_bytes"] = opendata.write(ctx.staging, ctx.col.motifs, makers, data_env(ctx),
                                             ctx.col.published_sources(), places.folder(ctx.arc.root))
    ctx.stats["data_bytes"].update(productfeed.write(ctx.staging, ctx.col, ctx.images, ctx.pub))  # issue 19


def write_feeds_and_sitemaps(ctx) -> None:
    site, pub, mc = ctx.staging, ctx.pub, ctx.cards.motifs
    for lang in LANGS:
        data = feeds.atom(ctx.col.motifs, ctx.col.makers, pub, lang, lambda m: pub.asset(mc[m["id"]].site_path),
                          lambda m: (site / mc[m["id"]].site_path).stat().st_size)
        (site / urls.feed(lang)).write_bytes(data)
    feeds.sitemaps(site, pub, extra=iiif.locations(ctx))  # the IIIF files are listed too
