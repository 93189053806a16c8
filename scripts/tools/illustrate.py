"""Draw the archive's own illustrations of the 14 sample motifs.

Why this exists: the archive's sample content has no
photographs of cloth that we may publish.  Rather than borrow pictures
whose rights are unclear, the project draws its own illustrations with
Pillow.  Each picture is drawn "in the spirit" of a motif -- a repeat
pattern on a cloth ground with isen-isen fillers and a border band -- and
is released under CC0 as the project's own work.  It is an illustration,
never a photograph of a real cloth, and it carries no text so that the
caption (written in the data, in both languages) says what it is.

The drawings are deterministic: every motif uses ``random.Random(motif_id)``,
nothing depends on the clock, and PNG files are written without metadata,
so running the script twice gives byte-identical files.

Usage::

    .venv/bin/python scripts/tools/illustrate.py

writes ``motifs/<id>/ilustrasi.png`` for every motif that has a drawing.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import io
import math
import random
import sys
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PIL import Image, ImageDraw

__all__ = ["MOTIFS", "draw", "draw_lines", "write_all", "main", "png_bytes", "line_png_bytes"]

# All geometry below is written for a virtual 1600 x 1200 canvas and scaled.
W0, H0 = 1600, 1200
SUPERSAMPLE = 2
BORDER = 118  # height of the pinggiran (border band), top and bottom
FIELD_TOP, FIELD_BOTTOM = BORDER, H0 - BORDER
OUTPUT_NAME = "ilustrasi.png"
LINE_NAME = "mewarnai.png"  # the line art beside it, for colouring sheets (issue 18 colouring)
LINE_SIZE = (2400, 1800)  # ~230 dpi across the colouring sheet's 180 mm

Point = tuple[float, float]


# --------------------------------------------------------------------------
# Canvas
# --------------------------------------------------------------------------


class Cloth:
    """A supersampled drawing surface using virtual 1600x1200 coordinates."""

    lineart = False  # LineArt draws the same shapes as outlines
    quiet = 0  # > 0 inside filler(): isen-isen

    def __init__(self, size: tuple[int, int], ground: str):
        self.size = (int(size[0]), int(size[1]))
        self.kx = self.size[0] * SUPERSAMPLE / W0
        self.ky = self.size[1] * SUPERSAMPLE / H0
        self.k = min(self.kx, self.ky)
        self.im = Image.new(
            "RGB", (self.size[0] * SUPERSAMPLE, self.size[1] * SUPERSAMPLE), ground
        )
        self.d = ImageDraw.Draw(self.im)

    # -- coordinate helpers
    def _p(self, pts: Iterable[Point]) -> list[Point]:
        return [(x * self.kx, y * self.ky) for x, y in pts]

    def _w(self, width: float) -> int:
        return max(1, round(width * self.k))

    # -- primitives
    def poly(self, pts, fill=None, line=None, lw=2.0, halo=None, hw=6.0):
        """Filled polygon with an optional centred outline and a wax 'halo'."""
        pts = list(pts)
        if len(pts) < 3:
            return
        if halo:
            self.line(pts + [pts[0]], halo, hw * 2 + lw)
        if fill:
            self.d.polygon(self._p(pts), fill=fill)
        if line:
            self.line(pts + [pts[0]], line, lw)

    def line(self, pts, fill, width=2.0):
        pts = list(pts)
        if len(pts) < 2:
            return
        self.d.line(self._p(pts), fill=fill, width=self._w(width), joint="curve")
        if width * self.k >= 3 and len(pts) > 2:
            # round the ends so thick strokes look like a canting line
            r = width / 2
            for x, y in (pts[0], pts[-1]):
                self.ellipse(x, y, r * 0.95, r * 0.95, fill)

    def ellipse(self, cx, cy, rx, ry, fill=None, line=None, lw=2.0):
        box = [(cx - rx) * self.kx, (cy - ry) * self.ky, (cx + rx) * self.kx, (cy + ry) * self.ky]
        if box[2] - box[0] < 1 or box[3] - box[1] < 1:
            return
        self.d.ellipse(box, fill=fill, outline=line, width=self._w(lw) if line else 0)

    def dot(self, x, y, r, fill):
        self.ellipse(x, y, r, r, fill)

    def rect(self, x0, y0, x1, y1, fill):
        self.d.rectangle(
            [x0 * self.kx, y0 * self.ky, x1 * self.kx - 1, y1 * self.ky - 1], fill=fill
        )

    def result(self) -> Image.Image:
        return self.im.resize(self.size, Image.Resampling.LANCZOS)

    @contextlib.contextmanager
    def filler(self):
        """Isen-isen (dots, crackle): drawn in colour, left out of the line art."""
        self.quiet += 1
        try:
            yield
        finally:
            self.quiet -= 1

    def blob(self, shapes: Sequence[Sequence[Point]], fill: str):
        """Several small shapes that read as one (a cluster of blossoms): in colour, each one."""
        for pts in shapes:
            self.poly(pts, fill)


# -- line art (issue 18 colouring) -------------------------------------------------------------
# The same drawing as clean black outlines on white, for colouring sheets: every filled shape
# becomes a white shape with a thick outline, drawn in the same order (so what lies in front
# hides what is behind); isen-isen, hairlines and shapes smaller than a crayon tip are left out.
LINE_OUT = 4.5  # outline width in virtual pixels (the sheet prints ~6 of them per mm)
LINE_IN = 2.2  # inner detail lines (veins, folds) that stay open
MIN_AREA = 650.0  # virtual px^2: smaller closed shapes are dropped (a crayon tip is ~4 mm)
THIN = 1.5  # strokes thinner than this are texture (sawut, crackle): dropped
DARK = 60  # a small dot darker than this (luminance) is a feature such as an eye: kept solid


def _area(pts: Sequence[Point]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, list(pts[1:]) + [pts[0]]))) / 2


def _luma(colour) -> int:
    from PIL import ImageColor  # noqa: PLC0415

    r, g, b = ImageColor.getrgb(colour)[:3]
    return (299 * r + 587 * g + 114 * b) // 1000


class LineArt(Cloth):
    """A Cloth that draws outlines: the colouring-sheet version of the same picture."""

    lineart = True

    def __init__(self, size: tuple[int, int], ground: str):
        super().__init__(size, "white")
        self.im = Image.new("L", self.im.size, 255)
        self.d = ImageDraw.Draw(self.im)

    def _stroke(self, pts, width, fill=0):
        self.d.line(self._p(pts), fill=fill, width=self._w(width), joint="curve")
        r = width / 2
        for x, y in (pts[0], pts[-1]):
            box = [(x - r) * self.kx, (y - r) * self.ky, (x + r) * self.kx, (y + r) * self.ky]
            self.d.ellipse(box, fill=fill)

    def poly(self, pts, fill=None, line=None, lw=2.0, halo=None, hw=6.0):
        pts = list(pts)
        if self.quiet or len(pts) < 3 or not (fill or line) or _area(pts) < MIN_AREA:
            return
        self.d.polygon(self._p(pts), fill=255 if fill else None)
        self.line(pts + [pts[0]], "black", LINE_OUT)

    def line(self, pts, fill, width=2.0):
        pts = list(pts)
        if self.quiet or len(pts) < 2 or width < THIN:
            return
        if width > 10:  # a broad band (a stalk, a wave): outlined, white inside
            self._stroke(pts, width)
            self._stroke(pts, width - 2 * LINE_OUT, 255)
        else:
            self._stroke(pts, min(max(width, LINE_IN), LINE_OUT))

    def ellipse(self, cx, cy, rx, ry, fill=None, line=None, lw=2.0):
        if self.quiet or not (fill or line):
            return
        if math.pi * rx * ry < MIN_AREA:
            if fill and not line and _luma(fill) < DARK and min(rx, ry) >= 1.8:
                self.d.ellipse([(cx - rx) * self.kx, (cy - ry) * self.ky, (cx + rx) * self.kx, (cy + ry) * self.ky], fill=0)
            return
        self.poly(ellipse_pts(cx, cy, rx, ry, 0, 48), fill or None, line)

    def rect(self, x0, y0, x1, y1, fill):
        if self.quiet:
            return
        w, h = abs(x1 - x0), abs(y1 - y0)
        if min(w, h) < 14:  # a stripe: one line when it is darker than its band, else nothing
            if min(w, h) >= 2.5 and _luma(fill) < 160:
                mid = [(x0, (y0 + y1) / 2), (x1, (y0 + y1) / 2)] if w >= h else [((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)]
                self.d.line(self._p(mid), fill=0, width=self._w(min(min(w, h), LINE_OUT)))
            return
        self.poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], fill)

    def blob(self, shapes, fill):
        """One outline around the union: first every shape thick in black, then white inside."""
        shapes = [list(p) for p in shapes]
        if self.quiet or sum(_area(p) for p in shapes) < MIN_AREA:
            return
        for pts in shapes:
            self.d.polygon(self._p(pts), fill=0)
            self._stroke(pts + [pts[0]], 2 * LINE_OUT)
        for pts in shapes:
            self.d.polygon(self._p(pts), fill=255)

    def result(self) -> Image.Image:
        small = self.im.resize(self.size, Image.Resampling.LANCZOS)
        return small.point(lambda v: 255 if v >= 128 else 0).convert("1")


_CANVAS: contextvars.ContextVar[type[Cloth]] = contextvars.ContextVar("canvas", default=Cloth)


def canvas(size, ground_colour: str) -> Cloth:
    """The drawing surface of the current mode: the colour picture, or its line art."""
    return _CANVAS.get()(size, ground_colour)


# --------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------


def xform(pts: Iterable[Point], x=0.0, y=0.0, ang=0.0, s=1.0, flip=False) -> list[Point]:
    """Scale (and mirror), rotate by ``ang`` degrees (clockwise on screen), move."""
    a = math.radians(ang)
    ca, sa = math.cos(a), math.sin(a)
    out = []
    for px, py in pts:
        if flip:
            px = -px
        px, py = px * s, py * s
        out.append((x + px * ca - py * sa, y + px * sa + py * ca))
    return out


def inside(px: float, py: float, poly: Sequence[Point], margin: float = 0.0) -> bool:
    """Whether (px, py) lies inside ``poly`` and at least ``margin`` from its edges."""
    hit = False
    n = len(poly)
    for i in range(n):
        (x0, y0), (x1, y1) = poly[i], poly[(i + 1) % n]
        if (y0 > py) != (y1 > py) and px < x0 + (py - y0) * (x1 - x0) / (y1 - y0):
            hit = not hit
        if margin:
            dx, dy = x1 - x0, y1 - y0
            ln2 = dx * dx + dy * dy or 1.0
            t = min(max(((px - x0) * dx + (py - y0) * dy) / ln2, 0.0), 1.0)
            if math.hypot(px - x0 - t * dx, py - y0 - t * dy) < margin:
                return False
    return hit


def bez(p0: Point, p1: Point, p2: Point, p3: Point, n: int = 24) -> list[Point]:
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return out


def qbez(p0: Point, p1: Point, p2: Point, n: int = 20) -> list[Point]:
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append(
            (
                u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1],
            )
        )
    return out


def ellipse_pts(cx, cy, rx, ry, ang=0.0, n=36) -> list[Point]:
    pts = [(rx * math.cos(2 * math.pi * i / n), ry * math.sin(2 * math.pi * i / n)) for i in range(n)]
    return xform(pts, cx, cy, ang)


def star_pts(cx, cy, r_out, r_in, n=5, ang=-90.0) -> list[Point]:
    pts = []
    for i in range(2 * n):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(ang + i * 180.0 / n)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def profile(t: float, p: float, q: float) -> float:
    """Half-width profile in [0, 1] along an axis, zero at both ends."""
    t = min(max(t, 0.0), 1.0)
    return math.sin(math.pi * t**p) ** q


def sweep(axis: Sequence[Point], widths: Sequence[float]) -> tuple[list[Point], list[Point]]:
    """Left/right edges of a ribbon of half-width ``widths`` around ``axis``."""
    left, right = [], []
    n = len(axis)
    for i, (x, y) in enumerate(axis):
        a = axis[max(i - 1, 0)]
        b = axis[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        w = widths[i]
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return left, right


class Leaf:
    """A leaf-like shape swept along a (possibly curved) axis.

    ``base`` is the stalk end, the leaf points in direction ``ang`` (degrees,
    0 = up, clockwise), ``bend`` curves the axis sideways.
    """

    def __init__(self, base: Point, ang: float, length: float, width: float,
                 p=0.85, q=0.9, bend=0.0, n=40):
        self.n = n
        a = math.radians(ang)
        dx, dy = math.sin(a), -math.cos(a)
        nx, ny = math.cos(a), math.sin(a)
        bx, by = base
        self.axis = []
        for i in range(n + 1):
            t = i / n
            off = bend * length * 4 * t * (1 - t) * 0.5 + bend * length * 0.15 * t * t
            self.axis.append((bx + dx * length * t + nx * off, by + dy * length * t + ny * off))
        self.widths = [width / 2 * profile(i / n, p, q) for i in range(n + 1)]
        self.left, self.right = sweep(self.axis, self.widths)

    @property
    def outline(self) -> list[Point]:
        return self.left + self.right[::-1]

    def half(self, side: str) -> list[Point]:
        edge = self.left if side == "left" else self.right
        return edge + self.axis[::-1]

    def at(self, t: float, u: float) -> Point:
        """Point at fraction ``t`` along the axis and ``u`` in [-1, 1] across."""
        i = min(max(int(round(t * self.n)), 0), self.n)
        ax, ay = self.axis[i]
        lx, ly = self.left[i]
        return (ax + (lx - ax) * u, ay + (ly - ay) * u)

    def veins(self, count=7, start=0.1, end=0.85, reach=0.85, lift=0.12) -> list[list[Point]]:
        out = []
        for k in range(count):
            t = start + (end - start) * k / max(count - 1, 1)
            for u in (1, -1):
                p0 = self.at(t, 0)
                p1 = self.at(t + lift * 0.45, u * reach * 0.55)
                p2 = self.at(t + lift, u * reach)
                out.append(qbez(p0, p1, p2, 10))
        return out


def draw_leaf(c: Cloth, leaf: Leaf, fill: str, fill2: str | None, line: str, vein: str,
              halo: str | None = None, veins=7, lw=2.0, vw=1.6, hw=4.0):
    c.poly(leaf.outline, fill, None, halo=halo, hw=hw)
    if fill2:
        c.poly(leaf.half("right"), fill2)
    for v in leaf.veins(veins):
        c.line(v, vein, vw)
    c.line(leaf.axis[: int(leaf.n * 0.96)], vein, vw * 1.6)
    c.line(leaf.outline + [leaf.outline[0]], line, lw)


def flame_pts(h: float, w: float, bend=0.0, tongues=0, n=60) -> list[Point]:
    """A flame (teardrop with a curling tip) standing on (0,0), pointing up."""
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x = w * math.sin(t) * abs(math.sin(t / 2)) ** 1.6
        y = -math.cos(t)  # -1 at the tip, +1 at the base
        rise = (1 - y) / 2  # 0 at base .. 1 at tip
        x += bend * w * rise**2.2
        if tongues:
            x += 0.16 * w * math.sin(rise * math.pi * tongues) * rise * (1 if t < math.pi else -1)
        pts.append((x, -h * rise))
    return pts


def fire(c: Cloth, x, y, h, w, ang, pal, lean=1.0, halo=None, hw=3.0, lw=2.0, spread=1.0):
    """A layered flame of three tongues in three colours, based at (x, y)."""
    # (sideways offset, height, width, tilt, curl) for each tongue; centre last
    tongues = ((-0.5 * spread, 0.58 + 0.2 * (1 - spread), 0.5, -24 * spread, -0.9 * spread),
               (0.52 * spread, 0.66 + 0.2 * (1 - spread), 0.5, 22 * spread, 0.9 * spread),
               (0.0, 1.0, 0.8, 0, 0.55 * lean))
    layers = ((1.0, pal["flame1"]), (0.7, pal["flame2"]), (0.42, pal["flame3"]))

    def shape(sc, dx, hs, ws, tilt, curl):
        pts = flame_pts(h * sc * hs, w * sc * ws, curl, 0, 48)
        pts = xform(pts, dx * w * sc * 0.9, 0, tilt)
        return xform(pts, x, y, ang)

    if halo:
        for tg in tongues:
            c.poly(shape(1.0, *tg), None, None, halo=halo, hw=hw)
    for li, (sc, col) in enumerate(layers):
        for tg in tongues:
            c.poly(shape(sc, *tg), col, pal["line"] if li < 2 else None, lw if li == 0 else lw * 0.6)


def flower_pts(cx, cy, r, petals=5, ang=0.0, fat=0.55, n_per=20) -> list[list[Point]]:
    out = []
    for k in range(petals):
        a = ang + 360.0 * k / petals
        rad = math.radians(a - 90)
        px, py = cx + math.cos(rad) * r * 0.55, cy + math.sin(rad) * r * 0.55
        out.append(ellipse_pts(px, py, r * 0.5, r * 0.5 * fat * 2 * 0.55, a + 90, n_per))
    return out


def draw_flower(c: Cloth, cx, cy, r, petal, centre, line, petals=5, ang=0.0, lw=1.4, halo=None, fat=0.55):
    if c.lineart:  # petals too small to colour one by one: the flower's outline, its heart if big enough
        c.blob(flower_pts(cx, cy, r, petals, ang, fat), petal)
        c.ellipse(cx, cy, r * 0.3, r * 0.3, None, line)
        return
    if halo:
        c.dot(cx, cy, r * 1.08, halo)
    for p in flower_pts(cx, cy, r, petals, ang, fat):
        c.poly(p, petal, line, lw)
    c.dot(cx, cy, r * 0.28, centre)
    c.ellipse(cx, cy, r * 0.28, r * 0.28, None, line, lw * 0.8)


def spiral(cx, cy, r, turns=1.6, ang=0.0, cw=True, n=50) -> list[Point]:
    pts = []
    for i in range(n + 1):
        t = i / n
        a = math.radians(ang) + (1 if cw else -1) * t * turns * 2 * math.pi
        rr = r * (1 - t * 0.85)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def halfdrop(box, cw, ch, drop=0.5, margin=1):
    """Cell centres of a half-drop repeat covering ``box`` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    cols = int((x1 - x0) / cw) + 2 * margin + 1
    rows = int((y1 - y0) / ch) + 2 * margin + 2
    for i in range(-margin, cols):
        for j in range(-margin - 1, rows):
            x = x0 + cw / 2 + i * cw
            y = y0 + ch / 2 + j * ch + (ch * drop if i % 2 else 0)
            yield i, j, x, y


