"""Bumps and waves: activations that rise and fall.

The Gaussian bump :math:`e^{-x^2}`, the sinusoid :math:`\\sin x` and the cardinal sine
:math:`\\sin(x)/x` are not monotonic, so a unit can respond to an input band rather than a
half-line (radial-basis networks) or represent periodic structure (Fourier-style networks).
Their numerical traps are of a different kind from the saturating families:

* a steep argument: :math:`e^{-x^2}` multiplies the rounding error of :math:`x^2` by
  :math:`x^2` (about 700 ULP at :math:`|x| = 26`), so :math:`x^2` is formed exactly with
  Dekker's TwoProduct and the error fed back (``activations._exact.exp_neg_square``);
* huge arguments: :math:`\\sin x` for :math:`x = 10^{300}` needs a full-precision reduction
  modulo :math:`2\\pi`, which numpy's ``sin`` and ``cos`` perform (measured within 0.51 ULP of
  mpmath over the whole range), while :math:`\\sin(\\pm\\infty)` has no limit and is NaN
  (without a RuntimeWarning);
* cancellation: the cardinal sine's derivative :math:`(x\\cos x - \\sin x)/x^2` is a
  difference of nearly equal terms near 0 (a series is used there) and near its own zeros.

Every function and derivative is within 4 ULP of the correctly rounded value in float64,
measured against mpmath, except where stated in a docstring.
"""

from __future__ import annotations

from math import factorial

import numpy as np

from ._checks import elementwise
from ._exact import (
    blockwise,
    dd_add,
    dd_fraction,
    dd_horner,
    dd_mul,
    exp_neg_square,
    fast_two_sum,
    two_square,
    two_sum,
)

# 64 ln 2 = _LN2_64_HI + _LN2_64_LO to 2**-100 (mpmath)
_LN2_64_HI = 44.3614195558365
_LN2_64_LO = 1.4841899608616317e-15

__all__ = [
    "gaussian",
    "gaussian_derivative",
    "sinc",
    "sinc_derivative",
    "sinusoid",
    "sinusoid_derivative",
]


@elementwise
@blockwise
def gaussian(x):
    r"""Gaussian bump, :math:`f(x) = e^{-x^2}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`e^{-x^2}` in :math:`(0, 1]`, same shape and float dtype as `x`.

    See Also
    --------
    gaussian_derivative : Its derivative.

    Notes
    -----
    .. math::

        f(x) = e^{-x^2}, \qquad f'(x) = -2x\,e^{-x^2}

    ``np.exp(-x * x)`` is off by up to :math:`x^2 \cdot 2^{-53}` relative, because the rounding
    error of ``x * x`` is multiplied by :math:`x^2` inside the exponential: about 700 ULP at
    :math:`|x| = 26`.  Here :math:`x^2 = h + l` exactly (Dekker's TwoProduct) and
    :math:`e^{-x^2} = e^{-h}(1 - l)` to within :math:`l^2 < 2^{-80}`, which keeps the result
    within 2 ULP wherever it is a normal number.

    References
    ----------
    .. [1] D. S. Broomhead and D. Lowe, "Multivariable functional interpolation and adaptive
       networks", Complex Systems 2, 321-355, 1988.

    Examples
    --------
    >>> from activations import gaussian
    >>> gaussian([-np.inf, 0.0, 1.0, np.inf])
    array([0.        , 1.        , 0.36787944, 0.        ])
    >>> float(gaussian(26.0)), float(gaussian(1e300))
    (2.6117417612840555e-294, 0.0)
    """
    return exp_neg_square(x)


