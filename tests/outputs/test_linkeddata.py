"""Linked metadata: schema.org JSON-LD and Dublin Core on every motif page, makers as Person or
Organization, the archive as a Collection/Dataset, all from one mapping table, and contributor
text can never break out of the JSON-LD <script> element."""

from __future__ import annotations

import pytest

import json

import yaml

from arsip.core import urls
from arsip.core import prose
from arsip.records import crosswalk, schema
from arsip.build import web_build
from arsip.pages.metadata import script_json
from support import copy_archive
from support import head_of
from support import MAKER_IDS, MOTIF_IDS

SITE_URL = "http://127.0.0.1:8000/"
LANGS = (("id", ""), ("en", "en/"))


def motif_url(mid, lang="id"):
    return f"{SITE_URL}{'en/' if lang == 'en' else ''}motif/{mid}/"


def maker_url(mid, lang="id"):
    return f"{SITE_URL}{'en/' if lang == 'en' else ''}{urls.Linker(lang).url(urls.maker(mid))}"


def test_every_motif_page_has_complete_json_ld(built, site):
    for mid in MOTIF_IDS:
        m = built.col.motif(mid)
        for lang, prefix in LANGS:
            docs = head_of(site / prefix / "motif" / mid / "index.html").jsonld()
            assert len(docs) == 1, (mid, lang)
            d = docs[0]
            assert d["@context"] == "https://schema.org" and d["@type"] == "VisualArtwork"
            assert d["@id"] == motif_url(mid) and d["url"] == motif_url(mid, lang)
            assert d["identifier"] == mid and d["name"] == m["name"] and d["inLanguage"] == lang
            if m.get("other_names"):
                assert d["alternateName"] == m["other_names"]
            desc = {x["@language"]: x["@value"] for x in d["description"]}
            assert desc["id"] == prose.plain(m["meaning"]["id"])
            if m["meaning"].get("en"):
                assert desc["en"] == prose.plain(m["meaning"]["en"])
            if (m.get("designer") or {}).get("name"):
                assert d["creator"][0]["name"] == m["designer"]["name"]
            assert [p["@id"] for p in d.get("producer", [])] == [maker_url(k) for k in m.get("makers", [])]
            for p in d.get("producer", []):
                assert p["@type"] == ("Person" if built.col.makers[p["@id"].split("/")[-2]]["kind"] == "artisan"
                                      else "Organization")
            if m.get("year"):
                assert d["dateCreated"] == str(m["year"])
            assert d["license"] == schema.licence_url(m["rights"]["text_licence"])
            img = d["image"]["contentUrl"]
            assert img.startswith(SITE_URL) and (site / img[len(SITE_URL):]).is_file()
            assert d["image"]["width"]["value"] > 0 and d["image"]["license"].startswith("https://")
            labels = {schema.enum_label("theme", t, lang) for t in m["themes"]}
            assert labels <= set(d["keywords"])
            assert d["isPartOf"]["@id"] == SITE_URL and {"Collection", "Dataset"} <= set(d["isPartOf"]["@type"])
            assert d["datePublished"] == m["added"]


def test_makers_are_persons_or_organizations_with_the_ids_motifs_use(built, site):
    for mk in MAKER_IDS:
        rec = built.col.makers[mk]
        for lang, prefix in LANGS:
            (d,) = head_of(site / prefix / urls.Linker(lang).file(urls.maker(mk))).jsonld()
            assert d["@type"] == ("Person" if rec["kind"] == "artisan" else "Organization")
            assert d["@id"] == maker_url(mk) and d["url"] == maker_url(mk, lang) and d["name"] == rec["name"]
            assert ("address" in d) or ("homeLocation" in d)
            assert d["image"].startswith(SITE_URL + "share/pembuat/")


def test_home_page_describes_the_archive_as_a_collection_and_dataset(built, site):
    for lang, prefix in LANGS:
        (d,) = head_of(site / prefix / "index.html").jsonld()
        assert {"Collection", "Dataset"} <= set(d["@type"]) and d["@id"] == SITE_URL
        assert d["collectionSize"] == len(MOTIF_IDS)
        assert {x["@language"] for x in d["description"]} == {"id", "en"}
        files = [x["contentUrl"] for x in d["distribution"]]
        assert SITE_URL + "data/motifs.csv" in files
        for url in files:
            assert (site / url[len(SITE_URL):]).is_file(), url


