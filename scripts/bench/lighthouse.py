"""Performance budget: Lighthouse scores of the home page, the catalogue and a motif page.

Builds the archive into a temporary folder, serves it on 127.0.0.1, and runs Lighthouse
(mobile settings, its default: an emulated mid-range phone on a throttled network) with
the machine's Chromium. Prints each category score, the failing audits and the heaviest
pages. It never fails on scores: targets are performance 98+, accessibility 100, best
practices 100, SEO 100, and the numbers are for people to read.

Lighthouse comes from the npm registry and is installed once into .cache/lighthouse/
(`npm install --prefix .cache/lighthouse lighthouse@12`; Lighthouse 13 needs Node 22, the
machine has Node 20). Usage:

    python scripts/bench/lighthouse.py [--small] [--keep DIR]

--small checks the home page and one motif page only (for CI).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _local_site import CHROMIUM as CHROME, StaticServer  # noqa: E402

LH_DIR = ROOT / ".cache" / "lighthouse"
LH_BIN = LH_DIR / "node_modules" / ".bin" / "lighthouse"
LH_VERSION = "12"
FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
CATS = ("performance", "accessibility", "best-practices", "seo")


def ensure_lighthouse() -> Path:
    if not LH_BIN.exists():
        LH_DIR.mkdir(parents=True, exist_ok=True)
        print(f"Installing Lighthouse {LH_VERSION} into {LH_DIR.relative_to(ROOT)}/ ...", flush=True)
        subprocess.run(["npm", "install", "--prefix", str(LH_DIR), "--no-audit", "--no-fund", "--loglevel=error",
                        f"lighthouse@{LH_VERSION}"], check=True)
    return LH_BIN


def run_lighthouse(url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROME}
    subprocess.run([str(LH_BIN), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--chrome-flags={FLAGS}"], check=True, env=env, timeout=300)
    return json.loads(out.read_text("utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", action="store_true", help="home page and one motif page only")
    ap.add_argument("--keep", default=None, help="folder to keep the JSON reports in")
    args = ap.parse_args()
    if not Path(CHROME).exists():
        print(f"{CHROME} not found: run `bash scripts/setup.sh --test`.", file=sys.stderr)
        return 1
    ensure_lighthouse()

    from arsip.build import web_build
    from arsip.core.paths import Archive

    tmp = Path(tempfile.mkdtemp(prefix="arsip-lh-"))
    try:
        site = tmp / "site"
        site.mkdir()
        server = StaticServer(site)  # serve first, so the site is built for its real address
        web_build(Archive.here(ROOT), site_url=server.url, dest=site)
        motifs = sorted(p.parent.name for p in (site / "motif").glob("*/index.html"))
        pages = {"home": "", "catalogue": "motif/", "motif": f"motif/{motifs[0]}/"}
        if args.small:
            pages.pop("catalogue")
        reports = Path(args.keep) if args.keep else tmp / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        rows = []
        for name, path in pages.items():
            data = run_lighthouse(server.url + path, reports / f"{name}.json")
            scores = {c: round((data["categories"][c]["score"] or 0) * 100) for c in CATS}
            weight = data["audits"]["total-byte-weight"]
            rows.append((name, path, scores, weight))
            print(f"\n== {name} (/{path})  " + "  ".join(f"{c} {s}" for c, s in scores.items()), flush=True)
            print(f"   total byte weight: {weight['numericValue'] / 1024:.0f} KiB; "
                  f"LCP {data['audits']['largest-contentful-paint']['displayValue']}, "
                  f"TBT {data['audits']['total-blocking-time']['displayValue']}, "
                  f"CLS {data['audits']['cumulative-layout-shift']['displayValue']}")
            for item in sorted(weight["details"]["items"], key=lambda i: -i["totalBytes"])[:4]:
                print(f"     {item['totalBytes'] / 1024:6.1f} KiB  {item['url'].replace(server.url, '/')}")
            for c in CATS:
                for ref in data["categories"][c]["auditRefs"]:
                    a = data["audits"][ref["id"]]
                    if ref["weight"] and a["score"] is not None and a["score"] < 1:
                        print(f"   [{c}] {a['id']}: {a['title']} ({a.get('displayValue', '')})")
        print("\nScores (targets: performance 98+, accessibility 100, best-practices 100, seo 100):")
        print(f"{'page':10} " + " ".join(f"{c:>15}" for c in CATS) + f" {'KiB':>7}")
        for name, _, scores, weight in rows:
            print(f"{name:10} " + " ".join(f"{scores[c]:>15}" for c in CATS) + f" {weight['numericValue'] / 1024:7.0f}")
        server.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
