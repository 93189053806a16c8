"""The map of the archive's region (peta/), a page per kecamatan, and the small locators of motif and maker pages.

Drawn at build time as inline SVG from the simplified boundary data (records/places.py):
no tile server, no JavaScript, no third-party request, so it works from file:// in the
offline ZIP and prints as vector. Each kecamatan is an <a> named in words (in alphabetical
order, the order of the list beside it, which is the same set of links for keyboards,
screen readers and print). Projection: equirectangular, x = lon·cos(7.2°); over the
regency's latitudes the scale error is 0.1 %. Coordinates are rounded to whole units of
the viewBox and written as relative moves, so the whole regency costs a few KB gzipped.

Markers: a motif's place at its desa's label point (or its kecamatan's); a maker only at
the label point of their village, never finer, and only from the published view of the
maker (records/collection.publish_makers): a maker who withdrew consent is not there at
all, and a field consent does not allow is not there to be drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from markupsafe import Markup

from ..core import urls
from ..core.i18n import pick, t
from ..records import places as placesmod
from ..records.places import Area, Places
from .writer import PageWriter

COS = math.cos(math.radians(7.2))
MAP_W = 800  # viewBox width of the regency map
INSET_W = 600  # kecamatan page
LOCATOR_W = 160  # motif and maker pages


@dataclass(frozen=True)
class Projection:
    lon0: float
    lat0: float
    scale: float
    width: int
    height: int

    @classmethod
    def fit(cls, areas: list[Area], width: int, max_height: int | None = None, pad: int = 4) -> "Projection":
        lons = [x for a in areas for poly in a.polygons for ring in poly for x, _ in ring]
        lats = [y for a in areas for poly in a.polygons for ring in poly for _, y in ring]
        w_deg, h_deg = (max(lons) - min(lons)) * COS, max(lats) - min(lats)
        scale = (width - 2 * pad) / w_deg
        if max_height and h_deg * scale > max_height - 2 * pad:
            scale = (max_height - 2 * pad) / h_deg
        lon0, lat0 = min(lons) - pad / scale / COS, max(lats) + pad / scale
        return cls(lon0, lat0, scale, round(w_deg * scale + 2 * pad), round(h_deg * scale + 2 * pad))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * COS * self.scale, (self.lat0 - lat) * self.scale

    def ixy(self, lon: float, lat: float) -> tuple[int, int]:
        x, y = self.xy(lon, lat)
        return round(x), round(y)

    @property
    def viewbox(self) -> str:
        return f"0 0 {self.width} {self.height}"


def _nums(values) -> str:
    out = []
    for n in values:
        s = str(n)
        if out and not s.startswith("-"):
            out.append(" ")
        out.append(s)
    return "".join(out)


def _dp(pts: list[tuple[int, int]], tol: float) -> list[tuple[int, int]]:
    """Douglas-Peucker on an open line; both ends are kept."""
    keep = {0, len(pts) - 1}
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1.0
        best, idx = 0.0, None
        for i in range(a + 1, b):
            d = abs(dy * (pts[i][0] - x1) - dx * (pts[i][1] - y1)) / norm
            if d > best:
                best, idx = d, i
        if idx is not None and best > tol:
            keep.add(idx)
            stack += [(a, idx), (idx, b)]
    return [pts[i] for i in sorted(keep)]


def _simplify(pts: list[tuple[int, int]], tol: float) -> list[tuple[int, int]]:
    """Douglas-Peucker on a closed ring, cut at the point farthest from its start (small maps)."""
    if tol <= 0 or len(pts) < 5:
        return pts
    far = max(range(len(pts)), key=lambda i: (pts[i][0] - pts[0][0]) ** 2 + (pts[i][1] - pts[0][1]) ** 2)
    return _dp(pts[: far + 1], tol)[:-1] + _dp(pts[far:], tol)


def path_d(area: Area, proj: Projection, tol: float = 0) -> str:
    """SVG path data of an area: integer viewBox units, relative moves, one subpath per ring."""
    out = []
    for poly in area.polygons:
        for ring in poly:
            pts = []
            for lon, lat in ring:
                p = proj.ixy(lon, lat)
                if not pts or p != pts[-1]:
                    pts.append(p)
            pts = _simplify(pts, tol)
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            if len(pts) < 3:
                continue
            rel = [c for (x0, y0), (x1, y1) in zip(pts, pts[1:]) for c in (x1 - x0, y1 - y0)]
            out.append(f"M{_nums(pts[0])}l{_nums(rel)}z")
    return "".join(out)


# -- what is where -------------------------------------------------------------------------
@dataclass
class Marker:
    kind: str  # "motif" | "maker"
    lon: float
    lat: float
    kecamatan: str
    desa: str | None
    names: list[str] = field(default_factory=list)


@dataclass
class Where:
    """Motif places and makers per kecamatan (official names), and the markers to draw."""

    motifs: dict[str, list[tuple[dict, dict, Area | None]]] = field(default_factory=dict)  # kec -> (motif, place, desa)
    makers: dict[str, list[tuple[str, dict, Area | None]]] = field(default_factory=dict)  # kec -> (id, maker, desa)
    markers: list[Marker] = field(default_factory=list)


def maker_place(places: Places, mk: dict) -> tuple[Area | None, Area | None]:
    """(kecamatan, desa) of a published maker: only what the published record says; the desa
    only when its village is there (consent decides which fields are published)."""
    kec = places.find_kecamatan(mk["district"]) if mk.get("district") else None
    desa = places.find_desa(kec.name, mk["village"]) if kec and mk.get("village") else None
    return kec, desa


def where(col) -> Where:
    places, out = col.places, Where()
    spots: dict[tuple, Marker] = {}

    def mark(kind: str, kec: Area, desa: Area | None, name: str) -> None:
        pos = (desa or kec).label
        mk = spots.get((kind, pos))
        if mk is None:
            mk = spots[(kind, pos)] = Marker(kind, pos[0], pos[1], kec.name, desa.name if desa else None)
            out.markers.append(mk)
        if name not in mk.names:
            mk.names.append(name)

    for m in col.motifs:
        for p in m.get("places", []):
            kec = places.find_kecamatan(p["kecamatan"])
            if not kec:
                continue
            desa = places.find_desa(kec.name, p["desa"]) if p.get("desa") else None
            out.motifs.setdefault(kec.name, []).append((m, p, desa))
            mark("motif", kec, desa, m["name"])
    for mid, mk in sorted(col.makers.items(), key=lambda kv: kv[1]["name"].lower()):
        kec, desa = maker_place(places, mk)
        if kec:
            out.makers.setdefault(kec.name, []).append((mid, mk, desa))
            mark("maker", kec, desa, mk["name"])
    return out


def motifs_in(w: Where, kec: str) -> list[dict]:
    seen, out = set(), []
    for m, _, _ in w.motifs.get(kec, []):
        if m["id"] not in seen:
            seen.add(m["id"])
            out.append(m)
    return out


# -- drawing -------------------------------------------------------------------------------
def _marker_svg(mk: Marker, proj: Projection, size: float) -> Markup:
    x, y = proj.xy(mk.lon, mk.lat)
    x, y = round(x, 1), round(y, 1)
    title = Markup("<title>{}</title>").format(", ".join(mk.names))
    if mk.kind == "maker":
        return Markup('<circle class="arsip-peta__maker" cx="{}" cy="{}" r="{}" data-kecamatan="{}" data-desa="{}">'
                      "{}</circle>").format(x, y, size, mk.kecamatan, mk.desa or "", title)
    s = size * 1.3
    return Markup('<path class="arsip-peta__motif" d="M{} {}l{} {} {} {} {} {}z" data-x="{}" data-y="{}" '
                  'data-kecamatan="{}" data-desa="{}">{}</path>').format(
        x, round(y - s, 1), round(s, 1), round(s, 1), round(-s, 1), round(s, 1), round(-s, 1), round(-s, 1),
        x, y, mk.kecamatan, mk.desa or "", title)


def counts(lang: str, n_motifs: int, n_makers: int) -> str:
    """"2 tempat motif · 1 pembuat": only the kinds there are."""
    parts = [t("map_n_motifs", lang, n=n_motifs)] if n_motifs else []
    return " · ".join(parts + ([t("map_n_makers", lang, n=n_makers)] if n_makers else []))


def _fill(n: int) -> str:
    return "arsip-peta__f" + str(min(n, 3))


def regency_svg(pw: PageWriter, w: Where, from_md: str) -> Markup:
    """The regency: 28 kecamatan links (alphabetical), the river, numbered and named labels, markers."""
    places, lang = pw.col.places, pw.lang
    kecs = list(places.kecamatan.values())
    proj = Projection.fit(kecs, MAP_W)
    links, labels = [], []
    for i, kec in enumerate(kecs, 1):
        n_mo, n_mk = len(motifs_in(w, kec.name)), len(w.makers.get(kec.name, []))
        aria = f"Kecamatan {kec.name}" + (f": {counts(lang, n_mo, n_mk)}" if n_mo or n_mk else "")
        links.append(Markup('<a href="{}" aria-label="{}" data-kecamatan="{}"><path class="{}" d="{}"/></a>').format(
            pw.link.href(from_md, urls.kecamatan(kec.slug)), aria, kec.name, _fill(n_mo + n_mk), path_d(kec, proj)))
        x, y = proj.ixy(*kec.label)
        if any(mk.kecamatan == kec.name and mk.desa is None for mk in w.markers):
            y += 14  # a kecamatan-level marker sits on the label point: the name goes under it
        labels.append(Markup('<text x="{}" y="{}"><tspan class="arsip-peta__n">{}</tspan>'
                             '<tspan class="arsip-peta__l" x="{}">{}</tspan></text>').format(x, y, i, x, kec.name))
    water = [Markup('<path class="arsip-peta__air" d="{}"/>').format(path_d(a, proj)) for a in places.water()]
    river = ""
    if places.water():
        rx, ry = proj.ixy(*places.water()[0].label)
        river = Markup('<text class="arsip-peta__river" x="{}" y="{}">{}</text>').format(rx, ry - 8, t("map_river", lang))
    markers = [_marker_svg(mk, proj, 6) for mk in w.markers]
    return Markup('<svg class="arsip-peta__svg" viewBox="{}" role="group" aria-label="{}">'
                  '<g class="arsip-peta__kec">{}</g><g aria-hidden="true">{}{}</g>'
                  '<g class="arsip-peta__labels" aria-hidden="true">{}</g>'
                  '<g class="arsip-peta__markers" aria-hidden="true">{}</g></svg>').format(
        proj.viewbox, t("map_label", lang), Markup("").join(links), Markup("").join(water), river,
        Markup("").join(labels), Markup("").join(markers))


def inset_svg(pw: PageWriter, kec: Area, w: Where) -> Markup:
    """One kecamatan with its desa (numbered as in the list under it), forest and markers."""
    places = pw.col.places
    areas = [a for a in places.areas if a.kecamatan == kec.name and a.kind != "perairan"]
    proj = Projection.fit([kec], INSET_W, max_height=460)
    shapes, labels = [], []
    villages = places.villages(kec.name)
    for a in areas:
        cls = "arsip-peta__hutan" if a.kind == "hutan" else "arsip-peta__desa"
        name = t("map_forest", pw.lang) if a.kind == "hutan" else a.name
        shapes.append(Markup('<path class="{}" d="{}"><title>{}</title></path>').format(cls, path_d(a, proj), name))
    marked = {mk.desa for mk in w.markers if mk.kecamatan == kec.name}
    for i, a in enumerate(villages, 1):
        x, y = proj.ixy(*a.label)
        y += 16 if a.name in marked else 0  # the number goes under the desa's marker
        labels.append(Markup('<text x="{}" y="{}">{}</text>').format(x, y, i))
    outline = Markup('<path class="arsip-peta__outline" d="{}"/>').format(path_d(kec, proj))
    markers = [_marker_svg(mk, proj, 7) for mk in w.markers if mk.kecamatan == kec.name]
    return Markup('<svg class="arsip-peta__svg arsip-peta__svg--inset" viewBox="{}" role="img" aria-label="{}">'
                  "{}{}<g class=\"arsip-peta__labels\">{}</g><g>{}</g></svg>").format(
        proj.viewbox, t("kec_inset", pw.lang, name=kec.name), Markup("").join(shapes), outline,
        Markup("").join(labels), Markup("").join(markers))


class Locator:
    """The small regency map of a motif or maker page: every kecamatan coarse and grey, the
    ones named highlighted, one dot per place. The base paths are drawn once per build."""

    def __init__(self, places: Places):
        self.places = places
        self.proj = Projection.fit(list(places.kecamatan.values()), LOCATOR_W, pad=2)
        self.base = Markup('<path class="arsip-locator__base" d="{}"/>').format(
            "".join(path_d(k, self.proj, tol=1.0) for k in places.kecamatan.values()))

    def svg(self, kec_names: list[str], points: list[tuple[float, float]], label: str) -> Markup:
        hl = "".join(path_d(self.places.kecamatan[k], self.proj, tol=1.0) for k in dict.fromkeys(kec_names))
        dots = Markup("").join(Markup('<circle cx="{}" cy="{}" r="3"/>').format(*self.proj.ixy(*p)) for p in points)
        return Markup('<svg class="arsip-locator" viewBox="{}" role="img" aria-label="{}">{}'
                      '<path class="arsip-locator__here" d="{}"/><g class="arsip-locator__dot">{}</g></svg>').format(
            self.proj.viewbox, label, self.base, hl, dots)


def _locator(pw: PageWriter) -> Locator | None:
    if not pw.col.places:
        return None
    if not hasattr(pw, "_locator"):
        pw._locator = Locator(pw.col.places)
    return pw._locator


def motif_places(pw: PageWriter, m: dict, md: str) -> Markup | None:
    """The motif page's "Places" fact: a locator, then each place linking to its kecamatan page."""
    loc, places = _locator(pw), pw.col.places
    if not loc or not m.get("places"):
        return None
    kecs, points, items = [], [], []
    for p in m["places"]:
        kec = places.find_kecamatan(p["kecamatan"])
        if not kec:
            continue
        desa = places.find_desa(kec.name, p["desa"]) if p.get("desa") else None
        kecs.append(kec.name)
        points.append((desa or kec).label)
        where_ = f"Desa {desa.name}, " if desa else ""
        cite = pw.citations([p["source"]])
        items.append(Markup('<li>{}: {}<a href="{}">Kec. {}</a>{}</li>').format(
            pick(p["what"], pw.lang), where_, pw.link.href(md, urls.kecamatan(kec.slug)), kec.name,
            Markup(' <span class="arsip-muted">({} {})</span>').format(t("according_to", pw.lang), cite[0]["html"])
            if cite else ""))
    if not kecs:
        return None
    label = t("locator", pw.lang, name=", ".join(dict.fromkeys(kecs)))
    return Markup('<div class="arsip-locator-box">{}<ul>{}</ul></div>').format(
        loc.svg(kecs, points, label), Markup("").join(items))


