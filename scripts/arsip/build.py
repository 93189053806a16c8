"""The whole build: records -> images -> pages -> MkDocs -> output steps -> atomic swap.

`web_build` (what `arsip build` runs) and `offline_build` (the file:// copy inside the ZIP)
are siblings over the same stages and the same loaded records and images; the web build
makes the offline copy first, unless the cached ZIP was made from the same inputs. A
failure at any point leaves the previous site untouched.
"""

from __future__ import annotations

import dataclasses

import os
import posixpath
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from . import images as imagemod
from .core import steward, urls
from .core.atomic import recover, swap
from .core.i18n import LANGS, table
from .core.paths import Archive
from .core.problems import InvalidArchive
from .core.reproducible import fixed_clock
from .core.urls import Published
from .outputs import downloads, kit, offline, sharecards, steps
from .pages import write_pages
from .records.collection import Collection, load_collection


@dataclass
class BuildContext:
    """What the output steps see: the records, their images and the site being built."""

    arc: Archive
    col: Collection
    images: dict  # motif id -> [ImageSet]
    pub: Published
    cards: sharecards.Cards
    staging: Path
    stats: dict = field(default_factory=dict)
    offline_zip: Path | None = None  # placed in unduh/ by the downloads step

    @property
    def site_url(self) -> str:
        return self.pub.site_url

    @property
    def directory_urls(self) -> bool:
        return self.pub.directory_urls


def check(arc: Archive) -> Collection:
    """Every problem of the archive: the records' checks, then the image files' (one validator)."""
    col = load_collection(arc)
    imagemod.check_originals(arc, col)
    return col


def load(arc: Archive) -> Collection:
    col = check(arc)
    if col.problems.errors:
        raise InvalidArchive(col.problems)
    return col


def localise_config(cfg, lang: str, directory_urls: bool) -> None:
    """The navigation names pages by their Indonesian paths (as the code does); each language
    gets its own section names from urls.SECTIONS. The theme's language switch gets the
    (this language, other language) URL prefixes of the renamed sections."""
    def walk(items):
        out = []
        for item in items or []:
            if isinstance(item, dict):
                out.append({k: walk(v) if isinstance(v, list) else (urls.localise(v, lang) if isinstance(v, str)
                                                                      and v.endswith(".md") else v)
                            for k, v in item.items()})
            else:
                out.append(urls.localise(item, lang) if isinstance(item, str) and item.endswith(".md") else item)
        return out

    cfg["nav"] = walk(cfg["nav"])
    pairs = [p for other in LANGS if other != LANGS[0] for p in urls.section_urls(other, directory_urls)]
    if lang == LANGS[0]:
        switch = [[a, b] for a, b in pairs]
    else:
        switch = [[b, a] for a, b in urls.section_urls(lang, directory_urls)]
    cfg["extra"]["arsip_sections"] = sorted(switch, key=lambda p: -len(p[0]))


# Interface words the theme's own templates show (docs/theme), from the one store (core/i18n.py).
THEME_WORDS = ("contact_title", "nf_title", "nf_text", "nf_search", "nf_go", "search_more")


def theme_extra(cfg, arc: Archive, lang: str, pub: Published) -> None:
    """What docs/theme needs beyond MkDocs: its words in this language and the steward's
    contact (or the repository route) for the footer (issue 18)."""
    cfg["extra"]["arsip_words"] = table(lang, list(THEME_WORDS))
    # the 404 page speaks both languages (one 404.html answers every missing address)
    cfg["extra"]["arsip_words_all"] = [{"lang": x, "home": urlsplit(pub.home(x)).path.rstrip("/"),
                                        **table(x, list(THEME_WORDS))}
                                       for x in sorted(LANGS, key=lambda x: x != lang)]
    cfg["extra"]["arsip_contact"] = steward.html(steward.load(arc.root), lang)
    # the header's wordmark: extra.wordmark big, the rest of the site name small (partials/header.html)
    words = cfg["site_name"].split(" ")
    big = cfg["extra"].get("wordmark") if cfg["extra"].get("wordmark") in words else words[-1]
    cfg["extra"]["arsip_brand"] = {"small": " ".join(w for w in words if w != big), "big": big}


