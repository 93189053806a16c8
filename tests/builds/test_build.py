"""The foundation: records become a bilingual site with a page per motif and maker."""

from __future__ import annotations

import pytest

import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path

import yaml

from arsip.build import web_build
from arsip.core.paths import Archive
from tools.synthetic import make_archive

from support import MAKER_IDS, MOTIF_IDS, ROOT, copy_archive, plain, record, text_of

def test_sample_has_the_fourteen_official_motifs_and_makers():
    assert len(MOTIF_IDS) >= 14
    official = [m for m in map(record, MOTIF_IDS) if m["status"]["kind"] == "official"]
    assert len([m for m in official if m["status"].get("set") == "first-nine"]) == 9
    assert len([m for m in official if m["status"].get("set") == "agro"]) == 5
    assert len(MAKER_IDS) >= 2

SOURCES = {s["id"]: s for s in yaml.safe_load((ROOT / "data" / "sources.yml").read_text("utf-8"))["sources"]}


def test_site_has_both_languages_and_every_page(site):
    assert (site / "index.html").is_file() and (site / "en" / "index.html").is_file()
    for mid in MOTIF_IDS:
        assert (site / "motif" / mid / "index.html").is_file(), mid
        assert (site / "en" / "motif" / mid / "index.html").is_file(), mid
    for mk in MAKER_IDS:
        assert (site / "pembuat" / mk / "index.html").is_file(), mk
        assert (site / "en" / "pembuat" / mk / "index.html").is_file(), mk
    assert (site / "glosarium" / "index.html").is_file()
    assert (site / "kontribusi" / "isian" / "index.html").is_file()


def test_catalogue_shows_a_thumbnail_for_every_motif(site):
    html = (site / "motif" / "index.html").read_text("utf-8")
    for mid in MOTIF_IDS:
        m = record(mid)
        assert f'href="{mid}/"' in html, mid
        assert m["name"] in unescape(html)
    assert html.count("<img ") >= len(MOTIF_IDS)


def test_motif_page_tells_the_whole_story(site):
    for mid in MOTIF_IDS:
        m = record(mid)
        html = (site / "motif" / mid / "index.html").read_text("utf-8")
        text = text_of(html)
        assert m["name"] in text
        for key in ("meaning", "local_wisdom", "story"):
            if m.get(key):
                first_sentence = plain(m[key]["id"]).split(". ")[0][:60]
                assert first_sentence in text, (mid, key)
        for d in m.get("depicts", []):
            assert d["object"]["id"] in text, (mid, d["object"]["id"])
        for mk in m.get("makers", []):
            assert f'href="../../pembuat/{mk}/"' in html, (mid, mk)
        alt = m["images"][0]["alt"]["id"]
        assert f'alt="{alt}"' in unescape(html) or f'alt="{alt}"' in html
        assert "Lisensi" in text and "CC" in text
        for s in m["sources"]:  # cited by id from the registry, shown in the one citation style
            assert unescape(SOURCES[s["id"]]["title"]) in text, (mid, s["id"])


def test_english_page_uses_english_text_or_says_it_is_untranslated(site):
    for mid in MOTIF_IDS:
        m = record(mid)
        text = text_of((site / "en" / "motif" / mid / "index.html").read_text("utf-8"))
        if m["meaning"].get("en"):
            assert plain(m["meaning"]["en"]).split(". ")[0][:60] in text
        else:
            assert "Not yet translated" in text


@pytest.mark.slow
def test_missing_english_falls_back_with_a_visible_note(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.motifs / MOTIF_IDS[0] / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["story"] = {"id": "Cerita khusus uji tanpa terjemahan."}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    web_build(arc, site_url="http://example.test/")
    text = text_of((arc.site / "en" / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8"))
    assert "Not yet translated: shown in Indonesian. Cerita khusus uji tanpa terjemahan." in text


def test_maker_page_lists_its_motifs(site):
    for mk in MAKER_IDS:
        html = (site / "pembuat" / mk / "index.html").read_text("utf-8")
        for mid in MOTIF_IDS:
            if mk in record(mid).get("makers", []):
                assert f'href="../../motif/{mid}/"' in html, (mk, mid)


def test_fields_reference_is_generated_from_the_schema(site):
    from arsip.records import schema

    text = text_of((site / "kontribusi" / "isian" / "index.html").read_text("utf-8"))
    for name, node, _ in schema.walk_fields("motif"):
        assert name in text, name
    assert schema.raw("motif")["properties"]["meaning"]["title"] in text


def _run_check(root: Path):
    return subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=root, capture_output=True, text=True)


def test_check_passes_on_the_repository():
    r = _run_check(ROOT)
    assert r.returncode == 0, r.stderr


def test_check_names_file_and_field_when_meaning_is_missing(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.motifs / "sekar-jati" / "motif.yml"
    text = path.read_text("utf-8")
    data = yaml.safe_load(text)
    del data["meaning"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    r = _run_check(tmp_path)
    assert r.returncode == 1
    assert "motifs/sekar-jati/motif.yml" in r.stderr
    assert "meaning" in r.stderr and "Makna" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_failed_build_leaves_the_previous_site(tmp_path):
    arc = copy_archive(tmp_path)
    web_build(arc, site_url="http://example.test/")
    before = (arc.site / "motif" / "sekar-jati" / "index.html").read_bytes()
    (arc.motifs / "sekar-jati" / "motif.yml").write_text("id: [unclosed\n", "utf-8")
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "build"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 1 and "motifs/sekar-jati/motif.yml" in r.stderr
    assert (arc.site / "motif" / "sekar-jati" / "index.html").read_bytes() == before


def _page_size_without_motif_specifics(html: str) -> int:
    """Bytes of a page without its related-motifs section, which lists up to six other
    motifs and so depends on which motifs exist (it is bounded, not growing)."""
    html = re.sub(r'<h2[^>]*id="terkait".*?(?=<h2[^>]*id="hak")', "", html, flags=re.S)
    return len(html.encode("utf-8"))


@pytest.mark.slow
def test_motif_page_size_does_not_grow_with_the_archive(tmp_path, monkeypatch):
    """A synthetic motif's page weighs the same in an archive of 14 and of 1,000 motifs."""
    monkeypatch.setenv("ARSIP_DOWNLOADS", "0")  # no worksheet PDFs for 1,000 made-up motifs
    sizes = {}
    for n in (14, 1000):
        root = make_archive(ROOT, tmp_path / f"a{n}", n)
        (root / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
        arc = Archive.here(root)
        web_build(arc, site_url="http://example.test/")
        sizes[n] = [_page_size_without_motif_specifics(
            (arc.site / "motif" / f"motif-sintetis-{i:04d}" / "index.html").read_text("utf-8")) for i in (3, 7)]
        shutil.rmtree(arc.build_dir)
    assert sizes[14] == sizes[1000], sizes
