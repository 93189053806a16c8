"""A maker's kit, finished (issue 19 kit): a 4:5 post and a caption per motif the maker makes and
per product, and the WhatsApp Business catalogue text, only with the `kit` scope (fixture makers,
tests/fixtures/storefront/). The maker's own product photo is used when there is one (here the
pipeline's derivative is stood in by a JPEG that still carries GPS, to show that nothing of it
reaches the post); else the motif's picture with a badge that says so. Text boxes come from the
shared drawer's own numbers (sharecards.layout.Canvas.placed)."""

from __future__ import annotations

import copy
import io
import shutil
import types

import pytest
from PIL import Image

from arsip.core import urls
from arsip.core.urls import Published
from arsip.images.products import key as photo_key
from arsip.outputs import makerkit
from arsip.outputs.sharecards.formats import FEED
from arsip.pages.caption import HASHTAG, SEPARATOR, caption_limits
from arsip.pages.sharebox import maker_kit_names
from arsip.records.collection import load_collection
from support import storefront_archive

SITE = "https://arsip.example/"
MID = "contoh-batik"
MOTIF_POSTS = ["motif-rancak-thengul-4x5.jpg", "motif-sekar-jati-4x5.jpg"]  # the collection's order
PRODUCT_POSTS = ["produk-kain-sekar-jati-tulis-4x5.jpg", "produk-kemeja-thengul-cap-4x5.jpg",
                 "produk-masker-sekar-jati-printing-4x5.jpg"]
GPS_IFD = 0x8825


def _gps_jpeg(src, dest):
    """A copy of `src` whose EXIF carries a GPS position and a camera make."""
    with Image.open(src) as im:
        exif = Image.Exif()
        exif[0x010F] = "KameraUji"
        exif[GPS_IFD] = {1: "S", 2: (7.0, 9.0, 0.0), 3: "E", 4: (111.0, 53.0, 0.0)}
        im.convert("RGB").save(dest, "JPEG", exif=exif.tobytes())
    with Image.open(dest) as im:
        assert im.getexif().get_ifd(GPS_IFD)  # the stand-in does carry GPS


def _sets(name):
    return [types.SimpleNamespace(largest=lambda fmt, max_width=None: types.SimpleNamespace(name=name))]


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    arc = storefront_archive(tmp_path_factory.mktemp("sfp"))
    col = load_collection(arc)
    (arc.cache / "images").mkdir(parents=True, exist_ok=True)
    _gps_jpeg(arc.makers / MID / "kain-sekar-jati.jpg", arc.cache / "images" / "produk-kain.jpg")
    images = {photo_key(MID, "kain-sekar-jati-tulis"): _sets("produk-kain.jpg")}
    for m in col.motifs:
        if m.get("images"):
            shutil.copy(col.folders[m["id"]] / m["images"][0]["file"], arc.cache / "images" / f"m-{m['id']}.jpg")
            images[m["id"]] = _sets(f"m-{m['id']}.jpg")
    return types.SimpleNamespace(col=col, pub=Published.of(SITE), images=images, arc=arc)


@pytest.fixture(scope="module")
def kit(ctx, tmp_path_factory):
    cache = tmp_path_factory.mktemp("mkp")
    s = makerkit.spec(ctx, MID, ctx.col.makers[MID])
    return s, {name: makerkit.make(s, name, cache) for name in makerkit.files(s)}


def _spec(ctx, drop=(), state=None):
    mk = copy.deepcopy(ctx.col.makers[MID])
    for scope in drop:
        del mk["consent"]["scopes"][scope]
    if state:
        mk["consent"]["state"] = state
    return makerkit.spec(ctx, MID, mk), mk


def _text(files, name):
    return files[name].read_text("utf-8")


def test_a_post_and_a_caption_per_motif_and_per_product(kit):
    s, files = kit
    for post in MOTIF_POSTS + PRODUCT_POSTS:
        assert post in files and post.replace("-4x5.jpg", "-caption.txt") in files
    assert urls.MAKER_KIT_CATALOGUE in files and urls.MAKER_KIT_CAPTION in files
    assert [p["file"] for p in s["posts"]] == MOTIF_POSTS + PRODUCT_POSTS


