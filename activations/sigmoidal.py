"""Sigmoidal activations: monotonic S-shaped curves and their close relatives.

Most functions here are bounded and saturate on both sides (sigmoid, tanh, arctan, softsign,
ISRU, SQNL), so their derivatives decay to zero in the tails; that is where naive formulas fail:
``s * (1 - s)`` is 0 for ``x > 37``, ``1 / (1 + x**2)`` overflows (with a warning) for
``|x| > 1.3e154`` and ``x / sqrt(1 + x**2)`` does so too.  Two relatives built from them,
log-sigmoid and tanh_shrink, are unbounded on one or both sides and have the opposite trap:
``log(sigmoid(x))`` is ``log(0)`` for ``x < -745`` and ``x - tanh(x)`` cancels catastrophically
near 0, where the true value is :math:`x^3/3`.

The forms below never subtract two nearly equal numbers, never square a number that could
overflow, and keep full relative precision wherever the result is a normal number (within
4 ULP of the correctly rounded value in float64, measured against mpmath).
"""

from __future__ import annotations

import numpy as np
from numpy.polynomial import polynomial

from ._checks import check_param, elementwise
from ._exact import blockwise, horner, into_blocks, two_product, two_square, two_sum

_MAX = np.finfo(np.float64).max
#: exp(709) is finite (exp overflows beyond 709.78); beyond it 1 + e**t rounds to e**t anyway.
_EXP_ARG_MAX = 709.0

__all__ = [
    "arctan",
    "arctan_derivative",
    "isru",
    "isru_derivative",
    "log_sigmoid",
    "log_sigmoid_derivative",
    "logsigmoid",
    "logsigmoid_derivative",
    "penalized_tanh",
    "penalized_tanh_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "soft_sign",
    "soft_sign_derivative",
    "softsign",
    "softsign_derivative",
    "sqnl",
    "sqnl_derivative",
    "tanh",
    "tanh_derivative",
    "tanh_shrink",
    "tanh_shrink_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
]


@elementwise
def sigmoid(x):
    r"""Logistic sigmoid, :math:`\sigma(x) = \frac{1}{1 + e^{-x}}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\sigma(x)` in :math:`(0, 1)`, same shape and float dtype as `x`.

    See Also
    --------
    sigmoid_derivative : Its derivative.
    tanh : The same curve rescaled, :math:`\tanh(x) = 2\sigma(2x) - 1`.

    Notes
    -----
    .. math::

        \sigma(x) = \frac{1}{1 + e^{-x}}, \qquad \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)

    Computed as written, :math:`1/(1 + e^{-x})`: the sum and the division are each rounded
    once, so for very negative `x` the result keeps its full relative precision instead of
    being computed as ``1 - (something near 1)``.  Below :math:`x = -709`, where
    :math:`e^{-x}` would overflow, :math:`1 + e^{-x}` equals :math:`e^{-x}` to the last bit and
    the result is :math:`e^{x}`.

    References
    ----------
    .. [1] D. E. Rumelhart, G. E. Hinton and R. J. Williams, "Learning representations by
       back-propagating errors", Nature 323, 533-536, 1986.

    Examples
    --------
    >>> from activations import sigmoid
    >>> sigmoid([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(sigmoid(-700.0))
    9.85967654375977e-305
    """
    return into_blocks(_sigmoid_block, x)


def _sigmoid_block(x, out):
    """:func:`sigmoid` of a block, written into `out` in four passes.

    1 / (1 + e**-x) loses no relative precision on either side (1 + e**-x is rounded once,
    and the division once more); only e**-x must not overflow.  That needs a cap only when
    some x < -709 (rare): there 1 + e**-x is e**-x to the last bit, so sigmoid(x) = e**x.
    """
    np.negative(x, out=out)
    far_left = np.fmin.reduce(x, axis=None) < -_EXP_ARG_MAX
    if far_left:
        np.minimum(out, _EXP_ARG_MAX, out=out)
    np.exp(out, out=out)
    out += 1.0
    np.divide(1.0, out, out=out)
    if far_left:
        far = np.flatnonzero(x < -_EXP_ARG_MAX)
        out[far] = np.exp(x[far])


