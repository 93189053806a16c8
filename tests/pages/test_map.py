"""The map (issue 20), rendered by the pages stage without MkDocs: 28 kecamatan links in
alphabetical order that resolve, every marker inside its kecamatan, consent respected, and
locators on motif and maker pages."""

from __future__ import annotations

import re

import pytest
import yaml

from arsip.core import urls
from arsip.records import collection, places
from arsip.records.collection import load_collection
from arsip.pages import map as mapmod
from arsip.pages import maker as makerpage
from arsip.pages import motif as motifpage

from support import copy_archive, page_writer

A = re.compile(r'<a href="([^"]+)" aria-label="([^"]+)" data-kecamatan="([^"]+)"><path class="[^"]+" d="([^"]+)"/></a>')
CIRCLE = re.compile(r'<circle class="arsip-peta__maker" cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" data-kecamatan="([^"]*)" '
                    r'data-desa="([^"]*)"><title>([^<]*)</title>')
DIAMOND = re.compile(r'<path class="arsip-peta__motif" d="[^"]+" data-x="([\d.]+)" data-y="([\d.]+)" '
                     r'data-kecamatan="([^"]*)" data-desa="([^"]*)"><title>([^<]*)</title>')


def rings(d: str) -> list[list[tuple[int, int]]]:
    """Absolute points of an SVG path made of 'M x y l dx dy … z' subpaths."""
    out = []
    for sub in re.findall(r"M([^Mz]+)z", d):
        start, _, rel = sub.partition("l")
        nums = [int(n) for n in re.findall(r"-?\d+", rel)]
        x, y = (int(n) for n in re.findall(r"-?\d+", start))
        pts = [(x, y)]
        for dx, dy in zip(nums[::2], nums[1::2]):
            x, y = x + dx, y + dy
            pts.append((x, y))
        out.append(pts)
    return out


def render(arc, lang="id"):
    col = load_collection(arc)
    assert not col.problems.errors, [p.format() for p in col.problems.errors]
    pw = page_writer(arc, col, lang)
    mapmod.write(pw)
    return col, pw


def page(pw, md: str) -> str:
    return (pw.out / pw.link.source(md)).read_text("utf-8")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    arc = copy_archive(tmp_path_factory.mktemp("map"))
    return render(arc)


def test_all_28_kecamatan_links_are_there_in_order_and_resolve(sample):
    col, pw = sample
    text = page(pw, urls.MAP)
    svg = A.findall(text)
    names = sorted(col.places.kecamatan)
    assert [k for _, _, k, _ in svg] == names and len(names) == 28
    listed = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>', text.split('class="arsip-peta__list"', 1)[1])
    assert [n for _, n in listed] == names
    for (href, aria, name, _), (href2, _) in zip(svg, listed):
        kec = col.places.kecamatan[name]
        assert href == href2 == pw.link.href(urls.MAP, urls.kecamatan(kec.slug))
        assert aria.startswith(f"Kecamatan {name}")
        target = pw.out / pw.link.source(urls.kecamatan(kec.slug))
        assert target.is_file() and f"Kecamatan {name}" in target.read_text("utf-8")
    # the English map lives under its own section name, with the same 28 links
    _, en = render(pw.arc, "en")
    assert (en.out / "map" / "index.md").is_file() and (en.out / "map" / "balen.md").is_file()
    assert len(A.findall((en.out / "map" / "index.md").read_text("utf-8"))) == 28


def test_every_marker_is_inside_its_kecamatan(sample):
    col, pw = sample
    text = page(pw, urls.MAP)
    shapes = {name: rings(d) for _, _, name, d in A.findall(text)}
    markers = [(float(x), float(y), k, d) for x, y, k, d, _ in CIRCLE.findall(text) + DIAMOND.findall(text)]
    assert len(markers) >= 10
    kinds = {"maker": len(CIRCLE.findall(text)), "motif": len(DIAMOND.findall(text))}
    assert kinds["maker"] == 5 and kinds["motif"] >= 7
    for x, y, kec, _ in markers:
        assert places.inside(shapes[kec], x, y), (kec, x, y)
        # and not inside any other kecamatan
        assert not any(places.inside(r, x, y) for k, r in shapes.items() if k != kec), (kec, x, y)
    # the same in source coordinates: each marker's point lies in its kecamatan and desa
    for mk in mapmod.where(col).markers:
        assert places.contains(col.places.kecamatan[mk.kecamatan], mk.lon, mk.lat)
        if mk.desa:
            assert places.contains(col.places.find_desa(mk.kecamatan, mk.desa), mk.lon, mk.lat)


