"""Process many images: cached ones from their manifests, new ones on all cores.

Why processes and not threads: the work is CPU-bound and each worker runs its AVIF
encoder single-threaded, which measured faster than threads on 2 cores; a pool is only
started when something is actually missing from the cache, so a warm build starts no
process and decodes nothing. Workers write straight into the cache (atomically) and
send back the small manifest.

Workers die with their build, however it ends (SIGKILL by an out-of-memory killer or a CI
time-out included): they are spawned by the build process itself (not by a forkserver that
would outlive it) and ask Linux for SIGKILL when their parent dies (`_die_with_parent`).
"""

from __future__ import annotations

import ctypes
import json
import multiprocessing
import os
import signal
import resource
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from . import decode, encode, errors, recipe, store
from .errors import Finding, ImageError
from .store import Derivative, ImageSet


@dataclass
class Summary:
    done: int = 0  # decoded and encoded in this run
    cached: int = 0  # reused from the cache
    skipped: int = 0  # could not be processed (see problems)
    bytes: int = 0  # bytes of all derivatives of the processed images
    decoded: int = 0  # images whose pixels were decoded
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # largest resident memory of a worker (or this process if in-process)
    cpu_seconds: float = 0.0  # CPU time spent decoding and encoding (all processes)
    problems: list[tuple[Path, Finding]] = field(default_factory=list)

    def line(self) -> str:
        mb = self.bytes / 1e6
        return (f"Gambar / images: {self.done} diproses/done, {self.cached} dari cache/cached, "
                f"{self.skipped} dilewati/skipped, {mb:.1f} MB, {self.seconds:.1f} s")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def make(src: Path, key: str, cache: Path, threads: int = 1) -> ImageSet:
    # threads stays 1 in the pipeline: multi-threaded AVIF output is not byte-identical
    # to single-threaded output (measured), and names are content-addressed.
    """Decode, encode and cache one image (runs in a worker). Raises ImageError."""
    pixels, icc, full = decode.load(src)
    encoded, colour, preview = encode.derivatives(pixels, icc, full, threads)
    ext = {"avif": "avif", "jpeg": "jpg", "tile": "avif"}
    files: dict[str, bytes] = {}
    ders = []
    for e in encoded:
        name = f"{key}-{e.width}{'t' if e.fmt == 'tile' else ''}.{ext[e.fmt]}"
        files[name] = e.data
        ders.append(Derivative(name, e.width, e.height, e.fmt, len(e.data)))
    top = max((d for d in ders if d.fmt != "tile"), key=lambda d: d.width)
    s = ImageSet(key, top.width, top.height, colour, ders, preview,
                 {"width": full[0], "height": full[1]})
    store.save_set(cache, s, files)
    return s


