"""The post maker (kit/buat/) in real Chromium, and the share row of motif and maker pages.

A 12 MP phone JPEG with GPS EXIF and EXIF orientation 6 (stored sideways, as phones store
portraits) goes in through the file input; every format comes out at its size with no EXIF,
the photo placed as the frame shows it and the overlay text drawn inside the safe box that
the page's own data gives. Also: 360 px without horizontal overflow, axe, the offline copy
from file://, and the share buttons with and without navigator.share.
"""

from __future__ import annotations

import io
import json
import zipfile
from urllib.parse import unquote

import pytest
from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageOps, ImageStat

from arsip.core import urls
from arsip.outputs.offline import TOP
from arsip.pages import caption, postmaker
from support import MAKER_IDS, axe_violations, copy_archive, head_of, page_writer, watch

MID = "sekar-jati"
GPS = {ExifTags.GPS.GPSLatitudeRef: "S", ExifTags.GPS.GPSLatitude: (7.0, 9.0, 30.0),
       ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (111.0, 52.0, 48.0)}
# navigator.share / canShare stubs that record what a page asked to share.
SHARE_STUB = """
window.__shared = [];
navigator.canShare = function (d) { return !!d; };
navigator.share = function (d) {
  window.__shared.push({ title: d.title || "", url: d.url || "", text: d.text || "",
    files: (d.files || []).map(function (f) { return { name: f.name, type: f.type, size: f.size }; }) });
  return Promise.resolve();
};
"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"


def phone_photo(path, w: int = 4000, h: int = 3000):
    """A 12 MP "phone photo": stored sideways with Orientation 6, camera make and model and the
    GPS position of the maker's home in its EXIF. Its channels stay at or below 190, so any
    bright pixel in the exported picture is the overlay's text. Returns the photo as shown."""
    g = Image.linear_gradient("L").resize((w, h))
    im = Image.merge("RGB", (g.point(lambda v: 40 + v * 150 // 255),
                             g.transpose(Image.Transpose.ROTATE_90).resize((w, h)).point(lambda v: 30 + v * 120 // 255),
                             Image.new("L", (w, h), 90)))
    d = ImageDraw.Draw(im)
    for x in range(0, w, 400):
        d.ellipse((x, 200, x + 300, 500), fill=(150, 60, 40))
    exif = Image.Exif()
    exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = "Contoh", "Ponsel Uji"
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.IFD.GPSInfo] = GPS
    im.save(path, "JPEG", quality=88, exif=exif)
    check = Image.open(path)
    assert check.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (7.0, 9.0, 30.0)
    return ImageOps.exif_transpose(check).convert("RGB")


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    path = tmp_path_factory.mktemp("photo") / "IMG_20261207_101500.jpg"
    return path, phone_photo(path)


def markers(data: bytes) -> list[int]:
    """The JPEG's header segments (SOI up to the start of scan)."""
    assert data[:2] == b"\xff\xd8"
    out, i = [], 2
    while i < len(data) - 4 and data[i] == 0xFF:
        mark = data[i + 1]
        out.append(mark)
        if mark == 0xDA:
            break
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    return out


def framed(shown: Image.Image, w: int, h: int) -> Image.Image:
    """What the frame shows before anything is moved: the photo covering it, centred."""
    s = max(w / shown.width, h / shown.height)
    big = shown.resize((round(shown.width * s), round(shown.height * s)), Image.Resampling.LANCZOS)
    x, y = (big.width - w) // 2, (big.height - h) // 2
    return big.crop((x, y, x + w, y + h))


def open_maker(pg, base: str, photo_path, query: str = f"?motif={MID}"):
    pg.goto(base + query, wait_until="load")
    pg.wait_for_selector("#arsip-post:not([hidden])")
    pg.set_input_files("#arsip-post-photo", str(photo_path))
    pg.wait_for_function("() => document.getElementById('arsip-post-canvas').getAttribute('data-photo')")


def make(pg, fmt: str, tmp_path) -> tuple[bytes, dict, str]:
    pg.locator(f'input[name=format][value="{fmt}"]').check()
    pg.click("#arsip-post-make")
    pg.wait_for_selector("#arsip-post-result:not([hidden])")
    with pg.expect_download() as dl:
        pg.click("#arsip-post-download")
    target = tmp_path / dl.value.suggested_filename
    dl.value.save_as(target)
    layout = json.loads(pg.get_attribute("#arsip-post-canvas", "data-layout"))
    # The picture is shown on the page too (the download itself is an aborted blob: request).
    pg.wait_for_function("h => { const i = document.getElementById('arsip-post-result-img');"
                         " return i.complete && i.naturalHeight === h; }", arg=layout["h"])
    return target.read_bytes(), layout, dl.value.suggested_filename


def post_data(pg) -> dict:
    return json.loads(pg.locator("#arsip-post-data").text_content())


def test_every_format_comes_out_full_size_without_exif_with_the_text_in_the_safe_box(server, phone, page, photo,
                                                                                    tmp_path):
    path, shown = photo
    errors = watch(page)
    open_maker(page, server.url + "kit/buat/", path)
    assert page.get_attribute("#arsip-post-canvas", "data-photo") == "3000x4000"  # orientation 6 applied
    assert "3000×4000" in page.locator("#arsip-post-status").inner_text()
    assert page.locator("#arsip-post-motif").input_value() == MID  # ?motif= chose it
    data = post_data(page)
    m = next(x for x in data["motifs"] if x["id"] == MID)
    caption = page.locator("#arsip-post-caption").input_value()
    assert m["name"] in caption and f"/m/{MID}/" in caption and m["short"] in caption
    for f in data["formats"]:
        raw, layout, name = make(page, f["id"], tmp_path)
        assert name == f"{MID}-{f['suffix']}.jpg"
        im = Image.open(io.BytesIO(raw))
        assert im.format == "JPEG" and im.size == (f["w"], f["h"]), (f["id"], im.size)
        assert dict(im.getexif()) == {} and "exif" not in im.info, f["id"]
        assert 0xE1 not in markers(raw) and b"Exif\x00\x00" not in raw, f["id"]  # no APP1 at all
        assert layout["format"] == f["id"] and layout["safe"] == f["safe"]
        x0, y0, x1, y1 = f["safe"]
        kinds = [b["kind"] for b in layout["boxes"]]
        assert kinds == ["address", "meaning", "name"], kinds
        rgb, expect = im.convert("RGB"), framed(shown, f["w"], f["h"])
        for b in layout["boxes"]:
            assert x0 <= b["x"] and y0 <= b["y"] and b["x"] + b["w"] <= x1 and b["y"] + b["h"] <= y1, (f["id"], b)
            box = (b["x"], b["y"], b["x"] + b["w"], b["y"] + b["h"])
            bright = sum(rgb.crop(box).convert("L").histogram()[201:])
            assert sum(expect.crop(box).convert("L").histogram()[201:]) == 0  # the photo has no such pixel
            assert bright > 0.02 * b["w"] * b["h"], (f["id"], b["kind"], bright)  # the text is drawn there
        # Above the text the picture is the photo itself, placed as the frame showed it.
        top = min(b["y"] for b in layout["boxes"])
        band = (0, 0, f["w"], min(200, top - 260))
        diff = ImageStat.Stat(ImageChops.difference(rgb.crop(band), expect.crop(band))).mean
        assert max(diff) < 8, (f["id"], diff)
    assert [e for e in errors if not e.startswith("failed blob:")] == [] and page.errors == []


def test_business_name_keys_drag_wheel_pinch_and_the_phones_share_sheet(server, browser, photo, tmp_path):
    ctx = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1, has_touch=True)
    ctx.add_init_script(SHARE_STUB)
    pg = ctx.new_page()
    try:
        open_maker(pg, server.url + "kit/buat/", photo[0])
        pg.fill("#arsip-post-business", "Batik Uji Coba")
        assert "Karya Batik Uji Coba." in pg.locator("#arsip-post-caption").input_value()
        pg.focus("#arsip-post-canvas")
        pg.keyboard.press("+")
        pg.keyboard.press("+")
        assert float(pg.locator("#arsip-post-zoom").input_value()) == pytest.approx(1.44, abs=0.011)
        pg.click("#arsip-post-zoom-out")
        assert float(pg.locator("#arsip-post-zoom").input_value()) == pytest.approx(1.2, abs=0.01)
        pg.focus("#arsip-post-canvas")
        before = pg.evaluate("document.getElementById('arsip-post-canvas').toDataURL().length")
        pg.keyboard.press("Shift+ArrowLeft")
        pg.wait_for_timeout(100)
        assert pg.evaluate("document.getElementById('arsip-post-canvas').toDataURL().length") != before
        # Drag with the mouse, zoom with the wheel, pinch with two fingers.
        box = pg.locator("#arsip-post-canvas").bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 3
        before = pg.evaluate("document.getElementById('arsip-post-canvas').toDataURL().length")
        pg.mouse.move(cx, cy)
        pg.mouse.down()
        pg.mouse.move(cx + 40, cy + 30, steps=4)
        pg.mouse.up()
        pg.wait_for_timeout(100)
        assert pg.evaluate("document.getElementById('arsip-post-canvas').toDataURL().length") != before
        pg.mouse.wheel(0, -300)
        pg.wait_for_function("() => parseFloat(document.getElementById('arsip-post-zoom').value) > 1.3")
        zoomed = float(pg.locator("#arsip-post-zoom").input_value())
        pg.evaluate("""([x, y]) => { const c = document.getElementById('arsip-post-canvas');
            const ev = (type, id, px) => c.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: px,
                clientY: y, bubbles: true, pointerType: 'touch', isPrimary: id === 11 }));
            ev('pointerdown', 11, x - 20); ev('pointerdown', 12, x + 20);
            ev('pointermove', 12, x + 60); ev('pointerup', 12, x + 60); ev('pointerup', 11, x - 20); }""", [cx, cy])
        assert float(pg.locator("#arsip-post-zoom").input_value()) > zoomed * 1.4  # fingers 40 -> 80 px apart
        _, layout, _ = make(pg, "story", tmp_path)
        assert [b["kind"] for b in layout["boxes"]] == ["address", "meaning", "name", "business"]
        share = pg.locator("#arsip-post-share")
        assert share.is_visible()
        share.click()
        pg.wait_for_function("window.__shared.length === 1")
        shared = pg.evaluate("window.__shared[0]")
        assert shared["files"][0]["name"] == f"{MID}-9x16.jpg" and shared["files"][0]["type"] == "image/jpeg"
        assert shared["files"][0]["size"] > 50_000
    finally:
        ctx.close()


