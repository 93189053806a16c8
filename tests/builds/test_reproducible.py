"""Two clean builds of the same commit are byte-identical (sitemaps and .gz included)."""

from __future__ import annotations

import pytest

import gzip
import os
import re
import subprocess
from datetime import datetime, timezone

from arsip.core import reproducible
from arsip.build import web_build
from arsip.build import check as load_collection

from support import copy_archive
from support import diff, manifest

GIT_DATE = "2026-03-04T05:06:07+00:00"


def fresh_copy(dest):
    """A copy with its own empty image cache (nothing shared with other builds)."""
    arc = copy_archive(dest)
    if (dest / ".cache").is_symlink():
        (dest / ".cache").unlink()
    return arc


def git_commit(root):
    env = {**os.environ, "GIT_AUTHOR_DATE": GIT_DATE, "GIT_COMMITTER_DATE": GIT_DATE,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.test",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.test"}
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "snapshot"]):
        subprocess.run(["git", "-C", str(root), *cmd], check=True, env=env, capture_output=True)


@pytest.mark.slow
def test_two_clean_builds_of_the_same_commit_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    sites = []
    for name in ("first-checkout", "second"):  # different paths, separate caches
        arc = fresh_copy(tmp_path / name)
        git_commit(arc.root)
        web_build(arc, site_url="https://arsip.example/")
        sites.append(manifest(arc.site))
    a, b = sites
    assert len(a) > 100
    assert [p for p in a if p.endswith(".docx")], "the kits' editable modul ajar (issue 18 teachers)"
    assert a == b, diff(a, b)
    site = tmp_path / "second" / "site"
    # The sitemap's date is the commit's, not today's.
    for sm in ("sitemap.xml", "en/sitemap.xml"):
        dates = set(re.findall(r"<lastmod>([^<]+)</lastmod>", (site / sm).read_text("utf-8")))
        assert dates <= {"2026-03-04"}, (sm, dates)  # the commit's date, or none at all
        gz = site / (sm + ".gz")
        if gz.exists():
            raw = gz.read_bytes()
            mtime = int.from_bytes(raw[4:8], "little")
            assert mtime in (0, int(datetime(2026, 3, 4, tzinfo=timezone.utc).timestamp())), mtime
            assert gzip.decompress(raw) == (site / sm).read_bytes()  # not a stale copy
    assert "SOURCE_DATE_EPOCH" not in os.environ  # the build restores the environment


def test_date_comes_from_env_then_git_then_records(tmp_path, monkeypatch):
    arc = copy_archive(tmp_path / "a")
    col = load_collection(arc)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    # A record's dates: when consent was given (makers: only once they give it) and when it was added.
    dates = [d for r in list(col.motifs) + list(col.makers.values())
             for d in ((r.get("consent") or {}).get("date"), r.get("added")) if d]
    expect = int(datetime.fromisoformat(max(dates)).replace(tzinfo=timezone.utc).timestamp())
    assert reproducible.source_date_epoch(arc.root, col) == expect  # no git here
    assert reproducible.source_date_epoch(arc.root, None) == reproducible.FALLBACK
    git_commit(arc.root)
    assert reproducible.source_date_epoch(arc.root, col) == int(datetime.fromisoformat(GIT_DATE).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    assert reproducible.source_date_epoch(arc.root, col) == 1234567890


def test_every_published_file_is_readable_by_a_web_server(site):
    import stat

    for p in site.rglob("*"):
        mode = p.stat().st_mode
        assert mode & stat.S_IROTH, (p, oct(mode))
        if p.is_dir():
            assert mode & stat.S_IXOTH, (p, oct(mode))
