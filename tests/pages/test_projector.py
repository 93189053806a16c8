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


def _box(pg, sel):
    return pg.locator(sel).first.bounding_box()


def _overlap(a, b) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


SIZES = ((1366, 768), (1280, 720), (1024, 768), (1920, 1080), (800, 600))
LONG_NAMES = ("belimbing-lining-limo", "parang-dahono-munggal", "parang-lembu-sekar-rinambat", "sekar-jati")


def test_titles_fit_every_projector_size_clear_of_controls_and_picture(server, browser):
    """At the common projector sizes the name is inside the window, the controls and the picture
    cover neither the name nor the counter, and no screen runs off the window."""
    for w, h in SIZES:
        ctx = browser.new_context(viewport={"width": w, "height": h})
        pg = ctx.new_page()
        for mid in LONG_NAMES:
            pg.goto(server.url + f"proyektor/{mid}/")
            pg.wait_for_function("() => [...document.images].every(i => i.complete)")
            title, nav = _box(pg, "#layar-1 h1"), _box(pg, ".arsip-deck__nav")
            img, foot = _box(pg, "#layar-1 .arsip-slide__img"), _box(pg, "#layar-1 .arsip-slide__foot")
            where = f"{mid} at {w}x{h}"
            assert title["y"] >= 0 and title["x"] >= 0, where
            assert title["y"] + title["height"] <= h and title["x"] + title["width"] <= w, where
            assert not _overlap(title, nav), where
            assert not _overlap(title, img), where
            assert not _overlap(foot, img), where
            assert foot["y"] + foot["height"] <= h, where
            for k in range(1, pg.locator(".arsip-slide").count() + 1):
                over = pg.evaluate("() => { const s = document.querySelector('.arsip-slide.is-current');"
                                   " return s.scrollHeight - s.clientHeight; }")
                assert over <= 1, f"screen {k} of {where} overflows by {over}px"
                pg.keyboard.press("ArrowRight")
        ctx.close()


def test_fullscreen_button_and_controls_that_hide_while_idle(server, browser):
    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = ctx.new_page()
    pg.goto(server.url + "proyektor/sekar-jati/")
    nav = pg.locator(".arsip-deck__nav")
    full = pg.locator('[data-deck="full"]')
    assert nav.is_visible() and full.is_visible()
    full.click()
    pg.wait_for_function("() => document.fullscreenElement !== null")
    assert full.get_attribute("aria-pressed") == "true"
    pg.keyboard.press("f")
    pg.wait_for_function("() => document.fullscreenElement === null")
    pg.mouse.move(5, 5)
    pg.wait_for_function("() => document.querySelector('.arsip-deck').classList.contains('is-idle')", timeout=6000)
    pg.wait_for_timeout(600)  # the fade
    assert not nav.is_visible()
    pg.mouse.move(400, 300)
    pg.wait_for_timeout(600)
    assert nav.is_visible()
    ctx.close()
