"""The printable consent form (issue 19): one A4 page in plain Indonesian to sign, and its
English copy on a second page, for the helper (pendamping) who visits a maker.

UU PDP 27/2022 asks that the purpose be stated before consent (Pasal 21), that several
purposes be kept clearly apart in simple language (Pasal 22: one checkbox per scope, in the
order of records/consent.SCOPES, each with what it means), that proof be kept (Pasal 24:
who, when and how, the boxes at the bottom) and that a withdrawal be honoured within
3 × 24 hours (how to withdraw, printed on the form). The words are core/i18n.py's
(`cform_*`, `scope_*`); the drawing is the hang tags' (hangtags.new_pdf: DejaVu embedded, a
fixed creation date), so the same input gives the same bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core import steward, urls
from ..core.files import place
from ..core.i18n import ARCHIVE_NAME, t
from ..records.consent import SCOPES
from . import hangtags

FORM_DATE = "2026-12-07"  # the version of the form's text; change it when the words change
PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN = 16.0
BOX = 5.0  # a checkbox, mm: big enough for a pen tick
DARK, MUTED, BROWN = hangtags.DARK, hangtags.MUTED, hangtags.BROWN


def contact_text(st: dict[str, str], makers_url: str) -> str:
    """How to reach the maintainers, as plain text: the steward when one is configured,
    otherwise the page for makers (which names the route through the repository)."""
    parts = [st[k] for k in ("name", "whatsapp", "email", "address") if st.get(k)]
    return " · ".join(parts + [makers_url.split("://", 1)[-1]])


def _para(pdf, text: str, y: float, size: float = 9.5, style: str = "", colour=DARK, x: float = MARGIN,
          w: float | None = None) -> float:
    pdf.set_text_color(*colour)
    pdf.set_font(pdf.arsip_family, style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(w or PAGE_W - x - MARGIN, size * 0.45, text, align="L")
    return pdf.get_y()


def _heading(pdf, text: str, y: float) -> float:
    y = _para(pdf, text, y + 3, 10.5, "B", BROWN)
    return y + 1.2


def _field(pdf, label: str, y: float, x: float = MARGIN, w: float | None = None) -> float:
    w = w or PAGE_W - 2 * MARGIN
    pdf.set_text_color(*MUTED)
    pdf.set_font(pdf.arsip_family, "", 8)
    pdf.set_xy(x, y)
    pdf.cell(w, 3.5, label)
    pdf.set_draw_color(*MUTED)
    pdf.set_line_width(0.25)
    pdf.line(x, y + 10, x + w, y + 10)
    return y + 12


def _page(pdf, lang: str, contact: str, n: int, total: int) -> None:
    pdf.add_page()
    y = MARGIN - 4
    pdf.set_text_color(*BROWN)
    pdf.set_font(pdf.arsip_family, "B", 8)
    pdf.set_xy(MARGIN, y)
    pdf.cell(PAGE_W - 2 * MARGIN, 4, ARCHIVE_NAME[lang].upper())
    y = _para(pdf, t("cform_title", lang), y + 5, 16, "B")
    if lang != "id":
        y = _para(pdf, t("cform_copy", lang), y + 0.5, 8.5, "", MUTED)
    y = _para(pdf, t("cform_intro", lang), y + 2, 9.5)
    y = _para(pdf, t("cform_public", lang), y + 1.5, 9.5, "B")

    y = _heading(pdf, t("cform_maker", lang), y)
    half = (PAGE_W - 2 * MARGIN - 6) / 2
    _field(pdf, t("cform_business", lang), y, MARGIN, half)
    y = _field(pdf, t("cform_village", lang), y, MARGIN + half + 6, half)
    y = _field(pdf, t("cform_person", lang), y)

    y = _heading(pdf, t("cform_scopes", lang), y)
    text_x = MARGIN + BOX + 3
    for scope in SCOPES:
        pdf.set_draw_color(*DARK)
        pdf.set_line_width(0.35)
        pdf.rect(MARGIN, y + 0.3, BOX, BOX)
        top = _para(pdf, t(f"scope_{scope}", lang), y, 10, "B", DARK, text_x)
        y = _para(pdf, t(f"scope_{scope}_purpose", lang), top + 0.3, 8.8, "", DARK, text_x)
        y = max(y, top + BOX) + 2.2

    y = _heading(pdf, t("cform_rights", lang), y)
    y = _para(pdf, t("cform_rights_text", lang), y, 8.8)
    y = _heading(pdf, t("cform_withdraw", lang), y)
    y = _para(pdf, t("cform_withdraw_text", lang, address=contact), y, 8.8)

    y = _heading(pdf, t("cform_record", lang), y)
    third = (PAGE_W - 2 * MARGIN - 12) / 3
    _field(pdf, t("cform_by", lang), y, MARGIN, third)
    _field(pdf, t("cform_date", lang), y, MARGIN + third + 6, third)
    y = _field(pdf, t("cform_sign_helper", lang), y, MARGIN + 2 * (third + 6), third)
    y = _para(pdf, t("cform_how", lang), y, 8.5, "", MUTED) + 1
    _field(pdf, t("cform_sign", lang), y + 1, MARGIN, 2 * third + 6)
    y = _field(pdf, t("cform_date", lang), y + 1, MARGIN + 2 * (third + 6), third)
    y = _para(pdf, t("cform_proof", lang), y + 1, 7.8, "", MUTED)

    pdf.set_text_color(*MUTED)
    pdf.set_font(pdf.arsip_family, "", 7)
    pdf.set_xy(MARGIN, PAGE_H - 10)
    pdf.cell(PAGE_W - 2 * MARGIN, 3, t("cform_version", lang, date=FORM_DATE, n=n, total=total), align="R")
    assert y < PAGE_H - 11, f"the {lang} consent form runs off its page (y={y:.1f} mm)"


def render(contact: str) -> bytes:
    pdf = hangtags.new_pdf(t("cform_title", "both"), FORM_DATE)
    for i, lang in enumerate(("id", "en"), 1):
        _page(pdf, lang, contact, i, 2)
    return bytes(pdf.output())


def write(path: Path, contact: str) -> Path:
    """Written to a new file then renamed: an older site may hard-link the previous one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(render(contact))
    os.replace(tmp, path)
    return path


def publish(ctx) -> None:
    """Step: the form at unduh/formulir-persetujuan.pdf (urls.CONSENT_FORM)."""
    contact = contact_text(steward.load(ctx.arc.root), ctx.pub.page(urls.FOR_MAKERS, "id"))
    cache = ctx.arc.cache / "consentform"
    out = write(cache / "formulir-persetujuan.pdf", contact)
    place(out, ctx.staging / urls.CONSENT_FORM)
