"""sha256 of every file in a tree, for comparing whole sites byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path


def manifest(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def diff(a: dict, b: dict, limit: int = 10) -> list[str]:
    keys = sorted(set(a) | set(b))
    return [k for k in keys if a.get(k) != b.get(k)][:limit]


def snapshot(root: Path, skip: tuple[Path, ...] = ()) -> dict[str, tuple]:
    """Every path under `root` (not following links) with its kind, size and mtime, except `skip`."""
    out = {}
    skip_s = tuple(str(s) for s in skip)
    for p in root.rglob("*"):
        if str(p).startswith(skip_s):
            continue
        st = p.lstat()
        out[p.relative_to(root).as_posix()] = (st.st_mode >> 12, st.st_size if p.is_file() else 0, st.st_mtime_ns)
    return out
