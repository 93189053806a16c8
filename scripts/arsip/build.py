"""Stage 4: the whole build, from records to a finished `site/`, swapped in atomically.

records -> images -> Markdown pages (both languages) -> MkDocs (id at /, en at /en/)
-> post-build steps -> swap. A failure at any step leaves the previous site untouched.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import images as imagemod
from .pages import write_pages
from .paths import LANGS, Archive
from .problems import InvalidArchive
from .records import Collection, load_collection
from .reproducible import fixed_clock

log = logging.getLogger("arsip")


@dataclass
class BuildContext:
    arc: Archive
    col: Collection
    images: dict  # motif id -> [ImageSet]
    staging: Path  # the new site being built
    site_url: str
    directory_urls: bool = True
    stats: dict = field(default_factory=dict)


# Steps that run on the finished staging site before the swap (search index, data
# files, share cards...). Each takes a BuildContext. Other modules append to this list.
POST_BUILD: list[Callable[[BuildContext], None]] = []

from .sharing import register as _register_sharing  # noqa: E402  share files, data, feeds, sitemaps

_register_sharing(POST_BUILD)


def process_images(arc: Archive, col: Collection, stats: dict | None = None) -> dict:
    """motif id -> [ImageSet], aligned with the motif's images; all cores, cached.

    An image that cannot be processed stops the build like any other error (InvalidArchive).
    """
    srcs, owners, where = [], [], []
    for m in col.motifs:
        folder = col.folders[m["id"]]
        for i, im in enumerate(m["images"]):
            srcs.append(folder / im["file"])
            owners.append(m["id"])
            where.append((arc.rel(folder / "motif.yml"), f"images[{i}].file"))
    sets, summary = imagemod.process_all(srcs, arc.cache / "images")
    if summary.problems:
        from .problems import ProblemList

        bad = ProblemList()
        for (path, f) in summary.problems:
            for k, src in enumerate(srcs):
                if src == path:
                    bad.add(*where[k], f.id, f.en, severity="error", code=f.code)
        raise InvalidArchive(bad)
    out: dict = {m["id"]: [] for m in col.motifs}
    for mid, s in zip(owners, sets):
        out[mid].append(s)
    if stats is not None:
        stats["image_summary"] = summary
    return out


def mkdocs_build(arc: Archive, lang: str, site_dir: Path, site_url: str, directory_urls: bool) -> None:
    from mkdocs.commands.build import build as mk_build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    cfg_file = arc.root / ("mkdocs.yml" if lang == "id" else f"mkdocs.{lang}.yml")
    url = site_url.rstrip("/") + "/" + ("" if lang == "id" else f"{lang}/")
    cfg = load_config(str(cfg_file), site_dir=str(site_dir), site_url=url,
                      use_directory_urls=directory_urls, strict=True)
    cfg.plugins.on_startup(command="build", dirty=False)
    try:
        mk_build(cfg, dirty=False)
    finally:
        cfg.plugins.on_shutdown()


def recover(dest: Path) -> None:
    """If a previous build died between the two renames of a swap, put the old site back."""
    old = dest.with_name(dest.name + ".old")
    if not dest.exists() and old.exists():
        os.rename(old, dest)


def swap(new: Path, dest: Path) -> None:
    from .atomic import swap as atomic_swap  # one atomic exchange where the OS can (see atomic.py)

    atomic_swap(new, dest)


def default_site_url(arc: Archive) -> str:
    import yaml

    env = os.environ.get("ARSIP_SITE_URL")
    if env:
        return env
    text = (arc.root / "mkdocs.yml").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("site_url:"):
            return yaml.safe_load(line)["site_url"]
    return "http://localhost:8000/"


def build(arc: Archive, *, site_url: str | None = None, dest: Path | None = None,
          directory_urls: bool = True, gc: bool = False) -> BuildContext:
    """Build the whole site into `dest` (default: site/). Raises InvalidArchive on bad input."""
    t0 = time.perf_counter()
    dest = dest or arc.site
    recover(dest)
    col = load_collection(arc)
    if col.problems.errors:
        raise InvalidArchive(col.problems)
    t1 = time.perf_counter()
    img_stats: dict = {}
    images = process_images(arc, col, img_stats)
    if gc:  # drop cached derivatives no motif uses any more
        img_stats["gc"] = imagemod.store.gc(arc.cache / "images", {s.key for v in images.values() for s in v if s})
    if directory_urls:  # the site links to its offline ZIP: make sure it exists and is current
        from .offline import ensure_zip

        ensure_zip(arc, site_url or default_site_url(arc))
    t2 = time.perf_counter()
    arc.build_dir.mkdir(exist_ok=True)
    staging = arc.build_dir / "site-new"
    if staging.exists():
        shutil.rmtree(staging)
    ctx = BuildContext(arc, col, images, staging, site_url or default_site_url(arc), directory_urls)
    for lang in LANGS:
        write_pages(arc, col, images, lang, directory_urls, site_url=ctx.site_url)
    t3 = time.perf_counter()
    with fixed_clock(arc.root, col):  # reproducible dates (see reproducible.py)
        for lang in LANGS:
            mkdocs_build(arc, lang, staging if lang == "id" else staging / lang, ctx.site_url, directory_urls)
    imagemod.publish([s for sets in images.values() for s in sets], arc.cache / "images", staging / imagemod.SITE_DIR)
    t4 = time.perf_counter()
    # Steps marked `last` (the CSP step) run after all others, whatever the import order.
    for step in sorted(POST_BUILD, key=lambda st: bool(getattr(st, "last", False))):
        step(ctx)
    t5 = time.perf_counter()
    dest.parent.mkdir(parents=True, exist_ok=True)
    swap(staging, dest)
    ctx.stats.update(validate=t1 - t0, images=t2 - t1, pages=t3 - t2, mkdocs=t4 - t3, post=t5 - t4,
                     total=time.perf_counter() - t0, motifs=len(col.motifs), **img_stats)
    return ctx


from . import schemapub  # noqa: E402,F401  (registers the post-build step that publishes schema/*.json)
from . import schools  # noqa: E402,F401  (registers the school downloads post-build step)

# Finding aids (issue 5): glossary tooltips first, so that search indexes the final pages.
from . import search as _search, termtips as _termtips  # noqa: E402

POST_BUILD += [_termtips.mark_site, _search.index]

# Content-Security-Policy: rewrites every HTML file, so it MUST stay the last post-build
# step (it is marked `last`, and appended here so it also comes last in the list).
from . import csp as _csp  # noqa: E402

POST_BUILD.append(_csp.post_build)
