"""May we use X of this maker? One answer for every stage: `granted(maker, scope)`.

Consent is given per purpose (UU PDP 27/2022, Pasal 22: each purpose kept apart), so a
maker's record lists each use they agreed to under `consent.scopes`, each with who, when
and how. A use counts only while `consent.state` is `given` and its scope is written.
A record given before scopes existed (no `scopes` at all) keeps what that consent meant
then: the profile, and the contact details when `contact.opt_in` is true; nothing new.
"""

from __future__ import annotations

# The uses, in the order the consent form and the pages list them; their words are in
# core/i18n.py (`scope_<name>`, `scope_<name>_purpose`).
SCOPES = ("profile", "contact", "kit", "products", "people_photos", "feeds")
LEGACY = ("profile", "contact")  # what `state: given` covered before scopes were recorded


def state(maker: dict) -> str:
    return (maker.get("consent") or {}).get("state", "pending")


def scopes(maker: dict) -> dict:
    """The scopes written in the record (whatever its state)."""
    return (maker.get("consent") or {}).get("scopes") or {}


def granted(maker: dict, scope: str) -> bool:
    """True only if the maker gave consent and that use is among the scopes they agreed to.
    `contact` also needs today's `contact.opt_in: true`."""
    if scope not in SCOPES:
        raise ValueError(f"unknown consent scope {scope!r}")
    if state(maker) != "given":
        return False
    written = (maker.get("consent") or {}).get("scopes")
    ok = scope in written if written else scope in LEGACY
    if scope == "contact":
        ok = ok and (maker.get("contact") or {}).get("opt_in") is True
    return ok
