"""Fixtures: a built copy of the sample archive, a local web server, a browser.

The sample archive is built once per test session into a temporary folder (the
repository's own site/ is never touched), so tests see exactly what users would.
Helpers shared by test files live in support.py.

Two suites: `pytest -m "not slow"` runs the fast tests (records, checks, pages and
images on tiny inputs: no browser, no full build) in a few minutes; plain `pytest`
runs everything. A test is slow if it asks for a built site, a server or a browser
(marked here, from its fixtures), or if its module says `pytestmark = pytest.mark.slow`.
"""

from __future__ import annotations

import os

import pytest

from arsip.build import web_build
from support import CHROMIUM, CHROMIUM_ARGS, ROOT, TEST_RUN_ENV, Server, copy_archive, stray_workers, wait_until_empty

os.environ[TEST_RUN_ENV] = str(os.getpid())  # marks every process this run starts (see pytest_sessionfinish)

# Fixtures that build a site or start a browser; every test that uses one is slow.
SLOW_FIXTURES = {"built", "site", "server", "browser", "phone", "page",  # conftest.py
                 "storefront_built", "storefront_site",  # conftest.py, issue 19 storefront
                 "built_arc", "offline", "hostile", "big", "optin"}  # records/test_paths, outputs/test_offline
# and test_search, builds/test_injection, pages/test_catalogue, pages/test_contact


@pytest.fixture(autouse=True, scope="module")
def _repository_identity():
    """Every test module ends with the repository's identity (data/arsip.yml) installed again:
    core/identity.py holds the identity of the archive last loaded, and a module that loads
    another one (a made-up region, hostile text) must not leave it for the next module."""
    yield
    from arsip.core import identity  # noqa: PLC0415
    from arsip.records import places  # noqa: PLC0415

    identity.use(identity.read(ROOT), kecamatan=len(places.load(ROOT).kecamatan))


def pytest_sessionfinish(session, exitstatus):
    """The run fails if it leaves multiprocessing processes behind (e.g. the image workers of a
    killed build, re-parented to init): they would idle, holding memory, until the machine stops."""
    left = wait_until_empty(lambda: stray_workers(os.getpid()))
    if left:
        print("\nProses tertinggal / processes left behind:", *(f"  {p.pid} {p.cmdline[:100]}" for p in left),
              sep="\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The sample archive built once: returns the BuildContext (ctx.arc.site is the site)."""
    (ROOT / ".cache").mkdir(exist_ok=True)
    arc = copy_archive(tmp_path_factory.mktemp("archive"))
    return web_build(arc, site_url="http://127.0.0.1:8000/")


@pytest.fixture(scope="session")
def site(built):
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


# -- issue 19 storefront: the fixture archive (tests/fixtures/storefront/), built once ---------------
@pytest.fixture(scope="session")
def storefront_built(tmp_path_factory):
    """The storefront fixture archive built once, with its offline ZIP: returns the BuildContext."""
    from support import storefront_archive

    (ROOT / ".cache").mkdir(exist_ok=True)
    arc = storefront_archive(tmp_path_factory.mktemp("storefront"))
    return web_build(arc, site_url="http://127.0.0.1:8000/")


@pytest.fixture(scope="session")
def storefront_site(storefront_built):
    return storefront_built.arc.site