@elementwise
@blockwise
def gaussian_derivative(x):
    r"""Derivative of :func:`gaussian`, :math:`f'(x) = -2x\,e^{-x^2}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`[-\sqrt{2/e}, \sqrt{2/e}]`, extreme at :math:`x = \mp 1/\sqrt2`.

    See Also
    --------
    gaussian : The function.

    Notes
    -----
    .. math::

        f'(x) = -2x\,e^{-x^2}

    The exponential is evaluated with an exact :math:`x^2` as in :func:`gaussian`, but scaled
    by :math:`2^{64}`: for :math:`26.62 < |x| < 26.69` the result is a normal number while
    :math:`e^{-x^2}` alone is subnormal and has lost its precision (25 ULP at
    :math:`x = 26.67` with ``-2 * x * gaussian(x)``).  With :math:`x^2 - 64\ln 2 = d + \epsilon`
    exactly (TwoProduct, TwoSum and a two-part :math:`64 \ln 2`),
    :math:`f'(x) = \left(-2x\,e^{-d}(1 - \epsilon)\right) 2^{-64}`, and the final scaling is
    exact.  :math:`x` is clipped to
    :math:`\pm 40`, where the result has long underflowed, so that :math:`\pm\infty` gives 0
    rather than :math:`\infty \cdot 0`.

    Examples
    --------
    >>> from activations import gaussian_derivative
    >>> gaussian_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([ 0.        , -0.        , -0.73575888, -0.        ])
    >>> float(gaussian_derivative(26.0))
    -1.3581057158677088e-292
    """
    xc = np.clip(x, -40.0, 40.0)
    hi, lo = two_square(xc)  # x**2 = hi + lo exactly
    d, e = two_sum(hi, -_LN2_64_HI)  # x**2 - 64 ln 2 = d + e + lo - _LN2_64_LO exactly
    big = np.exp(-d)  # 2**64 e**(-x**2) to first order, always normal
    scaled = big - big * ((e + lo) - _LN2_64_LO)  # one rounding for the correction
    return ((-2.0 * xc) * scaled) * 2.0**-64


def _finite_or_nan(x):
    """A copy of ``x`` with infinities replaced by NaN, so that ``sin`` and ``cos`` stay silent.

    Patched by integer index: ``np.where`` would branch on every element, and that costs more
    on unsorted data than the copy.
    """
    result = np.array(x, copy=True)
    result[np.nonzero(np.isinf(x))] = np.nan
    return result


@elementwise
def sinusoid(x):
    r"""Sinusoid, :math:`f(x) = \sin(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\sin(x)` in :math:`[-1, 1]`; NaN at :math:`\pm\infty`, where it has no limit.

    See Also
    --------
    sinusoid_derivative : Its derivative.
    sinc : The sinusoid damped by :math:`1/x`.

    Notes
    -----
    .. math::

        f(x) = \sin(x), \qquad f'(x) = \cos(x)

    numpy's ``sin`` reduces its argument modulo :math:`\pi/2` with full precision, so it is
    within an ULP even at :math:`x = 10^{300}`.  :math:`\sin(\pm\infty)` is undefined: the
    result is NaN, without numpy's "invalid value" RuntimeWarning.

    References
    ----------
    .. [1] M. S. Gashler and S. C. Ashmore, "Training Deep Fourier Neural Networks To Fit
       Time-Series Data", arXiv:1405.2262, 2014.

    Examples
    --------
    >>> from activations import sinusoid
    >>> sinusoid([-np.inf, 0.0, np.pi / 2, np.inf])
    array([nan,  0.,  1., nan])
    >>> float(sinusoid(1e300))
    -0.8178819121159085
    """
    with np.errstate(invalid="ignore"):  # sin(+-inf) is NaN; no copy with NaN written in
        return np.sin(x)


@elementwise
def sinusoid_derivative(x):
    r"""Derivative of :func:`sinusoid`, :math:`f'(x) = \cos(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\cos(x)` in :math:`[-1, 1]`; NaN at :math:`\pm\infty`.

    See Also
    --------
    sinusoid : The function.

    Notes
    -----
    .. math::

        f'(x) = \cos(x)

    As for :func:`sinusoid`: full-precision argument reduction, NaN without a warning at
    :math:`\pm\infty`.

    Examples
    --------
    >>> from activations import sinusoid_derivative
    >>> sinusoid_derivative([-np.inf, 0.0, np.pi, np.inf])
    array([nan,  1., -1., nan])
    >>> float(sinusoid_derivative(1e300))
    -0.5753861119575491
    """
    with np.errstate(invalid="ignore"):  # cos(+-inf) is NaN
        return np.cos(x)


