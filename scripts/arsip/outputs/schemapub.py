"""Step: publish the record schemas on the site at schema/*.json.

Contributors' editors (through the `yaml-language-server` line in motif.yml) and anyone
writing tools for the archive can then fetch the exact rules `arsip check` applies, at a
stable address. The files are copied byte for byte from scripts/arsip/schemas/, the one
source of truth.
"""

from __future__ import annotations

import shutil

from ..core import urls
from ..core.paths import SCHEMA_DIR


def publish(ctx) -> None:
    dest = ctx.staging / urls.SCHEMAS
    dest.mkdir(parents=True, exist_ok=True)
    for src in sorted(SCHEMA_DIR.glob("*.schema.json")):
        shutil.copyfile(src, dest / src.name)
