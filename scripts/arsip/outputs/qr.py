"""QR codes that point back to the archive (worksheets, hang tags, share material).

One place decides the error-correction level and quiet zone, so every printed code
scans the same way: level M, 4-module quiet zone (the print guidance in
shared/research/users-needs.md).
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from PIL import Image

QUIET_ZONE = 4  # modules


def matrix(url: str) -> list[list[bool]]:
    """The QR modules of `url` including the quiet zone (True = dark)."""
    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1)
    q.add_data(url)
    q.make(fit=True)
    return q.get_matrix()


def image(url: str, module_px: int = 10) -> Image.Image:
    """A crisp black-on-white QR image, `module_px` pixels per module, quiet zone included."""
    m = matrix(url)
    n = len(m)
    im = Image.new("1", (n, n), 1)
    px = im.load()
    for y, row in enumerate(m):
        for x, dark in enumerate(row):
            if dark:
                px[x, y] = 0
    return im.resize((n * module_px, n * module_px), Image.Resampling.NEAREST).convert("L")