@elementwise
@blockwise
def sinc(x):
    r"""Unnormalised cardinal sine: the sine of `x` divided by `x`, and 1 at 0.

    This is the mathematician's sinc of Wikipedia's activation table; **numpy's** ``np.sinc``
    (and ``torch.sinc``, ``jax.numpy.sinc``) is the normalised :math:`\sin(\pi x)/(\pi x)`,
    whose zeros are the nonzero integers instead of the multiples of :math:`\pi`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{sinc}(x)` in :math:`[-0.2172336\ldots, 1]`; 0 at :math:`\pm\infty`.

    See Also
    --------
    sinc_derivative : Its derivative.
    sinusoid : The undamped wave.

    Notes
    -----
    .. math::

        \operatorname{sinc}(x) = \begin{cases} \dfrac{\sin x}{x} & x \ne 0 \\ 1 & x = 0
        \end{cases}, \qquad
        \operatorname{sinc}'(x) = \begin{cases} \dfrac{x\cos x - \sin x}{x^2} & x \ne 0 \\
        0 & x = 0 \end{cases}

    One correctly reduced ``sin`` and one division: within 1.5 ULP everywhere, including
    near the zeros :math:`k\pi` (numpy's ``sin`` keeps its relative precision there) and for
    :math:`|x| \to 0`, where ``sin(x)`` is ``x`` to the last bit.  The minimum,
    :math:`-0.2172336\ldots`, is at the first positive root of :math:`\tan x = x`,
    :math:`x \approx 4.4934`.

    References
    ----------
    .. [1] F. W. J. Olver et al. (eds.), NIST Digital Library of Mathematical Functions,
       §10.49: :math:`j_0(x) = \sin(x)/x`, the spherical Bessel function of order 0.

    Examples
    --------
    >>> from activations import sinc
    >>> sinc([-np.inf, 0.0, np.pi / 2, np.inf])
    array([0.        , 1.        , 0.63661977, 0.        ])
    >>> float(sinc(1e300))
    -8.178819121159085e-301
    >>> float(np.sinc(1.0)), float(sinc(1.0))  # np.sinc is the normalised one
    (3.8981718325193755e-17, 0.8414709848078965)
    """
    zero = np.nonzero(x == 0)  # integer indices: patching by them is branch-free
    xs = _finite_or_nan(x)
    xs[zero] = 1.0
    y = np.sin(xs)
    y /= xs
    y[zero] = 1.0
    y[np.nonzero(np.isinf(x))] = 0.0
    return y


# sinc'(x) = x P(x^2) near 0: P(t) = sum_{k>=1} (-1)^k 2k t^(k-1) / (2k+1)!, Horner from the top.
_SINC_DERIVATIVE_SERIES = tuple(
    (-1) ** k * 2 * k / float(np.prod(np.arange(1.0, 2 * k + 2))) for k in range(13, 0, -1)
)
_SINC_SERIES_LIMIT = 1.5


def _sinc_derivative_series(x):
    t = x * x
    p = np.full_like(x, _SINC_DERIVATIVE_SERIES[0])
    for c in _SINC_DERIVATIVE_SERIES[1:]:
        p = p * t + c
    return x * p + 0.0  # + 0.0 turns the -0.0 at x = 0 into +0.0


# pi/2 in five pieces, the first four of 26 bits, so that n * piece is exact for n < 2**27
# (Cody and Waite's reduction, as in fdlibm's __ieee754_rem_pio2, with one more piece).
_PIO2 = (
    1.5707963407039642,
    -1.3909067675399456e-08,
    6.123233932053594e-17,
    6.368317178484799e-25,
    -1.4973849048591698e-33,
)
_REDUCTION_LIMIT = 2e8  # n = round(2x/pi) < 2**27 below this


# Taylor coefficients of sin(r)/r and cos(r) in t = r**2, as double-doubles, highest first:
# (-1)**j / (2j+1)! and (-1)**j / (2j)!, j <= 15 (the next term is below 1e-33 for |r| <= pi/4).
_SIN_TAYLOR = tuple(dd_fraction((-1) ** j, factorial(2 * j + 1)) for j in range(15, -1, -1))
_COS_TAYLOR = tuple(dd_fraction((-1) ** j, factorial(2 * j)) for j in range(15, -1, -1))


def _x_cos_minus_sin_dd(a):
    r""":math:`a\cos a - \sin a` as a double-double, for :math:`1 \le a < 2 \cdot 10^8`.

    The argument is reduced exactly, :math:`a = n\pi/2 + r` with :math:`r` a double-double
    (five-part :math:`\pi/2`), then :math:`\sin r` and :math:`\cos r` are summed as Taylor
    series in double-double arithmetic, so that the difference keeps about 100 bits even where
    its two terms agree to 50.
    """
    n = np.rint(a * (2.0 / np.pi))
    t1 = a - n * _PIO2[0]  # exact: n * piece is exact and close to a (Sterbenz)
    s1, e1 = two_sum(t1, -(n * _PIO2[1]))
    s2, e2 = two_sum(s1, -(n * _PIO2[2]))
    s3, e3 = two_sum(s2, -(n * _PIO2[3]))
    rh, rl = fast_two_sum(s3, (e1 + e2 + e3) - n * _PIO2[4])
    th, tl = dd_mul(rh, rl, rh, rl)
    sh, sl = dd_horner(_SIN_TAYLOR, th, tl)
    sh, sl = dd_mul(sh, sl, rh, rl)  # sin r
    ch, cl = dd_horner(_COS_TAYLOR, th, tl)  # cos r
    quadrant = n.astype(np.int64) % 4
    odd = (quadrant % 2) == 1
    # sin a and cos a from sin r and cos r by quadrant.
    sin_h, sin_l = np.where(odd, ch, sh), np.where(odd, cl, sl)
    cos_h, cos_l = np.where(odd, sh, ch), np.where(odd, sl, cl)
    sin_sign = np.where(quadrant >= 2, -1.0, 1.0)
    cos_sign = np.where((quadrant == 1) | (quadrant == 2), -1.0, 1.0)
    ph, pl = dd_mul(cos_h * cos_sign, cos_l * cos_sign, a, np.zeros_like(a))
    return dd_add(ph, pl, -sin_h * sin_sign, -sin_l * sin_sign)


