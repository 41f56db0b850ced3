"""The orders of the gallery index: by family, A to Z (English) and 五十音順 (Japanese).

Japanese indexes list names in Latin letters first (英字), then by the kana of their reading:
a title in katakana or hiragana is its own reading, a title that starts with a kanji has one in
its record (``reading_ja``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from docutils import nodes
from gojuon import ROWS, kana_key, row
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

LATIN = "英字"


def first_sentence(text: str) -> str:
    return re.split(r"(?<=\.)\s", text, maxsplit=1)[0]


def alphabetical(catalog: Mapping[str, Any]) -> list[Any]:
    return sorted(catalog.values(), key=lambda r: r.title_en.casefold())


def reading(record: Any) -> str:
    """The title's reading: ``reading_ja``, or the title itself (kana, or Latin letters)."""
    return record.reading_ja or record.title_ja


def gojuon_groups(catalog: Mapping[str, Any]) -> list[tuple[str, list[Any]]]:
    """``[(英字, [...]), (あ, [...]), ...]``: the Japanese index, empty rows left out."""
    groups: dict[str, list[Any]] = {LATIN: [], **{kana: [] for kana in ROWS}}
    for record in catalog.values():
        key = reading(record)
        groups[LATIN if key[0].isascii() else row(key)].append(record)
    groups[LATIN].sort(key=lambda r: r.title_ja.casefold())
    for kana in ROWS:
        groups[kana].sort(key=lambda r: kana_key(reading(r)))
    return [(label, records) for label, records in groups.items() if records]


def gallery_index(families: Mapping[str, Any], present: list[str]) -> str:
    """The reStructuredText that ``gallery/README.rst`` includes above the thumbnails: a heading
    and a sentence for each family, then the index.  The lists of links come from
    ``.. gallery-links::`` (:class:`GalleryLinks`) at read time, in the page's language, and
    are no messages to translate."""
    lines = ["Activations by family", "---------------------", ""]
    for key in present:
        title = families[key].title
        lines += [title, "~" * len(title), ""]
        lines += [f"{first_sentence(families[key].intro)} See :ref:`family-{key}`.", ""]
        lines += [f".. gallery-links:: {key}", ""]
    lines += ["Index", "-----", "", ".. gallery-links:: index", ""]
    return "\n".join(lines)


class GalleryLinks(SphinxDirective):
    """``.. gallery-links:: <family>`` or ``index``: links to the gallery examples of a family,
    or to all of them, A to Z in English and in 五十音順 (英字 first) in Japanese, under the
    catalogue's Japanese titles."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        import activations

        from . import gallery_labels

        labels = gallery_labels(self.env.app, activations.catalog)
        shown = {name: r for name, r in activations.catalog.items() if name in labels}
        japanese = self.config.language == "ja"
        if self.arguments[0] != "index":
            groups = [("", [r for r in shown.values() if r.family == self.arguments[0]])]
        elif japanese:
            groups = gojuon_groups(shown)
        else:
            groups = [("", alphabetical(shown))]
        paragraphs = []
        for heading, records in groups:
            # made here in the page's language: no message to translate
            paragraph = nodes.paragraph(classes=["gallery-links"], translatable=False)
            if heading:
                paragraph += [nodes.strong(heading, heading), nodes.Text(" ")]
            for i, record in enumerate(records):
                if i:
                    paragraph += nodes.Text(" · ")
                text = record.title_ja if japanese else labels[record.name]
                paragraph += addnodes.pending_xref(
                    "",
                    nodes.inline(text, text),
                    refdomain="std",
                    reftype="ref",
                    reftarget=labels[record.name],
                    refexplicit=japanese,  # English: the example's own title
                    refwarn=True,
                )
            paragraphs.append(paragraph)
        return paragraphs
