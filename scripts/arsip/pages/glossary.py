"""The glossary page: batik terms explained simply, one heading (and anchor) per term."""

from __future__ import annotations

from ..core import urls
from ..core.i18n import t
from .writer import PageWriter


def write(pw: PageWriter) -> None:
    pw.write(urls.GLOSSARY, "glossary.md.j2", terms=pw.col.glossary,
             front=pw.front(urls.GLOSSARY, t("glossary", pw.lang), t("glossary_intro", pw.lang)))
