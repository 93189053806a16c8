"""The "Label QR" page: every maker's printable hang-tag sheets, and how to print them."""

from __future__ import annotations

from markupsafe import Markup

from ..core import urls
from ..core.i18n import LABEL_TIPS, t
from . import sharebox
from .writer import PageWriter


def write(pw: PageWriter) -> None:
    lang, md = pw.lang, urls.LABELS
    makers = []
    for mid, mk in sorted(pw.col.makers.items(), key=lambda kv: kv[1]["name"].lower()):
        motifs = pw.col.motifs_by_maker(mid)
        if motifs:
            makers.append({"name": mk["name"], "page": pw.link.href(md, urls.maker(mid)), "anchor": mid,
                           **sharebox.maker_labels(pw, mk, motifs, md)})
    generic = [{"name": m["name"], "href": pw.link.asset(md, urls.tags_motif(m["id"]))}
               for m in sorted(pw.col.motifs, key=lambda m: m["name"].lower())]
    pw.write(md, "label.md.j2", makers=makers, generic=generic, tips=[Markup(tip) for tip in LABEL_TIPS[lang]],
             title=t("label_page", lang), intro=t("label_page_desc", lang), how_title=t("labels_how", lang),
             generic_title=t("label_generic", lang), generic_note=t("label_generic_note", lang),
             front=pw.front(md, t("label_page", lang), t("label_page_desc", lang)))
