"""Where every motif, maker and file is published: absolute, stable URLs.

Share cards, QR codes, JSON-LD, feeds and the open-data files all need absolute URLs
(crawlers and phones never resolve relative ones). They all ask this one object, so a
motif's address is decided in one place and never drifts between outputs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .paths import LANGS
from .urls import Linker

SHORT_DIR = "m"  # short, stable motif addresses for QR codes: <site>/m/<id>/
OG_LOCALE = {"id": "id_ID", "en": "en_US"}
ARCHIVE_NAME = {"id": "Arsip Batik Bojonegoro", "en": "Bojonegoro Batik Archive"}


@dataclass(frozen=True)
class Published:
    site_url: str  # root of the whole site (the Indonesian site), ending in "/"
    directory_urls: bool = True

    @classmethod
    def of(cls, site_url: str, directory_urls: bool = True) -> "Published":
        return cls(site_url.rstrip("/") + "/", directory_urls)

    def linker(self, lang: str) -> Linker:
        return Linker(lang, self.directory_urls)

    def page(self, md: str, lang: str) -> str:
        """Absolute URL of a generated or hand-written page, e.g. page('motif/x.md', 'en')."""
        return self.linker(lang).absolute(self.site_url, md)

    def motif(self, mid: str, lang: str = "id") -> str:
        return self.page(f"motif/{mid}.md", lang)

    def maker(self, mid: str, lang: str = "id") -> str:
        return self.page(f"pembuat/{mid}.md", lang)

    def home(self, lang: str = "id") -> str:
        return self.page("index.md", lang)

    def asset(self, site_path: str) -> str:
        """Absolute URL of a file at the site root shared by both languages (img/…, data/…)."""
        return self.site_url + site_path.lstrip("/")

    def short_path(self, mid: str) -> str:
        """Site path of a motif's short address (the page that redirects to the motif)."""
        return f"{SHORT_DIR}/{mid}/" if self.directory_urls else f"{SHORT_DIR}/{mid}/index.html"

    def short(self, mid: str) -> str:
        """The short, stable URL printed on hang tags and encoded in QR codes."""
        return self.asset(self.short_path(mid))

    @staticmethod
    def other(lang: str) -> str:
        return next(x for x in LANGS if x != lang)
