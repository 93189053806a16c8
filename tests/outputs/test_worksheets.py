"""Worksheets (LKPD) and colouring sheets: one A4 page each, black and white, QR back to the motif."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from arsip.outputs import colouring, worksheets
from arsip.core.urls import Published, booklet_pdf, colouring_pdf, worksheet_pdf

from support import MOTIF_IDS, record

A4 = (595.28, 841.89)
SITE_URL = "http://127.0.0.1:8000/"  # the `built` fixture's site_url


def one_a4_page(path: Path) -> PdfReader:
    r = PdfReader(path)
    assert len(r.pages) == 1, path
    box = r.pages[0].mediabox
    assert abs(float(box.width) - A4[0]) < 1 and abs(float(box.height) - A4[1]) < 1, (path, box)
    return r


def render(pdf: Path, out: Path, dpi: int = 100) -> Image.Image:
    """Rasterise page 1 with poppler's pdftoppm (installed by scripts/setup.sh --test)."""
    prefix = out / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("L")


def test_every_motif_has_one_page_a4_worksheets_with_its_own_text(site):
    for mid in MOTIF_IDS:
        for group in ("abc", "def"):
            r = one_a4_page(site / worksheet_pdf(mid, group))
            text = " ".join(r.pages[0].extract_text().split())
            assert record(mid)["name"] in text, (mid, group)
            assert "Fase" in text and "Nama" in text


def test_worksheet_questions_follow_the_phase_group():
    m = record("sekar-jati")
    sd, smp = worksheets.content(m, "id", "abc"), worksheets.content(m, "id", "def")
    assert sd["phase"] == "Fase A–C" and smp["phase"] == "Fase D–F"
    assert any(q["lines"] == "box" for q in sd["questions"])  # young pupils draw
    assert any("stilasi" in q["text"] for q in smp["questions"])  # older pupils analyse the stylisation
    assert "bunga jati" in sd["questions"][0]["text"]  # the object comes from the record
    # the short story is made of whole sentences of the record, not invented text
    meaning = " ".join(m["meaning"]["id"].replace("*", "").split())
    assert sd["about"].split(". ")[0] in meaning


def test_worksheet_qr_code_decodes_to_the_motif_page(site, tmp_path):
    import zxingcpp

    for mid in MOTIF_IDS:
        for group in ("abc", "def"):
            img = render(site / worksheet_pdf(mid, group), tmp_path, dpi=150)
            found = [r.text for r in zxingcpp.read_barcodes(img) if r.format == zxingcpp.BarcodeFormat.QRCode]
            assert found == [Published.of(SITE_URL).motif(mid, "id")], (mid, group, found)
    for lang in ("id", "en"):  # the print-ready pages carry the QR of their own language
        img = Image.open(site / "unduh" / "qr" / f"{lang}-{MOTIF_IDS[0]}.png")
        assert [r.text for r in zxingcpp.read_barcodes(img)] == [Published.of(SITE_URL).motif(MOTIF_IDS[0], lang)]


def test_worksheet_is_black_and_white(site, tmp_path):
    pdf = site / worksheet_pdf(MOTIF_IDS[0], "def")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(tmp_path / "colour")], check=True)
    from PIL import ImageChops

    r, g, b = Image.open(tmp_path / "colour.png").convert("RGB").split()
    spread = max(ImageChops.difference(r, g).getextrema()[1], ImageChops.difference(g, b).getextrema()[1])
    assert spread <= 12, "a worksheet carries no colour: it is photocopied"


def test_every_motif_has_a_one_page_colouring_sheet_of_line_art(site, tmp_path):
    for mid in MOTIF_IDS:
        pdf = site / colouring_pdf(mid)
        one_a4_page(pdf)
        im = render(pdf, tmp_path, dpi=60)
        hist = im.histogram()
        n = im.width * im.height
        dark = sum(hist[:128]) / n
        white = sum(hist[235:]) / n
        assert dark < 0.2, (mid, dark)  # drawn line art: Parang Dahono Munggal's hatched borders reach 0.19
        assert white > 0.75, (mid, white)


def test_colouring_line_art_is_black_on_white_only(tmp_path):
    from support import ROOT

    m = record("sekar-jati")
    art, main = colouring.line_art(ROOT / "motifs" / "sekar-jati" / m["images"][0]["file"])
    assert art.mode == "L" and art.size == (colouring.ART_W, colouring.ART_H)
    assert set(v for v, n in enumerate(art.histogram()) if n) <= {0, 255}
    assert len(main) >= 2


def test_colouring_booklet_has_a_cover_and_every_motif(site):
    r = PdfReader(site / booklet_pdf())
    assert len(r.pages) == len(MOTIF_IDS) + 1
    assert all(abs(float(p.mediabox.height) - A4[1]) < 1 for p in r.pages)


def test_pdfs_are_deterministic_and_cached(tmp_path):
    from support import ROOT

    m = record("pari-sumilak")
    folder = ROOT / "motifs" / "pari-sumilak"
    a = worksheets.render_pdf(m, folder / m["images"][0]["file"], "id", "abc", "https://x.example/motif/pari-sumilak/")
    b = worksheets.render_pdf(m, folder / m["images"][0]["file"], "id", "abc", "https://x.example/motif/pari-sumilak/")
    assert a == b
    p1 = colouring.pdf(m, folder, tmp_path, "https://x.example/")
    mtime = p1.stat().st_mtime_ns
    p2 = colouring.pdf(m, folder, tmp_path, "https://x.example/")
    assert p1 == p2 and p2.stat().st_mtime_ns == mtime  # second call is a cache hit


def test_print_ready_worksheet_page_exists_for_every_motif(site):
    for mid in MOTIF_IDS:
        html = (site / "lkpd" / mid / "index.html").read_text("utf-8")
        assert 'class="arsip-sheet arsip-sheet--abc"' in html and 'class="arsip-sheet arsip-sheet--def"' in html
        assert f"qr/id-{mid}.png" in html and (site / "unduh" / "qr" / f"id-{mid}.png").is_file()
        assert "md-header" not in html and "md-sidebar" not in html  # no site chrome


def test_every_pdf_of_the_build_embeds_its_fonts(site):
    """Worksheets, colouring sheets, the booklet and hang tags: every font has its file inside
    (a core font such as Helvetica has none, and some viewers then print "Sekar J ati")."""
    from pypdf import PdfReader

    pdfs = sorted(site.rglob("*.pdf"))
    assert len(pdfs) > 20
    bare = []
    for path in pdfs:
        seen = set()
        for page in PdfReader(path).pages:
            fonts = (page.get("/Resources") or {}).get("/Font") or {}
            for ref in fonts.values():
                f = ref.get_object()
                desc = f.get("/FontDescriptor")
                if desc is None and f.get("/DescendantFonts"):
                    desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                name = str(f.get("/BaseFont"))
                if name not in seen and not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    bare.append((path.relative_to(site).as_posix(), name))
                seen.add(name)
    assert bare == [], bare[:10]
