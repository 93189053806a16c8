"""A maker's location and consent: village and district only; consent only from the maker.

The archive shows where a maker works at village (desa) and district (kecamatan) level
and never finer: many workshops are homes. A hamlet (dusun), RT/RW, a street or
coordinates are refused wherever they are written in the record, not only in `village`.
Consent counts only when the maker gave it (a person the record names), with who, when
and how; the schema asks for the fields, this check for the person.
"""

from __future__ import annotations

import re

from ...core.paths import Archive

# Finer than a village, in Indonesian, Javanese and English usage.
FINER = [
    (re.compile(r"\b(dusun|dukuh|dsn\.?|pedukuhan|hamlet|kampung)\b", re.I), "dusun/dukuh", "a hamlet (dusun)"),
    (re.compile(r"\b(RT|RW)\s*\.?\s*\d+|\bRT\s*/\s*RW\b", re.I), "RT/RW", "an RT/RW (neighbourhood unit)"),
    (re.compile(r"\b(jl|jln|gg)\.\s*\S|\b(jalan|gang|street|road)\s+[A-Z0-9]", re.I), "nama jalan atau gang",
     "a street or lane"),
    (re.compile(r"-?\d{1,2}[.,]\d{3,}\s*[,;/ ]\s*-?\d{2,3}[.,]\d{3,}|\d+°\s*\d+['′]"), "titik koordinat",
     "coordinates"),
    (re.compile(r"\bno(mor)?\.?\s*\d+\b|\b(rumah|house)\s+(no\.?\s*)?\d+", re.I), "nomor rumah", "a house number"),
]
LOCATION_FIELDS = ("village", "district")


def _finer(text: str):
    for rx, what_id, what_en in FINER:
        m = rx.search(text or "")
        if m:
            return m.group(0).strip(), what_id, what_en
    return None


def _texts(mk: dict):
    """(data path, text) of every free text of a maker record where a place could be written."""
    for k in ("name",):
        if mk.get(k):
            yield [k], mk[k]
    for lang in ("id", "en"):
        if (mk.get("about") or {}).get(lang):
            yield ["about", lang], mk["about"][lang]
    for i, p in enumerate(mk.get("people", [])):
        for lang in ("id", "en"):
            if (p.get("role") or {}).get(lang):
                yield ["people", i, "role", lang], p["role"][lang]


def _field(path: list) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _people(mk: dict) -> set[str]:
    names = {p["name"] for p in mk.get("people", [])}
    if mk.get("kind") == "artisan" and mk.get("name"):
        names.add(mk["name"])
    return {" ".join(n.lower().split()) for n in names}


def check(arc: Archive, col) -> None:
    _withdrawn_references(arc, col)
    for mid, mk in col.maker_records.items():
        rel = f"data/makers/{mid}.yml"
        loaded = col.lines.get(rel)
        line = (lambda path: loaded.line_of(path)) if loaded else (lambda path: None)
        for fld in LOCATION_FIELDS:
            hit = _finer(mk.get(fld, ""))
            if hit:
                found, what_id, what_en = hit
                col.problems.add(rel, fld,
                                 f"Lokasi '{mk[fld]}' lebih rinci daripada {'desa' if fld == 'village' else 'kecamatan'} "
                                 f"({what_id}: '{found}'). Arsip hanya mencatat desa dan kecamatan: tulis nama "
                                 f"{'desanya' if fld == 'village' else 'kecamatannya'} saja.",
                                 f"The location '{mk[fld]}' is finer than a {'village' if fld == 'village' else 'district'} "
                                 f"({what_en}: '{found}'). The archive records only village and district: write the "
                                 f"{'village' if fld == 'village' else 'district'} name alone.",
                                 line=line([fld]), code="privacy.location")
        for path, text in _texts(mk):
            hit = _finer(text)
            if hit:
                found, what_id, what_en = hit
                col.problems.add(rel, _field(path),
                                 f"Teks menyebut lokasi yang lebih rinci daripada desa ({what_id}: '{found}'). "
                                 "Arsip hanya mencatat desa dan kecamatan: hapus bagian itu.",
                                 f"The text names a place finer than a village ({what_en}: '{found}'). The archive "
                                 "records only village and district: delete that part.",
                                 line=line(path), code="privacy.location")
        consent = mk.get("consent") or {}
        if consent.get("state") == "given" and consent.get("by"):
            who = " ".join(consent["by"].lower().split())
            if who not in _people(mk):
                col.problems.add(rel, "consent.by",
                                 f"Persetujuan diberikan oleh '{consent['by']}', yang bukan pembuat di catatan ini. "
                                 "Persetujuan hanya sah dari pembuat sendiri: tulis nama pembuat yang setuju (nama itu "
                                 "harus ada di people), atau kembalikan state ke pending.",
                                 f"Consent was given by '{consent['by']}', who is not a maker in this record. Consent "
                                 "counts only from the maker themself: write the name of the maker who agreed (it must "
                                 "be listed under people), or set state back to pending.",
                                 line=line(["consent", "by"]), code="consent.not_maker")


def _strings(obj, path):
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, path + [k])
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, path + [i])


def _withdrawn_references(arc: Archive, col) -> None:
    """Motifs that still list or name a maker who withdrew: an id is only a warning (the build
    drops it), but the maker's name in a text would be published, so it is refused."""
    withdrawn = {mid for mid, mk in col.maker_records.items() if (mk.get("consent") or {}).get("state") == "withdrawn"}
    names = {mid: col.maker_records[mid]["name"] for mid in withdrawn if col.maker_records[mid].get("name")}
    for m in col.motifs:
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        loaded = col.lines.get(rel)
        for path, text in _strings(m, []):
            for mid, name in names.items():
                if " ".join(name.lower().split()) in " ".join(text.lower().split()):
                    col.problems.add(rel, _field(path),
                                     f"Teks ini menyebut '{name}', pembuat yang sudah menarik persetujuannya. Hapus "
                                     "sebutan itu (atau ganti dengan 'seorang perajin'), supaya situs tidak menyebutnya lagi.",
                                     f"This text names '{name}', a maker who has withdrawn consent. Delete the mention "
                                     "(or write 'a batik maker' instead), so the site no longer names them.",
                                     line=loaded.line_of(path) if loaded else None, code="consent.withdrawn.named")
    for m in col.motifs:
        rel = arc.rel(col.folders[m["id"]] / "motif.yml")
        loaded = col.lines.get(rel)
        refs = [(["makers", i], mid) for i, mid in enumerate(m.get("makers", []))]
        refs += [(["images", i, "maker"], im["maker"]) for i, im in enumerate(m.get("images", [])) if im.get("maker")]
        for path, mid in refs:
            if mid in withdrawn:
                col.problems.add(rel, _field(path),
                                 f"Pembuat '{mid}' sudah menarik persetujuannya, jadi situs tidak menyebutnya lagi. "
                                 "Hapus kodenya dari catatan ini.",
                                 f"Maker '{mid}' has withdrawn consent, so the site no longer names them. Delete the "
                                 "id from this record.",
                                 line=loaded.line_of(path) if loaded else None, severity="warning", code="consent.withdrawn")
