"""The "Label QR" page: every maker's printable hang-tag sheets, and how to print them.

Issue 19 kit: a small preview of each maker's sheet (and of one sheet without a maker's
name), drawn from the PDF by the share step (outputs/hangtags.preview, with pdftoppm); when
poppler is not installed there is no preview, and the page shows none (PREVIEWS).
"""

from __future__ import annotations

import shutil

from markupsafe import Markup

from ..core import urls
from ..core.i18n import LABEL_TIPS, t
from . import sharebox
from .writer import PageWriter

PREVIEWS = shutil.which("pdftoppm") is not None  # the same test as outputs/hangtags.preview
PREVIEW_W, PREVIEW_H = 300, 425  # px, A4 (210 x 297) as pdftoppm scales it to 300 wide


def _preview(pw: PageWriter, md: str, sheet_path: str, alt: str) -> dict | None:
    if not PREVIEWS:
        return None
    return {"src": pw.link.asset(md, urls.tags_preview(sheet_path)), "alt": alt, "w": PREVIEW_W, "h": PREVIEW_H}


def write(pw: PageWriter) -> None:
    lang, md = pw.lang, urls.LABELS
    makers = []
    for mid, mk in sorted(pw.col.makers.items(), key=lambda kv: kv[1]["name"].lower()):
        motifs = pw.col.motifs_by_maker(mid)
        if motifs:
            makers.append({"name": mk["name"], "page": pw.link.href(md, urls.maker(mid)), "anchor": mid,
                           "preview": _preview(pw, md, urls.tags_maker(mid), t("label_preview", lang, name=mk["name"])),
                           **sharebox.maker_labels(pw, mk, motifs, md)})
    ordered = sorted(pw.col.motifs, key=lambda m: m["name"].lower())
    generic = [{"name": m["name"], "href": pw.link.asset(md, urls.tags_motif(m["id"]))} for m in ordered]
    example = (_preview(pw, md, urls.tags_motif(ordered[0]["id"]), t("label_preview", lang, name=ordered[0]["name"]))
               if ordered else None)  # one example: the page must not grow a picture per motif
    pw.write(md, "label.md.j2", makers=makers, generic=generic, example=example, tips=[Markup(tip) for tip in LABEL_TIPS[lang]],
             title=t("label_page", lang), intro=t("label_page_desc", lang), how_title=t("labels_how", lang),
             generic_title=t("label_generic", lang), generic_note=t("label_generic_note", lang),
             front=pw.front(md, t("label_page", lang), t("label_page_desc", lang)))
