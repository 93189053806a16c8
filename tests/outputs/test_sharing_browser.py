"""The sharing parts in a real browser: the citation copies, the QR code shows, the label and
data pages load cleanly, and a short address lands on the motif."""

from __future__ import annotations

from support import MOTIF_IDS


def test_cite_box_copies_the_citation(server, phone, page):
    phone.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
    mid = MOTIF_IDS[0]
    page.goto(server.url + f"motif/{mid}/", wait_until="networkidle")
    text = page.locator(f"#arsip-cite-{mid}").inner_text()
    assert f"/motif/{mid}/" in text and "diakses pada " in text and "[tanggal]" not in text  # today, on the device
    assert "(28 November 2026)" in text  # the record's own date, not the build year
    btn = page.locator(f"button[data-arsip-copy=arsip-cite-{mid}]")
    assert btn.is_visible() and btn.inner_text() == "Salin"
    btn.click()
    page.wait_for_function("b => b.textContent === 'Tersalin'", arg=btn.element_handle())
    assert page.evaluate("navigator.clipboard.readText()") == text.strip()
    img = page.locator(".arsip-qr img")
    img.scroll_into_view_if_needed()
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    assert page.errors == []


def test_citation_is_there_without_javascript(browser, server):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.goto(server.url + f"en/motif/{MOTIF_IDS[0]}/")
        assert "accessed [date]" in pg.locator(f"#arsip-cite-{MOTIF_IDS[0]}").inner_text()
        assert not pg.locator(f"button[data-arsip-copy=arsip-cite-{MOTIF_IDS[0]}]").is_visible()
    finally:
        ctx.close()


def test_label_and_data_pages_load_cleanly(server, page):
    for path in ("label/", "en/label/", "data/", "en/data/"):
        page.errors.clear()
        resp = page.goto(server.url + path, wait_until="networkidle")
        assert resp.status == 200 and page.errors == [], (path, page.errors)
    assert page.locator("table.arsip-downloads a").count() >= 6


def test_short_address_lands_on_the_motif(server, page):
    page.goto(server.url + f"m/{MOTIF_IDS[2]}/")
    page.wait_for_url(server.url + f"motif/{MOTIF_IDS[2]}/")
    assert page.locator("h1").first.inner_text().strip()
