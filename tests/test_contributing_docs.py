"""The contributing guide and the Kontribusi pages: both languages, every licence, withdrawal."""

from __future__ import annotations

import re
from html import unescape

import pytest

from arsip import scaffold
from conftest import ROOT

PAGES = ("index", "cara", "foto", "lisensi", "pendamping")


def test_contributing_is_indonesian_first_then_english():
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    assert text.index("# Menyumbang") < text.index("# Contributing")
    for word in ("Usulkan motif baru", "arsip new", "arsip check", "opt_in", "UU PDP", "Tarik kembali"):
        assert word in text, word
    for code in scaffold.enum_values("licence"):
        assert text.count(code) >= 2, code  # in both languages


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_kontribusi_page_exists_in_both_languages(lang):
    for page in PAGES:
        assert (ROOT / "docs" / lang / "kontribusi" / f"{page}.md").is_file(), (lang, page)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_licence_page_explains_every_licence_in_the_schema(lang):
    text = (ROOT / "docs" / lang / "kontribusi" / "lisensi.md").read_text("utf-8")
    for code in scaffold.enum_values("licence"):
        assert f"`{code}`" in text, code
    assert "UU PDP" in text or "UU Pelindungan Data Pribadi" in text


def test_kontribusi_pages_are_built_and_linked(site):
    for lang in ("", "en/"):
        index = (site / lang / "kontribusi" / "index.html").read_text("utf-8")
        for page in PAGES[1:] + ("isian",):
            assert f'href="{page}/"' in index, (lang, page)
            assert (site / lang / "kontribusi" / page / "index.html").is_file()
    text = unescape(re.sub(r"<[^>]+>", " ", (site / "kontribusi" / "lisensi" / "index.html").read_text("utf-8")))
    assert "tidak bisa ditarik kembali" in text
