"""Hang tags finished (issue 19 kit): a punch-hole mark, a small motif picture, the maker's
WhatsApp and Instagram only with the `contact` scope (fixture makers: granted, profile only,
withdrawn), every code still scans at 300 dpi and is at least 2.5 cm; a preview of each
maker's sheet on the labels page, and that page in the navigation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
import zxingcpp
from PIL import Image

from arsip.core import urls
from arsip.outputs import hangtags
from support import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "storefront" / "data" / "makers"
DPI = 300
SHORT = "https://arsip.example/m/sekar-jati/"


def maker(mid: str) -> dict:
    return yaml.safe_load((FIXTURE / f"{mid}.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def motif():
    return yaml.safe_load((ROOT / "motifs" / "sekar-jati" / "motif.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def picture(motif, tmp_path_factory):
    return str(hangtags.thumb(ROOT / "motifs" / "sekar-jati" / motif["images"][0]["file"], tmp_path_factory.mktemp("t")))


def sheet_pdf(mk: dict, motif: dict, picture: str, cache: Path) -> Path:
    return hangtags.make(hangtags.pair_sheet(mk, motif, SHORT, picture), cache)


def text(pdf: Path) -> str:
    return re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                              text=True).stdout)


def render(pdf: Path, out: Path, gray: bool = True) -> Image.Image:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile"] + (["-gray"] if gray else [])
                   + [str(pdf), str(out / "p")], check=True)
    return Image.open(next(out.glob("p.p*m")))


def px(mm: float) -> int:
    return round(mm / 25.4 * DPI)


def test_contact_only_with_the_contact_scope():
    assert hangtags.contact_line(maker("contoh-batik")) == "WA 0812-0000-1919 · IG @contoh.batik"
    assert hangtags.contact_line(maker("contoh-profil")) == ""  # profile only
    assert hangtags.contact_line(maker("contoh-ditarik")) == ""  # withdrawn: the record still holds the number
    no_scope = maker("contoh-batik")
    del no_scope["consent"]["scopes"]["contact"]
    assert hangtags.contact_line(no_scope) == ""


@pytest.mark.parametrize("mid,shown", [("contoh-batik", True), ("contoh-profil", False), ("contoh-ditarik", False)])
def test_the_printed_tag_shows_contact_only_when_granted(mid, shown, motif, picture, tmp_path):
    flat = text(sheet_pdf(maker(mid), motif, picture, tmp_path))
    assert flat.count(maker(mid)["name"]) >= 8
    c = maker(mid).get("contact") or {}
    wa = hangtags.local_whatsapp(c["whatsapp"]) if c.get("whatsapp") else ""
    for needle in filter(None, (wa, c.get("instagram"))):
        assert (needle in flat) == shown, (mid, needle)
    assert ("WA 0812" in flat) == shown


def test_punch_hole_picture_and_scannable_codes(motif, picture, tmp_path):
    pdf = sheet_pdf(maker("contoh-batik"), motif, picture, tmp_path)
    gray = render(pdf, tmp_path / "g")
    g = gray.load()
    codes = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [SHORT] * 8
    rgb = render(pdf, tmp_path / "c", gray=False).convert("RGB")
    for i in range(8):
        x0 = hangtags.MARGIN_X + (i % hangtags.COLS) * hangtags.TAG_W
        y0 = hangtags.MARGIN_Y + (i // hangtags.COLS) * hangtags.TAG_H
        cx, cy, r = x0 + hangtags.TAG_W - hangtags.HOLE_INSET, y0 + hangtags.HOLE_INSET, hangtags.HOLE_MM / 2
        # the circle's four extremes are inked, between the circle and the centre cross is blank
        for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r)):
            assert min(g[px(cx + dx) + ox, px(cy + dy) + oy] for ox in (-2, -1, 0, 1, 2) for oy in (-2, -1, 0, 1, 2)) < 160
        assert g[px(cx + r * 0.55), px(cy + r * 0.55)] > 240
        # the motif picture is in colour (text and codes are black or brown)
        tx = x0 + 3 + hangtags.QR_MM + 3
        left = tx + (x0 + hangtags.TAG_W - 4 - tx) - hangtags.PICTURE_MM
        box = rgb.crop((px(left), px(y0 + 10.5), px(left + hangtags.PICTURE_MM), px(y0 + 10.5 + hangtags.PICTURE_MM)))
        hsv = box.convert("HSV")
        assert hsv.getextrema()[1][1] > 120, "saturated colours: the motif's picture"


def test_a_tag_without_a_picture_still_draws(motif, tmp_path):
    pdf = hangtags.make(hangtags.motif_sheet(motif, SHORT), tmp_path)
    assert text(pdf).count("Pembuat / Maker") == 8


def test_preview_is_the_sheet_small(motif, picture, tmp_path):
    pdf = sheet_pdf(maker("contoh-batik"), motif, picture, tmp_path)
    png = hangtags.preview(pdf, tmp_path)
    with Image.open(png) as im:
        assert im.format == "PNG" and im.size == (hangtags.PREVIEW_W, 425)
        assert im.convert("L").getextrema()[0] < 80  # the codes show
    assert png.stat().st_size < 120_000


def test_labels_page_in_nav_with_previews(storefront_site):
    site = storefront_site
    for home, label in (("index.html", "label/"), ("en/index.html", "label/")):
        html = (site / home).read_text("utf-8")
        nav = html[html.index('<nav class="md-tabs"'):] if '<nav class="md-tabs"' in html else html
        assert f'href="{label}"' in nav[:20000], home
        assert not re.search(r'href="[^"]*motif/[a-z-]+/"[^>]*class="md-(tabs|nav)__link', html)
    page = (site / "label" / "index.html").read_text("utf-8")
    for mid in ("contoh-batik", "contoh-profil"):
        src = urls.tags_preview(urls.tags_maker(mid))
        rel = src.split("/", 1)[1]  # the page is label/index.html, beside the sheets
        assert f'src="{rel}"' in page, mid
        assert (site / src).is_file() and (site / "label" / rel).resolve() == (site / src).resolve()
    assert "contoh-ditarik" not in page and not (site / urls.tags_maker("contoh-ditarik")).exists()
    pair = text(site / urls.tags_pair("contoh-batik", "sekar-jati"))
    assert "0812-0000-1919" in pair and "@contoh.batik" in pair
    assert "0812" not in text(site / urls.tags_maker("contoh-profil"))
