"""Synthetic phone photos of batik cloth, for the image benchmark and tests.

Real contributions are 12-50 MP phone JPEGs with EXIF orientation and the GPS position
of the maker's home. We cannot ship such photos, so we draw cloth-like ones: a batik
repeat (parang diagonals, kawung rings, cecek dots, wax cracks) on a woven base, tiled,
slightly rotated, unevenly lit and with sensor grain, then saved the way a phone does
(sideways pixels + Orientation 6, GPS, q92). They are busier than most real photos, so
byte counts measured on them are on the pessimistic side. Deterministic per seed.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

PALETTES = [
    ((118, 66, 30), (236, 219, 180), (40, 32, 60)),  # soga brown, cream, indigo
    ((32, 44, 96), (226, 212, 170), (150, 40, 30)),  # indigo, cream, red
    ((60, 98, 52), (240, 200, 70), (120, 30, 40)),  # green, yellow, maroon (agro motifs)
    ((160, 40, 34), (245, 230, 200), (30, 30, 30)),  # red, cream, black
]
GPS_HOME = {1: "S", 2: (7.0, 9.0, 1.5), 3: "E", 4: (111.0, 52.0, 51.2), 5: 0, 6: 21.0}


def _tile(rnd: random.Random, t: int, pal) -> Image.Image:
    base, light, dark = pal
    im = Image.new("RGB", (t, t), base)
    d = ImageDraw.Draw(im)
    band = t // 4
    for off in (-t, 0, t):  # parang: diagonal bands, drawn wrapped so the tile repeats
        for k in range(0, t, band):
            x = k + off
            d.polygon([(x, 0), (x + band // 2, 0), (x + band // 2 + t, t), (x + t, t)], fill=light)
            d.line([(x, 0), (x + t, t)], fill=dark, width=max(2, t // 80))
    c = t // 2
    r = t // 5
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):  # kawung: four ovals around a centre
        cx, cy = c + dx * r, c + dy * r
        rx, ry = (r, r // 2) if dx else (r // 2, r)
        d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=dark, outline=light, width=max(2, t // 100))
    for _ in range(t // 2):  # cecek: wax dots
        x, y, s = rnd.randrange(t), rnd.randrange(t), rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x - s, y - s, x + s, y + s), fill=light if rnd.random() < 0.7 else dark)
    for _ in range(6):  # wax cracks
        x, y = rnd.randrange(t), rnd.randrange(t)
        pts = [(x, y)]
        for _ in range(8):
            x += rnd.randint(-t // 12, t // 12)
            y += rnd.randint(-t // 12, t // 12)
            pts.append((x, y))
        d.line(pts, fill=dark, width=1)
    weave = Image.new("L", (4, 4), 255)  # twill weave of the cotton
    for i in range(4):
        weave.putpixel((i, i), 222)
        weave.putpixel(((i + 1) % 4, i), 236)
    weave = _tiled(weave, t, t)
    return ImageChops.multiply(im.filter(ImageFilter.GaussianBlur(0.6)), Image.merge("RGB", (weave,) * 3))


def _tiled(tile: Image.Image, w: int, h: int) -> Image.Image:
    out = Image.new(tile.mode, (w, h))
    tw, th = tile.size
    for y in range(0, h, th):
        for x in range(0, w, tw):
            out.paste(tile, (x, y))
    return out


def cloth(size: tuple[int, int], seed: int) -> Image.Image:
    """An upright RGB photo of batik cloth of `size`."""
    rnd = random.Random(seed)
    w, h = size
    t = rnd.choice((256, 320, 384, 448, 512)) * max(w, h) // 4032
    t -= t % 4
    tile = _tile(rnd, t, PALETTES[seed % len(PALETTES)])
    big = _tiled(tile, w + 2 * t, h + 2 * t)
    big = big.rotate(rnd.uniform(-6, 6), Image.Resampling.BILINEAR, center=(w / 2 + t, h / 2 + t))
    im = big.crop((t, t, t + w, t + h))
    light = Image.radial_gradient("L").resize((w, h), Image.Resampling.BILINEAR)
    light = light.point(lambda v: 255 - v * 70 // 255)  # darker towards the corners
    im = ImageChops.multiply(im, Image.merge("RGB", (light,) * 3))
    noise = Image.effect_noise((w, h), 5).convert("L")
    return ImageChops.add(im, Image.merge("RGB", (noise,) * 3), 1.0, -128)


def phone_exif(orientation: int = 6, gps: bool = True) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Samsung"
    exif[0x0110] = "Galaxy A54 5G"
    exif[0x0112] = orientation
    exif[0x0132] = "2026:11:20 10:15:00"
    if gps:
        exif[0x8825] = GPS_HOME
    return exif


def store_as(upright: Image.Image, orientation: int) -> Image.Image:
    """Pixels as a camera would store them for `orientation` (the inverse of exif_transpose)."""
    inverse = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
               4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
               6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}
    return upright.transpose(inverse[orientation]) if orientation in inverse else upright


def phone_photo(path: Path, seed: int, megapixels: int = 12, *, kind: str = "phone") -> Path:
    """Write one synthetic photo. kind: phone (portrait, Orientation 6, GPS), cmyk, png-alpha."""
    long_edge = {12: 4032, 48: 8064}.get(megapixels, int((megapixels * 1e6 * 4 / 3) ** 0.5))
    short = long_edge * 3 // 4
    if kind == "phone":
        im = cloth((short, long_edge), seed)  # held upright: a portrait photo
        store_as(im, 6).save(path, "JPEG", quality=92, exif=phone_exif(6))
    elif kind == "cmyk":
        cloth((long_edge, short), seed).convert("CMYK").save(path, "JPEG", quality=92)
    elif kind == "png-alpha":
        im = cloth((long_edge, short), seed).convert("RGBA")
        mask = Image.new("L", im.size, 0)
        ImageDraw.Draw(mask).ellipse((long_edge // 20, short // 20, long_edge * 19 // 20, short * 19 // 20), fill=255)
        im.putalpha(mask)
        im.save(path, "PNG", compress_level=1)
    else:
        raise ValueError(kind)
    return path
