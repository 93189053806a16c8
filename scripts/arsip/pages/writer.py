"""What every page kind needs: the template environment, links, labels, pictures, writing.

Pages are plain Markdown files with front matter; structured parts are escaped HTML
blocks. They build with MkDocs, ProperDocs or Zensical alike, because nothing here
depends on a plugin. Each page kind (motif.py, maker.py, catalogue.py, …) uses one
PageWriter per language and writes its pages exactly once.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlencode

import jinja2
import yaml
from markupsafe import Markup

from ..core import prose, spelling, urls
from ..core.i18n import ARCHIVE_NAME, other, pick, t, tr
from ..core.paths import Archive
from ..core.urls import Published
from ..images import ImageSet, picture
from ..records import cite, schema
from ..records.collection import Collection
from ..records.crosswalk import Env
from . import metadata, related

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
# Measured rendered widths (CSS px): cards 158-180 from 400 px up (one column below);
# the main image is the content width, at most ~770 px.
THUMB_SIZES = "(min-width: 400px) 180px, calc(100vw - 32px)"
HERO_SIZES = "(min-width: 960px) 770px, calc(100vw - 32px)"
# The home page's motif of the day spans the content width (at most ~1180 px). On phones it
# is a short full-width banner under a dark gradient and the motif's name, and it is the
# home page's largest paint on slow data: there we ask for 88 % of the width, so a 412 px
# phone at 1.75 device pixels takes the 640 w picture (~45 KB) rather than the 960 w
# (~80-140 KB); the fine detail is for the motif page and its zoom.
DAILY_SIZES = "(min-width: 1220px) 1180px, (max-width: 600px) 88vw, calc(100vw - 32px)"


def first_sentence(text: str) -> str:
    """The first sentence of a Markdown text (a motif's `meaning` starts by explaining its name)."""
    first = (text or "").strip().split(". ")[0].strip()
    return first + "." if first and first[-1] not in ".!?" else first


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.ChainableUndefined,  # optional fields may be absent
    )
    env.filters["prose"] = prose.render
    env.globals.update(t=t, tr=tr, urls=urls, spellings=spelling.variants, district_name=district_name)
    return env


def front_matter(**values) -> Markup:
    """YAML front matter with HTML-escaped text: the theme prints these values unescaped."""
    clean = {k: html.escape(v, quote=True) if isinstance(v, str) else v for k, v in values.items() if v is not None}
    return Markup(dump_yaml(clean).strip())


def dump_yaml(data: dict) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same text, several times faster
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=True, width=1000)


def district_name(district: str, lang: str) -> str:
    """"Kec. Purwosari" in Indonesian, "Purwosari District" in English (the name comes first)."""
    return f"Kec. {district}" if lang == "id" else f"{district} District"


