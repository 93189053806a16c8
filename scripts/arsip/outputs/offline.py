"""The offline archive: the whole site as one ZIP that works opened from disk (file://).

Schools with weak internet copy the archive to a computer or a flash disk. `arsip build`
renders the site a second time from the same loaded records and images with `.html`
links (directory_urls=False, which core.urls.Linker and MkDocs both support; see
build.offline_build), and this module zips it deterministically: entries sorted, one
fixed timestamp, fixed permissions, so the same archive always gives the same bytes.
The ZIP is cached in .cache/offline/ with the hash of its inputs; an unchanged archive
reuses it without rendering anything.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from ..core import identity
from ..core import urls
from ..core.paths import PACKAGE_DIR, Archive

FIXED_TIME = (2009, 10, 2, 0, 0, 0)  # zip timestamps cannot be earlier than 1980
# The folder inside the ZIP is the archive's short name (data/arsip.yml `slug`): top(), or TOP.
# The README's first line names the archive ({archive_upper}, core/identity.fill).
_README = """{archive_upper} - SALINAN LURING / OFFLINE COPY

Bahasa Indonesia: buka berkas index.html di folder ini dengan peramban (Chrome, Firefox,
Edge). Tidak perlu internet. Lembar kerja, lembar mewarnai dan modul ajar yang bisa
diubah (DOCX) ada di folder unduh/.

English: open index.html in this folder with a web browser. No internet needed. The
worksheets, colouring sheets and editable teaching modules (DOCX) are in the unduh/
folder; the English site is in en/.
"""


def top() -> str:
    return identity.get("slug") or "arsip"


def readme() -> str:
    return identity.fill(_README)


def __getattr__(name: str):
    """TOP and README depend on the archive's identity: computed when read (PEP 562)."""
    if name == "TOP":
        return top()
    if name == "README":
        return readme()
    raise AttributeError(name)


def write_zip(dest: Path, entries) -> None:
    """A deterministic ZIP of (name, bytes) entries: fixed times and modes, already-compressed
    files stored (faster and no bigger). The offline copy and the promotion kits use it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.create_system = 3
            info.compress_type = (zipfile.ZIP_STORED if name.endswith((".jpg", ".png", ".pdf", ".zip", ".woff2"))
                                  else zipfile.ZIP_DEFLATED)
            z.writestr(info, data)
    os.replace(tmp, dest)


def zip_dir(src: Path, dest: Path) -> int:
    """Zip `src` into `dest` under TOP/, deterministically. Returns the number of files."""
    TOP, README = top(), readme()
    # The sitemap carries the build date and means nothing on a disk, and no server shows the
    # "not found" page there (its links are from the site's root): leave them out.
    files = sorted(p for p in src.rglob("*") if p.is_file() and not p.name.startswith(("sitemap.xml", "404.html")))
    write_zip(dest, [(f"{TOP}/BACA-SAYA.txt", README.encode("utf-8"))]
              + [(f"{TOP}/{p.relative_to(src).as_posix()}", p.read_bytes()) for p in files])
    return len(files) + 1


HREF = re.compile(r'(<a\b[^>]*?\bhref=")([^"]+)(")', re.I)


def _on_disk(href: str, folder: Path, root: Path, zip_url: str) -> str:
    """`href` (relative, as in the page) as it opens from disk: a folder link leads to the
    folder's index.html (no server adds it there), the ZIP, which the copy cannot hold, to
    its address online."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return href
    target = (folder / parts.path).resolve()
    tail = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    if target.is_dir() and (target / "index.html").is_file():
        return posixpath.join(parts.path, "index.html") + tail
    if target.name == urls.offline_zip_name() and target.is_relative_to(root) and not target.exists():
        return zip_url
    return href


def fix_links(ctx) -> int:
    """Output step of the offline build: every link of hand-written HTML (raw `<a href>`s in
    Markdown and the theme, which MkDocs leaves alone) opens a file from disk. Returns the
    number of pages changed."""
    if ctx.directory_urls:
        return 0
    root, zip_url, changed = ctx.staging.resolve(), ctx.pub.asset(urls.offline_zip()), 0
    for page in sorted(root.rglob("*.html")):
        text = page.read_text("utf-8")
        new = HREF.sub(lambda m: m[1] + _on_disk(m[2], page.parent, root, zip_url) + m[3], text)
        if new != text:
            page.write_text(new, "utf-8")
            changed += 1
    ctx.stats["offline_links"] = changed
    return changed


# What the offline copy is made from: if none of it changed, the cached ZIP is current.
_INPUTS = ("motifs", "data", "docs", "mkdocs.yml", "mkdocs.en.yml")


def inputs_key(arc: Archive, site_url: str) -> str:
    """Hash of every input file (path + bytes) and the site URL; cheap next to a build."""
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


def cached(arc: Archive) -> Path:
    return arc.cache / "offline" / urls.offline_zip_name()


def is_current(arc: Archive, key: str) -> bool:
    z = cached(arc)
    stamp = z.with_name(z.name + ".key")
    return z.is_file() and stamp.is_file() and stamp.read_text() == key


def mark_current(arc: Archive, key: str) -> None:
    z = cached(arc)
    z.with_name(z.name + ".key").write_text(key)