@elementwise
def sigmoid_derivative(x):
    r"""Derivative of :func:`sigmoid`, :math:`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\sigma'(x)` in :math:`(0, 1/4]`, largest at :math:`x = 0`.

    See Also
    --------
    sigmoid : The function.

    Notes
    -----
    .. math::

        \sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr) = \frac{e^{-|x|}}{(1 + e^{-|x|})^2}

    The textbook form ``s * (1 - s)`` rounds ``1 - s`` to 0 once :math:`x > 37` and so returns
    0 where the true value is still :math:`e^{-x}`; the right-hand form is symmetric in :math:`x`
    and keeps full relative precision until the result underflows.  The rounding error
    :math:`\epsilon` of :math:`1 + e^{-|x|}`, doubled by the square, is recovered exactly
    (FastTwoSum) and fed back, :math:`e\,s^{-2}(1 - 2\epsilon/s)`: without it the result is
    off by up to 4.2 ULP (at :math:`x = 4.1331`).

    Examples
    --------
    >>> from activations import sigmoid_derivative
    >>> sigmoid_derivative([-np.inf, 0.0, np.inf])
    array([0.  , 0.25, 0.  ])
    >>> float(sigmoid_derivative(40.0))
    4.248354255291589e-18
    """
    return into_blocks(_sigmoid_derivative_block, x)


def _sigmoid_derivative_block(x, out):
    e = np.abs(x, out=out)
    _scaled_sech_square(np.exp(np.negative(e, out=e), out=e), 1.0)  # in place, so into out


@elementwise
def tanh(x):
    r"""Hyperbolic tangent, :math:`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\tanh(x)` in :math:`(-1, 1)`, same shape and float dtype as `x`.

    See Also
    --------
    tanh_derivative : Its derivative.
    sigmoid : The same curve rescaled.

    Notes
    -----
    .. math::

        \tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}, \qquad
        \tanh'(x) = 1 - \tanh^2(x)

    numpy's ``tanh`` is correctly rounded to within an ULP over the whole range and never
    overflows, so it is used as is.

    References
    ----------
    .. [1] Y. LeCun, L. Bottou, G. B. Orr and K.-R. Müller, "Efficient BackProp", in
       Neural Networks: Tricks of the Trade, Springer, 1998.

    Examples
    --------
    >>> from activations import tanh
    >>> tanh([-np.inf, 0.0, np.inf])
    array([-1.,  0.,  1.])
    >>> float(tanh(1e300))
    1.0
    """
    return np.tanh(x)


@elementwise
def tanh_derivative(x):
    r"""Derivative of :func:`tanh`, :math:`\tanh'(x) = 1 - \tanh^2(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\tanh'(x)` in :math:`(0, 1]`, equal to 1 at :math:`x = 0`.

    See Also
    --------
    tanh : The function.

    Notes
    -----
    .. math::

        \tanh'(x) = 1 - \tanh^2(x) = \operatorname{sech}^2(x)
                  = \frac{4 e^{-2|x|}}{(1 + e^{-2|x|})^2}

    ``1 - tanh(x)**2`` cancels to 0 once :math:`|x| > 19`; the right-hand form has no
    cancellation and its ``exp`` cannot overflow (:math:`|x|` is capped at 400, where the
    result has long underflowed, so that :math:`2|x|` cannot overflow either).  The rounding
    error of :math:`1 + e^{-2|x|}` is recovered exactly and fed back, as in
    :func:`sigmoid_derivative` (3.9 ULP at :math:`x = 2.0685` without it).

    Examples
    --------
    >>> from activations import tanh_derivative
    >>> tanh_derivative([-np.inf, 0.0, np.inf])
    array([0., 1., 0.])
    >>> float(tanh_derivative(20.0))
    1.6993417021166355e-17
    """
    return into_blocks(_tanh_derivative_block, x)


def _tanh_derivative_block(x, out):
    e = np.abs(x, out=out)
    np.minimum(e, 400.0, out=e)  # e**-800 is already 0; no overflow in 2|x|
    e *= -2.0
    _scaled_sech_square(np.exp(e, out=e), 4.0)  # in place, so into out


def _scaled_sech_square(e, scale):
    """``scale * e / (1 + e)**2`` for ``0 <= e <= 1``, overwriting ``e``.

    The rounding error of ``1 + e`` is recovered exactly (FastTwoSum, as ``1 >= e``) and fed
    back, ``r (1 - 2 err / s)``; in-place steps keep it as fast as the textbook formula.
    """
    s = e + 1.0
    err = s - 1.0
    np.subtract(e, err, out=err)  # 1 + e = s + err exactly
    if scale != 1.0:
        e *= scale
    np.divide(e, np.square(s), out=e)
    err *= e
    err *= 2.0
    err /= s
    e -= err
    return e


