"""Error-free transformations for float64 arrays, and the exact-argument exponentials built on them.

Floating-point rounding of an *argument* is invisible at the argument's own precision but is
amplified by a steep function: :math:`x^2` rounded to the nearest double is off by up to
:math:`2^{-53} x^2`, so :math:`e^{-x^2}` computed from it is off by :math:`x^2 \\cdot 2^{-53}`
relative, about 700 ULP at :math:`|x| = 26`.  The helpers here recover the rounding error
exactly (Dekker 1971, Knuth TAOCP vol. 2) so that it can be fed back as a first-order correction.

numpy has no fused multiply-add, so :func:`two_product` uses Veltkamp's splitting.  Each helper
works element-wise on float64 arrays (or scalars) and never emits a RuntimeWarning for finite,
infinite or NaN input.
"""

from __future__ import annotations

import functools
from fractions import Fraction

import numpy as np

__all__ = [
    "SPLITTER",
    "blockwise",
    "dd_add",
    "dd_fraction",
    "dd_horner",
    "dd_mul",
    "dd_mul_rounded",
    "exp_neg_square",
    "exp_times",
    "fast_two_sum",
    "horner",
    "into_blocks",
    "split",
    "two_product",
    "two_square",
    "two_sum",
]

#: Elements per block in :func:`blockwise` and :func:`into_blocks`: 256 KB temporaries, reused
#: by malloc; a block and the several temporaries of a compensated form fit in a 2 MB L2 cache.
BLOCK = 2**15

SPLITTER = 134217729.0  # 2**27 + 1, Veltkamp's constant for 53-bit doubles
# Beyond this magnitude SPLITTER * a overflows; two_product is exact only below it.
_SPLIT_LIMIT = 2.0**996


def split(a):
    """Veltkamp split ``a = hi + lo`` with ``hi`` and ``lo`` each holding at most 26 bits.

    Exact for ``|a| < 2**996`` (larger values would overflow ``(2**27 + 1) * a``).
    """
    a = np.asarray(a, dtype=np.float64)
    c = SPLITTER * a
    hi = c - (c - a)
    return hi, a - hi


def two_sum(a, b):
    """Knuth's TwoSum: ``s = fl(a + b)`` and ``e`` with ``a + b = s + e`` exactly.

    For finite ``a``, ``b`` whose sum does not overflow (infinite input gives ``e = nan`` with an
    "invalid" RuntimeWarning, so cap the arguments first).
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    s = a + b
    bb = s - a
    e = (a - (s - bb)) + (b - bb)
    return s, e


def fast_two_sum(a, b):
    """Dekker's FastTwoSum, ``a + b = s + e`` exactly; requires ``|a| >= |b|`` (or ``a == 0``)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    s = a + b
    return s, b - (s - a)


