"""Stage 2: source photos -> small, private, cached derivatives and the <picture> for them.

Interface used by the rest of the pipeline (one concept per module):
  process_all(srcs, cache) -> ([ImageSet|None], Summary)   batch.py: all cores, progress, summary
  process(src, cache) -> ImageSet                         one image (raises ImageError)
  publish(sets, cache, dest)                              place derivative files in the site
  picture(set, base, alt, sizes, eager=, max_width=, cls=, zoom=)   markup.py
  inspect(path) -> [Finding]                              validate.py: bilingual problems
  check_originals(arc, col), gps_originals(arc, col)      originals.py: the `arsip check` hook
  normalise(paths)                                        originals.py: `arsip normalise`
Settings live in recipe.py, decoding in decode.py, encoding in encode.py, the
content-addressed cache in store.py.

Published files carry no metadata: orientation is applied to the pixels, colour
profiles are converted to sRGB, and every EXIF/GPS/XMP/ICC/comment field is dropped.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .batch import Summary, process_all
from .errors import Finding, ImageError
from .markup import picture
from .originals import check_originals, gps_originals, normalise
from .recipe import PIPELINE_VERSION
from .store import Derivative, ImageSet
from .validate import inspect

SITE_DIR = "img"  # folder at the site root shared by both languages

__all__ = ["SITE_DIR", "PIPELINE_VERSION", "Derivative", "Finding", "ImageError", "ImageSet", "Summary",
           "check_originals", "gps_originals", "inspect", "normalise", "picture", "process", "process_all",
           "publish"]


def process(src: Path, cache: Path) -> ImageSet:
    """Make (or reuse) the derivatives of one source image in this process. Raises ImageError."""
    (s,), summary = process_all([src], cache, workers=1, quiet=True)
    if s is None:
        raise ImageError(summary.problems[0][1])
    return s


def publish(sets: list[ImageSet | None], cache: Path, dest: Path) -> None:
    """Hard-link (or copy) derivative files into the site's img/ folder."""
    dest.mkdir(parents=True, exist_ok=True)
    for s in sets:
        if s is None:
            continue
        for d in s.derivatives:
            target = dest / d.name
            if target.exists():
                continue
            try:
                os.link(cache / d.name, target)
            except OSError:
                shutil.copyfile(cache / d.name, target)
            os.chmod(target, 0o644)  # cache files are made by mkstemp (0600); a web server must read them
