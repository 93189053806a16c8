"""The archive's steward: who answers the public (buying, corrections, withdrawing data).

Configuration, not data: `extra.steward` in mkdocs.yml (name, email, WhatsApp, address),
empty until a real person or office agrees to be listed, and never filled with a guess.
When nothing is set, every place that names the steward says how to reach the maintainers
through the repository's issues instead. One renderer (`html`) serves the footer, "Tentang",
the withdrawal steps, the where-to-buy page and the paper form.
"""

from __future__ import annotations

import html as _html
import re
from pathlib import Path

import yaml

from . import urls
from .i18n import t

FIELDS = ("name", "email", "whatsapp", "address")


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold MkDocs' own tags (!ENV, !relative): read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def load(root: Path) -> dict[str, str]:
    """The steward fields of `root`/mkdocs.yml (empty strings when not set)."""
    cfg = root / "mkdocs.yml"
    data = yaml.load(cfg.read_text("utf-8"), Loader=_Loader) if cfg.is_file() else {}
    st = ((data or {}).get("extra") or {}).get("steward") or {}
    return {k: str(st.get(k) or "").strip() for k in FIELDS}


def whatsapp_href(number: str) -> str:
    """wa.me link: digits only, country code first (a leading 0 becomes 62, Indonesia)."""
    digits = re.sub(r"\D", "", number)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}"


def html(st: dict[str, str], lang: str) -> str:
    """The steward's contact as a small block, or the repository route when none is set."""
    e = _html.escape
    rows = []
    if st.get("email"):
        rows.append((t("steward_email", lang), f'<a href="mailto:{e(st["email"])}">{e(st["email"])}</a>'))
    if st.get("whatsapp"):
        rows.append((t("steward_whatsapp", lang),
                     f'<a href="{e(whatsapp_href(st["whatsapp"]))}" rel="nofollow noopener">{e(st["whatsapp"])}</a>'))
    if st.get("address"):
        rows.append((t("steward_address", lang), e(st["address"])))
    issues = f'<a href="{e(urls.issues())}" rel="noopener">{e(t("steward_issues", lang))}</a>'
    if not rows:
        return f'<p class="arsip-steward arsip-steward--none">{e(t("steward_none", lang))} {issues}</p>'
    who = e(st.get("name") or t("steward", lang))
    items = "".join(f"<li>{label}: {value}</li>" for label, value in rows)
    return (f'<div class="arsip-steward"><p><strong>{who}</strong></p><ul>{items}</ul>'
            f'<p class="arsip-muted">{issues}</p></div>')
