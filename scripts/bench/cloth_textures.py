"""Three phone photos of batik cloth with fine hand-drawn detail, drawn here (no photo licences).

The archive's synthetic corpus (corpus.py) is busy but coarse: big parang bands and a few
random specks. What a heritage archive must keep is the fine work: isen-isen fillings,
cecek (wax dots a few pixels wide), sawut (dense parallel canting lines) and ukel (small
curls). Each texture below is built from those elements, then "photographed": the dye
bleeds a little, the cotton's twill shows, the light falls off, a fold shades the cloth,
the lens softens, the sensor adds grain, and the phone saves a JPEG (q90, 4:2:0).

- isen: soga brown and cream; leaves and flowers filled with light cecek on brown, the
  ground filled with small scales (gringsing-like) each with a centre dot; portrait.
- sawut: indigo with cream canting lines; leaves filled with parallel sawut lines, double
  outlines, ukel spirals, sparse cecek; portrait.
- ukel: red ground packed with black ukel curls, cream ovals ringed with dot rows, a deep
  fold across the cloth and dimmer indoor light; landscape.

Portrait photos are stored sideways with EXIF Orientation 6, as phones store them.
Deterministic: the same seed gives the same bytes (only Python's `random` and Pillow).
The shapes are geometric stand-ins built from these elements, not copies of any real
motif. Usage: python scripts/bench/cloth_textures.py OUTDIR [--mp 12]   (--small: a quick
draw at 1 MP that prints the time each takes; CI runs it).
"""

from __future__ import annotations

import math
import random
import sys
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

KINDS = ("isen", "sawut", "ukel")
SOGA, CREAM, INDIGO, DARK = (112, 62, 30), (236, 221, 184), (34, 44, 92), (38, 30, 40)
RED, BLACK = (156, 42, 34), (28, 24, 26)


def _leaf(cx: float, cy: float, length: float, width: float, angle: float, n: int = 48) -> list[tuple[float, float]]:
    """Outline of a leaf: pointed at both ends, widest a little before the middle."""
    ca, sa = math.cos(angle), math.sin(angle)
    top, bottom = [], []
    for i in range(n + 1):
        t = i / n
        x = (t - 0.5) * length
        y = 0.5 * width * math.sin(math.pi * t) ** 0.8 * (1.15 - 0.3 * t)
        top.append((x, y))
        bottom.append((x, -y))
    pts = top + bottom[::-1]
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def _spiral(cx: float, cy: float, r: float, turns: float, phase: float, n: int = 40) -> list[tuple[float, float]]:
    pts = []
    for i in range(n + 1):
        t = i / n
        a = phase + t * turns * 2 * math.pi
        rr = r * (0.15 + 0.85 * t)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def _places(rnd: random.Random, w: int, h: int, step: float) -> list[tuple[float, float]]:
    """Jittered grid of motif centres (a hand-drawn layout is regular but not exact)."""
    out = []
    for j in range(-1, int(h / (step * 0.87)) + 2):
        for i in range(-1, int(w / step) + 2):
            x = (i + 0.5 * (j % 2)) * step + rnd.uniform(-0.15, 0.15) * step
            y = j * step * 0.87 + rnd.uniform(-0.15, 0.15) * step
            out.append((x, y))
    return out


def _dots(d: ImageDraw.ImageDraw, rnd: random.Random, w: int, h: int, step: float, r: float, fill,
          jitter: float = 0.2) -> None:
    y = 0.0
    row = 0
    while y < h + step:
        x = (step / 2) * (row % 2)
        while x < w + step:
            px, py = x + rnd.uniform(-jitter, jitter) * step, y + rnd.uniform(-jitter, jitter) * step
            rr = r * rnd.uniform(0.75, 1.25)
            d.ellipse((px - rr, py - rr, px + rr, py + rr), fill=fill)
            x += step
        y += step * 0.87
        row += 1


