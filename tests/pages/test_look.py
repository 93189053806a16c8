"""The archive's look (issue 12), checked in Chromium as a reader sees it: object pages
without documentation navigation, a header whose title fits a phone in both languages,
cards that say what a motif means, filters that leave the grid where it is, and search
snippets whose words stay apart."""

from __future__ import annotations

import re

import pytest

from arsip.core.i18n import ARCHIVE_NAME

from support import ask

MOTIF = "motif/sekar-jati/"
MAKER = "pembuat/sekar-rinambat/"


@pytest.fixture
def desk(browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def _visible(pg, selector: str) -> bool:
    return pg.evaluate("""s => [...document.querySelectorAll(s)].some(e => {
        const r = e.getBoundingClientRect(), c = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && c.visibility !== 'hidden'
            && c.display !== 'none'; })""", selector)  # the phone's drawer waits outside the screen


@pytest.mark.parametrize("path", [MOTIF, "en/" + MOTIF, MAKER])
def test_object_pages_have_no_toc_and_no_previous_next_footer(server, desk, page, path):
    for pg in (desk, page):
        pg.goto(server.url + path, wait_until="networkidle")
        assert not _visible(pg, ".md-sidebar--secondary"), "table of contents shown"
        assert not _visible(pg, ".md-sidebar--primary"), "documentation side navigation shown"
        assert pg.locator(".md-footer__link, .md-footer__direction").count() == 0, "previous/next footer"
        assert _visible(pg, ".arsip-footer")  # the archive's own footer instead
        assert pg.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().top") == 0


def test_motif_page_leads_with_a_large_picture_then_name_meaning_and_badges(server, desk, page):
    for pg, min_share in ((page, 0.99), (desk, 0.45)):
        pg.goto(server.url + MOTIF, wait_until="networkidle")
        order = pg.evaluate("""() => {
            const f = document.querySelector('.arsip-object figure img'), h = document.querySelector('h1');
            const lede = document.querySelector('.arsip-object .arsip-lede'), b = document.querySelector('.arsip-badges');
            return {img: f.getBoundingClientRect().toJSON(), h1: h.getBoundingClientRect().toJSON(),
                    lede: lede.textContent.trim(), badges: [...b.querySelectorAll('a')].map(a => a.textContent.trim()),
                    imgFirst: !!(f.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING), vw: innerWidth}; }""")
        assert order["imgFirst"]
        assert order["img"]["width"] >= min_share * order["vw"], order["img"]
        assert order["img"]["top"] < 200  # right under the header, above the fold
        assert order["lede"] == "Dalam bahasa Jawa, sekar berarti bunga, jadi Sekar Jati berarti bunga jati."
        assert any("resmi" in b for b in order["badges"]) and "UD Tiani Batik" in order["badges"]
    # phone: the name follows the picture; desktop: it stands beside it
    assert order["h1"]["left"] > order["img"]["right"] - 1


def test_facts_never_squeeze_a_long_note_on_a_phone(server, page):
    page.goto(server.url + MOTIF, wait_until="networkidle")
    widths = page.eval_on_selector_all("dl.arsip-facts dd", "els => els.map(e => e.getBoundingClientRect().width)")
    assert widths and min(widths) >= 0.8 * page.viewport_size["width"] - 40


@pytest.mark.parametrize("path,code,other", [("", "EN", "English"), ("en/", "ID", "Bahasa Indonesia"),
                                            (MOTIF, "EN", "English"), ("en/" + MOTIF, "ID", "Bahasa Indonesia")])
def test_header_title_is_fully_visible_on_a_phone_in_both_languages(server, page, path, code, other):
    page.goto(server.url + path, wait_until="networkidle")
    m = page.evaluate("""() => {
        const n = document.querySelector('.arsip-brand__name'), s = document.querySelector('#arsip-q');
        const l = document.querySelector('.arsip-lang__link'), r = n.getBoundingClientRect();
        const cut = [...n.querySelectorAll('span')].some(e => e.scrollWidth > e.clientWidth + 1);
        return {r: r.toJSON(), cut, text: n.innerText.replace(/\\s+/g, ' ').trim(), search: s.getBoundingClientRect().toJSON(),
                lang: l.getBoundingClientRect().toJSON(), code: l.querySelector('.arsip-lang__code').textContent,
                name: l.textContent.replace(/\\s+/g, ' ').trim(), vw: innerWidth}; }""")
    # the archive's name in the page's language, "Bojonegoro" as the big word (issue 18: one English name)
    assert sorted(m["text"].lower().split()) == sorted(ARCHIVE_NAME["en" if path.startswith("en/") else "id"].lower().split())
    assert not m["cut"] and m["r"]["left"] >= 0 and m["r"]["right"] <= m["search"]["left"]
    assert m["search"]["right"] <= m["lang"]["left"] and m["lang"]["right"] <= m["vw"]
    assert m["code"] == code and m["name"] == f"{code} {other}"  # visible code, full name for screen readers


def test_catalogue_cards_show_name_meaning_and_status(server, page):
    page.goto(server.url + "motif/", wait_until="networkidle")
    cards = page.eval_on_selector_all("#katalog .arsip-card", """els => els.map(e => ({
        name: e.querySelector('.arsip-card__name').textContent, line: e.querySelector('.arsip-card__line').textContent,
        status: e.querySelector('.arsip-card__status').textContent}))""")
    assert len(cards) == 14
    jati = next(c for c in cards if c["name"] == "Sekar Jati")
    assert jati["line"] == "Dalam bahasa Jawa, sekar berarti bunga, jadi Sekar Jati berarti bunga jati." and jati["status"] == "Motif resmi Jonegoroan"
    # filtered results are drawn by the script: the same three parts
    page.goto(server.url + "motif/?theme=fauna", wait_until="networkidle")
    page.wait_for_selector(".arsip-grid--filtered .arsip-card")
    first = page.locator(".arsip-grid--filtered .arsip-card").first
    assert first.locator(".arsip-card__name").inner_text()
    assert first.locator(".arsip-card__line").count() == 1 and first.locator(".arsip-card__status").count() == 1


def test_card_hover_and_focus_are_visible(server, desk):
    desk.goto(server.url + "motif/", wait_until="networkidle")
    card = desk.locator("#katalog .arsip-card a").first
    rest = card.evaluate("a => getComputedStyle(a).boxShadow")
    desk.keyboard.press("Tab")
    card.focus()
    desk.wait_for_timeout(250)
    focus = card.evaluate("a => [getComputedStyle(a).outlineStyle, getComputedStyle(a).boxShadow]")
    assert focus[0] != "none" and focus[1] != rest


def test_catalogue_filters_do_not_push_the_grid_down_on_a_desktop(server, desk):
    desk.goto(server.url + "motif/", wait_until="domcontentloaded")
    before = desk.evaluate("() => document.querySelector('#katalog').getBoundingClientRect().top")
    desk.wait_for_selector(".arsip-catalogue[data-ready] .arsip-facets__body:not([hidden])")
    after = desk.evaluate("() => document.querySelector('#katalog').getBoundingClientRect().top")
    assert after == before and after < 400


def test_search_snippets_keep_words_apart(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    res = ask(desk, "fase")
    text = " ".join(re.sub(r"<[^>]+>", "", i["excerpt"]) for i in res["items"])
    assert "SD) Fase" in text or "SD), Fase" in text, text
    assert not re.search(r"SD\)Fase|[a-z]\)[A-Z][a-z]", text), text


def test_results_without_a_picture_get_an_icon_for_their_kind(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    ask(desk, "fase")
    kinds = desk.eval_on_selector_all(".arsip-search__noimg", "els => els.map(e => e.className)")
    assert any("--lesson" in k for k in kinds), kinds
    assert desk.locator(".arsip-search__noimg svg").count() == len(kinds)
    ask(desk, "canting")
    kinds = desk.eval_on_selector_all(".arsip-search__noimg", "els => els.map(e => e.className)")
    assert any("--glossary" in k for k in kinds), kinds


@pytest.mark.parametrize("width", [412, 1366])
def test_home_shows_one_motif_of_the_day_without_layout_shift(browser, server, width):
    ctx = browser.new_context(viewport={"width": width, "height": 800})
    pg = ctx.new_page()
    pg.add_init_script("""window.__shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries())
        if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift', buffered: true});""")
    pg.goto(server.url, wait_until="networkidle")
    pg.wait_for_timeout(300)
    state = pg.evaluate("""() => {
        const shown = [...document.querySelectorAll('.arsip-daily__slide')].filter(s => s.getBoundingClientRect().height > 0);
        const n = +document.querySelector('meta[name=arsip-daily]').content;
        const day = Math.floor((Date.now() - new Date().getTimezoneOffset() * 60000) / 864e5);
        return {n, k: +document.documentElement.dataset.arsipDaily, want: day % n, shown: shown.map(s => +s.dataset.i),
                top: shown[0] && shown[0].getBoundingClientRect().top, shift: window.__shift}; }""")
    assert state["n"] == 7 and state["k"] == state["want"] and state["shown"] == [state["want"]]
    assert state["top"] < 200  # the first thing under the header (and the tabs on a desktop)
    assert state["shift"] == 0
    # only the shown slide's picture is loaded: the others are lazy and not displayed
    loaded = pg.eval_on_selector_all(".arsip-daily__slide img", "els => els.map(e => !!e.currentSrc && e.naturalWidth > 0)")
    assert loaded == [i == state["want"] for i in range(state["n"])], loaded
    ctx.close()


def test_phone_home_fetches_a_phone_sized_picture_of_the_day(browser, server):
    """The Lighthouse phone (412 px, 1.75 device pixels) takes the 640 w picture, not 960 w."""
    ctx = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True)
    pg = ctx.new_page()
    fetched = []
    pg.on("requestfinished", lambda r: fetched.append(r.url))
    pg.goto(server.url, wait_until="networkidle")
    src = pg.evaluate("() => [...document.querySelectorAll('.arsip-daily__slide img')].map(e => e.currentSrc).find(Boolean)")
    assert src.endswith("-640.avif"), src
    assert not any(re.search(r"-(960|1280)\.avif$", u) for u in fetched), fetched
    ctx.close()


ENGLISH = [  # (Indonesian page, its English address, the English address used before)
    ("pembuat/sekar-rinambat/", "en/makers/sekar-rinambat/", "en/pembuat/sekar-rinambat/"),
    ("pembuat/", "en/makers/", "en/pembuat/"),
    ("belajar/", "en/learn/", "en/belajar/"),
    ("belajar/sekar-jati-fase-ab/", "en/learn/sekar-jati-fase-ab/", "en/belajar/sekar-jati-fase-ab/"),
    ("glosarium/", "en/glossary/", "en/glosarium/"),
    ("linimasa/", "en/timeline/", "en/linimasa/"),
    ("kontribusi/cara/", "en/contribute/how/", "en/kontribusi/cara/"),
    ("tentang/", "en/about/", "en/tentang/"),
    ("kuis/sekar-jati/", "en/quiz/sekar-jati/", "en/kuis/sekar-jati/"),
]


@pytest.mark.parametrize("id_path,en_path,old", ENGLISH)
def test_english_section_paths_resolve_and_the_old_ones_redirect(server, page, id_path, en_path, old):
    # the language switch of the Indonesian page leads to the English address, and back
    page.goto(server.url + id_path, wait_until="domcontentloaded")
    page.locator("a[data-arsip-lang=en]").click()
    page.wait_for_load_state("domcontentloaded")
    assert page.url == server.url + en_path
    assert page.evaluate("document.documentElement.lang") == "en" and page.locator("h1").count() >= 1
    page.locator("a[data-arsip-lang=id]").click()
    page.wait_for_load_state("domcontentloaded")
    assert page.url == server.url + id_path
    # an address shared before the sections had English names still arrives there
    page.goto(server.url + old)
    page.wait_for_url(server.url + en_path)
    assert page.locator(".arsip-brand").count() == 1  # the real page, not the redirect stub
    # ... with the part of the address after "#" (a shared link to one section of the page)
    page.goto(server.url + old + "#bagian")
    page.wait_for_url(server.url + en_path + "#bagian")
    assert page.locator(".arsip-brand").count() == 1


def test_english_pages_link_only_to_english_section_names(site):
    import re
    bad = {}
    for f in (site / "en").rglob("index.html"):
        rel = f.relative_to(site / "en").as_posix()
        if rel.split("/")[0] in ("pembuat", "belajar", "glosarium", "linimasa", "kontribusi", "tentang", "kuis",
                                 "lkpd", "proyektor"):
            continue  # the redirect stubs of the old addresses
        hrefs = re.findall(r'href="((?:\.\./)*(?:pembuat|belajar|glosarium|linimasa|kontribusi|tentang|kuis|lkpd|proyektor)/[^"]*)"',
                           f.read_text("utf-8"))
        depth = rel.count("/")
        hrefs = [h for h in hrefs if h.count("../") < depth]  # ../../pembuat/ from en/x/ leaves /en/: the switch
        if hrefs:
            bad[rel] = hrefs[:3]
    assert bad == {}
