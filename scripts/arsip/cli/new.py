"""`arsip new`: start a motif folder from a commented template, asking for the essentials.

Contributors are not programmers, so the new motif.yml explains every field in Indonesian
and English, in the order of the schema and with the schema's own titles, descriptions
and choices (one source of truth: the template only gives each value its shape). Run in a
terminal it asks for the name, themes, meaning, licences, consent and a photo; run from a
script it takes the same things as options. The id is made from the name.
"""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import jinja2
from slugify import slugify

from ..core import identity
from ..core.paths import Archive
from ..records import registry, schema
from ..records.yamlout import clean_text, scalar

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

TEMPLATE = "motif.yml.j2"
PROSE_KEYS = ("meaning", "local_wisdom", "story", "stylisation", "year_note")
DEFAULT_PHOTO_LICENCE = "CC-BY-NC-ND-4.0"
DEFAULT_TEXT_LICENCE = "CC-BY-SA-4.0"
DEFAULT_SOURCE = "Keterangan langsung dari penyumbang"


class ScaffoldError(Exception):
    """A refusal worded for the contributor, in Indonesian and English."""

    def __init__(self, id: str, en: str):
        super().__init__(en)
        self.id, self.en = id, en


# -- schema-derived comments --------------------------------------------------------------

def _wrap(text: str, indent: str = "") -> list[str]:
    return [f"# {indent}{line}" for line in textwrap.wrap(text, 94 - len(indent))] or [f"# {indent}"]


def doc(key: str) -> str:
    """Comment lines for a top-level field: its title and description, Indonesian then English."""
    node = schema.node_at("motif", [key]) or {}
    req = key in schema.raw("motif").get("required", [])
    t_id = node.get("title", key) + (" (wajib)" if req else " (boleh kosong)")
    t_en = node.get("x-title-en", key) + (" (required)" if req else " (optional)")
    lines = _wrap(f"{t_id}: {node['description']}" if node.get("description") else t_id)
    lines += _wrap(f"{t_en}: {node['x-description-en']}" if node.get("x-description-en") else t_en)
    return "\n".join(lines)


def _enum_node(name: str) -> dict:
    if "." in name:
        defname, prop = name.split(".", 1)
        return schema.defs()[defname]["properties"][prop]
    return schema.defs()[name]


def enum_values(name: str) -> list[str]:
    return list(_enum_node(name)["enum"])


def enum_labels(name: str) -> dict:
    return _enum_node(name).get("x-enum-labels", {})


def choices(name: str, field: str | None = None) -> str:
    labels = enum_labels(name)
    out = [f"# Pilihan untuk {field} / Choices for {field}:" if field else "# Pilihan / Choices:"]
    for value in enum_values(name):
        lab = labels.get(value, {})
        out.append(f"#   {value}: {lab.get('id', value)} / {lab.get('en', value)}")
    return "\n".join(out)


def _example(key: str) -> str:
    ex = (schema.node_at("motif", [key]) or {}).get("x-example")
    return ex[0] if isinstance(ex, list) else (ex or "...")


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=False,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.ChainableUndefined)
    env.filters["y"] = scalar
    env.globals.update(doc=doc, choices=choices, example=_example,
                       required=lambda k: k in schema.raw("motif").get("required", []))
    return env


# -- values -------------------------------------------------------------------------------

@dataclass
class Image:
    file: str
    alt: str = ""
    alt_en: str = ""
    credit: str = ""
    kind: str = "cloth"
    licence: str = ""
    maker: str = ""


def make_id(name: str) -> str:
    return slugify(name, max_length=60, word_boundary=True, save_order=True)


def render(values: dict) -> str:
    """The text of a motif.yml for `values` (missing essentials become empty fields)."""
    v = {
        "status": "community", "themes": [], "images": [], "sources": [],
        "photo_licence": DEFAULT_PHOTO_LICENCE, "text_licence": DEFAULT_TEXT_LICENCE,
        "date": dt.date.today().isoformat(), **{k: val for k, val in values.items() if val not in (None, "", [])},
    }
    for k in PROSE_KEYS:
        for key in (k, f"{k}_en"):
            if v.get(key):
                v[key] = clean_text(v[key])
    v["images"] = [im if isinstance(im, dict) else im.__dict__ for im in v["images"]]
    if not v["sources"]:
        v["sources"] = [{"id": "sumber-belum-dicatat"}]  # `arsip check` asks for a registered source
    fields = list(schema.raw("motif")["properties"])
    return _env().get_template(TEMPLATE).render(v=v, fields=fields, prose_keys=PROSE_KEYS,
                                                  ident_id=identity.words("id"), ident_en=identity.words("en"))


