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

from ._checks import check_param, elementwise
from ._exact import (
    _SPLIT_LIMIT,
    blockwise,
    dd_add,
    dd_fraction,
    dd_horner,
    dd_mul,
    exp_neg_square,
    fast_two_sum,
    two_product,
    two_square,
    two_sum,
)
from .sigmoidal import _scaled_sech_square

# 64 ln 2 = _LN2_64_HI + _LN2_64_LO to 2**-100 (mpmath)
_LN2_64_HI = 44.3614195558365
_LN2_64_LO = 1.4841899608616317e-15

__all__ = [
    "gaussian",
    "gaussian_derivative",
    "gcu",
    "gcu_derivative",
    "lisht",
    "lisht_derivative",
    "sinc",
    "sinc_derivative",
    "sinusoid",
    "sinusoid_derivative",
    "snake",
    "snake_derivative",
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
def sinusoid(x, omega_0=1.0):
    r"""Sinusoid, :math:`f(x) = \sin(\omega_0 x)`; SIREN's sine with its frequency :math:`\omega_0`.

    Parameters
    ----------
    x : array_like
        Input.
    omega_0 : float, optional
        Frequency :math:`\omega_0 > 0`.  Default 1, the plain :math:`\sin x`; SIREN uses 30.

    Returns
    -------
    ndarray or scalar
        :math:`\sin(\omega_0 x)` in :math:`[-1, 1]`; NaN at :math:`\pm\infty`, where it has no
        limit.

    Raises
    ------
    ValueError
        If `omega_0` is not a finite positive number.

    See Also
    --------
    sinusoid_derivative : Its derivative.
    sinc : The sinusoid damped by :math:`1/x`.
    snake : The identity plus a squared sine.

    Notes
    -----
    .. math::

        f(x) = \sin(\omega_0 x), \qquad f'(x) = \omega_0 \cos(\omega_0 x)

    numpy's ``sin`` reduces its argument modulo :math:`\pi/2` with full precision, so for
    :math:`\omega_0 = 1` it is within one ULP even at :math:`x = 10^{300}`.  For other
    :math:`\omega_0`, ``np.sin(omega_0 * x)`` takes the sine of the *rounded* product, off by up
    to :math:`|\omega_0 x|\,2^{-53}` before the sine (PyTorch, JAX, Keras and MLX compute
    this); here the product is kept exact (TwoProduct) and reduced modulo :math:`\pi/2` in
    double-double arithmetic, which keeps the result within one ULP of :math:`\sin(\omega_0 x)`
    for :math:`|\omega_0 x| < 2 \times 10^8`.  Beyond, the result is the sine of the rounded
    product, as in the frameworks (NaN where the product overflows).
    :math:`\sin(\pm\infty)` is undefined: the result is NaN, without numpy's "invalid value"
    RuntimeWarning.

    References
    ----------
    .. [1] M. S. Gashler and S. C. Ashmore, "Training Deep Fourier Neural Networks To Fit
       Time-Series Data", arXiv:1405.2262, 2014.
    .. [2] V. Sitzmann, J. N. P. Martel, A. W. Bergman, D. B. Lindell and G. Wetzstein,
       "Implicit Neural Representations with Periodic Activation Functions", NeurIPS 2020,
       arXiv:2006.09661.

    Examples
    --------
    >>> from activations import sinusoid
    >>> sinusoid([-np.inf, 0.0, np.pi / 2, np.inf])
    array([nan,  0.,  1., nan])
    >>> float(sinusoid(1e300))
    -0.8178819121159085
    >>> float(sinusoid(0.1, omega_0=30.0))
    0.14112000805986705
    >>> float(sinusoid(12345.6789, omega_0=30.0)), float(np.sin(30.0 * 12345.6789))
    (0.9879981476624424, 0.9879981476618805)
    """
    omega_0 = check_param("sinusoid", "omega_0", omega_0, positive=True)
    if omega_0 == 1.0:
        with np.errstate(invalid="ignore"):  # sin(+-inf) is NaN; no copy with NaN written in
            return np.sin(x)
    return _sin_cos_of_product(x, omega_0, want_cos=False)[0]


@elementwise
def sinusoid_derivative(x, omega_0=1.0):
    r"""Derivative of :func:`sinusoid`, :math:`f'(x) = \omega_0 \cos(\omega_0 x)`.

    Parameters
    ----------
    x : array_like
        Input.
    omega_0 : float, optional
        Frequency :math:`\omega_0 > 0`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`\omega_0 \cos(\omega_0 x)` in :math:`[-\omega_0, \omega_0]`; NaN at
        :math:`\pm\infty`.

    Raises
    ------
    ValueError
        If `omega_0` is not a finite positive number.

    See Also
    --------
    sinusoid : The function.

    Notes
    -----
    .. math::

        f'(x) = \omega_0 \cos(\omega_0 x)

    As for :func:`sinusoid`: full-precision argument reduction of the exact product
    :math:`\omega_0 x` for :math:`|\omega_0 x| < 2 \times 10^8` (the rounded product beyond),
    then one rounding for the factor :math:`\omega_0`; NaN without a warning at
    :math:`\pm\infty`.

    Examples
    --------
    >>> from activations import sinusoid_derivative
    >>> sinusoid_derivative([-np.inf, 0.0, np.pi, np.inf])
    array([nan,  1., -1., nan])
    >>> float(sinusoid_derivative(1e300))
    -0.5753861119575491
    >>> float(sinusoid_derivative(0.0, omega_0=30.0))
    30.0
    """
    omega_0 = check_param("sinusoid_derivative", "omega_0", omega_0, positive=True)
    with np.errstate(invalid="ignore"):  # cos(+-inf) is NaN
        if omega_0 == 1.0:
            return np.cos(x)
        c = _sin_cos_of_product(x, omega_0, want_sin=False)[1]
        c *= omega_0
        return c


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


def _sin_cos_dd(ah, al):
    r""":math:`\sin a` and :math:`\cos a` as double-doubles, for :math:`a = a_h + a_l`,
    :math:`|a_h| < 2 \cdot 10^8` and :math:`|a_l| \le` half an ULP of :math:`a_h`.

    The argument is reduced exactly, :math:`a = n\pi/2 + r` with :math:`r` a double-double
    (five-part :math:`\pi/2`), then :math:`\sin r` and :math:`\cos r` are summed as Taylor
    series in double-double arithmetic: about 100 correct bits, also where the result is tiny.
    """
    n = np.rint(ah * (2.0 / np.pi))
    t1 = ah - n * _PIO2[0]  # exact: n * piece is exact and close to a (Sterbenz)
    s0, e0 = two_sum(t1, al)
    s1, e1 = two_sum(s0, -(n * _PIO2[1]))
    s2, e2 = two_sum(s1, -(n * _PIO2[2]))
    s3, e3 = two_sum(s2, -(n * _PIO2[3]))
    rh, rl = fast_two_sum(s3, (e0 + e1 + e2 + e3) - n * _PIO2[4])
    th, tl = dd_mul(rh, rl, rh, rl)
    sh, sl = dd_horner(_SIN_TAYLOR, th, tl)
    sh, sl = dd_mul(sh, sl, rh, rl)  # sin r
    ch, cl = dd_horner(_COS_TAYLOR, th, tl)  # cos r
    quadrant = n.astype(np.int64) % 4
    odd = (quadrant % 2) == 1
    # sin a and cos a from sin r and cos r by quadrant.
    sin_sign = np.where(quadrant >= 2, -1.0, 1.0)
    cos_sign = np.where((quadrant == 1) | (quadrant == 2), -1.0, 1.0)
    sin_h = np.where(odd, ch, sh) * sin_sign
    sin_l = np.where(odd, cl, sl) * sin_sign
    cos_h = np.where(odd, sh, ch) * cos_sign
    cos_l = np.where(odd, sl, cl) * cos_sign
    return (sin_h, sin_l), (cos_h, cos_l)


def _x_cos_minus_sin_dd(a):
    r""":math:`a\cos a - \sin a` as a double-double, for :math:`1 \le a < 2 \cdot 10^8`."""
    (sin_h, sin_l), (cos_h, cos_l) = _sin_cos_dd(a, np.zeros_like(a))
    ph, pl = dd_mul(cos_h, cos_l, a, np.zeros_like(a))
    return dd_add(ph, pl, -sin_h, -sin_l)


def _sin_cos_of_product(x, w, want_sin=True, want_cos=True):
    r""":math:`\sin(wx)` and :math:`\cos(wx)` of the exact product :math:`wx` (``None`` if not
    wanted).

    ``np.sin(w * x)`` is the sine of the rounded product, off by up to :math:`|wx|\,2^{-53}` in
    absolute terms.  Where the product is inexact and :math:`|wx| < 2 \cdot 10^8`, it is
    carried as a double-double (TwoProduct) through :func:`_sin_cos_dd`; beyond, the rounded
    product is used, as PyTorch, JAX, Keras and MLX do, and where it overflows the result is NaN.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        h = w * x
        s = np.sin(h) if want_sin else None
        c = np.cos(h) if want_cos else None
    inside = np.nonzero(np.abs(h) < _REDUCTION_LIMIT)
    hh, ll = two_product(w, x[inside])
    inexact = np.nonzero(ll != 0.0)
    if inexact[0].size:
        where = tuple(i[inexact] for i in inside)
        (sh, _), (ch, _) = _sin_cos_dd(hh[inexact], ll[inexact])
        if want_sin:
            s[where] = sh
        if want_cos:
            c[where] = ch
    return s, c


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


@elementwise
def lisht(x):
    r"""Linearly scaled hyperbolic tangent (LiSHT), :math:`f(x) = x \tanh(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x \tanh x` in :math:`[0, \infty)`, even, same shape and float dtype as `x`.

    See Also
    --------
    lisht_derivative : Its derivative.
    tanh : The hyperbolic tangent it scales.

    Notes
    -----
    .. math::

        f(x) = x \tanh(x), \qquad f'(x) = \tanh(x) + x\,\operatorname{sech}^2(x)

    One ``tanh`` and one product: both factors have the same sign, so nothing cancels and the
    result is within 2 ULP (about :math:`x^2` near 0, :math:`|x|` exactly once
    :math:`\tanh x` rounds to 1).

    References
    ----------
    .. [1] S. K. Roy, S. Manna, S. R. Dubey and B. B. Chaudhuri, "LiSHT: Non-Parametric
       Linearly Scaled Hyperbolic Tangent Activation Function for Neural Networks",
       arXiv:1901.05894, 2019.

    Examples
    --------
    >>> from activations import lisht
    >>> lisht([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([       inf, 0.76159416, 0.        , 0.76159416,        inf])
    >>> float(lisht(1e-10)), float(lisht(1e300))
    (1.0000000000000001e-20, 1e+300)
    """
    return x * np.tanh(x)


@elementwise
@blockwise
def lisht_derivative(x):
    r"""Derivative of :func:`lisht`, :math:`f'(x) = \tanh(x) + x\,\operatorname{sech}^2(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)`, odd, in :math:`(-1.1997, 1.1997)`; :math:`\pm 1` at :math:`\pm\infty`.

    See Also
    --------
    lisht : The function.

    Notes
    -----
    .. math::

        f'(x) = \tanh(x) + x\,\operatorname{sech}^2(x), \qquad
        \operatorname{sech}^2(x) = \frac{4e^{-2|x|}}{(1 + e^{-2|x|})^2}

    The two terms have the sign of :math:`x`, so their sum does not cancel.  The textbook
    :math:`x\,(1 - \tanh^2 x)` loses the second term to cancellation (0 once
    :math:`\tanh x` rounds to 1, for :math:`|x| > 19`); :math:`\operatorname{sech}^2` is
    computed from :math:`e^{-2|x|}` instead, as in :func:`tanh_derivative`, with :math:`|x|`
    clipped at 400 so that :math:`\pm\infty` gives :math:`\pm 1`.  Within 3 ULP.

    Examples
    --------
    >>> from activations import lisht_derivative
    >>> lisht_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([-1.       ,  0.       ,  1.1815685,  1.       ])
    >>> float(lisht_derivative(30.0)), float(lisht_derivative(1e300))
    (1.0, 1.0)
    """
    xc = np.clip(x, -400.0, 400.0)  # e**-800 is already 0; no overflow in 2|x|, no inf * 0
    e = np.abs(xc)
    e *= -2.0
    sech2 = _scaled_sech_square(np.exp(e, out=e), 4.0)
    sech2 *= xc
    sech2 += np.tanh(x)
    return sech2


@elementwise
def gcu(x):
    r"""Growing cosine unit (GCU), :math:`f(x) = x \cos(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x \cos x`, odd and unbounded; NaN at :math:`\pm\infty`, where it has no limit.

    See Also
    --------
    gcu_derivative : Its derivative.
    sinusoid : The undamped wave.

    Notes
    -----
    .. math::

        f(x) = x \cos(x), \qquad f'(x) = \cos(x) - x \sin(x)

    numpy's ``cos`` reduces its argument with full precision and keeps its relative precision
    near the zeros :math:`(k + \tfrac12)\pi`; one more product keeps the result within 2 ULP.
    :math:`\cos(\pm\infty)` is undefined: the result is NaN, without numpy's "invalid value"
    RuntimeWarning.

    References
    ----------
    .. [1] M. M. Noel, A. L, A. Trivedi and P. Dutta, "Growing Cosine Unit: A Novel Oscillatory
       Activation Function That Can Speedup Training and Reduce Parameters in Convolutional
       Neural Networks", arXiv:2108.12943, 2021.

    Examples
    --------
    >>> from activations import gcu
    >>> gcu([-np.inf, 0.0, np.pi, np.inf])
    array([        nan,  0.        , -3.14159265,         nan])
    >>> float(gcu(1e300))
    -5.753861119575491e+299
    """
    with np.errstate(invalid="ignore"):  # cos(+-inf) is NaN
        return x * np.cos(x)


@elementwise
@blockwise
def gcu_derivative(x):
    r"""Derivative of :func:`gcu`, :math:`f'(x) = \cos(x) - x \sin(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)`, even and unbounded; NaN at :math:`\pm\infty`.

    See Also
    --------
    gcu : The function.

    Notes
    -----
    .. math::

        f'(x) = \cos(x) - x \sin(x)

    The two terms cancel near the zeros of :math:`f'`, the roots of :math:`x \tan x = 1`
    (0.8603, 3.4256, 6.4373, ...).  :math:`x \sin x` is formed exactly from the rounded sine
    (TwoProduct), which leaves an error of at most
    :math:`(|\cos x| + |x \sin x|) / |f'(x)| + 1/2` ULP.  Wherever that bound exceeds 3.5 and
    :math:`|x| < 2 \times 10^8`, :math:`\cos x - x \sin x` is recomputed in double-double
    arithmetic (exact reduction modulo :math:`\pi/2`, Taylor series of :math:`\sin r` and
    :math:`\cos r`), which keeps the result within 4 ULP.  Beyond :math:`2 \times 10^8` the
    bound above still holds; it exceeds 4 ULP only within about :math:`1/|x|` of a zero of
    :math:`f'`, a window narrower than the spacing of the doubles there.

    Examples
    --------
    >>> from activations import gcu_derivative
    >>> gcu_derivative([-np.inf, 0.0, np.pi, np.inf])
    array([nan,  1., -1., nan])
    >>> float(gcu_derivative(1e300))
    8.178819121159085e+299
    """
    xc = np.clip(x, -_SPLIT_LIMIT, _SPLIT_LIMIT)  # two_product's range
    with np.errstate(invalid="ignore"):  # cos and sin of +-inf are NaN
        c = np.cos(x)
        s = np.sin(x)
    p, pl = two_product(xc, s)  # x sin x = p + pl exactly, for the rounded sin x
    huge = np.nonzero(np.abs(x) > _SPLIT_LIMIT)  # beyond two_product's range: rounded
    p[huge] = x[huge] * s[huge]
    pl[huge] = 0.0
    result = c - p  # exact where the terms cancel (Sterbenz)
    result -= pl
    # The error is below (|c| + |p|)/2 ULP of each, so (|c| + |p|) / |result| + 1/2 ULP of the
    # result: close where that may exceed 3.5.
    bound = np.abs(c, out=c)
    bound += np.abs(p, out=p)
    bound /= 3.0
    close = np.abs(result) < bound
    close &= np.abs(x) < _REDUCTION_LIMIT
    close = np.nonzero(close)
    if close[0].size:
        a = np.abs(x[close])  # f' is even
        zeros = np.zeros_like(a)
        (sin_h, sin_l), (cos_h, cos_l) = _sin_cos_dd(a, zeros)
        ph, pl = dd_mul(sin_h, sin_l, a, zeros)
        result[close] = dd_add(cos_h, cos_l, -ph, -pl)[0]
    return result


def _check_alpha(fname, alpha):
    alpha = check_param(fname, "alpha", alpha)
    if alpha == 0.0:
        raise ValueError(f"{fname}: alpha must be nonzero (sin^2(alpha x)/alpha), got {alpha}")
    return alpha


@elementwise
@blockwise
def snake(x, alpha=1.0):
    r"""Snake, :math:`f(x) = x + \frac{\sin^2(\alpha x)}{\alpha}`: the identity plus a ripple.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Frequency :math:`\alpha \ne 0` of the ripple.  Default 1; BigVGAN and DAC learn one
        per channel, starting from 1.

    Returns
    -------
    ndarray or scalar
        :math:`x + \sin^2(\alpha x)/\alpha`, same shape and float dtype as `x`;
        :math:`\pm\infty` at :math:`\pm\infty`.

    Raises
    ------
    ValueError
        If `alpha` is 0 or not finite.

    See Also
    --------
    snake_derivative : Its derivative.
    sinusoid : The sine it squares.

    Notes
    -----
    .. math::

        f(x) = x + \frac{\sin^2(\alpha x)}{\alpha}, \qquad
        f'(x) = 1 + \sin(2\alpha x)

    For every :math:`\alpha \ne 0` the function is increasing (:math:`f' \ge 0`) and its only zero is
    0.  The square :math:`\sin^2` is taken exactly (TwoProduct) so that, for negative
    :math:`x` with :math:`|\alpha x| \approx 1`, where :math:`x` and the ripple cancel by up
    to a factor 2.6, only the 1/2-ULP error of the sine is amplified; near 0 the ripple is
    :math:`\alpha x^2`, small beside :math:`x`.  For :math:`\alpha \ne 1` the product
    :math:`\alpha x` is kept exact as in :func:`sinusoid` (for :math:`|\alpha x| < 2 \cdot
    10^8`) and the division by :math:`\alpha` is compensated.  Within 3 ULP.

    References
    ----------
    .. [1] L. Ziyin, T. Hartwig and M. Ueda, "Neural Networks Fail to Learn Periodic Functions
       and How to Fix It", NeurIPS 2020, arXiv:2006.08195.

    Examples
    --------
    >>> from activations import snake
    >>> snake([-np.inf, 0.0, 1.0, np.inf])
    array([      -inf, 0.        , 1.70807342,        inf])
    >>> float(snake(1e-10)), float(snake(1e300))
    (1.0000000001000001e-10, 1e+300)
    >>> float(snake(1.0, alpha=0.5))
    1.4596976941318602
    """
    alpha = _check_alpha("snake", alpha)
    if alpha == 1.0:
        with np.errstate(invalid="ignore"):  # sin(+-inf) is NaN; patched below
            y = np.sin(x)
    else:
        y = _sin_cos_of_product(x, alpha, want_cos=False)[0]
    hi, lo = two_square(y)  # sin^2 = hi + lo exactly
    if alpha != 1.0:
        q = hi / alpha
        p, pe = two_product(q, alpha)
        lo = (((hi - p) - pe) + lo) / alpha
        hi = q
    result = x + hi  # exact where x and the ripple cancel (Sterbenz)
    result += lo
    infinite = np.nonzero(np.isinf(x))
    result[infinite] = x[infinite]
    return result


@elementwise
@blockwise
def snake_derivative(x, alpha=1.0):
    r"""Derivative of :func:`snake`, :math:`f'(x) = 1 + \sin(2\alpha x)`.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Frequency :math:`\alpha \ne 0` of the ripple.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`1 + \sin(2\alpha x)` in :math:`[0, 2]`; NaN at :math:`\pm\infty`, where it has no
        limit.

    Raises
    ------
    ValueError
        If `alpha` is 0 or not finite.

    See Also
    --------
    snake : The function.

    Notes
    -----
    .. math::

        f'(x) = 1 + \sin(2\alpha x) = \frac{\cos^2(2\alpha x)}{1 - \sin(2\alpha x)}

    :math:`1 + \sin u` cancels where :math:`\sin u \to -1`, at the zeros
    :math:`u = -\pi/2 + 2k\pi`; where :math:`\sin u < -3/4` the right-hand form is used, which
    takes its precision from :math:`\cos u` (numpy's ``cos`` keeps full relative precision
    near its zeros), with :math:`\cos^2 u` and :math:`1 - \sin u` carried exactly (TwoProduct,
    FastTwoSum) and the quotient corrected by its remainder.  :math:`u = 2\alpha x` is exact for :math:`\alpha = 1` (for
    :math:`|x| > 2^{1023}`, where it would overflow,
    :math:`(\sin x + \cos x)^2` is used); for other :math:`\alpha` it is kept exact as in
    :func:`sinusoid` for :math:`|u| < 2 \times 10^8`, beyond which the result follows the
    rounded product, as in the frameworks.  Within 3 ULP.

    Examples
    --------
    >>> from activations import snake_derivative
    >>> snake_derivative([-np.inf, 0.0, np.pi / 4, np.inf])
    array([nan,  1.,  2., nan])
    >>> float(snake_derivative(-np.pi / 4)), float(snake_derivative(1e300))
    (1.874699728327322e-33, 1.941195786905557)
    """
    alpha = _check_alpha("snake_derivative", alpha)
    if alpha == 1.0:
        with np.errstate(invalid="ignore", over="ignore"):
            u = 2.0 * x
            s = np.sin(u)
        near = np.nonzero(s < -0.75)
        c = np.cos(u[near])
    else:
        s, c = _sin_cos_of_product(x, 2.0 * alpha)
        near = np.nonzero(s < -0.75)
        c = c[near]
    result = s + 1.0
    # cos^2 u / (1 - sin u) with c^2 = hi + lo and 1 - sin u = d + e exactly, the quotient
    # q corrected by its remainder: about 1.5 ULP (the cosine's half ULP, doubled, + 1/2).
    hi, lo = two_square(c)
    sn = s[near]
    d = 1.0 - sn
    e = (1.0 - d) - sn  # exact: FastTwoSum with 1 >= |sin u|
    q = hi / d
    qd, qde = two_product(q, d)
    result[near] = q + (((hi - qd) - qde + lo) - q * e) / d
    if alpha == 1.0:
        huge = np.nonzero(np.isinf(u) & np.isfinite(x))
        if huge[0].size:
            xh = x[huge]
            result[huge] = np.square(np.sin(xh) + np.cos(xh))
    return result
