"""The sharing boxes of object pages: "Share and cite" on motifs, "QR hang tags" on makers.

Files they link to (QR images, hang-tag PDFs) are made by the sharing step
(outputs/sharing.py) at the addresses core/urls.py gives both.
"""

from __future__ import annotations

from ..core import urls
from ..core.i18n import ARCHIVE_NAME, t
from .writer import PageWriter


def motif_box(pw: PageWriter, m: dict, md: str) -> dict:
    lang, link, pub = pw.lang, pw.link, pw.pub
    url = pub.motif(m["id"], lang)
    year = (m.get("added") or m["consent"]["date"])[:4]
    if lang == "id":
        cite = f"{m['name']}. ({year}). Dalam {ARCHIVE_NAME['id']}. {url} (diakses pada [tanggal])."
    else:
        cite = f"{m['name']}. ({year}). In {ARCHIVE_NAME['en']} ({ARCHIVE_NAME['id']}). {url} (accessed [date])."
    return {
        "title": t("share_title", lang), "short_label": t("short_link", lang),
        "short_url": pub.short(m["id"]), "short_text": pub.short(m["id"]).split("://", 1)[-1],
        "qr_svg": link.asset(md, urls.qr(m["id"], "svg")), "qr_png": link.asset(md, urls.qr(m["id"], "png")),
        "qr_alt": t("qr_alt", lang, name=m["name"]), "qr_note": t("qr_note", lang),
        "qr_png_label": t("qr_png", lang), "qr_svg_label": t("qr_svg", lang),
        "sheet": link.asset(md, urls.tags_motif(m["id"])), "sheet_label": t("sheet", lang),
        "makers_sheet": link.href(md, urls.LABELS) if m.get("makers") else None,
        "makers_sheet_label": t("sheet_makers", lang),
        "cite_title": t("cite_title", lang), "cite": cite, "cite_help": t("cite_help", lang),
        "copy_label": t("copy", lang), "copied_label": t("copied_text", lang), "id": m["id"],
    }


def maker_labels(pw: PageWriter, mk: dict, motifs: list[dict], md: str) -> dict:
    lang, link = pw.lang, pw.link
    return {
        "title": t("labels_title", lang), "intro": t("labels_intro", lang),
        "all": link.asset(md, urls.tags_maker(mk["id"])) if motifs else None,
        "all_label": t("labels_all", lang, name=mk["name"]),
        "sheets": [{"name": m["name"], "href": link.asset(md, urls.tags_pair(mk["id"], m["id"]))} for m in motifs],
        "how": link.href(md, urls.LABELS), "how_label": t("labels_how", lang),
    }
