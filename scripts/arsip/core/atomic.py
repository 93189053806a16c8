"""Swap a finished site into place in one step.

Two renames (site -> site.old, site-new -> site) leave a moment with no site/ at all; a
build killed there would leave nothing to serve until the next build's `recover()`. On
Linux, renameat2(RENAME_EXCHANGE) swaps two directories in one atomic step, so site/ is
at every instant either the complete old site or the complete new one. Elsewhere (or on
file systems without it) we fall back to the two renames, which `recover()` repairs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths. False if the system cannot do it."""
    fn = _renameat2()
    if fn is None:
        return False
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def swap(new: Path, dest: Path) -> None:
    """Put the directory `new` at `dest`; the previous `dest` is deleted afterwards."""
    old = dest.with_name(dest.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if new.stat().st_dev != dest.parent.stat().st_dev:
        # Renames cannot cross file systems (`--site-dir` elsewhere): copy beside dest first.
        near = dest.with_name("." + dest.name + ".new")
        if near.exists():
            shutil.rmtree(near)
        shutil.copytree(new, near, symlinks=True)
        shutil.rmtree(new)
        new = near
    if dest.exists() and exchange(new, dest):
        shutil.rmtree(new)  # `new` now holds the previous site
        return
    if dest.exists():
        os.rename(dest, old)
    os.rename(new, dest)
    if old.exists():
        shutil.rmtree(old)


def recover(dest: Path) -> None:
    """If a previous build died between the two renames of a fallback swap, put the old site back."""
    old = dest.with_name(dest.name + ".old")
    if not dest.exists() and old.exists():
        os.rename(old, dest)
