"""Render contributors' prose: simple Markdown, never raw HTML, never script links.

Python-Markdown passes raw HTML through by default, so we switch that off (the text is
escaped instead), drop images, and keep only http(s), mailto and in-page links.
"""

from __future__ import annotations

import re
from functools import lru_cache

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

_SAFE_HREF = re.compile(r"^(https?://|mailto:|#)", re.I)


class _Sanitise(Treeprocessor):
    def run(self, root):
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "img":
                    # Images in prose are replaced by their alt text.
                    alt = child.get("alt", "")
                    idx = list(parent).index(child)
                    parent.remove(child)
                    if idx == 0:
                        parent.text = (parent.text or "") + alt + (child.tail or "")
                    else:
                        prev = parent[idx - 1]
                        prev.tail = (prev.tail or "") + alt + (child.tail or "")
        for a in root.iter("a"):
            href = (a.get("href") or "").strip()
            keep = {"href": href} if _SAFE_HREF.match(href) else {}
            a.attrib.clear()
            a.attrib.update(keep)
            if href.lower().startswith("http"):
                a.set("rel", "nofollow noopener")
        for el in root.iter():
            for k in list(el.attrib):
                if k.lower().startswith("on") or k.lower() in ("style", "class", "id"):
                    del el.attrib[k]


class _NoHtml(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Headings in a contributor's text would break the page's outline: keep them as text.
        md.parser.blockprocessors.deregister("hashheader")
        md.parser.blockprocessors.deregister("setextheader")
        md.treeprocessors.register(_Sanitise(md), "arsip_sanitise", 0)


@lru_cache(maxsize=1)
def _md() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_NoHtml(), "sane_lists"], output_format="html")


def render(text: str) -> Markup:
    """Markdown -> safe HTML fragment."""
    md = _md()
    md.reset()
    return Markup(md.convert(text or ""))


def plain(text: str, limit: int | None = None) -> str:
    """Markdown -> plain text (for descriptions and meta tags), optionally shortened."""
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text or "")
    t = re.sub(r"[*_`#>]+", "", t)
    t = " ".join(t.split())
    if limit and len(t) > limit:
        t = t[: limit - 1].rsplit(" ", 1)[0] + "…"
    return t