@elementwise
def penalized_tanh(x, a=0.25):
    r"""Penalized tanh: tanh for positive inputs, tanh scaled by a factor a for the others.

    Parameters
    ----------
    x : array_like
        Input.
    a : float, optional
        Slope factor :math:`a` of the negative side, which saturates at :math:`-a`.  Default
        0.25, the value of Xu et al. (2016).  Any finite real is accepted.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{PenalizedTanh}(x)`, in :math:`(-a, 1)` for :math:`0 < a \le 1`;
        same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `a` is not a real number.
    ValueError
        If `a` is not finite.

    See Also
    --------
    penalized_tanh_derivative : Its derivative.
    tanh : The curve it penalizes below 0 (:math:`a = 1`).
    leaky_relu : The same idea applied to the identity.

    Notes
    -----
    .. math::

        \operatorname{PenalizedTanh}(x) = \begin{cases} \tanh(x) & x > 0 \\
        a \tanh(x) & x \le 0 \end{cases}, \qquad
        \operatorname{PenalizedTanh}'(x) = \begin{cases} 1 - \tanh^2(x) & x > 0 \\
        a\,\bigl(1 - \tanh^2(x)\bigr) & x \le 0 \end{cases}

    numpy's ``tanh`` is accurate to within one ULP and never overflows; the product with
    :math:`a` adds one rounding.  For :math:`0 \le a \le 1` the two branches are merged with
    ``maximum`` (:math:`a \tanh(x) \ge \tanh(x)` exactly when :math:`x \le 0`).  Eger et al.
    (2018) found it the most stable of 21 activations across NLP tasks.

    References
    ----------
    .. [1] B. Xu, R. Huang and M. Li, "Revise Saturated Activation Functions",
       arXiv:1602.05980, 2016.
    .. [2] S. Eger, P. Youssef and I. Gurevych, "Is it Time to Swish? Comparing Deep Learning
       Activation Functions Across NLP tasks", EMNLP 2018, arXiv:1901.02671.

    Examples
    --------
    >>> from activations import penalized_tanh
    >>> penalized_tanh([-np.inf, 0.0, np.inf])
    array([-0.25,  0.  ,  1.  ])
    >>> float(penalized_tanh(-1e300)), float(penalized_tanh(1e300))
    (-0.25, 1.0)
    >>> float(penalized_tanh(-1.0, a=0.5))
    -0.3807970779778824
    """
    a = check_param("penalized_tanh", "a", a)
    t = np.tanh(x)
    if 0.0 <= a <= 1.0:
        return np.maximum(a * t, t, out=t)  # exactly the branch for each x (NaN propagates)
    return np.where(x > 0, t, a * t)


@elementwise
@blockwise
def penalized_tanh_derivative(x, a=0.25):
    r"""Derivative of :func:`penalized_tanh`: that of tanh above 0, a times it from 0 down.

    Parameters
    ----------
    x : array_like
        Input.
    a : float, optional
        Slope factor of the negative side, as for :func:`penalized_tanh`.  Default 0.25.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{PenalizedTanh}'(x)`; at the kink :math:`x = 0` it is :math:`a`, the
        left-hand value.

    Raises
    ------
    TypeError
        If `a` is not a real number.
    ValueError
        If `a` is not finite.

    See Also
    --------
    penalized_tanh : The function.
    tanh_derivative : The derivative for :math:`a = 1`.

    Notes
    -----
    .. math::

        \operatorname{PenalizedTanh}'(x) = \begin{cases} 1 - \tanh^2(x) & x > 0 \\
        a\,\bigl(1 - \tanh^2(x)\bigr) & x \le 0 \end{cases}

    The derivative jumps at 0 from :math:`a` to 1.  No framework ships penalized tanh; the
    library returns :math:`a`, what PyTorch autograd gives for
    ``torch.where(x > 0, torch.tanh(x), a * torch.tanh(x))``, the definition's split.
    :math:`1 - \tanh^2` is evaluated as in :func:`tanh_derivative`, without cancellation.

    Examples
    --------
    >>> from activations import penalized_tanh_derivative
    >>> penalized_tanh_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0.  , 0.25, 1.  , 0.  ])
    >>> float(penalized_tanh_derivative(-20.0))
    4.248354255291589e-18
    """
    a = check_param("penalized_tanh_derivative", "a", a)
    e = np.abs(x)
    np.minimum(e, 400.0, out=e)  # as in tanh_derivative
    e *= -2.0
    d = _scaled_sech_square(np.exp(e, out=e), 4.0)
    if a != 1.0:
        d *= np.where(x > 0, 1.0, a)
    return d


