"""Checks beyond the schema, run on a loaded Collection, in this order.

Each check adds Problems to `col.problems`; a crash in one becomes a Problem and the
others still run, so `arsip check` never shows a traceback and lists everything found.
Image files are judged later, by the image stage (images/validate.py).
"""

from __future__ import annotations

from ...core.problems import internal
from . import files, makers, places, privacy, references, registration, safety, sources, storefront, text

CHECKS = (references.check, sources.check, registration.check, makers.check, files.check, text.check, privacy.check,
          safety.check,
          places.check,  # map (issue 20): official kecamatan and desa names
          storefront.check)  # issue 19 storefront: consent per use, products


def run_all(arc, col) -> None:
    for check in CHECKS:
        try:
            check(arc, col)
        except Exception as e:  # noqa: BLE001 - reported to the contributor instead
            col.problems.append(internal(f"{check.__module__.rsplit('.', 1)[-1]}.check", e))
