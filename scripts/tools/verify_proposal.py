"""Check a proposal artifact before a job with a write token touches it, then copy it in.

The "Usulkan motif baru" workflow converts a stranger's issue, downloads and normalises
the photos in a job with a read-only token, and uploads the result. The job that may push
a branch and comment runs only this file (standard library only, nothing to install): it
never decodes an image or parses the YAML, it checks names, kinds and sizes.

Artifact layout (what the unprivileged job uploads):
    files/motifs/<id>/motif.yml and photos (.jpg .jpeg .png .webp)   exactly one motif
    files/data/makers/<maker>.yml                                      at most one, new
    files/data/sources.yml       optional: the repository's file with entries appended
    report.txt                   what `arsip from-issue` and `arsip check` printed
    status                       the exit status of `arsip check` (a number)

    python3 scripts/tools/verify_proposal.py ARTIFACT --repo . [--apply] [--report OUT]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import sys
from pathlib import Path

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
MOTIF_FILE = re.compile(rf"motifs/(?P<id>{SLUG})/(?P<name>motif\.yml|{SLUG}\.(?P<ext>jpg|jpeg|png|webp))")
MAKER_FILE = re.compile(rf"data/makers/{SLUG}\.yml")
SOURCES = "data/sources.yml"
TOP = {"report.txt", "status"}  # beside files/
MAGIC = {"jpg": (b"\xff\xd8\xff",), "jpeg": (b"\xff\xd8\xff",), "png": (b"\x89PNG\r\n\x1a\n",), "webp": (b"RIFF",)}
MAX_ID = 80
MAX_IMAGE = 25 * 1024 * 1024  # what the download step accepts (curl --max-filesize)
MAX_TEXT = 256 * 1024  # records/yamlsafe.MAX_BYTES
MAX_APPENDED = 64 * 1024  # new entries of data/sources.yml
MAX_REPORT = 64 * 1024
MAX_PHOTOS = 12
MAX_TOTAL = 120 * 1024 * 1024


class Refused(Exception):
    """The artifact holds something a proposal cannot hold (message in Indonesian | English)."""


def _walk(root: Path) -> list[tuple[str, os.stat_result]]:
    """(relative path, lstat) of every regular file under root; refuse links and special files."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath, name)
            st = p.lstat()
            rel = p.relative_to(root).as_posix()
            if stat.S_ISLNK(st.st_mode):
                raise Refused(f"Tautan simbolik tidak boleh: {rel} | A symbolic link is not allowed: {rel}")
            if not (stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode)):
                raise Refused(f"Bukan berkas biasa: {rel} | Not a regular file: {rel}")
            if stat.S_ISREG(st.st_mode):
                out.append((rel, st))
    return sorted(out)


def _text(data: bytes, rel: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"Bukan teks UTF-8: {rel} | Not UTF-8 text: {rel}") from None
    if "\0" in text:
        raise Refused(f"Berkas teks berisi NUL: {rel} | A text file holds NUL: {rel}")
    return text