def test_nothing_overflows_at_360px_and_axe_finds_nothing(server, browser, photo, tmp_path):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
                              has_touch=True)
    pg = ctx.new_page()
    try:
        for base in ("kit/buat/", "en/" + urls.Linker("en").url(urls.POSTMAKER)):
            open_maker(pg, server.url + base, photo[0])
            make(pg, "story", tmp_path)
            assert pg.evaluate("document.documentElement.scrollWidth") <= 360, base
            wide = pg.evaluate("""() => [...document.querySelectorAll('.arsip-post *')]
                .filter(e => e.getBoundingClientRect().right > 360.5).map(e => e.id || e.tagName)""")
            assert wide == [], (base, wide)
            pg.mouse.move(0, 0)  # no button caught mid-way through its hover transition
            pg.wait_for_timeout(300)
            assert axe_violations(pg) == [], base
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def unzipped(site, tmp_path_factory):
    """The offline ZIP the session build placed in the site, unpacked."""
    out = tmp_path_factory.mktemp("offline-post")
    with zipfile.ZipFile(site / urls.offline_zip()) as z:
        z.extractall(out)
    return out / TOP


def test_it_works_from_disk_in_the_offline_copy(unzipped, browser, photo, tmp_path):
    ctx = browser.new_context(viewport={"width": 412, "height": 823})
    ctx.set_offline(True)
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "blob:", "data:")) else r.abort())
    pg = ctx.new_page()
    errors = watch(pg)
    try:
        page_file = unzipped / urls.Linker("id", False).file(urls.POSTMAKER)
        open_maker(pg, page_file.as_uri(), photo[0], query="?motif=pari-sumilak")
        assert pg.locator("#arsip-post-motif").input_value() == "pari-sumilak"
        raw, _, _ = make(pg, "feed", tmp_path)
        assert Image.open(io.BytesIO(raw)).size == (1080, 1350)
        assert "/m/pari-sumilak/" in pg.locator("#arsip-post-caption").input_value()
        assert "index.html" not in pg.locator("#arsip-post-caption").input_value()  # the web address
        assert [e for e in errors if not e.startswith("failed blob:")] == []
    finally:
        ctx.close()


