"""The works the catalogue cites: origins of the activations and the models that use them."""

from __future__ import annotations

import re

import pytest

from activations import catalog

CITATIONS = [
    (record.name, work)
    for record in catalog.values()
    for work in [record.origin, *(use.citation for use in record.used_in)]
]


def test_each_work_is_defined_once() -> None:
    """Two records that cite one paper share its Origin (activations/_records/_papers.py)."""
    by_title: dict[str, object] = {}
    copies = set()
    for _, work in CITATIONS:
        first = by_title.setdefault(work.title.casefold(), work)
        if first is not work:
            copies.add(work.title)
    assert not copies, f"defined more than once (move them to _papers.py): {sorted(copies)}"


@pytest.mark.parametrize(
    ("name", "work"), CITATIONS, ids=lambda value: getattr(value, "title", value)
)
def test_citation_is_well_formed(name: str, work) -> None:
    assert work.url.startswith("https://"), f"{name}: {work.url}"
    assert work.authors and work.title, name
    arxiv = re.fullmatch(r"https://arxiv\.org/abs/(\d{2})(\d{2})\.\d{4,5}", work.url)
    if arxiv:
        # a paper appears in the month of its identifier and is published then or within 2 years
        posted = 2000 + int(arxiv.group(1))
        assert posted <= work.year <= posted + 2, f"{name}: {work.title} ({work.year}, {work.url})"
