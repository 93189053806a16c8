"""Benchmark: build time and page sizes of the sample archive and of synthetic archives.

Prints numbers; never fails on speed. `--small` uses 100 synthetic motifs instead of 1,000,
and 3 MP photos instead of 12 MP for the pull request.
Usage: python scripts/bench/build.py [--small] [--sample-only]

The sample is built cold (empty image cache), then warm, then as a contributor's pull
request: the sample plus one new motif with three phone photos (tools/synthetic.py
add_contribution), the sample's images cached: what CI pays for a new motif.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from arsip.build import web_build  # noqa: E402
from arsip.core.paths import Archive  # noqa: E402
from tools.synthetic import make_archive  # noqa: E402


def without_related(html: str) -> int:
    """Page bytes without the related-motifs section (at most six cards, so bounded)."""
    import re

    return len(re.sub(r'<h2[^>]*id="terkait".*?(?=<h2[^>]*id="hak")', "", html, flags=re.S).encode())


def site_stats(site: Path) -> tuple[int, int, int]:
    html = [p for p in site.rglob("*.html")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return len(html), sum(p.stat().st_size for p in html), total


def timed_build(arc: Archive) -> float:
    return timed_build_stats(arc)[0]


def timed_build_stats(arc: Archive) -> tuple[float, dict]:
    t = time.perf_counter()
    ctx = web_build(arc, site_url="https://example.test/")
    return time.perf_counter() - t, ctx.stats


def main(argv: list[str]) -> int:
    small = "--small" in argv
    n_big = 100 if small else 1000
    from tools.synthetic import add_contribution, copy_archive

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        arc = copy_archive(tmp / "sample")
        shutil.rmtree(arc.root / ".cache", ignore_errors=True) if (arc.root / ".cache").is_symlink() is False else None
        if (arc.root / ".cache").is_symlink():
            (arc.root / ".cache").unlink()
        cold, cold_stats = timed_build_stats(arc)
        warm = timed_build(arc)
        pages, html_bytes, total = site_stats(arc.site)
        motif_page = (arc.site / "motif" / "sekar-jati" / "index.html").stat().st_size
        print(f"sample (14 motifs): cold build {cold:.2f} s (images {cold_stats['images']:.2f} s), warm build "
              f"{warm:.2f} s, {pages} HTML pages, {html_bytes / 1024:.0f} KB HTML, site {total / 1024 / 1024:.1f} MB, "
              f"motif page {motif_page / 1024:.1f} KB")
        mp = 3 if small else 12
        add_contribution(arc.root, photos=3, megapixels=mp)
        pr, pr_stats = timed_build_stats(arc)
        s = pr_stats["image_summary"]
        print(f"contributor's pull request (sample + one motif with three {mp} MP phone photos, the sample's images "
              f"cached): build {pr:.2f} s, of which images {pr_stats['images']:.2f} s ({s.done} encoded, "
              f"{s.cached} cached; {s.cpu_seconds:.1f} s CPU)")
        if "--sample-only" in argv:  # skip the synthetic archives
            return 0
        sizes = {}
        for n in (14, n_big):
            root = make_archive(ROOT, tmp / f"syn{n}", n)
            a = Archive.here(root)
            timed_build(a)  # fills the image cache
            t = timed_build(a)
            pages, html_bytes, total = site_stats(a.site)
            page = a.site / "motif" / "motif-sintetis-0003" / "index.html"
            sizes[n] = without_related(page.read_text("utf-8"))
            cat = (a.site / "motif" / "index.html").stat().st_size
            print(f"synthetic {n} motifs: warm build {t:.2f} s, {pages} HTML pages, {html_bytes / 1024 / 1024:.1f} MB HTML, "
                  f"motif page {page.stat().st_size / 1024:.1f} KB, catalogue page {cat / 1024:.1f} KB")
        print(f"motif page size without its related-motifs box (<= 6 cards) at 14 vs {n_big} motifs: "
              f"{sizes[14]} vs {sizes[n_big]} bytes "
              f"({'same' if sizes[14] == sizes[n_big] else 'DIFFERENT'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