def _share_row(pg):
    wa = pg.locator(".arsip-sharerow__wa")
    return wa.get_attribute("href"), pg.locator(".arsip-sharerow__sheet"), pg.locator(".arsip-sharerow__card")


@pytest.mark.parametrize("path", [f"motif/{MID}/", f"en/motif/{MID}/", f"pembuat/{MAKER_IDS[0]}/"])
def test_share_row_whatsapp_link_card_and_no_sheet_without_web_share(site, server, browser, path):
    ctx = browser.new_context()
    ctx.add_init_script(NO_SHARE)
    pg = ctx.new_page()
    try:
        pg.goto(server.url + path, wait_until="load")
        title = pg.locator("h1").first.inner_text().strip()
        address = head_of(site / path / "index.html").one("og:url")
        href, sheet, card = _share_row(pg)
        assert href.startswith("https://wa.me/?text=")
        text = unquote(href[len("https://wa.me/?text="):])
        assert title in text and address in text, text
        assert not sheet.is_visible()
        assert card.get_attribute("download").endswith(".jpg")
        got = pg.request.get(server.url + path + card.get_attribute("href"))
        assert got.ok and Image.open(io.BytesIO(got.body())).size == (1200, 630)
    finally:
        ctx.close()


def test_share_sheet_button_calls_web_share_where_it_exists(server, browser):
    ctx = browser.new_context()
    ctx.add_init_script(SHARE_STUB)
    pg = ctx.new_page()
    try:
        pg.goto(server.url + f"motif/{MID}/", wait_until="load")
        _, sheet, _ = _share_row(pg)
        assert sheet.is_visible()
        sheet.click()
        pg.wait_for_function("window.__shared.length === 1")
        shared = pg.evaluate("window.__shared[0]")
        assert shared["title"] == pg.locator("h1").first.inner_text().strip()
        assert shared["url"].endswith(f"/motif/{MID}/")
    finally:
        ctx.close()


