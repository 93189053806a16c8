"""A quiz for every motif, generated from the records, that works from file:// offline.

Questions come from the data (object depicted, meaning, theme, official set, and the
reverse "which motif shows ..."), so a new motif gets a quiz without anyone writing
one. Wrong options are drawn from other motifs in a fixed order (a hash of the motif
id and the option), so the same archive always gives the same quiz. The page carries
its questions in the HTML itself (no fetch), works as a plain form without JavaScript,
and prints with the answer key on its own page.
"""

from __future__ import annotations

import hashlib
import json
import re

from ...core import prose, urls
from ...core.i18n import pick, t
from ...records import schema
from .worksheet import sentences

N_OPTIONS = 4
LETTERS = "ABCDEFGH"

def _rank(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _pick(mid: str, kind: str, correct: str, pool: list[str], n: int = N_OPTIONS - 1) -> list[str]:
    """Up to n distractors from `pool`, never equal to the answer, at positions drawn from a hash
    of the motif id: the same archive always gives the same quiz, at constant cost per question."""
    seen = {correct.casefold()}
    out: list[str] = []
    pool = sorted(set(pool))  # the order of the records must not matter
    if not pool:
        return out
    for j in range(8 * n):
        opt = pool[int(_rank(mid, kind, str(j)), 16) % len(pool)]
        if opt.casefold() not in seen:
            seen.add(opt.casefold())
            out.append(opt)
            if len(out) == n:
                return out
    for opt in sorted(pool, key=lambda o: _rank(mid, kind, o)):  # small pools: take what is left
        if opt.casefold() not in seen:
            seen.add(opt.casefold())
            out.append(opt)
            if len(out) == n:
                break
    return out


def _question(mid: str, kind: str, text: str, correct: str, distractors: list[str], explain: str = "") -> dict | None:
    if not distractors:
        return None
    options = sorted([correct] + distractors, key=lambda o: _rank(mid, kind, "pos", o))
    return {"kind": kind, "text": text, "options": options, "answer": options.index(correct), "explain": explain}


def _first_object(m: dict, lang: str) -> str | None:
    d = m.get("depicts") or []
    return pick(d[0]["object"], lang) if d else None


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w{3,}", text)}


def _names_pattern(motifs: list[dict]) -> re.Pattern:
    """Every motif's name (longest first, so "Parang Lembu Sekar Rinambat" wins over a shorter
    name inside it), with an optional "motif"/"the" before and "motif" after, as ONE pattern."""
    names = sorted({o["name"] for o in motifs}, key=len, reverse=True)
    return re.compile(rf"(?i)\b(motif\s+|the\s+)?(?:{'|'.join(map(re.escape, names))})\b(\s+motif)?")


# Openers that need the sentence before ("Tujuannya ...", "Its aim ...", "Nama ini ..."): an option
# must read on its own, so a sentence that starts with one is never where an option starts.
_BACK = {
    "id": re.compile(r"(?i)^(?:ini|itu|hal|ia|dia|mereka|keduanya|jadi|maka|sehingga|namun|tetapi|tapi|juga|"
                     r"selain|begitu|demikian|dengan demikian|karena itu|oleh karena itu|oleh sebab itu|"
                     r"(?!hanya\b|biasanya\b|umumnya\b|sebenarnya\b|konon\b)\w{2,}nya|"
                     r"(?!motif\b)\w+\s+(?:ini|itu|tersebut))\b"),
    "en": re.compile(r"(?i)^(?:it|its|this|that|these|those|they|their|them|he|she|his|her|so|thus|therefore|"
                     r"hence|also|but|and|or|however|such|both|the name|the same)\b"),
}
# A thing named earlier inside the sentence ("kesenian itu", "that art"): the sentence before goes with it.
_LATER = {"id": re.compile(r"(?i)\b(?:itu|tersebut)\b"),
          "en": re.compile(r"(?i)\b(?:that|this|these|those|the same)\s+(?!motif\b|is\b|the\b|a\b|an\b)"
                           r"(?:art|plant|meaning|name|bird|fruit|tree|crop|place|story|legend|one)\b")}
# A label before a colon or comma ("Maknanya: ...", "Its meaning: ...", "Harapannya, ..."): dropped.
_LABEL = re.compile(r"^(?:\w+nya|its \w+)\s*[:,]\s+(?=\w)", re.I)


def _own(sentence: str) -> str:
    """A sentence without a leading label that only points back at what came before."""
    s = _LABEL.sub("", sentence)
    return s[:1].upper() + s[1:]


def _meaning(m: dict, names: re.Pattern, lang: str) -> str:
    """The motif's meaning as a quiz option that does not give itself away and reads on its own:
    from the first sentence that uses none of the words of the motif's name (most meanings start
    by explaining the name) and does not refer back to the one before; if each such sentence
    refers back, from the sentence it needs. Any motif's name is written as "this motif", so
    neither the answer nor, by elimination, the other options name their motif."""
    text = prose.plain(pick(m["meaning"], lang))
    parts = [_own(p) for p in re.split(r"(?<=[.!?])\s+(?=[A-Z\"*])", text)]
    name_words = _words(m["name"])
    free = [not name_words & _words(p) for p in parts]
    opens = [not _BACK[lang].match(p) for p in parts]
    alone = [o and not _LATER[lang].search(p) for o, p in zip(opens, parts)]
    start = next((i for i, p in enumerate(parts) if free[i] and alone[i]), None)
    if start is None:
        start = next((i for i in range(len(parts)) if free[i]), None)
        if start is not None:
            while start > 0 and not alone[start]:  # take the sentence it needs with it
                start -= 1
    if start is None or not opens[start]:
        start = next((i for i in range(len(parts)) if opens[i]), 0)
    text = names.sub(t("this_motif", lang), " ".join(parts[start:]))
    text = sentences(text, 170)
    return text[:1].upper() + text[1:]


def meanings(motifs: list[dict], lang: str) -> dict[str, str]:
    """Every motif's meaning option, made once per language (each quiz draws its distractors
    from all of them: per quiz that would be N x N regex passes at 1,000 motifs)."""
    names = _names_pattern(motifs)
    return {o["id"]: _meaning(o, names, lang) for o in motifs}


def questions(m: dict, motifs: list[dict], lang: str, options: dict[str, str] | None = None) -> list[dict]:
    options = options if options is not None else meanings(motifs, lang)
    mid, name = m["id"], m["name"]
    others = [o for o in motifs if o["id"] != mid]
    out = []
    obj = _first_object(m, lang)
    if obj:
        own = {pick(d["object"], lang).casefold() for d in m.get("depicts", [])}
        pool = [x for x in (_first_object(o, lang) for o in others) if x and x.casefold() not in own]
        d0 = m["depicts"][0]
        explain = sentences(pick(d0.get("stands_for") or m["meaning"], lang), 200)
        out.append(_question(mid, "object", t("q_object", lang, name=name), obj, _pick(mid, "object", obj, pool), explain))
    meaning = options[mid]
    pool = [options[o["id"]] for o in others]
    out.append(_question(mid, "meaning", t("q_meaning", lang, name=name), meaning, _pick(mid, "meaning", meaning, pool)))
    labels = schema.enum_labels("theme")
    theme = labels[m["themes"][0]].get(lang) or labels[m["themes"][0]]["id"]
    pool = [lab.get(lang) or lab["id"] for k, lab in labels.items() if k not in m["themes"]]
    out.append(_question(mid, "theme", t("q_theme", lang, name=name), theme, _pick(mid, "theme", theme, pool)))
    st = m["status"]
    if st.get("set"):
        sets = schema.status_labels()["set"]["x-enum-labels"]
        kinds = schema.status_labels()["kind"]["x-enum-labels"]
        answer = sets[st["set"]].get(lang) or sets[st["set"]]["id"]
        pool = [lab.get(lang) or lab["id"] for k, lab in sets.items() if k != st["set"]]
        pool.append(kinds["community"].get(lang) or kinds["community"]["id"])
        explain = f"{answer} ({st['set_year']})" if st.get("set_year") else ""
        out.append(_question(mid, "set", t("q_set", lang, name=name), answer, _pick(mid, "set", answer, pool), explain))
    if obj:
        pool = [o["name"] for o in others if obj.casefold() not in {pick(d["object"], lang).casefold() for d in o.get("depicts", [])}]
        out.append(_question(mid, "reverse", t("q_reverse", lang, obj=obj), name, _pick(mid, "reverse", name, pool)))
    return [q for q in out if q]


def write_page(pw, m: dict, options: dict[str, str] | None = None) -> None:
    lang, md = pw.lang, urls.quiz(m["id"])
    qs = questions(m, pw.col.motifs, lang, options)
    strings = {"right": t("right", lang), "wrong": t("wrong", lang, answer="{answer}"),
               "score": t("score", lang, n="{n}", total="{total}")}
    pw.write(md, "kuis.md.j2", m=m, qs=qs, letters=LETTERS, tq=lambda k, **kw: t(k, lang, **kw),
             strings=json.dumps(strings, ensure_ascii=False), back=pw.link.href(md, urls.motif(m["id"])),
             front=pw.front(md, t("quiz_title", lang, name=m["name"]), t("intro", lang)))