def default_source(values: dict, via: str | None = None) -> dict:
    """The contributor's own account, as a source: who told us, when, and how it reached us."""
    who, date = values.get("consent_by"), values.get("date") or dt.date.today().isoformat()
    title = DEFAULT_SOURCE + (f" ({who})" if who else "") + (f", lewat {via}" if via else "")
    return {"title": title, "publisher": who or "penyumbang", "date": date, "kind": "maker"}


def register_sources(arc: Archive, values: dict) -> list[dict]:
    """Register the motif's sources in data/sources.yml (the contributor's account first);
    return what motif.yml cites: [{id, supports}]."""
    entries = [s for s in values.get("sources") or [] if s.get("title")]
    if not any(s.get("kind") == "maker" for s in entries):
        entries.insert(0, default_source(values))
    ids = registry.register(arc, entries)
    return [{"id": sid, **({"supports": {"id": e["supports"]}} if e.get("supports") else {})} for sid, e in zip(ids, entries)]


def check_choice(value: str, allowed: list[str], what_id: str, what_en: str) -> str:
    if value in allowed:
        return value
    guess = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
    hint_id = f" Mungkin maksudnya '{guess[0]}'?" if guess else ""
    hint_en = f" Did you mean '{guess[0]}'?" if guess else ""
    raise ScaffoldError(f"{what_id} '{value}' tidak ada di daftar. Pilih salah satu: {', '.join(allowed)}.{hint_id}",
                        f"{what_en} '{value}' is not in the list. Choose one of: {', '.join(allowed)}.{hint_en}")


def _taken(arc: Archive, mid: str) -> str | None:
    """Where an id is already in use (a folder, or a former id of another motif), or None."""
    if (arc.motifs / mid).exists():
        return f"motifs/{mid}/"
    if arc.motifs.is_dir():
        import yaml

        for p in sorted(arc.motifs.glob("*/motif.yml")):
            try:
                data = yaml.safe_load(p.read_text("utf-8")) or {}
            except (yaml.YAMLError, UnicodeDecodeError, OSError):
                continue
            if isinstance(data, dict) and mid in (data.get("redirect_from") or []):
                return f"motifs/{p.parent.name}/motif.yml (redirect_from)"
    return None


def _image_name(src: Path, n: int, used: set[str]) -> str:
    stem = slugify(src.stem, max_length=50) or f"foto-{n}"
    ext = src.suffix.lower() if src.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp") else ".jpg"
    name, k = f"{stem}{ext}", 2
    while name in used:
        name, k = f"{stem}-{k}{ext}", k + 1
    used.add(name)
    return name


def create(arc: Archive, values: dict, image_sources: list[Path | str] = (), *, mid: str | None = None) -> Path:
    """Write motifs/<id>/motif.yml (and copy the photos in); refuse an id that is taken."""
    name = (values.get("name") or "").strip()
    if len(name) < 2:
        raise ScaffoldError("Nama motif wajib diisi (minimal 2 huruf), misalnya --name \"Sekar Jati\".",
                            "The motif name is required (at least 2 letters), e.g. --name \"Sekar Jati\".")
    mid = mid or make_id(name)
    if not mid:
        raise ScaffoldError(f"Kode motif tidak bisa dibuat dari nama '{name}'. Pakai huruf a-z atau angka pada nama.",
                            f"No id can be made from the name '{name}'. Use letters a-z or digits in the name.")
    where = _taken(arc, mid)
    if where:
        raise ScaffoldError(f"Kode motif '{mid}' sudah dipakai ({where}). Bila ini motif yang sama, sunting berkas itu; "
                            "bila berbeda, beri nama lain atau tambahkan kata pembeda (misalnya nama desa).",
                            f"The motif id '{mid}' is already taken ({where}). If it is the same motif, edit that file; "
                            "if not, use another name or add a distinguishing word (e.g. the village).")
    folder = arc.motifs / mid
    images, used = [], set()
    for i, (src, im) in enumerate(zip(image_sources, values.get("images", [])), 1):
        src = Path(src)
        if src.is_file():
            im.file = _image_name(src, i, used)
        images.append((src, im))
    folder.mkdir(parents=True)
    for src, im in images:
        if src.is_file():
            shutil.copyfile(src, folder / im.file)
    (folder / "motif.yml").write_text(render({**values, "id": mid, "name": name,
                                              "sources": register_sources(arc, values)}), "utf-8")
    return folder


