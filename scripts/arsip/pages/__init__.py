"""Pages stage: the Markdown pages of one language, each page kind in its own module.

`write_pages` writes them in the order of KINDS, each page exactly once; a later step
that needs what a page says gets it from the records, never by reading the page back.
"""

from __future__ import annotations

from pathlib import Path

from . import catalogue, fields, glossary, handwritten, kit, label, maker, map, motif, postmaker, schools, timeline
from .writer import PageWriter

# Hand-written pages first: a generated page of the same name replaces its placeholder.
KINDS = (handwritten.write, schools.write, motif.write_all, catalogue.write, maker.write_all, glossary.write,
         fields.write, timeline.write, label.write, kit.write_all, postmaker.write,
         map.write)  # map (issue 20): peta/ and peta/<kecamatan>/


def write_pages(arc, col, images: dict, lang: str, pub, cards) -> Path:
    """Write every page of `lang` into arc.generated_docs(lang); returns that folder."""
    pw = PageWriter(arc, col, images, lang, pub, cards)
    handwritten.copy_tree(pw)
    for kind in KINDS:
        kind(pw)
    return pw.out
