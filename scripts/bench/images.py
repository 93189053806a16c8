"""Benchmark of the image pipeline against a naive one, on synthetic phone photos of cloth.

Prints numbers; never fails on speed. Usage: python scripts/bench/images.py [--small] [--builds]

Corpus (arsip.images.corpus, made in a temporary folder): 12 MP portrait JPEGs stored
sideways with EXIF Orientation 6 and GPS, textured like batik cloth; some CMYK JPEGs;
some PNGs with alpha; one 48 MP JPEG. Full: 16 + 2 + 2 twelve-MP photos; --small: 4 + 1 + 1.

Prints: photos/minute cold (all cores), warm rebuild time with nothing changed and the
number of images decoded in it, median bytes per width and format, bytes per photo,
peak memory of the worker processing the 48 MP photo, the cost of `inspect` and of
`arsip normalise`, and a naive baseline run in the same process (full decode, every
width resized from the full image, Pillow's default settings) with the time ratio.

Builds (first, and alone with --builds): the two waits people see. A cold build of the sample's
images (every image its motif.yml files list, empty cache: a new clone, or after a
PIPELINE_VERSION bump) and a contributor's pull request that adds three 12 MP phone photos to
the sample (its images cached, as CI keeps the cache): wall and CPU seconds of each.
"""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageOps, features

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/tools
from tools import corpus  # noqa: E402
from arsip.images import process_all, recipe
from arsip.images.originals import normalise
from arsip.images.validate import inspect


ROOT = Path(__file__).resolve().parents[2]


def sample_sources() -> list[Path]:
    """The images the sample archive's build processes: each motif.yml's images, in order."""
    import yaml

    out = []
    for yml in sorted((ROOT / "motifs").glob("*/motif.yml")):
        m = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
        out += [yml.parent / im["file"] for im in m.get("images") or []]
    return out


def builds(tmp: Path, cpus: int) -> None:
    sample = sample_sources()
    cache = tmp / "cache-sample"
    _, cold = process_all(sample, cache, quiet=True)
    print(f"cold build of the sample's images ({cold.done} images, {cpus} workers, empty cache): "
          f"{cold.seconds:.1f} s wall, {cold.cpu_seconds:.1f} s CPU")
    pr = [tmp / f"pr{i}.jpg" for i in range(3)]
    with ProcessPoolExecutor(cpus) as pool:
        list(pool.map(make, [(str(p), 400 + i, 12, "phone") for i, p in enumerate(pr)]))
    _, s = process_all(sample + pr, cache, quiet=True)
    print(f"pull request adding three 12 MP photos (the sample's {s.cached} images cached): {s.done} encoded in "
          f"{s.seconds:.1f} s wall, {s.cpu_seconds:.1f} s CPU (load average {os.getloadavg()[0]:.1f})")


def make(args):
    path, seed, mp, kind = args
    corpus.phone_photo(Path(path), seed, mp, kind=kind)
    return path


NAIVE_WIDTHS = (320, 480, 640, 960, 1280, 1920)  # the classic ladder, every rung in the photo's own shape


def naive(src: Path, out: Path) -> int:
    """What a first attempt does: full decode, each width from full size, library defaults."""
    total = 0
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im).convert("RGB")
        tw, th = recipe.top_size(*im.size)
        widths = [w for w in NAIVE_WIDTHS if w < tw] + [tw]
        for fmt, ext, ws in (("avif", "AVIF", widths), ("jpeg", "JPEG", [w for w in (640, 1280) if w <= tw])):
            for w in ws:
                p = out / f"{src.stem}-{w}.{fmt}"
                im.resize((w, round(th * w / tw)), Image.Resampling.LANCZOS).save(p, ext)
                total += p.stat().st_size
    return total


