"""The image pipeline on small made-up images: orientation, colour modes, privacy, cache, errors."""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageDraw
from PIL.JpegImagePlugin import get_sampling

from arsip.images import decode, encode, inspect, process, process_all, recipe, store
from tools.corpus import cloth, phone_exif, store_as
from arsip.images.markup import picture

QUADS = {"tl": (220, 30, 30), "tr": (30, 200, 40), "bl": (30, 40, 210), "br": (240, 220, 20)}


def upright(size=(1000, 750)) -> Image.Image:
    """Four coloured quadrants: any rotation or mirror shows up at the quadrant centres."""
    w, h = size
    im = Image.new("RGB", size)
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 2, h // 2), fill=QUADS["tl"])
    d.rectangle((w // 2, 0, w, h // 2), fill=QUADS["tr"])
    d.rectangle((0, h // 2, w // 2, h), fill=QUADS["bl"])
    d.rectangle((w // 2, h // 2, w, h), fill=QUADS["br"])
    return im


def quadrants(im: Image.Image) -> dict:
    im = im.convert("RGB")
    w, h = im.size
    return {"tl": im.getpixel((w // 4, h // 4)), "tr": im.getpixel((3 * w // 4, h // 4)),
            "bl": im.getpixel((w // 4, 3 * h // 4)), "br": im.getpixel((3 * w // 4, 3 * h // 4))}


def close(a, b, tol=24) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def published(s, cache: Path, fmt="avif") -> Image.Image:
    d = s.largest(fmt)
    im = Image.open(cache / d.name)
    im.load()
    return im


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_applied_to_the_pixels(tmp_path, orientation):
    src = tmp_path / f"o{orientation}.jpg"
    store_as(upright(), orientation).save(src, "JPEG", quality=95, exif=phone_exif(orientation, gps=False))
    s = process(src, tmp_path / "cache")
    assert (s.width, s.height) == (1000, 750)
    for fmt in ("avif", "jpeg"):
        im = published(s, tmp_path / "cache", fmt)
        assert im.width * 3 == im.height * 4  # upright landscape, like the source before rotation
        got = quadrants(im)
        for q, colour in QUADS.items():
            assert close(got[q], colour), (orientation, fmt, q, got[q], colour)
        assert not im.getexif(), "orientation must be in the pixels, not in a tag"


def test_ladder_caps_the_long_edge_and_never_upscales():
    sizes = recipe.ladder(4032, 3024)
    assert sizes["avif"][0] == (1920, 1440) and sizes["avif"][-1] == (320, 240)
    assert [w for w, _ in sizes["jpeg"]] == [1280, 640]
    portrait = recipe.ladder(3024, 4032)
    assert portrait["avif"][0] == (1440, 1920)  # the long edge, not the width, is capped
    small = recipe.ladder(900, 675)
    assert max(w for w, _ in small["avif"]) == 900 and all(w <= 900 for w, _ in small["jpeg"])


def test_cmyk_jpeg_is_converted_to_rgb(tmp_path):
    src = tmp_path / "cmyk.jpg"
    upright().convert("CMYK").save(src, "JPEG", quality=95)
    s = process(src, tmp_path / "c")
    im = published(s, tmp_path / "c")
    assert im.mode == "RGB"
    got = quadrants(im)
    assert all(close(got[q], c, 30) for q, c in QUADS.items()), got


def test_sixteen_bit_grey_is_scaled_not_clipped(tmp_path):
    src = tmp_path / "grey16.png"
    Image.new("I;16", (1000, 800), 32768).save(src)  # mid-grey in 16 bits
    im = published(process(src, tmp_path / "c"), tmp_path / "c")
    v = im.convert("RGB").getpixel((500, 400))
    assert all(118 <= c <= 138 for c in v), v  # clipping would give white


def test_sixteen_bit_rgb_png_is_converted(tmp_path):
    src = tmp_path / "rgb16.png"
    rgb = upright()
    # 16-bit RGB PNG written by hand (Pillow reads it as 8-bit RGB)
    raw = b"".join(b"\x00" + b"".join(struct.pack(">HHH", *(c * 257 for c in rgb.getpixel((x, y))))
                                      for x in range(rgb.width)) for y in range(rgb.height))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    src.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", rgb.width, rgb.height, 16, 2, 0, 0, 0))
                    + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))
    got = quadrants(published(process(src, tmp_path / "c"), tmp_path / "c"))
    assert all(close(got[q], c) for q, c in QUADS.items()), got


def test_palette_and_alpha_are_flattened_on_the_page_colour(tmp_path):
    pal = upright().convert("P", palette=Image.Palette.ADAPTIVE, colors=8)
    pal.save(tmp_path / "pal.png")
    got = quadrants(published(process(tmp_path / "pal.png", tmp_path / "c"), tmp_path / "c"))
    assert all(close(got[q], c) for q, c in QUADS.items()), got

    rgba = upright().convert("RGBA")
    ImageDraw.Draw(rgba).rectangle((0, 0, 499, 374), fill=(0, 0, 0, 0))  # top-left quarter transparent
    rgba.save(tmp_path / "alpha.png")
    im = published(process(tmp_path / "alpha.png", tmp_path / "c"), tmp_path / "c")
    got = quadrants(im)
    assert im.mode == "RGB"
    assert close(got["tl"], recipe.MATTE, 8), got["tl"]  # not black
    assert close(got["br"], QUADS["br"]), got["br"]


def _swapped_profile() -> bytes:
    """An RGB profile whose red and green primaries are swapped: a visible conversion."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    n = struct.unpack(">I", data[128:132])[0]
    tags = {}
    for i in range(n):
        sig, off, size = struct.unpack(">4sII", data[132 + 12 * i:144 + 12 * i])
        tags[sig] = (off, size)
    (ro, rs), (go, gs) = tags[b"rXYZ"], tags[b"gXYZ"]
    r, g = bytes(data[ro:ro + rs]), bytes(data[go:go + gs])
    data[ro:ro + rs], data[go:go + gs] = g, r
    return bytes(data)


def test_embedded_profile_is_converted_to_srgb_and_dropped(tmp_path):
    src = tmp_path / "icc.jpg"
    Image.new("RGB", (1000, 750), (230, 20, 20)).save(src, "JPEG", quality=95, icc_profile=_swapped_profile())
    cache = tmp_path / "c"
    s = process(src, cache)
    for d in s.derivatives:
        im = Image.open(cache / d.name)
        assert "icc_profile" not in im.info, d.name
        assert b"ICC_PROFILE" not in (cache / d.name).read_bytes()
        r, g, b = im.convert("RGB").getpixel((im.width // 2, im.height // 2))
        assert g > r + 60, (d.name, (r, g, b))  # red in the swapped space is green in sRGB


def test_metadata_never_reaches_a_derivative(tmp_path):
    src = tmp_path / "phone.jpg"
    exif = phone_exif(6, gps=True)
    upright().save(src, "JPEG", quality=92, exif=exif, comment=b"secret-home-address",
                   xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                       b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="7,9.0S"/>'
                       b'</rdf:RDF></x:xmpmeta>')
    s = process(src, tmp_path / "c")
    for d in s.derivatives:
        data = (tmp_path / "c" / d.name).read_bytes()
        for needle in (b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"secret-home-address", b"GPS", b"Samsung"):
            assert needle not in data, (d.name, needle)
        if d.fmt == "jpeg":
            assert b"\xff\xfe" not in data  # no COM marker
            with Image.open(io.BytesIO(data)) as im:
                assert get_sampling(im) == 0  # 4:4:4
                assert "progressive" in im.info or "progression" in im.info
    assert s.preview.startswith("data:image/webp;base64,") and len(s.preview) < 400


def _count_decodes(monkeypatch) -> list:
    calls = []
    orig = Image.Image.load

    def counting(self):
        if getattr(self, "tile", None):  # pixels still to be decoded from a file
            calls.append(getattr(self, "filename", "?"))
        return orig(self)

    monkeypatch.setattr(Image.Image, "load", counting)
    from PIL import ImageFile

    orig_f = ImageFile.ImageFile.load

    def counting_f(self):
        if self.tile:
            calls.append(getattr(self, "filename", "?"))
        return orig_f(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", counting_f)
    return calls


def test_warm_run_decodes_nothing_and_reads_only_manifests(tmp_path, monkeypatch):
    srcs = []
    for i in range(3):
        p = tmp_path / f"p{i}.jpg"
        upright((1000 + 10 * i, 750)).save(p, "JPEG", quality=90)
        srcs.append(p)
    srcs.append(srcs[0])  # the same photo twice is processed once
    cache = tmp_path / "cache"
    sets, cold = process_all(srcs, cache, workers=1, quiet=True)
    assert (cold.done, cold.cached, cold.skipped, cold.decoded) == (3, 1, 0, 3)
    assert sets[0] is sets[3] or sets[0].key == sets[3].key
    # make the stat memo trust the files (they were written less than 2 s ago)
    memo = json.loads((cache / store.MEMO).read_text())
    for e in memo.values():
        e["at"] += 10**10
    (cache / store.MEMO).write_text(json.dumps(memo))
    calls = _count_decodes(monkeypatch)
    monkeypatch.setattr(decode, "decode_pixels", lambda *a, **k: pytest.fail("decoded on a warm run"))
    monkeypatch.setattr(store, "sha256_file", lambda *a: pytest.fail("re-hashed an unchanged original"))
    sets2, warm = process_all(srcs, cache, workers=1, quiet=True)
    assert (warm.done, warm.cached, warm.decoded) == (0, 4, 0)
    assert calls == []
    assert [s.to_json() for s in sets2] == [s.to_json() for s in sets]


def test_changed_source_or_damaged_cache_entry_is_redone(tmp_path):
    src = tmp_path / "p.jpg"
    upright().save(src, "JPEG", quality=90)
    cache = tmp_path / "c"
    s1 = process(src, cache)
    victim = cache / s1.derivatives[0].name
    victim.write_bytes(victim.read_bytes()[:100])  # truncated by something outside our control
    _, summary = process_all([src], cache, workers=1, quiet=True)
    assert summary.done == 1 and victim.stat().st_size == s1.derivatives[0].bytes
    upright().rotate(90, expand=True).save(src, "JPEG", quality=90)  # a new photo under the same name
    s2 = process(src, cache)
    assert s2.key != s1.key and (s2.width, s2.height) == (750, 1000)


KILLER = r"""
import os, signal, sys
from pathlib import Path
from arsip.images import store, process
n = 0
real = store.atomic_write
def dying(dest, data):
    global n
    n += 1
    if n == 3:  # die in the middle of writing the third file
        with open(dest.parent / ".tmp-partial", "wb") as f:
            f.write(data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    real(dest, data)
store.atomic_write = dying
process(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_a_killed_build_leaves_no_corrupt_cache_entry(tmp_path):
    src = tmp_path / "p.jpg"
    upright().save(src, "JPEG", quality=90)
    cache = tmp_path / "c"
    r = subprocess.run([sys.executable, "-c", KILLER, str(src), str(cache)], capture_output=True)
    assert r.returncode == -9
    before = {p.name: p.read_bytes() for p in cache.iterdir() if not p.name.startswith(".") and p.name != store.MEMO}
    assert len(before) >= 1 and not any(n.endswith(".json") for n in before)  # no manifest yet
    key = store.key_for(store.sha256_file(src))
    assert store.load_verified(cache, key) is None  # nothing half-done is trusted
    s = process(src, cache)  # the next build completes the entry
    assert store.load_verified(cache, key) is not None and len(s.derivatives) >= 5
    for name, data in before.items():  # what had a real name was complete
        assert (cache / name).read_bytes() == data
    assert (cache / ".tmp-partial").exists() and not (cache / ".tmp-partial").name.endswith((".avif", ".jpg"))


def test_two_runs_give_identical_bytes(tmp_path):
    src = tmp_path / "p.jpg"
    corpus_like = upright((1600, 1200))
    ImageDraw.Draw(corpus_like).text((100, 100), "Batik Jonegoroan", fill=(0, 0, 0))
    corpus_like.save(src, "JPEG", quality=90, exif=phone_exif(6))

    def digest(cache):
        s = process(src, cache)
        return {d.name: hashlib.sha256((cache / d.name).read_bytes()).hexdigest() for d in s.derivatives}, s

    a, sa = digest(tmp_path / "a")
    b, sb = digest(tmp_path / "b")
    assert a == b and sa.to_json() == sb.to_json()
    _, pooled = process_all([src], tmp_path / "pool", workers=2, quiet=True)  # in a worker process
    assert {d.name: hashlib.sha256((tmp_path / "pool" / d.name).read_bytes()).hexdigest()
            for d in sa.derivatives} == a


def test_main_image_is_fitted_under_its_budget(tmp_path, monkeypatch):
    """A main image over the budget is re-encoded at the quality its size predicts: under the
    budget, and not far under it (the budget is spent on the picture, not thrown away)."""
    monkeypatch.setattr(recipe, "MAIN_BUDGET", 100_000)  # this cloth gives ~105 KB (960) and ~150 KB (1280)
    src = tmp_path / "cloth.jpg"
    cloth((1600, 1200), 3).save(src, "JPEG", quality=92)
    slow: dict[int, int] = {}  # width -> encodes at the main image's (slow) speed
    real = encode.save_bytes

    def counting(im, fmt, **opts):
        if fmt == "AVIF" and opts["speed"] == recipe.avif_band(im.width)["speed"]:
            slow[im.width] = slow.get(im.width, 0) + 1
        return real(im, fmt, **opts)

    monkeypatch.setattr(encode, "save_bytes", counting)
    s = process(src, tmp_path / "cache")
    main = [d for d in s.of("avif") if d.width in recipe.MAIN_WIDTHS]
    assert sorted(d.width for d in main) == [960, 1280]
    # both are over the budget at the band's quality: without the fast probe each slow encode would run
    # twice; the probe predicts the size, so at most one of them misses and is encoded again
    assert max(slow.values()) <= 2 and slow[960] + slow[1280] <= 3, slow
    for d in main:
        assert 75_000 <= d.bytes <= 100_000, (d.width, d.bytes)
        assert (tmp_path / "cache" / d.name).stat().st_size == d.bytes


def test_progress_shows_time_left_on_a_terminal_only(tmp_path, monkeypatch, capsys):
    """Off a terminal (CI, a pipe) a short build prints only its one summary line; on a terminal a bar
    counts the photos being encoded and ends with the time left, weighted by each photo's cost."""
    from arsip.cli.output import print_image_summary

    srcs = []
    for i, size in enumerate(((1000, 750), (800, 1000))):
        srcs.append(tmp_path / f"p{i}.jpg")
        upright(size).save(srcs[-1], "JPEG", quality=90)
    _, summary = process_all(srcs, tmp_path / "a", workers=1)  # quiet=None: decided by the terminal
    print_image_summary(None, summary)
    out = capsys.readouterr()
    assert out.err == "" and out.out == summary.line() + "\n" and summary.done == 2

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    process_all(srcs, tmp_path / "b", workers=1)
    shown = term.getvalue()
    assert "0/2 foto/photos" in shown and "2/2 foto/photos" in shown and "sisa/left" in shown
    monkeypatch.setattr(sys, "stderr", term := Terminal())
    process_all(srcs, tmp_path / "b", workers=1)  # all cached: no bar at all
    assert term.getvalue() == ""
    # the time left is weighted by cost: a 12 MP photo counts more than a small one, and speed matters
    assert recipe.encode_cost(4032, 3024) > recipe.encode_cost(1000, 750) > 0


def test_budget_quality_steps_down_more_for_bigger_files():
    qs = [recipe.budget_quality(44, n) for n in (150_001, 170_000, 200_000, 300_000, 10**8)]
    assert qs == sorted(qs, reverse=True) and qs[0] <= 44 - recipe.BUDGET_STEP
    assert qs[-1] == recipe.MIN_QUALITY
    ps = [recipe.probe_quality(46, n) for n in (150_001, 158_000, 200_000, 10**8)]
    assert ps == sorted(ps, reverse=True) and 43 <= ps[0] <= 45 and ps[-1] == recipe.MIN_QUALITY


def test_libaom_tuning_falls_back_when_the_encoder_refuses_it(monkeypatch):
    assert recipe.avif_settings(960).get("advanced", ()) == recipe.avif_tuning("detail")  # what is probed is used
    assert recipe.avif_settings(320).get("advanced", ()) == recipe.avif_tuning("card")
    monkeypatch.setattr(recipe, "AVIF_TUNINGS", {"card": ((("tune", "no-such-tune"),), ()),
                                                 "detail": ((("tune", "no-such-tune"),), ())})
    recipe.avif_tuning.cache_clear()
    try:
        assert recipe.avif_tuning("detail") == ()
        assert "advanced" not in recipe.avif_settings(960)
    finally:
        recipe.avif_tuning.cache_clear()


def test_libaom_tuning_is_part_of_the_cache_key(monkeypatch):
    monkeypatch.setattr(recipe, "avif_tuning", lambda name="card": ())
    plain = recipe.recipe_json()
    monkeypatch.setattr(recipe, "avif_tuning", lambda name="card": (("tune", "ssimulacra2"),))
    assert recipe.recipe_json() != plain


def _png_header_only(path: Path, w: int, h: int) -> None:
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("w,h", [(12000, 9000), (30000, 30000)])
def test_decompression_bomb_is_refused_before_decoding(tmp_path, monkeypatch, w, h):
    src = tmp_path / "bomb.png"
    _png_header_only(src, w, h)
    monkeypatch.setattr(decode, "decode_pixels", lambda *a, **k: pytest.fail("decoded a bomb"))
    (f,) = inspect(src)
    assert f.code == "image.too_large" and f.severity == "error"
    assert f"{w}×{h}" in f.id and f"{w}×{h}" in f.en and "100 megapiksel" in f.id and "100 megapixels" in f.en
    sets, summary = process_all([src], tmp_path / "c", workers=1, quiet=True)
    assert sets == [None] and summary.skipped == 1 and summary.problems[0][1].code == "image.too_large"


def test_bad_images_get_clear_bilingual_messages(tmp_path):
    good = tmp_path / "good.jpg"
    upright().save(good, "JPEG", quality=90)
    cases = {}
    small = tmp_path / "kecil.jpg"
    upright((600, 450)).save(small, "JPEG")
    cases[small] = ("image.too_small", "800")
    trunc = tmp_path / "terpotong.jpg"
    trunc.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    cases[trunc] = ("image.truncated", "terpotong")
    text = tmp_path / "bukan.jpg"
    text.write_text("Ini catatan, bukan foto.")
    cases[text] = ("image.unreadable", "bukan gambar")
    empty = tmp_path / "kosong.png"
    empty.write_bytes(b"")
    cases[empty] = ("image.empty", "kosong")
    heic = tmp_path / "iphone.jpg"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100)
    cases[heic] = ("image.heic", "HEIC")
    broken = tmp_path / "rusak.png"
    buf = io.BytesIO()
    Image.effect_noise((1000, 750), 40).convert("RGB").save(buf, "PNG")
    data = bytearray(buf.getvalue())
    i = data.index(b"IDAT") + 5000
    data[i:i + 200] = os.urandom(200)  # damaged compressed data
    broken.write_bytes(bytes(data))
    cases[broken] = ("image.corrupt", "rusak")
    gif = tmp_path / "anim.gif"
    upright().save(gif, "GIF")
    cases[gif] = ("image.format", "GIF")
    assert inspect(good) == []
    for path, (code, word) in cases.items():
        found = inspect(path)
        assert found and found[0].code == code and found[0].severity == "error", (path.name, found)
        f = found[0]
        assert path.name in f.id and path.name in f.en, f
        assert word in f.id or word in f.en, f
        assert f.id != f.en
        sets, summary = process_all([path], tmp_path / "c", workers=1, quiet=True)
        assert sets == [None] and summary.problems[0][1].code == code


def test_gps_in_an_original_is_a_warning(tmp_path):
    src = tmp_path / "gps.jpg"
    upright().save(src, "JPEG", exif=phone_exif(1, gps=True))
    (f,) = inspect(src)
    assert f.code == "image.gps" and f.severity == "warning" and "arsip normalise" in f.id and "GPS" in f.en


def test_picture_markup_has_avif_source_dimensions_and_loading_hints(tmp_path):
    src = tmp_path / "p.jpg"
    upright((2000, 1500)).save(src, "JPEG")
    s = process(src, tmp_path / "c")
    lazy = picture(s, "../img/", 'Kain "parang" <tulis>', "50vw", max_width=640)
    assert '<source type="image/avif" srcset="../img/' in lazy and "640w" in lazy and "960w" not in lazy
    assert 'width="640" height="480"' in lazy and 'loading="lazy"' in lazy and 'decoding="async"' in lazy
    assert "fetchpriority" not in lazy and "&lt;tulis&gt;" in lazy and "&#34;parang&#34;" in lazy
    assert f"background:{s.colour}" in lazy and "data:image" not in lazy
    hero = picture(s, "../img/", "x", "100vw", eager=True, max_width=1280, zoom=True)
    assert 'loading="eager" fetchpriority="high"' in hero and "data:image/webp" in hero
    assert 'class="arsip-zoom" href="../img/' in hero and "-1920.avif" in hero
    assert "-1920.avif 1920w" not in hero  # the big one is loaded only when asked


def test_portrait_photos_get_4_3_tiles_for_grid_cards(tmp_path):
    src = tmp_path / "portrait.jpg"
    store_as(upright((1200, 1600)), 6).save(src, "JPEG", exif=phone_exif(6, gps=False))
    s = process(src, tmp_path / "c")
    assert (s.width, s.height) == (1200, 1600)
    tiles = s.of("tile")
    assert [(d.width, d.height) for d in tiles] == [(320, 240), (480, 360), (640, 480)]
    card = picture(s, "", "x", "180px", max_width=640, tile=True)
    assert "320t.avif 320w" in card and 'width="640" height="480"' in card
    hero = picture(s, "", "x", "100vw", max_width=1280)
    assert "0t.avif" not in hero and 'width="1200" height="1600"' in hero
    landscape = tmp_path / "l.jpg"
    upright((1600, 1200)).save(landscape, "JPEG")
    assert process(landscape, tmp_path / "c").of("tile") == []  # already 4:3: the normal rungs serve


def test_gc_removes_only_unused_entries(tmp_path):
    a, b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    upright().save(a, "JPEG")
    upright().rotate(180).save(b, "JPEG")
    cache = tmp_path / "c"
    (sa, sb), _ = process_all([a, b], cache, workers=1, quiet=True)
    n, size = store.gc(cache, {sa.key})
    assert n == len(sb.derivatives) + 1 and size > 0  # its files and its manifest
    assert store.load_verified(cache, sa.key) is not None and store.load_verified(cache, sb.key) is None
    assert (cache / store.MEMO).is_file()


def test_each_rung_is_encoded_with_its_own_settings(tmp_path, monkeypatch):
    """One table decides each rung's encoder: cards speed 8 tuned for SSIMULACRA2, the main image and
    the zoom rung tune=iq without rectangular partitions at speeds 6 and 5. The zoom file is what its
    own settings make (not a speed-8 encode of the same pixels), decodes at its size, and two encodes
    of it are byte-identical (one thread: deterministic)."""
    src = tmp_path / "cloth.jpg"
    cloth((1400, 1050), 5).save(src, "JPEG", quality=92)
    seen: dict[int, list[dict]] = {}
    pixels: dict[int, Image.Image] = {}
    real = encode.save_bytes

    def spy(im, fmt, **opts):
        if fmt == "AVIF":
            seen.setdefault(im.width, []).append(opts)
            pixels[im.width] = im.copy()
        return real(im, fmt, **opts)

    monkeypatch.setattr(encode, "save_bytes", spy)
    cache = tmp_path / "cache"
    s = process(src, cache)
    zoom, main, card = seen[1400][-1], seen[960][-1], seen[320][-1]
    assert zoom["speed"] == 5 and main["speed"] == 6 and card["speed"] == 8
    assert all(o["max_threads"] == 1 and o["subsampling"] == "4:4:4" for os_ in seen.values() for o in os_)
    detail = recipe.avif_tuning("detail")
    if detail:  # the installed libaom accepts them (Pillow 13 wheels do)
        assert ("tune", "iq") in detail and ("enable-rect-partitions", "0") in detail
        assert zoom["advanced"] == main["advanced"] == detail
        assert card["advanced"] == recipe.avif_tuning("card") != detail
    d = next(d for d in s.of("avif") if d.width == 1400)
    data = (cache / d.name).read_bytes()
    assert data == real(pixels[1400], "AVIF", **{**zoom})  # the published bytes are its settings' bytes...
    assert data == encode.avif_bytes(pixels[1400])  # ...again: deterministic
    fast = real(pixels[1400], "AVIF", **{**zoom, "speed": 8, **({"advanced": recipe.avif_tuning("card")} if detail else {})})
    assert fast != data  # ...and not what a card's fast encoder makes of the same pixels
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        assert im.size == (1400, 1050) and im.format == "AVIF"
        assert close(im.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)),
                     pixels[1400].resize((1, 1), Image.Resampling.BOX).getpixel((0, 0)), 6)


def test_progress_off_a_terminal_prints_plain_lines_with_time_left(tmp_path, monkeypatch, capsys):
    """In a CI log a long image step prints a plain line now and then (no bar, no carriage returns),
    each with the photos done and the time left; the files are the same bytes as without it."""
    from arsip.images import batch

    srcs = []
    for i in range(3):
        srcs.append(tmp_path / f"p{i}.jpg")
        upright((1000, 750 + 10 * i)).save(srcs[-1], "JPEG", quality=90)
    monkeypatch.setattr(batch._Progress, "PLAIN_EVERY", 0.0)
    sets, _ = process_all(srcs, tmp_path / "a", workers=1)  # quiet=None, stderr is not a terminal
    lines = capsys.readouterr().err.splitlines()
    assert lines and all("foto/photos" in ln and "sisa/left" in ln and "\r" not in ln for ln in lines), lines
    assert "1/3 foto/photos" in lines[0] and "3/3" not in lines[-1]
    quiet_sets, _ = process_all(srcs, tmp_path / "b", workers=1, quiet=True)
    assert capsys.readouterr().err == ""
    assert [[(tmp_path / "a" / d.name).read_bytes() for d in s.derivatives] for s in sets] == \
        [[(tmp_path / "b" / d.name).read_bytes() for d in s.derivatives] for s in quiet_sets]
