"""The orders of the gallery index: by family, A to Z (English) and 五十音順 (Japanese).

Japanese indexes list names in Latin letters first (英字), then by the kana of their reading:
a title in katakana or hiragana is its own reading, a title that starts with a kanji has one in
its record (``reading_ja``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

#: The rows of the kana table, each named by its first kana.
GOJUON_ROWS = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"]
LATIN = "英字"


def first_sentence(text: str) -> str:
    return re.split(r"(?<=\.)\s", text, maxsplit=1)[0]


def alphabetical(catalog: Mapping[str, Any]) -> list[Any]:
    return sorted(catalog.values(), key=lambda r: r.title_en.casefold())


def reading(record: Any) -> str:
    """The title's reading in hiragana (katakana folded), or the title itself if Latin."""
    text = record.reading_ja or record.title_ja
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def _row(kana: str) -> str:
    """The 五十音 row of a hiragana: あ for あ-お, か for か-ご..."""
    base = unicodedata.normalize("NFD", kana)[0]  # が -> か, ぱ -> は
    return GOJUON_ROWS[bisect.bisect_right(GOJUON_ROWS, base) - 1]


def gojuon_groups(catalog: Mapping[str, Any]) -> list[tuple[str, list[Any]]]:
    """``[(英字, [...]), (あ, [...]), ...]``: the Japanese index, empty rows left out."""
    groups: dict[str, list[Any]] = {LATIN: [], **{row: [] for row in GOJUON_ROWS}}
    for record in catalog.values():
        key = reading(record)
        groups[LATIN if key[0].isascii() else _row(key[0])].append(record)
    groups[LATIN].sort(key=lambda r: r.title_ja.casefold())
    for row in GOJUON_ROWS:
        groups[row].sort(key=reading)
    return [(label, records) for label, records in groups.items() if records]


def _links(labels: list[str]) -> str:
    return " · ".join(f":ref:`{label}`" for label in labels)


def gallery_index(
    catalog: Mapping[str, Any], families: Mapping[str, Any], gallery: Mapping[str, str]
) -> str:
    """The reStructuredText that ``gallery/README.rst`` includes above the thumbnails.

    The link lists are HTML-only, so that they are no messages to translate: the English one
    shows the examples' titles, the Japanese one the catalogue's Japanese titles (``lang_ja`` is
    the build's language tag, set by site_i18n).
    """
    shown = {name: record for name, record in catalog.items() if name in gallery}
    lines = ["Activations by family", "---------------------", ""]
    for key, family in families.items():
        members = [gallery[r.name] for r in shown.values() if r.family == key]
        if not members:
            continue
        lines += [family.title, "~" * len(family.title), ""]
        lines += [f"{first_sentence(family.intro)} See :ref:`family-{key}`.", ""]
        lines += [".. only:: html", "", f"   {_links(members)}", ""]
    lines += ["Index", "-----", "", ".. only:: html and not lang_ja", ""]
    lines += [f"   {_links([gallery[r.name] for r in alphabetical(shown)])}", ""]
    lines += [".. only:: html and lang_ja", ""]
    for label, records in gojuon_groups(shown):
        links = _links([f"{r.title_ja} <{gallery[r.name]}>" for r in records])
        lines += [f"   **{label}** {links}", ""]
    return "\n".join(lines)