# -- interaction ----------------------------------------------------------------------------

def _pick(prompt_id: str, name: str, ask, say, *, multiple: bool, default: str | None = None) -> list[str]:
    values, labels = enum_values(name), enum_labels(name)
    say(prompt_id)
    for i, value in enumerate(values, 1):
        lab = labels.get(value, {})
        say(f"  {i}. {lab.get('id', value)} / {lab.get('en', value)}")
    hint = "nomor, pisahkan dengan koma / numbers, comma-separated" if multiple else "nomor / number"
    while True:
        raw = ask(f"> ({hint}{f'; Enter = {values.index(default) + 1}' if default else ''}): ").strip()
        if not raw and default:
            return [default]
        try:
            picked = [values[int(x) - 1] for x in raw.replace(" ", "").split(",") if x]
            if picked and (multiple or len(picked) == 1) and all(int(x) >= 1 for x in raw.replace(" ", "").split(",") if x):
                return list(dict.fromkeys(picked))
        except (ValueError, IndexError):
            pass
        say("  Pilih nomor dari daftar. / Choose a number from the list.")


def _text(prompt: str, ask, say=print, *, required: bool, min_len: int = 2) -> str:
    while True:
        s = ask(prompt).strip()
        if (not s and not required) or len(s) >= min_len:
            return s
        say(f"  Wajib diisi, minimal {min_len} huruf. / Required, at least {min_len} letters.")


def ask_missing(values: dict, image_sources: list, ask=input, say=print) -> None:
    """Ask for every essential not given as an option (only in an interactive terminal)."""
    say("Motif baru / New motif. Tekan Enter untuk melewati yang tidak wajib. / Press Enter to skip optional ones.\n")
    if not values.get("name"):
        values["name"] = _text("Nama motif / Motif name: ", ask, say, required=True)
    say(f"  Kode / id: {make_id(values['name'])}")
    if not values.get("themes"):
        values["themes"] = _pick("Tema / Themes:", "theme", ask, say, multiple=True)
    if not values.get("meaning"):
        values["meaning"] = _text("Makna motif, satu paragraf / Meaning, one paragraph: ", ask, say, required=True, min_len=10)
    if not image_sources:
        path = _text("Berkas foto (Enter bila belum ada) / Photo file (Enter if none yet): ", ask, say, required=False)
        if path:
            image_sources.append(Path(path).expanduser())
            alt = _text("Apa yang terlihat di foto? / What does the photo show? ", ask, say, required=True, min_len=5)
            credit = _text("Siapa yang memotret? / Who took the photo? ", ask, say, required=True)
            values.setdefault("images", []).append(Image(file=Path(path).name, alt=alt, credit=credit))
    if values.get("images") and not values.get("photo_licence_given"):
        values["photo_licence"] = _pick("Lisensi foto / Photo licence:", "licence", ask, say, multiple=False,
                                        default=DEFAULT_PHOTO_LICENCE)[0]
    if not values.get("text_licence_given"):
        values["text_licence"] = _pick("Lisensi teks / Text licence:", "licence", ask, say, multiple=False,
                                       default=DEFAULT_TEXT_LICENCE)[0]
    if not values.get("consent_given"):
        say("Lisensi CC tidak bisa ditarik kembali. / CC licences cannot be revoked.")
        yes = ask("Apakah pembuat sudah setuju motif, foto dan teks ini diterbitkan? (y/t) / "
                  "Has the maker agreed to publish this motif, photo and text? (y/n): ").strip().lower()
        values["consent_given"] = yes in ("y", "ya", "yes", "iya")
        if values["consent_given"] and not values.get("consent_by"):
            values["consent_by"] = _text("Nama yang memberi persetujuan / Name of who agreed: ", ask, say, required=True)


