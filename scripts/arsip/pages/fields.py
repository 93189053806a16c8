"""The fields reference for contributors (Kontribusi > Isian), generated from the schemas.

It is written from the same schema `arsip check` validates against, so the documentation
of a field can never disagree with the rule that checks it.
"""

from __future__ import annotations

from ..core import urls
from ..core.i18n import t
from ..records import schema
from .writer import PageWriter


def rows(kind: str, lang: str) -> list[dict]:
    out = []
    for name, node, required in schema.walk_fields(kind):
        title = node.get("x-title-en") if lang == "en" and node.get("x-title-en") else node.get("title", "")
        desc = node.get("x-description-en") if lang == "en" else node.get("description")
        labels = node.get("x-enum-labels") or (schema._resolve(node.get("items", {})).get("x-enum-labels")
                                               if node.get("type") == "array" else None)
        choices = [{"value": value, "label": lab.get(lang) or lab["id"]} for value, lab in (labels or {}).items()]
        ex = node.get("x-example")
        out.append({"name": name, "title": title or name, "desc": desc or "", "required": required,
                    "choices": choices, "example": ", ".join(ex) if isinstance(ex, list) else ex})
    return out


def write(pw: PageWriter) -> None:
    lang = pw.lang
    kinds = [{"title": t("fields", lang) if kind == "motif" else t("maker_fields", lang), "anchor": anchor,
              "fields": rows(kind, lang)} for kind, anchor in (("motif", "motif"), ("maker", "pembuat"))]
    pw.write(urls.FIELDS, "fields.md.j2", kinds=kinds, title=t("fields", lang),
             front=pw.front(urls.FIELDS, t("fields", lang), t("fields_intro", lang)))
