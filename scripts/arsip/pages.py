"""Stage 3: write the Markdown pages of one language from the records.

Pages are plain Markdown files with front matter; structured parts are escaped HTML
blocks. They build with MkDocs, ProperDocs or Zensical alike, because nothing here
depends on a plugin.
"""

from __future__ import annotations

import html
import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2
import yaml
from markupsafe import Markup

from . import catalogue as cataloguemod
from . import facets, prose, related as relatedmod, schema, timeline
from .i18n import t
from .images import SITE_DIR, ImageSet, picture
from .paths import TEMPLATE_DIR, Archive
from .records import Collection
from .urls import Linker

# Measured rendered widths (CSS px): cards 158-180 from 400 px up (one column below);
# the main image is the content width, at most ~770 px.
THUMB_SIZES = "(min-width: 400px) 180px, calc(100vw - 32px)"
HERO_SIZES = "(min-width: 960px) 770px, calc(100vw - 32px)"


@dataclass
class Tr:
    text: str
    fallback: bool


def tr(obj, lang: str) -> Tr:
    """Bilingual value in `lang`; English falls back to Indonesian (and says so)."""
    if not obj:
        return Tr("", False)
    if lang != "id" and obj.get(lang):
        return Tr(obj[lang], False)
    return Tr(obj["id"], lang != "id")


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.ChainableUndefined,  # optional fields may be absent
    )
    env.filters["prose"] = prose.render
    env.globals["t"] = t
    env.globals["tr"] = tr
    return env


def front_matter(**values) -> Markup:
    """YAML front matter with HTML-escaped text: the theme prints these values unescaped."""
    clean = {k: html.escape(v, quote=True) if isinstance(v, str) else v for k, v in values.items() if v is not None}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same text, several times faster
    return Markup(yaml.dump(clean, Dumper=dumper, allow_unicode=True, sort_keys=True, width=1000).strip())


