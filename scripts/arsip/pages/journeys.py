"""Generated parts of the hand-written pages that end a reader's journey (issue 18).

Markers in docs/<lang>/*.md, filled by pages/handwritten.py:
`<!-- arsip:steward -->` the steward's contact or the repository route (core/steward.py);
`<!-- arsip:buy-makers -->` the makers a buyer may contact (only those who consented; the
others are named as the archive already names them, with a link to their page);
`<!-- arsip:sources id id … -->` sources of the page in the one citation style;
`<!-- arsip:consent-form -->` the download link of the printable consent form (issue 19 kit;
the sizes step writes its size on it).
"""

from __future__ import annotations

import html

from markupsafe import Markup

from ..core import steward, urls
from ..core.i18n import t
from ..records import cite
from ..records.checks.sources import PAGE_SOURCES
from .motif import consent_label

STEWARD_MARKER = "<!-- arsip:steward -->"
BUY_MAKERS_MARKER = "<!-- arsip:buy-makers -->"
CONSENT_FORM_MARKER = "<!-- arsip:consent-form -->"  # issue 19 kit


def consent_form_link(pw, md: str) -> str:
    """The consent form's download link (outputs/consentform.py publishes the file)."""
    href = html.escape(pw.link.asset(md, urls.CONSENT_FORM))
    return f'<p class="arsip-download"><a href="{href}" download>{html.escape(t("cform_link", pw.lang))}</a></p>'


def steward_block(pw) -> str:
    return '<div>' + steward.html(steward.load(pw.arc.root), pw.lang) + "</div>"


def buy_makers(pw, md: str) -> str:
    """Every published maker with their place; those who agreed to show contact details first."""
    e = html.escape
    makers = sorted(pw.col.makers.values(), key=lambda mk: (pw.consent(mk) != "given", mk["name"]))
    items = []
    for mk in makers:
        note = "" if pw.consent(mk) == "given" else f' <span class="arsip-muted">· {e(consent_label(pw, mk))}</span>'
        items.append(f'<li><a href="{e(pw.link.href(md, urls.maker(mk["id"])))}">{e(mk["name"])}</a>'
                     f' <span class="arsip-muted">({e(pw.place(mk))})</span>{note}</li>')
    if not items:
        return ""
    return '<ul class="arsip-makers">' + "".join(items) + "</ul>"


def sources_list(pw, ids: list[str]) -> str:
    rows = []
    for sid in ids:
        src = pw.col.sources.get(sid)
        if src is None:
            raise KeyError(f"docs/{pw.lang}: arsip:sources names '{sid}', which is not in data/sources.yml")
        rows.append(Markup('<li><span class="arsip-cite">{}</span> <span class="arsip-muted">· {}: {}</span></li>').format(
            cite.html(src, pw.lang), t("confidence", pw.lang), cite.confidence_label(src, pw.lang)))
    return str(Markup('<ol class="arsip-sources" data-pagefind-ignore>') + Markup("").join(rows) + Markup("</ol>"))


def fill(pw, md: str, text: str) -> str:
    """`text` with this module's markers replaced."""
    if STEWARD_MARKER in text:
        text = text.replace(STEWARD_MARKER, steward_block(pw))
    if BUY_MAKERS_MARKER in text:
        text = text.replace(BUY_MAKERS_MARKER, buy_makers(pw, md))
    if CONSENT_FORM_MARKER in text:
        text = text.replace(CONSENT_FORM_MARKER, consent_form_link(pw, md))
    return PAGE_SOURCES.sub(lambda m: sources_list(pw, m.group(1).split()), text)
