"""Lesson kits (modul ajar) for schools: loading, cross-checks and the controlled lists.

Kits are data (data/lessons/<id>.yml, validated by schemas/lesson.schema.json) so that a
teacher can add one the same way an artisan adds a motif, and so the "Belajar" filters
count straight from the records. Labels of phases, subjects, profile dimensions and CP
elements come from the schema only.
"""

from __future__ import annotations

from . import cite, schema
from ..core.paths import Archive

PHASE_GROUPS = ("AB", "C", "D", "EF")
# Minutes of one lesson hour (JP) by school level: SD 35, SMP 40, SMA/SMK 45.
JP_MINUTES = {"A": 35, "B": 35, "C": 35, "D": 40, "E": 45, "F": 45}


def defs() -> dict:
    return schema.raw("lesson")["$defs"]


def labels(defname: str) -> dict[str, dict[str, str]]:
    return defs()[defname]["x-enum-labels"]


def label(defname: str, value: str, lang: str) -> str:
    lab = labels(defname).get(value, {})
    return lab.get(lang) or lab.get("id") or value


def rubric_levels(lang: str) -> list[str]:
    return [lv.get(lang) or lv["id"] for lv in schema.raw("lesson")["x-rubric-levels"]]


def phase_group(phase: str) -> str:
    return next(g for g in PHASE_GROUPS if phase in g)


def kit_motifs(kit: dict, col) -> list[dict]:
    """Motifs a kit is about: its own list, or every motif with its theme."""
    if kit.get("motifs"):
        return [m for m in (col.motif(i) for i in kit["motifs"]) if m]
    return [m for m in col.motifs if kit.get("theme") in m["themes"]]


def source_ids(kit: dict, col, lang: str) -> list[str]:
    """Every source of a kit once (its readings, then its motifs'), in bibliography order;
    shared by the kit page and its editable copy (outputs/modul.py)."""
    ids = dict.fromkeys(r["id"] for r in kit.get("readings", []) + [s for m in kit_motifs(kit, col) for s in m["sources"]]
                        if r["id"] in col.sources)
    return sorted(ids, key=lambda i: cite.text(col.sources[i], lang).lower())


def total_minutes(kit: dict) -> int:
    return sum(a["minutes"] for a in kit["activities"])


def kits_for_motif(col, motif_id: str) -> list[dict]:
    return [k for k in col.lessons if motif_id in {m["id"] for m in kit_motifs(k, col)}]


def load_lessons(arc: Archive, col, load_validated) -> None:
    """Load data/lessons/*.yml into col.lessons, reporting problems like any record."""
    if not arc.lessons.is_dir():
        return
    motif_ids = {m["id"] for m in col.motifs}
    renamed = {old: m["id"] for m in col.motifs for old in m.get("redirect_from", [])}
    term_ids = {t["id"] for t in col.glossary}
    for path in sorted(arc.lessons.glob("*.yml")):
        data = load_validated(arc, path, "lesson", col)
        if data is None:
            continue
        col.lessons_raw.append(data)
        rel = arc.rel(path)
        lines = col.lines[rel]
        ok = True
        if data["id"] != path.stem:
            col.problems.add(rel, "id", f"Kode '{data['id']}' harus sama dengan nama berkas '{path.stem}'.",
                             f"Id '{data['id']}' must match the file name '{path.stem}'.",
                             line=lines.line_of(["id"]), code="id.mismatch")
            ok = False
        for i, mid in enumerate(data.get("motifs", [])):
            if mid in motif_ids:
                continue
            if mid in renamed:  # a renamed motif: follow it, and ask for the new id
                col.problems.add(rel, f"motifs[{i}]", f"Motif '{mid}' sudah berganti kode menjadi '{renamed[mid]}'. Ganti kodenya di kit ini.",
                                 f"Motif '{mid}' was renamed to '{renamed[mid]}'. Update the id in this kit.",
                                 line=lines.line_of(["motifs", i]), code="ref.renamed", severity="warning")
                data["motifs"][i] = renamed[mid]
            elif (arc.motifs / mid / "motif.yml").is_file():
                pass  # the motif exists but has problems of its own, reported on its file
            else:
                col.problems.add(rel, f"motifs[{i}]", f"Motif '{mid}' tidak ditemukan di folder motifs/. Periksa ejaan kodenya.",
                                 f"Motif '{mid}' not found in motifs/. Check how the id is spelt.",
                                 line=lines.line_of(["motifs", i]), code="ref.motif")
                ok = False
        for i, tid in enumerate(data.get("glossary", [])):
            if tid not in term_ids:
                col.problems.add(rel, f"glossary[{i}]", f"Istilah '{tid}' tidak ada di data/glossary.yml.",
                                 f"Term '{tid}' is not in data/glossary.yml.",
                                 line=lines.line_of(["glossary", i]), code="ref.term")
                ok = False
        if data.get("theme") and not data.get("motifs") and not any(data["theme"] in m["themes"] for m in col.motifs):
            col.problems.add(rel, "theme", "Belum ada motif dengan tema ini, jadi kit ini tidak punya bahan.",
                             "No motif has this theme yet, so the kit has no material.",
                             line=lines.line_of(["theme"]), code="ref.theme", severity="warning")
        budget = data["hours"] * min(JP_MINUTES[p] for p in data["phases"])
        used = total_minutes(data)
        if used > budget:
            col.problems.add(rel, "activities",
                             f"Jumlah waktu kegiatan {used} menit melebihi {data['hours']} JP ({budget} menit). Tambah JP atau persingkat kegiatan.",
                             f"The activities take {used} minutes, more than {data['hours']} lesson hours ({budget} minutes). Add hours or shorten them.",
                             line=lines.line_of(["activities"]), code="lesson.time", severity="warning")
        if ok:
            col.lessons.append(data)


def field_title(name: str, lang: str) -> str:
    """Label of a top-level lesson field (local $refs resolve inside the lesson schema)."""
    node = dict(schema.raw("lesson")["properties"][name])
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        node = {**defs()[ref.split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    elif ref:
        return schema.field_title("lesson", name, lang)
    return (node.get("x-title-en") if lang == "en" else None) or node.get("title", name)
