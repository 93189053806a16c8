"""Pick pages of a built site generically: one or two of every kind, in every language.

Tests must keep working when other stages add page kinds (lessons, worksheets...), so
they never list pages by hand: a page's kind is its language plus its first folder plus
its depth (motif/<id>/ and pembuat/<id>/ are kinds; so is the home page).
"""

from __future__ import annotations

from pathlib import Path


def url_of(site: Path, html: Path) -> str:
    rel = html.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def page_kinds(site: Path, per_kind: int = 1, small: int = 5) -> list[str]:
    """Site-relative URLs, both languages: every page of a kind with at most `small` pages
    (hand-written sections), else the first `per_kind` (one motif page stands for all)."""
    kinds: dict[tuple, list[str]] = {}
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site)
        parts = rel.parts
        if parts[0] in ("assets", "img") or html.name == "404.html":
            continue
        lang = "en" if parts[0] == "en" else "id"
        body = parts[1:] if lang == "en" else parts
        key = (lang, body[0] if len(body) > 1 else "", len(body))
        kinds.setdefault(key, []).append(url_of(site, html))
    return [u for key in sorted(kinds) for u in (kinds[key] if len(kinds[key]) <= small else kinds[key][:per_kind])]


def search(page, query: str = "jati") -> bool:
    """Type `query` into the site's search box (opening it first on phones). False if the
    site has no search box."""
    box = page.locator("input[type=search], .pagefind-ui__search-input").first
    if box.count() == 0:
        return False
    if not box.is_visible():
        opener = page.locator("button[aria-controls*=search], label[for=__search], .md-search__button").first
        if opener.count():
            opener.click()
    box.fill(query)
    page.wait_for_load_state("networkidle")
    try:  # results appear as options of a listbox (ours) or Pagefind UI results
        page.wait_for_selector("[role=listbox] [role=option], [role=listbox] li, .pagefind-ui__result", timeout=5000)
    except Exception:  # noqa: BLE001 - no result is also a page state worth checking
        pass
    page.wait_for_timeout(300)
    return True
