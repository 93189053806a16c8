"""Read a built page the way a crawler does: its <meta>, <link> and <script> elements."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path


@dataclass
class Head:
    meta: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    scripts: list[tuple[dict, str]] = field(default_factory=list)  # (attributes, text)

    def prop(self, name: str) -> list[str]:
        """Values of <meta property=name> (Open Graph) or <meta name=name>."""
        return [m.get("content") for m in self.meta if m.get("property") == name or m.get("name") == name]

    def one(self, name: str) -> str:
        values = self.prop(name)
        assert len(values) == 1, (name, values)
        return values[0]

    def jsonld(self) -> list:
        return [json.loads(text) for attrs, text in self.scripts if attrs.get("type") == "application/ld+json"]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.head = Head()
        self._script: dict | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.head.meta.append(a)
        elif tag == "link":
            self.head.links.append(a)
        elif tag == "script":
            self._script, self._text = a, []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.head.scripts.append((self._script, "".join(self._text)))
            self._script = None


def parse(path: Path | str) -> Head:
    p = _Parser()
    p.feed(Path(path).read_text("utf-8"))
    return p.head
