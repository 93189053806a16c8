"""Search: one Pagefind index per language, Indonesian affixes, spelling variants, typos,
and a script index for the offline (file://) copy. Expectations come from the records."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from arsip.core import spelling
from arsip.outputs import search

from support import ROOT, copy_archive
from support import MOTIF_IDS, ask, offline_site, record, watch

GLOSSARY = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text("utf-8"))["terms"]
MAKERS = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in (ROOT / "data" / "makers").glob("*.yml")}


# -- expectations, derived from the YAML -------------------------------------------------------
def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def by_object(word: str, lang: str = "id") -> set[str]:
    """Motifs whose name or a depicted object (in `lang`) contains every word of `word`."""
    want = _words(word)
    out = set()
    for mid in MOTIF_IDS:
        m = record(mid)
        texts = [m["name"]] + [d["object"].get(lang) or "" for d in m.get("depicts", [])]
        if any(want <= _words(t) for t in texts):
            out.add(f"motif/{mid}/")
    assert out, f"no motif in the data depicts {word!r}: update the expectation"
    return out


def by_variant(word: str) -> set[str]:
    out = {f"motif/{mid}/" for mid in MOTIF_IDS
           if any(word.lower() in _words(n) for n in record(mid).get("other_names", []))}
    assert out, word
    return out


def by_text(word: str) -> set[str]:
    """Motifs whose record mentions `word` anywhere (e.g. a spelling used only by a source)."""
    out = {f"motif/{mid}/" for mid in MOTIF_IDS
           if word.lower() in (ROOT / "motifs" / mid / "motif.yml").read_text("utf-8").lower()}
    assert out, word
    return out


def by_theme(theme: str) -> set[str]:
    return {f"motif/{mid}/" for mid in MOTIF_IDS if theme in record(mid)["themes"]}


def glossary_entry(term: str) -> set[str]:
    return {f"glosarium/#{g['id']}" for g in GLOSSARY if g["term"] == term}


def maker_page(name_word: str) -> set[str]:
    return {f"pembuat/{k}/" for k, mk in MAKERS.items() if name_word.lower() in _words(mk["name"])}


def other_name_of(mid: str) -> str:
    return record(mid)["other_names"][0]


ID_QUERIES = [
    # affixed forms: Indonesian stemming
    ("ketembakauan", by_object("tembakau")),
    ("pertanian", by_theme("agriculture")),
    ("bertani", by_theme("agriculture")),
    # depicted objects
    ("jati", by_object("jati")),
    ("tembakau", by_object("tembakau")),
    ("padi", by_object("padi")),
    ("jagung", by_object("jagung")),
    ("api abadi", by_object("api abadi")),
    ("burung", by_object("burung")),
    ("pisang", by_object("pisang")),
    # spelling variants of names
    ("Dahana", by_variant("dahana")),
    ("Mungal", by_variant("mungal")),
    ("Kahyangan", by_text("kahyangan")),
    ("Tengul", by_variant("tengul")),
    ("Meliwis", by_variant("meliwis")),
    ("Sekarjati", by_variant("sekarjati")),
    ("Parang Dahana Munal", by_variant("munal")),
    # glossary terms and makers
    ("canting", glossary_entry("canting")),
    ("Tiani", maker_page("tiani")),
    # one typo (Pagefind has no typo tolerance; the box corrects it from search/vocab.json)
    ("tembakao", by_object("tembakau")),
]
EN_QUERIES = [
    ("teak", by_object("teak", "en")),
    ("tobacco", by_object("tobacco", "en")),
    ("corn", by_object("corn", "en")),
    ("eternal flame", by_object("eternal flame", "en")),
    ("bird", by_object("duck", "en")),
    ("jagug", by_object("corn", "en")),
]


def _rel(href: str, base: str) -> str:
    assert href.startswith(base), (href, base)
    return href[len(base):]


@pytest.fixture
def desk(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = watch(pg)
    yield pg
    ctx.close()


def _check(page, base: str, queries) -> list[str]:
    failures = []
    for q, expected in queries:
        res = ask(page, q)
        top3 = [_rel(it["href"], base) for it in res["items"][:3]]
        if not set(top3) & expected:
            failures.append(f"{q!r}: expected one of {sorted(expected)} in top 3, got {top3} ({res['status']})")
    return failures


def test_twenty_indonesian_queries_find_the_expected_motif_in_the_top_three(server, desk):
    assert len(ID_QUERIES) + len(EN_QUERIES) >= 20
    desk.goto(server.url + "tentang/", wait_until="networkidle")
    assert _check(desk, server.url, ID_QUERIES) == []
    assert desk.errors == []


def test_english_queries_on_the_english_site(server, desk):
    desk.goto(server.url + "en/", wait_until="networkidle")
    assert _check(desk, server.url + "en/", EN_QUERIES) == []
    # The English box searches the English index only.
    res = ask(desk, "teak")
    assert all(it["href"].startswith(server.url + "en/") for it in res["items"])
    assert desk.errors == []


def test_membatik_is_stemmed_to_batik(server, desk):
    """'membatik' finds pages about batik: the highlighted words are forms of 'batik'."""
    desk.goto(server.url, wait_until="networkidle")
    res = ask(desk, "membatik")
    assert len(res["items"]) >= 3
    for it in res["items"][:3]:
        marks = re.findall(r"<mark>(.*?)</mark>", it["excerpt"])
        assert any("batik" in m.lower() for m in marks) or "batik" in it["title"].lower(), it


def test_typo_is_corrected_and_said(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    res = ask(desk, "tembakao")
    assert "Menampilkan hasil untuk “tembakau”" in res["status"]
    desk.goto(server.url + "en/", wait_until="networkidle")
    res = ask(desk, "jagug")
    assert "Showing results for “jagung”" in res["status"]


def test_results_show_thumbnails_and_snippets(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    res = ask(desk, "jati")
    first = res["items"][0]
    assert first["img"] and "<mark>" in first["excerpt"]
    img = desk.locator(".arsip-search__item img").first
    desk.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=img.element_handle())


def test_keyboard_arrows_enter_and_escape(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    desk.keyboard.press("/")
    assert desk.evaluate("document.activeElement.id") == "arsip-q"
    res = ask(desk, "jagung")
    box = desk.locator("#arsip-q")
    box.press("ArrowDown")
    box.press("ArrowDown")
    second = desk.locator("a[role=option][aria-selected=true]")
    assert second.get_attribute("href") == res["items"][1]["href"]
    assert box.get_attribute("aria-activedescendant") == "arsip-opt-1"
    box.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == "arsip-opt-0"
    box.press("Escape")
    assert desk.locator(".arsip-search__panel").is_hidden()
    box.press("ArrowDown")  # opens again
    box.press("Enter")
    desk.wait_for_url(res["items"][0]["href"])


def test_phone_shows_the_search_box_in_the_header(server, page):
    errors = watch(page)
    page.goto(server.url + "motif/", wait_until="networkidle")
    box = page.locator("#arsip-q")
    assert box.is_visible()  # in the header itself, not behind an icon
    assert page.locator(".arsip-search__open").is_hidden()
    header = page.locator(".md-header").bounding_box()
    bb = box.bounding_box()
    assert bb["y"] >= header["y"] and bb["y"] + bb["height"] <= header["y"] + header["height"]
    assert bb["width"] >= 120
    box.tap()
    res = ask(page, "padi")
    assert res["items"], res
    assert page.locator(".arsip-search__panel").bounding_box()["width"] >= 400
    # the panel covers the page behind it: the point under the middle of the panel is the panel
    covered = page.evaluate("""() => { const p = document.querySelector('.arsip-search__panel').getBoundingClientRect();
        const e = document.elementFromPoint(p.x + p.width / 2, p.y + Math.min(p.height, 200) / 2);
        return !!e.closest('.arsip-search__panel'); }""")
    assert covered
    assert errors == []


def test_search_uses_the_article_only_and_one_index_per_language(site):
    entry_id = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
    entry_en = json.loads((site / "en" / "pagefind" / "pagefind-entry.json").read_text())
    assert list(entry_id["languages"]) == ["id"] and list(entry_en["languages"]) == ["en"]
    n_id, n_en = entry_id["languages"]["id"]["page_count"], entry_en["languages"]["en"]["page_count"]
    assert n_id == n_en >= len(MOTIF_IDS) + len(MAKERS)
    for name in search.UNUSED:
        assert not (site / "pagefind" / name).exists()
    html = (site / "motif" / MOTIF_IDS[0] / "index.html").read_text("utf-8")
    body = html.index("data-pagefind-body")
    assert html.index('class="md-header') < body < html.index("md-footer")  # nav and footer are outside


def test_vocabulary_has_names_variants_objects_and_terms(site):
    vocab = set(json.loads((site / "search" / "vocab.json").read_text()))
    for w in ("tembakau", "jagung", "dahana", "mungal", "kayangan", "canting"):
        assert w in vocab, w
    en = set(json.loads((site / "en" / "search" / "vocab.json").read_text()))
    assert {"teak", "tobacco", "jati"} <= en


def test_javascript_rules_match_the_python_rules(server, desk):
    desk.goto(server.url, wait_until="networkidle")
    words = ["membatik", "ketembakauan", "pertanian", "pengrajin", "perajin", "dibatik", "sekar", "jati",
             "kahyangan", "thengul", "dahono", "meliwis", "Bojonegoro", "menyala", "bersama"]
    js = desk.evaluate("ws => ws.map(w => [arsipSearch.stem(arsipSearch.words(w)[0]), arsipSearch.canon(w)])", words)
    assert js == [[spelling.stem(spelling.words(w)[0]), spelling.canon(w)] for w in words]
    assert desk.evaluate("arsipSearch.correct('tembakao jagug', ['tembakau', 'jagung'])") == "tembakau jagung"
    assert desk.evaluate("arsipSearch.correct('sawah', ['sawut'])") is None  # 2 edits on a 5-letter word: no


def test_spelling_variants_are_indexed_but_hidden_from_readers(site):
    html = (site / "motif" / "mliwis-mukti" / "index.html").read_text("utf-8")
    m = re.search(r'<span class="arsip-variants" aria-hidden="true"[^>]*>([^<]*)</span>', html)
    assert m and "blibis" in m.group(1).split()  # canonical form of "belibis"


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    """The archive built as the offline copy is: .html files, opened from disk."""
    arc = copy_archive(tmp_path_factory.mktemp("offline"))
    return offline_site(arc, "http://example.test/")


def test_offline_build_writes_a_script_index_instead_of_pagefind(offline):
    site = offline.arc.site
    assert not (site / "pagefind").exists() and not (site / "en" / "pagefind").exists()
    for root, glossary in ((site, "glosarium.html"), (site / "en", "glossary.html")):  # English section name
        text = (root / "search" / "offline-index.js").read_text("utf-8")
        assert text.startswith("window.ARSIP_OFFLINE_INDEX=")
        data = json.loads(text[len("window.ARSIP_OFFLINE_INDEX="):].rstrip(";\n"))
        urls = {d["u"] for d in data["docs"]}
        assert "motif/sekar-jati.html" in urls and f"{glossary}#canting" in urls
        assert not any(u.startswith("en/") for u in urls)


def test_offline_search_from_disk(offline, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto((offline.arc.site / "motif" / "sekar-jati.html").as_uri())
    for q, expected in (("jati", "motif/sekar-jati.html"), ("membatik", None), ("ketembakauan", "motif/sata-gondo-wangi.html"),
                        ("Tengul", "motif/rancak-thengul.html"), ("tembakao", "motif/sata-gondo-wangi.html")):
        res = ask(pg, q)
        hrefs = [it["href"].split("/site/", 1)[1] for it in res["items"][:3]]
        if expected:
            assert expected in hrefs, (q, hrefs, res["status"])
        else:
            assert hrefs, q
    pg.goto((offline.arc.site / "en" / "index.html").as_uri())
    res = ask(pg, "teak")
    assert "en/motif/sekar-jati.html" in [it["href"].split("/site/", 1)[1] for it in res["items"][:3]]
    assert errors == []
    ctx.close()


def test_offline_catalogue_filters_from_disk(offline, browser):
    """The facet data also reaches the catalogue under file:// (as motif/facets.js)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto((offline.arc.site / "motif" / "index.html").as_uri() + "?theme=fauna")
    pg.wait_for_selector(".arsip-catalogue[data-ready]")
    names = sorted(pg.eval_on_selector_all(".arsip-grid--filtered .arsip-card__name", "els => els.map(e => e.textContent)"))
    assert names == sorted(record(mid)["name"] for mid in MOTIF_IDS if "fauna" in record(mid)["themes"])
    first = pg.locator(".arsip-grid--filtered a").first.get_attribute("href")
    assert first.startswith("file://") and first.endswith(".html")
    assert errors == []
    ctx.close()