def test_kecamatan_page_shows_its_villages_motifs_makers_and_facts(sample):
    col, pw = sample
    text = page(pw, urls.kecamatan("kalitidu"))
    assert text.count("<li>") >= 18 and "Ngringinrejo" in text and "Wotanngare" in text
    assert "35.22.16" in text and "Belimbing Lining Limo" in text and "Mliwis Mukti" in text
    assert "CC BY-IGO 3.0" in text and "kompas.com" in text  # attribution and the place's source
    temayang = page(pw, urls.kecamatan("temayang"))
    assert "Sesa Batik" in temayang and "Desa Jono" in temayang
    assert "hutan" in page(pw, urls.kecamatan("dander"))  # forest polygons are named as forest


WITHDRAWN, PENDING = "tiani-batik", "sesa-batik"


def _withdraw(arc):
    (arc.makers / f"{WITHDRAWN}.yml").write_text(yaml.safe_dump(
        {"id": WITHDRAWN, "name": "UD Tiani Batik", "consent": {"state": "withdrawn", "date": "2026-12-01"}}), "utf-8")
    thengul = arc.motifs / "rancak-thengul" / "motif.yml"
    thengul.write_text(thengul.read_text("utf-8").replace("; UD Tiani Batik membuat motif ini.", ".")
                       .replace("; UD Tiani Batik makes this motif.", "."), "utf-8")  # both languages


def test_withdrawn_maker_is_not_on_the_map_and_pending_only_at_village_level(tmp_path):
    arc = copy_archive(tmp_path)
    _withdraw(arc)
    col, pw = render(arc)
    assert collection.consent_state(col.maker_records[PENDING]) == "pending"
    everything = "".join(p.read_text("utf-8") for p in (pw.out / "peta").glob("*.md"))
    assert "Tiani" not in everything and "Kastiani" not in everything
    text = page(pw, urls.MAP)
    makers = {title: (float(x), float(y), k, d) for x, y, k, d, title in CIRCLE.findall(text)}
    assert "UD Tiani Batik" not in makers and not any(k == "Purwosari" for _, _, k, _ in makers.values())
    x, y, kec, desa = makers["Sesa Batik"]
    jono = col.places.find_desa("Temayang", "Jono")
    proj = mapmod.Projection.fit(list(col.places.kecamatan.values()), mapmod.MAP_W)
    assert (kec, desa) == ("Temayang", "Jono")
    assert (x, y) == tuple(round(v, 1) for v in proj.xy(*jono.label))  # the village's label point, nothing finer


def test_a_pending_maker_is_placed_no_finer_than_consent_publishes(tmp_path, monkeypatch):
    # If consent rules published only the kecamatan of a pending maker, the map would follow.
    monkeypatch.setattr(collection, "PENDING_FIELDS", tuple(f for f in collection.PENDING_FIELDS if f != "village"))
    arc = copy_archive(tmp_path)
    col, pw = render(arc)
    assert "village" not in col.makers[PENDING]
    text = page(pw, urls.MAP)
    makers = {title: (float(x), float(y), k, d) for x, y, k, d, title in CIRCLE.findall(text)}
    x, y, kec, desa = makers["Sesa Batik"]
    temayang = col.places.kecamatan["Temayang"]
    proj = mapmod.Projection.fit(list(col.places.kecamatan.values()), mapmod.MAP_W)
    assert (kec, desa) == ("Temayang", "") and (x, y) == tuple(round(v, 1) for v in proj.xy(*temayang.label))
    makers_here = page(pw, urls.kecamatan("temayang")).split('id="pembuat"')[1]
    assert "Sesa Batik" in makers_here and "Desa Jono" not in makers_here


def test_motif_and_maker_pages_show_a_locator_linking_to_the_kecamatan(sample):
    col, pw = sample
    m = col.motif("parang-dahono-munggal")
    motifpage.write(pw, m)
    text = page(pw, urls.motif(m["id"]))
    assert 'class="arsip-locator"' in text and 'href="../../peta/ngasem/"' in text and "Kayangan Api" in text
    makerpage.write(pw, PENDING, col.makers[PENDING])
    text = page(pw, urls.maker(PENDING))
    assert 'class="arsip-locator"' in text and 'href="../../peta/temayang/"' in text
    assert len(re.findall(r"<svg", text)) == 1


def test_the_map_is_the_same_bytes_every_time(sample, tmp_path):
    col, pw = sample
    first = page(pw, urls.MAP)
    mapmod.write(pw)
    assert page(pw, urls.MAP) == first
