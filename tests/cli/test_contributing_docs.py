"""The contributing guide and the Kontribusi pages: both languages, every licence, withdrawal."""

from __future__ import annotations

import re
from html import unescape

import pytest

from arsip.core import urls
from arsip.cli import new as scaffold
from support import ROOT

PAGES = ("index", "cara", "foto", "lisensi", "pendamping")


def test_contributing_is_indonesian_first_then_english():
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    assert text.index("# Menyumbang") < text.index("# Contributing")
    for word in ("Usulkan motif baru", "arsip new", "arsip check", "opt_in", "UU PDP", "Tarik kembali"):
        assert word in text, word
    for code in scaffold.enum_values("licence"):
        assert text.count(code) >= 2, code  # in both languages


@pytest.mark.parametrize("title", ["## Keamanan", "## Security"])
def test_security_section_names_the_jobs_the_settings_and_the_review(title):
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    section = " ".join(text[text.index(title):].split("\n---\n")[0].split())  # lines wrapped anywhere
    for word in ("siapkan", "usulkan", "verify_proposal.py", "permissions: {}", "persist-credentials: false",
                 "dependabot.yml", "zizmor --offline .github/", "Workflow permissions", "Read repository",
                 "Allow GitHub Actions to create and approve pull requests", "GitHub Actions", "usulan-motif",
                 "Files changed", "pr.yml"):
        assert word in section, (title, word)


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
    for lang in ("id", "en"):
        lk = urls.Linker(lang)  # English pages have English section names (/en/contribute/how/)
        index = (site / (lk.prefix + lk.file("kontribusi/index.md"))).read_text("utf-8")
        for page in PAGES[1:] + ("isian",):
            href = lk.href("kontribusi/index.md", f"kontribusi/{page}.md")
            assert f'href="{href}"' in index, (lang, page, href)
            assert (site / (lk.prefix + lk.file(f"kontribusi/{page}.md"))).is_file()
    text = unescape(re.sub(r"<[^>]+>", " ", (site / "kontribusi" / "lisensi" / "index.html").read_text("utf-8")))
    assert "tidak bisa ditarik kembali" in text


def test_error_message_shown_in_the_guide_is_the_real_one(tmp_path):
    """The guide quotes `arsip check` output: it must be exactly what the documented command gives."""
    import subprocess
    import sys

    from PIL import Image

    from support import copy_archive

    copy_archive(tmp_path)
    Image.new("RGB", (1600, 1200), (150, 90, 40)).save(tmp_path / "IMG_2041.JPG")
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "new", "--name", "Sekar Gadung Wulung", "--theme", "flora",
                        "--theme", "legend", "--image", "IMG_2041.JPG", "--alt", "Kain batik ungu bermotif bunga gadung",
                        "--credit", "Siti Aminah", "--no-input"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out = subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=tmp_path, capture_output=True, text=True).stderr
    for lang in ("id", "en"):
        text = (ROOT / "docs" / lang / "kontribusi" / "cara.md").read_text("utf-8")
        quoted = next(ln for ln in text.splitlines() if ln.startswith("motifs/sekar-gadung-wulung/motif.yml:"))
        assert quoted in out.splitlines(), (lang, quoted, out)
