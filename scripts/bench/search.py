"""Benchmark: what a search costs over the wire, and how heavy the catalogue page is.

Builds the sample archive (14 motifs) and a synthetic archive (1,000 motifs, or 100 with
--small), serves each on localhost, types typical queries into the header search box in
headless Chromium (a fresh browser context per query, so nothing is cached) and sums the
bytes of every Pagefind request the query caused. Also prints the catalogue page's HTML
size and the facet file it loads. The local server gzips text files as GitHub Pages does
(Pagefind's index files are compressed already); the cost from a host that does not
compress is printed beside it.

    .venv/bin/python scripts/bench/search.py [--small] [--n N] [--queries q1,q2]
"""

from __future__ import annotations

import argparse
import gzip
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _local_site import CHROMIUM, CHROMIUM_ARGS as ARGS, StaticServer  # noqa: E402


def sample_copy(dest: Path) -> Path:
    for name in ("motifs", "data", "docs"):
        shutil.copytree(ROOT / name, dest / name)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, dest / name)
    return dest


def query_cost(browser, url: str, query: str) -> dict:
    """Bytes of the search requests one query causes in a fresh browser (nothing cached)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.goto(url, wait_until="networkidle")
    seen = []
    page.on("requestfinished", lambda r: seen.append(r))
    page.fill("#arsip-q", query)
    page.wait_for_function("() => { const r = document.querySelector('[data-arsip-search]');"
                           " return !r.hasAttribute('aria-busy') && /\\d/.test(r.querySelector('.arsip-search__status').textContent) }")
    page.wait_for_load_state("networkidle")
    files, total = [], 0
    for r in seen:
        if "/pagefind/" not in r.url and "/search/" not in r.url:
            continue
        s = r.sizes()
        n = s["responseBodySize"] + s["responseHeadersSize"]
        total += n
        files.append((r.url.split("/", 3)[-1], n))
    top = page.eval_on_selector_all(".arsip-search__title", "els => els.slice(0, 3).map(e => e.textContent)")
    status = page.inner_text(".arsip-search__status")
    ctx.close()
    return {"bytes": total, "files": sorted(files), "top": top, "status": status}


def measure(label: str, arc: Archive, queries: list[str], browser) -> dict:
    t0 = time.perf_counter()
    ctx = web_build(arc, site_url="http://127.0.0.1:8000/")
    built = time.perf_counter() - t0
    site = arc.site
    cat = (site / "motif" / "index.html").stat().st_size
    facets = (site / "motif" / "facets.json").read_bytes()
    pagefind = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    server, raw_server = StaticServer(site), StaticServer(site, gzip_text=False)
    try:
        costs = {q: query_cost(browser, server.url, q) for q in queries}
        raw = {q: query_cost(browser, raw_server.url, q)["bytes"] for q in queries}
    finally:
        server.close()
        raw_server.close()
    print(f"\n== {label}: {ctx.stats['motifs']} motifs, built in {built:.1f} s")
    print(f"catalogue page motif/index.html: {cat / 1024:.1f} KB HTML")
    print(f"facet data motif/facets.json:    {len(facets) / 1024:.1f} KB ({len(gzip.compress(facets)) / 1024:.1f} KB gzipped),"
          f" loaded by the catalogue page only")
    print(f"whole Pagefind index (id):       {pagefind / 1024:.1f} KB on disk, of which a query loads:")
    for q, c in costs.items():
        print(f"  query {q!r:14} {c['bytes'] / 1024:7.1f} KB in {len(c['files'])} requests"
              f" ({raw[q] / 1024:.1f} KB if the host does not gzip); {c['status']}; top 3: {c['top']}")
        for name, n in c["files"]:
            print(f"      {n / 1024:7.1f} KB  {name}")
    return {"catalogue": cat, "queries": {q: c["bytes"] for q, c in costs.items()}, "raw": raw}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--small", action="store_true", help="100 synthetic motifs instead of 1,000")
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--queries", default="jati,tembakau,membatik")
    a = ap.parse_args(argv)
    n = a.n or (100 if a.small else 1000)
    queries = [q for q in a.queries.split(",") if q]
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="arsip-bench-search-") as tmp, sync_playwright() as p:
        tmp = Path(tmp)
        (ROOT / ".cache").mkdir(exist_ok=True)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        results = {}
        sample = sample_copy(tmp / "sample")
        (sample / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
        results["sample"] = measure("sample archive", Archive.here(sample), queries, browser)
        synth = make_archive(ROOT, tmp / f"synthetic-{n}", n)
        (synth / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
        results["synthetic"] = measure(f"synthetic archive ({n})", Archive.here(synth), queries, browser)
        browser.close()
    print("\nSummary (bytes over the wire including headers; text gzipped by the host as GitHub Pages does):")
    for label, r in results.items():
        worst = max(r["queries"], key=r["queries"].get)
        print(f"  {label:10} catalogue HTML {r['catalogue'] / 1024:6.1f} KB (floor 300 KB); search, worst of "
              f"{len(r['queries'])} queries ({worst!r}): {r['queries'][worst] / 1024:6.1f} KB (floor 150 KB), "
              f"{r['raw'][worst] / 1024:.1f} KB from a host that does not gzip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
