"""No record or file can make the build read or write outside the archive and its output:
`../` and absolute image paths, symbolic links, odd Unicode names and look-alike ids are
refused by `arsip build` (and `arsip check`), and nothing is written outside the archive."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys

import pytest
import yaml

from arsip.build import check as load_collection

from support import copy_archive, page_writer
from support import MAKER_IDS, MOTIF_IDS
from support import snapshot

MID = MOTIF_IDS[0]


def edit_motif(built_arc, fn, mid=MID):
    path = built_arc.motifs / mid / "motif.yml"
    data = yaml.safe_load(path.read_text("utf-8"))
    fn(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def build_refuses(tmp_path, built_arc, *needles):
    """`arsip build` fails naming the problem, and writes nothing anywhere but .build/.cache/site."""
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    own = tuple(built_arc.root / n for n in ("site", ".build", ".cache"))
    before = snapshot(tmp_path, skip=own)
    site_before = snapshot(built_arc.site) if built_arc.site.exists() else None
    r = subprocess.run([sys.executable, "-m", "arsip.cli", "build"], cwd=built_arc.root, capture_output=True, text=True)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    for n in needles:
        assert n in r.stderr, (n, r.stderr)
    assert snapshot(tmp_path, skip=own) == before
    if site_before is not None:
        assert snapshot(built_arc.site) == site_before
    return r.stderr


@pytest.fixture
def built_arc(tmp_path):
    a = copy_archive(tmp_path / "archive")
    subprocess.run([sys.executable, "-m", "arsip.cli", "build"], cwd=a.root, check=True, capture_output=True)
    return a


@pytest.mark.parametrize("bad", ["../sekar-jati/ilustrasi.png", "/etc/passwd", "..\\ilustrasi.png",
                                 "sub/ilustrasi.png", "ilustrasi.png/../../x.png", "%2e%2e/x.png", ".hidden.png"])
def test_image_paths_outside_the_folder_are_refused(tmp_path, built_arc, bad):
    edit_motif(built_arc, lambda d: d["images"][0].update(file=bad))
    build_refuses(tmp_path, built_arc, f"motifs/{MID}/motif.yml", "images[0].file")


def test_symlinked_image_pointing_outside_is_refused(tmp_path, built_arc):
    secret = tmp_path / "outside-secret.png"
    shutil.copy(next((built_arc.motifs / MID).glob("*.png")), secret)
    edit_motif(built_arc, lambda d: d["images"][0].update(file="link.png"))
    (built_arc.motifs / MID / "link.png").symlink_to(secret)
    build_refuses(tmp_path, built_arc, f"motifs/{MID}/link.png", "images[0].file")


def test_symlinked_motif_folder_maker_file_and_page_are_refused(tmp_path, built_arc):
    other = tmp_path / "elsewhere"
    shutil.copytree(built_arc.motifs / MID, other)
    (built_arc.motifs / "tautan").symlink_to(other, target_is_directory=True)
    (tmp_path / "maker.yml").write_text((built_arc.makers / f"{MAKER_IDS[0]}.yml").read_text("utf-8"), "utf-8")
    (built_arc.makers / f"{MAKER_IDS[0]}.yml").unlink()
    (built_arc.makers / f"{MAKER_IDS[0]}.yml").symlink_to(tmp_path / "maker.yml")
    (tmp_path / "secret.txt").write_text("rahasia", "utf-8")
    (built_arc.docs / "id" / "rahasia.md").symlink_to(tmp_path / "secret.txt")
    (built_arc.docs / "assets" / "hosts").symlink_to("/etc/hosts")
    err = build_refuses(tmp_path, built_arc, "motifs/tautan", f"data/makers/{MAKER_IDS[0]}.yml",
                        "docs/id/rahasia.md", "docs/assets/hosts")
    assert "symlink" in err.lower() or "symbolic link" in err.lower()


@pytest.mark.parametrize("name", ["sekar-jati-e\u0301", "jati\u202egnp", "ja\u200bti", "\uff4a\uff41\uff54\uff49",
                                  "jati\x07", "sekar-jat\u0456"])
def test_odd_unicode_folder_names_are_refused(tmp_path, built_arc, name):
    shutil.copytree(built_arc.motifs / MID, built_arc.motifs / name)
    edit_motif(built_arc, lambda d: d.update(name=d["name"] + " Dua"), mid=name)
    err = build_refuses(tmp_path, built_arc, "motifs/")
    assert "a-z" in err


@pytest.mark.parametrize("twin", ["Sekar-Jati", "sekarjati"])
def test_look_alike_ids_are_refused(tmp_path, built_arc, twin):
    src = "sekar-jati" if (built_arc.motifs / "sekar-jati").is_dir() else MID
    shutil.copytree(built_arc.motifs / src, built_arc.motifs / twin)
    edit_motif(built_arc, lambda d: d.update(id=twin, name=d["name"] + " Kembar"), mid=twin)
    build_refuses(tmp_path, built_arc, f"motifs/{twin}/motif.yml")


def _twin(ident: str) -> str:
    return ident.replace("-", "") if "-" in ident else ident[:2] + "-" + ident[2:]


def test_look_alike_glossary_ids_are_refused(tmp_path, built_arc):
    data = yaml.safe_load(built_arc.glossary.read_text("utf-8"))
    t0 = copy.deepcopy(data["terms"][0])
    data["terms"].append({**t0, "id": _twin(t0["id"]), "term": t0["term"] + " kembar"})
    built_arc.glossary.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    build_refuses(tmp_path, built_arc, "data/glossary.yml", "terlalu mirip", "too close")


def test_former_id_that_looks_like_another_motif_is_refused(tmp_path, built_arc):
    other = next(m for m in MOTIF_IDS if m != MID)
    edit_motif(built_arc, lambda d: d.update(redirect_from=[_twin(other)]))
    build_refuses(tmp_path, built_arc, f"motifs/{MID}/motif.yml", "terlalu mirip", "too close")


def test_page_writer_never_writes_outside_its_folder(tmp_path):
    built_arc = copy_archive(tmp_path)
    col = load_collection(built_arc)
    w = page_writer(built_arc, col)
    with pytest.raises(ValueError):
        w.write("../../../escape.md", "glossary.md.j2", terms=[], front="")
    assert not (tmp_path.parent / "escape.md").exists()
