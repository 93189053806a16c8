"""Benchmark: what one edit costs. A motif's YAML changes; how long until the site is rebuilt?

Two cases, on a private copy of the sample archive with warm caches:
- `arsip serve`: one web build into .build/serve/ (no offline copy);
- `arsip build`: the web build plus the offline ZIP (its inputs changed, so it is remade).
Prints seconds (median of the repeats); never fails on speed.
Usage: python scripts/bench/rebuild.py [--small]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from arsip.build import web_build  # noqa: E402
from tools.synthetic import copy_archive  # noqa: E402

URL = "http://127.0.0.1:8000/"


def edit(arc, i: int) -> None:
    p = arc.motifs / "sekar-jati" / "motif.yml"
    d = yaml.safe_load(p.read_text("utf-8"))
    d["meaning"]["id"] += f" Suntingan {i}."
    p.write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), "utf-8")


def main(argv: list[str]) -> int:
    repeats = 1 if "--small" in argv else 3
    with tempfile.TemporaryDirectory(prefix="arsip-bench-") as tmp:
        arc = copy_archive(Path(tmp))  # shares the repository's image cache: warm
        web_build(arc, site_url=URL)
        web_build(arc, site_url=URL, dest=arc.serve_site, with_offline=False)
        for label, kw in (("arsip serve (web build only)", {"dest": arc.serve_site, "with_offline": False}),
                          ("arsip build (web + offline ZIP)", {})):
            times = []
            for i in range(repeats):
                edit(arc, len(times) + (100 if kw else 0))
                t = time.perf_counter()
                ctx = web_build(arc, site_url=URL, **kw)
                times.append(time.perf_counter() - t)
            steps = ", ".join(f"{k} {v:.2f}" for k, v in ctx.stats.get("steps", {}).items())
            print(f"{label}: rebuild after one YAML edit {statistics.median(times):.2f} s "
                  f"(runs: {', '.join(f'{x:.2f}' for x in times)}; last run's steps, s: {steps})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
