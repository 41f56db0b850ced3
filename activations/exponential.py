"""Exponential linear units: the identity for positive inputs, a decaying exponential below.

ELU, CELU, SELU and the algebraic ISRLU keep the identity's unit slope for :math:`x > 0` and
bend smoothly towards a negative floor (:math:`-\\alpha`, :math:`-\\lambda\\alpha` or
:math:`-1/\\sqrt{\\alpha}`) for :math:`x < 0`, so mean activations stay near zero while the
gradient never dies completely.  The negative branch :math:`\\alpha(e^x - 1)` is the whole
numerical story: written as ``exp(x) - 1`` it cancels for small :math:`|x|` (all digits are
lost below :math:`10^{-16}`), so ``expm1`` is used, and it must only ever see non-positive
arguments, since ``exp`` of a large positive :math:`x` from the unused branch of an
``np.where`` would overflow with a RuntimeWarning.  CELU's :math:`e^{x/\\alpha}` inherits the
rounding error of :math:`x/\\alpha` amplified by :math:`|x/\\alpha|`, which is corrected
exactly; ISRLU avoids overflow of :math:`x^2`.  Every function and derivative is within 4 ULP
of the correctly rounded value in float64 (measured against mpmath).
"""

from __future__ import annotations

import numpy as np

from ._checks import check_param, elementwise
from ._exact import blockwise, two_product
from .sigmoidal import _inv_sqrt_cubed

_MAX = np.finfo(np.float64).max

__all__ = [
    "SELU_ALPHA",
    "SELU_SCALE",
    "celu",
    "celu_derivative",
    "elu",
    "elu_derivative",
    "isrlu",
    "isrlu_derivative",
    "selu",
    "selu_derivative",
]

#: SELU's :math:`\alpha_{01} = -\sqrt{2/\pi} / (\operatorname{erfc}(1/\sqrt2)\sqrt e - 1)`
#: = 1.6732632423543772848..., rounded to the nearest double (as in PyTorch, JAX and Keras).
SELU_ALPHA = 1.6732632423543772
#: SELU's :math:`\lambda_{01}` = 1.0507009873554804934..., from the closed form of
#: Klambauer et al. (2017), rounded to the nearest double.
SELU_SCALE = 1.0507009873554805
# lambda * alpha as PyTorch forms it (the double product, one ULP below the exact
# 1.75809934084737685994...), so that selu_derivative(0) equals autograd's value bit for bit.
_SELU_SCALE_ALPHA = SELU_SCALE * SELU_ALPHA


@elementwise
@blockwise
def elu(x, alpha=1.0):
    r"""Exponential linear unit: the identity above 0, saturating to :math:`-\alpha` below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Scale :math:`\alpha` of the negative branch, which saturates at :math:`-\alpha`.
        Default 1.  Any finite real is accepted, as in PyTorch.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ELU}(x)`, in :math:`(-\alpha, \infty)` for :math:`\alpha > 0`; same
        shape and float dtype as `x`.

    Raises
    ------
    ValueError
        If `alpha` is not finite.

    See Also
    --------
    elu_derivative : Its derivative.
    celu : The variant that is :math:`C^1` for every :math:`\alpha`.
    selu : The scaled, self-normalising variant.

    Notes
    -----
    .. math::

        \operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0
        \end{cases}, \qquad
        \operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}

    The negative branch uses ``expm1``, exact to an ULP where ``exp(x) - 1`` cancels, and is fed
    :math:`\min(x, 0)` so that it cannot overflow for large positive :math:`x`.

    References
    ----------
    .. [1] D.-A. Clevert, T. Unterthiner and S. Hochreiter, "Fast and Accurate Deep Network
       Learning by Exponential Linear Units (ELUs)", ICLR 2016, arXiv:1511.07289.

    Examples
    --------
    >>> from activations import elu
    >>> elu([-np.inf, 0.0, 1.0, np.inf])
    array([-1.,  0.,  1., inf])
    >>> float(elu(-1e-20)), float(elu(1e300))
    (-1e-20, 1e+300)
    >>> float(elu(-1.0, alpha=2.0))
    -1.2642411176571153
    """
    alpha = check_param("elu", "alpha", alpha)
    negative = _expm1_negative(x)
    if alpha != 1.0:
        negative *= alpha
    if 0.0 <= alpha <= 1.0:  # alpha expm1(x) >= x for x <= 0, and is 0 < x for x > 0
        return np.maximum(negative, x, out=negative)
    return _add_positive_part(negative, x, 1.0)


