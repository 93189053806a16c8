"""Step: publish the record schemas on the site at schema/*.json.

Contributors' editors (through the `yaml-language-server` line in motif.yml) and anyone
writing tools for the archive can then fetch the exact rules `arsip check` applies, at a
stable address. The files are copied from scripts/arsip/schemas/, the one source of truth,
with the archive's identity filled in (records/schema.text: `{region}` becomes the region's name).
"""

from __future__ import annotations

from ..core import urls
from ..core.paths import SCHEMA_DIR
from ..records import schema


def publish(ctx) -> None:
    dest = ctx.staging / urls.SCHEMAS
    dest.mkdir(parents=True, exist_ok=True)
    for src in sorted(SCHEMA_DIR.glob("*.schema.json")):
        (dest / src.name).write_bytes(schema.text(src.name[: -len(".schema.json")]).encode("utf-8"))
