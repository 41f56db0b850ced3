"""Accuracy against mpmath: the worst error in ULP of every function and derivative.

float64 over the whole finite range (tails included) and float32 likewise, measured on the
same grids as ``tests/test_accuracy.py`` but at twice the density; the table is the figure
the issue asks for, the test is the guarantee.

Run: ``python -m benchmarks.accuracy`` (part of ``make bench``).
"""

from __future__ import annotations

import numpy as np

from activations import catalog
from tests.reference import finite_grid, reference_values, ulp_errors


def worst_ulp(record, which: str, dtype) -> tuple[float, float]:
    grid = finite_grid(dtype, per_decade=6 if dtype is np.float64 else 12)
    if which == "derivative":
        grid = grid[~np.isin(grid, [k.x for k in record.kinks])]
    reference = record.reference if which == "function" else record.derivative_reference
    truth = reference_values(reference, grid, record.defaults)
    errors = ulp_errors(getattr(record, which)(grid, **record.defaults), truth, dtype)
    worst = int(np.argmax(errors))
    return float(errors[worst]), float(grid[worst])


def main() -> None:
    print("Worst error in ULP against mpmath (256 bits), whole finite range")
    print(
        f"{'activation':<18} {'f64 f':>8} {'f64 df':>8} {'f32 f':>8} {'f32 df':>8}  worst x (f64 df)"
    )
    worst_overall = 0.0
    for record in catalog.values():
        if record.vector:
            continue
        cells = []
        for dtype in (np.float64, np.float32):
            for which in ("function", "derivative"):
                error, where = worst_ulp(record, which, dtype)
                cells.append(error)
                if dtype is np.float64 and which == "derivative":
                    worst_x = where
        worst_overall = max(worst_overall, cells[0], cells[1])
        print(f"{record.name:<18} " + " ".join(f"{c:>8.2f}" for c in cells) + f"  {worst_x:.3g}")
    print(f"worst float64 error over the catalogue: {worst_overall:.2f} ULP (target <= 4)")


if __name__ == "__main__":
    main()