def mkdocs_build(arc: Archive, lang: str, site_dir: Path, pub: Published) -> None:
    from mkdocs.commands.build import build as mk_build  # noqa: PLC0415 - MkDocs is slow to import
    from mkdocs.config import load_config  # noqa: PLC0415

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    cfg_file = arc.root / ("mkdocs.yml" if lang == LANGS[0] else f"mkdocs.{lang}.yml")
    cfg = load_config(str(cfg_file), site_dir=str(site_dir), site_url=pub.home(lang),
                      use_directory_urls=pub.directory_urls, strict=True)
    localise_config(cfg, lang, pub.directory_urls)
    theme_extra(cfg, arc, lang, pub)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mk_build(cfg, dirty=False)
    finally:
        cfg.plugins.on_shutdown()


ENGINES = ("mkdocs", "zensical")  # the site generators; MkDocs is the default (README, "Engines")


def _raw_config(path: Path) -> dict:
    """mkdocs.yml as plain data, INHERIT resolved (deep merge, the child wins)."""
    import yaml  # noqa: PLC0415

    cfg = yaml.safe_load(path.read_text("utf-8")) or {}
    parent = cfg.pop("INHERIT", None)
    if not parent:
        return cfg

    def merge(a: dict, b: dict) -> dict:
        out = dict(a)
        for k, v in b.items():
            out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
        return out

    return merge(_raw_config(path.parent / parent), cfg)


# A Markdown inline link or image target: ](target) or ](target "title"), <target> allowed.
_MD_LINK = re.compile(r'(\]\(\s*<?)([^)\s<>]+)(>?(?:\s+"[^"]*")?\s*\))')
# A raw-HTML link to a .md file (data/peta/README.md, written by the output steps): Zensical
# turns it into a page URL (data/peta/); with the dot written %2E (the same URL, RFC 3986
# 6.2.2.2) it is left alone, and the dot is put back in the built pages (_restore_md_hrefs).
_RAW_MD = re.compile(r'((?:href|src)=")([^"#?]*?)\.md([#?"])')
_RAW_MD_KEPT = re.compile(r'((?:href|src)=")([^"#?]*?)%2Emd([#?"])')


def _page_home(src: str, move: bool = True) -> str:
    """Where a page's Markdown sits in Zensical's docs tree: with directory URLs (`move`) x/y.md
    as x/y/index.md, next to the x/y/index.html it becomes; index.md and other files stay."""
    if not move or not src.endswith(".md") or posixpath.basename(src) == "index.md":
        return src
    return src[:-3] + "/index.md"


def _rehome_links(md: str, src: str) -> str:
    """The relative Markdown links of page `src` as seen from its new place (_page_home): the
    target is resolved from the old place, a page target moved the same way."""
    old_dir, new_dir = posixpath.dirname(src), posixpath.dirname(_page_home(src))

    def fix(m: re.Match) -> str:
        url = m.group(2)
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not parts.path or url.startswith("/"):
            return m.group(0)
        target = posixpath.normpath(posixpath.join(old_dir, parts.path))
        if target.startswith(".."):  # outside the docs: nothing to resolve
            return m.group(0)
        rest = url[len(parts.path):]  # ?query#fragment, unchanged
        return m.group(1) + posixpath.relpath(_page_home(target), new_dir or ".") + rest + m.group(3)

    return _MD_LINK.sub(fix, md)


