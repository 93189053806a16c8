"""Screenshots of the map (issue 20): the map page and a kecamatan page at 360, 412 and 1366 px,
and the map page printed to PDF by Chromium and rendered back to PNG with pdftoppm.

Usage: python scripts/tools/map_screenshots.py [SITE_DIR] [OUT_DIR]   (default site/, docs/screenshots/map/)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools.screenshots import browser_on, WIDTHS, shoot, shrink  # noqa: E402

PAGES = [("peta", "peta/"), ("kecamatan", "peta/kalitidu/")]
# Phones at one device pixel per CSS pixel: what a reader sees, at a quarter of the PNG bytes.
SIZES = {360: dict(viewport={"width": 360, "height": 740}, device_scale_factor=1, is_mobile=True, has_touch=True),
         412: {**WIDTHS[412], "device_scale_factor": 1}, 1366: WIDTHS[1366]}


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots/map")
    out.mkdir(parents=True, exist_ok=True)
    with browser_on(site) as (browser, base):
        for width, opts in SIZES.items():
            ctx = browser.new_context(**opts)
            page = ctx.new_page()
            for name, path in PAGES:
                shoot(page, base, path, out / f"{name}-{width}.png")
            ctx.close()
        page = browser.new_page()
        page.goto(base + "peta/", wait_until="networkidle")
        pdf = out / "peta-print.pdf"
        page.pdf(path=str(pdf), format="A4", print_background=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(out / "peta-print")],
                       check=True)
        for png in out.glob("peta-print*.png"):
            shrink(png)
            print(png)
        images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
        print("raster images in the PDF:", max(0, len(images.strip().splitlines()) - 2))  # vector map: 0
        pdf.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
