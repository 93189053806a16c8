"""The <picture> markup for an ImageSet: AVIF first, JPEG fallback, no layout shift.

- `srcset`/`sizes` let the browser pick the rung for the screen; AVIF in a <source>,
  the JPEG <img> is the fallback and what crawlers and social cards see;
- `width`/`height` on every <img> reserve the space before any byte arrives;
- below the fold: loading="lazy" decoding="async"; the page's main image: eager with
  fetchpriority="high" (never lazy: it is the LCP candidate);
- while loading, the box shows the average colour, and for main images a tiny blurred
  preview (a ~150-character data URI);
- `zoom=True` wraps the picture in a link to the largest rung, which docs/assets/
  arsip-zoom.js turns into a zoomable view; without JS the link simply opens the photo.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .store import ImageSet


def _pick(s: ImageSet, fmt: str, max_width: int | None):
    ds = s.of(fmt)
    return [d for d in ds if max_width is None or d.width <= max_width] or ds[:1]


def picture(s: ImageSet, base: str, alt: str, sizes: str, *, eager: bool = False,
            max_width: int | None = None, cls: str = "", zoom: bool = False,
            preview: bool | None = None, tile: bool = False) -> Markup:
    """HTML for one image; `base` is the relative link to the site's img/ folder.

    tile=True: for grid cards, which CSS crops to 4:3; uses the 4:3 crops where the photo
    has another shape (so a portrait phone photo sends ~45 % fewer bytes per card).
    """
    avifs, jpgs = _pick(s, "avif", max_width), _pick(s, "jpeg", max_width)
    if tile and s.of("tile"):
        avifs = _pick(s, "tile", max_width)
    box = (avifs or jpgs)[-1]
    fallback = jpgs[-1] if jpgs else box
    sizes_e = escape(sizes)
    parts = [f'<picture{f" class={chr(34)}{escape(cls)}{chr(34)}" if cls else ""}>']
    if avifs:
        srcset = ", ".join(f"{base}{d.name} {d.width}w" for d in avifs)
        parts.append(f'<source type="image/avif" srcset="{srcset}" sizes="{sizes_e}">')
    bg = f"background:{s.colour}"
    if (eager if preview is None else preview) and s.preview:
        bg += f" url({s.preview}) center/cover no-repeat"
    load = 'loading="eager" fetchpriority="high"' if eager else 'loading="lazy" decoding="async"'
    jsrcset = ", ".join(f"{base}{d.name} {d.width}w" for d in jpgs)
    parts.append(f'<img src="{base}{fallback.name}" srcset="{jsrcset}" sizes="{sizes_e}" '
                 f'width="{box.width}" height="{box.height}" alt="{escape(alt)}" {load} style="{bg}">')
    parts.append("</picture>")
    html = "".join(parts)
    if zoom and s.derivatives:
        big = s.largest("avif") if s.of("avif") else s.largest("jpeg")
        big_jpg = s.largest("jpeg")
        html = (f'<a class="arsip-zoom" href="{base}{big.name}" data-zoom-avif="{base}{big.name}" '
                f'data-zoom-jpeg="{base}{big_jpg.name}" data-zoom-width="{big.width}" '
                f'data-zoom-height="{big.height}">{html}</a>')
    return Markup(html)
