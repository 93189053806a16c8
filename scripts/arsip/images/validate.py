"""inspect(path): everything wrong with one contributed image, as bilingual Findings.

Errors: empty, not an image, HEIC, unsupported format, over the pixel limit (refused
from the header, before decoding), too small, truncated, corrupt. Warning: GPS left in
the original. The pixel check decodes JPEGs at 1/8 scale (libjpeg still reads every
byte, so truncation is found) which costs a few milliseconds; callers memoise the
result per unchanged file (store.SourceIndex), so warm builds decode nothing.
"""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from . import decode, errors
from .errors import Finding, ImageError

# Memoised verdicts are dropped when the code that produces them changes.
VERSION = hashlib.sha256(b"".join((Path(__file__).parent / f).read_bytes()
                                  for f in ("validate.py", "decode.py", "errors.py", "recipe.py"))).hexdigest()[:12]


def inspect(path: Path) -> list[Finding]:
    try:
        im = decode.open_checked(path)
    except ImageError as e:
        return [e.finding]
    found: list[Finding] = []
    try:
        if decode.has_gps(im):
            found.append(errors.gps(path.name))
        w, h = im.size
        try:
            decode.decode_pixels(im, path.name, (math.ceil(w / 8), math.ceil(h / 8)))
        except ImageError as e:
            found.insert(0, e.finding)
    finally:
        im.close()
    return found
