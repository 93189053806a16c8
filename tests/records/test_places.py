"""Place names (issue 20): the official kecamatan and desa from the boundary data, the alias
table, and `arsip check` refusing an unknown or misspelt name with "did you mean …?"."""

from __future__ import annotations

import json

import pytest
import yaml

from arsip.records import crosswalk, places
from arsip.records.collection import load_collection
from arsip.core.paths import Archive
from arsip.core.urls import Published

from support import MAKER_IDS, MOTIF_IDS, ROOT, copy_archive, record


@pytest.fixture(scope="module")
def official():
    return places.load(ROOT)


def test_the_boundary_data_has_the_28_kecamatan_and_430_villages(official):
    assert len(official.kecamatan) == 28 and list(official.kecamatan) == sorted(official.kecamatan)
    assert len(official.villages()) == 430
    assert sum(k.n_desa + k.n_kelurahan for k in official.kecamatan.values()) == 430
    assert all(a.kind in ("desa", "kelurahan") for a in official.villages())
    assert [a.kind for a in official.water()] == ["perairan"]
    for kec in official.kecamatan.values():  # every label point lies inside its own polygon
        assert places.contains(kec, *kec.label), kec.name


def test_every_real_maker_and_motif_place_resolves_to_an_official_name(official):
    for mid in MAKER_IDS:
        mk = yaml.safe_load((ROOT / "data" / "makers" / f"{mid}.yml").read_text("utf-8"))
        kec = official.find_kecamatan(mk["district"])
        assert kec and kec.name == mk["district"], mid
        desa = official.find_desa(kec.name, mk["village"])
        assert desa and desa.name == mk["village"] and places.contains(desa, *desa.label), mid
    filled = [mid for mid in MOTIF_IDS if record(mid).get("places")]
    assert len(filled) >= 7
    for mid in filled:
        for p in record(mid)["places"]:
            kec = official.find_kecamatan(p["kecamatan"])
            assert kec and kec.name == p["kecamatan"], mid
            assert not p.get("desa") or official.find_desa(kec.name, p["desa"]), mid


@pytest.mark.parametrize("kec, written, official_name", [
    ("Tambakrejo", "Dologgede", "Dolokgede"),  # motif-facts §3: "also spelled Dologgede"
    ("Kalitidu", "Wotan Ngare", "Wotanngare"),  # BPS writes it in two words
    ("Kapas", "Tanjung Harjo", "Tanjungharjo"),
    ("Margomulyo", "Sumberejo", "Sumberjo"),  # a BPS spelling from manifest.json
])
def test_aliases_join_the_spellings_of_one_village(official, kec, written, official_name):
    assert official.find_desa(kec, written).name == official_name


def test_kecamatan_aliases(official):
    assert official.find_kecamatan("Kepoh Baru").name == "Kepohbaru"
    assert official.find_kecamatan("Sumberejo").name == "Sumberrejo"  # the BPS spelling
    assert official.find_kecamatan("Bojonegara") is None
    assert official.suggest_kecamatan("Temayung") == ["Temayang"]


def _problems(col, file, field):
    return [p for p in col.problems if p.file == file and p.field == field]


def test_check_refuses_unknown_names_with_a_suggestion_in_both_languages(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.makers / "sekar-rinambat.yml"
    path.write_text(path.read_text("utf-8").replace("village: Dolokgede", "village: Dolokgde"), "utf-8")
    sesa = arc.makers / "sesa-batik.yml"
    sesa.write_text(sesa.read_text("utf-8").replace("district: Temayang", "district: Temayung"), "utf-8")
    motif = arc.motifs / "parang-dahono-munggal" / "motif.yml"
    motif.write_text(motif.read_text("utf-8").replace("desa: Sendangharjo", "desa: Jono"), "utf-8")
    col = load_collection(arc)
    [p] = _problems(col, "data/makers/sekar-rinambat.yml", "village")
    assert p.severity == "error" and "'Dolokgede'" in p.id and "'Dolokgede'" in p.en
    assert "Mungkin maksud Anda" in p.id and "Did you mean" in p.en
    assert p.line == next(i for i, ln in enumerate(path.read_text("utf-8").splitlines(), 1) if ln.startswith("village:"))
    [p] = _problems(col, "data/makers/sesa-batik.yml", "district")
    assert p.severity == "error" and "'Temayang'" in p.id and "'Temayang'" in p.en and p.line
    [p] = _problems(col, "motifs/parang-dahono-munggal/motif.yml", "places[0].desa")
    assert p.severity == "error" and "Temayang" in p.id and "Temayang" in p.en  # Jono exists, in another kecamatan
    text = motif.read_text("utf-8").splitlines()
    assert text[p.line - 1].strip() == "desa: Jono"


def test_an_alias_spelling_is_a_warning_and_published_in_the_official_spelling(tmp_path):
    arc = copy_archive(tmp_path)
    path = arc.makers / "sekar-rinambat.yml"
    path.write_text(path.read_text("utf-8").replace("village: Dolokgede", "village: Dologgede"), "utf-8")
    col = load_collection(arc)
    [p] = _problems(col, "data/makers/sekar-rinambat.yml", "village")
    assert p.severity == "warning" and "'Dolokgede'" in p.en
    assert not col.problems.errors
    assert col.makers["sekar-rinambat"]["village"] == "Dolokgede"


def test_without_boundary_data_nothing_is_checked(tmp_path):
    arc = Archive.here(tmp_path)
    assert not places.load(arc.root)


def test_open_data_has_the_places_with_their_codes(official):
    env = crosswalk.Env(Published.of("http://x/"), places=official)
    row = crosswalk.flat("motif", record("surya-salak-kartika"), env, joined=False)
    assert row["places_kecamatan"] == ["Kapas"] and row["places_kecamatan_code"] == ["35.22.14"]
    assert row["places_desa"] == ["Wedi", "Tanjungharjo"]
    assert row["places_desa_code"] == ["35.22.14.2008", "35.22.14.2007"]
    csv_row = crosswalk.flat("motif", record("sata-gondo-wangi"), env, joined=True)
    assert csv_row["places_kecamatan"] == "Sukosewu|Baureno|Kedungadem"
    ld = crosswalk.jsonld_props("motif", record("parang-dahono-munggal"), env, "en")
    assert ld["contentLocation"][0]["identifier"] == "35.22.04.2006"
    assert "Sendangharjo" in ld["contentLocation"][0]["name"]


def test_the_datapackage_lists_the_boundary_files_under_their_own_licence():
    from arsip.outputs import opendata

    pkg = opendata.datapackage("http://x/")
    geo = [r for r in pkg["resources"] if r["path"].startswith("peta/")]
    assert {r["path"] for r in geo} >= {"peta/bojonegoro-kecamatan-ringkas.geojson", "peta/bojonegoro-desa-ringkas.geojson"}
    for r in geo:
        assert [lic["name"] for lic in r["licenses"]] == ["CC-BY-3.0-IGO"]
        assert "BPS" in r["description"] and "CC BY-IGO 3.0" in r["description"]
    data = json.loads((ROOT / "data" / "peta" / "bojonegoro-kecamatan-ringkas.geojson").read_text("utf-8"))
    assert "CC BY-IGO 3.0" in data["attribution"]
