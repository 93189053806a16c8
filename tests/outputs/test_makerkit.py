"""A maker's kit (issue 19 kit), only with the `kit` scope (fixture makers): a 90 × 55 mm business
card whose QR (decoded by zxing-cpp from a 300-dpi pdftoppm render) leads to the maker's page and
is at least 20 mm; an A5 price list of fresh prices only; an A5 lookbook (cover, about, a page per
product with its QR, how to order). Sizes in millimetres from the PDFs themselves."""

from __future__ import annotations

import copy
import re
import subprocess
import types
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from arsip.core import urls
from arsip.core.urls import Published
from arsip.outputs import makerkit
from arsip.records.collection import load_collection
from support import storefront_archive
from test_hangtags import measure

SITE = "https://arsip.example/"
PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    arc = storefront_archive(tmp_path_factory.mktemp("sf"))
    col = load_collection(arc)
    return types.SimpleNamespace(col=col, pub=Published.of(SITE), images={}, arc=arc)


@pytest.fixture(scope="module")
def kit(ctx, tmp_path_factory):
    cache = tmp_path_factory.mktemp("mk")
    s = makerkit.spec(ctx, "contoh-batik", ctx.col.makers["contoh-batik"])
    return s, {name: makerkit.make(s, name, cache) for name in makerkit.files(s)}


def sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / PT_PER_MM, 1), round(float(p.mediabox.height) / PT_PER_MM, 1))
            for p in PdfReader(pdf).pages]


def text(pdf: Path) -> str:
    return re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                              text=True).stdout)


def render(pdf: Path, out: Path, dpi: int, page: int) -> Image.Image:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-gray", str(pdf),
                    str(out / "p")], check=True)
    return Image.open(out / "p.pgm")


def test_only_the_maker_with_the_kit_scope(ctx):
    assert makerkit.kit_makers(ctx.col) == ["contoh-batik"]  # not profile-only, not withdrawn
    assert "contoh-ditarik" not in ctx.col.makers


