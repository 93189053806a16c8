"""The "Usulkan motif baru" issue form and `arsip from-issue`: stored bodies become valid records."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from arsip.cli import from_issue as issueform
from arsip.cli import new as scaffold
from arsip.core.paths import Archive
from support import ROOT, WA_NUMBER, copy_archive

FIXTURES = ROOT / "tests" / "fixtures" / "issues"
GOOD = {"lengkap": "sekar-gadung-wulung", "minimal": "thengul-mesem", "berantakan": "jagung-kencono"}


def arsip(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arsip.cli", *args], cwd=root, capture_output=True, text=True)


def fake_download(folder: Path) -> list[str]:
    """What the workflow's download step does, with placeholder photos instead of the network."""
    lines = (folder / "images.txt").read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        url, name = line.split()
        Image.new("RGB", (1600, 1200), (90 + 40 * i, 60, 30)).save(folder / name, "JPEG")
    (folder / "images.txt").unlink()
    return [ln.split()[0] for ln in lines]


def test_there_are_stored_bodies_including_a_messy_one():
    assert len(list(FIXTURES.glob("*.md"))) >= 3
    assert b"\r\n" in (FIXTURES / "berantakan.md").read_bytes()
    assert "_No response_" in (FIXTURES / "minimal.md").read_text("utf-8")


@pytest.mark.parametrize("fixture", sorted(GOOD))
def test_stored_issue_body_becomes_a_record_that_passes_check(tmp_path, fixture):
    copy_archive(tmp_path)
    r = arsip(tmp_path, "from-issue", str(FIXTURES / f"{fixture}.md"), "--number", "7", "--author", "pendamping",
              "--date", "2026-11-28", "--github-output", str(tmp_path / "gh-output"))
    assert r.returncode == 0, r.stderr
    folder = tmp_path / "motifs" / GOOD[fixture]
    urls = fake_download(folder)
    assert urls and all(u.startswith("https://github.com/user-attachments/assets/") for u in urls)
    r = arsip(tmp_path, "check")
    assert r.returncode == 0, r.stdout + r.stderr
    out = (tmp_path / "gh-output").read_text("utf-8")
    assert f"motif_id={GOOD[fixture]}\n" in out and f"folder=motifs/{GOOD[fixture]}\n" in out


@pytest.mark.slow
def test_all_three_proposals_build_into_pages(tmp_path):
    copy_archive(tmp_path)
    for fixture in GOOD:
        assert arsip(tmp_path, "from-issue", str(FIXTURES / f"{fixture}.md"), "--date", "2026-11-28").returncode == 0
        fake_download(tmp_path / "motifs" / GOOD[fixture])
    r = arsip(tmp_path, "build", "--site-url", "http://example.test/")
    assert r.returncode == 0, r.stderr
    for mid in GOOD.values():
        assert (tmp_path / "site" / "motif" / mid / "index.html").is_file()
    maker = (tmp_path / "site" / "pembuat" / "sanggar-batik-kencono" / "index.html").read_text("utf-8")
    assert "https://wa.me/6281234567890" in maker  # this maker opted in on the form
    maker = (tmp_path / "site" / "pembuat" / "batik-gadung-wulung-temayang" / "index.html").read_text("utf-8")
    assert not WA_NUMBER.search(maker) and "Jono" in maker and "Temayang" in maker


def test_complete_body_keeps_every_answer(tmp_path):
    copy_archive(tmp_path)
    a = issueform.parse_body((FIXTURES / "lengkap.md").read_text("utf-8"))
    p = issueform.to_proposal(Archive.here(tmp_path), a, number=7, author="siti", date="2026-11-28")
    v = p.values
    assert v["name"] == "Sekar Gadung Wulung" and v["other_names"] == ["Gadung Wulung", "Sekargadung"]
    assert v["themes"] == ["flora", "legend"] and v["techniques"] == ["tulis", "pewarna-alam"]
    assert v["depicts"][0] == {"object": "bunga gadung", "stands_for": "kesetiaan dan kesabaran"}
    assert v["year"] == 2024 and v["designer"] == "Siti Aminah"
    assert v["photo_licence"] == "CC-BY-NC-ND-4.0" and v["text_licence"] == "CC-BY-SA-4.0"
    assert v["consent_given"] is True and v["consent_by"] == "Siti Aminah"
    assert [im.alt for im in v["images"]][1] == "Detail bunga gadung berwarna ungu tua dengan isen-isen cecek"
    assert [im.kind for im in v["images"]] == ["cloth", "detail"]
    assert v["story"].count("\n\n") == 1  # paragraphs survive
    assert any(s.get("url") == "https://example.org/berita/pelatihan-batik-jono" for s in v["sources"])
    assert p.maker["district"] == "Temayang" and p.maker["contact"] == {"opt_in": False}


