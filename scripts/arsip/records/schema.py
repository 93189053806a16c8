"""The record schemas: one source of truth for validation, labels and field docs.

The JSON Schema files in `schemas/` define every field once. Validation, the labels on
pages, the enum value names, the editor autocompletion (via `yaml-language-server`) and
the "fields of a record" reference page are all read from them.
"""

from __future__ import annotations

import json
from functools import lru_cache

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from ..core import identity
from ..core.paths import SCHEMA_DIR

KINDS = ("motif", "maker", "glossary", "lesson", "sources")
# data/arsip.yml, the archive's identity (records/identity.py): checked like the others, not a
# kind of record the pages list.
IDENTITY_KIND = "arsip"


def text(kind: str) -> str:
    """The schema file with the archive's identity filled in ({region}, {tradition_short}...:
    no schema names a region), as `arsip check` applies it and the site publishes it."""
    return identity.fill((SCHEMA_DIR / f"{kind}.schema.json").read_text("utf-8"), escape=_json_string)


def _json_string(value: str) -> str:
    """A value as it stands inside a JSON string (a quote in a region's name stays a quote)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def raw(kind: str) -> dict:
    return _raw(kind, identity.key())


@lru_cache(maxsize=None)
def _raw(kind: str, _identity: str) -> dict:
    return json.loads(text(kind))


def registry() -> Registry:
    return _registry(identity.key())


@lru_cache(maxsize=4)
def _registry(_identity: str) -> Registry:
    reg = Registry()
    for kind in KINDS + (IDENTITY_KIND,):
        res = Resource.from_contents(raw(kind))
        reg = reg.with_resource(raw(kind)["$id"], res).with_resource(f"{kind}.schema.json", res)
    return reg


def validator(kind: str) -> Draft202012Validator:
    return _validator(kind, identity.key())


@lru_cache(maxsize=None)
def _validator(kind: str, _identity: str) -> Draft202012Validator:
    return Draft202012Validator(raw(kind), registry=registry(),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def defs() -> dict:
    return raw("motif")["$defs"]


def enum_labels(defname: str) -> dict[str, dict[str, str]]:
    """Labels of a controlled list, e.g. enum_labels('theme')['flora']['en']."""
    return defs()[defname]["x-enum-labels"]


def enum_label(defname: str, value: str, lang: str) -> str:
    labels = enum_labels(defname).get(value)
    return labels.get(lang) or labels["id"] if labels else value


def source_defs() -> dict:
    """Definitions of the source registry (kind, confidence, ...)."""
    return raw("sources")["$defs"]


def confidence_rule() -> dict[str, str]:
    """The one rule: kind of source -> confidence (sources.schema.json, x-confidence)."""
    return source_defs()["kind"]["x-confidence"]


def source_enum_label(defname: str, value: str, lang: str) -> str:
    lab = source_defs()[defname]["x-enum-labels"].get(value) or {}
    return lab.get(lang) or lab.get("id") or value


def status_labels() -> dict:
    return defs()["status"]["properties"]


def licence_url(code: str) -> str | None:
    return defs()["licence"].get("x-enum-urls", {}).get(code)


def _resolve(node: dict, base: str = "motif") -> dict:
    """Follow a local or cross-file $ref, merging the referring node's own keys over it.

    Local refs (#/...) resolve inside the schema of kind `base`."""
    ref = node.get("$ref")
    if not ref:
        return node
    file, _, pointer = ref.partition("#")
    kind = file.replace(".schema.json", "") if file else base
    target = raw(kind)
    for part in pointer.strip("/").split("/"):
        if part:
            target = target[part]
    merged = dict(_resolve(target, kind))
    merged.update({k: v for k, v in node.items() if k != "$ref"})
    return merged


def field_title(kind: str, name: str, lang: str) -> str:
    """Label of a top-level field, in `lang`."""
    node = _resolve(raw(kind)["properties"][name], kind)
    return node.get("x-title-en") if lang == "en" and node.get("x-title-en") else node.get("title", name)


def walk_fields(kind: str):
    """Yield (dotted_name, node, required) for every documented field, depth first."""

    def rec(prefix: str, node: dict, required: bool, depth: int):
        node = _resolve(node, kind)
        yield prefix, node, required
        if depth > 4:
            return
        if node.get("type") == "object" and "properties" in node:
            req = set(node.get("required", []))
            for k, v in node["properties"].items():
                yield from rec(f"{prefix}.{k}" if prefix else k, v, k in req, depth + 1)
        elif node.get("type") == "array" and isinstance(node.get("items"), dict):
            items = _resolve(node["items"], kind)
            if items.get("type") == "object":
                req = set(items.get("required", []))
                for k, v in items.get("properties", {}).items():
                    yield from rec(f"{prefix}[].{k}", v, k in req, depth + 1)

    top = raw(kind)
    req = set(top.get("required", []))
    for k, v in top["properties"].items():
        yield from rec(k, v, k in req, 0)


def node_at(kind: str, path: list) -> dict | None:
    """Schema node for a data path like ['images', 0, 'alt']."""
    node = _resolve(raw(kind), kind)
    for part in path:
        if isinstance(part, int):
            node = _resolve(node.get("items", {}), kind)
        else:
            props = node.get("properties", {})
            if part not in props:
                return None
            node = _resolve(props[part], kind)
    return node
