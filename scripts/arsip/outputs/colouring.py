"""Colouring sheets: clean black line art on A4, from each motif's main image.

When the main image names its line art (`images[].line_art`: the archive's illustrations
have one drawn from their own shapes by scripts/tools/illustrate.py, a maker may supply a
pola), that drawing is used as it is: only cut to the sheet's shape and to pure black and
white. Otherwise (a photo of a real cloth) the outlines are traced from the picture with
Pillow: shrink, smooth away tiny dots, reduce to a few flat colours, mark every border
between two colours, thicken and tidy the lines. A legend names what the shapes are (from the record's `depicts`)
and suggests colours (the record's `colours` when known, otherwise the main colours of
the archive's picture, named in words). Line art and PDFs are cached by content hash
in .cache/schools/ and are byte-identical for the same input.
"""

from __future__ import annotations

import colorsys
import hashlib
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps

from ..core import identity
from ..core.i18n import COLOUR_NAMES, pick, t
from ..pages.schools.worksheet import objects
from .worksheets import FIXED_DATE, FONT, _key, add_fonts, latin1

VERSION = "7"  # 5, 6: fonts embedded, lines fitted to them; 7: drawn line art (issue 18)
ART_W, ART_H = 1350, 1500  # pixels of the line art (0.9 aspect, fills 180 x 200 mm)
MAX_DARK = 0.13  # share of black pixels we aim below in the line art itself

def _both(obj) -> str:
    a, b = obj["id"], obj.get("en") or obj["id"]
    return a if a.casefold() == b.casefold() else f"{a} ({b})"


def colour_name(rgb: tuple[int, int, int]) -> str:
    """A plain colour word for an RGB value (for the legend)."""
    r, g, b = (v / 255 for v in rgb)
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    hue = h * 360
    if l < 0.12:
        return "black"
    if s < 0.15:
        return "white" if l > 0.85 else "grey"
    if l > 0.8 and 20 <= hue < 70:
        return "cream"
    if hue < 15 or hue >= 340:
        return "pink" if l > 0.7 else ("dark-brown" if l < 0.25 else "red")
    if hue < 45:
        if l < 0.3:
            return "dark-brown"
        return "brown" if s < 0.55 or l < 0.45 else "orange"
    if hue < 70:
        return "yellow" if l > 0.4 else "brown"
    if hue < 170:
        return "dark-green" if l < 0.3 else "green"
    if hue < 260:
        return "blue"
    return "purple"