@elementwise
def arctan(x):
    r"""Arctangent, :math:`f(x) = \arctan(x)`, the inverse of :math:`\tan` on :math:`(-\pi/2, \pi/2)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\arctan(x)` in :math:`(-\pi/2, \pi/2)`, same shape and float dtype as `x`.

    See Also
    --------
    arctan_derivative : Its derivative.
    softsign : A cheaper curve with the same algebraic :math:`1/|x|` approach to its bounds.

    Notes
    -----
    .. math::

        f(x) = \arctan(x), \qquad f'(x) = \frac{1}{1 + x^2}

    numpy's ``arctan`` is accurate to within an ULP over the whole range and never overflows,
    so it is used as is.  The curve approaches :math:`\pm\pi/2` only like :math:`1/x`, much
    more slowly than the exponentially saturating sigmoid and tanh.

    References
    ----------
    .. [1] M. Abramowitz and I. A. Stegun (eds.), "Handbook of Mathematical Functions",
       section 4.4 (inverse circular functions), National Bureau of Standards, 1964.

    Examples
    --------
    >>> from activations import arctan
    >>> arctan([-np.inf, 0.0, np.inf])
    array([-1.57079633,  0.        ,  1.57079633])
    >>> float(arctan(1e300))
    1.5707963267948966
    """
    return np.arctan(x)


@elementwise
@blockwise
def arctan_derivative(x):
    r"""Derivative of :func:`arctan`, :math:`f'(x) = \frac{1}{1 + x^2}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`(0, 1]`, equal to 1 at :math:`x = 0`.

    See Also
    --------
    arctan : The function.

    Notes
    -----
    .. math::

        f'(x) = \frac{1}{1 + x^2} = \frac{s}{m + s\,p^2}, \quad
        m = \max(|x|, 1), \; p = \min(|x|, 1), \; s = 1/m

    ``x**2`` overflows (with a RuntimeWarning) once :math:`|x| > 1.3 \times 10^{154}`.  The
    right-hand form is :math:`1/(1 + x^2)` for :math:`|x| \le 1` and
    :math:`(1/|x|)/(|x| + 1/|x|)` beyond, without a branch: nothing is squared that exceeds 1,
    each form has three roundings (within 2 ULP), and the result only underflows where the
    true value does.

    Examples
    --------
    >>> from activations import arctan_derivative
    >>> arctan_derivative([-np.inf, 0.0, np.inf])
    array([0., 1., 0.])
    >>> float(arctan_derivative(1e100))
    1e-200
    """
    a = np.abs(x)
    m = np.maximum(a, 1.0)
    p = np.minimum(a, 1.0)
    s = 1.0 / m
    return s / (m + s * (p * p))


@elementwise
@blockwise
def softsign(x):
    r"""Softsign, :math:`\operatorname{softsign}(x) = \frac{x}{1 + |x|}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f(x)` in :math:`(-1, 1)`, same shape and float dtype as `x`.

    See Also
    --------
    softsign_derivative : Its derivative.
    tanh : The exponentially saturating curve softsign imitates.

    Notes
    -----
    .. math::

        \operatorname{softsign}(x) = \frac{x}{1 + |x|}, \qquad
        \operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2}

    Both operations are exact up to one rounding each, so the result is within about 1.5 ULP
    everywhere.  Infinite inputs are first replaced by the largest finite double, which avoids
    ``inf / inf`` and still gives :math:`\pm 1`.

    References
    ----------
    .. [1] D. L. Elliott, "A better activation function for artificial neural networks",
       ISR Technical Report TR 93-8, University of Maryland, 1993.
    .. [2] X. Glorot and Y. Bengio, "Understanding the difficulty of training deep feedforward
       neural networks", AISTATS 2010.

    Examples
    --------
    >>> from activations import softsign
    >>> softsign([-np.inf, 0.0, 1.0, np.inf])
    array([-1. ,  0. ,  0.5,  1. ])
    >>> float(softsign(1e300))
    1.0
    """
    a = np.abs(x)
    if a.size and np.fmax.reduce(a, axis=None) > _MAX:  # rare; a clip costs two passes
        x = np.clip(x, -_MAX, _MAX)  # inf / inf would be NaN; max / (1 + max) is 1
        np.abs(x, out=a)
    a += 1.0
    return np.divide(x, a, out=a)


