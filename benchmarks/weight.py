"""Page weight as a reader's browser sees it: shared by ``make bench`` and the budget test.

A page is weighed in headless Chromium with a cold cache (a fresh browser context), scrolled to
the end (every lazily loaded image fetched), after its fonts have loaded: the sum of the bodies
of everything it fetched from the site, uncompressed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

#: The most an activation's gallery page or API page may weigh, explorer included.
BUDGET_KB = 250.0

# What scrolling to the end does to a page: every lazy image that is displayed is fetched (not
# those hidden by the colour scheme: the dark twins in light mode, and the other way round).
LOAD_EVERYTHING = """async () => {
  const lazy = [...document.images].filter((i) => i.loading === "lazy" && i.getClientRects().length);
  lazy.forEach((i) => { i.loading = "eager"; });
  await Promise.all(lazy.map((i) => i.decode().catch(() => null)));
  window.scrollTo(0, document.body.scrollHeight);
  await document.fonts.ready;
}"""


def activation_pages(site: Path, names: list[str], languages: list[str]) -> list[str]:
    """The gallery page and the API pages of every activation, relative to ``site``."""
    pages = []
    for lang in languages:
        for name in names:
            gallery = site / lang / "auto_examples" / f"plot_{name}.html"
            api = sorted((site / lang).rglob(f"activations.{name}.html"))
            api += sorted((site / lang).rglob(f"activations.{name}_derivative.html"))
            pages += [str(p.relative_to(site)) for p in [gallery, *api] if p.exists()]
    return pages


def weigh(browser: Any, url: str, **context_options: Any) -> dict[str, Any]:
    """Bytes fetched by ``url`` in a fresh context: total, by file type, per file, other hosts."""
    base = url.split("/", 3)[:3]
    origin = "/".join(base) + "/"
    context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **context_options})
    page = context.new_page()
    files: dict[str, int] = {}
    foreign: list[str] = []

    def on_response(response: Any) -> None:
        if not response.url.startswith(origin):
            foreign.append(response.url)
            return
        with contextlib.suppress(Exception):  # a redirect has no body
            files[urlsplit(response.url).path] = len(response.body())

    page.on("response", on_response)
    page.goto(url, wait_until="load")
    page.evaluate(LOAD_EVERYTHING)
    context.close()
    kinds: dict[str, int] = {}
    for path, size in files.items():
        kind = Path(path).suffix.lstrip(".") or "html"
        kinds[kind] = kinds.get(kind, 0) + size
    return {
        "total": sum(files.values()),
        "by_type": kinds,
        "requests": len(files),
        "foreign": foreign,
        "files": dict(sorted(files.items(), key=lambda kv: -kv[1])),
    }
