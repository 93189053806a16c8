"""`arsip serve`: build, serve both languages on localhost, rebuild once per change, reload the tab.

MkDocs' own server shows one language at a time; ours serves both, and rebuilds when any
motif YAML, image, data file or hand-written page changes: one web build per change (the
offline ZIP is left to `arsip build`). The preview is built into .build/serve/, never into
site/, because its pages carry 127.0.0.1 addresses that must not be published.

Live reload: every HTML response gets one extra <script src="/__arsip/reload.js"> (added
by the server as it sends the page, never written to disk), which asks /__arsip/build for
the build number every second and reloads the tab when it changes. Same-origin, so the
pages' Content-Security-Policy allows it.
"""

from __future__ import annotations

import http.server
import sys
import threading
import time

from ..build import ENGINES, web_build
from ..core.paths import Archive
from ..core.problems import InvalidArchive

WATCHED = ("motifs", "data", "docs", "mkdocs.yml", "mkdocs.en.yml")
RELOAD_JS = b"""(function () {
  var seen = null;
  function poll() {
    fetch("/__arsip/build", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (n) {
      if (seen !== null && n !== seen) { location.reload(); }
      seen = n;
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""
RELOAD_TAG = b'<script src="/__arsip/reload.js" defer></script>'


def add(sub) -> None:
    s = sub.add_parser("serve", help="pratinjau langsung / live preview")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--engine", choices=ENGINES, default="mkdocs", help="pembuat situs / site generator")
    s.set_defaults(func=run)


def _snapshot(arc: Archive) -> dict:
    state = {}
    for name in WATCHED:
        p = arc.root / name
        paths = [p] if p.is_file() else (q for q in p.rglob("*") if q.is_file()) if p.is_dir() else []
        for q in paths:
            try:
                st = q.stat()
                state[str(q)] = (st.st_mtime_ns, st.st_size)
            except OSError:
                pass
    return state


class Preview:
    """The served folder, its build number, and one rebuild at a time."""

    def __init__(self, arc: Archive, site_url: str, engine: str = "mkdocs"):
        self.arc, self.site_url, self.number, self.engine = arc, site_url, 0, engine

    def rebuild(self) -> None:
        try:
            ctx = web_build(self.arc, site_url=self.site_url, dest=self.arc.serve_site, with_offline=False,
                            engine=self.engine)
            self.number += 1
            print(f"Dibangun ulang / rebuilt (build {self.number}) in {ctx.stats['total']:.1f} s", flush=True)
        except InvalidArchive as e:
            for p in e.problems.sorted():
                print(p.format(), file=sys.stderr)
            print("Situs lama tetap ditampilkan. / Still showing the previous site.", file=sys.stderr, flush=True)
        except Exception as e:  # noqa: BLE001 - keep serving whatever happens in a rebuild
            print(f"Build gagal / failed: {e}", file=sys.stderr, flush=True)

    def handler(self):
        preview = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **k):
                super().__init__(*a, directory=str(preview.arc.serve_site), **k)

            def log_message(self, *a):
                pass

            def _send(self, body: bytes, ctype: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path == "/__arsip/build":
                    return self._send(str(preview.number).encode(), "text/plain")
                if self.path == "/__arsip/reload.js":
                    return self._send(RELOAD_JS, "text/javascript")
                path = self.translate_path(self.path)
                if path.endswith("/"):
                    path += "index.html"
                if path.endswith(".html"):
                    try:
                        with open(path, "rb") as f:
                            body = f.read()
                    except OSError:
                        return super().do_GET()
                    return self._send(body.replace(b"</body>", RELOAD_TAG + b"</body>", 1), "text/html; charset=utf-8")
                return super().do_GET()

        return Handler


def run(args) -> int:
    arc = Archive.here(args.root)
    host, port = args.host, args.port
    preview = Preview(arc, f"http://{host}:{port}/", getattr(args, "engine", "mkdocs"))
    preview.rebuild()
    httpd = http.server.ThreadingHTTPServer((host, port), preview.handler())
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"Arsip tersedia di / archive served at {preview.site_url}  (Ctrl+C untuk berhenti / to stop)", flush=True)
    last = _snapshot(arc)
    try:
        while True:
            time.sleep(1.0)
            now = _snapshot(arc)
            if now != last:
                time.sleep(0.3)  # let editors finish writing
                last = _snapshot(arc)
                preview.rebuild()
    except KeyboardInterrupt:
        httpd.shutdown()
    return 0
