"""Catalogue: facets computed from the records, filters in the browser, light paginated pages."""

from __future__ import annotations

import json
import re
import shutil
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from arsip.pages import catalogue, facets
from arsip.records import crosswalk
from arsip.build import web_build
from arsip.core.paths import Archive
from tools.synthetic import make_archive

from support import ROOT
from support import MOTIF_IDS, record
from support import watch

MAKERS = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "data" / "makers").glob("*.yml")}


def load_facets(site, lang="id"):
    root = site if lang == "id" else site / "en"
    return json.loads((root / "motif" / "facets.json").read_text("utf-8"))


def test_facet_file_matches_the_records(site):
    data = load_facets(site)
    keys = [g["key"] for g in data["facets"]]
    assert keys == list(facets.names()) == [r.facet for r in crosswalk.MOTIF + crosswalk.MAKER if r.facet]
    assert [it["id"] for it in data["items"]] == MOTIF_IDS
    values = {g["key"]: [v[0] for v in g["values"]] for g in data["facets"]}
    for it in data["items"]:
        m = record(it["id"])
        got = {k: {values[k][i] for i in idx} for k, idx in zip(keys, it["f"])}
        assert got["theme"] == set(m["themes"])
        assert got["technique"] == set(m.get("techniques", []))
        assert got["object"] == {d["object"]["id"].lower() for d in m.get("depicts", [])}
        assert got["maker"] == set(m.get("makers", []))
        assert got["district"] == {facets.slug(MAKERS[k]["district"]) for k in m.get("makers", [])}
        assert got["year"] == ({str(m["year"])} if m.get("year") else set())
        assert m["status"]["kind"] in got["status"]
        assert it["n"] == m["name"] and it["u"] == f"{it['id']}/"
        assert (site / "motif" / it["i"]).resolve().is_file()  # the thumbnail exists
    en = load_facets(site, "en")
    assert en["facets"][0]["label"] == "Themes" and data["facets"][0]["label"] == "Tema"
    assert (site / "en" / "motif" / en["items"][0]["i"]).resolve().is_file()


def test_every_value_on_a_motif_page_links_to_a_catalogue_filter_that_exists(site):
    data = load_facets(site)
    values = {g["key"]: {v[0] for v in g["values"]} for g in data["facets"]}
    seen = set()
    for mid in MOTIF_IDS:
        html = (site / "motif" / mid / "index.html").read_text("utf-8")
        for href in re.findall(r'href="\.\./\?([^"]+)"', html):
            for key, vals in parse_qs(unescape(href)).items():
                assert key in values, (mid, key)
                for v in vals:
                    assert v in values[key], (mid, key, v)
                    seen.add(key)
        m = record(mid)
        for mk in m.get("makers", []):
            assert f"../?maker={mk}" in html and f"../../pembuat/{mk}/" in html
    assert {"theme", "object", "technique", "status", "year", "maker"} <= seen
    if any(record(mid).get("colours") for mid in MOTIF_IDS):
        assert "colour" in seen


def _expected_flora_tulis() -> list[str]:
    """Computed from the YAML alone: theme flora AND technique tulis."""
    return sorted(record(mid)["name"] for mid in MOTIF_IDS
                  if "flora" in record(mid)["themes"] and "tulis" in record(mid).get("techniques", []))


def test_two_facets_in_the_browser_match_the_data(server, browser):
    expected = _expected_flora_tulis()
    assert expected, "the sample needs a flora motif made as batik tulis"
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto(server.url + "motif/", wait_until="networkidle")
    pg.wait_for_selector(".arsip-catalogue[data-ready]")
    pg.check("input[name=theme][value=flora]")
    pg.check("input[name=technique][value=tulis]")
    shown = sorted(pg.eval_on_selector_all(".arsip-grid--filtered .arsip-card__name", "els => els.map(e => e.textContent)"))
    assert shown == expected
    assert pg.inner_text(".arsip-count") == f"{len(expected)} motif"
    assert pg.locator("#katalog").is_hidden()
    # Counts beside values: with flora chosen, "tulis" counts the flora motifs made as tulis.
    label = pg.locator("label[for=f-technique-" + str(_value_index(server, "technique", "tulis")) + "]")
    assert label.locator(".arsip-facet__count").inner_text() == str(len(expected))
    # The address holds the filters: opening it again shows the same motifs.
    q = parse_qs(urlsplit(pg.url).query)
    assert q == {"theme": ["flora"], "technique": ["tulis"]}
    pg2 = ctx.new_page()
    pg2.goto(pg.url, wait_until="networkidle")
    pg2.wait_for_selector(".arsip-catalogue[data-ready]")
    again = sorted(pg2.eval_on_selector_all(".arsip-grid--filtered .arsip-card__name", "els => els.map(e => e.textContent)"))
    assert again == expected
    # Removing a chip widens the result again (OR within a group, AND across groups).
    pg2.locator(".arsip-facets__chips button", has_text="tulis").click()
    flora = sorted(record(mid)["name"] for mid in MOTIF_IDS if "flora" in record(mid)["themes"])
    shown = sorted(pg2.eval_on_selector_all(".arsip-grid--filtered .arsip-card__name", "els => els.map(e => e.textContent)"))
    assert shown == flora
    assert errors == []
    ctx.close()


