"""The images of a collection: every motif's listed files, processed in one batch.

Problems are reported on the record that lists the file (motif.yml, images[i].file), so a
contributor sees the same message from `arsip build` as from `arsip check`.
"""

from __future__ import annotations

from ..core.problems import InvalidArchive, ProblemList
from . import products as product_photos
from .batch import process_all
from .store import gc as gc_cache


def process_collection(arc, col, stats: dict | None = None, *, gc: bool = False) -> dict:
    """motif id -> [ImageSet], aligned with the motif's images; all cores, cached.

    An image that cannot be processed stops the build like any other error (InvalidArchive).
    With gc=True, cached derivatives no motif uses any more are deleted.
    """
    srcs, owners, where = [], [], []
    for m in col.motifs:
        folder = col.folders[m["id"]]
        for i, im in enumerate(m["images"]):
            srcs.append(folder / im["file"])
            owners.append(m["id"])
            where.append((arc.rel(folder / "motif.yml"), f"images[{i}].file"))
    p_srcs, p_keys, p_where = product_photos.sources(arc, col.makers)  # issue 19 storefront: published products only
    srcs, owners, where = srcs + p_srcs, owners + p_keys, where + p_where
    sets, summary = process_all(srcs, arc.cache / "images")
    if summary.problems:
        bad = ProblemList()
        for path, f in summary.problems:
            for k, src in enumerate(srcs):
                if src == path:
                    bad.add(*where[k], f.id, f.en, severity="error", code=f.code)
        raise InvalidArchive(bad)
    out: dict = {m["id"]: [] for m in col.motifs}
    for mid, s in zip(owners, sets):
        out.setdefault(mid, []).append(s)
    if stats is not None:
        stats["image_summary"] = summary
        if gc:
            stats["gc"] = gc_cache(arc.cache / "images", {s.key for v in out.values() for s in v if s})
    return out
