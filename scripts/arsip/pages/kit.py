"""The promotion-kit page of every motif (kit/<motif>/, not in the navigation): a preview and
a download button for every kit file (its size written by the sizes step), the caption with a
copy button, a button that puts the whole kit in one ZIP in the browser (docs/assets/arsip-zip.js:
the site stores no second copy), and the way to the post maker with this motif. The files
themselves are planned by outputs/kit.py before the pages (this module only sees their names,
sizes and addresses, through pw.cards.kits).
"""

from __future__ import annotations

from PIL import Image

from ..core import urls
from ..core.i18n import t
from ..core.urls import Published
from .caption import rights_line
from .writer import PageWriter


def human_size(n: int, lang: str) -> str:
    """"288 KB", "2,8 MB" (Indonesian decimal comma) / "2.8 MB"."""
    if n < 1_000_000:
        return f"{max(1, round(n / 1000))} KB"
    text = f"{n / 1_000_000:.1f} MB"
    return text.replace(".", ",") if lang == "id" else text


def write(pw: PageWriter, m: dict, kit) -> None:
    lang, md, mid = pw.lang, urls.kit(m["id"]), m["id"]
    files = []
    for f in kit.files:
        item = {"what": f.what[lang], "href": pw.link.asset(md, f.site_path), "name": f.name.replace("/", "-"),
                "zip_name": f.name}  # the size: written on every download link by outputs/sizes.py
        if f.preview:
            with Image.open(f.preview_cache) as im:
                item.update(preview=pw.link.asset(md, f.preview), width=im.width, height=im.height,
                            alt=t("kit_preview", lang, what=f.what[lang]))
        files.append(item)
    title = t("kit_title", lang, name=m["name"])
    pw.write(md, "kit.md.j2", m=m, title=title, intro=t("kit_intro", lang), files=files,
             rights=t("kit_rights_note", lang, rights=rights_line(m, lang)),
             zip={"folder": kit.folder, "label": t("kit_zip", lang), "size": human_size(kit.zip_size(), lang),
                  "making": t("kit_zip_making", lang), "failed": t("kit_zip_failed", lang),
                  "script": pw.link.asset(md, pw.link.prefix + "assets/arsip-zip.js")},
             postmaker={"href": pw.link.href(md, urls.POSTMAKER, f"motif={mid}"), "label": t("kit_postmaker", lang),
                        "text": t("kit_postmaker_text", lang)},
             caption=kit.caption[lang], caption_id=f"arsip-caption-{mid}", back=pw.link.href(md, urls.motif(mid)),
             front=pw.front(md, title, t("kit_link_text", lang), search={"exclude": True}))  # the motif page is the hit


def link(pw: PageWriter, m: dict, md: str) -> dict | None:
    """The motif page's "Bahan promosi / Promotion kit" link: to the web kit page from the
    offline copy, which carries no kit; None when no kit was planned."""
    lang = pw.lang
    if not pw.pub.directory_urls:
        href = Published(pw.pub.site_url, True).kit(m["id"], lang)
    elif m["id"] in pw.cards.kits:
        href = pw.link.href(md, urls.kit(m["id"]))
    else:
        return None
    return {"href": href, "label": t("kit_link", lang), "text": t("kit_link_text", lang)}


def write_all(pw: PageWriter) -> None:
    for m in pw.col.motifs:
        kit = pw.cards.kits.get(m["id"])
        if kit:
            write(pw, m, kit)
