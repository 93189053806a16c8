"""Stable addresses: short motif URLs for QR codes, and redirects for renamed motifs.

A motif's URL never changes once published: printed hang tags and shared links live
for years. So every motif has a short address <site>/m/<id>/ (what the QR code holds),
and a motif renamed from an old id (listed in its `redirect_from`) keeps pages at the
old addresses in both languages (motif/<old>/, en/motif/<old>/, m/<old>/) that send
visitors on to the new page. These are static pages: a one-line script that keeps the
query and the #anchor of the old address (a meta refresh drops them: a shared link to
"#aktivitas" would land at the top of the page), then a meta refresh for browsers without
script, a canonical link, and a visible link for browsers that follow neither. The CSP
step allows the script by its hash, as every inline script.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from ..core import urls
from ..core.i18n import ARCHIVE_NAME, LANGS
from ..core.urls import Published
from ..pages.metadata import script_json


def _file_of(site_path: str) -> str:
    """The file behind a site path: 'm/x/' -> 'm/x/index.html'."""
    return site_path + "index.html" if site_path.endswith("/") or site_path == "" else site_path


def relative(from_site_path: str, to_site_path: str) -> str:
    """Relative link from the page at `from_site_path` to `to_site_path` (both site-root paths)."""
    base = posixpath.dirname(_file_of(from_site_path))
    rel = posixpath.relpath(to_site_path.rstrip("/") or ".", base or ".")
    if to_site_path.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel


def page_path(pub: Published, md: str, lang: str) -> str:
    """Site-root path of a page, e.g. ('motif/x.md', 'en') -> 'en/motif/x/'."""
    lk = pub.linker(lang)
    return lk.prefix + lk.url(md)


def redirect_html(*, lang: str, title: str, target_rel: str, canonical: str, note: str,
                  og: list[tuple[str, str]] = (), icon_rel: str | None = None) -> str:
    e = html.escape
    metas = "".join(f'<meta property="{e(k)}" content="{e(v)}">\n' for k, v in og)
    return (
        "<!doctype html>\n"
        f'<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)} · {e(ARCHIVE_NAME[lang])}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{e(canonical)}">\n'
        # Without an icon link browsers fetch /favicon.ico, which does not exist (a 404 per visit).
        + (f'<link rel="icon" href="{e(icon_rel)}">\n' if icon_rel else "")
        + f"<script>location.replace({script_json(target_rel)} + location.search + location.hash)</script>\n"
        + f'<meta http-equiv="refresh" content="0; url={e(target_rel)}">\n'
        f"{metas}"
        "</head>\n<body>\n"
        f'<p>{e(note)} <a href="{e(target_rel)}">{e(title)}</a></p>\n'
        "</body>\n</html>\n"
    )


ICON = "assets/favicon.svg"  # the site's icon, as in mkdocs.yml (theme.favicon)
NOTE = {"short": "Menuju halaman motif / Going to the motif's page:",
        "moved": {"id": "Halaman ini sudah pindah ke", "en": "This page has moved to"}}


def write(site: Path, pub: Published, motifs: list[dict], og_for=None) -> list[str]:
    """Write every short address and every renamed-motif redirect; return the site paths written."""
    written = []

    def put(from_path: str, content: str) -> None:
        f = site / _file_of(from_path)
        if f.exists():
            raise FileExistsError(f"{_file_of(from_path)} already exists: a redirect would overwrite a page")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(content, "utf-8")
        written.append(from_path)

    for m in motifs:
        target_id = page_path(pub, urls.motif(m["id"]), "id")
        for short_id in [m["id"], *m.get("redirect_from", [])]:
            src = pub.short_path(short_id)
            put(src, redirect_html(lang="id", title=m["name"], target_rel=relative(src, target_id),
                                   canonical=pub.motif(m["id"], "id"), note=NOTE["short"],
                                   og=og_for(m) if og_for else (), icon_rel=relative(src, ICON)))
        for old in m.get("redirect_from", []):
            for lang in LANGS:
                src = page_path(pub, urls.motif(old), lang)
                dest = page_path(pub, urls.motif(m["id"]), lang)
                put(src, redirect_html(lang=lang, title=m["name"], target_rel=relative(src, dest),
                                       canonical=pub.motif(m["id"], lang), note=NOTE["moved"][lang],
                                       icon_rel=relative(src, ICON)))
    if pub.directory_urls:  # the offline copy was never shared by address
        for lang in LANGS[1:]:
            for src, dest, title in section_moves(site, lang):
                put(src, redirect_html(lang=lang, title=title, target_rel=relative(src, dest),
                                       canonical=pub.asset(dest), note=NOTE["moved"][lang],
                                       icon_rel=relative(src, ICON)))
    return written


_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def section_moves(site: Path, lang: str) -> list[tuple[str, str, str]]:
    """(old site path, new site path, page title) of every built page of `lang` in a section
    with its own name there (urls.SECTIONS): en/pembuat/x/ -> en/makers/x/, so links shared
    before the sections got English names keep working."""
    pairs = urls.section_urls(lang)  # (Indonesian prefix, this language's prefix), longest first
    root, out = site / lang, []
    for new_prefix in sorted({b for _, b in pairs}):
        for f in sorted((root / new_prefix).rglob("index.html")):
            url = f.parent.relative_to(root).as_posix() + "/"
            old_prefix, cur = max(((a, b) for a, b in pairs if url.startswith(b)), key=lambda p: len(p[1]))
            old = old_prefix + url[len(cur):]
            if old == url or (root / old / "index.html").exists():
                continue
            m = _TITLE.search(f.read_text("utf-8"))
            title = html.unescape(m.group(1)).split(" - ")[0].strip() if m else url
            out.append((f"{lang}/{old}", f"{lang}/{url}", title))
    return sorted(set(out))
