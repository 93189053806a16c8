"""Adding sources to the registry (data/sources.yml) from contributions.

`arsip new` and `arsip from-issue` turn what a contributor gives (their own account, a
news link) into registry entries, so a new motif cites sources by id like every other
record. An address already in the registry is reused, never registered twice. New
entries are appended as text, so the file's comments and order stay as they are; the
maintainer reviewing the pull request checks each new entry's kind.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from slugify import slugify

from ..core.paths import Archive
from .checks.sources import _norm_url
from .yamlout import scalar
from .yamlsafe import YamlProblem, load

HEADER = ("# yaml-language-server: $schema=../scripts/arsip/schemas/sources.schema.json\n"
          "# Daftar sumber arsip ini: setiap sumber dicatat sekali di sini.\n"
          "# Source registry of the archive: every source is recorded once here.\n"
          "sources:\n")


def guess_kind(url: str | None) -> str:
    """A first guess from the address; the reviewer corrects it (blog = the most careful)."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if re.search(r"\.(go\.id|desa\.id)$|bjndesa\.id$", host):
        return "government"
    if re.search(r"\.ac\.id$", host):
        return "academic"
    return "blog"


def _existing(arc: Archive) -> list[dict]:
    if not arc.sources.is_file():
        return []
    try:
        data = load(arc.sources).data
    except YamlProblem:
        return []
    return list((data or {}).get("sources") or []) if isinstance(data, dict) else []


def register(arc: Archive, entries: list[dict]) -> list[str]:
    """Ids for `entries` ({title, publisher?, date?, url?, kind?}), adding the new ones to
    data/sources.yml; an address already registered keeps its entry and id."""
    have = _existing(arc)
    by_url = {_norm_url(s["url"]): s["id"] for s in have if s.get("url")}
    ids = {s["id"] for s in have}
    out, blocks = [], []
    for e in entries:
        if e.get("url") and _norm_url(e["url"]) in by_url:
            out.append(by_url[_norm_url(e["url"])])
            continue
        base = slugify(e["title"], max_length=60, word_boundary=True) or "sumber"
        sid, n = base, 2
        while sid in ids:
            sid, n = f"{base}-{n}", n + 1
        ids.add(sid)
        if e.get("url"):
            by_url[_norm_url(e["url"])] = sid
        publisher = e.get("publisher") or (urlsplit(e["url"]).hostname if e.get("url") else None) or "penyumbang"
        lines = [f"  - id: {sid}", f"    title: {scalar(e['title'], 4)}", f"    publisher: {scalar(publisher, 4)}",
                 f"    date: {scalar(e.get('date') or 'tanpa tanggal', 4)}"]
        if e.get("url"):
            lines.append(f"    url: {scalar(e['url'], 4)}")
        lines.append(f"    kind: {e.get('kind') or guess_kind(e.get('url'))}")
        blocks.append("\n".join(lines) + "\n")
        out.append(sid)
    if blocks:
        arc.sources.parent.mkdir(parents=True, exist_ok=True)
        text = arc.sources.read_text("utf-8") if arc.sources.is_file() else HEADER
        if not text.endswith("\n"):
            text += "\n"
        arc.sources.write_text(text + "".join(blocks), "utf-8")
    return out