def test_english_counts_say_motif_for_one_and_motifs_for_more(site, server, browser):
    """The catalogue script and the makers list agree with their number ("1 motif", "3 motifs")."""
    by_theme: dict[str, int] = {}
    for mid in MOTIF_IDS:
        for th in record(mid)["themes"]:
            by_theme[th] = by_theme.get(th, 0) + 1
    one = next((th for th, n in sorted(by_theme.items()) if n == 1), None)
    many = next(th for th, n in sorted(by_theme.items()) if n > 1)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto(server.url + f"en/motif/?theme={many}", wait_until="networkidle")
    pg.wait_for_selector(".arsip-catalogue[data-ready]")
    assert pg.inner_text(".arsip-count") == f"{by_theme[many]} motifs"
    if one:
        pg.goto(server.url + f"en/motif/?theme={one}", wait_until="networkidle")
        pg.wait_for_selector(".arsip-catalogue[data-ready]")
        assert pg.inner_text(".arsip-count") == "1 motif"
    assert errors == []
    ctx.close()
    makers = (site / "en" / "makers" / "index.html").read_text("utf-8")
    assert not re.search(r"\b1 motifs\b", makers)
    assert re.search(r">\d+ motifs?: ", makers)  # a maker card: "2 motifs: Sekar Jati, ..."


def _value_index(server, key, value):
    import urllib.request

    data = json.loads(urllib.request.urlopen(server.url + "motif/facets.json").read())
    g = next(g for g in data["facets"] if g["key"] == key)
    return [v[0] for v in g["values"]].index(value)


def test_links_from_motif_pages_open_a_filtered_catalogue(server, page):
    m = record("sekar-jati")
    page.goto(server.url + "motif/sekar-jati/", wait_until="networkidle")
    page.locator(f'a[href="../?theme={m["themes"][0]}"]').first.click()
    page.wait_for_selector(".arsip-catalogue[data-ready]")
    names = page.eval_on_selector_all(".arsip-grid--filtered .arsip-card__name", "els => els.map(e => e.textContent)")
    assert sorted(names) == sorted(record(mid)["name"] for mid in MOTIF_IDS if m["themes"][0] in record(mid)["themes"])


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """An archive of 130 synthetic motifs: three catalogue pages."""
    root = make_archive(ROOT, tmp_path_factory.mktemp("cat") / "a", 130)
    (root / ".cache").symlink_to(ROOT / ".cache", target_is_directory=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ARSIP_DOWNLOADS", "0")  # no PDFs or promotion kits for 130 made-up motifs
        ctx = web_build(Archive.here(root), site_url="http://example.test/")
    yield ctx
    shutil.rmtree(ctx.arc.build_dir, ignore_errors=True)


def test_catalogue_is_paginated_and_light(big):
    site = big.arc.site
    per = catalogue.PER_PAGE
    first = (site / "motif" / "index.html").read_text("utf-8")
    assert first.count('class="arsip-card"') == per
    assert re.search(r'<a href="halaman/2/" rel="next">', first)
    last = (site / "motif" / "halaman" / "3" / "index.html").read_text("utf-8")
    assert last.count('class="arsip-card"') == 130 - 2 * per
    assert re.search(r'<a href="\.\./2/" rel="prev">', last)
    assert not (site / "motif" / "halaman" / "4").exists()
    assert len(first.encode()) < 300_000
    data = json.loads((site / "motif" / "facets.json").read_text("utf-8"))
    assert len(data["items"]) == 130  # every motif is filterable, from one file


def test_page_window():
    assert catalogue.page_window(1, 1) == [1]
    assert catalogue.page_window(1, 10) == [1, 2, 3, None, 10]
    assert catalogue.page_window(6, 10) == [1, None, 4, 5, 6, 7, 8, None, 10]
