"""Benchmark: promotion-kit generation time and bytes per motif (the site's files; the ZIP is
made in the browser and costs the site nothing), cold (empty kit cache) and
warm (everything cached: what an unchanged motif costs on every build).

Prints numbers; never fails on speed. `--small` does three motifs instead of all of them.
Usage: python scripts/bench/kit.py [--small]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from arsip import images as imagemod  # noqa: E402
from arsip.build import load  # noqa: E402
from arsip.core.paths import Archive  # noqa: E402
from arsip.core.urls import Published  # noqa: E402
from arsip.outputs import kit  # noqa: E402


def main(argv: list[str]) -> int:
    arc = Archive.here(ROOT)
    col = load(arc)
    images = imagemod.process_collection(arc, col)
    motifs = col.motifs[:3] if "--small" in argv else col.motifs
    pub = Published.of("https://example.test/")
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        times = {"cold": [], "warm": []}
        sizes = []
        for run in ("cold", "warm"):
            for m in motifs:
                sets = images.get(m["id"])
                src = col.folders[m["id"]] / m["images"][0]["file"] if sets else None
                counts: dict = {}
                t0 = time.perf_counter()
                k = kit.motif_kit(cache, m, src, sets[0].key if sets else None, pub, col.makers, counts)
                times[run].append(time.perf_counter() - t0)
                if run == "cold":
                    jpgs = [f.size for f in k.files if f.name.endswith(".jpg")]
                    sizes.append((sum(f.size for f in k.files), sum(jpgs), max(jpgs)))
                    print(f"{m['id']}: cold {times[run][-1]:.2f} s, files {sizes[-1][0] / 1e6:.2f} MB "
                          f"(pictures {sizes[-1][1] / 1e6:.2f} MB), largest picture {sizes[-1][2] / 1000:.0f} KB")
    n = len(motifs)
    print(f"{n} motifs: cold {statistics.median(times['cold']):.2f} s per motif (median; total "
          f"{sum(times['cold']):.1f} s), warm {statistics.median(times['warm']) * 1000:.0f} ms per motif "
          f"(total {sum(times['warm']):.2f} s); kit files {statistics.median(s[0] for s in sizes) / 1e6:.2f} MB "
          f"per motif (median; max {max(s[0] for s in sizes) / 1e6:.2f} MB, all motifs "
          f"{sum(s[0] for s in sizes) / 1e6:.1f} MB; the ZIP is made in the browser), largest picture "
          f"{max(s[2] for s in sizes) / 1000:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
