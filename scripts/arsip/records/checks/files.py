"""Files around the records that a contributor can get wrong.

Stray or oddly named files, links leaving the folder, a `motif.yaml` instead of
`motif.yml`, images listed nowhere: the schema sees one record's fields, this check
sees the folders around them.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...core.paths import Archive
from .text import BIDI, INVISIBLE

IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")
IGNORED = {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"}
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def _odd_name(name: str) -> str | None:
    """Why a file name is unsafe, in words, or None."""
    if any(ch in BIDI or ch in INVISIBLE for ch in name):
        return "hidden"
    if not name.isascii() or not SAFE_NAME.match(name):
        return "chars"
    return None


def check(arc: Archive, col) -> None:
    """Files in motifs/ and data/makers/ that are links, oddly named, misnamed or unused."""
    P = col.problems
    if arc.motifs.is_dir():
        for entry in sorted(arc.motifs.iterdir()):
            if entry.name in IGNORED:
                continue
            if not entry.is_dir() and not entry.is_symlink():
                P.add(arc.rel(entry), "", "Berkas ini ada langsung di folder motifs/. Setiap motif harus berada di foldernya "
                      "sendiri: motifs/<kode>/motif.yml.",
                      "This file is directly in motifs/. Each motif must be in its own folder: motifs/<id>/motif.yml.",
                      severity="warning", code="path.stray")
                continue
            if entry.is_symlink() and not entry.is_dir():
                P.add(arc.rel(entry), "", "Tautan (symlink) tidak diizinkan di folder motifs/. Simpan folder motif yang asli di sini.",
                      "Symbolic links are not allowed in motifs/. Keep the real motif folder here.", code="path.symlink")
                continue
            if entry.is_symlink() or entry.name.startswith((".", "_")):
                continue  # folder links are refused by records.load_collection; hidden folders are ignored
            _check_motif_folder(arc, col, entry)
    if arc.makers.is_dir():
        for entry in sorted(arc.makers.iterdir()):
            rel = f"data/makers/{entry.name}"  # never resolve: a link may point anywhere
            if entry.name in IGNORED:
                continue
            if entry.is_symlink():
                P.add(rel, "", "Berkas pembuat tidak boleh berupa tautan (symlink). Simpan berkasnya langsung di data/makers/.",
                      "A maker file must not be a symbolic link. Keep the file itself in data/makers/.", code="path.symlink")
            elif entry.is_dir() and entry.name in col.maker_records:
                continue  # issue 19 storefront: the maker's product photos (checks/storefront.py)
            elif entry.suffix.lower() in (".yaml", ".yml") and entry.suffix != ".yml":
                P.add(rel, "", f"Ganti nama berkas menjadi '{entry.stem}.yml' (akhiran harus .yml), kalau tidak berkas ini diabaikan.",
                      f"Rename the file to '{entry.stem}.yml' (the ending must be .yml), otherwise it is ignored.",
                      code="path.extension")
            elif entry.suffix != ".yml":
                P.add(rel, "", "Berkas ini diabaikan: di data/makers/ hanya ada berkas <kode>.yml.",
                      "This file is ignored: data/makers/ holds only <id>.yml files.", severity="warning", code="path.stray")


def _check_motif_folder(arc: Archive, col, folder: Path) -> None:
    P = col.problems
    mid = folder.name
    record = col.motif(mid) if mid in col.folders else None
    used = {im["file"] for im in record.get("images", [])} if record else set()
    used |= {im["line_art"] for im in record.get("images", []) if im.get("line_art")} if record else set()  # issue 18 colouring
    names = {e.name for e in folder.iterdir()}
    for alt in ("motif.yaml", "Motif.yml", "motif.yml.txt", "motif.YML", "motif.txt"):
        if alt in names and "motif.yml" not in names:
            P.add(f"motifs/{mid}/{alt}", "", f"Ganti nama berkas '{alt}' menjadi 'motif.yml' (persis, huruf kecil).",
                  f"Rename '{alt}' to 'motif.yml' (exactly, lowercase).", code="path.extension")
    for entry in sorted(folder.iterdir()):
        name = entry.name
        rel = f"motifs/{mid}/{name}"  # never resolve: a link may point outside the archive
        if name in IGNORED or name == "motif.yml":
            continue
        if entry.is_symlink():
            P.add(rel, "", "Berkas di folder motif tidak boleh berupa tautan (symlink) ke tempat lain. Salin berkas aslinya ke folder ini.",
                  "Files in a motif folder must not be symbolic links to elsewhere. Copy the real file into this folder.",
                  code="path.symlink")
            continue
        odd = _odd_name(name)
        if odd == "hidden":
            P.add(rel, "", "Nama berkas berisi karakter tersembunyi (misalnya pembalik arah tulisan). Ganti namanya, misalnya 'foto-kain-1.jpg'.",
                  "The file name contains hidden characters (such as a text-direction override). Rename it, e.g. 'foto-kain-1.jpg'.",
                  code="path.name")
            continue
        if odd == "chars" and name not in used:
            P.add(rel, "", "Nama berkas hanya boleh memakai huruf a-z, angka, titik, garis bawah dan tanda hubung (tanpa spasi). "
                  "Ganti namanya, misalnya 'foto-kain-1.jpg'.",
                  "File names may only use letters a-z, digits, dots, underscores and hyphens (no spaces). "
                  "Rename it, e.g. 'foto-kain-1.jpg'.", code="path.name")
            continue
        if entry.is_dir():
            P.add(rel, "", "Folder di dalam folder motif diabaikan. Letakkan gambar langsung di folder motif.",
                  "Folders inside a motif folder are ignored. Put images directly in the motif folder.",
                  severity="warning", code="path.stray")
        elif name == "images.txt":
            P.add(rel, "", "Daftar foto dari formulir belum diunduh. Unduh fotonya ke folder ini lalu hapus images.txt.",
                  "The photo list from the form has not been downloaded. Download the photos into this folder, then delete images.txt.",
                  severity="warning", code="path.pending")
        elif record is not None and name not in used:
            what = ("Gambar ini tidak dipakai di motif.yml. Tambahkan ke daftar images atau hapus berkasnya."
                    if name.lower().endswith(IMAGE_EXT) else "Berkas ini tidak dipakai. Hapus bila tidak perlu.")
            what_en = ("This image is not listed in motif.yml. Add it to images or delete the file."
                       if name.lower().endswith(IMAGE_EXT) else "This file is not used. Delete it if it is not needed.")
            P.add(rel, "", what, what_en, severity="warning", code="path.unused")
