"""QR codes and printable hang tags: the bridge from a market stall to a motif's story.

Every motif gets a QR code (PNG and SVG) of its short, stable URL (<site>/m/<id>/),
and A4 PDF sheets of eight hang tags to print and cut: one per motif (with a blank line
for the maker's name), one per maker and motif, and one per maker with all their
motifs. Each tag carries the QR code (34 mm including the 4-module quiet zone; the
print guidance asks for at least 2–2.5 cm), the motif's name, the maker, the short
URL, and the sheet has cut marks. PDFs are drawn with fpdf2 as vector shapes (the QR
modules are one filled path, so no hairline seams) and cached by content hash.

Issue 19 kit: each tag has a punch-hole mark (top right, where the string goes), a small
picture of the motif (a square crop of its first image, when it has one) and the maker's
WhatsApp and Instagram, only while the maker consented to `contact` (records/consent.py).
Each maker's sheet also gets a small PNG preview for the labels page (`preview`, drawn by
pdftoppm from the PDF itself, so the preview is what prints).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from PIL import Image

from . import qr
from ..core import identity, urls
from ..core.i18n import ARCHIVE_NAME
from .sharecards import FONT_DIR

VERSION = "3"  # 2: fonts always embedded; 3: punch hole, motif picture, contact (issue 19 kit)
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
COLS, ROWS = 2, 4
TAG_W, TAG_H = 90.0, 60.0
QR_MM = 34.0  # printed width of the code INCLUDING its quiet zone
MARGIN_X = (PAGE_W - COLS * TAG_W) / 2
MARGIN_Y = (PAGE_H - ROWS * TAG_H) / 2 + 4  # a little more room at the top for the heading
BROWN, DARK, MUTED, INDIGO = (107, 58, 31), (59, 32, 15), (92, 82, 72), (31, 78, 121)
HOLE_MM = 4.5  # diameter of the punch-hole mark (a 4–5 mm office punch), centred HOLE_INSET from the corner
HOLE_INSET = 5.5
PICTURE_MM = 13.0  # the motif's small picture, square
THUMB_PX = 240  # pixels of that picture: ~470 dpi at 13 mm


INSTRUCTIONS = ("Cetak di kertas A4 dengan skala 100% (ukuran sebenarnya), lalu gunting di garis putus-putus. "
                "Coba pindai satu label sebelum mencetak banyak.",
                "Print on A4 at 100% (actual size), cut along the dashed lines, and test-scan one tag first.")
SCAN_NOTE = "Pindai untuk membaca cerita motif ini · Scan to read its story"


@dataclass(frozen=True)
class Tag:
    motif: str  # motif name
    maker: str  # maker name, or "" for a blank line to fill in by hand
    url: str  # short URL encoded in the QR code
    contact: str = ""  # "WA 0812-… · IG @…", only with the maker's `contact` consent
    picture: str = ""  # path of the motif's small square picture (hangtags.thumb), or ""


@dataclass(frozen=True)
class Sheet:
    site_path: str  # e.g. label/motif/sekar-jati.pdf
    title: str
    tags: tuple[Tag, ...]
    date: str  # YYYY-MM-DD, the PDF's creation date (from the records, so bytes are stable)


_matrix = lru_cache(maxsize=4096)(qr.matrix)  # the same code is drawn eight times per sheet


def qr_svg(url: str) -> str:
    """The QR code as a small SVG (one path, crisp edges), quiet zone included."""
    m = _matrix(url)
    n = len(m)
    d = []
    for y, row in enumerate(m):
        x = 0
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                d.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    from html import escape

    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" width="{n * 8}" height="{n * 8}" '
            f'shape-rendering="crispEdges" role="img"><title>{escape(url)}</title>'
            f'<rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d="{"".join(d)}"/></svg>\n')


def qr_png(url: str) -> bytes:
    import io

    m = _matrix(url)
    n = len(m)
    im = Image.new("1", (n, n), 1)
    for y, row in enumerate(m):
        for x, dark in enumerate(row):
            if dark:
                im.putpixel((x, y), 0)
    buf = io.BytesIO()
    im.resize((n * 10, n * 10), Image.Resampling.NEAREST).convert("L").save(buf, "PNG", optimize=True)
    return buf.getvalue()


def qr_files(url: str, cache: Path) -> dict[str, Path]:
    """{"svg": path, "png": path} of the code of `url`, made once and cached by content."""
    key = hashlib.sha256(f"{VERSION}|{qr.QUIET_ZONE}|{url}".encode()).hexdigest()[:20]
    out = {"svg": cache / f"{key}.svg", "png": cache / f"{key}.png"}
    if not all(p.is_file() for p in out.values()):
        cache.mkdir(parents=True, exist_ok=True)
        for ext, data in (("svg", qr_svg(url).encode()), ("png", qr_png(url))):
            tmp = out[ext].with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, out[ext])
    return out


def _short_text(url: str) -> str:
    return url.split("://", 1)[-1]


@lru_cache(maxsize=1)
def fonts_key() -> str:
    import fpdf

    h = hashlib.sha256(f"{fpdf.FPDF_VERSION}|{VERSION}".encode())
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        h.update((FONT_DIR / name).read_bytes())
    return h.hexdigest()[:16]


def _family(sheet: Sheet) -> str:
    """The shipped DejaVu Sans, always embedded: a core font (Helvetica) is not, and some
    viewers then space its letters wrongly (issue 18)."""
    return "DejaVu"


def fit(pdf, text: str, width: float, sizes, style: str = "", max_lines: int = 1):
    """Largest font size whose greedy wrap of `text` fits `max_lines` lines of `width` mm."""
    lines = [text]
    for size in sizes:
        pdf.set_font(pdf.arsip_family, style, size)
        lines, cur = [], ""
        for word in text.split():
            trial = f"{cur} {word}".strip()
            if pdf.get_string_width(trial) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
        if len(lines) <= max_lines and all(pdf.get_string_width(ln) <= width for ln in lines):
            return size, lines
    return sizes[-1], lines[:max_lines]


def draw_qr(pdf, url: str, x: float, y: float, size: float) -> None:
    """The code as ONE filled path of module runs (q … re … f Q): viewers fill the union, so
    neighbouring modules show no hairline seams. fpdf2's drawing API does the same but is
    slow (it deep-copies every path), so the operators are written directly."""
    m = _matrix(url)
    n = len(m)
    mod = size / n
    k, page_h = pdf.k, pdf.h
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    ops = ["q 0 g"]
    for r, row in enumerate(m):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                ops.append(f"{(x + start * mod) * k:.3f} {(page_h - y - r * mod) * k:.3f} "
                           f"{(c - start) * mod * k:.3f} {-mod * k:.3f} re")
            else:
                c += 1
    ops.append("f Q")
    pdf._out("\n".join(ops))


def thumb(src: Path, cache: Path) -> Path:
    """A small square crop (centre) of a motif's picture, as a baseline JPEG without metadata,
    cached by the source's bytes."""
    key = hashlib.sha256(f"{VERSION}|{THUMB_PX}|".encode() + src.read_bytes()).hexdigest()[:20]
    out = cache / f"thumb-{key}.jpg"
    if not out.is_file():
        from PIL import ImageOps

        cache.mkdir(parents=True, exist_ok=True)
        with Image.open(src) as im:
            im = ImageOps.exif_transpose(im).convert("RGB")
            side = min(im.size)
            box = ((im.width - side) // 2, (im.height - side) // 2)
            im = im.crop((*box, box[0] + side, box[1] + side)).resize((THUMB_PX, THUMB_PX), Image.Resampling.LANCZOS)
            tmp = out.with_suffix(f".tmp{os.getpid()}")
            im.save(tmp, "JPEG", quality=85, optimize=True)
        os.replace(tmp, out)
    return out


def local_whatsapp(number: str) -> str:
    """6281200001919 -> 0812-0000-1919 (as Indonesians write and dial it)."""
    local = "0" + number[2:] if number.startswith("62") else number
    return "-".join(p for p in (local[:4], local[4:8], local[8:]) if p)


def contact_line(mk: dict) -> str:
    """The maker's WhatsApp and Instagram for a tag, or "" without the `contact` scope."""
    from ..records.consent import granted

    if not granted(mk, "contact"):
        return ""
    c = mk.get("contact") or {}
    parts = []
    if c.get("whatsapp"):
        parts.append(f"WA {local_whatsapp(c['whatsapp'])}")
    if c.get("instagram"):
        parts.append(f"IG @{c['instagram']}")
    return " · ".join(parts)


def _hole(pdf, x: float, y: float) -> None:
    """Where to punch: a thin circle with a cross, top right, clear of the QR and the text."""
    cx, cy, r = x + TAG_W - HOLE_INSET, y + HOLE_INSET, HOLE_MM / 2
    pdf.set_draw_color(*MUTED)
    pdf.set_line_width(0.2)
    pdf.circle(cx, cy, r, style="D")
    pdf.line(cx - 0.8, cy, cx + 0.8, cy)
    pdf.line(cx, cy - 0.8, cx, cy + 0.8)


def _draw_tag(pdf, tag: Tag, x: float, y: float) -> None:
    draw_qr(pdf, tag.url, x + 3, y + (TAG_H - 12 - QR_MM) / 2 + 1, QR_MM)
    tx = x + 3 + QR_MM + 3
    tw = x + TAG_W - 4 - tx
    _hole(pdf, x, y)
    pdf.set_text_color(*BROWN)
    pdf.set_font(pdf.arsip_family, "B", 6.5)
    pdf.set_xy(tx, y + 5)
    pdf.cell(tw - HOLE_INSET - HOLE_MM, 3, ARCHIVE_NAME["id"].upper())
    name_w = tw - PICTURE_MM - 2 if tag.picture else tw
    size, lines = fit(pdf, tag.motif, name_w, (15, 14, 13, 12, 11, 10, 9, 8), "B", 2 if tag.contact else 3)
    pdf.set_text_color(*DARK)
    cy = y + 11
    if tag.picture:
        pdf.image(tag.picture, tx + tw - PICTURE_MM, y + 10.5, PICTURE_MM, PICTURE_MM)
    for ln in lines:
        pdf.set_xy(tx, cy)
        pdf.cell(name_w, size * 0.42, ln)
        cy += size * 0.45
    cy += 2
    if tag.picture:
        cy = max(cy, y + 10.5 + PICTURE_MM + 1.5)
    pdf.set_text_color(*MUTED)
    pdf.set_font(pdf.arsip_family, "", 6.5)
    pdf.set_xy(tx, cy)
    pdf.cell(tw, 3, "Pembuat / Maker")
    cy += 3.6
    pdf.set_text_color(*DARK)
    if tag.maker:
        msize, mlines = fit(pdf, tag.maker, tw, (9, 8.5, 8, 7.5, 7), "", 1 if tag.contact else 2)
        for ln in mlines:
            pdf.set_xy(tx, cy)
            pdf.cell(tw, msize * 0.42, ln)
            cy += msize * 0.45
        if tag.contact:
            parts = tag.contact.split(" · ")  # one line each: WhatsApp, Instagram
            csize = min(fit(pdf, part, tw, (7, 6.5, 6, 5.5, 5), "B", 1)[0] for part in parts)
            pdf.set_font(pdf.arsip_family, "B", csize)
            pdf.set_text_color(*INDIGO)
            cy += 0.6
            for ln in parts:
                pdf.set_xy(tx, cy)
                pdf.cell(tw, csize * 0.42, ln)
                cy += csize * 0.45
    else:
        pdf.set_draw_color(*MUTED)
        pdf.set_line_width(0.2)
        pdf.line(tx, cy + 5, tx + tw, cy + 5)
    # bottom: what the code does, and the address for people who type it
    by = y + TAG_H - 12
    pdf.set_text_color(*MUTED)
    pdf.set_font(pdf.arsip_family, "", 6.5)
    pdf.set_xy(x + 4, by)
    pdf.cell(TAG_W - 8, 3, SCAN_NOTE, align="C")
    usize, _ = fit(pdf, _short_text(tag.url), TAG_W - 8, (8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5), "B", 1)
    pdf.set_text_color(*INDIGO)
    pdf.set_xy(x + 4, by + 4.2)
    pdf.cell(TAG_W - 8, 4, _short_text(tag.url), align="C")


def _cut_marks(pdf) -> None:
    """Dashed cut lines between tags, and crop marks in the margins at every cut."""
    x0, y0 = MARGIN_X, MARGIN_Y
    x1, y1 = x0 + COLS * TAG_W, y0 + ROWS * TAG_H
    pdf.set_draw_color(170, 160, 150)
    pdf.set_line_width(0.15)
    pdf.set_dash_pattern(dash=1.2, gap=1.2)
    for c in range(COLS + 1):
        pdf.line(x0 + c * TAG_W, y0, x0 + c * TAG_W, y1)
    for r in range(ROWS + 1):
        pdf.line(x0, y0 + r * TAG_H, x1, y0 + r * TAG_H)
    pdf.set_dash_pattern()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    for c in range(COLS + 1):
        x = x0 + c * TAG_W
        pdf.line(x, y0 - 7, x, y0 - 2)
        pdf.line(x, y1 + 2, x, y1 + 7)
    for r in range(ROWS + 1):
        y = y0 + r * TAG_H
        pdf.line(x0 - 7, y, x0 - 2, y)
        pdf.line(x1 + 2, y, x1 + 7, y)


def new_pdf(title: str, date: str, family: str = "DejaVu"):
    """An A4 fpdf2 document with the archive's settings: no margins or page breaks, the
    shipped DejaVu fonts embedded (family "DejaVu") or a core font, a fixed creation date
    (same input, same bytes). Hang tags and story cards use it."""
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.c_margin = 0
    pdf.arsip_family = family
    if family == "DejaVu":
        pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    y, mo, d = (int(p) for p in date.split("-"))
    pdf.set_creation_date(datetime(y, mo, d, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.set_author(ARCHIVE_NAME["id"])
    pdf.set_lang("id")
    return pdf


def render(sheet: Sheet) -> bytes:
    pdf = new_pdf(sheet.title, sheet.date, _family(sheet))
    per_page = COLS * ROWS
    for start in range(0, len(sheet.tags), per_page):
        pdf.add_page()
        pdf.set_text_color(*MUTED)
        pdf.set_font(pdf.arsip_family, "B", 9)
        pdf.set_xy(MARGIN_X, 8)
        pdf.cell(COLS * TAG_W, 4, sheet.title)
        pdf.set_font(pdf.arsip_family, "", 7)
        pdf.set_xy(MARGIN_X, 13)
        pdf.cell(COLS * TAG_W, 3, INSTRUCTIONS[0])
        pdf.set_xy(MARGIN_X, 16.5)
        pdf.cell(COLS * TAG_W, 3, INSTRUCTIONS[1])
        _cut_marks(pdf)
        for i, tag in enumerate(sheet.tags[start:start + per_page]):
            _draw_tag(pdf, tag, MARGIN_X + (i % COLS) * TAG_W, MARGIN_Y + (i // COLS) * TAG_H)
    return bytes(pdf.output())


def key(sheet: Sheet) -> str:
    spec = {"v": VERSION, "fonts": fonts_key(), "title": sheet.title, "date": sheet.date, "identity": identity.key(),
            "tags": [[t.motif, t.maker, t.url, t.contact, Path(t.picture).name if t.picture else ""]
                     for t in sheet.tags]}
    return hashlib.sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def make(sheet: Sheet, cache: Path) -> Path:
    """The sheet's PDF in the cache (rendered only when its content changed)."""
    out = cache / f"{key(sheet)}.pdf"
    if not out.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(render(sheet))
        os.replace(tmp, out)
    return out


def _date(motifs: list[dict]) -> str:
    return max((m.get("added") or m["consent"]["date"]) for m in motifs)


def motif_sheet(m: dict, short_url: str, picture: str = "") -> Sheet:
    """Eight tags of one motif, with a blank line for the maker's name."""
    return Sheet(urls.tags_motif(m["id"]), f"Label QR · {m['name']}",
                 tuple(Tag(m["name"], "", short_url, "", picture) for _ in range(COLS * ROWS)), _date([m]))


def pair_sheet(mk: dict, m: dict, short_url: str, picture: str = "") -> Sheet:
    """Eight tags of one motif made by one maker."""
    return Sheet(urls.tags_pair(mk["id"], m["id"]), f"Label QR · {m['name']} · {mk['name']}",
                 tuple(Tag(m["name"], mk["name"], short_url, contact_line(mk), picture) for _ in range(COLS * ROWS)),
                 _date([m]))


def maker_sheet(mk: dict, motifs: list[dict], short_urls: dict[str, str], pictures: dict[str, str] | None = None) -> Sheet:
    """Every motif of one maker, two tags each (a row per motif)."""
    pictures = pictures or {}
    tags = tuple(Tag(m["name"], mk["name"], short_urls[m["id"]], contact_line(mk), pictures.get(m["id"], ""))
                 for m in motifs for _ in range(COLS))
    return Sheet(urls.tags_maker(mk["id"]), f"Label QR · {mk['name']}", tags,
                 _date(motifs) if motifs else mk.get("added") or mk["consent"]["date"])


# -- issue 19 kit: a preview of a sheet for the labels page ---------------------------------------
PREVIEW_W = 300  # px: a thumbnail of the A4 sheet's first page


def preview(pdf: Path, cache: Path) -> Path | None:
    """PNG of the sheet's first page, PREVIEW_W wide, drawn by pdftoppm from the PDF itself and
    cached beside it; None when poppler's pdftoppm is not installed (the page then shows none)."""
    import shutil
    import subprocess
    import tempfile

    out = cache / f"{pdf.stem}-p{PREVIEW_W}.png"
    if out.is_file():
        return out
    if not shutil.which("pdftoppm"):
        return None
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["pdftoppm", "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", str(PREVIEW_W),
                        "-scale-to-y", "-1", str(pdf), f"{d}/p"], check=True, capture_output=True)
        with Image.open(f"{d}/p.png") as im:
            small = im.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
            tmp = out.with_suffix(f".tmp{os.getpid()}")
            small.save(tmp, "PNG", optimize=True)
    os.replace(tmp, out)
    return out
