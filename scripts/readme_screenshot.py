"""Screenshot an activation page of the built site for the README.

Usage: ``python scripts/readme_screenshot.py [SITE_DIR] [PAGE]``
(defaults: ``_build/html``, the first catalogue entry's gallery page in English).
Needs Playwright and Debian's ``/usr/bin/chromium``; writes
``docs/_static/readme/screenshot.png``.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "_static" / "readme" / "screenshot.png"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    site = Path(argv[1]) if len(argv) > 1 else ROOT / "_build" / "html"
    if len(argv) > 2:
        page_path = argv[2]
    else:
        sys.path.insert(0, str(ROOT))
        import activations

        page_path = f"en/auto_examples/plot_{next(iter(activations.catalog))}.html"
    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page_path}"
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
            page.emulate_media(color_scheme="light")
            page.goto(url, wait_until="networkidle")
            page.evaluate("document.fonts.ready.then(() => true)")
            OUT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(OUT))
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    print(f"readme_screenshot: {url} -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
