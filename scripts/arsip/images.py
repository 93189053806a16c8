"""Stage 2: source photo -> published derivatives + the <picture> markup for them.

Interface used by the rest of the pipeline:
  process(src, cache) -> ImageSet     (cached by content hash; never re-encodes)
  picture(imgset, base, alt, ...)     (HTML for a page)
  publish(imgsets, dest)              (place derivative files in the site)

Published files carry no metadata: orientation is applied to the pixels, then every
EXIF/GPS/XMP/ICC/comment field is dropped before saving.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from markupsafe import Markup, escape
from PIL import Image, ImageOps

PIPELINE_VERSION = "1"
WIDTHS = (320, 640, 1280)
JPEG = {"quality": 80, "progressive": True, "optimize": True}
SITE_DIR = "img"  # folder at the site root shared by both languages


@dataclass
class Derivative:
    name: str  # file name inside img/
    width: int
    height: int
    fmt: str
    bytes: int = 0


@dataclass
class ImageSet:
    key: str
    width: int
    height: int
    colour: str
    derivatives: list[Derivative] = field(default_factory=list)

    def of(self, fmt: str) -> list[Derivative]:
        return sorted((d for d in self.derivatives if d.fmt == fmt), key=lambda d: d.width)

    def largest(self, fmt: str = "jpeg", max_width: int | None = None) -> Derivative:
        ds = [d for d in self.of(fmt) if max_width is None or d.width <= max_width] or self.of(fmt)
        return ds[-1]


def _key(src: Path) -> str:
    h = hashlib.sha256()
    h.update(src.read_bytes())
    h.update(json.dumps({"v": PIPELINE_VERSION, "w": WIDTHS, "jpeg": JPEG}, sort_keys=True).encode())
    return h.hexdigest()[:16]


def _atomic_save(im: Image.Image, dest: Path, **opts) -> None:
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".tmp-", suffix=dest.suffix)
    os.close(fd)
    try:
        im.save(tmp, **opts)
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def process(src: Path, cache: Path) -> ImageSet:
    """Make (or reuse) the derivatives of one source image."""
    cache.mkdir(parents=True, exist_ok=True)
    key = _key(src)
    manifest = cache / f"{key}.json"
    if manifest.is_file():
        # Verified, never trusted blindly: a build killed mid-write or a damaged disk can
        # leave a truncated manifest or derivative; then we simply make them again.
        try:
            data = json.loads(manifest.read_text())
            s = ImageSet(**{**data, "derivatives": [Derivative(**d) for d in data["derivatives"]]})
            if s.derivatives and all(d.bytes > 0 and (cache / d.name).is_file()
                                     and (cache / d.name).stat().st_size == d.bytes for d in s.derivatives):
                return s
        except (ValueError, TypeError, KeyError):
            pass
    with Image.open(src) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode != "RGB":
            bg = Image.new("RGB", im.size, (255, 255, 255))
            rgba = im.convert("RGBA")
            bg.paste(rgba, mask=rgba.getchannel("A"))
            im = bg
        im.info.clear()
        w, h = im.size
        colour = "#%02x%02x%02x" % im.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
        s = ImageSet(key, w, h, colour)
        for width in WIDTHS:
            if width > w and s.derivatives:
                break
            tw = min(width, w)
            th = round(h * tw / w)
            out = im.resize((tw, th), Image.Resampling.LANCZOS, reducing_gap=3.0)
            out.info.clear()
            name = f"{key}-{tw}.jpg"
            _atomic_save(out, cache / name, format="JPEG", **JPEG)
            s.derivatives.append(Derivative(name, tw, th, "jpeg", (cache / name).stat().st_size))
    tmp = manifest.with_name(f".tmp-{os.getpid()}-{manifest.name}")
    tmp.write_text(json.dumps(asdict(s), sort_keys=True))
    os.replace(tmp, manifest)  # atomic: a reader sees the old manifest or the whole new one
    return s


def publish(sets: list[ImageSet], cache: Path, dest: Path) -> None:
    """Hard-link (or copy) derivative files into the site's img/ folder."""
    dest.mkdir(parents=True, exist_ok=True)
    for s in sets:
        for d in s.derivatives:
            target = dest / d.name
            if target.exists():
                continue
            try:
                os.link(cache / d.name, target)
            except OSError:
                shutil.copyfile(cache / d.name, target)
            os.chmod(target, 0o644)  # temp files are created 0600; a web server must be able to read them


def picture(s: ImageSet, base: str, alt: str, sizes: str, *, eager: bool = False,
            max_width: int | None = None, cls: str = "") -> Markup:
    """<picture> markup; `base` is the relative link to the site's img/ folder."""
    jpgs = [d for d in s.of("jpeg") if max_width is None or d.width <= max_width] or s.of("jpeg")[:1]
    srcset = ", ".join(f"{base}{d.name} {d.width}w" for d in jpgs)
    fallback = jpgs[-1]
    load = 'loading="eager" fetchpriority="high"' if eager else 'loading="lazy" decoding="async"'
    cls_attr = f' class="{escape(cls)}"' if cls else ""
    return Markup(
        f'<picture{cls_attr}>'
        f'<img src="{base}{fallback.name}" srcset="{srcset}" sizes="{escape(sizes)}" '
        f'width="{fallback.width}" height="{fallback.height}" alt="{escape(alt)}" {load} '
        f'style="background-color:{s.colour}"></picture>'
    )
