"""The shipped DejaVu fonts (no system fonts, no network) and text fitting in pixels.

BASIC layout: the same bytes whether or not libraqm is installed. The fonts' hash is
part of every drawn picture's cache key, so new fonts redraw everything.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"


@lru_cache(maxsize=None)
def font_hash() -> str:
    h = hashlib.sha256()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        h.update((FONT_DIR / name).read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=128)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size, layout_engine=ImageFont.Layout.BASIC)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, url: bool = False) -> list[str]:
    """Greedy line breaking at spaces (or, for a URL, after each "/")."""
    words = re.split(r"(?<=/)", text) if url else text.split()
    glue = "" if url else " "
    lines, cur = [], ""
    for word in words:
        trial = f"{cur}{glue}{word}" if cur else word
        if f.getlength(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def fit_text(text: str, width: int, max_lines: int, sizes: range, bold: bool = True, url: bool = False):
    """(font, lines, fitted): the largest size in `sizes` (descending) at which `text` wraps
    into `max_lines` lines of `width`; if none does, the smallest size, cut with "…"."""
    for size in sizes:
        f = font(size, bold)
        lines = wrap(text, f, width, url)
        if len(lines) <= max_lines and all(f.getlength(ln) <= width for ln in lines):
            return f, lines, True
    f = font(sizes[-1], bold)
    lines = wrap(text, f, width, url)[:max_lines]
    last = lines[-1]
    while last and f.getlength(last + "…") > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + "…"
    return f, lines, False
