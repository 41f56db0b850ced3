"""KaTeX's fonts cut down to the characters the site uses (a lighter page, the same math).

KaTeX ships fonts for every symbol TeX knows; a page here needs a few dozen of them.  After the
HTML build, each font in ``_static/katex/fonts`` is replaced by a subset (fontTools) holding the
characters that the rendered math of any built page shows (KaTeX's ``katex-html`` spans) or that
KaTeX's stylesheet inserts, hinting and layout features kept.  The set is a superset of what the
math needs, whatever KaTeX font a symbol is set in; the prose around it is set in the theme's
fonts, not KaTeX's.
Subsets are cached by font and character set, so a rebuild only copies them.
"""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

FONTS = "_static/katex/fonts"


class _MathText(HTMLParser):
    """The characters inside ``katex-html`` elements: what KaTeX's fonts draw."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside a katex-html span, 0 outside
        self.chars: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or "katex-html" in (dict(attrs).get("class") or "").split():
            self.depth += tag not in self.VOID

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chars.update(data)


def used_characters(outdir: Path) -> set[int]:
    """Every code point of the pages' rendered math and of KaTeX's CSS (its ``content:`` glyphs)."""
    chars: set[str] = set()
    for path in outdir.rglob("*.html"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "katex-html" in text:
            math = _MathText()
            math.feed(text)
            math.close()
            chars |= math.chars
    for path in outdir.glob("_static/katex/*.css"):
        chars.update(path.read_text(encoding="utf-8"))
    return {ord(c) for c in chars}


def subset_font(data: bytes, codepoints: set[int]) -> bytes:
    """The WOFF2 font ``data`` reduced to ``codepoints`` (those it has)."""
    import io
    import logging

    from fontTools import subset

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # it reports every table at INFO
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(io.BytesIO(data), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints & set(font.getBestCmap()))
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def subset_site_fonts(outdir: Path, source: Path, cache: Path) -> None:
    """Write the subsets of the fonts of ``source`` into the site's font folder."""
    codepoints = used_characters(outdir)
    key = hashlib.sha256(repr(sorted(codepoints)).encode()).hexdigest()[:16]
    cache.mkdir(parents=True, exist_ok=True)
    for font in sorted(source.glob("*.woff2")):
        data = font.read_bytes()
        cached = cache / f"{hashlib.sha256(data).hexdigest()[:16]}-{key}.woff2"
        if not cached.exists():
            tmp = cached.with_suffix(".tmp")
            tmp.write_bytes(subset_font(data, codepoints))
            tmp.replace(cached)
        target = outdir / FONTS / font.name
        small = cached.read_bytes()
        if not target.exists() or target.read_bytes() != small:
            target.write_bytes(small)


def _build_finished(app: Sphinx, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        subset_site_fonts(
            Path(app.outdir),
            Path(app.srcdir) / FONTS,
            Path(app.doctreedir).parent / "font-cache",  # shared by both languages
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("build-finished", _build_finished, priority=920)  # after lean_static (910)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
