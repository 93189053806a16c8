"""The printable consent form (issue 19 kit): A4 in millimetres, one checkbox per scope with what
it means, who/when/how and how to withdraw, in Indonesian (to sign) and English; rendered by a
real client (pdftoppm, pdftotext); published and linked, with its size, from the page for makers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from arsip.core import urls
from arsip.core.i18n import t
from arsip.outputs import consentform
from arsip.records.consent import SCOPES

PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def form(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cform") / "formulir-persetujuan.pdf"
    return consentform.write(out, consentform.contact_text({}, "https://arsip.example/pembatik/"))


def text_of(pdf: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out)


def test_every_page_is_a4_in_millimetres(form):
    pages = PdfReader(form).pages
    assert len(pages) == 2  # Indonesian to sign, English copy
    for p in pages:
        w, h = float(p.mediabox.width) / PT_PER_MM, float(p.mediabox.height) / PT_PER_MM
        assert abs(w - 210) < 0.1 and abs(h - 297) < 0.1, (w, h)


def test_pdftoppm_renders_both_pages(form, tmp_path):
    subprocess.run(["pdftoppm", "-r", "50", "-gray", str(form), str(tmp_path / "p")], check=True)
    shots = sorted(tmp_path.glob("p-*.pgm"))
    assert len(shots) == 2
    for s in shots:
        im = Image.open(s)
        assert abs(im.width / 50 * 25.4 - 210) < 1
        assert im.getextrema()[0] < 60, "text is drawn"


@pytest.mark.parametrize("page,lang", [(1, "id"), (2, "en")])
def test_each_scope_has_its_box_and_meaning(form, page, lang):
    text = text_of(form, page)
    for scope in SCOPES:
        assert t(f"scope_{scope}", lang) in text, scope
        assert " ".join(t(f"scope_{scope}_purpose", lang).split()[:6]) in text, scope
    for key in ("cform_by", "cform_date", "cform_sign", "cform_withdraw"):
        assert t(key, lang) in text, key
    assert "3 × 24" in text  # withdrawal honoured within 72 h (UU PDP)
    assert "arsip.example/pembatik/" in text  # how to reach the maintainers


def test_one_square_checkbox_per_scope(form, tmp_path):
    """Count the empty squares of the Indonesian page at 100 dpi: six, one per scope."""
    subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-gray", str(form), str(tmp_path / "p")],
                   check=True)
    im = Image.open(next(tmp_path.glob("p-*.pgm")))
    px = im.load()
    box = round(consentform.BOX / 25.4 * 100)  # ~20 px
    x = round(consentform.MARGIN / 25.4 * 100)
    # a box's left edge is a vertical dark run `box` long at the margin; text has no stroke that long
    col = [min(px[x + dx, y] for dx in (-1, 0, 1)) for y in range(im.height)]
    runs, start = [], None
    for y, v in enumerate(col + [255]):
        if v < 128 and start is None:
            start = y
        elif v >= 128 and start is not None:
            runs.append(y - start)
            start = None
    boxes = [r for r in runs if abs(r - box) <= 2]
    assert len(boxes) == len(SCOPES), runs
    assert max(runs) <= box + 2, runs


def test_same_input_same_bytes():
    a = consentform.render(consentform.contact_text({}, "https://x.example/"))
    assert a == consentform.render(consentform.contact_text({}, "https://x.example/"))
    assert a != consentform.render(consentform.contact_text({"whatsapp": "0812"}, "https://x.example/"))


def test_published_and_linked_with_its_size(site):
    pdf = site / urls.CONSENT_FORM
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    for page in ("pembatik/index.html", "en/for-makers/index.html"):
        html = (site / page).read_text("utf-8")
        m = re.search(r'<a href="([^"]*formulir-persetujuan\.pdf)" download>(.*?)</a>', html, re.S)
        assert m, page
        assert (site / page).parent.joinpath(m.group(1)).resolve() == pdf.resolve()
        assert re.search(r'class="arsip-size">\(\d+[,.]\d kB\)', m.group(2)), m.group(2)
