"""Zensical from the same files (issue 23): `arsip build --engine zensical` against the MkDocs
site of the session (`built`): the same pages, the same article text on every page, the same
links, and linkcheck on both. README, "Engines", says what differs and why."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from arsip.build import web_build
from arsip.cli import linkcheck
from support import copy_archive

pytestmark = pytest.mark.slow
pytest.importorskip("zensical")


class Article(HTMLParser):
    """The text inside the element marked data-pagefind-body (what search indexes), and its links."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.text, self.links = 0, [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            if tag not in self.VOID:
                self.depth += 1
            if tag == "a" and a.get("href"):
                self.links.append(a["href"])
        elif "data-pagefind-body" in a:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def article(path: Path) -> tuple[str, list[str]]:
    p = Article()
    p.feed(path.read_text("utf-8"))
    return re.sub(r"\s+", " ", "".join(p.text)).strip(), p.links


# The size a download link shows ("(24,2 MB)", outputs/sizes.py): the offline ZIP holds the
# engine's own pages, so its size differs.
SIZE = re.compile(r" ?\(\d+(?:[.,]\d+)? [kMG]?B\)")


def text(path: Path) -> str:
    return SIZE.sub("", article(path)[0])


def pages(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory):
    arc = copy_archive(tmp_path_factory.mktemp("zensical"))
    return web_build(arc, site_url="http://127.0.0.1:8000/", engine="zensical").arc.site


def test_same_pages(built, zensical_site):
    mk, zs = pages(built.arc.site), pages(zensical_site)
    assert len(mk) > 300
    assert mk == zs, f"only MkDocs: {sorted(mk - zs)[:10]}; only Zensical: {sorted(zs - mk)[:10]}"


def test_same_article_text(built, zensical_site):
    differ = {p for p in sorted(pages(built.arc.site))
              if text(built.arc.site / p) != text(zensical_site / p)}
    assert not differ, f"{len(differ)} pages differ: {sorted(differ)[:8]}"


def test_mkdocs_site_has_no_broken_link(built):
    assert linkcheck.check(built.arc.site).ok


def test_same_links_and_none_broken(built, zensical_site):
    """Zensical resolves raw-HTML URLs from the .md file and turns .md links into page URLs;
    build.zensical_docs gives it a docs tree where that changes nothing (README, 'Engines')."""
    differ = [p for p in sorted(pages(built.arc.site))
              if article(built.arc.site / p)[1] != article(zensical_site / p)[1]]
    assert not differ, f"{len(differ)} pages with other links, e.g. {differ[:5]}"
    # a page that is not an index.md (peta/sumberrejo.md) and its raw-HTML link to a .md file
    # (the map data's licence notes): Zensical alone would write ../../../data/peta/
    page = "peta/sumberrejo/index.html"
    assert 'href="../../data/peta/README.md"' in (zensical_site / page).read_text("utf-8")
    assert article(zensical_site / page)[1] == article(built.arc.site / page)[1]
    report = linkcheck.check(zensical_site)
    assert report.ok, report.broken[:5]

