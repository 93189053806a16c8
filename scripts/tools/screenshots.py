"""Take phone-width screenshots of built pages with the machine's headless Chromium.

Usage: python scripts/tools/screenshots.py [SITE_DIR] [OUT_DIR] [PAGE ...]
Serves SITE_DIR (default site/) on a free localhost port and writes one PNG per page
at 412 px wide (the Lighthouse phone) into OUT_DIR (default .build/screenshots/).
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
DEFAULT_PAGES = ["", "motif/", "motif/sekar-jati/", "en/motif/sekar-jati/", "pembuat/sekar-rinambat/"]


def serve(site: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    out = Path(argv[1] if len(argv) > 1 else ".build/screenshots")
    pages = argv[2:] or DEFAULT_PAGES
    out.mkdir(parents=True, exist_ok=True)
    httpd, base = serve(site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75,
                                  is_mobile=True, has_touch=True)
        for page_path in pages:
            page = ctx.new_page()
            page.goto(base + page_path, wait_until="networkidle")
            name = (page_path.strip("/").replace("/", "_") or "home") + ".png"
            page.screenshot(path=str(out / name), full_page=True)
            print(out / name)
            page.close()
        browser.close()
    httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
