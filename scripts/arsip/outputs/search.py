"""Post-build step: the search index of each language, for the web and for offline copies.

Why Pagefind: the theme's own search has no Indonesian stemmer and downloads its whole
index on every page. Pagefind stems Indonesian ("membatik" finds batik, "ketembakauan"
finds tembakau) and fetches only the index chunks a query needs. We run it once per
language folder (`pagefind/` for Indonesian pages at the root, `en/pagefind/` for
English), on the article of each page (`data-pagefind-body`, set in docs/theme/main.html).
Each glossary term is a heading with an id, so Pagefind returns it as a sub-result
that links to the entry itself.

Pagefind cannot fetch its chunks from file://, so an offline build (directory_urls=False,
the ZIP copy) gets `search/offline-index.js` instead: a small script index of the same
pages, searched in the browser with simple Indonesian affix stripping (`stem` below; the
same rules are in docs/assets/arsip-search.js). Both modes write `search/vocab.json`
(words of names, variants, objects, terms) which the browser uses to correct typos,
because Pagefind has no typo tolerance of its own. A word whose stem its false friends
share ("tulis": "ditulis", "tulisan"; core/spelling.FALSE_FRIENDS) is matched only on pages
that use it in its own sense: a Pagefind filter `word:<key>` on the web, a list per page
offline, which the box asks for when a query word is a key (issue 18 search).

`index(ctx)` does whichever the build needs (a step of outputs/steps.py).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

from ..core import prose
from ..core import urls
from ..core.i18n import LANGS, pick, t
from ..pages import facets
from ..core.spelling import FALSE_FRIENDS, own_words, stem, words
from . import pagefind_meta

# Files of the Pagefind bundle we never load (its ready-made interfaces): not published.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
OTHER_TOP = {"en", "pagefind", "search", "img", "assets"}  # never indexed for the root language
# First folder of the contributor documentation in each language (ranked last in results).
CONTRIBUTOR_SECTIONS = {urls.localise("kontribusi/index.md", lang).split("/")[0] for lang in LANGS}

# -- what a page says, as Pagefind would read it -------------------------------------------
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageText(HTMLParser):
    """Title, description, meta and indexed text of one built page (data-pagefind-* rules)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, in body, ignored)
        self.title = ""
        self.description = ""
        self.meta: dict[str, str] = {}
        self.body: list[str] = []
        self.has_body = False
        self._h1 = False
        self._h1_text: list[str] = []

    def _state(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content") or ""
        in_body, ignored = self._state()
        if "data-pagefind-body" in a:
            in_body, self.has_body = True, True
        if "data-pagefind-ignore" in a or tag in ("script", "style", "svg", "nav"):
            ignored = True
        meta = a.get("data-pagefind-meta")
        if meta and in_body and ":" in meta:
            k, _, v = meta.partition(":")
            self.meta.setdefault(k.strip(), v.strip())
        if tag == "h1" and in_body and not ignored and not self.title:
            self._h1 = True
        if tag in VOID:
            return
        self.stack.append((tag, in_body, ignored))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag == "h1" and self._h1:
            self._h1 = False
            self.title = " ".join("".join(self._h1_text).split())

    def handle_data(self, data):
        in_body, ignored = self._state()
        if in_body and not ignored:
            self.body.append(data)
            if self._h1:
                self._h1_text.append(data)


def read_page(path: Path) -> PageText:
    p = PageText()
    p.feed(path.read_text("utf-8"))
    p.close()
    return p


# -- the per-language pieces -----------------------------------------------------------------
def lang_root(ctx, lang: str) -> Path:
    return ctx.staging if lang == LANGS[0] else ctx.staging / lang


def glossary_url(ctx, term_id: str, lang: str = LANGS[0]) -> str:
    """Glossary entry, relative to the language root (`glosarium/#batik`, `en/glossary/#batik`
    as `glossary/#batik`, or `glosarium.html#batik` offline)."""
    return ctx.pub.linker(lang).url(urls.GLOSSARY) + f"#{term_id}"


def glossary_records(ctx, lang: str) -> list[dict]:
    out = []
    for g in ctx.col.glossary:
        forms = [g["term"], *g.get("also", [])] + ([g["term_en"]] if lang != "id" and g.get("term_en") else [])
        out.append({"url": glossary_url(ctx, g["id"], lang), "title": g["term"], "forms": forms,
                    "text": prose.plain(pick(g["definition"], lang))})
    return out


def vocabulary(ctx, lang: str) -> list[str]:
    """Words a reader is likely to type: names, variants, objects, labels, makers, terms."""
    texts = []
    for m in ctx.col.motifs:
        texts += [m["name"], *m.get("other_names", [])]
        for group in facets.values(m, ctx.col.makers, lang).values():
            texts += [label for _, label in group]
        if lang != "id":  # English readers also type the Indonesian object names
            texts += [d["object"]["id"] for d in m.get("depicts", [])]
    for mk in ctx.col.makers.values():
        texts += [mk["name"], mk["district"], mk.get("village") or ""]
    for g in ctx.col.glossary:
        texts += [g["term"], *g.get("also", []), g.get("term_en") or ""]
    return sorted({w for t in texts for w in words(t) if len(w) >= 3 and not w.isdigit()})


def _pages(root: Path, lang: str) -> list[Path]:
    if lang == LANGS[0]:
        files = list(root.glob("*.html"))
        for d in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in OTHER_TOP):
            files += d.rglob("*.html")
    else:
        files = [p for p in root.rglob("*.html") if not p.relative_to(root).parts[0] in ("pagefind", "search")]
    return sorted(files)