@elementwise
@blockwise
def sinc_derivative(x):
    r"""Derivative of :func:`sinc`: an odd, decaying oscillation, 0 at 0.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{sinc}'(x)`, in :math:`[-0.43618\ldots, 0.43618\ldots]`; 0 at
        :math:`x = 0` and at :math:`\pm\infty`.

    See Also
    --------
    sinc : The function.

    Notes
    -----
    .. math::

        \operatorname{sinc}'(x) = \begin{cases} \dfrac{x\cos x - \sin x}{x^2} & x \ne 0 \\
        0 & x = 0 \end{cases}

    .. math::

        \frac{x\cos x - \sin x}{x^2} = \frac{1}{x}\left(\cos x - \frac{\sin x}{x}\right)
        = \sum_{k \ge 1} \frac{(-1)^k\, 2k\, x^{2k-1}}{(2k+1)!}

    Near 0 the numerator is :math:`-x^3/3`, the difference of two terms of size :math:`x`:
    the textbook form loses all digits for :math:`|x| < 10^{-8}` and returns NaN at 0.  For
    :math:`|x| \le 1.5` the series (13 terms, alternating and rapidly decreasing) is used;
    beyond, :math:`(\cos x - \sin(x)/x)/x`, which cannot overflow (:math:`x^2` would for
    :math:`|x| > 1.3 \times 10^{154}`).

    The same cancellation returns near every zero of :math:`\operatorname{sinc}'`, the roots
    of :math:`\tan x = x` (4.4934, 7.7253, ...), where a plain evaluation is off by
    :math:`\approx 2/(x\,|x - x_0|)` ULP (19 ULP at :math:`x = 4.4967`).  Wherever
    :math:`\cos x` and :math:`\sin(x)/x` agree to more than two bits and
    :math:`|x| < 2 \times 10^8`, :math:`x\cos x - \sin x` is recomputed in double-double
    arithmetic: exact reduction :math:`x = n\pi/2 + r` with a five-part :math:`\pi/2`, then
    Taylor series of :math:`\sin r` and :math:`\cos r` with TwoProduct and TwoSum.  This
    keeps the result within 2 ULP up to the double next to each zero; beyond
    :math:`2 \times 10^8` the spacing of doubles keeps them far enough from the zeros.

    Examples
    --------
    >>> from activations import sinc_derivative
    >>> sinc_derivative([-np.inf, 0.0, np.inf])
    array([0., 0., 0.])
    >>> float(sinc_derivative(1e-10)), float(sinc_derivative(1e300))
    (-3.3333333333333335e-11, -5.75386111957549e-301)
    """
    # The series and the exact difference only where they are needed, patched in by integer
    # indices (branch-free, unlike np.where or boolean masks on unsorted data).
    small_mask = np.abs(x) <= _SINC_SERIES_LIMIT
    small = np.nonzero(small_mask)
    xs = _finite_or_nan(x)
    xs[small] = 1.0
    c = np.cos(xs)
    t = np.sin(xs)
    t /= xs
    difference = c - t
    result = difference / xs
    result[np.nonzero(np.isinf(x))] = 0.0
    result[small] = _sinc_derivative_series(x[small])
    # Where cos x and sin(x)/x agree to more than a bit, redo the difference exactly; elsewhere
    # the plain form's error is at most 3 ULP (1 for sin(x)/x, 1/2 for cos x, doubled, + 1).
    np.abs(c, out=c)
    c += np.abs(t, out=t)
    c *= 0.5
    close = np.abs(difference, out=difference) < c
    close &= ~small_mask
    close &= np.abs(x) < _REDUCTION_LIMIT
    close = np.nonzero(close)
    if close[0].size:
        xc = x[close]
        a = np.abs(xc)
        gh, _ = _x_cos_minus_sin_dd(a)
        result[close] = np.sign(xc) * ((gh / a) / a)
    return result
