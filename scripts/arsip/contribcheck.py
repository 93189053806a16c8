"""Checks for contributed folders beyond the schema: files, hidden characters, privacy.

The schema sees one record's fields. These checks look at what a contributor can get wrong
around the record (stray or oddly named files, links leaving the folder, a `motif.yaml`
instead of `motif.yml`), at text that hides characters (right-to-left overrides can make
a name display differently from what it is), and at privacy: a maker's contact details
may only be recorded when the maker opted in, so they can never leak onto the site.

Each check runs on its own: a crash in one becomes a Problem and the others still run,
so `arsip check` never shows a Python traceback and still lists everything it found.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .paths import Archive

IMAGE_EXT = (".jpg", ".jpeg", ".png", ".webp")
IGNORED = {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
CAMERA_NAME = re.compile(r"^(img|dsc|pxl|wa|photo|foto|image|gambar)?[_ -]?\d{3,}", re.I)


def _odd_name(name: str) -> str | None:
    """Why a file name is unsafe, in words, or None."""
    if any(ch in BIDI or ch in INVISIBLE for ch in name):
        return "hidden"
    if not name.isascii() or not SAFE_NAME.match(name):
        return "chars"
    return None


def check_folders(arc: Archive, col) -> None:
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


def _strings(obj, path=()):
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, path + (i,))


def _field(path) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def check_text(arc: Archive, col) -> None:
    """Hidden direction-changing or invisible characters in any text field."""
    records = [(arc.rel(col.folders[m["id"]] / "motif.yml"), m) for m in col.motifs]
    records += [(f"data/makers/{k}.yml", mk) for k, mk in col.makers.items()]
    for rel, rec in records:
        loaded = col.lines.get(rel)
        for path, s in _strings(rec):
            bad = sorted({f"U+{ord(ch):04X}" for ch in s if ch in BIDI})
            hidden = sorted({f"U+{ord(ch):04X}" for ch in s if ch in INVISIBLE or unicodedata.category(ch) == "Co"})
            line = loaded.line_of(list(path)) if loaded else None
            if bad:
                col.problems.add(rel, _field(path), f"Teks berisi karakter pembalik arah tulisan ({', '.join(bad)}) yang bisa "
                                 "menyamarkan isi. Ketik ulang teks ini tanpa menyalin.",
                                 f"The text contains direction-override characters ({', '.join(bad)}) that can disguise it. "
                                 "Type the text again instead of pasting it.", line=line, code="text.bidi")
            elif hidden:
                col.problems.add(rel, _field(path), f"Teks berisi karakter tak terlihat ({', '.join(hidden)}), biasanya ikut "
                                 "tersalin dari dokumen lain. Sebaiknya ketik ulang bagian itu.",
                                 f"The text contains invisible characters ({', '.join(hidden)}), usually pasted in from another "
                                 "document. Better type that part again.", line=line, severity="warning", code="text.invisible")


CONTACT_FIELDS = ("whatsapp", "instagram", "shops", "address")


def check_privacy(arc: Archive, col) -> None:
    """Contact details may be recorded only with the maker's opt-in; alt text must describe."""
    for mid, mk in col.makers.items():
        c = mk.get("contact") or {}
        given = [k for k in CONTACT_FIELDS if c.get(k)]
        if given and c.get("opt_in") is not True:
            rel = f"data/makers/{mid}.yml"
            loaded = col.lines.get(rel)
            col.problems.add(
                rel, "contact.opt_in",
                f"Kontak ({', '.join(given)}) diisi, tetapi pembuat belum menyatakan setuju kontaknya ditampilkan "
                "(opt_in bukan true). Tanyakan dulu kepada pembuat: bila setuju, tulis opt_in: true; bila tidak, "
                "hapus isian kontak itu. Data pribadi hanya boleh dicatat dengan persetujuan (UU PDP).",
                f"Contact details ({', '.join(given)}) are filled in, but the maker has not agreed to show them "
                "(opt_in is not true). Ask the maker first: if they agree, write opt_in: true; if not, delete those "
                "contact fields. Personal data may only be recorded with consent (Indonesian data-protection law, UU PDP).",
                line=loaded.line_of(["contact", "opt_in"]) if loaded else None, code="privacy.contact")
    for m in col.motifs:
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        loaded = col.lines.get(rel)
        for i, im in enumerate(m.get("images", [])):
            alt = im["alt"]["id"].strip()
            if CAMERA_NAME.match(alt) or alt.lower() == im["file"].lower() or alt.lower().endswith(IMAGE_EXT):
                col.problems.add(rel, f"images[{i}].alt.id",
                                 f"Teks alternatif '{alt}' tampak seperti nama berkas. Jelaskan apa yang terlihat di gambar, "
                                 "misalnya 'Kain batik cokelat bermotif daun jati'.",
                                 f"The alt text '{alt}' looks like a file name. Describe what the image shows, "
                                 "e.g. 'Brown batik cloth with teak-leaf motifs'.",
                                 line=loaded.line_of(["images", i, "alt", "id"]) if loaded else None,
                                 severity="warning", code="image.alt")


def run_all(arc: Archive, col) -> None:
    """Run every check; an unexpected crash in one becomes a problem, never a traceback."""
    from .imagecheck import check_images

    for check in (check_folders, check_text, check_privacy, check_images):
        try:
            check(arc, col)
        except Exception as e:  # noqa: BLE001 - reported to the contributor instead
            col.problems.add("(arsip)", check.__name__, internal_id(e), internal_en(e), code="internal")


def internal_id(e: BaseException) -> str:
    return (f"Pemeriksa berhenti karena kesalahan program ({type(e).__name__}: {str(e)[:120]}). Ini bukan kesalahan "
            "Anda; laporkan ke pengelola arsip bersama berkas yang baru diubah.")


def internal_en(e: BaseException) -> str:
    return (f"The checker stopped on a program error ({type(e).__name__}: {str(e)[:120]}). This is not your mistake; "
            "report it to the archive's maintainers together with the files you just changed.")
