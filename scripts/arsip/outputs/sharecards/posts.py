"""The promotion kit's pictures of one motif: feed post, square, story, the text-free
catalogue square and the five carousel slides.

Each function takes the motif's picture file (or None) and a `PostText` (every word
already chosen by the kit step, from the record and core/i18n.py) and returns a
`Canvas`, whose `placed` boxes the tests hold against the format's safe box. Pictures
made from the archive's illustration carry the badge; every picture with text carries the
motif-design rights line. The catalogue square has no text at all: shops reject overlays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import qr
from .fonts import fit_text
from .formats import FEED, PHOTO, SLIDE, SQUARE, STORY, Format
from .layout import BROWN, CREAM, DARK, INDIGO, MUTED, Canvas, picture

BADGE_PX, ADDRESS_PX, RIGHTS_PX, MAKER_PX, PRICE_PX = 26, 34, 26, 36, 60


@dataclass(frozen=True)
class PostText:
    name: str
    brand: str  # "<TRADITION> · <REGION>" (i18n kit_brand)
    meaning: str  # one line: the caption's first clause
    address: str  # the short address without "https://"
    story: str  # "Cerita motif: <address>"
    rights: tuple[str, ...]  # the rights line, Indonesian then English
    badge: str | None  # None when the picture is not the archive's illustration
    swipe: str  # "Geser untuk ceritanya · Swipe for the story"
    slides: tuple  # ((heading, (paragraph, …) Indonesian, (paragraph, …) English), …) for slides 2–4
    buy: tuple  # (heading, (line, …)) for slide 5
    qr_url: str  # what slide 5's QR code opens
    maker: str = ""  # a maker's kit (issue 19): "Dibuat oleh <maker>", above the address
    price: str = ""  # a maker's kit: a fresh price under the name (only on the maker's own photo)

    def spec(self) -> dict:  # the optional lines only when set: a motif kit's cache keys stay as they were
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k not in OPTIONAL or getattr(self, k)}


OPTIONAL = ("maker", "price")


def _footer(c: Canvas, t: PostText, x: int, width: int, bottom: int, address: bool = True) -> int:
    """Address and rights lines anchored to `bottom`; returns their top."""
    rows = [("maker", t.maker, MAKER_PX, True, DARK)] * bool(t.maker)
    rows += [("address", t.address, ADDRESS_PX, True, INDIGO)] * address + [("rights", r, RIGHTS_PX, False, MUTED) for r in t.rights]
    fits = [(role, text, fit_text(text, width, 2, range(px, px - 5, -1), bold), fill) for role, text, px, bold, fill in rows]
    height = sum(int(f.size * 1.22) * len(lines) for _, _, (f, lines, _), _ in fits)
    y = top = bottom - height
    for role, text, (f, lines, _), fill in fits:
        y = c.text(role, text, x, y, width, range(f.size, f.size - 1, -1), len(lines), bold=role in ("address", "maker"),
                   fill=fill)
    return top


def _badge(c: Canvas, t: PostText, x: int, y: int, width: int) -> int:
    return c.badge("badge", t.badge, x, y, BADGE_PX, width=width) if t.badge else y


def _top_picture(c: Canvas, source: Path | None, height: int) -> None:
    c.im.paste(picture(source, (c.fmt.width, height)), (0, 0))
    c.draw.rectangle((0, height, c.fmt.width, height + 8), fill=BROWN)


def feed(source: Path | None, t: PostText, fmt: Format = FEED) -> Canvas:
    """4:5 feed post: picture, name ≥ 64 px, one-line meaning ≥ 40 px, address, rights."""
    c = Canvas.new(fmt)
    x0, y0, x1, y1 = fmt.safe
    _top_picture(c, source, 720)
    _badge(c, t, x0, y0, x1 - x0)
    y = c.text("brand", t.brand, x0, 760, x1 - x0, range(26, 25, -1), fill=BROWN)
    y = c.text("name", t.name, x0, y + 12, x1 - x0, range(84, 63, -4), 2)
    if t.price:
        y = c.text("price", t.price, x0, y + 4, x1 - x0, range(PRICE_PX, PRICE_PX - 13, -4), 1, fill=BROWN)
    bottom = _footer(c, t, x0, x1 - x0, y1)
    if bottom - 24 - (y + 10) >= 50:  # room for one line of 40 px (a maker's post has more lines; a motif's always has room)
        c.text("meaning", t.meaning, x0, y + 10, x1 - x0, range(44, 39, -2), 4, bold=False, fill=MUTED, bottom=bottom - 24)
    return c


def square(source: Path | None, t: PostText) -> Canvas:
    """1:1 post for WhatsApp chats and Facebook: the same with less text (no meaning)."""
    c = Canvas.new(SQUARE)
    x0, y0, x1, y1 = SQUARE.safe
    _top_picture(c, source, 600)
    _badge(c, t, x0, y0, x1 - x0)
    y = c.text("brand", t.brand, x0, 640, x1 - x0, range(26, 25, -1), fill=BROWN)
    _footer(c, t, x0, x1 - x0, y1)
    c.text("name", t.name, x0, y + 12, x1 - x0, range(80, 59, -4), 2)
    return c


def story(source: Path | None, t: PostText) -> Canvas:
    """9:16 story: the picture full height, text on a panel inside the story safe box."""
    c = Canvas.new(STORY)
    x0, y0, x1, y1 = STORY.safe
    c.im.paste(picture(source, STORY.size), (0, 0))
    _badge(c, t, x0, y0, x1 - x0)
    pad, top = 36, 640
    c.draw.rounded_rectangle((x0, top, x1, y1), radius=28, fill=CREAM)
    tx, tw = x0 + pad, x1 - x0 - 2 * pad
    y = c.text("brand", t.brand, tx, top + pad, tw, range(24, 23, -1), fill=BROWN)
    y = c.text("name", t.name, tx, y + 10, tw, range(76, 59, -4), 2)
    bottom = _footer(c, t, tx, tw, y1 - pad, address=False)
    y = c.text("meaning", t.meaning, tx, y + 8, tw, range(42, 39, -1), 4, bold=False, fill=MUTED, bottom=bottom - 80)
    c.text("story", t.story, tx, max(y + 12, bottom - 64), tw, range(34, 25, -1), 1, fill=INDIGO)
    return c


def photo(source: Path | None) -> Canvas:
    """The catalogue square: the picture only (no text, border or watermark)."""
    c = Canvas.new(PHOTO)
    c.im.paste(picture(source, PHOTO.size), (0, 0))
    return c


def _slide_head(c: Canvas, t: PostText, source: Path | None, n: int, picture_h: int) -> int:
    x0, y0, x1, _ = SLIDE.safe
    _top_picture(c, source, picture_h)
    _badge(c, t, x0, y0, x1 - x0)
    return c.text("brand", f"{t.brand} · {n}/5", x0, picture_h + 36, x1 - x0, range(26, 25, -1), fill=BROWN)


def _paragraphs(c: Canvas, role: str, paras, x: int, y: int, width: int, bottom: int, sizes: range,
                fill: str) -> int:
    for p in paras:
        if y + sizes[-1] * 1.3 > bottom:
            break
        y = c.text(role, p, x, y, width, sizes, 20, bold=False, fill=fill, leading=1.28, bottom=bottom) + 14
    return y


def slide(source: Path | None, t: PostText, n: int) -> Canvas:
    """Carousel slide n (1–5): cover · meaning · from object to motif · local wisdom · where to buy."""
    c = Canvas.new(SLIDE)
    x0, y0, x1, y1 = SLIDE.safe
    w = x1 - x0
    if n == 1:
        y = _slide_head(c, t, source, n, 840)
        y = c.text("name", t.name, x0, y + 12, w, range(96, 63, -4), 2)
        bottom = _footer(c, t, x0, w, y1)
        c.text("swipe", t.swipe, x0, max(y + 8, bottom - 70), w, range(32, 27, -1), 1, bold=False, fill=DARK)
        return c
    y = _slide_head(c, t, source, n, 300)
    bottom = _footer(c, t, x0, w, y1) - 24
    if n < 5:
        heading, body_id, body_en = t.slides[n - 2]
        y = c.text("heading", heading, x0, y + 14, w, range(56, 43, -4), 2, fill=DARK)
        split = y + 24 + int((bottom - y - 24) * 0.58)
        y = _paragraphs(c, "body", body_id, x0, y + 24, w, split, range(40, 33, -1), DARK)
        _paragraphs(c, "body_en", body_en, x0, y + 8, w, bottom, range(32, 29, -1), MUTED)
        return c
    heading, lines = t.buy
    y = c.text("heading", heading, x0, y + 14, w, range(56, 43, -4), 2, fill=DARK)
    side = 300
    qr_top = bottom - side
    y = _paragraphs(c, "buy", lines, x0, y + 24, w, qr_top - 24, range(38, 31, -1), DARK)
    code = qr.image(t.qr_url, side // len(qr.matrix(t.qr_url))).convert("RGB")
    c.im.paste(code, (x0, bottom - code.height))
    c.text("qr_note", t.story, x0 + side + 32, qr_top + 40, w - side - 32, range(34, 27, -1), 4, fill=INDIGO)
    return c


def drawers(source: Path | None, t: PostText) -> dict:
    """File name in the kit -> a function drawing that picture (so a cached one is not drawn)."""
    out = {f"{FEED.name}.jpg": lambda: feed(source, t), f"{SQUARE.name}.jpg": lambda: square(source, t),
           f"{STORY.name}.jpg": lambda: story(source, t), f"{PHOTO.name}.jpg": lambda: photo(source)}
    for n in range(1, 6):
        out[f"carousel/{n:02d}.jpg"] = lambda n=n: slide(source, t, n)
    return out
