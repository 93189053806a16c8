"""Measure bytes, encode time and SSIMULACRA2 per width, quality, speed and libaom tuning.

This is how the numbers in arsip/images/recipe.py were chosen (README, "Images:
settings"); scripts/bench/vs_sharp.py then puts the chosen recipe side by side with sharp.
Not run in CI. Needs the `ssimulacra2` package (numpy, scipy); vs_sharp.py installs it into
.cache/bench/py, which this script also looks in:

    python scripts/bench/vs_sharp.py --small      # once: installs the tools
    .venv/bin/python scripts/tools/image_quality_sweep.py [--quick] [--widths 960,1280] [photos...]
    .venv/bin/python scripts/tools/image_quality_sweep.py --only corpus1,ukel --widths 960,1440 \
        --speeds 5,6 --qualities 44,50 --tunings ss2+dq     # a few candidates, CPU ms per encode

Without photo arguments it draws two synthetic corpus photos and the three cloth textures
with fine detail (scripts/bench/cloth_textures.py). The candidates are the pipeline's own
pre-encode rungs (decode, shrink-on-load, cascade, 4:3 card crops: captured from
encode.derivatives), encoded with the setting under test; the reference for each is a
Lanczos resize of the fully decoded, upright photo (cropped like the card), so the score
covers the whole pipeline, not only the codec.
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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "bench"))
sys.path.insert(0, str(ROOT / ".cache" / "bench" / "py"))

from tools import corpus  # noqa: E402  the synthetic corpus (scripts/tools/corpus.py), imported here only

import cloth_textures  # noqa: E402
from PIL import Image, ImageOps  # noqa: E402

from arsip.images import decode, encode, recipe  # noqa: E402

try:
    from ssimulacra2 import compute_ssimulacra2
except ImportError:  # pragma: no cover - tool dependency
    sys.exit("ssimulacra2 is missing: run python scripts/bench/vs_sharp.py --small once (see this script's docstring)")

AVIF_Q = (34, 40, 46, 52, 58, 64)
SPEEDS = (6, 8, 9)
TUNINGS = {"libavif": (), "ss2+dq": recipe.AVIF_TUNINGS["card"][0], "iq-rect0": recipe.AVIF_TUNINGS["detail"][0],  # libavif's default (tune=iq) vs the recipe's
           "ss2": (("tune", "ssimulacra2"),), "ssim": (("tune", "ssim"),)}  # ssim: what libheif (sharp) sets


def score(ref: Image.Image, data: bytes) -> float:
    a = io.BytesIO()
    ref.save(a, "PNG", compress_level=0)
    a.seek(0)
    return compute_ssimulacra2(a, io.BytesIO(data))


def rungs(path: Path) -> list[tuple[str, Image.Image, Image.Image]]:
    """(label, what the pipeline would encode, its reference) for every AVIF the photo gets."""
    got: list[Image.Image] = []
    real = encode.avif_bytes
    encode.avif_bytes = lambda im, threads=1: (got.append(im.copy()), b"")[1]
    try:
        pixels, icc, size = decode.load(path)
        out, _, _ = encode.derivatives(pixels, icc, size)
    finally:
        encode.avif_bytes = real
    with Image.open(path) as im:
        full = ImageOps.exif_transpose(im).convert("RGB")
    tw, th = recipe.top_size(*size)
    res = []
    for e, im in zip([e for e in out if e.fmt in ("avif", "tile")], got):
        src = full
        if e.fmt == "tile":  # the card crop, made on the top rung, in full-size pixels
            ax, ay = recipe.TILE_ASPECT
            cw = min(tw, th * ax // ay)
            ch = cw * ay // ax
            sx, sy = size[0] / tw, size[1] / th
            left, top = round((tw - cw) // 2 * sx), round((th - ch) // 2 * sy)
            src = full.crop((left, top, left + round(cw * sx), top + round(ch * sy)))
        res.append((f"{e.width}{'t' if e.fmt == 'tile' else ''}", im, src.resize(im.size, Image.Resampling.LANCZOS)))
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("photos", nargs="*")
    ap.add_argument("--quick", action="store_true", help="fewer qualities and speeds")
    ap.add_argument("--widths", help="only these widths, e.g. 960,1280")
    ap.add_argument("--speeds", help="only these encoder speeds, e.g. 5,6")
    ap.add_argument("--qualities", help="only these qualities, e.g. 44,50")
    ap.add_argument("--tunings", help=f"only these tunings: of {', '.join(TUNINGS)}, or libaom options like "
                    "tune=ssim+sharpness=2")
    ap.add_argument("--only", help="only these default photos, e.g. corpus1,ukel")
    ap.add_argument("--out", default="image-sweep.json")
    args = ap.parse_args()
    qs, speeds = (AVIF_Q[1::2], (8, 9)) if args.quick else (AVIF_Q, SPEEDS)
    ints = lambda text: tuple(int(x) for x in text.split(","))  # noqa: E731
    qs, speeds = ints(args.qualities) if args.qualities else qs, ints(args.speeds) if args.speeds else speeds
    tunings = {k: TUNINGS.get(k) or tuple(tuple(kv.split("=", 1)) for kv in k.split("+"))
               for k in args.tunings.split(",")} if args.tunings else TUNINGS
    only = {int(w) for w in args.widths.split(",")} if args.widths else None
    tmp = Path(tempfile.mkdtemp())
    wanted = set(args.only.split(",")) if args.only else None
    defaults = [(f"corpus{s}", lambda p, s=s: corpus.phone_photo(p, s)) for s in (1, 2)] + [
        (k, lambda p, k=k: cloth_textures.phone_photo(p, k)) for k in cloth_textures.KINDS]
    photos = [Path(p) for p in args.photos] or [
        make(tmp / f"{name}.jpg") for name, make in defaults if wanted is None or name in wanted]
    rows = []
    for ph in photos:
        for label, cand, ref in rungs(ph):
            w = cand.width
            if only and w not in only:
                continue
            for tname, tuning in tunings.items():
                for s in speeds:
                    for q in qs:
                        t = time.process_time()
                        buf = io.BytesIO()
                        cand.save(buf, "AVIF", quality=q, speed=s, subsampling="4:4:4", max_threads=1,
                                  **({"advanced": tuning} if tuning else {}))
                        ms = (time.process_time() - t) * 1000
                        rows.append({"photo": ph.stem, "w": label, "tuning": tname, "q": q, "speed": s,
                                     "kb": len(buf.getvalue()) / 1000, "ms": ms, "s2": score(ref, buf.getvalue())})
                        print(json.dumps(rows[-1]), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1))
    print("\nmedian over photos: width tuning q speed -> KB, CPU ms, SSIMULACRA2")
    keys = sorted({(r["w"], r["tuning"], r["q"], r["speed"]) for r in rows}, key=lambda k: (int(k[0].rstrip("t")), k[1:]))
    for k in keys:
        sel = [r for r in rows if (r["w"], r["tuning"], r["q"], r["speed"]) == k]
        print(f"{k[0]:>5s} {k[1]:7s} q{k[2]:<3d} s{k[3]:<2d}  {statistics.median(r['kb'] for r in sel):7.1f} KB "
              f"{statistics.median(r['ms'] for r in sel):6.0f} ms  S2 {statistics.median(r['s2'] for r in sel):5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
