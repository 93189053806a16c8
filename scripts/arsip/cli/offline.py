"""`arsip offline`: the offline ZIP alone (it also comes with every `arsip build`)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from .. import images
from ..build import load, offline_build
from ..core import urls
from ..core.paths import Archive
from ..core.problems import InvalidArchive
from .output import print_problems


def add(sub) -> None:
    o = sub.add_parser("offline", help="buat ZIP arsip luring / build the offline ZIP (file://)")
    o.add_argument("--site-url", default=None)
    o.add_argument("--out", default=None, help="also copy the ZIP here")
    o.set_defaults(func=run)


def run(args) -> int:
    arc = Archive.here(args.root)
    t0 = time.perf_counter()
    stats: dict = {}
    try:
        col = load(arc)
        sets = images.process_collection(arc, col, stats)
        zipped = offline_build(arc, col, sets, args.site_url or arc.default_site_url(), stats)
    except InvalidArchive as e:
        print_problems(e.problems)
        return 1
    targets = [zipped]
    if args.out:
        out = Path(args.out).resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(zipped, out)
        targets.append(out)
    if arc.site.is_dir():  # the live site's download link works right away
        live = arc.site / urls.offline_zip()
        live.parent.mkdir(parents=True, exist_ok=True)
        tmp = live.with_name(live.name + ".tmp")
        shutil.copyfile(zipped, tmp)
        os.replace(tmp, live)
        targets.append(live)
    made = "dari cache / cached" if stats.get("offline") == "cached" else f"{stats.get('offline_files')} berkas/files"
    print(f"Selesai / Done: {made}, {zipped.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s -> "
          + ", ".join(arc.rel(p) for p in targets))
    return 0