def pagefind_glob(root: Path) -> str:
    dirs = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in OTHER_TOP)
    return "{" + ",".join(["*.html"] + [f"{d}/**/*.html" for d in dirs]) + "}"


# -- words kept apart in the search text ----------------------------------------------------
# Pagefind reads a page's text as the browser would copy it, except that it does not put a
# space between two block elements written without whitespace between them ("<dt>Tema</dt>
# <dd>Flora</dd>" written as one string gives "TemaFlora"). Generated markup is often written
# that way, so before indexing, a line break goes between every such pair. Whitespace between
# block boxes (list items, table cells, definition terms) changes nothing on screen.
BLOCK = ("address|article|aside|blockquote|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|"
         "h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul")
_JOINED = re.compile(rf"(</(?:{BLOCK})>|<br\s*/?>)(?=<(?:{BLOCK})[\s>/])", re.I)
_SCRIPT = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<pre\b.*?</pre>|<textarea\b.*?</textarea>)", re.I | re.S)


def spaced(html: str) -> str:
    """`html` with a line break between adjacent block elements (scripts, styles, <pre> untouched)."""
    parts = _SCRIPT.split(html)
    return "".join(p if i % 2 else _JOINED.sub(r"\1\n", p) for i, p in enumerate(parts))


def rewrite_pages(files: list[Path], *steps) -> int:
    """Apply each function of `steps` (html -> html) to the given pages in place, in one read
    and write per page; returns how many files changed."""
    n = 0
    for f in files:
        text = new = f.read_text("utf-8")
        for step in steps:
            new = step(new)
        if new != text:
            f.write_text(new, "utf-8")
            n += 1
    return n


# -- issue 18 search: a key word in its own sense, not its false friends ("tulis", not "ditulis") --
_BODY_TAG = re.compile(r"<[^>]*\sdata-pagefind-body(?=[\s>/=])[^>]*>")


def own_words_filter(html: str, lang: str) -> str:
    """`html` with a Pagefind filter `word:<key>` for every key of spelling.FALSE_FRIENDS the
    page uses in its own sense, as an empty element at the start of its indexed body (the
    search box asks for that filter when a query word is a key: core/spelling.py)."""
    low = html.lower()
    if not any(k in low for k in FALSE_FRIENDS):
        return html
    page = PageText()
    page.feed(html)
    page.close()
    keys = own_words(" ".join(page.body), lang)
    body = _BODY_TAG.search(html)
    if not keys or not body:
        return html
    marks = "".join(f'<span data-pagefind-filter="word:{k}"></span>' for k in keys)
    return html[: body.end()] + marks + html[body.end():]



