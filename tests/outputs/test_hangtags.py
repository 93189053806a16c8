"""QR codes and hang tags: every code on the site and on every printable sheet decodes to the
motif's short URL, sheets are A4, and every printed code is at least 2.5 cm wide with its
quiet zone (measured on the PDF rendered at 300 dpi, as a printer would)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader

from arsip.outputs import hangtags, qr
from support import MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"
DPI = 300


def short(mid: str) -> str:
    return f"{SITE_URL}m/{mid}/"


def decode(im: Image.Image):
    return zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)


def render_pdf(pdf: Path, out: Path) -> list[Image.Image]:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(out / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(out.glob("p-*.pgm"))]


def measure(im: Image.Image, bc, url: str) -> tuple[float, int]:
    """(printed width in mm of the code INCLUDING its quiet zone, darkest pixel inside the quiet zone).

    The dark modules' bounding box gives the symbol's width; the module size follows from the
    number of modules of this URL's code, and the quiet zone is 4 modules on each side."""
    n_total = len(qr.matrix(url))
    n_sym = n_total - 2 * qr.QUIET_ZONE
    p = bc.position
    xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
    ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
    approx = (max(xs) - min(xs)) / n_sym
    pad = int(2 * approx)
    box = (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)
    dark = im.crop(box).point(lambda v: 255 if v < 128 else 0).getbbox()
    sx0, sy0, sx1, sy1 = box[0] + dark[0], box[1] + dark[1], box[0] + dark[2], box[1] + dark[3]
    module = (sx1 - sx0) / n_sym
    assert abs((sy1 - sy0) / n_sym - module) < 0.5, "the code is square"
    q = int(module * (qr.QUIET_ZONE - 0.5))
    ring = im.crop((sx0 - q, sy0 - q, sx1 + q, sy1 + q)).copy()
    # blank the symbol (and the one-pixel anti-aliased seam around it), keep the quiet zone
    ImageDraw.Draw(ring).rectangle((q - 1, q - 1, q + sx1 - sx0, q + sy1 - sy0), fill=255)
    return module * n_total / DPI * 25.4, ring.getextrema()[0]


def expected_urls(site: Path, rel: str, built) -> list[str]:
    """The URL every code on a sheet must hold, in reading order."""
    parts = rel.split("/")
    if parts[1] == "motif":  # label/motif/<id>.pdf
        return [short(parts[2][:-4])] * 8
    if len(parts) == 4:  # label/pembuat/<maker>/<motif>.pdf
        return [short(parts[3][:-4])] * 8
    maker = parts[2][:-4]  # label/pembuat/<maker>.pdf: two tags per motif
    return [short(m["id"]) for m in built.col.motifs_by_maker(maker) for _ in range(2)]


def test_there_is_a_sheet_per_motif_per_maker_and_per_maker_motif(built, site):
    pdfs = {p.relative_to(site).as_posix() for p in (site / "label").rglob("*.pdf")}
    for mid in MOTIF_IDS:
        assert f"label/motif/{mid}.pdf" in pdfs
    for mk in built.col.makers:
        motifs = built.col.motifs_by_maker(mk)
        assert (f"label/pembuat/{mk}.pdf" in pdfs) == bool(motifs)
        for m in motifs:
            assert f"label/pembuat/{mk}/{m['id']}.pdf" in pdfs


def test_every_code_on_every_sheet_scans_to_its_motif_and_is_at_least_2_5_cm(built, site, tmp_path):
    pdfs = sorted((site / "label").rglob("*.pdf"))
    assert len(pdfs) > len(MOTIF_IDS)
    widths = []
    for i, pdf in enumerate(pdfs):
        rel = pdf.relative_to(site).as_posix()
        reader = PdfReader(pdf)
        for page in reader.pages:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1, (rel, w, h)  # A4 in points
        want = expected_urls(site, rel, built)
        got = []
        for im in render_pdf(pdf, tmp_path / str(i)):
            codes = sorted(decode(im), key=lambda b: (round(b.position.top_left.y / 100), b.position.top_left.x))
            for bc in codes:
                width_mm, darkest = measure(im, bc, bc.text)
                assert width_mm >= 25.0, (rel, width_mm)
                assert darkest > 200, (rel, "something is printed inside the quiet zone", darkest)
                widths.append(width_mm)
                got.append(bc.text)
        assert got == want, rel
    assert min(widths) >= 25.0
    print(f"QR codes on sheets: {len(widths)}, width incl. quiet zone {min(widths):.1f}–{max(widths):.1f} mm")


