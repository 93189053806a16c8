"""Pictures drawn from records. This module: the share cards, the 1200×630 picture WhatsApp, Facebook and X show when a page is shared.

Buyers in Indonesia share links on WhatsApp, whose previews fail above about 300 KB, and
Facebook recommends 1200×630 with an absolute URL. So every motif and maker page gets
a 1200×630 JPEG under 300 KB: the motif's picture (a maker: a collage of their motifs,
or the archive's kawung pattern), its name and the archive's name, drawn with Pillow
and the DejaVu fonts shipped in `outputs/fonts/` (no network, no system fonts).

Cards are cached by a hash of everything drawn on them in `.cache/sharecards/`; the
file name on the site carries part of that hash, so a changed card gets a new URL
(WhatsApp and Facebook cache previews hard).

The package: `formats` (sizes and safe boxes), `fonts` (the shipped fonts, fitting text),
`layout` (pictures, placed text boxes, the JPEG encoder) and `posts` (the promotion
kit's feed, square, story, catalogue and carousel pictures).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from ...core import identity
from ...core import urls
from ...core.files import place
from ...core.i18n import ARCHIVE_NAME
from .fonts import FONT_DIR, fit_text, font, font_hash  # noqa: F401 - FONT_DIR: hang tags and story cards
from .formats import CARD
from .layout import BROWN, CREAM, DARK, INDIGO, MUTED, SOGA, cover, pattern
from .layout import encode as encode_jpeg

VERSION = "1"
W, H = CARD.width, CARD.height
MAX_BYTES = 299_999  # WhatsApp drops previews above about 300 KB


@dataclass(frozen=True)
class Card:
    key: str  # content hash
    site_path: str  # e.g. share/motif/sekar-jati.1a2b3c4d5e.jpg
    alt: dict  # {"id": ..., "en": ...}
    width: int = W
    height: int = H


def _panel(sources: list[Path], size: tuple[int, int]) -> Image.Image:
    """The picture side: one image, a 2×2 collage of up to four, or the archive pattern."""
    if not sources:
        return pattern(size)
    if len(sources) == 1:
        return cover(sources[0], size)
    hw, hh = size[0] // 2, size[1] // 2
    boxes = {2: [(0, 0, hw, size[1]), (hw, 0, size[0], size[1])],
             3: [(0, 0, hw, size[1]), (hw, 0, size[0], hh), (hw, hh, size[0], size[1])]}.get(
        len(sources), [(0, 0, hw, hh), (hw, 0, size[0], hh), (0, hh, hw, size[1]), (hw, hh, size[0], size[1])])
    panel = Image.new("RGB", size, CREAM)
    for src, (x0, y0, x1, y1) in zip(sources, boxes):
        panel.paste(cover(src, (x1 - x0, y1 - y0)), (x0, y0))
    d = ImageDraw.Draw(panel)
    for x0, y0, x1, y1 in boxes[: len(sources)]:
        d.rectangle((x0, y0, x1 - 1, y1 - 1), outline=CREAM, width=3)
    return panel


def render(title: str, subtitle: str, footer: str, sources: list[Path]) -> Image.Image:
    """Draw one card: picture on the left, archive name, title, subtitle and address on the right."""
    im = Image.new("RGB", (W, H), CREAM)
    im.paste(_panel(sources, (H, H)), (0, 0))
    d = ImageDraw.Draw(im)
    x0, pad = H + 48, 48
    tw = W - x0 - pad
    d.rectangle((H, 0, H + 10, H), fill=BROWN)
    top = font(26, True)
    d.text((x0, 56), ARCHIVE_NAME["id"].upper(), font=top, fill=BROWN)
    d.rectangle((x0, 100, x0 + 90, 106), fill=SOGA)
    f, lines, ok = fit_text(title, tw, 3, range(72, 47, -4))
    if not ok:  # long names: smaller type on up to four lines
        f, lines, _ = fit_text(title, tw, 4, range(46, 31, -2))
    y = 140
    lh = int(f.size * 1.18)
    for ln in lines:
        d.text((x0, y), ln, font=f, fill=DARK)
        y += lh
    y += 16
    sf, slines, _ = fit_text(subtitle, tw, 3, range(28, 19, -2), bold=False)
    for ln in slines:
        d.text((x0, y), ln, font=sf, fill=MUTED)
        y += int(sf.size * 1.3)
    ff, flines, _ = fit_text(footer, tw, 2, range(24, 15, -1), bold=False, url=True)
    fy = H - 64 - (len(flines) - 1) * int(ff.size * 1.25)
    for ln in flines:
        d.text((x0, fy), ln, font=ff, fill=INDIGO)
        fy += int(ff.size * 1.25)
    # a thin batik border along the bottom of the text side
    band = pattern((W - H - 10, 16), cell=16)
    im.paste(band, (H + 10, H - 16))
    return im


def encode(im: Image.Image) -> bytes:
    """Baseline JPEG under MAX_BYTES."""
    return encode_jpeg(im, MAX_BYTES)


def _make(cache: Path, spec: dict, sources: list[Path]) -> str:
    """Render (or reuse) the card described by `spec`; return its key."""
    key = hashlib.sha256(json.dumps({**spec, "v": VERSION, "fonts": font_hash()}, sort_keys=True,
                                    ensure_ascii=False).encode()).hexdigest()[:20]
    out = cache / f"{key}.jpg"
    if not out.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        data = encode(render(spec["title"], spec["subtitle"], spec["footer"], sources))
        tmp = out.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, out)
    return key


def _host_path(url: str) -> str:
    return url.split("://", 1)[-1].rstrip("/")


def motif_card(cache: Path, m: dict, source: Path | None, source_key: str | None, short_url: str) -> Card:
    """`source`: the motif's first image file; `source_key`: its content hash (images.ImageSet.key)."""
    spec = {"kind": "motif", "title": m["name"], "subtitle": identity.fill("{tradition} · {region}, {province}"),
            "footer": _host_path(short_url), "images": [source_key] if source else []}
    key = _make(cache, spec, [source] if source else [])
    alt0 = m["images"][0]["alt"]
    alt = {lang: f"{m['name']} — {alt0.get(lang) or alt0['id']}" for lang in ("id", "en")}
    return Card(key, urls.share_card("motif", m["id"], key), alt)


