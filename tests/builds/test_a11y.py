"""Accessibility: axe-core finds no violations on any kind of page, in both languages,
including search results when the site has a search box. `arsip check` refuses images
without alt text."""

from __future__ import annotations

import subprocess
import sys

import yaml

from arsip.core import urls
from support import copy_archive
from support import axe_violations as _violations, page_kinds, search
from support import MOTIF_IDS


def test_axe_finds_no_violation_on_any_kind_of_page(site, server, page):
    urls = page_kinds(site)
    for must in ("", "motif/", f"motif/{MOTIF_IDS[0]}/", "pembuat/", "glosarium/", "en/", "en/motif/"):
        assert must in urls or any(u.startswith(must) for u in urls), must
    found = {}
    for u in urls:
        page.goto(server.url + u, wait_until="networkidle")
        v = _violations(page)
        if v:
            found[u] = v
    assert found == {}, found


def test_axe_finds_no_violation_on_search_results_or_the_glossary(site, server, page):
    for lang in ("", "en/"):
        page.goto(server.url + lang, wait_until="networkidle")
        if not search(page, "jati"):  # no search box: the glossary is the "look-up" page
            lk = urls.Linker("en" if lang else "id")
            page.goto(server.url + lang + lk.url(urls.GLOSSARY), wait_until="networkidle")
        else:
            assert page.locator("[role=listbox] [role=option], [role=listbox] li, .pagefind-ui__result").count() > 0
        assert _violations(page) == [], lang


def test_check_refuses_an_image_without_alt_text(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.motifs / MOTIF_IDS[0] / "motif.yml"
    for alt in (None, {"en": "English only"}, {"id": ""}):
        data = yaml.safe_load(path.read_text("utf-8"))
        if alt is None:
            del data["images"][0]["alt"]
        else:
            data["images"][0]["alt"] = alt
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        r = subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode == 1, alt
        assert f"motifs/{MOTIF_IDS[0]}/motif.yml" in r.stderr and "alt" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
