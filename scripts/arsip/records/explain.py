"""Turn JSON Schema errors into plain bilingual sentences that say how to fix them."""

from __future__ import annotations

import difflib

from jsonschema.exceptions import ValidationError

from ..core.i18n import WORDS
from . import schema


def field_name(path) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(berkas / file)"


def _label(kind: str, path) -> tuple[str, str]:
    node = schema.node_at(kind, list(path)) or {}
    if not node.get("title") and path and path[-1] in ("id", "en") and len(path) > 1:
        # The Indonesian or English text of a bilingual field: name the field it belongs to.
        parent = schema.node_at(kind, list(path)[:-1]) or {}
        if parent.get("title"):
            lang_id, lang_en = ("bahasa Indonesia", "Indonesian") if path[-1] == "id" else ("bahasa Inggris", "English")
            return f"{parent['title']}, {lang_id}", f"{parent.get('x-title-en', parent['title'])}, {lang_en}"
    return node.get("title", ""), node.get("x-title-en", "")


def _hint(kind: str, path) -> tuple[str, str]:
    """Extra advice a schema node carries for its errors (`x-hint`, `x-hint-en`)."""
    node = schema.node_at(kind, list(path)) or {}
    return node.get("x-hint", ""), node.get("x-hint-en", "")


def explain(err: ValidationError, kind: str) -> tuple[str, str, str]:
    """Return (field, Indonesian message, English message) for one schema error.

    A schema node may carry `x-hint` / `x-hint-en`: advice appended to every message
    about that field (e.g. why consent is needed), so the advice lives in the schema.
    """
    fld, mid, men = _explain(err, kind)
    path = list(err.absolute_path)
    if err.validator == "required" and "'" in err.message:
        path = path + [err.message.split("'")[1]]
    h_id, h_en = _hint(kind, path)
    if h_id:
        mid = f"{mid} {h_id}"
    if h_en:
        men = f"{men} {h_en}"
    return fld, mid, men


def _file_name_problem(value: str) -> tuple[str, str] | None:
    """Say exactly what is wrong with an image file name (path tricks, spaces, odd letters)."""
    if value.startswith(("/", "\\")) or (len(value) > 1 and value[1] == ":"):
        return ("Tulis nama berkasnya saja, bukan alamat lengkap di komputer (misalnya 'foto-kain.jpg'). "
                "Letakkan gambarnya di folder motif ini.",
                "Write only the file name, not a full path on a computer (e.g. 'foto-kain.jpg'). "
                "Put the image in this motif's folder.")
    if "/" in value or "\\" in value or ".." in value:
        return ("Nama berkas tidak boleh berisi folder atau '..'. Letakkan gambarnya di folder motif ini "
                "dan tulis namanya saja.",
                "The file name must not contain folders or '..'. Put the image in this motif's folder "
                "and write only its name.")
    if not value.isascii():
        return ("Nama berkas hanya boleh memakai huruf a-z, angka, titik, garis bawah dan tanda hubung. "
                "Ganti nama berkasnya, misalnya 'foto-kain-1.jpg'.",
                "File names may only use letters a-z, digits, dots, underscores and hyphens. "
                "Rename the file, e.g. 'foto-kain-1.jpg'.")
    if " " in value:
        return ("Nama berkas tidak boleh berisi spasi. Ganti spasi dengan tanda hubung, misalnya 'foto-kain-1.jpg' "
                "(ganti juga nama berkasnya di folder).",
                "File names must not contain spaces. Use hyphens instead, e.g. 'foto-kain-1.jpg' "
                "(rename the file in the folder too).")
    return None