def two_product(a, b):
    """Dekker's TwoProduct: ``hi = fl(a * b)`` and ``lo`` with ``a * b = hi + lo`` exactly.

    Parameters
    ----------
    a, b : array_like
        float64 factors (broadcast together).

    Returns
    -------
    hi, lo : ndarray
        The rounded product and its rounding error.  Exact whenever ``|a|, |b| < 2**996`` and
        no partial product underflows (i.e. ``|a * b|`` well above ``2**-969``); outside that
        ``hi`` is still the correctly rounded product and ``lo`` is merely inexact.

    Examples
    --------
    >>> from activations._exact import two_product
    >>> hi, lo = two_product(0.1, 0.1)
    >>> float(hi), float(lo)
    (0.010000000000000002, -8.326672684688674e-19)
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    hi = a * b
    a1, a2 = split(a)
    b1, b2 = split(b)
    lo = ((a1 * b1 - hi) + a1 * b2 + a2 * b1) + a2 * b2
    return hi, lo


def two_square(a):
    """``hi = fl(a * a)`` and ``lo`` with ``a * a = hi + lo`` exactly (one split instead of two).

    Exact for ``|a| < 2**996`` whenever ``a * a`` does not underflow, like :func:`two_product`.
    """
    a = np.asarray(a, dtype=np.float64)
    hi = a * a
    a1, a2 = split(a)
    lo = ((a1 * a1 - hi) + 2.0 * (a1 * a2)) + a2 * a2
    return hi, lo


def exp_neg_square(x):
    """:math:`e^{-x^2}` within about 1 ULP for every float64 ``x`` (NaN propagates).

    ``x * x = hi + lo`` exactly by :func:`two_product`; then
    :math:`e^{-x^2} = e^{-hi} e^{-lo} = e^{-hi}(1 - lo)` to within :math:`lo^2 < 2^{-80}`
    relative.  ``|x|`` is clamped to 40 first (:math:`e^{-1600}` is 0 in float64), which keeps
    the splitting exact and avoids overflow for huge or infinite ``x``.

    Examples
    --------
    >>> from activations._exact import exp_neg_square
    >>> float(exp_neg_square(26.0))
    2.6117417612840555e-294
    >>> exp_neg_square(np.array([-np.inf, 0.0, np.inf]))
    array([0., 1., 0.])
    """
    a = np.minimum(np.abs(np.asarray(x, dtype=np.float64)), 40.0)
    hi, lo = two_square(a)
    e = np.exp(-hi)
    return e - e * lo  # e (1 - lo) with one rounding for the correction


# ---------------------------------------------------------------------------------------------
# Double-double arithmetic: a value hi + lo with |lo| <= ulp(hi)/2, about 106 bits.


def dd_fraction(numerator: int, denominator: int) -> tuple[float, float]:
    """The fraction ``numerator / denominator`` as a double-double ``(hi, lo)``, exactly rounded."""
    hi = numerator / denominator
    return hi, float(Fraction(numerator, denominator) - Fraction(hi))


def dd_mul(ah, al, bh, bl):
    """``(ah + al) * (bh + bl)`` as a normalised double-double ``(hi, lo)``."""
    p, e = two_product(ah, bh)
    return fast_two_sum(p, e + (ah * bl + al * bh))


def dd_mul_rounded(ah, al, bh, bl):
    """``(ah + al) * (bh + bl)`` rounded once to a double (no double-double result)."""
    p, pl = two_product(ah, bh)
    return p + (pl + (ah * bl + al * bh))


def dd_add(ah, al, bh, bl):
    """``(ah + al) + (bh + bl)`` as a normalised double-double ``(hi, lo)``."""
    s, e = two_sum(ah, bh)
    return fast_two_sum(s, e + (al + bl))


def horner(x, coefficients):
    """``c0 + c1 x + c2 x^2 + ...`` for ``coefficients = (c0, c1, ...)``: Horner's rule, in place.

    Plain float64 (see :func:`dd_horner` for double-double); zero coefficients add nothing.
    """
    out = np.full_like(x, coefficients[-1])
    for c in coefficients[-2::-1]:
        out *= x
        if c:
            out += c
    return out


def dd_horner(coefficients, th, tl, plain=7):
    r"""Horner's rule in ``t``; the first ``plain`` (smallest) terms in double precision only.

    For :math:`t \le (\pi/4)^2` those terms add up to less than :math:`10^{-15}`, so their
    rounding errors stay below :math:`10^{-31}`.  Each later coefficient exceeds the running
    :math:`p\,t` in magnitude, so FastTwoSum adds it exactly; ``t`` is split only once.
    """
    t1, t2 = split(th)
    p = np.full_like(th, coefficients[0][0])
    for ch, _ in coefficients[1:plain]:
        p = p * th + ch
    ph, pl = p, np.zeros_like(th)
    for ch, cl in coefficients[plain:]:
        # (ph + pl) * (th + tl) as a double-double, TwoProduct with t's split reused
        hi = ph * th
        p1, p2 = split(ph)
        lo = ((p1 * t1 - hi) + p1 * t2 + p2 * t1) + p2 * t2 + (ph * tl + pl * th)
        hi, lo = fast_two_sum(hi, lo)
        # + (ch + cl), |ch| > |hi|
        sh, se = fast_two_sum(ch, hi)
        ph, pl = fast_two_sum(sh, se + (lo + cl))
    return ph, pl


# ---------------------------------------------------------------------------------------------
# Exponentials of exactly known arguments

_INV_LN2 = 1.4426950408889634
_LN2_HI = 0.6931471803691238  # ln 2 to 32 bits: k * _LN2_HI is exact for |k| < 2^20
_LN2_LO = 1.9082149292705877e-10


def exp_times(w, w_lo, factor):
    """``e^{w + w_lo} factor`` rounded once, also where ``e^w`` alone would be subnormal.

    ``e^w = 2^k e^r`` (Cody-Waite reduction, ``k ln2_hi`` exact); ``ldexp`` rounds only once.
    """
    k = np.rint(w * _INV_LN2)
    r = (w - k * _LN2_HI) - k * _LN2_LO
    return np.ldexp(np.exp(r) * (factor * (1.0 + w_lo)), k.astype(np.intc))


def blockwise(func):
    """Run an element-wise float64 implementation on blocks of :data:`BLOCK` elements.

    Why: the compensated forms need several temporaries, and at 10**6 elements each is 8 MB.
    With two or more of them alive at once, malloc hands the memory back to the system when
    they are freed, so every call pays the page faults of fresh memory again (measured: 3-4 ms
    per call, several times the arithmetic itself).  On blocks of 2**15 elements the
    temporaries are 256 KB, malloc reuses them and they stay in cache, so the textbook-shaped
    code below runs about as fast as the one-temporary naive formula.  Every element goes
    through exactly the same operations, so results are bitwise those of ``func(x)``.

    Only for functions whose parameters are scalars (an array parameter broadcast against `x`,
    or a random generator, would not be split alike).  Stack it under ``@elementwise``, which
    hands over an array of ``ndim >= 1``.

    Examples
    --------
    >>> from activations._exact import blockwise
    >>> twice = blockwise(lambda x: 2.0 * x)
    >>> twice(np.arange(3.0))
    array([0., 2., 4.])
    """

    @functools.wraps(func)
    def in_blocks(x, **params):
        if x.size <= BLOCK:
            return func(x, **params)
        flat = x.reshape(-1)  # a view when x is contiguous, a copy otherwise
        out = np.empty(flat.shape)
        for start in range(0, flat.size, BLOCK):
            out[start : start + BLOCK] = func(flat[start : start + BLOCK], **params)
        return out.reshape(x.shape)

    return in_blocks


def into_blocks(kernel, x, *args):
    """Run ``kernel(x_block, out_block, *args)`` over blocks of `x`, filling one new array.

    Why: like :func:`blockwise`, it keeps the temporaries in cache, and a kernel that writes its
    last step into ``out_block`` also saves the copy of each block's result (a fifth of the
    time of a three-pass form).  Every element goes through the same operations, so the result
    does not depend on the blocks.  Kernels call ``ndarray.clip`` rather than ``np.clip``: the
    same operation, with a fraction of the Python overhead, which is paid once per block.
    """
    flat = x.reshape(-1)  # a view when x is contiguous, a copy otherwise
    out = np.empty(flat.shape)
    for start in range(0, flat.size, BLOCK):
        kernel(flat[start : start + BLOCK], out[start : start + BLOCK], *args)
    return out.reshape(x.shape)
