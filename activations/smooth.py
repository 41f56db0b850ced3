"""Smooth rectifiers: activations that behave like ReLU far from the origin but bend smoothly.

Softplus, GELU, SiLU (Swish), Mish, Serf, Squareplus, Sparse plus, the bent identity and the
soft exponential all tend to 0 (or to a slow curve) on the left and to the identity on the right.
Their hard numerics sit in the left tail and around the minimum:

* in the left tail the result is tiny, so every formula of the form ``1 - (something near 1)``
  or ``x + (something near -x)`` loses everything; the forms here keep full relative precision
  down to the smallest normal number;
* where an argument such as :math:`x/\\sqrt{2}` or :math:`x^2` is rounded before entering
  :math:`e^{(\\cdot)}` or :math:`\\operatorname{erfc}`, the rounding error is amplified by the size
  of the exponent (about 900 ULP for GELU's ``erfc`` form); the error-free transformations of
  :mod:`activations._exact` take those products exactly;
* GELU, SiLU, Mish and Serf have a negative minimum, so their derivatives cross zero there;
  near that root a derivative computed as a difference has no relative accuracy left, so it is
  evaluated as an expansion around the root instead.

Everything is computed in float64 (the :func:`~activations._checks.elementwise` decorator rounds
float16 and float32 results once) and stays within a few ULP of the correctly rounded value over
the whole finite range, without RuntimeWarnings for infinite or huge input.
"""

from __future__ import annotations

import decimal
import functools
import math

import numpy as np

from . import _gelu_coefficients, _serf_coefficients
from ._checks import check_param, elementwise
from ._exact import (
    BLOCK,
    SPLITTER,
    blockwise,
    exp_times,
    horner,
    into_blocks,
    split,
    two_product,
    two_sum,
)
from .sigmoidal import _sigmoid_block

__all__ = [
    "bent_identity",
    "bent_identity_derivative",
    "gelu",
    "gelu_derivative",
    "gelu_fast_approx",
    "gelu_fast_approx_derivative",
    "mish",
    "mish_derivative",
    "quick_gelu",
    "quick_gelu_derivative",
    "serf",
    "serf_derivative",
    "shifted_softplus",
    "shifted_softplus_derivative",
    "silu",
    "silu_derivative",
    "soft_exponential",
    "soft_exponential_derivative",
    "softplus",
    "softplus_derivative",
    "sparse_plus",
    "sparse_plus_derivative",
    "squareplus",
    "squareplus_derivative",
    "swish",
    "swish_derivative",
    "tanhexp",
    "tanhexp_derivative",
    "telu",
    "telu_derivative",
]

# ---------------------------------------------------------------------------------------------
# Shared helpers

_BIG = 2.0**900  # below this, two_product's splitting is exact and cannot overflow
_MAX = float(np.finfo(np.float64).max)


def _scaled(beta, x, limit=800.0):
    """``beta * x = t + t_lo`` exactly (``t_lo`` is the rounding error) while ``|t| <= limit``.

    Beyond ``limit`` the product is clamped: every caller has saturated there, and the clamp
    keeps the splitting away from infinities and overflow.
    """
    bound = limit / beta
    if bound <= _BIG:
        return two_product(beta, np.clip(x, -bound, bound))
    # beta < 1e-268: |x| would have to exceed 2^900 for the rounding of beta x to matter
    return beta * x, np.zeros_like(x)


def _sigmoid(x):
    """:func:`~activations.sigmoid` of a float64 array (within 1.5 ULP), without its checks."""
    return into_blocks(_sigmoid_block, x)


def _patch(out, mask, compute):
    """``out[mask] = compute(idx)`` for the (usually few) flat indices ``idx`` where ``mask``.

    Index arrays are used instead of boolean masks or ``np.where``: with unpredictable signs,
    masked selection costs several times an arithmetic pass over the whole array.
    """
    if mask.any():
        idx = np.flatnonzero(mask)
        out.put(idx, compute(idx))
    return out


def _patch_far_left(x, out, factor, underflow=-0.0):
    """``out = e^x factor(x)`` where ``x < -708``, rounded once (through :func:`exp_times`).

    There ``e^x`` alone is subnormal: rounded to a few bits, then multiplied by ``factor``, it
    would be off by hundreds of ULP in a still normal result.  A min reduction says more
    cheaply than a mask whether there is any such element (or a NaN).  Adding ``underflow``
    (+0.0 for the derivatives, whose limit at -inf is written 0) sets the sign of a zero.
    """
    # np.minimum.reduce rather than np.min, whose Python-level dispatch costs more per block
    if x.size and not np.minimum.reduce(x, axis=None) >= -708.0:
        far = np.flatnonzero(x < -708.0)
        xf = np.maximum(x.take(far), -800.0)  # e^{-800} is 0 for every factor
        out.put(far, exp_times(xf, 0.0, factor(xf)) + underflow)
    return out


def _sigmoid_pair(t):
    """``sigmoid(t)`` and ``sigmoid(-t)``, both from ``e = exp(-|t|) <= 1``, so neither cancels."""
    e = np.exp(-np.abs(t))
    den = 1.0 + e
    positive = t >= 0
    return np.where(positive, 1.0, e) / den, np.where(positive, e, 1.0) / den


def _check_gelu_approximate(fname, approximate):
    if not isinstance(approximate, str):
        raise TypeError(
            f"{fname}: approximate must be the string 'none' or 'tanh', "
            f"not {type(approximate).__name__}"
        )
    if approximate not in ("none", "tanh"):
        raise ValueError(f"{fname}: approximate must be 'none' or 'tanh', got {approximate!r}")
    return approximate


# ---------------------------------------------------------------------------------------------
# Softplus


@elementwise
def softplus(x, beta=1.0):
    r"""Softplus, :math:`\operatorname{softplus}(x) = \frac{1}{\beta}\log\bigl(1 + e^{\beta x}\bigr)`.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Sharpness :math:`\beta > 0` (default 1); as :math:`\beta \to \infty` the curve tends
        to ReLU.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{softplus}(x)` in :math:`(0, \infty)`, same shape and float dtype
        as `x`.

    Raises
    ------
    ValueError
        If `beta` is not a finite positive number.

    See Also
    --------
    softplus_derivative : Its derivative, :math:`\sigma(\beta x)`.
    squareplus : An algebraic curve of the same shape.

    Notes
    -----
    .. math::

        \operatorname{softplus}(x) = \frac{1}{\beta}\log\bigl(1 + e^{\beta x}\bigr), \qquad
        \operatorname{softplus}'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}

    The evaluation uses :math:`\max(x, 0) + \log1p(e^{-\beta|x|})/\beta`: the exponential never
    overflows, and for very negative :math:`x`, where the result is :math:`e^{\beta x}/\beta`,
    ``log1p`` keeps its full relative precision.  For :math:`\beta \ne 1` the product
    :math:`\beta x` is taken exactly (its rounding error, amplified by :math:`e^{(\cdot)}` to up
    to 400 ULP, is fed back as a first-order correction).

    PyTorch's ``torch.nn.functional.softplus`` has a third argument, ``threshold=20``: above
    :math:`\beta x > 20` it returns :math:`x` itself.  That is a speed shortcut which costs
    accuracy (the neglected term :math:`e^{-20}/\beta \approx 2\times10^{-9}` is far above an
    ULP for moderate :math:`x`, and the derivative jumps to exactly 1); this function does not
    copy it.

    References
    ----------
    .. [1] C. Dugas, Y. Bengio, F. Bélisle, C. Nadeau and R. Garcia, "Incorporating
       second-order functional knowledge for better option pricing", Advances in Neural
       Information Processing Systems 13, 2001.

    Examples
    --------
    >>> from activations import softplus
    >>> softplus([-np.inf, 0.0, np.inf])
    array([0.        , 0.69314718,        inf])
    >>> float(softplus(-700.0))
    9.85967654375977e-305
    >>> float(softplus(1e308))
    1e+308
    >>> float(softplus(1.0, beta=2.0))
    1.0634640055214863
    """
    beta = check_param("softplus", "beta", beta, positive=True)
    if beta == 1.0:
        return _softplus_unit(x)
    t, t_lo = _scaled(beta, x)
    e = np.exp(-np.abs(t))
    # log1p(exp(-|t + t_lo|)) to first order in t_lo; d/dt log1p(exp(-|t|)) = -sign(t) e/(1+e)
    tail = np.log1p(e) - np.where(t >= 0, t_lo, -t_lo) * (e / (1.0 + e))
    return np.maximum(x, 0.0) + tail / beta


@blockwise
def _softplus_unit(x):
    """``log1p(e^{-|x|}) + max(x, 0)`` by blocks: no temporary the size of the input."""
    out = np.abs(x)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    out += np.clip(x, 0.0, np.inf)
    return out


@elementwise
def softplus_derivative(x, beta=1.0):
    r"""Derivative of :func:`softplus`: the logistic sigmoid of :math:`\beta` times `x`.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Sharpness :math:`\beta > 0` (default 1), as in :func:`softplus`.

    Returns
    -------
    ndarray or scalar
        :math:`\sigma(\beta x)` in :math:`(0, 1)`, equal to 1/2 at :math:`x = 0`.

    Raises
    ------
    ValueError
        If `beta` is not a finite positive number.

    See Also
    --------
    softplus : The function.
    sigmoid : The logistic function :math:`\sigma`.

    Notes
    -----
    .. math::

        \operatorname{softplus}'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}

    Evaluated as :math:`1/(1 + e^{-\beta x})`, which never subtracts and so keeps its relative
    precision on both sides; where :math:`e^{-\beta x}` overflows (:math:`\beta x < -708`) the
    value is :math:`e^{\beta x}` itself.  For :math:`\beta \ne 1` the product :math:`\beta x`
    is taken exactly, with a first-order correction for its rounding error.  PyTorch returns exactly 1 where :math:`\beta x > 20` (its
    ``threshold``); here the value stays :math:`\sigma(\beta x)` everywhere.

    Examples
    --------
    >>> from activations import softplus_derivative
    >>> softplus_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(softplus_derivative(-700.0))
    9.85967654375977e-305
    >>> float(softplus_derivative(30.0))
    0.9999999999999065
    """
    beta = check_param("softplus_derivative", "beta", beta, positive=True)
    if beta == 1.0:
        return _sigmoid(x)
    t, t_lo = _scaled(beta, x)
    positive, negative = _sigmoid_pair(t)
    # sigmoid(t + t_lo) = sigmoid(t) (1 + t_lo sigmoid(-t)) to first order
    return positive * (1.0 + t_lo * negative)


# ---------------------------------------------------------------------------------------------
# Shifted softplus

_LN2 = 0.6931471805599453


@elementwise
@blockwise
def shifted_softplus(x):
    r"""Shifted softplus: softplus minus :math:`\log 2`, so that it passes through the origin.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ssp}(x)` in :math:`(-\log 2, \infty)`, same shape and float dtype
        as `x`; 0 at :math:`x = 0`.

    See Also
    --------
    shifted_softplus_derivative : Its derivative, the sigmoid.
    softplus : The unshifted function.

    Notes
    -----
    .. math::

        \operatorname{ssp}(x) = \log\bigl(1 + e^{x}\bigr) - \log 2
        = \log1p\Bigl(\frac{e^{x} - 1}{2}\Bigr), \qquad
        \operatorname{ssp}'(x) = \sigma(x) = \frac{1}{1 + e^{-x}}

    The subtraction of :math:`\log 2` cancels near the origin, where the result is about
    :math:`x/2`; the second form, evaluated as ``log1p(expm1(x) / 2)``, never subtracts and
    keeps full relative precision there.  Beyond :math:`x = 700` the value is
    :math:`x - \log 2` (the neglected :math:`\log(1 + e^{-x})` is below :math:`10^{-304}`).

    References
    ----------
    .. [1] K. T. Schütt, P.-J. Kindermans, H. E. Sauceda, S. Chmiela, A. Tkatchenko and
       K.-R. Müller, "SchNet: A continuous-filter convolutional neural network for modeling
       quantum interactions", NeurIPS 2017, arXiv:1706.08566.

    Examples
    --------
    >>> from activations import shifted_softplus
    >>> shifted_softplus([-np.inf, 0.0, np.inf])
    array([-0.69314718,  0.        ,         inf])
    >>> float(shifted_softplus(1e-10))
    5.000000000125e-11
    >>> float(shifted_softplus(1e300))
    1e+300
    """
    out = np.minimum(x, 700.0)
    np.expm1(out, out=out)
    out *= 0.5
    np.log1p(out, out=out)
    if x.size and not np.max(x) <= 700.0:  # (or a NaN)
        _patch(out, x > 700.0, lambda i: x.take(i) - _LN2)
    return out


