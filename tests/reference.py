"""The independent reference: each record's mpmath functions, evaluated at 256 bits.

The records' ``reference`` and ``derivative_reference`` are written from the mathematical
definition (no stable rewriting), so agreement with them checks the library's numerics, and
agreement between the two (through mpmath's numerical ``diff``) checks the derivative formula
itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import mpmath
import numpy as np

PRECISION = 256  # bits; far beyond the 53 of float64, so the correctly rounded value is known

Reference = Callable[..., Any]


def evaluate(reference: Reference, x, params: dict | None = None):
    """Evaluate a reference function at ``x`` (an mpf, or a list of them for vector entries)."""
    arguments = {k: _to_mp(v) for k, v in (params or {}).items()}
    with mpmath.workprec(max(PRECISION, mpmath.mp.prec)):  # never below what diff() asks for
        return reference(x, **arguments)


def _to_mp(value):
    if isinstance(value, (float, int, np.floating, np.integer)) and not isinstance(value, bool):
        return mpmath.mpf(float(value))
    return value


def reference_values(reference: Reference, xs: Iterable[float], params: dict | None = None) -> list:
    """The exact (256-bit) value of the reference at each float ``x``."""
    with mpmath.workprec(PRECISION):
        return [evaluate(reference, mpmath.mpf(float(x)), params) for x in xs]


def ulp_errors(ours: np.ndarray, exact: list, dtype=np.float64) -> np.ndarray:
    """Error of ``ours`` in units of the last place of the correctly rounded result.

    Entries whose correctly rounded result is not a normal number of ``dtype`` (zero,
    subnormal, infinite) get 0 when ``ours`` equals that rounded result exactly or is within
    the subnormal spacing of it, else ``inf``; NaN references require NaN.
    """
    info = np.finfo(dtype)
    tiny = float(info.tiny)
    errors = np.zeros(len(exact))
    for i, (value, truth) in enumerate(
        zip(np.asarray(ours, dtype=np.float64).ravel(), exact, strict=True)
    ):
        if mpmath.isnan(truth):
            errors[i] = 0.0 if math.isnan(value) else math.inf
            continue
        rounded = _round(truth, dtype)
        if math.isinf(rounded) or abs(rounded) < tiny:
            near = value == rounded or abs(value - rounded) <= float(info.smallest_subnormal) * 4
            errors[i] = 0.0 if near else math.inf
            continue
        if not math.isfinite(value):
            errors[i] = math.inf
            continue
        _, exponent = math.frexp(abs(rounded))
        spacing = math.ldexp(1.0, exponent - info.nmant - 1)  # ULP of the rounded value's binade
        with mpmath.workprec(PRECISION):
            errors[i] = float(abs(mpmath.mpf(value) - truth) / spacing)
    return errors


def _round(truth, dtype) -> float:
    """Correctly round an mpf to ``dtype`` (returned as a Python float)."""
    if mpmath.isinf(truth):
        return float(truth)
    if dtype is np.float64:
        return float(truth)  # mpmath rounds to nearest
    mant_bits = np.finfo(dtype).nmant + 1
    with mpmath.workprec(mant_bits):
        narrow = float(+truth)  # rounded to the dtype's precision, still in double range
    if abs(narrow) > float(np.finfo(dtype).max):  # p-bit values above max are >= 2**(emax+1)
        return math.copysign(math.inf, narrow)
    return float(dtype(narrow))


def finite_grid(dtype=np.float64, per_decade: int = 3, linear: int = 201) -> np.ndarray:
    """Points covering the whole finite range of ``dtype``, tails included, plus a dense core."""
    info = np.finfo(dtype)
    low = math.floor(math.log10(float(info.tiny)))
    high = math.floor(math.log10(float(info.max)))
    magnitudes = np.logspace(low, high, (high - low) * per_decade + 1)
    core = np.linspace(-40.0, 40.0, linear)
    extremes = [float(info.max), float(info.tiny)]
    points = np.concatenate([magnitudes, -magnitudes, core, extremes, [-v for v in extremes]])
    points = np.unique(points.astype(dtype))
    return points[np.isfinite(points)]


def derivative_by_diff(reference: Reference, x: float, params: dict | None, direction: int = 0):
    """mpmath's numerical derivative of a reference function (independent of the formula)."""

    def f(t):
        return evaluate(reference, t, params)

    with mpmath.workprec(PRECISION):
        return mpmath.diff(f, mpmath.mpf(x), direction=direction)


Evaluator = Callable[[np.ndarray], np.ndarray]
