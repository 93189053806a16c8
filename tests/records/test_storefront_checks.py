"""Storefront (issue 19): `arsip check` refuses untrue or unsafe products clearly (bilingual,
file:line:field): a non-https shop link, an unknown motif, a price written with thousands
dots, a duplicate product id, a missing photo and a product photo with GPS; and a use without
its consent scope. Each is seeded into a copy of the storefront fixture archive."""

from __future__ import annotations

import re

import pytest
import yaml
from PIL import Image

from arsip.build import check
from support import STOREFRONT_ALL, storefront_archive

REL = f"data/makers/{STOREFRONT_ALL}.yml"


@pytest.fixture
def seeded(tmp_path):
    """edit(fn) changes the fixture maker's record (fn gets the parsed YAML) and returns the problems."""
    arc = storefront_archive(tmp_path / "a")
    path = arc.root / REL

    def edit(fn, text_fn=None):
        data = yaml.safe_load(path.read_text("utf-8"))
        fn(data)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(text_fn(text) if text_fn else text, "utf-8")
        return [p for p in check(arc).problems.errors if p.file == REL]

    edit.arc = arc
    return edit


def _one(problems, field_re):
    hits = [p for p in problems if re.fullmatch(field_re, p.field)]
    assert hits, [(p.field, p.en) for p in problems]
    p = hits[0]
    assert p.line and p.id and p.en and p.id != p.en, p
    return p


def test_the_fixture_itself_is_clean(seeded):
    assert seeded(lambda d: None) == []


def test_a_non_https_shop_link_is_refused(seeded):
    def f(d):
        d["products"][0]["links"][0]["url"] = "http://shop.example/contoh-batik"
    p = _one(seeded(f), r"products\[0\]\.links\[0\]\.url|products\.0\.links\.0\.url|.*links.*url.*")
    assert "http://shop.example" in p.en or "https" in p.en


def test_an_unknown_motif_is_refused(seeded):
    def f(d):
        d["products"][1]["motifs"] = ["rancak-thengul", "motif-khayalan"]
    p = _one(seeded(f), r".*products.*1.*motifs.*1.*")
    assert p.code == "product.motif" and "motif-khayalan" in p.id and "motif-khayalan" in p.en


def test_a_price_with_thousands_dots_is_refused(seeded):
    problems = seeded(lambda d: None, text_fn=lambda t: t.replace("amount: 350000", "amount: 350.000"))
    p = _one(problems, r".*products.*0.*price.*amount.*")
    assert "350" in p.id and "350" in p.en


def test_a_duplicate_product_id_is_refused(seeded):
    def f(d):
        d["products"][2]["id"] = d["products"][0]["id"]
    p = _one(seeded(f), r".*products.*2.*id.*")
    assert p.code == "product.duplicate"


def test_a_missing_photo_is_refused(seeded):
    def f(d):
        d["products"][0]["photos"][0]["file"] = "tidak-ada.jpg"
    assert _one(seeded(f), r".*products.*0.*photos.*0.*file.*").code == "product.photo"


def test_a_product_photo_with_gps_is_refused(seeded):
    photo = seeded.arc.root / "data" / "makers" / STOREFRONT_ALL / "kain-sekar-jati.jpg"
    with Image.open(photo) as im:
        exif = Image.Exif()
        exif[0x8825] = {1: "S", 2: (7.0, 9.0, 0.0), 3: "E", 4: (111.0, 53.0, 0.0)}  # GPS IFD
        im.convert("RGB").save(photo, exif=exif.tobytes(), quality=90)
    p = _one(seeded(lambda d: None), r".*products.*0.*photos.*0.*file.*")
    assert "GPS" in p.id and "GPS" in p.en


def test_products_without_the_products_scope_are_refused(seeded):
    def f(d):
        del d["consent"]["scopes"]["products"]
        del d["consent"]["scopes"]["feeds"]
    assert _one(seeded(f), r"products").code == "consent.scope_products"