def test_business_card_is_90_by_55_and_its_qr_scans_at_print_size(kit, tmp_path):
    s, files = kit
    card = files[makerkit.CARD]
    assert sizes_mm(card) == [(90.0, 55.0), (90.0, 55.0)]  # front and back
    im = render(card, tmp_path, 300, 2)
    codes = zxingcpp.read_barcodes(im, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [f"{SITE}pembuat/contoh-batik/"]
    width, darkest = measure(im, codes[0], codes[0].text)
    assert width >= 20.0 and darkest > 200, (width, darkest)
    flat = text(card)
    assert "Contoh Batik" in flat and "Desa Bendo, Kec. Kapas" in flat
    assert "WhatsApp 0812-0000-1919" in flat and "@contoh.batik" in flat


def test_no_contact_scope_no_number_on_the_card(ctx, tmp_path):
    mk = copy.deepcopy(ctx.col.makers["contoh-batik"])
    del mk["consent"]["scopes"]["contact"]
    s = makerkit.spec(ctx, "contoh-batik", mk)
    assert s["contact"] == []
    flat = text(makerkit.make(s, makerkit.CARD, tmp_path)) + text(makerkit.make(s, makerkit.LOOKBOOK, tmp_path))
    assert "0812" not in flat and "contoh.batik" not in flat


def test_price_list_is_a5_with_fresh_prices_only(kit):
    s, files = kit
    pdf = files[makerkit.PRICES]
    assert set(sizes_mm(pdf)) == {(148.0, 210.0)}
    flat = text(pdf)
    assert "Rp350.000" in flat and "Harga per 2026-11-20" in flat
    assert "Rp15.000" in flat and "Harga per 2026-11-25" in flat
    assert "275.000" not in flat and "Kemeja" not in flat  # checked 2026-06-01: stale, left off
    assert "Masker Printing" in flat and "Masker batik" not in flat  # a print is never called batik


def test_no_fresh_price_no_price_list(ctx):
    mk = copy.deepcopy(ctx.col.makers["contoh-batik"])
    for p in mk["products"]:
        p["price"]["checked"] = "2026-01-01"
    assert makerkit.PRICES not in makerkit.files(makerkit.spec(ctx, "contoh-batik", mk))


def test_lookbook_is_a5_cover_about_products_how_to_order(kit, tmp_path):
    s, files = kit
    pdf = files[makerkit.LOOKBOOK]
    n_products = len(s["items"])
    assert n_products == 3
    assert sizes_mm(pdf) == [(148.0, 210.0)] * (n_products + 3)
    pages = [re.sub(r"\s+", " ", subprocess.run(
        ["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True).stdout)
        for i in range(1, n_products + 4)]
    assert "Contoh Batik" in pages[0] and "LOOKBOOK" in pages[0]
    assert "Tentang kami" in pages[1] and "Usaha rekaan" in pages[1]
    assert "Cara pesan" in pages[-1] and "WhatsApp 0812-0000-1919" in pages[-1]
    assert "Rp350.000" in pages[2] and "Kemeja" in pages[3] and "Rp" not in pages[3]  # stale price hidden
    want = [f"{SITE}pembuat/contoh-batik/#produk-{p}" for p in
            ("kain-sekar-jati-tulis", "kemeja-thengul-cap", "masker-sekar-jati-printing")]
    for i, url in enumerate(want, start=3):
        codes = zxingcpp.read_barcodes(render(pdf, tmp_path / str(i), 150, i), formats=zxingcpp.BarcodeFormat.QRCode)
        assert [c.text for c in codes] == [url]
    codes = zxingcpp.read_barcodes(render(pdf, tmp_path / "last", 150, n_products + 3),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [f"{SITE}pembuat/contoh-batik/"]


def test_profile_posts_are_4x5_and_9x16(kit):
    s, files = kit
    for name, size in ((makerkit.POST_FEED, (1080, 1350)), (makerkit.POST_STORY, (1080, 1920))):
        with Image.open(files[name]) as im:
            assert im.format == "JPEG" and im.size == size and not im.getexif()
        assert files[name].stat().st_size < 800_000
    text_ = makerkit.post_text(s)
    assert text_.name == "Contoh Batik" and "Kec. Kapas" in text_.meaning
    assert text_.story == "WhatsApp 0812-0000-1919"
    assert text_.badge  # no own photo in this test's images: the illustration says it is one


def test_same_input_same_bytes(ctx, kit, tmp_path):
    s, files = kit
    for name, path in files.items():
        assert makerkit.render(s, name) == path.read_bytes()


ALL_FILES = [makerkit.CARD, makerkit.PRICES, makerkit.LOOKBOOK, *urls.MAKER_KIT_POSTS, urls.MAKER_KIT_CAPTION,
             "motif-sekar-jati-4x5.jpg", "motif-sekar-jati-caption.txt",
             "motif-rancak-thengul-4x5.jpg", "motif-rancak-thengul-caption.txt",
             "produk-kain-sekar-jati-tulis-4x5.jpg", "produk-kain-sekar-jati-tulis-caption.txt",
             "produk-kemeja-thengul-cap-4x5.jpg", "produk-kemeja-thengul-cap-caption.txt",
             "produk-masker-sekar-jati-printing-4x5.jpg", "produk-masker-sekar-jati-printing-caption.txt",
             urls.MAKER_KIT_CATALOGUE]


def test_published_for_the_consenting_maker_only(storefront_site):
    site = storefront_site
    folder = site / "kit" / "pembuat" / "contoh-batik"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == sorted(ALL_FILES)
    assert not (site / "kit" / "pembuat" / "contoh-profil").exists()
    assert not (site / "kit" / "pembuat" / "contoh-ditarik").exists()
    for lang, prefix in (("id", ""), ("en", "en/")):
        mk = "pembuat" if lang == "id" else "makers"
        page = (site / f"{prefix}{mk}" / "contoh-batik" / "index.html").read_text("utf-8")
        for name in ALL_FILES:  # every file listed on the maker page, with its size
            m = re.search(rf'<a href="([^"]*{re.escape(name)})" download[^>]*>(.*?)</a>', page, re.S)
            assert m and 'class="arsip-size"' in m.group(2), (lang, name)
        assert ("Pos produk Kain Sekar Jati tulis" if lang == "id" else "Product post Sekar Jati hand-drawn cloth") in page
    assert "kartu-nama" not in (site / "pembuat" / "contoh-profil" / "index.html").read_text("utf-8")
