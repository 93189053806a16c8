"""What a motif can be filtered by: one function per record, shared by every user of facets.

The catalogue's filter panel (facets.json), the links on motif pages (`motif/?theme=flora`)
and the tests all read facet values from here, so a value that a motif page links to is
always a value the catalogue can filter by. Labels come from the schema or the records.

Which fields are facets, under which URL parameter and in which order, is decided by the
field table (records/crosswalk.py, `facet=`); this module knows how to read each one's
values. Parameter names are part of the site's public URLs: never rename them.
"""

from __future__ import annotations

import re
import unicodedata

from functools import lru_cache

from ..core.i18n import pick
from ..records import crosswalk, schema


@lru_cache(maxsize=None)
def rows() -> tuple:
    """(facet, kind, schema field) of every filter group, in the filter panel's order."""
    return tuple((r.facet, kind, r.field) for kind, table in (("motif", crosswalk.MOTIF), ("maker", crosswalk.MAKER))
                 for r in table if r.facet)


def names() -> tuple[str, ...]:
    return tuple(f for f, _, _ in rows())


def slug(text: str) -> str:
    """ASCII key for a free-text value ("Cokelat Soga" -> "cokelat-soga")."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def object_key(obj: dict) -> str:
    """Key of a depicted object: its Indonesian name in lower case (kept for existing links)."""
    return obj["id"].lower()


def colour_key(colour: dict) -> str:
    return slug(colour["name"]["id"])


def statuses(m: dict) -> list[str]:
    """A motif can be both official and registered."""
    st = m["status"]
    out = [st["kind"]]
    if st.get("registration", {}).get("registered") and "registered" not in out:
        out.append("registered")
    return out


def values(m: dict, makers: dict[str, dict], lang: str) -> dict[str, list[tuple[str, str]]]:
    """facet -> [(key, label)] for one motif, in a stable order, without duplicates."""
    out: dict[str, list[tuple[str, str]]] = {f: [] for f in names()}

    def add(facet: str, key: str, label: str) -> None:
        if key not in (k for k, _ in out[facet]):
            out[facet].append((key, label))

    kinds = schema.status_labels()["kind"]["x-enum-labels"]
    for s in statuses(m):
        add("status", s, kinds[s].get(lang) or kinds[s]["id"])
    for th in m["themes"]:
        add("theme", th, schema.enum_label("theme", th, lang))
    for d in m.get("depicts", []):
        add("object", object_key(d["object"]), pick(d["object"], lang))
    for tq in m.get("techniques", []):
        add("technique", tq, schema.enum_label("technique", tq, lang))
    for c in m.get("colours", []):
        add("colour", colour_key(c), pick(c["name"], lang))
    if m.get("year"):
        add("year", str(m["year"]), str(m["year"]))
    for mid in m.get("makers", []):
        mk = makers.get(mid)
        if mk:
            add("maker", mid, mk["name"])
            # the official spelling (records/places.canonicalise), as on the map's kecamatan pages
            add("district", slug(mk["district"]), mk["district"])
    return out


def titles(lang: str) -> dict[str, str]:
    """Heading of each facet group: the title of its field in the schema."""
    out = {}
    for facet, kind, fld in rows():
        if facet == "status":
            out[facet] = schema._resolve(schema.defs()["status"]).get("x-title-en" if lang == "en" else "title")
        else:
            out[facet] = schema.field_title(kind, fld.split(".")[0], lang)
    return out


def _enum_order(facet: str) -> list[str] | None:
    if facet == "theme":
        return list(schema.enum_labels("theme"))
    if facet == "technique":
        return list(schema.enum_labels("technique"))
    if facet == "status":
        return list(schema.status_labels()["kind"]["x-enum-labels"])
    return None


def table(motifs: list[dict], makers: dict[str, dict], lang: str):
    """All facet values of a collection and each motif's value indices.

    Returns (groups, rows): groups = [{"key", "label", "values": [[key, label], ...]}] in
    names() order, values sorted (schema order for enums, year ascending, else by label);
    rows[i] = [[value index, ...] per group] for motifs[i].
    """
    per_motif = [values(m, makers, lang) for m in motifs]
    ttl = titles(lang)
    groups, index = [], {}
    for f in names():
        seen: dict[str, str] = {}
        for v in per_motif:
            for k, lab in v[f]:
                seen.setdefault(k, lab)
        order = _enum_order(f)
        if order:
            keys = [k for k in order if k in seen]
        elif f == "year":
            keys = sorted(seen, key=int)
        else:
            keys = sorted(seen, key=lambda k: (seen[k].casefold(), k))
        index[f] = {k: i for i, k in enumerate(keys)}
        groups.append({"key": f, "label": ttl[f], "values": [[k, seen[k]] for k in keys]})
    rows = [[sorted(index[f][k] for k, _ in v[f]) for f in names()] for v in per_motif]
    return groups, rows


def matches(m: dict, makers: dict[str, dict], query: dict[str, list[str]]) -> bool:
    """AND across facets, OR within one: the rule the catalogue applies in the browser."""
    v = values(m, makers, "id")
    return all(not wanted or any(k in wanted for k, _ in v[f]) for f, wanted in query.items())
