"""Step: the size of every download, written on its link ("Arsip luring (ZIP, 22,6 MB)").

A 22.6 MB ZIP takes minutes on slow mobile data; a reader should know before tapping. The
files exist only after the downloads step, so the sizes are written into the finished
pages here: every `<a … download>` whose target is a file of this build gets
`<span class="arsip-size">` with the size in the page's language (decimal comma in
Indonesian). Links to missing files are left alone. Runs before search, so snippets agree.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

_LINK = re.compile(r'(<a\s[^>]*?\bhref="([^"#?]+)"[^>]*?\sdownload\b[^>]*>)(.*?)(</a>)', re.S)
_LANG = re.compile(r'<html[^>]*\blang="([a-z]+)')


def human(n: int, lang: str) -> str:
    """1500 -> "1.5 kB" (en) / "1,5 kB" (id); MB from 1 MB (decimal units, as phones show them)."""
    for unit, size in (("MB", 1000 ** 2), ("kB", 1000)):  # decimal, as phones show file sizes
        if n >= size:
            text = f"{n / size:.1f} {unit}"
            break
    else:
        text = f"{n} B"
    return text.replace(".", ",") if lang == "id" else text


def _target(page: Path, root: Path, href: str) -> Path | None:
    if urlsplit(href).scheme or href.startswith("//"):
        return None
    rel = unquote(href)
    path = (root / rel.lstrip("/")) if rel.startswith("/") else page.parent / rel
    path = Path(posixpath.normpath(path.as_posix()))
    return path if path.is_file() else None


def mark(page: Path, root: Path) -> bool:
    text = page.read_text("utf-8")
    if " download" not in text:
        return False
    m = _LANG.search(text)
    lang = m.group(1) if m else "id"

    def fix(mm: re.Match) -> str:
        if 'class="arsip-size"' in mm.group(3):
            return mm.group(0)
        target = _target(page, root, html.unescape(mm.group(2)))
        if target is None:
            return mm.group(0)
        size = human(target.stat().st_size, lang)
        return f'{mm.group(1)}{mm.group(3)} <span class="arsip-size">({size})</span>{mm.group(4)}'

    new = _zip_size(_LINK.sub(fix, text), page, root, lang)
    if new != text:
        page.write_text(new, "utf-8")
        return True
    return False


_ZIP_BUTTON = re.compile(r'data-arsip-zip="([^"]+)"')
_ZIP_SIZE = '<span class="arsip-size" data-arsip-zip-size></span>'
_ZIP_NAME = re.compile(r'<a\s[^>]*?\bhref="([^"#?]+)"[^>]*?\sdata-arsip-zip-name="([^"]+)"')


def zip_size(entries: list[tuple[str, int]]) -> int:
    """Bytes of the STORE-method ZIP docs/assets/arsip-zip.js makes of (name inside the ZIP, size)
    entries: a 30-byte local and a 46-byte central header per file, each with its name, the data,
    the 22-byte end record (as outputs/kit.Kit.zip_size)."""
    return sum(n for _, n in entries) + sum(76 + 2 * len(name.encode()) for name, _ in entries) + 22


def _zip_size(text: str, page: Path, root: Path, lang: str) -> str:
    """A ZIP button whose size the page could not know (a maker's kit is made after the pages):
    its placeholder gets the size of the ZIP of the page's files, once they all exist."""
    if _ZIP_SIZE not in text:
        return text
    folder = _ZIP_BUTTON.search(text)
    entries = []
    for href, name in _ZIP_NAME.findall(text):
        target = _target(page, root, html.unescape(href))
        if target is None or folder is None:
            return text  # a file missing: no size rather than a wrong one
        entries.append((f"{html.unescape(folder.group(1))}/{html.unescape(name)}", target.stat().st_size))
    if not entries:
        return text
    return text.replace(_ZIP_SIZE, f' <span class="arsip-size">({human(zip_size(entries), lang)})</span>')


def publish(ctx) -> None:
    root = ctx.staging
    ctx.stats["sized_pages"] = sum(mark(p, root) for p in sorted(root.rglob("*.html")))
