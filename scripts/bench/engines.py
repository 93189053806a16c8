"""Benchmark: MkDocs and Zensical on the same archive, side by side in one run (issue 23).

Prints the generator's own time (stats["mkdocs"]: both languages, the site generator only) and
the whole warm build of each engine, on the sample and on N synthetic motifs (tools/synthetic.py;
1,000, or 100 with --small). Needs the extra `zensical`. Never fails on speed.
Usage: python scripts/bench/engines.py [--small]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from arsip.build import ENGINES, web_build  # noqa: E402
from arsip.core.paths import Archive  # noqa: E402
from tools.synthetic import copy_archive, make_archive  # noqa: E402


def timed(arc: Archive, engine: str) -> tuple[float, float]:
    t = time.perf_counter()
    ctx = web_build(arc, site_url="https://example.test/", engine=engine, with_offline=False)
    return ctx.stats["mkdocs"], time.perf_counter() - t


def main(argv: list[str]) -> int:
    n = 100 if "--small" in argv else 1000
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        archives = {"sample (14 motifs)": copy_archive(tmp / "sample"),
                    f"synthetic {n} motifs": Archive.here(make_archive(ROOT, tmp / f"syn{n}", n))}
        print(f"{'archive':<24}" + "".join(f"{e + ' generator':>20}{e + ' build':>16}" for e in ENGINES))
        for name, arc in archives.items():
            web_build(arc, site_url="https://example.test/", with_offline=False)  # fills the image cache
            row = [timed(arc, e) for e in ENGINES]
            print(f"{name:<24}" + "".join(f"{g:>18.2f} s{b:>14.2f} s" for g, b in row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
