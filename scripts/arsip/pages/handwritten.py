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
import posixpath
import re
import shutil
from pathlib import Path

import yaml
from markupsafe import Markup

from ..core import urls
from ..core.i18n import ARCHIVE_NAME, t
from . import journeys, metadata
from ..images import picture
from .writer import DAILY_SIZES, PageWriter, dump_yaml

GRID_MARKER = "<!-- arsip:motif-grid -->"
HERO_MARKER = "<!-- arsip:hero -->"
DAILY = 7  # motifs of the day on the home page (docs/assets/arsip.css has a rule for each slide)
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
    bundle_css(out / "assets")


# The site's own stylesheets, in cascade order: one file on every page (mkdocs.yml extra_css)
# instead of five render-blocking requests; the parts stay separate in docs/assets/ to edit.
CSS_PARTS = ("arsip.css", "arsip-find.css", "sekolah.css", "arsip-share.css", "arsip-zoom.css",
             "arsip-peta.css",  # map (issue 20)
             "arsip-store.css")  # issue 19 storefront
CSS_BUNDLE = "arsip-site.css"


def bundle_css(assets: Path) -> None:
    parts = [f"/* == {name} == */\n" + (assets / name).read_text("utf-8").strip() + "\n" for name in CSS_PARTS]
    (assets / CSS_BUNDLE).write_text("\n".join(parts), "utf-8")


def pick_featured(motifs: list[dict], n: int = FEATURED) -> list[dict]:
    """A varied, deterministic choice (issue 18: not the first n by name): the groups of motifs
    (status and set: the first nine, the agro five, registered, community) take turns, and
    each turn takes the motif that adds the most themes not yet shown (then by id)."""
    rank = {"official": 0, "registered": 1, "community": 2}
    groups: dict[tuple, list[dict]] = {}
    for m in sorted(motifs, key=lambda m: m["id"]):
        st = m["status"]
        groups.setdefault((rank.get(st["kind"], 9), st.get("set_year") or 9999, st.get("set") or ""), []).append(m)
    chosen: list[dict] = []
    themes: set[str] = set()
    while len(chosen) < n and any(groups.values()):
        for key in sorted(groups):
            pool = groups[key]
            if not pool or len(chosen) >= n:
                continue
            best = min(pool, key=lambda m: (-len(set(m.get("themes", [])) - themes), m["id"]))
            pool.remove(best)
            chosen.append(best)
            themes |= set(best.get("themes", []))
    return chosen


def featured_badge(pw: PageWriter, m: dict) -> str:
    """What sets a featured motif apart (its set and year, e.g. "Lima motif agro · 2012"),
    rather than the one status every official motif shares."""
    st = m["status"]
    if not st.get("set"):
        return pw.status_label(m)
    year = st.get("set_year")
    return pw.enum("status", "set", st["set"]) + (f" · {year}" if year else "")


def featured(pw: PageWriter) -> Markup:
    chosen = pick_featured(pw.col.motifs)
    macros = pw.env.get_template("_macros.j2").make_module({"lang": pw.lang})
    cards = Markup("").join(Markup(macros.card(m, pw.lang, urls.HOME, eager=False, badge=featured_badge(pw, m)))
                            for m in chosen)
    return Markup('<ul class="arsip-grid" data-pagefind-ignore="all">') + cards + Markup("</ul>")