def maker_card(cache: Path, mk: dict, motifs: list[dict], sources: list[tuple[Path, str]], page_url: str) -> Card:
    """`sources`: (image file, content hash) of the maker's motifs, in order; the first four are used."""
    sources = sources[:4]
    place = ", ".join(p for p in (mk.get("village"), f"Kec. {mk['district']}") if p)
    spec = {"kind": "maker", "title": mk["name"], "subtitle": f"Pembuat batik · {place}",
            "footer": _host_path(page_url), "images": [k for _, k in sources]}
    key = _make(cache, spec, [p for p, _ in sources])
    names = ", ".join(m["name"] for m in motifs[:4])
    alt = {"id": f"{mk['name']}, pembuat batik" + (f": motif {names}" if names else ""),
           "en": f"{mk['name']}, batik maker" + (f": motifs {names}" if names else "")}
    return Card(key, urls.share_card("pembuat", mk["id"], key), alt)


def archive_card(cache: Path, home_url: str) -> Card:
    spec = {"kind": "archive", "title": identity.fill("Motif {tradition}"),
            "subtitle": "Makna, cerita dan pembuatnya · Meanings, stories and makers",
            "footer": _host_path(home_url), "images": []}
    key = _make(cache, spec, [])
    alt = {"id": identity.fill("{archive}: motif {tradition} dengan makna, cerita dan pembuatnya"),
           "en": identity.fill("{archive}: {tradition_short} batik motifs with their meanings, stories and makers", "en")}
    return Card(key, urls.share_card("", "arsip", key), alt)


@dataclass(frozen=True)
class Cards:
    """Every card of a build: page heads point at them, the sharing step publishes them."""

    motifs: dict  # motif id -> Card
    makers: dict  # maker id -> Card
    archive: Card
    kits: dict = field(default_factory=dict)  # motif id -> outputs.kit.Kit (the promotion kits)

    def all(self) -> list[Card]:
        return [*self.motifs.values(), *self.makers.values(), self.archive]


def _source(col, images: dict, m: dict):
    """(file, content hash) of a motif's first image, or None."""
    sets = images.get(m["id"])
    if not sets or not m.get("images"):
        return None
    return col.folders[m["id"]] / m["images"][0]["file"], sets[0].key


def plan(cache: Path, col, images: dict, pub) -> Cards:
    """Every card of the archive, drawn now unless cached (names carry their content hash)."""
    mc = {}
    for m in col.motifs:
        src = _source(col, images, m)
        mc[m["id"]] = motif_card(cache, m, src[0] if src else None, src[1] if src else None, pub.short(m["id"]))
    kc = {}
    for mid, mk in sorted(col.makers.items()):
        motifs = col.motifs_by_maker(mid)
        srcs = [x for x in (_source(col, images, m) for m in motifs) if x]
        kc[mid] = maker_card(cache, mk, motifs, srcs, pub.maker(mid, "id"))
    return Cards(mc, kc, archive_card(cache, pub.home("id")))


def publish(cards: list[Card], cache: Path, site: Path) -> None:
    """Hard-link (or copy) the cards into the finished site."""
    for c in cards:
        place(cache / f"{c.key}.jpg", site / c.site_path, replace=False)