def test_safe_boxes_follow_each_formats_rules():
    """Feed: 64 px margins and the central 1012 px (the 3:4 grid crop); square: 64 px margins;
    story: clear of the top 14 %, the bottom 35 % and 6 % at each side."""
    f = {x["id"]: x for x in postmaker.FORMATS}
    x0, y0, x1, y1 = f["feed"]["safe"]
    assert (x0, y0, f["feed"]["w"] - x1, f["feed"]["h"] - y1) == (64, 64, 64, 64)
    assert (f["feed"]["w"] - 1012) / 2 <= x0 and x1 <= (f["feed"]["w"] + 1012) / 2
    x0, y0, x1, y1 = f["square"]["safe"]
    assert (x0, y0, 1080 - x1, 1080 - y1) == (64, 64, 64, 64)
    w, h = f["story"]["w"], f["story"]["h"]
    x0, y0, x1, y1 = f["story"]["safe"]
    assert 0.06 * w <= x0 < 0.06 * w + 1 and w - x1 >= 0.06 * w
    assert 0.14 * h <= y0 < 0.14 * h + 1 and 0.65 * h - 1 < y1 <= 0.65 * h
    assert [(x["w"], x["h"]) for x in postmaker.FORMATS] == [(1080, 1350), (1080, 1080), (1080, 1920)]


def test_page_data_has_every_motif_with_a_caption_within_the_limits(tmp_path):
    from arsip.build import check as load_collection

    arc = copy_archive(tmp_path)
    col = load_collection(arc)
    pw = page_writer(arc, col)
    data = postmaker.page_data(pw, urls.POSTMAKER)
    assert sorted(m["id"] for m in data["motifs"]) == sorted(m["id"] for m in col.motifs)
    for m in data["motifs"]:
        assert m["name"] in m["caption"] and m["short"] in m["caption"], m["id"]
        assert caption.caption_limits(m["caption"]) == [], m["id"]
        assert m["short"].endswith(f"/m/{m['id']}/") and "://" not in m["short"]
    assert set(postmaker.JS_WORDS) <= set(data["words"])