@elementwise
@blockwise
def softsign_derivative(x):
    r"""Derivative of :func:`softsign`, :math:`\operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`(0, 1]`, equal to 1 at :math:`x = 0`.

    See Also
    --------
    softsign : The function.

    Notes
    -----
    .. math::

        \operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2} = \left(\frac{1}{1 + |x|}\right)^2

    Squaring :math:`1 + |x|` would overflow for :math:`|x| > 1.3 \times 10^{154}`; squaring its
    reciprocal cannot, and only underflows where the true result does.  The rounding error
    :math:`\epsilon` of :math:`s = 1 + |x|` (recovered exactly by TwoSum) would be doubled by
    the square, costing up to 4 ULP; it is fed back as :math:`s^{-2}(1 - 2\epsilon/s)`.

    Examples
    --------
    >>> from activations import softsign_derivative
    >>> softsign_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([0.  , 1.  , 0.25, 0.  ])
    >>> float(softsign_derivative(1e100))
    1e-200
    """
    # 1 + |x| = s + e exactly; |x| is capped where the result has underflowed to 0 anyway
    s, e = two_sum(1.0, np.minimum(np.abs(x), 2.0**600))
    q = 1.0 / s
    r = q * q
    return r - 2.0 * (r * q) * e


def _isru_alpha(fname, alpha):
    return check_param(fname, "alpha", alpha, positive=True)


@elementwise
@blockwise
def isru(x, alpha=1.0):
    r"""Inverse square root unit, :math:`\operatorname{ISRU}(x) = \frac{x}{\sqrt{1 + \alpha x^2}}`.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Positive scale :math:`\alpha`; the bounds are :math:`\pm 1/\sqrt{\alpha}`.
        Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`f(x)` in :math:`(-1/\sqrt{\alpha}, 1/\sqrt{\alpha})`, same shape and float dtype
        as `x`.

    Raises
    ------
    ValueError
        If `alpha` is not positive and finite.

    See Also
    --------
    isru_derivative : Its derivative.
    isrlu : The unit that uses this curve for negative inputs only.

    Notes
    -----
    .. math::

        \operatorname{ISRU}(x) = \frac{x}{\sqrt{1 + \alpha x^2}}, \qquad
        \operatorname{ISRU}'(x) = \left(\frac{1}{\sqrt{1 + \alpha x^2}}\right)^3

    :math:`\alpha x^2` overflows for large :math:`|x|`, but once
    :math:`\alpha x^2 > 2^{60}` the result is :math:`\pm 1/\sqrt{\alpha}` to the last bit, so
    :math:`x` is first clipped to :math:`\pm 2^{30}/\sqrt{\alpha}`.  The rounding error of
    :math:`\alpha x^2` reaches the result damped by a factor :math:`\le 1/2`.

    References
    ----------
    .. [1] B. Carlile, G. Delamarter, P. Kinney, A. Marti and B. Whitney, "Improving Deep
       Learning by Inverse Square Root Linear Units (ISRLUs)", arXiv:1710.09967, 2017.

    Examples
    --------
    >>> from activations import isru
    >>> isru([-np.inf, 0.0, np.inf])
    array([-1.,  0.,  1.])
    >>> float(isru(1e300))
    1.0
    >>> float(isru(1.0, alpha=3.0))
    0.5
    """
    alpha = _isru_alpha("isru", alpha)
    limit = 2.0**30 / np.sqrt(alpha)
    xc = np.clip(x, -limit, limit)
    return xc / np.sqrt(1.0 + (alpha * xc) * xc)


def _inv_sqrt_cubed(x, alpha):
    """:math:`(1 + \\alpha x^2)^{-3/2}` for every float64 ``x``, without overflow."""
    limit = 2.0**400 / np.sqrt(alpha)  # beyond it the result underflows to 0
    xc = np.clip(x, -limit, limit)
    if alpha == 1.0:
        v, e = two_sum(1.0, xc * xc)  # 1 + u = v + e exactly, u = fl(x**2) (error 2**-53 u)
    else:  # alpha x**2 = hi + lo to 2**-100: its two roundings would cost up to 1.5 ULP
        # A tiny alpha lets |x| reach 2**512, whose square overflows: square x / 2**512 and
        # take alpha * 2**1024 instead (both exact powers of two; the product is unchanged).
        scale = 2.0**512 if alpha < 2.0**-200 else 1.0
        square, square_lo = two_square(xc / scale)
        hi, lo = two_product(alpha * scale * scale, square)
        v, e = two_sum(1.0, hi)
        e = e + (lo + alpha * square_lo)
    r = (1.0 / v) / np.sqrt(v)
    return r - 1.5 * (r / v) * e


