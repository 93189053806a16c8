"""Every output made from the finished MkDocs site, as steps in ONE ordered tuple.

The build runs STEPS in this order, on the staging site, before it is swapped in. The
order is the order of the tuple and nothing else (no module registers itself):
- share cards, QR codes, hang tags and redirects, then open data, feeds and sitemaps;
- the published schemas and the school downloads;
- term tips before search, so that search indexes the final pages;
- the Content-Security-Policy LAST: it hashes the inline scripts of the final HTML.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from . import csp, downloads, iiif, kit, offline, schemapub, search, sharing, sizes, termtips
from . import modul  # issue 18 teachers
from . import consentform, makerkit  # issue 19 kit


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable  # run(ctx): ctx is build.BuildContext


STEPS: tuple[Step, ...] = (
    Step("share", sharing.publish_share_files),
    Step("kit", kit.publish),  # promotion kits (issue 17): drawn before the pages, placed here
    Step("maker-kit", makerkit.publish),  # issue 19 kit: card, price list, lookbook (`kit` scope only)
    Step("open-data", sharing.write_open_data),
    Step("feeds", sharing.write_feeds_and_sitemaps),
    Step("schemas", schemapub.publish),
    Step("downloads", downloads.publish),
    Step("consent-form", consentform.publish),  # issue 19 kit: before sizes (its link shows its size)
    Step("modul-ajar", modul.publish),  # issue 18 teachers: each kit as an editable .docx, before its size
    Step("sizes", sizes.publish),  # issue 18: the size on every download link
    Step("termtips", termtips.mark_site),
    Step("offline-links", offline.fix_links),  # the offline copy only: folder links open index.html
    Step("search", search.index),
    Step("iiif", iiif.publish),  # IIIF manifests and collection (issue 21)
    Step("csp", csp.apply_step),
)


def run_all(ctx) -> None:
    """Run every step in order; seconds per step go to ctx.stats["steps"]."""
    times = ctx.stats.setdefault("steps", {})
    for step in STEPS:
        t0 = time.perf_counter()
        step.run(ctx)
        times[step.name] = time.perf_counter() - t0
