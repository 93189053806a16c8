"""Projector mode: one motif as a slide show for the classroom, one idea per screen.

Screens: name and picture, the object depicted, meaning, local wisdom, stylisation
(when the record has it) and a question for the class. Big type, no site chrome,
keyboard navigation (sekolah.js); without JavaScript the screens simply stack.
"""

from __future__ import annotations

from ...core import urls
from ...core.i18n import pick, t
from ...records import schema
from .worksheet import objects, sentences

def slides(m: dict, lang: str) -> list[dict]:
    out = [{"id": "nama", "kind": "title", "title": m["name"], "text": ""}]
    if m.get("depicts"):
        items = [{"head": pick(d["object"], lang),
                  "text": sentences(pick(d["stands_for"], lang), 200) if d.get("stands_for") else ""}
                 for d in m["depicts"][:3]]
        out.append({"id": "benda", "kind": "objects", "title": schema.field_title("motif", "depicts", lang), "items": items})
    for key, anchor, limit in (("meaning", "makna", 380), ("local_wisdom", "kearifan-lokal", 380),
                               ("stylisation", "stilasi", 380)):
        if m.get(key):
            out.append({"id": anchor, "kind": "text", "title": schema.field_title("motif", key, lang),
                        "text": sentences(pick(m[key], lang), limit)})
    obj = objects(m, lang)
    out.append({"id": "pertanyaan", "kind": "question", "title": t("question", lang),
                "items": [{"head": t("q1", lang, obj=obj), "text": ""}, {"head": t("q2", lang), "text": ""}]})
    return out


def write_page(pw, m: dict) -> None:
    lang, md = pw.lang, urls.projector(m["id"])
    sets = pw.images.get(m["id"]) or []
    img = None
    if sets:
        d = sets[0].largest("jpeg")
        img = {"src": pw.link.asset(md, urls.image(d.name)), "w": d.width, "h": d.height,
               "alt": pick(m["images"][0]["alt"], lang)}
    pw.standalone(md, "proyektor.html.j2", title=t("projector_title", lang, name=m["name"]),
                  description=sentences(pick(m["meaning"], lang), 150), body_class="arsip-projector-page",
                  m=m, img=img, slides=slides(m, lang), tp=lambda k, **kw: t(k, lang, **kw),
                  back=pw.link.href(md, urls.motif(m["id"])))
