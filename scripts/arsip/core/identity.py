"""The archive's identity as the other stages read it: its name, region, tradition, steward.

The values live in one record, `data/arsip.yml` (schema `schemas/arsip.schema.json`), loaded and
checked by `records.identity` with the other records, which installs them here with `use()`.
Core cannot read records (layers import downward only), so this module only holds the values
of the archive being built, and fills them into words: `core.i18n.t()` and the record schemas
write `{region}`, `{archive}`, `{tradition}`... instead of a region's name, so no module of
`scripts/` names a region. Until an archive is loaded, the repository's own `data/arsip.yml`
stands (read without checks; `arsip check` reports its problems).
"""

from __future__ import annotations

from pathlib import Path

import yaml

FILE = ("data", "arsip.yml")  # inside an archive
_REPO = Path(__file__).resolve().parents[3]  # the checkout this package runs from

_current: dict | None = None
_counts: dict[str, int] = {}


def read(root: Path) -> dict:
    """The identity record of the archive at `root` as written (no checks), {} when absent."""
    path = Path(root).joinpath(*FILE)
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text("utf-8"))
    return data if isinstance(data, dict) else {}


def use(data: dict, kecamatan: int | None = None) -> None:
    """Install the identity of the archive being loaded (records.identity.load calls this)."""
    global _current
    _current = data or {}
    _counts.clear()
    if kecamatan is not None:
        _counts["kecamatan"] = kecamatan


def current() -> dict:
    global _current
    if _current is None:
        _current = read(_REPO)
    return _current


def key() -> str:
    """Changes when another identity is installed (caches of filled schemas use it)."""
    return repr((current(), sorted(_counts.items())))


def _lang(obj, lang: str) -> str:
    if isinstance(obj, dict):
        return str(obj.get(lang) or obj.get("id") or "")
    return str(obj or "")


def get(field: str, lang: str = "id") -> str:
    """One value by dotted path (`region.name`, `name`), in `lang` when bilingual."""
    node = current()
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return _lang(node, lang)


def words(lang: str) -> dict[str, str]:
    """The placeholders the interface words and the schemas may use, in one language."""
    c = current()
    region = get("region.name")
    kind = get("region.kind", lang)
    return {
        "archive": get("name", lang),
        "archive_upper": get("name", lang).upper(),
        "archive_id": get("name", "id"),
        "archive_en": get("name", "en"),
        "description": get("description", lang),
        "slug": str(c.get("slug") or "arsip"),
        "region": region,
        "region_kind": kind,
        # "Kabupaten <name>" / "<name> regency"
        "region_full": f"{kind} {region}".strip() if lang == "id" else f"{region} {kind}".strip(),
        "province": get("region.province", lang),
        "country": get("region.country"),
        "region_upper": region.upper(),
        "tradition": get("tradition.name"),
        "tradition_upper": get("tradition.name").upper(),
        "tradition_short": get("tradition.short"),
        "tradition_short_upper": get("tradition.short").upper(),
        "steward": get("steward"),
        "kecamatan_count": str(_counts.get("kecamatan", "")),
    }


def fill(text: str, lang: str = "id", escape=None) -> str:
    """`text` with every identity placeholder replaced; other braces are left as they are.
    `escape` quotes each value for the text's own syntax (a JSON string for the schemas)."""
    if "{" not in text:
        return text
    for k, v in words(lang).items():
        text = text.replace("{" + k + "}", escape(v) if escape else v)
    return text


def hashtags(part: str) -> list[str]:
    return [str(x) for x in (current().get("hashtags") or {}).get(part) or []]


def boundary_file(level: str) -> str:
    """File name of the boundary data in data/peta/ (`kecamatan` or `desa`)."""
    return str((current().get("boundaries") or {}).get(level) or f"{level}-ringkas.geojson")


def repository() -> str:
    return str(current().get("repository") or "")
