"""The promotion kit: every picture has its stated size, is a baseline JPEG with no metadata
and at most 800 KB; text stays inside the format's safe box (from the layout's own placed
boxes); the badge and the rights line are on every picture with text; the catalogue
square has no text; the same input gives the same bytes and an unchanged motif is not
redrawn; the story cards are A6 on A4 with a QR that decodes at print size."""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from arsip.core.i18n import t
from arsip.core.urls import Published
from arsip.outputs import kit, storycards
from arsip.outputs.sharecards import formats, layout, posts
from arsip.pages.caption import caption_limits
from support import ROOT, record, watch

PUB = Published.of("http://127.0.0.1:8000/")
SIZES = {"post-4x5.jpg": (1080, 1350), "post-1x1.jpg": (1080, 1080), "story-9x16.jpg": (1080, 1920),
         "foto-1x1.jpg": (1080, 1080), **{f"carousel/{n:02d}.jpg": (1080, 1350) for n in range(1, 6)}}
FORMAT = {"post-4x5.jpg": formats.FEED, "post-1x1.jpg": formats.SQUARE, "story-9x16.jpg": formats.STORY,
          "foto-1x1.jpg": formats.PHOTO, **{f"carousel/{n:02d}.jpg": formats.SLIDE for n in range(1, 6)}}
SALE_WORDS = re.compile(r"\b(harga|jual|dijual|diskon|promo|ready stok|price|for sale|discount|rp ?\d)\b", re.I)


def long_record() -> dict:
    """A made-up motif (tests only) with every text at its longest, and a known holder."""
    m = copy.deepcopy(record("parang-lembu-sekar-rinambat"))
    m["name"] = "Parang Lembu Sekar Rinambat Sumilak Gondo Wangi Salak Kartika Roning Pisang"
    m["meaning"] = {k: (v + " ") * 4 for k, v in m["meaning"].items()}
    m["local_wisdom"] = {k: (v + " ") * 4 for k, v in m["local_wisdom"].items()}
    m["rights"]["design_holder"] = "Pemerintah Kabupaten Bojonegoro, Dinas Kebudayaan dan Pariwisata (contoh uji)"
    m["status"]["registration"] = {"registered": True, "number": "EC00201012345678"}
    return m


def source(mid: str) -> Path:
    return ROOT / "motifs" / mid / "ilustrasi.png"


@pytest.mark.parametrize("mid", ["sekar-jati", "long"])
def test_text_inside_safe_box_with_badge_and_rights(mid):
    m = long_record() if mid == "long" else record(mid)
    text = kit.post_text(m, PUB, {})
    for name, draw in posts.drawers(source("parang-lembu-sekar-rinambat" if mid == "long" else mid), text).items():
        c = draw()
        fmt = FORMAT[name]
        assert c.im.size == SIZES[name] == fmt.size
        if fmt.safe is None:
            assert c.placed == [], f"{name} must carry no text"
            continue
        for p in c.placed:
            assert fmt.inside(p.box), f"{name}: {p.role} {p.box} outside {fmt.safe}"
            assert p.box[2] > p.box[0] and p.box[3] > p.box[1]
            assert not SALE_WORDS.search(p.text), (name, p.text)
        roles = [p.role for p in c.placed]
        assert "badge" in roles and c.roles()["badge"].startswith(t("kit_badge", "id"))
        rights = [p.text for p in c.placed if p.role == "rights"]
        assert len(rights) == 2 and ("©" in rights[0] if mid == "long" else rights[0] == t("kit_rights_registered", "id", no=""))
        if fmt is formats.FEED and name == "post-4x5.jpg":  # the 3:4 grid crop keeps every text
            g = formats.GRID_CROP
            assert all(g[0] <= p.box[0] and p.box[2] <= g[2] for p in c.placed)
            assert {"name", "meaning", "address"} <= set(roles)
            sizes = {p.role: p.box[3] - p.box[1] for p in c.placed}
            assert sizes["name"] >= 64


