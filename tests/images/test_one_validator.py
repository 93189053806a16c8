"""One image validator: every image problem is found once, by images/validate.py, with one
Finding type and one pixel limit, whether `arsip check` or `arsip build` asks."""

from __future__ import annotations

import ast
import io
import struct
import zlib
from pathlib import Path

import yaml
from PIL import Image

from arsip.build import check
from arsip.images import recipe

from support import MOTIF_IDS, ROOT, copy_archive
from tools.corpus import cloth, phone_exif

MID = MOTIF_IDS[0]
FILE = f"motifs/{MID}/motif.yml"


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares width x height pixels and carries almost no data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    idat = zlib.compress(b"\0" * (1 + 3 * width) * 2, 9)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def with_image(tmp_path: Path, name: str, data: bytes):
    arc = copy_archive(tmp_path)
    path = arc.motifs / MID / "motif.yml"
    rec = yaml.safe_load(path.read_text("utf-8"))
    (arc.motifs / MID / rec["images"][0]["file"]).unlink()
    rec["images"][0]["file"] = name
    path.write_text(yaml.safe_dump(rec, allow_unicode=True, sort_keys=False), "utf-8")
    (arc.motifs / MID / name).write_bytes(data)
    return [p for p in check(arc).problems if p.file == FILE and p.field.startswith("images[0]")]


def test_a_20000_square_header_gives_exactly_one_message(tmp_path):
    (p,) = with_image(tmp_path, "besar.png", png_header(20000, 20000))
    assert p.severity == "error" and p.code == "image.too_large" and "20000×20000" in p.en and "terlalu besar" in p.id


def test_a_truncated_file_gives_exactly_one_message(tmp_path):
    buf = io.BytesIO()
    cloth((1600, 1200), 3).save(buf, "JPEG", quality=90)
    (p,) = with_image(tmp_path, "terpotong.jpg", buf.getvalue()[: len(buf.getvalue()) // 2])
    assert p.severity == "error" and p.code == "image.truncated" and "terpotong" in p.id and "truncated" in p.en


def test_a_cmyk_photo_with_gps_gives_exactly_one_message(tmp_path):
    """CMYK is converted, not refused: the only thing to say is the GPS position it carries."""
    buf = io.BytesIO()
    cloth((1600, 1200), 4).convert("CMYK").save(buf, "JPEG", quality=90, exif=phone_exif(1, gps=True))
    (p,) = with_image(tmp_path, "cmyk.jpg", buf.getvalue())
    assert p.severity == "warning" and p.code == "image.gps"


def test_one_finding_type_and_one_pixel_limit_in_the_package():
    """No second Finding class or pixel limit anywhere in the runtime package."""
    pkg = ROOT / "scripts" / "arsip"
    findings, limits = [], []
    for f in pkg.rglob("*.py"):
        tree = ast.parse(f.read_text("utf-8"))
        findings += [f"{f.name}:{n.lineno}" for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "Finding"]
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "MAX_IMAGE_PIXELS"
                                                 and isinstance(n.value, ast.Attribute)
                                                 for t in n.targets):
                limits.append(f"{f.relative_to(pkg)}:{n.lineno}")
    assert len(findings) == 1 and findings[0].startswith("errors.py:"), findings
    assert len(limits) == 1 and limits[0].startswith("images/decode.py:"), limits  # the one place
    assert Image.MAX_IMAGE_PIXELS == recipe.MAX_PIXELS
