"""`arsip check` refuses content that cannot be trusted or that says too much (issue 13).

Each case breaks a private copy of the archive the way a contributor could, runs
`arsip check` as a contributor would, and asserts the one line it prints: the file, the
exact line of the offending field, the field, and what is wrong in Indonesian and English.
Beside them, the real records (which follow the rules) give no such line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import copy_archive

LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): \[(?P<field>.+?)\] (?P<sev>KESALAHAN/ERROR|PERINGATAN/WARNING): "
                  r"(?P<id>.*) \| EN: (?P<en>.*)$")
REGISTRY = "data/sources.yml"


def run_check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arsip.cli", "check"], cwd=root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def problems(root: Path) -> list[dict]:
    r = run_check(root)
    out = r.stdout + r.stderr
    assert "Traceback" not in out, out
    return [m.groupdict() | {"rc": r.returncode} for m in map(LINE.match, out.splitlines()) if m]


def line_of(path: Path, text: str, after: str | None = None) -> int:
    """1-based number of the first line containing `text` (after the first line containing `after`)."""
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, ln in enumerate(lines) if after in ln) if after else 0
    return next(i for i, ln in enumerate(lines) if i >= start and text in ln) + 1


def dump(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture
def root(tmp_path):
    r = tmp_path / "arsip"
    r.mkdir()
    copy_archive(r)
    return r


def only(found: list[dict], file: str, field: str) -> dict:
    hits = [p for p in found if p["file"] == file and p["field"] == field and p["sev"] == "KESALAHAN/ERROR"]
    assert len(hits) == 1, (file, field, found)
    assert hits[0]["rc"] == 1
    return hits[0]


def test_the_real_records_pass_these_checks(root):
    found = problems(root)
    assert not [p for p in found if p["sev"] == "KESALAHAN/ERROR"], found


def test_unknown_source_id_is_refused(root):
    path = root / "motifs" / "sekar-jati" / "motif.yml"
    text = path.read_text("utf-8").replace("  - id: rynari-2016-selembar-batik", "  - id: rynari-2061-selembar-batik", 1)
    path.write_text(text, "utf-8")
    p = only(problems(root), "motifs/sekar-jati/motif.yml", "sources[1].id")
    assert int(p["line"]) == line_of(path, "id: rynari-2061-selembar-batik")
    assert "Sumber 'rynari-2061-selembar-batik' tidak ada di data/sources.yml" in p["id"]
    assert "Source 'rynari-2061-selembar-batik' is not in data/sources.yml" in p["en"]


def test_unknown_source_id_in_glossary_lesson_and_maker_is_refused_too(root):
    for rel, old in (("data/glossary.yml", "      - id: infobatik-alat-canting"),
                     ("data/lessons/sekar-jati-fase-ab.yml", "      id: guru-kemdikbud-cp-seni-rupa-fase-b"),
                     ("data/makers/sesa-batik.yml", "  - id: infobatik-sentra-desa-jono")):
        path = root / rel
        path.write_text(path.read_text("utf-8").replace(old, old + "-x", 1), "utf-8")
    found = [p for p in problems(root) if "tidak ada di data/sources.yml" in p["id"]]
    by_file = {p["file"]: p for p in found}
    assert set(by_file) == {"data/glossary.yml", "data/lessons/sekar-jati-fase-ab.yml", "data/makers/sesa-batik.yml"}
    assert by_file["data/glossary.yml"]["field"].startswith("terms[") and by_file["data/glossary.yml"]["field"].endswith(".id")
    assert by_file["data/lessons/sekar-jati-fase-ab.yml"]["field"] == "capaian[1].source.id"
    assert by_file["data/makers/sesa-batik.yml"]["field"] == "sources[1].id"
    for rel, p in by_file.items():
        assert int(p["line"]) == line_of(root / rel, "-x"), (rel, p)
        assert "is not in data/sources.yml" in p["en"]


def test_the_same_address_registered_twice_is_refused(root):
    path = root / REGISTRY
    data = yaml.safe_load(path.read_text("utf-8"))
    twin = dict(next(s for s in data["sources"] if s["id"] == "kompas-2024-motif-hingga-makna"))
    twin["id"] = "kompas-lagi"
    twin["url"] = twin["url"].replace("https://", "http://") + "/"  # the same page, written differently
    data["sources"].append(twin)
    dump(path, data)
    n = len(data["sources"]) - 1
    p = only(problems(root), REGISTRY, f"sources[{n}].url")
    assert int(p["line"]) == line_of(path, "url:", after="id: kompas-lagi")
    assert "sudah tercatat sebagai sumber 'kompas-2024-motif-hingga-makna'" in p["id"]
    assert "is already registered as source 'kompas-2024-motif-hingga-makna'" in p["en"]


def test_the_same_source_id_twice_is_refused(root):
    path = root / REGISTRY
    data = yaml.safe_load(path.read_text("utf-8"))
    twin = dict(data["sources"][0], url="https://example.org/lain", title="Sumber lain")
    data["sources"].append(twin)
    dump(path, data)
    n = len(data["sources"]) - 1
    p = only(problems(root), REGISTRY, f"sources[{n}].id")
    lines = path.read_text("utf-8").splitlines()
    assert int(p["line"]) == max(i for i, ln in enumerate(lines) if ln.strip() == f"- id: {twin['id']}") + 1
    assert "sudah dipakai sumber nomor 1" in p["id"] and "is already used by source number 1" in p["en"]


def test_registered_with_a_note_of_doubt_and_no_number_or_holder_is_refused(root):
    # The record as it was before issue 13: registered, while its own note doubts it is this motif.
    path = root / "motifs" / "jagung-miji-emas" / "motif.yml"
    text = path.read_text("utf-8").replace("  set_year: 2009\n", "  set_year: 2009\n  registration:\n"
                                           "    registered: true\n    name: Jagung\n", 1)
    path.write_text(text, "utf-8")
    p = only(problems(root), "motifs/jagung-miji-emas/motif.yml", "status.registration.registered")
    assert int(p["line"]) == line_of(path, "registered: true")
    assert "meragukannya" in p["id"] and "rights.note" in p["id"] and "Yang belum pasti dibiarkan kosong" in p["id"]
    assert "doubts it" in p["en"] and "What is not certain stays empty" in p["en"]


def test_registered_without_doubt_or_with_a_number_is_accepted(root):
    # Sekar Jati is registered according to ANTARA and nothing in the record doubts it; a doubtful
    # registration that names its number and holder is no longer only a source's word.
    path = root / "motifs" / "jagung-miji-emas" / "motif.yml"
    text = path.read_text("utf-8").replace("  set_year: 2009\n", "  set_year: 2009\n  registration:\n"
                                           "    registered: true\n    name: Jagung\n    number: EC00201912345\n"
                                           "    holder: Pemerintah Kabupaten Bojonegoro\n", 1)
    path.write_text(text, "utf-8")
    assert not [p for p in problems(root) if p["field"] == "status.registration.registered"]


@pytest.mark.parametrize("where, value, words_id, words_en", [
    ("village", "Purwosari (Dusun Korgan)", "dusun/dukuh", "a hamlet (dusun)"),
    ("village", "Purwosari RT 02 RW 05", "RT/RW", "an RT/RW"),
    ("village", "Jl. Raya Purwosari", "nama jalan", "a street"),
    ("about", "Rumah produksinya di Dusun Korgan, Desa Purwosari.", "dusun/dukuh", "a hamlet (dusun)"),
    ("about", "Titik lokasinya -7.1502, 111.8821.", "titik koordinat", "coordinates"),
])
def test_a_maker_location_finer_than_the_village_is_refused(root, where, value, words_id, words_en):
    path = root / "data" / "makers" / "tiani-batik.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    if where == "village":
        data["village"] = value
    else:
        data["about"]["id"] = value
    dump(path, data)
    field = "village" if where == "village" else "about.id"
    p = only(problems(root), "data/makers/tiani-batik.yml", field)
    assert int(p["line"]) == line_of(path, "village:" if where == "village" else value.split(",")[0][:20])
    assert words_id in p["id"] and ("desa" in p["id"]) and "kecamatan" in p["id"]
    assert words_en in p["en"] and "village" in p["en"] and "district" in p["en"]


@pytest.mark.parametrize("missing", ["by", "date", "how"])
def test_consent_given_without_who_when_or_how_is_refused(root, missing):
    path = root / "data" / "makers" / "sekar-rinambat.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["consent"] = {"state": "given", "by": "Tri Astutik", "date": "2026-12-01",
                       "how": {"id": "Formulir persetujuan bertanda tangan", "en": "A signed consent form"}}
    del data["consent"][missing]
    dump(path, data)
    p = only(problems(root), "data/makers/sekar-rinambat.yml", f"consent.{missing}")
    assert int(p["line"]) == line_of(path, "consent:")
    assert f"Isian wajib '{missing}'" in p["id"] and f"Required field '{missing}'" in p["en"]
    assert "pembuat sendiri" in p["id"] and "maker themself" in p["en"]  # why: the schema's hint


def test_consent_given_by_someone_who_is_not_the_maker_is_refused(root):
    path = root / "data" / "makers" / "sekar-rinambat.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["consent"] = {"state": "given", "by": "Tim Arsip Batik Bojonegoro", "date": "2026-11-28",
                       "how": {"id": "Disusun tim arsip dari sumber publik"}}
    dump(path, data)
    p = only(problems(root), "data/makers/sekar-rinambat.yml", "consent.by")
    assert int(p["line"]) == line_of(path, "by: Tim Arsip Batik Bojonegoro")
    assert "bukan pembuat di catatan ini" in p["id"] and "Persetujuan hanya sah dari pembuat sendiri" in p["id"]
    assert "not a maker in this record" in p["en"] and "counts only from the maker" in p["en"]


def test_consent_given_by_the_maker_is_accepted(root):
    path = root / "data" / "makers" / "sekar-rinambat.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["consent"] = {"state": "given", "by": "tri  astutik", "date": "2026-12-01",
                       "how": {"id": "Formulir persetujuan bertanda tangan", "en": "A signed consent form"}}
    dump(path, data)
    assert not [p for p in problems(root) if p["file"] == "data/makers/sekar-rinambat.yml"]
