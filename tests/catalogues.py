"""The Japanese catalogues, one per document: where they are and how to read them."""

from __future__ import annotations

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LOCALE = DOCS / "locales" / "ja" / "LC_MESSAGES"

#: Catalogues of fixed strings that no document's template holds (the theme's: Sphinx merges
#: ``sphinx.po`` from ``locale_dirs`` behind its own Japanese catalogue).
THEME_CATALOGUES = {"sphinx"}


def docnames(directory: Path, suffix: str) -> set[str]:
    if not directory.is_dir():
        return set()
    return {
        p.relative_to(directory).as_posix()[: -len(suffix)] for p in directory.rglob(f"*{suffix}")
    }


def po(docname: str) -> polib.POFile:
    path = LOCALE / f"{docname}.po"
    assert path.is_file(), f"missing catalogue {path.relative_to(ROOT)}"
    return polib.pofile(str(path))


#: Every catalogue (document names, without ``.po``): all of them are checked.
COMPLETE = sorted(docnames(LOCALE, ".po"))
TEMPLATED = sorted(set(COMPLETE) - THEME_CATALOGUES)