def test_catalogue_square_is_the_picture_only():
    m = record("sekar-jati")
    c = posts.photo(source("sekar-jati"))
    assert c.im.tobytes() == layout.picture(source("sekar-jati"), formats.PHOTO.size).tobytes()
    assert kit.post_text(m, PUB, {}).badge  # while the other pictures carry the badge


def test_photo_of_cloth_has_no_illustration_badge():
    m = record("sekar-jati")
    m["images"][0]["kind"] = "cloth"
    assert kit.post_text(m, PUB, {}).badge is None


def jpeg_checks(data: bytes, size: tuple[int, int], name: str) -> None:
    assert len(data) <= kit.MAX_BYTES, name
    assert data[:2] == b"\xff\xd8"
    markers = set()
    i = 2
    while i < len(data) - 4 and data[i] == 0xFF:  # walk the segments up to the scan
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        markers.add(marker)
        if marker == 0xDA:
            break
        i += 2 + length
    assert 0xC0 in markers and 0xC2 not in markers, f"{name}: not baseline"
    assert not markers & {0xE1, 0xE2, 0xED, 0xFE}, f"{name}: carries EXIF/ICC/IPTC/comment ({markers})"
    with Image.open(io.BytesIO(data)) as im:
        assert im.size == size and im.mode == "RGB" and im.format == "JPEG"
        assert not im.getexif() and not im.info.get("progressive") and "icc_profile" not in im.info
        assert "exif" not in im.info


def test_same_bytes_and_unchanged_motif_not_redrawn(tmp_path):
    m = record("sekar-jati")
    counts: dict = {}
    a = kit.motif_kit(tmp_path / "a", m, source("sekar-jati"), "k1", PUB, {}, counts)
    assert counts == {"drawn": 9}
    counts2: dict = {}
    b = kit.motif_kit(tmp_path / "b", m, source("sekar-jati"), "k1", PUB, {}, counts2)
    assert [f.cache.read_bytes() for f in a.files] == [f.cache.read_bytes() for f in b.files]
    counts3: dict = {}
    kit.motif_kit(tmp_path / "a", m, source("sekar-jati"), "k1", PUB, {}, counts3)
    assert counts3 == {"cached": 9}, "an unchanged motif's kit is not redrawn"
    counts4: dict = {}
    kit.motif_kit(tmp_path / "a", {**m, "name": "Sekar Jati Baru"}, source("sekar-jati"), "k1", PUB, {}, counts4)
    assert counts4 == {"drawn": 8, "cached": 1}, "only the text-free picture stays"
    for f in a.files:
        if f.name in SIZES:
            jpeg_checks(f.cache.read_bytes(), SIZES[f.name], f.name)
    assert not list((tmp_path / "a").glob("*.zip")), "the site stores no ZIP: the browser makes it"


