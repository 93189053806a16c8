"""Pages for schools: the "Belajar" section, lesson-kit pages and each motif's school pages.

The per-motif pages live beside this module (worksheet.py, quiz.py, projector.py); the
PDFs they link to are made by the downloads step (outputs/downloads.py). This module
decides what goes on which page; addresses come from core/urls.py.
"""

from __future__ import annotations

import json

from markupsafe import Markup

from ...core import prose, urls
from ...core.i18n import pick, t
from ...records import lessons as L
from . import projector, quiz, worksheet

# -- pages -----------------------------------------------------------------------
def links_box(pw, m: dict, md: str) -> Markup:
    """The "For schools" box of a motif page: its worksheets, colouring sheet, quiz, projector, kits."""
    lang, mid, a, href = pw.lang, m["id"], pw.link.asset, pw.link.href
    items = [
        (href(md, urls.worksheet(mid)), t("worksheet_page", lang), ""),
        (a(md, urls.worksheet_pdf(mid, "abc")), t("worksheet_abc", lang), "pdf"),
        (a(md, urls.worksheet_pdf(mid, "def")), t("worksheet_def", lang), "pdf"),
        (a(md, urls.colouring_pdf(mid)), t("colouring", lang), "pdf"),
        (href(md, urls.quiz(mid)), t("quiz", lang), ""),
        (href(md, urls.projector(mid)), t("projector", lang), ""),
    ]
    lis = Markup("").join(
        Markup('<li><a href="{}"{}>{}</a></li>').format(h, Markup(' type="application/pdf" download') if kind else "", label)
        for h, label, kind in items)
    kits = L.kits_for_motif(pw.col, mid)
    extra = Markup("")
    if kits:
        extra = Markup('<p>{}: {}</p>').format(t("kits_with", lang), Markup(", ").join(
            Markup('<a href="{}">{}</a>').format(href(md, urls.lesson(k["id"])), pick(k["title"], lang)) for k in kits))
    return Markup('<div class="arsip-school"><ul class="arsip-school__links">{}</ul>{}</div>').format(lis, extra)


class SchoolPages:
    def __init__(self, pw):
        self.pw, self.lang, self.col = pw, pw.lang, pw.col

    def _tr(self, obj) -> str:
        return pick(obj, self.lang)

    def motif_links(self, md: str, m: dict) -> dict:
        """Links from page `md` to a motif and each of its school materials."""
        href, asset = self.pw.link.href, self.pw.link.asset
        return {"m": m, "href": href(md, urls.motif(m["id"])), "lkpd": href(md, urls.worksheet(m["id"])),
                "abc": asset(md, urls.worksheet_pdf(m["id"], "abc")), "def": asset(md, urls.worksheet_pdf(m["id"], "def")),
                "colour": asset(md, urls.colouring_pdf(m["id"])), "quiz": href(md, urls.quiz(m["id"])),
                "projector": href(md, urls.projector(m["id"]))}

    def kit_view(self, k: dict, md: str) -> dict:
        lang = self.lang
        motifs = L.kit_motifs(k, self.col)
        terms = {t["id"]: t for t in self.col.glossary}
        refs = [{"id": i} for i in L.source_ids(k, self.col, lang)]  # each source once, without "supports"
        return {
            "k": k,
            "phases": [{"value": p, "label": L.label("phase", p, lang)} for p in k["phases"]],
            "subjects": [{"value": s, "label": L.label("subject", s, lang)} for s in k["subjects"]],
            "profile": [{"label": L.label("dimension", d, lang)} for d in k["profile"]],
            "cp": [L.label("cp_element", c, lang) for c in k["cp_elements"]],
            # a note shared by several quoted outcomes is shown once, under the first of them
            "cp_notes": [i for i, c in enumerate(k.get("capaian", []))
                         if c.get("note") and c["note"] not in [d.get("note") for d in k["capaian"][:i]]],
            "stages": {s: lab.get(lang) or lab["id"] for s, lab in
                       L.defs()["activity"]["properties"]["stage"]["x-enum-labels"].items()},
            "total": L.total_minutes(k),
            "levels": L.rubric_levels(lang),
            "motifs": [self.motif_links(md, m) for m in motifs],
            "theme": self.pw.enum("theme", None, k["theme"]) if k.get("theme") and not k.get("motifs") else None,
            "theme_href": self.pw.catalogue_link(md, theme=k["theme"]) if k.get("theme") else None,
            "terms": [terms[t] for t in k.get("glossary", []) if t in terms],
            "glossary_href": self.pw.link.href(md, urls.GLOSSARY),
            "refs": refs,
            "licence": self.pw.enum("licence", None, k["licence"]).split(" (")[0],
            "docx": self.pw.link.asset(md, urls.lesson_docx(k["id"], lang)),
            "title": lambda key: L.field_title(key, lang),
        }

    def kit_page(self, k: dict) -> None:
        md = urls.lesson(k["id"])
        self.pw.write(md, "lesson.md.j2", **self.kit_view(k, md),
                      front=self.pw.front(md, self._tr(k["title"]), prose.plain(self._tr(k["summary"]), 160)))

    def index_page(self) -> None:
        lang, md = self.lang, urls.LEARN
        kits = sorted(self.col.lessons, key=lambda k: (min("ABCDEF".index(p) for p in k["phases"]), k["id"]))
        phases = [{"value": p, "label": L.label("phase", p, lang),
                   "count": sum(p in k["phases"] for k in kits)} for p in L.defs()["phase"]["enum"]]
        subjects = [{"value": s, "label": L.label("subject", s, lang),
                     "count": sum(s in k["subjects"] for k in kits)} for s in L.defs()["subject"]["enum"]]
        rows = [{"k": k, "href": self.pw.link.href(md, urls.lesson(k["id"])),
                 "phases": " ".join(k["phases"]), "subjects": " ".join(k["subjects"]),
                 "phase_labels": ", ".join(k["phases"]),
                 "subject_labels": ", ".join(L.label("subject", s, lang) for s in k["subjects"]),
                 "hours": k["hours"], "summary": prose.plain(self._tr(k["summary"]), 220),
                 "docx": self.pw.link.asset(md, urls.lesson_docx(k["id"], lang))} for k in kits]
        self.pw.write(md, "belajar.md.j2", kits=rows, phases=phases, subjects=subjects, total=len(kits),
                      catalogue=self.pw.link.href(md, urls.CATALOGUE),
                      booklet=self.pw.link.asset(md, urls.booklet_pdf()),
                      offline=self.pw.link.asset(md, urls.offline_zip()),
                      strings=json.dumps({"showing": t("showing", lang), "none": t("none_match", lang)},
                                         ensure_ascii=False),
                      front=self.pw.front(md, t("learn", lang), t("learn_intro", lang)[:160]))

    def motif_pages(self, m: dict, options: dict[str, str]) -> None:
        worksheet.write_page(self.pw, m)
        quiz.write_page(self.pw, m, options)
        projector.write_page(self.pw, m)

    def all(self) -> None:
        self.index_page()
        for k in self.col.lessons:
            self.kit_page(k)
        options = quiz.meanings(self.col.motifs, self.lang)  # every quiz's meaning options, once
        for m in self.col.motifs:
            self.motif_pages(m, options)


def write(pw) -> None:
    """The school pages of one language (a page kind of pages.write_pages)."""
    SchoolPages(pw).all()
