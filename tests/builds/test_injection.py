"""Hostile text in every field of a motif, a maker, the glossary (and any other record
kind present) is rendered inert: built, opened in Chromium, nothing runs, and the text
shows as text.

The browser context bypasses the Content-Security-Policy on purpose: the policy is a
second line of defence, and this test proves the first one (escaping) on its own.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
import yaml

from arsip.core import urls
from arsip.records import schema
from arsip.core.paths import SCHEMA_DIR
from arsip.build import web_build
from arsip.build import check as load_collection

from support import Server, copy_archive
from support import MARK, PATTERN_SAFE, PAYLOADS, fill_record, kind_of, strings


def hostile_text(s: str) -> bool:
    return any(p in s for p in PAYLOADS + PATTERN_SAFE)

INSPECT = """() => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'srcset'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const n = a.name.toLowerCase(), v = a.value.trim().toLowerCase();
      if (n.startsWith('on')) bad.push(`${el.tagName} ${n}=${a.value.slice(0, 60)}`);
      if (n === 'srcdoc') bad.push(`${el.tagName} srcdoc`);
      if (urlAttrs.includes(n) && /^(javascript|vbscript|data:text)/.test(v)) bad.push(`${el.tagName} ${n}=${a.value.slice(0, 60)}`);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(el.tagName)) bad.push(el.tagName);  // the site has none
    for (const a of el.attributes) if (a.value.includes('pwned') && el.tagName === 'BASE')
      bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 60)}`);
  }
  for (const s of document.querySelectorAll('script')) {
    const t = (s.type || '').toLowerCase();
    if ((t === '' || t === 'module' || t.includes('javascript')) && s.textContent.includes('pwned'))
      bad.push('script: ' + s.textContent.slice(0, 80));
  }
  for (const st of document.querySelectorAll('style')) if (st.textContent.includes('display:none')) bad.push('style');
  // Fire the events an attacker would wait for.
  for (const el of document.querySelectorAll('body *')) {
    for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error'])
      el.dispatchEvent(new Event(type));
  }
  return bad;
}"""


def _real_places(filled: dict, original: dict) -> dict:
    """The filled motif with its places' kecamatan and desa set back to official names."""
    real = original.get("places") or [{"kecamatan": "Ngasem", "desa": "Sendangharjo"}]
    for i, p in enumerate(filled.get("places", [])):
        p["kecamatan"] = real[min(i, len(real) - 1)]["kecamatan"]
        p.pop("desa", None)
        if real[min(i, len(real) - 1)].get("desa"):
            p["desa"] = real[min(i, len(real) - 1)]["desa"]
    return filled


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A copy of the archive with hostile text everywhere, built."""
    root = tmp_path_factory.mktemp("hostile")
    arc = copy_archive(root)
    col = load_collection(arc)
    motif = next(m for m in col.motifs if m.get("makers"))
    maker_id = motif["makers"][0]
    edited = {"motif": motif["id"], "maker": maker_id}

    def rewrite(path, new):
        path.write_text(yaml.safe_dump(new, allow_unicode=True, sort_keys=False), "utf-8")

    # Place names are checked against the official kecamatan and desa (records/places.py), so
    # they keep their real values: a payload there is refused by `arsip check` before any page.
    rewrite(col.folders[motif["id"]] / "motif.yml", _real_places(fill_record("motif", motif), motif))
    hostile_maker = fill_record("maker", col.maker_records[maker_id])
    hostile_maker.update({k: col.maker_records[maker_id][k] for k in ("district", "village")
                          if k in col.maker_records[maker_id]})
    # Only a maker who gave consent has every field on the site; consent counts only from a
    # person the record names, so the (hostile) name of its first person gives it.
    hostile_maker["consent"] = {"state": "given", "by": hostile_maker["people"][0]["name"], "date": "2026-12-01",
                                "how": hostile_maker["consent"].get("how") or {"id": "x"}}
    rewrite(arc.makers / f"{maker_id}.yml", hostile_maker)
    # Glossary: every field of every other term; the rest keep their word (so that
    # glossary look-ups in motif texts still find them) and get hostile definitions.
    gl = yaml.safe_load(arc.glossary.read_text("utf-8"))
    from support import Filler

    item = schema.raw("glossary")["properties"]["terms"]["items"]
    gl["terms"] = [Filler(set() if i % 2 == 0 else {"term", "also", "id"}, "glossary").fill(item, t)
                   for i, t in enumerate(gl["terms"])]
    assert not list(schema.validator("glossary").iter_errors(gl))
    rewrite(arc.glossary, gl)
    # Any other kind of record (lessons, ...): the first file of each kind.
    # data/arsip.yml, the archive's identity, is the maintainers' configuration like mkdocs.yml
    # and docs/*.md (its values fill the interface words): not contributor text, kept as it is.
    handled = {"motif", "maker", "glossary", "arsip"}
    for path in sorted(list(arc.root.joinpath("data").rglob("*.yml")) + list(arc.motifs.rglob("*.yml"))):
        text = path.read_text("utf-8")
        kind = kind_of(text)
        if not kind:  # no editor header: guess from the folder or file name (data/lessons/x.yml -> lesson)
            stem = path.parent.name if path.parent != arc.root / "data" else path.stem
            kind = next((k for k in (stem, stem.rstrip("s")) if (SCHEMA_DIR / f"{k}.schema.json").is_file()), None)
        if kind and kind not in handled and (SCHEMA_DIR / f"{kind}.schema.json").is_file():
            filled = fill_record(kind, yaml.safe_load(text))
            if kind == "sources":  # the registry refuses an address twice: keep each hostile address unique
                for i, src in enumerate(filled["sources"]):
                    if src.get("url"):
                        src["url"] += f"#{i}"
            rewrite(path, filled)
            handled.add(kind)
            edited[kind] = path.stem
    check = load_collection(arc)
    assert not check.problems.errors, [p.format() for p in check.problems.errors]
    server = Server(arc.root / "served")
    ctx = web_build(arc, site_url=server.url, dest=arc.root / "served")
    yield ctx, server, edited
    server.close()


def test_every_free_text_field_got_a_payload(hostile):
    ctx, _, edited = hostile
    present = {kind_of(p.read_text("utf-8")) for p in ctx.arc.root.joinpath("data").rglob("*.yml")} - {None}
    assert present - {"glossary", "arsip"} <= set(edited), (present, edited)  # every kind of record was made hostile
    col = load_collection(ctx.arc)
    m = col.motif(edited["motif"])
    texts = strings(m)
    assert any(MARK in s for s in texts)
    for key in ("name", "meaning", "local_wisdom", "story", "stylisation", "year_note", "designer", "rights",
                "depicts", "colours", "other_names", "sources", "images", "status"):
        assert any(map(hostile_text, strings(m.get(key)))), key
    mk = col.makers[edited["maker"]]
    for key in ("name", "about", "people", "sources", "contact"):  # district, village: official names only
        assert any(map(hostile_text, strings(mk.get(key)))), key
    assert all(any(map(hostile_text, strings(t["definition"]))) for t in col.glossary)
    # Every string left as it was is an id, a date or a code the schema restricts.
    for s in strings(m):
        assert hostile_text(s) or re.fullmatch(r"[a-z0-9#-]+|\d{4}-\d{2}-\d{2}|[A-Za-z0-9._-]+", s), s


def _pages_with_payloads(site):
    marks = (MARK.encode(), b"alert(1)", b"7*7")
    return sorted(p for p in site.rglob("*.html") if any(m in p.read_bytes() for m in marks))


def test_no_payload_runs_on_any_page_that_shows_one(hostile, browser):
    ctx, server, edited = hostile
    site = ctx.arc.root / "served"
    pages = [p.relative_to(site).as_posix() for p in _pages_with_payloads(site)]
    for lang in ("id", "en"):
        lk = urls.Linker(lang)  # English pages have English section names
        for md in (urls.motif(edited["motif"]), urls.maker(edited["maker"]), urls.GLOSSARY, urls.CATALOGUE, urls.MAKERS):
            assert lk.prefix + lk.file(md) in pages, (lk.prefix + lk.file(md), pages)
    bctx = browser.new_context(bypass_csp=True, viewport={"width": 412, "height": 823})
    bctx.add_init_script("window.__dialogs = 0; window.alert = window.confirm = window.prompt = () => { window.__dialogs++; };")
    page = bctx.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        for rel in pages:
            url = server.url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
            page.goto(url, wait_until="networkidle")
            bad = page.evaluate(INSPECT)
            page.mouse.move(200, 300)
            page.mouse.wheel(0, 2000)
            page.wait_for_timeout(50)
            assert bad == [], (rel, bad)
            assert page.evaluate("typeof window.pwned") == "undefined", rel
            assert page.evaluate("window.__dialogs") == 0 and dialogs == [], rel
            assert page.evaluate("typeof parent.pwned") == "undefined", rel
        assert errors == [], errors
    finally:
        bctx.close()


def test_hostile_text_shows_as_text(hostile, browser):
    ctx, server, edited = hostile
    page = browser.new_page()
    try:
        for path in (f"motif/{edited['motif']}/", f"en/motif/{edited['motif']}/", f"pembuat/{edited['maker']}/",
                     "glosarium/"):
            page.goto(server.url + path, wait_until="networkidle")
            text = page.locator("body").inner_text()
            for literal in ("<script>window.pwned=1</script>", "{{ 7*7 }}", "jinja-if{% endif %}",
                            '<img src=x onerror="window.pwned=1">', '" onmouseover="window.pwned=1" x="'):
                assert literal in text, (path, literal)
        page.goto(server.url + f"motif/{edited['motif']}/")
        assert "onmouseover" in page.locator("h1").first.inner_text()  # the name, as text
        assert "onmouseover" in page.title()
    finally:
        page.close()


def test_data_files_stay_well_formed(hostile):
    ctx, _, _ = hostile
    site = ctx.arc.root / "served"
    n = 0
    for p in sorted(site.rglob("*")):
        if p.suffix == ".xml":
            ET.fromstring(p.read_bytes())
            n += 1
        elif p.suffix in (".json", ".geojson", ".webmanifest"):
            json.loads(p.read_text("utf-8"))
            n += 1
    assert n >= 2  # at least the two sitemaps


def test_every_payload_is_exercised():
    """Guard against a payload list that silently shrinks."""
    assert len(PAYLOADS) >= 20 and any("{{" in p for p in PAYLOADS) and any("javascript:" in p for p in PAYLOADS)


def test_search_results_for_hostile_text_stay_inert(hostile, browser):
    """Search excerpts and titles come from the hostile pages; the result list must not run them."""
    ctx, server, edited = hostile
    from support import search

    bctx = browser.new_context(bypass_csp=True, viewport={"width": 412, "height": 823})
    bctx.add_init_script("window.__dialogs = 0; window.alert = window.confirm = window.prompt = () => { window.__dialogs++; };")
    page = bctx.new_page()
    try:
        page.goto(server.url, wait_until="networkidle")
        if page.locator("#arsip-q, .pagefind-ui__search-input").count() == 0:
            pytest.skip("no search box on this site")  # pragma: no cover - the archive has one
        for lang in ("", "en/"):
            for q in ("pwned", "script", "onerror", "onmouseover", "javascript", "jinja"):
                page.goto(server.url + lang, wait_until="networkidle")
                search(page, q)
                shown = page.locator("[role=listbox] [role=option], .pagefind-ui__result").count()
                assert page.evaluate(INSPECT) == [], (lang, q)
                assert page.evaluate("typeof window.pwned") == "undefined", (lang, q)
                assert page.evaluate("window.__dialogs") == 0, (lang, q)
                if q == "pwned":
                    assert shown > 0, lang  # the hostile pages really are in the results
    finally:
        bctx.close()
