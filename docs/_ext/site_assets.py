"""Keep pages light and builds quick: a collapsed navigation tree, no unused CSS or JS.

sphinx-gallery adds stylesheets for Binder badges, pandas dataframes and rich HTML output,
and a script for example tags; this site uses none of them. Dropping them saves requests
and bytes on every page (budget: an activation page with everything it loads <= 250 KB).
Gallery thumbnails load lazily: on an API page the mini-gallery sits below the fold, and the
sigmoid's lists a dozen examples.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import furo
from docutils import nodes
from furo.navigation import get_navigation_tree
from patches import Patch, apply
from sphinx.application import Sphinx

UNUSED = {
    "sg_gallery-binder.css",
    "sg_gallery-dataframe.css",
    "sg_gallery-rendered-html.css",
    "sg-tags.js",
    # highlights search terms on the page a result opens: not worth 5 KB on every page, so
    # HIGHLIGHT_LOADER fetches it there (searchtools.js reads its SPHINX_HIGHLIGHT_ENABLED, so
    # the search page keeps it)
    "sphinx_highlight.js",
    "translations.js",  # Sphinx's own UI strings for its JS: the search page and the loader's
}

# Fetches sphinx_highlight.js (and the strings it shows) only on a page opened from a search:
# the search page leaves the terms in localStorage, a link may carry ?highlight=.
HIGHLIGHT_LOADER = """\
if (typeof SPHINX_HIGHLIGHT_ENABLED === "undefined"
    && (/[?&]highlight=/.test(location.search) || localStorage.getItem("sphinx_highlight_terms")))
  for (const name of %s) {
    const script = document.head.appendChild(document.createElement("script"));
    script.async = false;
    script.src = `${document.documentElement.dataset.content_root}_static/${name}`;
  }"""


def _add_highlight_loader(app: Sphinx) -> None:
    if app.builder.format == "html":
        names = ["sphinx_highlight.js"]
        if app.config.language != "en":  # Sphinx ships no translations.js for English
            names.insert(0, "translations.js")
        app.add_js_file(None, body=HIGHLIGHT_LOADER % json.dumps(names), priority=900)


def _name(asset: Any) -> str:
    return str(getattr(asset, "filename", asset)).rsplit("/", 1)[-1].split("?")[0]


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    for key in ("furo_navigation_tree", "body"):
        if isinstance(context.get(key), str):
            context[key] = _accessible(context[key])
    body = context.get("body", "")
    for key in ("css_files", "script_files"):
        assets = context.get(key)
        if assets:
            context[key] = [a for a in assets if _keep(_name(a), pagename, body)]


def _collapsed_navigation_tree(context: dict[str, Any]) -> str:
    """furo's sidebar with only the current page's branch expanded.

    furo renders the whole site tree into every page (about 45 KB of HTML per page with ~100
    API and gallery pages), and resolving that tree for each of ~150 pages is a quarter of a
    build. Replaces ``furo._compute_navigation_tree`` (checked by :mod:`patches`).
    """
    toctree = context.get("toctree")
    if toctree is None:
        return ""
    return get_navigation_tree(
        toctree(collapse=True, titles_only=True, maxdepth=-1, includehidden=True)
    )


def _thumbnails(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Gallery thumbnails load lazily and are described by their example's title."""
    for image in doctree.findall(nodes.image):
        if "/thumb/sphx_glr_" in image.get("uri", ""):
            image["loading"] = "lazy"
            title = image.next_node(
                nodes.paragraph, include_self=False, descend=False, siblings=True
            )
            if title is not None and title.astext().strip():
                image["alt"] = title.astext().strip()


# Markup that axe-core reports as serious or critical, fixed where Sphinx and docutils emit it:
# toctree captions are headings without a level; a citation list has no list items; a code
# block that scrolls must be reachable with the keyboard.
ARIA_FIXES = [
    (
        re.compile(r'<p class="caption" role="heading">'),
        '<p class="caption" role="heading" aria-level="2">',
    ),
    (re.compile(r'<div role="list" class="citation-list">'), '<div class="citation-list">'),
    (re.compile(r"<pre(?![^>]*tabindex)(?=[ >])"), '<pre tabindex="0"'),
]


def _accessible(html: str) -> str:
    for pattern, replacement in ARIA_FIXES:
        html = pattern.sub(replacement, html)
    return html


