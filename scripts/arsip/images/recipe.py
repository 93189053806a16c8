"""The recipe: every setting that decides the bytes of a published image, in one place.

The recipe (with PIPELINE_VERSION) is part of each cache key, so changing any number
here gives new file names and a clean rebuild of exactly the images it affects. Library
versions are deliberately NOT in the key (a Pillow upgrade must not force a cold
rebuild); bump PIPELINE_VERSION on purpose when an encoder change matters.

How the numbers were chosen (measurements in README "Images: settings"):
- widths: grid tiles 320/480/640, detail 960/1280, zoom 1920; long edge capped at 1920.
- AVIF 4:4:4 everywhere (saturated soga/indigo edges suffer under 4:2:0); quality and
  encoder speed per width band, measured with scripts/tools/image_quality_sweep.py and
  side by side with sharp by scripts/bench/vs_sharp.py.
- per rung, one table (AVIF_BANDS: quality, speed, libaom tuning): cards libaom tuned for
  SSIMULACRA2 with a stronger variance boost at speed 8; the main image (960/1280) and the zoom
  rung, the pictures people study, tune=iq without rectangular partitions at speeds 6 and 5
  (sharp's effort): every derivative is content-addressed and cached, so a photo is encoded
  once in its life, and the CPU goes where people look at the cloth's fine lines.
- the main image is fitted under MAIN_BUDGET by fast probes that predict its size, not a fixed step.
- JPEG fallback only at 640 and 1280 (crawlers, social cards, very old browsers).
"""

from __future__ import annotations

import functools
import json
import math

PIPELINE_VERSION = "7"

LONG_EDGE = 1920  # no published file is larger than this on its long edge
AVIF_WIDTHS = (320, 480, 640, 960, 1280, 1920)
JPEG_WIDTHS = (640, 1280)
TILE_WIDTHS = (320, 480, 640)  # grid cards show a 4:3 crop (CSS object-fit: cover) ...
TILE_ASPECT = (4, 3)  # ... so other shapes get 4:3 centre-cropped tiles (no bytes for hidden pixels),
# and no full-shape rungs below 960 (only cards would use them; the main image needs >= 640 CSS px x DPR).
MIN_STEP = 1.2  # a smaller rung is kept only if the top width is >= 1.2x it (no near-duplicates)

# AVIF settings per rung, in one table: (largest width of the band, settings). "tuning" names a
# list in AVIF_TUNINGS (libaom options); qualities are on the scale of that tuning.
AVIF_BANDS = (
    (320, {"quality": 45, "speed": 8, "tuning": "card"}),  # smallest card: sharp's bytes, its SSIMULACRA2
    (640, {"quality": 46, "speed": 8, "tuning": "card"}),  # cards 480/640: <= sharp's bytes
    (1280, {"quality": 50, "speed": 6, "tuning": "detail"}),  # the page's main image, fitted under MAIN_BUDGET: paid once
    (10**6, {"quality": 50, "speed": 5, "tuning": "detail"}),  # zoom rung: sharp's encoder effort (its effort 4), paid once
)
AVIF_COMMON = {"subsampling": "4:4:4"}
# libaom options passed through libavif (Pillow's `advanced=` pairs), per tuning name, tried in
# order: the first set the installed encoder accepts is used (and goes into the cache key).
# - card: tune=ssimulacra2 with a stronger variance boost, more quality per byte at speed 8;
#   needs libaom >= 3.13 (Pillow 13 wheels: 3.14).
# - detail: tune=iq (libaom's image-quality tune, what sharp's libheif uses by default) with
#   rectangular partitions off: about half the encode time at speeds 5-6 for a few tenths of
#   SSIMULACRA2 (measured, README "Images").
# Older encoders fall back to libavif's defaults.
AVIF_TUNINGS = {
    "card": ((("tune", "ssimulacra2"), ("deltaq-strength", "200")), ()),
    "detail": ((("tune", "iq"), ("enable-rect-partitions", "0")), ()),
}
# The main image of a page (960/1280 w) must stay under 150 KB (LCP on a slow phone): a photo
# that is over it is encoded once more at a quality predicted from its size (BUDGET_SLOPE
# quality steps per e-fold of bytes, aiming at BUDGET_AIM x the budget), then BUDGET_STEP lower
# while still over.
MAIN_WIDTHS = (960, 1280)
MAIN_BUDGET = 150_000
# The main image's encode is slow (speed 6), so its quality is found on fast probe encodes at PROBE_SPEED
# with the same tuning, and the slow encode runs once, at the quality found. Measured (tune=iq without rect
# partitions, q40 and q50, 960/1280 w, on the test cloth, a corpus phone photo and the isen texture): slow
# bytes / probe bytes = 0.94-1.03, median 1.00 -> PROBE_RATIO; bytes fall by one e-fold per 26-28 quality
# steps on the corpus and 20 on isen -> PROBE_SLOPE, the first guess; later probes use the slope measured
# between the last two (secant). Up to PROBE_MAX probes, aiming between PROBE_LOW and PROBE_AIM x the
# budget (PROBE_AIM leaves room for the 3 % the slow encode can be larger than the probe). Each probe costs
# 0.3-0.4x a speed-6 encode (0.3-0.65 s vs 0.9-1.5 s per 960-1280 w rung).
PROBE_SPEED = 8
PROBE_RATIO = 1.0
PROBE_SLOPE = 26
PROBE_AIM = 0.96
PROBE_LOW = 0.88
PROBE_MAX = 3
BUDGET_AIM = 0.95
BUDGET_SLOPE = 21  # measured: 24-27 on the corpus, 16-22 on the finest textures: the first refit lands under
BUDGET_STEP = 3
MIN_QUALITY = 10
# CPU seconds per megapixel of one AVIF encode at each libavif speed (one thread, 4:4:4, measured on the
# 2-core machine with scripts/tools/image_quality_sweep.py): only for the progress bar's time left.
SPEED_SECONDS_PER_MP = {4: 8.0, 5: 2.2, 6: 0.9, 7: 0.47, 8: 0.3, 9: 0.09, 10: 0.08}  # 5-6: rect partitions off
JPEG = {"quality": 75, "progressive": True, "optimize": True, "subsampling": "4:4:4"}
PREVIEW = {"width": 24, "quality": 40, "blur": 1.0}  # tiny WebP data URI for main images
MATTE = (0xFB, 0xF6, 0xEC)  # transparent parts are flattened onto the page's cream