@elementwise
@blockwise
def elu_derivative(x, alpha=1.0):
    r"""Derivative of :func:`elu`: 1 above 0, :math:`\alpha` at 0, decaying to 0 below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Scale :math:`\alpha` of the negative branch, as for :func:`elu`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ELU}'(x)`; at the kink :math:`x = 0` it is :math:`\alpha`
        (the left-hand value, as PyTorch autograd returns).

    Raises
    ------
    ValueError
        If `alpha` is not finite.

    See Also
    --------
    elu : The function.

    Notes
    -----
    .. math::

        \operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0 \end{cases}

    At :math:`x = 0` the value is :math:`\alpha`, PyTorch's choice (its ``elu_backward`` uses
    the negative branch for :math:`x \le 0`).  For :math:`\alpha = 1` the derivative is
    continuous and only :math:`f''` jumps there.  ``exp`` only sees :math:`\min(x, 0)`.

    Examples
    --------
    >>> from activations import elu_derivative
    >>> elu_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([0., 1., 1., 1.])
    >>> float(elu_derivative(0.0, alpha=0.5)), float(elu_derivative(-700.0))
    (0.5, 9.85967654375977e-305)
    """
    alpha = check_param("elu_derivative", "alpha", alpha)
    e = _exp_negative(x)  # exactly 1 for x >= 0: the derivative itself when alpha = 1
    if alpha != 1.0:
        e *= _jump(x, alpha, 1.0)
    return e


def _expm1_negative(x):
    """``expm1(min(x, 0))`` in a new array (``np.clip``: faster than ``np.minimum``)."""
    out = np.clip(x, -np.inf, 0.0, out=np.empty_like(x))
    return np.expm1(out, out=out)


def _exp_negative(x):
    """``exp(min(x, 0))`` in a new array: 1 for ``x >= 0``."""
    out = np.clip(x, -np.inf, 0.0, out=np.empty_like(x))
    return np.exp(out, out=out)


def _add_positive_part(negative, x, scale):
    """``negative + scale * max(x, 0)``: exact where one of the two terms is 0."""
    positive = np.clip(x, 0.0, np.inf)
    if scale != 1.0:
        with np.errstate(over="ignore"):  # scale * x > max double is a true overflow, to inf
            positive *= scale
    negative += positive
    return negative


def _jump(x, left, right):
    """`left` for ``x <= 0``, `right` for ``x > 0`` and NaN for NaN, without a mask.

    ``ceil(x)`` is at least 1 for ``x > 0`` and at most 0 otherwise, so
    ``left + 2 (right - left) ceil(x)`` lies beyond `right` or at or beyond `left`, and the clip
    lands exactly on one of them; branch-free, unlike ``np.where`` on unsorted data.
    """
    step = np.ceil(x)
    with np.errstate(over="ignore"):  # huge steps are clipped anyway
        step *= 2.0 * (right - left)
        step += left
    low, high = min(left, right), max(left, right)
    return np.clip(step, low, high, out=step)


def _celu_alpha(fname, alpha):
    alpha = check_param(fname, "alpha", alpha)
    if alpha == 0:
        raise ValueError(f"{fname}: alpha must be nonzero (CELU divides by it), got {alpha}")
    return alpha


def _divide_exactly(x, alpha):
    r"""``x / alpha = q + d`` for ``x <= 0``: ``q`` the rounded quotient, ``d`` its error.

    ``x - q * alpha`` is computed exactly (TwoProduct; the subtraction is exact by Sterbenz's
    lemma), so ``d`` is correct to a relative :math:`2^{-53}`.  ``x`` is first limited to
    :math:`-800|\alpha|`: beyond, :math:`e^{x/\alpha}` is 0 (or overflows, for
    :math:`\alpha < 0`) either way, and the quotient stays finite.  Powers of two need no
    correction (``d`` is None); :math:`|\alpha| \ge 2^{996}` is scaled by :math:`2^{-64}`
    (exactly) before splitting.
    """
    xc = np.clip(x, -800.0 * abs(alpha), np.inf)
    q = xc / alpha
    if np.frexp(alpha)[0] in (0.5, -0.5):
        return q, None
    scale = 2.0**-64 if abs(alpha) >= 2.0**996 else 1.0  # keeps the splitting finite
    hi, lo = two_product(q, alpha * scale)
    return q, ((xc * scale - hi) - lo) / (alpha * scale)


