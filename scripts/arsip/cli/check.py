"""`arsip check`: every problem of every record, one line each, in Indonesian and English."""

from __future__ import annotations

from ..build import check
from ..core.paths import Archive
from ..core.problems import ProblemList, internal
from .output import print_problems


def add(sub) -> None:
    c = sub.add_parser("check", help="periksa semua catatan / validate every record")
    c.add_argument("--format", choices=["text", "json", "github"], default="text",
                   help="text (default), json (for programs), github (GitHub Actions annotations)")
    c.set_defaults(func=run)


def run(args) -> int:
    try:
        col = check(Archive.here(args.root))
        problems = col.problems
    except Exception as e:  # noqa: BLE001 - never a traceback for a contributor
        col, problems = None, ProblemList([internal("", e)])
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    if args.format == "github":
        for p in problems.sorted():
            print(p.github())
        print(f"{n_err} kesalahan, {n_warn} peringatan. / {n_err} error(s), {n_warn} warning(s).")
        return 1 if problems.errors else 0
    if args.format == "json" or problems:
        print_problems(problems, args.format == "json")
    if col is not None and not problems.errors and args.format != "json":
        print(f"Semua baik: {len(col.motifs)} motif, {len(col.makers)} pembuat. / "
              f"All good: {len(col.motifs)} motifs, {len(col.makers)} makers.")
    return 1 if problems.errors else 0
