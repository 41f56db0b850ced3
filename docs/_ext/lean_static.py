"""Lighter static files, the same site: stylesheets cut to the rules it can use, CSS and JS minified.

Furo, KaTeX, Pygments and sphinx-gallery ship styles for everything they can render; a page here
loads about 110 KB of CSS of which a third applies to nothing the site contains.  After the HTML
build, a rule is dropped when one of its selectors needs a class or id that no built page has and
that no string in a script of the site mentions (scripts add classes at run time: the theme
toggle, the copy button, the search results).  Selectors inside ``:not()``, ``:is()``,
``:where()`` and ``:has()`` count as present, so a rule is kept whenever it might apply.  ``@font-face`` rules whose family no
kept rule names are dropped too (KaTeX declares twenty fonts).

Every script of ``_static`` is minified (rjsmin: comments and spaces only), except the search
index and the stemmers, which Sphinx writes compactly already.

Pages keep the ``?v=`` checksum of the file as shipped: Sphinx copies the original before
it writes the pages, and this runs after, on every build alike.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import rcssmin
import rjsmin
import tinycss2
from sphinx.application import Sphinx

#: The stylesheets cut down, relative to the site's ``_static``.
STYLESHEETS = (
    "styles/furo.css",
    "styles/furo-extensions.css",
    "katex/katex.min.css",
    "pygments.css",
    "sg_gallery.css",
    "copybutton.css",
    "site.css",
    "katex-math.css",
)
#: Scripts whose words are text (the search index, stemmers), not class names.
TEXT_SCRIPTS = ("searchindex.js", "language_data.js", "stemmer.js")
# Functional pseudo-classes: what they hold does not have to be on the page for the rule to apply.
_LENIENT = {"not", "is", "where", "has"}
# At-rules that hold style rules under a condition.
_CONDITIONAL = {"media", "supports", "layer", "container"}
_ATTRIBUTE = re.compile(r'\b(?:class|id)="([^"]*)"')
_WORD = re.compile(r"[A-Za-z_][\w-]*")
# A script's string literals: where the class names it sets are (its identifiers are not).
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'|`((?:[^`\\]|\\.)*)`')
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL)
_FAMILY = re.compile(r"font-family\s*:\s*([^;}]*)")


def site_names(outdir: Path) -> set[str]:
    """Every class and id of the built pages, and every word in the strings of their scripts."""
    names: set[str] = set()
    scripts = []
    for page in outdir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for match in _ATTRIBUTE.finditer(text):
            names.update(match.group(1).split())
        scripts += _INLINE_SCRIPT.findall(text)
    for script in outdir.rglob("_static/**/*.js"):
        if not script.name.endswith(TEXT_SCRIPTS):
            scripts.append(script.read_text(encoding="utf-8", errors="replace"))
    for string in _STRING.finditer("\n".join(scripts)):
        names.update(_WORD.findall("".join(part or "" for part in string.groups())))
    return names


def _selectors(prelude: list[Any]) -> list[list[Any]]:
    """A rule's prelude split at its top-level commas."""
    selectors: list[list[Any]] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _needs(selector: list[Any]) -> set[str]:
    """The classes and ids an element tree must have for ``selector`` to match anything."""
    needed = set()
    for before, token in zip([None, *selector], selector, strict=False):
        if token.type == "hash":
            needed.add(token.value)
        elif token.type == "ident" and before is not None and before.type == "literal":
            if before.value == ".":
                needed.add(token.value)
        elif token.type == "function" and token.lower_name not in _LENIENT:
            needed |= _needs(token.arguments)
    return needed


def _kept(rules: list[Any], names: set[str]) -> list[Any]:
    """``rules`` without the style rules that cannot match, conditional blocks searched too."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if any(_needs(s) <= names for s in _selectors(rule.prelude)):
                kept.append(rule)
        elif rule.type == "at-rule" and rule.lower_at_keyword in _CONDITIONAL:
            inner = _kept(tinycss2.parse_rule_list(rule.content, True, True), names)
            if inner:
                rule.content = inner
                kept.append(rule)
        elif rule.type == "at-rule":
            kept.append(rule)  # @font-face (sorted out by cut), @keyframes, @import
    return kept


def _used_fonts(css: str) -> set[str]:
    """Font families named by ``font-family`` declarations outside ``@font-face``."""
    families = set()
    for value in _FAMILY.findall(css):
        families.update(name.strip().strip("\"'") for name in value.split(","))
    return families


def cut(css: str, names: set[str]) -> str:
    """``css`` without the rules that cannot apply to the site, minified."""
    kept = _kept(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), names)
    text = "".join(rule.serialize() for rule in kept if not _is_font_face(rule))
    families = _used_fonts(text)
    faces = [r for r in kept if _is_font_face(r) and _family(r) in families]
    return rcssmin.cssmin("".join(r.serialize() for r in faces) + text)


def _is_font_face(rule: Any) -> bool:
    return rule.type == "at-rule" and rule.lower_at_keyword == "font-face"


def _family(face: Any) -> str:
    found = _FAMILY.search(tinycss2.serialize(face.content))
    return found.group(1).strip().strip("\"'") if found else ""


def lighten(outdir: Path) -> None:
    """Cut and minify the site's stylesheets, minify its scripts."""
    names = site_names(outdir)
    for relative in STYLESHEETS:
        path = outdir / "_static" / relative
        if path.exists():
            path.write_text(cut(path.read_text(encoding="utf-8"), names), encoding="utf-8")
    for script in outdir.rglob("_static/**/*.js"):
        if not script.name.endswith(TEXT_SCRIPTS):
            text = script.read_text(encoding="utf-8")
            small = rjsmin.jsmin(text)
            if small != text:
                script.write_text(small, encoding="utf-8")


def _build_finished(app: Sphinx, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        lighten(Path(app.outdir))


def setup(app: Sphinx) -> dict[str, Any]:
    # after furo has written pygments.css (default priority) and before katex_fonts (920),
    # which keeps the glyphs that KaTeX's cut stylesheet still inserts
    app.connect("build-finished", _build_finished, priority=910)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