@elementwise
@blockwise
def isru_derivative(x, alpha=1.0):
    r"""Derivative of :func:`isru`: 1 at 0, positive, and decaying to 0 on both sides.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Positive scale :math:`\alpha`, as for :func:`isru`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`(0, 1]`, equal to 1 at :math:`x = 0`.

    Raises
    ------
    ValueError
        If `alpha` is not positive and finite.

    See Also
    --------
    isru : The function.

    Notes
    -----
    .. math::

        \operatorname{ISRU}'(x) = \left(\frac{1}{\sqrt{1 + \alpha x^2}}\right)^3
        = \frac{1}{v\sqrt{v}}, \quad v = 1 + \alpha x^2

    It is evaluated as ``(1 / v) / sqrt(v)``: neither step can overflow (``v * sqrt(v)`` would
    for :math:`v > 2^{682}`), and :math:`x` is clipped where the result underflows anyway.
    The rounding error :math:`\epsilon` of :math:`1 + \alpha x^2`, which the power 3/2 would
    amplify, is recovered by TwoSum and fed back as :math:`r(1 - \tfrac32 \epsilon / v)`.

    Examples
    --------
    >>> from activations import isru_derivative
    >>> isru_derivative([-np.inf, 0.0, np.inf])
    array([0., 1., 0.])
    >>> float(isru_derivative(1e100))
    1e-300
    """
    alpha = _isru_alpha("isru_derivative", alpha)
    return _inv_sqrt_cubed(x, alpha)


@elementwise
def sqnl(x):
    r"""Square nonlinearity (SQNL), a piecewise quadratic sigmoid saturating at :math:`\pm 2`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f(x)` in :math:`[-1, 1]`, same shape and float dtype as `x`.

    See Also
    --------
    sqnl_derivative : Its derivative.
    tanh : The curve SQNL approximates with additions and multiplications only.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SQNL}(x) = \begin{cases} 1 & x > 2 \\ x - \frac{x^2}{4} & 0 \le x \le 2 \\
        x + \frac{x^2}{4} & -2 \le x < 0 \\ -1 & x < -2 \end{cases}
        \;=\; x_c \left(1 - \frac{|x_c|}{4}\right),
        \quad x_c = \operatorname{clip}(x, -2, 2) \\[1ex]
        \operatorname{SQNL}'(x) = \begin{cases} 1 - \frac{|x|}{2} & |x| \le 2 \\ 0 & |x| > 2
        \end{cases}
        \end{gathered}

    The factored form multiplies :math:`x_c` by a number in :math:`[1/2, 1]` instead of
    subtracting two terms, so there is no cancellation, and it is exactly :math:`\pm 1` beyond
    :math:`\pm 2`.  SQNL is continuously differentiable (:math:`C^1`): :math:`f'` is continuous
    but :math:`f''` jumps at 0 and :math:`\pm 2`.

    References
    ----------
    .. [1] A. Wuraola and N. Patel, "SQNL: A New Computationally Efficient Activation Function",
       2018 International Joint Conference on Neural Networks (IJCNN), 2018.

    Examples
    --------
    >>> from activations import sqnl
    >>> sqnl([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([-1.  , -0.75,  0.  ,  0.75,  1.  ])
    >>> float(sqnl(1e300))
    1.0
    """
    xc = np.clip(x, -2.0, 2.0)
    return xc * (1.0 - 0.25 * np.abs(xc))


@elementwise
def sqnl_derivative(x):
    r"""Derivative of :func:`sqnl`: 1 at 0, falling linearly to 0 at :math:`\pm 2`, 0 beyond.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`f'(x)` in :math:`[0, 1]`, equal to 1 at :math:`x = 0` and to 0 for
        :math:`|x| \ge 2`.

    See Also
    --------
    sqnl : The function.

    Notes
    -----
    .. math::

        \operatorname{SQNL}'(x) = \begin{cases} 1 - \frac{|x|}{2} & |x| \le 2 \\ 0 & |x| > 2
        \end{cases}

    :math:`1 - |x|/2` is exact for :math:`1 \le |x| \le 2` (Sterbenz) and rounded once
    otherwise.  The derivative is continuous, so there is no kink to choose a value at.

    Examples
    --------
    >>> from activations import sqnl_derivative
    >>> sqnl_derivative([-np.inf, -1.0, 0.0, 2.0, np.inf])
    array([0. , 0.5, 1. , 0. , 0. ])
    >>> float(sqnl_derivative(1e300))
    0.0
    """
    return np.maximum(1.0 - 0.5 * np.abs(x), 0.0)


