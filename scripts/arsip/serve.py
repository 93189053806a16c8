"""`arsip serve`: build, serve site/ on localhost, and rebuild when a source changes.

MkDocs' own server shows one language at a time; ours serves both, and rebuilds when
any motif YAML, image, data file or hand-written page changes.
"""

from __future__ import annotations

import http.server
import sys
import threading
import time

from .build import build
from .paths import Archive
from .problems import InvalidArchive

WATCHED = ("motifs", "data", "docs", "mkdocs.yml", "mkdocs.en.yml")


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


def _rebuild(arc: Archive, site_url: str) -> None:
    try:
        ctx = build(arc, site_url=site_url)
        print(f"Dibangun ulang / rebuilt in {ctx.stats['total']:.1f} s", flush=True)
    except InvalidArchive as e:
        for p in e.problems.sorted():
            print(p.format(), file=sys.stderr)
        print("Situs lama tetap ditampilkan. / Still showing the previous site.", file=sys.stderr, flush=True)
    except Exception as e:  # keep serving whatever happens in a rebuild
        print(f"Build gagal / failed: {e}", file=sys.stderr, flush=True)


def serve(arc: Archive, host: str, port: int) -> int:
    site_url = f"http://{host}:{port}/"
    _rebuild(arc, site_url)
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(arc.site), **k)

        def log_message(self, *a):
            pass

    httpd = http.server.ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"Arsip tersedia di / archive served at {site_url}  (Ctrl+C untuk berhenti / to stop)", flush=True)
    last = _snapshot(arc)
    try:
        while True:
            time.sleep(1.0)
            now = _snapshot(arc)
            if now != last:
                time.sleep(0.3)  # let editors finish writing
                _rebuild(arc, site_url)
                last = _snapshot(arc)
    except KeyboardInterrupt:
        httpd.shutdown()
    return 0
