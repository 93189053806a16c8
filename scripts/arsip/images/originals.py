"""Contributed originals in motif folders: check them, and normalise them before commit.

Originals go into git, where every byte and every GPS tag stays in history forever.
`arsip normalise` therefore rewrites them in place before commit: orientation applied to
the pixels, all metadata removed (EXIF, GPS, XMP, comments; colour profiles converted
to sRGB), long edge capped at about 3,000 px, saved as high-quality JPEG (q90, 4:4:4).
A JPEG that only needs its metadata removed is stripped losslessly (no re-encoding).
`check_originals` is the hook `arsip check` calls: bilingual errors for unusable images
and a warning for originals that still carry GPS.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from . import decode, recipe, store
from . import products as product_photos
from .errors import Finding, ImageError
from .validate import VERSION, inspect

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
PNG_TO_JPEG = 0.5  # a PNG becomes JPEG only if that halves it (a photo); drawings stay PNG


def _motif_images(arc, col):
    """(motif.yml rel path, index, path) of every listed image that is a regular file in its folder."""
    for m in col.motifs:
        folder = col.folders[m["id"]].resolve()
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        for i, img in enumerate(m.get("images", [])):
            path = folder / img["file"]
            if path.is_symlink() or not path.resolve().is_relative_to(folder) or not path.is_file():
                continue  # reported by checks.check_references
            yield rel, i, path


def inspect_all(arc, col) -> list[tuple[str, int, Path, Finding]]:
    """Findings for every listed original, memoised per unchanged file in .cache/images/."""
    index = store.SourceIndex(arc.cache / "images")
    out = []
    for rel, i, path in _motif_images(arc, col):
        for f in index.findings(path, inspect, "findings", VERSION):
            out.append((rel, i, path, Finding(*f)))
    try:
        index.save()
    except OSError:
        pass  # a read-only checkout still gets its report
    return out


def _check_product_photos(arc, col, index) -> None:
    """issue 19 storefront: every product photo of every maker record, GPS refused (images/products.py)."""
    live = {mid: mk for mid, mk in col.maker_records.items() if mid not in col.withdrawn}  # never delay a withdrawal
    for rel, path, file, _ in product_photos.photos(arc, live):
        lines = col.lines.get(rel)
        for f in index.findings(file, inspect, "findings", VERSION):
            f = Finding(*f)
            f = product_photos.gps_error(f) if f.code == "image.gps" else f
            col.problems.add(rel, product_photos.field(path), f.id, f.en, severity=f.severity, code=f.code,
                             line=lines.line_of(path) if lines else None)


def check_originals(arc, col) -> None:
    """The image stage's check (`arsip check`, `arsip build`): every listed image file judged
    by the one validator (validate.inspect), errors and GPS warnings added to col.problems.

    A problem of the same kind (error or warning) that another check already reported for
    the same image is not repeated, so a contributor reads one line per problem.
    """
    seen = {(p.file, p.field, p.severity) for p in col.problems if p.code.startswith("image.")}
    for rel, i, path, f in inspect_all(arc, col):
        if (rel, f"images[{i}].file", f.severity) in seen:
            continue
        lines = col.lines.get(rel)
        col.problems.add(rel, f"images[{i}].file", f.id, f.en, severity=f.severity, code=f.code,
                         line=lines.line_of(["images", i, "file"]) if lines else None)
    index = store.SourceIndex(arc.cache / "images")
    _check_product_photos(arc, col, index)  # issue 19 storefront
    try:
        index.save()
    except OSError:
        pass


def gps_originals(arc, col) -> list[Path]:
    """Originals listed by motifs that still carry GPS coordinates (for other checks and reports)."""
    return sorted({p for _, _, p, f in inspect_all(arc, col) if f.code == "image.gps"})


# -- normalise -----------------------------------------------------------------------------

@dataclass
class Normalised:
    path: Path  # the file now (may have a new .jpg name)
    before: int
    after: int
    action: str  # "unchanged", "stripped", "re-encoded", "converted", "error"
    note: str = ""


_KEEP_SEGMENTS = {0xE0, 0xEE}  # APP0 (JFIF) and APP14 (Adobe colour transform): no personal data


def strip_jpeg(data: bytes) -> bytes:
    """Remove APP1-APP13, APP15 (EXIF, GPS, XMP, ICC, IPTC...) and COM segments, losslessly."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise ValueError("bad JPEG marker")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[i:]
            return bytes(out)
        length = int.from_bytes(data[i + 2:i + 4], "big")
        seg = data[i:i + 2 + length]
        if not ((0xE1 <= marker <= 0xEF and marker not in _KEEP_SEGMENTS) or marker == 0xFE):
            out += seg
        i += 2 + length
    raise ValueError("no image data")


