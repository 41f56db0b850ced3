"""CITATION.cff: a valid citation record that agrees with the package, and its BibTeX."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import activations

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from site_links import bibtex, citation  # noqa: E402  (docs/_ext, path above)

REQUIRED = {"cff-version", "message", "title", "authors", "version", "license"}


def test_record_is_complete_and_agrees_with_the_package() -> None:
    cff = citation()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert set(cff) >= REQUIRED, REQUIRED - set(cff)
    assert cff["cff-version"] == "1.2.0"
    assert str(cff["version"]) == activations.__version__
    assert cff["repository-code"] == project["urls"]["Repository"]
    assert project["license"] in cff["license"]  # the code's licence
    assert "CC-BY-4.0" in cff["license"]  # the text's and figures' (LICENSE-docs.md)
    assert [a["name"] for a in cff["authors"]] == [a["name"] for a in project["authors"]]


def test_bibtex_states_the_record() -> None:
    cff = citation()
    entry = bibtex(cff)
    assert entry.startswith("@software{activations_reference,\n") and entry.endswith("\n}")
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},$", entry, re.MULTILINE))
    assert fields["title"] == cff["title"]
    assert fields["version"] == activations.__version__
    assert fields["url"] == cff["repository-code"]
    assert fields["author"] == "{The activations reference authors}"
    assert "year" not in fields  # no release date yet: no invented year
    assert bibtex({**cff, "date-released": "2027-01-15"}).count("year = {2027},") == 1
    assert entry.count("{") == entry.count("}")
