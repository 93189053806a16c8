"""PLACEHOLDER (helper "postmaker"): the coordinator replaces this file by the caption module
of branch `kit`, which has the same signature. Only what the post maker needs: the motif's
name and meaning, the short address, a few hashtags. Do not extend this file.
"""

from __future__ import annotations

from ..core import prose
from ..core.i18n import t, tr
from .writer import first_sentence


def caption_text(m: dict, lang: str, pub, makers: dict | None = None) -> str:
    """A post caption for motif `m` in `lang` (placeholder: see the module docstring)."""
    meaning = prose.plain(first_sentence(tr(m.get("meaning"), lang).text))
    short = pub.short(m["id"])
    tags = "#batikjonegoroan #batikbojonegoro #" + m["id"].replace("-", "") + " #bojonegoro"
    return f"{m['name']}: {meaning}\n{t('post_story_at', lang, url=short)}\n{tags}"
