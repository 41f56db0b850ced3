"""A rebuild writes the search index a clean build writes.

Two faults of Sphinx's incremental search index, both fixed here (reports for upstream in
``docs/_ext/UPSTREAM.md``):

- Sphinx collects the index entries (glossary terms, the index entries of the API pages) while
  it writes the pages, after it has saved the build environment, so they are not saved with
  it.  A rebuild loads the rest of the previous ``searchindex.js`` but not its
  ``indexentries``, feeds only the pages it writes again, and so writes ``"indexentries":{}``
  after a no-op ``make html``: glossary terms and API entries drop out of search
  (sphinx-doc/sphinx#12599).  :meth:`IndexBuilder.load` here restores them.
- A word removed from the only page that had it stays in the index with no page (``"word":[]``),
  so an edit and its revert leave a different index behind.

:meth:`IndexBuilder.freeze` here drops words without pages and index entries of deleted pages,
and puts the entries in page order, so that the order in which pages were written does not
matter either.
"""

from __future__ import annotations

import io
from typing import Any

from patches import Patch, apply
from sphinx.application import Sphinx
from sphinx.search import IndexBuilder

_load = IndexBuilder.load
_freeze = IndexBuilder.freeze


def _load_with_index_entries(self: IndexBuilder, stream: Any, format: Any) -> None:
    text = stream.read()
    _load(self, io.StringIO(text) if isinstance(text, str) else io.BytesIO(text), format)
    frozen = (self.formats[format] if isinstance(format, str) else format).loads(text)
    docnames = frozen["docnames"]
    entries: dict[str, list[tuple[str, str, str]]] = {}
    for entry, places in frozen.get("indexentries", {}).items():
        for doc, target, main in places:
            entries.setdefault(docnames[doc], []).append((entry, target, "main" if main else ""))
    self._index_entries = entries


def _freeze_in_page_order(self: IndexBuilder) -> dict[str, Any]:
    self._mapping = {word: pages for word, pages in self._mapping.items() if pages}
    self._title_mapping = {word: pages for word, pages in self._title_mapping.items() if pages}
    self._index_entries = {
        docname: sorted(entries, key=lambda e: (e[0].lower(), e[1], e[2]))
        for docname, entries in sorted(self._index_entries.items())
        if docname in self._titles
    }
    return _freeze(self)


PATCHES = (
    Patch(
        "sphinx",
        IndexBuilder,
        "load",
        "(self, stream: '_ReadableStream[str | bytes]', format: 'Any') -> 'None'",
        _load_with_index_entries,
    ),
    Patch("sphinx", IndexBuilder, "freeze", "(self) -> 'dict[str, Any]'", _freeze_in_page_order),
)


def setup(app: Sphinx) -> dict[str, Any]:
    for patch in PATCHES:
        apply(patch)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
