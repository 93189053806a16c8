"""The "Usulkan motif baru" issue form, and turning a filled-in form into a motif folder.

A pendamping (teacher, Dekranasda officer) can fill a GitHub issue form from a phone
browser and attach photos; a workflow then runs `arsip from-issue` on the issue body and
opens a pull request. The form and the parser are made from the same field list below,
whose labels and choices come from the schemas, so they cannot drift apart:
`arsip issue-form` writes .github/ISSUE_TEMPLATE/usulkan-motif.yml from it (a test checks
the committed file is up to date).

GitHub renders a submitted form as "### Label" sections followed by the answer, with
"_No response_" for empty answers and "- [X] label" for ticked boxes. The parser accepts
what phones and hand edits make of that: Windows newlines, stray spaces, headings typed
inside an answer. It never downloads anything: photo addresses go to images.txt, and the
workflow downloads them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify

from ..core import identity
from ..core.paths import Archive
from ..records import registry, schema
from ..records.yamlout import clean_text
from . import new as scaffold

FORM_FILE = ".github/ISSUE_TEMPLATE/usulkan-motif.yml"
LABEL = "usulan-motif"
NO_ANSWER = {"", "_no response_", "none", "tidak ada", "-"}
ATTACHMENT_HOSTS = re.compile(
    r"^https://(github\.com/user-attachments/(assets|files)/|github\.com/[\w.-]+/[\w.-]+/assets/|"
    r"(private-)?user-images\.githubusercontent\.com/|objects\.githubusercontent\.com/)")


def _title(kind: str, path: list) -> tuple[str, str]:
    node = schema.node_at(kind, path) or {}
    return node.get("title", path[-1]), node.get("x-title-en", path[-1])


def _lab(kind: str, path: list, extra_id: str = "", extra_en: str = "") -> str:
    t_id, t_en = _title(kind, path)
    return f"{t_id}{extra_id} / {t_en}{extra_en}"


def _options(name: str) -> list[str]:
    labels = scaffold.enum_labels(name)
    return [labels[v]["id"] for v in scaffold.enum_values(name)]


CONSENTS = [
    "Pembuat motif (atau pemilik foto dan teks) sudah setuju motif, foto dan teks ini diterbitkan di arsip. "
    "/ The maker (or owner of the photos and text) agrees to publish them in the archive.",
    "Saya paham lisensi Creative Commons tidak bisa ditarik kembali setelah terbit. "
    "/ I understand a Creative Commons licence cannot be withdrawn once published.",
    "Foto tidak memperlihatkan wajah orang yang belum memberi izin, dan tidak memperlihatkan anak-anak. "
    "/ The photos show no one who has not agreed, and no children.",
]


def fields() -> list[dict]:
    """The form's fields: id, type, label, help text, choices, required. Labels come from the schemas."""
    lic = _options("licence")
    return [
        {"id": "nama", "type": "input", "label": _lab("motif", ["name"]), "required": True,
         "description": "Nama yang paling sering dipakai, misalnya Sekar Jati. / The most common name."},
        {"id": "nama_lain", "type": "input", "label": _lab("motif", ["other_names"]),
         "description": "Pisahkan dengan koma. / Separate with commas."},
        {"id": "tema", "type": "dropdown", "multiple": True, "label": _lab("motif", ["themes"]), "required": True,
         "options": _options("theme"), "description": "Boleh memilih lebih dari satu. / You may choose more than one."},
        {"id": "benda", "type": "textarea", "label": _lab("motif", ["depicts"]),
         "description": "Satu benda per baris: benda, titik dua, apa yang dilambangkannya. / One object per line: "
                        "object, colon, what it stands for.",
         "placeholder": identity.fill("daun jati: kekayaan hutan jati {region}\nbunga jati: harapan warga")},
        {"id": "makna", "type": "textarea", "label": _lab("motif", ["meaning"]), "required": True,
         "description": schema.node_at("motif", ["meaning"])["description"]},
        {"id": "kearifan", "type": "textarea", "label": _lab("motif", ["local_wisdom"]),
         "description": schema.node_at("motif", ["local_wisdom"])["description"]},
        {"id": "cerita", "type": "textarea", "label": _lab("motif", ["story"]),
         "description": schema.node_at("motif", ["story"])["description"]},
        {"id": "teknik", "type": "dropdown", "multiple": True, "label": _lab("motif", ["techniques"]),
         "options": _options("technique")},
        {"id": "perancang", "type": "input", "label": _lab("motif", ["designer"]),
         "description": "Siapa yang merancang motif, bila diketahui. / Who designed it, if known."},
        {"id": "tahun", "type": "input", "label": _lab("motif", ["year"]), "placeholder": "2024"},
        {"id": "pembuat", "type": "input", "label": _lab("motif", ["makers"], " (perajin, sanggar atau IKM)",
                                                             " (artisan, workshop or business)"),
         "description": "Nama pembuat batik. Bila belum ada di arsip, catatan pembuat baru dibuat. / "
                        "The batik maker's name. If not yet in the archive, a new maker record is made."},
        {"id": "desa", "type": "input", "label": _lab("maker", ["village"])},
        {"id": "kecamatan", "type": "input", "label": _lab("maker", ["district"]),
         "description": "Situs hanya menampilkan desa dan kecamatan, bukan alamat rumah. / "
                        "The site shows only the village and district, never a home address."},
        {"id": "kontak", "type": "dropdown", "label": _lab("maker", ["contact", "opt_in"]),
         "options": ["Tidak / No", "Ya / Yes"],
         "description": "Pilih Ya hanya bila pembuat sendiri setuju nomornya tampil di situs. / "
                        "Choose Yes only if the maker agrees to show the number on the site."},
        {"id": "whatsapp", "type": "input", "label": _lab("maker", ["contact", "whatsapp"]),
         "description": "Hanya bila memilih Ya di atas. Ingat: isi formulir ini juga terlihat publik di GitHub. / "
                        "Only if you chose Yes above. Remember: this form is also public on GitHub."},
        {"id": "foto", "type": "textarea", "label": "Foto / Photos", "required": True,
         "description": "Seret atau tempel foto ke sini (ketuk kotak ini, lalu lampirkan berkas). Foto pertama: "
                        "seluruh kain di tempat terang; berikutnya: detail motif. Tanpa orang di foto. / "
                        "Drag or paste photos here. First photo: the whole cloth in good light; then details."},
        {"id": "keterangan_foto", "type": "textarea", "label": "Keterangan foto / Photo descriptions",
         "description": "Satu baris per foto, urut sama: apa yang terlihat. / One line per photo, same order: "
                        "what it shows.",
         "placeholder": "Kain batik cokelat bermotif daun jati, terbentang utuh\nDetail bunga jati berwarna emas"},
        {"id": "fotografer", "type": "input", "label": _lab("motif", ["images", 0, "credit"]), "required": True},
        {"id": "lisensi_foto", "type": "dropdown", "label": _lab("motif", ["images", 0, "licence"]), "required": True,
         "options": lic, "default": scaffold.enum_values("licence").index(scaffold.DEFAULT_PHOTO_LICENCE),
         "description": "Bila ragu, pilih yang pertama: orang lain boleh berbagi foto dengan menyebut nama, tetapi "
                        "tidak menjual atau mengubahnya. / If unsure, keep the first one."},
        {"id": "lisensi_teks", "type": "dropdown", "label": _lab("motif", ["rights", "text_licence"]), "required": True,
         "options": lic, "default": scaffold.enum_values("licence").index(scaffold.DEFAULT_TEXT_LICENCE)},
        {"id": "sumber", "type": "textarea", "label": _lab("motif", ["sources"], " (boleh kosong)", " (optional)"),
         "description": "Berita, buku atau situs lain tentang motif ini, satu per baris. / Other articles, books "
                        "or sites about this motif, one per line."},
        {"id": "persetujuan_oleh", "type": "input", "label": "Nama yang memberi persetujuan / Name of who gave consent",
         "required": True,
         "description": schema.node_at("motif", ["consent", "by"])["description"]},
        {"id": "persetujuan", "type": "checkboxes", "label": _lab("motif", ["consent"]), "required": True,
         "options": CONSENTS},
    ]


