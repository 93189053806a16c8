"""The link checker: the built site has no broken internal link or anchor, and the checker
really finds each kind of broken link."""

from __future__ import annotations

import subprocess
import sys

from arsip.cli import linkcheck


def test_built_site_has_no_broken_link_in_either_language(site):
    rep = linkcheck.check(site)
    assert rep.broken == [], "\n".join(b.format() for b in rep.broken[:20])
    en_pages = [p for p in site.rglob("*.html") if p.relative_to(site).parts[0] == "en"]
    assert rep.pages > 40 and len(en_pages) > 20
    assert rep.internal > 1000 and rep.anchors > 50


def _page(path, body, head=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<!doctype html><html><head>{head}</head><body>{body}</body></html>', "utf-8")


def test_checker_finds_every_kind_of_broken_link(tmp_path):
    site = tmp_path / "site"
    _page(site / "index.html", '<h2 id="atas">x</h2><a href="motif/">ok</a><a href="motif/#daftar">ok</a>'
          '<a href="#atas">ok</a><a href="https://example.org/x">external</a>',
          head='<link rel="canonical" href="https://arsip.example/">')
    _page(site / "motif" / "index.html",
          '<ul id="daftar"></ul>'
          '<a href="../hilang/">missing page</a>'
          '<a href="../#tidak-ada">missing anchor</a>'
          '<a href="javascript:alert(1)">script</a>'
          '<img src="../img/a.jpg" srcset="../img/a.jpg 320w, ../img/b.jpg 640w" alt="">'
          '<a href="../../../etc/passwd">outside</a>'
          '<a href="https://arsip.example/pembuat/">own absolute, missing</a>'
          '<a href="?theme=flora">query only</a>')
    (site / "img").mkdir()
    (site / "img" / "a.jpg").write_bytes(b"x")
    (site / "sitemap.xml").write_text("<urlset><url><loc>https://arsip.example/motif/</loc></url>"
                                      "<url><loc>https://arsip.example/hilang/</loc></url></urlset>")
    rep = linkcheck.check(site)
    got = sorted((b.page, b.url) for b in rep.broken)
    assert got == sorted([
        ("motif/index.html", "../hilang/"),
        ("motif/index.html", "../#tidak-ada"),
        ("motif/index.html", "javascript:alert(1)"),
        ("motif/index.html", "../img/b.jpg"),
        ("motif/index.html", "../../../etc/passwd"),
        ("motif/index.html", "https://arsip.example/pembuat/"),
        ("sitemap.xml", "https://arsip.example/hilang/"),
    ]), got
    assert rep.external == {"example.org": 1}


def test_linkcheck_command_fails_on_a_broken_link_and_passes_on_a_good_site(tmp_path, site):
    ok = subprocess.run([sys.executable, "-m", "arsip.cli", "linkcheck", str(site)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "0 rusak / broken" in ok.stdout
    bad = tmp_path / "bad"
    _page(bad / "index.html", '<a href="nowhere/">x</a>')
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "linkcheck", str(bad)], capture_output=True, text=True)
    assert r.returncode == 1 and "nowhere/" in r.stderr and "1 rusak / broken" in r.stdout
