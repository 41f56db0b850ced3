"""The references themselves: each record's derivative_reference is the derivative of reference.

mpmath's numerical differentiation at 256 bits is independent of how the derivative was
derived, so this checks the formula the site prints for f' as well as the library.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from activations import catalog

from .catalog_cases import kink_points, over_elementwise
from .reference import derivative_by_diff, evaluate

POINTS = np.linspace(-7.3, 7.3, 23)  # avoids the usual kinks (0, +-1, +-3, 6) by construction


@over_elementwise
def test_derivative_reference_is_the_derivative(record):
    kinks = sorted(kink_points(record))
    for x in POINTS:
        nearest = min(kinks, key=lambda k: abs(k - x), default=None)
        direction = 0 if nearest is None or abs(nearest - x) > 1e-3 else (1 if x > nearest else -1)
        numeric = derivative_by_diff(record.reference, x, record.defaults, direction)
        with mpmath.workprec(256):
            stated = evaluate(record.derivative_reference, mpmath.mpf(x), record.defaults)
            scale = max(abs(stated), mpmath.mpf(1))
            assert abs(numeric - stated) <= mpmath.mpf(10) ** -40 * scale, (
                f"{record.name}: derivative_reference {stated} != numerical derivative "
                f"{numeric} at x = {x}"
            )


@pytest.mark.parametrize("record", list(catalog.values()), ids=list(catalog))
def test_every_record_has_its_references(record):
    """A scaffolded record (make new-activation) has None here until its references are written."""
    for field in ("reference", "derivative_reference"):
        assert callable(getattr(record, field)), f"{record.name}: write the record's mpmath {field}"