def zensical_docs(docs: Path, dest: Path, move: bool) -> None:
    """Zensical's copy of the docs tree (in `dest`). Zensical 0.0.73 resolves relative URLs
    inside raw HTML from the .md file, not from the page it becomes, and turns every raw-HTML
    link to a .md file into a page URL; MkDocs leaves raw HTML alone, and the page generators
    write it for the output page. So with directory URLs (`move`) every page sits where it is
    output (_page_home), its Markdown links rewritten to match, and raw-HTML .md links are
    kept (_RAW_MD). Other files are hard links (copies where linking is not possible)."""
    if dest.exists():
        shutil.rmtree(dest)
    for path in sorted(docs.rglob("*")):
        if path.is_dir():
            continue
        src = path.relative_to(docs).as_posix()
        out = dest / _page_home(src, move)
        out.parent.mkdir(parents=True, exist_ok=True)
        if src.endswith(".md"):
            if out.exists():
                raise RuntimeError(f"zensical: {src} and {_page_home(src)} would be the same page")
            md = path.read_text("utf-8")
            md = _rehome_links(md, src) if move else md
            out.write_text(_RAW_MD.sub(r"\1\2%2Emd\3", md), "utf-8")
        else:
            try:
                os.link(path, out)
            except OSError:
                shutil.copy2(path, out)


def _restore_md_hrefs(site_dir: Path) -> None:
    """The raw-HTML links to .md files as the generators wrote them (see _RAW_MD)."""
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text("utf-8")
        if "%2Emd" in html:
            page.write_text(_RAW_MD_KEPT.sub(r"\1\2.md\3", html), "utf-8")


def _rehome_nav(items, move: bool):
    """The navigation with every page named by its place in Zensical's docs tree."""
    if isinstance(items, list):
        return [_rehome_nav(x, move) for x in items]
    if isinstance(items, dict):
        return {k: _rehome_nav(v, move) for k, v in items.items()}
    if isinstance(items, str) and items.endswith(".md") and "://" not in items:
        return _page_home(items, move)
    return items


