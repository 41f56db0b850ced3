"""Write ``activations/_serf_coefficients.py``: the polynomials of Serf and its derivative.

Usage: ``python scripts/serf_coefficients.py`` (rewrites the module; ``--check`` only compares).

Serf'(x) = erf(s) + x (2/sqrt pi) e^{-s^2} sigma(x), s = softplus(x), vanishes at
x* = -1.19306...; computed as that sum it loses everything to cancellation at x*, and still 3
bits a quarter away from it.  Two tables replace the sum there:

* on [ROOT - 0.625, ROOT + 1.625] (about [-1.82, 0.43]), Taylor polynomials of Serf' of degree
  DEGREE on pieces of width 1/4 centred at ROOT + k/4, k = -2 .. 6, ROOT the double nearest x*:
  the piece around the root keeps full relative accuracy through the zero (and, on the same
  pieces, those of erf(softplus(x)), which Serf multiplies by x: 1 - erfc loses up to 2 ULP
  there);
* left of it, with u = e^x <= 0.162, Serf'(x) = (2/sqrt pi) u ((1 + x) + u (Q1(u) + x Q2(u))),
  where 1 + u Q1(u) = erf(log1p u) / ((2/sqrt pi) u) and 1 + u Q2(u) = e^{-log1p(u)^2} / (1 + u)
  are power series of radius 1, truncated at degree U_DEGREE; 1 + x is exact and the correction
  is small, so little is lost.

The coefficients are Taylor coefficients computed by mpmath at 256 bits.
``tests/test_smooth.py`` runs this generator and compares its output with the module, and checks
the derivative against mpmath across the pieces and their edges.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import mpmath

MODULE = Path(__file__).resolve().parents[1] / "activations" / "_serf_coefficients.py"

DEGREE = 14  # of the Taylor polynomials of Serf'
FIRST, LAST = -2, 6  # pieces centred at ROOT + k/4
U_DEGREE = 24  # of Q1 and Q2
PRECISION = 256  # bits


def derivative(x):
    k = 2 / mpmath.sqrt(mpmath.pi)
    s = mpmath.log1p(mpmath.exp(x))
    return mpmath.erf(s) + x * k * mpmath.exp(-s * s) / (1 + mpmath.exp(-x))


def root() -> float:
    with mpmath.workprec(PRECISION):
        return float(mpmath.findroot(derivative, mpmath.mpf(-1.19)))


def erf_softplus(x):
    return mpmath.erf(mpmath.log1p(mpmath.exp(x)))


def table(centre_root: float, function) -> list[list[float]]:
    rows = []
    with mpmath.workprec(PRECISION):
        for k in range(FIRST, LAST + 1):
            c = centre_root + 0.25 * k  # exact: both are multiples of 2^-52 below 2
            coefficients = mpmath.taylor(function, mpmath.mpf(c), DEGREE)
            rows.append([c] + [float(v) for v in coefficients])
    return rows


def u_series() -> tuple[list[float], list[float]]:
    with mpmath.workprec(PRECISION):
        k = 2 / mpmath.sqrt(mpmath.pi)

        # erf(log1p u) / ((2/sqrt pi) u) = 1 + u Q1(u): Q1's coefficients are erf(log1p u)'s
        # from the second on, divided by 2/sqrt pi
        q1 = [
            c / k for c in mpmath.taylor(lambda u: mpmath.erf(mpmath.log1p(u)), 0, U_DEGREE + 2)[2:]
        ]
        q2 = mpmath.taylor(
            lambda u: mpmath.exp(-(mpmath.log1p(u) ** 2)) / (1 + u), 0, U_DEGREE + 1
        )[1:]
        return [float(v) for v in q1], [float(v) for v in q2]


def module_text() -> str:
    r = root()
    rows = table(r, derivative)
    erf_rows = table(r, erf_softplus)
    q1, q2 = u_series()
    lines = [
        '"""Polynomials of Serf and its derivative, written by ``scripts/serf_coefficients.py``: do not edit.',
        "",
        "TABLE: one row per piece of width 1/4: its centre ROOT + k/4 (k = -2 .. 6), then the",
        f"{DEGREE + 1} Taylor coefficients of Serf' there; ERF_TABLE: the same for",
        "erf(softplus(x)) = Serf(x) / x.  Q1, Q2: the power series in u = e^x of",
        "erf(log1p u) / ((2/sqrt pi) u) = 1 + u Q1(u) and e^{-log1p(u)^2} / (1 + u) = 1 + u Q2(u).",
        "The script's docstring says how they are used and computed.",
        '"""',
        "",
        f"ROOT = {r!r}  # double nearest to the root x* of Serf'",
        "LOW = ROOT - 0.625  # start of the first piece",
        f"PIECES = {len(rows)}",
        "",
        "TABLE = (",
        *[f"    ({', '.join(repr(v) for v in row)})," for row in rows],
        ")",
        "",
        "ERF_TABLE = (",
        *[f"    ({', '.join(repr(v) for v in row)})," for row in erf_rows],
        ")",
        "",
        "Q1 = (",
        *[f"    {v!r}," for v in q1],
        ")",
        "Q2 = (",
        *[f"    {v!r}," for v in q2],
        ")",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the module")
    args = parser.parse_args(argv)
    text = module_text()
    if args.check:
        same = MODULE.exists() and MODULE.read_text() == text
        print("up to date" if same else f"{MODULE} differs")
        return 0 if same else 1
    MODULE.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
