"""The offline archive: the whole site as one ZIP that works opened from disk (file://).

Schools with weak internet copy the archive to a computer or a flash disk. The site is
built a second time with `.html` links (directory_urls=False, which arsip.urls.Linker
and MkDocs both support), then zipped deterministically: entries sorted, one fixed
timestamp, fixed permissions, so the same archive always gives the same bytes.

`arsip offline` writes the ZIP to .cache/offline/ and into site/unduh/; the normal
build's post-build step copies the cached ZIP into every later site, so the download
link keeps working until the next `arsip offline`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zipfile
from pathlib import Path

from .paths import Archive

FIXED_TIME = (2009, 10, 2, 0, 0, 0)  # zip timestamps cannot be earlier than 1980
TOP = "arsip-batik-bojonegoro"  # folder inside the ZIP
README = """ARSIP BATIK BOJONEGORO - SALINAN LURING / OFFLINE COPY

Bahasa Indonesia: buka berkas index.html di folder ini dengan peramban (Chrome, Firefox,
Edge). Tidak perlu internet. Lembar kerja dan lembar mewarnai ada di folder unduh/.

English: open index.html in this folder with a web browser. No internet needed. The
worksheets and colouring sheets are in the unduh/ folder; the English site is in en/.
"""


def zip_dir(src: Path, dest: Path) -> int:
    """Zip `src` into `dest` under TOP/, deterministically. Returns the number of files."""
    # The sitemap carries the build date and means nothing on a disk: leave it out.
    files = sorted(p for p in src.rglob("*") if p.is_file() and not p.name.startswith("sitemap.xml"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        def add(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(f"{TOP}/{name}", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            # Already-compressed files are stored, which is faster and no bigger.
            info.compress_type = (zipfile.ZIP_STORED if name.endswith((".jpg", ".png", ".pdf", ".zip", ".woff2"))
                                  else zipfile.ZIP_DEFLATED)
            z.writestr(info, data)

        add("BACA-SAYA.txt", README.encode("utf-8"))
        for p in files:
            add(p.relative_to(src).as_posix(), p.read_bytes())
    os.replace(tmp, dest)
    return len(files) + 1


# What the offline copy is made from: if none of it changed, the cached ZIP is current.
_INPUTS = ("motifs", "data", "docs", "mkdocs.yml", "mkdocs.en.yml")


def inputs_key(arc: Archive, site_url: str) -> str:
    """Hash of every input file (path + bytes) and the site URL; cheap next to a build."""
    import hashlib

    from .paths import PACKAGE_DIR

    h = hashlib.sha256(site_url.encode())
    for top in [arc.root / name for name in _INPUTS] + [PACKAGE_DIR]:  # the code that builds it, too
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else []
        for p in files:
            if "__pycache__" in p.parts:
                continue
            rel = p.relative_to(PACKAGE_DIR if p.is_relative_to(PACKAGE_DIR) else arc.root)
            h.update(rel.as_posix().encode() + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def ensure_zip(arc: Archive, site_url: str) -> None:
    """Make the offline ZIP unless the cached one was made from the same inputs.

    Runs before the web build stages anything, so its own (nested) build never touches the
    web build's staging folder; the web build then places the cached ZIP in unduh/.
    """
    if os.environ.get("ARSIP_DOWNLOADS", "1") == "0":
        return
    from .schools import OFFLINE_ZIP

    cached = arc.cache / "offline" / OFFLINE_ZIP
    stamp = cached.with_name(cached.name + ".key")
    key = inputs_key(arc, site_url)
    if cached.is_file() and stamp.is_file() and stamp.read_text() == key:
        return
    build_offline(arc, site_url=site_url, update_live=False)  # the web build publishes it atomically
    stamp.write_text(key)


def build_offline(arc: Archive, *, site_url: str | None = None, out: Path | None = None,
                  update_live: bool = True) -> dict:
    """Build the file:// copy of the site and zip it. Returns figures for the report."""
    from .build import build
    from .schools import OFFLINE_ZIP, offline_zip

    t0 = time.perf_counter()
    cached = arc.cache / "offline" / OFFLINE_ZIP
    with tempfile.TemporaryDirectory(prefix="arsip-offline-") as tmp:
        dest = Path(tmp) / "site"
        build(arc, site_url=site_url, dest=dest, directory_urls=False)
        t1 = time.perf_counter()
        n = zip_dir(dest, cached)
    t2 = time.perf_counter()
    targets = [cached]
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, out)
        targets.append(out)
    if update_live and arc.site.is_dir():  # `arsip offline`: the live site's link works right away
        live = arc.site / offline_zip()
        live.parent.mkdir(parents=True, exist_ok=True)
        tmp_live = live.with_name(live.name + ".tmp")
        shutil.copyfile(cached, tmp_live)
        os.replace(tmp_live, live)
        targets.append(live)
    return {"files": n, "bytes": cached.stat().st_size, "build": t1 - t0, "zip": t2 - t1,
            "total": t2 - t0, "paths": targets}
