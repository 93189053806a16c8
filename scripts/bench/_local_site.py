"""How the benchmarks open a built site: one local static server and the machine's Chromium.

StaticServer serves a built site as a static host does: text files (HTML, CSS, JavaScript,
JSON, SVG, XML, text, web manifest) go out gzipped when the browser asks, as GitHub Pages
and most hosts do; Pagefind's index files (.pf_*, wasm) are compressed already and go out
as they are. Quiet on dropped connections (Lighthouse and
Playwright close them freely). Shared by lighthouse.py, pageweight.py and search.py.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import threading
from pathlib import Path

TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest")
# The machine's Chromium (Debian's; Playwright's own download does not work here) and how the
# benchmarks start it (the project's rule for headless runs).
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class _Handler(http.server.SimpleHTTPRequestHandler):
    gzip_text = True

    def log_message(self, *a):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (self.gzip_text and path.suffix in TEXT and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Quiet(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass


class StaticServer:
    """`StaticServer(site)` serves on a free 127.0.0.1 port (`.url`) until `.close()`."""

    def __init__(self, root: Path, gzip_text: bool = True):
        handler = type("Handler", (_Handler,), {"gzip_text": gzip_text})
        self.httpd = _Quiet(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
