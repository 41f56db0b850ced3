"""Accuracy of every function and derivative against mpmath, over the whole finite range.

float64 results must be within 4 ULP of the correctly rounded value wherever that value is a
normal number; float32 and float16 within 1 ULP of their own correctly rounded value.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest

from activations import catalog

from .catalog_cases import kink_points, over_elementwise
from .reference import finite_grid, reference_values, ulp_errors

TOLERANCE = {np.float64: 4.0, np.float32: 1.0, np.float16: 1.0}
GRID_DENSITY = {np.float64: 3, np.float32: 6, np.float16: 20}  # points per decade


@functools.cache
def _grid_and_truth(name: str, which: str, dtype):
    record = catalog[name]
    grid = finite_grid(dtype, per_decade=GRID_DENSITY[dtype])
    if which == "derivative":  # values at kinks are a convention, tested in test_properties
        grid = grid[~np.isin(grid, list(kink_points(record)))]
    reference = record.reference if which == "function" else record.derivative_reference
    return grid, reference_values(reference, grid, record.defaults)


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.float16], ids=lambda d: d.__name__)
@pytest.mark.parametrize("which", ["function", "derivative"])
@over_elementwise
def test_within_ulp_tolerance(record, which, dtype):
    grid, truth = _grid_and_truth(record.name, which, dtype)
    ours = getattr(record, which)(grid, **record.defaults)
    assert ours.dtype == dtype
    errors = ulp_errors(ours, truth, dtype)
    worst = int(np.argmax(errors))
    assert errors[worst] <= TOLERANCE[dtype], (
        f"{record.name} {which} in {dtype.__name__}: {errors[worst]:.3g} ULP at "
        f"x = {grid[worst]!r} (ours {ours[worst]!r}, exact {float(truth[worst])!r})"
    )
