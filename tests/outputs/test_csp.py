"""Every page carries a Content-Security-Policy, and no page talks to anyone but its own site."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from arsip.outputs import csp
from support import page_kinds, search

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""


def test_every_html_file_has_the_policy_before_any_script(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        html = path.read_text("utf-8")
        m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert m, path
        first_script = html.lower().find("<script")
        assert first_script == -1 or m.start() < first_script, path
        assert html.lower().find("<head") < m.start(), path
        assert '<meta name="referrer" content="strict-origin-when-cross-origin">' in html, path
        pol = m.group(1)
        for body in csp.inline_scripts(html):
            assert csp.script_hash(body) in pol, path
        assert "'unsafe-inline'" not in pol.split("script-src")[1].split(";")[0], path
        assert "object-src 'none'" in pol and "default-src 'self'" in pol


def test_json_data_blocks_are_not_hashed_but_scripts_are():
    html = ('<html><head><meta charset="utf-8"><script type="application/ld+json">{"a":1}</script>'
            '<script id="__config" type="application/json">{}</script><script>var a=1</script>'
            '<script type="module">import "./x.js"</script><script src="x.js"></script></head></html>')
    assert csp.inline_scripts(html) == ["var a=1", 'import "./x.js"']
    out = csp.apply(html)
    assert out.index("Content-Security-Policy") < out.index("<script")
    assert csp.script_hash("var a=1") in out and csp.script_hash('{"a":1}') not in out
    assert csp.apply(out).count("Content-Security-Policy") == 1  # idempotent


def test_wasm_keyword_only_when_the_site_ships_webassembly(tmp_path):
    assert "wasm-unsafe-eval" not in csp.policy([])
    assert "'wasm-unsafe-eval'" in csp.policy([], wasm=True)
    assert not csp.uses_wasm(tmp_path)
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "wasm.unknown.pagefind").write_bytes(b"\0")
    assert csp.uses_wasm(tmp_path)


def _visit(page, url: str) -> None:
    page.goto(url, wait_until="networkidle")
    search(page)  # exercise the search box if there is one (loads the engine, WebAssembly and index)


def test_no_page_requests_anything_outside_the_site_and_no_policy_is_violated(site, server, browser):
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(server.url))
    ctx = browser.new_context(viewport={"width": 412, "height": 823})
    ctx.add_init_script(WATCH)
    page = ctx.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    urls = page_kinds(site)
    for kind in ("", "motif/", "pembuat/", "glosarium/", "kontribusi/isian/", "en/", "en/motif/"):
        assert kind in urls, (kind, urls)
    assert any(u.startswith("motif/") and u != "motif/" for u in urls)
    try:
        for u in urls:
            requests.clear()
            errors.clear()
            _visit(page, server.url + u)
            foreign = [r for r in requests if not r.startswith(origin + "/") and not r.startswith(("data:", "blob:"))]
            assert foreign == [], (u, foreign)
            assert page.evaluate("window.__csp") == [], u
            assert errors == [], (u, errors)
    finally:
        ctx.close()
