"""`arsip build`: the site (and its offline ZIP) into site/, swapped in only when complete."""

from __future__ import annotations

import sys
from pathlib import Path

from ..build import ENGINES, web_build
from ..core.paths import Archive
from ..core.problems import InvalidArchive
from .output import print_image_summary, print_problems


def add(sub) -> None:
    b = sub.add_parser("build", help="bangun situs / build the site")
    b.add_argument("--site-url", default=None)
    b.add_argument("--site-dir", default=None)
    b.add_argument("--gc", action="store_true", help="hapus turunan gambar yang tak terpakai di .cache / "
                   "delete unused image derivatives from .cache")
    b.add_argument("--engine", choices=ENGINES, default="mkdocs",
                   help="pembuat situs / site generator (zensical: pip install -e '.[zensical]')")
    b.set_defaults(func=run)


def run(args) -> int:
    arc = Archive.here(args.root)
    dest = Path(args.site_dir).resolve() if args.site_dir else arc.site
    try:
        ctx = web_build(arc, site_url=args.site_url, dest=dest, gc=args.gc, engine=args.engine)
    except InvalidArchive as e:
        print_problems(e.problems)
        print("Situs lama tidak diubah. / The previous site was left unchanged.", file=sys.stderr)
        return 1
    s = ctx.stats
    off = s.get("offline")
    off_text = "" if off is None else (", offline cached" if off == "cached" else f", offline {off:.1f} s")
    print(f"Selesai / Done: {s['motifs']} motif -> {arc.rel(dest)}/ in {s['total']:.1f} s (images "
          f"{s['images']:.1f} s, mkdocs {s['mkdocs']:.1f} s, post {s['post']:.1f} s{off_text})")
    if s.get("image_summary"):
        print_image_summary(arc, s["image_summary"], s.get("gc"))
    return 0
