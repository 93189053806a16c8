"""Checks that keep a hostile pull request from reaching outside the archive or
exhausting the build machine.

Records can only name files by patterns the schema allows, but the files themselves
come from strangers too. So, over the whole contributed tree (motifs/, data/, docs/):
- no symbolic links at all: a link could make the build copy /etc/passwd into the site
  (MkDocs and our copy of docs/ follow links);
- no names with invisible or direction-changing characters (zero-width, RTL override,
  control characters) or in a non-NFC form: they make two different names look alike;
- ids that differ only by case, accents or punctuation ("Sekar-Jati", "sekarjati",
  "sekar-jati") are refused as collisions: they would be one address for a reader;
Image files (decompression bombs and the like) are judged by the image validator,
`images/validate.py`. Both run before anything is written, in `arsip check` and
`arsip build` alike.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

TREES = ("motifs", "data", "docs")


def odd_name(name: str) -> str | None:
    """Why a file name is unsafe to publish, or None."""
    if unicodedata.normalize("NFC", name) != name:
        return "nfc"
    for ch in name:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") or (cat == "Zs" and ch != " "):
            return "invisible"
        if unicodedata.decomposition(ch).startswith(("<wide>", "<narrow>", "<compat>", "<font>")):
            return "lookalike"
    return None


def slug_key(s: str) -> str:
    """Two ids with the same key would look like the same address to a reader."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def check_tree(arc, col) -> None:
    root = arc.root
    known = {p.file for p in col.problems if p.code.startswith("path.")}  # already reported by other checks
    for tree in TREES:
        top = root / tree
        if top.is_symlink():
            col.problems.add(tree, "", f"Folder {tree}/ tidak boleh berupa tautan (symlink).",
                             f"The {tree}/ folder must not be a symbolic link.", code="path.symlink")
            continue
        if not top.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
            for name in sorted(dirnames + filenames):
                p = Path(dirpath) / name
                rel = p.relative_to(root).as_posix()
                if p.is_symlink():
                    if rel in known:
                        continue
                    col.problems.add(rel, "", "Tautan (symlink) tidak diizinkan di arsip. Ganti dengan berkas atau folder biasa.",
                                     "Symbolic links are not allowed in the archive. Replace it with a regular file or folder.",
                                     code="path.symlink")
                    continue
                why = odd_name(name)
                if why and rel not in known:
                    shown = name.encode("unicode_escape").decode("ascii")
                    col.problems.add(Path(dirpath).relative_to(root).as_posix() + "/" + shown, "",
                                     "Nama berkas/folder memuat huruf tak terlihat, pembalik arah atau huruf kembar "
                                     "(mis. huruf lebar). Pakai huruf a-z, angka dan tanda hubung.",
                                     "The file or folder name contains invisible, direction-changing or look-alike "
                                     "(e.g. full-width) characters. Use a-z, digits and hyphens.", code="path.name")
            dirnames[:] = [d for d in dirnames if not (Path(dirpath) / d).is_symlink()]


def check_collisions(arc, col) -> None:
    groups = (
        ("motifs", [(m["id"], arc.rel(col.folders[m["id"]] / "motif.yml")) for m in col.motifs]
         + [(old, arc.rel(col.folders[m["id"]] / "motif.yml")) for m in col.motifs for old in m.get("redirect_from", [])]),
        ("makers", [(mid, arc.rel(arc.makers / f"{mid}.yml")) for mid in col.makers]),
        ("glossary", [(t["id"], arc.rel(arc.glossary)) for t in col.glossary]),
    )
    for _, items in groups:
        seen: dict[str, str] = {}
        for ident, rel in sorted(items):
            key = slug_key(ident)
            if key in seen and seen[key] != ident:
                col.problems.add(rel, "id", f"Kode '{ident}' terlalu mirip dengan '{seen[key]}' (beda hanya huruf besar/kecil, "
                                 "aksen atau tanda hubung). Pilih kode yang jelas berbeda.",
                                 f"Id '{ident}' is too close to '{seen[key]}' (differs only by case, accents or hyphens). "
                                 "Choose a clearly different id.", code="dup.slug")
            seen.setdefault(key, ident)


def check(arc, col) -> None:
    check_tree(arc, col)
    check_collisions(arc, col)