@elementwise
@blockwise
def celu(x, alpha=1.0):
    r"""Continuously differentiable ELU: an ELU with a continuous derivative for every :math:`\alpha`.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Nonzero scale :math:`\alpha`; for :math:`\alpha > 0` the floor is :math:`-\alpha`.
        Default 1.  Negative values are accepted, as in PyTorch.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{CELU}(x)`, in :math:`(-\alpha, \infty)` for :math:`\alpha > 0`;
        same shape and float dtype as `x`.

    Raises
    ------
    ValueError
        If `alpha` is zero or not finite.

    See Also
    --------
    celu_derivative : Its derivative.
    elu : Equal to CELU for :math:`\alpha = 1`.

    Notes
    -----
    .. math::

        \operatorname{CELU}(x) = \begin{cases} x & x > 0 \\
        \alpha\,\left(e^{x/\alpha} - 1\right) & x \le 0 \end{cases}, \qquad
        \operatorname{CELU}'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}

    ``expm1`` avoids the cancellation of ``exp - 1``.  The quotient :math:`q = x/\alpha` is
    rounded, and ``exp`` multiplies that rounding error by :math:`|q|` (hundreds of ULP for
    :math:`q \approx -700`); its exact remainder :math:`d` is recovered with TwoProduct and
    applied as :math:`\operatorname{expm1}(q + d) \approx \operatorname{expm1}(q) + e^{q} d`.
    For :math:`\alpha < 0` the negative branch grows without bound and overflows to
    :math:`-\infty`, silently, where the true value exceeds the float range.

    References
    ----------
    .. [1] J. T. Barron, "Continuously Differentiable Exponential Linear Units",
       arXiv:1704.07483, 2017.

    Examples
    --------
    >>> from activations import celu
    >>> celu([-np.inf, 0.0, 1.0, np.inf])
    array([-1.,  0.,  1., inf])
    >>> float(celu(-1e300, alpha=3.0)), float(celu(1e300))
    (-3.0, 1e+300)
    >>> float(celu(-1.0, alpha=2.0))
    -0.7869386805747332
    """
    alpha = _celu_alpha("celu", alpha)
    if alpha == 1.0:  # ELU's: x / 1 needs no correction
        return np.maximum(_expm1_negative(x), x)
    q, d = _divide_exactly(np.clip(x, -np.inf, 0.0), alpha)
    with np.errstate(over="ignore"):  # only alpha < 0 can overflow, to the true -inf
        if d is None:
            negative = alpha * np.expm1(q)
        else:
            e = np.minimum(np.exp(q), _MAX)  # finite, so that inf * 0 cannot occur
            negative = alpha * (np.expm1(q) + e * d)
    if abs(alpha) > 2.0**500:  # x / alpha may underflow; there alpha * expm1(x / alpha) = x
        negative = np.where(np.abs(q) < 2.0**-60, x, negative)
        return np.where(x > 0, x, negative)
    # For x > 0 the negative branch is +-0 (q = 0); for x <= 0, alpha expm1(x/alpha) >= x
    if alpha > 0:
        return np.maximum(negative, x, out=negative)
    return _add_positive_part(negative, x, 1.0)


@elementwise
@blockwise
def celu_derivative(x, alpha=1.0):
    r"""Derivative of :func:`celu`: 1 from 0 up, an exponential below 0.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Nonzero scale :math:`\alpha`, as for :func:`celu`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{CELU}'(x)`, continuous, equal to 1 at :math:`x = 0`.

    Raises
    ------
    ValueError
        If `alpha` is zero or not finite.

    See Also
    --------
    celu : The function.

    Notes
    -----
    .. math::

        \operatorname{CELU}'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}

    Both branches give 1 at :math:`x = 0` (PyTorch's value too), so :math:`f'` is continuous
    for every :math:`\alpha`; only :math:`f''` jumps there.  The rounding of :math:`x/\alpha`
    is corrected as in :func:`celu`: :math:`e^{q + d} \approx e^{q}(1 + d)`.

    Examples
    --------
    >>> from activations import celu_derivative
    >>> celu_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([0., 1., 1., 1.])
    >>> float(celu_derivative(-2.0, alpha=2.0))
    0.36787944117144233
    """
    alpha = _celu_alpha("celu_derivative", alpha)
    if alpha == 1.0:  # ELU's: x / 1 needs no correction
        return _exp_negative(x)
    q, d = _divide_exactly(np.clip(x, -np.inf, 0.0), alpha)
    with np.errstate(over="ignore"):  # only alpha < 0 can overflow, to the true +inf
        e = np.exp(q)
        if d is not None:
            e = e + np.minimum(e, _MAX) * d  # finite factor, so that inf * 0 cannot occur
        negative = e
    return negative  # exactly 1 for x > 0, where q = 0 (and d = 0)