class PageWriter:
    """Writes every generated page of one language into its docs folder."""

    def __init__(self, arc: Archive, col: Collection, images: dict[str, list[ImageSet]], lang: str,
                 directory_urls: bool = True, site_url: str | None = None):
        self.arc, self.col, self.images, self.lang = arc, col, images, lang
        self.link = Linker(lang, directory_urls)
        self.out = arc.generated_docs(lang)
        self.env = _env()
        self.env.globals.update(link=self.link.href, thumb=self.thumb, enum=self.enum)
        from .i18n_find import t as tf

        self.env.globals["tf"] = tf
        from .search import spelling_variants

        self.env.globals["spellings"] = spelling_variants
        from .build import default_site_url
        from .sharing import Sharing

        self.share = Sharing(self, site_url or default_site_url(arc))  # cards, linked metadata, QR labels

    # -- helpers used by templates -------------------------------------------------
    def enum(self, defname: str, prop: str | None, value: str) -> str:
        if defname == "source" and prop == "confidence":
            labels = schema.defs()["source"]["properties"]["confidence"]["x-enum-labels"]
        elif defname == "status":
            labels = schema.status_labels()[prop]["x-enum-labels"]
        elif defname == "image":
            labels = schema.defs()["image"]["properties"]["kind"]["x-enum-labels"]
        else:
            labels = schema.enum_labels(defname)
        lab = labels.get(value, {})
        return lab.get(self.lang) or lab.get("id") or value

    def img_base(self, md: str) -> str:
        return self.link.asset(md, SITE_DIR + "/")

    def thumb(self, m: dict, from_md: str, eager: bool = False) -> Markup:
        sets = self.images.get(m["id"])
        if not sets or sets[0] is None:
            return Markup("")
        alt = tr(m["images"][0]["alt"], self.lang).text
        return picture(sets[0], self.img_base(from_md), alt, THUMB_SIZES, eager=eager, max_width=640,
                       tile=True)

    def catalogue_link(self, from_md: str, **query) -> str:
        return self.link.href(from_md, "motif/index.md", urlencode(query))

    # -- pages ---------------------------------------------------------------------
    def write(self, md: str, template: str, **ctx) -> None:
        path = self.out / md
        if not path.resolve().is_relative_to(self.out.resolve()):  # defence in depth: ids are patterns
            raise ValueError(f"refusing to write outside {self.out}: {md}")
        path.parent.mkdir(parents=True, exist_ok=True)
        body = self.env.get_template(template).render(lang=self.lang, md=md, **ctx)
        path.write_text(body, "utf-8")

    def motif_page(self, m: dict) -> None:
        lang, md = self.lang, f"motif/{m['id']}.md"
        st = m["status"]
        chips = []
        status_label = self.enum("status", "kind", st["kind"])
        if st.get("set"):
            status_label += f" · {self.enum('status', 'set', st['set'])}"
            if st.get("set_year"):
                status_label += f" ({st['set_year']})"
        chips.append({"label": status_label, "href": self.catalogue_link(md, status=st["kind"])})
        if st.get("registration", {}).get("registered"):
            chips.append({"label": self.enum("status", "kind", "registered"),
                          "href": self.catalogue_link(md, status="registered")})
        for th in m["themes"]:
            chips.append({"label": self.enum("theme", None, th), "href": self.catalogue_link(md, theme=th)})
        hero = None
        sets = self.images.get(m["id"], [])
        if sets and sets[0] is not None:
            im = m["images"][0]
            hero = {
                "picture": picture(sets[0], self.img_base(md), tr(im["alt"], lang).text, HERO_SIZES, eager=True,
                                   cls="arsip-zoomable", max_width=1280, zoom=True),
                "caption": im.get("caption"), "credit": im["credit"], "kind": im["kind"],
                "licence": self.enum("licence", None, im["licence"]).split(" (")[0],
                "licence_url": schema.licence_url(im["licence"]),
                "thumb": self.link.asset("index.md", f"{SITE_DIR}/{sets[0].of('jpeg')[0].name}"),  # for search results
            }
        sections = []
        for key, anchor in (("meaning", "makna"), ("local_wisdom", "kearifan-lokal"), ("story", "cerita"),
                            ("depicts", "benda"), ("stylisation", "stilasi")):
            if key == "depicts":
                if not m.get("depicts"):
                    continue
                items = []
                for d in m["depicts"]:
                    obj = tr(d["object"], lang).text
                    href = self.catalogue_link(md, object=facets.object_key(d["object"]))
                    items.append(Markup('<li><a href="{}"><strong>{}</strong></a>{}</li>').format(
                        href, obj, Markup(": ") + self._text_html(d["stands_for"]) if d.get("stands_for") else ""))
                sections.append({"title": t("depicted", lang), "anchor": anchor,
                                 "html": Markup('<ul class="arsip-depicts">') + Markup("").join(items) + Markup("</ul>")})
                continue
            if m.get(key):
                sections.append({"title": schema.field_title("motif", key, lang), "anchor": anchor,
                                 "html": self._text_html(m[key])})
        facts = self._facts(m, md)
        makers = []
        for mid in m.get("makers", []):
            mk = self.col.makers[mid]
            makers.append({"name": mk["name"], "href": self.link.href(md, f"pembuat/{mid}.md"),
                           "place": self._place(mk), "contact": self.contact_links(mk, m["name"], short=True)})
        related = [self.col.motif(r) for r in self.related_ids().get(m["id"], [])]
        images = [{"kind_label": self.enum("image", "kind", im["kind"]), "credit": im["credit"],
                   "licence": self.enum("licence", None, im["licence"]).split(" (")[0]} for im in m["images"]]
        desc = prose.plain(tr(m["meaning"], lang).text, 160)
        self.write(md, "motif.md.j2", m=m, chips=chips, hero=hero, sections=sections, facts=facts,
                   makers=makers, related=related, images=images,
                   text_licence=self.enum("licence", None, m["rights"]["text_licence"]).split(" (")[0],
                   text_licence_url=schema.licence_url(m["rights"]["text_licence"]),
                   share=self.share.motif_box(m, md),
                   front=front_matter(title=m["name"], description=desc, arsip=self.share.motif_head(m)))

    def _text_html(self, obj) -> Markup:
        v = tr(obj, self.lang)
        body = prose.render(v.text)
        if v.fallback:
            return Markup('<div lang="id" class="arsip-fallback"><p class="arsip-untranslated">{}</p>{}</div>').format(
                t("untranslated", self.lang), body)
        return body

    def _place(self, mk: dict) -> str:
        parts = [mk.get("village"), f"{'Kec.' if self.lang == 'id' else 'District'} {mk['district']}"]
        return ", ".join(p for p in parts if p)

    def _facts(self, m: dict, md: str) -> list[dict]:
        lang, out = self.lang, []

        def links(values, defname, param):
            return Markup(", ").join(
                Markup('<a href="{}">{}</a>').format(self.catalogue_link(md, **{param: v}), self.enum(defname, None, v))
                for v in values)

        out.append({"label": schema.field_title("motif", "themes", lang), "html": links(m["themes"], "theme", "theme")})
        if m.get("techniques"):
            out.append({"label": schema.field_title("motif", "techniques", lang),
                        "html": links(m["techniques"], "technique", "technique")})
        if m.get("colours"):
            cs = []
            for c in m["colours"]:
                sw = Markup('<span class="arsip-swatch" style="background:{}"></span>').format(c["hex"]) if c.get("hex") else ""
                cs.append(Markup('<a href="{}">{}{}</a>').format(
                    self.catalogue_link(md, colour=facets.colour_key(c)), sw, tr(c["name"], lang).text))
            out.append({"label": schema.field_title("motif", "colours", lang), "html": Markup(", ").join(cs)})
        if m.get("year"):
            y = Markup('<a href="{}">{}</a>').format(self.catalogue_link(md, year=m["year"]), m["year"])
            if m.get("year_note"):
                y += Markup('<div class="arsip-muted">{}</div>').format(self._text_html(m["year_note"]))
            out.append({"label": schema.field_title("motif", "year", lang), "html": y})
        if m.get("makers"):
            out.append({"label": schema.field_title("motif", "makers", lang),
                        "html": Markup(", ").join(Markup('<a href="{}">{}</a>').format(
                            self.catalogue_link(md, maker=mid), self.col.makers[mid]["name"])
                            for mid in m["makers"] if mid in self.col.makers)})
        des = m.get("designer") or {}
        des_html = Markup("{}").format(des.get("name") or t("unknown", lang))
        if des.get("note"):
            des_html += Markup('<div class="arsip-muted">{}</div>').format(self._text_html(des["note"]))
        out.append({"label": schema.field_title("motif", "designer", lang), "html": des_html})
        reg = m["status"].get("registration")
        if reg and reg.get("registered"):
            bits = [reg.get("name"), reg.get("number"), reg.get("holder"), str(reg["year"]) if reg.get("year") else None]
            label = "Pendaftaran HKI" if lang == "id" else "IP registration"
            out.append({"label": label, "html": Markup("{}").format(" · ".join(b for b in bits if b) or t("unknown", lang))})
        return out

    def catalogue(self) -> None:
        cataloguemod.write(self)  # paginated pages + motif/facets.json

    def thumb_path(self, m: dict) -> str | None:
        """Smallest picture of a motif, relative to the language root (search results show it)."""
        sets = self.images.get(m["id"])
        return self.link.asset("index.md", f"{SITE_DIR}/{sets[0].of('jpeg')[0].name}") if sets else None

    def related_ids(self) -> dict[str, list[str]]:
        if not hasattr(self, "_related"):
            self._related = relatedmod.compute(self.col.motifs)
        return self._related

    def contact_links(self, mk: dict, motif_name: str | None, short: bool = False) -> list[dict]:
        """How to reach a maker, only if they opted in; WhatsApp names the motif."""
        from .i18n_find import t as tf

        c = mk.get("contact") or {}
        if not c.get("opt_in"):
            return []
        out = []
        if c.get("whatsapp"):
            msg = (t("whatsapp_msg", self.lang, motif=motif_name) if motif_name
                   else tf("whatsapp_maker_msg", self.lang, maker=mk["name"]))
            out.append({"label": "WhatsApp" if short or not motif_name else tf("ask_whatsapp", self.lang, motif=motif_name),
                        "href": f"https://wa.me/{c['whatsapp']}?text={quote(msg)}", "kind": "whatsapp"})
        if c.get("instagram"):
            out.append({"label": f"Instagram @{c['instagram']}", "href": f"https://www.instagram.com/{c['instagram']}/",
                        "kind": "instagram"})
        for s in c.get("shops", []):
            out.append({"label": s["name"], "href": s["url"], "kind": "shop"})
        return out

    def maker_pages(self) -> None:
        rows = []
        for mid, mk in sorted(self.col.makers.items(), key=lambda kv: kv[1]["name"].lower()):
            md = f"pembuat/{mid}.md"
            motifs = self.col.motifs_by_maker(mid)
            contact = self.contact_links(mk, motifs[0]["name"] if motifs else None, short=True)
            c = mk.get("contact") or {}
            if c.get("opt_in") and c.get("address"):  # the exact location, only with the maker's opt-in
                contact.append({"label": c["address"], "href": "https://www.google.com/maps/search/?api=1&query="
                                + quote(f"{c['address']}, {mk['district']}, Bojonegoro"), "kind": "address"})
            asks = [{"motif": mm["name"], **self.contact_links(mk, mm["name"])[0]} for mm in motifs
                    if c.get("opt_in") and c.get("whatsapp")]
            techniques = [{"label": self.enum("technique", None, tq), "href": self.catalogue_link(md, technique=tq)}
                          for tq in mk.get("techniques", [])]
            self.write(md, "maker.md.j2", mk=mk, motifs=motifs, contact=contact, techniques=techniques, asks=asks,
                       district_href=self.catalogue_link(md, district=facets.slug(mk["district"])),
                       thumb_meta=self.thumb_path(motifs[0]) if motifs else None,
                       maker_href=self.catalogue_link(md, maker=mid) if motifs else None,
                       kind=self.enum_maker_kind(mk["kind"]), place=self._place(mk),
                       labels=self.share.maker_labels(mk, motifs, md),
                       front=front_matter(title=mk["name"], description=prose.plain(tr(mk["about"], self.lang).text, 160),
                                          arsip=self.share.maker_head(mk)))
            rows.append({"name": mk["name"], "href": self.link.href("pembuat/index.md", md),
                         "kind": self.enum_maker_kind(mk["kind"]), "place": self._place(mk), "count": len(motifs)})
        self.write("pembuat/index.md", "makers.md.j2", makers=rows,
                   front=front_matter(title=t("makers", self.lang), description=t("makers_intro", self.lang)))

    def enum_maker_kind(self, kind: str) -> str:
        lab = schema.raw("maker")["properties"]["kind"]["x-enum-labels"][kind]
        return lab.get(self.lang) or lab["id"]

    def glossary(self) -> None:
        self.write("glosarium.md", "glossary.md.j2", terms=self.col.glossary,
                   front=front_matter(title=t("glossary", self.lang), description=t("glossary_intro", self.lang)))

    def fields_reference(self) -> None:
        lang = self.lang
        kinds = []
        for kind, anchor in (("motif", "motif"), ("maker", "pembuat")):
            rows = []
            for name, node, required in schema.walk_fields(kind):
                title = node.get("x-title-en") if lang == "en" and node.get("x-title-en") else node.get("title", "")
                desc = node.get("x-description-en") if lang == "en" else node.get("description")
                choices = []
                labels = node.get("x-enum-labels") or (schema._resolve(node.get("items", {})).get("x-enum-labels")
                                                       if node.get("type") == "array" else None)
                for value, lab in (labels or {}).items():
                    choices.append({"value": value, "label": lab.get(lang) or lab["id"]})
                ex = node.get("x-example")
                rows.append({"name": name, "title": title or name, "desc": desc or "", "required": required,
                             "choices": choices, "example": ", ".join(ex) if isinstance(ex, list) else ex})
            kinds.append({"title": t("fields", lang) if kind == "motif" else t("maker_fields", lang),
                          "anchor": anchor, "fields": rows})
        self.write("kontribusi/isian.md", "fields.md.j2", kinds=kinds, title=t("fields", lang),
                   front=front_matter(title=t("fields", lang), description=t("fields_intro", lang)))

    def home_grid(self, limit: int = 8) -> None:
        """Fill the home page's `<!-- arsip:motif-grid -->` marker with a few motifs (never all)."""
        path = self.out / "index.md"
        text = path.read_text("utf-8")
        marker = "<!-- arsip:motif-grid -->"
        if marker not in text:
            return
        rank = {"official": 0, "registered": 1, "community": 2}
        chosen = sorted(self.col.motifs, key=lambda m: (rank[m["status"]["kind"]], m.get("year") or 9999, m["id"]))[:limit]
        cards = Markup("").join(
            Markup('<li class="arsip-card"><a href="{}">{}<span class="arsip-card__name">{}</span></a></li>').format(
                self.link.href("index.md", f"motif/{m['id']}.md"), self.thumb(m, "index.md", eager=i < 2), m["name"])
            for i, m in enumerate(chosen))
        grid = Markup('<ul class="arsip-grid" markdown="0" data-pagefind-ignore="all">') + cards + Markup("</ul>")
        path.write_text(text.replace(marker, str(grid)), "utf-8")

    def all(self) -> None:
        self.home_grid()
        for m in self.col.motifs:
            self.motif_page(m)
        self.catalogue()
        self.maker_pages()
        self.glossary()
        self.fields_reference()
        timeline.write(self)
        self.share.extra_pages()


def prepare_docs(arc: Archive, lang: str) -> Path:
    """Fresh copy of the hand-written pages of `lang` plus shared assets."""
    out = arc.generated_docs(lang)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(arc.docs / lang, out)
    shutil.copytree(arc.docs / "assets", out / "assets")
    return out


def write_pages(arc: Archive, col: Collection, images: dict, lang: str, directory_urls: bool = True,
                site_url: str | None = None) -> Path:
    out = prepare_docs(arc, lang)
    pw = PageWriter(arc, col, images, lang, directory_urls, site_url)
    from .schools import extend_pages  # Belajar section, worksheets, quizzes, projector pages

    extend_pages(pw)
    pw.all()
    return out