def _metadata(im: Image.Image, raw: bytes) -> bool:
    info = im.info
    if any(info.get(k) for k in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile", "photoshop")):
        return True
    if im.format in ("JPEG", "MPO"):
        return any(m in raw[:65536] for m in (b"Exif\x00\x00", b"http://ns.adobe.com/xap", b"\xff\xfe"))
    return bool(getattr(im, "text", None))


def _rename_in_yaml(folder: Path, old: str, new: str) -> bool:
    """Point `file: old` at `file: new` in the folder's motif.yml; True if a reference changed."""
    yml = folder / "motif.yml"
    if not yml.is_file():
        return False
    text = yml.read_text("utf-8")
    pat = re.compile(r"^(\s*(?:-\s*)?file:\s*[\"']?)" + re.escape(old) + r"([\"']?\s*(?:#.*)?)$", re.M)
    new_text, n = pat.subn(lambda m: m.group(1) + new + m.group(2), text)
    if n:
        store.atomic_write(yml, new_text.encode("utf-8"))
    return bool(n)


def _encode_original(path: Path) -> tuple[Image.Image, bool]:
    """Decode upright, sRGB, capped at ORIGINAL_LONG_EDGE; (image, has alpha)."""
    im = decode.open_checked(path)
    try:
        w, h = im.size
        cap = recipe.ORIGINAL_LONG_EDGE
        box = None
        if max(w, h) >= 2 * cap:  # shrink-on-load only with a 2x margin: this is the archival master
            s = 2 * cap / max(w, h)
            box = (int(w * s) + 1, int(h * s) + 1)
        icc = im.info.get("icc_profile")
        decode.decode_pixels(im, path.name, box)
        ImageOps.exif_transpose(im, in_place=True)
        alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
        if alpha:
            out = im.convert("RGBA")
        else:
            out = decode._to_8bit_rgb(im)
            if icc and decode._profile_matches(icc, out.mode):
                out = decode.to_srgb(out, icc)
            elif out.mode != "RGB":
                out = out.convert("RGB")
        s = min(1.0, cap / max(out.size))
        if s < 1:
            out = out.resize((round(out.width * s), round(out.height * s)), Image.Resampling.LANCZOS,
                             reducing_gap=recipe.REDUCING_GAP)
        if out is im:
            out = im.copy()
        out.info.clear()
        return out, alpha
    finally:
        im.close()


def normalise_file(path: Path, *, dry_run: bool = False) -> Normalised:
    raw = path.read_bytes()
    before = len(raw)
    try:
        im = decode.open_checked(path)
    except ImageError as e:
        return Normalised(path, before, before, "error", e.finding.en)
    with im:
        fmt = im.format
        orient = decode.orientation(im)
        has_meta = _metadata(im, raw)
        too_big = max(im.size) > recipe.ORIGINAL_LONG_EDGE
        cmyk = im.mode not in ("RGB", "L", "RGBA", "P", "LA")
    must = has_meta or orient != 1 or too_big or cmyk or fmt == "WEBP"
    if not must and fmt != "PNG":
        return Normalised(path, before, before, "unchanged")
    if fmt == "JPEG" and orient == 1 and not too_big and not cmyk and b"ICC_PROFILE" not in raw[:65536]:
        data = strip_jpeg(raw)
        if not dry_run:
            store.atomic_write(path, data)
        return Normalised(path, before, len(data), "stripped")
    try:
        out, alpha = _encode_original(path)
    except ImageError as e:
        return Normalised(path, before, before, "error", e.finding.en)
    buf = io.BytesIO()
    if alpha:  # keep transparency: PNG
        out.save(buf, "PNG", optimize=True)
        target = path.with_suffix(".png")
    else:
        out.save(buf, "JPEG", **recipe.ORIGINAL_JPEG)
        target = path.with_suffix(".jpg") if path.suffix.lower() not in (".jpg", ".jpeg") else path
        if fmt == "PNG" and len(buf.getvalue()) > PNG_TO_JPEG * before:  # a drawing: PNG is smaller and exact
            if not must:
                return Normalised(path, before, before, "unchanged")
            buf = io.BytesIO()
            out.save(buf, "PNG", optimize=True)
            target = path
    if alpha and not must:
        return Normalised(path, before, before, "unchanged")
    data = buf.getvalue()
    action = "re-encoded"
    if target != path:
        if target.exists():
            return Normalised(path, before, before, "error", f"{target.name} already exists")
        action = "converted"
    if not dry_run:
        store.atomic_write(target, data)
        if target != path:
            _rename_in_yaml(path.parent, path.name, target.name)
            os.unlink(path)
    return Normalised(target, before, len(data), action, f"{path.name} -> {target.name}" if target != path else "")


def default_paths(arc) -> list[Path]:
    if not arc.motifs.is_dir():
        return []
    return sorted(p for p in arc.motifs.glob("*/*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
                  and not p.is_symlink())


def normalise(paths: list[Path], *, dry_run: bool = False) -> list[Normalised]:
    return [normalise_file(p, dry_run=dry_run) for p in paths]
