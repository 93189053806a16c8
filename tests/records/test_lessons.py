"""Lesson kits: valid data, every modul-ajar component on the page, and filters that count right."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from arsip.records import lessons as L
from arsip.core.paths import Archive
from arsip.build import check as load_collection

from support import ROOT

KITS = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((ROOT / "data" / "lessons").glob("*.yml"))}

# Every part of a modul ajar (users-needs.md, section A1) and the id of its heading on a kit page.
MODUL_AJAR_IDS = [
    "informasi-umum", "identitas", "kompetensi-awal", "profil", "sarana", "target", "model",
    "komponen-inti", "capaian", "tujuan", "pemahaman", "pemantik", "kegiatan", "asesmen", "rubrik",
    "pengayaan", "remedial", "refleksi", "lampiran", "lkpd", "bahan-bacaan", "glosarium", "daftar-pustaka",
]


def test_at_least_one_kit_per_phase_group_and_all_valid():
    col = load_collection(Archive.here(ROOT))
    assert [p for p in col.problems if "lessons" in p.file] == []
    assert sorted(k["id"] for k in col.lessons) == sorted(KITS)
    groups = {L.phase_group(p) for k in KITS.values() for p in k["phases"]}
    assert groups == set(L.PHASE_GROUPS)


def test_kit_activities_fit_their_lesson_hours():
    for kid, k in KITS.items():
        budget = k["hours"] * min(L.JP_MINUTES[p] for p in k["phases"])
        assert 0 < L.total_minutes(k) <= budget, kid


def _archive_with_kit(tmp_path: Path, kit: dict) -> Archive:
    for name in ("motifs", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / "data" / "lessons" / f"{kit['id']}.yml").write_text(yaml.safe_dump(kit, allow_unicode=True), "utf-8")
    return Archive.here(tmp_path)


def test_bad_kit_gets_plain_bilingual_messages(tmp_path):
    kit = dict(KITS["stilasi-fase-d"], id="kit-rusak", phases=["G"], motifs=["sekar-jatti"])
    col = load_collection(_archive_with_kit(tmp_path, kit))
    probs = [p for p in col.problems.errors if p.file == "data/lessons/kit-rusak.yml"]
    assert any(p.field == "phases[0]" and "Pilih salah satu" in p.id and "Choose one of" in p.en for p in probs), probs
    assert all(p.line for p in probs)
    assert "kit-rusak" not in {k["id"] for k in col.lessons}


def test_kit_must_point_at_existing_motifs(tmp_path):
    kit = dict(KITS["stilasi-fase-d"], id="kit-salah-motif", motifs=["sekar-jatti"])
    col = load_collection(_archive_with_kit(tmp_path, kit))
    [p] = [p for p in col.problems.errors if p.file == "data/lessons/kit-salah-motif.yml"]
    assert p.field == "motifs[0]" and "sekar-jatti" in p.id and p.code == "ref.motif"


def test_dimension_labels_are_the_regulations_names_with_no_invented_former_names():
    labels = L.labels("dimension")
    assert len(L.defs()["dimension"]["enum"]) == 8
    # Permendikdasmen 10/2025, Pasal 4, names them exactly so; it states no "former" names.
    assert labels["keimanan"]["id"] == "Keimanan dan ketakwaan terhadap Tuhan Yang Maha Esa"
    assert labels["kewargaan"]["id"] == "Kewargaan"
    assert "x-old-labels" not in L.defs()["dimension"]


@pytest.mark.parametrize("lang", ["", "en/"])
def test_kit_page_has_every_modul_ajar_component(site, lang):
    for kid, k in KITS.items():
        html = (site / f"{lang}{'learn' if lang else 'belajar'}/{kid}/index.html").read_text("utf-8")  # English section name
        for anchor in MODUL_AJAR_IDS:
            assert f'id="{anchor}"' in html, (kid, anchor)
        # activities with minutes, and a rubric with four levels per criterion
        for a in k["activities"]:
            assert f'<td class="arsip-num">{a["minutes"]}</td>' in html
        assert html.count("<tr><th scope=\"row\">") >= len(k["assessment"]["rubric"])
        assert f'<td class="arsip-num">{L.total_minutes(k)}</td>' in html


def test_belajar_index_lists_counts_without_javascript(site):
    html = (site / "belajar" / "index.html").read_text("utf-8")
    phases = Counter(p for k in KITS.values() for p in k["phases"])
    subjects = Counter(s for k in KITS.values() for s in k["subjects"])
    for p in "ABCDEF":
        assert f'data-phase="{p}">' in html and f"<b>{phases[p]}</b>" in html.split(f'data-phase="{p}">')[1][:200]
    for s in L.defs()["subject"]["enum"]:
        assert f"<b>{subjects[s]}</b>" in html.split(f'data-subject="{s}">')[1][:200]
    assert html.count('class="arsip-kit-item"') == len(KITS)


def test_belajar_filters_give_the_right_counts_and_a_shareable_address(server, page):
    page.goto(server.url + "belajar/")
    items = page.locator(".arsip-kit-item")
    assert items.count() == len(KITS)
    for p in "ABCDEF":
        page.select_option("select[name=fase]", p)
        want = sum(p in k["phases"] for k in KITS.values())
        assert page.locator(".arsip-kit-item:visible").count() == want, p
        assert page.locator(".arsip-kit-count").get_attribute("data-count") == str(want)
        assert f"fase={p}" in page.url
        # each subject option counts the kits it would show together with this phase
        for s in L.defs()["subject"]["enum"]:
            n = sum(p in k["phases"] and s in k["subjects"] for k in KITS.values())
            assert page.locator(f"select[name=mapel] option[value={s}]").get_attribute("data-count") == str(n), (p, s)
    page.select_option("select[name=fase]", "")
    for s in L.defs()["subject"]["enum"]:
        page.select_option("select[name=mapel]", s)
        want = sum(s in k["subjects"] for k in KITS.values())
        assert page.locator(".arsip-kit-item:visible").count() == want, s
    # the address can be shared: opening it applies the same filter
    page.goto(server.url + "belajar/?fase=D&mapel=prakarya")
    want = sum("D" in k["phases"] and "prakarya" in k["subjects"] for k in KITS.values())
    assert page.locator(".arsip-kit-item:visible").count() == want
    assert page.errors == [], page.errors


def test_kit_follows_a_renamed_motif_with_a_warning(tmp_path):
    arc = _archive_with_kit(tmp_path, dict(KITS["stilasi-fase-d"], id="kit-lama", motifs=["gatra-rinonce"]))
    path = arc.motifs / "gatra-rinonce" / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data.update(id="gatra-rinonce-baru", redirect_from=["gatra-rinonce"])
    (arc.motifs / "gatra-rinonce").rename(arc.motifs / "gatra-rinonce-baru")
    (arc.motifs / "gatra-rinonce-baru" / "motif.yml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    col = load_collection(arc)
    assert [p for p in col.problems.errors if "lessons" in p.file] == []
    [warn] = [p for p in col.problems.warnings if p.file == "data/lessons/kit-lama.yml"]
    assert "gatra-rinonce-baru" in warn.id and warn.code == "ref.renamed"
    kit = next(k for k in col.lessons if k["id"] == "kit-lama")
    assert [m["id"] for m in L.kit_motifs(kit, col)] == ["gatra-rinonce-baru"]
