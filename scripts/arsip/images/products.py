"""Product photos (issue 19 storefront): the maker's own photos, through the same pipeline.

They live in `data/makers/<maker id>/` and are judged by the one validator like motif
photos, with one difference: a product photo whose original still carries GPS is an
error, not a warning. It is taken at the maker's workshop, which is often their home,
and it is published next to the maker's name and village.
"""

from __future__ import annotations

from pathlib import Path

from .errors import Finding

KEY = "product:{maker}:{product}"  # the key of a product's ImageSets in the build's images dict


def key(maker: str, product: str) -> str:
    return KEY.format(maker=maker, product=product)


def photos(arc, makers: dict):
    """(record rel path, data path, file path, (maker, product id)) of every listed product photo
    that is a regular file inside its maker's folder."""
    for mid in sorted(makers):
        folder = (arc.makers / mid)
        if folder.is_symlink() or not folder.is_dir():
            continue
        root = folder.resolve()
        for i, p in enumerate(makers[mid].get("products", [])):
            for k, ph in enumerate(p.get("photos", [])):
                path = folder / ph["file"]
                if path.is_symlink() or not path.resolve().is_relative_to(root) or not path.is_file():
                    continue  # reported by records/checks/storefront.py
                yield f"data/makers/{mid}.yml", ["products", i, "photos", k, "file"], path, (mid, p["id"])


def gps_error(f: Finding) -> Finding:
    """A product photo's GPS finding, raised to an error that says why."""
    return Finding(f.id + " Foto produk dengan lokasi GPS ditolak: jalankan 'arsip normalise' dulu.",
                   f.en + " A product photo with GPS is refused: run 'arsip normalise' first.", "error", f.code)


def field(path: list) -> str:
    return "products[{}].photos[{}].file".format(path[1], path[3])


def sources(arc, makers: dict) -> tuple[list[Path], list[str], list[tuple[str, str]]]:
    """The published products' photo files, their build keys and their (record, field) for problems."""
    srcs, keys, where = [], [], []
    for rel, path_in_record, path, (mid, pid) in photos(arc, makers):
        srcs.append(path)
        keys.append(key(mid, pid))
        where.append((rel, field(path_in_record)))
    return srcs, keys, where
