"""An IP registration may be stated only when it is not in doubt.

A motif marked `registered: true` without a registration number or holder rests on a
source's word. If the record itself doubts that the registered motif is this one (in
`status.registration.note` or `rights.note`), unknown must stay unknown: the check
refuses the record until the registration is left empty or its number/holder is found.
"""

from __future__ import annotations

import re

from ...core.paths import Archive

# Phrases of doubt, Indonesian and English, as contributors write them.
DOUBT = re.compile(
    r"\b(belum\s+(di)?pasti(kan)?|tidak\s+pasti|belum\s+jelas|diragukan|ragu|mungkin\s+(bukan|sama)|"
    r"belum\s+terkonfirmasi|not\s+(yet\s+)?(confirmed|certain|sure|clear)|unconfirmed|uncertain|in\s+doubt|"
    r"may\s+(not\s+)?be\s+the\s+same)\b", re.I)


def _texts(m: dict):
    reg = (m.get("status") or {}).get("registration") or {}
    for where, obj in ((["status", "registration", "note"], reg.get("note")),
                       (["rights", "note"], (m.get("rights") or {}).get("note"))):
        for lang in ("id", "en"):
            if (obj or {}).get(lang):
                yield where, obj[lang]


def check(arc: Archive, col) -> None:
    for m in col.motifs:
        reg = (m.get("status") or {}).get("registration") or {}
        if not reg.get("registered") or reg.get("number") or reg.get("holder"):
            continue
        doubt = next(((where, mt.group(0)) for where, text in _texts(m) for mt in [DOUBT.search(text)] if mt), None)
        if not doubt:
            continue
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        loaded = col.lines.get(rel)
        where, phrase = doubt
        note = ".".join(where)
        col.problems.add(rel, "status.registration.registered",
                         f"Motif ditandai terdaftar (registered: true) tanpa nomor pencatatan atau pemegang hak, "
                         f"padahal {note} meragukannya ('{phrase}'). Yang belum pasti dibiarkan kosong: hapus "
                         "status.registration (tulis keraguannya di rights.note), atau isi number/holder bila sudah "
                         "ditemukan.",
                         f"The motif is marked registered (registered: true) with no registration number or holder, "
                         f"while {note} doubts it ('{phrase}'). What is not certain stays empty: delete "
                         "status.registration (keep the doubt in rights.note), or fill in number/holder once found.",
                         line=loaded.line_of(["status", "registration", "registered"]) if loaded else None,
                         code="registration.doubt")