def _isen(size: tuple[int, int], rnd: random.Random) -> Image.Image:
    w, h = size
    u = max(w, h) / 4032
    ground = Image.new("RGB", size, CREAM)
    g = ImageDraw.Draw(ground)
    r = 10 * u  # gringsing-like scales, each with a centre dot
    for j in range(int(h / r) + 2):
        for i in range(int(w / (2 * r)) + 2):
            x = (2 * i + (j % 2)) * r + rnd.uniform(-0.8, 0.8) * u
            y = j * r * 1.1 + rnd.uniform(-0.8, 0.8) * u
            g.arc((x - r, y - r, x + r, y + r), 200, 340, fill=SOGA, width=max(1, round(2 * u)))
            c = 2.2 * u
            g.ellipse((x - c, y - c, x + c, y + c), fill=SOGA)
    fill = Image.new("RGB", size, SOGA)  # inside the motifs: light cecek on brown
    _dots(ImageDraw.Draw(fill), rnd, w, h, 12 * u, 2.6 * u, CREAM)
    mask = Image.new("L", size, 0)
    m = ImageDraw.Draw(mask)
    lines = Image.new("L", size, 0)
    ln = ImageDraw.Draw(lines)
    for cx, cy in _places(rnd, w, h, 620 * u):
        for k in range(3):  # three leaves and a round flower per motif
            a = rnd.uniform(0, 2 * math.pi) if k == 0 else a + 2.1 + rnd.uniform(-0.2, 0.2)
            L = rnd.uniform(300, 430) * u
            lx, ly = cx + math.cos(a) * L * 0.55, cy + math.sin(a) * L * 0.55
            pts = _leaf(lx, ly, L, L * 0.42, a)
            m.polygon(pts, fill=255)
            ln.line(pts + [pts[0]], fill=255, width=round(6 * u), joint="curve")
            ln.line([(cx, cy), (lx + math.cos(a) * L * 0.45, ly + math.sin(a) * L * 0.45)], fill=255, width=round(4 * u))
            for v in range(1, 7):  # veins
                t = v / 7 - 0.5
                bx, by = lx + math.cos(a) * t * L, ly + math.sin(a) * t * L
                for s in (1, -1):
                    ex = bx + math.cos(a + s * 0.9) * L * 0.16
                    ey = by + math.sin(a + s * 0.9) * L * 0.16
                    ln.line([(bx, by), (ex, ey)], fill=255, width=max(1, round(2 * u)))
        fr = rnd.uniform(70, 95) * u
        m.ellipse((cx - fr, cy - fr, cx + fr, cy + fr), fill=255)
        ln.ellipse((cx - fr, cy - fr, cx + fr, cy + fr), outline=255, width=round(5 * u))
        for p in range(10):  # petals
            pa = p * math.pi / 5
            ln.arc((cx + math.cos(pa) * fr * 0.6 - fr * 0.35, cy + math.sin(pa) * fr * 0.6 - fr * 0.35,
                    cx + math.cos(pa) * fr * 0.6 + fr * 0.35, cy + math.sin(pa) * fr * 0.6 + fr * 0.35),
                   0, 360, fill=255, width=max(1, round(2 * u)))
    im = Image.composite(fill, ground, mask)
    im = Image.composite(Image.new("RGB", size, DARK), im, lines)
    _cracks(im, rnd, 40, INDIGO)
    return im


def _sawut(size: tuple[int, int], rnd: random.Random) -> Image.Image:
    w, h = size
    u = max(w, h) / 4032
    im = Image.new("RGB", size, INDIGO)
    d = ImageDraw.Draw(im)
    _dots(d, rnd, w, h, 22 * u, 2.2 * u, CREAM, jitter=0.35)  # sparse cecek on the ground
    lines = Image.new("L", size, 0)
    ln = ImageDraw.Draw(lines)
    mask = Image.new("L", size, 0)
    m = ImageDraw.Draw(mask)
    sawut = Image.new("L", size, 0)
    sw = ImageDraw.Draw(sawut)
    for cx, cy in _places(rnd, w, h, 700 * u):
        a = rnd.uniform(0, 2 * math.pi)
        for k in range(2):
            aa = a + k * math.pi + rnd.uniform(-0.3, 0.3)
            L = rnd.uniform(420, 560) * u
            W = L * 0.38
            lx, ly = cx + math.cos(aa) * L * 0.5, cy + math.sin(aa) * L * 0.5
            outer = _leaf(lx, ly, L, W, aa)
            m.polygon(outer, fill=255)
            ln.line(outer + [outer[0]], fill=255, width=round(4.5 * u), joint="curve")
            inner = _leaf(lx, ly, L * 0.9, W * 0.78, aa)
            ln.line(inner + [inner[0]], fill=255, width=max(1, round(2 * u)), joint="curve")
            ca, sa = math.cos(aa), math.sin(aa)
            step = 9 * u  # sawut: parallel canting lines across the leaf, slightly curved
            t = -L / 2
            while t < L / 2:
                bend = rnd.uniform(-3, 3) * u
                pts = []
                for q in range(9):
                    s = (q / 8 - 0.5) * W
                    x = t + bend * (1 - (2 * q / 8 - 1) ** 2) + rnd.uniform(-0.4, 0.4) * u
                    pts.append((lx + x * ca - s * sa, ly + x * sa + s * ca))
                sw.line(pts, fill=255, width=max(1, round(2.4 * u)))
                t += step * rnd.uniform(0.92, 1.08)
        for k in range(4):  # ukel spirals between the leaves
            sa_ = a + math.pi / 2 + k * math.pi / 2 + rnd.uniform(-0.2, 0.2)
            sx, sy = cx + math.cos(sa_) * 150 * u, cy + math.sin(sa_) * 150 * u
            ln.line(_spiral(sx, sy, rnd.uniform(40, 60) * u, 2.3, rnd.uniform(0, 6.3)), fill=255,
                    width=round(3 * u), joint="curve")
        fr = 26 * u
        d.ellipse((cx - fr, cy - fr, cx + fr, cy + fr), fill=RED)
    im.paste(INDIGO, mask=mask)  # no ground dots inside the leaves
    im.paste(CREAM, mask=ImageChops.multiply(sawut, mask))  # sawut clipped to the leaves
    im.paste(CREAM, mask=lines)
    _cracks(im, rnd, 30, (70, 82, 130))
    return im


