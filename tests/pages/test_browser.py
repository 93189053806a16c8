"""The foundation in a real browser: pages load cleanly and the language switch works."""

from __future__ import annotations

from support import MOTIF_IDS


def test_home_motif_and_english_twin_load_without_console_errors(server, page):
    for path in ("", "motif/", f"motif/{MOTIF_IDS[0]}/", f"en/motif/{MOTIF_IDS[0]}/", "en/"):
        page.errors.clear()
        resp = page.goto(server.url + path, wait_until="networkidle")
        assert resp.status == 200, path
        assert page.errors == [], (path, page.errors)
        assert page.locator("h1").first.inner_text().strip()


def test_language_switch_keeps_the_reader_on_the_same_motif(server, page):
    mid = MOTIF_IDS[1]
    page.goto(server.url + f"motif/{mid}/")
    name = page.locator("h1").first.inner_text()
    page.locator("a[data-arsip-lang=en]").click()
    page.wait_for_load_state()
    assert page.url == server.url + f"en/motif/{mid}/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").first.inner_text() == name
    page.locator("a[data-arsip-lang=id]").click()
    page.wait_for_load_state()
    assert page.url == server.url + f"motif/{mid}/"


def test_catalogue_shows_every_motif_image(server, page):
    page.goto(server.url + "motif/", wait_until="networkidle")
    cards = page.locator(".arsip-card img")
    assert cards.count() >= len(MOTIF_IDS)
    for i in range(cards.count()):
        img = cards.nth(i)
        img.scroll_into_view_if_needed()
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img.element_handle())
