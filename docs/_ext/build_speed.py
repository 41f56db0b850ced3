"""Measured fixes that keep the Japanese build cheap (budget: bilingual <= 1.35 x English).

A Japanese build is an English one plus the translation of about 3,600 messages, each
parsed by Sphinx as a small document of its own. Profiling it found these costs (all
but the last are fixed in translation builds only, which alone parse messages):

- Sphinx's ``Locale`` transform parses every message twice: a first pass looks for
  translated section titles and glossary terms and throws the other parses away, the
  second parses the same text again. The first parse is kept (a copy, as the first pass
  may alter what it gets) and handed to the second: a tenth of the Japanese build.
- For a Markdown page, MyST builds a new Markdown parser and renderer for each message,
  and the renderer a throwaway document with fresh default settings
  (``options.get("document", make_document())`` evaluates its default), which docutils
  assembles from an option parser every time: together a tenth. Messages share one
  parser (a renderer resets itself for each text), and the defaults are computed once.
- The translated nodes keep a reference to their message's throwaway document, so every
  page's pickled doctree carried all of them (9 MB of doctrees instead of 4). They are
  pointed at their page.
- numpydoc validates every docstring in each language; the English build does it alone.
- A build allocates millions of docutils nodes and hardly any cyclic garbage. With
  Python's default thresholds the cyclic collector took a quarter of the Japanese build
  (measured with ``gc.callbacks``); with the thresholds below, a tenth, at the same peak.

None of them changes a byte of the site (checked by diffing builds with and without).
They replace private functions of Sphinx and MyST through :mod:`patches`: on a version they were
not verified against they switch themselves off with a warning (an error under ``-W``).
"""

from __future__ import annotations

import copy
import functools
import gc
from typing import Any

from docutils import nodes
from docutils.frontend import Values, get_default_settings
from markdown_it import MarkdownIt
from myst_parser.mdit_to_docutils import base as myst_renderer
from myst_parser.parsers import sphinx_ as myst_sphinx_parser
from patches import Patch, apply
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms import i18n

_parse_msgstr = i18n._publish_msgstr
_create_md_parser = myst_sphinx_parser.create_md_parser

_first_parses: dict[tuple[str, int | None, str], nodes.Element] = {}
_md_parsers: dict[tuple[int, type], tuple[Any, MarkdownIt]] = {}  # id(config): (config, parser)
_translating = False  # inside _parse_msgstr_once


def _parse_msgstr_once(
    source: str, source_path: str, source_line: int | None, **kwargs: Any
) -> nodes.Element:
    global _translating
    key = (source_path, source_line, source)
    kept = _first_parses.pop(key, None)
    if kept is not None:
        return kept
    _translating = True
    try:
        parsed = _parse_msgstr(source, source_path, source_line, **kwargs)
    finally:
        _translating = False
    _first_parses[key] = parsed.deepcopy()
    return parsed


def _md_parser(config: Any, renderer: type) -> MarkdownIt:
    """One parser for all messages (a message's parse never starts another parse)."""
    if not _translating:
        return _create_md_parser(config, renderer)
    key = (id(config), renderer)
    if key not in _md_parsers:
        _md_parsers[key] = (config, _create_md_parser(config, renderer))
    return _md_parsers[key][1]


@functools.cache
def _cached_default_settings(*components: Any) -> Values:
    return get_default_settings(*components)


def _default_settings(*components: Any) -> Values:
    return copy.copy(_cached_default_settings(*components))


def _adopt_translated_nodes(app: Sphinx, doctree: nodes.document) -> None:
    _first_parses.clear()  # parses the second pass did not ask for (titles, glossary terms)
    for node in doctree.findall():
        if node.__dict__.get("_document", doctree) is not doctree:
            node.document = doctree


PATCHES = (
    Patch(
        "sphinx",
        i18n,
        "_publish_msgstr",
        "(source: 'str', source_path: 'str', source_line: 'int', *, config: 'Config', "
        "env: 'BuildEnvironment', registry: 'SphinxComponentRegistry', settings: 'Values') "
        "-> 'nodes.Element'",
        _parse_msgstr_once,
        speed_only=True,
    ),
    Patch(
        "myst-parser",
        myst_renderer,
        "get_default_settings",
        "(*components: 'SettingsSpec') -> 'Values'",
        _default_settings,
        speed_only=True,
    ),
    Patch(
        "myst-parser",
        myst_sphinx_parser,
        "create_md_parser",
        "(config: 'MdParserConfig', renderer: 'Callable[[MarkdownIt], RendererProtocol]') "
        "-> 'MarkdownIt'",
        _md_parser,
        speed_only=True,
    ),
)


def _config_inited(app: Sphinx, config: Config) -> None:
    """Translation builds only: the English build parses no messages."""
    if config.language == "en":
        return
    for patch in PATCHES:
        apply(patch)
    config.numpydoc_validation_checks = set()
    app.connect("doctree-read", _adopt_translated_nodes)


def setup(app: Sphinx) -> dict[str, Any]:
    gc.set_threshold(50_000, 20, 100)
    app.connect("config-inited", _config_inited, priority=100)  # before numpydoc reads it
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
