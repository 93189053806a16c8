"""Relative links between generated pages, for both web and file:// builds.

Links inside generated HTML blocks are not rewritten by MkDocs, so we compute them
ourselves: directory URLs (`motif/x/`) for the web, `.html` files for the offline copy.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class Linker:
    lang: str
    directory_urls: bool = True

    @property
    def prefix(self) -> str:
        """Folder of this language's site inside the whole site."""
        return "" if self.lang == "id" else f"{self.lang}/"

    def url(self, md: str) -> str:
        """Site-relative URL of a Markdown page within its language, as MkDocs makes it."""
        stem = md[:-3]
        if self.directory_urls:
            if stem == "index":
                return ""
            if stem.endswith("/index"):
                return stem[: -len("index")]
            return stem + "/"
        return stem + ".html"

    def _dir_of(self, md: str) -> str:
        u = self.prefix + self.url(md)
        if u.endswith("/") or u == "":
            return u
        d = posixpath.dirname(u)  # "" for a top-level page such as index.html (offline build)
        return d + "/" if d else ""

    def _rel(self, from_md: str, target: str) -> str:
        base = self._dir_of(from_md)
        rel = posixpath.relpath(target or ".", base or ".")
        if target.endswith("/") or target == "":
            rel = "./" if rel == "." else rel + "/"
        return rel

    def href(self, from_md: str, to_md: str, query: str = "") -> str:
        target = self.prefix + self.url(to_md)
        rel = self._rel(from_md, target)
        if not self.directory_urls and rel.endswith("/"):
            rel += "index.html"
        return rel + (f"?{query}" if query else "")

    def asset(self, from_md: str, site_path: str) -> str:
        """Link to a file at the root of the whole site (shared by both languages), e.g. img/…"""
        return self._rel(from_md, site_path)

    def absolute(self, site_url: str, md: str) -> str:
        return site_url.rstrip("/") + "/" + self.prefix + self.url(md)
