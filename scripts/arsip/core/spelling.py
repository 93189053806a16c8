"""How readers spell: folding, Indonesian affix stripping and Javanese spelling variants.

Shared by the motif pages (which carry the canonical spellings of their names as hidden
text, so Pagefind finds "Dahana" on the "Dahono" page) and by the search step (the
offline index and the typo vocabulary). The same rules are mirrored in
docs/assets/arsip-search.js; change both together.
"""

from __future__ import annotations

import re
import unicodedata

# -- Indonesian affix stripping (mirrored in docs/assets/arsip-search.js) ----------------
SUFFIXES = ("nya", "kan", "lah", "kah", "an")
PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
            "ber", "be", "ter", "ke", "di", "se")
MIN_STEM = 4
WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without diacritics: the form both indexes and queries are compared in."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def stem(word: str, lang: str = "id") -> str:
    """Strip one suffix then one prefix, keeping at least MIN_STEM letters (crude but predictable)."""
    w = word
    if len(w) <= MIN_STEM:
        return w
    if lang != "id":
        return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) - 1 >= MIN_STEM else w
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= MIN_STEM:
            w = w[: -len(suf)]
            break
    for pre in PREFIXES:
        if w.startswith(pre) and len(w) - len(pre) >= MIN_STEM:
            w = w[len(pre):]
            break
    return w


# -- Javanese spelling variants (mirrored in docs/assets/arsip-search.js) -------------------
# Sources spell the same name differently: Dahono/Dahana, Munggal/Mungal, Thengul/Tengul,
# Kayangan/Kahyangan, Mliwis/Meliwis, old Dutch-era oe/dj/tj. `canon` maps every spelling
# of a word to one form; motif pages carry the canonical forms of their names as hidden
# text, and the search box retries a query in canonical form when it finds too little.
SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("hy", "y"),
            ("gg", "g"), ("o", "a"))
E_CLUSTER = re.compile(r"^([bcdfgjkmnpstw])e([lr])")


# -- words that mean the same to a reader (mirrored in docs/assets/arsip-search.js; issue 18) --
# "pengrajin" is the everyday spelling of "perajin" (KBBI); the pages say "perajin" and
# "pembuat". A query word is replaced before searching, silently: it is the same word.
SYNONYMS = {"pengrajin": "perajin", "pengerajin": "perajin"}


def synonym(word: str) -> str:
    return SYNONYMS.get(word, word)


# -- false friends (issue 18 search) --------------------------------------------------------
# Affixed words that a stemmer reduces to a word they do not mean. "Batik tulis" is hand-drawn
# batik, but "ditulis" (written), "tertulis" and "tulisan" (a text) stem to "tulis" too, in
# Pagefind's Snowball stemmer as in `stem` above, and Pagefind cannot be told otherwise. So the
# search step marks every page that uses a key word in its own sense (`own_words`: a Pagefind
# filter `word:<key>`, a list in the offline index), and the search box, when a query word is a
# key, keeps only pages so marked. Stemming stays for every other word ("membatik" finds batik).
FALSE_FRIENDS = {
    "tulis": ("ditulis", "dituliskan", "tertulis", "tertuliskan", "tuliskan", "tulisan", "bertuliskan"),
}


def own_words(text: str, lang: str = "id") -> list[str]:
    """Keys of FALSE_FRIENDS that `text` uses in their own sense: a word that stems to the key
    and is not one of its false friends ("batik tulis", "tulis-cap"; not "ditulis")."""
    found = {st for w in words(text) if (st := stem(w, lang)) in FALSE_FRIENDS and w not in FALSE_FRIENDS[st]}
    return sorted(found)


def canon(word: str) -> str:
    w = E_CLUSTER.sub(r"\1\2", fold(word))
    for a, b in SPELLING:
        w = w.replace(a, b)
    return w


def variants(m: dict) -> str:
    """Canonical spellings of a motif's name words that its page does not already contain."""
    texts = [m["name"], *m.get("other_names", [])] + [d["object"]["id"] for d in m.get("depicts", [])]
    present = {w for t in texts for w in words(t)}
    extra = sorted({canon(w) for w in present if len(w) >= 4} - present)
    return " ".join(extra)
