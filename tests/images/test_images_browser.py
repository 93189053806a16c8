"""Images in a real (phone-sized) browser: AVIF chosen, all load, no layout shift, zoom on request."""

from __future__ import annotations

from support import MOTIF_IDS

CLS_OBSERVER = """
window.__cls = 0; window.__shifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) { window.__cls += e.value; window.__shifts.push(e.value); }
}).observe({type: 'layout-shift', buffered: true});
"""

ALL_LOADED = """() => [...document.querySelectorAll('picture img')].every(i => i.complete && i.naturalWidth > 0)"""


def _load_everything(page, url):
    # Measure what images (and the image viewer) do: other interface scripts that insert
    # controls above the content (the catalogue filter bar) are left out of this test.
    page.route("**/assets/arsip-*.js", lambda r: r.continue_() if r.request.url.endswith("/arsip-zoom.js")
               else r.abort())
    page.add_init_script(CLS_OBSERVER)
    resp = page.goto(url, wait_until="networkidle")
    assert resp.status == 200
    imgs = page.locator("picture img")
    n = imgs.count()
    assert n > 0
    for i in range(n):  # scroll through so lazy images load too
        imgs.nth(i).scroll_into_view_if_needed()
    page.wait_for_function(ALL_LOADED, timeout=20000)
    page.wait_for_timeout(300)
    return imgs, n


def test_motif_page_and_catalogue_load_avif_images_without_layout_shift(server, page):
    for path in (f"motif/{MOTIF_IDS[0]}/", "motif/", f"en/motif/{MOTIF_IDS[3]}/"):
        page.errors.clear()
        imgs, n = _load_everything(page, server.url + path)
        for i in range(n):
            info = imgs.nth(i).evaluate("i => [i.currentSrc, i.naturalWidth]")
            assert info[1] > 0, (path, i, info)
            assert info[0].endswith(".avif"), (path, i, info)
        assert page.evaluate("window.__cls") == 0, (path, page.evaluate("window.__shifts"))
        assert [e for e in page.errors if "ERR_FAILED" not in e] == [], page.errors


def test_main_image_of_a_motif_page_is_small(server, page):
    for mid in MOTIF_IDS:
        page.goto(server.url + f"motif/{mid}/", wait_until="networkidle")
        src = page.locator(".arsip-hero img").evaluate("i => i.currentSrc")
        size = page.evaluate("u => performance.getEntriesByName(u)[0].encodedBodySize", src)
        assert 0 < size < 150_000, (mid, src, size)


def test_zoom_loads_the_big_photo_only_when_asked_and_closes_with_escape(server, page):
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(server.url + f"motif/{MOTIF_IDS[2]}/", wait_until="networkidle")
    link = page.locator("a.arsip-zoom")
    big = link.get_attribute("data-zoom-avif").split("/")[-1]
    width = int(link.get_attribute("data-zoom-width"))
    assert not [u for u in requested if u.endswith(big)], "the big photo was loaded before it was asked for"
    assert page.locator(".arsip-zoom-badge").count() == 1

    link.click()
    dialog = page.locator("dialog.arsip-zoom-dialog")
    assert dialog.evaluate("d => d.open")
    zimg = dialog.locator("img")
    page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=zimg.element_handle())
    assert zimg.evaluate("i => i.currentSrc").endswith(big) and zimg.evaluate("i => i.naturalWidth") == width
    assert [u for u in requested if u.endswith(big)]

    def scale():
        return zimg.evaluate("i => new DOMMatrix(getComputedStyle(i).transform).a")

    fit = scale()
    assert 0 < fit < 1  # the whole photo fits the phone screen
    page.keyboard.press("+")
    assert scale() > fit * 1.5
    page.keyboard.press("0")
    assert abs(scale() - fit) < 1e-6
    box = dialog.locator(".arsip-zoom-stage").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    assert scale() > fit * 1.5
    dialog.locator("button[data-act=fit]").click()
    dialog.locator("button[data-act=in]").click()
    assert scale() > fit * 1.5
    page.keyboard.press("Escape")
    assert not dialog.evaluate("d => d.open")
    assert page.evaluate("document.activeElement.classList.contains('arsip-zoom')")
    page.keyboard.press("Enter")  # keyboard users open it from the focused photo
    assert dialog.evaluate("d => d.open")
    dialog.locator("button[data-act=close]").click()
    assert not dialog.evaluate("d => d.open")
    assert page.errors == [], page.errors


def test_pinch_zooms_on_a_touch_screen(server, page):
    page.goto(server.url + f"motif/{MOTIF_IDS[4]}/", wait_until="networkidle")
    page.locator("a.arsip-zoom").click()
    stage = page.locator(".arsip-zoom-stage")
    zimg = page.locator("dialog.arsip-zoom-dialog img")
    fit = zimg.evaluate("i => new DOMMatrix(getComputedStyle(i).transform).a")
    # two fingers moving apart (pointer events, as a phone sends them)
    stage.evaluate("""s => {
      const r = s.getBoundingClientRect(), cx = r.width / 2, cy = r.height / 2;
      const ev = (type, id, x) => s.dispatchEvent(new PointerEvent(type, {pointerId: id, pointerType: 'touch',
        clientX: r.left + x, clientY: r.top + cy, bubbles: true, isPrimary: id === 1}));
      ev('pointerdown', 1, cx - 20); ev('pointerdown', 2, cx + 20);
      for (let k = 1; k <= 5; k++) { ev('pointermove', 1, cx - 20 - 16 * k); ev('pointermove', 2, cx + 20 + 16 * k); }
      ev('pointerup', 1, cx - 100); ev('pointerup', 2, cx + 100);
    }""")
    assert zimg.evaluate("i => new DOMMatrix(getComputedStyle(i).transform).a") > fit * 4
    assert page.errors == [], page.errors
