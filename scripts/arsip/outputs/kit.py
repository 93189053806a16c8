"""The promotion kit of every motif: pictures ready to post, the caption, story cards.

Makers are told to use social media as their shop window; the archive gives them the
motif's story in the sizes the apps use (sharecards.formats), drawn from the record by
sharecards.posts, the caption of pages.caption and the A6 story cards of storycards. The
site stores no ZIP of a kit (it would double the kit's bytes on a static host): the kit
page's button puts one together in the browser from these files (docs/assets/arsip-zip.js,
its size from zip_size()). Everything is cached in .cache/kit/ by a hash of what it shows, so an
unchanged motif's kit is not redrawn and the same input gives the same bytes.

Planned before the pages (the kit page lists every file with its size, as the page heads
point at the share cards); the "kit" step only places the files into the site.

The offline copy carries no kit: its motif pages link to the kit pages on the web. The
kits are about 1.5 MB of files per motif and would make the offline ZIP much heavier for
schools that download it on weak connections; posting a kit needs the internet anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..core import identity, prose, urls
from ..core.files import place
from ..core.i18n import pick, t
from ..core.urls import Published
from ..pages.caption import caption_limits, caption_text, first_line, kit_makers, rights_line
from . import storycards
from .sharecards import posts
from .sharecards.fonts import font_hash
from .sharecards.layout import encode

VERSION = "2"  # 2: quality KIT_QUALITY
# Drawings with flat colours and text: compared at 100 % and at 300 %, a 4:2:0 JPEG of quality
# 66 shows no loss next to 86 (text on cream and on the dark badge stays crisp, the luminance
# carries every edge, so 4:4:4 buys nothing visible for 20 % more bytes); Instagram
# re-encodes uploads anyway. A kit's files fall from 2.95 MB to 1.95 MB (median).
KIT_QUALITY = 66
MAX_BYTES = 800_000  # each picture; Instagram's API takes 8 MB, phones on slow data thank us
PREVIEW_W = 360
PHOTO_KINDS = ("cloth", "detail")  # pictures of real cloth: no "illustration" badge
CAPTION_FILE, CARD_FILE, TEXT_FREE = "caption.txt", "kartu-cerita-A6.pdf", "foto-1x1.jpg"


@dataclass(frozen=True)
class KitFile:
    name: str  # inside the kit: "post-4x5.jpg", "carousel/01.jpg", "caption.txt", …
    what: dict  # {"id": ..., "en": ...} what it is, for the kit page
    site_path: str
    cache: Path
    size: int
    preview: str | None = None  # site path of the small preview picture
    preview_cache: Path | None = None


@dataclass(frozen=True)
class Kit:
    mid: str
    files: tuple[KitFile, ...]  # pictures, caption, story cards
    caption: dict  # lang -> caption text

    @property
    def folder(self) -> str:
        """The folder inside the kit's ZIP and the ZIP's name without ".zip": kit-<motif>."""
        return f"kit-{self.mid}"

    def zip_size(self) -> int:
        """Bytes of the STORE-method ZIP arsip-zip.js makes: a 30-byte local and a 46-byte
        central header per file (each with its name), the data, the 22-byte end record."""
        names = sum(len(f"{self.folder}/{f.name}".encode()) for f in self.files)
        return sum(f.size for f in self.files) + len(self.files) * (30 + 46) + 2 * names + 22


def _key(spec) -> str:
    """The cache key of a drawn file: its spec and the archive's identity (its words are drawn)."""
    return hashlib.sha256(json.dumps([spec, identity.key()], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def _store(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def print_url(pub: Published, mid: str) -> str:
    """The short web address (QR codes and printed text), also in an offline build."""
    return Published(pub.site_url, True).short(mid)


def post_text(m: dict, pub: Published, makers: dict | None) -> posts.PostText:
    """Every word the kit's pictures show, chosen from the record and core/i18n.py."""
    short = print_url(pub, m["id"])
    address = short.split("://", 1)[-1].rstrip("/")
    im = (m.get("images") or [{}])[0]

    def paras(field, lang):
        text = prose.plain(pick(m.get(field), lang))
        return (text,) if text else ()

    def objects(lang):
        out = []
        for d in m.get("depicts") or []:
            obj, stands = pick(d.get("object"), lang), prose.plain(pick(d.get("stands_for"), lang))
            out.append(f"{obj[:1].upper()}{obj[1:]}: {stands}" if obj else stands)
        return tuple(out) + paras("stylisation", lang)

    named = kit_makers(m, makers)
    buy = [t("kit_where_makers", "both")] + [", ".join(p for p in (mk["name"], mk.get("village"),
                                                                   f"Kec. {mk['district']}" if mk.get("district") else "")
                                                       if p) for mk in named]
    if not named:
        buy = [t("kit_order_none", "id"), t("kit_order_none", "en")]
    return posts.PostText(
        name=m["name"], brand=t("kit_brand", "id"), meaning=first_line(m, "id").split(": ", 1)[-1],
        address=address, story=t("kit_story", "id", url=address),
        rights=(rights_line(m, "id"), rights_line(m, "en")),
        badge=None if im.get("kind") in PHOTO_KINDS else t("kit_badge", "both"), swipe=t("kit_swipe", "both") + " →",
        slides=((t("kit_h_meaning", "both"), paras("meaning", "id"), paras("meaning", "en")),
                (t("kit_slide_object", "both"), objects("id"), objects("en")),
                (t("kit_h_wisdom", "both"), paras("local_wisdom", "id"), paras("local_wisdom", "en"))),
        buy=(t("kit_where", "both"), tuple(buy)), qr_url=short)


def _code(name: str) -> str:
    """The word key of a kit picture: "post-4x5.jpg" -> "post-4x5", "carousel/02.jpg" -> "carousel:2"."""
    return f"carousel:{int(name[9:11])}" if name.startswith("carousel/") else name.rsplit(".", 1)[0]


def _what(code: str) -> dict:
    key, _, n = code.partition(":")
    return {lang: t(f"kit_f_{key}", lang, **({"n": int(n)} if n else {})) for lang in ("id", "en")}


def _preview(full: Path, cache: Path) -> Path:
    out = cache / f"{full.stem}-p{PREVIEW_W}q{KIT_QUALITY}.jpg"
    if not out.is_file():
        with Image.open(full) as im:
            small = im.convert("RGB").resize((PREVIEW_W, round(im.height * PREVIEW_W / im.width)), Image.Resampling.LANCZOS)
        _store(out, encode(small, 60_000, KIT_QUALITY))
    return out


def motif_kit(cache: Path, m: dict, source: Path | None, source_key: str | None, pub: Published,
              makers: dict | None, counts: dict) -> Kit:
    """One motif's kit, drawn now unless cached; `counts` gains "drawn" and "cached"."""
    mid, text = m["id"], post_text(m, pub, makers)
    base = {"v": VERSION, "fonts": font_hash(), "text": text.spec(), "picture": source_key}
    files = []
    for name, draw in posts.drawers(source, text).items():
        text_free = name == TEXT_FREE  # depends on the picture alone
        out = cache / f"{_key({**(base if not text_free else {'v': VERSION, 'picture': source_key}), 'file': name})}.jpg"
        if out.is_file():
            counts["cached"] = counts.get("cached", 0) + 1
        else:
            counts["drawn"] = counts.get("drawn", 0) + 1
            _store(out, encode(draw().im, MAX_BYTES, KIT_QUALITY))
        p = _preview(out, cache)
        files.append(KitFile(name, _what(_code(name)), urls.kit_file(mid, name), out, out.stat().st_size,
                             urls.kit_preview(mid, name), p))
    captions = {lang: caption_text(m, lang, pub, makers) for lang in ("id", "en")}
    problems = caption_limits(captions["id"])
    if problems:  # a record the caption cannot hold: say which and why, do not publish a broken one
        raise ValueError(f"motif {mid}: caption breaks the limits: {'; '.join(problems)}")
    data = (captions["id"] + "\n").encode("utf-8")
    cap = cache / f"{_key(captions['id'])}.txt"
    if not cap.is_file():
        _store(cap, data)
    files.append(KitFile(CAPTION_FILE, _what("caption"), urls.kit_file(mid, CAPTION_FILE), cap, len(data)))
    photo = next(f for f in files if f.name == TEXT_FREE)
    spec = storycards.spec(m, source_key or "", text.badge, f"{text.rights[0]} · {text.rights[1]}", text.qr_url)
    pdf = storycards.make(spec, photo.cache, cache)
    files.append(KitFile(CARD_FILE, _what("card"), urls.kit_file(mid, CARD_FILE), pdf, pdf.stat().st_size,
                         photo.preview, photo.preview_cache))
    return Kit(mid, tuple(files), captions)


def plan(cache: Path, col, images: dict, pub: Published, stats: dict | None = None) -> dict[str, Kit]:
    """Every motif's kit (motif id -> Kit)."""
    counts: dict = {}
    kits = {}
    for m in col.motifs:
        sets = images.get(m["id"])
        src = (col.folders[m["id"]] / m["images"][0]["file"], sets[0].key) if sets and m.get("images") else (None, None)
        kits[m["id"]] = motif_kit(cache, m, src[0], src[1], pub, col.makers, counts)
    if stats is not None:
        stats["kit"] = {"drawn": counts.get("drawn", 0), "cached": counts.get("cached", 0)}
    return kits


def publish(ctx) -> None:
    """The kit step: place every kit file (and its preview) into the site."""
    n = 0
    for k in ctx.cards.kits.values():  # empty in the offline copy (see above)
        for f in k.files:
            place(f.cache, ctx.staging / f.site_path)
            if f.preview:
                place(f.preview_cache, ctx.staging / f.preview, replace=False)
            n += 1
    ctx.stats.setdefault("kit", {})["files"] = n
