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
    }


def maker_kit(pw: PageWriter, mk: dict, md: str) -> list[dict]:
    """The maker's printables (outputs/makerkit.py), only with the `kit` scope; the price list
    only when a price is fresh (the same rule as the step that makes it)."""
    if not granted(mk, "kit"):
        return []
    fresh = granted(mk, "products") and any(prod.fresh(p, pw.col.today) for p in mk.get("products") or [])
    names = [(urls.MAKER_KIT_CARD, "mkit_f_card")] + ([(urls.MAKER_KIT_PRICES, "mkit_f_prices")] if fresh else []) \
        + [(urls.MAKER_KIT_LOOKBOOK, "mkit_f_lookbook"), (urls.MAKER_KIT_POSTS[0], "mkit_f_post_feed"),
           (urls.MAKER_KIT_POSTS[1], "mkit_f_post_story")]
    return [{"href": pw.link.asset(md, urls.maker_kit_file(mk["id"], n)), "label": t(k, pw.lang)} for n, k in names]
