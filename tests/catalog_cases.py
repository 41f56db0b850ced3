"""Parametrisation shared by the catalogue-wide tests: a new entry is tested with no new code."""

from __future__ import annotations

import pytest

from activations import catalog

ELEMENTWISE = [record for record in catalog.values() if not record.vector]


def over_elementwise(function):
    """Parametrise a test over every element-wise record, with the record name as test id."""
    return pytest.mark.parametrize("record", ELEMENTWISE, ids=[r.name for r in ELEMENTWISE])(
        function
    )


def kink_points(record) -> set[float]:
    return {kink.x for kink in record.kinks}