def values_from_args(args) -> tuple[dict, list]:
    themes = [check_choice(t, enum_values("theme"), "Tema", "Theme") for t in args.theme or []]
    lic_values = enum_values("licence")
    photo_lic = check_choice(args.licence, lic_values, "Lisensi", "Licence") if args.licence else None
    text_lic = check_choice(args.text_licence, lic_values, "Lisensi", "Licence") if args.text_licence else None
    kind = check_choice(args.image_kind, enum_values("image.kind"), "Jenis gambar", "Image kind")
    alts = args.alt or []
    images = [Image(file=Path(p).name, alt=alts[i] if i < len(alts) else "", credit=args.credit or "", kind=kind)
              for i, p in enumerate(args.image or [])]
    values = {
        "name": args.name, "other_names": args.other_name or [], "themes": themes,
        "meaning": args.meaning, "meaning_en": args.meaning_en, "local_wisdom": args.local_wisdom,
        "story": args.story, "makers": args.maker or [], "images": images,
        "photo_licence": photo_lic, "photo_licence_given": bool(photo_lic),
        "text_licence": text_lic, "text_licence_given": bool(text_lic),
        "consent_given": bool(args.consent), "consent_by": args.consent_by, "date": args.date,
    }
    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise ScaffoldError(f"Tanggal '{args.date}' salah. Tulis TTTT-BB-HH, misalnya 2026-11-28.",
                                f"Date '{args.date}' is wrong. Write YYYY-MM-DD, e.g. 2026-11-28.")
    return values, list(args.image or [])


def add(sub) -> None:
    p = sub.add_parser("new", help="mulai motif baru dari templat / start a new motif from the template")
    p.add_argument("--name", help="nama motif / motif name")
    p.add_argument("--other-name", action="append", help="nama lain (boleh berulang) / other name (repeatable)")
    p.add_argument("--theme", action="append", help="tema (boleh berulang): " + ", ".join(enum_values("theme")))
    p.add_argument("--meaning", help="makna (Indonesia) / meaning (Indonesian)")
    p.add_argument("--meaning-en", help="makna (Inggris) / meaning (English)")
    p.add_argument("--local-wisdom", help="kearifan lokal / local wisdom")
    p.add_argument("--story", help="cerita / story")
    p.add_argument("--maker", action="append", help="kode pembuat di data/makers/ (boleh berulang) / maker id")
    p.add_argument("--image", action="append", help="berkas foto (disalin ke folder motif) / photo file (copied in)")
    p.add_argument("--alt", action="append", help="apa yang terlihat di foto, satu per --image / alt text per --image")
    p.add_argument("--credit", help="pemotret / photographer")
    p.add_argument("--image-kind", default="cloth", help="jenis gambar: " + ", ".join(enum_values("image.kind")))
    p.add_argument("--licence", help="lisensi foto / photo licence: " + ", ".join(enum_values("licence")))
    p.add_argument("--text-licence", help="lisensi teks / text licence")
    p.add_argument("--consent", action="store_true", help="pembuat sudah setuju diterbitkan / the maker agreed")
    p.add_argument("--consent-by", help="nama yang memberi persetujuan / who agreed")
    p.add_argument("--date", help="tanggal TTTT-BB-HH (bawaan: hari ini) / date (default: today)")
    p.add_argument("--no-input", action="store_true", help="jangan bertanya / never ask")
    p.set_defaults(func=run)


def run(args) -> int:
    arc = Archive.here(args.root)
    try:
        values, sources = values_from_args(args)
        if sys.stdin.isatty() and not args.no_input:
            ask_missing(values, sources)
        folder = create(arc, values, sources)
    except ScaffoldError as e:
        print(f"KESALAHAN/ERROR: {e.id} | EN: {e.en}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        print("\nDibatalkan, tidak ada berkas dibuat. / Cancelled, no file written.", file=sys.stderr)
        return 130
    rel = arc.rel(folder)
    print(f"Dibuat / Created: {rel}/motif.yml")
    for im in values.get("images", []):
        if not (folder / im.file).is_file():
            print(f"  Letakkan fotonya di / Put the photo at: {rel}/{im.file}")
    print(f"Langkah berikut: lengkapi {rel}/motif.yml (isian yang kosong), lalu jalankan 'arsip check'.\n"
          f"Next: complete {rel}/motif.yml (the empty fields), then run 'arsip check'.")
    return 0
