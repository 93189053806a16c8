"""Every lesson kit as an editable modul ajar (.docx): what a teacher needs is in it, in a real
bordered table for the rubric, text stays text, and the same kit gives the same bytes."""

from __future__ import annotations

import copy
import io
import re
import zipfile

import pytest

from arsip.build import check as load_collection
from arsip.core import urls
from arsip.core.paths import Archive
from arsip.core.urls import Published
from arsip.outputs import modul
from arsip.records import cite
from arsip.records import lessons as L

from support import ROOT

docx = pytest.importorskip("docx")  # a runtime dependency: present wherever the build runs
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def col():
    return load_collection(Archive.here(ROOT))


def plain(s: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", s).split())


def all_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        parts += [c.text for row in tb.rows for c in row.cells]
    return plain("\n".join(parts))


def rubric_table(d, k: dict, lang: str):
    first = plain(k["assessment"]["rubric"][0]["criterion"][lang])
    return next(tb for tb in d.tables if any(plain(r.cells[0].text) == first for r in tb.rows))


def test_every_kit_docx_holds_its_goals_rubric_identity_and_sources(site, col):
    pub = Published.of("http://127.0.0.1:8000/")
    for k in col.lessons:
        for lang in ("id", "en"):
            path = site / urls.lesson_docx(k["id"], lang)
            d = docx.Document(str(path))
            text = all_text(d)
            assert plain(k["title"][lang]) in text
            assert d.core_properties.title == k["title"][lang] and d.core_properties.language.startswith(lang)
            for g in k["goals"]:
                assert plain(g[lang]) in text, (k["id"], lang, g[lang])
            assert L.label("phase", k["phases"][0], lang) in text and L.field_title("goals", lang) in text
            tb = rubric_table(d, k, lang)
            assert tb.style.name == "Table Grid"  # every cell bordered
            assert tb.style.element.find(f".//{W}tblBorders") is not None
            rows = {plain(r.cells[0].text): [plain(c.text) for c in r.cells[1:]] for r in tb.rows}
            for c in k["assessment"]["rubric"]:
                assert rows[plain(c["criterion"][lang])] == [plain(lv[lang]) for lv in c["levels"]]
            assert [plain(c.text) for c in tb.rows[0].cells][1:] == L.rubric_levels(lang)
            for m in L.kit_motifs(k, col):
                assert m["name"] in text and pub.motif(m["id"], lang) in text
            for sid in L.source_ids(k, col, lang):
                assert plain(cite.text(col.sources[sid], lang)) in text, sid
            if k.get("cp_note"):
                assert text.count(plain(k["cp_note"][lang])) == 1


def test_docx_is_linked_with_its_size_listed_on_belajar_and_in_the_offline_zip(site, col):
    for k in col.lessons:
        for lang in ("id", "en"):
            page = site / urls.Linker(lang, True).prefix / urls.Linker(lang, True).file(urls.lesson(k["id"]))
            html = page.read_text("utf-8")
            name = urls.lesson_docx(k["id"], lang).rsplit("/", 1)[1]
            link = re.search(rf'<a [^>]*href="([^"]*/{re.escape(name)})"[^>]*download[^>]*>(.*?)</a>', html, re.S)
            assert link, (k["id"], lang)
            assert (page.parent / link[1]).resolve().is_file()
            assert 'class="arsip-size"' in link[2] and ("kB" in link[2] or "MB" in link[2])
    for lang in ("id", "en"):
        page = site / urls.Linker(lang, True).prefix / urls.Linker(lang, True).file(urls.LEARN)
        html = page.read_text("utf-8")
        for k in col.lessons:
            assert urls.lesson_docx(k["id"], lang).rsplit("/", 1)[1] in html, (lang, k["id"])
    with zipfile.ZipFile(site / urls.offline_zip()) as z:
        names = {n.split("/", 1)[1] for n in z.namelist()}  # below the copy's own folder
        readme = z.read(next(n for n in z.namelist() if n.endswith("BACA-SAYA.txt"))).decode()
    assert {urls.lesson_docx(k["id"], lang) for k in col.lessons for lang in ("id", "en")} <= names
    assert "modul ajar" in readme and "DOCX" in readme


def test_text_of_a_kit_goes_into_the_docx_as_text(col):
    """A seeded <script> (and a control character XML refuses) in a kit's texts: the document
    opens, shows the characters as typed, and holds no markup of its own from them."""
    k = copy.deepcopy(col.lessons[0])
    payload = "<script>window.pwned=1</script> & <b>tebal</b>"
    k["goals"][0]["id"] = payload + "\x0b"
    k["assessment"]["rubric"][0]["levels"][0]["id"] = payload
    k["title"]["id"] = "Judul <i>miring</i>"
    raw = modul.docx(k, col, Published.of("https://arsip.example/"), "id")
    d = docx.Document(io.BytesIO(raw))
    text = all_text(d)
    assert payload in text and "Judul <i>miring</i>" in text
    assert rubric_table(d, k, "id").rows[1].cells[1].text == payload
    xml = zipfile.ZipFile(io.BytesIO(raw)).read("word/document.xml").decode()
    assert "<script>" not in xml and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in xml


def test_the_same_kit_gives_the_same_bytes(col):
    pub = Published.of("https://arsip.example/")
    k = col.lessons[0]
    a, b = modul.docx(k, col, pub, "en"), modul.docx(k, col, pub, "en")
    assert a == b
    z = zipfile.ZipFile(io.BytesIO(a))
    assert z.namelist()[0] == "[Content_Types].xml"
    assert {i.date_time for i in z.infolist()} == {modul.ZIP_DATE}
    props = docx.Document(io.BytesIO(a)).core_properties
    assert props.created == props.modified == modul.FIXED_DATE
    assert props.revision == 1 and props.last_modified_by == ""
    assert "docProps/thumbnail.jpeg" not in z.namelist()  # the template's picture of another document
