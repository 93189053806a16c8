"""The motif page: the object and its story, facts, makers, related motifs, rights, sources.

The facts list loops over the field table (records/crosswalk.py): a field shows on the
page, links to the filtered catalogue, or feeds a facet because its row says so.
"""

from __future__ import annotations

from urllib.parse import quote

from markupsafe import Markup

from ..core import prose, urls
from ..core.i18n import t, tr
from ..images import picture
from ..records import crosswalk, schema
from . import facets, kit, map as mapmod, metadata, sharebox, storefront
from .schools import links_box
from .writer import HERO_SIZES, PageWriter

# Story sections, in page order: (field, anchor). "depicts" is a list, drawn below.
SECTIONS = (("meaning", "makna"), ("local_wisdom", "kearifan-lokal"), ("story", "cerita"),
            ("depicts", "benda"), ("stylisation", "stilasi"))


def chips(pw: PageWriter, m: dict, md: str) -> list[dict]:
    st = m["status"]
    label = pw.enum("status", "kind", st["kind"])
    if st.get("set"):
        label += f" · {pw.enum('status', 'set', st['set'])}"
        if st.get("set_year"):
            label += f" ({st['set_year']})"
    out = [{"label": label, "href": pw.catalogue_link(md, status=st["kind"])}]
    if st.get("registration", {}).get("registered"):
        out.append({"label": pw.enum("status", "kind", "registered"),
                    "href": pw.catalogue_link(md, status="registered")})
    for th in m["themes"]:
        out.append({"label": pw.enum("theme", None, th), "href": pw.catalogue_link(md, theme=th)})
    return out


def hero(pw: PageWriter, m: dict, md: str) -> dict | None:
    sets = pw.images.get(m["id"], [])
    if not sets or sets[0] is None:
        return None
    im = m["images"][0]
    return {
        "picture": picture(sets[0], pw.img_base(md), tr(im["alt"], pw.lang).text, HERO_SIZES, eager=True,
                           cls="arsip-zoomable", max_width=1280, zoom=True),
        "caption": im.get("caption"), "credit": im["credit"], "kind": im["kind"],
        "licence": pw.licence(im["licence"]), "licence_url": schema.licence_url(im["licence"]),
        "thumb": pw.thumb_path(m),  # for search results
    }


def sections(pw: PageWriter, m: dict, md: str) -> list[dict]:
    lang, out = pw.lang, []
    for key, anchor in SECTIONS:
        if key == "depicts":
            if not m.get("depicts"):
                continue
            items = []
            for d in m["depicts"]:
                href = pw.catalogue_link(md, object=facets.object_key(d["object"]))
                items.append(Markup('<li><a href="{}"><strong>{}</strong></a>{}</li>').format(
                    href, tr(d["object"], lang).text,
                    Markup(": ") + pw.text_html(d["stands_for"]) if d.get("stands_for") else ""))
            out.append({"title": t("depicted", lang), "anchor": anchor,
                        "html": Markup('<ul class="arsip-depicts">') + Markup("").join(items) + Markup("</ul>")})
        elif m.get(key):
            out.append({"title": schema.field_title("motif", key, lang), "anchor": anchor,
                        "html": pw.text_html(m[key])})
    return out


def _links(pw, m, md, row):
    """Every value of an enum list, each linking to the catalogue filtered by it."""
    values = row.data(m, pw.data_env)
    if not values:
        return None
    defname = row.field.rstrip("s")  # themes -> theme, techniques -> technique
    return Markup(", ").join(Markup('<a href="{}">{}</a>').format(
        pw.catalogue_link(md, **{row.facet: v}), pw.enum(defname, None, v)) for v in values)


def _colours(pw, m, md, row):
    if not m.get("colours"):
        return None
    out = []
    for c in m["colours"]:
        sw = Markup('<span class="arsip-swatch" style="background:{}"></span>').format(c["hex"]) if c.get("hex") else ""
        out.append(Markup('<a href="{}">{}{}</a>').format(
            pw.catalogue_link(md, **{row.facet: facets.colour_key(c)}), sw, tr(c["name"], pw.lang).text))
    return Markup(", ").join(out)


def _year(pw, m, md, row):
    if not m.get("year"):
        return None
    y = Markup('<a href="{}">{}</a>').format(pw.catalogue_link(md, **{row.facet: m["year"]}), m["year"])
    if m.get("year_note"):
        y += Markup('<div class="arsip-muted">{}</div>').format(pw.text_html(m["year_note"]))
    return y


def _makers(pw, m, md, row):
    if not m.get("makers"):
        return None
    return Markup(", ").join(Markup('<a href="{}">{}</a>').format(
        pw.catalogue_link(md, **{row.facet: mid}), pw.col.makers[mid]["name"])
        for mid in m["makers"] if mid in pw.col.makers)


def _designer(pw, m, md, row):
    des = m.get("designer") or {}
    out = Markup("{}").format(des.get("name") or t("unknown", pw.lang))
    if des.get("note"):
        out += Markup('<div class="arsip-muted">{}</div>').format(pw.text_html(des["note"]))
    return out