# Decoding
DRAFT_MARGIN = 2.0  # JPEG shrink-on-load keeps >= 2x the largest output (quality: see research note)
REDUCING_GAP = 3.0  # box-reduce first, then Lanczos: indistinguishable from a full Lanczos at >= 3
MAX_PIXELS = 100_000_000  # refuse larger images before decoding (decompression bombs): the one pixel limit
MAX_SIDE = 20_000  # nor a longer side (a 30000x100 strip is no photo of cloth)
MAX_BYTES = 50 * 1024 * 1024  # a phone JPEG is 2-8 MB, a 12 MP PNG photo 20-35 MB (normalise makes it a JPEG)
MIN_LONG_EDGE = 800  # smaller images cannot show the cloth's detail
FORMATS = ("JPEG", "MPO", "PNG", "WEBP")  # what contributors may upload (MPO = multi-picture JPEG)

# Originals (arsip normalise)
ORIGINAL_LONG_EDGE = 3000
ORIGINAL_JPEG = {"quality": 90, "subsampling": "4:4:4", "optimize": True}


@functools.cache
def avif_tuning(name: str = "card") -> tuple[tuple[str, str], ...]:
    """The first of AVIF_TUNINGS[name] that the installed AVIF encoder accepts (probed once per process)."""
    import io

    from PIL import Image

    probe = Image.new("RGB", (16, 16), MATTE)
    for tuning in AVIF_TUNINGS[name]:
        try:
            probe.save(io.BytesIO(), "AVIF", quality=50, speed=9, max_threads=1, **({"advanced": tuning} if tuning else {}))
            return tuning
        except ValueError:  # libavif: "Invalid codec-specific option"
            continue
    return ()


def avif_band(width: int) -> dict:
    """Quality, speed and tuning name of the band `width` falls in."""
    return next(s for top, s in AVIF_BANDS if width <= top)


def avif_settings(width: int) -> dict:
    """The keyword arguments of Pillow's AVIF save for a rung `width` wide (one table: AVIF_BANDS)."""
    band = dict(avif_band(width))
    tuning = avif_tuning(band.pop("tuning"))
    return {**AVIF_COMMON, **band, **({"advanced": tuning} if tuning else {})}


def budget_quality(quality: int, size: int) -> int:
    """Quality for the re-encode of a main image of `size` bytes at `quality` (over MAIN_BUDGET)."""
    steps = math.ceil(BUDGET_SLOPE * math.log(size / (BUDGET_AIM * MAIN_BUDGET)))
    return max(MIN_QUALITY, quality - max(BUDGET_STEP, steps))


