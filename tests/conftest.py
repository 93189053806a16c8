"""Shared fixtures: a built copy of the sample archive, a local web server, a browser.

The sample archive is built once per test session into a temporary folder (the
repository's own site/ is never touched), so tests see exactly what users would.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from arsip.build import build
from arsip.paths import Archive

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def copy_archive(dest: Path) -> Archive:
    """A private copy of the repository's archive (records, config, pages)."""
    for name in ("motifs", "data", "docs"):
        shutil.copytree(ROOT / name, dest / name, symlinks=True)
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        shutil.copy(ROOT / name, dest / name)
    cache = ROOT / ".cache"
    if cache.is_dir():  # reuse image derivatives across test runs; they are content-addressed
        (dest / ".cache").symlink_to(cache, target_is_directory=True)
    return Archive.here(dest)


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


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The sample archive built once: returns the BuildContext (ctx.arc.site is the site)."""
    (ROOT / ".cache").mkdir(exist_ok=True)
    arc = copy_archive(tmp_path_factory.mktemp("archive"))
    return build(arc, site_url="http://127.0.0.1:8000/")


@pytest.fixture(scope="session")
def site(built) -> Path:
    return built.arc.site


@pytest.fixture(scope="session")
def server(site):
    s = Server(site)
    yield s
    s.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def phone(browser):
    """A fresh phone-sized browser context (412 px wide, like Lighthouse's phone)."""
    ctx = browser.new_context(viewport={"width": 412, "height": 823}, device_scale_factor=1.75,
                              is_mobile=True, has_touch=True)
    yield ctx
    ctx.close()


@pytest.fixture
def page(phone):
    """A page that records console errors and failed requests in page.errors."""
    pg = phone.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    pg.close()
