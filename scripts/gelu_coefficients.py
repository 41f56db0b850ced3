"""Write ``activations/_gelu_coefficients.py``: the polynomial pieces of GELU's tails.

Usage: ``python scripts/gelu_coefficients.py`` (rewrites the module; ``--check`` only compares).

For a = |x|, Phi(-a) = e^{-a^2/2} m(a) with m(a) = erfcx(a/sqrt 2)/2, a smooth, slowly varying
function.  m is tabulated as Taylor polynomials of degree 13 on 65 pieces of [0, 39.5]: width
1/4 below 8.13, width 1 above.  The pieces are placed so that the centre of piece 3 is the
double nearest to the root a* = 0.75179... of d(a) = m(a) - a/sqrt(2 pi), the zero of GELU' at
x = -a*: the derivative's polynomial is then expanded around its own root and keeps full
relative accuracy there.  The coefficients come from the recurrence of m's Taylor series,
t_{n+1} = (c t_n + t_{n-1}) / (n + 1), evaluated by mpmath at 2400 bits (the forward recurrence
loses about c^2/2 bits).  ``tests/test_smooth.py`` runs this script's generator and compares.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import mpmath

MODULE = Path(__file__).resolve().parents[1] / "activations" / "_gelu_coefficients.py"

DEGREE = 13  # of the Taylor polynomials of m
NARROW = 33  # pieces of width 1/4, then pieces of width 1
WIDE = 32
A_MAX = 39.5  # e^{-a^2/2} is 0 in float64 beyond 38.6
PRECISION = 2400  # bits


def root() -> float:
    """The double nearest to a*, the root of d(a) = m(a) - a/sqrt(2 pi)."""
    with mpmath.workprec(200):
        k = 1 / mpmath.sqrt(2 * mpmath.pi)
        return float(
            mpmath.findroot(
                lambda a: mpmath.erfc(a / mpmath.sqrt(2)) * mpmath.exp(a * a / 2) / 2 - a * k, 0.75
            )
        )


def centres(offset: float) -> list[float]:
    split = offset + 0.25 * NARROW
    return [offset + 0.25 * k + 0.125 for k in range(NARROW)] + [
        split + k + 0.5 for k in range(WIDE)
    ]


def row(centre: float) -> list[float]:
    """centre, m's DEGREE + 1 Taylor coefficients at it, then d's first two (d shares the rest)."""
    with mpmath.workprec(PRECISION):
        k = 1 / mpmath.sqrt(2 * mpmath.pi)
        c = mpmath.mpf(centre)
        t = [mpmath.erfc(c / mpmath.sqrt(2)) * mpmath.exp(c * c / 2) / 2]
        t.append(c * t[0] - k)
        for n in range(1, DEGREE):
            t.append((c * t[n] + t[n - 1]) / (n + 1))
        return [centre] + [float(v) for v in t] + [float(t[0] - c * k), float(t[1] - k)]


def module_text() -> str:
    a_star = root()
    offset = a_star - 0.875  # centre of piece 3 = a*
    rows = "\n".join("    (" + ", ".join(repr(v) for v in row(c)) + ")," for c in centres(offset))
    return f'''"""Polynomial pieces of GELU's tails, written by ``scripts/gelu_coefficients.py``: do not edit.

One row per piece of [0, {A_MAX}]: its centre, the {DEGREE + 1} Taylor coefficients of
m(a) = erfcx(a/sqrt 2)/2 at the centre, then the first two of d(a) = m(a) - a/sqrt(2 pi).
The script's docstring says how they are placed and computed.
"""

ROOT = {a_star!r}  # double nearest to the root a* of d(a); GELU'(-a*) = 0
OFFSET = ROOT - 0.875  # start of the first piece (width 1/4): the centre of piece 3 is ROOT
NARROW = {NARROW}  # pieces of width 1/4, then pieces of width 1
A_MAX = {A_MAX!r}  # e^{{-a^2/2}} is 0 in float64 beyond 38.6
DEGREE = {DEGREE}

TABLE = (
{rows}
)
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = module_text()
    if args.check:
        same = MODULE.read_text(encoding="utf-8") == text
        print(f"{MODULE}: {'up to date' if same else 'differs from the generator'}")
        return 0 if same else 1
    MODULE.write_text(text, encoding="utf-8")
    print(f"wrote {MODULE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
