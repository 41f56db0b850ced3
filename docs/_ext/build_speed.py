"""Measured fixes that keep the Japanese build cheap (budget: bilingual <= 1.35 x English).

A Japanese build is an English one plus the translation of about 3,600 messages, each
parsed by Sphinx as a small document of its own. Four costs came out of profiling it:

- Sphinx's ``Locale`` transform parses every message twice: a first pass looks for
  translated section titles and glossary terms and throws the other parses away, the
  second parses the same text again. The first parse is kept (a copy, as the first pass
  may alter what it gets) and handed to the second: a tenth of the Japanese build.
- For a Markdown page, MyST's renderer builds a throwaway document with fresh default
  settings for each message (``options.get("document", make_document())`` evaluates its
  default), and docutils assembles them from an option parser every time: a twentieth.
  The defaults are computed once and copied.
- The translated nodes keep a reference to their message's throwaway document, so every
  page's pickled doctree carried all of them (9 MB of doctrees instead of 4). They are
  pointed at their page.
- A build allocates millions of docutils nodes and hardly any cyclic garbage. With
  Python's default thresholds the cyclic collector took a quarter of the Japanese build
  (measured with ``gc.callbacks``); with the thresholds below, a tenth, at the same peak.

None of them changes a byte of the site (checked by diffing builds with and without).
Sphinx and MyST are pinned in ``requirements/docs.lock``.
"""

from __future__ import annotations

import copy
import functools
import gc
from typing import Any

from docutils import nodes
from docutils.frontend import Values, get_default_settings
from myst_parser.mdit_to_docutils import base as myst_renderer
from sphinx.application import Sphinx
from sphinx.transforms import i18n

_parse_msgstr = i18n._publish_msgstr
_first_parses: dict[tuple[str, int | None, str], nodes.Element] = {}


def _parse_msgstr_once(
    source: str, source_path: str, source_line: int | None, **kwargs: Any
) -> nodes.Element:
    key = (source_path, source_line, source)
    kept = _first_parses.pop(key, None)
    if kept is not None:
        return kept
    parsed = _parse_msgstr(source, source_path, source_line, **kwargs)
    _first_parses[key] = parsed.deepcopy()
    return parsed


@functools.cache
def _cached_default_settings(*components: Any) -> Values:
    return get_default_settings(*components)


def _default_settings(*components: Any) -> Values:
    return copy.copy(_cached_default_settings(*components))


def _doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    _first_parses.clear()  # parses the second pass did not ask for (titles, glossary terms)
    for node in doctree.findall():
        if node.__dict__.get("_document", doctree) is not doctree:
            node.document = doctree


def setup(app: Sphinx) -> dict[str, Any]:
    i18n._publish_msgstr = _parse_msgstr_once
    myst_renderer.get_default_settings = _default_settings
    gc.set_threshold(50_000, 20, 100)
    app.connect("doctree-read", _doctree_read)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
