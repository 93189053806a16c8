"""The archive's identity record, data/arsip.yml: loaded and checked with the other records.

It names everything that makes this archive one region's: the archive's name and short
name (`slug`), the region (name, kind, province), the tradition (its name and its
short form), the steward buyers ask, the caption's hashtags, the repository and the files of
the boundary data in data/peta/ (records/places.py reads the official kecamatan and desa from
them). The schema is schemas/arsip.schema.json; problems get the usual file, line, field and
fix in Indonesian and English. Once loaded, the values are installed in core.identity, where
the interface words (core/i18n.py) and the schemas fill their `{region}`-style placeholders.
"""

from __future__ import annotations

from ..core import identity
from ..core.paths import Archive
from .schema import IDENTITY_KIND


def path(arc: Archive):
    return arc.root.joinpath(*identity.FILE)


def load(arc: Archive, col, load_validated) -> dict:
    """The identity of `arc` (checked; problems into col.problems), installed in core.identity.

    A missing file is a warning: the archive then has no name of its own (`arsip check` says
    which file to write); an invalid one is an error, and its values are not used."""
    p = path(arc)
    if not p.is_file():
        col.problems.add(arc.rel(p), "", "Berkas identitas arsip belum ada: salin data/arsip.yml dari arsip "
                         "contoh dan isi nama, daerah dan tradisi arsip ini.",
                         "The archive's identity file is missing: copy data/arsip.yml from the sample "
                         "archive and fill in this archive's name, region and tradition.",
                         severity="warning", code="identity.missing")
        data = {}
    else:
        data = load_validated(arc, p, IDENTITY_KIND, col) or {}
    identity.use(data)
    return data