def test_story_cards_a6_on_a4_with_decodable_qr(tmp_path):
    import subprocess

    m = record("sekar-jati")
    text = kit.post_text(m, PUB, {})
    photo = tmp_path / "p.jpg"
    photo.write_bytes(layout.encode(posts.photo(source("sekar-jati")).im, kit.MAX_BYTES))
    spec = storycards.spec(m, "k1", text.badge, " · ".join(text.rights), text.qr_url)
    pdf = storycards.make(spec, photo, tmp_path)
    assert storycards.make(spec, photo, tmp_path) == pdf and pdf.read_bytes() == storycards.render(spec, photo)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    for page in reader.pages:
        w, h = float(page.mediabox.width) * 25.4 / 72, float(page.mediabox.height) * 25.4 / 72
        assert abs(w - 210) < 0.5 and abs(h - 297) < 0.5
        fonts = page["/Resources"]["/Font"]
        assert all("/FontFile2" in f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                   for f in fonts.values()), "fonts embedded"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "b")], check=True)
    back = Image.open(next(tmp_path.glob("b-*.pgm")))
    codes = zxingcpp.read_barcodes(back, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [c.text for c in codes] == [text.qr_url] * 4
    assert text.qr_url == "http://127.0.0.1:8000/m/sekar-jati/"


# -- the built site (session fixtures) ---------------------------------------------------------
def test_built_kits(built, site):
    kits = built.cards.kits
    assert sorted(kits) == sorted(m["id"] for m in built.col.motifs)
    for mid, k in kits.items():
        for f in k.files:
            data = (site / f.site_path).read_bytes()
            assert data == f.cache.read_bytes() and len(data) == f.size
            if f.name in SIZES:
                jpeg_checks(data, SIZES[f.name], f"{mid}/{f.name}")
                assert (site / f.preview).is_file()
        for lang in ("id", "en"):
            cap = k.caption[lang]
            assert caption_limits(cap) == [] and built.col.motif(mid)["name"] in cap and PUB.short(mid) in cap
        page = (site / "kit" / mid / "index.html").read_text("utf-8")
        assert f'data-arsip-copy="arsip-caption-{mid}"' in page and 'loading="lazy"' in page
        assert page.count('class="md-button"') == len(k.files) == page.count("data-arsip-zip-name=")
        assert f'data-arsip-zip="{k.folder}"' in page and "assets/arsip-zip.js" in page
        assert f'href="../buat/?motif={mid}"' in page  # the post maker, this motif chosen
        en = (site / "en" / "kit" / mid / "index.html").read_text("utf-8")
        assert f'href="../make/?motif={mid}"' in en and t("kit_postmaker", "en") in en
        motif_page = (site / "motif" / mid / "index.html").read_text("utf-8")
        assert f'href="../../kit/{mid}/"' in motif_page


def test_zip_made_in_the_browser_holds_every_file_byte_for_byte(built, site, server, browser, tmp_path):
    """Chromium clicks "every file (ZIP)": the download is kit-<motif>.zip, of the size the page
    states, and holds kit-<motif>/<name> for every kit file, each the site's own bytes; twice the
    same bytes. Without JavaScript the button stays hidden (the files keep their own buttons)."""
    mid = "sekar-jati"
    k = built.cards.kits[mid]
    ctx = browser.new_context(accept_downloads=True)
    try:
        pg = ctx.new_page()
        errors = watch(pg)
        pg.goto(server.url + f"kit/{mid}/", wait_until="load")
        button = pg.locator(f'[data-arsip-zip="kit-{mid}"]')
        assert button.is_visible() and t("kit_zip", "id") in button.inner_text()
        got = []
        for _ in range(2):
            with pg.expect_download() as dl:
                button.click()
            assert dl.value.suggested_filename == f"kit-{mid}.zip"
            got.append(Path(dl.value.path()).read_bytes())
        assert got[0] == got[1] and len(got[0]) == k.zip_size()
        with zipfile.ZipFile(io.BytesIO(got[0])) as z:
            assert z.testzip() is None
            assert z.namelist() == [f"kit-{mid}/{f.name}" for f in k.files]
            for f in k.files:
                info = z.getinfo(f"kit-{mid}/{f.name}")
                assert info.compress_type == zipfile.ZIP_STORED and info.date_time == (1980, 1, 1, 0, 0, 0)
                assert z.read(info) == (site / f.site_path).read_bytes(), f.name
        pg.get_by_role("link", name=t("kit_postmaker", "id")).click()  # the way to the post maker
        pg.wait_for_selector("#arsip-post:not([hidden])")
        assert pg.url == server.url + f"kit/buat/?motif={mid}"
        assert pg.locator("#arsip-post-motif").input_value() == mid
        assert errors == []
    finally:
        ctx.close()
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.goto(server.url + f"kit/{mid}/", wait_until="load")
        assert not pg.locator(f'[data-arsip-zip="kit-{mid}"]').is_visible()
        assert pg.locator("a[download][data-arsip-zip-name]").count() == len(k.files)
    finally:
        ctx.close()


def test_kit_not_in_navigation(site):
    home = (site / "index.html").read_text("utf-8")
    assert "kit/sekar-jati/" not in home
