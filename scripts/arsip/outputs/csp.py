"""Content-Security-Policy and referrer policy for every page, as <meta> tags.

A static host cannot be trusted to send security headers, so each HTML file carries its
own policy: scripts only from the site itself plus the exact inline scripts the build
wrote (each allowed by its sha256 hash, so an injected inline script would not run even
if escaping failed somewhere), no plugins, no third-party requests of any kind.

This step rewrites the finished HTML, so it must run after every other step that changes
HTML (term tips, search...): it is the last entry of the one ordered tuple of steps,
outputs/steps.py (a test holds it there).

Choices that a reader may wonder about:
- `style-src 'unsafe-inline'`: Material and our templates use style attributes (image
  placeholder colours, colour swatches). Styles cannot run code.
- `'wasm-unsafe-eval'` is added only when the site ships WebAssembly (Pagefind's search
  engine is compiled to WebAssembly and the browser refuses to compile it without this
  keyword). It allows compiling WebAssembly, not JavaScript `eval`.
- `img-src data:`: Material's CSS draws its icons from `data:` SVGs.
- `frame-ancestors`, `report-uri` and `sandbox` are ignored in a <meta> policy, so they
  are left out (the host's headers are the place for them).
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

REFERRER = "strict-origin-when-cross-origin"
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_SRC = re.compile(r"""(?:^|\s)src\s*=""", re.I)
_EXISTING = re.compile(r"""<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*""", re.I)
_EXISTING_REF = re.compile(r"""<meta\b[^>]*name\s*=\s*["']?referrer["']?[^>]*>\s*""", re.I)
_CHARSET = re.compile(r"<meta\b[^>]*charset[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_HTML = re.compile(r"<html\b[^>]*>", re.I)
_DOCTYPE = re.compile(r"<!doctype[^>]*>", re.I)
# Types a browser executes as script (https://mimesniff.spec.whatwg.org/#javascript-mime-type).
_JS_TYPES = {"", "module", "text/javascript", "application/javascript", "application/ecmascript",
             "text/ecmascript", "text/jscript", "text/livescript", "application/x-javascript",
             "application/x-ecmascript", "text/x-javascript", "text/x-ecmascript"}


def inline_scripts(html: str) -> list[str]:
    """Text of every inline script the browser would execute (not JSON data blocks)."""
    out = []
    for m in _SCRIPT.finditer(html):
        attrs, body = m.group(1), m.group(2)
        if _SRC.search(attrs):
            continue
        t = _TYPE.search(attrs)
        typ = (next(g for g in t.groups() if g is not None) if t else "").strip().lower()
        if typ.split(";")[0].strip() in _JS_TYPES:
            out.append(body)
    return out


def script_hash(body: str) -> str:
    # Browsers hash the script text after the HTML parser normalised newlines.
    norm = body.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(norm.encode("utf-8")).digest()).decode() + "'"


def policy(hashes: list[str], wasm: bool = False) -> str:
    script = ["'self'"] + (["'wasm-unsafe-eval'"] if wasm else []) + sorted(set(hashes))
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(script),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def apply(html: str, wasm: bool = False) -> str:
    """Return `html` with our CSP and referrer <meta> tags as early as possible in <head>."""
    html = _EXISTING.sub("", html)
    html = _EXISTING_REF.sub("", html)
    tags = (f'<meta http-equiv="Content-Security-Policy" content="{policy([script_hash(s) for s in inline_scripts(html)], wasm)}">'
            f'<meta name="referrer" content="{REFERRER}">')
    first_script = _SCRIPT.search(html)
    limit = first_script.start() if first_script else len(html)
    for rx in (_CHARSET, _HEAD, _HTML, _DOCTYPE):
        m = rx.search(html)
        if m and m.end() <= limit:
            return html[: m.end()] + tags + html[m.end():]
    return tags + html


def uses_wasm(site: Path) -> bool:
    """Does the site ship WebAssembly (e.g. Pagefind's `wasm.*.pagefind`, or any .wasm)?"""
    return any(site.rglob("*.wasm")) or any(site.rglob("wasm.*.pagefind"))


def apply_to_site(site: Path) -> int:
    wasm = uses_wasm(site)
    n = 0
    for path in sorted(site.rglob("*.html")):
        html = path.read_text("utf-8")
        new = apply(html, wasm)
        if new != html:
            path.write_text(new, "utf-8")
            n += 1
    return n


def apply_step(ctx) -> None:
    """The last step (outputs/steps.py): every HTML file of the site gets its policy."""
    ctx.stats["csp_pages"] = apply_to_site(ctx.staging)


