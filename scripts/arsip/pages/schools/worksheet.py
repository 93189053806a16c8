"""The worksheet (LKPD) of a motif: what is printed on it, and its print-ready HTML page.

The same content goes into the worksheet PDFs (outputs/worksheets.py) and into this
page (lkpd/<id>), so both always say the same thing: the motif's story in short (taken
from the record, never invented) and questions chosen for the phase group (A–C for
primary school, D–F for secondary).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...core import prose, urls
from ...core.i18n import WORKSHEET_QUESTIONS, pick, t

GROUPS = {"abc": ("A", "B", "C"), "def": ("D", "E", "F")}


@lru_cache(maxsize=8192)  # quizzes ask for every motif's first sentence once per motif
def sentences(text: str, limit: int) -> str:
    """The first whole sentences of `text` that fit in `limit` characters."""
    t = prose.plain(text)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"*])", t)
    out = ""
    for p in parts:
        if len(out) + len(p) + 1 > limit:
            break
        out = f"{out} {p}".strip()
    return out or prose.plain(t, limit)


def objects(m: dict, lang: str) -> str:
    names = [pick(d["object"], lang) for d in m.get("depicts", [])][:2]
    if not names:
        return t("thing", lang)
    return (" dan " if lang == "id" else " and ").join(names)


def content(m: dict, lang: str, group: str) -> dict:
    """Everything printed on a worksheet, shared by the PDF and the HTML page."""
    obj, name = objects(m, lang), m["name"]
    about = sentences(pick(m["meaning"], lang), 300)
    if m.get("story"):
        extra = sentences(pick(m["story"], lang), 420 - len(about))
        if extra and extra not in about:
            about = f"{about} {extra}"
    qs = [{"text": (q[0] if lang == "id" else q[1]).format(obj=obj, name=name), "lines": q[2]} for q in WORKSHEET_QUESTIONS[group]]
    label = "–".join((GROUPS[group][0], GROUPS[group][-1]))
    return {"name": name, "about": about, "questions": qs, "phase": t("phase", lang, g=label),
            "group": group, "objects": obj}


def write_page(pw, m: dict) -> None:
    lang, md = pw.lang, urls.worksheet(m["id"])
    sets = pw.images.get(m["id"]) or []
    img = None
    if sets:
        d = sets[0].largest("jpeg", max_width=1280)
        img = {"src": pw.link.asset(md, urls.image(d.name)), "w": d.width, "h": d.height,
               "alt": pick(m["images"][0]["alt"], lang)}
    groups = [dict(content(m, lang, g), pdf=pw.link.asset(md, urls.worksheet_pdf(m["id"], g))) for g in GROUPS]
    pw.standalone(md, "lkpd.html.j2", title=f"LKPD {m['name']}", description=sentences(pick(m["meaning"], lang), 150),
                  body_class="arsip-lkpd-page", m=m, img=img, groups=groups, tk=lambda k, **kw: t(k, lang, **kw),
                  qr=pw.link.asset(md, urls.worksheet_qr(lang, m["id"])), back=pw.link.href(md, urls.motif(m["id"])))
