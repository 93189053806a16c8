"""`arsip normalise`: rewrite contributed photos before commit (orientation, no metadata, ~3000 px)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..core.paths import Archive
from ..images.originals import default_paths, normalise


def run(args) -> int:
    arc = Archive.here(args.root)
    paths = [Path(p).resolve() for p in args.paths] or default_paths(arc)
    results = normalise(paths, dry_run=args.dry_run)
    before = after = errors = 0
    for r in results:
        before += r.before
        after += r.after
        if r.action == "error":
            errors += 1
            print(f"{arc.rel(r.path)}: KESALAHAN/ERROR: {r.note}", file=sys.stderr)
        elif r.action != "unchanged" or args.verbose:
            extra = f" ({r.note})" if r.note else ""
            print(f"{arc.rel(r.path)}: {r.action}{extra}: {r.before / 1e6:.2f} MB -> {r.after / 1e6:.2f} MB")
    changed = sum(r.action not in ("unchanged", "error") for r in results)
    verb = "akan diubah / would change" if args.dry_run else "diubah / changed"
    print(f"{len(results)} gambar, {changed} {verb}; hemat / saved {(before - after) / 1e6:.1f} MB "
          f"({before / 1e6:.1f} -> {after / 1e6:.1f} MB).")
    return 1 if errors else 0


def add(sub) -> None:
    n = sub.add_parser("normalise", aliases=["normalize"],
                       help="rapikan foto asli sebelum commit / clean up original photos before commit",
                       description="Putar sesuai orientasi, hapus semua metadata (termasuk GPS), batasi sisi "
                       "terpanjang ~3000 px, simpan JPEG bermutu tinggi. / Apply orientation, strip all metadata "
                       "(GPS included), cap the long edge at ~3000 px, save as high-quality JPEG.")
    n.add_argument("paths", nargs="*", help="berkas gambar (bawaan: semua di motifs/*/) / image files "
                   "(default: all in motifs/*/)")
    n.add_argument("--dry-run", action="store_true", help="hanya laporkan / only report")
    n.set_defaults(func=run)
