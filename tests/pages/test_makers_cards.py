"""The makers' list as picture cards grouped by kecamatan (issue 19 kit): no bare "0 motif" rows,
a withdrawn maker nowhere, each kecamatan a heading with its makers' cards."""

from __future__ import annotations

import re

from arsip.pages.maker import groups


def row(name, district, count=1):
    return {"name": name, "district": district, "map": None, "count": count}


def test_groups_by_kecamatan_in_order():
    got = groups([row("Zeta", "Kapas"), row("Alfa", "Trucuk"), row("Beta", "Kapas", 0)])
    assert [g["name"] for g in got] == ["Kapas", "Trucuk"]
    assert [m["name"] for m in got[0]["makers"]] == ["Beta", "Zeta"]
    assert got[0]["anchor"] == "kec-kapas"


def test_makers_page_has_cards_by_kecamatan(storefront_site):
    for page, zero in (("pembuat/index.html", "0 motif"), ("en/makers/index.html", "0 motifs")):
        html = (storefront_site / page).read_text("utf-8")
        body = html[html.index('<section class="arsip-makers-group">'):]
        assert zero not in body
        assert "contoh-ditarik" not in html and "Contoh Ditarik" not in html
        sections = re.findall(r'<section class="arsip-makers-group">(.*?)</section>', body, re.S)
        assert len(sections) >= 2
        kapas = next(s for s in sections if "Kapas" in s.split("</h2>")[0])
        cards = re.findall(r'<li class="arsip-card arsip-maker-card">(.*?)</li>', kapas, re.S)
        names = [re.search(r'arsip-card__name">([^<]+)<', c).group(1) for c in cards]
        assert "Contoh Batik" in names and "Contoh Profil Saja" in names
        batik = cards[names.index("Contoh Batik")]
        assert "<img" in batik and "Sekar Jati" in batik  # a picture, and the motif names
        for s in sections:  # each kecamatan heading is followed by cards, none empty
            assert '<li class="arsip-card arsip-maker-card">' in s
