"""Issue 23: an archive of another region says nothing of Bojonegoro.

The made-up "Kabupaten Contoh" (tests/fixtures/region/, support.region_archive) is built fully with
the code of scripts/ unchanged, and every output file is read as its readers read it: text files as
text, gzip decompressed, PDFs through pdftotext and pdfinfo (metadata), ZIP members (the offline copy,
the kits, the DOCX teaching modules) by name and content, images' text metadata through Pillow. Neither
"Bojonegoro" nor "Jonegoro" may appear anywhere."""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from arsip.build import web_build
from arsip.core import identity
from support import ROOT, region_archive

pytestmark = pytest.mark.slow

WORDS = re.compile(rb"bojonegoro|jonegoro", re.I)
TEXT = {".html", ".json", ".jsonld", ".csv", ".xml", ".txt", ".js", ".css", ".md", ".svg", ".geojson",
        ".webmanifest", ".yml", ".yaml", ".map"}


@pytest.fixture(scope="module")
def region_site(tmp_path_factory):
    arc = region_archive(tmp_path_factory.mktemp("region"))
    ctx = web_build(arc, site_url="http://127.0.0.1:8000/")
    yield ctx.arc.site
    # the repository's identity again for the tests that run after this module
    from arsip.records import places
    identity.use(identity.read(ROOT))
    identity.use(identity.read(ROOT), kecamatan=len(places.load(ROOT).kecamatan))


def _pdf_text(data: bytes, tmp: Path) -> str:
    tmp.write_bytes(data)
    text = subprocess.run(["pdftotext", str(tmp), "-"], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    info = subprocess.run(["pdfinfo", str(tmp)], capture_output=True, check=True).stdout.decode("utf-8", "replace")
    return text + "\n" + info


def _image_meta(data: bytes) -> str:
    from PIL import Image

    try:
        im = Image.open(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - AVIF without a plugin, SVG...: the raw bytes were searched
        return ""
    parts = [repr(im.info)]
    try:
        parts.append(repr(dict(im.getexif())))
    except Exception:  # noqa: BLE001
        pass
    return " ".join(parts)


def _hits(name: str, data: bytes, tmp: Path, depth: int = 0) -> list[str]:
    """Where the region words appear in one file (name and content, as its readers read it)."""
    out = []
    if WORDS.search(name.encode()):
        out.append(f"{name}: file name")
    suffix = Path(name).suffix.lower()
    if WORDS.search(data):
        out.append(f"{name}: bytes")
    if suffix == ".gz":
        out += _hits(name[:-3], gzip.decompress(data), tmp, depth)
    elif suffix == ".pdf":
        if WORDS.search(_pdf_text(data, tmp).encode()):
            out.append(f"{name}: PDF text or metadata")
    elif suffix in (".zip", ".docx") and depth < 2:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for member in z.namelist():
                out += _hits(f"{name}!{member}", z.read(member), tmp, depth + 1)
    elif suffix in (".jpg", ".jpeg", ".png", ".avif", ".webp", ".gif"):
        if WORDS.search(_image_meta(data).encode()):
            out.append(f"{name}: image metadata")
    return out


def test_no_output_file_names_bojonegoro(region_site, tmp_path):
    files = sorted(p for p in region_site.rglob("*") if p.is_file())
    kinds = {p.suffix for p in files}
    assert {".html", ".json", ".csv", ".pdf", ".zip", ".xml"} <= kinds, kinds  # a full build
    hits = [h for p in files for h in _hits(p.relative_to(region_site).as_posix(), p.read_bytes(), tmp_path / "x.pdf")]
    assert not hits, hits[:40]


def test_the_made_up_region_is_what_the_site_says(region_site):
    home = (region_site / "index.html").read_text("utf-8")
    assert "Arsip Batik Contoh" in home
    assert (region_site / "en" / "index.html").read_text("utf-8").count("Contoh Batik Archive")
    assert "Kabupaten Contoh" in (region_site / "peta" / "index.html").read_text("utf-8")
    assert (region_site / "unduh" / "arsip-batik-contoh-offline.zip").is_file()
    with zipfile.ZipFile(region_site / "unduh" / "arsip-batik-contoh-offline.zip") as z:
        assert z.read("arsip-batik-contoh/BACA-SAYA.txt").startswith(b"ARSIP BATIK CONTOH - SALINAN LURING")
    assert (region_site / "data" / "peta" / "contoh-kecamatan-ringkas.geojson").is_file()
    caption = next((region_site / "kit").rglob("*.html")).read_text("utf-8")
    assert "#batikcontohan" in caption
