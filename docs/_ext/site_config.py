"""Facts about the site that several parts of the build need, each defined once.

- Its languages: English, the source language, then one translation per folder of
  ``docs/locales/`` (the Makefile derives its list from the same folders), each named in its
  own language by babel's locale data.
- Its address: ``SITE_URL`` from the environment (the Pages workflow sets it), or none.
- Its source: the repository address and the distribution name, from ``pyproject.toml``.

The Sphinx configuration, the local extensions, ``scripts/site_root.py`` and the tests import
this module instead of repeating any of these.
"""

from __future__ import annotations

import functools
import os
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "docs" / "locales"

SOURCE_LANGUAGE = "en"
#: The site's languages, the source language first.
LANGUAGES: tuple[str, ...] = (
    SOURCE_LANGUAGE,
    *sorted(p.parent.name for p in LOCALES.glob("*/LC_MESSAGES")),
)


@functools.cache
def language_name(code: str) -> str:
    """The language's name in itself ("English", "日本語")."""
    from babel import Locale

    return Locale.parse(code).display_name


def site_url() -> str | None:
    """The site's root URL (every language lives below it), ending in a slash; ``None`` when
    ``SITE_URL`` is not set, and then no page states an address (canonical URLs, ``og:url``,
    ``hreflang`` alternates and the sitemap need one, and a guess would be wrong)."""
    url = os.environ.get("SITE_URL", "").strip()
    return url.rstrip("/") + "/" if url else None


@functools.cache
def _project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def repository_url() -> str:
    """The address of the source repository (``[project.urls] Repository``)."""
    return _project()["urls"]["Repository"].rstrip("/")


def licence_header() -> str:
    """The comment lines at the top of every downloadable example (.py and notebook)."""
    return (
        "# From the activations reference, " + repository_url() + "\n"
        "# Code: BSD 3-Clause licence. Text and figures: CC BY 4.0, with the credit line\n"
        '# "From the activations reference (CC BY 4.0)".\n'
    )


def distribution_name() -> str:
    """The name to install the library by (``pip install <name>``)."""
    return _project()["name"]
