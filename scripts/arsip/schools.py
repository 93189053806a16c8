"""For schools: the "Belajar" section, lesson-kit pages and the per-motif school pages.

Hooks into page generation (`extend_pages`, called from pages.write_pages) and into the
build (`publish_downloads`, a POST_BUILD step that places the worksheet and colouring
PDFs in the site). The heavy lifting lives in worksheets.py, colouring.py, quiz.py and
projector.py; this module only decides what goes on which page and where files live.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from markupsafe import Markup

from . import lessons as L
from . import prose, schema
from .images import SITE_DIR

DOWNLOADS = "unduh"  # folder at the site root shared by both languages
OFFLINE_ZIP = "arsip-batik-bojonegoro-offline.zip"

# Interface words of the school pages (field labels come from lesson.schema.json).
WORDS = {
    "learn": ("Belajar", "Learn"),
    "learn_intro": (
        "Kit pembelajaran berbentuk modul ajar Kurikulum Merdeka, lembar kerja (LKPD), lembar mewarnai, kuis dan "
        "mode proyektor untuk setiap motif. Semuanya bisa dicetak hitam-putih di kertas A4 dan dipakai tanpa internet.",
        "Lesson kits shaped like Kurikulum Merdeka teaching modules, plus a worksheet (LKPD), a colouring sheet, a "
        "quiz and a projector mode for every motif. Everything prints in black and white on A4 and works without internet.",
    ),
    "kits": ("Kit pembelajaran", "Lesson kits"),
    "filter_phase": ("Fase", "Phase"),
    "filter_subject": ("Mata pelajaran", "Subject"),
    "all": ("Semua", "All"),
    "showing": ("{n} dari {total} kit", "{n} of {total} kits"),
    "none_match": ("Tidak ada kit untuk pilihan ini. Coba fase atau mata pelajaran lain.",
                   "No kit matches. Try another phase or subject."),
    "counts_phase": ("Jumlah kit per fase", "Kits per phase"),
    "counts_subject": ("Jumlah kit per mata pelajaran", "Kits per subject"),
    "per_motif": ("Untuk setiap motif", "For every motif"),
    "per_motif_text": (
        "Setiap halaman motif di katalog punya lembar kerja (LKPD) untuk Fase A–C dan D–F, lembar mewarnai, "
        "kuis dengan kunci jawaban, dan mode proyektor. Buka motif dari katalog, lalu lihat bagian \"Untuk sekolah\".",
        "Every motif page in the catalogue has a worksheet (LKPD) for phases A–C and D–F, a colouring sheet, a "
        "quiz with an answer key and a projector mode. Open a motif from the catalogue and look for \"For schools\".",
    ),
    "open_catalogue": ("Buka katalog motif", "Open the motif catalogue"),
    "booklet": ("Buku mewarnai semua motif (PDF)", "Colouring book of every motif (PDF)"),
    "offline": ("Unduh arsip luring (ZIP)", "Download the offline archive (ZIP)"),
    "offline_text": (
        "Seluruh situs dalam satu berkas ZIP untuk komputer sekolah tanpa internet: ekstrak, lalu buka index.html.",
        "The whole site in one ZIP for school computers without internet: unzip it, then open index.html.",
    ),
    "for_schools": ("Untuk sekolah", "For schools"),
    "worksheet": ("Lembar kerja (LKPD)", "Worksheet (LKPD)"),
    "worksheet_abc": ("LKPD Fase A–C (PDF)", "Worksheet, phases A–C (PDF, Indonesian)"),
    "worksheet_def": ("LKPD Fase D–F (PDF)", "Worksheet, phases D–F (PDF, Indonesian)"),
    "worksheet_page": ("LKPD siap cetak", "Print-ready worksheet"),
    "colouring": ("Lembar mewarnai (PDF)", "Colouring sheet (PDF)"),
    "quiz": ("Kuis", "Quiz"),
    "projector": ("Mode proyektor", "Projector mode"),
    "kits_with": ("Kit pembelajaran dengan motif ini", "Lesson kits with this motif"),
    "general_info": ("Informasi umum", "General information"),
    "identity": ("Identitas modul", "Module identity"),
    "identity_note": ("Diisi oleh guru.", "Filled in by the teacher."),
    "author": ("Penyusun", "Author"),
    "school": ("Satuan pendidikan", "School"),
    "year": ("Tahun pelajaran", "School year"),
    "class": ("Kelas / fase", "Class / phase"),
    "time": ("Alokasi waktu", "Time allocation"),
    "suggested": ("saran", "suggested"),
    "core": ("Komponen inti", "Core components"),
    "appendix": ("Lampiran", "Appendix"),
    "reading": ("Bahan bacaan guru dan murid", "Reading for teacher and pupils"),
    "bibliography": ("Daftar pustaka", "Bibliography"),
    "glossary": ("Glosarium", "Glossary"),
    "see_glossary": ("Lihat juga glosarium lengkap.", "See also the full glossary."),
    "old_name": ("dulu", "formerly"),
    "stage": ("Tahap", "Stage"),
    "activity": ("Kegiatan", "Activity"),
    "minutes": ("Menit", "Minutes"),
    "total": ("Jumlah", "Total"),
    "jp": ("{n} JP", "{n} lesson hours"),
    "criterion": ("Kriteria", "Criterion"),
    "kit_by": ("Disusun oleh {who}. Lisensi: {lic}.", "Written by {who}. Licence: {lic}."),
    "motifs_of_theme": ("Semua motif bertema {theme}", "Every motif with the theme {theme}"),
    "print": ("Cetak", "Print"),
    "back": ("Kembali ke motif", "Back to the motif"),
}


def w(key: str, lang: str, **kw) -> str:
    s = WORDS[key][0 if lang == "id" else 1]
    return s.format(**kw) if kw else s


# -- where files live --------------------------------------------------------------
def worksheet_pdf(mid: str, group: str) -> str:
    """Site path of a worksheet PDF (Indonesian: schools print these); group 'abc' (SD) or 'def'."""
    return f"{DOWNLOADS}/lkpd-{mid}-fase-{group}.pdf"


def colouring_pdf(mid: str) -> str:
    """Site path of a colouring sheet (labels in both languages)."""
    return f"{DOWNLOADS}/mewarnai-{mid}.pdf"


def booklet_pdf() -> str:
    return f"{DOWNLOADS}/buku-mewarnai.pdf"


def offline_zip() -> str:
    return f"{DOWNLOADS}/{OFFLINE_ZIP}"


def motif_url(site_url: str, lang: str, mid: str) -> str:
    """Canonical web address of a motif page (what the QR codes point to)."""
    return site_url.rstrip("/") + "/" + ("" if lang == "id" else f"{lang}/") + f"motif/{mid}/"


# -- pages -----------------------------------------------------------------------
class SchoolPages:
    def __init__(self, pw):
        self.pw, self.lang, self.col = pw, pw.lang, pw.col
        pw.env.globals.update(w=lambda key, **kw: w(key, self.lang, **kw), school_links=self.school_links,
                              asset=self.pw.link.asset)

    # links box on every motif page
    def school_links(self, m: dict, md: str) -> Markup:
        lang, mid, a = self.lang, m["id"], self.pw.link.asset
        items = [
            (self.pw.link.href(md, f"lkpd/{mid}.md"), w("worksheet_page", lang), ""),
            (a(md, worksheet_pdf(mid, "abc")), w("worksheet_abc", lang), "pdf"),
            (a(md, worksheet_pdf(mid, "def")), w("worksheet_def", lang), "pdf"),
            (a(md, colouring_pdf(mid)), w("colouring", lang), "pdf"),
            (self.pw.link.href(md, f"kuis/{mid}.md"), w("quiz", lang), ""),
            (self.pw.link.href(md, f"proyektor/{mid}.md"), w("projector", lang), ""),
        ]
        lis = Markup("").join(
            Markup('<li><a href="{}"{}>{}</a></li>').format(h, Markup(' type="application/pdf" download') if kind else "", label)
            for h, label, kind in items)
        kits = L.kits_for_motif(self.col, mid)
        extra = Markup("")
        if kits:
            extra = Markup('<p>{}: {}</p>').format(w("kits_with", lang), Markup(", ").join(
                Markup('<a href="{}">{}</a>').format(self.pw.link.href(md, f"belajar/{k['id']}.md"), self._tr(k["title"]))
                for k in kits))
        return Markup('<div class="arsip-school" markdown="0"><ul class="arsip-school__links">{}</ul>{}</div>').format(lis, extra)

    def _tr(self, obj) -> str:
        from .pages import tr

        return tr(obj, self.lang).text

    def kit_view(self, k: dict, md: str) -> dict:
        lang = self.lang
        motifs = L.kit_motifs(k, self.col)
        terms = {t["id"]: t for t in self.col.glossary}
        refs, seen = [], set()
        for s in k.get("readings", []) + [s for m in motifs for s in m["sources"]]:
            key = s.get("url") or s["title"]
            if key not in seen:
                seen.add(key)
                refs.append(s)
        refs.sort(key=lambda s: s["title"].lower())
        return {
            "k": k,
            "phases": [{"value": p, "label": L.label("phase", p, lang)} for p in k["phases"]],
            "subjects": [{"value": s, "label": L.label("subject", s, lang)} for s in k["subjects"]],
            "profile": [{"label": L.label("dimension", d, lang), "old": L.old_dimension(d, lang)} for d in k["profile"]],
            "cp": [L.label("cp_element", c, lang) for c in k["cp_elements"]],
            "stages": {s: lab.get(lang) or lab["id"] for s, lab in
                       L.defs()["activity"]["properties"]["stage"]["x-enum-labels"].items()},
            "total": L.total_minutes(k),
            "levels": L.rubric_levels(lang),
            "motifs": [{"m": m, "href": self.pw.link.href(md, f"motif/{m['id']}.md"),
                        "lkpd": self.pw.link.href(md, f"lkpd/{m['id']}.md"),
                        "abc": self.pw.link.asset(md, worksheet_pdf(m["id"], "abc")),
                        "def": self.pw.link.asset(md, worksheet_pdf(m["id"], "def")),
                        "colour": self.pw.link.asset(md, colouring_pdf(m["id"])),
                        "quiz": self.pw.link.href(md, f"kuis/{m['id']}.md"),
                        "projector": self.pw.link.href(md, f"proyektor/{m['id']}.md")} for m in motifs],
            "theme": self.pw.enum("theme", None, k["theme"]) if k.get("theme") and not k.get("motifs") else None,
            "theme_href": self.pw.catalogue_link(md, theme=k["theme"]) if k.get("theme") else None,
            "terms": [terms[t] for t in k.get("glossary", []) if t in terms],
            "glossary_href": self.pw.link.href(md, "glosarium.md"),
            "refs": refs,
            "licence": self.pw.enum("licence", None, k["licence"]).split(" (")[0],
            "title": lambda key: L.field_title(key, lang),
        }

    def kit_page(self, k: dict) -> None:
        from .pages import front_matter

        md = f"belajar/{k['id']}.md"
        self.pw.write(md, "lesson.md.j2", **self.kit_view(k, md),
                      front=front_matter(title=self._tr(k["title"]),
                                         description=prose.plain(self._tr(k["summary"]), 160)))

    def index_page(self) -> None:
        from .pages import front_matter

        lang, md = self.lang, "belajar/index.md"
        kits = sorted(self.col.lessons, key=lambda k: (min("ABCDEF".index(p) for p in k["phases"]), k["id"]))
        phases = [{"value": p, "label": L.label("phase", p, lang),
                   "count": sum(p in k["phases"] for k in kits)} for p in L.defs()["phase"]["enum"]]
        subjects = [{"value": s, "label": L.label("subject", s, lang),
                     "count": sum(s in k["subjects"] for k in kits)} for s in L.defs()["subject"]["enum"]]
        rows = [{"k": k, "href": self.pw.link.href(md, f"belajar/{k['id']}.md"),
                 "phases": " ".join(k["phases"]), "subjects": " ".join(k["subjects"]),
                 "phase_labels": ", ".join(k["phases"]),
                 "subject_labels": ", ".join(L.label("subject", s, lang) for s in k["subjects"]),
                 "hours": k["hours"], "summary": prose.plain(self._tr(k["summary"]), 220)} for k in kits]
        self.pw.write(md, "belajar.md.j2", kits=rows, phases=phases, subjects=subjects, total=len(kits),
                      catalogue=self.pw.link.href(md, "motif/index.md"),
                      booklet=self.pw.link.asset(md, booklet_pdf()),
                      offline=self.pw.link.asset(md, offline_zip()),
                      strings=json.dumps({"showing": w("showing", lang), "none": w("none_match", lang)},
                                         ensure_ascii=False),
                      front=front_matter(title=w("learn", lang), description=w("learn_intro", lang)[:160]))

    def standalone(self, md: str, body: str, *, title: str, description: str, body_class: str = "", **ctx) -> None:
        """Write a page without site chrome as a static HTML file where MkDocs would put `md`."""
        url = self.pw.link.url(md)
        path = self.pw.out / (url + "index.html" if url.endswith("/") or not url else url)
        path.parent.mkdir(parents=True, exist_ok=True)
        html = self.pw.env.get_template("standalone.html.j2").render(
            lang=self.lang, md=md, body=body, title=title, description=description, body_class=body_class,
            assets=self.pw.link.asset(md, self.pw.link.prefix + "assets/"), canonical=None, **ctx)
        path.write_text(html, "utf-8")

    def motif_pages(self, m: dict) -> None:
        from . import projector, quiz, worksheets

        worksheets.write_page(self, m)
        quiz.write_page(self, m)
        projector.write_page(self, m)

    def all(self) -> None:
        self.index_page()
        for k in self.col.lessons:
            self.kit_page(k)
        for m in self.col.motifs:
            self.motif_pages(m)


def extend_pages(pw) -> None:
    """Called by pages.write_pages for each language, before the other pages are written."""
    SchoolPages(pw).all()


# -- downloads (post-build) -------------------------------------------------------
def _place(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        dest.unlink()
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)


def publish_downloads(ctx) -> None:
    """POST_BUILD: worksheet and colouring PDFs (cached by content hash) and the offline ZIP."""
    from . import colouring, worksheets

    arc, col, out = ctx.arc, ctx.col, ctx.staging
    cache = arc.cache / "schools"
    cache.mkdir(parents=True, exist_ok=True)
    from .paths import LANGS

    if os.environ.get("ARSIP_DOWNLOADS", "1") == "0":  # e.g. page-size tests on 1,000 synthetic motifs
        return
    for m in col.motifs:
        folder = col.folders[m["id"]]
        url = motif_url(ctx.site_url, "id", m["id"])
        for group in ("abc", "def"):
            _place(worksheets.pdf(m, folder, "id", group, url, cache), out / worksheet_pdf(m["id"], group))
        _place(colouring.pdf(m, folder, cache, url), out / colouring_pdf(m["id"]))
        for lang in LANGS:
            murl = motif_url(ctx.site_url, lang, m["id"])
            _place(worksheets.qr_file(murl, cache), out / worksheets.qr_png(lang, m["id"]))
    _place(colouring.booklet([(m, col.folders[m["id"]]) for m in col.motifs], cache), out / booklet_pdf())
    cached_zip = arc.cache / "offline" / OFFLINE_ZIP
    if ctx.directory_urls and cached_zip.is_file():
        _place(cached_zip, out / offline_zip())


def _register() -> None:
    from .build import POST_BUILD

    if publish_downloads not in POST_BUILD:
        POST_BUILD.append(publish_downloads)


_register()