def test_posts_are_4x5_jpegs_without_exif_or_gps(kit):
    _, files = kit
    for name in MOTIF_POSTS + PRODUCT_POSTS:
        data = files[name].read_bytes()
        with Image.open(io.BytesIO(data)) as im:
            assert im.format == "JPEG" and im.size == (1080, 1350), name
            assert not im.getexif() and "exif" not in im.info and "icc_profile" not in im.info, name
        assert b"Exif" not in data[:4096] and b"KameraUji" not in data, name
        assert len(data) < 800_000, name


def test_the_makers_own_photo_when_there_is_one_else_the_motif_with_a_badge(ctx, kit):
    s, _ = kit
    posts = {p["file"]: p for p in s["posts"]}
    own = posts["produk-kain-sekar-jati-tulis-4x5.jpg"]
    assert own["own"] and own["picture"].endswith("produk-kain.jpg") and own["text"]["badge"] is None
    # the motif post of Sekar Jati also uses that photo: the maker makes a product of it
    assert posts["motif-sekar-jati-4x5.jpg"]["own"] and posts["motif-sekar-jati-4x5.jpg"]["text"]["badge"] is None
    for name in ("motif-rancak-thengul-4x5.jpg", "produk-kemeja-thengul-cap-4x5.jpg",
                 "produk-masker-sekar-jati-printing-4x5.jpg"):
        p = posts[name]
        assert not p["own"] and p["picture"].endswith((".jpg", ".png")) and "/m-" in p["picture"], name
        assert p["text"]["badge"] == "Ilustrasi motif, bukan foto produk / Motif illustration, not a product photo"
    # the pixels of the own photo are in the post's picture area (not the archive pattern)
    with Image.open(ctx.arc.cache / "images" / "produk-kain.jpg") as src:
        ref = src.convert("RGB").resize((1, 1)).getpixel((0, 0))
    canvas = makerkit.post_canvas(own)
    got = canvas.im.crop((0, 0, 1080, 720)).resize((1, 1)).getpixel((0, 0))
    assert max(abs(a - b) for a, b in zip(ref, got)) < 24, (ref, got)


def test_every_text_box_inside_the_safe_box_and_none_overlapping(kit):
    s, _ = kit
    for post in s["posts"]:
        c = makerkit.post_canvas(post)
        roles = c.roles()
        for p in c.placed:
            assert FEED.inside(p.box), (post["file"], p.role, p.box, FEED.safe)
        boxes = [p for p in c.placed if p.role != "badge"]  # the badge sits on the picture
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert a.box[3] <= b.box[1] or b.box[3] <= a.box[1], (post["file"], a, b)
        assert roles["maker"] == "Dibuat oleh Contoh Batik", post["file"]
        assert roles["rights"] and roles["address"] and roles["name"] == post["text"]["name"]
    kain = makerkit.post_canvas(next(p for p in s["posts"] if p["file"] == PRODUCT_POSTS[0])).roles()
    assert kain["name"] == "Kain Sekar Jati tulis" and kain["price"] == "Rp350.000"
    assert "Kain" in kain["meaning"] and "Batik tulis" in kain["meaning"]


def test_fresh_prices_only_and_no_sale_line_on_a_motif_picture(kit):
    s, files = kit
    posts = {p["file"]: p for p in s["posts"]}
    assert posts[PRODUCT_POSTS[1]]["text"]["price"] == ""  # stale (checked 2026-06-01)
    # fresh, but drawn on the motif's illustration: no price on the picture (research §0.2), in the caption only
    assert posts[PRODUCT_POSTS[2]]["text"]["price"] == ""
    masker = _text(files, "produk-masker-sekar-jati-printing-caption.txt")
    assert "Rp15.000 (harga per 25 November 2026)" in masker and "IDR 15,000 (price as of 25 November 2026)" in masker
    kemeja = _text(files, "produk-kemeja-thengul-cap-caption.txt")
    assert "275" not in kemeja and "Harga: tanyakan kepada kami." in kemeja and "Price: ask us." in kemeja
    sekar = _text(files, "motif-sekar-jati-caption.txt")
    assert "Kain Sekar Jati tulis: Rp350.000 (harga per 20 November 2026)." in sekar
    assert "275" not in _text(files, "motif-rancak-thengul-caption.txt")
    cat = _text(files, urls.MAKER_KIT_CATALOGUE)
    assert "Harga / Price: 350000" in cat and "Harga / Price: 15000" in cat and "275000" not in cat
    assert "(kosongkan: harga belum diperiksa dalam 90 hari terakhir)" in cat