def _crop(im: Image.Image) -> Image.Image:
    """The middle of the picture at the sheet's aspect, so shapes stay big enough to colour."""
    w, h = im.size
    aspect = ART_W / ART_H
    if w / h > aspect:
        cw = round(h * aspect)
        return im.crop(((w - cw) // 2, 0, (w - cw) // 2 + cw, h))
    ch = round(w / aspect)
    return im.crop((0, (h - ch) // 2, w, (h - ch) // 2 + ch))


def _open(src: Path, mode: str) -> Image.Image:
    with Image.open(src) as im:
        return _crop(ImageOps.exif_transpose(im).convert(mode))


def _main_colours(idx: Image.Image, pal: Image.Image, colours: int) -> list[tuple[int, int, int]]:
    counts = sorted(((n, i) for i, n in enumerate(idx.histogram()[:colours]) if n), reverse=True)
    palette = pal.getpalette()[: 3 * colours]
    return [tuple(palette[3 * i: 3 * i + 3]) for _, i in counts]


def picture_colours(src: Path, colours: int = 6) -> list[tuple[int, int, int]]:
    """The main colours of the picture, largest area first (for the legend of a drawn sheet)."""
    small = _open(src, "RGB").resize((540, round(540 * ART_H / ART_W)), Image.Resampling.LANCZOS)
    pal = small.filter(ImageFilter.MedianFilter(5)).quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                                                              dither=Image.Dither.NONE)
    return _main_colours(Image.frombytes("L", pal.size, pal.tobytes()), pal, colours)


def drawn_art(src: Path) -> Image.Image:
    """A supplied line art as it is: the sheet's part of it, pure black on white (mode L), framed."""
    lines = _open(src, "L").point(lambda v: 0 if v < 128 else 255)
    w, h = lines.size
    return ImageOps.expand(lines.crop((3, 3, w - 3, h - 3)), border=3, fill=0)


def line_art(src: Path, colours: int = 6) -> tuple[Image.Image, list[tuple[int, int, int]]]:
    """Lines traced from a picture (photos of real cloth): black on white (mode L) and the
    main colours of the picture, largest area first."""
    im = _open(src, "RGB")
    # Busy pictures are retried at a lower working size: fewer, smoother shapes to colour.
    for work_w in (540, 400, 300, 220):
        small = im.resize((work_w, round(work_w * ART_H / ART_W)), Image.Resampling.LANCZOS)
        flat = small.filter(ImageFilter.MedianFilter(5))
        pal = flat.quantize(colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        idx = Image.frombytes("L", pal.size, pal.tobytes()).filter(ImageFilter.ModeFilter(5))
        # A border is where a pixel's colour index differs from its right or lower neighbour.
        right = ImageChops.difference(idx, ImageChops.offset(idx, -1, 0))
        down = ImageChops.difference(idx, ImageChops.offset(idx, 0, -1))
        edges = ImageChops.lighter(right, down).point(lambda v: 255 if v else 0)
        ew, eh = edges.size  # offsets wrap around: clear the last column and row they touched
        edges.paste(0, (ew - 1, 0, ew, eh))
        edges.paste(0, (0, eh - 1, ew, eh))
        # Soften at working size, enlarge smoothly (no staircase), then cut back to pure black/white.
        big = edges.filter(ImageFilter.GaussianBlur(0.6)).resize((ART_W, ART_H), Image.Resampling.BICUBIC)
        cut = 60 if ART_W / work_w < 3 else 110  # keeps lines 3-4 px wide at any working size
        lines = big.point(lambda v: 0 if v > cut else 255)
        dark = lines.histogram()[0] / (ART_W * ART_H)
        if dark <= MAX_DARK:
            break
    main = _main_colours(idx, pal, colours)
    # Frame, so the picture has a clear edge on paper.
    framed = ImageOps.expand(lines.crop((3, 3, ART_W - 3, ART_H - 3)), border=3, fill=0)
    return framed, main


def legend(m: dict, main: list, lang: str) -> dict:
    names, swatches = [], []
    if m.get("colours"):
        title = t("colours_record", lang)
        for c in m["colours"]:
            hexv = c.get("hex")
            rgb = tuple(int(hexv[i: i + 2], 16) for i in (1, 3, 5)) if hexv else None
            swatches.append((_both(c["name"]) if lang == "both" else pick(c["name"], lang), rgb))
    else:
        title = t("colours_picture", lang)
        seen = set()
        for rgb in main:
            key = colour_name(rgb)
            if key in seen:
                continue
            seen.add(key)
            ci, ce = COLOUR_NAMES[key]
            swatches.append((f"{ci} / {ce}" if lang == "both" else (ci if lang == "id" else ce), rgb))
            if len(swatches) == 4:
                break
    names = [_both(d["object"]) if lang == "both" else pick(d["object"], lang) for d in m.get("depicts", [])]
    return {"colour_title": title, "swatches": swatches, "shapes": names or [objects(m, "id")]}


def _cached_art(m: dict, folder: Path, cache: Path) -> tuple[Path, list]:
    """The sheet's line art (drawn when the record names one, else traced) and the picture's colours."""
    import json

    src = folder / m["images"][0]["file"]
    drawn = m["images"][0].get("line_art")
    key = _key(VERSION, hashlib.sha256(src.read_bytes()).digest(),
               hashlib.sha256((folder / drawn).read_bytes()).digest() if drawn else b"")
    png, meta = cache / f"garis-{key}.png", cache / f"garis-{key}.json"
    if not (png.is_file() and meta.is_file()):
        art, main = (drawn_art(folder / drawn), picture_colours(src)) if drawn else line_art(src)
        tmp = png.with_suffix(".tmp")
        art.convert("1").save(tmp, format="PNG", optimize=True)  # 1-bit: small, and fast to embed
        tmp.replace(png)
        meta.write_text(json.dumps([list(c) for c in main]))
    return png, [tuple(c) for c in json.loads(meta.read_text())]


def add_page(pdf, m: dict, art: Path, main: list, lang: str, url: str | None) -> None:
    leg = legend(m, main, lang)
    pdf.add_page()
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font(FONT, "", 10)
    pdf.set_xy(15, 10)
    pdf.cell(100, 5, latin1(f"{t('kind', lang)} - {identity.get('tradition.name')}"))
    pdf.set_xy(110, 10)
    pdf.cell(85, 5, latin1(f"{t('name', lang)}: ______________________"), align="R")
    pdf.set_font(FONT, "B", 24)
    pdf.set_xy(15, 16)
    pdf.cell(180, 11, latin1(m["name"]))
    pdf.image(str(art), x=15, y=30, w=180, h=200)
    y = 234
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(15, y)
    pdf.cell(180, 6, latin1(t("shapes", lang) + ":"))
    pdf.set_font(FONT, "", 12)
    pdf.set_xy(15, y + 6.5)
    pdf.multi_cell(180, 6, latin1(", ".join(leg["shapes"])), align="L")
    y = pdf.get_y() + 3
    pdf.set_font(FONT, "B", 12)
    while pdf.get_string_width(latin1(leg["colour_title"] + ":")) > 180 and pdf.font_size_pt > 8:
        pdf.set_font(FONT, "B", pdf.font_size_pt - 0.5)  # DejaVu is wider than Helvetica: one line
    pdf.set_xy(15, y)
    pdf.cell(180, 6, latin1(leg["colour_title"] + ":"))
    y += 8
    pdf.set_font(FONT, "", 12)
    for k, (name, rgb) in enumerate(leg["swatches"][:4]):
        x, yy = 15 + (k % 2) * 90, y + (k // 2) * 9
        pdf.set_line_width(0.3)
        if rgb:
            pdf.set_fill_color(*rgb)
            pdf.rect(x, yy, 7, 7, style="DF")
        else:
            pdf.rect(x, yy, 7, 7)
        pdf.set_xy(x + 9, yy)
        pdf.cell(80, 7, latin1(name))
    pdf.set_font(FONT, "", 7)
    pdf.set_xy(15, 282)
    im = m["images"][0]
    note = t("note_line_art", lang, credit=im["credit"]) if im.get("line_art") else t("note", lang)
    pdf.multi_cell(180, 3.6, latin1(note + (f" {url}" if url else "")), align="C")


def _new_pdf(title: str):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    add_fonts(pdf)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(latin1(title))
    pdf.set_author(latin1(identity.get("name")))
    pdf.set_auto_page_break(False)
    return pdf


def pdf(m: dict, folder: Path, cache: Path, url: str | None = None, lang: str = "both") -> Path:
    """Cached one-page colouring sheet of one motif (labels in both languages by default)."""
    from fpdf import __version__ as fpdf_version

    art, main = _cached_art(m, folder, cache)
    key = _key(VERSION, fpdf_version, m, lang, url or "", art.name)
    out = cache / f"mewarnai-{key}.pdf"
    if not out.is_file():
        doc = _new_pdf(f"{t('kind', lang)}: {m['name']}")
        add_page(doc, m, art, main, lang, url)
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(bytes(doc.output()))
        tmp.replace(out)
    return out


def booklet(motifs: list[tuple[dict, Path]], cache: Path, lang: str = "both") -> Path:
    """All colouring sheets in one PDF, after a cover page, in catalogue order."""
    from fpdf import __version__ as fpdf_version

    arts = [(m, *_cached_art(m, folder, cache)) for m, folder in motifs]
    key = _key(VERSION, fpdf_version, lang, [(m, a.name) for m, a, _ in arts])
    out = cache / f"buku-mewarnai-{key}.pdf"
    if not out.is_file():
        doc = _new_pdf(t("booklet_title", lang))
        doc.add_page()
        doc.set_font(FONT, "B", 28)
        doc.set_xy(15, 90)
        doc.multi_cell(180, 13, latin1(t("booklet_title", lang).replace(" / ", "\n")), align="C")
        doc.set_font(FONT, "", 14)
        doc.set_xy(15, doc.get_y() + 8)
        doc.multi_cell(180, 7, latin1(t("booklet_sub", lang, n=len(arts)).replace(" / ", "\n")), align="C")
        doc.set_xy(15, doc.get_y() + 10)
        doc.set_font(FONT, "", 12)
        doc.multi_cell(180, 6.5, latin1("\n".join(m["name"] for m, _, _ in arts)), align="C")
        for m, art, main in arts:
            add_page(doc, m, art, main, lang, None)
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(bytes(doc.output()))
        tmp.replace(out)
    return out


def art_png(m: dict, folder: Path, cache: Path) -> Path:
    return _cached_art(m, folder, cache)[0]