def verify(artifact: Path, repo: Path) -> dict:
    """What the artifact proposes: {motif_id, files: [relative paths under files/], status, report}."""
    found = _walk(artifact)
    for rel, _ in found:
        if rel not in TOP and not rel.startswith("files/"):
            raise Refused(f"Berkas tak dikenal di luar files/: {rel} | Unknown file outside files/: {rel}")
    files = [(rel[len("files/"):], st) for rel, st in found if rel.startswith("files/")]
    motifs, makers, total, photos = set(), [], 0, 0
    for rel, st in files:
        total += st.st_size
        m = MOTIF_FILE.fullmatch(rel)
        if m:
            if len(m["id"]) > MAX_ID:
                raise Refused(f"Kode motif terlalu panjang: {rel} | The motif id is too long: {rel}")
            motifs.add(m["id"])
            limit = MAX_TEXT if m["ext"] is None else MAX_IMAGE
            photos += m["ext"] is not None
        elif MAKER_FILE.fullmatch(rel):
            makers.append(rel)
            limit = MAX_TEXT
        elif rel == SOURCES:
            limit = MAX_TEXT + MAX_APPENDED + _size(repo / SOURCES)
        else:
            raise Refused(f"Hanya motifs/<id>/ dan data/makers/<id>.yml yang boleh: {rel} | "
                          f"Only motifs/<id>/ and data/makers/<id>.yml may be proposed: {rel}")
        if st.st_size > limit:
            raise Refused(f"Berkas terlalu besar ({st.st_size} bita; paling besar {limit}): {rel} | "
                          f"File too large ({st.st_size} bytes; at most {limit}): {rel}")
    if len(motifs) != 1:
        raise Refused(f"Harus tepat satu folder motif, ada {len(motifs)} | Exactly one motif folder is needed, "
                      f"found {len(motifs)}: {', '.join(sorted(motifs))}")
    (mid,) = motifs
    if f"motifs/{mid}/motif.yml" not in {rel for rel, _ in files}:
        raise Refused(f"motifs/{mid}/motif.yml tidak ada | motifs/{mid}/motif.yml is missing")
    if len(makers) > 1:
        raise Refused(f"Paling banyak satu berkas pembuat: {', '.join(makers)} | At most one maker file")
    if photos > MAX_PHOTOS or total > MAX_TOTAL:
        raise Refused(f"Terlalu banyak foto atau terlalu besar ({photos} foto, {total} bita) | "
                      f"Too many photos or too large ({photos} photos, {total} bytes)")
    for rel in (f"motifs/{mid}", *makers):
        if (repo / rel).exists() or (repo / rel).is_symlink():
            raise Refused(f"Sudah ada di arsip: {rel} | Already in the archive: {rel}")
    for rel, _ in files:
        data = (artifact / "files" / rel).read_bytes()
        ext = rel.rsplit(".", 1)[1]
        if ext == "yml":
            _text(data, rel)
        elif not data.startswith(MAGIC[ext]) or (ext == "webp" and data[8:12] != b"WEBP"):
            raise Refused(f"Isi berkas bukan gambar {ext}: {rel} | The file is not a {ext} image: {rel}")
        if rel == SOURCES:
            base = (repo / SOURCES).read_bytes() if (repo / SOURCES).is_file() else b""
            if not data.startswith(base) or len(data) - len(base) > MAX_APPENDED:
                raise Refused(f"{SOURCES} hanya boleh ditambah di akhir | {SOURCES} may only gain entries at its end")
    return {"motif_id": mid, "files": [rel for rel, _ in files], "status": _status(artifact),
            "report": _report(artifact)}


def _size(p: Path) -> int:
    return p.stat().st_size if p.is_file() else 0


def _status(artifact: Path) -> int:
    p = artifact / "status"
    text = _text(p.read_bytes(), "status").strip() if p.is_file() and _size(p) <= 8 else ""
    if not re.fullmatch(r"\d{1,3}", text):
        raise Refused("Berkas status harus berisi angka | The status file must hold a number")
    return int(text)


def _report(artifact: Path) -> str:
    """The report, safe inside a Markdown code block: no control characters, no fence of its own."""
    p = artifact / "report.txt"
    if not p.is_file():
        return ""
    if _size(p) > MAX_REPORT:
        raise Refused(f"report.txt terlalu besar | report.txt is too large (at most {MAX_REPORT} bytes)")
    text = re.sub("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", "",  # controls, bidi overrides
                  _text(p.read_bytes(), "report.txt").replace("\r", ""))
    return re.sub(r"`{3,}", lambda m: "'" * len(m[0]), text)


def apply(artifact: Path, repo: Path, files: list[str]) -> None:
    """Copy the checked files into the checkout (new files only, data/sources.yml replaced)."""
    for rel in files:
        dest = repo / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(artifact / "files" / rel, dest, follow_symlinks=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("artifact", type=Path)
    ap.add_argument("--repo", type=Path, default=Path("."))
    ap.add_argument("--apply", action="store_true", help="copy the checked files into --repo")
    ap.add_argument("--report", type=Path, help="write the cleaned report here")
    args = ap.parse_args(argv)
    try:
        got = verify(args.artifact, args.repo)
    except Refused as e:
        print(f"DITOLAK/REFUSED: {e}", file=sys.stderr)
        return 1
    if args.apply:
        apply(args.artifact, args.repo, got["files"])
    if args.report:
        args.report.write_text(got["report"], "utf-8")
    out = os.environ.get("GITHUB_OUTPUT")
    if out:
        with open(out, "a", encoding="utf-8") as f:
            f.write(f"motif_id={got['motif_id']}\nstatus={got['status']}\n")
    print(f"Diterima / accepted: motifs/{got['motif_id']}/ ({len(got['files'])} berkas/files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
