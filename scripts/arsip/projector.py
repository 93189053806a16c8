"""Projector mode: one motif as a slide show for the classroom, one idea per screen.

Screens: name and picture, the object depicted, meaning, local wisdom, stylisation
(when the record has it) and a question for the class. Big type, no site chrome,
keyboard navigation (sekolah.js); without JavaScript the screens simply stack.
"""

from __future__ import annotations

from . import schema
from .worksheets import _tr, objects, sentences

T = {
    "title": ("Proyektor: {name}", "Projector: {name}"),
    "question": ("Pertanyaan untuk kelas", "A question for the class"),
    "q1": ("Di mana kamu pernah melihat {obj} di Bojonegoro?", "Where have you seen {obj} in Bojonegoro?"),
    "q2": ("Kalau kamu merancang motif dari benda di sekitar sekolah, benda apa yang kamu pilih? Mengapa?",
           "If you designed a motif from something near your school, what would you choose? Why?"),
    "keys": ("Tombol panah, spasi atau PageDown: layar berikutnya · Esc: kembali",
             "Arrow keys, space or PageDown: next screen · Esc: back"),
    "prev": ("Sebelumnya", "Previous"),
    "next": ("Berikutnya", "Next"),
    "close": ("Tutup", "Close"),
}


def tp(key: str, lang: str, **kw) -> str:
    s = T[key][0 if lang == "id" else 1]
    return s.format(**kw) if kw else s


def slides(m: dict, lang: str) -> list[dict]:
    out = [{"id": "nama", "kind": "title", "title": m["name"], "text": ""}]
    if m.get("depicts"):
        items = [{"head": _tr(d["object"], lang),
                  "text": sentences(_tr(d["stands_for"], lang), 200) if d.get("stands_for") else ""}
                 for d in m["depicts"][:3]]
        out.append({"id": "benda", "kind": "objects", "title": schema.field_title("motif", "depicts", lang), "items": items})
    for key, anchor, limit in (("meaning", "makna", 380), ("local_wisdom", "kearifan-lokal", 380),
                               ("stylisation", "stilasi", 380)):
        if m.get(key):
            out.append({"id": anchor, "kind": "text", "title": schema.field_title("motif", key, lang),
                        "text": sentences(_tr(m[key], lang), limit)})
    obj = objects(m, lang)
    out.append({"id": "pertanyaan", "kind": "question", "title": tp("question", lang),
                "items": [{"head": tp("q1", lang, obj=obj), "text": ""}, {"head": tp("q2", lang), "text": ""}]})
    return out


def write_page(sp, m: dict) -> None:
    from .images import SITE_DIR
    from .pages import tr

    pw, lang = sp.pw, sp.lang
    md = f"proyektor/{m['id']}.md"
    sets = pw.images.get(m["id"]) or []
    img = None
    if sets:
        d = sets[0].largest("jpeg")
        img = {"src": pw.link.asset(md, f"{SITE_DIR}/{d.name}"), "w": d.width, "h": d.height,
               "alt": tr(m["images"][0]["alt"], lang).text}
    sp.standalone(md, "proyektor.html.j2", title=tp("title", lang, name=m["name"]),
                  description=sentences(_tr(m["meaning"], lang), 150), body_class="arsip-projector-page",
                  m=m, img=img, slides=slides(m, lang), tp=lambda k, **kw: tp(k, lang, **kw),
                  back=pw.link.href(md, f"motif/{m['id']}.md"))