# {region}: the archive's region (data/arsip.yml), filled by form().
INTRO = """\
**Usulkan motif batik {region} untuk arsip.** Isi sebanyak yang Anda tahu; hanya isian bertanda
bintang (*) yang wajib. Pengelola arsip akan memeriksa usulan ini dan menerbitkannya. Panduan
lengkap (foto, lisensi, peran pendamping, cara menarik kembali): halaman Kontribusi di situs arsip.

*Suggest a {region} batik motif for the archive. Fill in what you know; only starred fields are
required. See the Contribute pages of the archive site for the full guide.*
"""


def form() -> dict:
    body: list[dict] = [{"type": "markdown", "attributes": {"value": identity.fill(INTRO)}}]
    for f in fields():
        attrs = {"label": f["label"]}
        for k in ("description", "placeholder", "options", "multiple", "default"):
            if k in f:
                attrs[k] = f[k]
        if f["type"] == "checkboxes":
            attrs["options"] = [{"label": o, "required": True} for o in f["options"]]
        item = {"type": f["type"], "id": f["id"], "attributes": attrs}
        if f.get("required") and f["type"] != "checkboxes":
            item["validations"] = {"required": True}
        body.append(item)
    return {"name": "Usulkan motif baru", "description": identity.fill(
            "Usulkan motif batik {region} untuk arsip (bisa dari ponsel). / Suggest a {region} batik motif (works on a phone)."), "title": "[Motif]: ", "labels": [LABEL],
            "body": body}


