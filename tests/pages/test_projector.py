"""Projector mode: big type, one idea per screen, keyboard navigation, no site chrome."""

from __future__ import annotations

from arsip.pages.schools import projector

from support import record


def test_screens_follow_the_record():
    m = record("sekar-jati")
    ids = [s["id"] for s in projector.slides(m, "id")]
    assert ids[0] == "nama" and ids[-1] == "pertanyaan"
    assert {"benda", "makna", "kearifan-lokal"} <= set(ids)
    assert ("stilasi" in ids) == bool(m.get("stylisation"))


def test_projector_keys_and_big_text(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = ctx.new_page()
    pg.goto(server.url + "proyektor/sekar-jati/")
    slides = pg.locator(".arsip-slide")
    n = slides.count()
    assert n >= 5
    assert pg.locator(".arsip-slide:visible").count() == 1  # one idea per screen
    assert pg.locator(".md-header:visible, .md-sidebar:visible, .md-footer:visible").count() == 0
    img = pg.locator(".arsip-slide:visible img")
    pg.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
    for key, want in (("ArrowRight", 2), ("Space", 3), ("PageDown", 4), ("ArrowLeft", 3), ("Home", 1), ("End", n)):
        pg.keyboard.press(key)
        assert pg.locator(f"#layar-{want}").is_visible(), key
        assert pg.url.endswith(f"#layar-{want}")
    pg.keyboard.press("Home")
    pg.keyboard.press("ArrowRight")
    size = pg.evaluate("parseFloat(getComputedStyle(document.querySelector('#layar-2 li span, #layar-2 p')).fontSize)")
    assert size >= 28, size  # readable from the back of a classroom
    pg.keyboard.press("Escape")
    pg.wait_for_url("**/motif/sekar-jati/")
    ctx.close()
