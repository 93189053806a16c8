"""Screenshots of the storefront of issue 19 at 412 px (a phone): the fixture maker's products
on its maker page and a motif page's "Products with this motif" with the "Do you make this
motif?" box. Every maker and product shown is made up (tests/fixtures/storefront/).

Usage: python scripts/tools/storefront_screenshots.py SITE_DIR OUT_DIR
(SITE_DIR: the fixture archive built, e.g. the site of tests/support.storefront_archive after
`arsip build`; OUT_DIR: docs/screenshots/storefront).
"""

from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools.screenshots import browser_on, shrink  # noqa: E402

PHONE = dict(viewport={"width": 412, "height": 915}, device_scale_factor=1, is_mobile=True, has_touch=True)
# (file, page, what to show: the section from this heading id, down to the next heading)
SHOTS = [("maker-products", "pembuat/contoh-batik/", "produk"),
         ("maker-products-en", "en/makers/contoh-batik/", "produk"),
         ("motif-products", "motif/sekar-jati/", "produk")]


def main(argv: list[str]) -> int:
    site, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with browser_on(site) as (browser, base):
        page = browser.new_page(**PHONE)
        for name, path, anchor in SHOTS:
            page.goto(base + path, wait_until="networkidle")
            for img in page.locator(".arsip-products img").all():  # lazy pictures load when seen
                img.scroll_into_view_if_needed()
                page.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=img.element_handle())
            page.evaluate("window.scrollTo(0, 0)")
            box = page.evaluate("""(id) => {
                const h = document.getElementById(id); let end = h.nextElementSibling;
                while (end && end.nextElementSibling && !/^H2$/.test(end.nextElementSibling.tagName)) end = end.nextElementSibling;
                if (end && end.nextElementSibling && end.nextElementSibling.classList.contains('arsip-youmake')) end = end.nextElementSibling;
                const a = h.getBoundingClientRect(), b = (end || h).getBoundingClientRect();
                return {y: a.top + window.scrollY - 8, h: b.bottom - a.top + 16};
            }""", anchor)
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=True,
                            clip={"x": 0, "y": box["y"], "width": 412, "height": min(box["h"], 2400)})
            shrink(target)
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
