"""Placing cached files into the site being built: a hard link where possible, else a copy.

Cached derivatives (images, PDFs, cards) are content-addressed and never change, so a
hard link costs nothing and keeps the staging site as small on disk as the cache.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def place(src: Path, dest: Path, *, replace: bool = True) -> None:
    """Put `src` at `dest` (world-readable: cache files may be 0600 from mkstemp)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        if not replace:
            return
        dest.unlink()
    try:
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)
    os.chmod(dest, 0o644)
