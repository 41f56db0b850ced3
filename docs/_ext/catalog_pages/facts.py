"""Numbers that narrative pages quote instead of typing them, and how numbers are written.

Three roles (registered in :mod:`catalog_pages`) resolve here:

- ``{catalog}`sigmoid.max_abs_derivative``` -- a catalogue attribute (dotted path);
- ``{value}`sigmoid_derivative(40.0)``` -- a library function evaluated at literal arguments;
- ``{fact}`naive_sigmoid_derivative_zero_from``` -- a computed fact from :data:`FACTS`.

Every number on a generated page goes through :func:`fmt_number`.
"""

from __future__ import annotations

import ast
import functools
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def fmt_number(value: Any, digits: int = 4) -> str:
    """Format a number for prose: integers as such, others to ``digits`` significant digits.

    Powers of ten use a multiplication sign and superscripts (``4.248 × 10⁻¹⁸``), so that the
    text reads the same in every language.
    """
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if v == round(v) and abs(v) < 1e5:
        return str(int(v))
    text = f"{v:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return text


def parse_number(text: str) -> float:
    """Inverse of :func:`fmt_number` (up to rounding), used by the tests."""
    text = text.strip()
    table = {"∞": "inf", "-∞": "-inf", "NaN": "nan"}
    if text in table:
        return float(table[text])
    if " × 10" in text:
        mantissa, power = text.split(" × 10")
        digits = power.translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
        return float(f"{mantissa}e{digits}")
    return float(text)


def api_names(catalog: Mapping[str, Any]) -> dict[str, list[str]]:
    """Public names to document per family: each function and its derivative.

    Aliases (the frameworks' spellings, ``activations.hardtanh``) are the same functions: the
    family pages list them, the API reference does not repeat their pages.
    """
    out: dict[str, list[str]] = {}
    for name, record in catalog.items():
        out.setdefault(record.family, []).extend([name, f"{name}_derivative"])
    return out


def catalog_value(spec: str, catalog: Mapping[str, Any] | None = None) -> str:
    """Resolve ``name.attr[.attr...]`` in the catalogue (``name.params.alpha`` = a default)."""
    if catalog is None:
        import activations

        catalog = activations.catalog
    name, _, path = spec.strip().partition(".")
    if name not in catalog or not path:
        raise KeyError(f"no catalogue entry or attribute in {spec!r}")
    value: Any = catalog[name]
    attrs = path.split(".")
    if attrs[0] == "params" and len(attrs) == 2:
        value = value.defaults[attrs[1]]
    else:
        for attr in attrs:
            value = getattr(value, attr)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


_CALL = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(.*\)\s*$", re.S)


def evaluate_call(expr: str, module: Any = None) -> str:
    """Evaluate ``function(literal, key=literal)`` with a public function of the library."""
    if module is None:
        import activations as module
    if not _CALL.match(expr):
        raise ValueError(f"not a function call: {expr!r}")
    call = ast.parse(expr.strip(), mode="eval").body
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
        raise ValueError(f"not a call of a library function: {expr!r}")
    names = {n for ns in api_names(module.catalog).values() for n in ns}
    if call.func.id not in names:
        raise ValueError(f"{call.func.id!r} is not an activation or derivative of the library")
    args = [ast.literal_eval(a) for a in call.args]
    kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    return fmt_number(getattr(module, call.func.id)(*args, **kwargs))


# ---------------------------------------------------------------------------------------------
# Computed facts


def _ulps(computed: Any, exact: Any) -> Any:
    """Error of float64 ``computed`` in units in the last place of the float64 ``exact``."""
    computed = np.asarray(computed, dtype=np.float64)
    exact = np.asarray(exact, dtype=np.float64)
    return np.abs(computed - exact) / np.spacing(np.abs(exact))


def _naive_sigmoid_derivative(x: float) -> float:
    from activations.textbook import FORMULAS

    return float(FORMULAS["sigmoid"].derivative(np.float64(x)))


def _naive_sigmoid_zero_from() -> float:
    """Smallest float64 x > 0 at which the textbook sigmoid(x) * (1 - sigmoid(x)) is 0."""
    lo, hi = 1.0, 100.0  # naive derivative > 0 at lo, == 0 at hi
    while np.nextafter(lo, hi) < hi:
        mid = 0.5 * (lo + hi)
        if mid in (lo, hi):
            mid = np.nextafter(lo, hi)
        if _naive_sigmoid_derivative(mid) == 0.0:
            hi = mid
        else:
            lo = mid
    return float(hi)