@elementwise
@blockwise
def selu(x):
    r"""Scaled exponential linear unit: :math:`\lambda` times an ELU, with fixed constants.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{SELU}(x)` in :math:`(-\lambda\alpha, \infty)`, same shape and float
        dtype as `x`.

    See Also
    --------
    selu_derivative : Its derivative.
    elu : The unscaled unit.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SELU}(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0
        \end{cases},\quad \alpha \approx 1.6733,\ \lambda \approx 1.0507 \\[1ex]
        \operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0
        \end{cases}
        \end{gathered}

    The constants are those that make zero mean and unit variance a fixed point of the layer
    map:

    .. math::

        \begin{gathered}
        \alpha_{01} = -\frac{\sqrt{2/\pi}}{\operatorname{erfc}(1/\sqrt{2})\,\sqrt{e} - 1}
        \approx 1.6732632423543772848 \\[1ex]
        \lambda_{01} = \left(1 - \operatorname{erfc}(1/\sqrt2)\sqrt e\right)\sqrt{2\pi}
        \left(2\operatorname{erfc}(\sqrt2)\,e^2 + \pi\operatorname{erfc}(1/\sqrt2)^2 e
        - 2(2 + \pi)\operatorname{erfc}(1/\sqrt2)\sqrt e + \pi + 2\right)^{-1/2}
        \approx 1.0507009873554804934
        \end{gathered}

    (``activations.SELU_ALPHA`` and ``activations.SELU_SCALE``, the nearest doubles).
    ``expm1`` keeps the negative branch accurate near 0, and only sees :math:`\min(x, 0)`.  For
    :math:`x > 1.71 \times 10^{308}` the true :math:`\lambda x` exceeds the largest double
    and the result is ``inf``, without a RuntimeWarning.

    References
    ----------
    .. [1] G. Klambauer, T. Unterthiner, A. Mayr and S. Hochreiter, "Self-Normalizing Neural
       Networks", NeurIPS 2017, arXiv:1706.02515.

    Examples
    --------
    >>> from activations import selu
    >>> selu([-np.inf, 0.0, 1.0, np.inf])
    array([-1.75809934,  0.        ,  1.05070099,         inf])
    >>> float(selu(1e300))
    1.0507009873554805e+300
    """
    negative = _expm1_negative(x)
    negative *= _SELU_SCALE_ALPHA
    # lambda * x > max double is a true overflow, to inf
    return _add_positive_part(negative, x, SELU_SCALE)


@elementwise
@blockwise
def selu_derivative(x):
    r"""Derivative of :func:`selu`: :math:`\lambda` for positive inputs, decaying to 0 below.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{SELU}'(x)` in :math:`(0, \lambda\alpha]`; at the kink :math:`x = 0`
        it is :math:`\lambda\alpha \approx 1.7581` (the left-hand value, as PyTorch returns).

    See Also
    --------
    selu : The function.

    Notes
    -----
    .. math::

        \operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\,e^{x} & x \le 0
        \end{cases}

    The derivative jumps at 0 from :math:`\lambda\alpha` down to :math:`\lambda`; the value
    there is :math:`\lambda\alpha` formed as the double product of the two constants, which is
    bit for bit what PyTorch autograd returns (1.7580993408473766).

    Examples
    --------
    >>> from activations import selu_derivative
    >>> selu_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([0.        , 1.75809934, 1.05070099, 1.05070099])
    >>> float(selu_derivative(0.0)), float(selu_derivative(-700.0))
    (1.7580993408473766, 1.7334290832552394e-304)
    """
    e = _exp_negative(x)  # 1 for x >= 0
    # lambda - lambda alpha is exact (Sterbenz), so the jump lands on lambda exactly
    e *= _jump(x, _SELU_SCALE_ALPHA, SELU_SCALE)
    return e


