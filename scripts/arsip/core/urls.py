"""Every address in the archive: pages, shared files, relative links and absolute URLs.

A page is named by its Markdown path inside one language's docs folder ("motif/x.md");
the functions below are the only place that spells those paths, so a section can be
renamed in one line. `Linker` turns them into relative links for the web build
(directory URLs, `motif/x/`) or the offline copy (`motif/x.html`, works from file://);
links inside generated HTML blocks are not rewritten by MkDocs, so we compute them.
`Published` gives the absolute, stable URLs that share cards, QR codes, JSON-LD, feeds
and open data need (crawlers and phones never resolve relative ones).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from . import identity
from .i18n import LANGS

# -- pages (Markdown paths inside a language's docs folder) -------------------------------
HOME = "index.md"
CATALOGUE = "motif/index.md"
MAKERS = "pembuat/index.md"
LEARN = "belajar/index.md"
GLOSSARY = "glosarium.md"
TIMELINE = "linimasa.md"
LABELS = "label.md"
FIELDS = "kontribusi/isian.md"
DATA = "data.md"
CONSENT_HELP = "kontribusi/lisensi.md"  # consent and how to withdraw it (a hand-written page)
CONSENT_HELP_ANCHOR = "persetujuan"
STYLE_GUIDE = "kontribusi/panduan.md"
# The post maker (issue 17): a maker's own photo with a motif's story, made in the browser.
POSTMAKER = "kit/buat.md"

# Journeys of the public and makers (issue 18): where to buy, what the archive gives a maker,
# the paper form; the repository's issues are how to reach the maintainers when no steward
# contact is configured (core/steward.py).
WHERE_TO_BUY = "beli.md"
FOR_MAKERS = "pembatik.md"
FOR_MAKERS_CONSENT_ANCHOR = "persetujuan"
PAPER_FORM = "kontribusi/formulir.md"
# REPOSITORY, ISSUES and PROPOSE_FORM are the archive's (data/arsip.yml `repository`): read as
# module attributes (__getattr__ at the end of this module) or with repository()/issues().


def repository() -> str:
    return identity.repository()


def issues() -> str:
    return repository() + "/issues"


def propose_form() -> str:
    return issues() + "/new?template=usulkan-motif.yml"

# -- map (issue 20): the regency map and one page per kecamatan ----------------------------
MAP = "peta/index.md"


def kecamatan(slug: str) -> str:
    return f"peta/{slug}.md"


# -- section names per language ------------------------------------------------------------
# A page is named by its Indonesian Markdown path everywhere in the code ("pembuat/x.md").
# This one table gives the English site its own section names (/en/makers/x/ instead of
# /en/pembuat/x/); the longest matching prefix wins. The English addresses used before
# (/en/pembuat/x/) stay as redirect pages (outputs/redirects.py), so shared links keep
# working. "motif", "data" and "label" read as English too and stay.
SECTIONS = {
    "en": (
        ("pembuat/", "makers/"),
        ("belajar/", "learn/"),
        ("glosarium.md", "glossary.md"),
        ("linimasa.md", "timeline.md"),
        ("tentang.md", "about.md"),
        ("kontribusi/cara.md", "contribute/how.md"),
        ("kontribusi/foto.md", "contribute/photos.md"),
        ("kontribusi/isian.md", "contribute/fields.md"),
        ("kontribusi/lisensi.md", "contribute/licences.md"),
        ("kontribusi/pendamping.md", "contribute/helpers.md"),
        ("kontribusi/panduan.md", "contribute/style-guide.md"),
        ("kontribusi/formulir.md", "contribute/paper-form.md"),  # issue 18
        ("beli.md", "where-to-buy.md"),  # issue 18
        ("pembatik.md", "for-makers.md"),  # issue 18
        ("kontribusi/", "contribute/"),
        ("lkpd/", "worksheets/"),
        ("kuis/", "quiz/"),
        ("proyektor/", "projector/"),
        ("motif/halaman/", "motif/page/"),
        # The post maker (issue 17)
        ("kit/buat.md", "kit/make.md"),
        ("peta/", "map/"),  # map (issue 20)
    ),
}


def localise(md: str, lang: str) -> str:
    """Where page `md` (its Indonesian Markdown path) lives in `lang`'s docs folder."""
    best = ("", "")
    for src, dst in SECTIONS.get(lang, ()):
        if (md == src or (src.endswith("/") and md.startswith(src))) and len(src) > len(best[0]):
            best = (src, dst)
    return best[1] + md[len(best[0]):] if best[0] else md