def cpu(who) -> float:
    """CPU seconds (all threads) of this process; workers report their own in Summary.cpu_seconds."""
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def main(argv: list[str]) -> int:
    small = "--small" in argv
    only_builds = "--builds" in argv
    n_phone, n_cmyk, n_png, n_naive = (4, 1, 1, 2) if small else (16, 2, 2, 4)
    cpus = os.cpu_count() or 1
    print(f"== images benchmark ({'small' if small else 'full'}): {cpus} cores, Python {platform.python_version()}, "
          f"Pillow {Image.__version__}, libavif {features.version('avif')}, libjpeg {features.version('jpg')}; "
          f"load average {os.getloadavg()[0]:.1f} (other work on the machine slows the wall-clock figures)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        builds(tmp, cpus)
        if only_builds:
            return 0
        src = tmp / "src"
        src.mkdir()
        jobs = [(str(src / f"phone{i:02d}.jpg"), i, 12, "phone") for i in range(n_phone)]
        jobs += [(str(src / f"cmyk{i}.jpg"), 100 + i, 12, "cmyk") for i in range(n_cmyk)]
        jobs += [(str(src / f"alpha{i}.png"), 200 + i, 12, "png-alpha") for i in range(n_png)]
        big = (str(src / "phone48.jpg"), 300, 48, "phone")
        t = time.perf_counter()
        with ProcessPoolExecutor(cpus) as pool:
            photos = [Path(p) for p in pool.map(make, jobs + [big])]
        p48 = photos.pop()
        src_mb = sum(p.stat().st_size for p in photos) / len(photos) / 1e6
        print(f"corpus: {len(photos)} photos of 12 MP ({n_phone} phone JPEG with Orientation 6 + GPS, {n_cmyk} CMYK, "
              f"{n_png} PNG with alpha; {src_mb:.1f} MB each on average) + one 48 MP JPEG "
              f"({p48.stat().st_size / 1e6:.1f} MB), made in {time.perf_counter() - t:.1f} s")

        # -- cold ------------------------------------------------------------------------
        cache = tmp / "cache"
        sets, cold = process_all(photos, cache, quiet=True)
        cold_cpu = cold.cpu_seconds / len(photos)
        per = cold.seconds / len(photos)
        print(f"cold: {len(photos)} photos in {cold.seconds:.1f} s = {60 / per:.1f} photos/min "
              f"({per:.2f} s/photo, {cold.decoded} decoded, {cold.skipped} skipped); CPU time {cold_cpu:.2f} s/photo "
              f"= {60 * cpus / cold_cpu:.1f} photos/min on {cpus} otherwise idle cores")

        # -- warm ------------------------------------------------------------------------
        runs = [process_all(photos, cache, quiet=True)[1] for _ in range(3)]
        warm = min(runs, key=lambda s: s.seconds)
        print(f"warm rebuild, nothing changed: {warm.seconds * 1000:.1f} ms for {len(photos)} photos = "
              f"{warm.seconds * 1000 / len(photos):.2f} ms/photo; decoded: {sum(r.decoded for r in runs)}; "
              f"cached: {warm.cached}/{len(photos)}")

        # -- bytes -----------------------------------------------------------------------
        by: dict[tuple[str, int], list[int]] = {}
        for s in sets:
            for d in s.derivatives:
                by.setdefault((d.fmt, d.width), []).append(d.bytes)
        print("median bytes per width and format (KB; n = number of photos with that width):")
        for (fmt, w), xs in sorted(by.items()):
            print(f"  {fmt:4s} {w:5d} w: {med(xs) / 1000:7.1f} KB  (n={len(xs)}, max {max(xs) / 1000:.1f} KB)")
        totals = [s.bytes for s in sets]
        print(f"bytes per photo, all derivatives: median {med(totals) / 1e6:.2f} MB, mean "
              f"{statistics.mean(totals) / 1e6:.2f} MB -> {1e9 / statistics.mean(totals):.0f} photos per GB")
        thumbs = [min(s.of("tile") or s.of("avif"), key=lambda d: d.width).bytes for s in sets]
        print(f"320 w thumbnail as the catalogue shows it (4:3 tile, or the 320 rung of 4:3 photos): median "
              f"{med(thumbs) / 1000:.1f} KB, max {max(thumbs) / 1000:.1f} KB")
        hero = [s.largest("avif", 960).bytes for s in sets]
        hero_big = [s.largest("avif", 1280).bytes for s in sets]
        print(f"main image of a motif page (AVIF <= 960 w, what a phone loads): median {med(hero) / 1000:.1f} KB, "
              f"max {max(hero) / 1000:.1f} KB; <= 1280 w (desktop 2x): median {med(hero_big) / 1000:.1f} KB, "
              f"max {max(hero_big) / 1000:.1f} KB")

        # -- 48 MP: memory ---------------------------------------------------------------
        _, s48 = process_all([p48], tmp / "cache48", workers=2, quiet=True)
        print(f"48 MP photo: {s48.seconds:.2f} s, peak RSS of its worker process {s48.peak_rss_mb:.0f} MB")

        # -- naive baseline --------------------------------------------------------------
        subset = photos[:n_naive]
        _, ours = process_all(subset, tmp / "cache-subset", quiet=True)
        ours_cpu = ours.cpu_seconds
        nout = tmp / "naive"
        nout.mkdir()
        t = time.perf_counter()
        c0 = cpu(resource.RUSAGE_SELF)
        nbytes = [naive(p, nout) for p in subset]
        nsec = time.perf_counter() - t
        ncpu = cpu(resource.RUSAGE_SELF) - c0
        print(f"naive baseline on {len(subset)} photos: {nsec:.1f} s = {nsec / len(subset):.2f} s/photo "
              f"({60 * len(subset) / nsec:.1f} photos/min), {med(nbytes) / 1e6:.2f} MB/photo; "
              f"ours on the same photos: {ours.seconds:.1f} s = {ours.seconds / len(subset):.2f} s/photo")
        print(f"ratio ours/naive time: {ours.seconds / nsec:.3f} (1/{nsec / ours.seconds:.1f}); CPU time: "
              f"{ours_cpu / len(subset):.2f} vs {ncpu / len(subset):.2f} s/photo = {ours_cpu / ncpu:.3f} (1/{ncpu / ours_cpu:.1f})")
        n320 = [(nout / f"{p.stem}-320.avif").stat().st_size for p in subset]
        o320 = [min(s.of("tile") or s.of("avif"), key=lambda d: d.width).bytes for s in sets[:n_naive]]
        print(f"320 w AVIF on those photos: naive (q75, 4:2:0, speed 6, full shape) median {med(n320) / 1000:.1f} KB, "
              f"ours (the 4:3 card the grid shows) {med(o320) / 1000:.1f} KB")

        # -- inspect and normalise -------------------------------------------------------
        t = time.perf_counter()
        for p in photos:
            inspect(p)
        print(f"inspect (arsip check, cold; memoised afterwards): {(time.perf_counter() - t) * 1000 / len(photos):.0f} "
              f"ms/photo")
        norm = tmp / "norm"
        norm.mkdir()
        picks = [p for p in photos if p.name.startswith("phone")][:3] + [p48]
        copies = [Path(shutil.copy(p, norm / p.name)) for p in picks]
        t = time.perf_counter()
        res = normalise(copies)
        before, after = sum(r.before for r in res), sum(r.after for r in res)
        print(f"normalise {len(res)} originals ({', '.join(sorted({r.action for r in res}))}): "
              f"{before / 1e6:.1f} -> {after / 1e6:.1f} MB ({(1 - after / before) * 100:.0f} % saved), "
              f"{(time.perf_counter() - t) / len(res):.2f} s/photo; 1,000 such originals = {after / len(res) / 1e6:.2f} GB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
