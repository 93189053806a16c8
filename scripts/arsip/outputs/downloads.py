"""Step: the school downloads: worksheet and colouring PDFs, the colouring book, QR images
and the offline ZIP.

PDFs are cached by a hash of everything drawn on them in .cache/schools/ and are
byte-identical for the same input. `ARSIP_DOWNLOADS=0` skips them (the page-size test
on 1,000 synthetic motifs does not need 3,000 PDFs).
"""

from __future__ import annotations

import os

from ..core import urls
from ..core.files import place
from ..core.i18n import LANGS
from . import colouring, worksheets


def enabled() -> bool:
    return os.environ.get("ARSIP_DOWNLOADS", "1") != "0"


def publish(ctx) -> None:
    if not enabled():
        return
    col, out = ctx.col, ctx.staging
    cache = ctx.arc.cache / "schools"
    cache.mkdir(parents=True, exist_ok=True)
    for m in col.motifs:
        folder = col.folders[m["id"]]
        url = ctx.pub.motif(m["id"], "id")  # printed QR codes always lead to the web site
        for group in ("abc", "def"):
            place(worksheets.pdf(m, folder, "id", group, url, cache), out / urls.worksheet_pdf(m["id"], group))
        place(colouring.pdf(m, folder, cache, url), out / urls.colouring_pdf(m["id"]))
        for lang in LANGS:
            place(worksheets.qr_file(ctx.pub.motif(m["id"], lang), cache), out / urls.worksheet_qr(lang, m["id"]))
    place(colouring.booklet([(m, col.folders[m["id"]]) for m in col.motifs], cache), out / urls.booklet_pdf())
    if ctx.offline_zip is not None:  # made by build.offline_build from the same records
        place(ctx.offline_zip, out / urls.offline_zip())