def renamed(lang: str) -> list[tuple[str, str]]:
    """(Indonesian path, `lang` path) of every renamed section or page (for redirects)."""
    return list(SECTIONS.get(lang, ()))


def section_urls(lang: str, directory_urls: bool = True) -> list[tuple[str, str]]:
    """(Indonesian URL prefix, `lang` URL prefix) of each renamed section or page, longest
    first: what the language switch and the redirects of old addresses need."""
    lk_id, lk = Linker(LANGS[0], directory_urls), Linker(lang, directory_urls)
    pairs = []
    for src, _ in SECTIONS.get(lang, ()):
        if src.endswith("/"):
            probe = src + "x.md"
            a, b = lk_id.url(probe), lk.url(probe)
            pairs.append((a[: -len("x/") if directory_urls else -len("x.html")], b[: -len("x/") if directory_urls else -len("x.html")]))
        else:
            pairs.append((lk_id.url(src), lk.url(src)))
    return sorted(pairs, key=lambda p: -len(p[0]))


def motif(mid: str) -> str:
    return f"motif/{mid}.md"


def catalogue_page(n: int) -> str:
    """Page n (from 1) of the paginated catalogue."""
    return CATALOGUE if n == 1 else f"motif/halaman/{n}.md"


def maker(mid: str) -> str:
    return f"pembuat/{mid}.md"


# issue 19 storefront: a product's address is its place on the maker's page; the feeds' stable addresses
PRODUCTS_ANCHOR = "produk"


def product_anchor(pid: str) -> str:
    return f"produk-{pid}"


PRODUCT_FEED = "data/katalog-meta.csv"  # Meta catalogue CSV: a stable address for scheduled feeds
# end issue 19 storefront


def lesson(kid: str) -> str:
    return f"belajar/{kid}.md"


def worksheet(mid: str) -> str:
    return f"lkpd/{mid}.md"


def quiz(mid: str) -> str:
    return f"kuis/{mid}.md"


def projector(mid: str) -> str:
    return f"proyektor/{mid}.md"


# -- Promotion kit (issue 17) ------------------------------------------------------------
# The kit page of a motif is kit/<motif>/ in both languages ("kit" reads as English, so the
# English page is en/kit/<motif>/ and SECTIONS needs no entry). Its files are shared by both
# languages and live at the site root beside the Indonesian page: kit/<motif>/<file>.
KIT = "kit"


def kit(mid: str) -> str:
    """The kit page of motif `mid` (a Markdown path, like motif())."""
    return f"{KIT}/{mid}.md"


def kit_file(mid: str, name: str) -> str:
    """Site path of one kit file, e.g. kit_file("sekar-jati", "post-4x5.jpg")."""
    return f"{KIT}/{mid}/{name}"


MAKER_KIT_CARD, MAKER_KIT_PRICES, MAKER_KIT_LOOKBOOK = "kartu-nama-90x55.pdf", "daftar-harga-A5.pdf", "lookbook-A5.pdf"
MAKER_KIT_POSTS = ("profil-4x5.jpg", "profil-9x16.jpg")
MAKER_KIT_CAPTION, MAKER_KIT_CATALOGUE = "caption.txt", "katalog-whatsapp.txt"
MAKER_KIT_KINDS = ("motif", "produk")  # per-motif and per-product posts


def maker_kit_zip(mkid: str) -> str:
    """The folder inside a maker kit's ZIP (made in the browser, docs/assets/arsip-zip.js) and its
    name without ".zip": kit-pembuat-<maker> (a motif's kit is kit-<motif>)."""
    return f"{KIT}-pembuat-{mkid}"


def maker_kit_post(kind: str, xid: str) -> str:
    """File name of a maker's 4:5 post of one motif or product: motif-<id>-4x5.jpg, produk-<id>-4x5.jpg."""
    assert kind in MAKER_KIT_KINDS, kind
    return f"{kind}-{xid}-4x5.jpg"


def maker_kit_caption(kind: str, xid: str) -> str:
    """File name of that post's caption: motif-<id>-caption.txt, produk-<id>-caption.txt."""
    assert kind in MAKER_KIT_KINDS, kind
    return f"{kind}-{xid}-caption.txt"


