"""Translate the theme's and Sphinx's English labels that no catalogue reaches.

A Japanese page must not read "Toggle Light / Dark / Auto color theme" to a screen reader.
Three kinds of label escape the usual route (``_()`` in a template, ``sphinx.pot``):

- labels written as plain text in furo's templates (the theme toggle, the sidebar toggles, the
  titles of its icons): a Jinja extension wraps them in ``_()`` as the templates are read, so
  ``make gettext`` extracts them and a translated build translates them;
- the label of each expandable entry of the navigation, which furo writes in Python
  ("Toggle navigation of <title>"): rewritten from the page's context, in the page's language;
- Sphinx's titles of the ¶ links ("Link to this heading"), which Sphinx translates but does
  not extract from its own code: added to ``sphinx.pot`` by hand;
- sphinx-copybutton's tooltips ("Copy", "Copied!"), from a table in its script that has no
  Japanese: the translated build adds its language to the table, from ``sphinx.po``.

Every label listed here is checked against furo's templates by the tests, so a theme update
that rewords one fails loudly instead of leaving it in English.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from jinja2.ext import Extension
from site_i18n import extract_to_sphinx_pot
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.locale import _

#: Labels that furo's templates write as plain text (aria-label values, icon titles).
FURO_LABELS = (
    "Toggle site navigation sidebar",
    "Toggle table of contents sidebar",
    "Toggle Light / Dark / Auto color theme",
    "Contents",
    "Menu",
    "Expand",
    "Light mode",
    "Dark mode",
    "Auto light/dark, in light mode",
    "Auto light/dark, in dark mode",
)
#: furo's label of an expandable navigation entry, as a catalogue message.
NAVIGATION_TOGGLE = "Toggle navigation of %(title)s"
_FURO_NAVIGATION_TOGGLE = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')
#: Titles of Sphinx's ¶ links, translated by Sphinx but missing from ``sphinx.pot``.
PERMALINK_TITLES = (
    "Link to this heading",
    "Link to this term",
    "Link to this image",
    "Link to this definition",
    "Link to this equation",
    "Link to this table",
    "Link to this code",
)

#: sphinx-copybutton's tooltips, by the keys of the message table in its ``copybutton.js``.
COPYBUTTON_LABELS = {
    "copy": "Copy",
    "copy_to_clipboard": "Copy to clipboard",
    "copy_success": "Copied!",
    "copy_failure": "Failed to copy",
}
_COPYBUTTON_TABLE = re.compile(r"const messages\s*=\s*\{")


class FuroLabels(Extension):
    """Wrap furo's plain-text labels in ``_()`` as the templates are read."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        for label in FURO_LABELS:
            source = source.replace(f'aria-label="{label}"', f'aria-label="{{{{ _("{label}") }}}}"')
            source = source.replace(
                f"<title>{label}</title>", f'<title>{{{{ _("{label}") }}}}</title>'
            )
        return source


def _builder_inited(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)  # builders that write no HTML have none
    if templates is not None:
        templates.environment.add_extension(FuroLabels)
    extract_to_sphinx_pot(
        app, (NAVIGATION_TOGGLE, *PERMALINK_TITLES, *COPYBUTTON_LABELS.values()), __file__
    )


def translate_navigation(tree: str) -> str:
    """furo's navigation HTML with each entry's toggle label in the build's language."""
    return _FURO_NAVIGATION_TOGGLE.sub(
        lambda m: f'aria-label="{_(NAVIGATION_TOGGLE) % {"title": m.group(1)}}"', tree
    )


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: Any
) -> None:
    if "furo_navigation_tree" in context:
        context["furo_navigation_tree"] = translate_navigation(context["furo_navigation_tree"])


def with_copybutton_labels(script: str, language: str) -> str:
    """sphinx-copybutton's script with the tooltips of ``language`` in its message table."""
    labels = {key: _(label) for key, label in COPYBUTTON_LABELS.items()}
    entry = f"const messages={{{json.dumps(language)}:{json.dumps(labels, ensure_ascii=False)},"
    script, count = _COPYBUTTON_TABLE.subn(entry, script, count=1)
    if not count:
        raise ExtensionError("theme_strings: sphinx-copybutton's message table is gone")
    return script


def _translate_copybutton(app: Sphinx, exception: Exception | None) -> None:
    script = Path(app.outdir) / "_static" / "copybutton.js"
    if exception is None and app.config.language != "en" and script.is_file():
        text = with_copybutton_labels(script.read_text(encoding="utf-8"), app.config.language)
        script.write_text(text, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _builder_inited)
    app.connect("build-finished", _translate_copybutton)
    app.connect("html-page-context", _page_context, priority=600)  # after furo's (500)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
