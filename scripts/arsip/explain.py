"""Turn JSON Schema errors into plain bilingual sentences that say how to fix them."""

from __future__ import annotations

import difflib

from jsonschema.exceptions import ValidationError

from . import schema


def field_name(path) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(berkas / file)"


def _label(kind: str, path) -> tuple[str, str]:
    node = schema.node_at(kind, list(path)) or {}
    return node.get("title", ""), node.get("x-title-en", "")


def explain(err: ValidationError, kind: str) -> tuple[str, str, str]:
    """Return (field, Indonesian message, English message) for one schema error."""
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
    if v == "type":
        want = {"string": ("teks", "text"), "integer": ("bilangan bulat", "a whole number"),
                "array": ("daftar (baris diawali '- ')", "a list (lines starting with '- ')"),
                "object": ("kelompok isian (id: ..., en: ...)", "a group of fields (id: ..., en: ...)"),
                "boolean": ("true atau false", "true or false"), "number": ("angka", "a number")}
        w = err.validator_value if isinstance(err.validator_value, str) else err.validator_value[0]
        wi, we = want.get(w, (w, w))
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
