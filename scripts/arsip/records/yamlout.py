"""Write contributor text into hand-editable YAML without changing it.

The motif template is YAML with comments, so it is written as text, not dumped. Every
value goes through `scalar`, which picks the most readable form that reads back exactly
the same: plain, a `|-` block for paragraphs, or a double-quoted string as a last resort.
"""

from __future__ import annotations

import json

import yaml


def clean_text(s: str) -> str:
    """Text as a contributor meant it: Unix newlines, no trailing spaces, no blank ends."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in s.split("\n")).strip("\n").strip()


def _reads_back(snippet: str, value) -> bool:
    try:
        return yaml.safe_load(snippet) == {"k": value}
    except yaml.YAMLError:
        return False


def scalar(value, indent: int = 2) -> str:
    """YAML for one value placed after `key: ` at `indent - 2` spaces of indentation."""
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if "\n" in s:
        pad = " " * indent
        block = "|-\n" + "\n".join(pad + line if line else "" for line in s.split("\n"))
        if not s[:1].isspace() and _reads_back("k: " + block.replace("\n" + pad, "\n  "), s):
            return block
        return json.dumps(s, ensure_ascii=False)
    plain = yaml.safe_dump(s, allow_unicode=True, width=10**6)
    plain = plain[: -len("\n...\n")] if plain.endswith("\n...\n") else plain.rstrip("\n")
    if "\n" not in plain and _reads_back("k: " + plain, s):
        return plain
    return json.dumps(s, ensure_ascii=False)
