"""Printable worksheets (LKPD) for every motif: one A4 page, black and white, large type.

Schools photocopy worksheets, so everything is black on white: a light picture (the motif's
line art over a pale grey wash of its picture, or a pale picture when it has no line art), the
motif's story in short (taken from the record, never invented), questions chosen for the
phase group (A–C for primary school, D–F for secondary), lines to write on, and a QR code
back to the motif page. The same content is written twice: as a PDF (fpdf2, standard
DejaVu Sans, embedded) and as a print-ready HTML page (lkpd/<id>).
PDFs are cached by a hash of everything that goes into them, and are byte-identical
for the same input (fixed creation date).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

from PIL import Image, ImageChops, ImageOps

from ..core.i18n import t
from ..pages.schools.worksheet import content
from . import qr

VERSION = "7"  # 5: fonts embedded (DejaVu Sans); 6: the name on one line; 7: a light picture (issue 18)
FONT = "DejaVu"  # the shipped DejaVu Sans, embedded in every printed sheet (issue 18)


def add_fonts(pdf) -> None:
    """Embed (subset) the shipped DejaVu Sans: a core font such as Helvetica is not embedded,
    and some viewers then space letters wrongly ("Sekar J ati")."""
    from .sharecards import FONT_DIR  # noqa: PLC0415

    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
FIXED_DATE = dt.datetime(2009, 10, 2, tzinfo=dt.timezone.utc)  # Hari Batik Nasional: any fixed date works

_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " ",
                       "\u2009": " ", "\u2011": "-", "≈": "~"})


WASH = 205  # darkest grey of the wash under the line art: tones still show, toner is saved
PALE = 140  # darkest grey of a picture without line art (a photo): light, shapes still readable


def _fit(src: Path, width: int) -> Image.Image:
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im).convert("L")
    return ImageOps.fit(im, (width, width * 3 // 4), Image.Resampling.LANCZOS)


def picture(src: Path, width: int = 720, line_art: Path | None = None) -> Image.Image:
    """The motif picture for photocopies, 4:3 and light (a dark grey fill prints as a black
    blot and uses up toner): the line art's black outlines over a pale wash of the picture,
    or, with no line art, the picture itself squeezed into light greys."""
    im = ImageOps.autocontrast(_fit(src, width), cutoff=1)
    floor = WASH if line_art else PALE
    im = im.point([floor + round((255 - floor) * (v / 255) ** 0.6) for v in range(256)])
    if line_art:
        lines = _fit(line_art, width).point(lambda v: 0 if v < 160 else 255)
        im = ImageChops.darker(im, lines)
    return im


def latin1(s: str) -> str:
    """Standard PDF fonts cover Latin-1; replace typographic marks and drop the rest."""
    return s.translate(_TYPO).encode("latin-1", "replace").decode("latin-1")


def _key(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else json.dumps(p, sort_keys=True, ensure_ascii=False).encode())
        h.update(b"\0")
    return h.hexdigest()[:20]


def line_art_of(m: dict, folder: Path) -> Path | None:
    """The main image's line art (images[].line_art), when the record names one."""
    name = m["images"][0].get("line_art")
    return folder / name if name else None


def gray_jpeg(src: Path, line_art: Path | None = None) -> bytes:
    buf = io.BytesIO()
    picture(src, line_art=line_art).save(buf, format="JPEG", quality=68, optimize=True)
    return buf.getvalue()