@elementwise
def shifted_softplus_derivative(x):
    r"""Derivative of :func:`shifted_softplus`: the logistic sigmoid, as for :func:`softplus`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\sigma(x)` in :math:`(0, 1)`, equal to 1/2 at :math:`x = 0`.

    See Also
    --------
    shifted_softplus : The function.
    softplus_derivative : The same derivative.

    Notes
    -----
    .. math::

        \operatorname{ssp}'(x) = \sigma(x) = \frac{1}{1 + e^{-x}}

    A constant shift does not change the slope: this is :func:`softplus_derivative` with
    :math:`\beta = 1`, computed the same way (no subtraction; :math:`e^{x}` itself where
    :math:`e^{-x}` would overflow).

    Examples
    --------
    >>> from activations import shifted_softplus_derivative
    >>> shifted_softplus_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(shifted_softplus_derivative(-700.0))
    9.85967654375977e-305
    >>> float(shifted_softplus_derivative(1e300))
    1.0
    """
    return _sigmoid(x)


# ---------------------------------------------------------------------------------------------
# GELU
#
# For a = |x|, Phi(-a) = e^{-a^2/2} m(a) with m(a) = erfcx(a / sqrt 2) / 2, a smooth, slowly
# varying function (m(0) = 1/2, m(a) ~ 1/(a sqrt(2 pi))), tabulated as Taylor polynomials on
# pieces of [0, 39.5] in activations/_gelu_coefficients.py (written by
# scripts/gelu_coefficients.py, which says how).  One piece is centred on the root of GELU', so
# that the derivative keeps full relative accuracy there.  e^{-a^2/2} is computed from an exact
# Veltkamp split of a (see _gelu_tail).  scipy's erfc, erfcx and ndtr are not used: measured
# against mpmath they are off by up to 490, 7 and 2000 ULP on this range.

_GELU_ROOT = _gelu_coefficients.ROOT
_GELU_OFFSET = _gelu_coefficients.OFFSET
_GELU_N1 = _gelu_coefficients.NARROW
_GELU_A_MAX = _gelu_coefficients.A_MAX
_GELU_DEGREE = _gelu_coefficients.DEGREE
_GELU_TABLE = np.array(_gelu_coefficients.TABLE)
_GELU_CENTRE = np.ascontiguousarray(_GELU_TABLE[:, 0])
_GELU_M = [np.ascontiguousarray(_GELU_TABLE[:, 1 + k]) for k in range(_GELU_DEGREE + 1)]
_GELU_D = [np.ascontiguousarray(_GELU_TABLE[:, -2]), np.ascontiguousarray(_GELU_TABLE[:, -1])]


_GELU_D += _GELU_M[2:]
_GELU_NEG_M = [-c for c in _GELU_M]  # -m: GELU's tail comes out negated, bit for bit


def _gelu_tail(x, coefficients):
    """``|x|`` and ``e^{-x^2/2} p(|x|)`` where ``p`` is the tabulated polynomial (``m`` or ``d``).

    NaN propagates; infinities are clamped to ``_GELU_A_MAX``, where ``e^{-x^2/2}`` is 0.  The
    work is done in place on a few buffers: at 10^6 elements, allocating a fresh array per
    Horner step costs more than the arithmetic.
    """
    a = np.abs(x)
    np.minimum(a, _GELU_A_MAX, out=a)  # keeps NaN
    cell = np.subtract(a, _GELU_OFFSET)
    cell *= 4.0  # quarter-width cells; the wide pieces are four cells each
    # Every gather clips its indices (mode="clip", cheaper than numpy's bounds check): a NaN
    # cell, whose integer is undefined, then picks some piece, and its result is NaN anyway.
    with np.errstate(invalid="ignore"):
        index = cell.astype(np.intp)
    tables = _GELU_BY_CELL[id(coefficients)]
    u = np.take(tables[0], index, mode="clip")
    np.subtract(a, u, out=u)
    poly = np.take(tables[1], index, mode="clip")  # the leading coefficient
    part = cell  # a free buffer from here on
    for table in tables[2:]:
        poly *= u
        poly += np.take(table, index, out=part, mode="clip")
    if coefficients is not _GELU_D:
        poly *= a  # the function needs |x| m(|x|); multiplied before the tiny factor
    # a = hi + lo, hi rounded to a multiple of 2^-20 (26 bits below A_MAX < 64, by adding and
    # subtracting 2^32); a^2 = hi^2 + (a + hi) lo with hi^2 exact, so
    # e^{-a^2/2} = e^{-hi^2/2} e^{-(a + hi) lo / 2}: the second factor's argument is ~1e-5
    # and its rounding is harmless.
    hi = np.add(a, 2.0**32, out=u)
    hi -= 2.0**32
    lo = np.subtract(a, hi, out=part)
    v = a + hi
    v *= lo
    v *= -0.5  # |v| < 2^-21 a < 1.9e-5: e^v = 1 + v + v^2/2 + v^3/6 to 6e-21
    corr = np.multiply(v, 1.0 / 6.0, out=lo)  # lo is used up
    corr += 0.5
    corr *= v
    corr += 1.0
    corr *= v
    corr *= poly
    poly += corr  # poly e^v, with one rounding instead of two
    hi *= hi
    hi *= -0.5
    result = np.exp(hi, out=v)  # v is used up
    result *= poly
    if a.size and not np.max(a) <= _GELU_SUBNORMAL:  # some e^{-a^2/2} subnormal (or NaN):
        tiny = a > _GELU_SUBNORMAL  # rounded once, through ldexp
        result[tiny] = exp_times(hi[tiny], 0.0, poly[tiny])
    return a, result