def test_each_tag_names_the_motif_the_maker_and_the_short_url(built, site):
    for mk, maker in built.col.makers.items():
        for m in built.col.motifs_by_maker(mk):
            text = PdfReader(site / "label" / "pembuat" / mk / f"{m['id']}.pdf").pages[0].extract_text()
            flat = " ".join(text.split())
            assert flat.count(short(m["id"]).split("://")[1]) == 8
            assert flat.count(m["name"]) >= 8
            assert " ".join(maker["name"].split()[:1]) in flat
    text = PdfReader(site / "label" / "motif" / f"{MOTIF_IDS[0]}.pdf").pages[0].extract_text()
    assert "Pembuat / Maker" in text  # the generic sheet leaves a line to write the maker's name


def test_every_motif_has_a_qr_png_and_svg_of_its_short_url(site):
    for mid in MOTIF_IDS:
        png = site / "m" / mid / "qr.png"
        assert [b.text for b in decode(Image.open(png))] == [short(mid)]
        svg = (site / "m" / mid / "qr.svg").read_text("utf-8")
        n = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
        assert n == len(qr.matrix(short(mid)))
        # draw the SVG's path ourselves and scan it
        im = Image.new("L", (n * 8, n * 8), 255)
        d = ImageDraw.Draw(im)
        for x, y, w in re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", svg):
            x, y, w = int(x), int(y), int(w)
            d.rectangle((x * 8, y * 8, (x + w) * 8 - 1, y * 8 + 7), fill=0)
        assert [b.text for b in decode(im)] == [short(mid)]


def test_motif_page_offers_the_code_the_sheet_and_the_short_link(site):
    for lang, prefix in (("id", ""), ("en", "en/")):
        html = (site / prefix / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8")
        base = "../../" if lang == "id" else "../../../"
        assert f'src="{base}m/{MOTIF_IDS[0]}/qr.svg"' in html
        assert f'href="{base}label/motif/{MOTIF_IDS[0]}.pdf"' in html
        assert f'href="{short(MOTIF_IDS[0])}"' in html


def test_label_page_links_every_makers_sheets(built, site):
    for prefix in ("", "en/"):
        html = (site / prefix / "label" / "index.html").read_text("utf-8")
        targets = set()
        for href in re.findall(r'href="([^"]+\.pdf)"', html):
            target = (site / prefix / "label" / href).resolve()
            assert target.is_file(), href
            targets.add(target.relative_to(site.resolve()).as_posix())
        for mk in built.col.makers:
            for m in built.col.motifs_by_maker(mk):
                assert f"label/pembuat/{mk}/{m['id']}.pdf" in targets
        for mid in MOTIF_IDS:
            assert f"label/motif/{mid}.pdf" in targets


def test_sheets_are_deterministic():
    m = {"id": "uji", "name": "Motif Uji", "consent": {"date": "2026-01-02"}, "added": "2026-01-02"}
    sheet = hangtags.pair_sheet({"id": "p", "name": "Sanggar Uji"}, m, "https://x.test/m/uji/")
    assert hangtags.render(sheet) == hangtags.render(sheet)
    uni = hangtags.pair_sheet({"id": "p", "name": "Ṣanggar Ḍalang"}, m, "https://x.test/m/uji/")
    data = hangtags.render(uni)  # names outside Latin-1 use the shipped DejaVu font
    assert b"DejaVu" in data and data == hangtags.render(uni)


@pytest.mark.parametrize("n", [1, 5])
def test_maker_sheet_spreads_over_pages(n):
    motifs = [{"id": f"m{i}", "name": f"Motif {i}", "consent": {"date": "2026-01-02"}} for i in range(n)]
    sheet = hangtags.maker_sheet({"id": "p", "name": "P", "consent": {"date": "2026-01-01"}}, motifs,
                                 {m["id"]: f"https://x.test/m/{m['id']}/" for m in motifs})
    from io import BytesIO

    assert len(PdfReader(BytesIO(hangtags.render(sheet))).pages) == -(-2 * n // 8)


def test_the_quiet_zone_check_sees_ink_near_a_code(tmp_path):
    """The measurement above is not blind: a mark printed inside the quiet zone is found."""
    url = "https://x.test/m/uji/"
    im = qr.image(url, module_px=12)
    bc = decode(im)[0]
    width_mm, darkest = measure(im, bc, url)
    assert darkest > 200
    ImageDraw.Draw(im).rectangle((20, 20, 26, 26), fill=0)  # inside the 48 px quiet zone
    assert measure(im, decode(im)[0], url)[1] < 50
