"""Share cards: every motif and maker page has a 1200×630 JPEG under 300 KB, announced with
absolute Open Graph and Twitter tags, made deterministically and cached."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image

from arsip.core import urls
from arsip.outputs import sharecards
from support import head_of
from support import MAKER_IDS, MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"


def pages(site: Path):
    for lang, prefix in (("id", ""), ("en", "en/")):
        for mid in MOTIF_IDS:
            yield lang, site / prefix / "motif" / mid / "index.html"
        for mk in MAKER_IDS:
            yield lang, site / prefix / urls.Linker(lang).file(urls.maker(mk))


def test_every_motif_and_maker_page_announces_its_card_with_absolute_urls(site):
    seen = set()
    for lang, path in pages(site):
        head = head_of(path)
        img = head.one("og:image")
        assert img.startswith(SITE_URL) and img.endswith(".jpg"), (path, img)
        assert head.one("og:image:width") == "1200" and head.one("og:image:height") == "630", path
        assert head.one("og:image:type") == "image/jpeg"
        assert len(head.one("og:image:alt")) > 10, path
        assert head.one("twitter:card") == "summary_large_image"
        assert head.one("twitter:image") == img
        assert head.one("og:url").startswith(SITE_URL + ("en/" if lang == "en" else ""))
        assert head.one("og:url") == next(lk["href"] for lk in head.links if lk.get("rel") == "canonical")
        assert head.one("og:locale") == {"id": "id_ID", "en": "en_US"}[lang]
        assert head.one("og:locale:alternate") == {"id": "en_US", "en": "id_ID"}[lang]
        assert head.one("og:title") and head.one("og:description")
        seen.add(img)
    # one card per motif and per maker, shared by both languages
    assert len(seen) == len(MOTIF_IDS) + len(MAKER_IDS)


def test_every_card_is_1200x630_jpeg_under_300_kb(site):
    cards = sorted((site / "share").rglob("*.jpg"))
    assert len(cards) == len(MOTIF_IDS) + len(MAKER_IDS) + 1  # + the archive's own card
    for p in cards:
        assert p.stat().st_size < 300_000, (p.name, p.stat().st_size)
        with Image.open(p) as im:
            assert im.format == "JPEG" and im.size == (1200, 630), p.name
            assert not im.info.get("exif"), p.name
    for lang, path in pages(site):
        url = head_of(path).one("og:image")
        assert (site / url[len(SITE_URL):]).is_file(), url


def test_other_pages_share_the_archive_card(site):
    for rel in ("index.html", "en/index.html", "motif/index.html", "glosarium/index.html", "data/index.html",
                "label/index.html", "en/" + urls.Linker("en").file("tentang.md")):
        head = head_of(site / rel)
        img = head.one("og:image")
        assert img.startswith(SITE_URL + "share/arsip.") and (site / img[len(SITE_URL):]).is_file(), rel
        assert head.one("og:image:width") == "1200"


def test_a_card_shows_the_motif_picture_and_text(built, site):
    """The left half is the motif's picture (not the plain cream background); the right half
    has dark text on cream."""
    mid = MOTIF_IDS[0]
    url = head_of(site / "motif" / mid / "index.html").one("og:image")
    with Image.open(site / url[len(SITE_URL):]) as im:
        left = im.crop((0, 0, 630, 630)).convert("RGB")
        right = im.crop((660, 120, 1160, 420)).convert("L")
        src = built.col.folders[mid] / built.col.motif(mid)["images"][0]["file"]
        with Image.open(src) as s:
            expect = s.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
        got = left.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
        assert sum(abs(a - b) for a, b in zip(expect, got)) < 60, (expect, got)
        assert right.getextrema()[0] < 80  # dark title letters
        assert right.getextrema()[1] > 230  # cream background


def test_cards_are_deterministic_and_cached(tmp_path):
    src = tmp_path / "a.png"
    Image.new("RGB", (900, 700), (120, 60, 30)).save(src)
    m = {"id": "uji", "name": "Motif Uji", "images": [{"alt": {"id": "Gambar uji"}}]}
    c1 = sharecards.motif_card(tmp_path / "c1", m, src, "k1", "https://x.test/m/uji/")
    c2 = sharecards.motif_card(tmp_path / "c2", m, src, "k1", "https://x.test/m/uji/")
    b1, b2 = (tmp_path / "c1" / f"{c1.key}.jpg").read_bytes(), (tmp_path / "c2" / f"{c2.key}.jpg").read_bytes()
    assert c1 == c2 and b1 == b2
    f = tmp_path / "c1" / f"{c1.key}.jpg"
    f.write_bytes(b"cached")  # a cache hit must not redraw
    sharecards.motif_card(tmp_path / "c1", m, src, "k1", "https://x.test/m/uji/")
    assert f.read_bytes() == b"cached"
    c3 = sharecards.motif_card(tmp_path / "c1", {**m, "name": "Motif Lain"}, src, "k1", "https://x.test/m/uji/")
    assert c3.key != c1.key and c3.site_path != c1.site_path  # a changed card gets a new URL


def test_a_busy_photo_still_makes_a_card_under_300_kb(tmp_path):
    rnd = random.Random(7)
    noise = Image.frombytes("RGB", (1600, 1600), bytes(rnd.getrandbits(8) for _ in range(1600 * 1600 * 3)))
    src = tmp_path / "noise.png"
    noise.save(src)
    data = sharecards.encode(sharecards.render("Motif " * 12, "Sub " * 20, "x.test/m/" + "a" * 60, [src]))
    assert len(data) < 300_000


def test_pattern_and_collage_fill_the_whole_card(tmp_path):
    """No uncovered (black) corners, whatever the number of pictures."""
    srcs = []
    for k in range(4):
        srcs.append(tmp_path / f"{k}.png")
        Image.new("RGB", (500 + 100 * k, 400), (200, 150 - 30 * k, 90)).save(srcs[-1])
    for n in (0, 1, 2, 3, 4):
        im = sharecards.render("A long maker name that wraps onto several lines of the card", "Pembuat batik",
                               "x.test/pembuat/a-very-long-maker-identifier-that-needs-two-lines/", srcs[:n])
        for xy in ((0, 0), (629, 629), (645, 625), (1199, 629), (1199, 0)):
            assert sum(im.getpixel(xy)) > 60, (n, xy, im.getpixel(xy))


def test_long_titles_fit_the_text_column():
    f, lines, ok = sharecards.fit_text("Parang Lembu Sekar Rinambat Bojonegoro Jawa Timur Indonesia", 474, 3,
                                       range(72, 47, -4))
    if not ok:
        f, lines, ok = sharecards.fit_text("Parang Lembu Sekar Rinambat Bojonegoro Jawa Timur Indonesia", 474, 4,
                                           range(46, 31, -2))
    assert ok and all(f.getlength(ln) <= 474 for ln in lines)