def _ukel(size: tuple[int, int], rnd: random.Random) -> Image.Image:
    w, h = size
    u = max(w, h) / 4032
    im = Image.new("RGB", size, RED)
    curls = Image.new("L", size, 0)
    c = ImageDraw.Draw(curls)
    step = 30 * u
    for cx, cy in _places(rnd, w, h, step):  # ground packed with small ukel curls
        c.line(_spiral(cx, cy, rnd.uniform(10, 15) * u, 1.6, rnd.uniform(0, 6.3), n=20), fill=255,
               width=max(1, round(2 * u)))
    im.paste(BLACK, mask=curls)
    d = ImageDraw.Draw(im)
    for cx, cy in _places(rnd, w, h, 520 * u):  # cream ovals (four around a centre) ringed with dots
        for k in range(4):
            a = k * math.pi / 2 + math.pi / 4
            ox, oy = cx + math.cos(a) * 120 * u, cy + math.sin(a) * 120 * u
            rx, ry = 125 * u, 62 * u
            pts = [(ox + rx * math.cos(t) * math.cos(a) - ry * math.sin(t) * math.sin(a),
                    oy + rx * math.cos(t) * math.sin(a) + ry * math.sin(t) * math.cos(a))
                   for t in (i * 2 * math.pi / 60 for i in range(60))]
            d.polygon(pts, fill=CREAM, outline=BLACK, width=round(4 * u))
            for i in range(40):  # a ring of cecek just inside the outline
                t = i * 2 * math.pi / 40
                px = ox + 0.8 * rx * math.cos(t) * math.cos(a) - 0.74 * ry * math.sin(t) * math.sin(a)
                py = oy + 0.8 * rx * math.cos(t) * math.sin(a) + 0.74 * ry * math.sin(t) * math.cos(a)
                r = 2.6 * u
                d.ellipse((px - r, py - r, px + r, py + r), fill=BLACK)
            d.line([(ox - math.cos(a) * rx * 0.5, oy - math.sin(a) * rx * 0.5),
                    (ox + math.cos(a) * rx * 0.5, oy + math.sin(a) * rx * 0.5)], fill=RED, width=round(3 * u))
        r = 22 * u
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=BLACK)
    _cracks(im, rnd, 30, BLACK)
    return im


def _cracks(im: Image.Image, rnd: random.Random, n: int, colour) -> None:
    """Wax cracks: thin branching lines where the dye ran into the cracked wax."""
    w, h = im.size
    u = max(w, h) / 4032
    layer = Image.new("L", im.size, 0)
    d = ImageDraw.Draw(layer)
    for _ in range(n):
        x, y = rnd.uniform(0, w), rnd.uniform(0, h)
        a = rnd.uniform(0, 2 * math.pi)
        pts = [(x, y)]
        for _ in range(rnd.randint(12, 30)):
            a += rnd.uniform(-0.6, 0.6)
            x += math.cos(a) * 18 * u
            y += math.sin(a) * 18 * u
            pts.append((x, y))
        d.line(pts, fill=rnd.randint(90, 160), width=max(1, round(u)))
    im.paste(Image.composite(Image.new("RGB", im.size, colour), im, layer))