def _work(src: str, key: str, cache: str, threads: int):
    before, t0 = decode.DECODES, time.process_time()
    try:
        s = make(Path(src), key, Path(cache), threads)
        js, finding = s.to_json(), None
    except ImageError as e:
        js, finding = None, tuple(e.finding)
    return js, finding, decode.DECODES - before, _rss_mb(), time.process_time() - t0


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent(parent: int) -> None:
    """Worker initializer: SIGKILL this worker when the build that spawned it dies.

    The death signal follows the parent *thread*; workers are spawned from the thread that
    calls process_all, which outlives the pool. The ppid check closes the window in which
    the build died before the signal was armed."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG)")
    if os.getppid() != parent:
        os._exit(1)


def _cost(src: Path) -> float:
    """Expected encode time of a photo in recipe.encode_cost units, from its header only."""
    try:
        with decode.open_checked(src) as im:
            return recipe.encode_cost(*decode.oriented_size(im))
    except (ImageError, OSError):
        return 0.0  # refused before any pixel is decoded: costs nothing


class _Progress:
    """Progress over the photos still to encode, on stderr, that ends with the time left.

    On a terminal: a bar. Elsewhere (CI logs, a pipe): a plain line every PLAIN_EVERY seconds
    (none for a build shorter than that). quiet=True: nothing. The bar advances by each photo's
    expected cost (bigger photos and slower rungs count more), so "left" is the remaining cost at
    the rate measured so far, not a count of photos. Never touches the files written.
    """

    FORMAT = "{desc}: {percentage:3.0f}%|{bar}| [{elapsed}, sisa/left {remaining}]"
    PLAIN_EVERY = 15.0  # seconds between plain lines off a terminal

    def __init__(self, costs: list[float], quiet: bool | None):
        from tqdm import tqdm

        terminal = sys.stderr.isatty()
        self.plain = quiet is None and not terminal and bool(costs)
        if quiet is None:
            quiet = not terminal
        self.n, self.total = 0, len(costs)
        self.done_cost, self.all_cost = 0.0, sum(costs) or 1.0
        self.t0 = self.last = time.perf_counter()
        self.bar = tqdm(total=self.all_cost, desc=self._count(), file=sys.stderr, disable=quiet or not costs,
                        leave=False, smoothing=0, bar_format=self.FORMAT)

    def _count(self) -> str:
        return f"gambar/images {self.n}/{self.total} foto/photos"

    def advance(self, cost: float) -> None:
        self.n += 1
        self.done_cost += cost
        self.bar.set_description_str(self._count(), refresh=False)
        self.bar.update(cost)
        self._plain()

    def tick(self) -> None:
        self.bar.refresh()  # elapsed keeps counting while a long photo encodes
        self._plain()

    def _plain(self) -> None:
        now = time.perf_counter()
        if not self.plain or now - self.last < self.PLAIN_EVERY or self.n >= self.total:
            return
        self.last = now
        elapsed = now - self.t0
        frac = min(1.0, self.done_cost / self.all_cost)
        left = f"{_clock(elapsed * (1 - frac) / frac)}" if frac > 0 else "?"
        print(f"{self._count()}: {frac * 100:3.0f}% [{_clock(elapsed)}, sisa/left {left}]", file=sys.stderr, flush=True)

    def close(self) -> None:
        self.bar.close()


def _clock(seconds: float) -> str:
    m, s = divmod(int(round(seconds)), 60)
    return f"{m:02d}:{s:02d}"


def process_all(sources: list[Path], cache: Path, *, workers: int | None = None,
                quiet: bool | None = None) -> tuple[list[ImageSet | None], Summary]:
    """ImageSets for `sources` (None where an image could not be processed), and a Summary.

    workers=None: all cores (in this process if only one image is missing);
    workers=1: everything in this process; workers>=2: a process pool even for one image.
    """
    t0 = time.perf_counter()
    cache.mkdir(parents=True, exist_ok=True)
    index = store.SourceIndex(cache)
    summary = Summary()
    results: list[ImageSet | None] = [None] * len(sources)
    todo: dict[str, list[int]] = {}  # key -> indexes into sources
    for i, src in enumerate(sources):
        try:
            key = store.key_for(index.sha256(src))
        except OSError as e:
            summary.skipped += 1
            summary.problems.append((src, errors.corrupt(src.name, e.strerror or str(e))))
            continue
        s = store.load_verified(cache, key)
        if s is not None:
            results[i] = s
            summary.cached += 1
        else:
            todo.setdefault(key, []).append(i)
    index.save()
    costs = {key: _cost(sources[idx[0]]) for key, idx in todo.items()}
    bar = _Progress(list(costs.values()), quiet)

    def finish(key: str, res) -> None:
        js, finding, decoded, rss, cpu = res
        summary.decoded += decoded
        summary.cpu_seconds += cpu
        summary.peak_rss_mb = max(summary.peak_rss_mb, rss)
        idx = todo[key]
        if js is None:
            summary.skipped += len(idx)
            summary.problems.extend((sources[i], Finding(*finding)) for i in idx)
        else:
            s = ImageSet.from_dict(json.loads(js))
            for i in idx:
                results[i] = s
            summary.done += 1
            summary.cached += len(idx) - 1  # identical files share one set
        bar.advance(costs[key])

    cpus = os.cpu_count() or 1
    n = workers or cpus
    if todo and (n == 1 or (workers is None and len(todo) == 1)):
        for key, idx in todo.items():
            finish(key, _work(str(sources[idx[0]]), key, str(cache), 1))
    elif todo:
        ctx = multiprocessing.get_context("spawn")  # children of this process: see _die_with_parent
        with ProcessPoolExecutor(max_workers=min(n, len(todo)), mp_context=ctx,
                                 initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
            futs = {pool.submit(_work, str(sources[idx[0]]), key, str(cache), 1): key for key, idx in todo.items()}
            while futs:
                ready, _ = wait(futs, timeout=1.0, return_when=FIRST_COMPLETED)
                for fut in ready:
                    finish(futs.pop(fut), fut.result())
                bar.tick()
    bar.close()
    seen = set()
    for s in results:
        if s is not None and s.key not in seen:
            seen.add(s.key)
            summary.bytes += s.bytes
    summary.seconds = time.perf_counter() - t0
    return results, summary
