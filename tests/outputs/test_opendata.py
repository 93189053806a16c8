"""Open data: motifs and makers as CSV and JSON, described by a Frictionless Data Package that
they validate against; every motif is in them, values round-trip, contacts only with consent."""

from __future__ import annotations

import csv
import json
import shutil

from frictionless import validate

from arsip.records import crosswalk
from support import MAKER_IDS, MOTIF_IDS, record


def test_data_files_validate_against_their_datapackage(site):
    report = validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:10]
    assert {t.name for t in report.tasks} == {"motifs-csv", "motifs-json", "makers-csv", "makers-json",
                                              "sources-csv", "sources-json", "bojonegoro-kecamatan-ringkas-geojson",
                                              "bojonegoro-desa-ringkas-geojson", "readme-md",  # + map (issue 20)
                                              "products-csv", "katalog-meta-csv"}  # issue 19
    pkg = json.loads((site / "data" / "datapackage.json").read_text("utf-8"))
    assert pkg["licenses"][0]["name"] == "CC-BY-SA-4.0"
    for res in pkg["resources"]:
        if res["path"].startswith("peta/"):  # the boundary data: its own licence, not tabular
            assert res["licenses"][0]["name"] == "CC-BY-3.0-IGO" and (site / "data" / res["path"]).is_file()
            continue
        assert res["licenses"] and res["sources"] and res["schema"]["primaryKey"] == ["id"]
        assert all(f.get("title") for f in res["schema"]["fields"])


def test_validation_catches_bad_data(site, tmp_path):
    """The check above is not blind: a wrong type or an unknown status fails it."""
    data = tmp_path / "data"
    shutil.copytree(site / "data", data)
    rows = json.loads((data / "motifs.json").read_text("utf-8"))
    rows[0]["year"] = "sekitar 2009"
    rows[1]["status"] = "bogus"
    rows[2]["themes"] = "flora"  # must be a list in JSON
    (data / "motifs.json").write_text(json.dumps(rows), "utf-8")
    report = validate(str(data / "datapackage.json"))
    assert not report.valid
    bad = {(e[0], e[1]) for e in report.flatten(["rowNumber", "fieldName"])}
    assert {(2, "year"), (3, "status"), (4, "themes")} <= bad


def test_every_motif_and_maker_is_in_the_data(site):
    rows = list(csv.DictReader((site / "data" / "motifs.csv").open(encoding="utf-8", newline="")))
    js = json.loads((site / "data" / "motifs.json").read_text("utf-8"))
    assert [r["id"] for r in rows] == MOTIF_IDS == [r["id"] for r in js]
    makers = json.loads((site / "data" / "makers.json").read_text("utf-8"))
    assert [r["id"] for r in makers] == MAKER_IDS
    for row, j in zip(rows, js):
        m = record(row["id"])
        assert row["name"] == j["name"] == m["name"]
        assert row["meaning_id"] == m["meaning"]["id"] and row["meaning_en"] == m["meaning"].get("en", "")
        assert row["themes"].split(crosswalk.SEP) == j["themes"] == m["themes"]
        assert (row["other_names"].split(crosswalk.SEP) if row["other_names"] else []) == m.get("other_names", [])
        assert j["depicts_id"] == [d["object"]["id"] for d in m.get("depicts", [])]
        assert row["url_id"].endswith(f"/motif/{m['id']}/") and row["short_url"].endswith(f"/m/{m['id']}/")
        assert row["text_licence"] == m["rights"]["text_licence"]
        assert row["image_url"] and (site / row["image_url"].split("/", 3)[3]).is_file()


def test_every_column_is_described_from_the_schema(site):
    pkg = json.loads((site / "data" / "datapackage.json").read_text("utf-8"))
    fields = {f["name"]: f for f in pkg["resources"][0]["schema"]["fields"]}
    assert fields["meaning_id"]["title"] == "Meaning (id)"
    assert fields["status"]["constraints"]["enum"] == ["official", "registered", "community"]
    assert fields["name"]["rdfType"] == "http://purl.org/dc/elements/1.1/title"
    assert "separated by '|'" in fields["themes"]["description"]


def test_contacts_are_published_only_with_consent(built, tmp_path):
    from arsip.records.crosswalk import Env, flat
    from arsip.core.urls import Published

    env = Env(Published.of("https://x.test/"), built.col.makers, built.col.motifs_by_maker, built.images)
    mk = {"id": "uji", "name": "Uji", "kind": "artisan", "district": "Kapas", "about": {"id": "a"},
          "sources": [{"title": "s"}], "contact": {"opt_in": False, "whatsapp": "6281234567890", "instagram": "uji",
                                                         "address": "Jl. Uji 1"}}
    row = flat("maker", mk, env, joined=True)
    assert row["whatsapp"] is None and row["instagram"] is None and row["address"] is None
    mk["contact"]["opt_in"] = True
    row = flat("maker", mk, env, joined=True)
    assert row["whatsapp"] == "6281234567890" and row["instagram"] == "uji" and row["address"] == "Jl. Uji 1"
