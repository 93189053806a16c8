"""The swap itself: one atomic exchange, and a working fallback."""

from __future__ import annotations

from arsip.core import atomic


def _tree(path, text):
    path.mkdir()
    (path / "index.html").write_text(text)


def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    _tree(tmp_path / "site", "old")
    _tree(tmp_path / "new", "new")
    assert atomic.exchange(tmp_path / "new", tmp_path / "site")  # Linux: renameat2 is available
    assert (tmp_path / "site" / "index.html").read_text() == "new"
    assert (tmp_path / "new" / "index.html").read_text() == "old"


def test_swap_replaces_the_site_and_removes_the_old_one(tmp_path):
    _tree(tmp_path / "site", "old")
    _tree(tmp_path / "new", "new")
    atomic.swap(tmp_path / "new", tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "new"
    assert not (tmp_path / "new").exists() and not (tmp_path / "site.old").exists()


def test_swap_falls_back_to_renames_without_renameat2(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "_renameat2", lambda: None)
    _tree(tmp_path / "site", "old")
    _tree(tmp_path / "new", "new")
    atomic.swap(tmp_path / "new", tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "new"
    _tree(tmp_path / "first", "first")  # no previous site at all
    atomic.swap(tmp_path / "first", tmp_path / "fresh")
    assert (tmp_path / "fresh" / "index.html").read_text() == "first"
