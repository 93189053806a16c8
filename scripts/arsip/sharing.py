"""Sharing and open data, wired into the build.

While pages are written (`Sharing`, one per language, used by pages.PageWriter):
  - each motif and maker page gets front matter `arsip:` with Open Graph, Twitter,
    Dublin Core and schema.org JSON-LD (linkeddata.py), pointing at its share card
    (sharecards.py); every other page gets Open Graph with the archive's card, the home
    page the archive as a schema.org Collection/Dataset;
  - motif pages get a "share and cite" box, maker pages a "QR labels" box;
  - the "Label QR" page (label.md) lists every maker's printable sheets, and the Data
    page's `<!-- arsip:downloads -->` marker becomes the table of downloadable files.
After MkDocs (post-build steps, on the staging site):
  - share cards, short addresses m/<id>/ with QR codes, renamed-motif redirects,
    hang-tag PDFs, data files, Atom feeds, deterministic sitemaps.
"""

from __future__ import annotations

import html

import yaml
from markupsafe import Markup

from . import feeds, hangtags, linkeddata, opendata, redirects, sharecards
from .crosswalk import Env
from .published import ARCHIVE_NAME, SHORT_DIR, Published

STRINGS = {
    "share_title": ("Bagikan dan kutip", "Share and cite"),
    "short_link": ("Alamat pendek", "Short link"),
    "qr_alt": ("Kode QR menuju halaman motif {name}", "QR code linking to the {name} motif page"),
    "qr_note": ("Pindai dengan kamera ponsel untuk membuka halaman ini.", "Scan with a phone camera to open this page."),
    "qr_png": ("Kode QR (PNG)", "QR code (PNG)"),
    "qr_svg": ("Kode QR (SVG)", "QR code (SVG)"),
    "sheet": ("Label QR untuk dicetak (PDF A4, 8 label)", "Printable QR hang tags (A4 PDF, 8 tags)"),
    "sheet_makers": ("Label dengan nama pembuat", "Tags with a maker's name"),
    "cite_title": ("Kutip motif ini", "Cite this motif"),
    "cite_help": ("Salin teks ini; ganti [tanggal] dengan tanggal Anda membuka halaman ini.",
                  "Copy this text; replace [date] with the day you opened this page."),
    "copy": ("Salin", "Copy"),
    "copied": ("Tersalin", "Copied"),
    "labels_title": ("Label QR", "QR hang tags"),
    "labels_intro": ("Cetak label gantung dengan kode QR yang membuka cerita motif. Setiap PDF berisi 8 label di kertas A4.",
                     "Print hang tags with a QR code that opens the motif's story. Each PDF holds 8 tags on A4 paper."),
    "labels_all": ("Semua motif {name} (PDF)", "All of {name}'s motifs (PDF)"),
    "labels_how": ("Cara mencetak label", "How to print the tags"),
    "label_page": ("Label QR untuk kain", "QR hang tags for cloth"),
    "label_page_desc": ("Label gantung siap cetak dengan kode QR menuju cerita motif dan nama pembuatnya.",
                        "Print-ready hang tags with a QR code to the motif's story and the maker's name."),
    "label_generic": ("Label tanpa nama pembuat", "Tags without a maker's name"),
    "label_generic_note": ("Untuk setiap motif ada juga label dengan garis kosong untuk menulis nama pembuat.",
                           "Every motif also has tags with a blank line to write the maker's name by hand."),
    "file": ("Berkas", "File"),
    "contents": ("Isi", "Contents"),
    "feed": ("Umpan Atom motif terbaru (untuk pembaca berita).", "Atom feed of the newest motifs (for feed readers)."),
    "sitemap": ("Peta situs untuk mesin pencari, kedua bahasa.", "Sitemap for search engines, both languages."),
}
LABEL_TIPS = {
    "id": [
        "Cetak di kertas A4, skala <strong>100%</strong> atau <strong>ukuran sebenarnya</strong> (jangan “sesuaikan dengan halaman”).",
        "Kertas tebal (art karton 210–260 gram) lebih awet untuk label gantung.",
        "Gunting di garis putus-putus; tanda potong ada di tepi kertas.",
        "Kode QR lebarnya 3,4 cm termasuk tepi putihnya. Jangan diperkecil di bawah 2,5 cm dan jangan tutupi tepi putihnya.",
        "Pindai satu label dengan ponsel sebelum mencetak banyak.",
    ],
    "en": [
        "Print on A4 paper at <strong>100%</strong> or <strong>actual size</strong> (not “fit to page”).",
        "Thick paper (210–260 gsm card) lasts longer as a hang tag.",
        "Cut along the dashed lines; crop marks are at the edges of the sheet.",
        "The QR code is 3.4 cm wide including its white border. Do not shrink it below 2.5 cm or cover the white border.",
        "Scan one tag with a phone before printing many.",
    ],
}
DOWNLOADS_MARKER = "<!-- arsip:downloads -->"
LABEL_MD = "label.md"


