"""One citation style everywhere, and makers shown only as far as they consented (issue 13).

On the built sample archive: a motif page's source list, its motifs.csv/.json row and its
JSON-LD `citation` give the very same citations, made from the registry; "cite this motif"
uses the record's own date and an access date; the IP-registration fact says what is
known and what is not; a maker whose consent is pending shows name and village only.
"""

from __future__ import annotations

import csv
import json
import re

import yaml

from arsip.core import urls
from arsip.records import cite
from support import ROOT, head_of, text_of

REGISTRY = {s["id"]: s for s in yaml.safe_load((ROOT / "data" / "sources.yml").read_text("utf-8"))["sources"]}


def _motif(mid: str) -> dict:
    return yaml.safe_load((ROOT / "motifs" / mid / "motif.yml").read_text("utf-8"))


def _page_citations(html: str) -> list[str]:
    block = html[html.index('id="sumber"'):]
    block = block[:block.index("</ol>")]
    return [text_of(c) for c in re.findall(r'<span class="arsip-cite">(.*?)</span>', block, re.S)]


def test_page_data_files_and_jsonld_give_the_same_citations(site):
    mid = "sekar-jati"
    expected = {lang: [cite.text(REGISTRY[s["id"]], lang) for s in _motif(mid)["sources"]] for lang in ("id", "en")}
    for lang, prefix in (("id", ""), ("en", "en/")):
        html = (site / f"{prefix}motif/{mid}/index.html").read_text("utf-8")
        assert _page_citations(html) == expected[lang]
        [doc] = [d for d in head_of(site / f"{prefix}motif/{mid}/index.html").jsonld() if d.get("@id")]
        assert doc["citation"] == expected[lang]
    row = next(r for r in csv.DictReader((site / "data" / "motifs.csv").open(encoding="utf-8")) if r["id"] == mid)
    assert row["sources_id"].split("|") == expected["id"] and row["sources_en"].split("|") == expected["en"]
    rec = next(r for r in json.loads((site / "data" / "motifs.json").read_text("utf-8")) if r["id"] == mid)
    assert rec["sources_id"] == expected["id"] and rec["source_ids"] == [s["id"] for s in _motif(mid)["sources"]]
    src = {r["id"]: r for r in csv.DictReader((site / "data" / "sources.csv").open(encoding="utf-8"))}
    for sid in rec["source_ids"]:
        assert src[sid]["citation_id"] in expected["id"]


def test_the_citation_says_undated_and_the_confidence_follows_the_one_rule(site):
    html = (site / "motif" / "sekar-jati" / "index.html").read_text("utf-8")
    assert "Perhutani. (tanpa tanggal). Perhutani bersama Kejari Bojonegoro" in text_of(html)
    en = (site / "en" / "motif" / "sekar-jati" / "index.html").read_text("utf-8")
    assert "Perhutani. (undated)." in text_of(en)
    rows = list(csv.DictReader((site / "data" / "sources.csv").open(encoding="utf-8")))
    rule = {"government": "high", "academic": "high", "news": "medium", "book": "medium", "maker": "medium",
            "blog": "low"}
    for r in rows:
        if r["confidence_reason_id"]:
            continue  # an override, with its written reason
        assert r["confidence"] == rule[r["kind"]], r["id"]
    kompas = next(r for r in rows if r["id"] == "kompas-2024-motif-hingga-makna")
    assert kompas["confidence"] == "medium"  # one news outlet, on every motif that cites it


def test_cite_this_motif_uses_the_record_date_and_an_access_date(site):
    html = (site / "motif" / "sekar-jati" / "index.html").read_text("utf-8")
    box = html[html.index('id="arsip-cite-sekar-jati">') + len('id="arsip-cite-sekar-jati">'):]
    box = text_of(box[:box.index("</p>")])
    assert box.startswith("Arsip Batik Bojonegoro. (28 November 2026). Sekar Jati. http")
    assert "(diakses pada [tanggal])." in box and "(2026)" not in box
    assert '<span data-arsip-today>[tanggal]</span>' in html  # filled in by arsip-share.js


def test_registration_fact_says_what_is_registered_by_whom_when_or_unknown(site):
    html = text_of((site / "motif" / "sekar-jati" / "index.html").read_text("utf-8"))
    assert ("Pendaftaran HKI Nama terdaftar: Sekar Jati; Pemegang: belum diketahui; Tahun: belum diketahui; "
            "Nomor pencatatan: belum diketahui Menurut ANTARA Jatim. (tanpa tanggal).") in html
    jagung = text_of((site / "motif" / "jagung-miji-emas" / "index.html").read_text("utf-8"))
    assert "Pendaftaran HKI" not in jagung and "Terdaftar HKI" not in jagung  # unknown stays unknown


def test_pending_maker_shows_business_name_and_village_only(site):
    mk = yaml.safe_load((ROOT / "data" / "makers" / "tiani-batik.yml").read_text("utf-8"))
    assert mk["consent"]["state"] == "pending"
    for prefix, words in (("", "Menunggu persetujuan pembuat"), ("en/", "Awaiting the maker's consent")):
        page = urls.Linker("en" if prefix else "id").file(urls.maker("tiani-batik"))  # English section names
        html = (site / prefix / page).read_text("utf-8")
        text = text_of(html)
        assert "UD Tiani Batik" in text and "Purwosari" in text and words in text
        assert "Kastiani" not in html and "Pesanggrahan" not in html  # people and story stay unpublished
        assert 'id="sumber"' not in html and 'id="kontak"' not in html
        motif = text_of((site / f"{prefix}motif/sekar-jati/index.html").read_text("utf-8"))
        assert "UD Tiani Batik" in motif and words.lower() in motif.lower()
    rows = json.loads((site / "data" / "makers.json").read_text("utf-8"))
    tiani = next(r for r in rows if r["id"] == "tiani-batik")
    assert tiani["consent"] == "pending" and tiani["village"] == "Purwosari"
    assert tiani["people"] == [] and tiani["about_id"] is None and tiani["sources_id"] == []
    assert b"Kastiani" not in (site / "data" / "makers.csv").read_bytes()
    assert b"Kastiani" not in (site / "data" / "sources.csv").read_bytes()
