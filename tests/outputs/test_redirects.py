"""Stable identifiers: every motif has a short address, and a renamed motif keeps redirects from
its old addresses in both languages (for web and offline builds)."""

from __future__ import annotations

import pytest

import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from arsip.build import web_build
from support import copy_archive, offline_site
from support import head_of
from support import MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"


def follow(site: Path, page: str) -> tuple[str, str]:
    """(file the meta refresh of `page` leads to, its canonical URL)."""
    html = (site / page).read_text("utf-8")
    target = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', html).group(1)
    assert f'<a href="{target}">' in html  # a visible link for browsers that do not refresh
    assert f'location.replace("{target}" + location.search + location.hash)' in html  # keeps #anchors
    dest = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    if target.endswith("/"):
        dest += "/index.html"
    canonical = next(lk["href"] for lk in head_of(site / page).links if lk.get("rel") == "canonical")
    return dest, canonical


def test_every_motif_has_a_short_address(site):
    for mid in MOTIF_IDS:
        dest, canonical = follow(site, f"m/{mid}/index.html")
        assert dest == f"motif/{mid}/index.html" and (site / dest).is_file()
        assert canonical == f"{SITE_URL}motif/{mid}/"
        assert 'name="robots" content="noindex"' in (site / f"m/{mid}/index.html").read_text("utf-8")


def _rename(arc, old: str, new: str) -> None:
    folder = arc.motifs / old
    shutil.move(folder, arc.motifs / new)
    path = arc.motifs / new / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["id"] = new
    data["redirect_from"] = [old]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    for other in arc.motifs.iterdir():  # keep references valid
        p = other / "motif.yml"
        text = p.read_text("utf-8")
        if old in text and other.name != new:
            d = yaml.safe_load(text)
            d["related"] = [new if r == old else r for r in d.get("related", [])]
            p.write_text(yaml.safe_dump(d, allow_unicode=True), "utf-8")


@pytest.mark.slow
def test_a_renamed_motif_keeps_its_old_addresses(tmp_path):
    arc = copy_archive(tmp_path)
    old, new = MOTIF_IDS[0], MOTIF_IDS[0] + "-baru"
    _rename(arc, old, new)
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=arc.root, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    web_build(arc, site_url=SITE_URL)
    site = arc.site
    assert (site / "motif" / new / "index.html").is_file()
    for page, dest, canonical in (
        (f"motif/{old}/index.html", f"motif/{new}/index.html", f"{SITE_URL}motif/{new}/"),
        (f"en/motif/{old}/index.html", f"en/motif/{new}/index.html", f"{SITE_URL}en/motif/{new}/"),
        (f"m/{old}/index.html", f"motif/{new}/index.html", f"{SITE_URL}motif/{new}/"),
        (f"m/{new}/index.html", f"motif/{new}/index.html", f"{SITE_URL}motif/{new}/"),
    ):
        got, can = follow(site, page)
        assert (got, can) == (dest, canonical), page
        assert (site / got).is_file()
    # old QR codes printed on hang tags keep working: m/<old>/ still leads to the motif
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    assert f"/motif/{new}/" in sitemap and f"/motif/{old}/" not in sitemap


@pytest.mark.slow
def test_redirects_work_in_an_offline_build(tmp_path):
    arc = copy_archive(tmp_path)
    old, new = MOTIF_IDS[1], MOTIF_IDS[1] + "-baru"
    _rename(arc, old, new)
    offline_site(arc, SITE_URL)
    site = arc.site
    for page, dest in ((f"motif/{old}.html", f"motif/{new}.html"), (f"en/motif/{old}.html", f"en/motif/{new}.html"),
                       (f"m/{old}/index.html", f"motif/{new}.html")):
        got, _ = follow(site, page)
        assert got == dest and (site / got).is_file(), page


def test_a_former_id_may_not_take_another_motifs_address(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.motifs / MOTIF_IDS[0] / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["redirect_from"] = [MOTIF_IDS[1]]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=arc.root, capture_output=True, text=True)
    assert r.returncode == 1 and "redirect_from[0]" in r.stderr
