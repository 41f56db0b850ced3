"""Keep pages light: do not load CSS/JS the site never uses.

sphinx-gallery adds stylesheets for Binder badges, pandas dataframes and rich HTML output,
and a script for example tags; this site uses none of them. Dropping them saves requests
and bytes on every page (budget: an activation page with everything it loads <= 250 KB).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

UNUSED = {
    "sg_gallery-binder.css",
    "sg_gallery-dataframe.css",
    "sg_gallery-rendered-html.css",
    "sg-tags.js",
}


def _name(asset: Any) -> str:
    return str(getattr(asset, "filename", asset)).rsplit("/", 1)[-1].split("?")[0]


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    body = context.get("body", "")
    for key in ("css_files", "script_files"):
        assets = context.get(key)
        if assets:
            context[key] = [a for a in assets if _name(a) not in UNUSED or _used(_name(a), body)]


def _used(name: str, body: str) -> bool:
    if name == "sg-tags.js":
        return "sphx-glr-tag" in body and "sg-tag-list" in body
    return False


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", _page_context, priority=800)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