@elementwise
@blockwise
def log_sigmoid(x):
    r"""Log-sigmoid, :math:`\log\sigma(x) = -\log\left(1 + e^{-x}\right)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\log\sigma(x)` in :math:`(-\infty, 0)`, same shape and float dtype as `x`.

    See Also
    --------
    log_sigmoid_derivative : Its derivative.
    sigmoid : The function whose logarithm this is.

    Notes
    -----
    .. math::

        \begin{gathered}
        \log\sigma(x) = -\log\left(1 + e^{-x}\right) = -\operatorname{softplus}(-x)
        = \min(x, 0) - \log\left(1 + e^{-|x|}\right) \\[1ex]
        (\log\sigma)'(x) = \sigma(-x) = \frac{1}{1 + e^{x}}
        \end{gathered}

    ``log(sigmoid(x))`` is ``log(0) = -inf`` for :math:`x < -745` and loses all relative
    precision for :math:`x > 37`, where the result is :math:`-e^{-x}`.  The right-hand form
    uses ``log1p`` of a number in :math:`(0, 1]` and adds two terms of the same sign, so it is
    accurate everywhere and ``exp`` cannot overflow.

    References
    ----------
    .. [1] R. Collobert, K. Kavukcuoglu and C. Farabet, "Torch7: A Matlab-like Environment for
       Machine Learning", BigLearn, NIPS Workshop, 2011 (the ``nn.LogSigmoid`` module).

    Examples
    --------
    >>> from activations import log_sigmoid
    >>> log_sigmoid([-np.inf, 0.0, np.inf])
    array([       -inf, -0.69314718,  0.        ])
    >>> float(log_sigmoid(-1000.0)), float(log_sigmoid(40.0))
    (-1000.0, -4.248354255291589e-18)
    """
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


@elementwise
@blockwise
def log_sigmoid_derivative(x):
    r"""Derivative of :func:`log_sigmoid`, :math:`(\log\sigma)'(x) = \sigma(-x) = \frac{1}{1 + e^{x}}`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\sigma(-x)` in :math:`(0, 1)`, equal to 1/2 at :math:`x = 0`.

    See Also
    --------
    log_sigmoid : The function.
    sigmoid : :math:`(\log\sigma)'(x) = \sigma(-x) = 1 - \sigma(x)`.

    Notes
    -----
    .. math::

        (\log\sigma)'(x) = \sigma(-x) = \frac{1}{1 + e^{x}}
        = \begin{cases} e^{-x}/(1 + e^{-x}) & x > 0 \\ 1/(1 + e^{x}) & x \le 0 \end{cases}

    ``1 - sigmoid(x)`` is 0 for :math:`x > 37`; with :math:`e = e^{-|x|} \le 1` the result is
    a quotient of positive numbers with full relative precision and ``exp`` never overflows.

    Examples
    --------
    >>> from activations import log_sigmoid_derivative
    >>> log_sigmoid_derivative([-np.inf, 0.0, np.inf])
    array([1. , 0.5, 0. ])
    >>> float(log_sigmoid_derivative(40.0))
    4.248354255291589e-18
    """
    e = np.exp(-np.abs(x))
    # max(e, 1) = 1 as e <= 1: np.where(x > 0, e, 1.0) without its branch per element
    return np.maximum(e, x <= 0) / (1.0 + e)


def _lambert_tail(levels):
    r"""Lambert's tail :math:`5 + t/(7 + t/(9 + \cdots + t/(2 \cdot levels + 3)))` as ``(N, D)``.

    The coefficients (lowest power of :math:`t` first) of the polynomials with
    :math:`N(t)/D(t)` equal to the truncated fraction: positive integers, exact in float64, so
    the fraction costs one division instead of one per level.
    """
    numerator, denominator = np.array([2.0 * levels + 3.0]), np.array([1.0])
    for odd in range(2 * levels + 1, 4, -2):  # odd + t / (N / D) = (odd N + t D) / N
        numerator, denominator = (
            polynomial.polyadd(odd * numerator, polynomial.polymulx(denominator)),
            numerator,
        )
    return tuple(numerator.tolist()), tuple(denominator.tolist())


# 5 to 21, and the leading 3 in _x_minus_tanh_small: the fraction's 9 levels
_LAMBERT_N, _LAMBERT_D = _lambert_tail(9)


