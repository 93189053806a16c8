"""Checks that span records: references between them, duplicates, listed image files.

Schema validation sees one file at a time; these checks see the whole archive.
"""

from __future__ import annotations

import unicodedata

from ...core.paths import Archive


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalnum())


def check(arc: Archive, col) -> None:
    ids = {m["id"] for m in col.motifs}
    names: dict[str, str] = {}
    redirects: dict[str, str] = {}
    for m in col.motifs:
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        lines = col.lines.get(rel)
        line = (lambda path: lines.line_of(path)) if lines else (lambda path: None)
        for i, mk in enumerate(m.get("makers", [])):
            if mk not in col.makers and f"maker:{mk}" not in col.broken:
                col.problems.add(rel, f"makers[{i}]", f"Pembuat '{mk}' tidak ditemukan. Buat berkas data/makers/{mk}.yml atau perbaiki kodenya.",
                                 f"Maker '{mk}' not found. Create data/makers/{mk}.yml or fix the id.",
                                 line=line(["makers", i]), code="ref.maker")
        for i, rid in enumerate(m.get("related", [])):
            if rid not in ids and f"motif:{rid}" in col.broken:
                continue  # that motif has its own errors, reported on its own file
            if rid not in ids:
                col.problems.add(rel, f"related[{i}]", f"Motif terkait '{rid}' tidak ditemukan di folder motifs/.",
                                 f"Related motif '{rid}' not found in motifs/.", line=line(["related", i]), code="ref.related")
            elif rid == m["id"]:
                col.problems.add(rel, f"related[{i}]", "Motif tidak boleh terkait dengan dirinya sendiri.",
                                 "A motif cannot be related to itself.", line=line(["related", i]), code="ref.self")
        key = _norm(m["name"])
        if key in names and names[key] != m["id"]:
            col.problems.add(rel, "name", f"Nama '{m['name']}' sudah dipakai motif '{names[key]}'. Beri nama yang berbeda.",
                             f"The name '{m['name']}' is already used by motif '{names[key]}'. Choose a different name.",
                             line=line(["name"]), code="dup.name")
        names.setdefault(key, m["id"])
        for i, old in enumerate(m.get("redirect_from", [])):
            if old in ids or old in redirects:
                col.problems.add(rel, f"redirect_from[{i}]", f"Alamat lama '{old}' bentrok dengan motif lain.",
                                 f"Former id '{old}' collides with another motif.", line=line(["redirect_from", i]), code="dup.redirect")
            redirects[old] = m["id"]
        folder = col.folders[m["id"]].resolve()
        for i, img in enumerate(m.get("images", [])):
            for key in ("file", "line_art"):  # line_art: issue 18 colouring
                if key not in img:
                    continue
                path = folder / img[key]
                fld = f"images[{i}].{key}"
                if path.is_symlink() or not path.resolve().is_relative_to(folder):
                    col.problems.add(rel, fld, "Gambar harus berupa berkas biasa di folder motif ini (bukan tautan).",
                                     "The image must be a regular file inside this motif's folder (not a link).",
                                     line=line(["images", i, key]), code="path.escape")
                elif not path.is_file():
                    col.problems.add(rel, fld, f"Berkas gambar '{img[key]}' tidak ada di folder {arc.rel(folder)}/. Unggah gambarnya atau perbaiki namanya (huruf besar/kecil berpengaruh).",
                                     f"Image file '{img[key]}' is not in {arc.rel(folder)}/. Upload it or fix the name (case matters).",
                                     line=line(["images", i, key]), code="image.missing")
            if img.get("maker") and img["maker"] not in col.makers and f"maker:{img['maker']}" not in col.broken:
                col.problems.add(rel, f"images[{i}].maker", f"Pembuat '{img['maker']}' tidak ditemukan di data/makers/.",
                                 f"Maker '{img['maker']}' not found in data/makers/.", line=line(["images", i, "maker"]), code="ref.maker")
    seen_terms: dict[str, str] = {}
    for t in col.glossary:
        if t["id"] in seen_terms:
            col.problems.add(arc.rel(arc.glossary), "terms", f"Kode istilah '{t['id']}' dipakai dua kali.",
                             f"Term id '{t['id']}' is used twice.", code="dup.term")
        seen_terms[t["id"]] = t["term"]
