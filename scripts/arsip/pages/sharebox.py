"""The sharing boxes of object pages: "Share and cite" on motifs, "QR hang tags" on makers,
and on both the share row (WhatsApp, the phone's share sheet, the 1200×630 card).

Files they link to (QR images, hang-tag PDFs, share cards) are made by the sharing step
(outputs/sharing.py) at the addresses core/urls.py gives both.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from ..core import urls
from ..core.i18n import t
from ..core.urls import Published
from ..records import cite
from ..records import products as prod
from ..records.consent import granted
from .writer import PageWriter


def share_row(pw: PageWriter, md: str, title: str, card, file_name: str) -> dict:
    """"Share on WhatsApp" (a wa.me link with the page's title and address), the phone's own
    share sheet (a button arsip-share.js shows only where navigator.share exists) and the
    page's 1200×630 card as a download. The address is the public web one, also offline."""
    lang = pw.lang
    url = Published.of(pw.pub.site_url).page(md, lang)
    text = t("share_wa_text", lang, title=title, url=url)
    return {"label": t("share_row", lang), "title": title, "url": url,
            "wa_href": "https://wa.me/?text=" + quote(text, safe=""), "wa_label": t("share_whatsapp", lang),
            "sheet_label": t("share_sheet", lang), "card": pw.link.asset(md, card.site_path),
            "card_name": file_name, "card_label": t("share_card", lang)}


def motif_box(pw: PageWriter, m: dict, md: str) -> dict:
    lang, link, pub = pw.lang, pw.link, pw.pub
    url = pub.motif(m["id"], lang)
    # The record's own date (updated, else added) and the reader's access date (filled in
    # by arsip-share.js on the reader's device; the page itself stays the same every build).
    date = m.get("updated") or m.get("added") or m["consent"]["date"]
    today = Markup('<span data-arsip-today>{}</span>').format(t("today_placeholder", lang))
    cite_html = cite.html(cite.page(m["name"], date, url, lang), lang, accessed=today)
    return {
        "title": t("share_title", lang), "short_label": t("short_link", lang),
        "short_url": pub.short(m["id"]), "short_text": pub.short(m["id"]).split("://", 1)[-1],
        "qr_svg": link.asset(md, urls.qr(m["id"], "svg")), "qr_png": link.asset(md, urls.qr(m["id"], "png")),
        "qr_alt": t("qr_alt", lang, name=m["name"]), "qr_note": t("qr_note", lang),
        "qr_png_label": t("qr_png", lang), "qr_svg_label": t("qr_svg", lang),
        "sheet": link.asset(md, urls.tags_motif(m["id"])), "sheet_label": t("sheet", lang),
        "makers_sheet": link.href(md, urls.LABELS) if m.get("makers") else None,
        "makers_sheet_label": t("sheet_makers", lang),
        "cite_title": t("cite_title", lang), "cite": cite_html, "cite_help": t("cite_help", lang),
        "copy_label": t("copy", lang), "copied_label": t("copied_text", lang), "id": m["id"],
        "row": share_row(pw, md, m["name"], pw.cards.motifs[m["id"]], f"kartu-{m['id']}.jpg"),
    }


def maker_labels(pw: PageWriter, mk: dict, motifs: list[dict], md: str) -> dict:
    lang, link = pw.lang, pw.link
    return {
        "title": t("labels_title", lang), "intro": t("labels_intro", lang),
        "all": link.asset(md, urls.tags_maker(mk["id"])) if motifs else None,
        "all_label": t("labels_all", lang, name=mk["name"]),
        "sheets": [{"name": m["name"], "href": link.asset(md, urls.tags_pair(mk["id"], m["id"]))} for m in motifs],
        "how": link.href(md, urls.LABELS), "how_label": t("labels_how", lang),
        "row": share_row(pw, md, mk["name"], pw.cards.makers[mk["id"]], f"kartu-{mk['id']}.jpg"),
        "row_title": t("share_row", lang),
        "kit": maker_kit(pw, mk, md), "kit_title": t("mkit_section", lang),  # issue 19 kit
        "kit_zip": {"folder": urls.maker_kit_zip(mk["id"]), "label": t("kit_zip", lang),
                    "making": t("kit_zip_making", lang), "failed": t("kit_zip_failed", lang),
                    "script": link.asset(md, link.prefix + "assets/arsip-zip.js")}
        if pw.pub.directory_urls else None,  # the offline copy: a page opened from a file cannot fetch() its files
    }


def maker_kit_names(col, mk: dict) -> list[tuple[str, str, dict | None]]:
    """(file name, word key, the motif or product it shows) of every file of a maker's kit, in
    the order the maker page lists them: [] without the `kit` scope. The one list: the
    maker-kit step writes exactly these files (outputs/makerkit.py). The price list only when a
    price is fresh; a post and a caption per motif the maker makes; with the `products` scope a
    post and a caption per product and the WhatsApp Business catalogue text."""
    if not granted(mk, "kit"):
        return []
    products = (mk.get("products") or []) if granted(mk, "products") else []
    fresh = any(prod.fresh(p, col.today) for p in products)
    out = [(urls.MAKER_KIT_CARD, "mkit_f_card", None)] + ([(urls.MAKER_KIT_PRICES, "mkit_f_prices", None)] if fresh else [])
    out += [(urls.MAKER_KIT_LOOKBOOK, "mkit_f_lookbook", None), (urls.MAKER_KIT_POSTS[0], "mkit_f_post_feed", None),
            (urls.MAKER_KIT_POSTS[1], "mkit_f_post_story", None), (urls.MAKER_KIT_CAPTION, "mkit_f_caption", None)]
    for m in col.motifs_by_maker(mk["id"]):
        out += [(urls.maker_kit_post("motif", m["id"]), "mkit_f_motif_post", m),
                (urls.maker_kit_caption("motif", m["id"]), "mkit_f_motif_caption", m)]
    for p in products:
        out += [(urls.maker_kit_post("produk", p["id"]), "mkit_f_product_post", p),
                (urls.maker_kit_caption("produk", p["id"]), "mkit_f_product_caption", p)]
    if products:
        out.append((urls.MAKER_KIT_CATALOGUE, "mkit_f_catalogue", None))
    return out


def maker_kit_label(col, key: str, what: dict | None, lang: str) -> str:
    """The words for one file of maker_kit_names: the motif's name, or the product's in `lang`."""
    if what is None:
        return t(key, lang)
    if key.startswith("mkit_f_product"):
        return t(key, lang, name=prod.name(what, {m["id"]: m["name"] for m in col.motifs}, lang))
    return t(key, lang, name=what["name"])


def maker_kit(pw: PageWriter, mk: dict, md: str) -> list[dict]:
    """The maker's kit files (outputs/makerkit.py) as download links (the sizes step adds each size)."""
    return [{"href": pw.link.asset(md, urls.maker_kit_file(mk["id"], n)), "label": maker_kit_label(pw.col, k, w, pw.lang),
             "zip_name": n} for n, k, w in maker_kit_names(pw.col, mk)]
