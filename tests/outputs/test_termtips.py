"""Glossary popovers: the first use of a term on a page explains itself, on hover, focus and tap."""

from __future__ import annotations

import re
from html import unescape

import yaml

from arsip.core import prose
from arsip.outputs.termtips import Terms

from support import ROOT
from support import MOTIF_IDS

GLOSSARY = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text("utf-8"))["terms"]

TERMS = [
    {"id": "batik", "term": "batik", "definition": {"id": "Kain \"dihias\" <malam.", "en": "Wax-resist cloth."}},
    {"id": "batik-cap", "term": "batik cap", "definition": {"id": "Batik dengan cap."}},
    {"id": "canting", "term": "canting", "also": ["nyanting"], "definition": {"id": "Alat & pena."}},
]


def mark(html: str, lang="id") -> str:
    return Terms(TERMS, lang).mark(html, lambda tid: f"../glosarium/#{tid}")


def test_first_use_only_in_text_never_in_links_headings_or_attributes():
    html = ('<h2>Batik</h2><p title="batik"><a href="x">batik</a> Kain batik cap, lalu batik lagi.</p>'
            '<p>Pakai <code>canting</code>, <em>nyanting</em> dan canting.</p>')
    out = mark(html)
    assert out.startswith('<h2>Batik</h2><p title="batik"><a href="x">batik</a> Kain ')
    # the longer form wins and counts as its own term; plain "batik" is then marked once
    assert out.count('class="arsip-term"') == 3
    assert '<a class="arsip-term" href="../glosarium/#batik-cap" data-term="batik-cap"' in out
    assert re.search(r'data-term="batik" title="batik: Kain &quot;dihias&quot; &lt;malam.">batik</a> lagi', out)
    assert '<em><a class="arsip-term" href="../glosarium/#canting" data-term="canting" title="canting: Alat &amp; pena.">nyanting</a></em>' in out
    assert out.endswith("dan canting.</p>")  # second use of the same term stays plain
    assert "<code>canting</code>" in out


def test_marked_text_reads_the_same_and_skips_opted_out_blocks():
    html = '<div data-arsip-noterm><p>batik</p></div><p>Membatik bukan batik.</p>'
    out = mark(html)
    assert out.startswith('<div data-arsip-noterm><p>batik</p></div>')
    assert re.sub(r"<[^>]+>", "", out) == re.sub(r"<[^>]+>", "", html)
    assert "Membatik" in out and ">batik</a>." in out  # whole words only


def test_english_pages_use_english_definitions():
    out = mark("<p>Batik is old.</p>", "en")
    assert 'title="batik: Wax-resist cloth."' in out


def test_built_pages_explain_glossary_terms(site):
    batik = next(g for g in GLOSSARY if g["id"] == "batik")
    html = (site / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8")
    tips = re.findall(r'<a class="arsip-term" href="([^"]+)" data-term="([^"]+)" title="([^"]+)">', html)
    assert tips, "a motif page uses glossary terms"
    ids = [t[1] for t in tips]
    assert len(ids) == len(set(ids))  # first use only
    for href, tid, title in tips:
        assert href == f"../../glosarium/#{tid}"
        g = next(g for g in GLOSSARY if g["id"] == tid)
        assert unescape(title).startswith(g["term"] + ": " + prose.plain(g["definition"]["id"])[:40])
    hand = (site / "tentang" / "index.html").read_text("utf-8")  # a hand-written page
    assert 'class="arsip-term"' in hand
    gloss = (site / "glosarium" / "index.html").read_text("utf-8")
    assert 'class="arsip-term"' not in gloss
    en = (site / "en" / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8")
    if 'data-term="batik"' in en:
        assert prose.plain(batik["definition"]["en"])[:30] in unescape(en)


def _first_term(pg):
    t = pg.locator("a.arsip-term").first
    t.scroll_into_view_if_needed()
    return t


def test_hover_and_keyboard_focus_show_the_definition(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.goto(server.url + "motif/sekar-jati/", wait_until="networkidle")
    t = _first_term(pg)
    tid = t.get_attribute("data-term")
    g = next(g for g in GLOSSARY if g["id"] == tid)
    tip = pg.locator("#arsip-tip")
    assert tip.is_hidden()
    t.hover()
    tip.wait_for(state="visible")
    assert prose.plain(g["definition"]["id"])[:30] in tip.inner_text()
    assert t.get_attribute("aria-describedby") == "arsip-tip" and t.get_attribute("title") is None
    pg.mouse.move(5, 5)
    tip.wait_for(state="hidden")
    t.focus()
    tip.wait_for(state="visible")
    pg.keyboard.press("Escape")
    tip.wait_for(state="hidden")
    ctx.close()


def test_tap_shows_the_definition_and_a_second_tap_opens_the_glossary(server, page):
    page.goto(server.url + "motif/sekar-jati/", wait_until="networkidle")
    t = _first_term(page)
    tid = t.get_attribute("data-term")
    t.tap()
    tip = page.locator("#arsip-tip")
    tip.wait_for(state="visible")
    assert page.url == server.url + "motif/sekar-jati/"
    assert tip.locator("a").get_attribute("href").endswith(f"/glosarium/#{tid}")
    t.tap()
    page.wait_for_url(server.url + f"glosarium/#{tid}")