def zensical_build(arc: Archive, lang: str, site_dir: Path, pub: Published) -> None:
    """The same mkdocs.yml built by Zensical (optional extra `zensical`): the settings MkDocs gets
    from build.mkdocs_build are written into one resolved config, .build/zensical.<lang>.yml, which
    Zensical reads as an mkdocs.yml (its classic look is Material's), over its own copy of the
    docs tree, .build/zensical-docs/<lang>/ (zensical_docs)."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    import yaml  # noqa: PLC0415

    cfg_file = arc.root / ("mkdocs.yml" if lang == LANGS[0] else f"mkdocs.{lang}.yml")
    cfg = _raw_config(cfg_file)
    work = arc.build_dir  # Zensical's project root: site_dir must lie inside (staging is .build/*-new)
    work.mkdir(parents=True, exist_ok=True)
    rel = lambda p: os.path.relpath(p.resolve(), work.resolve())  # noqa: E731 - Zensical wants them relative
    docs = work / "zensical-docs" / lang
    zensical_docs(arc.root / cfg["docs_dir"], docs, move=pub.directory_urls)
    cfg.update(docs_dir=rel(docs), site_dir=rel(site_dir),
               site_url=pub.home(lang), use_directory_urls=pub.directory_urls)
    cfg["theme"] = {**cfg["theme"], "custom_dir": rel(arc.root / cfg["theme"]["custom_dir"]),
                    "variant": "classic"}  # Material's look; "modern" is Zensical's own
    # Zensical also checks links inside raw HTML, which point at files the output steps write
    # later (motifs.csv, data/...): not strict here; MkDocs stays strict, and linkcheck runs on both.
    cfg["strict"] = False
    cfg.setdefault("extra", {})
    localise_config(cfg, lang, pub.directory_urls)
    cfg["nav"] = _rehome_nav(cfg["nav"], pub.directory_urls)
    theme_extra(cfg, arc, lang, pub)
    out = work / f"zensical.{lang}.yml"
    out.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=True), "utf-8")
    r = subprocess.run([sys.executable, "-m", "zensical", "build", "--clean", "-f", str(out)], cwd=work,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"zensical build ({lang}) failed:\n{r.stdout}\n{r.stderr}")
    _restore_md_hrefs(site_dir)


def render(arc: Archive, col: Collection, images: dict, pub: Published, staging: Path, stats: dict,
           offline_zip: Path | None = None, engine: str = "mkdocs") -> BuildContext:
    """Pages, MkDocs and every output step of one variant of the site, into `staging`."""
    t0 = time.perf_counter()
    if staging.exists():
        shutil.rmtree(staging)
    cards = sharecards.plan(arc.cache / "sharecards", col, images, pub)
    if pub.directory_urls and downloads.enabled():  # the offline copy links to the web kits (outputs/kit.py)
        cards = dataclasses.replace(cards, kits=kit.plan(arc.cache / "kit", col, images, pub, stats))
    for lang in LANGS:
        write_pages(arc, col, images, lang, pub, cards)
    t1 = time.perf_counter()
    with fixed_clock(arc.root, col):  # reproducible dates (see reproducible.py)
        generate = zensical_build if engine == "zensical" else mkdocs_build
        for lang in LANGS:
            generate(arc, lang, staging if lang == LANGS[0] else staging / lang, pub)
    imagemod.publish([s for sets in images.values() for s in sets], arc.cache / "images", staging / urls.IMAGES)
    t2 = time.perf_counter()
    ctx = BuildContext(arc, col, images, pub, cards, staging, stats, offline_zip)
    steps.run_all(ctx)
    stats.update(pages=stats.get("pages", 0) + t1 - t0, mkdocs=stats.get("mkdocs", 0) + t2 - t1,
                 post=stats.get("post", 0) + time.perf_counter() - t2)
    return ctx


def offline_build(arc: Archive, col: Collection, images: dict, site_url: str, stats: dict,
                  engine: str = "mkdocs") -> Path:
    """The file:// copy of the site, zipped into .cache/offline/ (reused if its inputs are unchanged)."""
    key = offline.inputs_key(arc, site_url) + ("" if engine == "mkdocs" else f"-{engine}")
    if offline.is_current(arc, key):
        stats["offline"] = "cached"
        return offline.cached(arc)
    t0 = time.perf_counter()
    staging = arc.build_dir / "offline-new"
    render(arc, col, images, Published.of(site_url, directory_urls=False), staging, {}, engine=engine)
    stats["offline_files"] = offline.zip_dir(staging, offline.cached(arc))
    shutil.rmtree(staging)
    offline.mark_current(arc, key)
    stats["offline"] = time.perf_counter() - t0
    return offline.cached(arc)


def web_build(arc: Archive, *, site_url: str | None = None, dest: Path | None = None, gc: bool = False,
              with_offline: bool = True, engine: str = "mkdocs") -> BuildContext:
    """Build the site into `dest` (default site/) and swap it in. Raises InvalidArchive on bad input."""
    t0 = time.perf_counter()
    dest = dest or arc.site
    recover(dest)
    col = load(arc)
    t1 = time.perf_counter()
    stats: dict = {}
    images = imagemod.process_collection(arc, col, stats, gc=gc)
    t2 = time.perf_counter()
    site_url = site_url or arc.default_site_url()
    zipped = None
    if with_offline and downloads.enabled():  # the site links to its offline ZIP
        zipped = offline_build(arc, col, images, site_url, stats, engine)
    elif offline.cached(arc).is_file():
        zipped = offline.cached(arc)  # a preview keeps the last ZIP's link working
    arc.build_dir.mkdir(exist_ok=True)
    ctx = render(arc, col, images, Published.of(site_url), arc.build_dir / f"{dest.name}-new", stats, zipped,
                 engine=engine)
    dest.parent.mkdir(parents=True, exist_ok=True)
    swap(ctx.staging, dest)
    stats.update(validate=t1 - t0, images=t2 - t1, total=time.perf_counter() - t0, motifs=len(col.motifs))
    return ctx