def test_every_motif_page_has_dublin_core_tags(built, site):
    for mid in MOTIF_IDS:
        m = built.col.motif(mid)
        for lang, prefix in LANGS:
            head = head_of(site / prefix / "motif" / mid / "index.html")
            assert {lk["rel"]: lk["href"] for lk in head.links}["schema.DC"] == "http://purl.org/dc/elements/1.1/"
            assert head.one("DC.title") == m["name"]
            assert head.one("DC.identifier") == motif_url(mid)  # the stable id-language address
            assert head.one("DC.language") == lang
            assert head.one("DC.rights") == schema.licence_url(m["rights"]["text_licence"])
            assert head.one("DC.description").startswith(prose.plain(m["meaning"].get(lang) or m["meaning"]["id"])[:40])
            assert {schema.enum_label("theme", t, lang) for t in m["themes"]} <= set(head.prop("DC.subject"))
            if m.get("year"):
                assert head.one("DC.date") == str(m["year"])
            assert head.prop("DC.contributor") == [built.col.makers[k]["name"] for k in m.get("makers", [])]
            assert head.prop("DC.creator") == ([m["designer"]["name"]] if (m.get("designer") or {}).get("name") else [])


def test_the_mapping_table_is_the_single_source(built):
    """Every mapped field exists in the record schema; DC and schema.org outputs come from the table."""
    for kind, table in crosswalk.TABLES.items():
        fields = {name for name, _, _ in schema.walk_fields(kind)}
        for row in table:
            assert row.field is None or row.field in fields, (kind, row.field)
    env = crosswalk.Env(__import__("arsip.core.urls", fromlist=["Published"]).Published.of(SITE_URL),
                        built.col.makers, built.col.motifs_by_maker, built.images)
    m = built.col.motif(MOTIF_IDS[0])
    names = {n for n, _ in crosswalk.dc_meta("motif", m, env, "id")}
    assert names <= {f"{'DC' if r.dc in crosswalk.DC_ELEMENTS else 'DCTERMS'}.{r.dc}" for r in crosswalk.MOTIF if r.dc}
    props = set(crosswalk.jsonld_props("motif", m, env, "id"))
    assert props <= {r.so for r in crosswalk.MOTIF if r.so}


def test_script_json_cannot_end_its_script_element():
    evil = 'x </script><script>alert(1)</script> <!-- & \u2028 "q"'
    s = script_json({"a": evil})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"a": evil}


@pytest.mark.slow
def test_contributor_text_cannot_break_out_of_the_page_head(tmp_path):
    evil = "</script><script>alert(1)</script>"
    arc = copy_archive(tmp_path)
    mid = next(m for m in MOTIF_IDS if yaml.safe_load((arc.motifs / m / "motif.yml").read_text("utf-8")).get("makers"))
    path = arc.motifs / mid / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["meaning"] = {"id": f"Makna {evil} & <b>tebal</b> \"kutip\"", "en": f"Meaning {evil}"}
    data["designer"] = {"name": f"Perancang {evil}"}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    mk_path = arc.makers / f"{data['makers'][0]}.yml"
    mk = yaml.safe_load(mk_path.read_text("utf-8"))
    mk["name"] = f"Sanggar {evil}"
    mk_path.write_text(yaml.safe_dump(mk, allow_unicode=True), "utf-8")
    web_build(arc, site_url=SITE_URL)
    pages = [arc.site / "motif" / mid / "index.html", arc.site / "en" / "motif" / mid / "index.html",
             arc.site / "pembuat" / data["makers"][0] / "index.html"]
    for page in pages:
        head = head_of(page)
        for attrs, text in head.scripts:
            if "alert(1)" in text:  # only ever as data inside the JSON-LD
                assert attrs.get("type") == "application/ld+json", (page, attrs, text[:200])
        (d,) = head.jsonld()
        blob = json.dumps(d, ensure_ascii=False)
        assert evil in blob
        # the text stays inside its attribute (one tag, text intact; Markdown ">" marks are dropped)
        assert "</script<scriptalert(1)</script" in head.one("og:description").replace("Sanggar ", "") \
            or evil in head.one("og:title")
    d = head_of(pages[0]).jsonld()[0]
    assert d["creator"][0]["name"] == f"Perancang {evil}"
    assert d["producer"][0]["name"] == f"Sanggar {evil}"
    assert head_of(pages[0]).one("DC.creator") == f"Perancang {evil}"
