"""Decode a contributed image safely and cheaply, into upright sRGB-ready pixels.

Why each step:
- the header is checked first (format, pixel limit, minimum size) so a decompression
  bomb is refused before a single pixel is decoded;
- JPEGs are decoded at reduced size (libjpeg DCT scaling, `draft`) when the source is
  much larger than the largest output, keeping a 2x margin so quality is unchanged;
- EXIF orientation (all of 2-8) is applied to the pixels, in place;
- CMYK, 16-bit, palette, grey and alpha images become RGB (alpha flattened on the
  page colour); embedded colour profiles are converted to sRGB by `to_srgb`, which the
  caller runs after the first downscale (13 ms/MP is cheaper on fewer pixels);
- `info` is cleared so no EXIF, GPS, XMP, comment or ICC profile can reach a saved file.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from . import errors, recipe

# Number of images whose pixels this process decoded (read by tests and the benchmark).
DECODES = 0

# The one place that sets Pillow's own guard: it then refuses only beyond twice our limit,
# which open_checked() applies itself from the header.
Image.MAX_IMAGE_PIXELS = recipe.MAX_PIXELS
_SRGB = ImageCms.createProfile("sRGB")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
ORIENT_SWAPS = (5, 6, 7, 8)  # orientations that swap width and height


def _sniff_heic(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def open_checked(path: Path) -> Image.Image:
    """Open the header only and refuse what we cannot or must not decode. Raises ImageError."""
    name = path.name
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as e:
        raise errors.ImageError(errors.corrupt(name, e.strerror or str(e))) from e
    if not head:
        raise errors.ImageError(errors.empty(name))
    size = path.stat().st_size
    if size > recipe.MAX_BYTES:
        raise errors.ImageError(errors.too_many_bytes(name, size))
    if _sniff_heic(head):
        raise errors.ImageError(errors.heic(name))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
    except Image.DecompressionBombError as e:
        raise errors.ImageError(errors.too_many_pixels(name, *_header_size(path))) from e
    except UnidentifiedImageError as e:
        raise errors.ImageError(errors.not_an_image(name)) from e
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise errors.ImageError(_decode_failure(name, e)) from e
    try:
        if im.format not in recipe.FORMATS:
            raise errors.ImageError(errors.wrong_format(name, im.format or "?"))
        w, h = im.size
        if w * h > recipe.MAX_PIXELS or max(w, h) > recipe.MAX_SIDE:
            raise errors.ImageError(errors.too_many_pixels(name, w, h))
        if max(w, h) < recipe.MIN_LONG_EDGE:
            raise errors.ImageError(errors.too_small(name, *oriented_size(im)))
    except BaseException:
        im.close()
        raise
    return im


def _header_size(path: Path) -> tuple[int, int]:
    """Size from the header when Pillow refused to open a bomb (read with the limit off)."""
    old = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = None
        with Image.open(path) as im:
            return im.size
    except Exception:
        return 0, 0
    finally:
        Image.MAX_IMAGE_PIXELS = old


def _exif(im: Image.Image) -> Image.Exif:
    """EXIF without decoding pixels (PNG's getexif() would load the whole image first)."""
    if im.format == "PNG" and getattr(im, "tile", None):
        ex = Image.Exif()
        if im.info.get("exif"):
            ex.load(im.info["exif"])
        return ex
    return im.getexif()


def orientation(im: Image.Image) -> int:
    try:
        o = int(_exif(im).get(0x0112, 1))
    except Exception:  # broken EXIF: Pillow ignores it too
        return 1
    return o if 1 <= o <= 8 else 1


def oriented_size(im: Image.Image) -> tuple[int, int]:
    w, h = im.size
    return (h, w) if orientation(im) in ORIENT_SWAPS else (w, h)


def has_gps(im: Image.Image) -> bool:
    """True if EXIF (GPS IFD) or XMP of an opened image carries a location."""
    try:
        gps = _exif(im).get_ifd(0x8825)
        if any(k in gps for k in (1, 2, 3, 4)):
            return True
    except Exception:
        pass
    xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return b"GPSLatitude" in xmp or b"GPSLongitude" in xmp


def _decode_failure(name: str, e: BaseException) -> errors.Finding:
    msg = str(e)
    if isinstance(e, EOFError) or "truncated" in msg.lower():
        return errors.truncated(name)
    return errors.corrupt(name, msg[:80] or type(e).__name__)


def decode_pixels(im: Image.Image, name: str, box: tuple[int, int] | None) -> None:
    """Decode (at reduced size where `box` allows), translating failures into ImageError."""
    global DECODES
    if box and im.format in ("JPEG", "MPO"):
        im.draft(im.mode, box)
    DECODES += 1
    try:
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise errors.ImageError(_decode_failure(name, e)) from e


def _to_8bit_rgb(im: Image.Image) -> Image.Image:
    """Any mode -> RGB or CMYK (kept for the ICC step), alpha flattened on the page colour."""
    mode = im.mode
    if mode in ("RGB", "CMYK"):
        return im
    if mode.startswith("I;16") or mode == "I":  # 16-bit grey: scale, do not clip
        hi = 65535 if mode.startswith("I;16") or (im.getextrema()[1] or 0) > 255 else 255
        return im.convert("I").point(lambda v: v * (255 / hi)).convert("L").convert("RGB")
    if mode == "F":
        return im.point(lambda v: v * 255).convert("L").convert("RGB")
    if mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
    elif mode in ("LA", "PA", "La", "RGBa"):
        im = im.convert("RGBA")
    if im.mode == "RGBA":
        if im.getextrema()[3][0] == 255:  # fully opaque: just drop the channel
            return im.convert("RGB")
        flat = Image.new("RGB", im.size, recipe.MATTE)
        flat.paste(im, mask=im.getchannel("A"))
        return flat
    return im.convert("RGB")


def load(path: Path) -> tuple[Image.Image, bytes | None, tuple[int, int]]:
    """Decode `path` upright: (pixels in RGB or CMYK, ICC profile or None, full oriented size).

    The pixels may be smaller than the full size (shrink-on-load) but are always at least
    DRAFT_MARGIN x the largest output. `info` is empty.
    """
    name = path.name
    im = open_checked(path)
    out = im
    try:
        full = oriented_size(im)
        icc = im.info.get("icc_profile") or None
        decode_pixels(im, name, recipe.draft_box(im.size))
        ImageOps.exif_transpose(im, in_place=True)
        out = _to_8bit_rgb(im)
        if out is im and getattr(im, "fp", None):  # e.g. MPO keeps its file open: detach the pixels
            out = im.copy()
    finally:
        if out is not im:
            im.close()
    if icc and not _profile_matches(icc, out.mode):
        icc = None
    out.info.clear()
    return out, icc, full


def _profile_matches(icc: bytes, mode: str) -> bool:
    try:
        space = ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile.xcolor_space.strip()
    except Exception:
        return False
    return (space == "RGB" and mode == "RGB") or (space == "CMYK" and mode == "CMYK")


def to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert to sRGB RGB using the embedded profile (perceptual intent), then clear info."""
    if icc:
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            im = ImageCms.profileToProfile(im, src, _SRGB, renderingIntent=ImageCms.Intent.PERCEPTUAL,
                                           outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            im = im.convert("RGB")  # unusable profile: treat the pixels as sRGB
    elif im.mode != "RGB":
        im = im.convert("RGB")
    im.info.clear()
    return im
