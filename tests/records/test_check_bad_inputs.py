"""`arsip check` on bad input: one clear bilingual line per problem, non-zero exit, no traceback.

Each case breaks a private copy of the archive in one way that a contributor (or an
attacker) could, runs `arsip check` as a separate process exactly as a contributor would,
and asserts the message names the file, the field, and says what is wrong in Indonesian
and in English.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from support import copy_archive

MOTIF = "sekar-jati"
MFILE = f"motifs/{MOTIF}/motif.yml"
MAKER = "tiani-batik"
KFILE = f"data/makers/{MAKER}.yml"


def run_check(root: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arsip.cli", "check", *extra], cwd=root,
                          capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def motif_path(root: Path, mid: str = MOTIF) -> Path:
    return root / "motifs" / mid / "motif.yml"


def edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def edit_motif(change):
    return lambda root: edit(motif_path(root), change)


def edit_maker(change):
    return lambda root: edit(root / KFILE, change)


def photo(path: Path, size=(1200, 900), fmt="JPEG", **kw) -> None:
    Image.new("RGB", size, (150, 90, 40)).save(path, fmt, **kw)


def use_image(root: Path, name: str) -> None:
    edit(motif_path(root), lambda d: d["images"][0].update(file=name))


def replace_text(old: str, new: str, path: str = MFILE):
    def f(root: Path):
        p = root / path
        text = p.read_text("utf-8")
        assert old in text, old
        p.write_text(text.replace(old, new, 1), "utf-8")
    return f


def write_raw(data: bytes, path: str = MFILE):
    return lambda root: (root / path).write_bytes(data)


def set_field(key, value):
    return edit_motif(lambda d: d.__setitem__(key, value))


def del_field(*keys):
    def change(d):
        node = d
        for k in keys[:-1]:
            node = node[k]
        del node[keys[-1]]
    return edit_motif(change)


# -- breakers that need more than one line ---------------------------------------------

def duplicate_id(root: Path):
    shutil.copytree(root / "motifs" / MOTIF, root / "motifs" / "sekar-jati-dua")


def duplicate_name(root: Path):
    shutil.copytree(root / "motifs" / MOTIF, root / "motifs" / "sekar-jati-dua")
    edit(motif_path(root, "sekar-jati-dua"), lambda d: d.update(id="sekar-jati-dua"))


def corrupt_image(root: Path):
    (root / "motifs" / MOTIF / "ilustrasi.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))


def truncated_jpeg(root: Path):
    p = root / "motifs" / MOTIF / "foto.jpg"
    photo(p)
    p.write_bytes(p.read_bytes()[:600])
    use_image(root, "foto.jpg")


def text_file_as_image(root: Path):
    (root / "motifs" / MOTIF / "foto.jpg").write_text("bukan gambar", "utf-8")
    use_image(root, "foto.jpg")


def small_image(root: Path):
    photo(root / "motifs" / MOTIF / "kecil.jpg", size=(400, 300))
    use_image(root, "kecil.jpg")


def gif_image(root: Path):
    Image.new("P", (1000, 800)).save(root / "motifs" / MOTIF / "foto.png", "GIF")
    use_image(root, "foto.png")


def huge_image(root: Path):
    Image.new("1", (12000, 9000)).save(root / "motifs" / MOTIF / "besar.png", "PNG")  # 108 MP
    use_image(root, "besar.png")


def symlinked_image(root: Path):
    img = root / "motifs" / MOTIF / "ilustrasi.png"
    img.unlink()
    img.symlink_to(root / "motifs" / "pari-sumilak" / "ilustrasi.png")


def symlinked_image_outside(root: Path):
    outside = root.parent / f"{root.name}-outside.png"
    photo(outside, fmt="PNG")
    img = root / "motifs" / MOTIF / "ilustrasi.png"
    img.unlink()
    img.symlink_to(outside)


def symlinked_folder(root: Path):
    outside = root.parent / f"{root.name}-elsewhere"
    shutil.copytree(root / "motifs" / MOTIF, outside)
    edit(outside / "motif.yml", lambda d: d.update(id="motif-luar", name="Motif Luar"))
    (root / "motifs" / "motif-luar").symlink_to(outside, target_is_directory=True)


def symlinked_maker(root: Path):
    outside = root.parent / f"{root.name}-secret.yml"
    outside.write_text("rahasia: jangan dibaca\n", "utf-8")
    (root / "data" / "makers" / "pembuat-luar.yml").symlink_to(outside)


def hidden_char_file(root: Path):
    photo(root / "motifs" / MOTIF / "foto\u202egpj.png")


def spaced_file_name(root: Path):
    photo(root / "motifs" / MOTIF / "foto kain.jpg")
    use_image(root, "foto kain.jpg")


def wrong_file_name(root: Path):
    folder = root / "motifs" / MOTIF
    (folder / "motif.yml").rename(folder / "motif.yaml")


def billion_laughs(root: Path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    motif_path(root).write_text("\n".join(lines) + "\n", "utf-8")


def alias_only(root: Path):
    p = motif_path(root)
    p.write_text(p.read_text("utf-8").replace("name: Sekar Jati", "name: *nama"), "utf-8")


def oversized_file(root: Path):
    p = motif_path(root)
    p.write_text(p.read_text("utf-8") + "# " + "x" * 300_000 + "\n", "utf-8")


def deep_nesting(root: Path):
    motif_path(root).write_text("id: " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")


def latin1_file(root: Path):
    p = motif_path(root)
    p.write_bytes(p.read_text("utf-8").replace("Sekar Jati", "Sékar Jati", 1).encode("latin-1", "replace"))


def control_char(root: Path):
    p = motif_path(root)
    p.write_text(p.read_text("utf-8").replace("name: Sekar Jati", "name: Sekar\x07Jati"), "utf-8")


def contact_without_opt_in(root: Path):
    edit(root / KFILE, lambda d: d.update(contact={"opt_in": False, "whatsapp": "6281234567890"}))


# (case id, breaker, file, field, Indonesian words, English words)
CASES = [
    ("broken-yaml", write_raw(b"id: sekar-jati\nname: [Sekar Jati\nthemes: flora\n"), MFILE, ":3:",
     "Penulisan YAML salah", "YAML syntax error"),
    ("tab-indent", replace_text("  kind: official", "\tkind: official"), MFILE, ":",
     "Penulisan YAML salah", "indentation"),
    ("empty-file", write_raw(b""), MFILE, "", "Berkas kosong", "The file is empty"),
    ("list-not-fields", write_raw(b"- id: sekar-jati\n"), MFILE, "", "kelompok isian", "must contain fields"),
    ("duplicate-key", replace_text("added:", "meaning:\n  id: Makna kedua.\nadded:"), MFILE, "",
     "ditulis dua kali", "written twice"),
    ("complex-key", replace_text("added:", "? [a, b]\n: c\nadded:"), MFILE, "",
     "Nama isian harus berupa teks", "field name must be plain text"),
    ("wrong-type-year", set_field("year", "dua ribu sembilan"), MFILE, "[year]", "bilangan bulat", "whole number"),
    ("wrong-type-themes", set_field("themes", "flora"), MFILE, "[themes]", "daftar", "a list"),
    ("number-as-name", set_field("name", 2009), MFILE, "[name]", "tanda kutip", "quotes"),
    ("empty-value", set_field("meaning", None), MFILE, "[meaning]", "kosong", "empty"),
    ("missing-required", del_field("meaning"), MFILE, "[meaning]", "Isian wajib 'meaning' (Makna)",
     "Required field 'meaning' (Meaning)"),
    ("too-short", set_field("meaning", {"id": ""}), MFILE, "[meaning.id]", "terlalu pendek", "too short"),
    ("unknown-key-typo", edit_motif(lambda d: d.__setitem__("meanig", {"id": "x"})), MFILE, "[meanig]",
     "Mungkin maksudnya 'meaning'", "Did you mean 'meaning'"),
    ("unknown-key", edit_motif(lambda d: d.__setitem__("harga", 150000)), MFILE, "[harga]",
     "tidak dikenal. Isian yang boleh", "Unknown field 'harga'. Allowed fields"),
    ("theme-typo", set_field("themes", ["flroa"]), MFILE, "[themes[0]]",
     "Mungkin maksudnya 'flora'", "Did you mean 'flora'"),
    ("bad-licence", edit_motif(lambda d: d["images"][0].update(licence="CC BY-NC-ND")), MFILE,
     "[images[0].licence]", "tidak ada di daftar", "Choose one of: CC-BY-NC-ND-4.0"),
    ("missing-image-licence", edit_motif(lambda d: d["images"][0].pop("licence")), MFILE,
     "[images[0].licence]", "Isian wajib 'licence' (Lisensi gambar)", "(Image licence) is missing"),
    ("missing-text-licence", edit_motif(lambda d: d["rights"].pop("text_licence")), MFILE,
     "[rights.text_licence]", "(Lisensi teks) belum ada", "(Text licence) is missing"),
    ("no-consent", del_field("consent"), MFILE, "[consent]", "hanya diterbitkan bila pembuat",
     "published only when its maker"),
    ("consent-false", edit_motif(lambda d: d["consent"].update(given=False)), MFILE, "[consent.given]",
     "harus bernilai true", "Write true only when the maker has agreed"),
    ("consent-bad-date", edit_motif(lambda d: d["consent"].update(date="28-11-2026")), MFILE, "[consent.date]",
     "TTTT-BB-HH", "YYYY-MM-DD"),
    ("missing-alt", edit_motif(lambda d: d["images"][0].pop("alt")), MFILE, "[images[0].alt]",
     "Isian wajib 'alt' (Teks alternatif)", "(Alt text) is missing"),
    ("oversized-text", set_field("meaning", {"id": "kata " * 1500}), MFILE, "[meaning.id]",
     "terlalu panjang", "too long"),
    ("bad-maker-ref", set_field("makers", ["pembuat-tak-ada"]), MFILE, "[makers[0]]",
     "Pembuat 'pembuat-tak-ada' tidak ditemukan", "Maker 'pembuat-tak-ada' not found"),
    ("bad-related-ref", set_field("related", ["motif-tak-ada"]), MFILE, "[related[0]]",
     "tidak ditemukan", "not found"),
    ("related-to-itself", set_field("related", [MOTIF]), MFILE, "[related[0]]",
     "dirinya sendiri", "related to itself"),
    ("id-not-folder", set_field("id", "sekar-jatii"), MFILE, "[id]", "harus sama dengan nama folder",
     "must match the folder name"),
    ("duplicate-id", duplicate_id, "motifs/sekar-jati-dua/motif.yml", "[id]", "sudah dipakai motif lain",
     "already used by another motif"),
    ("duplicate-name", duplicate_name, "motifs/sekar-jati-dua/motif.yml", "[name]",
     "sudah dipakai motif 'sekar-jati'", "already used by motif 'sekar-jati'"),
    ("missing-image", edit_motif(lambda d: d["images"][0].update(file="tidak-ada.jpg")), MFILE,
     "[images[0].file]", "tidak ada di folder", "is not in motifs/sekar-jati/"),
    ("corrupt-image", corrupt_image, MFILE, "[images[0].file]", "bukan gambar yang bisa dibaca",
     "not a readable image"),
    ("truncated-jpeg", truncated_jpeg, MFILE, "[images[0].file]", "terpotong", "truncated"),
    ("text-as-image", text_file_as_image, MFILE, "[images[0].file]", "bukan gambar", "not a readable image"),
    ("small-image", small_image, MFILE, "[images[0].file]", "terlalu kecil: 400×300", "too small"),
    ("gif-image", gif_image, MFILE, "[images[0].file]", "tidak didukung", "not supported"),
    ("huge-image", huge_image, MFILE, "[images[0].file]", "terlalu besar", "too large"),
    ("dotdot-path", edit_motif(lambda d: d["images"][0].update(file="../pari-sumilak/ilustrasi.png")), MFILE,
     "[images[0].file]", "tidak boleh berisi folder atau '..'", "must not contain folders or '..'"),
    ("absolute-path", edit_motif(lambda d: d["images"][0].update(file="/etc/passwd.png")), MFILE,
     "[images[0].file]", "bukan alamat lengkap", "not a full path"),
    ("windows-path", edit_motif(lambda d: d["images"][0].update(file="C:\\Users\\ani\\foto.jpg")), MFILE,
     "[images[0].file]", "bukan alamat lengkap", "not a full path"),
    ("space-in-name", spaced_file_name, MFILE, "[images[0].file]", "tidak boleh berisi spasi", "must not contain spaces"),
    ("symlinked-image", symlinked_image, MFILE, "[images[0].file]", "bukan tautan", "not a link"),
    ("symlinked-image-outside", symlinked_image_outside, "motifs/sekar-jati/ilustrasi.png", "",
     "tidak boleh berupa tautan", "must not be symbolic links"),
    ("symlinked-folder", symlinked_folder, "motifs/motif-luar", "", "tidak boleh berupa tautan",
     "must not be a symbolic link"),
    ("symlinked-maker", symlinked_maker, "data/makers/pembuat-luar.yml", "", "tidak boleh berupa tautan",
     "must not be a symbolic link"),
    ("hidden-char-file-name", hidden_char_file, "motifs/sekar-jati/foto", "", "karakter tersembunyi",
     "hidden characters"),
    ("bidi-in-text", set_field("name", "Sekar \u202eitaJ"), MFILE, "[name]", "pembalik arah", "direction-override"),
    ("control-char", control_char, MFILE, ":", "karakter tersembunyi", "hidden character"),
    ("motif-yaml-name", wrong_file_name, "motifs/sekar-jati/motif.yaml", "", "menjadi 'motif.yml'",
     "Rename 'motif.yaml' to 'motif.yml'"),
    ("non-utf8", latin1_file, MFILE, ":", "bukan teks UTF-8", "not UTF-8"),
    ("python-tag", write_raw(b"id: !!python/object/apply:os.system ['echo HACKED']\n"), MFILE, ":1:",
     "Tag YAML khusus", "Special YAML tags"),
    ("custom-tag", replace_text("name: Sekar Jati", "name: !rahasia Sekar Jati"), MFILE, ":",
     "Tag YAML khusus", "Special YAML tags"),
    ("billion-laughs", billion_laughs, MFILE, ":1:", "Anchor YAML", "anchors"),
    ("alias", alias_only, MFILE, ":", "Alias YAML", "aliases"),
    ("oversized-file", oversized_file, MFILE, "", "terlalu besar", "too large"),
    ("deep-nesting", deep_nesting, MFILE, "", "terlalu bertingkat", "nested too deeply"),
    ("contact-without-opt-in", contact_without_opt_in, KFILE, "[contact.opt_in]", "UU PDP", "has not agreed"),
    ("contact-missing-opt-in", edit_maker(lambda d: d.update(contact={"whatsapp": "6281234567890"})), KFILE,
     "[contact.opt_in]", "Isian wajib 'opt_in'", "only if the maker agreed"),
    ("bad-whatsapp", edit_maker(lambda d: d.update(contact={"opt_in": True, "whatsapp": "0812 3456 7890"})), KFILE,
     "[contact.whatsapp]", "Mulai dengan 62", "Start with 62"),
    ("maker-unknown-key", edit_maker(lambda d: d.__setitem__("alamat", "Jl. Mawar 1")), KFILE, "[alamat]",
     "tidak dikenal", "Unknown field"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_one_clear_bilingual_line(tmp_path, case):
    name, breaker, file, field, words_id, words_en = case
    root = tmp_path / "arsip"
    root.mkdir()
    copy_archive(root)
    breaker(root)
    r = run_check(root)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "Traceback" not in out
    lines = [ln for ln in out.splitlines() if ln.startswith(file) and words_id in ln]
    assert lines, f"no line for {file} with {words_id!r}:\n{out}"
    line = lines[0]
    assert field in line, line
    assert "KESALAHAN/ERROR" in line
    idx, en = line.split(" | EN: ", 1)
    assert words_id in idx
    assert words_en in en, line
    assert str(tmp_path) not in out  # paths are shown relative to the archive


def test_at_least_thirty_bad_inputs():
    assert len(CASES) >= 30


def test_all_problems_are_reported_at_once(tmp_path):
    copy_archive(tmp_path)
    edit(motif_path(tmp_path), lambda d: (d.pop("meaning"), d.update(year="x")))
    edit(motif_path(tmp_path, "pari-sumilak"), lambda d: d["images"][0].update(file="hilang.jpg"))
    edit(tmp_path / KFILE, lambda d: d.update(kind="perajin"))
    r = run_check(tmp_path)
    assert r.returncode == 1
    assert "[meaning]" in r.stderr and "[year]" in r.stderr
    assert "motifs/pari-sumilak/motif.yml" in r.stderr and KFILE in r.stderr
    assert "4 kesalahan" in r.stderr and "4 error(s)" in r.stderr


def test_byte_order_mark_is_accepted(tmp_path):
    copy_archive(tmp_path)
    p = motif_path(tmp_path)
    p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"\n", b"\r\n"))
    r = run_check(tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Semua baik" in r.stdout


def test_gps_in_a_photo_is_a_warning_and_does_not_fail(tmp_path):
    copy_archive(tmp_path)
    im = Image.new("RGB", (1200, 900), (120, 80, 30))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "S", 2: (7.0, 9.0, 30.0), 3: "E", 4: (111.0, 53.0, 0.0)})
    im.save(tmp_path / "motifs" / MOTIF / "foto.jpg", exif=exif)
    use_image(tmp_path, "foto.jpg")
    (tmp_path / "motifs" / MOTIF / "ilustrasi.png").unlink()
    r = run_check(tmp_path)
    assert r.returncode == 0, r.stderr
    line = next(ln for ln in r.stderr.splitlines() if "GPS" in ln)
    assert line.startswith(f"{MFILE}:") and "[images[0].file]" in line and "PERINGATAN/WARNING" in line
    assert "lokasi GPS" in line and "GPS coordinates" in line


def test_unused_file_is_a_warning(tmp_path):
    copy_archive(tmp_path)
    photo(tmp_path / "motifs" / MOTIF / "cadangan.jpg")
    r = run_check(tmp_path)
    assert r.returncode == 0
    assert "motifs/sekar-jati/cadangan.jpg: PERINGATAN/WARNING: Gambar ini tidak dipakai" in r.stderr


def test_json_output_lists_every_problem_with_its_fields(tmp_path):
    copy_archive(tmp_path)
    edit(motif_path(tmp_path), lambda d: d.pop("meaning"))
    r = run_check(tmp_path, "--format", "json")
    assert r.returncode == 1
    problems = json.loads(r.stdout)
    p = next(p for p in problems if p["field"] == "meaning")
    assert p["file"] == MFILE and p["severity"] == "error" and isinstance(p["line"], int)
    assert "Makna" in p["id"] and "Meaning" in p["en"] and p["code"] == "schema.required"


def test_github_output_is_workflow_annotations(tmp_path):
    copy_archive(tmp_path)
    edit(motif_path(tmp_path), lambda d: d.update(year="x, y: z"))
    photo(tmp_path / "motifs" / "pari-sumilak" / "cadangan.jpg")
    r = run_check(tmp_path, "--format", "github")
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    err = next(ln for ln in lines if ln.startswith("::error "))
    props, msg = err[len("::error "):].split("::", 1)
    assert props.startswith(f"file={MFILE},line=")
    assert "title=arsip check [year]" in props
    assert "bilangan bulat" in msg and "| EN: " in msg and "\n" not in msg
    assert any(ln.startswith("::warning file=motifs/pari-sumilak/cadangan.jpg,") for ln in lines)


def test_unexpected_crash_becomes_a_problem_not_a_traceback(tmp_path, monkeypatch, capsys):
    from arsip import build, cli

    def boom(arc):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(build, "load_collection", boom)
    copy_archive(tmp_path)
    assert cli.main(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "kesalahan program (RuntimeError: simulated bug)" in err and "program error" in err


@pytest.mark.slow
def test_valid_archive_still_builds(tmp_path):
    copy_archive(tmp_path)
    r = run_check(tmp_path)
    assert r.returncode == 0, r.stderr
    b = subprocess.run([sys.executable, "-m", "arsip.cli", "build", "--site-url", "http://example.test/"],
                       cwd=tmp_path, capture_output=True, text=True)
    assert b.returncode == 0, b.stderr
    assert (tmp_path / "site" / "motif" / MOTIF / "index.html").is_file()
