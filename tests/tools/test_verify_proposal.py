"""scripts/tools/verify_proposal.py: what the job holding a write token accepts from the
read-only job of the proposal workflow (made-up artifacts, plus one made by `arsip from-issue`)."""

from __future__ import annotations

import ast
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from support import ROOT, copy_archive
from tools import verify_proposal as vp

SCRIPT = ROOT / "scripts" / "tools" / "verify_proposal.py"
MID = "contoh-usulan"  # made-up motif id, tests only


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 80, 40)).save(buf, "JPEG")
    return buf.getvalue()


def artifact(root: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A good artifact: one motif folder, one maker, an appended source, report and status."""
    files = {f"files/motifs/{MID}/motif.yml": b"id: contoh-usulan\n", f"files/motifs/{MID}/foto-1.jpg": jpeg(),
             "files/data/makers/contoh-pembuat.yml": b"id: contoh-pembuat\n",
             "report.txt": b"Dibuat / Created: motifs/contoh-usulan/motif.yml\n", "status": b"0\n", **(extra or {})}
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


@pytest.fixture
def repo(tmp_path):
    r = tmp_path / "repo"
    (r / "motifs").mkdir(parents=True)
    (r / "data").mkdir()
    (r / "data" / "sources.yml").write_text("sources:\n  - id: ada\n", "utf-8")
    return r


def refused(art: Path, repo: Path, words: str) -> None:
    with pytest.raises(vp.Refused) as e:
        vp.verify(art, repo)
    assert words in str(e.value), str(e.value)


def test_a_good_artifact_is_accepted_and_copied_in(tmp_path, repo):
    art = artifact(tmp_path / "a", {"files/data/sources.yml": b"sources:\n  - id: ada\n  - id: baru\n"})
    got = vp.verify(art, repo)
    assert got["motif_id"] == MID and got["status"] == 0
    assert sorted(got["files"]) == ["data/makers/contoh-pembuat.yml", "data/sources.yml",
                                    f"motifs/{MID}/foto-1.jpg", f"motifs/{MID}/motif.yml"]
    vp.apply(art, repo, got["files"])
    assert (repo / "motifs" / MID / "foto-1.jpg").read_bytes() == (art / f"files/motifs/{MID}/foto-1.jpg").read_bytes()
    assert (repo / "data" / "sources.yml").read_text("utf-8").endswith("- id: baru\n")


@pytest.mark.parametrize("rel", [".github/workflows/x.yml", "scripts/arsip/__init__.py", "data/sources.json",
                                 "data/glossary.yml", f"motifs/{MID}/sub/foto.jpg", f"motifs/{MID}/.gitattributes",
                                 "motifs/Huruf-Besar/motif.yml", "data/makers/x.py", "README.md"])
def test_a_path_outside_the_motif_folder_and_makers_is_refused(tmp_path, repo, rel):
    refused(artifact(tmp_path / "a", {f"files/{rel}": b"x: 1\n"}), repo, "")


def test_a_file_beside_files_is_refused(tmp_path, repo):
    refused(artifact(tmp_path / "a", {"run.sh": b"echo\n"}), repo, "outside files/")


@pytest.mark.parametrize("link", [f"files/motifs/{MID}/foto-2.jpg", "files/data/makers/lain.yml", "report.txt"])
def test_a_symbolic_link_is_refused(tmp_path, repo, link):
    art = artifact(tmp_path / "a")
    (art / link).unlink(missing_ok=True)
    os.symlink("/etc/passwd", art / link)
    refused(art, repo, "symbolic link")


def test_a_linked_folder_is_refused(tmp_path, repo):
    art = artifact(tmp_path / "a")
    os.symlink(ROOT / "scripts", art / "files" / "motifs" / "lain")
    refused(art, repo, "symbolic link")


def test_an_oversized_file_is_refused(tmp_path, repo):
    big = jpeg() + b"\0" * (vp.MAX_IMAGE + 1)
    refused(artifact(tmp_path / "a", {f"files/motifs/{MID}/foto-2.jpg": big}), repo, "too large")
    refused(artifact(tmp_path / "b", {f"files/motifs/{MID}/motif.yml": b"a" * (vp.MAX_TEXT + 1)}), repo, "too large")


def test_an_unexpected_extension_or_content_is_refused(tmp_path, repo):
    refused(artifact(tmp_path / "a", {f"files/motifs/{MID}/foto-2.svg": b"<svg/>"}), repo, "Only motifs")
    refused(artifact(tmp_path / "b", {f"files/motifs/{MID}/foto-2.jpg": b"<html>"}), repo, "not a jpg image")
    refused(artifact(tmp_path / "c", {f"files/motifs/{MID}/motif.yml": b"\xff\xfe"}), repo, "Not UTF-8")


def test_two_motif_folders_or_two_makers_are_refused(tmp_path, repo):
    refused(artifact(tmp_path / "a", {"files/motifs/motif-kedua/motif.yml": b"id: x\n"}), repo, "Exactly one")
    refused(artifact(tmp_path / "b", {"files/data/makers/kedua.yml": b"id: x\n"}), repo, "At most one maker")


def test_no_motif_or_no_record_is_refused(tmp_path, repo):
    art = artifact(tmp_path / "a")
    (art / "files" / "motifs" / MID / "motif.yml").unlink()
    refused(art, repo, "motif.yml is missing")
    shutil.rmtree(art / "files" / "motifs")
    refused(art, repo, "found 0")


def test_an_existing_motif_or_maker_is_not_overwritten(tmp_path, repo):
    (repo / "motifs" / MID).mkdir()
    refused(artifact(tmp_path / "a"), repo, "Already in the archive")


def test_sources_may_only_grow_at_the_end(tmp_path, repo):
    refused(artifact(tmp_path / "a", {"files/data/sources.yml": b"sources:\n  - id: diganti\n"}), repo, "only gain")
    grown = b"sources:\n  - id: ada\n" + b"#" * (vp.MAX_APPENDED + 1)
    refused(artifact(tmp_path / "b", {"files/data/sources.yml": grown}), repo, "")


def test_the_status_must_be_a_number(tmp_path, repo):
    refused(artifact(tmp_path / "a", {"status": b"0; rm -rf /\n"}), repo, "number")


def test_the_report_cannot_close_its_code_block(tmp_path, repo):
    text = "ok\n```\n@someone **bold**\x1b[31m\u202e\n".encode()
    report = vp.verify(artifact(tmp_path / "a", {"report.txt": text}), repo)["report"]
    assert "```" not in report and "\x1b" not in report and "\u202e" not in report and "@someone" in report


def test_the_script_uses_only_the_standard_library():
    """The write job runs it with the runner's python3, nothing installed."""
    tree = ast.parse(SCRIPT.read_text("utf-8"))
    mods = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    mods |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert mods <= set(sys.stdlib_module_names) | {"__future__"}, mods


def test_what_from_issue_makes_passes_and_the_command_writes_outputs(tmp_path):
    """The read-only job's steps on a stored issue body, then the write job's command line."""
    arc = copy_archive(tmp_path / "arc")
    subprocess.run(["git", "init", "-q"], cwd=arc.root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=arc.root, check=True)
    base = (arc.root / "data" / "sources.yml").read_bytes()
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "from-issue", str(ROOT / "tests/fixtures/issues/lengkap.md"),
                        "--number", "7", "--date", "2026-11-28"], cwd=arc.root, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    folder = arc.root / "motifs" / "sekar-gadung-wulung"
    for line in (folder / "images.txt").read_text("utf-8").splitlines():
        (folder / line.split()[1]).write_bytes(jpeg())  # the download step, without the network
    (folder / "images.txt").unlink()
    art = tmp_path / "usulan"  # the collect step of usulan.yml
    shutil.copytree(folder, art / "files" / "motifs" / folder.name)
    new = subprocess.run(["git", "ls-files", "--others", "--exclude-standard", "--", "data/makers"], cwd=arc.root,
                         capture_output=True, text=True, check=True).stdout.split()
    for rel in new:
        (art / "files" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(arc.root / rel, art / "files" / rel)
    shutil.copyfile(arc.root / "data" / "sources.yml", art / "files" / "data" / "sources.yml")
    (art / "report.txt").write_text(r.stdout, "utf-8")
    (art / "status").write_text("0\n", "utf-8")
    clean = tmp_path / "clean"  # the write job's checkout: the archive as it was
    shutil.copytree(ROOT / "motifs", clean / "motifs")
    (clean / "data").mkdir()
    (clean / "data" / "sources.yml").write_bytes(base)
    out = tmp_path / "gh-output"
    r = subprocess.run(["python3", str(SCRIPT), str(art), "--repo", str(clean), "--apply",
                        "--report", str(tmp_path / "report.txt")], capture_output=True, text=True,
                       env={**os.environ, "GITHUB_OUTPUT": str(out)})
    assert r.returncode == 0, r.stderr
    assert out.read_text("utf-8") == "motif_id=sekar-gadung-wulung\nstatus=0\n"
    assert (clean / "motifs" / "sekar-gadung-wulung" / "foto-1.jpg").is_file() and len(new) == 1
    assert (clean / new[0]).is_file()
    os.symlink("/etc/passwd", art / "files" / "motifs" / "sekar-gadung-wulung" / "foto-9.jpg")
    r = subprocess.run(["python3", str(SCRIPT), str(art), "--repo", str(tmp_path / "clean2")], capture_output=True,
                       text=True)
    assert r.returncode == 1 and "symbolic link" in r.stderr
