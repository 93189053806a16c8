"""Images in the built sample site, `arsip check` on originals, and `arsip normalise`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from PIL import Image, ImageFile
from PIL.JpegImagePlugin import get_sampling

from arsip.build import web_build
from arsip.cli import main as arsip
from arsip.images import decode
from tools.corpus import cloth, phone_exif, store_as
from arsip.build import check as load_collection

from support import copy_archive
from support import MOTIF_IDS

RASTER = (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif")
META_KEYS = ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")


def test_no_published_image_carries_exif_gps_xmp_comment_or_icc(site):
    files = [p for p in site.rglob("*") if p.suffix.lower() in RASTER]
    assert len([p for p in files if p.suffix == ".avif"]) >= 5 * len(MOTIF_IDS)
    for p in files:
        data = p.read_bytes()
        assert b"Exif\x00\x00" not in data, p
        assert b"http://ns.adobe.com/xap" not in data, p
        assert b"ICC_PROFILE" not in data, p
        if p.suffix in (".jpg", ".jpeg"):
            assert b"\xff\xfe" not in data, p  # JPEG COM marker
        with Image.open(p) as im:
            im.load()
            assert not [k for k in META_KEYS if im.info.get(k)], (p, im.info.keys())
            assert not im.getexif(), p
            if p.suffix == ".jpg" and p.parent.name == "img":
                assert get_sampling(im) == 0, p  # our derivatives are 4:4:4


def _imgs(html: str) -> list[str]:
    return re.findall(r"<img\b[^>]*>", html)


def test_every_image_has_size_alt_avif_source_and_loading_hints(site):
    pages = [site / "motif" / "index.html"] + [site / "motif" / m / "index.html" for m in MOTIF_IDS[:4]]
    pages += [site / "en" / "motif" / MOTIF_IDS[0] / "index.html"]
    for page in pages:
        html = page.read_text("utf-8")
        pictures = re.findall(r"<picture\b.*?</picture>", html, re.S)
        assert pictures, page
        for pic in pictures:
            assert '<source type="image/avif" srcset="' in pic and 'sizes="' in pic, page
            (img,) = _imgs(pic)
            for attr in ("width", "height", "alt", "src", "srcset", "sizes", "loading"):
                assert re.search(rf'\s{attr}="[^"]+"', img), (page, attr, img)
            assert "background:#" in img
            for ref in re.findall(r'(?:src|srcset)="([^"]+)"', pic):
                for url in ref.split(", "):
                    assert (page.parent / url.split(" ")[0]).resolve().is_file(), (page, url)


def test_main_image_is_eager_and_the_zoom_photo_is_not_in_any_srcset(site):
    for mid in MOTIF_IDS:
        html = (site / "motif" / mid / "index.html").read_text("utf-8")
        hero = re.search(r'<figure class="[^"]*\barsip-hero\b[^"]*"[^>]*>(.*?)</figure>', html, re.S).group(1)
        (img,) = _imgs(hero)
        assert 'loading="eager"' in img and 'fetchpriority="high"' in img and "data:image/webp" in img
        big = re.search(r'<a class="arsip-zoom" href="([^"]+)"', hero).group(1)
        assert (site / "motif" / mid / big).resolve().is_file()
        assert big not in " ".join(re.findall(r'srcset="([^"]+)"', html)), mid
        others = [i for pic in re.findall(r"<picture\b.*?</picture>", html, re.S) for i in _imgs(pic) if i != img]
        assert all('loading="lazy"' in i for i in others)


def test_catalogue_cards_are_lazy_after_the_first_row(site):
    html = (site / "motif" / "index.html").read_text("utf-8")
    imgs = [i for pic in re.findall(r"<picture\b.*?</picture>", html, re.S) for i in _imgs(pic)]
    assert len(imgs) >= len(MOTIF_IDS)
    assert sum('fetchpriority="high"' in i for i in imgs) <= 2
    assert all('loading="lazy"' in i for i in imgs[2:])


def test_warm_build_decodes_no_image(built, monkeypatch):
    web_build(built.arc, site_url="http://127.0.0.1:8000/")  # make sure everything is cached and memoised
    calls = []
    orig = ImageFile.ImageFile.load

    def counting(self):
        if self.tile:
            calls.append(self.filename)
        return orig(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting)
    monkeypatch.setattr(decode, "decode_pixels", lambda *a, **k: calls.append(a))
    ctx = web_build(built.arc, site_url="http://127.0.0.1:8000/")
    s = ctx.stats["image_summary"]
    assert calls == [] and s.decoded == 0 and s.done == 0 and s.cached == len(MOTIF_IDS)
    assert s.bytes > 0 and s.skipped == 0


def _motif_yml(arc, mid) -> Path:
    return arc.motifs / mid / "motif.yml"


def _first_image(arc, mid) -> Path:
    return arc.motifs / mid / yaml.safe_load(_motif_yml(arc, mid).read_text("utf-8"))["images"][0]["file"]


def test_check_warns_about_gps_and_stops_on_unusable_images(tmp_path):
    arc = copy_archive(tmp_path)
    a, b = MOTIF_IDS[0], MOTIF_IDS[1]
    gps = _first_image(arc, a)
    cloth((1200, 900), 1).save(gps, "PNG", exif=phone_exif(1, gps=True))
    small = _first_image(arc, b)
    cloth((600, 450), 2).save(small, "PNG")
    col = load_collection(arc)
    # one line per problem, whichever image check (ours or the contribution checks) found it
    (w,) = [p for p in col.problems if p.file == f"motifs/{a}/motif.yml" and p.field == "images[0].file"]
    assert w.severity == "warning" and w.code == "image.gps" and w.line
    assert "GPS" in w.id and "GPS" in w.en and w.id != w.en
    (e,) = [p for p in col.problems if p.file == f"motifs/{b}/motif.yml" and p.field == "images[0].file"]
    assert e.severity == "error" and "800" in e.id and "800" in e.en and "600" in e.id
    rc = arsip(["--root", str(arc.root), "check"])
    assert rc == 1


def test_normalise_orients_strips_caps_and_reports_savings(tmp_path, capsys):
    arc = copy_archive(tmp_path)
    mid = MOTIF_IDS[0]
    photo = _first_image(arc, mid)
    target = photo.with_suffix(".jpg")
    text = _motif_yml(arc, mid).read_text("utf-8")
    _motif_yml(arc, mid).write_text(text.replace(f"file: {photo.name}", f"file: {target.name}"), "utf-8")
    photo.unlink()
    up = cloth((3200, 4266), 7)  # a portrait phone photo, stored sideways
    store_as(up, 6).save(target, "JPEG", quality=95, exif=phone_exif(6, gps=True), comment=b"rumah")
    before = target.stat().st_size
    assert arsip(["--root", str(arc.root), "normalize", "--dry-run"]) == 0
    assert target.stat().st_size == before
    assert arsip(["--root", str(arc.root), "normalise"]) == 0
    out = capsys.readouterr().out
    assert f"{target.name}: re-encoded" in out and "saved" in out
    data = target.read_bytes()
    assert len(data) < before and b"Exif" not in data and b"rumah" not in data and b"\xff\xfe" not in data
    with Image.open(target) as im:
        assert im.size == (2250, 3000)  # upright, long edge capped
        assert get_sampling(im) == 0 and not im.getexif() and "icc_profile" not in im.info
    col = load_collection(arc)
    assert not [p for p in col.problems if p.code == "image.gps"]
    assert arsip(["--root", str(arc.root), "normalise"]) == 0  # idempotent: nothing left to do
    assert "0 diubah" in capsys.readouterr().out


def test_normalise_strips_a_clean_jpeg_losslessly_and_converts_png_photos(tmp_path):
    arc = copy_archive(tmp_path)
    a, b = MOTIF_IDS[0], MOTIF_IDS[1]
    jpg = _first_image(arc, a).with_suffix(".jpg")
    _motif_yml(arc, a).write_text(_motif_yml(arc, a).read_text("utf-8").replace(
        _first_image(arc, a).name, jpg.name), "utf-8")
    cloth((1600, 1200), 3).save(jpg, "JPEG", quality=90, exif=phone_exif(1, gps=True))
    pixels = Image.open(jpg).tobytes()
    png = _first_image(arc, b)
    cloth((1600, 1200), 4).save(png, "PNG")  # a photo saved as PNG: huge
    assert arsip(["--root", str(arc.root), "normalise"]) == 0
    assert Image.open(jpg).tobytes() == pixels and b"Exif" not in jpg.read_bytes()  # same pixels, no metadata
    new = png.with_suffix(".jpg")
    assert new.is_file() and not png.exists()
    assert f"file: {new.name}" in _motif_yml(arc, b).read_text("utf-8")
    assert not load_collection(arc).problems.errors
    shutil.rmtree(arc.root / ".cache", ignore_errors=True)


def test_an_image_that_fails_in_processing_stops_the_build_and_keeps_the_old_site(built, tmp_path, monkeypatch):
    import pytest

    from arsip.images import batch, errors
    from arsip.core.problems import InvalidArchive

    arc = copy_archive(tmp_path)
    mid = MOTIF_IDS[5]
    img = _first_image(arc, mid)
    Image.open(img).convert("RGB").rotate(180).save(img)  # a new photo: the only cache miss

    def broken(src, *a, **k):
        raise errors.ImageError(errors.corrupt(src.name, "test"))

    monkeypatch.setattr(batch, "make", broken)  # one miss is processed in this process
    with pytest.raises(InvalidArchive) as exc:
        web_build(arc, site_url="http://127.0.0.1:8000/")
    (p,) = exc.value.problems
    assert p.file == f"motifs/{mid}/motif.yml" and p.field == "images[0].file" and p.code == "image.corrupt"
    assert not (arc.root / "site").exists()  # nothing half-built was swapped in