def _registration(pw, m, md, row):
    """What is registered, by whom, when, under which number, and according to which source;
    each part not yet known says so."""
    reg = m["status"].get("registration")
    if not (reg and reg.get("registered")):
        return None
    lang, unknown = pw.lang, t("unknown", pw.lang)

    def part(key: str, value) -> Markup:
        node = schema.node_at("motif", ["status", "registration", key]) or {}
        label = node.get("x-title-en") if lang == "en" and node.get("x-title-en") else node.get("title", key)
        return Markup("{}: {}").format(label, value if value not in (None, "") else unknown)

    out = Markup("; ").join(part(k, reg.get(k)) for k in ("name", "holder", "year", "number"))
    for c in pw.citations([reg["source"]] if reg.get("source") else []):
        out += Markup('<div class="arsip-muted">{} <span class="arsip-cite">{}</span></div>').format(
            t("according_to", lang), c["html"])
    if reg.get("note"):
        out += Markup('<div class="arsip-muted">{}</div>').format(pw.text_html(reg["note"]))
    return out


def _places(pw, m, md, row):
    return mapmod.motif_places(pw, m, md)  # a locator map and each place's kecamatan page (issue 20)


# How a field table row (records/crosswalk.py, `fact=`) is shown in "Motif details".
FACTS = {"links": _links, "colours": _colours, "year": _year, "makers": _makers, "designer": _designer,
         "registration": _registration, "places": _places}
FACT_LABELS = {"registration": "ip_registration", "places": "places_label"}  # labels that are not the field's schema title


def facts(pw: PageWriter, m: dict, md: str) -> list[dict]:
    """The "Motif details" list: one entry per field table row that has a `fact`, in table order."""
    out = []
    for row in crosswalk.MOTIF:
        if not row.fact:
            continue
        html = FACTS[row.fact](pw, m, md, row)
        if html is None:
            continue
        key = FACT_LABELS.get(row.fact)
        label = t(key, pw.lang) if key else schema.field_title("motif", row.field.split(".")[0], pw.lang)
        out.append({"label": label, "html": html})
    return out


def consent_label(pw: PageWriter, mk: dict) -> str:
    """The maker's consent state in words, from the maker schema."""
    lab = schema.raw("maker")["$defs"]["consent"]["properties"]["state"]["x-enum-labels"][pw.consent(mk)]
    return lab.get(pw.lang) or lab["id"]


def makers(pw: PageWriter, m: dict, md: str) -> list[dict]:
    out = []
    for mid in m.get("makers", []):
        mk = pw.col.makers[mid]
        out.append({"name": mk["name"], "href": pw.link.href(md, urls.maker(mid)), "place": pw.place(mk),
                    "contact": contact_links(pw, mk, m["name"], short=True),
                    "pending": None if pw.consent(mk) == "given" else consent_label(pw, mk)})
    return out


def contact_links(pw: PageWriter, mk: dict, motif_name: str | None, short: bool = False) -> list[dict]:
    """How to reach a maker, only if they opted in; WhatsApp names the motif."""
    lang = pw.lang
    c = mk.get("contact") or {}
    if not c.get("opt_in"):
        return []
    out = []
    if c.get("whatsapp"):
        msg = (t("whatsapp_msg", lang, motif=motif_name) if motif_name
               else t("whatsapp_maker_msg", lang, maker=mk["name"]))
        out.append({"label": "WhatsApp" if short or not motif_name else t("ask_whatsapp", lang, motif=motif_name),
                    "href": f"https://wa.me/{c['whatsapp']}?text={quote(msg)}", "kind": "whatsapp"})
    if c.get("instagram"):
        out.append({"label": f"Instagram @{c['instagram']}", "href": f"https://www.instagram.com/{c['instagram']}/",
                    "kind": "instagram"})
    for s in c.get("shops", []):
        out.append({"label": s["name"], "href": s["url"], "kind": "shop"})
    return out


def iiif_link(pw: PageWriter, m: dict, md: str) -> str | None:
    """The motif's IIIF manifest, in the drag-and-drop convention (<manifest>?manifest=<its URL>),
    when it has one (outputs/iiif.py writes one per motif with a picture)."""
    if not pw.images.get(m["id"]):
        return None
    path = urls.iiif_manifest(m["id"])
    return f"{pw.link.asset(md, path)}?manifest={pw.pub.asset(path)}"


def write(pw: PageWriter, m: dict) -> None:
    lang, md = pw.lang, urls.motif(m["id"])
    related = [pw.col.motif(r) for r in pw.related_ids().get(m["id"], [])]
    images = [{"kind_label": pw.enum("image", "kind", im["kind"]), "credit": im["credit"],
               "licence": pw.licence(im["licence"])} for im in m["images"]]
    head = metadata.motif_head(m, pw.data_env, lang, pw.cards.motifs[m["id"]])
    pw.write(md, "motif.md.j2", m=m, chips=chips(pw, m, md), hero=hero(pw, m, md), sections=sections(pw, m, md),
             facts=facts(pw, m, md), makers=makers(pw, m, md), related=related, images=images,
             text_licence=pw.licence(m["rights"]["text_licence"]),
             text_licence_url=schema.licence_url(m["rights"]["text_licence"]),
             school=links_box(pw, m, md), share=sharebox.motif_box(pw, m, md), kit=kit.link(pw, m, md),
             buy_href=pw.link.href(md, urls.WHERE_TO_BUY),
             iiif=iiif_link(pw, m, md),
             products=storefront.of_motif(pw, m["id"], md),  # issue 19 storefront
             you_make_href=pw.link.href(md, urls.FOR_MAKERS) + "#" + urls.FOR_MAKERS_CONSENT_ANCHOR,
             front=pw.front(md, m["name"], prose.plain(tr(m["meaning"], lang).text, 160), head=head))


def write_all(pw: PageWriter) -> None:
    for m in pw.col.motifs:
        write(pw, m)
