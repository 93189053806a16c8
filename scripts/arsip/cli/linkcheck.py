"""Check every internal link and anchor of a built site, offline.

Walks every HTML file of `site/` (both languages) and resolves each internal href/src/
srcset (a, area, img, source, link, script, iframe, video, audio, meta refresh) to a file
in the site, and each #anchor to an id in the target page. External links are listed and
counted, never fetched (the build must not depend on other people's servers). Absolute
links to the site's own address (canonical links, sitemaps) count as internal: the
address is read from the home page's canonical link unless given.

Used by `arsip linkcheck [SITE]`, by the test suite and by CI.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..core.paths import Archive

_LINK_ATTRS = {
    "a": ("href",), "area": ("href",), "link": ("href",), "img": ("src", "srcset"),
    "source": ("src", "srcset"), "script": ("src",), "iframe": ("src",), "video": ("src", "poster"),
    "audio": ("src",), "track": ("src",), "embed": ("src",), "object": ("data",), "form": ("action",),
}
_EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "sms", "geo", "whatsapp"}
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"]+)", re.I)


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attr, url)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        for attr in _LINK_ATTRS.get(tag, ()):
            v = a.get(attr)
            if v is None:
                continue
            if attr == "srcset":
                for cand in v.split(","):
                    if cand.strip():
                        self.links.append((tag, attr, cand.strip().split()[0]))
            else:
                self.links.append((tag, attr, v.strip()))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = _REFRESH.search(a.get("content") or "")
            if m:
                self.links.append(("meta", "refresh", m.group(1).strip()))

    handle_startendtag = handle_starttag


@dataclass
class Broken:
    page: str
    where: str
    url: str
    reason: str

    def format(self) -> str:
        return f"{self.page}: {self.where}={self.url!r}: {self.reason}"


@dataclass
class Report:
    pages: int = 0
    internal: int = 0
    anchors: int = 0
    external: Counter = field(default_factory=Counter)  # host -> count
    broken: list[Broken] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.broken

    def summary(self) -> str:
        n_ext = sum(self.external.values())
        return (f"{self.pages} halaman / pages, {self.internal} tautan internal / internal links, "
                f"{self.anchors} jangkar / anchors, {n_ext} tautan luar tidak diperiksa / external links "
                f"not fetched ({len(self.external)} hosts), {len(self.broken)} rusak / broken")


class _Site:
    def __init__(self, root: Path):
        self.root = root
        self._pages: dict[str, _Page] = {}

    def page(self, rel: str) -> _Page:
        if rel not in self._pages:
            p = _Page()
            p.feed((self.root / rel).read_text("utf-8", errors="replace"))
            p.close()
            self._pages[rel] = p
        return self._pages[rel]

    def target(self, rel: str) -> str | None:
        """Site-relative file a path resolves to (as a web server would), or None."""
        if rel in ("", "."):
            rel = "index.html"
        p = self.root / rel
        if rel.endswith("/"):
            p = p / "index.html"
        elif p.is_dir():
            p = p / "index.html"
        if p.is_file():
            return p.relative_to(self.root).as_posix()
        return None


def site_url_of(site: Path) -> str | None:
    """The site's public address, from the home page's canonical link."""
    home = site / "index.html"
    if not home.is_file():
        return None
    m = re.search(r'<link rel="canonical" href="([^"]+)"', home.read_text("utf-8", errors="replace"))
    return m.group(1) if m else None


def check(site: Path, site_url: str | None = None) -> Report:
    site = site.resolve()
    site_url = site_url or site_url_of(site)
    base = urlsplit(site_url) if site_url else None
    s = _Site(site)
    rep = Report()
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        rep.pages += 1
        page = s.page(rel)
        here = posixpath.dirname(rel)
        for tag, attr, url in page.links:
            where = f"<{tag} {attr}>"
            parts = urlsplit(url)
            scheme = parts.scheme.lower()
            if scheme in ("javascript", "vbscript"):
                rep.broken.append(Broken(rel, where, url, "tautan skrip dilarang / script links are not allowed"))
                continue
            if scheme in ("data", "blob"):
                continue
            path = parts.path
            if scheme or parts.netloc:
                own = (base is not None and scheme in ("http", "https") and parts.netloc == base.netloc
                       and (path + "/").startswith(base.path if base.path.endswith("/") else base.path + "/"))
                if not own:
                    rep.external[parts.netloc or scheme] += 1
                    continue
                path = "/" + path[len(base.path):].lstrip("/")
            if not path and not parts.fragment:
                continue  # "?query" or "" links to this page
            if path.startswith("/"):
                if base is not None and base.path not in ("", "/") and not scheme:
                    bp = base.path.rstrip("/")
                    if not (path == bp or path.startswith(bp + "/")):
                        rep.broken.append(Broken(rel, where, url, "di luar situs / outside the site"))
                        continue
                    path = path[len(bp):]
                joined = path.lstrip("/")
            elif path:
                joined = posixpath.join(here, path)
            else:
                joined = None  # fragment only: this page
            if joined is None:
                target = rel
            else:
                norm = posixpath.normpath(unquote(joined))
                if norm == ".." or norm.startswith("../"):
                    rep.broken.append(Broken(rel, where, url, "di luar situs / outside the site"))
                    continue
                if (unquote(joined).endswith("/") or joined == "") and norm != ".":
                    norm += "/"
                target = s.target("" if norm == "." else norm)
                rep.internal += 1
                if target is None:
                    rep.broken.append(Broken(rel, where, url, "berkas tidak ada / no such file"))
                    continue
            frag = unquote(parts.fragment)
            if frag and target.endswith(".html"):
                rep.anchors += 1
                if frag not in s.page(target).ids:
                    rep.broken.append(Broken(rel, where, url, f"jangkar #{frag} tidak ada di {target} / no anchor #{frag} in {target}"))
    # Sitemaps list the site's own pages by absolute address.
    if base is not None:
        for sm in sorted(site.rglob("sitemap*.xml")):
            for loc in re.findall(r"<loc>([^<]+)</loc>", sm.read_text("utf-8", errors="replace")):
                loc = loc.replace("&amp;", "&").strip()
                u = urlsplit(loc)
                if u.netloc != base.netloc:
                    rep.external[u.netloc] += 1
                    continue
                rep.internal += 1
                rel_path = unquote(u.path[len(base.path):] if u.path.startswith(base.path) else u.path).lstrip("/")
                if s.target(rel_path) is None:
                    rep.broken.append(Broken(sm.relative_to(site).as_posix(), "<loc>", loc, "berkas tidak ada / no such file"))
    return rep


def main(site: Path, site_url: str | None = None, verbose: bool = False) -> int:
    if not (site / "index.html").is_file():
        print(f"{site}/index.html tidak ada: jalankan 'arsip build' dulu. / "
              f"{site}/index.html is missing: run 'arsip build' first.", file=sys.stderr)
        return 2
    rep = check(site, site_url)
    for b in rep.broken:
        print(b.format(), file=sys.stderr)
    if verbose:
        for host, n in sorted(rep.external.items()):
            print(f"  luar / external: {host} ({n})")
    print(rep.summary())
    return 0 if rep.ok else 1


def add(sub) -> None:
    lc = sub.add_parser("linkcheck", help="periksa tautan situs / check the site's links")
    lc.add_argument("site", nargs="?", default=None, help="folder situs / site folder (default: site/)")
    lc.add_argument("--site-url", default=None, help="alamat situs / the site's address (default: its canonical link)")
    lc.set_defaults(func=run)


def run(args) -> int:
    site = Path(args.site) if args.site else Archive.here(args.root).site
    return main(site.resolve(), args.site_url, args.verbose)
