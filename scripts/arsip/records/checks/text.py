"""Text that hides characters: direction overrides and invisible characters.

A right-to-left override can make a name display differently from what it is, and
zero-width characters pasted from documents break search and links.
"""

from __future__ import annotations

import unicodedata

from ...core.paths import Archive

BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")


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


def check(arc: Archive, col) -> None:
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
