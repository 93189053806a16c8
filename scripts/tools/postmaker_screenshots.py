"""Screenshots of the post maker with a photo loaded, and of a motif page's share row (412 px).

Usage: python scripts/tools/postmaker_screenshots.py [SITE_DIR] [OUT_DIR]
(defaults: site/ and docs/screenshots/kit/). Writes, as 256-colour PNGs:

- postmaker-412.png: kit/buat/?motif=sekar-jati with a drawn 12 MP phone photo of batik
  cloth (scripts/bench/cloth_textures.py, stored sideways with EXIF orientation 6), the
  story format chosen, zoomed in one step and the picture made;
- postmaker-feed-412.png: the same in the feed format, only the frame and its controls;
- postmaker-share-row-412.png: the "Share and cite" section of the Sekar Jati page.

In the two cut-outs the sticky header is pinned to the top of the page (it would otherwise
lie over them). The business name field holds the placeholder "Nama Usaha Anda" ("your business name"),
not a real maker.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from screenshots import browser_on, WIDTHS, shrink  # noqa: E402
from cloth_textures import phone_photo  # noqa: E402

MOTIF = "sekar-jati"
# For the two cut-outs only: the sticky header stays at the top of the page instead of lying
# over the part being photographed.
UNSTICK = ".md-header { position: absolute !important; }"


def made(page, fmt: str) -> None:
    page.locator(f'input[name=format][value="{fmt}"]').check()
    page.click("#arsip-post-make")
    page.wait_for_selector("#arsip-post-result:not([hidden])")
    page.wait_for_function("() => document.getElementById('arsip-post-result-img').naturalWidth > 0")
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots/kit")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, browser_on(site) as (browser, base):
        photo = phone_photo(Path(tmp) / "IMG_0001.jpg", "isen")
        ctx = browser.new_context(**{**WIDTHS[412], "device_scale_factor": 1})  # the photo is grainy: bytes
        page = ctx.new_page()
        page.goto(base + f"kit/buat/?motif={MOTIF}", wait_until="networkidle")
        page.set_input_files("#arsip-post-photo", str(photo))
        page.wait_for_function("() => document.getElementById('arsip-post-canvas').getAttribute('data-photo')")
        page.fill("#arsip-post-business", "Nama Usaha Anda")
        page.click("#arsip-post-zoom-in")
        made(page, "story")
        shots = [out / "postmaker-412.png", out / "postmaker-feed-412.png", out / "postmaker-share-row-412.png"]
        page.evaluate("scrollTo(0, 0)")
        page.wait_for_timeout(700)  # the header settles after scrolling
        page.screenshot(path=str(shots[0]), full_page=True)
        made(page, "feed")
        page.add_style_tag(content=UNSTICK)
        page.locator(".arsip-post__stage").screenshot(path=str(shots[1]))
        page.goto(base + f"motif/{MOTIF}/", wait_until="networkidle")
        page.add_style_tag(content=UNSTICK)
        qr = page.locator(".arsip-qr img")
        qr.scroll_into_view_if_needed()  # it loads lazily
        page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=qr.element_handle())
        top, bottom = page.evaluate("""() => [document.getElementById('kutip').getBoundingClientRect().top + scrollY,
            document.querySelector('.arsip-share').getBoundingClientRect().bottom + scrollY]""")
        page.screenshot(path=str(shots[2]), full_page=True,
                        clip={"x": 0, "y": top - 8, "width": 412, "height": bottom - top + 24})
        for s in shots:
            shrink(s)
            print(s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