# --------------------------------------------------------------------------
# Cloth ground, isen-isen and border bands
# --------------------------------------------------------------------------


def ground(c: Cloth, rng: random.Random, dots: str | None, crackle: str | None,
           spacing=22.0, r=1.7, n_crack=34):
    """Cecek (dot) rows over the field and a few thin wax-crackle veins."""
    with c.filler():
        if crackle:
            for _ in range(n_crack):
                x, y = rng.uniform(0, W0), rng.uniform(FIELD_TOP, FIELD_BOTTOM)
                ang = rng.uniform(0, math.pi)
                pts = [(x, y)]
                for _ in range(rng.randint(4, 9)):
                    ang += rng.uniform(-0.7, 0.7)
                    step = rng.uniform(12, 34)
                    x, y = x + math.cos(ang) * step, y + math.sin(ang) * step
                    pts.append((x, y))
                c.line(pts, crackle, 1.0)
        if dots:
            row = 0
            y = FIELD_TOP + spacing / 2
            while y < FIELD_BOTTOM:
                x = spacing / 2 + (spacing / 2 if row % 2 else 0)
                while x < W0:
                    c.dot(x, y, r, dots)
                    x += spacing
                y += spacing * 0.866
                row += 1


def cecek_row(c: Cloth, pts: Sequence[Point], r: float, fill: str, every: float = 9.0):
    """Dots spaced along a polyline (isen-isen cecek along an edge)."""
    with c.filler():
        acc = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            seg = math.hypot(x1 - x0, y1 - y0)
            while acc <= seg:
                t = acc / seg if seg else 0
                c.dot(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, r, fill)
                acc += every
            acc -= seg


def cecek_pitu(c: Cloth, x, y, r, fill, rad=None):
    """Seven dots: one centre, six around (a classic isen-isen)."""
    with c.filler():
        rad = rad or r * 3.2
        c.dot(x, y, r, fill)
        for k in range(6):
            a = math.radians(60 * k + 30)
            c.dot(x + rad * math.cos(a), y + rad * math.sin(a), r * 0.8, fill)