def _mp_sigmoid_derivative(x: float) -> float:
    import mpmath

    with mpmath.workprec(200):
        e = mpmath.exp(-mpmath.mpf(x))
        return float(e / (1 + e) ** 2)


def _sigmoid_derivative_ulps(x: float, naive: bool) -> float:
    import activations

    value = _naive_sigmoid_derivative(x) if naive else activations.sigmoid_derivative(x)
    return float(_ulps(value, _mp_sigmoid_derivative(x)))


def _softplus_overflow() -> float:
    """Smallest x at which the textbook softplus log(1 + exp(x)) overflows to infinity."""
    return float(np.nextafter(np.log(np.finfo(np.float64).max), np.inf))


def _log1p_relerr(x: float, naive: bool) -> float:
    import mpmath

    with mpmath.workprec(200):
        exact = float(mpmath.log1p(mpmath.mpf(x)))
    value = np.log(1.0 + x) if naive else np.log1p(x)
    return float(abs(value - exact) / exact)


def _expm1_relerr(x: float, naive: bool) -> float:
    import mpmath

    with mpmath.workprec(200):
        exact = float(mpmath.expm1(mpmath.mpf(x)))
    value = np.exp(x) - 1.0 if naive else np.expm1(x)
    return float(abs(value - exact) / exact)


def _exp_neg_square_ulps(naive: bool) -> float:
    """Worst ULP error of exp(-x*x) on 2001 points of [25.9, 26.1], naive or error-free."""
    import mpmath

    from activations._exact import exp_neg_square

    x = np.linspace(25.9, 26.1, 2001)
    with mpmath.workprec(200):
        exact = np.array([float(mpmath.exp(-(mpmath.mpf(float(v)) ** 2))) for v in x])
    value = np.exp(-x * x) if naive else exp_neg_square(x)
    return float(np.max(_ulps(value, exact)))


def _central_difference_relerr() -> float:
    """Worst relative error of a central difference of tanh on 1001 points of [-5, 5]."""
    import activations

    x = np.linspace(-5.0, 5.0, 1001)
    h = np.finfo(np.float64).eps ** (1 / 3) * np.maximum(1.0, np.abs(x))
    estimate = (activations.tanh(x + h) - activations.tanh(x - h)) / (2 * h)
    exact = activations.tanh_derivative(x)
    return float(np.max(np.abs(estimate - exact) / exact))


def _eps() -> float:
    return float(np.finfo(np.float64).eps)


#: Computed facts that narrative pages quote with ``{fact}`name```: name -> float.
FACTS: dict[str, Callable[[], float]] = {
    "float64_eps": _eps,
    "float64_eps_cbrt": lambda: _eps() ** (1 / 3),
    "central_difference_tanh_relerr": _central_difference_relerr,
    "quarter_to_the_10": lambda: 0.25**10,
    "naive_sigmoid_derivative_zero_from": _naive_sigmoid_zero_from,
    "naive_sigmoid_derivative_at_40": lambda: _naive_sigmoid_derivative(40.0),
    "naive_sigmoid_derivative_ulps_at_20": lambda: _sigmoid_derivative_ulps(20.0, True),
    "library_sigmoid_derivative_ulps_at_20": lambda: _sigmoid_derivative_ulps(20.0, False),
    "naive_softplus_overflow_from": _softplus_overflow,
    "naive_log1p_relerr_1e-10": lambda: _log1p_relerr(1e-10, True),
    "log1p_relerr_1e-10": lambda: _log1p_relerr(1e-10, False),
    "naive_expm1_relerr_1e-10": lambda: _expm1_relerr(1e-10, True),
    "expm1_relerr_1e-10": lambda: _expm1_relerr(1e-10, False),
    "naive_exp_neg_square_ulps_26": lambda: _exp_neg_square_ulps(True),
    "exp_neg_square_ulps_26": lambda: _exp_neg_square_ulps(False),
}


@functools.cache
def fact_value(name: str) -> float:
    """The value of a computed fact (computed once per process)."""
    return FACTS[name]()


def fact(name: str) -> str:
    """The formatted value of a computed fact."""
    if name.strip() not in FACTS:
        raise KeyError(f"unknown fact {name!r}; known: {', '.join(sorted(FACTS))}")
    return fmt_number(fact_value(name.strip()))