def _explain(err: ValidationError, kind: str) -> tuple[str, str, str]:
    path = list(err.absolute_path)
    fld = field_name(path)
    t_id, t_en = _label(kind, path)
    named_id = f" ({t_id})" if t_id else ""
    named_en = f" ({t_en})" if t_en else ""
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        sub = path + [missing]
        s_id, s_en = _label(kind, sub)
        fld = field_name(sub)
        return (fld,
                f"Isian wajib '{missing}'{f' ({s_id})' if s_id else ''} belum ada. Tambahkan isian ini.",
                f"Required field '{missing}'{f' ({s_en})' if s_en else ''} is missing. Add it.")
    if v == "additionalProperties":
        node = schema.node_at(kind, path) or {}
        allowed = sorted(node.get("properties", {}))
        extras = [k for k in err.instance if k not in allowed] if isinstance(err.instance, dict) else []
        key = extras[0] if extras else "?"
        guess = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
        fld = field_name(path + [key])
        if guess:
            return (fld, f"Isian '{key}' tidak dikenal. Mungkin maksudnya '{guess[0]}'?",
                    f"Unknown field '{key}'. Did you mean '{guess[0]}'?")
        return (fld, f"Isian '{key}' tidak dikenal. Isian yang boleh: {', '.join(allowed)}.",
                f"Unknown field '{key}'. Allowed fields: {', '.join(allowed)}.")
    if v == "type" and err.instance is None:
        return (fld, f"Isian{named_id} kosong. Isi nilainya, atau hapus baris ini bila tidak dipakai.",
                f"Field{named_en} is empty. Fill it in, or delete the line if it is not used.")
    if v == "type":
        w = err.validator_value if isinstance(err.validator_value, str) else err.validator_value[0]
        wi, we = WORDS.get(f"type_{w}", (w, w))
        if w == "string" and isinstance(err.instance, (bool, int, float)):
            return (fld, f"Isian{named_id} harus berupa {wi}. Tulis di antara tanda kutip, misalnya \"{err.instance}\".",
                    f"Field{named_en} must be {we}. Put it in quotes, e.g. \"{err.instance}\".")
        return (fld, f"Isian{named_id} harus berupa {wi}.", f"Field{named_en} must be {we}.")
    if v == "enum":
        allowed = ", ".join(map(str, err.validator_value))
        guess = difflib.get_close_matches(str(err.instance), [str(x) for x in err.validator_value], n=1, cutoff=0.5)
        hint_id = f" Mungkin maksudnya '{guess[0]}'?" if guess else ""
        hint_en = f" Did you mean '{guess[0]}'?" if guess else ""
        return (fld, f"Nilai '{err.instance}'{named_id} tidak ada di daftar. Pilih salah satu: {allowed}.{hint_id}",
                f"Value '{err.instance}'{named_en} is not in the list. Choose one of: {allowed}.{hint_en}")
    if v == "const":
        return (fld, f"Isian{named_id} harus bernilai {err.validator_value!r}.".replace("True", "true"),
                f"Field{named_en} must be {err.validator_value!r}.".replace("True", "true"))
    if v == "pattern" and path and path[-1] == "file" and isinstance(err.instance, str):
        said = _file_name_problem(err.instance)
        if said:
            return (fld, f"'{err.instance[:80]}': {said[0]}", f"'{err.instance[:80]}': {said[1]}")
    if v == "pattern":
        node = schema.node_at(kind, path) or {}
        d_id = node.get("description", "Periksa bentuk penulisannya.")
        d_en = node.get("x-description-en", "Check how it is written.")
        return (fld, f"Bentuk '{str(err.instance)[:60]}'{named_id} tidak sesuai. {d_id}",
                f"'{str(err.instance)[:60]}'{named_en} is not in the right form. {d_en}")
    if v in ("minLength", "minItems"):
        return (fld, f"Isian{named_id} kosong atau terlalu pendek. Isi dengan teks yang lengkap.",
                f"Field{named_en} is empty or too short. Fill it in.")
    if v in ("maxLength", "maxItems"):
        return (fld, f"Isian{named_id} terlalu panjang (paling banyak {err.validator_value}). Persingkat.",
                f"Field{named_en} is too long (at most {err.validator_value}). Shorten it.")
    if v == "uniqueItems":
        return (fld, f"Daftar{named_id} berisi nilai ganda. Hapus yang sama.",
                f"List{named_en} has duplicate values. Remove the repeats.")
    if v in ("minimum", "maximum"):
        return (fld, f"Nilai {err.instance}{named_id} di luar batas ({err.validator} {err.validator_value}).",
                f"Value {err.instance}{named_en} is out of range ({err.validator} {err.validator_value}).")
    if v == "format":
        return (fld, f"Bentuk '{err.instance}'{named_id} salah. Tulis tanggal sebagai TTTT-BB-HH, misalnya 2026-11-28.",
                f"'{err.instance}'{named_en} is malformed. Write dates as YYYY-MM-DD, e.g. 2026-11-28.")
    return (fld, f"Isian{named_id} tidak sesuai aturan: {err.message}", f"Field{named_en} is invalid: {err.message}")
