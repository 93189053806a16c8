"""Resize once down a ladder and encode each rung: AVIF (main) and JPEG (fallback).

Why it is fast: the largest rung is made from the (shrink-on-load) decoded pixels, each
smaller rung from the previous one (a cascade, `reducing_gap=3`), colour conversion
runs on the largest rung only, and AVIF uses the speed/quality measured per width band
(recipe.py; side by side with sharp in scripts/bench/vs_sharp.py).
Every save starts from an image whose `info` is empty, so no metadata is written.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from PIL import Image, ImageFilter

from . import recipe
from .decode import to_srgb

LANCZOS = Image.Resampling.LANCZOS


@dataclass
class Encoded:
    fmt: str  # "avif", "jpeg" or "tile" (a 4:3 AVIF crop for grid cards)
    width: int
    height: int
    data: bytes


def _resize(im: Image.Image, size: tuple[int, int]) -> Image.Image:
    if im.size == size:
        return im
    out = im.resize(size, LANCZOS, reducing_gap=recipe.REDUCING_GAP)
    out.info.clear()
    return out


def save_bytes(im: Image.Image, fmt: str, **opts) -> bytes:
    im.info.clear()  # belt and braces: Pillow copies info (comment, icc_profile...) into saves
    buf = io.BytesIO()
    im.save(buf, fmt, **opts)
    return buf.getvalue()


def fit_quality(im: Image.Image, opts: dict, threads: int = 1) -> int:
    """Quality for the one slow encode of a main image: the highest probed quality whose fast probe
    predicts a size under PROBE_AIM x MAIN_BUDGET (recipe.py: measured ratio and slope)."""
    def predict(q: int) -> float:
        probe = save_bytes(im, "AVIF", max_threads=threads, **{**opts, "quality": q, "speed": recipe.PROBE_SPEED})
        return len(probe) * recipe.PROBE_RATIO

    aim, low = recipe.PROBE_AIM * recipe.MAIN_BUDGET, recipe.PROBE_LOW * recipe.MAIN_BUDGET
    q = opts["quality"]
    seen = {q: predict(q)}
    if seen[q] <= aim:
        return q  # under the budget at the band's quality: nothing to fit
    slope = recipe.PROBE_SLOPE
    while len(seen) < recipe.PROBE_MAX:
        nq = recipe.probe_quality(q, seen[q], slope)
        if nq in seen:
            break
        seen[nq] = predict(nq)
        slope = recipe.probe_slope(q, seen[q], nq, seen[nq])
        q = nq
        if low <= seen[q] <= aim:
            break
    under = [x for x, size in seen.items() if size <= aim]
    if under:
        return max(under)
    lowest = min(seen)  # every probe over: step down from the lowest by the measured slope
    return recipe.probe_quality(lowest, seen[lowest], slope)


def avif_bytes(im: Image.Image, threads: int = 1) -> bytes:
    opts = recipe.avif_settings(im.width)
    q = opts["quality"]
    main = im.width in recipe.MAIN_WIDTHS
    if main and opts["speed"] < recipe.PROBE_SPEED:  # the slow encode is paid once: fast probes first
        q = fit_quality(im, opts, threads)
    data = save_bytes(im, "AVIF", max_threads=threads, **{**opts, "quality": q})
    if main and len(data) > recipe.MAIN_BUDGET:  # keep the main image light:
        q = recipe.budget_quality(q, len(data))  # one re-encode at the quality its size predicts...
        while True:
            data = save_bytes(im, "AVIF", max_threads=threads, **{**opts, "quality": q})
            if len(data) <= recipe.MAIN_BUDGET or q <= recipe.MIN_QUALITY:
                break
            q = max(recipe.MIN_QUALITY, q - recipe.BUDGET_STEP)  # ...and smaller steps in the rare miss
    return data


def jpeg_bytes(im: Image.Image) -> bytes:
    return save_bytes(im, "JPEG", **recipe.JPEG)


def average_colour(im: Image.Image) -> str:
    r, g, b = im.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))[:3]
    return f"#{r:02x}{g:02x}{b:02x}"


def preview_uri(im: Image.Image) -> str:
    """A ~150-character blurred WebP data URI, shown behind a main image while it loads."""
    w = recipe.PREVIEW["width"]
    tiny = im.resize((w, max(1, round(im.height * w / im.width))), Image.Resampling.BOX)
    tiny = tiny.filter(ImageFilter.GaussianBlur(recipe.PREVIEW["blur"]))
    data = save_bytes(tiny, "WEBP", quality=recipe.PREVIEW["quality"], method=6)
    return "data:image/webp;base64," + base64.b64encode(data).decode("ascii")


def derivatives(pixels: Image.Image, icc: bytes | None, full: tuple[int, int], threads: int = 1):
    """-> (list of Encoded, average colour, preview data URI) for decoded upright `pixels`."""
    sizes = recipe.ladder(*full)
    want = sorted({s for fmt in ("avif", "jpeg") for s in sizes[fmt]}, reverse=True)
    top = to_srgb(_resize(pixels, want[0]), icc)
    out: list[Encoded] = []
    prev = top
    for size in want:
        im = _resize(prev, size)
        if size in sizes["avif"]:
            out.append(Encoded("avif", *size, avif_bytes(im, threads)))
        if size in sizes["jpeg"]:
            out.append(Encoded("jpeg", *size, jpeg_bytes(im)))
        prev = im
    if sizes["tile"]:  # 4:3 centre crops for grid cards, cascaded from the crop of the top rung
        ax, ay = recipe.TILE_ASPECT
        cw = min(top.width, top.height * ax // ay)
        ch = cw * ay // ax
        left, upper = (top.width - cw) // 2, (top.height - ch) // 2
        prev_t = top.crop((left, upper, left + cw, upper + ch))
        for size in sizes["tile"]:
            prev_t = _resize(prev_t, size)
            out.append(Encoded("tile", *size, avif_bytes(prev_t, threads)))
    return out, average_colour(prev), preview_uri(prev)
