"""Page weight: bytes a phone downloads for each motif page, the home page and the catalogue.

Serves a built site (default site/) with gzip like a static host (bench/_local_site.py),
opens each page in the machine's Chromium at 412 px (the Lighthouse phone, 1.75 device
pixels), waits until the network is idle and adds up the encoded bytes of every response (HTML, CSS, JavaScript, fonts, pictures above the fold and
any lazy picture the browser decided to fetch). Prints one line per page, heaviest first,
and the budget (a motif page under 250 KB). It never fails: the numbers are for people.

    python scripts/bench/pageweight.py [SITE_DIR] [--small]

--small (as CI runs every benchmark) measures the home page, the catalogue and the
first five motif pages only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _local_site import CHROMIUM, CHROMIUM_ARGS, StaticServer  # noqa: E402


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", nargs="?", default="site", help="built site folder (default: site)")
    ap.add_argument("--small", action="store_true", help="only five motif pages (CI)")
    args = ap.parse_args(argv)
    site = Path(args.site)
    if not (site / "motif").is_dir():
        print(f"no built site at {site}/ (run: arsip build)", file=sys.stderr)
        return 1
    srv = StaticServer(site)
    motifs = sorted(p.name for p in (site / "motif").iterdir()
                    if p.is_dir() and (p / "index.html").is_file() and p.name not in ("halaman", "page"))
    if args.small:
        motifs = motifs[:5]
    pages = [("home", ""), ("catalogue", "motif/")] + [(f"motif/{m}", f"motif/{m}/") for m in motifs]
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path in pages:
                ctx = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75,
                                          is_mobile=True, has_touch=True)
                page = ctx.new_page()
                total = [0]
                cdp = ctx.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.on("Network.loadingFinished", lambda e: total.__setitem__(0, total[0] + e["encodedDataLength"]))
                page.goto(srv.url + path, wait_until="networkidle")
                page.wait_for_timeout(300)
                rows.append((total[0], name))
                ctx.close()
            browser.close()
    finally:
        srv.close()
    for n, name in sorted(rows, reverse=True):
        print(f"{n / 1000:8.1f} KB  {n / 1024:8.1f} KiB  {name}")
    motif_rows = [n for n, name in rows if name.startswith("motif/")]
    if motif_rows:
        print(f"motif pages: max {max(motif_rows) / 1000:.1f} KB, median {sorted(motif_rows)[len(motif_rows) // 2] / 1000:.1f} KB"
              f" (budget: under 250 KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
