"""Which catalogue functions and derivatives give other bits than another revision's.

A speed change that claims "bit for bit as before" is checked here: every entry's function and
derivative, in float64 and float32, at its defaults, on about 810,000 points (normal samples at four
scales, both signs of 10^-300 to 10^300, zeros, infinities, NaN, subnormals, the kinks of the
piecewise functions and the edges of exp's range).  Values only, bit for bit, NaN included;
the accuracy tests say whether a change that moves bits stays within the bars.

Run: ``PYTHONPATH=. python scripts/same_bits.py DIR`` where ``DIR/activations`` is the other revision (for
instance ``git worktree add DIR REV``).  Prints the entries that differ, with how many values
and the first input that does; exits 1 if any do.
"""

from __future__ import annotations

import argparse
import sys
import warnings

import numpy as np

from activations import catalog
from benchmarks.speed import load_baseline

ROW = 10  # vector activations act on rows of this length
SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 1e-310, -1e-310, 1e300, -1e300]
EDGES = [708.5, -708.5, 709.5, -709.5, 745.2, -745.2, 3.0, -3.0, 1.0, -1.0, 6.0, 0.5, -0.5]


def inputs() -> np.ndarray:
    rng = np.random.default_rng(3)
    samples = [rng.normal(scale=scale, size=200_000) for scale in (0.5, 3.0, 30.0, 300.0)]
    decades = np.logspace(-300, 300, 5000)
    return np.concatenate([*samples, SPECIAL, EDGES, decades, -decades])


def differences(baseline, x: np.ndarray) -> list[str]:
    found = []
    for record in catalog.values():
        if record.name not in baseline.catalog:
            continue
        theirs = baseline.catalog[record.name]
        points = x[: x.size // ROW * ROW].reshape(-1, ROW)[:20_000] if record.vector else x
        for dtype in (np.float64, np.float32):
            typed = points if dtype is np.float64 else np.clip(points, -3e38, 3e38).astype(dtype)
            for kind in ("function", "derivative"):
                ours = getattr(record, kind)(typed)
                before = getattr(theirs, kind)(typed)
                where = f"{record.name} {kind} {np.dtype(dtype).name}"
                if ours.dtype != before.dtype or ours.shape != before.shape:
                    found.append(
                        f"{where}: {before.dtype} {before.shape} -> {ours.dtype} {ours.shape}"
                    )
                    continue
                unsigned = f"u{ours.itemsize}"  # compares signed zeros and NaN payloads too
                moved = np.flatnonzero(ours.view(unsigned) != before.view(unsigned))
                if moved.size:
                    first = (
                        ""
                        if record.vector
                        else f", first at x = {float(typed.reshape(-1)[moved[0]])!r}"
                    )
                    found.append(f"{where}: {moved.size} values{first}")
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", help="a folder holding another revision's activations/")
    args = parser.parse_args(argv)
    warnings.simplefilter("error")  # the library's contract: no RuntimeWarning
    found = differences(load_baseline(args.baseline), inputs())
    print("\n".join(found) if found else "every entry gives the same bits")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
