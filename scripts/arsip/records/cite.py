"""One citation style for every source, everywhere: pages, open data and JSON-LD.

Every record cites sources by id from the registry (data/sources.yml). A source is cited

    <author, else publisher>. (<date>). <title>. [<publisher>, when an author leads.] <address>

`text()` is the citation as plain text (the data files and the JSON-LD use it as it is);
`html()` is the very same words, with the address as a link, so the page says exactly
what the data files say. The date reads as the source shows it ("1 Februari 2024",
"Oktober 2012", "2019") or "tanpa tanggal" / "undated".

`confidence()` applies the one rule of the registry: the kind of source decides it
(sources.schema.json, x-confidence), unless an override gives a written reason.
"""

from __future__ import annotations

from markupsafe import Markup

from ..core.i18n import ARCHIVE_NAME, LANGS, pick, t
from . import schema

MONTHS = {"id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                 "Oktober", "November", "Desember"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December")}


def _date_node() -> dict:
    return schema.source_defs()["source"]["properties"]["date"]


def undated_value() -> str:
    """How the registry writes "no date shown" (the schema says it once)."""
    return _date_node()["x-undated"]


def date_text(value: str | None, lang: str) -> str:
    """'2024-02-01' -> '1 Februari 2024' / '1 February 2024'; '2012-10' -> 'Oktober 2012'."""
    lang = lang if lang in LANGS else "id"
    if not value or value == undated_value():
        return _date_node()["x-undated-labels"][lang]
    parts = value.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[lang][int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[lang][int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def confidence(src: dict) -> str:
    """high / medium / low: from the kind of source, unless overridden with a reason."""
    over = src.get("override")
    return over["confidence"] if over else schema.confidence_rule()[src["kind"]]


def confidence_label(src: dict, lang: str) -> str:
    return schema.source_enum_label("confidence", confidence(src), lang)


def override_reason(src: dict, lang: str) -> str | None:
    over = src.get("override")
    return pick(over["reason"], lang) if over else None


def _end(s: str) -> str:
    s = s.strip()
    return s if s.endswith((".", "?", "!")) else s + "."


def _pieces(src: dict, lang: str) -> list[tuple[str, str]]:
    lead = src.get("author") or src["publisher"]
    out = [("lead", _end(lead)), ("date", f"({date_text(src.get('date'), lang)})."), ("title", _end(src["title"]))]
    if src.get("author"):
        out.append(("publisher", _end(src["publisher"])))
    if src.get("url"):
        out.append(("url", src["url"]))
    return out


def text(src: dict, lang: str, accessed: str | None = None) -> str:
    """The citation as plain text (data files, JSON-LD); `accessed` adds the access date."""
    out = " ".join(piece for _, piece in _pieces(src, lang))
    return f"{out} ({t('accessed', lang)} {accessed})." if accessed else out


def html(src: dict, lang: str, accessed: Markup | str | None = None) -> Markup:
    """The same citation for a page: every value escaped, the address a link."""
    out = []
    for kind, piece in _pieces(src, lang):
        if kind == "url":
            out.append(Markup('<a href="{}" rel="nofollow noopener">{}</a>').format(piece, piece))
        else:
            out.append(Markup("{}").format(piece))
    body = Markup(" ").join(out)
    return body + Markup(" ({} {}).").format(t("accessed", lang), accessed) if accessed else body


def page(title: str, date: str, url: str, lang: str) -> dict:
    """An archive page as a source, so "cite this motif" uses the one style too."""
    return {"publisher": ARCHIVE_NAME[lang if lang in ARCHIVE_NAME else "id"], "title": title, "date": date,
            "url": url}


def resolve(refs: list[dict] | None, sources: dict[str, dict]) -> list[dict]:
    """The registry entries a record cites, in its order; unknown ids (already reported
    by `arsip check`) are left out."""
    return [sources[r["id"]] for r in refs or [] if r.get("id") in sources]