def _isrlu_alpha(fname, alpha):
    return check_param(fname, "alpha", alpha, positive=True)


@elementwise
@blockwise
def isrlu(x, alpha=1.0):
    r"""Inverse square root linear unit: the identity from 0 up, the inverse square root unit below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Positive scale :math:`\alpha`; the floor is :math:`-1/\sqrt{\alpha}`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ISRLU}(x)` in :math:`(-1/\sqrt{\alpha}, \infty)`, same shape and
        float dtype as `x`.

    Raises
    ------
    ValueError
        If `alpha` is not positive and finite.

    See Also
    --------
    isrlu_derivative : Its derivative.
    isru : The bounded curve used for the negative inputs.
    elu : The exponential unit ISRLU imitates without ``exp``.

    Notes
    -----
    .. math::

        \operatorname{ISRLU}(x) = \begin{cases} x & x \ge 0 \\
        \dfrac{x}{\sqrt{1 + \alpha x^2}} & x < 0 \end{cases}, \qquad
        \operatorname{ISRLU}'(x) = \begin{cases} 1 & x \ge 0 \\
        \left(\dfrac{1}{\sqrt{1 + \alpha x^2}}\right)^3 & x < 0 \end{cases}

    The negative branch is :func:`isru`'s: :math:`x` is clipped to :math:`-2^{30}/\sqrt\alpha`
    where the result is :math:`-1/\sqrt\alpha` to the last bit, so :math:`\alpha x^2` cannot
    overflow.  ISRLU is :math:`C^2`: :math:`f'` and :math:`f''` are continuous at 0 and
    :math:`f'''` jumps from :math:`-3\alpha` to 0.

    References
    ----------
    .. [1] B. Carlile, G. Delamarter, P. Kinney, A. Marti and B. Whitney, "Improving Deep
       Learning by Inverse Square Root Linear Units (ISRLUs)", arXiv:1710.09967, 2017.

    Examples
    --------
    >>> from activations import isrlu
    >>> isrlu([-np.inf, 0.0, 1.0, np.inf])
    array([-1.,  0.,  1., inf])
    >>> float(isrlu(-1e300)), float(isrlu(1e300))
    (-1.0, 1e+300)
    """
    alpha = _isrlu_alpha("isrlu", alpha)
    xc = np.clip(x, -(2.0**30) / np.sqrt(alpha), 0.0)
    return np.where(x >= 0, x, xc / np.sqrt(1.0 + (alpha * xc) * xc))


@elementwise
@blockwise
def isrlu_derivative(x, alpha=1.0):
    r"""Derivative of :func:`isrlu`: 1 from 0 up, the derivative of :func:`isru` below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha : float, optional
        Positive scale :math:`\alpha`, as for :func:`isrlu`.  Default 1.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ISRLU}'(x)` in :math:`(0, 1]`, equal to 1 for :math:`x \ge 0`.

    Raises
    ------
    ValueError
        If `alpha` is not positive and finite.

    See Also
    --------
    isrlu : The function.
    isru_derivative : The negative branch.

    Notes
    -----
    .. math::

        \operatorname{ISRLU}'(x) = \begin{cases} 1 & x \ge 0 \\
        \left(\dfrac{1}{\sqrt{1 + \alpha x^2}}\right)^3 & x < 0 \end{cases}

    Both branches give 1 at 0, so there is no convention to choose (f'' is continuous too).
    The negative branch is evaluated like :func:`isru_derivative`, without overflow and with
    the rounding error of :math:`1 + \alpha x^2` fed back.

    Examples
    --------
    >>> from activations import isrlu_derivative
    >>> isrlu_derivative([-np.inf, 0.0, 1.0, np.inf])
    array([0., 1., 1., 1.])
    >>> float(isrlu_derivative(-1e100))
    1e-300
    """
    alpha = _isrlu_alpha("isrlu_derivative", alpha)
    # The negative branch at min(x, 0) = 0 is exactly 1: no np.where (and its branch) needed.
    return _inv_sqrt_cubed(np.minimum(x, 0.0), alpha)
