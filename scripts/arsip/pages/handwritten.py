"""The hand-written pages (docs/<lang>/*.md): copied once, with their markers filled in and
their head metadata added.

Each page is read once from docs/ and written once into the generated docs folder:
`<!-- arsip:motif-grid -->` on the home page becomes a few featured motifs (never all:
page size must not grow with the archive), `<!-- arsip:downloads -->` on the Data page
becomes the table of open-data files, and every page gets its `arsip:` head data
(Open Graph; the home and Data pages also the archive as a schema.org Collection/Dataset).
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import yaml
from markupsafe import Markup

from ..core import urls
from ..core.i18n import ARCHIVE_NAME, t
from . import metadata
from .writer import PageWriter, dump_yaml

GRID_MARKER = "<!-- arsip:motif-grid -->"
DOWNLOADS_MARKER = "<!-- arsip:downloads -->"
FEATURED = 8


def copy_tree(pw: PageWriter) -> None:
    """A fresh docs folder: the hand-written files of the language (pages are rewritten below)
    and the shared assets."""
    out, src = pw.out, pw.arc.docs / pw.lang
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(src, out, ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(pw.arc.docs / "assets", out / "assets")


def featured(pw: PageWriter) -> Markup:
    rank = {"official": 0, "registered": 1, "community": 2}
    chosen = sorted(pw.col.motifs, key=lambda m: (rank[m["status"]["kind"]], m.get("year") or 9999, m["id"]))[:FEATURED]
    cards = Markup("").join(
        Markup('<li class="arsip-card"><a href="{}">{}<span class="arsip-card__name">{}</span></a></li>').format(
            pw.link.href(urls.HOME, urls.motif(m["id"])), pw.thumb(m, urls.HOME, eager=i < 2), m["name"])
        for i, m in enumerate(chosen))
    return Markup('<ul class="arsip-grid" markdown="0" data-pagefind-ignore="all">') + cards + Markup("</ul>")


def downloads_table(pw: PageWriter) -> str:
    lang, link, e = pw.lang, pw.link, html.escape
    rows = [(link.asset(urls.DATA, d["path"]), d["name"], d["about"][lang]) for d in urls.open_data_files()]
    rows.append((link.asset(urls.DATA, urls.feed(lang)), urls.feed(lang), t("feed", lang)))
    rows.append((link.asset(urls.DATA, "sitemap_index.xml"), "sitemap_index.xml", t("sitemap", lang)))
    return (f'<div markdown="0"><table class="arsip-downloads"><thead><tr><th>{e(t("file", lang))}</th>'
            f'<th>{e(t("contents", lang))}</th></tr></thead><tbody>'
            + "".join(f'<tr><td><a href="{e(h)}"><code>{e(n)}</code></a></td><td>{e(a)}</td></tr>' for h, n, a in rows)
            + "</tbody></table></div>")


def head_of(pw: PageWriter, md: str, title: str, desc: str) -> dict:
    pub, lang, card = pw.pub, pw.lang, pw.cards.archive
    n_motifs, n_makers = len(pw.col.motifs), len(pw.col.makers)
    if md == urls.HOME:
        return metadata.home_head(pub, lang, title, n_motifs, n_makers, card, urls.open_data_files())
    head = metadata.page_head(pub, lang, md, title, desc, card)
    if md == urls.DATA:
        head["jsonld"] = metadata.script_json(metadata.home_jsonld(pub, lang, n_motifs, n_makers, card,
                                                                   urls.open_data_files()))
    return head


def page(pw: PageWriter, md: str, text: str) -> str:
    if md == urls.HOME and GRID_MARKER in text:
        text = text.replace(GRID_MARKER, str(featured(pw)))
    if md == urls.DATA and DOWNLOADS_MARKER in text:
        text = text.replace(DOWNLOADS_MARKER, downloads_table(pw))
    meta, body = {}, text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            meta, body = yaml.safe_load(text[4:end]) or {}, text[end + 5:]
    if not isinstance(meta, dict) or "arsip" in meta:
        return text
    title = html.unescape(str(meta.get("title") or next(
        (ln[2:].strip() for ln in body.splitlines() if ln.startswith("# ")), ARCHIVE_NAME[pw.lang])))
    meta["arsip"] = head_of(pw, md, title, html.unescape(str(meta.get("description") or "")))
    return f"---\n{dump_yaml(meta)}---\n{body}"


def write(pw: PageWriter) -> None:
    src = pw.arc.docs / pw.lang
    for path in sorted(src.rglob("*.md")):
        md = path.relative_to(src).as_posix()
        pw.write_text(md, page(pw, md, Path(path).read_text("utf-8")))