def probe_quality(quality: int, predicted: float, slope: float = PROBE_SLOPE) -> int:
    """Next quality to probe for a main image whose probe at `quality` predicts `predicted` bytes:
    the one that aims at the middle of PROBE_LOW..PROBE_AIM x MAIN_BUDGET, `slope` steps per e-fold."""
    target = (PROBE_LOW + PROBE_AIM) / 2 * MAIN_BUDGET
    steps = slope * math.log(predicted / target)
    steps = math.ceil(steps) if steps > 0 else math.floor(steps) if steps < -1 else 0
    return max(MIN_QUALITY, min(avif_band(max(MAIN_WIDTHS))["quality"], quality - steps))


def probe_slope(q0: int, size0: float, q1: int, size1: float) -> float:
    """Quality steps per e-fold of bytes measured between two probes, kept within a sane range."""
    if q0 == q1 or size0 <= 0 or size1 <= 0 or size0 == size1:
        return PROBE_SLOPE
    return min(60.0, max(10.0, (q0 - q1) / math.log(size0 / size1)))


def top_size(w: int, h: int) -> tuple[int, int]:
    """Size of the largest derivative of a (w, h) image: long edge capped, never upscaled."""
    s = min(1.0, LONG_EDGE / max(w, h))
    return max(1, round(w * s)), max(1, round(h * s))


def _rungs(wanted: tuple[int, ...], top_w: int) -> list[int]:
    return [x for x in wanted if x * MIN_STEP <= top_w] + [top_w]


def ladder(w: int, h: int) -> dict[str, list[tuple[int, int]]]:
    """Derivative sizes per format for an (oriented) source of w x h, largest first."""
    tw, th = top_size(w, h)

    def size(x: int) -> tuple[int, int]:
        return x, max(1, round(th * x / tw))

    avif = _rungs(AVIF_WIDTHS, tw)
    jpeg = [x for x in JPEG_WIDTHS if x <= tw] or [tw]
    tiles: list[int] = []
    ax, ay = TILE_ASPECT
    if abs(tw * ay - th * ax) > 0.02 * th * ax:  # not 4:3: grid cards get 4:3 crops instead...
        cw = min(tw, th * ax // ay)
        tiles = [x for x in _rungs(TILE_WIDTHS, cw) if x <= max(TILE_WIDTHS)]
        # ...and the full-shape rungs that only cards would use are not made at all
        avif = [x for x in avif if x > max(TILE_WIDTHS) or x == tw]
    return {"avif": [size(x) for x in sorted(avif, reverse=True)],
            "jpeg": [size(x) for x in sorted(jpeg, reverse=True)],
            "tile": [(x, x * ay // ax) for x in sorted(tiles, reverse=True)]}


def encode_cost(w: int, h: int) -> float:
    """Expected CPU seconds to encode a (oriented) w x h photo: its AVIF rungs at their speeds.

    Only for the progress bar's time left (batch.py): not in the cache key, never decides bytes.
    """
    sizes = ladder(w, h)
    rungs = sizes["avif"] + sizes["tile"]
    return sum(rw * rh / 1e6 * SPEED_SECONDS_PER_MP.get(avif_band(rw)["speed"], 1.0) for rw, rh in rungs)


def draft_box(stored: tuple[int, int]) -> tuple[int, int] | None:
    """Box for JPEG draft() in the file's stored orientation: >= DRAFT_MARGIN x the top output."""
    w, h = stored
    s = DRAFT_MARGIN * LONG_EDGE / max(w, h)
    if s >= 1:
        return None
    return math.ceil(w * s), math.ceil(h * s)


def recipe() -> dict:
    """Everything that changes output bytes (goes into the cache key)."""
    return {
        "v": PIPELINE_VERSION, "long_edge": LONG_EDGE, "avif_widths": AVIF_WIDTHS, "jpeg_widths": JPEG_WIDTHS,
        "min_step": MIN_STEP, "tile_widths": TILE_WIDTHS, "tile_aspect": TILE_ASPECT, "avif": [[t, {**AVIF_COMMON, **s}] for t, s in AVIF_BANDS], "avif_tuning": {name: avif_tuning(name) for name in sorted(AVIF_TUNINGS)}, "jpeg": JPEG,
        "preview": PREVIEW, "main_budget": [MAIN_WIDTHS, MAIN_BUDGET, BUDGET_AIM, BUDGET_SLOPE, BUDGET_STEP, MIN_QUALITY, PROBE_SPEED, PROBE_RATIO, PROBE_SLOPE, PROBE_AIM, PROBE_LOW, PROBE_MAX], "matte": MATTE, "draft_margin": DRAFT_MARGIN, "reducing_gap": REDUCING_GAP,
        "resample": "lanczos", "colour": "icc->sRGB perceptual",
    }


def recipe_json() -> bytes:
    return json.dumps(recipe(), sort_keys=True, separators=(",", ":")).encode()
