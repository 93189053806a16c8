"""Publish the record schemas on the site at schema/*.json.

Contributors' editors (through the `yaml-language-server` line in motif.yml) and anyone
writing tools for the archive can then fetch the exact rules `arsip check` applies, at a
stable address. The files are copied byte for byte from scripts/arsip/schemas/, the one
source of truth, by a post-build step.
"""

from __future__ import annotations

import shutil

from .build import POST_BUILD, BuildContext
from .paths import SCHEMA_DIR

SITE_DIR = "schema"


def publish_schemas(ctx: BuildContext) -> None:
    dest = ctx.staging / SITE_DIR
    dest.mkdir(parents=True, exist_ok=True)
    for src in sorted(SCHEMA_DIR.glob("*.schema.json")):
        shutil.copyfile(src, dest / src.name)


if publish_schemas not in POST_BUILD:
    POST_BUILD.append(publish_schemas)
