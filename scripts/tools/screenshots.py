"""Take screenshots of built pages with the machine's headless Chromium.

Usage: python scripts/tools/screenshots.py [SITE_DIR] [OUT_DIR] [PAGE ...]

Serves SITE_DIR (default site/) on a free localhost port and writes PNGs into OUT_DIR
(default .build/screenshots/; 256-colour PNGs), each page at two widths: 412 px (the Lighthouse phone) and
1366 px (a common laptop). File names are `<page>-412.png` and `<page>-1366.png`.

Without PAGE arguments it takes the set the design issue asks for, in both languages:
home, catalogue, a motif page, a maker page, search results (the word "jati" typed into
the header search) and a lesson kit page. A PAGE is a site path (`motif/sekar-jati/`);
`search:<path>?<query>` types <query> into the header search of <path>.
The English pages are found through the language switch of the Indonesian page, so the
same list works whatever the English section names are.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import sys
import threading
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# (name, Indonesian path or search:<path>?<query>)
DEFAULT_PAGES = [
    ("home", ""),
    ("catalogue", "motif/"),
    ("motif", "motif/sekar-jati/"),
    ("maker", "pembuat/sekar-rinambat/"),
    ("search", "search:?jati"),
    ("lesson", "belajar/sekar-jati-fase-ab/"),
]
WIDTHS = {412: dict(viewport={"width": 412, "height": 823}, device_scale_factor=1.75,
                    is_mobile=True, has_touch=True),
          1366: dict(viewport={"width": 1366, "height": 768}, device_scale_factor=1)}


def serve(site: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


@contextlib.contextmanager
def chromium():
    """Debian's Chromium through Playwright, with the flags every tool here uses (its own
    browser download does not work offline)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextlib.contextmanager
def browser_on(site: Path):
    """The built `site` served on a free local port and a browser to look at it: (browser, base URL)."""
    httpd, base = serve(site)
    try:
        with chromium() as browser:
            yield browser, base
    finally:
        httpd.shutdown()


def english(page, base: str, path: str) -> str:
    """The English address of an Indonesian page, from its language switch."""
    page.goto(base + path, wait_until="networkidle")
    href = page.eval_on_selector("a[data-arsip-lang=en]", "a => a.href")
    return href[len(base):] if href.startswith(base) else href


def shrink(path: Path) -> None:
    """256 colours, no dithering: a third of the bytes, text and edges stay sharp."""
    with Image.open(path) as im:
        small = im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                           dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def shoot(page, base: str, spec: str, out: Path) -> None:
    if spec.startswith("search:"):
        path, _, query = spec[len("search:"):].partition("?")
        page.goto(base + path, wait_until="networkidle")
        opener = page.locator(".arsip-search__open")
        if opener.is_visible():
            opener.click()
        box = page.locator("#arsip-q")
        box.click()
        box.type(query, delay=40)
        page.wait_for_selector(".arsip-search__item", timeout=10000)
        page.wait_for_timeout(600)  # images of the results
        page.screenshot(path=str(out))  # the viewport: the panel covers the page
    else:
        page.goto(base + spec, wait_until="networkidle")
        # scroll through once so lazy pictures below the fold load, as they would for a reader
        page.evaluate("""async () => { for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
            scrollTo(0, y); await new Promise(r => setTimeout(r, 60)); } scrollTo(0, 0); }""")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(700)  # let the header's tabs settle (they fade while scrolling)
        page.screenshot(path=str(out), full_page=True)
    shrink(out)
    print(out)


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    out = Path(argv[1] if len(argv) > 1 else ".build/screenshots")
    if len(argv) > 2:
        pages = [((p.strip("/").replace("/", "_").replace(":", "-").replace("?", "-") or "home"), p)
                 for p in argv[2:]]
        langs = ["id"]
    else:
        pages, langs = DEFAULT_PAGES, ["id", "en"]
    out.mkdir(parents=True, exist_ok=True)
    with browser_on(site) as (browser, base):
        for width, opts in WIDTHS.items():
            ctx = browser.new_context(**opts)
            for lang in langs:
                for name, spec in pages:
                    page = ctx.new_page()
                    if lang == "en":
                        if spec.startswith("search:"):
                            path, _, q = spec[len("search:"):].partition("?")
                            spec = "search:" + english(page, base, path) + "?" + q
                        else:
                            spec = english(page, base, spec)
                    tag = "" if lang == "id" else "en-"
                    shoot(page, base, spec, out / f"{tag}{name}-{width}.png")
                    page.close()
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
