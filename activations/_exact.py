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

import numpy as np

__all__ = [
    "blockwise",
    "exp_neg_square",
    "fast_two_sum",
    "split",
    "two_product",
    "two_square",
    "two_sum",
]

#: Elements per block in :func:`blockwise`: 512 KB temporaries, reused by malloc, mostly in cache.
BLOCK = 2**16

_SPLITTER = 134217729.0  # 2**27 + 1, Veltkamp's constant for 53-bit doubles
# Beyond this magnitude SPLITTER * a overflows; two_product is exact only below it.
_SPLIT_LIMIT = 2.0**996


def split(a):
    """Veltkamp split ``a = hi + lo`` with ``hi`` and ``lo`` each holding at most 26 bits.

    Exact for ``|a| < 2**996`` (larger values would overflow ``(2**27 + 1) * a``).
    """
    a = np.asarray(a, dtype=np.float64)
    c = _SPLITTER * a
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


def blockwise(func):
    """Run an element-wise float64 implementation on blocks of :data:`BLOCK` elements.

    Why: the compensated forms need several temporaries, and at 10**6 elements each is 8 MB.
    With two or more of them alive at once, malloc hands the memory back to the system when
    they are freed, so every call pays the page faults of fresh memory again (measured: 3-4 ms
    per call, several times the arithmetic itself).  On blocks of 2**16 elements the
    temporaries are 512 KB, malloc reuses them and they stay in cache, so the textbook-shaped
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