class _FormDumper(yaml.SafeDumper):
    """Multi-line text as readable `|` blocks."""


_FormDumper.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None))


def form_yaml() -> str:
    head = ("# Formulir issue GitHub \"Usulkan motif baru\". JANGAN disunting langsung: dibuat oleh\n"
            "# `arsip issue-form` dari skema (scripts/arsip/cli/from_issue.py). Do not edit: generated.\n")
    return head + yaml.dump(form(), Dumper=_FormDumper, allow_unicode=True, sort_keys=False, width=100)


# -- parsing ---------------------------------------------------------------------------------

def _norm(s: str) -> str:
    return " ".join(s.replace("*", "").split()).casefold()


def parse_body(text: str) -> dict[str, str]:
    """Answers by field id. Unknown '###' headings (typed inside an answer) stay part of the answer."""
    by_label = {_norm(f["label"]): f["id"] for f in fields()}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: dict[str, list[str]] = {}
    current = None
    for line in text.split("\n"):
        m = re.match(r"^\s{0,3}#{3}\s*(.*?)\s*#*\s*$", line)
        if m and _norm(m.group(1)) in by_label:
            current = by_label[_norm(m.group(1))]
            out[current] = []
            continue
        if current is not None:
            out[current].append(line)
    one_line = {f["id"] for f in fields() if f["type"] in ("input", "dropdown")}
    answers = {}
    for k, lines in out.items():
        v = clean_text("\n".join(lines))
        if k in one_line:
            v = " ".join(v.split())  # phones add double and trailing spaces
        answers[k] = "" if v.casefold() in NO_ANSWER else v
    return answers


def _pick_labels(answer: str, name: str) -> list[str]:
    """Values of a multiple-choice answer, found by label (labels may contain commas) or by code."""
    labels, found = scaffold.enum_labels(name), []
    low = answer.casefold()
    for value in scaffold.enum_values(name):
        lab = labels[value]["id"].casefold()
        if lab in low or re.search(rf"(^|[\s,]){re.escape(value)}($|[\s,])", low):
            found.append((low.find(lab) if lab in low else low.find(value), value))
    return [v for _, v in sorted(found)]


def _licence(answer: str) -> str:
    for value in scaffold.enum_values("licence"):
        if _norm(answer) in (_norm(scaffold.enum_labels("licence")[value]["id"]), value.casefold()):
            return value
    picked = _pick_labels(answer, "licence")
    return picked[0] if len(picked) == 1 else answer.strip()


def photo_urls(answer: str) -> tuple[list[str], list[str]]:
    """(attachment URLs in order, other URLs that will not be downloaded)."""
    urls = re.findall(r"!\[[^\]]*\]\((\S+?)\)|<img\s[^>]*?src=[\"']([^\"']+)[\"']|(?<![(\"'])(https://\S+)", answer)
    ok, other = [], []
    for groups in urls:
        u = next(g for g in groups if g).rstrip(").,>")
        (ok if ATTACHMENT_HOSTS.match(u) else other).append(u)
    return list(dict.fromkeys(ok)), list(dict.fromkeys(other))


def _whatsapp(s: str) -> str:
    digits = re.sub(r"\D", "", s)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return digits


def _checked(answer: str) -> list[bool]:
    ticks = {_norm(m.group(2)): m.group(1).strip().lower() == "x"
             for m in re.finditer(r"^\s*[-*]\s*\[([ xX]?)\]\s*(.+)$", answer, re.M)}
    return [ticks.get(_norm(c), False) for c in CONSENTS]


@dataclass
class Proposal:
    values: dict
    urls: list[str]
    ignored_urls: list[str]
    maker_id: str | None = None
    maker: dict | None = None  # a new maker record, when the maker is not in the archive yet
    notes: list[str] = field(default_factory=list)


