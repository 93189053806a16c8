"""Shared test helpers, in one module: every test file imports from here, never from another test.

Sections: the sample archive and a local server; whole trees compared byte for byte;
a command's peak memory; pages of a built site by kind; a page's head as a crawler
reads it; hostile text for every free-text field. Fixtures live in conftest.py.
"""

from __future__ import annotations

import copy
import functools
import gzip
import hashlib
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from arsip.records import schema
from tools.synthetic import copy_archive  # noqa: F401 - shared with the benchmarks


# -- The sample archive, a local web server, record and page helpers ---------------------------------
ROOT = Path(__file__).resolve().parent.parent  # the repository
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class Server:
    def __init__(self, root: Path):
        handler = functools.partial(_QuietHandler, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


MOTIF_IDS = sorted(p.name for p in (ROOT / "motifs").iterdir() if (p / "motif.yml").is_file())
MAKER_IDS = sorted(p.stem for p in (ROOT / "data" / "makers").glob("*.yml"))


# A WhatsApp link to a number: a maker's contact. The share row's wa.me/?text= link (every motif
# and maker page) carries no number and is not a contact.
WA_NUMBER = re.compile(r"wa\.me/\d")


def record(mid: str) -> dict:
    return yaml.safe_load((ROOT / "motifs" / mid / "motif.yml").read_text("utf-8"))


def text_of(html: str) -> str:
    """Visible text of a page, whitespace collapsed, entities decoded."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(em|strong|a|span|code|abbr|dfn|b|i)\b[^>]*>", "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def plain(md: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", md).split())


def watch(pg) -> list[str]:
    """Script errors, failed requests and requests leaving this machine, seen by a page.

    The theme itself fetches <site_url>/sitemap.xml for its language links; that request
    is the foundation's and is left out here. blob: addresses are files made on the device.
    """
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("requestfailed", lambda r: errors.append("failed " + r.url) if "sitemap.xml" not in r.url else None)
    pg.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 and "sitemap.xml" not in r.url else None)
    pg.on("request", lambda r: errors.append("third-party request " + r.url)
          if not r.url.startswith(("http://127.0.0.1", "file:", "data:", "blob:")) and "sitemap.xml" not in r.url
          else None)
    return errors


# -- Whole trees compared byte for byte --------------------------------------------------------------
def manifest(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def diff(a: dict, b: dict, limit: int = 10) -> list[str]:
    keys = sorted(set(a) | set(b))
    return [k for k in keys if a.get(k) != b.get(k)][:limit]


def published_bytes(site: Path):
    """(name, bytes) of every published file, gzip members (the search index) unpacked: what a
    withdrawal test searches for a maker's traces."""
    for f in sorted(p for p in site.rglob("*") if p.is_file()):
        data = f.read_bytes()
        if data[:2] == b"\x1f\x8b":
            try:
                data = gzip.decompress(data)
            except OSError:
                pass
        yield f.relative_to(site).as_posix(), data


def snapshot(root: Path, skip: tuple[Path, ...] = ()) -> dict[str, tuple]:
    """Every path under `root` (not following links) with its kind, size and mtime, except `skip`."""
    out = {}
    skip_s = tuple(str(s) for s in skip)
    for p in root.rglob("*"):
        if str(p).startswith(skip_s):
            continue
        st = p.lstat()
        out[p.relative_to(root).as_posix()] = (st.st_mode >> 12, st.st_size if p.is_file() else 0, st.st_mtime_ns)
    return out


# -- A command's peak memory -------------------------------------------------------------------------
_WRAPPER = r"""
import json, resource, subprocess, sys
r = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
print(json.dumps({"rc": r.returncode, "out": r.stdout, "err": r.stderr, "peak_mb": peak / 1024}))
"""


def measured(cmd: list[str], cwd) -> dict:
    r = subprocess.run([sys.executable, "-c", _WRAPPER, *cmd], cwd=cwd, capture_output=True, text=True, timeout=600)
    return json.loads(r.stdout)


def arsip_measured(args: list[str], cwd) -> dict:
    return measured([sys.executable, "-m", "arsip.cli", *args], cwd)


# -- Pages of a built site, one or two of every kind -------------------------------------------------
def url_of(site: Path, html: Path) -> str:
    rel = html.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def page_kinds(site: Path, per_kind: int = 1, small: int = 8) -> list[str]:
    """Site-relative URLs, both languages: every page of a kind with at most `small` pages
    (hand-written sections), else the first `per_kind` (one motif page stands for all)."""
    kinds: dict[tuple, list[str]] = {}
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site)
        parts = rel.parts
        if parts[0] in ("assets", "img") or html.name == "404.html":
            continue
        lang = "en" if parts[0] == "en" else "id"
        body = parts[1:] if lang == "en" else parts
        key = (lang, body[0] if len(body) > 1 else "", len(body))
        kinds.setdefault(key, []).append(url_of(site, html))
    return [u for key in sorted(kinds) for u in (kinds[key] if len(kinds[key]) <= small else kinds[key][:per_kind])]