def render_pdf(m: dict, src: Path, lang: str, group: str, url: str, jpeg: bytes | None = None) -> bytes:
    from fpdf import FPDF

    c = content(m, lang, group)
    pdf = FPDF(format="A4", unit="mm")
    add_fonts(pdf)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(latin1(f"LKPD {c['name']} - {c['phase']}"))
    pdf.set_author(latin1(t("archive", lang)))
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    black = (0, 0, 0)
    pdf.set_text_color(*black)
    pdf.set_draw_color(*black)
    # Header: kind of sheet and phase; name/class/date lines; QR at the top right.
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(15, 12)
    pdf.cell(150, 6, latin1(f"{t('lkpd', lang)} - {c['phase']}"))
    pdf.set_font(FONT, "", 12)
    pdf.set_xy(15, 21)
    pdf.cell(150, 7, latin1(f"{t('name', lang)}: ____________________  {t('class_line', lang)}: ______  {t('date', lang)}: __________"))
    size = 26  # the name on one line above the picture: long names get smaller type
    while size > 14 and pdf.set_font(FONT, "B", size) is None and pdf.get_string_width(latin1(c["name"])) > 145:
        size -= 1
    pdf.set_xy(15, 31)
    pdf.cell(145, 11, latin1(c["name"]))
    qr_png = io.BytesIO()
    qr.image(url, module_px=8).save(qr_png, format="PNG")
    pdf.image(qr_png, x=168, y=10, w=28, h=28)
    pdf.set_font(FONT, "", 7)
    pdf.set_xy(160, 38.5)
    pdf.multi_cell(44, 3, latin1(t("scan", lang)), align="C")
    # Picture (grayscale) on the left, the story in short on the right.
    top = max(pdf.get_y(), 45) + 2
    pdf.image(io.BytesIO(jpeg or gray_jpeg(src, line_art_of(m, src.parent))), x=15, y=top, w=92, h=69)
    pdf.rect(15, top, 92, 69)
    pdf.set_xy(112, top)
    pdf.set_font(FONT, "B", 13)
    pdf.cell(83, 7, latin1(t("about", lang)))
    pdf.set_xy(112, top + 8)
    size = 12.5
    while True:  # shrink the story text until it fits beside the picture
        pdf.set_font(FONT, "", size)
        lines = pdf.multi_cell(83, size * 0.43, latin1(c["about"]), dry_run=True, output="LINES", align="L")
        if len(lines) * size * 0.43 <= 61 or size <= 9:
            break
        size -= 0.5
    pdf.multi_cell(83, size * 0.43, latin1(c["about"]), align="L")
    # Questions with space to write.
    y = top + 69 + 7
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(15, y)
    pdf.cell(180, 7, latin1(t("questions", lang)))
    y += 9
    bottom = 284
    # Share the space left between the writing lines, so every sheet stays one page.
    pdf.set_font(FONT, "", 13)
    text_h = sum(len(pdf.multi_cell(172, 6.2, latin1(q["text"]), dry_run=True, output="LINES", align="L")) * 6.2 + 5.5
                 for q in c["questions"])
    boxes = sum(1 for q in c["questions"] if q["lines"] == "box")
    n_lines = sum(q["lines"] for q in c["questions"] if q["lines"] != "box")
    gap = max(6.5, min(9.5, (bottom - y - text_h - boxes * 46) / max(n_lines, 1)))
    for i, q in enumerate(c["questions"], 1):
        pdf.set_font(FONT, "B", 13)
        pdf.set_xy(15, y)
        pdf.cell(8, 6.2, f"{i}.")
        pdf.set_font(FONT, "", 13)
        pdf.set_xy(23, y)
        pdf.multi_cell(172, 6.2, latin1(q["text"]), align="L")
        y = pdf.get_y() + 1.5
        if q["lines"] == "box":
            pdf.set_line_width(0.3)
            pdf.rect(23, y, 172, 42)
            y += 46
        else:
            for _ in range(q["lines"]):
                y += gap
                pdf.set_line_width(0.2)
                pdf.line(23, y, 195, y)
            y += 4
    pdf.set_font(FONT, "", 8)
    pdf.set_xy(15, 289)
    pdf.cell(180, 4, latin1(f"{t('archive', lang)} - {url}"), align="C")
    return bytes(pdf.output())


def pdf(m: dict, folder: Path, lang: str, group: str, url: str, cache: Path) -> Path:
    """Cached worksheet PDF for one motif, language and phase group."""
    from fpdf import __version__ as fpdf_version

    src, lines = folder / m["images"][0]["file"], line_art_of(m, folder)
    img_key = _key(VERSION, hashlib.sha256(src.read_bytes()).digest(),
                   hashlib.sha256(lines.read_bytes()).digest() if lines else b"")
    key = _key(VERSION, fpdf_version, m, lang, group, url, img_key)
    out = cache / f"lkpd-{key}.pdf"
    if not out.is_file():
        gray = cache / f"abu-{img_key}.jpg"  # shared by both phase groups
        if not gray.is_file():
            tmp = gray.with_suffix(".tmp")
            tmp.write_bytes(gray_jpeg(src, lines))
            tmp.replace(gray)
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(render_pdf(m, src, lang, group, url, gray.read_bytes()))
        tmp.replace(out)
    return out


def qr_file(url: str, cache: Path) -> Path:
    out = cache / f"qr-{_key(VERSION, url)}.png"
    if not out.is_file():
        tmp = out.with_suffix(".tmp")
        qr.image(url, module_px=8).save(tmp, format="PNG", optimize=True)
        tmp.replace(out)
    return out