def s(key: str, lang: str, **kw) -> str:
    pair = STRINGS[key]
    text = pair[0] if lang == "id" else pair[1]
    return text.format(**kw) if kw else text


def env_of(pub: Published, col, images: dict) -> Env:
    return Env(pub, col.makers, col.motifs_by_maker, images)


def _source(col, images: dict, m: dict):
    """(file, content hash) of a motif's first image, or None."""
    sets = images.get(m["id"])
    if not sets or not m.get("images"):
        return None
    return col.folders[m["id"]] / m["images"][0]["file"], sets[0].key


def cards(arc, col, images: dict, pub: Published):
    """(motif cards by id, maker cards by id, archive card): cached, so cheap to ask again."""
    cache = arc.cache / "sharecards"
    mc = {}
    for m in col.motifs:
        src = _source(col, images, m)
        mc[m["id"]] = sharecards.motif_card(cache, m, src[0] if src else None, src[1] if src else None,
                                            pub.short(m["id"]))
    kc = {}
    for mid, mk in sorted(col.makers.items()):
        motifs = col.motifs_by_maker(mid)
        srcs = [x for x in (_source(col, images, m) for m in motifs) if x]
        kc[mid] = sharecards.maker_card(cache, mk, motifs, srcs, pub.maker(mid, "id"))
    return mc, kc, sharecards.archive_card(cache, pub.home("id"))


def qr_path(mid: str, ext: str) -> str:
    return f"{SHORT_DIR}/{mid}/qr.{ext}"


