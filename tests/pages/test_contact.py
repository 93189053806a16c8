"""Maker directory: contact and shops appear only for makers who opted in."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from arsip.build import web_build

from support import ROOT, copy_archive
from support import MAKER_IDS, MOTIF_IDS, WA_NUMBER, record, text_of


def makers_with_motifs() -> list[str]:
    return sorted({mk for mid in MOTIF_IDS for mk in record(mid).get("makers", [])})


@pytest.fixture(scope="module")
def optin(tmp_path_factory):
    """A test copy where one maker opted in and another did not."""
    arc = copy_archive(tmp_path_factory.mktemp("contact"))
    yes, no = makers_with_motifs()[:2]
    for mk, contact in ((yes, {"opt_in": True, "whatsapp": "6281200000000", "instagram": "uji.yes",
                               "shops": [{"name": "Toko yes", "url": "https://shop.example/yes"}],
                               "address": "Jalan yes 1"}),
                        (no, {"opt_in": False})):  # `arsip check` refuses details without opt-in
        path = arc.makers / f"{mk}.yml"
        data = yaml.safe_load(path.read_text("utf-8"))
        data["contact"] = contact
        # Both makers gave consent (a pending maker's page shows no contact section at all);
        # only `yes` also agreed to show contact details.
        data["consent"] = {"state": "given", "by": data["people"][0]["name"], "date": "2026-12-01",
                           "how": {"id": "Formulir persetujuan bertanda tangan", "en": "A signed consent form"}}
        path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    ctx = web_build(arc, site_url="http://example.test/")
    return ctx, yes, no


def _wa_links(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="(https://wa\.me/\d[^"]+)"', html)]


def test_opted_in_maker_shows_whatsapp_naming_each_motif_instagram_and_shops(optin):
    ctx, yes, _ = optin
    site = ctx.arc.site
    html = (site / "pembuat" / yes / "index.html").read_text("utf-8")
    links = _wa_links(html)
    motifs = [record(mid)["name"] for mid in MOTIF_IDS if yes in record(mid).get("makers", [])]
    messages = [parse_qs(urlsplit(h).query)["text"][0] for h in links]
    assert all(h.startswith("https://wa.me/6281200000000?text=") for h in links)
    for name in motifs:
        assert any(name in msg for msg in messages), name  # a pre-filled message naming the motif
    assert 'href="https://www.instagram.com/uji.yes/"' in html
    assert 'href="https://shop.example/yes"' in html and "Toko yes" in html
    assert "Jalan yes 1" in text_of(html)
    en = (site / "en" / "makers" / yes / "index.html").read_text("utf-8")  # English section name
    assert any("Hello, I saw the" in unquote(h) for h in _wa_links(en))
    # The motif page offers the same WhatsApp link, naming that motif.
    mid = next(m for m in MOTIF_IDS if yes in record(m).get("makers", []))
    page = (site / "motif" / mid / "index.html").read_text("utf-8")
    assert any(record(mid)["name"] in parse_qs(urlsplit(h).query)["text"][0] for h in _wa_links(page))


def test_maker_who_did_not_opt_in_shows_no_contact(optin):
    ctx, _, no = optin
    site = ctx.arc.site
    for page in (site / "pembuat" / no, site / "en" / "makers" / no):
        html = (page / "index.html").read_text("utf-8")
        assert not WA_NUMBER.search(html) and "instagram.com" not in html and "shop.example" not in html
    assert "belum memberi izin" in text_of((site / "pembuat" / no / "index.html").read_text("utf-8"))
    for mid in MOTIF_IDS:
        if no in record(mid).get("makers", []):
            html = (site / "motif" / mid / "index.html").read_text("utf-8")
            item = re.search(rf'<li><a href="\.\./\.\./pembuat/{no}/">.*?</li>', html).group(0)
            assert "wa.me" not in item and "instagram" not in item, item


def test_sample_makers_show_contact_only_if_they_opted_in(site):
    for mk in MAKER_IDS:
        data = yaml.safe_load((ROOT / "data" / "makers" / f"{mk}.yml").read_text("utf-8"))
        html = (site / "pembuat" / mk / "index.html").read_text("utf-8")
        if not (data.get("contact") or {}).get("opt_in"):
            assert not WA_NUMBER.search(html) and "instagram.com" not in html


def test_maker_page_lists_place_techniques_and_links_to_filters(site):
    for mk in MAKER_IDS:
        data = yaml.safe_load((ROOT / "data" / "makers" / f"{mk}.yml").read_text("utf-8"))
        html = (site / "pembuat" / mk / "index.html").read_text("utf-8")
        text = text_of(html)
        assert data["district"] in text
        if data.get("village"):
            assert data["village"] in text
        assert re.search(r'href="\.\./\.\./motif/\?district=[a-z0-9-]+"', html)
        given = (data.get("consent") or {}).get("state") == "given"
        for tq in data.get("techniques", []):  # a pending maker shows name and village only
            assert (f'href="../../motif/?technique={tq}"' in html) == given, (mk, tq)
        if any(mk in record(mid).get("makers", []) for mid in MOTIF_IDS):
            assert f'href="../../motif/?maker={mk}"' in html