def maker_kit_file(mkid: str, name: str) -> str:
    """Site path of a file of a maker's kit (issue 19 kit), e.g. kit/pembuat/<maker>/lookbook-A5.pdf."""
    return f"{KIT}/pembuat/{mkid}/{name}"


def kit_preview(mid: str, name: str) -> str:
    """Site path of a kit file's small preview picture."""
    return f"{KIT}/{mid}/pratinjau/{name.replace('/', '-').rsplit('.', 1)[0]}.jpg"


# -- files at the root of the whole site, shared by both languages -----------------------
IMAGES = "img"  # image derivatives
SHARE = "share"  # share cards
TAGS = "label"  # hang-tag PDFs
SHORT = "m"  # short, stable motif addresses for QR codes: <site>/m/<id>/
DOWNLOADS = "unduh"  # worksheets, colouring sheets, the offline ZIP
OPEN_DATA = "data"
SCHEMAS = "schema"


def offline_zip_name() -> str:
    """The offline ZIP's file name, from the archive's short name (data/arsip.yml `slug`);
    also readable as OFFLINE_ZIP_NAME."""
    return f"{identity.get('slug') or 'arsip'}-offline.zip"


def image(name: str) -> str:
    return f"{IMAGES}/{name}"


def share_card(kind: str, rid: str, key: str) -> str:
    """kind "motif" or "pembuat"; kind "" for the archive's own card."""
    return f"{SHARE}/{kind}/{rid}.{key[:10]}.jpg" if kind else f"{SHARE}/{rid}.{key[:10]}.jpg"


def tags_motif(mid: str) -> str:
    return f"{TAGS}/motif/{mid}.pdf"


def tags_maker(mkid: str) -> str:
    return f"{TAGS}/pembuat/{mkid}.pdf"


def tags_pair(mkid: str, mid: str) -> str:
    return f"{TAGS}/pembuat/{mkid}/{mid}.pdf"


def tags_preview(sheet_path: str) -> str:
    """The small PNG preview of a hang-tag sheet, beside its PDF (issue 19 kit)."""
    return sheet_path.rsplit(".", 1)[0] + ".png"


def qr(mid: str, ext: str) -> str:
    return f"{SHORT}/{mid}/qr.{ext}"


def worksheet_pdf(mid: str, group: str) -> str:
    """A worksheet PDF (Indonesian: schools print these); group 'abc' (SD) or 'def'."""
    return f"{DOWNLOADS}/lkpd-{mid}-fase-{group}.pdf"


def worksheet_qr(lang: str, mid: str) -> str:
    return f"{DOWNLOADS}/qr/{lang}-{mid}.png"


def colouring_pdf(mid: str) -> str:
    return f"{DOWNLOADS}/mewarnai-{mid}.pdf"


def booklet_pdf() -> str:
    return f"{DOWNLOADS}/buku-mewarnai.pdf"


def offline_zip() -> str:
    return f"{DOWNLOADS}/{offline_zip_name()}"


# issue 19 kit: the printable consent form (outputs/consentform.py), linked from the page for makers
CONSENT_FORM = f"{DOWNLOADS}/formulir-persetujuan.pdf"


# -- issue 18 teachers: the editable copy of a lesson kit (modul ajar) ---------------------
def lesson_docx(kid: str, lang: str) -> str:
    """The kit's modul ajar as a Word document, in the page's language."""
    return f"{DOWNLOADS}/modul-ajar-{kid}{'' if lang == 'id' else '-' + lang}.docx"