def _pagefind(ctx, lang: str) -> None:
    """Run the Pagefind binary (from the pagefind[bin] package) on one language folder.

    A subprocess rather than Pagefind's asyncio API: builds also run inside programs that
    already have an event loop (the browser tests, `arsip serve`).
    """
    root = lang_root(ctx, lang)
    out = root / "pagefind"
    if out.exists():
        shutil.rmtree(out)
    glob = pagefind_glob(root) if lang == LANGS[0] else "**/*.html"
    cmd = [sys.executable, "-m", "pagefind", "--site", str(root), "--glob", glob, "--output-path", str(out),
           "--force-language", lang, "--silent"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 or not (out / "pagefind.js").is_file():
        raise RuntimeError(f"Pagefind gagal / failed ({lang}): {r.stdout}{r.stderr}")
    for name in UNUSED:
        (out / name).unlink(missing_ok=True)
    pagefind_meta.stabilise(out)  # its filters in one order: same pages, same bytes


def _glossary_kind(lang: str) -> str:
    return t("glossary", lang)


def _by_frequency(stems) -> list[str]:
    """Distinct stems, most frequent first (the browser ranks earlier stems higher)."""
    counts: dict[str, int] = {}
    for st in stems:
        counts[st] = counts.get(st, 0) + 1
    return sorted(counts, key=lambda st: (-counts[st], st))


def offline_index(ctx, lang: str) -> dict:
    """The script index used under file:// (see module docstring)."""
    root = lang_root(ctx, lang)
    docs = []
    for path in _pages(root, lang):
        rel = path.relative_to(root).as_posix()
        if rel in (glossary_url(ctx, "", lang).split("#")[0], ctx.pub.linker(lang).file(urls.GLOSSARY)):
            continue  # its terms are indexed one by one below
        page = read_page(path)
        if not page.has_body:
            continue
        title = page.title or path.stem
        body = " ".join(" ".join(page.body).split())
        title_stems = sorted({stem(w, lang) for w in words(title)})
        body_stems = _by_frequency(stem(w, lang) for w in words(body) if stem(w, lang) not in title_stems)
        doc = {"u": rel, "t": title, "x": page.description or body[:160], "ts": " ".join(title_stems),
               "bs": " ".join(body_stems)}
        if page.meta.get("kind"):
            doc["k"] = page.meta["kind"]
        if rel.split("/")[0] in CONTRIBUTOR_SECTIONS:
            doc["a"] = 1  # contributor documentation: ranked after the public pages
        if page.meta.get("thumb"):
            doc["i"] = page.meta["thumb"]
        if page.meta.get("icon"):
            doc["c"] = page.meta["icon"]  # the result's icon when it has no picture
        if own := own_words(" ".join(page.body), lang):
            doc["w"] = own  # key words it uses in their own sense (issue 18 search)
        docs.append(doc)
    for rec in glossary_records(ctx, lang):
        ts = sorted({stem(w, lang) for f in rec["forms"] for w in words(f)})
        doc = {"u": rec["url"], "t": rec["title"], "x": rec["text"][:160], "k": _glossary_kind(lang), "c": "glossary",
               "ts": " ".join(ts), "bs": " ".join(_by_frequency(stem(w, lang) for w in words(rec["text"]) if stem(w, lang) not in ts))}
        if own := own_words(" ".join([*rec["forms"], rec["text"]]), lang):
            doc["w"] = own
        docs.append(doc)
    return {"v": 1, "lang": lang, "docs": docs, "vocab": vocabulary(ctx, lang), "keys": sorted(FALSE_FRIENDS)}


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def index(ctx) -> dict:
    """Build the search of every language for this build (web: Pagefind; offline: script index)."""
    stats = {}
    for lang in LANGS:
        root = lang_root(ctx, lang)
        folder = root / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "vocab.json").write_text(_dump(vocabulary(ctx, lang)), "utf-8")
        # Words of adjacent blocks stay apart in snippets; on the web, pages that say "tulis" (not
        # only "ditulis") carry its Pagefind filter (issue 18 search).
        steps = [spaced] + ([partial(own_words_filter, lang=lang)] if ctx.directory_urls else [])
        rewrite_pages(_pages(root, lang), *steps)
        if ctx.directory_urls:
            _pagefind(ctx, lang)
            stats[lang] = "pagefind"
        else:
            data = offline_index(ctx, lang)
            (folder / "offline-index.js").write_text(f"window.ARSIP_OFFLINE_INDEX={_dump(data)};\n", "utf-8")
            stats[lang] = len(data["docs"])
    ctx.stats["search_pages"] = stats
    return stats