def _keep(name: str, pagename: str, body: str) -> bool:
    if name not in UNUSED:
        return True
    if name in ("translations.js", "sphinx_highlight.js"):
        return pagename == "search"
    if name == "sg-tags.js":
        return "sphx-glr-tag" in body and "sg-tag-list" in body
    return False


def _palette_png(path: Path) -> bool:
    """Whether ``path`` is already a palette PNG (IHDR colour type 3)."""
    with path.open("rb") as f:
        header = f.read(26)
    return len(header) == 26 and header[25] == 3


#: Colours of a gallery thumbnail: shown at half its size, 64 look like 256 and weigh 40 % less
#: (an API page shows up to twenty of them).
THUMBNAIL_COLOURS = 64


def _quantize_images(outdir: Path, cache: Path) -> None:
    """Rewrite the figures as 256-colour palette PNGs (about a third of the size).

    Matplotlib line plots have few distinct colours; the quantized images look the same and
    keep their transparency. Already-quantized files are skipped, and results are cached by
    content hash so that the second language's build only copies them.
    """
    from PIL import Image

    cache.mkdir(parents=True, exist_ok=True)
    for path in sorted((outdir / "_images").glob("*.png")):
        if _palette_png(path):
            continue
        data = path.read_bytes()
        colours = THUMBNAIL_COLOURS if path.stem.endswith("_thumb") else 256
        cached = cache / f"{hashlib.sha256(data).hexdigest()}-{colours}.png"
        if not cached.exists():
            with Image.open(io.BytesIO(data)) as image:
                rgba = image.convert("RGBA")
            small = rgba.quantize(
                colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
            )
            buffer = io.BytesIO()
            small.save(buffer, "PNG", optimize=True)
            best = buffer.getvalue() if buffer.tell() < len(data) else data
            tmp = cached.with_suffix(".tmp")
            tmp.write_bytes(best)
            tmp.replace(cached)
        best = cached.read_bytes()
        if best != data:
            path.write_bytes(best)


_SPHINX_PAGES = {"genindex", "search", "py-modindex"}
_REFERENCE = re.compile(r"_(images|downloads)/([^\"'\s?#,)]+)")


def _prune_stale_output(app: Sphinx) -> list[str]:
    """Delete what no current page uses: Sphinx never removes an output file, so after a page,
    an image or a download is renamed or removed, a rebuild would keep the old one.

    A page is stale when its document is gone; an image or a download when no page refers to
    it (the dark twins are referred to by the pages too, see figures.py).
    """
    outdir = Path(app.outdir)
    removed = []
    for path in sorted(outdir.rglob("*.html")):
        docname = path.relative_to(outdir).with_suffix("").as_posix()
        if docname.startswith("_") or docname in _SPHINX_PAGES or docname in app.env.all_docs:
            continue
        path.unlink()
        removed.append(path.relative_to(outdir).as_posix())
    used = set()
    for path in outdir.rglob("*.html"):
        used.update(f"_{kind}/{name}" for kind, name in _REFERENCE.findall(path.read_text("utf-8")))
    used |= {name.replace(".png", "-dark.png") for name in used}  # written after this step
    for path in sorted([*outdir.glob("_images/*"), *outdir.glob("_downloads/*/*")]):
        rel = path.relative_to(outdir).as_posix()
        if rel not in used:
            path.unlink()
            removed.append(rel)
    for path in sorted(outdir.glob("_downloads/*")):
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed


def _build_finished(app: Sphinx, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        outdir = Path(app.outdir)
        _prune_stale_output(app)
        # Sphinx keeps the previous build information there after a configuration change; a
        # clean build has none, and the site does not publish it.
        (outdir / ".buildinfo.bak").unlink(missing_ok=True)
        # cache in _build/doctrees/png-cache, shared by both languages
        _quantize_images(outdir, Path(app.doctreedir).parent / "png-cache")


PATCHES = (
    Patch(
        "furo",
        furo,
        "_compute_navigation_tree",
        "(context: Dict[str, Any]) -> str",
        _collapsed_navigation_tree,
    ),
)


def setup(app: Sphinx) -> dict[str, Any]:
    for patch in PATCHES:
        apply(patch)
    app.connect("builder-inited", _add_highlight_loader)
    app.connect("doctree-resolved", _thumbnails)
    app.connect("html-page-context", _page_context, priority=800)
    app.connect("build-finished", _build_finished, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