def _twill(size: tuple[int, int], depth: int) -> Image.Image:
    tile = Image.new("L", (4, 4), 255)
    for i in range(4):
        tile.putpixel((i, i), 255 - depth)
        tile.putpixel(((i + 1) % 4, i), 255 - depth // 2)
    out = Image.new("L", size)
    for y in range(0, size[1], 4):
        for x in range(0, size[0], 4):
            out.paste(tile, (x, y))
    return out


def _noise(rnd: random.Random, size: tuple[int, int], amp: int) -> Image.Image:
    """Triangular grain of about +-amp levels around 128, deterministic per seed."""
    n = size[0] * size[1]
    a = Image.frombytes("L", size, rnd.randbytes(n))
    b = Image.frombytes("L", size, rnd.randbytes(n))
    tri = ImageChops.add(a, b, 2.0)  # (a + b) / 2: peaks at 128
    lut = [max(0, min(255, round(128 + (v - 128) * amp / 64))) for v in range(256)]
    return tri.point(lut)


def photograph(im: Image.Image, rnd: random.Random, *, fold: float = 0.0, light: float = 0.25,
               grain: int = 5) -> Image.Image:
    """Dye bleed, cotton twill, a fold, uneven light, lens softness and sensor grain."""
    w, h = im.size
    u = max(w, h) / 4032
    im = im.filter(ImageFilter.GaussianBlur(0.9 * u))  # dye bleeds into the cotton
    im = ImageChops.multiply(im, Image.merge("RGB", (_twill(im.size, 18),) * 3))
    if fold:  # a fold: the cloth bends (pixels shift) and the valley is darker
        k = 14
        mesh = []
        for j in range(k):
            for i in range(k):
                x0, y0, x1, y1 = i * w // k, j * h // k, (i + 1) * w // k, (j + 1) * h // k
                def src(x, y):
                    t = (x / w + 0.6 * y / h)
                    off = fold * 40 * u * math.sin(2 * math.pi * t)
                    return x + off * 0.6, y + off
                quad = [*src(x0, y0), *src(x0, y1), *src(x1, y1), *src(x1, y0)]
                mesh.append(((x0, y0, x1, y1), quad))
        im = im.transform(im.size, Image.Transform.MESH, mesh, Image.Resampling.BICUBIC)
    small = Image.new("L", (32, 32))
    cxl, cyl = rnd.uniform(0.3, 0.7), rnd.uniform(0.3, 0.7)
    for j in range(32):
        for i in range(32):
            x, y = i / 31, j / 31
            v = 1 - light * ((x - cxl) ** 2 + (y - cyl) ** 2) * 2
            if fold:
                v -= fold * 0.22 * (0.5 + 0.5 * math.cos(2 * math.pi * (x + 0.6 * y)))
            small.putpixel((i, j), max(0, min(255, round(255 * v))))
    shade = small.resize(im.size, Image.Resampling.BICUBIC)
    im = ImageChops.multiply(im, Image.merge("RGB", (shade,) * 3))
    im = im.filter(ImageFilter.GaussianBlur(0.6 * u))  # the lens and the phone's demosaicing
    lum = _noise(rnd, im.size, grain)
    chroma = [_noise(rnd, im.size, max(1, grain // 3)) for _ in range(3)]
    im = ImageChops.add(im, Image.merge("RGB", (lum,) * 3), 1.0, -128)
    return ImageChops.add(im, Image.merge("RGB", chroma), 1.0, -128)


def cloth(kind: str, size: tuple[int, int], seed: int) -> Image.Image:
    """An upright RGB photo of the given kind."""
    rnd = random.Random(f"{kind}-{seed}")
    w, h = size
    m = round(60 * max(w, h) / 4032)  # drawn larger, so the fold never pulls in empty borders
    big = (w + 2 * m, h + 2 * m)
    if kind == "isen":
        im = photograph(_isen(big, rnd), rnd, fold=0.0, light=0.3, grain=5)
    elif kind == "sawut":
        im = photograph(_sawut(big, rnd), rnd, fold=0.4, light=0.25, grain=5)
    elif kind == "ukel":
        im = photograph(_ukel(big, rnd), rnd, fold=1.0, light=0.45, grain=7)
    else:
        raise ValueError(kind)
    return im.crop((m, m, m + w, m + h))


def phone_photo(path: Path, kind: str, seed: int = 1, megapixels: float = 12) -> Path:
    """Write one photo as a phone saves it: portrait kinds sideways with Orientation 6."""
    long_edge = 4032 if megapixels == 12 else int((megapixels * 1e6 * 4 / 3) ** 0.5) // 4 * 4
    short = long_edge * 3 // 4
    portrait = kind != "ukel"
    im = cloth(kind, (short, long_edge) if portrait else (long_edge, short), seed)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Phone", "Camera"
    exif[0x0112] = 6 if portrait else 1
    if portrait:
        im = im.transpose(Image.Transpose.ROTATE_90)  # stored sideways; Orientation 6 turns it upright
    im.save(path, "JPEG", quality=90, subsampling="4:2:0", exif=exif)
    return path


def main(argv: list[str]) -> int:
    if "--small" in argv:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            for kind in KINDS:
                t = time.perf_counter()
                p = phone_photo(Path(tmp) / f"{kind}.jpg", kind, megapixels=1)
                print(f"{kind}: 1 MP in {time.perf_counter() - t:.2f} s, {p.stat().st_size / 1e3:.0f} KB")
        return 0
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    mp = float(argv[argv.index("--mp") + 1]) if "--mp" in argv else 12
    for kind in KINDS:
        t = time.perf_counter()
        p = phone_photo(out / f"{kind}.jpg", kind, megapixels=mp)
        print(f"{p}: {time.perf_counter() - t:.1f} s, {p.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