def test_a_price_that_turns_stale_leaves_every_file(ctx, tmp_path):
    s, mk = _spec(ctx)
    for p in mk["products"]:
        p["price"]["checked"] = "2026-01-01"
    s = makerkit.spec(ctx, MID, mk)
    for name in makerkit.files(s):
        data = makerkit.render(s, name)
        assert b"350.000" not in data and b"350000" not in data and b"350,000" not in data, name


def test_captions_indonesian_first_then_english_within_the_limits(kit):
    s, files = kit
    for name in [p["caption_file"] for p in s["posts"]] + [urls.MAKER_KIT_CAPTION]:
        text = _text(files, name)
        assert caption_limits(text.rstrip("\n")) == [], name
        lines = text.rstrip("\n").split("\n")
        ids, rest = lines[:lines.index(SEPARATOR)], lines[lines.index(SEPARATOR) + 1:]
        if name == urls.MAKER_KIT_CAPTION:  # the profile posts' caption: the maker's name first, then the about text
            assert ids[0] == rest[0] == "Contoh Batik, Desa Bendo, Kec. Kapas, Bojonegoro." and "Usaha rekaan" in ids[1]
            assert rest[1].startswith("A made-up business")
        else:
            assert any("Dibuat oleh Contoh Batik" in ln for ln in ids), name
            assert any("Made by Contoh Batik" in ln for ln in rest) and not any("Made by" in ln for ln in ids), name
        assert "Pesan lewat WhatsApp 0812-0000-1919." in ids and "Order on WhatsApp 0812-0000-1919." in rest, name
        tags = HASHTAG.findall(lines[-1])
        assert 1 <= len(tags) <= 5 and lines[-1] == " ".join(tags) and not HASHTAG.findall("\n".join(lines[:-1])), name
    sekar = _text(files, "motif-sekar-jati-caption.txt")
    assert sekar.startswith("Sekar Jati: ") and "Cerita motif: https://arsip.example/m/sekar-jati/" in sekar
    masker = _text(files, "produk-masker-sekar-jati-printing-caption.txt")
    assert "#batik" not in masker and "bukan batik" in masker and "not batik" in masker  # a print is never batik
    assert "#batiktulis" in _text(files, "produk-kain-sekar-jati-tulis-caption.txt")


def test_whatsapp_catalogue_fields_per_product(kit):
    s, files = kit
    cat = _text(files, urls.MAKER_KIT_CATALOGUE)
    blocks = cat.split("\n\n")[2:]
    assert len(blocks) == 3
    for block, pid in zip(blocks, ("kain-sekar-jati-tulis", "kemeja-thengul-cap", "masker-sekar-jati-printing")):
        lines = block.strip("\n").split("\n")
        assert lines[1].startswith("Nama / Name: ") and lines[-2] == f"Tautan / Link: {SITE}pembuat/{MID}/#produk-{pid}"
        assert lines[-1] == f"Kode barang / Item code: {pid}"
        start = lines.index("Deskripsi / Description:") + 1
        description = "\n".join(lines[start:-2])
        assert 0 < len(description) <= makerkit.WA_DESCRIPTION_MAX, (pid, len(description))
    assert "Nama / Name: Masker Printing (cetak tekstil) motif Sekar Jati" in cat  # never "Masker batik"


def test_no_contact_scope_no_number_or_handle_anywhere(ctx):
    s, _ = _spec(ctx, drop=("contact",))
    assert s["wa"] == "" and s["ig"] == ""
    for name in makerkit.files(s):
        if name.endswith(".txt"):
            data = makerkit.render(s, name).decode("utf-8")
            assert "0812" not in data and "6281200001919" not in data and "contoh.batik" not in data, name
            if name.endswith("caption.txt"):
                assert f"Cara pesan ada di halaman kami: {SITE}pembuat/{MID}/" in data, name
    for p in s["posts"]:
        assert "0812" not in " ".join(str(v) for v in p["text"].values())


