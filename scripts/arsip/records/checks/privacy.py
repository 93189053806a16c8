"""Privacy: a maker's contact details only with the maker's opt-in; alt text that describes.

Contact details recorded without consent could leak onto the site, so they are refused
before anything is built (UU PDP, Indonesia's personal-data law).
"""

from __future__ import annotations

import re

from ...core.paths import Archive
from .files import IMAGE_EXT

CAMERA_NAME = re.compile(r"^(img|dsc|pxl|wa|photo|foto|image|gambar)?[_ -]?\d{3,}", re.I)

CONTACT_FIELDS = ("whatsapp", "instagram", "shops", "address")


def check(arc: Archive, col) -> None:
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