def _find_maker(arc: Archive, name: str) -> str | None:
    key = slugify(name)
    if (arc.makers / f"{key}.yml").is_file():
        return key
    for p in sorted(arc.makers.glob("*.yml")) if arc.makers.is_dir() else []:
        try:
            data = yaml.safe_load(p.read_text("utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError, OSError):
            continue
        if isinstance(data, dict) and slugify(str(data.get("name", ""))) == key:
            return p.stem
    return None


def to_proposal(arc: Archive, a: dict, *, number: int | None = None, author: str | None = None,
                date: str | None = None) -> Proposal:
    date = date or dt.date.today().isoformat()
    via = f"issue #{number}" if number else "formulir GitHub"
    urls, ignored = photo_urls(a.get("foto", ""))
    descs = [d.strip(" -*\t") for d in a.get("keterangan_foto", "").split("\n") if d.strip(" -*\t")]
    name = a.get("nama", "")
    credit = a.get("fotografer", "")
    lic = _licence(a.get("lisensi_foto", "")) if a.get("lisensi_foto") else scaffold.DEFAULT_PHOTO_LICENCE
    images = []
    for i, _ in enumerate(urls, 1):
        alt = descs[i - 1] if i <= len(descs) else (f"Foto kain batik motif {name}" if i == 1
                                                     else f"Foto detail motif {name} ({i})")
        images.append(scaffold.Image(file=f"foto-{i}.jpg", alt=alt, credit=credit, kind="cloth" if i == 1 else "detail",
                                     licence=lic))
    depicts = []
    for line in a.get("benda", "").split("\n"):
        line = line.strip(" -*\t")
        if line:
            obj, _, stands = line.partition(":")
            depicts.append({"object": obj.strip(), "stands_for": stands.strip()})
    year = a.get("tahun", "")
    consent_by = a.get("persetujuan_oleh", "")
    sources = [scaffold.default_source({"consent_by": consent_by, "date": date}, via)]
    for line in a.get("sumber", "").split("\n"):
        line = line.strip(" -*\t")
        if not line:
            continue
        m = re.search(r"https?://\S+", line)
        title = (line[: m.start()] + line[m.end():]).strip(" -–:,") if m else line
        sources.append({"title": title or (m.group(0) if m else line), "url": m.group(0) if m else None,
                        "date": "tanpa tanggal"})
    values = {
        "name": name, "other_names": [n.strip() for n in re.split(r"[,;\n]", a.get("nama_lain", "")) if n.strip()],
        "themes": _pick_labels(a.get("tema", ""), "theme"), "depicts": depicts,
        "meaning": a.get("makna", ""), "local_wisdom": a.get("kearifan", ""), "story": a.get("cerita", ""),
        "techniques": _pick_labels(a.get("teknik", ""), "technique"), "designer": a.get("perancang", ""),
        "year": int(year) if year.isdigit() else None, "images": images,
        "photo_licence": lic,
        "text_licence": _licence(a["lisensi_teks"]) if a.get("lisensi_teks") else scaffold.DEFAULT_TEXT_LICENCE,
        "sources": sources, "consent_given": all(_checked(a.get("persetujuan", ""))), "consent_by": consent_by,
        "consent_note": f"Lewat formulir GitHub ({via}){f' oleh @{author}' if author else ''}.", "date": date,
    }
    p = Proposal(values, urls, ignored)
    if year and not year.isdigit():
        p.notes.append(f"Tahun '{year}' bukan angka; tidak dicatat. / Year '{year}' is not a number; not recorded.")
    maker_name = a.get("pembuat", "")
    if maker_name:
        p.maker_id = _find_maker(arc, maker_name)
        if p.maker_id is None:
            p.maker_id = slugify(maker_name, max_length=60, word_boundary=True)
            opt_in = a.get("kontak", "").casefold().startswith("ya")
            contact = {"opt_in": opt_in}
            if opt_in and a.get("whatsapp"):
                contact["whatsapp"] = _whatsapp(a["whatsapp"])
            elif a.get("whatsapp"):
                p.notes.append("Nomor WhatsApp tidak dicatat karena pembuat tidak memilih 'Ya'. / The WhatsApp number "
                               "was not recorded because the maker did not choose 'Yes'.")
            p.maker = {
                "id": p.maker_id, "name": maker_name, "kind": "artisan",
                **({"village": a["desa"]} if a.get("desa") else {}),
                "district": a.get("kecamatan", ""),
                "about": {"id": f"Pembuat batik motif {name}" + (f" di Desa {a['desa']}" if a.get("desa") else "")
                          + (f", Kecamatan {a['kecamatan']}" if a.get("kecamatan") else "") + "."},
                **({"people": [{"name": consent_by, "role": {"id": "Pembuat", "en": "Maker"}}]} if consent_by else {}),
                "contact": contact,
                "sources": [scaffold.default_source({"consent_by": consent_by, "date": date}, via)],
                # Consent counts only from the maker: the person the form names as agreeing.
                "consent": ({"state": "given", "by": consent_by, "date": date,
                             "how": {"id": f"Kotak persetujuan di formulir GitHub ({via})",
                                     "en": f"Consent boxes of the GitHub form ({via})"}}
                            if values["consent_given"] and consent_by else {"state": "pending"}),
                "added": date,
            }
        values["makers"] = [p.maker_id]
        for im in images:
            im.maker = p.maker_id
    if ignored:
        p.notes.append("Alamat ini bukan lampiran GitHub dan tidak diunduh: " + ", ".join(ignored)
                       + " / These are not GitHub attachments and are not downloaded.")
    if not urls:
        p.notes.append("Tidak ada foto terlampir. Lampirkan foto di issue, lalu jalankan ulang. / No photo attached.")
    return p


def write(arc: Archive, p: Proposal) -> Path:
    """Create the motif folder (motif.yml + images.txt) and, if needed, the maker file."""
    folder = scaffold.create(arc, p.values)
    if p.maker is not None:  # the maker's sources go to the registry too; the record cites them by id
        p.maker["sources"] = [{"id": sid} for sid in registry.register(arc, p.maker["sources"])]
    (folder / "images.txt").write_text("".join(f"{u} {im.file}\n" for u, im in zip(p.urls, p.values["images"])), "utf-8")
    if p.maker is not None:
        path = arc.makers / f"{p.maker['id']}.yml"
        if not path.exists():
            arc.makers.mkdir(parents=True, exist_ok=True)
            path.write_text("# yaml-language-server: $schema=../../scripts/arsip/schemas/maker.schema.json\n"
                            + yaml.safe_dump(p.maker, allow_unicode=True, sort_keys=False, width=100), "utf-8")
    return folder


def cmd_from_issue(args) -> int:
    arc = Archive.here(args.root)
    try:
        text = Path(args.body_file).read_text("utf-8", errors="replace")
    except OSError as e:
        print(f"KESALAHAN/ERROR: Berkas '{args.body_file}' tidak bisa dibaca. | EN: Cannot read '{args.body_file}' ({e}).",
              file=sys.stderr)
        return 1
    answers = parse_body(text)
    if not answers:
        print("KESALAHAN/ERROR: Isi issue bukan formulir 'Usulkan motif baru'. | EN: The issue body is not the "
              "'Usulkan motif baru' form.", file=sys.stderr)
        return 1
    p = to_proposal(arc, answers, number=args.number, author=args.author, date=args.date)
    try:
        folder = write(arc, p)
    except scaffold.ScaffoldError as e:
        print(f"KESALAHAN/ERROR: {e.id} | EN: {e.en}", file=sys.stderr)
        return 1
    rel = arc.rel(folder)
    print(f"Dibuat / Created: {rel}/motif.yml, {rel}/images.txt ({len(p.urls)} foto/photos)")
    if p.maker is not None:
        print(f"Dibuat / Created: data/makers/{p.maker['id']}.yml")
    for n in p.notes:
        print(f"Catatan / Note: {n}")
    out = args.github_output or os.environ.get("GITHUB_OUTPUT")
    if out:
        with open(out, "a", encoding="utf-8") as f:
            f.write(f"motif_id={folder.name}\nfolder={rel}\nname={p.values['name']}\n")
    return 0


def cmd_issue_form(args) -> int:
    arc = Archive.here(args.root)
    path = arc.root / FORM_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(form_yaml(), "utf-8")
    print(f"Ditulis / Written: {FORM_FILE}")
    return 0


def add(sub) -> None:
    f = sub.add_parser("from-issue", help="ubah isi issue formulir menjadi folder motif / issue form body -> motif folder")
    f.add_argument("body_file")
    f.add_argument("--number", type=int, default=None, help="nomor issue / issue number")
    f.add_argument("--author", default=None, help="akun GitHub pengirim / GitHub login of the sender")
    f.add_argument("--date", default=None, help="tanggal TTTT-BB-HH / date YYYY-MM-DD")
    f.add_argument("--github-output", default=None, help="berkas keluaran GitHub Actions / GITHUB_OUTPUT file")
    f.set_defaults(func=cmd_from_issue)
    g = sub.add_parser("issue-form", help=f"tulis ulang {FORM_FILE} dari skema / regenerate the issue form")
    g.set_defaults(func=cmd_issue_form)