class PageWriter:
    """Writes the generated pages of one language into its docs folder."""

    def __init__(self, arc: Archive, col: Collection, images: dict[str, list[ImageSet]], lang: str,
                 pub: Published, cards):
        self.arc, self.col, self.images, self.lang, self.pub = arc, col, images, lang, pub
        self.cards = cards  # share cards (outputs.sharecards.Cards): page heads point at them
        self.link = pub.linker(lang)
        self.out = arc.generated_docs(lang)
        self.env = _env()
        self.env.globals.update(link=self.link.href, thumb=self.thumb, enum=self.enum, one_line=self.one_line,
                                status_label=self.status_label, citations=self.citations, consent=self.consent)
        self.data_env = Env(pub, col.makers, col.motifs_by_maker, images, col.sources, col.places)
        self._related: dict[str, list[str]] | None = None

    # -- helpers used by page kinds and templates ------------------------------------
    def enum(self, defname: str, prop: str | None, value: str) -> str:
        if defname == "status":
            labels = schema.status_labels()[prop]["x-enum-labels"]
        elif defname == "image":
            labels = schema.defs()["image"]["properties"]["kind"]["x-enum-labels"]
        else:
            labels = schema.enum_labels(defname)
        lab = labels.get(value, {})
        return lab.get(self.lang) or lab.get("id") or value

    def citations(self, refs) -> list[dict]:
        """A record's sources (a list of {id, supports}) in the one citation style, with the
        confidence the registry's rule gives; sources missing from the registry are skipped
        (`arsip check` refuses them)."""
        out = []
        for ref in refs or []:
            src = self.col.sources.get(ref.get("id"))
            if src:
                out.append({"html": cite.html(src, self.lang), "confidence": cite.confidence_label(src, self.lang),
                            "reason": cite.override_reason(src, self.lang), "supports": pick(ref.get("supports"), self.lang) or None,
                            "note": pick(src["note"], self.lang) if src.get("note") else None})
        return out

    def consent(self, mk: dict) -> str:
        """A maker's consent state (pending, given; withdrawn makers are never published)."""
        return (mk.get("consent") or {}).get("state", "pending")

    def licence(self, code: str) -> str:
        """Short name of a licence ("CC BY-SA 4.0"), without its explanation."""
        return self.enum("licence", None, code).split(" (")[0]

    def img_base(self, md: str) -> str:
        return self.link.asset(md, urls.IMAGES + "/")

    def thumb(self, m: dict, from_md: str, eager: bool = False) -> Markup:
        sets = self.images.get(m["id"])
        if not sets or sets[0] is None:
            return Markup("")
        alt = tr(m["images"][0]["alt"], self.lang).text
        return picture(sets[0], self.img_base(from_md), alt, THUMB_SIZES, eager=eager, max_width=640, tile=True)

    def one_line(self, m: dict, markdown: bool = False) -> str:
        """A motif's meaning in one line (cards, the object page, the motif of the day): the
        first sentence of `meaning`, as plain text or (markdown=True) as Markdown."""
        first = first_sentence(tr(m.get("meaning"), self.lang).text)
        return first if markdown else prose.plain(first)

    def status_label(self, m: dict) -> str:
        return self.enum("status", "kind", m["status"]["kind"])

    def thumb_path(self, m: dict) -> str | None:
        """Smallest picture of a motif, relative to the language root (search results show it)."""
        sets = self.images.get(m["id"])
        return self.link.asset(urls.HOME, urls.image(sets[0].of("jpeg")[0].name)) if sets else None

    def catalogue_link(self, from_md: str, **query) -> str:
        return self.link.href(from_md, urls.CATALOGUE, urlencode(query))

    def text_html(self, obj) -> Markup:
        """A bilingual prose field as safe HTML, marked when it falls back to Indonesian."""
        v = tr(obj, self.lang)
        body = prose.render(v.text)
        if v.fallback:
            return Markup('<div lang="id" class="arsip-fallback"><p class="arsip-untranslated">{}</p>{}</div>').format(
                t("untranslated", self.lang), body)
        return body

    def place(self, mk: dict) -> str:
        parts = [mk.get("village"), district_name(mk["district"], self.lang)]
        return ", ".join(p for p in parts if p)

    def related_ids(self) -> dict[str, list[str]]:
        if self._related is None:
            self._related = related.compute(self.col.motifs)
        return self._related

    # -- writing ----------------------------------------------------------------------
    def front(self, md: str, title: str, description: str, head: dict | None = None, **extra) -> Markup:
        """Front matter of a generated page; `head` (Open Graph, JSON-LD…) defaults to the
        archive's card, so every page has its metadata the moment it is written."""
        if head is None:
            head = metadata.page_head(self.pub, self.lang, md, title, description, self.cards.archive)
        return front_matter(title=title, description=description, arsip=head, **extra)

    def _target(self, md: str) -> Path:
        path = self.out / self.link.source(md)
        if not path.resolve().is_relative_to(self.out.resolve()):  # defence in depth: ids are patterns
            raise ValueError(f"refusing to write outside {self.out}: {md}")
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, md: str, template: str, **ctx) -> None:
        body = self.env.get_template(template).render(lang=self.lang, md=md, **ctx)
        self._target(md).write_text(body, "utf-8")

    def write_text(self, md: str, text: str) -> None:
        self._target(md).write_text(text, "utf-8")

    def standalone(self, md: str, body: str, *, title: str, description: str, body_class: str = "", **ctx) -> None:
        """Write a page without site chrome as a static HTML file where MkDocs would put `md`."""
        path = self.out / self.link.file(md)
        path.parent.mkdir(parents=True, exist_ok=True)
        other_lang = other(self.lang)
        lang_switch = {"href": self.link.in_language(md, other_lang), "code": other_lang,
                       "name": t("lang_name", other_lang)}  # issue 18: these pages have no site header
        page = self.env.get_template("standalone.html.j2").render(
            lang=self.lang, md=md, body=body, title=title, description=description, body_class=body_class,
            assets=self.link.asset(md, self.link.prefix + "assets/"), canonical=None, lang_switch=lang_switch,
            archive_name=ARCHIVE_NAME[self.lang], **ctx)
        path.write_text(page, "utf-8")

