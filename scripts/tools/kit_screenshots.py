"""Screenshots of a motif's promotion kit at 412 px: the kit page (Indonesian and English,
as a 412 px phone shows it) and every generated file (each picture scaled to 412 px wide,
both pages of the story-card PDF rendered with pdftoppm), as 256-colour PNGs.

Usage: python scripts/tools/kit_screenshots.py [SITE_DIR] [OUT_DIR] [MOTIF]
(defaults: site/, docs/screenshots/kit/, sekar-jati). Build the site first (`arsip build`).
The page is taken at device scale 1 (the full page is long; 1.75 would make 2 MB PNGs).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import browser_on, WIDTHS, english, shoot, shrink  # noqa: E402

WIDTH = 412


def files(site: Path, out: Path, mid: str) -> None:
    kit = site / "kit" / mid
    for jpg in sorted(kit.rglob("*.jpg")):
        if "pratinjau" in jpg.parts:
            continue
        name = jpg.relative_to(kit).as_posix().replace("/", "-").rsplit(".", 1)[0]
        with Image.open(jpg) as im:
            small = im.convert("RGB").resize((WIDTH, round(im.height * WIDTH / im.width)), Image.Resampling.LANCZOS)
        dest = out / f"{name}-{WIDTH}.png"
        small.save(dest)
        shrink(dest)
        print(dest)
    pdf = next(kit.glob("*.pdf"))
    subprocess.run(["pdftoppm", "-png", "-scale-to-x", str(WIDTH), "-scale-to-y", "-1", str(pdf),
                    str(out / "kartu-cerita")], check=True)
    for p in sorted(out.glob("kartu-cerita-[0-9]*.png")):  # not the PNGs of an earlier run
        dest = p.with_name(p.stem.replace("kartu-cerita-", "kartu-cerita-hal") + f"-{WIDTH}.png")
        p.replace(dest)
        shrink(dest)
        print(dest)


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    out = Path(argv[1] if len(argv) > 1 else "docs/screenshots/kit")
    mid = argv[2] if len(argv) > 2 else "sekar-jati"
    out.mkdir(parents=True, exist_ok=True)
    files(site, out, mid)
    with browser_on(site) as (browser, base):
        ctx = browser.new_context(**{**WIDTHS[WIDTH], "device_scale_factor": 1})  # a small PNG
        for tag, path in (("", f"kit/{mid}/"), ("en-", None)):
            page = ctx.new_page()
            shoot(page, base, path or english(page, base, f"kit/{mid}/"), out / f"{tag}kit-page-{WIDTH}.png")
            page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