_OPEN_DATA_FILES = [  # (file, mime, kind, what it holds {id, en}); {kecamatan_file} etc.: open_data_rows()
    ("motifs.csv", "text/csv", "motif", {"id": "Semua motif, satu baris per motif (untuk spreadsheet).",
                                         "en": "Every motif, one row per motif (for spreadsheets)."}),
    ("motifs.json", "application/json", "motif", {"id": "Data yang sama dalam JSON (nilai ganda sebagai daftar).",
                                                  "en": "The same data as JSON (several values as lists)."}),
    ("makers.csv", "text/csv", "maker", {"id": "Semua pembuat, satu baris per pembuat. Pembuat yang belum memberi "
                                               "persetujuan hanya tercatat nama usaha dan desanya.",
                                         "en": "Every maker, one row per maker. Makers who have not given consent "
                                               "appear with their business name and village only."}),
    ("makers.json", "application/json", "maker", {"id": "Data pembuat dalam JSON.", "en": "The makers as JSON."}),
    ("sources.csv", "text/csv", "sources", {"id": "Semua sumber, satu baris per sumber, dengan kutipan yang sama "
                                                  "seperti di halaman dan tingkat keyakinannya.",
                                            "en": "Every source, one row per source, with the same citation as the "
                                                  "pages and its confidence."}),
    ("sources.json", "application/json", "sources", {"id": "Daftar sumber dalam JSON.", "en": "The sources as JSON."}),
    # map (issue 20): the boundary data, under its own licence (CC BY-IGO 3.0), with its attribution
    ("peta/{kecamatan_file}", "application/geo+json", "geo", {
        "id": "Batas {kecamatan_count} kecamatan {region} (GeoJSON, disederhanakan). Lisensi CC BY-IGO 3.0, bukan CC BY-SA: "
              "sertakan atribusi BPS 2020 via OCHA/HDX (lihat peta/README.md).",
        "en": "Boundaries of {region}'s {kecamatan_count} kecamatan (GeoJSON, simplified). Licence CC BY-IGO 3.0, not CC BY-SA: "
              "keep the attribution to BPS 2020 via OCHA/HDX (see peta/README.md)."}),
    ("peta/{desa_file}", "application/geo+json", "geo", {
        "id": "Batas 430 desa dan kelurahan (GeoJSON, disederhanakan), lisensi dan atribusi yang sama.",
        "en": "Boundaries of the 430 desa and kelurahan (GeoJSON, simplified), same licence and attribution."}),
    ("peta/README.md", "text/markdown", "geo", {
        "id": "Asal, lisensi, atribusi dan batasan data batas wilayah.",
        "en": "Provenance, licence, attribution and caveats of the boundary data."}),
    # issue 19 storefront: products of makers who agreed to data feeds (outputs/productfeed.py)
    ("products.csv", "text/csv", "product", {
        "id": "Produk pembuat yang setuju dimuat di umpan data, satu baris per produk. Harga hanya bila "
              "diperiksa dalam 90 hari terakhir.",
        "en": "Products of the makers who agreed to data feeds, one row per product. A price only when checked "
              "within the last 90 days."}),
    ("products.json", "application/json", "product", {"id": "Data produk yang sama dalam JSON.",
                                                      "en": "The same products as JSON."}),
    ("katalog-meta.csv", "text/csv", "meta", {
        "id": "Umpan katalog produk dalam format CSV katalog Meta (Commerce Manager): alamat tetap, bisa dipakai "
              "sebagai umpan terjadwal. Hanya produk dengan harga yang masih berlaku dan foto pembuatnya sendiri.",
        "en": "Product catalogue feed in Meta's catalogue CSV format (Commerce Manager): a stable address, usable as "
              "a scheduled feed. Only products with a current price and the maker's own photo."}),
    ("datapackage.json", "application/json", None, {
        "id": "Deskripsi Frictionless Data Package: kolom, tipe, lisensi dan sumber.",
        "en": "Frictionless Data Package descriptor: columns, types, licences and sources."}),
]


def open_data_files() -> list[dict]:
    """The open-data files (Data page, JSON-LD distribution, the open-data step)."""
    return [{"name": f, "path": f"{OPEN_DATA}/{f}", "mime": mime, "about": about} for f, mime, _, about in open_data_rows()]


# -- IIIF Presentation 3 (outputs/iiif.py): a manifest per motif, one collection -------------
IIIF = "iiif"


def iiif_manifest(mid: str) -> str:
    return f"{IIIF}/{mid}/manifest.json"


def iiif_collection() -> str:
    return f"{IIIF}/collection.json"


def motif_jsonld(mid: str) -> str:
    """The motif page's schema.org JSON-LD as a file of its own (the manifests' `seeAlso`)."""
    return f"{OPEN_DATA}/motif/{mid}.jsonld"


def feed(lang: str) -> str:
    return "feed.xml" if lang == LANGS[0] else f"{lang}/feed.xml"