def _x_minus_tanh_small(x):
    r""":math:`x - \tanh x` for :math:`|x| \le 1.5`, without cancellation (Lambert's fraction).

    :math:`\tanh x = x / (1 + K)` with :math:`K = t/d`, :math:`t = x^2`,
    :math:`d = 3 + t/(5 + t/(7 + \cdots))`, so :math:`x - \tanh x = xK/(1 + K) = xt/(d + t)`,
    where every operation adds positive numbers; 9 levels are exact to double precision for
    :math:`|x| \le 1.5`, all but the first as one ratio (:func:`_lambert_tail`).  :math:`t`,
    :math:`xt` and :math:`d + t` are formed exactly (TwoProduct, TwoSum) and their errors fed
    back, so that only the division and :math:`d` (damped) are rounded: within 1.7 ULP
    instead of 3.3.
    """
    t, t_lo = two_square(x)
    d = t * horner(t, _LAMBERT_D)
    d /= horner(t, _LAMBERT_N)
    d += 3.0
    num, num_lo = two_product(x, t)
    den, den_lo = two_sum(d, t)
    f = num / den
    return f + ((num_lo + x * t_lo) - f * (den_lo + t_lo)) / den  # den >= 3, never 0


_TANHSHRINK_SERIES_LIMIT = 1.5


@elementwise
@blockwise
def tanh_shrink(x):
    r"""Tanhshrink, :math:`\operatorname{tanhshrink}(x) = x - \tanh(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`x - \tanh(x)`, real-valued and of the sign of `x`; same shape and float dtype as
        `x`.

    See Also
    --------
    tanh_shrink_derivative : Its derivative.
    tanh : The function subtracted.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{tanhshrink}(x) = x - \tanh(x) = \frac{xK}{1 + K},
        \quad K = \cfrac{x^2}{3 + \cfrac{x^2}{5 + \cfrac{x^2}{7 + \cdots}}} \\[1ex]
        \operatorname{tanhshrink}'(x) = \tanh^2(x)
        \end{gathered}

    Near 0, :math:`x - \tanh x \approx x^3/3` is the difference of two nearly equal numbers:
    ``x - np.tanh(x)`` has a relative error of about :math:`2^{-53}/x^2` (all digits lost for
    :math:`|x| < 10^{-8}`).  For :math:`|x| \le 1.5` Lambert's continued fraction for
    :math:`\tanh` gives the difference directly as a sum of positive terms; beyond, the
    subtraction loses less than one bit.

    References
    ----------
    .. [1] R. Collobert, K. Kavukcuoglu and C. Farabet, "Torch7: A Matlab-like Environment for
       Machine Learning", BigLearn, NIPS Workshop, 2011 (the ``nn.TanhShrink`` module).

    Examples
    --------
    >>> from activations import tanh_shrink
    >>> tanh_shrink([-np.inf, 0.0, np.inf])
    array([-inf,   0.,  inf])
    >>> float(tanh_shrink(1e-6))
    3.3333333333319997e-19
    >>> float(tanh_shrink(1e300))
    1e+300
    """
    result = np.tanh(x)
    np.subtract(x, result, out=result)
    # Integer indices, not the boolean mask: gathering and scattering by a mask branches on
    # every element, which costs more than the continued fraction on unsorted data.
    small = np.nonzero(np.abs(x) <= _TANHSHRINK_SERIES_LIMIT)
    result[small] = _x_minus_tanh_small(x[small])  # only where the subtraction cancels
    return result


@elementwise
def tanh_shrink_derivative(x):
    r"""Derivative of :func:`tanh_shrink`, :math:`\operatorname{tanhshrink}'(x) = \tanh^2(x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\tanh^2(x)` in :math:`[0, 1)`, equal to 0 at :math:`x = 0`.

    See Also
    --------
    tanh_shrink : The function.

    Notes
    -----
    .. math::

        \operatorname{tanhshrink}'(x) = \tanh^2(x) = 1 - \tanh'(x)

    The textbook ``1 - tanh_derivative(x)`` cancels near 0 (where the result is :math:`x^2`);
    squaring ``tanh`` has no cancellation.

    Examples
    --------
    >>> from activations import tanh_shrink_derivative
    >>> tanh_shrink_derivative([-np.inf, 0.0, np.inf])
    array([1., 0., 1.])
    >>> float(tanh_shrink_derivative(1e-10))
    1.0000000000000001e-20
    """
    t = np.tanh(x)
    return np.square(t, out=t)  # in place: one temporary, like the textbook tanh(x)**2


# Each framework's spelling of a name above where it differs (the records' ``aliases``).
logsigmoid = log_sigmoid
logsigmoid_derivative = log_sigmoid_derivative
soft_sign = softsign
soft_sign_derivative = softsign_derivative
tanhshrink = tanh_shrink
tanhshrink_derivative = tanh_shrink_derivative
