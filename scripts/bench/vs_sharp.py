"""The archive's images side by side with sharp: quality, bytes and time per published width.

Usage: python scripts/bench/vs_sharp.py [--small] [--json FILE] [--keep DIR] [--sharp-from FILE]

Photos (made in a temporary folder, deterministic): 12 MP phone JPEGs from the synthetic
corpus (portrait, stored sideways with EXIF Orientation 6) and the three cloth textures with
fine isen-isen, cecek, sawut and ukel detail of cloth_textures.py. Full: 3 corpus + 3 textures;
--small (CI): 1 + 1, and only the widths the main image uses plus the smallest card.

For every derivative the archive publishes for a photo (AVIF rungs and 4:3 card tiles), sharp
makes the same picture at exactly the same size (tiles: the same crop, in full-size pixels)
with sharp's defaults -- what eleventy-img uses: AVIF q50, effort 4, 4:4:4, Lanczos 3,
shrink-on-load. Both are scored with SSIMULACRA2 (the `ssimulacra2` package, as
scripts/tools/image_quality_sweep.py) against the reference: the fully decoded upright photo
(cropped for tiles) resized with Lanczos to that size. Printed per width: median score,
bytes, and CPU time of each (the archive: the rung's encode, its decode and resizes are
shared by all rungs and counted in the per-photo total; sharp: the whole pipeline for that
one output, decode included, as eleventy-img runs it). Then the total time, wall and CPU, of
the archive's batch (`process_all`, as `arsip build` runs it) against eleventy-img with its
defaults given the same photos and widths (AVIF + its default JPEG fallback).

Wall times depend on what else runs on the machine (the load average is printed); CPU times
much less. Never fails on speed or quality: it prints numbers.

Tools, not runtime dependencies, installed on first use into .cache/bench/: sharp and
eleventy-img from the npm registry (needs Node and npm), ssimulacra2 with numpy and scipy from
PyPI. In --small mode a missing tool is reported and the script exits 0.

--sharp-from FILE (while tuning the recipe): take sharp's and eleventy-img's figures from the --json
of an earlier run on the same photos instead of running them again (they do not change with our recipe);
only the archive is encoded and scored.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(BENCH))

from tools import corpus  # noqa: E402  the synthetic corpus (scripts/tools/corpus.py), imported here only

import cloth_textures  # noqa: E402
from PIL import Image, ImageOps, features  # noqa: E402

from arsip.images import decode, encode, process_all, recipe  # noqa: E402

TOOLS = ROOT / ".cache" / "bench"
PY_DIR = TOOLS / "py"
PY_PKGS = ("ssimulacra2==0.3.0", "numpy", "scipy")  # Pillow comes from the project's environment
NODE_DIR = TOOLS / "node"
NODE_PKGS = ("sharp@0.35.5", "@11ty/eleventy-img@7.0.0")
HELPER = BENCH / "vs_sharp.mjs"
SMALL_WIDTHS = (320, 960, 1280)  # --small: the smallest card and the main image's two widths


# -- tools ------------------------------------------------------------------------------------


def ensure_python_tools() -> str | None:
    sys.path.insert(0, str(PY_DIR))
    try:
        import ssimulacra2  # noqa: F401

        return None
    except ImportError:
        pass
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(PY_DIR), *PY_PKGS],
                       capture_output=True, text=True)
    if r.returncode:
        return f"pip install {' '.join(PY_PKGS)} failed: {r.stderr.strip()[-300:]}"
    import importlib

    importlib.invalidate_caches()
    try:
        import ssimulacra2  # noqa: F401,F811
    except ImportError as e:
        return f"ssimulacra2 does not import: {e}"
    return None


def ensure_node_tools() -> str | None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        return "Node.js and npm are not installed (bash scripts/setup.sh --test installs them)"
    have = all((NODE_DIR / "node_modules" / p.rsplit("@", 1)[0] / "package.json").is_file() for p in NODE_PKGS)
    if not have:
        NODE_DIR.mkdir(parents=True, exist_ok=True)
        if not (NODE_DIR / "package.json").exists():
            (NODE_DIR / "package.json").write_text('{"private": true}\n')
        r = subprocess.run([npm, "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", "--loglevel=error",
                            *NODE_PKGS], capture_output=True, text=True)
        if r.returncode:
            return f"npm install {' '.join(NODE_PKGS)} failed: {r.stderr.strip()[-300:]}"
    r = subprocess.run([node, "-e", "console.log(require('sharp').versions.sharp)"], cwd=NODE_DIR,
                       capture_output=True, text=True)
    if r.returncode:
        return f"sharp does not load: {r.stderr.strip()[-300:]}"
    return None


def run_node(mode: str, jobs: list, tmp: Path) -> tuple[dict, float]:
    """-> (the helper's JSON, CPU seconds of the node process as the OS counted it)."""
    jf = tmp / f"{mode}-jobs.json"
    jf.write_text(json.dumps(jobs))
    before = cpu_children()
    r = subprocess.run(["node", str(HELPER), mode, str(jf), str(NODE_DIR)], capture_output=True, text=True)
    if r.returncode:
        raise RuntimeError(f"node {mode}: {r.stderr.strip()[-500:]}")
    return json.loads(r.stdout), cpu_children() - before


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# -- photos -----------------------------------------------------------------------------------


def make_photo(job) -> str:
    path, kind, seed = job
    if kind == "corpus":  # portrait, stored sideways with Orientation 6
        corpus.phone_photo(Path(path), seed)
    elif kind == "corpus-landscape":  # the same cloth held sideways: a landscape photo, Orientation 1
        corpus.cloth((4032, 3024), seed).save(path, "JPEG", quality=92, exif=corpus.phone_exif(1))
    else:
        cloth_textures.phone_photo(Path(path), kind, seed)
    return path


def photo_jobs(small: bool, folder: Path) -> list[tuple[str, str, int]]:
    """Portrait photos publish 960 (main) and 1440 (zoom); landscape ones 960 and 1280 (main), 1920 (zoom)."""
    if small:
        return [(str(folder / "corpus1.jpg"), "corpus", 1), (str(folder / "ukel.jpg"), "ukel", 1)]
    return ([(str(folder / f"corpus{s}.jpg"), "corpus", s) for s in (1, 2)]
            + [(str(folder / "corpus3.jpg"), "corpus-landscape", 3)]
            + [(str(folder / f"{k}.jpg"), k, 1) for k in cloth_textures.KINDS])


# -- the archive's pipeline -------------------------------------------------------------------


def ours(path: Path) -> tuple[list[dict], float]:
    """Run decode + derivatives in this process, timing each encode (CPU). -> (rungs, photo CPU s)."""
    times: dict[str, list[float]] = {"avif": [], "jpeg": []}
    real = {"avif": encode.avif_bytes, "jpeg": encode.jpeg_bytes}

    def timed(fmt):
        def f(*a, **k):
            t = time.process_time()
            data = real[fmt](*a, **k)
            times[fmt].append(time.process_time() - t)
            return data
        return f

    encode.avif_bytes, encode.jpeg_bytes = timed("avif"), timed("jpeg")
    try:
        t = time.process_time()
        pixels, icc, full = decode.load(path)
        out, _, _ = encode.derivatives(pixels, icc, full)
        total = time.process_time() - t
    finally:
        encode.avif_bytes, encode.jpeg_bytes = real["avif"], real["jpeg"]
    avif = [e for e in out if e.fmt in ("avif", "tile")]
    assert len(avif) == len(times["avif"])
    rungs = [{"fmt": e.fmt, "width": e.width, "height": e.height, "data": e.data, "cpu": s}
             for e, s in zip(avif, times["avif"])]
    return rungs, total


def tile_box(full: tuple[int, int]) -> tuple[int, int, int, int]:
    """The archive's 4:3 card crop (made on the top rung) in full-size pixels: left, top, width, height."""
    tw, th = recipe.top_size(*full)
    ax, ay = recipe.TILE_ASPECT
    cw = min(tw, th * ax // ay)
    ch = cw * ay // ax
    left, upper = (tw - cw) // 2, (th - ch) // 2
    sx, sy = full[0] / tw, full[1] / th
    return round(left * sx), round(upper * sy), round(cw * sx), round(ch * sy)


# -- scoring ----------------------------------------------------------------------------------


def score_job(job) -> tuple[float, float]:
    """(path of the photo, crop box or None, size, our AVIF bytes, sharp's AVIF path) -> two scores."""
    src, box, size, mine, theirs = job
    sys.path.insert(0, str(PY_DIR))
    from ssimulacra2 import compute_ssimulacra2

    with Image.open(src) as im:
        full = ImageOps.exif_transpose(im).convert("RGB")
    if box:
        left, top, w, h = box
        full = full.crop((left, top, left + w, top + h))
    ref = full.resize(size, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    ref.save(buf, "PNG", compress_level=0)
    png = buf.getvalue()
    return (compute_ssimulacra2(io.BytesIO(png), io.BytesIO(mine)),
            compute_ssimulacra2(io.BytesIO(png), theirs) if theirs else None)


def run_sharp(rows: list[dict], tmp: Path) -> None:
    """sharp makes every output the archive made, at the same size; its bytes and CPU go into `rows`."""
    sout = tmp / "sharp"
    sout.mkdir(exist_ok=True)
    jobs = []
    for i, r in enumerate(rows):
        job = {"src": r["src"], "out": str(sout / f"{r['photo']}-{r['width']}{'t' if r['fmt'] == 'tile' else ''}.avif"),
               "width": r["width"], "height": r["height"]}
        if r["fmt"] == "tile":
            left, top, w, h = tile_box(r["full"])
            job["extract"] = {"left": left, "top": top, "width": w, "height": h}
        jobs.append(job)
    res, _ = run_node("sharp", jobs, tmp)
    versions = res["sharp"]
    for r, j in zip(rows, res["jobs"]):
        assert (j["width"], j["height"]) == (r["width"], r["height"]), (j, r["width"], r["height"])
        r.update(sharp_bytes=j["bytes"], sharp_cpu=j["cpu"], sharp_wall=j["wall"], sharp_out=j["out"])
    print(f"sharp {versions['sharp']} (libvips {versions['vips']}, aom {versions.get('aom', '?')}), its defaults; "
          f"{len(rows)} outputs")


def med(xs):
    xs = list(xs)
    return statistics.median(xs) if xs else float("nan")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="2 photos, widths 320/960/1280 (CI)")
    ap.add_argument("--json", help="write every measured row to this file")
    ap.add_argument("--keep", help="keep the photos and outputs in this folder")
    ap.add_argument("--sharp-from", help="reuse sharp's and eleventy-img's figures from this earlier --json")
    args = ap.parse_args(argv)
    cpus = os.cpu_count() or 1
    load0 = os.getloadavg()
    print(f"== archive vs sharp ({'small' if args.small else 'full'}): {cpus} cores, Python "
          f"{platform.python_version()}, Pillow {Image.__version__}, libavif {features.version('avif')}; "
          f"load average {load0[0]:.1f} / {load0[1]:.1f} / {load0[2]:.1f} (other work slows the wall-clock figures)")
    missing = ensure_python_tools() or ensure_node_tools()
    if missing:
        print(f"not measured: {missing}")
        return 0 if args.small else 1
    tmp_ctx = tempfile.TemporaryDirectory()
    tmp = Path(args.keep) if args.keep else Path(tmp_ctx.name)
    try:
        return run(args, tmp, cpus)
    finally:
        tmp_ctx.cleanup()


def run(args, tmp: Path, cpus: int) -> int:
    src = tmp / "photos"
    src.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    with ProcessPoolExecutor(cpus) as pool:
        photos = [Path(p) for p in pool.map(make_photo, photo_jobs(args.small, src))]
    print(f"photos: {', '.join(p.stem for p in photos)} (12 MP each, {sum(p.stat().st_size for p in photos) / len(photos) / 1e6:.1f} MB "
          f"on average), made in {time.perf_counter() - t:.1f} s")

    # -- the archive, one photo at a time, each encode timed ---------------------------------
    rows = []
    ours_total = {}
    for p in photos:
        rungs, total = ours(p)
        ours_total[p.stem] = total
        with Image.open(p) as im:
            full = decode.oriented_size(im)
        for r in rungs:
            if args.small and r["width"] not in SMALL_WIDTHS:
                continue
            rows.append({"photo": p.stem, "src": str(p), "full": full, **r})

    # -- sharp, the same outputs ---------------------------------------------------------------
    earlier = json.loads(Path(args.sharp_from).read_text()) if args.sharp_from else None
    if earlier:
        theirs = {(r["photo"], r["fmt"], r["width"]): r for r in earlier["rows"]}
        for r in rows:
            e = theirs[(r["photo"], r["fmt"], r["width"])]
            assert (e["height"]) == r["height"], (e, r["height"])
            r.update(sharp_bytes=e["sharp_bytes"], sharp_cpu=e["sharp_cpu"], sharp_wall=e["sharp_wall"],
                     sharp_s2=e["sharp_s2"], sharp_out=None)
        print(f"sharp: {len(rows)} outputs' figures from {args.sharp_from}")
    else:
        run_sharp(rows, tmp)

    # -- scores ----------------------------------------------------------------------------------
    t = time.perf_counter()
    sjobs = [(r["src"], tile_box(r["full"]) if r["fmt"] == "tile" else None, (r["width"], r["height"]), r["data"],
              r["sharp_out"]) for r in rows]
    with ProcessPoolExecutor(cpus) as pool:
        for r, (a, b) in zip(rows, pool.map(score_job, sjobs)):
            r["s2"] = a
            if b is not None:
                r["sharp_s2"] = b
    print(f"SSIMULACRA2 of {2 * len(rows)} outputs in {time.perf_counter() - t:.0f} s")

    # -- the table -------------------------------------------------------------------------------
    def label(r):
        return f"{r['width']}{'t' if r['fmt'] == 'tile' else ''}"

    groups: dict[int, list[dict]] = {}
    for r in sorted(rows, key=lambda r: r["width"]):
        groups.setdefault(r["width"], []).append(r)
    print("\nper width, median over the photos that have it (320-640: the 4:3 cards, a tile crop of portrait photos);")
    print("SSIMULACRA2 against a Lanczos resize of the full decode;")
    print("time = CPU ms of that output (archive: its encode; sharp: decode + resize + encode of that one output)")
    print(f"{'width':>6} {'n':>2} | {'archive S2':>10} {'KB':>7} {'ms':>6} | {'sharp S2':>8} {'KB':>7} {'ms':>6} | "
          f"{'S2 diff':>7} {'bytes':>6} {'wins':>5}")
    for k, rs in groups.items():
        wins = sum(1 for r in rs if r["s2"] >= r["sharp_s2"] and len(r["data"]) <= r["sharp_bytes"])
        print(f"{k:>6} {len(rs):>2} | {med(r['s2'] for r in rs):10.1f} {med(len(r['data']) for r in rs) / 1e3:7.1f} "
              f"{med(r['cpu'] for r in rs) * 1e3:6.0f} | {med(r['sharp_s2'] for r in rs):8.1f} "
              f"{med(r['sharp_bytes'] for r in rs) / 1e3:7.1f} {med(r['sharp_cpu'] for r in rs) * 1e3:6.0f} | "
              f"{med(r['s2'] - r['sharp_s2'] for r in rs):+7.1f} {med(len(r['data']) / r['sharp_bytes'] for r in rs):6.2f} "
              f"{wins:>2}/{len(rs)}")
    print("(S2 diff and bytes = medians of the per-photo differences / ratios archive vs sharp; wins = photos where "
          "the archive scores >= sharp at <= its bytes)")
    print("\nper photo and width: archive S2 / KB  vs  sharp S2 / KB")
    for p in photos:
        cells = [f"{label(r)} {r['s2']:.1f}/{len(r['data']) / 1e3:.0f} vs {r['sharp_s2']:.1f}/{r['sharp_bytes'] / 1e3:.0f}"
                 for r in rows if r["photo"] == p.stem]
        print(f"  {p.stem:8s} " + "; ".join(cells))
    per_photo_sharp = {p.stem: sum(r["sharp_cpu"] for r in rows if r["photo"] == p.stem) for p in photos}
    print(f"CPU per photo, all AVIF outputs listed: archive {med(ours_total.values()):.2f} s (decode, resizes, the "
          f"AVIFs and its 2 JPEGs); sharp {med(per_photo_sharp.values()):.2f} s")

    # -- whole pipelines: the archive's batch vs eleventy-img ----------------------------------
    ephotos = photos[:1] if args.small else photos
    cache = tmp / "cache"
    _, summ = process_all(ephotos, cache, quiet=True)
    ejobs = []
    for p in ephotos:
        with Image.open(p) as im:
            ladder = recipe.ladder(*decode.oriented_size(im))
        ws = sorted({w for w, _ in ladder["avif"]} | {w for w, _ in ladder["tile"]})
        ejobs.append({"src": str(p), "widths": ws, "outDir": str(tmp / "eleventy")})
    load = os.getloadavg()[0]
    if earlier:
        ewall, ecpu, nfiles = earlier["eleventy"]["wall"], earlier["eleventy"]["cpu"], earlier["eleventy"].get("files", "?")
    else:
        t = time.perf_counter()
        eres, ecpu = run_node("eleventy", ejobs, tmp)
        ewall, nfiles = time.perf_counter() - t, len(eres["files"])
    n = len(ephotos)
    print(f"\nwhole pipeline on {n} photo{'s' if n > 1 else ''} (load average {load:.1f}):")
    print(f"  archive (process_all, {cpus} workers, every rung + tiles + JPEG 640/1280): {summ.seconds:.1f} s wall, "
          f"{summ.cpu_seconds:.1f} s CPU")
    print(f"  eleventy-img 7 defaults + formats avif,jpeg at the same widths ({nfiles} files{', from ' + args.sharp_from if earlier else ''}): "
          f"{ewall:.1f} s wall, {ecpu:.1f} s CPU")
    print(f"  ratio archive/eleventy-img: wall {summ.seconds / ewall:.3f} (1/{ewall / summ.seconds:.0f}), "
          f"CPU {summ.cpu_seconds / ecpu:.3f} (1/{ecpu / summ.cpu_seconds:.0f})")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.json:
        keep = ("photo", "fmt", "width", "height", "cpu", "s2", "sharp_bytes", "sharp_cpu", "sharp_wall", "sharp_s2")
        out = [{**{k: r[k] for k in keep}, "bytes": len(r["data"])} for r in rows]
        Path(args.json).write_text(json.dumps({"rows": out, "ours_photo_cpu": ours_total, "batch": {
            "wall": summ.seconds, "cpu": summ.cpu_seconds}, "eleventy": {"wall": ewall, "cpu": ecpu, "files": nfiles}}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
