"""Images stage: source photos -> small, private, cached derivatives and the <picture> for them.

Interface used by the rest of the pipeline (one concept per module):
  process_collection(arc, col) -> {motif id: [ImageSet]}   motifs.py: every listed image of the records
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

from pathlib import Path

from ..core.files import place
from .batch import Summary, process_all
from .errors import Finding, ImageError
from .markup import picture
from .motifs import process_collection
from .originals import check_originals, gps_originals, normalise
from .recipe import PIPELINE_VERSION
from .store import Derivative, ImageSet
from .validate import inspect

__all__ = ["PIPELINE_VERSION", "Derivative", "Finding", "ImageError", "ImageSet", "Summary",
           "check_originals", "gps_originals", "inspect", "normalise", "picture", "process", "process_all",
           "process_collection", "publish"]


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
        for d in s.derivatives if s is not None else ():
            place(cache / d.name, dest / d.name, replace=False)