# -- links -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Linker:
    lang: str
    directory_urls: bool = True

    @property
    def prefix(self) -> str:
        """Folder of this language's site inside the whole site."""
        return "" if self.lang == LANGS[0] else f"{self.lang}/"

    def source(self, md: str) -> str:
        """Where page `md` (named by its Indonesian path) is written in this language's docs."""
        return localise(md, self.lang)

    def url(self, md: str) -> str:
        """Site-relative URL of a Markdown page within its language, as MkDocs makes it."""
        stem = self.source(md)[:-3]
        if self.directory_urls:
            if stem == "index":
                return ""
            if stem.endswith("/index"):
                return stem[: -len("index")]
            return stem + "/"
        return stem + ".html"

    def file(self, md: str) -> str:
        """Path of the HTML file MkDocs writes for `md`, inside this language's folder."""
        u = self.url(md)
        return u + "index.html" if u.endswith("/") or not u else u

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

    def in_language(self, md: str, lang: str) -> str:
        """Link from page `md` to the same page in another language (issue 18: the language
        switch of pages without the site's header, such as worksheets and the projector)."""
        other = Linker(lang, self.directory_urls)
        rel = self._rel(md, other.prefix + other.url(md))
        return rel + "index.html" if not self.directory_urls and rel.endswith("/") else rel

    def asset(self, from_md: str, site_path: str) -> str:
        """Link to a file at the root of the whole site (shared by both languages), e.g. img/…"""
        return self._rel(from_md, site_path)

    def absolute(self, site_url: str, md: str) -> str:
        return site_url.rstrip("/") + "/" + self.prefix + self.url(md)


@dataclass(frozen=True)
class Published:
    """Absolute URLs of one build: a motif's address is decided here and never drifts."""

    site_url: str  # root of the whole site (the Indonesian site), ending in "/"
    directory_urls: bool = True

    @classmethod
    def of(cls, site_url: str, directory_urls: bool = True) -> "Published":
        return cls(site_url.rstrip("/") + "/", directory_urls)

    def linker(self, lang: str) -> Linker:
        return Linker(lang, self.directory_urls)

    def page(self, md: str, lang: str) -> str:
        """Absolute URL of a generated or hand-written page, e.g. page(motif('x'), 'en'): always
        its web address, also in the offline build (citations, QR codes and shared links lead
        to the site online, where pages have directory URLs)."""
        return Linker(lang, True).absolute(self.site_url, md)

    def motif(self, mid: str, lang: str = "id") -> str:
        return self.page(motif(mid), lang)

    def maker(self, mid: str, lang: str = "id") -> str:
        return self.page(maker(mid), lang)

    def product(self, mid: str, pid: str, lang: str = "id") -> str:  # issue 19 storefront
        return f"{self.maker(mid, lang)}#{product_anchor(pid)}"

    def home(self, lang: str = "id") -> str:
        return self.page(HOME, lang)

    def kit(self, mid: str, lang: str = "id") -> str:
        """Absolute URL of a motif's promotion-kit page (issue 17)."""
        return self.page(kit(mid), lang)

    def asset(self, site_path: str) -> str:
        """Absolute URL of a file at the site root shared by both languages (img/…, data/…)."""
        return self.site_url + site_path.lstrip("/")

    def short_path(self, mid: str) -> str:
        """Site path of a motif's short address (the page that redirects to the motif)."""
        return f"{SHORT}/{mid}/" if self.directory_urls else f"{SHORT}/{mid}/index.html"

    def short(self, mid: str) -> str:
        """The short, stable URL printed on hang tags and encoded in QR codes (its web form)."""
        return self.asset(f"{SHORT}/{mid}/")


def open_data_rows() -> list[tuple]:
    """(file, mime, kind, about) of the open data files, with the archive's boundary files and region filled in."""
    names = {"{kecamatan_file}": identity.boundary_file("kecamatan"), "{desa_file}": identity.boundary_file("desa")}
    out = []
    for f, mime, kind, about in _OPEN_DATA_FILES:
        for k, v in names.items():
            f = f.replace(k, v)
        out.append((f, mime, kind, {lang: identity.fill(text, lang) for lang, text in about.items()}))
    return out


_LIVE = {"REPOSITORY": repository, "ISSUES": issues, "PROPOSE_FORM": propose_form,
         "OFFLINE_ZIP_NAME": offline_zip_name, "OPEN_DATA_FILES": open_data_rows}


def __getattr__(name: str):
    """Names that depend on the archive's identity, computed when read (PEP 562)."""
    if name in _LIVE:
        return _LIVE[name]()
    raise AttributeError(name)
