"""How every command prints problems and summaries (stderr for problems, both languages)."""

from __future__ import annotations

import sys


def print_problems(problems, as_json: bool = False) -> None:
    if as_json:
        print(problems.to_json())
        return
    for p in problems.sorted():
        print(p.format(), file=sys.stderr)
    n_err, n_warn = len(problems.errors), len(problems.warnings)
    print(f"\n{n_err} kesalahan, {n_warn} peringatan. / {n_err} error(s), {n_warn} warning(s).", file=sys.stderr)


def print_image_summary(arc, summary, gc=None) -> None:
    print(summary.line())
    for path, f in summary.problems:
        print(f"{arc.rel(path)}: PERINGATAN/WARNING: {f.id} | EN: {f.en}", file=sys.stderr)
    if gc:
        print(f"Cache: {gc[0]} berkas dihapus / files removed ({gc[1] / 1e6:.1f} MB)")
