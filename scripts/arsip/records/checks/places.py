"""Place names: a maker's `district`/`village` and a motif's `places` must be official names.

The map, the kecamatan pages and the catalogue's kecamatan filter join records by place;
a misspelt kecamatan would silently drop a maker from the map. So an unknown name is
refused with "did you mean …?" (records/places.py), and a known spelling that is not the
official one (an alias) gets a warning naming the official spelling. A location finer
than the village is refused by checks/makers.py first and not reported twice here.
"""

from __future__ import annotations

from ...core import identity
from ...core.paths import Archive
from .makers import _finer


def region(lang: str) -> str:
    """The archive's region as its kind and name ("Kabupaten <name>", data/arsip.yml)."""
    return identity.words(lang)["region_full"]


def _did_you_mean(names: list[str]) -> tuple[str, str]:
    if not names:
        return (identity.fill("Tulis nama resmi seperti di daftar kecamatan dan desa {region} (data/peta/)."),
                identity.fill("Write the official name as in the list of {region}'s kecamatan and desa (data/peta/).", "en"))
    joined = ", ".join(f"'{n}'" for n in names)
    return f"Mungkin maksud Anda: {joined}?", f"Did you mean: {joined}?"


def _check_pair(col, rel: str, line, kec_field: str, kec_name: str, desa_field: str | None, desa_name: str | None,
                places) -> None:
    kec = places.find_kecamatan(kec_name)
    if kec is None:
        hint_id, hint_en = _did_you_mean(places.suggest_kecamatan(kec_name))
        col.problems.add(rel, kec_field,
                         f"Kecamatan '{kec_name}' tidak ada di {region('id')} ({len(places.kecamatan)} kecamatan). {hint_id}",
                         f"Kecamatan (district) '{kec_name}' is not one of {identity.get('region.name')}'s "
                         f"{len(places.kecamatan)} districts. {hint_en}",
                         line=line(kec_field), code="place.unknown")
        return
    if kec.name != kec_name:
        col.problems.add(rel, kec_field, f"Ejaan resmi kecamatan ini adalah '{kec.name}'. Tulis '{kec.name}'.",
                         f"The official spelling of this district is '{kec.name}'. Write '{kec.name}'.",
                         line=line(kec_field), severity="warning", code="place.spelling")
    if not desa_name:
        return
    desa = places.find_desa(kec.name, desa_name)
    if desa is None:
        elsewhere = places.kecamatan_of(desa_name)
        if elsewhere:
            where = ", ".join(elsewhere)
            col.problems.add(rel, desa_field,
                             f"Desa '{desa_name}' tidak ada di Kecamatan {kec.name}, tetapi ada di Kecamatan {where}. "
                             "Periksa desa dan kecamatannya.",
                             f"Village '{desa_name}' is not in {kec.name} district, but there is one in {where} "
                             "district. Check the village and its district.",
                             line=line(desa_field), code="place.unknown")
        else:
            hint_id, hint_en = _did_you_mean(places.suggest_desa(kec.name, desa_name))
            col.problems.add(rel, desa_field,
                             f"Desa '{desa_name}' tidak ada di Kecamatan {kec.name}. {hint_id}",
                             f"Village '{desa_name}' is not in {kec.name} district. {hint_en}",
                             line=line(desa_field), code="place.unknown")
    elif desa.name != desa_name:
        col.problems.add(rel, desa_field, f"Ejaan resmi desa ini adalah '{desa.name}'. Tulis '{desa.name}'.",
                         f"The official spelling of this village is '{desa.name}'. Write '{desa.name}'.",
                         line=line(desa_field), severity="warning", code="place.spelling")


def _liner(col, rel: str):
    loaded = col.lines.get(rel)

    def line(fld: str):
        if not loaded:
            return None
        path = [int(p) if p.isdigit() else p for p in fld.replace("[", ".").replace("]", "").split(".")]
        return loaded.line_of(path)
    return line


def check(arc: Archive, col) -> None:
    places = col.places
    if not places:  # an archive without boundary data (data/peta/): nothing to check against
        return
    for mid, mk in col.maker_records.items():
        if not mk.get("district") or _finer(mk["district"]) or _finer(mk.get("village", "")):
            continue  # withdrawn (no location), or refused by checks/makers.py already
        rel = f"data/makers/{mid}.yml"
        _check_pair(col, rel, _liner(col, rel), "district", mk["district"], "village", mk.get("village"), places)
    for m in col.motifs:
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        line = _liner(col, rel)
        for i, p in enumerate(m.get("places", [])):
            _check_pair(col, rel, line, f"places[{i}].kecamatan", p["kecamatan"], f"places[{i}].desa", p.get("desa"),
                        places)