class Sharing:
    """The sharing parts of one language's pages (used by pages.PageWriter)."""

    def __init__(self, writer, site_url: str):
        self.w = writer
        self.lang = writer.lang
        self.pub = Published.of(site_url, writer.link.directory_urls)
        self.env = env_of(self.pub, writer.col, writer.images)
        self.motif_cards, self.maker_cards, self.archive_card = cards(writer.arc, writer.col, writer.images, self.pub)
        self.annotated: set[str] = set()

    # -- motif pages -------------------------------------------------------------------
    def motif_head(self, m: dict) -> dict:
        self.annotated.add(f"motif/{m['id']}.md")
        return linkeddata.motif_head(m, self.env, self.lang, self.motif_cards[m["id"]])

    def motif_box(self, m: dict, md: str) -> dict:
        lang, link = self.lang, self.w.link
        url = self.pub.motif(m["id"], lang)
        year = (m.get("added") or m["consent"]["date"])[:4]
        if lang == "id":
            cite = f"{m['name']}. ({year}). Dalam {ARCHIVE_NAME['id']}. {url} (diakses pada [tanggal])."
        else:
            cite = f"{m['name']}. ({year}). In {ARCHIVE_NAME['en']} ({ARCHIVE_NAME['id']}). {url} (accessed [date])."
        return {
            "title": s("share_title", lang), "short_label": s("short_link", lang),
            "short_url": self.pub.short(m["id"]), "short_text": self.pub.short(m["id"]).split("://", 1)[-1],
            "qr_svg": link.asset(md, qr_path(m["id"], "svg")), "qr_png": link.asset(md, qr_path(m["id"], "png")),
            "qr_alt": s("qr_alt", lang, name=m["name"]), "qr_note": s("qr_note", lang),
            "qr_png_label": s("qr_png", lang), "qr_svg_label": s("qr_svg", lang),
            "sheet": link.asset(md, hangtags.SITE_DIR + f"/motif/{m['id']}.pdf"), "sheet_label": s("sheet", lang),
            "makers_sheet": link.href(md, LABEL_MD) if m.get("makers") else None,
            "makers_sheet_label": s("sheet_makers", lang),
            "cite_title": s("cite_title", lang), "cite": cite, "cite_help": s("cite_help", lang),
            "copy_label": s("copy", lang), "copied_label": s("copied", lang), "id": m["id"],
        }

    # -- maker pages -------------------------------------------------------------------
    def maker_head(self, mk: dict) -> dict:
        self.annotated.add(f"pembuat/{mk['id']}.md")
        return linkeddata.maker_head(mk, self.env, self.lang, self.maker_cards[mk["id"]])

    def maker_labels(self, mk: dict, motifs: list[dict], md: str) -> dict:
        lang, link = self.lang, self.w.link
        return {
            "title": s("labels_title", lang), "intro": s("labels_intro", lang),
            "all": link.asset(md, f"{hangtags.SITE_DIR}/pembuat/{mk['id']}.pdf") if motifs else None,
            "all_label": s("labels_all", lang, name=mk["name"]),
            "sheets": [{"name": m["name"], "href": link.asset(md, f"{hangtags.SITE_DIR}/pembuat/{mk['id']}/{m['id']}.pdf")}
                      for m in motifs],
            "how": link.href(md, LABEL_MD), "how_label": s("labels_how", lang),
        }

    # -- other pages ---------------------------------------------------------------------
    def extra_pages(self) -> None:
        """The label page, the Data page's download table, and Open Graph for every other page."""
        self.label_page()
        self.data_downloads()
        self.annotate_all()

    def label_page(self) -> None:
        w, lang = self.w, self.lang
        makers = []
        for mid, mk in sorted(w.col.makers.items(), key=lambda kv: kv[1]["name"].lower()):
            motifs = w.col.motifs_by_maker(mid)
            if motifs:
                makers.append({"name": mk["name"], "page": w.link.href(LABEL_MD, f"pembuat/{mid}.md"), "anchor": mid,
                               **self.maker_labels(mk, motifs, LABEL_MD)})
        generic = [{"name": m["name"], "href": w.link.asset(LABEL_MD, f"{hangtags.SITE_DIR}/motif/{m['id']}.pdf")}
                   for m in sorted(w.col.motifs, key=lambda m: m["name"].lower())]
        from .pages import front_matter

        w.write(LABEL_MD, "label.md.j2", makers=makers, generic=generic, tips=[Markup(t) for t in LABEL_TIPS[lang]],
                title=s("label_page", lang), intro=s("label_page_desc", lang), how_title=s("labels_how", lang),
                generic_title=s("label_generic", lang), generic_note=s("label_generic_note", lang),
                front=front_matter(title=s("label_page", lang), description=s("label_page_desc", lang)))

    def data_downloads(self) -> None:
        path = self.w.out / "data.md"
        if not path.is_file():
            return
        text = path.read_text("utf-8")
        if DOWNLOADS_MARKER not in text:
            return
        lang, link = self.lang, self.w.link
        rows = [(link.asset("data.md", d["path"]), d["name"], d["about"][lang]) for d in opendata.downloads()]
        rows.append((link.asset("data.md", linkeddata.feed_path(lang)), linkeddata.feed_path(lang), s("feed", lang)))
        rows.append((link.asset("data.md", "sitemap_index.xml"), "sitemap_index.xml", s("sitemap", lang)))
        e = html.escape
        table = (f'<div markdown="0"><table class="arsip-downloads"><thead><tr><th>{e(s("file", lang))}</th>'
                 f'<th>{e(s("contents", lang))}</th></tr></thead><tbody>'
                 + "".join(f'<tr><td><a href="{e(h)}"><code>{e(n)}</code></a></td><td>{e(a)}</td></tr>' for h, n, a in rows)
                 + "</tbody></table></div>")
        path.write_text(text.replace(DOWNLOADS_MARKER, table), "utf-8")

    def annotate_all(self) -> None:
        """Add `arsip:` head data to every page that has none yet (hand-written and generated)."""
        out, lang = self.w.out, self.lang
        n_motifs, n_makers = len(self.w.col.motifs), len(self.w.col.makers)
        for path in sorted(out.rglob("*.md")):
            md = path.relative_to(out).as_posix()
            if md in self.annotated or md.startswith("assets/"):
                continue
            text = path.read_text("utf-8")
            meta, body = {}, text
            if text.startswith("---\n"):
                end = text.find("\n---\n", 4)
                if end != -1:
                    meta, body = yaml.safe_load(text[4:end]) or {}, text[end + 5:]
            if not isinstance(meta, dict) or "arsip" in meta:
                continue
            title = html.unescape(str(meta.get("title") or next(
                (ln[2:].strip() for ln in body.splitlines() if ln.startswith("# ")), ARCHIVE_NAME[lang])))
            desc = html.unescape(str(meta.get("description") or ""))
            if md == "index.md":
                meta["arsip"] = linkeddata.home_head(self.pub, lang, title, n_motifs, n_makers, self.archive_card,
                                                     opendata.downloads())
            else:
                meta["arsip"] = linkeddata.page_head(self.pub, lang, md, title, desc, self.archive_card)
                if md == "data.md":
                    meta["arsip"]["jsonld"] = linkeddata.script_json(linkeddata.home_jsonld(
                        self.pub, lang, n_motifs, n_makers, self.archive_card, opendata.downloads()))
            dumped = yaml.dump(meta, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                               sort_keys=True, width=1000)
            path.write_text(f"---\n{dumped}---\n{body}", "utf-8")