def daily(pw: PageWriter) -> tuple[Markup, list[str]]:
    """The home page's motif of the day: up to DAILY slides of one size, of the motifs that
    have a picture; assets/arsip-daily.js picks today's before the first paint (no layout
    shift), and the pictures of the other slides are never downloaded (lazy and not shown).
    Returns the slides and each slide's AVIF srcset, so the script can preload today's picture
    from <head> (it is the page's largest paint; a lazy image would start only after layout).
    The caption is a <span> inside the slide's one link: HTML allows no <figcaption> in an <a>."""
    chosen = [m for m in sorted(pw.col.motifs, key=lambda m: m["id"]) if (pw.images.get(m["id"]) or [None])[0]][:DAILY]
    slides, srcsets = [], []
    for i, m in enumerate(chosen):
        sets = pw.images[m["id"]][0]
        pic = picture(sets, pw.img_base(urls.HOME), "", DAILY_SIZES, max_width=1280)
        srcsets.append(", ".join(f"{pw.img_base(urls.HOME)}{d.name} {d.width}w" for d in sets.of("avif") if d.width <= 1280))
        slides.append(Markup(
            '<figure class="arsip-daily__slide" data-i="{}"><a href="{}">{}<span class="arsip-daily__caption">'
            '<span class="arsip-daily__label">{}</span> <span class="arsip-daily__name">{}</span> '
            '<span class="arsip-daily__line">{}</span></span></a></figure>').format(
            i, pw.link.href(urls.HOME, urls.motif(m["id"])), pic, t("today_motif", pw.lang), m["name"], pw.one_line(m)))
    if not slides:
        return Markup(""), []
    return (Markup('<div class="arsip-daily" data-pagefind-ignore="all">\n') + Markup("\n").join(slides)
            + Markup("\n</div>"), srcsets)


def downloads_table(pw: PageWriter) -> str:
    lang, link, e = pw.lang, pw.link, html.escape
    rows = [(link.asset(urls.DATA, d["path"]), d["name"], d["about"][lang]) for d in urls.open_data_files()]
    rows.append((link.asset(urls.DATA, urls.feed(lang)), urls.feed(lang), t("feed", lang)))
    rows.append((link.asset(urls.DATA, "sitemap_index.xml"), "sitemap_index.xml", t("sitemap", lang)))
    col = urls.iiif_collection()  # IIIF drag-and-drop convention: <collection>?manifest=<its URL>
    rows.append((f"{link.asset(urls.DATA, col)}?manifest={pw.pub.asset(col)}", col, t("iiif_collection", lang)))
    return (f'<div><table class="arsip-downloads"><thead><tr><th>{e(t("file", lang))}</th>'
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


_MD_LINK = re.compile(r"\]\(([^)\s#:]+\.md)(#[^)\s]*)?\)")


def localise_links(text: str, md: str, lang: str) -> str:
    """Markdown links between hand-written pages, for a language whose sections have their
    own names (urls.SECTIONS): `[..](cara.md)` in kontribusi/index.md becomes `(how.md)`."""
    if not urls.SECTIONS.get(lang):
        return text
    here = posixpath.dirname(urls.localise(md, lang)) or "."

    def fix(m: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(md), m.group(1)))
        return f"]({posixpath.relpath(urls.localise(target, lang), here)}{m.group(2) or ''})"

    return _MD_LINK.sub(fix, text)


def page(pw: PageWriter, md: str, text: str) -> str:
    text = localise_links(text, md, pw.lang)
    daily_srcsets: list[str] = []
    if md == urls.HOME and GRID_MARKER in text:
        text = text.replace(GRID_MARKER, str(featured(pw)))
    if md == urls.HOME and HERO_MARKER in text:
        slides, daily_srcsets = daily(pw)
        text = text.replace(HERO_MARKER, str(slides))
    if md == urls.DATA and DOWNLOADS_MARKER in text:
        text = text.replace(DOWNLOADS_MARKER, downloads_table(pw))
    text = journeys.fill(pw, md, text)
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
    if len(daily_srcsets) > 1:
        meta["arsip_daily"] = len(daily_srcsets)  # the theme adds assets/arsip-daily.js to this page
        meta["arsip_daily_srcsets"] = daily_srcsets  # ... which preloads today's picture
        meta["arsip_daily_sizes"] = DAILY_SIZES
    return f"---\n{dump_yaml(meta)}---\n{body}"


def write(pw: PageWriter) -> None:
    src = pw.arc.docs / pw.lang
    for path in sorted(src.rglob("*.md")):
        md = path.relative_to(src).as_posix()
        pw.write_text(md, page(pw, md, Path(path).read_text("utf-8")))