_GELU_SUBNORMAL = 37.5  # beyond this e^{-a^2/2} < 2^-1014: computed through ldexp
# quarter-width cell -> piece: cells below _GELU_N1 are pieces; above, four cells per piece
_GELU_PIECE = np.array(
    [k if k < _GELU_N1 else _GELU_N1 + (k - _GELU_N1) // 4 for k in range(4 * 40 + 4)],
    dtype=np.intp,
)


def _by_cell(centre, coefficients):
    """The centre, then the coefficients from the highest, each tabulated per quarter-width cell.

    Gathered by cell, they need no cell -> piece lookup; as separate float tables (rather than
    the halves of a complex one) they keep every Horner step on contiguous arrays, which is
    measured faster than gathering two at a time.
    """
    return [np.take(c, _GELU_PIECE, mode="clip") for c in (centre, *coefficients[::-1])]


_GELU_BY_CELL = {id(t): _by_cell(_GELU_CENTRE, t) for t in (_GELU_M, _GELU_NEG_M, _GELU_D)}


# tanh approximation: 0.5 x (1 + tanh(u)) = x sigmoid(2u), 2u = x (K1 + K3 x^2) with
# K1 = sqrt(8/pi), K3 = 0.044715 K1 (the decimal 0.044715, as in the paper), as double-doubles.
# Its derivative sigmoid(2u) (1 + x sigmoid(-2u) 2u') vanishes at x* = -0.75246...; for
# x < 0 it is e^{2u} N / (1 + e^{2u})^2 with N = 1 + x 2u' + e^{2u}, and on the band below N is
# rebuilt in double-double around V = fl(2u(x*)) with E = e^V as a double-double.
_K1 = (1.5957691216057308, -9.96930880911092e-17)
_K3 = (0.07135481627260025, -6.175149918155315e-19)
_K3X3 = (0.21406444881780073, 1.2025242832367862e-17)  # 3 K3
_GELU_TANH_V = -1.2311548723318988
_GELU_TANH_E = (0.29195521191476714, -1.2813675098853366e-17)
_GELU_TANH_BAND = (-1.4, -0.4)  # 2u(x) - V is exact here (Sterbenz)


def _odd_cubic(x, k1, k3):
    """``x (k1 + k3 x^2) = hi + lo`` in double-double arithmetic (``k1``, ``k3`` double-doubles)."""
    p, q = two_product(x, x)
    s, s_lo = two_product(k3[0], p)
    s_lo = s_lo + (k3[0] * q + k3[1] * p)
    v, v_lo = two_sum(k1[0], s)
    v_lo = v_lo + (s_lo + k1[1])
    w, w_lo = two_product(x, v)
    return w, w_lo + x * v_lo


@elementwise
def gelu(x, approximate="none"):
    r"""Gaussian error linear unit: `x` weighted by the standard normal CDF at `x`.

    Parameters
    ----------
    x : array_like
        Input.
    approximate : {'none', 'tanh'}, optional
        ``'none'`` (default) for the exact function; ``'tanh'`` for the approximation
        :math:`\tfrac12 x\bigl(1 + \tanh(\sqrt{2/\pi}(x + 0.044715x^3))\bigr)`.  The spelling
        is PyTorch's; JAX's ``jax.nn.gelu`` defaults to ``approximate=True`` (the tanh form).

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{GELU}(x)` in :math:`[-0.17, \infty)`, same shape and float dtype
        as `x`.

    Raises
    ------
    TypeError, ValueError
        If `approximate` is not one of the two strings.

    See Also
    --------
    gelu_derivative : Its derivative.
    silu : :math:`x\,\sigma(x)`, its logistic counterpart (:math:`\Phi(x) \approx \sigma(1.702x)`).

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{GELU}(x) = x\,\Phi(x)
        = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right) \\[1ex]
        \operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x)
        = \Phi(x) + \frac{x}{\sqrt{2\pi}}\,e^{-x^2/2}
        \end{gathered}

    where :math:`\Phi` and :math:`\varphi = e^{-x^2/2}/\sqrt{2\pi}` are the standard normal
    distribution and density.  The ``erf`` form returns 0 (100 % error) for :math:`x < -8.3`,
    where the true value is still far above the underflow threshold; the ``erfc`` form
    :math:`\frac{x}{2}\operatorname{erfc}(-x/\sqrt2)` is off by up to ~900 ULP for large negative
    :math:`x`, because the rounding error of :math:`x/\sqrt2` (and of :math:`z^2` inside
    ``erfc``) is multiplied by :math:`x^2` in the result.  Here
    :math:`\Phi(-a) = e^{-a^2/2}\,m(a)` for :math:`a = |x|`, with :math:`a^2` taken exactly
    (Veltkamp's split :math:`a = h + l` makes :math:`h^2` exact; the small rest enters as a
    Taylor factor) and the smooth factor :math:`m(a) = \tfrac12\operatorname{erfcx}(a/\sqrt2)`
    from a table of Taylor polynomials computed in high precision; then
    :math:`\operatorname{GELU}(x) = x\,\Phi(x)` for :math:`x \le 0` and
    :math:`x - x\,\Phi(-x)` for :math:`x > 0`.

    The tanh form is evaluated as :math:`x\,\sigma(2u)` (no ``1 + tanh`` cancellation for
    :math:`x \ll 0`) with :math:`2u = x(\sqrt{8/\pi} + 0.044715\sqrt{8/\pi}\,x^2)` carried in
    double-double arithmetic, since :math:`e^{2u}` turns an absolute error of :math:`2u` into a
    relative error of the result.

    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian Error Linear Units (GELUs)",
       arXiv:1606.08415, 2016.

    Examples
    --------
    >>> from activations import gelu
    >>> gelu([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(gelu(1.0))
    0.8413447460685429
    >>> float(gelu(-30.0))
    -1.472014178144456e-196
    >>> float(gelu(1e300))
    1e+300
    >>> float(gelu(1.0, approximate="tanh"))
    0.8411919906082768
    """
    approximate = _check_gelu_approximate("gelu", approximate)
    if approximate == "tanh":
        return _gelu_tanh(x)
    return into_blocks(_gelu_block, x)


@blockwise
def _gelu_tanh(x):
    """:func:`gelu` with ``approximate="tanh"``."""
    xc = np.clip(x, -30.0, 30.0)
    w, w_lo = _odd_cubic(xc, _K1, _K3)
    positive, negative = _sigmoid_pair(w)
    # sigmoid(w + w_lo) = sigmoid(w) (1 + w_lo sigmoid(-w)) to first order
    out = np.maximum(x, -30.0) * (positive * (1.0 + w_lo * negative))
    tiny = w < -700.0  # sigmoid(w) = e^w is subnormal
    if tiny.any():
        out[tiny] = exp_times(w[tiny], w_lo[tiny], xc[tiny])
    return out


def _gelu_block(x, out):
    """:func:`gelu` (the exact form) of a block, into `out`."""
    _, tail = _gelu_tail(x, _GELU_NEG_M)  # -|x| Phi(-|x|)
    # -tail for x <= 0 (+ -0 keeps it, signed zeros included), x - tail for x > 0, without
    # np.where's branch per element
    x.clip(-0.0, np.inf, out=out)
    out += tail


@elementwise
def gelu_derivative(x, approximate="none"):
    r"""Derivative of :func:`gelu`: the standard normal CDF plus `x` times the normal density.

    Parameters
    ----------
    x : array_like
        Input.
    approximate : {'none', 'tanh'}, optional
        ``'none'`` (default) for the exact GELU, ``'tanh'`` for its tanh approximation, as in
        :func:`gelu`.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{GELU}'(x)` in :math:`[-0.13, 1.13]`; 1/2 at :math:`x = 0` and 0 at
        :math:`x \approx -0.7518`, the minimum of GELU.

    Raises
    ------
    TypeError, ValueError
        If `approximate` is not one of the two strings.

    See Also
    --------
    gelu : The function.

    Notes
    -----
    .. math::

        \operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x)
        = \Phi(x) + \frac{x}{\sqrt{2\pi}}\,e^{-x^2/2}

    With :math:`a = |x|`, :math:`\operatorname{GELU}'(-a) = e^{-a^2/2}\,d(a)` and
    :math:`\operatorname{GELU}'(a) = 1 - e^{-a^2/2}\,d(a)` where
    :math:`d(a) = \tfrac12\operatorname{erfcx}(a/\sqrt2) - a/\sqrt{2\pi}`.  The factor
    :math:`d` is tabulated like GELU's :math:`m`, and the piece containing its root
    :math:`a^* = 0.75179\ldots` is expanded around the double nearest to :math:`a^*`, so the
    derivative keeps its relative accuracy right through its zero, where
    :math:`\Phi(x) + x\varphi(x)` computed as a sum loses every digit.  For the tanh form,
    :math:`\sigma(2u)\bigl(1 + x\,\sigma(-2u)\,2u'\bigr)` with the same double-double
    :math:`2u`.

    Examples
    --------
    >>> from activations import gelu_derivative
    >>> gelu_derivative([-np.inf, 0.0, np.inf])
    array([-0. ,  0.5,  1. ])
    >>> float(gelu_derivative(-30.0))
    -4.416031690708494e-195
    >>> float(gelu_derivative(np.sqrt(2.0)))
    1.128904145185155
    >>> float(gelu_derivative(1e300))
    1.0
    """
    approximate = _check_gelu_approximate("gelu_derivative", approximate)
    if approximate == "tanh":
        return _gelu_tanh_derivative(x)
    return into_blocks(_gelu_derivative_block, x)


@blockwise
def _gelu_tanh_derivative(x):
    """:func:`gelu_derivative` with ``approximate="tanh"``."""
    xc = np.clip(x, -30.0, 30.0)
    w, w_lo = _odd_cubic(xc, _K1, _K3)
    positive, negative = _sigmoid_pair(w)
    sig = positive * (1.0 + w_lo * negative)
    sig_neg = negative * (1.0 - w_lo * positive)
    slope = _K1[0] + _K3X3[0] * (xc * xc)  # d(2u)/dx
    out = sig * (1.0 + xc * (sig_neg * slope))  # x >= 0: no cancellation
    # x < 0: e^{2u} N / (1 + e^{2u})^2 with N = (1 + x 2u') + e^{2u}, 1 + x 2u' double-double
    y, y_lo = _odd_cubic(xc, _K1, _K3X3)  # x 2u'
    p, p_lo = two_sum(1.0, y)
    ev = np.exp(np.minimum(w, 0.0)) * (1.0 + w_lo)  # used for x < 0 only
    big_n = (p + ev) + (p_lo + y_lo)
    band = (x > _GELU_TANH_BAND[0]) & (x < _GELU_TANH_BAND[1])
    if band.any():
        n, n_lo = two_sum(p[band], _GELU_TANH_E[0])  # exact near the root (Sterbenz)
        e_rest = _GELU_TANH_E[0] * (np.expm1(w[band] - _GELU_TANH_V) + w_lo[band])
        big_n[band] = n + ((n_lo + (p_lo[band] + y_lo[band])) + (_GELU_TANH_E[1] + e_rest))
    out = np.where(x < 0, ev * big_n / (1.0 + ev * (2.0 + ev)), out)
    tiny = w < -700.0  # e^{2u} is subnormal
    if tiny.any():
        out[tiny] = exp_times(w[tiny], w_lo[tiny], big_n[tiny])
    return out


def _gelu_derivative_block(x, out):
    """:func:`gelu_derivative` (the exact form) of a block, into `out`."""
    _, tail = _gelu_tail(x, _GELU_D)  # Phi(-|x|) - |x| phi(x)
    # tail for x < 0 (and -0.0), 1 - tail for x > 0 (and +0.0; the two agree at 0), without
    # np.where: h - sign * tail with sign = copysign(1, x) and h = 1 or -0 (which leaves tail
    # unchanged, signed zeros included)
    sign = np.copysign(1.0, x, out=out)
    tail *= sign
    sign.clip(-0.0, 1.0, out=sign)
    sign -= tail


# ---------------------------------------------------------------------------------------------
# SiLU / Swish
#
# SiLU' = e (1 + x + e) / (1 + e)^2 for x < 0 (e = e^x).  Its root x* = -1.27846... is where
# 1 + x + e^x = 0: there the sum cancels, and the 0.5-ULP error of exp(x) becomes a large
# relative error.  On [-2.5, -0.65] (inside which x - c is exact, Sterbenz) the sum is rebuilt
# around c, the double nearest x*: 1 + x + e^x = N0 + t + E expm1(t) with t = x - c,
# E = fl(e^c) and N0 = 1 + c + e^c (a tiny constant computed with mpmath); the two variable terms
# have the same sign, so nothing cancels.

_SILU_ROOT = -1.2784645427610737
_SILU_E = 0.27846454276107385  # fl(e^c)
_SILU_N0 = 1.3995343912896686e-16  # 1 + c + e^c
_SILU_BAND = (-1.6, -0.95)


@elementwise
def silu(x):
    r"""Sigmoid linear unit, :math:`\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x\,\sigma(x)` in :math:`[-0.2785, \infty)`, same shape and float dtype as `x`.

    See Also
    --------
    silu_derivative : Its derivative.
    swish : :math:`x\,\sigma(\beta x)`; SiLU is :math:`\beta = 1`.
    gelu : :math:`x\,\Phi(x)`, its Gaussian counterpart.

    Notes
    -----
    .. math::

        \operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}, \qquad
        \operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)

    The quotient :math:`x/(1 + e^{-x})` never subtracts, so it keeps full relative precision in
    the left tail; where :math:`e^{-x}` overflows (:math:`x < -708`) the value is
    :math:`x\,e^{x}`, computed directly.
    Swish (Ramachandran et al. 2017, :func:`swish`) is :math:`x\,\sigma(\beta x)`; with
    :math:`\beta = 1` it is this function, which is what JAX's and Keras's ``swish`` compute
    (PyTorch and MLX ship only ``silu``).

    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian Error Linear Units (GELUs)",
       arXiv:1606.08415, 2016.
    .. [2] S. Elfwing, E. Uchibe and K. Doya, "Sigmoid-weighted linear units for neural network
       function approximation in reinforcement learning", Neural Networks 107, 3-11, 2018.
    .. [3] P. Ramachandran, B. Zoph and Q. V. Le, "Searching for activation functions",
       arXiv:1710.05941, 2017.

    Examples
    --------
    >>> from activations import silu
    >>> silu([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(silu(-700.0))
    -6.90177358063184e-302
    >>> float(silu(1e300))
    1e+300
    """
    out = np.negative(x, out=np.empty_like(x))
    with np.errstate(over="ignore", invalid="ignore"):  # x < -708 is recomputed below
        np.exp(out, out=out)
        out += 1.0
        np.divide(x, out, out=out)  # four passes over one array
    # where e^{-x} overflowed (and -inf/inf is NaN): x e^x instead
    return _patch_far_left(x, out, lambda xf: xf)


@elementwise
def silu_derivative(x):
    r"""Derivative of :func:`silu`: from 0 to 1 through 1/2 at 0, overshooting a little on both sides.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{SiLU}'(x)` in :math:`[-0.0998, 1.0998]`; 1/2 at :math:`x = 0` and
        0 at :math:`x \approx -1.2785`, the minimum of SiLU.

    See Also
    --------
    silu : The function.

    Notes
    -----
    .. math::

        \operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)
        = \sigma(x)\bigl(1 + x\,\sigma(-x)\bigr)
        = \begin{cases}
            \dfrac{1 + e + x\,e}{(1 + e)^2}, & x \ge 0,\\[1ex]
            \dfrac{e\,(1 + x + e)}{(1 + e)^2}, & x < 0,
          \end{cases}
        \qquad e = e^{-|x|}

    Using :math:`\sigma(-x)` instead of :math:`1 - \sigma(x)` avoids the cancellation that
    makes the textbook form return 0 for :math:`x > 37`.  Near the root
    :math:`x^* = -1.27846\ldots` (where :math:`1 + x + e^x = 0`) the sum
    :math:`1 + x + e^x` is rebuilt around the double :math:`c` nearest to :math:`x^*` as
    :math:`(1 + c + e^c) + t + e^c\operatorname{expm1}(t)`, :math:`t = x - c` exact, so the
    derivative keeps its relative accuracy through its zero.

    Examples
    --------
    >>> from activations import silu_derivative
    >>> silu_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(silu_derivative(-700.0))
    -6.891913904088079e-302
    >>> float(silu_derivative(1e300))
    1.0
    """
    flat = x.reshape(-1)  # a view when x is contiguous, a copy otherwise
    out = np.empty(flat.shape)
    # blocks, so that the temporaries stay in cache; allocated once and reused by every block
    work = np.empty((3, min(BLOCK, flat.size)))
    with np.errstate(invalid="ignore"):  # inf * 0 at x = +-inf, replaced by the limits
        for start in range(0, flat.size, BLOCK):
            block = flat[start : start + BLOCK]
            _silu_derivative_block(block, out[start : start + BLOCK], *work[:, : block.size])
    return out.reshape(x.shape)


def _silu_derivative_block(x, out, num, e, ee):
    """:func:`silu_derivative` of a block, written into `out`, on the buffers `num`, `e`, `ee`."""
    np.abs(x, out=e)
    np.negative(e, out=e)
    np.exp(e, out=e)
    # numerator: (1 + x) e + 1 for x >= 0, (1 + x) e + e^2 = e (1 + x + e) for x < 0
    np.add(x, 1.0, out=num)
    num *= e  # NaN at x = -inf and +inf (inf * 0): patched below
    np.multiply(e, e, out=ee)
    # max(e^2, [x > 0]): 1 for x > 0, e^2 for x <= 0 (where e^2 = 1 at 0), without a mask;
    # ceil(x) is >= 1 for x > 0 and <= 0 otherwise, so only its top needs cutting, as e^2 >= 0
    # (np.sign, which would need no cut, is not vectorised: slower than the two)
    positive = np.ceil(x, out=out)  # out is free until the division
    np.minimum(positive, 1.0, out=positive)
    np.maximum(ee, positive, out=positive)
    num += positive
    ee += e  # (1 + e)^2 = 1 + 2e + e^2, one rounding less than squaring 1 + e
    ee += e
    ee += 1.0
    np.divide(num, ee, out=out)
    # Near the root the sum 1 + x + e is rebuilt (see Notes), for the few elements there
    in_band = np.greater(x, _SILU_BAND[0])
    in_band &= np.less(x, _SILU_BAND[1])
    near = np.flatnonzero(in_band)
    if near.size:
        t = x.take(near) - _SILU_ROOT
        band = e.take(near)
        band *= (_SILU_N0 + t) + _SILU_E * np.expm1(t)
        out[near] = band / ee.take(near)
    _patch_far_left(x, out, lambda xf: 1.0 + xf, underflow=0.0)  # e^x (1 + x + e^x) / (1 + e^x)^2
    if not np.maximum.reduce(x, axis=None) < np.inf:  # +inf (or NaN), cheaper than a mask
        out[np.isposinf(x)] = 1.0


# ---------------------------------------------------------------------------------------------
# Swish with its beta, and Quick GELU (swish with beta = 1.702)
#
# Both are x sigma(s) with s = k x.  The product k x = t + t_lo is taken exactly (two-product;
# for 1.702, a double-double constant), since e^{-s} amplifies the rounding of s by |s| (up to
# ~700 ULP in the left tail); e^{-(t + t_lo)} = e^{-t} (1 - t_lo) to first order.  In terms of
# s, the derivative is sigma(s) (1 + s sigma(-s)), SiLU's derivative at s: its zero is at
# s* = -1.27846... (SiLU's root), where the sum 1 + s + e^s is rebuilt around SiLU's constants.

_QUICK_GELU_K = (1.702, 4.263256414560601e-17)  # the decimal 1.702 as a double-double
_SWISH_LIMIT = 1500.0  # |k x| is clamped here: x e^{-1500} is 0 for every finite x


def _swish_product(x, k, k_lo=0.0):
    """``k x = t + t_lo`` (exact, or to double-double accuracy), with ``|t| <= 1500``.

    Dekker's product with ``k`` split once (a Python float) and ``x`` split in place: a few
    passes over block-sized buffers.
    """
    bound = _SWISH_LIMIT / k
    if bound > _BIG:  # k < 1e-268: |x| would have to exceed 2^900 for the rounding to matter
        return np.clip(k * x, -_SWISH_LIMIT, _SWISH_LIMIT), np.zeros_like(x)
    k_hi, k_low = (float(v) for v in split(k))
    xc = np.clip(x, -bound, bound)
    t = xc * k
    hi = xc * SPLITTER  # Veltkamp: hi = c - (c - x) holds the high 26 bits of x
    c = hi - xc
    hi -= c
    lo = np.subtract(xc, hi, out=c)
    t_lo = hi * k_hi
    t_lo -= t
    hi *= k_low
    t_lo += hi
    np.multiply(lo, k_hi, out=hi)
    t_lo += hi
    lo *= k_low
    t_lo += lo
    if k_lo:
        xc *= k_lo
        t_lo += xc
    return t, t_lo


def _exp_times_large(w, w_lo, factor):
    """``e^{w + w_lo} factor`` rounded once, for ``w <= -700`` and any finite ``factor``."""
    mantissa, exponent = np.frexp(factor)  # |mantissa| < 1: e^r mantissa cannot overflow
    k = np.rint(w * (1.0 / np.log(2.0)))
    r = (w - k * 0.6931471803691238) - k * 1.9082149292705877e-10
    return np.ldexp(np.exp(r) * (mantissa * (1.0 + w_lo)), (k + exponent).astype(np.intc))


def _x_sigmoid(x, t, t_lo):
    """``x sigma(t + t_lo)`` for ``t + t_lo = k x``: the quotient ``x / (1 + e^{-(t + t_lo)})``."""
    e = np.negative(t)
    with np.errstate(over="ignore", invalid="ignore"):  # t < -700 is recomputed below
        np.exp(e, out=e)
        e *= 1.0 - t_lo
        e += 1.0
        out = np.divide(x, e, out=e)
    if t.size and not np.min(t) >= -700.0:  # (or a NaN) sigma(s) = e^s to 1e-304 there
        idx = np.flatnonzero(t < -700.0)
        xi = np.clip(x.take(idx), -_MAX, _MAX)
        out.put(idx, _exp_times_large(t.take(idx), t_lo.take(idx), xi))
    return out


def _swish_slope(t, t_lo):
    """``sigma(s) (1 + s sigma(-s))`` at ``s = t + t_lo``, as in :func:`silu_derivative`."""
    e = np.abs(t)
    np.negative(e, out=e)
    np.exp(e, out=e)
    e *= 1.0 - np.sign(t) * t_lo  # e^{-|s|}
    num = t + 1.0
    num *= e
    ee = e * e
    positive = np.ceil(t)  # 1 for t > 0 (t is not NaN here or the result is NaN anyway)
    np.minimum(positive, 1.0, out=positive)  # >= 1 or <= 0, and e^2 >= 0 is the floor
    np.maximum(ee, positive, out=positive)
    num += positive
    ee += e
    ee += e
    ee += 1.0
    out = np.divide(num, ee, out=num)

    def band(idx):  # around the root s*: 1 + s + e^s = N0 + u + E expm1(u), u = s - c
        u = t.take(idx) - _SILU_ROOT  # exact (Sterbenz)
        lo = t_lo.take(idx)
        em = np.expm1(u)
        n = (_SILU_N0 + (u + lo)) + _SILU_E * (em + lo * (1.0 + em))
        return e.take(idx) * n / ee.take(idx)

    _patch(out, (t > _SILU_BAND[0]) & (t < _SILU_BAND[1]), band)
    if t.size and not np.min(t) >= -700.0:  # e^{-|s|} subnormal: e^s (1 + s), rounded once
        idx = np.flatnonzero(t < -700.0)
        ti = t.take(idx)
        out.put(idx, _exp_times_large(ti, t_lo.take(idx), ti + 1.0) + 0.0)  # -0 -> 0
    return out


@elementwise
@blockwise
def swish(x, beta=1.0):
    r"""Swish, :math:`\operatorname{swish}_\beta(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}`.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Sharpness :math:`\beta > 0` (default 1, where swish is :func:`silu`); as
        :math:`\beta \to \infty` the curve tends to ReLU.

    Returns
    -------
    ndarray or scalar
        :math:`x\,\sigma(\beta x)` in :math:`[-0.2785/\beta, \infty)`, same shape and float
        dtype as `x`.

    Raises
    ------
    ValueError
        If `beta` is not a finite positive number.

    See Also
    --------
    swish_derivative : Its derivative.
    silu : Swish with :math:`\beta = 1`.
    quick_gelu : Swish with :math:`\beta = 1.702`.

    Notes
    -----
    .. math::

        \operatorname{swish}_\beta(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}, \qquad
        \operatorname{swish}_\beta'(x) = \sigma(\beta x)\bigl(1 + \beta x\,\sigma(-\beta x)\bigr)

    Since :math:`\operatorname{swish}_\beta(x) = \operatorname{SiLU}(\beta x)/\beta`, the curve
    is SiLU scaled by :math:`1/\beta` in both directions: its minimum :math:`-0.2785/\beta`
    sits at :math:`x = -1.2785/\beta`.  The quotient :math:`x/(1 + e^{-\beta x})` never
    subtracts; the product :math:`\beta x` is taken exactly and its rounding error, which
    :math:`e^{(\cdot)}` would amplify to hundreds of ULP, is fed back as a first-order
    correction.  For :math:`\beta = 1` the result is :func:`silu`'s, bit for bit.  PyTorch,
    JAX, Keras and MLX ship only :math:`\beta = 1` (JAX's and Keras's ``swish`` is their
    ``silu``).

    References
    ----------
    .. [1] P. Ramachandran, B. Zoph and Q. V. Le, "Searching for activation functions",
       arXiv:1710.05941, 2017.

    Examples
    --------
    >>> from activations import swish
    >>> swish([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(swish(1e300, beta=2.0))
    1e+300
    >>> float(swish(1.0, beta=2.0))
    0.8807970779778823
    >>> float(swish(-1.0)) == float(silu(-1.0))
    True
    """
    beta = check_param("swish", "beta", beta, positive=True)
    if beta == 1.0:
        return silu.__wrapped__(x)
    t, t_lo = _swish_product(x, beta)
    return _x_sigmoid(x, t, t_lo)


@elementwise
@blockwise
def swish_derivative(x, beta=1.0):
    r"""Derivative of :func:`swish`: SiLU's derivative at :math:`\beta` times the input.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Sharpness :math:`\beta > 0` (default 1), as in :func:`swish`.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{swish}_\beta'(x)` in :math:`[-0.0998, 1.0998]` for every
        :math:`\beta`; 1/2 at :math:`x = 0` and 0 at :math:`x = -1.2785/\beta`.

    Raises
    ------
    ValueError
        If `beta` is not a finite positive number.

    See Also
    --------
    swish : The function.
    silu_derivative : The case :math:`\beta = 1`.

    Notes
    -----
    .. math::

        \operatorname{swish}_\beta'(x) = \sigma(\beta x)\bigl(1 + \beta x\,\sigma(-\beta x)\bigr)
        = \operatorname{SiLU}'(\beta x)

    Evaluated as :func:`silu_derivative` at :math:`s = \beta x`, with :math:`s` carried
    exactly as :math:`t + t_\mathrm{lo}`: :math:`e^{-|s|}` gets a first-order correction, and
    around the zero :math:`s^* = -1.27846\ldots` the sum :math:`1 + s + e^s` is rebuilt around
    the double nearest :math:`s^*`, so the value keeps its relative accuracy through the zero.

    Examples
    --------
    >>> from activations import swish_derivative
    >>> swish_derivative([-np.inf, 0.0, np.inf], beta=2.0)
    array([0. , 0.5, 1. ])
    >>> float(swish_derivative(1e300, beta=2.0))
    1.0
    >>> float(swish_derivative(0.5, beta=2.0)) == float(silu_derivative(1.0))
    True
    """
    beta = check_param("swish_derivative", "beta", beta, positive=True)
    if beta == 1.0:
        return silu_derivative.__wrapped__(x)
    return _swish_slope(*_swish_product(x, beta))


@elementwise
@blockwise
def quick_gelu(x):
    r"""Quick GELU: the input times the sigmoid of 1.702 times it, GELU's approximation in CLIP.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x\,\sigma(1.702\,x)` in :math:`[-0.1636, \infty)`, same shape and float dtype
        as `x`.

    See Also
    --------
    quick_gelu_derivative : Its derivative.
    gelu : :math:`x\,\Phi(x)`, which it approximates.
    swish : :math:`x\,\sigma(\beta x)`; Quick GELU is :math:`\beta = 1.702`.

    Notes
    -----
    .. math::

        \operatorname{QuickGELU}(x) = x\,\sigma(1.702\,x) = \frac{x}{1 + e^{-1.702\,x}},
        \qquad
        \operatorname{QuickGELU}'(x) = \sigma(1.702\,x)\bigl(1 + 1.702\,x\,\sigma(-1.702\,x)\bigr)

    Hendrycks and Gimpel note that :math:`\Phi(x) \approx \sigma(1.702\,x)`; the difference
    from :func:`gelu` is below 0.021 everywhere.  The constant is the decimal 1.702, carried as
    a double-double, and :math:`1.702\,x` is taken to double-double accuracy, as in
    :func:`swish`; the result equals ``swish(x, beta=1.702)`` except for that constant's last
    bits.

    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian Error Linear Units (GELUs)",
       arXiv:1606.08415, 2016.
    .. [2] A. Radford et al., "Learning Transferable Visual Models From Natural Language
       Supervision", ICML 2021, arXiv:2103.00020.

    Examples
    --------
    >>> from activations import quick_gelu
    >>> quick_gelu([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(quick_gelu(1.0))
    0.8457957659328212
    >>> float(quick_gelu(-400.0))
    -8.597589621091933e-294
    >>> float(quick_gelu(1e300))
    1e+300
    """
    t, t_lo = _swish_product(x, *_QUICK_GELU_K)
    return _x_sigmoid(x, t, t_lo)


@elementwise
@blockwise
def quick_gelu_derivative(x):
    r"""Derivative of :func:`quick_gelu`: SiLU's derivative at 1.702 times the input.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{QuickGELU}'(x)` in :math:`[-0.0998, 1.0998]`; 1/2 at
        :math:`x = 0` and 0 at :math:`x \approx -0.7511`, the minimum of Quick GELU.

    See Also
    --------
    quick_gelu : The function.
    swish_derivative : The same with any :math:`\beta`.

    Notes
    -----
    .. math::

        \operatorname{QuickGELU}'(x) = \sigma(1.702\,x)\bigl(1 + 1.702\,x\,\sigma(-1.702\,x)\bigr)
        = \operatorname{SiLU}'(1.702\,x)

    Computed as :func:`swish_derivative` is, with :math:`1.702\,x` to double-double accuracy,
    so it keeps its relative accuracy through its zero.

    Examples
    --------
    >>> from activations import quick_gelu_derivative
    >>> quick_gelu_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(quick_gelu_derivative(1.0))
    1.067779606556334
    >>> float(quick_gelu_derivative(1e300))
    1.0
    """
    return _swish_slope(*_swish_product(x, *_QUICK_GELU_K))


# ---------------------------------------------------------------------------------------------
# Mish
#
# With u = 1 + e^x: tanh(softplus(x)) = (u^2 - 1)/(u^2 + 1).  For x < 0 (e = e^x)
# Mish'(x) = e C / B^2 with B = e^2 + 2e + 2 and C = 4 (1 + x)(1 + e) + e (e^2 + 4e + 2).
# C cancels at the root x* = -1.19243...; on [-2.38, -0.6] it is expanded exactly around
# (c, E) with c the double nearest x*, E = fl(e^c), t = x - c, delta = e^x - E:
# C = C0 + 4(1 + E) t + (L + 4t + (3E + 4) delta + delta^2) delta, with C0 = C(c, E) and
# L = 4(1 + c) + 3E^2 + 8E + 2 from mpmath, delta = E_lo + E expm1(t).

_MISH_ROOT = -1.1924312145154952
_MISH_E = (0.30348253528152896, -2.0985677798639728e-17)  # e^c as a double-double
_MISH_C0 = 3.932559460571277e-16
_MISH_L = 3.9344403718529644
_MISH_4E = 5.213930141126116  # 4 (1 + E)
_MISH_3E = 4.9104476058445865  # 3E + 4
_MISH_BAND_MID, _MISH_BAND_HALF = -1.49, 0.89  # the band [-2.38, -0.6]


@elementwise
@blockwise
def mish(x):
    r"""Mish, :math:`\operatorname{Mish}(x) = x \tanh\bigl(\log(1 + e^{x})\bigr)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{Mish}(x)` in :math:`[-0.3088, \infty)`, same shape and float dtype
        as `x`.

    See Also
    --------
    mish_derivative : Its derivative.
    softplus : The inner function.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{Mish}(x) = x \tanh\bigl(\log(1 + e^{x})\bigr)
        = x\,\frac{(1 + e^x)^2 - 1}{(1 + e^x)^2 + 1} \\[1ex]
        \operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr)
        + x\,\sigma(x)\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)
        \end{gathered}

    With :math:`v = e^x + e^{2x}/2 = ((1 + e^x)^2 - 1)/2`,
    :math:`\tanh(\operatorname{softplus}(x)) = v/(1 + v)`: computing :math:`v` this way (not
    as :math:`(1 + e^x)^2 - 1`, which is 0 for :math:`x < -37`) keeps full relative precision
    in the left tail, and :math:`e^x` is capped at :math:`e^{20}`, beyond which the ratio is 1
    to within :math:`2e^{-40}`, so nothing overflows.

    References
    ----------
    .. [1] D. Misra, "Mish: A Self Regularized Non-Monotonic Activation Function",
       arXiv:1908.08681, 2019.

    Examples
    --------
    >>> from activations import mish
    >>> mish([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(mish(-700.0))
    -6.90177358063184e-302
    >>> float(mish(1e300))
    1e+300
    """
    # tanh(softplus(x)) = v / (1 + v) with v = e^x + e^{2x}/2 ((1 + e^x)^2 - 1 over 2, 2e^x
    # exact); e^x is capped at e^20, beyond which the ratio is 1 to within 2e^{-40}.
    v = np.minimum(x, 20.0)
    np.exp(v, out=v)
    ratio = v * v
    ratio *= 0.5
    ratio += v
    np.add(ratio, 1.0, out=v)
    ratio /= v
    ratio *= np.maximum(x, -800.0)
    return _patch_far_left(x, ratio, lambda xf: xf)  # x tanh(softplus(x)) = x e^x there


@elementwise
@blockwise
def mish_derivative(x):
    r"""Derivative of :func:`mish`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{Mish}'(x)` in :math:`[-0.1103, 1.0886]`; 0.6 at :math:`x = 0` and
        0 at :math:`x \approx -1.1924`, the minimum of Mish.

    See Also
    --------
    mish : The function.

    Notes
    -----
    .. math::

        \operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr)
        + x\,\sigma(x)\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)
        = \begin{cases}
            \dfrac{(1 + 2e)D + 4x\,e^2(1 + e)}{D^2}, & x \ge 0,\\[1ex]
            \dfrac{e\,\bigl(4(1 + x)(1 + e) + e(e^2 + 4e + 2)\bigr)}{B^2}, & x < 0,
          \end{cases}

    with :math:`e = e^{-|x|}`, :math:`D = 1 + 2e + 2e^2` and :math:`B = e^2 + 2e + 2`: both
    forms come from :math:`\operatorname{sech}^2 = 1 - \tanh^2` worked out exactly, so nothing
    near 1 is subtracted.  For :math:`x \ge 0` the value is computed as the small correction
    :math:`1 - \frac{2e^2}{D}\bigl(1 - \frac{2x(1 + e)}{D}\bigr)`, whose rounding errors are
    scaled down by its size.  The numerator for :math:`x < 0` vanishes at the root
    :math:`x^* = -1.19243\ldots`; around it, it is expanded exactly (it is a polynomial in
    :math:`x` and :math:`e^x`) about the double nearest :math:`x^*`, with
    :math:`e^x - e^c = e^c\operatorname{expm1}(x - c)`, so the derivative keeps its relative
    accuracy through its zero.

    Examples
    --------
    >>> from activations import mish_derivative
    >>> mish_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.6, 1. ])
    >>> float(mish_derivative(-700.0))
    -6.891913904088079e-302
    >>> float(mish_derivative(1e300))
    1.0
    """
    xc = np.clip(x, -800.0, 800.0)
    e = np.abs(xc)
    np.negative(e, out=e)
    np.exp(e, out=e)
    # x < 0: e (4 (1 + x)(1 + e) + e (2 + 4e + e^2)) / B^2 with B^2 = 4 + 8e + 8e^2 + 4e^3 + e^4
    # expanded (one rounding instead of squaring a rounded sum)
    num = np.add(xc, 1.0)
    num += num * e  # (1 + x)(1 + e) with 1 + x exact: one rounding fewer
    num *= 4.0
    num += horner(e, (0.0, 2.0, 4.0, 1.0))
    num *= e

    def band(i):
        t = x.take(i) - _MISH_ROOT
        delta = _MISH_E[1] + _MISH_E[0] * np.expm1(t)
        c = _MISH_C0 + _MISH_4E * t + (_MISH_L + 4.0 * t + (_MISH_3E + delta) * delta) * delta
        return e.take(i) * c

    work = np.subtract(x, _MISH_BAND_MID)
    np.abs(work, out=work)
    _patch(num, work < _MISH_BAND_HALF, band)
    num /= horner(e, (4.0, 8.0, 8.0, 4.0, 1.0))
    num *= x < 0
    # x >= 0: 1 - (2e^2/D)(1 - 2x(1 + e)/D) with D = 1 + 2e + 2e^2: a small correction to 1
    d = horner(e, (1.0, 2.0, 2.0))
    np.add(e, 1.0, out=work)
    work *= xc
    work *= 2.0
    work /= d
    np.subtract(1.0, work, out=work)
    e *= e
    e *= 2.0
    e /= d
    work *= e
    np.subtract(1.0, work, out=work)
    work *= x >= 0  # the sign selects by multiplying with 0/1 (exact, faster than np.where)
    num += work
    return _patch_far_left(x, num, lambda xf: 1.0 + xf, underflow=0.0)  # Mish' = e^x (1 + x) there


# ---------------------------------------------------------------------------------------------
# TanhExp (TeLU)
#
# f'(x) = tanh(y) + x y sech^2(y) with y = e^x; since tanh(y) cosh^2(y) = sinh(2y)/2,
# f'(x) = y sech^2(y) h(x) with h(x) = S(2y) + x and S(z) = sinh(z)/z = 1 + sum z^2k/(2k+1)!.
# h vanishes at x* = -1.07886..., where S(2y) and -x cancel.  Around c, the double nearest x*,
# with t = x - c (exact on the band, Sterbenz) and z_c = 2e^c:
#   h(x) = h(c) + t + sum_k a_k (e^{2kt} - 1),  a_k = z_c^{2k}/(2k+1)!,
# every term with the sign of t.  Left of the band, h = (1 + x) + (S(2y) - 1) does not cancel.

_TANHEXP_ROOT = -1.078860058464624
_TANHEXP_H0 = 1.1100145594150293e-16  # h(c)
_TANHEXP_A = (
    0.07705889918624444,
    0.0017814221831387353,
    1.961063320266104e-05,
    1.2593115057852293e-07,
    5.293154092820818e-10,
    1.5687870292920636e-12,
    3.4539714724258582e-15,
    5.871159694540334e-18,
    7.93728250891097e-21,
    8.737689323813027e-24,
)
_TANHEXP_BAND = (-2.1, -0.6)
_SINHC_M1 = tuple(1.0 / math.factorial(2 * k + 1) for k in range(0, 8))  # S(z) in w = z^2


@elementwise
@blockwise
def tanhexp(x):
    r"""TanhExp (TeLU), :math:`\operatorname{TanhExp}(x) = x \tanh\bigl(e^{x}\bigr)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x \tanh(e^{x})` in :math:`[-0.3532, \infty)`, same shape and float dtype as
        `x`.

    See Also
    --------
    tanhexp_derivative : Its derivative.
    mish : :math:`x \tanh(\operatorname{softplus}(x))`, a close relative.

    Notes
    -----
    .. math::

        \operatorname{TanhExp}(x) = x \tanh\bigl(e^{x}\bigr), \qquad
        \operatorname{TanhExp}'(x) = \tanh\bigl(e^{x}\bigr)
        + x\,e^{x}\operatorname{sech}^2\bigl(e^{x}\bigr)

    A product of :math:`x` with a factor that keeps its relative precision (``tanh`` of a tiny
    argument is that argument), so nothing cancels; :math:`e^{x}` is capped at :math:`e^{4}`,
    beyond which :math:`\tanh` is 1, and below :math:`x = -700` the value :math:`x\,e^{x}` is
    rounded once through ``ldexp``, so it stays accurate where :math:`e^{x}` alone is
    subnormal.  TeLU (Fernandez and Mali 2024) is the same function under another name.

    References
    ----------
    .. [1] X. Liu and X. Di, "TanhExp: A smooth activation function with high convergence speed
       for lightweight neural networks", IET Computer Vision 15(2), 136-150, 2021;
       arXiv:2003.09855, 2020.
    .. [2] A. Fernandez and A. Mali, "Revisiting the Mathematical Properties of Activation
       Functions: TeLU", arXiv:2412.20269, 2024.

    Examples
    --------
    >>> from activations import tanhexp
    >>> tanhexp([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(tanhexp(1.0))
    0.9913289158005999
    >>> float(tanhexp(-710.0))
    -3.1781632202293424e-306
    >>> float(tanhexp(1e300))
    1e+300
    """
    out = np.clip(x, -800.0, 4.0)
    np.exp(out, out=out)
    np.tanh(out, out=out)
    out *= np.maximum(x, -800.0)
    if x.size and not np.min(x) >= -700.0:  # (or a NaN): x e^x, rounded once
        _patch(
            out,
            x < -700.0,
            lambda i: exp_times(np.maximum(x.take(i), -800.0), 0.0, np.maximum(x.take(i), -800.0)),
        )
    return out


@elementwise
@blockwise
def tanhexp_derivative(x):
    r"""Derivative of :func:`tanhexp`: from 0 through a negative dip and 0.76 at 0, above 1, back to 1.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`[-0.1233, 1.1071]`; :math:`\tanh 1 \approx 0.7616` at
        :math:`x = 0` and 0 at :math:`x \approx -1.0789`, the minimum of TanhExp.

    See Also
    --------
    tanhexp : The function.

    Notes
    -----
    .. math::

        \operatorname{TanhExp}'(x) = \tanh\bigl(e^{x}\bigr)
        + x\,e^{x}\operatorname{sech}^2\bigl(e^{x}\bigr)
        = e^{x}\operatorname{sech}^2\bigl(e^{x}\bigr)
          \left(\frac{\sinh(2e^{x})}{2e^{x}} + x\right)

    :math:`\operatorname{sech}^2 y` is computed as :math:`4q/(1 + q)^2` with
    :math:`q = e^{-2y}`, never as :math:`1 - \tanh^2 y`.  For :math:`x < -0.6` the second form
    is used: its last factor vanishes at the minimum :math:`x^* = -1.07886\ldots`, so around it
    the factor is expanded about the double nearest :math:`x^*` in powers of
    :math:`e^{2(x - c)} - 1`, whose terms all share one sign; further left it is
    :math:`(1 + x) + (\sinh(2e^x)/(2e^x) - 1)`, the latter from its series.  The derivative thus
    keeps its relative accuracy through its zero and in the left tail.

    Examples
    --------
    >>> from activations import tanhexp_derivative
    >>> tanhexp_derivative([-np.inf, 0.0, np.inf])
    array([0.        , 0.76159416, 1.        ])
    >>> float(tanhexp_derivative(-710.0))
    -3.173686934003667e-306
    >>> float(tanhexp_derivative(1e300))
    1.0
    """
    xc = np.clip(x, -800.0, 4.0)
    y = np.exp(xc)
    q = np.multiply(y, -2.0)
    np.exp(q, out=q)
    ys = np.add(q, 1.0)
    ys *= ys
    np.divide(q, ys, out=ys)
    ys *= 4.0
    ys *= y  # e^x sech^2(e^x)
    out = np.tanh(y)
    out += np.clip(x, -800.0, 800.0) * ys

    def band(i):
        t = x.take(i) - _TANHEXP_ROOT
        e1 = np.expm1(2.0 * t)
        p = e1.copy()
        terms = [p]
        for _ in _TANHEXP_A[1:]:
            p = p + e1 * (1.0 + p)
            terms.append(p)
        s = np.zeros_like(t)
        for a, p in zip(_TANHEXP_A[::-1], terms[::-1], strict=True):
            s += a * p
        return ys.take(i) * ((_TANHEXP_H0 + t) + s)

    def left(i):
        xi = xc.take(i)
        w = y.take(i)
        w *= w
        w *= 4.0
        return ys.take(i) * ((1.0 + xi) + w * horner(w, _SINHC_M1[1:]))

    _patch(out, (x > _TANHEXP_BAND[0]) & (x < _TANHEXP_BAND[1]), band)
    _patch(out, x <= _TANHEXP_BAND[0], left)
    if x.size and not np.min(x) >= -700.0:
        _patch(out, x < -700.0, lambda i: _exp_times_large(xc.take(i), 0.0, 1.0 + xc.take(i)) + 0.0)
    return out


# ---------------------------------------------------------------------------------------------
# Serf
#
# Serf = x erf(s) and Serf' = erf(s) + x (2/sqrt pi) e^{-s^2} sigma(x), s = softplus(x), in
# three ranges (the tables are in activations/_serf_coefficients.py, whose generator
# scripts/serf_coefficients.py says how they are computed):
# * right of _SERF_HIGH (about 0.43): erf(s) = 1 - erfc(s), with erfc(s) = 2 Phi(-s sqrt 2)
#   from GELU's table, and Serf' is the sum above, whose terms are both positive;
# * on [_SERF_LOW, _SERF_HIGH] (_SERF_LOW about -1.82): Taylor polynomials on pieces of width
#   1/4, of erf(softplus(x)) (through 1 - erfc, Serf lost up to 4 ULP there) and of Serf',
#   whose terms cancel: completely at its root x* = -1.19306..., on which a piece is centred,
#   and still by 3 bits a quarter away from it;
# * left of _SERF_LOW: Serf = x erf(s) with erf's Taylor series (s < 0.167), and, with
#   u = e^x <= 0.162, Serf' = (2/sqrt pi) u ((1 + x) + u (Q1(u) + x Q2(u))), 1 + x exact.

_TWO_OVER_SQRT_PI = 1.1283791670955126
_SERF_K1 = 1.1283791661262512  # 2/sqrt(pi) rounded to 26 bits
_SERF_K2 = 9.692613531930338e-10  # 2/sqrt(pi) - _SERF_K1
_ERF_SERIES = tuple(  # erf(s) = 2/sqrt(pi) s sum c_n s^{2n}: to 1e-19 for s <= 0.167
    (-1.0) ** n / (math.factorial(n) * (2 * n + 1)) for n in range(9)
)
_SERF_LOW = _serf_coefficients.LOW
_SERF_HIGH = _SERF_LOW + 0.25 * _serf_coefficients.PIECES
_SERF_TABLE = [np.ascontiguousarray(c) for c in np.array(_serf_coefficients.TABLE).T]
_SERF_ERF_TABLE = [np.ascontiguousarray(c) for c in np.array(_serf_coefficients.ERF_TABLE).T]
_SERF_Q1 = _serf_coefficients.Q1
_SERF_Q2 = _serf_coefficients.Q2


def _erf_large(s):
    """``erf(s)`` for ``s >= 1/2`` (NaN propagates) as ``1 - erfc(s)``, within about 1 ULP."""
    out = np.minimum(s, 1.0)  # erf(s) rounds to 1 from s = 5.86 on (erfc(s) < 2^-54)
    idx = np.flatnonzero(s < 6.0)
    if idx.size:
        a = s.take(idx) * math.sqrt(2.0)
        a, tail = _gelu_tail(a, _GELU_M)  # a Phi(-a)
        tail /= a
        tail *= 2.0  # erfc(s)
        out.put(idx, 1.0 - tail)
    return out


def _serf_far_left(x, plus):
    """``2/sqrt(pi) e^x (x [+ 1])`` for ``x < -700``, rounded once."""
    xc = np.maximum(x, -800.0)
    return _exp_times_large(xc, 0.0, _TWO_OVER_SQRT_PI * (xc if plus == 1.0 else xc + 1.0))


def _serf_left(x):
    """Serf left of ``_SERF_LOW`` (``-800 <= x``): ``(2/sqrt pi) x s (1 + w P(w))``.

    ``s = log1p(e^x) <= 0.167``, ``w = s^2`` and ``1 + w P(w)`` is the series of
    ``erf(s) / ((2/sqrt pi) s)``.  ``(2/sqrt pi) x = hi + lo`` with ``hi = K1 xh`` exact
    (``K1``: 2/sqrt(pi) to 26 bits; ``xh``: ``x`` to a multiple of 2^-17, 27 bits for
    ``|x| < 1024``), and the small correction is folded in as ``hi + ((hi + lo) w P + lo)``.
    """
    s = np.exp(x)
    np.log1p(s, out=s)
    w = s * s
    c = horner(w, _ERF_SERIES[1:])
    c *= w
    hi = x + 2.0**35
    hi -= 2.0**35  # xh
    lo = x - hi  # exact
    lo *= _SERF_K1
    lo += x * _SERF_K2
    hi *= _SERF_K1  # exact
    c *= hi + lo
    c += lo
    c += hi
    c *= s
    return c


def _serf_derivative_sum(x):
    """``erf(s) + x (2/sqrt pi) e^{-s^2} sigma(x)`` directly (used right of ``_SERF_HIGH``)."""
    s = _softplus_unit(x)
    out = _erf_large(s)
    np.minimum(s, 30.0, out=s)  # e^{-s^2} is 0 beyond
    s *= s
    np.negative(s, out=s)
    np.exp(s, out=s)
    s *= _sigmoid(x)
    s *= _TWO_OVER_SQRT_PI
    s *= np.minimum(x, 800.0)
    out += s
    return out


def _serf_pieces(x, table):
    """Serf' or erf(softplus) on ``[_SERF_LOW, _SERF_HIGH)``, from the Taylor polynomials in
    ``table`` (its columns: the pieces' centres, then each coefficient)."""
    piece = np.subtract(x, _SERF_LOW)
    piece *= 4.0
    piece = piece.astype(np.intp)
    # clipped gathers (cheaper than numpy's bounds check; x - _SERF_LOW may round up to 9)
    t = np.take(table[0], piece, mode="clip")
    np.subtract(x, t, out=t)  # exact within the root's piece (Sterbenz)
    out = np.take(table[-1], piece, mode="clip")
    gathered = np.empty_like(out)
    for column in table[-2:0:-1]:
        out *= t
        np.take(column, piece, out=gathered, mode="clip")
        out += gathered
    return out


def _serf_derivative_left(x):
    """Serf' left of ``_SERF_LOW`` from the series in ``u = e^x`` (``x >= -800``)."""
    u = np.exp(x)
    q = horner(u, _SERF_Q2)
    q *= x
    q += horner(u, _SERF_Q1)
    q *= u
    q += 1.0 + x  # exact
    q *= _TWO_OVER_SQRT_PI
    q *= u
    return q


@elementwise
@blockwise
def serf(x):
    r"""Serf, :math:`\operatorname{Serf}(x) = x \operatorname{erf}\bigl(\log(1 + e^{x})\bigr)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x \operatorname{erf}(\operatorname{softplus}(x))` in :math:`[-0.3484, \infty)`,
        same shape and float dtype as `x`.

    See Also
    --------
    serf_derivative : Its derivative.
    mish : :math:`x \tanh(\operatorname{softplus}(x))`, the same construction with tanh.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{Serf}(x) = x \operatorname{erf}\bigl(\log(1 + e^{x})\bigr) \\[1ex]
        \operatorname{Serf}'(x) = \operatorname{erf}\bigl(\operatorname{softplus}(x)\bigr)
        + \frac{2x}{\sqrt{\pi}}\,e^{-\operatorname{softplus}(x)^2}\,\sigma(x)
        \end{gathered}

    Right of :math:`x = 0.43`, :math:`\operatorname{softplus}(x)` is computed as in
    :func:`softplus`, and the error function as :math:`1 - \operatorname{erfc}`, with
    :math:`\operatorname{erfc}` from the table :func:`gelu` uses (no scipy).  On
    :math:`[-1.82, 0.43]`, :math:`\operatorname{erf}(\operatorname{softplus}(x))` comes from
    Taylor polynomials (degree 14, coefficients computed once with mpmath) on pieces of width
    :math:`1/4`.  Left of :math:`-1.82`, where :math:`s = \operatorname{softplus}(x) < 0.17`,
    the error function is its Taylor series (9 terms), with :math:`\frac{2}{\sqrt\pi} x`
    taken exactly and the series' small correction to its first term added last; below
    :math:`x = -700` the value is
    :math:`\frac{2}{\sqrt\pi} x e^{x}`, rounded once.

    References
    ----------
    .. [1] S. Nag and M. Bhattacharyya, "SERF: Towards better training of deep neural networks
       using log-Softplus ERror activation Function", arXiv:2108.09598, 2021 (with A. Mukherjee
       and R. Kundu in WACV 2023).

    Examples
    --------
    >>> from activations import serf
    >>> serf([-np.inf, 0.0, np.inf])
    array([-0.,  0., inf])
    >>> float(serf(1.0))
    0.9367219154717153
    >>> float(serf(-710.0))
    -3.586173167335977e-306
    >>> float(serf(1e300))
    1e+300
    """
    out = np.empty_like(x)
    left = np.flatnonzero(x < _SERF_LOW)
    if left.size:
        xl = np.maximum(x.take(left), -800.0)
        value = _serf_left(xl)
        if not np.min(xl) >= -700.0:  # e^x is (nearly) subnormal
            _patch(value, xl < -700.0, lambda i: _serf_far_left(xl.take(i), 1.0))
        out.put(left, value)
    middle = np.flatnonzero((x >= _SERF_LOW) & (x < _SERF_HIGH))
    if middle.size:
        xm = x.take(middle)
        out.put(middle, xm * _serf_pieces(xm, _SERF_ERF_TABLE))
    right = np.flatnonzero(~(x < _SERF_HIGH))  # NaN included
    if right.size:
        xr = x.take(right)
        value = _erf_large(_softplus_unit(xr))
        value *= xr
        out.put(right, value)
    return out


@elementwise
@blockwise
def serf_derivative(x):
    r"""Derivative of :func:`serf`: erf of the softplus, plus a Gaussian term weighted by a sigmoid.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{Serf}'(x)` in :math:`[-0.1270, 1.0861]`;
        :math:`\operatorname{erf}(\log 2) \approx 0.6730` at :math:`x = 0` and 0 at
        :math:`x \approx -1.1931`, the minimum of Serf.

    See Also
    --------
    serf : The function.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{Serf}(x) = x \operatorname{erf}\bigl(\log(1 + e^{x})\bigr) \\[1ex]
        \operatorname{Serf}'(x) = \operatorname{erf}\bigl(\operatorname{softplus}(x)\bigr)
        + \frac{2x}{\sqrt{\pi}}\,e^{-\operatorname{softplus}(x)^2}\,\sigma(x)
        \end{gathered}

    Right of :math:`x = 0.43` both terms are positive and the sum is used, with
    :math:`\operatorname{erf}` as in :func:`serf`.  Left of it they cancel, completely at the
    minimum of Serf, :math:`x^* = -1.19306\ldots`: on :math:`[-1.82, 0.43]` the derivative is
    evaluated from Taylor polynomials (degree 14, coefficients computed once with mpmath) on
    pieces of width :math:`1/4`, one centred on the double nearest :math:`x^*`, so it keeps its
    relative accuracy through its zero; left of :math:`-1.82`, with :math:`u = e^x`, it is
    :math:`\frac{2}{\sqrt\pi} u \bigl((1 + x) + u\,(Q_1(u) + x Q_2(u))\bigr)`, where
    :math:`1 + x` is exact and :math:`Q_1`, :math:`Q_2` are power series (degree 24) of
    :math:`\operatorname{erf}(\log(1 + u))` and :math:`e^{-\log(1 + u)^2}/(1 + u)`.

    Examples
    --------
    >>> from activations import serf_derivative
    >>> serf_derivative([-np.inf, 0.0, np.inf])
    array([0.        , 0.67304129, 1.        ])
    >>> float(serf_derivative(-710.0))
    -3.5811222192129684e-306
    >>> float(serf_derivative(1e300))
    1.0
    """
    out = np.empty_like(x)
    left = np.flatnonzero(x < _SERF_LOW)
    if left.size:
        xl = np.maximum(x.take(left), -800.0)
        value = _serf_derivative_left(xl)
        if not np.min(xl) >= -700.0:
            # (+ 0.0: the limit at -inf is 0, not -0, as for the neighbours)
            _patch(value, xl < -700.0, lambda i: _serf_far_left(xl.take(i), 0.0) + 0.0)
        out.put(left, value)
    middle = np.flatnonzero((x >= _SERF_LOW) & (x < _SERF_HIGH))
    if middle.size:
        out.put(middle, _serf_pieces(x.take(middle), _SERF_TABLE))
    right = np.flatnonzero(~(x < _SERF_HIGH))  # NaN included
    if right.size:
        out.put(right, _serf_derivative_sum(x.take(right)))
    return out


# ---------------------------------------------------------------------------------------------
# Squareplus


def _squareplus_parts(x, b, finite=False):
    """``|x|``, ``h = sqrt(x^2 + b)`` and ``f = (h + |x|) / 2``, the value at ``|x|``.

    ``x^2`` is formed from ``|x|`` capped at ``1e150``; beyond it ``h = |x| sqrt(1 + b/x^2)``.
    With ``finite``, ``|x|`` is capped at the largest double (so that ``f / h`` is never
    ``inf / inf``).
    """
    ax = np.abs(x)
    if finite:
        np.minimum(ax, _MAX, out=ax)
    h = np.minimum(ax, 1e150)
    h *= h
    h += b
    np.sqrt(h, out=h)

    def large(i):
        big = ax.take(i)
        with np.errstate(over="ignore"):  # only for b near the largest double
            return big * np.sqrt(1.0 + (b / big) / big)

    _patch(h, ax > 1e150, large)
    f = 0.5 * ax
    f += 0.5 * h  # halves first: no overflow
    return ax, h, f


@elementwise
@blockwise
def squareplus(x, b=4.0):
    r"""Squareplus, :math:`\operatorname{squareplus}(x) = \frac{x + \sqrt{x^2 + b}}{2}`.

    Parameters
    ----------
    x : array_like
        Input.
    b : float, optional
        Curvature :math:`b > 0` near the origin (default 4, as in JAX and the paper);
        :math:`b \to 0` gives ReLU.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{squareplus}(x)` in :math:`(0, \infty)`, same shape and float dtype
        as `x`.

    Raises
    ------
    ValueError
        If `b` is not a finite positive number.

    See Also
    --------
    squareplus_derivative : Its derivative.
    softplus : The transcendental curve it imitates.

    Notes
    -----
    .. math::

        \operatorname{squareplus}(x) = \frac{x + \sqrt{x^2 + b}}{2}, \qquad
        \operatorname{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)

    For :math:`x < 0` the sum cancels (the textbook form returns 0 for :math:`x < -10^8`); the
    result is computed there as :math:`\frac{b}{2(\sqrt{x^2 + b} - x)}`, which has only
    additions of positive numbers.  :math:`\sqrt{x^2 + b} = |x|` exactly beyond
    :math:`10^{154}`, where :math:`x^2` would overflow.

    References
    ----------
    .. [1] J. T. Barron, "Squareplus: A Softplus-Like Algebraic Rectifier",
       arXiv:2112.11687, 2021.

    Examples
    --------
    >>> from activations import squareplus
    >>> squareplus([-np.inf, 0.0, np.inf])
    array([ 0.,  1., inf])
    >>> float(squareplus(-1e10))
    1e-10
    >>> float(squareplus(1e308))
    1e+308
    """
    b = check_param("squareplus", "b", b, positive=True)
    _, _, f = _squareplus_parts(x, b)
    # x < 0: f(x) f(-x) = b/4, so f(x) = (b/4) / f(|x|): no cancellation
    return _patch(f, x < 0, lambda i: (0.25 * b) / f.take(i))


@elementwise
@blockwise
def squareplus_derivative(x, b=4.0):
    r"""Derivative of :func:`squareplus`: rising from 0 to 1, with 1/2 at 0.

    Parameters
    ----------
    x : array_like
        Input.
    b : float, optional
        Curvature :math:`b > 0` (default 4), as in :func:`squareplus`.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{squareplus}'(x)` in :math:`(0, 1)`, 1/2 at :math:`x = 0`.

    Raises
    ------
    ValueError
        If `b` is not a finite positive number.

    See Also
    --------
    squareplus : The function.

    Notes
    -----
    .. math::

        \operatorname{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)
        = \frac{b}{2\sqrt{x^2 + b}\,\bigl(\sqrt{x^2 + b} - x\bigr)} \quad (x < 0)

    Since :math:`(x + \sqrt{x^2 + b})/2 = \operatorname{squareplus}(x)`, the derivative is
    :math:`\operatorname{squareplus}(x)/\sqrt{x^2 + b}`, with the function computed without
    cancellation as in :func:`squareplus`; the textbook :math:`1 + x/\sqrt{x^2+b}` is 0 for
    :math:`x < -10^8`.

    Examples
    --------
    >>> from activations import squareplus_derivative
    >>> squareplus_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(squareplus_derivative(-1e10))
    1.0000000000000001e-20
    >>> float(squareplus_derivative(1e300))
    1.0
    """
    b = check_param("squareplus_derivative", "b", b, positive=True)
    _, h, f = _squareplus_parts(x, b, finite=True)
    _patch(f, x < 0, lambda i: (0.25 * b) / f.take(i))  # f(x), as in squareplus
    f /= h  # f'(x) = (1 + x/h)/2 = f(x)/h
    return f


# ---------------------------------------------------------------------------------------------
# Sparse plus


@elementwise
@blockwise
def sparse_plus(x):
    r"""Sparse plus: a piecewise-quadratic softplus, exactly 0 up to -1 and the identity from 1.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{sparse\_plus}(x)` in :math:`[0, \infty)`, same shape and float
        dtype as `x`.

    See Also
    --------
    sparse_plus_derivative : Its derivative.
    sparse_sigmoid : That derivative under its own name.

    Notes
    -----
    .. math::

        \operatorname{sparse\_plus}(x) = \begin{cases}
            0, & x \le -1 \\
            \frac{1}{4}(x + 1)^2, & -1 < x < 1 \\
            x, & x \ge 1
          \end{cases}
        \qquad
        \operatorname{sparse\_plus}'(x) = \begin{cases}
            0, & x \le -1 \\
            \frac{1}{2}(x + 1), & -1 < x < 1 \\
            1, & x \ge 1
          \end{cases}

    The pieces join with matching value and slope, so the function is :math:`C^1` and the
    derivative is continuous (it has corners at :math:`\pm1`, where it equals 0 and 1).  The
    quadratic is evaluated on :math:`x` clamped to :math:`[-1, 1]`, so no branch can overflow.

    References
    ----------
    .. [1] M. Blondel, A. F. T. Martins and V. Niculae, "Learning with Fenchel-Young Losses",
       Journal of Machine Learning Research 21(35), 1-69, 2020.

    Examples
    --------
    >>> from activations import sparse_plus
    >>> sparse_plus([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([0.  , 0.  , 0.25, 1.  ,  inf])
    >>> float(sparse_plus(1e308))
    1e+308
    """
    inner = np.clip(x, -1.0, 1.0) + 1.0
    return np.where(x >= 1.0, x, np.where(x <= -1.0, 0.0, 0.25 * (inner * inner)))


@elementwise
@blockwise
def sparse_plus_derivative(x):
    r"""Derivative of :func:`sparse_plus`: 0 up to -1, linear on :math:`(-1, 1)`, 1 from 1.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{sparse\_plus}'(x)` in :math:`[0, 1]`.

    See Also
    --------
    sparse_plus : The function.

    Notes
    -----
    .. math::

        \operatorname{sparse\_plus}'(x) = \begin{cases}
            0, & x \le -1 \\
            \frac{1}{2}(x + 1), & -1 < x < 1 \\
            1, & x \ge 1
          \end{cases}

    The derivative is continuous, so its values at :math:`\pm1` (0 and 1) are the limits from
    both sides, which is also what JAX's autograd of ``jax.nn.sparse_plus`` returns there.

    Examples
    --------
    >>> from activations import sparse_plus_derivative
    >>> sparse_plus_derivative([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([0. , 0. , 0.5, 1. , 1. ])
    """
    inner = np.clip(x, -1.0, 1.0) + 1.0
    return np.where(x >= 1.0, 1.0, np.where(x <= -1.0, 0.0, 0.5 * inner))


# ---------------------------------------------------------------------------------------------
# Bent identity


def _ratio_to_hypot(x, plus_one):
    """``x / (sqrt(x^2 + 1) [+ 1])`` for ``x`` capped at ``+-1e150`` (the ratio is then +-1)."""
    xs = np.clip(x, -1e150, 1e150)
    den = xs * xs
    den += 1.0
    np.sqrt(den, out=den)
    if plus_one:
        den += 1.0
    np.divide(xs, den, out=den)
    return den


@elementwise
@blockwise
def bent_identity(x):
    r"""Bent identity, :math:`f(x) = \frac{\sqrt{x^2 + 1} - 1}{2} + x`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f(x)` in :math:`(-\infty, \infty)`, same shape and float dtype as `x`.

    See Also
    --------
    bent_identity_derivative : Its derivative.

    Notes
    -----
    .. math::

        f(x) = \frac{\sqrt{x^2 + 1} - 1}{2} + x, \qquad
        f'(x) = \frac{x}{2\sqrt{x^2 + 1}} + 1

    :math:`\sqrt{x^2+1} - 1` cancels near 0; it is computed as
    :math:`x^2/(\sqrt{x^2+1} + 1)`, written :math:`x \cdot x/(\sqrt{x^2+1} + 1)` so that nothing
    overflows before the result does (:math:`f(x) \approx 1.5x` for large :math:`x`, which
    overflows only beyond :math:`1.2 \times 10^{308}`).  The curve bends from slope 1/2 on the
    left to 3/2 on the right; it is not bounded on either side.

    Examples
    --------
    >>> from activations import bent_identity
    >>> bent_identity([-np.inf, 0.0, np.inf])
    array([-inf,   0.,  inf])
    >>> float(bent_identity(1e-10))
    1.000000000025e-10
    >>> float(bent_identity(-1e300))
    -5e+299
    """
    r = _ratio_to_hypot(x, plus_one=True)
    r *= np.clip(x, -_MAX, _MAX)  # finite, so that -inf + inf cannot occur below
    r *= 0.5
    with np.errstate(over="ignore"):  # f(x) ~ 1.5 x overflows (correctly) for x > 1.2e308
        r += x
    return r


@elementwise
def bent_identity_derivative(x):
    r"""Derivative of :func:`bent_identity`, :math:`f'(x) = \frac{x}{2\sqrt{x^2 + 1}} + 1`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`(1/2, 3/2)`, equal to 1 at :math:`x = 0`.

    See Also
    --------
    bent_identity : The function.

    Notes
    -----
    .. math::

        f'(x) = \frac{x}{2\sqrt{x^2 + 1}} + 1

    :math:`x/\sqrt{x^2+1}` lies in :math:`(-1, 1)`, so the sum never loses more than one bit;
    :math:`\sqrt{x^2+1}` is taken as :math:`|x|` beyond :math:`10^{150}`, where it is exact.

    Examples
    --------
    >>> from activations import bent_identity_derivative
    >>> bent_identity_derivative([-np.inf, 0.0, np.inf])
    array([0.5, 1. , 1.5])
    >>> float(bent_identity_derivative(1.0))
    1.3535533905932737
    """
    r = _ratio_to_hypot(x, plus_one=False)
    r *= 0.5
    r += 1.0
    return r


# ---------------------------------------------------------------------------------------------
# Soft exponential


def _soft_exponential_parts(x, alpha):
    """Shared work for ``alpha != 0``.

    ``alpha > 0``: returns ``(t, t_lo)`` with ``alpha x = t + t_lo`` exactly (``|t| <= 2000``).
    ``alpha < 0``: returns ``(p, lo, bound)`` with ``-alpha (x + alpha) = p + lo`` to
    double-double accuracy for ``|x| <= bound``.
    """
    if alpha > 0:
        bound = min(2000.0 / alpha, _BIG)
        return two_product(alpha, np.clip(x, -bound, bound))
    beta = -alpha
    bound = min(_BIG, _BIG / beta)
    s, s_lo = two_sum(np.clip(x, -bound, bound), alpha)  # x + alpha = s + s_lo
    p, p_lo = two_product(beta, s)
    return p, p_lo + beta * s_lo, bound


@functools.lru_cache(maxsize=64)
def _soft_exponential_zero(alpha):
    """``x0 = log(1 - alpha^2) / alpha`` as a double-double, for ``0 < alpha < 1``.

    Computed once per ``alpha`` with the standard library's ``decimal`` at enough digits for
    the cancellation in ``1 - alpha^2`` (``alpha`` is converted exactly).
    """
    a = decimal.Decimal(alpha)
    with decimal.localcontext() as ctx:
        ctx.prec = 60 + max(0, -2 * a.adjusted())
        x0 = (1 - a * a).ln() / a
        hi = float(x0)
        return hi, float(x0 - decimal.Decimal(hi))


@elementwise
def soft_exponential(x, alpha=0.0):
    r"""Soft exponential, a family that interpolates logarithm, identity and exponential.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Shape :math:`\alpha` (default 0, the identity).  :math:`\alpha < 0` gives a
        logarithmic curve defined for :math:`x > 1/\alpha - \alpha` (NaN elsewhere, and
        :math:`-\infty` at that end point); :math:`\alpha > 0` an exponential one.

    Returns
    -------
    ndarray or scalar
        :math:`f(\alpha, x)`, same shape and float dtype as `x`; :math:`(-\infty, \infty)` for
        :math:`\alpha = 0`.

    Raises
    ------
    ValueError
        If `alpha` is not a finite number.

    See Also
    --------
    soft_exponential_derivative : Its derivative in :math:`x`.

    Notes
    -----
    .. math::

        f(\alpha, x) = \begin{cases}
            -\frac{\ln(1 - \alpha(x + \alpha))}{\alpha}, & \alpha < 0 \\
            x, & \alpha = 0 \\
            \frac{e^{\alpha x} - 1}{\alpha} + \alpha, & \alpha > 0
          \end{cases}
        \qquad
        f'(\alpha, x) = \begin{cases}
            \frac{1}{1 - \alpha(x + \alpha)}, & \alpha < 0 \\
            e^{\alpha x}, & \alpha \ge 0
          \end{cases}

    For each :math:`\alpha` the function is :math:`C^\infty` in :math:`x` on its domain; it is
    also continuous in :math:`\alpha` (Godfrey and Gashler's point: :math:`f(\alpha, \cdot)` and
    :math:`f(-\alpha, \cdot)` are inverse functions).  ``expm1`` and ``log1p`` avoid the
    cancellation of :math:`e^{\alpha x} - 1` and :math:`\ln(1 + \cdot)` near zero, and the
    products :math:`\alpha x` and :math:`\alpha(x + \alpha)` are taken exactly (two-sum and
    two-product) with a first-order correction, since the exponential and the logarithm near its
    pole amplify their rounding errors.  For :math:`0 < \alpha < 1`, :math:`f` crosses zero at
    :math:`x_0 = \ln(1 - \alpha^2)/\alpha`, where the two terms cancel; for :math:`x < 0` it
    is evaluated instead through the equal form
    :math:`f = \frac{1 - \alpha^2}{\alpha}\operatorname{expm1}\bigl(\alpha(x - x_0)\bigr)`,
    with :math:`x_0` as a double-double (from ``decimal``) and :math:`\alpha(x - x_0)`
    carried exactly, so the relative accuracy holds through the zero.  (For :math:`\alpha < 0`
    the zero is at :math:`x = -\alpha`, where the exact :math:`\alpha(x + \alpha)` already
    suffices.)

    References
    ----------
    .. [1] L. B. Godfrey and M. S. Gashler, "A continuum among logarithmic, linear, and
       exponential functions, and its potential to improve generalization in neural networks",
       7th International Conference on Knowledge Discovery and Information Retrieval, 2015;
       arXiv:1602.01321, 2016.

    Examples
    --------
    >>> from activations import soft_exponential
    >>> soft_exponential([-np.inf, 0.0, np.inf])
    array([-inf,   0.,  inf])
    >>> float(soft_exponential(1e308))
    1e+308
    >>> float(soft_exponential(1.0, alpha=1.0))
    2.7182818284590455
    >>> float(soft_exponential(np.e, alpha=-1.0))  # the inverse of alpha = 1 at x = 1
    1.0
    >>> float(soft_exponential(-3.0, alpha=-0.5))
    nan
    """
    alpha = check_param("soft_exponential", "alpha", alpha)
    if alpha == 0.0:
        return x
    if alpha > 0:
        t, t_lo = _soft_exponential_parts(x, alpha)
        em = np.expm1(np.minimum(t, 709.0))
        em = em + t_lo * (em + 1.0)  # expm1(t + t_lo) to first order
        with np.errstate(over="ignore"):  # the result overflows (correctly) for large alpha x
            small = em / alpha + alpha
            large = np.exp(np.maximum(t, 709.0) - np.log(alpha)) * (1.0 + t_lo)
        out = np.where(t <= 709.0, small, large)
        if alpha < 1.0:  # f has a zero at x0 = log(1 - alpha^2) / alpha: expand around it
            x0, x0_lo = _soft_exponential_zero(alpha)
            scale = (1.0 - alpha) * (1.0 + alpha) / alpha  # 1 - alpha exact for alpha >= 1/2

            def near(i):
                # f = (1 - alpha^2)/alpha expm1(alpha (x - x0)), an identity; x - x0 and its
                # product with alpha are carried exactly (two-sum, two-product), since expm1
                # near its argument 0 and e^{alpha t} elsewhere amplify their rounding errors
                xi = np.maximum(x.take(i), x0 - min(800.0 / alpha, _BIG))  # expm1 is -1 there
                t, t_lo = two_sum(xi, -x0)
                p, p_lo = two_product(alpha, t)
                em = np.expm1(p)
                em += (p_lo + alpha * (t_lo - x0_lo)) * (em + 1.0)
                return scale * em

            _patch(out, x < 0, near)
        return out
    p, lo, bound = _soft_exponential_parts(x, alpha)
    beta = -alpha
    inside = p + lo > -1.0
    safe = np.where(inside, p, 0.0)
    value = -(np.log1p(safe) + lo / (1.0 + safe)) / alpha  # log1p(p + lo) to first order
    # beyond the clamp: 1 - alpha (x + alpha) = beta (x + alpha - 1/alpha) is huge
    far = np.maximum(np.maximum(x, bound) + (1.0 / beta - beta), 1e-300)
    value = np.where(x > bound, -(np.log(beta) + np.log(far)) / alpha, value)
    return np.where(inside | (x > bound), value, np.where(p + lo == -1.0, -np.inf, np.nan))


@elementwise
def soft_exponential_derivative(x, alpha=0.0):
    r"""Derivative of :func:`soft_exponential` with respect to `x`.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Shape :math:`\alpha` (default 0), as in :func:`soft_exponential`.

    Returns
    -------
    ndarray or scalar
        :math:`f'(\alpha, x)`, positive; 1 everywhere for :math:`\alpha = 0`; NaN outside the
        domain and :math:`+\infty` at its end point for :math:`\alpha < 0`.

    Raises
    ------
    ValueError
        If `alpha` is not a finite number.

    See Also
    --------
    soft_exponential : The function.

    Notes
    -----
    .. math::

        f'(\alpha, x) = \begin{cases}
            \frac{1}{1 - \alpha(x + \alpha)}, & \alpha < 0 \\
            e^{\alpha x}, & \alpha \ge 0
          \end{cases}

    :math:`\alpha x` and :math:`\alpha(x + \alpha)` are taken exactly, with a first-order
    correction for their rounding errors, as in :func:`soft_exponential`.

    Examples
    --------
    >>> from activations import soft_exponential_derivative
    >>> soft_exponential_derivative([-np.inf, 0.0, np.inf])
    array([1., 1., 1.])
    >>> float(soft_exponential_derivative(2.0, alpha=0.5))
    2.718281828459045
    >>> float(soft_exponential_derivative(0.5, alpha=-1.0))
    2.0
    """
    alpha = check_param("soft_exponential_derivative", "alpha", alpha)
    if alpha == 0.0:
        out = np.ones_like(x)
        with np.errstate(over="ignore", invalid="ignore"):  # only asks: any NaN at all?
            suspect = np.isnan(np.add.reduce(x, axis=None))
        if suspect:  # a NaN somewhere (or inf - inf, or overflow): mark the NaNs exactly
            out[np.isnan(x)] = np.nan
        return out
    if alpha > 0:
        t, t_lo = _soft_exponential_parts(x, alpha)
        with np.errstate(over="ignore"):  # e^{alpha x} overflows (correctly)
            return np.exp(t) * (1.0 + t_lo)
    p, lo, bound = _soft_exponential_parts(x, alpha)
    beta = -alpha
    inside = p + lo > -1.0
    value = 1.0 / ((1.0 + np.where(inside, p, 0.0)) + lo)
    far = np.maximum(np.maximum(x, bound) + (1.0 / beta - beta), 1e-300)
    value = np.where(x > bound, (1.0 / beta) / far, value)
    return np.where(inside | (x > bound), value, np.where(p + lo == -1.0, np.inf, np.nan))


# Each framework's or paper's other name for an entry above (the records' ``aliases``).
gelu_fast_approx = quick_gelu
gelu_fast_approx_derivative = quick_gelu_derivative
telu = tanhexp
telu_derivative = tanhexp_derivative