# -- post-build steps (run on the staging site before the swap) --------------------------
def _pub(ctx) -> Published:
    return Published.of(ctx.site_url, ctx.directory_urls)


def publish_share_files(ctx) -> None:
    """Share cards, short addresses with QR codes, renamed-motif redirects, hang-tag PDFs."""
    site, pub, col = ctx.staging, _pub(ctx), ctx.col
    mc, kc, ac = cards(ctx.arc, col, ctx.images, pub)
    cache = ctx.arc.cache / "sharecards"
    sharecards.publish([*mc.values(), *kc.values(), ac], cache, site)

    def og(m):
        card = mc[m["id"]]
        return [("og:title", m["name"]), ("og:url", pub.motif(m["id"], "id")),
                ("og:image", pub.asset(card.site_path)), ("og:image:width", str(card.width)),
                ("og:image:height", str(card.height)), ("og:image:alt", card.alt["id"])]

    redirects.write(site, pub, col.motifs, og_for=og)
    for m in col.motifs:
        for ext, src in hangtags.qr_files(pub.short(m["id"]), ctx.arc.cache / "qr").items():
            hangtags.place(src, site / qr_path(m["id"], ext))
    pdf_cache = ctx.arc.cache / "hangtags"
    short = {m["id"]: pub.short(m["id"]) for m in col.motifs}
    sheets = [hangtags.motif_sheet(m, short[m["id"]]) for m in col.motifs]
    for mid, mk in sorted(col.makers.items()):
        motifs = col.motifs_by_maker(mid)
        if motifs:
            sheets.append(hangtags.maker_sheet(mk, motifs, short))
            sheets += [hangtags.pair_sheet(mk, m, short[m["id"]]) for m in motifs]
    for sh in sheets:
        hangtags.place(hangtags.make(sh, pdf_cache), site / sh.site_path)
    ctx.stats["share"] = {"cards": len(mc) + len(kc) + 1, "sheets": len(sheets)}


def write_open_data(ctx) -> None:
    pub = _pub(ctx)
    makers = [mk for _, mk in sorted(ctx.col.makers.items())]
    ctx.stats["data_bytes"] = opendata.write(ctx.staging, ctx.col.motifs, makers, env_of(pub, ctx.col, ctx.images))


def write_feeds_and_sitemaps(ctx) -> None:
    site, pub = ctx.staging, _pub(ctx)
    mc, _, _ = cards(ctx.arc, ctx.col, ctx.images, pub)
    for lang in ("id", "en"):
        data = feeds.atom(ctx.col.motifs, ctx.col.makers, pub, lang, lambda m: pub.asset(mc[m["id"]].site_path))
        (site / linkeddata.feed_path(lang)).write_bytes(data)
    feeds.sitemaps(site, pub)


STEPS = (publish_share_files, write_open_data, write_feeds_and_sitemaps)


def register(post_build: list) -> None:
    for step in STEPS:
        if step not in post_build:
            post_build.append(step)
