"""Load contributor YAML safely and remember the line of every field.

Safe loading alone is not enough for files from strangers: aliases can expand into a
billion items when walked ("billion laughs"), and a huge file can exhaust memory. So we
refuse aliases and anchors outright, cap the file size, refuse non-UTF-8 bytes, and keep
each value's line number so error messages can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

MAX_BYTES = 256 * 1024
MAX_DEPTH = 40  # records nest a few levels; 100,000 "[" would exhaust the composer's stack


class YamlProblem(Exception):
    def __init__(self, id: str, en: str, line: int | None = None):
        super().__init__(en)
        self.id, self.en, self.line = id, en, line


@dataclass
class Loaded:
    data: object
    lines: dict[str, int] = field(default_factory=dict)  # "a/b/0" -> line (1-based)

    def line_of(self, path: list | tuple) -> int | None:
        """Line of the deepest known prefix of a JSON-pointer-like path."""
        parts = [str(p) for p in path]
        while True:
            key = "/".join(parts)
            if key in self.lines:
                return self.lines[key]
            if not parts:
                return None
            parts.pop()


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ~10x faster


class _Loader(_Base):
    """Safe loader; aliases and anchors are refused before composing (see _refuse_aliases)."""

    def construct_mapping(self, node, deep=False):  # noqa: D401 - PyYAML API
        # A field written twice silently loses the first value in plain PyYAML; refuse it.
        seen: dict = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem(
                    "Nama isian harus berupa teks biasa (bukan daftar atau kelompok).",
                    "A field name must be plain text (not a list or a group).",
                    key_node.start_mark.line + 1,
                )
            key = key_node.value
            if key in seen:
                raise YamlProblem(
                    f"Isian '{key}' ditulis dua kali (baris {seen[key]} dan {key_node.start_mark.line + 1}). "
                    "Gabungkan isinya dan hapus salah satu.",
                    f"Field '{key}' is written twice (lines {seen[key]} and {key_node.start_mark.line + 1}). "
                    "Merge the two and delete one.",
                    key_node.start_mark.line + 1,
                )
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


def _refuse_aliases(text: str) -> None:
    """Scan the event stream (cheap, no objects built) for anchors, aliases and deep nesting."""
    depth = 0
    for ev in yaml.parse(text, Loader=_Base):
        if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise YamlProblem(
                    f"Isian bersarang terlalu dalam (lebih dari {MAX_DEPTH} tingkat). Periksa tanda [ ] dan {{ }}.",
                    f"Fields are nested too deeply (more than {MAX_DEPTH} levels). Check the [ ] and {{ }} brackets.",
                    ev.start_mark.line + 1,
                )
        elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        if isinstance(ev, yaml.AliasEvent):
            raise YamlProblem(
                "Alias YAML (*nama) tidak diizinkan. Tulis isinya langsung.",
                "YAML aliases (*name) are not allowed. Write the value out in full.",
                ev.start_mark.line + 1,
            )
        if getattr(ev, "anchor", None):
            raise YamlProblem(
                "Anchor YAML (&nama) tidak diizinkan. Tulis isinya langsung.",
                "YAML anchors (&name) are not allowed. Write the value out in full.",
                ev.start_mark.line + 1,
            )


# Dates stay text: contributors write `2026-11-28` and the schema expects a string.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _collect_lines(node, prefix: str, out: dict) -> None:
    out.setdefault(prefix, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = f"{prefix}/{k.value}" if prefix else str(k.value)
            out[key] = k.start_mark.line + 1
            _collect_lines(v, key, out) if isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) else None
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            key = f"{prefix}/{i}" if prefix else str(i)
            out[key] = v.start_mark.line + 1
            _collect_lines(v, key, out)


def _too_deep() -> YamlProblem:
    return YamlProblem(
        "Isian terlalu bertingkat (terlalu banyak kurung atau indentasi bersarang). Tulis dengan lebih sederhana.",
        "The fields are nested too deeply (too many nested brackets or indents). Write it more simply.",
    )


def load(path: Path) -> Loaded:
    """Parse one YAML file; raise YamlProblem with a friendly bilingual message."""
    try:
        size = path.stat().st_size
    except OSError:
        raise YamlProblem("Berkas tidak bisa dibaca.", "The file cannot be read.")
    if size > MAX_BYTES:
        raise YamlProblem(
            f"Berkas terlalu besar ({size // 1024} KB; paling besar {MAX_BYTES // 1024} KB). Persingkat teksnya.",
            f"The file is too large ({size // 1024} KB; at most {MAX_BYTES // 1024} KB). Shorten the text.",
        )
    try:
        raw = path.read_bytes()
    except OSError:
        raise YamlProblem("Berkas tidak bisa dibaca.", "The file cannot be read.")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a byte-order mark from Windows editors is harmless: accept it
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise YamlProblem(
            "Berkas bukan teks UTF-8. Simpan ulang sebagai UTF-8 (di Notepad: Save As, Encoding UTF-8).",
            "The file is not UTF-8 text. Save it again as UTF-8 (in Notepad: Save As, Encoding UTF-8).",
            line,
        )
    loader = None
    try:
        _refuse_aliases(text)
        loader = _Loader(text)
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem("Berkas kosong.", "The file is empty.")
        data = loader.construct_document(node)
    except YamlProblem:
        raise
    except RecursionError:
        raise _too_deep()
    except yaml.reader.ReaderError as e:
        line = text[: e.position].count("\n") + 1
        raise YamlProblem(
            f"Berkas berisi karakter tersembunyi yang tidak diizinkan (kode U+{e.character:04X}). Hapus karakter itu "
            "(biasanya ikut tersalin dari dokumen lain).",
            f"The file contains a hidden character that is not allowed (code U+{e.character:04X}). Delete it "
            "(it is usually copied in from another document).",
            line,
        )
    except yaml.constructor.ConstructorError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        raise YamlProblem(
            "Tag YAML khusus (misalnya !!python/...) tidak diizinkan. Hapus tag itu dan tulis teks biasa.",
            "Special YAML tags (such as !!python/...) are not allowed. Remove the tag and write plain text.",
            line,
        )
    except yaml.MarkedYAMLError as e:
        if "nesting depth" in str(e.problem):  # libyaml's own limit
            raise _too_deep()
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        raise YamlProblem(
            f"Penulisan YAML salah ({e.problem}). Periksa titik dua, tanda kutip dan jarak (indentasi) di sekitar baris ini.",
            f"YAML syntax error ({e.problem}). Check colons, quotes and indentation around this line.",
            line,
        )
    except yaml.YAMLError as e:
        raise YamlProblem(f"Penulisan YAML salah: {e}.", f"YAML syntax error: {e}.")
    finally:
        if loader is not None:
            loader.dispose()
    lines: dict[str, int] = {}
    try:
        _collect_lines(node, "", lines)
    except RecursionError:
        raise _too_deep()
    return Loaded(data, lines)