def maker_locator(pw: PageWriter, mk: dict, md: str) -> dict | None:
    """A maker page's locator and the link to its kecamatan page (village level at most)."""
    loc = _locator(pw)
    if not loc:
        return None
    kec, desa = maker_place(pw.col.places, mk)
    if not kec:
        return None
    return {"svg": loc.svg([kec.name], [(desa or kec).label], t("locator", pw.lang, name=kec.name)),
            "href": pw.link.href(md, urls.kecamatan(kec.slug)), "label": t("on_map", pw.lang, name=kec.name)}


# -- pages ---------------------------------------------------------------------------------
def _attribution(pw: PageWriter, md: str) -> Markup:
    data = pw.link.asset(md, f"{urls.OPEN_DATA}/peta/README.md")
    return Markup('<p class="arsip-peta__attribution" data-arsip-noterm>{} <a href="{}">{}</a></p>').format(
        placesmod.attribution(pw.lang), data, t("map_data", pw.lang))


def _legend(pw: PageWriter, numbers: bool, water: bool = True) -> Markup:
    lang = pw.lang
    items = [Markup('<li><svg viewBox="0 0 16 16" aria-hidden="true"><path class="arsip-peta__motif" '
                    'd="M8 1l7 7-7 7-7-7z"/></svg>{}</li>').format(t("map_legend_motif", lang)),
             Markup('<li><svg viewBox="0 0 16 16" aria-hidden="true"><circle class="arsip-peta__maker" cx="8" cy="8" '
                    'r="6"/></svg>{}</li>').format(t("map_legend_maker", lang))]
    if water and pw.col.places.water():
        items.append(Markup('<li><svg viewBox="0 0 16 16" aria-hidden="true"><path class="arsip-peta__air" '
                            'd="M0 6h16v4H0z"/></svg>{}</li>').format(t("map_legend_river", lang)))
    if numbers:
        items.append(Markup('<li class="arsip-peta__numbers-note">{}</li>').format(t("map_legend_numbers", lang)))
    return Markup('<ul class="arsip-peta__legend">{}</ul>').format(Markup("").join(items))


