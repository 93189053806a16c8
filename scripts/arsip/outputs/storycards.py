"""A6 story cards: four per A4, two-sided, to slip into a buyer's bag at a bazaar.

Front: the motif's picture and name. Back: its meaning and local wisdom (Indonesian, then
English), a QR code to the motif's short address (which opens the motif page) and a blank
"Dibuat oleh / Made by" line for the maker to sign. The backs are mirrored left-right on
the second page, so a long-edge duplex print puts each back behind its front. Drawn with
the hang tags' helpers (hangtags.new_pdf, fit, draw_qr): the shipped DejaVu fonts are
embedded, the QR is one vector path, the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..core import prose
from ..core.i18n import pick, t
from . import hangtags

VERSION = "1"
CARD_W, CARD_H = 105.0, 148.5  # A6 (105×148) with the half millimetre that A4 leaves
MARGIN = 6.0  # inside each card: the 5 mm safe margin and a little more
QR_MM = 26.0  # printed width including the quiet zone (the print guidance asks for 2–2.5 cm)
TEXT_LIMIT = 330  # characters of each text on the back, cut at a word
DARK, MUTED, BROWN, INDIGO = hangtags.DARK, hangtags.MUTED, hangtags.BROWN, hangtags.INDIGO


def spec(m: dict, picture_key: str, badge: str | None, rights: str, qr_url: str) -> dict:
    """Everything the card shows, from the record (also its cache key)."""
    def text(field, lang):
        return prose.plain(pick(m.get(field), lang), TEXT_LIMIT)
    return {"v": VERSION, "fonts": hangtags.fonts_key(), "name": m["name"], "picture": picture_key,
            "badge": badge, "rights": rights, "qr": qr_url, "date": m.get("added") or "2026-01-01",
            "title": t("kit_card_title", "id", name=m["name"]), "print": t("kit_card_print", "both"),
            "blocks": [[t(h, "both"), text(f, "id"), text(f, "en")]
                       for f, h in (("meaning", "kit_h_meaning"), ("local_wisdom", "kit_h_wisdom")) if m.get(f)],
            "made": t("kit_made_line", "both"), "scan": t("scan", "both"), "address": qr_url.split("://", 1)[-1]}


def _paragraph(pdf, text: str, x: float, y: float, w: float, size: float, style: str = "", colour=DARK) -> float:
    pdf.set_text_color(*colour)
    pdf.set_font(pdf.arsip_family, style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, size * 0.42, text, align="L")
    return pdf.get_y()


def _front(pdf, s: dict, picture: Path, x: float, y: float) -> None:
    w = CARD_W - 2 * MARGIN
    pdf.image(str(picture), x + MARGIN, y + MARGIN, w, w)
    cy = y + MARGIN + w + 4
    pdf.set_text_color(*BROWN)
    pdf.set_font(pdf.arsip_family, "B", 7)
    pdf.set_xy(x + MARGIN, cy)
    pdf.cell(w, 3, t("kit_brand", "id"))
    size, lines = hangtags.fit(pdf, s["name"], w, (20, 18, 16, 14, 12), "B", 2)
    cy += 5
    pdf.set_text_color(*DARK)
    for ln in lines:
        pdf.set_xy(x + MARGIN, cy)
        pdf.cell(w, size * 0.42, ln)
        cy += size * 0.45
    foot = ([s["badge"]] if s["badge"] else []) + [s["rights"]]
    pdf.set_font(pdf.arsip_family, "", 6)
    fy = y + CARD_H - MARGIN - sum(_lines(pdf, line, w, 6) for line in foot)
    for line in foot:
        fy = _paragraph(pdf, line, x + MARGIN, fy, w, 6, colour=MUTED)


def _back(pdf, s: dict, x: float, y: float) -> None:
    w = CARD_W - 2 * MARGIN
    bottom = y + CARD_H - MARGIN - QR_MM - 3
    for size in (7.5, 7, 6.5, 6, 5.5, 5):  # the largest size at which both texts fit above the QR
        pdf.set_font(pdf.arsip_family, "", size)
        need = sum(4.5 + _lines(pdf, a, w, size) + _lines(pdf, b, w, size) for _, a, b in s["blocks"])
        if y + MARGIN + need <= bottom:
            break
    cy = y + MARGIN
    for head, text_id, text_en in s["blocks"]:
        cy = _paragraph(pdf, head, x + MARGIN, cy, w, size + 0.5, "B", BROWN) + 0.6
        cy = _paragraph(pdf, text_id, x + MARGIN, cy, w, size) + 0.4
        cy = _paragraph(pdf, text_en, x + MARGIN, cy, w, size, colour=MUTED) + 1.6
    qy = y + CARD_H - MARGIN - QR_MM
    hangtags.draw_qr(pdf, s["qr"], x + MARGIN, qy, QR_MM)
    tx, tw = x + MARGIN + QR_MM + 3, w - QR_MM - 3
    _paragraph(pdf, s["scan"], tx, qy + 1, tw, 6.5, colour=MUTED)
    pdf.set_text_color(*INDIGO)
    size, _ = hangtags.fit(pdf, s["address"], tw, (8, 7.5, 7, 6.5, 6, 5.5, 5), "B", 1)
    pdf.set_xy(tx, qy + 9)
    pdf.cell(tw, 3.5, s["address"])
    pdf.set_text_color(*MUTED)
    pdf.set_font(pdf.arsip_family, "", 6.5)
    pdf.set_xy(tx, qy + 16)
    pdf.cell(tw, 3, s["made"])
    pdf.set_draw_color(*MUTED)
    pdf.set_line_width(0.25)
    pdf.line(tx, qy + QR_MM - 2, tx + tw, qy + QR_MM - 2)


def _lines(pdf, text: str, w: float, size: float) -> float:
    """Height in mm of `text` wrapped in `w` at `size`."""
    return len(pdf.multi_cell(w, size * 0.42, text, dry_run=True, output="LINES")) * size * 0.42


def _cut_lines(pdf) -> None:
    pdf.set_draw_color(170, 160, 150)
    pdf.set_line_width(0.15)
    pdf.set_dash_pattern(dash=1.2, gap=1.2)
    pdf.line(CARD_W, 0, CARD_W, 2 * CARD_H)
    pdf.line(0, CARD_H, 2 * CARD_W, CARD_H)
    pdf.set_dash_pattern()


def render(s: dict, picture: Path) -> bytes:
    pdf = hangtags.new_pdf(s["title"], s["date"], "DejaVu")
    pdf.add_page()
    for i in range(4):
        _front(pdf, s, picture, (i % 2) * CARD_W, (i // 2) * CARD_H)
    _cut_lines(pdf)
    pdf.add_page()
    for i in range(4):  # mirrored: the back of the left card prints on the right
        _back(pdf, s, (1 - i % 2) * CARD_W, (i // 2) * CARD_H)
    _cut_lines(pdf)
    return bytes(pdf.output())


def make(s: dict, picture: Path, cache: Path) -> Path:
    """The story-card PDF in the cache, drawn only when what it shows changed (the picture's
    cache name is a hash of how it was drawn and encoded)."""
    key = hashlib.sha256(json.dumps([s, picture.name], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]
    out = cache / f"{key}.pdf"
    if not out.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(render(s, picture))
        os.replace(tmp, out)
    return out
