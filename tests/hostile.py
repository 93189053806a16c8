"""Fill records with hostile text, driven by the schema, keeping them valid.

Every string the schema allows free text for gets a hostile payload; ids, enums, dates
and other patterned fields keep their value unless a payload fits the pattern (names
forbid < > { } [ ], so they get quote and newline tricks instead). Optional fields the
record lacks are created, and booleans are switched on, so that hidden parts (contact
details, registration, notes) are rendered too. Works for any schema in
scripts/arsip/schemas, so records added later (lessons...) are covered without changes.
"""

from __future__ import annotations

import copy
import re

from jsonschema import Draft202012Validator

from arsip import schema

MARK = "pwned"

# Each payload must show as text and never run. `window.pwned` / dialogs prove execution.
PAYLOADS = [
    "<script>window.pwned=1</script>",
    '<img src=x onerror="window.pwned=1">',
    "<img src=x onerror=alert(1)>",
    "[klik](javascript:window.pwned=1)",
    "[klik2](javascript:alert(1))",
    '<a href="javascript:window.pwned=1">tautan</a>',
    "{{ 7*7 }}",
    "{% raw %}{% if true %}jinja-if{% endif %}{% endraw %}",
    '" onmouseover="window.pwned=1" x="',
    "' onmouseover='window.pwned=1' x='",
    "</script><script>window.pwned=1</script>",
    '{: onclick="window.pwned=1" }',
    "<svg onload=window.pwned=1>",
    "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==)",
    "![gambar](javascript:window.pwned=1)",
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
    "<style>body{display:none}</style>",
    "javascript:window.pwned=1",
    "<!-- ]]> --> &lt;script&gt;window.pwned=1&lt;/script&gt;",
    "zero\u200bwidth and soft\u00adhyphen",  # (direction overrides are refused by `arsip check`)
    "<a href=# onclick=window.pwned=1>x</a>",
    "<details open ontoggle=window.pwned=1>",
    '<form action="javascript:window.pwned=1"><button>go</button></form>',
    "*{: .md-button onclick=window.pwned=1 }*",
    "<http://evil.example/?q=<script>window.pwned=1</script>>",
]
# For patterned fields: names forbid < > { } [ ] ` | & \ ; URLs must start with https?://
PATTERN_SAFE = [
    '" onmouseover="window.pwned=1" x="',
    "' onmouseover='window.pwned=1' x='",
    'Nama\n---\ndescription: "pwned"\n---\n',
    "javascript:window.pwned=1",
    'https://example.test/"><script>window.pwned=1</script>',
    "https://example.test/' onmouseover='window.pwned=1",
    "https://example.test/pwned?a=1&b=<b>",
]
COMBINED = "\n\n".join(PAYLOADS)


def _valid(node: dict, value) -> bool:
    leaf = {k: v for k, v in node.items() if not k.startswith(("x-", "$"))}
    return Draft202012Validator(leaf).is_valid(value)


class Filler:
    def __init__(self, keep: set[str] = frozenset()):
        self.n = 0
        self.keep = keep  # property names left as they are

    def string(self, node: dict, original=None):
        self.n += 1
        k = self.n % len(PAYLOADS)
        for cand in [COMBINED] + PAYLOADS[k:] + PAYLOADS[:k] + PATTERN_SAFE:
            if _valid(node, cand):
                return cand
        return original

    def fill(self, node: dict, value):
        node = schema._resolve(node)
        if "enum" in node or "const" in node:
            return value
        t = node.get("type")
        if t == "string":
            return self.string(node, value)
        if t == "boolean":
            return True
        if t == "object":
            out = dict(value or {})
            for k, sub in node.get("properties", {}).items():
                if k in self.keep:
                    continue
                if k in out:
                    out[k] = self.fill(sub, out[k])
                else:
                    made = self.make(sub)
                    if made is not None:
                        out[k] = made
            return out
        if t == "array" and isinstance(node.get("items"), dict):
            items = value or []
            if items:
                return [self.fill(node["items"], v) for v in items]
            made = self.make(node)
            return made if made is not None else value
        return value

    def make(self, node: dict):
        """A new value for an absent optional field, or None if we cannot make a valid one."""
        node = schema._resolve(node)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return None
        t = node.get("type")
        if t == "string":
            return self.string(node)
        if t == "boolean":
            return True
        if t == "object":
            out = {}
            for k, sub in node.get("properties", {}).items():
                v = self.make(sub)
                if v is not None:
                    out[k] = v
            return out if all(r in out for r in node.get("required", [])) and out else None
        if t == "array" and isinstance(node.get("items"), dict) and node.get("minItems", 0) <= 1:
            if node.get("uniqueItems") and schema._resolve(node["items"]).get("pattern"):
                return None  # lists of ids refer to other records
            item = self.make(node["items"])
            return [item] if item is not None else None
        return None


def fill_record(kind: str, data: dict, keep: set[str] = frozenset()) -> dict:
    out = Filler(keep).fill(schema.raw(kind), copy.deepcopy(data))
    errors = list(schema.validator(kind).iter_errors(out))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:120]}" for e in errors]
    return out


_SCHEMA_HEADER = re.compile(r"\$schema=\S*?([A-Za-z0-9_-]+)\.schema\.json")


def kind_of(text: str) -> str | None:
    """Record kind from the `# yaml-language-server: $schema=...` header of a YAML file."""
    m = _SCHEMA_HEADER.search(text[:500])
    return m.group(1) if m else None


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []
