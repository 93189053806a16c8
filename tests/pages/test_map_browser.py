"""The map in real Chromium (issue 20): no axe violation on the map and a kecamatan page,
each kecamatan focusable by Tab in alphabetical order with a visible focus style, the
links of the map lead to the kecamatan pages, the SVG draws (no third-party request)."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

from arsip.core.urls import Linker, MAP, kecamatan

OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
           "resultTypes": ["violations"]}


def _violations(pg) -> list[str]:
    res = Axe().run(pg, options=OPTIONS).response
    return [f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}" for v in res["violations"]]


def test_axe_finds_no_violation_on_the_map_and_a_kecamatan_page(site, server, page):
    for lang in ("id", "en"):
        lk = Linker(lang)
        for md in (MAP, kecamatan("kalitidu")):
            page.goto(server.url + lk.prefix + lk.url(md), wait_until="networkidle")
            assert page.locator("svg.arsip-peta__svg").count() == 1
            assert _violations(page) == [], (lang, md)


def test_tab_moves_through_every_kecamatan_in_order_with_a_visible_focus(site, server, browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = ctx.new_page()
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(server.url + Linker("id").url(MAP), wait_until="networkidle")
    assert all(u.startswith(server.url) for u in requests), [u for u in requests if not u.startswith(server.url)]
    names = pg.eval_on_selector_all(".arsip-peta__kec a", "as => as.map(a => a.dataset.kecamatan)")
    assert len(names) == 28 and names == sorted(names)
    pg.evaluate("() => { const h = document.querySelector('h1'); h.tabIndex = -1; h.focus(); }")
    here = "() => document.activeElement.closest('.arsip-peta__kec a')?.dataset.kecamatan || null"
    seen = []
    for _ in range(60):  # Tab from the heading: into the map, through it, and out of it
        pg.keyboard.press("Tab")
        name = pg.evaluate(here)
        if name is None and seen:
            break
        if name:
            seen.append(name)
    assert seen == names
    pg.keyboard.press("Shift+Tab")  # back onto the last kecamatan
    # the focused kecamatan is drawn differently from the others (a visible focus style)
    fills = pg.evaluate("""() => { const ps = [...document.querySelectorAll('.arsip-peta__kec a path')];
        const f = document.activeElement.querySelector('path'); return [getComputedStyle(f).fill,
        ps.filter(p => p !== f).map(p => getComputedStyle(p).fill)]; }""")
    assert fills[0] not in fills[1]
    # Enter follows the link to the kecamatan page
    with pg.expect_navigation():
        pg.keyboard.press("Enter")
    assert pg.url.endswith("/peta/trucuk/") and "Trucuk" in pg.locator("h1").inner_text()
    ctx.close()


def test_the_map_draws_and_is_wide_on_a_phone(site, server, page):
    page.goto(server.url + Linker("id").url(MAP), wait_until="networkidle")
    box = page.locator("svg.arsip-peta__svg").bounding_box()
    assert box["width"] > 360 and box["height"] > 200  # 412 px phone: the map spans the column
    # numbers, not names, on a phone: the list below is the key
    assert page.locator(".arsip-peta__n").first.is_visible() and not page.locator(".arsip-peta__l").first.is_visible()
    assert page.evaluate("() => [...document.querySelectorAll('.arsip-peta__labels text')]"
                         ".every(t => parseFloat(getComputedStyle(t).fontSize) * "
                         "t.ownerSVGElement.getScreenCTM().a >= 8)")
    assert page.errors == []
