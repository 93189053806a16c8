"""Map page weight: bytes of the map page (peta/) and what the inline SVG map adds, raw and gzip.

Reads a built site (default site/; `arsip build` first) and prints, for the Indonesian map
page, its English twin, one kecamatan page and one motif page: the HTML bytes raw and
gzip -9 (what a static host serves), and the bytes of the inline <svg> maps in it (the
budget: the regency map adds at most 15 KB gzipped). It never fails on size.

    python scripts/bench/map.py [SITE_DIR] [--small]

--small (as CI runs every benchmark) reads the same pages; the map costs the same at any
archive size (28 kecamatan), so there is nothing to shrink.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", nargs="?", default="site", help="built site folder (default: site)")
    ap.add_argument("--small", action="store_true", help="CI size (the same pages)")
    args = ap.parse_args(argv)
    site = Path(args.site)
    pages = [("map", "peta/index.html"), ("map (en)", "en/map/index.html"), ("kecamatan", "peta/kalitidu/index.html"),
             ("motif + locator", "motif/parang-dahono-munggal/index.html")]
    if not (site / pages[0][1]).is_file():
        print(f"no built map at {site}/{pages[0][1]} (run: arsip build)", file=sys.stderr)
        return 1
    print(f"{'page':<18}{'HTML raw':>10}{'HTML gzip':>11}{'SVG raw':>10}{'SVG gzip':>10}{'gzip without SVG':>18}")
    for name, rel in pages:
        path = site / rel
        if not path.is_file():
            continue
        html = path.read_bytes()
        svgs = [m.group(0).encode() for m in SVG.finditer(html.decode("utf-8"))
                if 'class="arsip-peta__svg' in m.group(0) or 'class="arsip-locator"' in m.group(0)]
        svg = b"".join(svgs)
        without = html
        for s in svgs:
            without = without.replace(s, b"", 1)
        print(f"{name:<18}{len(html):>10,}{gz(html):>11,}{len(svg):>10,}{gz(svg):>10,}{gz(without):>18,}")
    print("budget: the map adds <= 15 KB gzipped to its page (HTML gzip minus 'gzip without SVG')")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