def test_messy_body_is_understood(tmp_path):
    copy_archive(tmp_path)
    text = (FIXTURES / "berantakan.md").read_bytes().decode("utf-8")
    a = issueform.parse_body(text)
    p = issueform.to_proposal(Archive.here(tmp_path), a, date="2026-11-28")
    v = p.values
    assert v["name"] == "Jagung Kencono"  # extra and trailing spaces gone
    assert v["other_names"] == ["Jagung Kencana", "Kencono"]
    assert v["themes"] == ["agriculture", "flora"]  # in the order chosen
    assert v["techniques"] == [] and v["year"] is None and v["designer"] == ""
    assert v["meaning"] == "Jagung kencono artinya jagung emas.\nMotif ini adalah doa agar panen selalu berhasil."
    assert "### Sejarah singkat" in v["story"]  # a heading typed inside an answer stays in the answer
    assert v["depicts"] == [{"object": "tongkol jagung", "stands_for": "panen yang melimpah"},
                            {"object": "rambut jagung", "stands_for": ""}]
    assert len(p.urls) == 2 and p.ignored_urls == ["https://www.instagram.com/p/abc123/"]
    assert v["text_licence"] == scaffold.DEFAULT_TEXT_LICENCE  # "_No response_" falls back to the default
    assert v["consent_given"] is True
    assert p.maker["contact"] == {"opt_in": True, "whatsapp": "6281234567890"}
    assert any("sekitar 2019" in n for n in p.notes) and any("instagram" in n for n in p.notes)


def test_existing_maker_is_referenced_not_duplicated(tmp_path):
    copy_archive(tmp_path)
    before = sorted(p.name for p in (tmp_path / "data" / "makers").iterdir())
    assert arsip(tmp_path, "from-issue", str(FIXTURES / "minimal.md")).returncode == 0
    data = yaml.safe_load((tmp_path / "motifs" / "thengul-mesem" / "motif.yml").read_text("utf-8"))
    assert data["makers"] == ["tiani-batik"]
    assert sorted(p.name for p in (tmp_path / "data" / "makers").iterdir()) == before


def test_unticked_consent_is_refused_by_check(tmp_path):
    copy_archive(tmp_path)
    assert arsip(tmp_path, "from-issue", str(FIXTURES / "tanpa-persetujuan.md")).returncode == 0
    fake_download(tmp_path / "motifs" / "thengul-cemberut")
    r = arsip(tmp_path, "check")
    assert r.returncode == 1
    assert "motifs/thengul-cemberut/motif.yml" in r.stderr and "[consent.given]" in r.stderr
    assert "Tulis true hanya bila pembuat sudah setuju" in r.stderr


def test_whatsapp_number_is_dropped_without_opt_in(tmp_path):
    copy_archive(tmp_path)
    text = (FIXTURES / "berantakan.md").read_bytes().decode("utf-8").replace("Ya / Yes", "Tidak / No")
    p = issueform.to_proposal(Archive.here(tmp_path), issueform.parse_body(text))
    assert p.maker["contact"] == {"opt_in": False}
    assert any("WhatsApp" in n for n in p.notes)


def test_converter_never_touches_the_network(tmp_path, monkeypatch):
    copy_archive(tmp_path)

    def no_network(*a, **k):
        raise AssertionError("the converter tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    from types import SimpleNamespace

    args = SimpleNamespace(root=str(tmp_path), body_file=str(FIXTURES / "lengkap.md"), number=1, author="a",
                           date="2026-11-28", github_output=None)
    assert issueform.cmd_from_issue(args) == 0
    assert (tmp_path / "motifs" / "sekar-gadung-wulung" / "images.txt").is_file()
    assert not list((tmp_path / "motifs" / "sekar-gadung-wulung").glob("*.jpg"))


def test_not_a_form_body_is_refused_clearly(tmp_path):
    copy_archive(tmp_path)
    body = tmp_path / "body.md"
    body.write_text("Halo, saya mau menambahkan motif.\n", "utf-8")
    r = arsip(tmp_path, "from-issue", str(body))
    assert r.returncode == 1 and "bukan formulir" in r.stderr and "Traceback" not in r.stderr


def test_body_made_from_the_form_parses_back():
    """Every field of the form, rendered the way GitHub renders it, is read back by the parser."""
    answers, parts = {}, []
    for f in issueform.fields():
        if f["type"] == "checkboxes":
            value = "\n".join(f"- [X] {o}" for o in f["options"])
        elif f["type"] == "dropdown":
            value = f["options"][-1]
        else:
            value = f"jawaban {f['id']}"
        answers[f["id"]] = value
        parts.append(f"### {f['label']}\n\n{value}")
    assert issueform.parse_body("\n\n".join(parts)) == answers


def test_committed_issue_form_is_generated_from_the_schema():
    committed = (ROOT / issueform.FORM_FILE).read_text("utf-8")
    assert committed == issueform.form_yaml(), "run: .venv/bin/arsip issue-form"
    form = yaml.safe_load(committed)
    assert form["name"] == "Usulkan motif baru" and issueform.LABEL in form["labels"]
    body = {item.get("id"): item for item in form["body"] if item.get("id")}
    assert len(body) == len(form["body"]) - 1  # ids are unique; one markdown intro
    lic = scaffold.enum_labels("licence")
    assert body["lisensi_foto"]["attributes"]["options"] == [lic[v]["id"] for v in scaffold.enum_values("licence")]
    assert body["tema"]["attributes"]["multiple"] is True
    assert all(o["required"] for o in body["persetujuan"]["attributes"]["options"])
    for fid in ("nama", "tema", "makna", "foto", "fotografer", "lisensi_foto", "lisensi_teks", "persetujuan_oleh"):
        assert body[fid]["validations"]["required"] is True, fid
    assert body["foto"]["type"] == "textarea"  # photos are attached in a textarea


def test_issue_form_is_valid_for_github():
    r = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-issue-forms",
                        str(ROOT / issueform.FORM_FILE)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