@pytest.mark.parametrize("base,query", [("", "jati"), ("", "batik"), ("en/", "teak"), ("en/", "batik")])
def test_snippets_are_reading_text_not_addresses_or_navigation(server, desk, base, query):
    """Citations (web addresses) and "← back" links are left out of the index: a snippet
    shows the page's own words ('batik · glosarium' once showed 'https://en.wikipedia.org/...')."""
    desk.goto(server.url + base, wait_until="networkidle")
    res = ask(desk, query)
    assert res["items"]
    for it in res["items"]:
        text = re.sub(r"<[^>]+>", "", it["excerpt"])
        assert "http" not in text and "www." not in text and "←" not in text, (it["title"], text)


# -- issue 18 search: "tulis" does not find pages that only say "ditulis" -------------------------
def test_a_false_friend_alone_does_not_mark_a_page():
    body = '<div data-pagefind-body data-pagefind-filter="audience:kontribusi"><p>Motif ini ditulis oleh {}</p></div>'
    html = "<html><body><nav>batik tulis</nav>" + body + "</body></html>"
    assert search.own_words_filter(html.format("Guntur"), "id") == html.format("Guntur")  # the nav is not indexed
    marked = search.own_words_filter(html.format("perajin batik tulis"), "id")
    assert 'kontribusi"><span data-pagefind-filter="word:tulis"></span><p>' in marked


