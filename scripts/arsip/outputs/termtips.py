"""Post-build step: the first use of a glossary term on a page explains itself.

Why at build time, on the finished HTML: it then works on hand-written pages as well as
generated ones, costs only the few terms a page uses (no glossary download on every
page), works without JavaScript (the link's title shows the definition and the link
opens the glossary entry) and from file://. docs/assets/arsip-terms.js turns the title
into a popover that opens on hover, keyboard focus and tap.

Only text inside the page's article is touched, never text inside links, headings,
code, buttons or elements marked `data-arsip-noterm`/`data-pagefind-ignore`, and never
attributes. Matching is whole-word and case-insensitive; longer forms win ("batik cap"
before "cap"). The glossary page itself is left alone.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from ..core import prose, urls
from ..core.i18n import LANGS, pick

SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "script", "style", "button",
             "abbr", "dfn", "label", "select", "textarea", "option", "svg", "title", "th", "summary", "figcaption"}
SKIP_ATTRS = ("data-arsip-noterm", "data-pagefind-ignore")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
ARTICLE = re.compile(r'(<article class="md-content__inner[^"]*">)(.*?)(</article>)', re.S)
DEF_LIMIT = 240


def forms(g: dict, lang: str) -> list[str]:
    """Spellings that count as a use of term `g` on a page of `lang`."""
    out = [g["term"], *g.get("also", [])]
    en = g.get("term_en")
    if lang != "id" and en and re.fullmatch(r"[A-Za-z][A-Za-z -]+", en):
        out.append(en)
    return sorted({f.strip() for f in out if len(f.strip()) >= 3}, key=lambda f: (-len(f), f.lower()))


class Terms:
    """The glossary of one language, ready to mark up pages."""

    def __init__(self, glossary: list[dict], lang: str):
        self.by_form: dict[str, dict] = {}
        for g in glossary:
            for f in forms(g, lang):
                self.by_form.setdefault(f.lower(), g)
        self.defs = {g["id"]: prose.plain(pick(g["definition"], lang), DEF_LIMIT) for g in glossary}
        alts = sorted(self.by_form, key=lambda f: (-len(f), f))
        self.pattern = re.compile(r"(?<![\w&#-])(" + "|".join(re.escape(html.escape(f)) for f in alts) + r")(?![\w-])",
                                  re.I) if alts else None

    def mark(self, article: str, href_of) -> str:
        """Mark the first use of each term in an article's HTML (text nodes only)."""
        if not self.pattern:
            return article
        used: set[str] = set()
        out, stack, pos = [], [], 0
        for m in TAG.finditer(article):
            out.append(self._text(article[pos:m.start()], stack, used, href_of))
            tag = m.group(0)
            out.append(tag)
            pos = m.end()
            if tag.startswith("<!--"):
                continue
            nm = TAG_NAME.match(tag)
            if not nm:
                continue
            name = nm.group(1).lower()
            if tag.startswith("</"):
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        del stack[i:]
                        break
            elif name not in VOID and not tag.endswith("/>"):
                skip = name in SKIP_TAGS or any(a in tag for a in SKIP_ATTRS) or (stack and stack[-1][1])
                stack.append((name, bool(skip)))
        out.append(self._text(article[pos:], stack, used, href_of))
        return "".join(out)

    def _text(self, text: str, stack, used: set, href_of) -> str:
        if not text.strip() or (stack and stack[-1][1]):
            return text

        def repl(m):
            g = self.by_form[html.unescape(m.group(1)).lower()]
            if g["id"] in used:
                return m.group(0)
            used.add(g["id"])
            tip = f'{g["term"]}: {self.defs[g["id"]]}'
            return (f'<a class="arsip-term" href="{html.escape(href_of(g["id"]))}" data-term="{html.escape(g["id"])}" '
                    f'title="{html.escape(tip)}">{m.group(1)}</a>')

        return self.pattern.sub(repl, text)


def glossary_file(directory_urls: bool, lang: str = LANGS[0]) -> str:
    return urls.Linker(lang, directory_urls).file(urls.GLOSSARY)


def mark_site(ctx) -> int:
    """Mark every page of both languages in the staging site; returns the number of pages changed."""
    changed = 0
    if not ctx.col.glossary:
        return 0
    for lang in LANGS:
        root = ctx.staging if lang == LANGS[0] else ctx.staging / lang
        terms = Terms(ctx.col.glossary, lang)
        gfile = glossary_file(ctx.directory_urls, lang)
        for path in sorted(root.rglob("*.html")):
            rel = path.relative_to(root).as_posix()
            if lang == LANGS[0] and rel.split("/")[0] in LANGS[1:]:
                continue
            if rel == gfile or rel.startswith(("pagefind/", "search/", "assets/")):
                continue
            changed += mark_file(path, terms, _href_maker(rel, gfile, ctx.directory_urls))
    ctx.stats["termtips_pages"] = changed
    return changed


def _href_maker(rel: str, gfile: str, directory_urls: bool):
    here = posixpath.dirname(rel) or "."
    target = posixpath.dirname(gfile) if directory_urls else gfile
    link = posixpath.relpath(target, here)
    if directory_urls:
        link = "./" if link == "." else link + "/"
    return lambda term_id: f"{link}#{term_id}"


def mark_file(path: Path, terms: Terms, href_of) -> bool:
    text = path.read_text("utf-8")
    m = ARTICLE.search(text)
    if not m or "data-pagefind-body" not in m.group(2):
        return False
    new = terms.mark(m.group(2), href_of)
    if new == m.group(2):
        return False
    path.write_text(text[: m.start(2)] + new + text[m.end(2):], "utf-8")
    return True
