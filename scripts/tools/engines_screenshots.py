"""Home and a motif page built by MkDocs and by Zensical, side by side (README, "Engines").

    python scripts/tools/engines_screenshots.py [out]   (default docs/screenshots/engines)

Builds the repository's archive twice in a temporary copy (warm image cache), then shoots each
page at 412 px (a phone) and 1366 px (a school laptop) on both sites and joins each pair into
one PNG: MkDocs left, Zensical right.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from arsip.build import web_build  # noqa: E402
from tools.screenshots import WIDTHS, browser_on, shrink  # noqa: E402
from tools.synthetic import copy_archive  # noqa: E402

PAGES = [("home", ""), ("motif", "motif/sekar-jati/")]
URL = "http://127.0.0.1:8000/"
HEIGHT = {412: 1400, 1366: 900}  # the first screens of each page, in CSS pixels


def side_by_side(left: Path, right: Path, out: Path) -> None:
    """Two shots in one picture with a 24 px gutter and the engine's name above each."""
    a, b = Image.open(left).convert("RGB"), Image.open(right).convert("RGB")
    top = 40
    sheet = Image.new("RGB", (a.width + b.width + 24, max(a.height, b.height) + top), "white")
    sheet.paste(a, (0, top))
    sheet.paste(b, (a.width + 24, top))
    draw = ImageDraw.Draw(sheet)
    for x, name in ((0, "MkDocs 1.6"), (a.width + 24, "Zensical 0.0.73")):
        draw.text((x + 8, 8), name, fill="black", font_size=24)
    sheet.save(out)
    shrink(out)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots/engines")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sites = {}
        for engine in ("mkdocs", "zensical"):
            arc = copy_archive(Path(tmp) / engine)
            sites[engine] = web_build(arc, site_url=URL, engine=engine, with_offline=False).arc.site
        shots = Path(tmp) / "shots"
        shots.mkdir()
        for engine, site in sites.items():
            with browser_on(site) as (browser, base):
                for width, opts in WIDTHS.items():
                    ctx = browser.new_context(**{**opts, "device_scale_factor": 1})
                    page = ctx.new_page()
                    for name, path in PAGES:
                        page.goto(base + path, wait_until="networkidle")
                        page.screenshot(path=str(shots / f"{engine}-{name}-{width}.png"),
                                        clip={"x": 0, "y": 0, "width": width, "height": HEIGHT[width]},
                                        full_page=True)
                    ctx.close()
        for width in WIDTHS:
            for name, _ in PAGES:
                target = out / f"{name}-{width}.png"
                side_by_side(shots / f"mkdocs-{name}-{width}.png", shots / f"zensical-{name}-{width}.png", target)
                print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
