"""Fixtures for the browser checks: the built site served on localhost, and headless Chromium.

Without Chromium, Playwright or the built site these checks are skipped with the reason, except
under ``CI=true``, where a missing piece is a failure: CI must run everything.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "_build" / "html"
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import site_config  # noqa: E402  (docs/_ext, path above)

LANGUAGES = site_config.LANGUAGES

AXE = Path(__file__).with_name("node_modules") / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium's own background traffic is refused on this network; keep it quiet.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require(condition: bool, reason: str) -> None:
    """Skip with ``reason`` when a prerequisite is missing; fail instead under CI."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the tests report failures themselves
        pass


@pytest.fixture(scope="session")
def site_url():
    require((SITE / "en" / "index.html").is_file(), f"no built site in {SITE}: run `make html`")
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    require(importlib.util.find_spec("playwright") is not None, "playwright is not installed")
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    require(
        AXE.is_file(), f"axe-core missing: run `npm ci --prefix {AXE.parents[2].relative_to(ROOT)}`"
    )
    return AXE.read_text(encoding="utf-8")


def built_pages(language: str) -> list[str]:
    """Every HTML page of one language, as paths relative to the site root."""
    base = SITE / language
    skip = ("_static", "_sources", "_downloads", "_images", "_modules")
    return sorted(
        str(path.relative_to(SITE))
        for path in base.rglob("*.html")
        if not any(part in skip for part in path.relative_to(base).parts)
    )