def border(c: Cloth, pal: dict, style: str, flip: bool):
    """Draw one pinggiran band. ``flip`` puts it at the bottom, facing up."""
    h = BORDER
    y_top = H0 - h if flip else 0

    def Y(v):  # v = 0 at the cloth's outer edge, h at the field
        return y_top + (h - v) if flip else y_top + v

    def P(pts):
        return [(x, Y(v)) for x, v in pts]

    band, dark, motif, accent, light = pal["band"], pal["dark"], pal["motif"], pal["accent"], pal["light"]
    c.rect(0, y_top, W0, y_top + h, band)
    # outer and inner frame stripes
    c.rect(0, min(Y(0), Y(12)), W0, max(Y(0), Y(12)), dark)
    c.rect(0, min(Y(15), Y(18)), W0, max(Y(15), Y(18)), light)
    c.rect(0, min(Y(h - 26), Y(h - 23)), W0, max(Y(h - 26), Y(h - 23)), dark)
    c.rect(0, min(Y(h - 8), Y(h)), W0, max(Y(h - 8), Y(h)), dark)
    for i in range(0, W0 // 14 + 1):
        c.dot(i * 14 + 7, Y(h - 15.5), 2.6, light)
    z0, z1 = 22, h - 30  # zone for the band motif
    zm = (z0 + z1) / 2

    if style == "tumpal":
        step = 64
        for i in range(-1, W0 // step + 2):
            x = i * step + step / 2
            tri = P([(x - step / 2 + 3, z0 + 2), (x + step / 2 - 3, z0 + 2), (x, z1)])
            c.poly(tri, motif, dark, 2)
            inner = P([(x - step / 4, z0 + 10), (x + step / 4, z0 + 10), (x, z1 - 22)])
            c.poly(inner, accent, dark, 1.4)
            c.dot(x, Y(z0 + 14), 3, light)
            c.dot(x + step / 2, Y(z1 - 8), 3.5, motif)
            c.dot(x + step / 2, Y(z1 - 20), 2.4, accent)
    elif style == "ombak":
        step = 90
        pts = [(x, zm + 18 * math.sin(2 * math.pi * x / step)) for x in range(-10, W0 + 12, 6)]
        pts2 = [(x, zm - 4 + 18 * math.sin(2 * math.pi * x / step)) for x in range(-10, W0 + 12, 6)]
        c.line(P(pts), motif, 9)
        c.line(P(pts2), accent, 3)
        for i in range(-1, W0 // step + 2):
            x = i * step + step / 4
            c.line(P(spiral(x, zm - 8, 14, 1.3, 90, True, 30)), motif, 3.5)
            c.line(P(spiral(x + step / 2, zm + 8, 14, 1.3, -90, True, 30)), motif, 3.5)
            c.dot(x + step / 4, zm, 3, light)
    elif style == "kawung":
        step = 58
        for i in range(-1, W0 // step + 2):
            x = i * step + step / 2
            if c.lineart:  # the four petals as one flower: each alone is too small to colour
                c.blob([P(ellipse_pts(x + math.cos(math.radians(a)) * 15, zm + math.sin(math.radians(a)) * 15,
                                      15, 9, a, 24)) for a in (45, 135, 225, 315)], motif)
            for k in range(4 * (not c.lineart)):
                a = 45 + 90 * k
                rad = math.radians(a)
                ex, ev = x + math.cos(rad) * 15, zm + math.sin(rad) * 15
                c.poly(P(ellipse_pts(ex, ev, 15, 9, a, 24)), motif, dark, 1.6)
                c.dot(*P([(x + math.cos(rad) * 18, zm + math.sin(rad) * 18)])[0], 2.4, accent)
            c.dot(x, Y(zm), 3.5, light)
            c.dot(x + step / 2, Y(zm), 4, accent)
    elif style == "wajik":
        step = 52
        for i in range(-1, W0 // step + 2):
            x = i * step + step / 2
            dia = P([(x, z0 + 2), (x + step / 2 - 2, zm), (x, z1 - 2), (x - step / 2 + 2, zm)])
            c.poly(dia, motif if i % 2 else accent, dark, 1.8)
            c.poly(P([(x, zm - 12), (x + 12, zm), (x, zm + 12), (x - 12, zm)]), light, dark, 1.2)
            c.dot(x, Y(zm), 3, dark)
    elif style == "sulur":
        step = 160
        pts = [(x, zm + 14 * math.sin(2 * math.pi * x / step)) for x in range(-20, W0 + 22, 5)]
        c.line(P(pts), motif, 4)
        for i in range(-1, W0 // step + 2):
            for half in (0, 1):
                x = i * step + step / 4 + half * step / 2
                up = -1 if half == 0 else 1
                v = zm + 14 * up
                leaf = Leaf((x, v), 0 if up > 0 else 180, 26, 18, 0.8, 0.8, 0.3 * up, 16)
                lp = P(leaf.outline)
                c.poly(lp, accent, dark, 1.4)
                c.line(P(spiral(x + 24, v - up * 2, 11, 1.2, 180 if up > 0 else 0, up > 0, 24)), motif, 2.4)
                c.dot(*P([(x - 26, zm)])[0], 5, light)
                c.dot(*P([(x - 26, zm)])[0], 2.2, dark)
    elif style == "lereng":
        step = 26
        for i in range(-4, W0 // step + 4):
            x = i * step
            c.poly(P([(x, z0), (x + 12, z0), (x + 12 + (z1 - z0), z1), (x + (z1 - z0), z1)]),
                   motif if i % 2 else accent)
        c.rect(0, min(Y(z0), Y(z0 + 3)), W0, max(Y(z0), Y(z0 + 3)), dark)
        c.rect(0, min(Y(z1 - 3), Y(z1)), W0, max(Y(z1 - 3), Y(z1)), dark)
    elif style == "bintang":
        step = 80
        for i in range(-1, W0 // step + 2):
            x = i * step + step / 2
            c.poly(P(star_pts(x, zm, 26, 11, 8, -90)), motif, dark, 1.6)
            c.dot(*P([(x, zm)])[0], 5, accent)
            c.poly(P(star_pts(x + step / 2, zm, 9, 4, 4, -90)), light)
    else:  # pragma: no cover - guarded by the motif table
        raise ValueError(style)


def finish(c: Cloth, pal: dict, style: str) -> Image.Image:
    border(c, pal, style, False)
    border(c, pal, style, True)
    return c.result()


# --------------------------------------------------------------------------
# Motif building blocks
# --------------------------------------------------------------------------


def teak_cluster(c: Cloth, x, y, rng, pal, s=1.0, ang=0.0):
    """A panicle of small teak blossoms on branching stalks."""
    ends = []
    stems = []
    base = (x, y)
    for k in range(5):
        a = math.radians(ang - 70 + 35 * k + rng.uniform(-8, 8))
        L = s * rng.uniform(60, 85)
        tip = (x + math.cos(a) * L, y + math.sin(a) * L)
        mid = (x + math.cos(a) * L * 0.5 + rng.uniform(-8, 8), y + math.sin(a) * L * 0.5 - 6)
        stems.append(qbez(base, mid, tip, 10))
        ends.append(tip)
        for side in (-1, 1):
            aa = a + side * 0.7
            sub = (mid[0] + math.cos(aa) * L * 0.35, mid[1] + math.sin(aa) * L * 0.35)
            stems.append([mid, sub])
            ends.append(sub)
    for st in stems:
        c.line(st, pal["stem"], 3.2 * s)
    blossoms = []
    for ex, ey in ends:
        r = s * rng.uniform(11, 14)
        turn = rng.uniform(0, 60)
        if c.lineart:  # too small to colour one by one: the cluster as one outlined cloud
            blossoms.append(ellipse_pts(ex, ey, r * 1.25, r * 1.25, 0, 24))
        else:
            draw_flower(c, ex, ey, r, pal["flower"], pal["centre"], pal["line"], 6, turn, 1.2,
                        halo=pal.get("halo"), fat=0.6)
    c.blob(blossoms, pal["flower"])
    for _ in range(7):
        a = rng.uniform(0, 2 * math.pi)
        rr = s * rng.uniform(30, 80)
        c.dot(x + math.cos(a) * rr, y + math.sin(a) * rr - 10, 4.2 * s, pal["bud"])


def rice_plant(c: Cloth, x, y, pal, rng, s=1.0, lean=1):
    """A clump of rice: arching leaves and stalks whose ripe panicles droop."""
    # leaves rise from the base and arch outwards
    for j, (a, ln) in enumerate(((-44, 0.75), (40, 0.8), (-26, 1.0), (24, 0.95), (-8, 0.85), (10, 0.7))):
        side = 1 if a > 0 else -1
        lf = Leaf((x + side * 4 * s, y - 10 * s), a + rng.uniform(-5, 5), s * 250 * ln, 15 * s, 0.95, 0.7,
                  bend=side * 0.32, n=28)
        c.poly(lf.outline, pal["leaf"] if j % 2 else pal["leaf2"], pal["line"], 1.4, halo=pal.get("halo"), hw=1.6)
        c.line(lf.axis[2:24], pal["vein"], 1.0)
    for k, d in ((0, -1), (2, 1), (1, lean)):
        bx = x + (k - 1) * 8 * s
        top = (x + (k - 1) * 46 * s, y - (335 - 25 * abs(k - 1)) * s)
        stalk = qbez((bx, y), ((bx + top[0]) / 2, y - 200 * s), top, 18)
        c.line(stalk, pal["line"], 6 * s)
        c.line(stalk, pal["stalk"], 3.6 * s)
        # one flag leaf on the stalk
        i = 9
        fl = Leaf(stalk[i], d * 26, 120 * s, 12 * s, 0.95, 0.7, bend=d * 0.3, n=20)
        c.poly(fl.outline, pal["leaf2"], pal["line"], 1.3)
        # the drooping panicle
        tx, ty = top
        pan = bez(top, (tx + d * 45 * s, ty - 55 * s), (tx + d * 100 * s, ty - 30 * s),
                  (tx + d * 108 * s, ty + 105 * s), 26)
        c.line(pan, pal["line"], 4.5 * s)
        c.line(pan, pal["stalk"], 2.6 * s)
        grains = []  # line art: the grains of one panicle as one outlined ear, too small one by one

        def grain(pts, col, lw):
            if c.lineart:
                grains.append(pts)
            else:
                c.poly(pts, col, pal["line"], lw)

        for i in range(3, len(pan)):
            px, py = pan[i]
            qx, qy = pan[i - 1]
            ang = math.degrees(math.atan2(py - qy, px - qx))
            size_k = 0.75 + 0.25 * math.sin(math.pi * i / len(pan))
            for side in (-1, 1):
                off = math.radians(ang + side * 60)
                gx, gy = px + math.cos(off) * 8 * s, py + math.sin(off) * 8 * s
                grain(ellipse_pts(gx, gy, 9 * s * size_k, 4.6 * s * size_k, ang + side * 28, 14),
                      pal["grain"] if (i + side) % 4 else pal["grain2"], 1.1)
            if i in (10, 15, 19):
                # a side branchlet of grain hanging free
                off = math.radians(ang + 70 * -d)
                b1 = (px + math.cos(off) * 30 * s, py + math.sin(off) * 30 * s + 20 * s)
                br = qbez((px, py), (px + math.cos(off) * 20 * s, py + math.sin(off) * 10 * s), b1, 8)
                c.line(br, pal["stalk"], 1.8 * s)
                for bx2, by2 in br[3::2]:
                    grain(ellipse_pts(bx2, by2 + 4 * s, 4 * s, 7.5 * s, 0, 12), pal["grain2"], 1.0)
        ex_, ey_ = pan[-1]
        grain(ellipse_pts(ex_, ey_ + 6 * s, 4.6 * s, 8.5 * s, 0, 12), pal["grain"], 1.0)
        c.blob(grains, pal["grain"])


def corn_cob(c: Cloth, x, y, ang, pal, s=1.0):
    """A corn cob with rows of golden kernels and husk leaves."""
    L, Wd = 250 * s, 86 * s
    cob = Leaf((x, y), ang, L, Wd, p=0.72, q=0.45, n=40)
    # husk leaves behind
    for da, ln, col in ((-34, 1.02, pal["husk2"]), (30, 0.96, pal["husk"]), (-8, 0.45, pal["husk2"])):
        hk = Leaf((x, y), ang + da, L * ln, 60 * s, 0.55, 1.1, bend=(0.3 if da > 0 else -0.3), n=30)
        c.poly(hk.outline, col, pal["line"], 2, halo=pal.get("halo"), hw=3)
        for u in (-0.5, 0, 0.5):
            c.line([hk.at(t / 10, u * (1 - t / 12)) for t in range(1, 9)], pal["husk_vein"], 1.3)
    c.poly(cob.outline, pal["cob"], pal["line"], 2.2, halo=pal.get("halo"), hw=3)
    # kernels on a cylinder: columns at angle phi
    rows = 17
    for r in range(1, rows):
        t = 0.08 + 0.86 * r / rows
        w = profile(t, 0.72, 0.45)
        for col in range(-4, 5):
            phi = (col + (0.5 if r % 2 else 0)) * math.pi / 10
            if abs(phi) > 1.35:
                continue
            u = math.sin(phi) * 0.92
            kx, ky = cob.at(t, u)
            kw = 5.6 * s * max(math.cos(phi), 0.25) * (0.4 + 0.6 * w)
            kh = 6.2 * s * (0.5 + 0.5 * w)
            if kw < 1.2 or c.lineart:
                continue
            c.poly(ellipse_pts(kx, ky, kh, kw, ang + 90, 14),
                   pal["kernel"] if (r + col) % 5 else pal["kernel2"], pal["kline"], 1.0)
            c.dot(kx - 1.2 * s, ky - 1.2 * s, max(kw * 0.3, 0.8), pal["shine"])
    if c.lineart:  # kernels too small to colour one by one: rows and columns of big ones
        for r in range(2, rows, 3):
            c.line([cob.at(0.08 + 0.86 * r / rows, u / 10) for u in range(-9, 10)], pal["kline"], LINE_IN)
        for u in (-0.45, 0, 0.45):
            c.line([cob.at(t / 20, u) for t in range(2, 19)], pal["kline"], LINE_IN)
    # the front husk over the base
    hk = Leaf((x, y), ang + 14, L * 0.55, 46 * s, 0.6, 1.0, bend=0.25, n=24)
    c.poly(hk.outline, pal["husk"], pal["line"], 2)
    c.line([hk.at(t / 10, 0) for t in range(1, 9)], pal["husk_vein"], 1.3)
    # silk
    tip = cob.at(1.0, 0)
    for k in range(5):
        a = math.radians(ang - 90 - 40 + 20 * k)
        c.line(qbez(tip, (tip[0] + math.cos(a) * 30 * s, tip[1] + math.sin(a) * 30 * s - 10),
                    (tip[0] + math.cos(a) * 50 * s + 10 * (k - 2), tip[1] + math.sin(a) * 55 * s), 10),
               pal["silk"], 2.0)
    # stalk
    back = math.radians(ang + 180)
    c.line([(x, y), (x + math.sin(back) * 40 * s, y - math.cos(back) * 40 * s)], pal["stalk"], 9 * s)


def tobacco_leaf(c: Cloth, base, ang, pal, L=250, Wd=130, tone=0):
    lf = Leaf(base, ang, L, Wd, p=0.78, q=0.75, bend=0.05, n=44)
    cols = (pal["leaf"], pal["leaf2"]) if tone == 0 else (pal["leafb"], pal["leafb2"])
    c.poly(lf.outline, cols[0], None, halo=pal["halo"], hw=4)
    c.poly(lf.half("right"), cols[1])
    # sawut: fine parallel lines between the veins
    for v in lf.veins(4 if c.lineart else 9, 0.08, 0.86, 0.9, 0.1):
        c.line(v, pal["vein"], 2.0)
    for k in range(16):
        t = 0.1 + 0.78 * k / 15
        for u in (1, -1):
            p0 = lf.at(t + 0.04, u * 0.3)
            p1 = lf.at(t + 0.07, u * 0.75)
            c.line([p0, p1], pal["sawut"], 1.0)
    c.line(lf.axis[:42], pal["line"], 6)
    c.line(lf.axis[:42], pal["vein"], 3.5)
    c.line(lf.outline + [lf.outline[0]], pal["line"], 2.2)
    cecek_row(c, [lf.at(t / 20, 0.93) for t in range(2, 19)], 1.8, pal["vein"], 11)
    cecek_row(c, [lf.at(t / 20, -0.93) for t in range(2, 19)], 1.8, pal["vein"], 11)


def derrick(c: Cloth, x, y, pal, s=1.0):
    """An oil derrick: tapering lattice tower standing on (x, y)."""
    H, B, T = 300 * s, 120 * s, 26 * s
    legs = [(x - B / 2, y), (x - T / 2, y - H), (x + T / 2, y - H), (x + B / 2, y)]
    # soft shape behind the lattice
    c.poly(legs, pal["tower_bg"], None, halo=pal["halo"], hw=5)
    lvl = 7
    pts = []
    for i in range(lvl + 1):
        t = i / lvl
        yy = y - H * t
        hw_ = (B + (T - B) * t) / 2
        pts.append((yy, hw_))
    for i in range(lvl):
        (ya, wa), (yb, wb) = pts[i], pts[i + 1]
        c.line([(x - wa, ya), (x + wb, yb)], pal["tower"], 3 * s)
        c.line([(x + wa, ya), (x - wb, yb)], pal["tower"], 3 * s)
        c.line([(x - wb, yb), (x + wb, yb)], pal["tower"], 3.5 * s)
    c.line([legs[0], legs[1]], pal["tower"], 6 * s)
    c.line([legs[3], legs[2]], pal["tower"], 6 * s)
    # crown block, platform and walkway
    c.poly([(x - T, y - H - 4), (x + T, y - H - 4), (x + T * 0.7, y - H - 26 * s), (x - T * 0.7, y - H - 26 * s)],
           pal["tower"], pal["line"], 2)
    c.poly([(x - T * 0.25, y - H - 26 * s), (x + T * 0.25, y - H - 26 * s), (x, y - H - 48 * s)], pal["flag"], pal["line"], 1.5)
    yy = y - H * 0.42
    ww = (B + (T - B) * 0.42) / 2 + 18 * s
    c.rect(x - ww, yy - 5 * s, x + ww, yy + 3 * s, pal["tower"])
    c.poly([(x - B / 2 - 26 * s, y), (x + B / 2 + 26 * s, y), (x + B / 2 + 16 * s, y + 16 * s),
            (x - B / 2 - 16 * s, y + 16 * s)], pal["base"], pal["line"], 2)


def gas_flame(c: Cloth, x, y, pal, s=1.0, bend=0.25):
    c.poly([(x - 9 * s, y), (x + 9 * s, y), (x + 6 * s, y - 150 * s), (x - 6 * s, y - 150 * s)],
           pal["pipe"], pal["line"], 2, halo=pal["halo"], hw=4)
    c.rect(x - 20 * s, y - 6 * s, x + 20 * s, y + 8 * s, pal["pipe"])
    fy = y - 146 * s
    fire(c, x, fy, 200 * s, 64 * s, 0, pal, bend, halo=pal["halo"], hw=4, spread=0.55)
    for dx, dy, r in ((-44, -196, 6), (40, -214, 5), (-20, -236, 4), (26, -250, 3)):
        c.dot(x + dx * s, fy + dy * s, r * s, pal["flame2"])


def duck(c: Cloth, x, y, pal, s=1.0, flip=False, flying=False):
    """A stylised white whistling duck (mliwis / belibis)."""
    def T(pts):
        return xform(pts, x, y, 0, s, flip)

    body_col, shade, line = pal["body"], pal["shade"], pal["line"]
    if flying:
        # wings raised behind the body
        for k, (a0, ln) in enumerate(((-62, 1.0), (-25, 0.85))):
            wing = Leaf((-10, -8), a0, 150 * ln, 56 * ln, 0.55, 0.8, bend=-0.25, n=24)
            c.poly(T(wing.outline), shade if k else body_col, line, 2, halo=pal["halo"], hw=4)
            for j in range(5):
                t = 0.55 + j * 0.08
                c.line(T([wing.at(t - 0.2, 0.0), wing.at(t, 0.85)]), pal["feather"], 2)
            c.line(T(wing.axis[2:22]), pal["feather"], 1.5)
        body = ellipse_pts(0, 0, 70, 24, -8, 40)
        c.poly(T(body), body_col, line, 2.2, halo=pal["halo"], hw=4)
        c.poly(T([(-58, -8), (-104, -2), (-60, 14)]), shade, line, 1.8)
        neck = qbez((36, -6), (74, -20), (104, -28), 12)
        nl, nr = sweep(neck, [11 - 3 * i / 12 for i in range(13)])
        c.poly(T(nl + nr[::-1]), None, None, halo=pal["halo"], hw=4)
        c.poly(T(body), body_col, line, 2.2)
        c.poly(T(nl + nr[::-1]), body_col)
        c.line(T(nl[4:]), line, 2)
        c.line(T(nr[4:]), line, 2)
        head = (112, -30)
        c.poly(T(ellipse_pts(*head, 18, 15, -10, 24)), body_col, line, 2)
        c.poly(T([(124, -36), (152, -30), (154, -24), (126, -22)]), pal["beak"], line, 1.5)
        eye = T([(116, -34)])[0]
        c.dot(*eye, 4.2 * s, pal["eye_ring"])
        c.dot(*eye, 2.4 * s, line)
        # legs trailing
        c.line(T([(-40, 14), (-82, 30)]), pal["beak"], 3)
        c.line(T([(-30, 16), (-74, 36)]), pal["beak"], 3)
        return
    # swimming duck
    for k in range(3):
        yy = 34 + k * 11
        wave = [(xx, yy + 3.5 * math.sin(xx / 9.0)) for xx in range(-120 + k * 14, 120 - k * 14, 4)]
        c.line(T(wave), pal["ripple"], 2.6)
    body = (
        qbez((-104, -34), (-70, -30), (-30, -34), 8)
        + bez((-30, -34), (20, -40), (62, -34), (84, -4), 14)[1:]
        + bez((84, -4), (92, 22), (40, 32), (-20, 30), 14)[1:]
        + qbez((-20, 30), (-78, 26), (-104, -34), 10)[1:]
    )
    c.poly(T(body), body_col, line, 2.2, halo=pal["halo"], hw=4)
    # neck and head
    neck_l = bez((42, -30), (52, -50), (48, -66), (56, -82), 12)
    neck_r = bez((86, -78), (78, -62), (80, -44), (84, -8), 12)
    c.poly(T(neck_l + neck_r), body_col, None, halo=pal["halo"], hw=4)
    c.poly(T(body[10:30]), body_col)  # cover the halo where the neck meets the body
    c.poly(T(neck_l + neck_r), body_col, None)
    c.line(T(neck_l), line, 2.2)
    c.line(T(neck_r), line, 2.2)
    head = (70, -88)
    c.poly(T(ellipse_pts(*head, 21, 17, -8, 28)), body_col, line, 2.2)
    c.line(T(qbez((52, -96), (64, -108), (84, -100), 8)), pal["feather"], 3)  # dark crown stripe
    c.poly(T([(88, -94), (116, -86), (117, -79), (90, -76)]), pal["beak"], line, 1.6)
    eye = T([(76, -92)])[0]
    c.dot(*eye, 4.6 * s, pal["eye_ring"])
    c.dot(*eye, 2.6 * s, line)
    # folded wing with scalloped feather rows
    wing = Leaf((48, -10), -98, 128, 46, 0.6, 0.7, bend=0.12, n=30)
    c.poly(T(wing.outline), shade, line, 1.8)
    for j in range(4):
        t = 0.28 + 0.16 * j
        arc = [wing.at(t + 0.06 * math.sin(math.pi * (u + 1) / 2), u * 0.85) for u in [i / 5 - 1 for i in range(11)]]
        c.line(T(arc), pal["feather"], 1.8)
    c.line(T([wing.at(t / 20, 0) for t in range(2, 19)]), pal["feather"], 1.3)
    cecek_row(c, T([(-10 + i * 8, 20) for i in range(9)]), 1.8 * s, pal["feather"], 9 * s)


def cow(c: Cloth, x, y, pal, s=1.0, flip=False, tone=0):
    """A stylised cow standing on (x, y), facing right unless ``flip``."""
    def T(pts):
        return xform(pts, x, y, 0, s, flip)

    body_c = pal["body"] if tone == 0 else pal["body2"]
    deco = pal["deco"] if tone == 0 else pal["deco2"]
    line = pal["line"]
    halo = pal.get("halo")
    # tail
    tail = bez((-76, -100), (-98, -92), (-90, -62), (-94, -38), 12)
    c.line(T(tail), line, 4.5)
    c.poly(T(ellipse_pts(-94, -30, 7, 13, 0, 14)), line)
    # legs, walking: far legs darker and drawn first
    for lx, tilt, far in ((-48, 8, True), (40, -8, True), (-62, -6, False), (26, 10, False)):
        leg = [(lx - 10, -66), (lx + 10, -66), (lx + 6 + tilt * 0.4, -36), (lx + 5 + tilt, -9), (lx - 5 + tilt, -9),
               (lx - 7 + tilt * 0.4, -36)]
        c.poly(T(leg), pal["far"] if far else body_c, line, 1.8, halo=halo, hw=2)
        c.poly(T([(lx - 6 + tilt, -10), (lx + 6 + tilt, -10), (lx + 8 + tilt, 0), (lx - 7 + tilt, 0)]), line)
    # body (a soft superellipse) and the neck+head in one outline
    body = []
    for i in range(48):
        a = 2 * math.pi * i / 48
        ca, sa = math.cos(a), math.sin(a)
        body.append((-8 + 74 * math.copysign(abs(ca) ** 0.6, ca), -86 + 32 * math.copysign(abs(sa) ** 0.7, sa)))
    head = [(20, -110), (40, -132), (64, -128), (84, -126), (98, -124), (110, -108), (126, -84), (124, -70),
            (110, -64), (96, -70), (86, -80), (78, -66), (66, -52), (40, -58)]
    c.poly(T(head), None, None, halo=halo, hw=4)
    c.poly(T(body), None, None, halo=halo, hw=4)
    # horns and ear behind the head outline
    c.line(T(qbez((86, -122), (84, -146), (102, -152), 8)), line, 7)
    c.line(T(qbez((86, -122), (84, -146), (102, -152), 8)), pal["horn"], 3.5)
    c.line(T(qbez((78, -124), (70, -146), (58, -150), 8)), line, 7)
    c.line(T(qbez((78, -124), (70, -146), (58, -150), 8)), pal["horn"], 3.5)
    c.poly(T(head), body_c, line, 2.2)
    c.poly(T(body), body_c, line, 2.2)
    # hump, dewlap folds
    c.poly(T(ellipse_pts(34, -122, 24, 13, -12, 20)), body_c, line, 2)
    c.poly(T(body[40:48] + body[0:4]), body_c)
    c.line(T(qbez((66, -52), (58, -70), (70, -86), 8)), line, 1.6)
    # ear, eye, muzzle
    ear = Leaf((88, -112), -80, 30, 14, 0.8, 0.9, 0.2, 12)
    c.poly(T(ear.outline), body_c, line, 1.6)
    c.poly(T(ellipse_pts(118, -74, 9, 8, 30, 14)), pal["muzzle"], line, 1.4)
    c.dot(*T([(120, -76)])[0], 2.2 * s, line)
    c.dot(*T([(100, -104)])[0], 5 * s, pal["muzzle"])
    c.dot(*T([(101, -104)])[0], 2.8 * s, line)
    # batik decoration on the flank: a rosette and sawut lines
    fx, fy = T([(-14, -88)])[0]
    draw_flower(c, fx, fy, 20 * s, deco, pal["centre"], line, 8, 0, 1.2)
    for k in range(5):
        c.line(T(qbez((-68, -106 + k * 9), (-52, -96 + k * 9), (-40, -106 + k * 9), 8)), deco, 1.6)
    cecek_row(c, T([(10 + i * 6, -62) for i in range(8)]), 1.7 * s, deco, 7 * s)


def thengul(c: Cloth, x, y, pal, col: dict, s=1.0):
    """A Wayang Thengul: a carved 3-D wooden puppet on its rod."""
    line = pal["line"]
    gold = pal["gold"]
    # rod into the rancak
    c.rect(x - 4 * s, y - 60 * s, x + 4 * s, y + 30 * s, pal["rod"])
    # sampur (sash) ribbons behind
    for side in (-1, 1):
        rib = bez((x + side * 26 * s, y - 190 * s), (x + side * 70 * s, y - 150 * s),
                  (x + side * 40 * s, y - 90 * s), (x + side * 66 * s, y - 40 * s), 16)
        widths = [7 * s * (1 + 0.6 * i / 16) for i in range(17)]
        lft, rgt = sweep(rib, widths)
        c.poly(lft + rgt[::-1], col["sash"], line, 1.8, halo=pal["halo"], hw=3)
    # kain (skirt) with a pointed front fold
    skirt = [(x - 34 * s, y - 196 * s), (x + 34 * s, y - 196 * s), (x + 62 * s, y - 52 * s),
             (x + 20 * s, y - 46 * s), (x, y - 22 * s), (x - 20 * s, y - 46 * s), (x - 62 * s, y - 52 * s)]
    c.poly(skirt, col["kain"], line, 2.2, halo=pal["halo"], hw=4)
    # batik pattern on the kain: diagonal parang-like stripes of dots
    for k in range(-6, 6):
        x0 = x + k * 16 * s
        for j in range(12):
            t = j / 11
            px, py = x0 - 14 * s + 44 * s * t, y - 184 * s + 124 * s * t
            if inside(px, py, skirt, 4 * s):
                c.dot(px, py, 1.9 * s, col["kain_dot"])
    c.poly([(x - 62 * s, y - 52 * s), (x - 20 * s, y - 46 * s), (x - 22 * s, y - 58 * s), (x - 60 * s, y - 64 * s)], gold)
    c.poly([(x + 62 * s, y - 52 * s), (x + 20 * s, y - 46 * s), (x + 22 * s, y - 58 * s), (x + 60 * s, y - 64 * s)], gold)
    c.poly([(x - 12 * s, y - 196 * s), (x + 12 * s, y - 196 * s), (x + 8 * s, y - 40 * s), (x, y - 24 * s),
            (x - 8 * s, y - 40 * s)], col["fold"], line, 1.6)
    # belt
    c.rect(x - 36 * s, y - 206 * s, x + 36 * s, y - 192 * s, gold)
    c.dot(x, y - 199 * s, 7 * s, pal["gem"])
    # torso
    torso = [(x - 44 * s, y - 282 * s), (x + 44 * s, y - 282 * s), (x + 30 * s, y - 206 * s), (x - 30 * s, y - 206 * s)]
    c.poly(torso, col["skin"], line, 2.2, halo=pal["halo"], hw=4)
    c.poly([(x - 30 * s, y - 240 * s), (x + 30 * s, y - 240 * s), (x + 30 * s, y - 206 * s), (x - 30 * s, y - 206 * s)],
           col["vest"], line, 1.6)
    # kalung (necklace)
    neck_arc = [(x + 34 * s * math.cos(a), y - 282 * s + 30 * s * math.sin(a)) for a in
                [math.pi * i / 12 for i in range(13)]]
    c.line(neck_arc, gold, 7 * s)
    for i in range(1, 12, 2):
        c.dot(*neck_arc[i], 3 * s, pal["gem"])
    # arms: one down, one bent up holding
    for side in (-1, 1):
        sh = (x + side * 44 * s, y - 276 * s)
        el = (x + side * 62 * s, y - 226 * s)
        hand = (x + side * 48 * s, y - 186 * s) if side < 0 else (x + 86 * s, y - 252 * s)
        c.line([sh, el, hand], line, 13 * s)
        c.line([sh, el, hand], col["skin"], 9 * s)
        c.dot(*el, 6 * s, gold)
        c.ellipse(hand[0], hand[1], 7 * s, 7 * s, col["skin"], line, 1.4)
        c.dot(sh[0], sh[1] + 4 * s, 9 * s, gold)
    # arm rod (tuding)
    c.line([(x + 86 * s, y - 252 * s), (x + 96 * s, y - 120 * s)], pal["rod"], 2.5 * s)
    # neck and head
    c.rect(x - 9 * s, y - 300 * s, x + 9 * s, y - 280 * s, col["skin"])
    hx, hy = x, y - 326 * s
    c.ellipse(hx - 30 * s, hy - 6 * s, 12 * s, 10 * s, gold, line, 1.4)  # sumping (ear ornaments)
    c.ellipse(hx + 30 * s, hy - 6 * s, 12 * s, 10 * s, gold, line, 1.4)
    c.ellipse(hx, hy, 28 * s, 34 * s, col["face"], line, 2.2)
    # face: almond eyes, nose, moustache, mouth
    for side in (-1, 1):
        ex = hx + side * 11 * s
        c.poly(ellipse_pts(ex, hy - 6 * s, 7 * s, 3.4 * s, side * -12, 16), pal["eye"], line, 1.2)
        c.dot(ex, hy - 6 * s, 2.2 * s, line)
        c.line([(ex - 7 * s, hy - 14 * s), (ex + 7 * s, hy - 15 * s)], line, 2.2)
    c.line([(hx, hy - 6 * s), (hx + 3 * s, hy + 6 * s), (hx - 2 * s, hy + 8 * s)], line, 1.6)
    c.line(qbez((hx - 12 * s, hy + 14 * s), (hx, hy + 9 * s), (hx + 12 * s, hy + 14 * s), 8), col["mous"], 3.2)
    c.line([(hx - 6 * s, hy + 20 * s), (hx + 6 * s, hy + 20 * s)], pal["gem"], 2.4)
    # makutha (crown)
    cy = hy - 30 * s
    crown = [(hx - 32 * s, cy + 4 * s), (hx - 36 * s, cy - 20 * s), (hx - 22 * s, cy - 36 * s), (hx - 16 * s, cy - 22 * s),
             (hx - 6 * s, cy - 70 * s), (hx, cy - 84 * s), (hx + 6 * s, cy - 70 * s), (hx + 16 * s, cy - 22 * s),
             (hx + 22 * s, cy - 36 * s), (hx + 36 * s, cy - 20 * s), (hx + 32 * s, cy + 4 * s)]
    c.poly(crown, gold, line, 2, halo=pal["halo"], hw=4)
    c.poly([(hx - 30 * s, cy - 6 * s), (hx + 30 * s, cy - 6 * s), (hx + 31 * s, cy + 4 * s), (hx - 31 * s, cy + 4 * s)],
           col["kain"], line, 1.4)
    c.poly(star_pts(hx, cy - 44 * s, 12 * s, 5 * s, 4, -90), pal["gem"], line, 1.2)
    for k in (-2, -1, 0, 1, 2):
        c.dot(hx + k * 11 * s, cy - 1 * s, 2.6 * s, gold)


def mango(c: Cloth, x, y, ang, pal, s=1.0, flip=False):
    """A mango hanging from (x, y): a plump bean shape with a beak."""
    def T(pts):
        return xform(pts, x, y, ang, s, flip)

    L, Wd = 170, 118
    pts = []
    n = 44
    for i in range(n + 1):
        t = i / n
        w = Wd / 2 * profile(t, 0.8, 0.55)
        pts.append((w * 1.08 + 10 * math.sin(math.pi * t) + 8 * t * t, t * L))
    back = []
    for i in range(n, -1, -1):
        t = i / n
        w = Wd / 2 * profile(t, 0.8, 0.55)
        back.append((-w * 0.92 + 10 * math.sin(math.pi * t) + 8 * t * t + (-6 * math.sin(math.pi * t * 1.2) if t > 0.7 else 0), t * L))
    body = pts + back
    c.poly(T(body), pal["fruit"], None, halo=pal["halo"], hw=4)
    # blush on the sun-side half
    blush = pts + [(10 * math.sin(math.pi * i / n) + 8 * (i / n) ** 2, i / n * L) for i in range(n, -1, -1)]
    c.poly(T(blush), pal["blush"])
    # shine and isen: curved sawut lines and cecek
    for k in range(4):
        off = -32 + k * 9
        c.line(T(qbez((off, 40), (off - 8, 80), (off + 2, 130), 10)), pal["sawut"], 1.6)
    cecek_row(c, T([(28 + 6 * math.sin(i / 3), 30 + i * 9) for i in range(12)]), 2.0 * s, pal["sawut"], 12 * s)
    c.poly(T(ellipse_pts(-20, 50, 8, 22, -8, 18)), pal["shine"])
    c.line(T(body + [body[0]]), pal["line"], 2.4)
    # stalk
    c.line(T([(0, 0), (2, -22)]), pal["stalk"], 5)


def rosella_bud(c: Cloth, x, y, ang, pal, s=1.0):
    """Rosella calyx: fleshy red sepals with a ring of thin bracts."""
    def T(pts):
        return xform(pts, x, y, ang, s)

    for k in range(9):
        a = -90 + (k - 4) * 22
        r0 = (math.cos(math.radians(a)) * 14, 6 + math.sin(math.radians(a)) * 4)
        tip = (math.cos(math.radians(a)) * 44, 22 + abs(math.sin(math.radians(a))) * 0 + 22 + (k % 2) * 6)
        c.line(T([(r0[0], 10), (tip[0], tip[1] - 16)]), pal["bract"], 3)
    sep = [Leaf((0, 14), 0, 92, 48, 0.55, 0.8, 0, 24), Leaf((-6, 14), -24, 82, 40, 0.55, 0.8, -0.12, 24),
           Leaf((6, 14), 24, 82, 40, 0.55, 0.8, 0.12, 24)]
    for k, lf in enumerate((sep[1], sep[2], sep[0])):
        c.poly(T(lf.outline), pal["calyx"] if k == 2 else pal["calyx2"], pal["line"], 1.8, halo=pal["halo"], hw=3)
        c.line(T(lf.axis[3:21]), pal["calyx_vein"], 1.6)
        for u in (-0.5, 0.5):
            c.line(T([lf.at(t / 10, u) for t in range(2, 8)]), pal["calyx_vein"], 1.1)
    c.poly(T([(-12, 4), (12, 4), (10, 18), (-10, 18)]), pal["calyx2"], pal["line"], 1.4)
    c.line(T([(0, 4), (0, -14)]), pal["stem"], 5)


def rosella_flower(c: Cloth, x, y, r, ang, pal):
    """An open rosella (hibiscus) flower: five broad overlapping petals, dark eye."""
    petals = []
    for k in range(5):
        a = math.radians(ang + 72 * k - 90)
        cx, cy = x + math.cos(a) * r * 0.5, y + math.sin(a) * r * 0.5
        petals.append((a, ellipse_pts(cx, cy, r * 0.56, r * 0.44, math.degrees(a) + 12, 30)))
    for _, pts in petals:
        c.poly(pts, None, None, halo=pal["halo"], hw=3)
    for a, pts in petals:
        c.poly(pts, pal["petal"], pal["line"], 1.6)
        for da in (-0.35, 0, 0.35):
            c.line([(x + math.cos(a + da) * r * 0.3, y + math.sin(a + da) * r * 0.3),
                    (x + math.cos(a + da * 1.2) * r * 0.78, y + math.sin(a + da * 1.2) * r * 0.78)], pal["petal2"], 1.4)
    c.poly(star_pts(x, y, r * 0.42, r * 0.26, 5, ang - 90 + 36), pal["eye"])
    c.dot(x, y, r * 0.26, pal["eye"])
    # staminal column with its pollen dots
    a = math.radians(ang - 60)
    tip = (x + math.cos(a) * r * 0.42, y + math.sin(a) * r * 0.42)
    c.line([(x, y), tip], pal["petal"], 3)
    for k in range(5):
        b = a + math.radians(-60 + 30 * k)
        c.dot(tip[0] + math.cos(b) * 6, tip[1] + math.sin(b) * 6, 2.6, "#f2c230")


def rosella_leaf(c: Cloth, x, y, ang, pal, s=1.0):
    for da, ln in ((-40, 0.75), (40, 0.75), (0, 1.0)):
        lf = Leaf((x, y), ang + da, 120 * s * ln, 30 * s * ln, 0.8, 0.9, 0, 24)
        c.poly(lf.outline, pal["leaf"], pal["line"], 1.6, halo=pal["halo"], hw=3)
        c.poly(lf.half("right"), pal["leaf2"])
        c.line(lf.axis[:22], pal["leaf_vein"], 1.8)
        for v in lf.veins(5, 0.15, 0.75, 0.8, 0.12):
            c.line(v, pal["leaf_vein"], 1.0)
        c.line(lf.outline + [lf.outline[0]], pal["line"], 1.6)


def banana_finger(c: Cloth, base: Point, ang: float, pal, s=1.0, curl=1.0, col=None):
    """One banana: a fat crescent from ``base`` pointing ``ang`` and curving."""
    L = 96 * s
    a = math.radians(ang)
    dx, dy = math.sin(a), -math.cos(a)
    nx, ny = math.cos(a), math.sin(a)
    bx, by = base
    axis = []
    for i in range(25):
        t = i / 24
        off = curl * L * 0.22 * t * t
        axis.append((bx + dx * L * t + nx * off, by + dy * L * t + ny * off))
    widths = [(3 + 13.5 * profile(0.04 + 0.92 * i / 24, 0.75, 0.45)) * s for i in range(25)]
    widths[-1] = 3 * s
    lft, rgt = sweep(axis, widths)
    c.poly(lft + rgt[::-1], col or pal["fruit"], pal["line"], 1.8, halo=pal["halo"], hw=2)
    # ridge highlight and dark tip
    c.line([((lx + ax) / 2, (ly + ay) / 2) for (lx, ly), (ax, ay) in zip(lft[3:20], axis[3:20])], pal["ridge"], 1.4)
    c.dot(*axis[-1], 3.6 * s, pal["tip"])
    c.poly(sweep(axis[:4], [4 * s] * 4)[0] + sweep(axis[:4], [4 * s] * 4)[1][::-1], pal["stalk"])


def banana_bunch(c: Cloth, x, y, pal, s=1.0):
    """A hanging banana bunch: tiers (sisir) of fingers and the purple heart."""
    c.line(qbez((x - 30 * s, y - 90 * s), (x + 4 * s, y - 60 * s), (x, y - 20 * s), 10), pal["line"], 14 * s)
    c.line(qbez((x - 30 * s, y - 90 * s), (x + 4 * s, y - 60 * s), (x, y - 20 * s), 10), pal["stalk"], 9 * s)
    c.line([(x, y - 20 * s), (x, y + 250 * s)], pal["line"], 13 * s)
    c.line([(x, y - 20 * s), (x, y + 250 * s)], pal["stalk"], 9 * s)
    # heart (jantung) at the bottom
    hx, hy = x, y + 246 * s
    heart = Leaf((hx, hy), 180, 92 * s, 58 * s, 0.6, 0.8, 0, 24)
    c.poly(heart.outline, pal["heart"], pal["line"], 2, halo=pal["halo"], hw=4)
    for u in (-0.5, 0.0, 0.5):
        c.line([heart.at(t / 10, u) for t in range(1, 9)], pal["heart2"], 1.8)
    bract = Leaf((hx, hy - 6 * s), 155, 62 * s, 40 * s, 0.6, 0.8, 0.2, 20)
    c.poly(bract.outline, pal["heart2"], pal["line"], 1.6)
    # tiers from the top down; each lower tier overlaps the one above
    for tier in range(4):
        ty = y + tier * 52 * s
        nf = 7 - tier
        order = sorted(range(nf), key=lambda j: -abs(j - (nf - 1) / 2))  # outer fingers first
        for j in order:
            k = (j - (nf - 1) / 2) / max((nf - 1) / 2, 1)  # -1 .. 1 across the tier
            base = (x + k * 22 * s, ty + 10 * s + abs(k) * -6 * s)
            ang = k * 62
            col = pal["fruit2"] if (tier == 0 and abs(k) < 0.5) or (tier + j) % 5 == 0 else pal["fruit"]
            curl = 0.3 if k == 0 else (-0.8 if k > 0 else 0.8)  # fingers curve back up towards the stalk
            banana_finger(c, base, ang, pal, s * (0.95 - 0.05 * tier), curl=curl, col=col)
        c.poly(ellipse_pts(x, ty + 12 * s, 18 * s, 7 * s, 0, 16), pal["stalk"], pal["line"], 1.5)


def banana_leaf(c: Cloth, base, ang, pal, L=380, Wd=120, rng=None, bend=0.15):
    lf = Leaf(base, ang, L, Wd, 0.75, 0.55, bend, 48)
    c.poly(lf.outline, pal["leaf"], None, halo=pal["halo"], hw=4)
    c.poly(lf.half("right"), pal["leaf2"])
    # dense parallel veins (sawut) angled toward the edge
    for k in range(26):
        t = 0.04 + 0.9 * k / 25
        for u in (1, -1):
            c.line([lf.at(t, 0), lf.at(t + 0.05, u * 0.98)], pal["vein"], 1.2)
    # tears in the leaf (ground shows through)
    if rng is not None:
        for _ in range(3):
            t = rng.uniform(0.2, 0.8)
            u = rng.choice((-1, 1))
            c.poly([lf.at(t, u * 1.05), lf.at(t + 0.05, u * 0.35), lf.at(t + 0.015, u * 1.05)], pal["ground"])
    c.line(lf.axis[:46], pal["line"], 7)
    c.line(lf.axis[:46], pal["rib"], 4)
    c.line(lf.outline + [lf.outline[0]], pal["line"], 2)


def salak(c: Cloth, x, y, pal, s=1.0, ang=0.0):
    """Snake fruit: a fig shape, pointed at the top, covered in overlapping scales."""
    L, Wd = 168 * s, 124 * s
    fr = Leaf((x, y), ang, L, Wd, 0.6, 0.6, 0, 40)
    c.poly(fr.outline, pal["fruit"], pal["line"], 2.2, halo=pal["halo"], hw=4)
    a = math.radians(ang)
    up = (math.sin(a), -math.cos(a))
    side = (math.cos(a), math.sin(a))
    rows = 10
    # top rows first so the lower scales overlap them, like the real skin
    for r in range(rows - 1, -1, -1):
        t = 0.05 + 0.86 * r / rows
        w = profile(t, 0.6, 0.6)
        ncol = max(2, int(round(8.5 * w)))
        for k in range(ncol + 1):
            u = -1 + 2 * (k + (0.5 if r % 2 else 0.0)) / ncol
            if abs(u) > 0.9:
                continue
            px, py = fr.at(t, u * 0.95)
            sq = math.cos(u * 1.25)  # scales foreshorten towards the sides
            sw = 7.8 * s * (0.45 + 0.55 * sq)
            sh = 15 * s * (0.75 + 0.25 * w)
            # shield shape: round at the bottom, pointed at the top
            shield = [(px + side[0] * sw * math.cos(th) - up[0] * sh * 0.35 * math.sin(th),
                       py + side[1] * sw * math.cos(th) - up[1] * sh * 0.35 * math.sin(th))
                      for th in [math.pi * i / 8 for i in range(9)]]
            tipp = (px + up[0] * sh, py + up[1] * sh)
            if c.lineart:  # scales too small to colour: their lower edges as open arcs, every other row
                if r % 2 == 0:
                    c.line(shield, pal["scale_line"], LINE_IN)
                continue
            c.poly(shield + [tipp], pal["scale"] if (r + k) % 3 else pal["scale2"], pal["scale_line"], 1.2)
            c.line([(px + up[0] * sh * 0.15, py + up[1] * sh * 0.15), (px + up[0] * sh * 0.8, py + up[1] * sh * 0.8)],
                   pal["scale_tip"], 1.1)
            c.dot(tipp[0], tipp[1], 1.5 * s, pal["scale_tip"])
    c.poly(ellipse_pts(*fr.at(0.6, -0.5), 6 * s, 18 * s, ang + 15, 16), pal["shine"])
    c.line(fr.outline + [fr.outline[0]], pal["line"], 2.4)
    # pointed tip and a calyx at the base
    tip = fr.at(1.0, 0)
    c.poly([(tip[0] - side[0] * 5 * s, tip[1] - side[1] * 5 * s), (tip[0] + up[0] * 14 * s, tip[1] + up[1] * 14 * s),
            (tip[0] + side[0] * 5 * s, tip[1] + side[1] * 5 * s)], pal["scale_line"])
    bx, by = fr.at(0.0, 0)
    for k in (-1, 0, 1):
        c.poly(xform([(-6, 0), (6, 0), (k * 16, 24)], bx, by - 4, ang + 180, s), pal["stalk"], pal["line"], 1.2)


def starfruit_slice(c: Cloth, x, y, r, ang, pal):
    """A star-fruit cross-section: a rounded five-pointed star with seeds."""
    def star(rr, sharp):
        pts = []
        for i in range(100):
            th = 2 * math.pi * i / 100
            k = abs(math.cos(5 * th / 2)) ** sharp
            rad = rr * (0.5 + 0.5 * k)
            a = th + math.radians(ang - 90)
            pts.append((x + rad * math.cos(a), y + rad * math.sin(a)))
        return pts

    c.poly(star(r, 1.7), pal["skin"], pal["line"], 2.4, halo=pal["halo"], hw=4)
    c.poly(star(r * 0.86, 1.7), pal["flesh"])
    for i in range(5):
        a = math.radians(ang - 90 + 72 * i)
        c.line([(x, y), (x + math.cos(a) * r * 0.78, y + math.sin(a) * r * 0.78)], pal["rib"], 1.6)
        sx, sy = x + math.cos(a) * r * 0.33, y + math.sin(a) * r * 0.33
        c.poly(ellipse_pts(sx, sy, r * 0.1, r * 0.05, math.degrees(a), 14), pal["seed"], pal["line"], 1.0)
        # cecek between the points
        b = a + math.radians(36)
        c.dot(x + math.cos(b) * r * 0.48, y + math.sin(b) * r * 0.48, r * 0.03, pal["rib"])
    c.poly(star_pts(x, y, r * 0.14, r * 0.06, 5, ang - 90), pal["rib"])


def starfruit_whole(c: Cloth, x, y, ang, pal, s=1.0):
    fr = Leaf((x, y), ang, 190 * s, 92 * s, 0.9, 0.6, 0, 40)
    c.poly(fr.outline, pal["skin"], None, halo=pal["halo"], hw=4)
    # three visible ribs = five-angled fruit seen from the side
    for u0, u1 in ((-1.0, -0.45), (0.45, 1.0)):
        band = [fr.at(i / 40, u0) for i in range(41)] + [fr.at(i / 40, u1) for i in range(40, -1, -1)]
        c.poly(band, pal["shade"])
    for u in (-0.45, 0.45):
        c.line([fr.at(i / 40, u) for i in range(1, 40)], pal["ridge"], 2.2)
    c.line([fr.at(i / 40, 0.0) for i in range(3, 38)], pal["flesh"], 3)
    c.line(fr.outline + [fr.outline[0]], pal["line"], 2.4)
    c.line([fr.at(0, 0), xform([(0, 22 * s)], *fr.at(0, 0), ang)[0]], pal["stalk"], 4)


def pinnate_leaf(c: Cloth, base, ang, pal, L=170, s=1.0, pairs=4):
    """A star-fruit leaf: a rachis with pairs of ovate leaflets and one at the tip."""
    a = math.radians(ang)
    dx, dy = math.sin(a), -math.cos(a)
    tip = (base[0] + dx * L * s, base[1] + dy * L * s)
    c.line([base, tip], pal["line"], 5)
    c.line([base, tip], pal["stem"], 3)
    leaflets = []
    for k in range(pairs):
        t = 0.22 + (0.95 - 0.22) * k / max(pairs - 1, 1)
        px, py = base[0] + dx * L * s * t, base[1] + dy * L * s * t
        ln = (0.8 + 0.35 * k / max(pairs - 1, 1))
        for side in (-1, 1):
            leaflets.append(Leaf((px, py), ang + side * 62, 52 * s * ln, 28 * s * ln, 0.75, 0.8, -0.1 * side, 16))
    leaflets.append(Leaf(tip, ang, 62 * s, 32 * s, 0.75, 0.8, 0, 16))
    for lf in leaflets:
        c.poly(lf.outline, None, None, halo=pal["halo"], hw=2.5)
    for k, lf in enumerate(leaflets):
        c.poly(lf.outline, pal["leaf"], pal["line"], 1.3)
        c.poly(lf.half("right"), pal["leaf2"])
        c.line(lf.axis[:15], pal["leaf_vein"], 1.0)
        c.line(lf.outline + [lf.outline[0]], pal["line"], 1.3)


def small_flowers(c: Cloth, x, y, pal, rng, n=5, spread=30, r=9):
    """A little cluster of five-petalled blossoms on thin stalks."""
    for _ in range(n):
        a = rng.uniform(0, 2 * math.pi)
        d = rng.uniform(0.3, 1.0) * spread
        fx, fy = x + math.cos(a) * d, y + math.sin(a) * d
        c.line([(x, y), (fx, fy)], pal["stem"], 1.6)
        draw_flower(c, fx, fy, r, pal["flower"], pal["flower_c"], pal["line"], 5, rng.uniform(0, 72), 1.0,
                    halo=pal["halo"], fat=0.6)


# --------------------------------------------------------------------------
# The 14 motifs
# --------------------------------------------------------------------------


BORDER_SOGA = {"band": "#e9d3a6", "dark": "#3a2012", "motif": "#8a4b22", "accent": "#c9872e", "light": "#f6ead0"}


def sekar_jati(size, rng):
    pal = {"ground": "#4b2816", "dots": "#6f4124", "crack": "#3a1e10",
           "leaf": "#6f8f2a", "leaf2": "#58761f", "vein": "#e8d9a8", "line": "#22140a",
           "flower": "#fbf3dc", "centre": "#d9772b", "bud": "#f0c75e", "stem": "#c9a25e", "halo": "#e8d9a8"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 400, 330):
        flip = 1 if (i + j) % 2 else -1
        l1 = Leaf((x - 10 * flip, y + 40), -58 * flip, 250, 178, 0.78, 0.62, 0.08 * flip, 44)
        l2 = Leaf((x + 6 * flip, y + 44), 140 * flip, 170, 124, 0.78, 0.62, -0.1 * flip, 40)
        draw_leaf(c, l2, pal["leaf2"], "#4a6519", pal["line"], pal["vein"], pal["halo"], 6)
        draw_leaf(c, l1, pal["leaf"], pal["leaf2"], pal["line"], pal["vein"], pal["halo"], 8)
        teak_cluster(c, x + 70 * flip, y - 40, rng, pal, 1.0, -90 + 20 * flip)
        cecek_pitu(c, x + 190, y + 120, 3, pal["vein"])
    return finish(c, BORDER_SOGA, "tumpal")


def pari_sumilak(size, rng):
    pal = {"ground": "#173a52", "dots": "#23506e", "crack": "#10283a",
           "leaf": "#5f9a3c", "leaf2": "#4b8030", "vein": "#b8d98a", "line": "#0c1d29",
           "stalk": "#c6a44a", "grain": "#f2b830", "grain2": "#e8962a", "halo": "#f5e2a8",
           "water": "#5b93b3"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"], spacing=20)
    for row, by in enumerate((FIELD_TOP + 455, FIELD_TOP + 935)):
        # paddy water under each row: sawut ripples and a line of cecek
        for k in range(-1, 12):
            x0 = k * 150 + (75 if row else 0)
            for j, w in enumerate((60, 44, 28)):
                yy = by + 8 + j * 8
                c.line([(x0 - w, yy), (x0 + w, yy)], pal["water"], 2.2)
        cecek_row(c, [(0, by + 36), (W0, by + 36)], 2.4, pal["water"], 16)
        for k in range(-1, 7):
            x = k * 300 + (150 if row else 0) + 90
            rice_plant(c, x, by, pal, rng, 1.0, 1 if k % 2 else -1)
            # fallen grains and cecek pitu between the clumps
            cecek_pitu(c, x + 150, by - 300, 3, pal["halo"])
            for gx, gy, ga in ((x + 130, by - 40, 30), (x + 165, by - 52, -20), (x + 150, by - 24, 80)):
                c.poly(ellipse_pts(gx, gy, 8, 4, ga, 12), pal["grain"], pal["line"], 1.0)
    pal_b = {"band": "#f2c14e", "dark": "#173a52", "motif": "#2d6a8a", "accent": "#5f9a3c", "light": "#fdf1c8"}
    return finish(c, pal_b, "ombak")


def jagung_miji_emas(size, rng):
    pal = {"ground": "#9e1b22", "dots": "#bd3a36", "crack": "#7f1219",
           "cob": "#f1c232", "kernel": "#f6c026", "kernel2": "#f49b1a", "kline": "#8a4a0a", "shine": "#fff3b0",
           "husk": "#7cab3a", "husk2": "#5a8a2b", "husk_vein": "#cde69a", "line": "#2b1608",
           "silk": "#f4e1a0", "stalk": "#5a8a2b", "halo": "#f7e7b8"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 320, 330):
        tilt = 24 if (i % 2 == 0) else -24
        corn_cob(c, x - tilt * 0.6, y + 120, tilt, pal, 0.95)
        cecek_pitu(c, x + 160, y - 10, 3.2, pal["halo"])
    pal_b = {"band": "#3f7a2a", "dark": "#2b1608", "motif": "#f2c232", "accent": "#e26a1c", "light": "#f7e7b8"}
    return finish(c, pal_b, "wajik")


def sata_gondo_wangi(size, rng):
    pal = {"ground": "#efe0bd", "dots": "#c9ab78", "crack": "#dcc69a",
           "leaf": "#5f8a34", "leaf2": "#4d7429", "leafb": "#b98a3e", "leafb2": "#9c6f2c",
           "vein": "#f3e7c3", "sawut": "#2f4a18", "line": "#3a2212", "halo": "#7a4a22"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"], spacing=20)
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 460, 470, drop=0.5):
        # four leaves in a cross, neatly arranged like drying tobacco
        for k in range(4):
            ang = 45 + 90 * k
            tobacco_leaf(c, (x, y), ang, pal, 225, 118, (k + i) % 2)
        # tobacco flower in the centre
        for k in range(5):
            a = math.radians(72 * k - 90)
            c.poly(ellipse_pts(x + math.cos(a) * 16, y + math.sin(a) * 16, 16, 10, math.degrees(a), 18),
                   "#e58fa6", pal["line"], 1.6)
        c.dot(x, y, 8, "#f6e9c6")
        c.dot(x, y, 3.5, pal["line"])
    # small buds between the crosses
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 460, 470, drop=0.5):
        bx, by = x + 230, y - 0
        c.poly(star_pts(bx, by, 26, 10, 4, -90), "#b5553c", pal["line"], 1.6)
        cecek_pitu(c, bx, by, 2.4, "#f6e9c6", 0)
    pal_b = {"band": "#7a4a22", "dark": "#2e190c", "motif": "#e6c98c", "accent": "#5f8a34", "light": "#f3e3bd"}
    return finish(c, pal_b, "kawung")


def gatra_rinonce(size, rng):
    pal = {"ground": "#1f5a32", "dots": "#2e7442", "crack": "#174a27",
           "tower": "#f2c530", "tower_bg": "#2a6c3b", "base": "#d79a1e", "flag": "#e4572e", "line": "#0f2a16",
           "pipe": "#c9a33a", "flame1": "#f08a24", "flame2": "#f6c531", "flame3": "#fff2a6",
           "tendril": "#a9d65b", "leaf": "#7fbf3f", "leaf2": "#63a532", "flower": "#f7e15a", "centre": "#e4572e", "halo": "#f8eeb0"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    rows = (FIELD_TOP + 440, FIELD_TOP + 915)
    for r, by in enumerate(rows):
        xs = [k * 400 + (200 if r else 0) - 100 for k in range(-1, 6)]
        # two tendrils braided together (rinonce: strung like a garland) linking
        # every tower to every flame
        yc = by - 175
        amp, per = 58, 400
        ph = r * math.pi
        vines = []
        for sgn in (1, -1):
            vines.append([(x, yc + sgn * amp * math.sin(2 * math.pi * x / per + ph)) for x in range(-40, W0 + 42, 5)])
        for vine in vines:
            c.line(vine, pal["line"], 7.5)
            c.line(vine, pal["tendril"], 4.5)
        for k in range(-1, W0 // 50 + 2):
            xv = k * 50 + 25
            if k % 4 in (1, 3):  # leaves and curls along the swells
                for sgn in (1, -1):
                    yv = yc + sgn * amp * math.sin(2 * math.pi * xv / per + ph)
                    out = 1 if yv > yc else -1
                    lf = Leaf((xv, yv), 90 + 90 * out + (30 if k % 8 < 4 else -30), 58, 30, 0.8, 0.9, 0.25 * out, 18)
                    c.poly(lf.outline, pal["leaf"], pal["line"], 1.5, halo=pal["halo"], hw=1.5)
                    c.poly(lf.half("right"), pal["leaf2"])
                    c.line(lf.axis[:17], pal["halo"], 1.1)
                    c.line(spiral(xv + 26, yv + out * 34, 16, 1.4, 0, out > 0, 36), pal["tendril"], 3)
        # flowers where the two tendrils cross, buds between
        for k in range(-1, W0 // (per // 2) + 2):
            xf = k * per / 2 - ph / (2 * math.pi) * per
            draw_flower(c, xf, yc, 22, pal["flower"], pal["centre"], pal["line"], 6, 0, 1.6, halo=pal["halo"], fat=0.6)
            c.dot(xf, yc, 4, pal["flower"])
        for k, x in enumerate(xs):
            if k % 2 == 0:
                derrick(c, x, by, pal, 1.08)
            else:
                gas_flame(c, x, by, pal, 1.0, 1 if k % 4 == 1 else -1)
            # a sprig of flowers at the foot of each one
            for side in (-1, 1):
                sx = x + side * 118
                stem = qbez((sx, by + 4), (sx + side * 10, by - 50), (sx - side * 8, by - 92), 12)
                c.line(stem, pal["line"], 5.5)
                c.line(stem, pal["tendril"], 3)
                for t, sgn in ((4, 1), (8, -1)):
                    lf = Leaf(stem[t], sgn * 55, 38, 18, 0.8, 0.9, 0.2 * sgn, 14)
                    c.poly(lf.outline, pal["leaf"], pal["line"], 1.3)
                draw_flower(c, *stem[-1], 15, pal["flower"], pal["centre"], pal["line"], 5, 18, 1.3, halo=pal["halo"])
            cecek_pitu(c, x + 200, by - 40, 3, pal["halo"])
            cecek_pitu(c, x + 200, by - 330, 3, pal["halo"])
        c.rect(0, by + 14, W0, by + 20, pal["halo"])
        cecek_row(c, [(0, by + 30), (W0, by + 30)], 2.6, pal["tendril"], 14)
    pal_b = {"band": "#f2c530", "dark": "#0f2a16", "motif": "#2e7442", "accent": "#a9d65b", "light": "#fdf3c4"}
    return finish(c, pal_b, "tumpal")


def parang_dahono_munggal(size, rng):
    pal = {"ground": "#2a130c", "dots": "#4a2416", "crack": "#1d0c07", "line": "#160804",
           "flame1": "#d4331f", "flame2": "#f07c1e", "flame3": "#f8d347", "band": "#f0dfb8", "band2": "#8a3b1a",
           "halo": "#f0dfb8"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"], spacing=18)
    ang = 45.0
    a = math.radians(ang)
    ex, ey = math.cos(a), math.sin(a)  # along the band
    nx, ny = -math.sin(a), math.cos(a)  # across the band
    B = 230.0  # band pitch across
    P = 118.0  # flame pitch along
    ox, oy = W0 / 2, H0 / 2
    for k in range(-7, 8):
        v = k * B
        # separator stripe (mlinjon chain) at v + B/2
        sv = v + B / 2
        L = 1400
        p0 = (ox + nx * sv - ex * L, oy + ny * sv - ey * L)
        p1 = (ox + nx * sv + ex * L, oy + ny * sv + ey * L)
        hw_ = 24
        strip = [(p0[0] + nx * hw_, p0[1] + ny * hw_), (p1[0] + nx * hw_, p1[1] + ny * hw_),
                 (p1[0] - nx * hw_, p1[1] - ny * hw_), (p0[0] - nx * hw_, p0[1] - ny * hw_)]
        c.poly(strip, pal["band"])
        for side in (-1, 1):
            c.line([(p0[0] + nx * side * (hw_ - 4), p0[1] + ny * side * (hw_ - 4)),
                    (p1[0] + nx * side * (hw_ - 4), p1[1] + ny * side * (hw_ - 4))], pal["band2"], 2.5)
        for m in range(-30, 31):
            u = m * 46
            cx, cy = ox + nx * sv + ex * u, oy + ny * sv + ey * u
            c.poly(xform([(0, -13), (9, 0), (0, 13), (-9, 0)], cx, cy, ang), pal["band2"] if m % 2 else pal["flame1"])
            c.dot(cx + ex * 23, cy + ey * 23, 3, pal["band2"])
        # flames rising from the stripe across the band (the eternal fire of Kayangan Api)
        base_v = sv - hw_ - 2
        for m in range(-16, 17):
            u = m * P + (P / 2 if k % 2 else 0)
            cx, cy = ox + nx * base_v + ex * u, oy + ny * base_v + ey * u
            big = m % 2 == 0
            h = 172 if big else 118
            wv = 50 if big else 38
            fire(c, cx, cy, h, wv, ang + (6 if big else -10), pal, 1 if big else -1, halo=pal["halo"], hw=2.5)
            # sparks (cecek) above the smaller flames
            if not big:
                for (sx, sy), sr in zip(xform([(-6, -148), (16, -170), (-18, -182)], cx, cy, ang), (5, 3.6, 2.8)):
                    c.dot(sx, sy, sr, pal["flame3"])
    pal_b = {"band": "#8a2a16", "dark": "#160804", "motif": "#f07c1e", "accent": "#f8d347", "light": "#f0dfb8"}
    return finish(c, pal_b, "lereng")


def mliwis_mukti(size, rng):
    pal = {"ground": "#1a2747", "dots": "#2a3a63", "crack": "#131d38",
           "body": "#fbf7ec", "shade": "#dfe6ee", "feather": "#7f93b4", "line": "#0b1226", "beak": "#e88a2d",
           "cap": "#c9b38a", "eye_ring": "#fbf7ec", "ripple": "#7fb3d5", "halo": "#3f5f97",
           "lotus": "#f09ab0", "pad": "#3f8a62"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 330, 330):
        flip = (i + j) % 2 == 1
        if j % 2 == 0:
            duck(c, x, y + 40, pal, 0.95, flip)
        else:
            duck(c, x, y + 10, pal, 0.9, not flip, flying=True)
        # water plants between the ducks
        px, py = x + 165, y + 90
        c.poly(ellipse_pts(px, py + 14, 34, 10, 0, 24), pal["pad"], pal["line"], 1.4)
        for k in range(5):
            a = -90 + (k - 2) * 28
            lf = Leaf((px, py), a + 90, 30, 14, 0.7, 0.9, 0, 12)
            c.poly(lf.outline, pal["lotus"], pal["line"], 1.2)
        c.dot(px, py - 4, 5, "#f6d36a")
        cecek_pitu(c, x - 150, y - 110, 2.6, pal["ripple"])
    pal_b = {"band": "#6f9fcf", "dark": "#0b1226", "motif": "#fbf7ec", "accent": "#1a2747", "light": "#e6f0fa"}
    return finish(c, pal_b, "ombak")


def parang_lembu_sekar_rinambat(size, rng):
    pal = {"ground": "#efe1c2", "dots": "#cfb184", "crack": "#e0cda6",
           "body": "#8a4b22", "body2": "#5b3016", "far": "#6b3a1a", "deco": "#f3e3bd", "deco2": "#e8b46a",
           "centre": "#2a3a66", "muzzle": "#f0d2a8", "horn": "#f3e3bd", "line": "#2a160a", "halo": "#efe1c2",
           "vine_band": "#2a3a66", "vine": "#efe1c2", "leaf": "#8aa86a", "flower": "#d9643a"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    ang = 45.0
    a = math.radians(ang)
    ex, ey = math.cos(a), math.sin(a)
    nx, ny = -math.sin(a), math.cos(a)
    B = 320.0
    ox, oy = W0 / 2, H0 / 2
    for k in range(-6, 7):
        sv = k * B + B / 2
        L = 1400
        p0 = (ox + nx * sv - ex * L, oy + ny * sv - ey * L)
        p1 = (ox + nx * sv + ex * L, oy + ny * sv + ey * L)
        hw_ = 42
        c.poly([(p0[0] + nx * hw_, p0[1] + ny * hw_), (p1[0] + nx * hw_, p1[1] + ny * hw_),
                (p1[0] - nx * hw_, p1[1] - ny * hw_), (p0[0] - nx * hw_, p0[1] - ny * hw_)], pal["vine_band"])
        for side in (-1, 1):
            off = side * (hw_ + 4)
            c.line([(p0[0] + nx * off, p0[1] + ny * off), (p1[0] + nx * off, p1[1] + ny * off)], pal["body"], 3)
        # the creeping flowering vine (sekar rinambat) along the stripe
        pts = []
        for m in range(-280, 281):
            u = m * 5.0
            w = 20 * math.sin(2 * math.pi * u / 150)
            pts.append((ox + nx * (sv + w) + ex * u, oy + ny * (sv + w) + ey * u))
        c.line(pts, pal["vine"], 3.2)
        for m in range(-19, 20):
            u = m * 75.0
            w = 20 * math.sin(2 * math.pi * u / 150)
            side = 1 if m % 2 else -1
            bx, by = ox + nx * (sv + w) + ex * u, oy + ny * (sv + w) + ey * u
            if m % 2:
                fx, fy = bx - nx * side * 16, by - ny * side * 16
                draw_flower(c, fx, fy, 15, pal["flower"], pal["vine"], pal["line"], 5, ang, 1.2)
            else:
                lf = Leaf((bx, by), ang + 90 * side + 60, 38, 20, 0.8, 0.9, 0.2, 14)
                c.poly(lf.outline, pal["leaf"], pal["line"], 1.2)
                c.line(lf.axis[:13], pal["vine"], 1.0)
                c.line(spiral(bx + ex * 20, by + ey * 20, 10, 1.2, ang, side > 0, 24), pal["vine"], 2)
        # cattle walking in the band between stripes
        cv = k * B
        for m in range(-8, 9):
            u = m * 270.0 + (135 if k % 2 else 0)
            x, y = ox + nx * (cv + 60) + ex * u, oy + ny * (cv + 60) + ey * u
            if -150 < x < W0 + 150 and FIELD_TOP - 150 < y < FIELD_BOTTOM + 200:
                cow(c, x, y, pal, 0.92, flip=(k % 2 == 1), tone=(m + k) % 2)
                c.line([(x - 70, y + 3), (x + 70, y + 3)], pal["body"], 2)
                cecek_row(c, [(x - 60, y + 12), (x + 60, y + 12)], 2, pal["body"], 12)
    pal_b = {"band": "#2a3a66", "dark": "#1a1208", "motif": "#efe1c2", "accent": "#8a4b22", "light": "#efe1c2"}
    return finish(c, pal_b, "sulur")


def rancak_thengul(size, rng):
    pal = {"ground": "#f0d48a", "dots": "#d9b25e", "crack": "#e3c272",
           "line": "#1e0f08", "gold": "#e9b22a", "gem": "#c0262d", "rod": "#5a3518", "eye": "#fbf7ec",
           "halo": "#fbecc0", "rancak": "#7a4420", "rancak2": "#a6652e"}
    cols = [
        {"kain": "#b3202a", "kain_dot": "#f6d98a", "fold": "#1f4f8a", "sash": "#2f8a4a", "skin": "#f3e4c8",
         "vest": "#1f4f8a", "face": "#f6ecd6", "mous": "#1e0f08"},
        {"kain": "#1f6b8a", "kain_dot": "#f3e4c8", "fold": "#b3202a", "sash": "#e9b22a", "skin": "#2a1a12",
         "vest": "#b3202a", "face": "#2a1a12", "mous": "#e9b22a"},
        {"kain": "#2f8a4a", "kain_dot": "#f6d98a", "fold": "#e27a1f", "sash": "#b3202a", "skin": "#e9b22a",
         "vest": "#2f8a4a", "face": "#e9b22a", "mous": "#1e0f08"},
        {"kain": "#7a2a6b", "kain_dot": "#f3e4c8", "fold": "#e9b22a", "sash": "#1f6b8a", "skin": "#c8452f",
         "vest": "#1f1f1f", "face": "#c8452f", "mous": "#1e0f08"},
    ]
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    # background sawut: gentle vertical stripes of kawung dots between rows
    for r, by in enumerate((FIELD_TOP + 462, FIELD_TOP + 934)):
        # rancak: the carved banana-trunk stand the puppets are stuck in
        c.poly([(0, by - 10), (W0, by - 10), (W0, by + 26), (0, by + 26)], pal["rancak"])
        c.rect(0, by - 10, W0, by - 4, pal["rancak2"])
        cecek_row(c, [(0, by + 10), (W0, by + 10)], 3, pal["gold"], 20)
        c.rect(0, by + 26, W0, by + 30, pal["line"])
        for k in range(-1, 8):
            x = k * 230 + (115 if r else 0) + 30
            thengul(c, x, by - 8, pal, cols[(k + 2 * r) % 4], 1.0)
        for k in range(-1, 8):
            x = k * 230 + (115 if r else 0) + 145
            cecek_pitu(c, x, by - 300, 3, pal["rancak2"])
            c.poly(star_pts(x, by - 120, 14, 5, 4, -90), pal["rancak2"])
    pal_b = {"band": "#b3202a", "dark": "#1e0f08", "motif": "#e9b22a", "accent": "#2f8a4a", "light": "#f6d98a"}
    return finish(c, pal_b, "tumpal")


def pelem_pelem_suminar(size, rng):
    pal = {"ground": "#173f7a", "dots": "#24559a", "crack": "#12336a",
           "fruit": "#f6b62a", "blush": "#ef7d22", "sawut": "#c4561a", "shine": "#fde9a0", "line": "#0b1a36",
           "stalk": "#5a3a1a", "leaf": "#3f8f45", "leaf2": "#2f7337", "vein": "#c8e6a0", "ray": "#f6d35a",
           "halo": "#fbe7a8"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 400, 330):
        # sinar (rays): the fruit "shines"
        cx, cy = x, y + 30
        for k in range(36):
            a = math.radians(k * 10)
            r0 = 110
            r1 = 165 if k % 2 else 145
            c.line([(cx + math.cos(a) * r0, cy + math.sin(a) * r0), (cx + math.cos(a) * r1, cy + math.sin(a) * r1)],
                   pal["ray"], 3 if k % 2 else 2)
            if k % 2:
                c.dot(cx + math.cos(a) * (r1 + 9), cy + math.sin(a) * (r1 + 9), 3.4, pal["ray"])
        flip = (i + j) % 2 == 1
        sgn = -1 if flip else 1
        # leaves
        for da, ln in ((-60, 1.0), (70, 0.9), (150, 0.8)):
            lf = Leaf((x, y - 70), (da) * sgn, 150 * ln, 44 * ln, 0.8, 0.9, 0.1 * sgn, 26)
            draw_leaf(c, lf, pal["leaf"], pal["leaf2"], pal["line"], pal["vein"], pal["halo"], 6, 1.8, 1.1, 3)
        c.line(qbez((x, y - 100), (x + 10 * sgn, y - 80), (x - 30 * sgn, y - 40), 10), pal["stalk"], 5)
        c.line(qbez((x, y - 100), (x + 5 * sgn, y - 70), (x + 38 * sgn, y - 44), 10), pal["stalk"], 5)
        mango(c, x - 30 * sgn, y - 40, 10 * sgn, pal, 0.82, flip)
        mango(c, x + 38 * sgn, y - 44, -18 * sgn, pal, 0.9, not flip)
    pal_b = {"band": "#ef7d22", "dark": "#0b1a36", "motif": "#f6d35a", "accent": "#3f8f45", "light": "#fde9a0"}
    return finish(c, pal_b, "kawung")


def sekar_rosela(size, rng):
    pal = {"ground": "#f6e4d0", "dots": "#e3b9a0", "crack": "#ecd2bd",
           "calyx": "#c0182d", "calyx2": "#94101f", "calyx_vein": "#f28a98", "bract": "#94101f",
           "stem": "#7a1a22", "line": "#3a0a10", "leaf": "#4f8a3a", "leaf2": "#3f7430", "leaf_vein": "#b3263a",
           "petal": "#f8e7a6", "petal2": "#f3c3c8", "eye": "#8a0f1f", "halo": "#fff6ea"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 360, 320):
        flip = -1 if (i + j) % 2 else 1
        # a stem with alternating calyces, a flower and three-lobed leaves
        stem = bez((x - 110 * flip, y + 130), (x - 40 * flip, y + 40), (x + 20 * flip, y + 40), (x + 110 * flip, y - 110), 24)
        c.line(stem, pal["line"], 7)
        c.line(stem, pal["stem"], 4.5)
        rosella_leaf(c, *stem[6], (-50 if flip > 0 else 50) - 20, pal)
        rosella_leaf(c, *stem[16], 150 * flip, pal, 0.9)
        rosella_bud(c, *stem[11], 180 + 20 * flip, pal, 0.95)
        rosella_bud(c, *stem[20], 200 * flip if flip < 0 else 160, pal, 0.8)
        # open flower at the stem's end
        rosella_flower(c, *stem[-1], 58, 15 * flip + 10 * i, pal)
        cecek_pitu(c, x + 180 * flip, y + 120, 3, pal["calyx"])
    pal_b = {"band": "#9c1326", "dark": "#3a0a10", "motif": "#f6e4d0", "accent": "#4f8a3a", "light": "#f8d6c8"}
    return finish(c, pal_b, "sulur")


def woh_roning_pisang(size, rng):
    pal = {"ground": "#4a1f3d", "dots": "#64304f", "crack": "#3c1832",
           "fruit": "#f5cf3a", "fruit2": "#b9cf4a", "ridge": "#c99a1e", "tip": "#3a2410", "stalk": "#8aa23a",
           "heart": "#8a2a5a", "heart2": "#b24a6e", "line": "#1e0a18", "leaf": "#4f9a3a", "leaf2": "#3c7e2c",
           "vein": "#8fcf62", "rib": "#d8eaa0", "halo": "#f4e3b0"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 400, 480, drop=0.5):
        sgn = 1 if i % 2 else -1
        banana_leaf(c, (x + 20 * sgn, y + 215), -40 * sgn, pal, 300, 104, rng, 0.22 * sgn)
        banana_leaf(c, (x + 30 * sgn, y + 200), 10 * sgn, pal, 360, 120, rng, -0.18 * sgn)
        banana_bunch(c, x - 60 * sgn, y - 150, pal, 0.78)
        cecek_pitu(c, x + 160 * sgn, y - 160, 3, pal["halo"])
    pal_b = {"band": "#f5cf3a", "dark": "#1e0a18", "motif": "#4f9a3a", "accent": "#8a2a5a", "light": "#fbeec0"}
    return finish(c, pal_b, "wajik")


def surya_salak_kartika(size, rng):
    pal = {"ground": "#1b1d4a", "dots": "#2b2f6b", "crack": "#14153a",
           "fruit": "#5e2210", "scale": "#a2481f", "scale2": "#8a3a18", "scale_line": "#2e0e06", "scale_tip": "#f0c48a",
           "shine": "#c8743a", "line": "#0c0c22", "stalk": "#4d6b2a", "halo": "#f2d47a",
           "star": "#f2c53a", "star2": "#fff0b0", "sun": "#ef8a24", "leaf": "#4d7a34", "vein": "#a8cf7a"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 400, 330):
        # surya: a ring of rays behind each cluster
        for k in range(24):
            a = math.radians(k * 15)
            c.poly([(x + math.cos(a - 0.07) * 118, y + math.sin(a - 0.07) * 118),
                    (x + math.cos(a) * (150 if k % 2 else 136), y + math.sin(a) * (150 if k % 2 else 136)),
                    (x + math.cos(a + 0.07) * 118, y + math.sin(a + 0.07) * 118)], pal["sun"])
        c.ellipse(x, y, 118, 118, None, pal["sun"], 3)
        # spiky salak palm fronds
        for k in (-1, 1):
            lf = Leaf((x, y + 70), 100 * k, 120, 22, 0.8, 0.9, 0.1 * k, 20)
            c.poly(lf.outline, pal["leaf"], pal["line"], 1.4)
            c.line(lf.axis[:19], pal["vein"], 1.2)
        # three salak fruits
        salak(c, x - 46, y + 74, pal, 0.86, -22)
        salak(c, x + 46, y + 74, pal, 0.86, 22)
        salak(c, x, y + 86, pal, 0.95, 0)
        # kartika: stars between the clusters
        sx, sy = x + 200, y + 0
        c.poly(star_pts(sx, sy, 46, 18, 8, -90), pal["star"], pal["line"], 1.8, halo=pal["halo"], hw=0)
        c.poly(star_pts(sx, sy, 24, 12, 8, -67.5), pal["star2"], pal["line"], 1.2)
        c.dot(sx, sy, 5, pal["fruit"])
        for k in range(4):
            a = math.radians(45 + 90 * k)
            c.poly(star_pts(sx + math.cos(a) * 74, sy + math.sin(a) * 74, 10, 4, 4, -90), pal["star2"])
    pal_b = {"band": "#f2c53a", "dark": "#0c0c22", "motif": "#7a2e16", "accent": "#ef8a24", "light": "#fff0b0"}
    return finish(c, pal_b, "bintang")


def belimbing_lining_limo(size, rng):
    pal = {"ground": "#0f5a4f", "dots": "#1b7265", "crack": "#0b4a40",
           "skin": "#f3c623", "flesh": "#fbe37a", "rib": "#d59a12", "seed": "#6b3a12", "shade": "#d9a619",
           "ridge": "#a87a10", "line": "#06241f", "stalk": "#5a3a1a", "halo": "#f7f0c8",
           "leaf": "#5faa3c", "leaf2": "#4a9030", "leaf_vein": "#d4eca0", "stem": "#3d6b2a",
           "flower": "#e58ac0", "flower_c": "#7a2a6b"}
    c = canvas(size, pal["ground"])
    ground(c, rng, pal["dots"], pal["crack"])
    for i, j, x, y in halfdrop((0, FIELD_TOP, W0, FIELD_BOTTOM), 340, 330):
        sgn = 1 if (i // 2 + j) % 2 else -1
        if (i + j) % 2 == 0:
            # a big cross-section: lining limo, the five points
            starfruit_slice(c, x, y, 96, rng.choice((0, 18, 36)), pal)
            for k in range(5):
                a = math.radians(-90 + 36 + 72 * k)
                c.dot(x + math.cos(a) * 116, y + math.sin(a) * 116, 4.5, pal["halo"])
                c.dot(x + math.cos(a) * 130, y + math.sin(a) * 130, 2.8, pal["halo"])
        else:
            # a branch with leaves, a hanging fruit, blossoms and a small slice
            br = qbez((x - 130 * sgn, y - 60), (x - 20 * sgn, y - 170), (x + 120 * sgn, y - 120), 16)
            c.line(br, pal["line"], 8)
            c.line(br, pal["stalk"], 5)
            pinnate_leaf(c, br[4], -40 * sgn, pal, 120, 1.0, 3)
            pinnate_leaf(c, br[12], 60 * sgn, pal, 120, 1.0, 3)
            starfruit_whole(c, br[8][0], br[8][1] + 8, 180 - 12 * sgn, pal, 0.95)
            small_flowers(c, br[15][0], br[15][1] + 10, pal, rng, 5, 32, 9)
            starfruit_slice(c, x + 95 * sgn, y + 95, 46, 18, pal)
    pal_b = {"band": "#f3c623", "dark": "#06241f", "motif": "#0f5a4f", "accent": "#5faa3c", "light": "#fbe37a"}
    return finish(c, pal_b, "bintang")


MOTIFS: dict[str, Callable[[tuple[int, int], random.Random], Image.Image]] = {
    "sekar-jati": sekar_jati,
    "pari-sumilak": pari_sumilak,
    "jagung-miji-emas": jagung_miji_emas,
    "sata-gondo-wangi": sata_gondo_wangi,
    "gatra-rinonce": gatra_rinonce,
    "parang-dahono-munggal": parang_dahono_munggal,
    "mliwis-mukti": mliwis_mukti,
    "parang-lembu-sekar-rinambat": parang_lembu_sekar_rinambat,
    "rancak-thengul": rancak_thengul,
    "pelem-pelem-suminar": pelem_pelem_suminar,
    "sekar-rosela": sekar_rosela,
    "woh-roning-pisang": woh_roning_pisang,
    "surya-salak-kartika": surya_salak_kartika,
    "belimbing-lining-limo": belimbing_lining_limo,
}


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def draw(motif_id: str, size=(1600, 1200)) -> Image.Image:
    """Return the illustration of ``motif_id`` as an RGB image of ``size``."""
    try:
        fn = MOTIFS[motif_id]
    except KeyError:
        raise KeyError(f"no illustration for motif {motif_id!r}") from None
    rng = random.Random(motif_id)
    im = fn((int(size[0]), int(size[1])), rng)
    return im if _CANVAS.get() is LineArt else im.convert("RGB")


def draw_lines(motif_id: str, size=LINE_SIZE) -> Image.Image:
    """The line art of ``motif_id``: the same shapes as black outlines on white (mode 1)."""
    token = _CANVAS.set(LineArt)
    try:
        return draw(motif_id, size).convert("1")
    finally:
        _CANVAS.reset(token)


def line_png_bytes(im: Image.Image) -> bytes:
    """A 1-bit PNG with no metadata chunks: small and byte-identical for the same drawing."""
    clean = Image.new("1", im.size)
    clean.frombytes(im.convert("1").tobytes())
    buf = io.BytesIO()
    clean.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def png_bytes(im: Image.Image) -> bytes:
    """Encode ``im`` as a compact PNG with no metadata chunks (deterministic).

    The drawings are flat colours plus anti-aliased edges, so a 256-colour
    palette (median cut, no dithering) is visually lossless and keeps each
    file around 100-300 KB instead of 0.5-1 MB as 24-bit RGB.
    """
    rgb = im.convert("RGB")
    pal = rgb.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    clean = Image.new("P", pal.size)
    clean.putpalette(pal.getpalette())
    clean.frombytes(pal.tobytes())  # a fresh image: no .info can leak into chunks
    buf = io.BytesIO()
    clean.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def write_all(root: Path, ids=None) -> list[Path]:
    """Write ``motifs/<id>/ilustrasi.png`` and its line art ``mewarnai.png`` under ``root``; return the paths."""
    root = Path(root)
    wanted = list(MOTIFS) if ids is None else [i for i in ids if i in MOTIFS]
    written = []
    for motif_id in wanted:
        out = root / "motifs" / motif_id / OUTPUT_NAME
        out.parent.mkdir(parents=True, exist_ok=True)
        for path, data in ((out, png_bytes(draw(motif_id))), (out.with_name(LINE_NAME), line_png_bytes(draw_lines(motif_id)))):
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
            written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python scripts/tools/illustrate.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("ids", nargs="*", help="motif ids (default: all that have a drawing)")
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                    help="repository root (default: the checkout this file is in)")
    args = ap.parse_args(argv)
    unknown = [i for i in args.ids if i not in MOTIFS]
    if unknown:
        print(f"no drawing for: {', '.join(unknown)}", file=sys.stderr)
        return 2
    for path in write_all(args.root, args.ids or None):
        print(f"{path.relative_to(args.root)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
