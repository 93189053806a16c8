"""Drawing on a format: pictures (cover crops, the kawung pattern), text placed line by
line, badges, and the baseline JPEG encoder every drawn picture goes through.

`Canvas` remembers every text box it placed (role, text, pixel box), so tests check the
format's safe box and the presence of the badge and the rights line from the code's own
numbers rather than from pixels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from .fonts import fit_text
from .formats import Format

CREAM, BROWN, DARK, MUTED, INDIGO, SOGA = "#fbf6ec", "#6b3a1f", "#3b200f", "#5c5248", "#1f4e79", "#c9a66b"


@dataclass(frozen=True)
class Placed:
    role: str  # "name", "meaning", "badge", "rights", "address", …
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels


@dataclass
class Canvas:
    fmt: Format
    im: Image.Image
    placed: list[Placed] = field(default_factory=list)

    @classmethod
    def new(cls, fmt: Format, background: str = CREAM) -> "Canvas":
        return cls(fmt, Image.new("RGB", fmt.size, background))

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.im)

    def text(self, role: str, text: str, x: int, y: int, width: int, sizes: range, max_lines: int = 1,
             bold: bool = True, fill: str = DARK, leading: float = 1.22, url: bool = False,
             bottom: int | None = None) -> int:
        """Draw `text` wrapped into `width` from (x, y); return the y below it. With `bottom`,
        as many lines as fit above it (and at least one)."""
        if bottom is not None:  # the largest size whose wrap fits in the height left
            def room(size):
                return max(1, min(max_lines, int((bottom - y - size) / (size * leading)) + 1))
            for size in sizes:
                f, lines, ok = fit_text(text, width, room(size), range(size, size - 1, -1), bold, url)
                if ok:
                    break
            else:
                f, lines, _ = fit_text(text, width, room(sizes[-1]), sizes, bold, url)
        else:
            f, lines, _ = fit_text(text, width, max_lines, sizes, bold, url)
        d, lh, y0 = self.draw, int(f.size * leading), y
        right = x
        for ln in lines:
            d.text((x, y), ln, font=f, fill=fill)
            right = max(right, x + int(f.getlength(ln) + 0.999))
            y += lh
        self.placed.append(Placed(role, " ".join(lines), (x, y0, right, y0 + lh * (len(lines) - 1) + _line_h(f))))
        return y

    def badge(self, role: str, text: str, x: int, y: int, size: int, fill: str = DARK, ink: str = CREAM,
              pad: int = 14, width: int | None = None) -> int:
        """A label on a filled rounded box (the "illustration, not a product photo" badge)."""
        f, lines, _ = fit_text(text, (width or self.fmt.width) - 2 * pad, 2, range(size, size - 9, -1), True)
        lh = int(f.size * 1.2)
        w = max(int(f.getlength(ln) + 0.999) for ln in lines) + 2 * pad
        h = lh * (len(lines) - 1) + _line_h(f) + 2 * pad
        d = self.draw
        d.rounded_rectangle((x, y, x + w, y + h), radius=pad, fill=fill)
        for i, ln in enumerate(lines):
            d.text((x + pad, y + pad + i * lh), ln, font=f, fill=ink)
        self.placed.append(Placed(role, " ".join(lines), (x, y, x + w, y + h)))
        return y + h

    def roles(self) -> dict[str, str]:
        return {p.role: p.text for p in self.placed}


def _line_h(f) -> int:
    """Height of a line of `f` from its top to the bottom of descenders."""
    return f.getbbox("Ágjy")[3]


def pattern(size: tuple[int, int], cell: int = 90) -> Image.Image:
    """The archive's own pattern: kawung, four oval petals around a dot, on a diagonal grid."""
    return _pattern(size, cell).copy()


@lru_cache(maxsize=8)
def _pattern(size: tuple[int, int], cell: int) -> Image.Image:
    ss = 2  # drawn at twice the size, then reduced: smooth petal edges
    size0, size, cell = size, (size[0] * ss, size[1] * ss), cell * ss
    # big enough to hold the rectangle, and to cover it once turned 45° (|x|+|y| <= side/√2)
    side = int(max(size[0], size[1], (size[0] + size[1]) * 0.7072)) + 2 * cell
    im = Image.new("RGB", (side, side), "#efe2cc")
    d = ImageDraw.Draw(im)
    r = cell / 2
    for gy in range(side // cell + 2):
        for gx in range(side // cell + 2):
            cx, cy = gx * cell, gy * cell
            colour = BROWN if (gx + gy) % 2 == 0 else INDIGO
            for dx, dy in ((0, -1), (1, 0), (0, 1), (-1, 0)):
                px, py = cx + dx * r * 0.52, cy + dy * r * 0.52
                ex, ey = (r * 0.46, r * 0.3) if dx else (r * 0.3, r * 0.46)
                d.ellipse((px - ex, py - ey, px + ex, py + ey), fill=colour)
            d.ellipse((cx - r * 0.1, cy - r * 0.1, cx + r * 0.1, cy + r * 0.1), fill=SOGA)
    im = im.rotate(45, resample=Image.Resampling.BICUBIC)
    left, top = (side - size[0]) // 2, (side - size[1]) // 2
    return im.crop((left, top, left + size[0], top + size[1])).resize(size0, Image.Resampling.LANCZOS)


def cover(path: Path, size: tuple[int, int]) -> Image.Image:
    """The picture cropped to fill `size`, from the contributor's original file (sharper than
    a derivative), upright, in RGB (sRGB assumed) and without any of its metadata."""
    with Image.open(path) as im:
        im.draft("RGB", (size[0] * 2, size[1] * 2))  # JPEG: decode big photos at a reduced scale
        im = ImageOps.exif_transpose(im)
        if im.mode in ("RGBA", "LA", "P"):
            rgba = im.convert("RGBA")
            im = Image.new("RGB", rgba.size, (255, 255, 255))
            im.paste(rgba, mask=rgba.getchannel("A"))
        return ImageOps.fit(im.convert("RGB"), size, Image.Resampling.LANCZOS, centering=(0.5, 0.5))


def picture(source: Path | None, size: tuple[int, int]) -> Image.Image:
    """The motif's picture, or the archive pattern when it has none."""
    return cover(source, size) if source else pattern(size)


def encode(im: Image.Image, max_bytes: int, quality: int = 86) -> bytes:
    """Baseline JPEG at most `max_bytes` (from `quality`, stepping down if a busy picture needs
    it); no EXIF, ICC or comment is written, so the file is plain sRGB by default."""
    for q in (quality, *(q for q in (80, 74, 68, 60, 52, 44) if q < quality)):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q, optimize=True, progressive=False, subsampling="4:2:0")
        if buf.tell() <= max_bytes:
            return buf.getvalue()
    return buf.getvalue()
