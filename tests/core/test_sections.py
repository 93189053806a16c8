"""English readers get English section names; one table in core/urls.py decides them."""

from __future__ import annotations

from arsip.core import urls
from arsip.core.urls import Linker


def test_english_pages_live_under_english_section_names():
    en, id_ = Linker("en"), Linker("id")
    assert en.url(urls.maker("sesa-batik")) == "makers/sesa-batik/"
    assert en.url(urls.lesson("x")) == "learn/x/"
    assert en.url(urls.GLOSSARY) == "glossary/" and en.url(urls.TIMELINE) == "timeline/"
    assert en.url("kontribusi/cara.md") == "contribute/how/" and en.url("kontribusi/index.md") == "contribute/"
    assert en.url(urls.worksheet("m")) == "worksheets/m/" and en.url(urls.quiz("m")) == "quiz/m/"
    assert en.url(urls.catalogue_page(2)) == "motif/page/2/"
    assert en.url(urls.motif("m")) == "motif/m/"  # "motif" is an English word too
    assert id_.url(urls.maker("sesa-batik")) == "pembuat/sesa-batik/"  # Indonesian names unchanged
    assert Linker("en", False).url(urls.GLOSSARY) == "glossary.html"
    assert en.href(urls.motif("m"), urls.maker("k")) == "../../makers/k/"


def test_only_section_prefixes_are_renamed_never_a_record_id():
    # a motif or maker whose id happens to be a section name keeps it
    assert urls.localise("motif/pembuat.md", "en") == "motif/pembuat.md"
    assert urls.localise("pembuat/belajar.md", "en") == "makers/belajar.md"
    assert urls.localise("glosarium-lama.md", "en") == "glosarium-lama.md"


def test_section_url_pairs_for_switch_and_redirects():
    pairs = dict(urls.section_urls("en"))
    assert pairs["pembuat/"] == "makers/" and pairs["glosarium/"] == "glossary/"
    assert pairs["kontribusi/cara/"] == "contribute/how/"
    lens = [len(a) for a, _ in urls.section_urls("en")]
    assert lens == sorted(lens, reverse=True)  # longest first, so the most specific wins
    assert urls.section_urls("id") == []
