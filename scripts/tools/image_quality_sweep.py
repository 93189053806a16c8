"""Measure bytes, encode time and SSIMULACRA2 per width, codec, quality and speed.

This is how the numbers in arsip/images/recipe.py were chosen (README, "Images:
settings"). Not run in CI. Needs the `ssimulacra2` package (numpy, scipy) in the
environment running it:

    python -m venv /tmp/sweep && /tmp/sweep/bin/pip install ssimulacra2 pillow
    PYTHONPATH=scripts /tmp/sweep/bin/python scripts/tools/image_quality_sweep.py [--quick] [photos...]

Without photo arguments it draws three synthetic cloth photos (tools/corpus.py).
The reference for each width is a Lanczos resize of the fully decoded, upright photo;
the candidate is what the pipeline makes (shrink-on-load, cascade) encoded with the
setting under test, so the score covers the whole pipeline, not only the codec.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps

from tools import corpus
from arsip.images import decode, recipe
from arsip.images.encode import _resize

try:
    from ssimulacra2 import compute_ssimulacra2
except ImportError:  # pragma: no cover - tool dependency
    sys.exit("pip install ssimulacra2  (see this script's docstring)")

WIDTHS = (320, 640, 960, 1280, 1920)
AVIF_Q = (40, 46, 52, 58, 64, 70)
SPEEDS = (6, 8, 9, 10)
JPEG_Q = (70, 78, 85)


def score(ref: Image.Image, data: bytes) -> float:
    a, b = io.BytesIO(), io.BytesIO(data)
    ref.save(a, "PNG", compress_level=0)
    a.seek(0)
    return compute_ssimulacra2(a, b)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("photos", nargs="*")
    ap.add_argument("--quick", action="store_true", help="fewer qualities and speeds")
    ap.add_argument("--out", default="image-sweep.json")
    args = ap.parse_args()
    qs, speeds = (AVIF_Q[1::2], (6, 9)) if args.quick else (AVIF_Q, SPEEDS)
    tmp = Path(tempfile.mkdtemp())
    photos = [Path(p) for p in args.photos] or [corpus.phone_photo(tmp / f"p{s}.jpg", s) for s in (1, 2, 3)]
    rows = []
    for ph in photos:
        full = ImageOps.exif_transpose(Image.open(ph)).convert("RGB")
        pixels, icc, size = decode.load(ph)
        top = decode.to_srgb(_resize(pixels, recipe.top_size(*size)), icc)
        prev = top
        for w in sorted({x for x in WIDTHS if x < top.width} | {top.width}, reverse=True):
            h = round(top.height * w / top.width)
            ref = full.resize((w, h), Image.Resampling.LANCZOS)
            cand = _resize(prev, (w, h))
            prev = cand
            for s in speeds:
                for q in qs:
                    if w >= 960 and s == 6 and q != 52:  # speed 6 is too slow up there; one point for scale
                        continue
                    t = time.perf_counter()
                    buf = io.BytesIO()
                    cand.save(buf, "AVIF", quality=q, speed=s, subsampling="4:4:4", max_threads=1)
                    ms = (time.perf_counter() - t) * 1000
                    rows.append({"photo": ph.name, "w": w, "fmt": "avif", "q": q, "speed": s, "kb": len(buf.getvalue()) / 1024,
                                 "ms": ms, "s2": score(ref, buf.getvalue())})
                    print(json.dumps(rows[-1]), flush=True)
            if w in (640, 1280):
                for q in JPEG_Q:
                    t = time.perf_counter()
                    buf = io.BytesIO()
                    cand.save(buf, "JPEG", quality=q, progressive=True, optimize=True, subsampling="4:4:4")
                    ms = (time.perf_counter() - t) * 1000
                    rows.append({"photo": ph.name, "w": w, "fmt": "jpeg", "q": q, "speed": 0, "kb": len(buf.getvalue()) / 1024,
                                 "ms": ms, "s2": score(ref, buf.getvalue())})
                    print(json.dumps(rows[-1]), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1))
    print("\nmedian over photos: width fmt q speed -> KB, ms, SSIMULACRA2")
    keys = sorted({(r["w"], r["fmt"], r["q"], r["speed"]) for r in rows})
    for k in keys:
        sel = [r for r in rows if (r["w"], r["fmt"], r["q"], r["speed"]) == k]
        print(f"{k[0]:5d} {k[1]:4s} q{k[2]:<3d} s{k[3]:<2d}  {statistics.median(r['kb'] for r in sel):7.1f} KB "
              f"{statistics.median(r['ms'] for r in sel):7.0f} ms  S2 {statistics.median(r['s2'] for r in sel):5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