def search(page, query: str = "jati") -> bool:
    """Type `query` into the site's search box (opening it first on phones). False if the
    site has no search box."""
    box = page.locator("#arsip-q, .pagefind-ui__search-input").first
    if box.count() == 0:
        return False
    if not box.is_visible():
        opener = page.locator("button[aria-controls*=search], label[for=__search], .md-search__button").first
        if opener.count():
            opener.click()
    box.fill(query)
    page.wait_for_load_state("networkidle")
    try:  # results appear as options of a listbox (ours) or Pagefind UI results
        page.wait_for_selector("[role=listbox] [role=option], [role=listbox] li, .pagefind-ui__result", timeout=5000)
    except Exception:  # noqa: BLE001 - no result is also a page state worth checking
        pass
    page.wait_for_timeout(300)
    return True


# -- Accessibility: axe-core in a page --------------------------------------------------------------
# WCAG 2.0/2.1/2.2 A and AA plus axe's best practices (landmarks, headings, regions).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                                                     "best-practice"]},
               "resultTypes": ["violations"]}


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page as it is now, one line each (rule, impact, first targets)."""
    from axe_playwright_python.sync_playwright import Axe

    res = Axe().run(page, options=AXE_OPTIONS).response
    return [f"{v['id']} ({v['impact']}): {v['help']} -> " + "; ".join(
        n["target"][0] if isinstance(n["target"][0], str) else str(n["target"]) for n in v["nodes"][:4])
        for v in res["violations"]]


# -- A built page read as a crawler does: <meta>, <link>, <script> -----------------------------------
@dataclass
class Head:
    meta: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    scripts: list[tuple[dict, str]] = field(default_factory=list)  # (attributes, text)

    def prop(self, name: str) -> list[str]:
        """Values of <meta property=name> (Open Graph) or <meta name=name>."""
        return [m.get("content") for m in self.meta if m.get("property") == name or m.get("name") == name]

    def one(self, name: str) -> str:
        values = self.prop(name)
        assert len(values) == 1, (name, values)
        return values[0]

    def jsonld(self) -> list:
        return [json.loads(text) for attrs, text in self.scripts if attrs.get("type") == "application/ld+json"]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.head = Head()
        self._script: dict | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            self.head.meta.append(a)
        elif tag == "link":
            self.head.links.append(a)
        elif tag == "script":
            self._script, self._text = a, []

    def handle_data(self, data):
        if self._script is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.head.scripts.append((self._script, "".join(self._text)))
            self._script = None


def head_of(path: Path | str) -> Head:
    p = _Parser()
    p.feed(Path(path).read_text("utf-8"))
    return p.head


# -- Hostile text for every free-text field a schema allows ------------------------------------------
MARK = "pwned"

# Each payload must show as text and never run. `window.pwned` / dialogs prove execution.
PAYLOADS = [
    "<script>window.pwned=1</script>",
    '<img src=x onerror="window.pwned=1">',
    "<img src=x onerror=alert(1)>",
    "[klik](javascript:window.pwned=1)",
    "[klik2](javascript:alert(1))",
    '<a href="javascript:window.pwned=1">tautan</a>',
    "{{ 7*7 }}",
    "{% raw %}{% if true %}jinja-if{% endif %}{% endraw %}",
    '" onmouseover="window.pwned=1" x="',
    "' onmouseover='window.pwned=1' x='",
    "</script><script>window.pwned=1</script>",
    '{: onclick="window.pwned=1" }',
    "<svg onload=window.pwned=1>",
    "[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cucHduZWQ9MTwvc2NyaXB0Pg==)",
    "![gambar](javascript:window.pwned=1)",
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
    "<style>body{display:none}</style>",
    "javascript:window.pwned=1",
    "<!-- ]]> --> &lt;script&gt;window.pwned=1&lt;/script&gt;",
    "zero\u200bwidth and soft\u00adhyphen",  # (direction overrides are refused by `arsip check`)
    "<a href=# onclick=window.pwned=1>x</a>",
    "<details open ontoggle=window.pwned=1>",
    '<form action="javascript:window.pwned=1"><button>go</button></form>',
    "*{: .md-button onclick=window.pwned=1 }*",
    "<http://evil.example/?q=<script>window.pwned=1</script>>",
]
# For patterned fields: names forbid < > { } [ ] ` | & \ ; URLs must start with https?://
PATTERN_SAFE = [
    '" onmouseover="window.pwned=1" x="',
    "' onmouseover='window.pwned=1' x='",
    'Nama\n---\ndescription: "pwned"\n---\n',
    "javascript:window.pwned=1",
    'https://example.test/"><script>window.pwned=1</script>',
    "https://example.test/' onmouseover='window.pwned=1",
    "https://example.test/pwned?a=1&b=<b>",
]
COMBINED = "\n\n".join(PAYLOADS)


def _valid(node: dict, value) -> bool:
    leaf = {k: v for k, v in node.items() if not k.startswith(("x-", "$"))}
    return Draft202012Validator(leaf).is_valid(value)


def resolve(node: dict, base: str) -> tuple[dict, str]:
    """Follow $ref (local to `base`'s schema or to another file); return the node and the
    kind whose schema local refs inside it point to."""
    ref = node.get("$ref")
    if not ref:
        return node, base
    file, _, pointer = ref.partition("#")
    kind = file.replace(".schema.json", "") if file else base
    target = schema.raw(kind)
    for part in pointer.strip("/").split("/"):
        if part:
            target = target[part]
    target, kind = resolve(target, kind)
    merged = dict(target)
    merged.update({k: v for k, v in node.items() if k != "$ref"})
    return merged, kind


class Filler:
    def __init__(self, keep: set[str] = frozenset(), kind: str = "motif"):
        self.n = 0
        self.keep = keep  # property names left as they are
        self.kind = kind  # whose schema local $refs point to

    def string(self, node: dict, original=None):
        self.n += 1
        k = self.n % len(PAYLOADS)
        for cand in [COMBINED] + PAYLOADS[k:] + PAYLOADS[:k] + PATTERN_SAFE:
            if _valid(node, cand):
                return cand
        return original

    def fill(self, node: dict, value, base: str | None = None):
        node, base = resolve(node, base or self.kind)
        if "enum" in node or "const" in node:
            return value
        t = node.get("type")
        if t == "string":
            return self.string(node, value)
        if t == "boolean":
            return True
        if t == "object":
            out = dict(value or {})
            for k, sub in node.get("properties", {}).items():
                if k in self.keep:
                    continue
                if k in out:
                    out[k] = self.fill(sub, out[k], base)
                else:
                    made = self.make(sub, base)
                    if made is not None:
                        out[k] = made
            return out
        if t == "array" and isinstance(node.get("items"), dict):
            items = value or []
            if items:
                return [self.fill(node["items"], v, base) for v in items]
            made = self.make(node, base)
            return made if made is not None else value
        return value

    def make(self, node: dict, base: str | None = None):
        """A new value for an absent optional field, or None if we cannot make a valid one."""
        node, base = resolve(node, base or self.kind)
        if "const" in node:
            return node["const"]
        if "enum" in node:
            return None
        t = node.get("type")
        if t == "string":
            return self.string(node)
        if t == "boolean":
            return True
        if t == "object":
            out = {}
            for k, sub in node.get("properties", {}).items():
                v = self.make(sub, base)
                if v is not None:
                    out[k] = v
            return out if all(r in out for r in node.get("required", [])) and out else None
        if t == "array" and isinstance(node.get("items"), dict) and node.get("minItems", 0) <= 1:
            if node.get("uniqueItems") and resolve(node["items"], base)[0].get("pattern"):
                return None  # lists of ids refer to other records
            item = self.make(node["items"], base)
            return [item] if item is not None else None
        return None


def fill_record(kind: str, data: dict, keep: set[str] = frozenset()) -> dict:
    out = Filler(keep, kind).fill(schema.raw(kind), copy.deepcopy(data))
    errors = list(schema.validator(kind).iter_errors(out))
    assert not errors, [f"{list(e.absolute_path)}: {e.message[:120]}" for e in errors]
    return out


_SCHEMA_HEADER = re.compile(r"\$schema=\S*?([A-Za-z0-9_-]+)\.schema\.json")


def kind_of(text: str) -> str | None:
    """Record kind from the `# yaml-language-server: $schema=...` header of a YAML file."""
    m = _SCHEMA_HEADER.search(text[:500])
    return m.group(1) if m else None


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


# -- A page writer outside a build -------------------------------------------------------------
def page_writer(arc, col, lang: str = "id", images: dict | None = None):
    """The PageWriter a build would make for `lang` (share cards planned from the records)."""
    from arsip.core.urls import Published
    from arsip.outputs import sharecards
    from arsip.pages.writer import PageWriter

    pub = Published.of("http://127.0.0.1:8000/")
    cards = sharecards.plan(arc.cache / "sharecards", col, images or {}, pub)
    return PageWriter(arc, col, images or {}, lang, pub, cards)


def offline_site(arc, site_url: str):
    """The offline variant (`.html` links, script search index), rendered into arc.site as
    build.offline_build renders it before zipping. Returns the BuildContext."""
    from arsip import build, images
    from arsip.core.urls import Published

    col = build.load(arc)
    return build.render(arc, col, images.process_collection(arc, col), Published.of(site_url, directory_urls=False),
                        arc.site, {})


def ask(page, query: str) -> dict:
    """Type a query into the header search box like a reader and read the list it shows."""
    box = page.locator("#arsip-q")
    if not box.is_visible():
        page.locator(".arsip-search__open").click()
    box.fill("")
    box.type(query, delay=20)
    page.wait_for_function(
        "q => { const r = document.querySelector('[data-arsip-search]');"
        " return r.getAttribute('data-query') === q && !r.hasAttribute('aria-busy') }", arg=query)
    items = page.eval_on_selector_all(
        ".arsip-search__item a",
        "els => els.map(a => ({href: a.href, title: a.querySelector('.arsip-search__title').textContent,"
        " excerpt: a.querySelector('.arsip-search__excerpt').innerHTML, img: !!a.querySelector('img')}))")
    return {"items": items, "status": page.inner_text(".arsip-search__status")}


# -- Processes left behind (killed builds, the whole test run) ------------------------------------
TEST_RUN_ENV = "ARSIP_TEST_RUN"  # set by conftest.py to the pytest pid; every child inherits it


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    sid: int
    cmdline: str


def processes() -> list[Proc]:
    """Every live (non-zombie) process, read from /proc."""
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
            cmd = Path(f"/proc/{d}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # ended while we looked
        if fields[0] != "Z":
            out.append(Proc(int(d), int(fields[1]), int(fields[3]), cmd.strip()))
    return out


def in_session(sid: int) -> list[Proc]:
    """Processes of the session `sid` (a command started with start_new_session=True has sid == its pid)."""
    return [p for p in processes() if p.sid == sid]


def environ_has(pid: int, entry: str) -> bool:
    try:
        return entry.encode() in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return False


def stray_workers(run: int) -> list[Proc]:
    """multiprocessing processes (forkserver, pool workers, resource tracker) started by the test
    run `run` whose parent is gone: re-parented, they would live on after the run."""
    mine = {p.pid for p in processes() if p.ppid == run}
    return [p for p in processes() if "multiprocessing" in p.cmdline and p.pid not in mine and p.pid != run
            and environ_has(p.pid, f"{TEST_RUN_ENV}={run}")]


def wait_until_empty(probe, timeout: float = 10.0) -> list:
    """Poll `probe()` until it returns nothing (processes take a moment to exit) or time runs out."""
    end = time.monotonic() + timeout
    while (left := probe()) and time.monotonic() < end:
        time.sleep(0.05)
    return left


# -- Conformance tools from npm (issue 21): installed by `scripts/setup.sh --test` ---------------------
NPM_TEST = ROOT / ".cache" / "npm-test" / "node_modules"


def npm_tool(rel: str) -> Path:
    """A file of a test-only npm package; a clear failure (never a skip) when setup was not run."""
    path = NPM_TEST / rel
    assert path.exists(), f"{path} missing: run `bash scripts/setup.sh --test` (installs the npm test tools)"
    return path


def offline_copy(site: Path, dest: Path) -> Path:
    """The offline ZIP that a built site offers for download, unpacked into `dest`: its top folder."""
    import zipfile

    from arsip.core.urls import OFFLINE_ZIP_NAME
    from arsip.outputs.offline import TOP

    with zipfile.ZipFile(next(site.rglob(OFFLINE_ZIP_NAME))) as z:
        z.extractall(dest)
    return dest / TOP


# -- issue 19 storefront: the fixture archive (made-up makers and products, tests only) ---------------
STOREFRONT = ROOT / "tests" / "fixtures" / "storefront"
STOREFRONT_ALL = "contoh-batik"  # every scope
STOREFRONT_PROFILE = "contoh-profil"  # profile only
STOREFRONT_WITHDRAWN = "contoh-ditarik"  # a full storefront, then withdrawn
STOREFRONT_WITHDRAWN_TRACES = (b"contoh-ditarik", b"Contoh Ditarik", b"6281200009999", b"contoh.ditarik",
                               b"selendang-ditarik-rahasia", b"Ditarik Rahasia", b"Withdrawn Secret")


def storefront_archive(dest: Path):
    """A copy of the sample archive with the storefront fixture laid over it (tests/fixtures/storefront/)."""
    import shutil

    arc = copy_archive(dest)
    shutil.copytree(STOREFRONT / "data", dest / "data", dirs_exist_ok=True)
    for mid, makers in yaml.safe_load((STOREFRONT / "motifs.yml").read_text("utf-8")).items():
        path = dest / "motifs" / mid / "motif.yml"
        text = path.read_text("utf-8")
        data = yaml.safe_load(text)
        data["makers"] = list(data.get("makers") or []) + makers
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return arc


# -- issue 23 identity: an archive of a made-up regency (tests/fixtures/region/) ----------------------
REGION = ROOT / "tests" / "fixtures" / "region"
# The sample's region words and what the made-up region says instead (longest first: "Bojonegoro"
# contains "jonegoro"). Case is kept: BOJONEGORO -> CONTOH, bojonegoro -> contoh.
REGION_WORDS = (("bojonegoro", "contoh"), ("jonegoroan", "contohan"), ("jonegoro", "contoh"))
REGION_FILES = (".md", ".yml", ".yaml", ".json", ".geojson", ".txt")


def _region_words(text: str) -> str:
    def swap(old: str, new: str):
        def f(m):
            s = m.group(0)
            return new.upper() if s.isupper() else new.capitalize() if s[0].isupper() else new
        return f

    for old, new in REGION_WORDS:
        text = re.sub(old, swap(old, new), text, flags=re.I)
    return text


def region_archive(dest: Path):
    """The sample archive as a maintainer of "Kabupaten Contoh" would make it (tests/fixtures/region/
    README.md): data/arsip.yml replaced, the region's words rewritten in motifs/, data/, docs/**/*.md and
    mkdocs*.yml, boundary files renamed. scripts/, the theme and the assets stay as they are."""
    import shutil

    arc = copy_archive(dest)
    shutil.copy(REGION / "arsip.yml", dest / "data" / "arsip.yml")
    paths = [p for base in ("motifs", "data", "docs") for p in sorted((dest / base).rglob("*"))
             if p.is_file() and p.suffix in REGION_FILES and not (base == "docs" and p.suffix != ".md")]
    for p in paths + [dest / "mkdocs.yml", dest / "mkdocs.en.yml"]:
        if p.name == "arsip.yml" and p.parent.name == "data":
            continue
        p.write_text(_region_words(p.read_text("utf-8")), "utf-8")
        if re.search("jonegoro", p.name, re.I):
            p.rename(p.with_name(_region_words(p.name)))
    return arc
