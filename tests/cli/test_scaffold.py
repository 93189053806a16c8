"""`arsip new`: a commented template that, once filled in, passes `arsip check` and is published."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from arsip.cli import new as scaffold
from arsip.records import schema
from arsip.records.yamlout import scalar
from support import copy_archive


def arsip(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arsip.cli", *args], cwd=root, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_new_then_fill_in_passes_check_and_appears_on_the_site(tmp_path):
    copy_archive(tmp_path)
    Image.new("RGB", (1600, 1200), (150, 90, 40)).save(tmp_path / "IMG_2041.JPG")
    r = arsip(tmp_path, "new", "--name", "Sekar Gadung Wulung", "--theme", "flora", "--theme", "legend",
              "--image", "IMG_2041.JPG", "--alt", "Kain batik cokelat bermotif bunga gadung ungu",
              "--credit", "Siti Aminah", "--date", "2026-11-28")
    assert r.returncode == 0, r.stderr
    assert "motifs/sekar-gadung-wulung/motif.yml" in r.stdout
    folder = tmp_path / "motifs" / "sekar-gadung-wulung"
    assert (folder / "img-2041.jpg").is_file()
    text = (folder / "motif.yml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../scripts/arsip/schemas/motif.schema.json\n")

    # Before filling in: check names exactly what is still missing.
    r = arsip(tmp_path, "check")
    assert r.returncode == 1
    assert "[meaning.id]" in r.stderr and "Makna, bahasa Indonesia" in r.stderr
    assert "[consent.given]" in r.stderr and "[consent.by]" in r.stderr

    # Filling in the template as a contributor would in a text editor.
    text = text.replace('meaning:\n  id: ""', 'meaning:\n  id: Bunga gadung ungu melambangkan kesetiaan warga desa.')
    text = text.replace("  given: false\n  by: ''", "  given: true\n  by: Siti Aminah")
    text = text.replace("# local_wisdom:\n#   id: ...\n#   en: ...",
                        "local_wisdom:\n  id: Umbi gadung dimakan saat paceklik setelah direndam berhari-hari.\n  en: ''")
    (folder / "motif.yml").write_text(text, "utf-8")
    r = arsip(tmp_path, "check")
    assert r.returncode == 0, r.stderr
    r = arsip(tmp_path, "build", "--site-url", "http://example.test/")
    assert r.returncode == 0, r.stderr
    page = (tmp_path / "site" / "motif" / "sekar-gadung-wulung" / "index.html").read_text("utf-8")
    assert "Sekar Gadung Wulung" in page and "Bunga gadung ungu melambangkan kesetiaan warga desa." in page
    assert "Umbi gadung dimakan saat paceklik" in page
    assert (tmp_path / "site" / "en" / "motif" / "sekar-gadung-wulung" / "index.html").is_file()


def test_new_refuses_an_existing_id_and_changes_nothing(tmp_path):
    copy_archive(tmp_path)
    before = (tmp_path / "motifs" / "sekar-jati" / "motif.yml").read_bytes()
    r = arsip(tmp_path, "new", "--name", "Sekar  Jati", "--theme", "flora")
    assert r.returncode == 1
    assert "Kode motif 'sekar-jati' sudah dipakai (motifs/sekar-jati/)" in r.stderr
    assert "already taken" in r.stderr and "Traceback" not in r.stderr
    assert (tmp_path / "motifs" / "sekar-jati" / "motif.yml").read_bytes() == before


def test_new_refuses_an_id_that_is_a_former_id(tmp_path):
    copy_archive(tmp_path)
    p = tmp_path / "motifs" / "pari-sumilak" / "motif.yml"
    p.write_text(p.read_text("utf-8") + "redirect_from:\n  - padi-mekar\n", "utf-8")
    r = arsip(tmp_path, "new", "--name", "Padi Mekar", "--theme", "flora")
    assert r.returncode == 1 and "redirect_from" in r.stderr
    assert not (tmp_path / "motifs" / "padi-mekar").exists()


def test_new_rejects_an_unknown_theme_with_a_suggestion(tmp_path):
    copy_archive(tmp_path)
    r = arsip(tmp_path, "new", "--name", "Motif Uji", "--theme", "flroa")
    assert r.returncode == 1
    assert "Tema 'flroa' tidak ada di daftar" in r.stderr and "Did you mean 'flora'?" in r.stderr
    assert not (tmp_path / "motifs" / "motif-uji").exists()


def test_id_is_made_from_the_name():
    assert scaffold.make_id("Sêkar  Jati: Baru!") == "sekar-jati-baru"
    assert scaffold.make_id("Pelem-pelem Suminar") == "pelem-pelem-suminar"
    assert len(scaffold.make_id("Motif " * 40)) <= 60


def test_template_follows_the_schema():
    text = scaffold.render({"name": "Motif Uji", "id": "motif-uji"})
    raw = schema.raw("motif")
    for key, node in raw["properties"].items():
        assert f"\n{key}:" in text or f"\n# {key}:" in text, key
        title = scaffold.schema.node_at("motif", [key]).get("title")
        if title:
            assert f"# {title} (" in text, key
    for name in ("theme", "licence", "image.kind", "status.kind", "technique"):
        for value in scaffold.enum_values(name):
            assert f"#   {value}: " in text, (name, value)
    # keys appear in the schema's order
    order = [text.find(f"\n{k}:") if f"\n{k}:" in text else text.find(f"\n# {k}:") for k in raw["properties"]]
    assert order == sorted(order)


def test_fully_filled_values_validate_without_edits():
    values = {
        "id": "motif-uji", "name": "Motif Uji: \"kutip\" #pagar", "other_names": ["Motif  Uji", "yes"],
        "themes": ["flora", "industry"], "meaning": "Baris satu.\n\nParagraf dua: dengan titik dua.",
        "meaning_en": "Line one.", "local_wisdom": "  diawali spasi", "story": "- seperti daftar",
        "depicts": [{"object": "daun jati", "object_en": "teak leaf", "stands_for": "kekayaan: hutan"}],
        "makers": ["tiani-batik"], "year": 2024, "designer": "Ibu Ani",
        "images": [scaffold.Image(file="foto.jpg", alt="Kain batik cokelat", credit="Ani", licence="CC-BY-4.0")],
        "text_licence": "CC-BY-SA-4.0", "consent_given": True, "consent_by": "Ani", "date": "2026-11-28",
        "techniques": ["tulis"],
    }
    data = yaml.safe_load(scaffold.render(values))
    errors = list(schema.validator("motif").iter_errors(data))
    assert errors == []
    assert data["name"] == values["name"] and data["other_names"] == ["Motif  Uji", "yes"]
    assert data["meaning"]["id"] == values["meaning"] and data["local_wisdom"]["id"] == "diawali spasi"
    assert data["story"]["id"] == "- seperti daftar" and data["consent"]["given"] is True
    assert data["images"][0]["licence"] == "CC-BY-4.0"


@pytest.mark.parametrize("text", [
    "biasa", "titik: dua", "# pagar", "'kutip'", '"ganda"', "yes", "null", "2009", "2026-11-28", "- daftar",
    "[kurung]", "{kurawal}", "&anchor", "*alias", "!tag", "%persen", "@at", "`tick`", "baris\nkedua",
    "baris\n\n  menjorok", " awal spasi", "akhir: ", "tab\tdi tengah", "ünïcödé ꦧꦠꦶꦏ꧀", "a|b>c", "\\garis miring",
    "baris satu\n- dua\n# tiga", "x" * 300,
])
def test_scalars_read_back_exactly(text):
    for indent in (2, 4, 8):
        snippet = "a:\n" + " " * (indent - 2) + "k: " + scalar(text, indent) + "\n"
        inner = yaml.safe_load(snippet)["a"] if indent > 2 else yaml.safe_load("k: " + scalar(text, 2))
        assert inner["k"] == text, snippet


def test_interactive_questions_fill_the_essentials(tmp_path):
    copy_archive(tmp_path)
    photo = tmp_path / "foto kain.jpg"
    Image.new("RGB", (1600, 1200), (150, 90, 40)).save(photo)
    answers = iter(["Jagung Kencana", "4,1", "Tongkol jagung emas melambangkan panen yang melimpah.",
                    str(photo), "Kain batik kuning bermotif tongkol jagung", "Budi", "", "2", "y", "Budi Santoso"])
    said = []
    values, sources = {}, []
    scaffold.ask_missing(values, sources, ask=lambda prompt: next(answers), say=said.append)
    assert values["themes"] == ["agriculture", "flora"]
    assert values["photo_licence"] == "CC-BY-NC-ND-4.0" and values["text_licence"] == "CC-BY-SA-4.0"
    assert values["consent_given"] is True and values["consent_by"] == "Budi Santoso"
    assert any("Pertanian dan peternakan" in s for s in said)
    from arsip.core.paths import Archive

    folder = scaffold.create(Archive.here(tmp_path), {**values, "date": "2026-11-28"}, sources)
    assert (folder / "foto-kain.jpg").is_file()
    r = arsip(tmp_path, "check")
    assert r.returncode == 0, r.stderr