def test_no_products_scope_no_product_posts_or_catalogue(ctx):
    s, mk = _spec(ctx, drop=("products",))
    names = makerkit.files(s)
    assert not [n for n in names if n.startswith("produk-")] and urls.MAKER_KIT_CATALOGUE not in names
    assert [n for n in names if n.startswith("motif-") and n.endswith(".jpg")] == MOTIF_POSTS
    assert s["catalogue"] == "" and all(not p["own"] for p in s["posts"])  # no product photo either
    assert not any("Rp" in p["caption"] for p in s["posts"])


@pytest.mark.parametrize("how", ["kit scope withdrawn", "consent withdrawn"])
def test_withdrawn_kit_gets_none_of_these(ctx, tmp_path, how):
    """The step itself (makerkit.publish) on a staging folder: nothing of the maker's kit."""
    col = copy.copy(ctx.col)
    mk = copy.deepcopy(ctx.col.makers[MID])
    if how == "kit scope withdrawn":
        del mk["consent"]["scopes"]["kit"]
    else:
        mk["consent"]["state"] = "withdrawn"
    col.makers = {**ctx.col.makers, MID: mk}
    assert maker_kit_names(col, mk) == []
    step = types.SimpleNamespace(col=col, pub=ctx.pub, images=ctx.images, arc=ctx.arc, staging=tmp_path / "site",
                                 stats={})
    makerkit.publish(step)
    assert not (tmp_path / "site" / "kit" / "pembuat" / MID).exists() and step.stats["maker_kit"] == 0
    # the control: with the scope, the same step writes every file of the list
    step.col = ctx.col
    makerkit.publish(step)
    written = sorted(p.name for p in (tmp_path / "site" / "kit" / "pembuat" / MID).iterdir())
    assert written == sorted(n for n, _, _ in maker_kit_names(ctx.col, ctx.col.makers[MID]))


def test_zip_button_gets_the_size_of_the_zip_of_the_listed_files(tmp_path):
    """The maker page's "Every file (ZIP)" button: the sizes step writes the size of the STORE ZIP
    docs/assets/arsip-zip.js makes, once the files exist; it agrees with Python's zipfile."""
    import zipfile

    from arsip.outputs import sizes

    folder = tmp_path / "kit" / "pembuat" / MID
    folder.mkdir(parents=True)
    (folder / "a.jpg").write_bytes(b"x" * 1500)
    (folder / "motif-é.txt").write_bytes("teks".encode() * 300)
    page = tmp_path / "pembuat" / MID / "index.html"
    page.parent.mkdir(parents=True)
    zip_folder = urls.maker_kit_zip(MID)
    page.write_text(
        f'<html lang="id"><button data-arsip-zip="{zip_folder}" hidden>Semua berkas (ZIP)'
        '<span class="arsip-size" data-arsip-zip-size></span></button><ul>'
        f'<li><a href="../../kit/pembuat/{MID}/a.jpg" download data-arsip-zip-name="a.jpg">A</a></li>'
        f'<li><a href="../../kit/pembuat/{MID}/motif-é.txt" download data-arsip-zip-name="motif-é.txt">B</a></li>'
        '</ul></html>', "utf-8")
    assert sizes.mark(page, tmp_path)
    out = page.read_text("utf-8")
    with zipfile.ZipFile(tmp_path / "k.zip", "w", zipfile.ZIP_STORED) as z:
        for f in ("a.jpg", "motif-é.txt"):
            z.writestr(f"{zip_folder}/{f}", (folder / f).read_bytes())
    want = sizes.human((tmp_path / "k.zip").stat().st_size, "id")
    assert f'Semua berkas (ZIP) <span class="arsip-size">({want})</span></button>' in out, out
    assert out.count('class="arsip-size"') == 3  # and each link its own size
    # a listed file that is missing: no size at all rather than a wrong one
    (folder / "a.jpg").unlink()
    page.write_text(out.replace(f' <span class="arsip-size">({want})</span>', '<span class="arsip-size" '
                                'data-arsip-zip-size></span>'), "utf-8")
    sizes.mark(page, tmp_path)
    assert "data-arsip-zip-size" in page.read_text("utf-8")
