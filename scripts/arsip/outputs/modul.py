"""Step: every lesson kit as an editable modul ajar (Word .docx), in Indonesian and English.

A kit page can be printed but not adapted, and a teacher hands in a modul ajar of their own
(their name, school, class, changed steps). So each kit is also written as a .docx that Word,
LibreOffice, WPS and Google Docs open: the same parts as the page (identity, CP, goals,
activities, assessment with the rubric as a bordered table, the sources of its motifs), made
with python-docx from the records. Text goes in as text (never as markup), and the bytes are
fixed: core properties from a fixed date, the ZIP rewritten with fixed entry dates in one order.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from ..core import prose, urls
from ..core.i18n import LANGS, pick, t
from ..records import cite, schema
from ..records import lessons as L

FIXED_DATE = dt.datetime(2009, 10, 2, tzinfo=dt.timezone.utc)  # as the worksheets (Hari Batik Nasional)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
DOC_LANG = {"id": "id-ID", "en": "en-GB"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0: dropped


def clean(text: str) -> str:
    return _NOT_XML.sub("", text or "")


def paragraphs(obj, lang: str) -> list[str]:
    """A bilingual prose field as plain paragraphs (Markdown marks dropped, text kept as text)."""
    return [p for p in (clean(prose.plain(x)) for x in re.split(r"\n\s*\n", pick(obj, lang) or "")) if p]


class Modul:
    """One kit in one language as a python-docx Document."""

    def __init__(self, kit: dict, col, pub, lang: str):
        from docx import Document  # noqa: PLC0415  (imported when a build writes one)
        from docx.shared import Mm, Pt  # noqa: PLC0415

        self.k, self.col, self.pub, self.lang = kit, col, pub, lang
        self.doc = Document()
        sec = self.doc.sections[0]  # A4, as Indonesian schools print
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = sec.top_margin = sec.bottom_margin = Mm(20)
        self.doc.styles["Normal"].font.size = Pt(11)
        self._language()

    def _language(self) -> None:
        """Spell-checking in the document's language (the default template says en-US)."""
        from docx.oxml.ns import qn  # noqa: PLC0415

        for el in self.doc.styles.element.iter(qn("w:lang")):
            el.set(qn("w:val"), DOC_LANG[self.lang])

    # -- small writers ----------------------------------------------------------------
    def tr(self, obj) -> str:
        return clean(pick(obj, self.lang))

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(clean(text), level)

    def para(self, text: str, bold: str = "", style: str | None = None, italic: bool = False) -> None:
        p = self.doc.add_paragraph(style=style)
        if bold:
            p.add_run(clean(bold)).bold = True
        if text:
            p.add_run(clean(text)).italic = italic

    def prose(self, obj) -> None:
        for p in paragraphs(obj, self.lang):
            self.para(p)

    def items(self, texts: list[str], numbered: bool = True) -> None:
        for x in texts:
            self.para(x, style="List Number" if numbered else "List Bullet")

    def table(self, header: list[str] | None, rows: list[list[str]], widths: list[float] | None = None) -> None:
        """A real Word table with borders on every cell ("Table Grid"); the header row repeats
        on each page and is bold."""
        from docx.oxml import OxmlElement  # noqa: PLC0415
        from docx.oxml.ns import qn  # noqa: PLC0415
        from docx.shared import Mm  # noqa: PLC0415

        body = ([header] if header else []) + rows
        tb = self.doc.add_table(rows=len(body), cols=len(body[0]))
        tb.style = "Table Grid"
        for r, values in enumerate(body):
            for c, value in enumerate(values):
                cell = tb.cell(r, c)
                cell.text = clean(value)
                if header and r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                if widths:
                    cell.width = Mm(widths[c])
        if header:
            tr_pr = tb.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            tr_pr.append(el)
        self.doc.add_paragraph()

    # -- the parts of a modul ajar ------------------------------------------------------
    def identity(self) -> None:
        k, lang = self.k, self.lang
        total = L.total_minutes(k)
        self.heading(t("general_info", lang))
        self.heading(t("identity", lang), 2)
        self.para(t("identity_note", lang), italic=True)
        phases = ", ".join(L.label("phase", p, lang) for p in k["phases"])
        self.table(None, [
            [t("author", lang), ""], [t("school", lang), ""], [t("year", lang), ""],
            [t("class", lang), f"{t('suggested', lang)}: {phases}"],
            [t("filter_subject", lang), ", ".join(L.label("subject", s, lang) for s in k["subjects"])],
            [t("time", lang), f"{t('suggested', lang)}: {t('jp', lang, n=k['hours'])} ({total} {t('minutes', lang).lower()})"],
            [L.field_title("model", lang), self.tr(k["model"])],
        ], widths=[50, 120])
        for key in ("prior_knowledge", "facilities", "target"):
            self.heading(L.field_title(key, lang), 2)
            self.prose(k[key])
        self.heading(L.field_title("profile", lang), 2)
        self.items([L.label("dimension", d, lang) for d in k["profile"]], numbered=False)

    def outcomes(self) -> None:
        k, lang = self.k, self.lang
        self.heading(t("core", lang))
        self.heading(L.field_title("cp_elements", lang), 2)
        elements = {c: L.label("cp_element", c, lang) for c in k["cp_elements"]}
        self.items(list(elements.values()), numbered=False)
        if k.get("cp_note"):
            self.para("", bold=t("cp_note", lang))
            self.prose(k["cp_note"])
        shown: list[str] = []
        for c in k.get("capaian", []):
            what = [L.label("subject", c["subject"], lang), ", ".join(L.label("phase", p, lang) for p in c["phases"])]
            if c.get("element"):
                what.append(elements.get(c["element"], L.label("cp_element", c["element"], lang)))
            self.para("", bold=" · ".join(what))
            if c.get("quote"):
                self.para(prose.plain(c["quote"]), italic=True)
            note = self.tr(c["note"])
            if note not in shown:  # a note shared by several outcomes, once (as on the page)
                shown.append(note)
                self.prose(c["note"])
            if c.get("source") and c["source"]["id"] in self.col.sources:
                self.para(cite.text(self.col.sources[c["source"]["id"]], lang), bold=f"{t('sources', lang)}: ")

    def lesson(self) -> None:
        k, lang = self.k, self.lang
        self.heading(L.field_title("goals", lang), 2)
        self.items([" ".join(paragraphs(g, lang)) for g in k["goals"]])
        self.heading(L.field_title("understanding", lang), 2)
        self.prose(k["understanding"])
        self.heading(L.field_title("questions", lang), 2)
        self.items([self.tr(q) for q in k["questions"]])
        self.heading(L.field_title("activities", lang), 2)
        stages = L.defs()["activity"]["properties"]["stage"]["x-enum-labels"]
        rows = [[stages[a["stage"]].get(lang) or stages[a["stage"]]["id"],
                 "\n".join([self.tr(a["title"])] + paragraphs(a["steps"], lang)), str(a["minutes"])]
                for a in k["activities"]]
        rows.append([t("total", lang), "", str(L.total_minutes(k))])
        self.table([t("stage", lang), t("activity", lang), t("minutes", lang)], rows, widths=[30, 120, 20])
        self.heading(L.field_title("assessment", lang), 2)
        self.prose(k["assessment"]["how"])
        levels = L.rubric_levels(lang)
        self.table([t("criterion", lang)] + levels,
                   [[self.tr(c["criterion"])] + [self.tr(lv) for lv in c["levels"]] for c in k["assessment"]["rubric"]])
        for key in ("enrichment", "remedial"):
            self.heading(L.field_title(key, lang), 2)
            self.prose(k[key])
        self.heading(L.field_title("reflection", lang), 2)
        for who, key in (("pupils", "pupils"), ("teacher", "teacher")):
            self.para("", bold=t(who, lang))
            self.items([self.tr(q) for q in k["reflection"].get(key, [])])

    def appendix(self) -> None:
        k, lang, pub = self.k, self.lang, self.pub
        self.heading(t("appendix", lang))
        self.heading(t("docx_motifs", lang), 2)
        for m in L.kit_motifs(k, self.col):
            self.para(pub.motif(m["id"], lang), bold=f"{m['name']}: ", style="List Bullet")
        terms = {g["id"]: g for g in self.col.glossary}
        if k.get("glossary"):
            self.heading(t("glossary", lang), 2)
            for tid in k["glossary"]:
                if tid in terms:
                    g = terms[tid]
                    word = g.get("term_en") if lang == "en" and g.get("term_en") else g["term"]
                    self.para(" ".join(paragraphs(g["definition"], lang)), bold=f"{word}: ")
        self.heading(t("bibliography", lang), 2)
        for sid in L.source_ids(k, self.col, lang):
            self.para(cite.text(self.col.sources[sid], lang), style="List Bullet")
        licence = schema.enum_label("licence", k["licence"], lang).split(" (")[0]
        self.para(t("kit_by", lang, who=k.get("authors") or "—", lic=licence), italic=True)
        self.para(pub.page(urls.lesson(k["id"]), lang), bold=f"{t('docx_page', lang)}: ")

    def write(self) -> bytes:
        k, lang = self.k, self.lang
        self.doc.add_heading(self.tr(k["title"]), 0)
        self.prose(k["summary"])
        self.identity()
        self.outcomes()
        self.lesson()
        self.appendix()
        props = self.doc.core_properties
        props.title = self.tr(k["title"])
        props.subject = t("kits", lang)
        props.author = clean(k.get("authors") or t("archive", lang))
        props.language = DOC_LANG[lang]
        props.created = props.modified = FIXED_DATE.replace(tzinfo=None)
        props.last_printed = FIXED_DATE.replace(tzinfo=None)
        props.last_modified_by = ""
        props.revision = 1
        props.comments = props.keywords = props.category = ""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: PLC0415

        pkg = self.doc.part.package  # the template's thumbnail shows another document: left out
        for rid in [rid for rid, rel in pkg.rels.items() if rel.reltype == RT.THUMBNAIL]:
            pkg.rels.pop(rid)
        buf = io.BytesIO()
        self.doc.save(buf)
        return fixed_zip(buf.getvalue())


def fixed_zip(raw: bytes) -> bytes:
    """The same package with every entry dated 1980-01-01, in the order python-docx wrote them
    ([Content_Types].xml first), so the same kit gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename), compresslevel=9)
    return out.getvalue()


def docx(kit: dict, col, pub, lang: str) -> bytes:
    return Modul(kit, col, pub, lang).write()


def publish(ctx) -> None:
    """Write unduh/modul-ajar-<kit>[-en].docx for every kit and language (the kit page links it)."""
    for k in ctx.col.lessons:
        for lang in LANGS:
            out = ctx.staging / urls.lesson_docx(k["id"], lang)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(docx(k, ctx.col, ctx.pub, lang))