def write_map(pw: PageWriter, w: Where) -> None:
    md, lang, places = urls.MAP, pw.lang, pw.col.places
    rows = []
    for kec in places.kecamatan.values():
        n_mo, n_mk = len(motifs_in(w, kec.name)), len(w.makers.get(kec.name, []))
        rows.append({"name": kec.name, "href": pw.link.href(md, urls.kecamatan(kec.slug)),
                     "counts": counts(lang, n_mo, n_mk)})
    svg = regency_svg(pw, w, md) if places else Markup("")
    pw.write(md, "map.md.j2", svg=svg, rows=rows, legend=_legend(pw, True), attribution=_attribution(pw, md),
             front=pw.front(md, t("map_title", lang), t("map_intro", lang)))


def write_kecamatan(pw: PageWriter, kec: Area, w: Where) -> None:
    md, lang = urls.kecamatan(kec.slug), pw.lang
    motifs = motifs_in(w, kec.name)
    spots = []
    for m, p, desa in w.motifs.get(kec.name, []):
        cite = pw.citations([p["source"]])
        spots.append({"what": pick(p["what"], lang), "desa": desa.name if desa else None, "motif": m["name"],
                      "href": pw.link.href(md, urls.motif(m["id"])), "cite": cite[0]["html"] if cite else None})
    makers = [{"name": mk["name"], "href": pw.link.href(md, urls.maker(mid)), "village": desa.name if desa else None,
               } for mid, mk, desa in w.makers.get(kec.name, [])]
    title = t("kec_title", lang, name=kec.name)
    pw.write(md, "kecamatan.md.j2", kec=kec, title=title, inset=inset_svg(pw, kec, w),
             villages=[a.name for a in pw.col.places.villages(kec.name)], motifs=motifs, spots=spots, makers=makers,
             legend=_legend(pw, False, water=False), attribution=_attribution(pw, md),
             back=pw.link.href(md, urls.MAP),
             front=pw.front(md, title, t("kec_description", lang, name=kec.name),
                           search={"exclude": True}))  # the motif and maker pages are the hits


def write(pw: PageWriter) -> None:
    """The map page and every kecamatan page of this language."""
    w = where(pw.col)
    write_map(pw, w)
    for kec in pw.col.places.kecamatan.values():
        write_kecamatan(pw, kec, w)
