"""Peak memory of one call on 10**6 float64 elements, as a multiple of the input's size.

numpy reports its array allocations to :mod:`tracemalloc`, so the traced peak of a call is the
largest amount of array memory it held at once, the result included: 1.0 is the result alone,
and each temporary the size of the input adds 1.0.  The target is at most 4 (the result and
three temporaries).  The textbook formula is measured alongside for comparison.  Vector
activations act on rows of length 10, as in :mod:`benchmarks.speed`; a Jacobian (measured on
10**4 rows) is ten times the size of its input, so its peak is counted in units of the result.

Run: ``python -m benchmarks.memory`` (part of ``make bench``).
"""

from __future__ import annotations

import argparse
import json
import tracemalloc

import numpy as np

from activations import catalog
from activations.textbook import FORMULAS

from .speed import ROW, SIZE

#: The result and at most three temporaries the size of the input.
TARGET = 4.0


def peak_multiple(function, x) -> float:
    """Traced peak of ``function(x)`` over the larger of ``x`` and the result (after a warm-up)."""
    function(x)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = function(x)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / max(x.nbytes, np.asarray(result).nbytes)


def measure(names) -> list[dict]:
    x = np.random.default_rng(0).normal(scale=5.0, size=SIZE)
    x_rows = x.reshape(-1, ROW)
    rows = []
    for record in catalog.values():
        if names and record.name not in names:
            continue
        x_f, x_df = (x_rows, x_rows[: SIZE // ROW**2]) if record.vector else (x, x)
        row = {
            "name": record.name,
            "f": peak_multiple(record.function, x_f),
            "df": peak_multiple(record.derivative, x_df),
        }
        if record.name in FORMULAS:
            naive_f, naive_df = FORMULAS[record.name]
            with np.errstate(all="ignore"):
                row["naive_f"] = peak_multiple(naive_f, x_f)
                row["naive_df"] = peak_multiple(naive_df, x_df)
        rows.append(row)
    return rows


def report(rows: list[dict]) -> None:
    print(f"Peak memory of one call on {SIZE:,} float64 elements, in multiples of the input")
    print(f"{'activation':<18}{'f':>7}{'df':>7}{'naive f':>9}{'naive df':>10}")
    for row in rows:
        naive = [row.get("naive_f"), row.get("naive_df")]
        cells = "".join(f"{v:>9.2f}" if v is not None else " " * 9 for v in naive)
        print(f"{row['name']:<18}{row['f']:>7.2f}{row['df']:>7.2f}{cells}")
    worst = max(rows, key=lambda r: max(r["f"], r["df"]))
    value = max(worst["f"], worst["df"])
    print(f"largest: {value:.2f} ({worst['name']}); target <= {TARGET:g} (result + 3 temporaries)")
    for row in rows:
        for which in ("f", "df"):
            if row[which] > TARGET:
                print(f"  over {TARGET:g}: {row['name']} {which} {row[which]:.2f}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated catalogue names")
    parser.add_argument("--json", help="also write the measurements to this file")
    args = parser.parse_args(argv)
    rows = measure({n for n in args.only.split(",") if n})
    report(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, indent=1)


if __name__ == "__main__":
    main()
