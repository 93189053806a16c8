"""Benchmark: share cards, QR hang-tag PDFs and open data for a synthetic archive.

Prints numbers; never fails on speed. Builds N synthetic motifs (`--small`: 100, else 1,000)
with an empty cache (every card and sheet drawn) and again with a warm cache, and reports
the time of the page stage (cards are drawn there) and of the post-build stage (QR codes,
PDFs, data files, feeds, sitemaps), and the size of what they add to the site.
Usage: python scripts/bench/sharing.py [--small]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))  # scripts/tools

from arsip.build import web_build  # noqa: E402
from arsip.core.paths import Archive  # noqa: E402
from tools.synthetic import make_archive  # noqa: E402


def size(p: Path) -> tuple[int, int]:
    files = [f for f in p.rglob("*") if f.is_file()]
    return len(files), sum(f.stat().st_size for f in files)


def main(argv: list[str]) -> int:
    n = 100 if "--small" in argv else 1000
    with tempfile.TemporaryDirectory() as tmp:
        arc = Archive.here(make_archive(ROOT, Path(tmp) / "syn", n))
        for label in ("cold", "warm"):
            t = time.perf_counter()
            ctx = web_build(arc, site_url="https://example.test/")
            total = time.perf_counter() - t
            s = ctx.stats
            print(f"{n} motifs, {label} cache: build {total:.1f} s (pages incl. cards {s['pages']:.1f} s, "
                  f"post-build {s['post']:.1f} s); {s['share']['cards']} cards, {s['share']['sheets']} PDF sheets")
        site = arc.site
        for folder in ("share", "label", "m", "data"):
            count, b = size(site / folder)
            print(f"  {folder + '/':7} {count:5d} files {b / 1024 / 1024:7.1f} MB  ({b / max(count, 1) / 1024:.0f} KB each)")
        cards = sorted((site / "share").rglob("*.jpg"), key=lambda p: p.stat().st_size)
        print(f"  largest share card {cards[-1].stat().st_size / 1024:.0f} KB (limit 300 KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
