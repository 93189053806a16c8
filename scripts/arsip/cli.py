"""The `arsip` command: check, build and serve the archive in the current directory."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .paths import Archive
from .problems import InvalidArchive


def _print_problems(problems, as_json: bool) -> None:
    if as_json:
        print(problems.to_json())
        return
    for p in problems.sorted():
        print(p.format(), file=sys.stderr)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    print(f"\n{n_err} kesalahan, {n_warn} peringatan. / {n_err} error(s), {n_warn} warning(s).", file=sys.stderr)


def cmd_check(args) -> int:
    from .contribcheck import internal_en, internal_id
    from .problems import ProblemList
    from .records import load_collection

    try:
        col = load_collection(Archive.here(args.root))
        problems = col.problems
    except Exception as e:  # noqa: BLE001 - never a traceback for a contributor
        col, problems = None, ProblemList()
        problems.add("(arsip)", "", internal_id(e), internal_en(e), code="internal")
    if args.format == "github":
        for p in problems.sorted():
            print(p.github())
        n_err, n_warn = len(problems.errors), len(problems.warnings)
        print(f"{n_err} kesalahan, {n_warn} peringatan. / {n_err} error(s), {n_warn} warning(s).")
        return 1 if problems.errors else 0
    if args.format == "json" or problems:
        _print_problems(problems, args.format == "json")
    if col is not None and not problems.errors and args.format != "json":
        print(f"Semua baik: {len(col.motifs)} motif, {len(col.makers)} pembuat. / "
              f"All good: {len(col.motifs)} motifs, {len(col.makers)} makers.")
    return 1 if problems.errors else 0


def cmd_build(args) -> int:
    from .build import build

    arc = Archive.here(args.root)
    try:
        ctx = build(arc, site_url=args.site_url, dest=Path(args.site_dir).resolve() if args.site_dir else None,
                    gc=args.gc)
    except InvalidArchive as e:
        _print_problems(e.problems, False)
        print("Situs lama tidak diubah. / The previous site was left unchanged.", file=sys.stderr)
        return 1
    s = ctx.stats
    print(f"Selesai / Done: {s['motifs']} motif -> {arc.rel(args.site_dir and Path(args.site_dir) or arc.site)}/ "
          f"in {s['total']:.1f} s (images {s['images']:.1f} s, mkdocs {s['mkdocs']:.1f} s, post {s['post']:.1f} s)")
    if s.get("image_summary"):
        from .images.cli import print_summary

        print_summary(arc, s["image_summary"], s.get("gc"))
    return 0


def cmd_offline(args) -> int:
    from .offline import build_offline

    arc = Archive.here(args.root)
    try:
        r = build_offline(arc, site_url=args.site_url, out=Path(args.out).resolve() if args.out else None)
    except InvalidArchive as e:
        _print_problems(e.problems, False)
        return 1
    print(f"Selesai / Done: {r['files']} berkas/files, {r['bytes'] / 1e6:.1f} MB in {r['total']:.1f} s "
          f"(build {r['build']:.1f} s, zip {r['zip']:.1f} s) -> " + ", ".join(arc.rel(p) for p in r["paths"]))
    return 0


def cmd_serve(args) -> int:
    from .serve import serve

    return serve(Archive.here(args.root), args.host, args.port)


def cmd_linkcheck(args) -> int:
    from .linkcheck import main as linkcheck

    site = Path(args.site) if args.site else Archive.here(args.root).site
    return linkcheck(site.resolve(), args.site_url, args.verbose)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="arsip", description="Arsip Batik Bojonegoro")
    p.add_argument("--root", default=None, help="archive folder (default: current directory)")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check", help="periksa semua catatan / validate every record")
    c.add_argument("--format", choices=["text", "json", "github"], default="text",
                   help="text (default), json (for programs), github (GitHub Actions annotations)")
    c.set_defaults(func=cmd_check)
    b = sub.add_parser("build", help="bangun situs / build the site")
    b.add_argument("--site-url", default=None)
    b.add_argument("--site-dir", default=None)
    b.add_argument("--gc", action="store_true", help="hapus turunan gambar yang tak terpakai di .cache / "
                   "delete unused image derivatives from .cache")
    b.set_defaults(func=cmd_build)
    from .images.cli import add_normalise

    add_normalise(sub)
    o = sub.add_parser("offline", help="buat ZIP arsip luring / build the offline ZIP (file://)")
    o.add_argument("--site-url", default=None)
    o.add_argument("--out", default=None, help="also copy the ZIP here")
    o.set_defaults(func=cmd_offline)
    s = sub.add_parser("serve", help="pratinjau langsung / live preview")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.set_defaults(func=cmd_serve)
    lc = sub.add_parser("linkcheck", help="periksa tautan situs / check the site's links")
    lc.add_argument("site", nargs="?", default=None, help="folder situs / site folder (default: site/)")
    lc.add_argument("--site-url", default=None, help="alamat situs / the site's address (default: its canonical link)")
    lc.set_defaults(func=cmd_linkcheck)
    from . import scaffold

    n = sub.add_parser("new", help="mulai motif baru dari templat / start a new motif from the template")
    scaffold.add_arguments(n)
    n.set_defaults(func=scaffold.cmd_new)
    from . import issueform

    issueform.add_commands(sub)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not args.verbose:
        logging.getLogger("mkdocs").setLevel(logging.WARNING)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