def false_friend_only_pages(root, key: str = "tulis") -> set[str]:
    """Pages (relative to `root`) whose indexed text has a false friend of `key` but not `key` itself."""
    out = set()
    for path in root.rglob("*.html"):
        page = search.read_page(path)
        ws = set(spelling.words(" ".join(page.body)))
        if ws & set(spelling.FALSE_FRIENDS[key]) and key not in ws:
            out.add(path.relative_to(root).as_posix())
    return out


def test_offline_search_for_tulis_skips_pages_that_only_say_ditulis(offline, browser):
    site = offline.arc.site
    only = {p for p in false_friend_only_pages(site) if not p.startswith("en/")}
    assert "motif/parang-lembu-sekar-rinambat.html" in only  # "... ditulis ...", never "batik tulis"
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors = watch(pg)
    pg.goto((site / "index.html").as_uri())
    res = ask(pg, "tulis")
    assert re.search(r"(\d+) hasil", res["status"]), res["status"]
    more = pg.locator(".arsip-search__more")
    while more.is_visible():
        n = pg.locator(".arsip-search__item").count()
        more.click()
        pg.wait_for_function("n => document.querySelectorAll('.arsip-search__item').length > n", arg=n)
    hrefs = [h.split("/site/", 1)[1].split("#")[0] for h in
             pg.eval_on_selector_all(".arsip-search__item a", "els => els.map(a => a.href)")]
    assert hrefs and not only & set(hrefs), sorted(only & set(hrefs))
    # stemming still works for every other word: 'membatik' finds that same page by 'batik'
    res = ask(pg, "membatik")
    assert int(re.search(r"(\d+) hasil", res["status"]).group(1)) > 8
    assert errors == []
    ctx.close()
