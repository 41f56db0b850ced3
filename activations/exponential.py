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

import decimal
import functools
import math

import numpy as np

from ._checks import check_param, elementwise
from ._exact import blockwise, into_blocks, two_product, two_square, two_sum
from .sigmoidal import _inv_sqrt_cubed

_MAX = np.finfo(np.float64).max

__all__ = [
    "SELU_ALPHA",
    "SELU_SCALE",
    "celu",
    "celu_derivative",
    "elish",
    "elish_derivative",
    "elu",
    "elu_derivative",
    "hard_elish",
    "hard_elish_derivative",
    "isrlu",
    "isrlu_derivative",
    "selu",
    "selu_derivative",
    "xielu",
    "xielu_derivative",
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
    if alpha == 1.0:
        return into_blocks(_exp_negative_block, x)
    return into_blocks(_exp_negative_jump_block, x, alpha, 1.0)


def _expm1_negative(x):
    """``expm1(min(x, 0))`` in a new array (``np.minimum``: twice as fast as a one-sided clip)."""
    out = np.minimum(x, 0.0)
    return np.expm1(out, out=out)


def _exp_negative_block(x, out):
    """``exp(min(x, 0))`` into `out`: 1 for ``x >= 0``, the derivative of ELU with alpha = 1."""
    np.minimum(x, 0.0, out=out)
    np.exp(out, out=out)


def _exp_negative_jump_block(x, out, left, right):
    """``exp(min(x, 0))`` times `left` for ``x <= 0`` and `right` for ``x > 0``, into `out`."""
    _exp_negative_block(x, out)
    out *= _jump(x, left, right)


def _add_positive_part(negative, x, scale):
    """``negative + scale * max(x, 0)``: exact where one of the two terms is 0."""
    positive = np.maximum(x, 0.0)
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
        negative = _expm1_negative(x)
        return np.maximum(negative, x, out=negative)
    q, d = _divide_exactly(np.minimum(x, 0.0), alpha)
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
        return into_blocks(_exp_negative_block, x)
    return _celu_derivative_scaled(x, alpha=alpha)


@blockwise
def _celu_derivative_scaled(x, alpha):
    """:func:`celu_derivative` for ``alpha != 1``: ``e^{x / alpha}`` with the quotient's error."""
    q, d = _divide_exactly(np.minimum(x, 0.0), alpha)
    with np.errstate(over="ignore"):  # only alpha < 0 can overflow, to the true +inf
        e = np.exp(q)
        if d is not None:
            e = e + np.minimum(e, _MAX) * d  # finite factor, so that inf * 0 cannot occur
    return e  # exactly 1 for x > 0, where q = 0 (and d = 0)


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
    # lambda - lambda alpha is exact (Sterbenz), so the jump lands on lambda exactly
    return into_blocks(_exp_negative_jump_block, x, _SELU_SCALE_ALPHA, SELU_SCALE)


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


# ---------------------------------------------------------------------------------------------
# Self-gated exponential units: ELiSH and HardELiSH (Basirat & Roth 2018)

# ln(sqrt(2) - 1) = -asinh(1), where ELiSH' vanishes, as a double-double (hi + lo).
_ELISH_MIN_HI = -0.881373587019543
_ELISH_MIN_LO = 2.250545892825866e-17
_SQRT2_MINUS_1 = 0.41421356237309503
# The root x1 of e^x (x + 2) = 1, where HardELiSH' vanishes, as a double-double, and e^x1.
_HARD_ELISH_MIN_HI = -0.4428544010023886
_HARD_ELISH_MIN_LO = 1.4810791653201162e-17
_EXP_HARD_ELISH_MIN = 0.6422007040598738


@elementwise
@blockwise
def elish(x):
    r"""Exponential linear squashing unit (ELiSH): SiLU above 0, an ELU gated by the sigmoid below.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ELiSH}(x)` in :math:`[2\sqrt2 - 3, \infty)`
        (:math:`2\sqrt2 - 3 \approx -0.1716`, reached at :math:`x = \ln(\sqrt2 - 1)`); same shape
        and float dtype as `x`.

    See Also
    --------
    elish_derivative : Its derivative.
    hard_elish : The piecewise version with a hard sigmoid.
    silu : The positive branch.
    elu : The negative branch before gating.

    Notes
    -----
    .. math::

        \operatorname{ELiSH}(x) = \begin{cases} x\,\sigma(x) & x \ge 0 \\
        (e^{x} - 1)\,\sigma(x) & x < 0 \end{cases}, \qquad
        \operatorname{ELiSH}'(x) = \begin{cases} \sigma(x)\bigl(1 + x(1 - \sigma(x))\bigr)
        & x \ge 0 \\ e^{x}\sigma(x) + (e^{x} - 1)\,\sigma(x)\bigl(1 - \sigma(x)\bigr) & x < 0
        \end{cases}

    The sigmoid is computed from :math:`e^{-|x|}`, which cannot overflow, and the negative
    branch with ``expm1`` of :math:`\min(x, 0)`, exact to an ULP just below 0 where
    :math:`e^x - 1` cancels; the two factors are multiplied once.

    References
    ----------
    .. [1] M. Basirat and P. M. Roth, "The Quest for the Golden Activation Function",
       arXiv:1808.00783, 2018.

    Examples
    --------
    >>> from activations import elish
    >>> elish([-np.inf, 0.0, 1.0, np.inf])
    array([-0.        ,  0.        ,  0.73105858,         inf])
    >>> float(elish(-1e-20)), float(elish(1e300))
    (-5e-21, 1e+300)
    """
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)  # e^{-|x|}
    s = np.maximum(e, x >= 0)  # sigma's numerator: 1 for x >= 0, e^x below
    e += 1.0
    np.divide(s, e, out=s)  # sigma(x)
    a = _expm1_negative(x)  # expm1(x) below 0, exactly 0 from 0 up
    a += np.maximum(x, 0.0)  # ... plus x from 0 up: each branch exactly
    a *= s
    return a


@elementwise
@blockwise
def elish_derivative(x):
    r"""Derivative of :func:`elish`: SiLU's derivative above 0, a dip to a negative minimum below.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{ELiSH}'(x)`, continuous, equal to :math:`1/2` at :math:`x = 0`
        and to 0 at :math:`x = \ln(\sqrt2 - 1) \approx -0.8814`.

    See Also
    --------
    elish : The function.

    Notes
    -----
    .. math::

        \operatorname{ELiSH}'(x) = \begin{cases} \sigma(x)\bigl(1 + x(1 - \sigma(x))\bigr)
        & x \ge 0 \\ e^{x}\sigma(x) + (e^{x} - 1)\,\sigma(x)\bigl(1 - \sigma(x)\bigr) & x < 0
        \end{cases}

    Both branches give :math:`1/2` at 0, so :math:`f'` is continuous and only :math:`f''` jumps
    there (from 1 to 1/2).  With :math:`t = e^{-|x|}` the positive branch is
    :math:`(1 + x t/(1+t))/(1+t)`, a sum of positive terms.  The negative branch is
    :math:`t\,(t^2 + 2t - 1)/(1+t)^3`, which cancels at its zero :math:`x_0 = \ln(\sqrt2 - 1)`;
    it is evaluated as :math:`(1 + (\sqrt2 - 1)\,t)\,t\,\operatorname{expm1}(x - x_0)/(1+t)^2`
    with :math:`x_0` as a double-double, a product without cancellation; its last factor
    :math:`t/(1+t)^2` is carried as a double-double (FastTwoSum, TwoSquare, TwoProduct), which
    keeps the result within 3 ULP (the plain product reaches 4.3).

    Examples
    --------
    >>> from activations import elish_derivative
    >>> elish_derivative([-np.inf, 0.0, np.inf])
    array([0. , 0.5, 1. ])
    >>> float(elish_derivative(-800.0)), float(elish_derivative(1e300))
    (0.0, 1.0)
    """
    t = np.abs(x)
    np.negative(t, out=t)
    np.exp(t, out=t)  # e^{-|x|}: e^x below 0
    u = t + 1.0
    # x >= 0: (1 + x t / u) / u, with x capped where t is 0 anyway (no inf * 0)
    positive = np.clip(x, 0.0, 800.0)
    positive *= t
    positive /= u
    positive += 1.0
    positive /= u
    # x < 0: (1 + (sqrt2 - 1) t) expm1(x - x0) t / u^2, the last factor as a double-double
    d = np.minimum(x, 0.0)
    d -= _ELISH_MIN_HI  # exact near x0 (Sterbenz)
    d -= _ELISH_MIN_LO
    e = np.expm1(d, out=d)
    a = _SQRT2_MINUS_1 * t
    a += 1.0
    # t/u^2 as a double-double: u = 1 + t and u^2 are recovered exactly (FastTwoSum,
    # TwoSquare), then the quotient's remainder
    u_lo = u - 1.0
    np.subtract(t, u_lo, out=u_lo)  # 1 + t = u + u_lo exactly
    square, square_lo = two_square(u)
    square_lo += 2.0 * u * u_lo  # (1 + t)^2 = square + square_lo to 2^-106
    s = t / square
    q, q_lo = two_product(s, square)
    s_lo = t - q
    s_lo -= q_lo
    s_lo -= s * square_lo
    s_lo /= square
    p, p_lo = two_product(a, s)
    p_lo += a * s_lo
    negative = p * e
    p_lo *= e
    negative += p_lo
    out = np.where(x >= 0, positive, negative)
    out += 0.0  # -0 (the underflowed negative branch) to +0
    return out


@elementwise
@blockwise
def hard_elish(x):
    r"""Hard ELiSH: :func:`elish` with a hard sigmoid, a ramp from 0 to 1 on [-1, 1], as the gate.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{HardELiSH}(x)`, in :math:`[-0.0997, \infty)`; 0 for
        :math:`x \le -1`, :math:`x` for :math:`x \ge 1`; same shape and float dtype as `x`.

    See Also
    --------
    hard_elish_derivative : Its derivative.
    elish : The smooth version.
    hard_sigmoid : A hard sigmoid (with slope 1/6 instead of 1/2).

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{HardELiSH}(x) = \begin{cases} x\,h(x) & x \ge 0 \\
        (e^{x} - 1)\,h(x) & x < 0 \end{cases},\quad
        h(x) = \max\Bigl(0, \min\Bigl(1, \frac{x + 1}{2}\Bigr)\Bigr) \\[1ex]
        \operatorname{HardELiSH}'(x) = \begin{cases} 1 & x \ge 1 \\ x + \tfrac12 & 0 \le x < 1 \\
        \tfrac12\bigl(e^{x}(x + 2) - 1\bigr) & -1 < x < 0 \\ 0 & x \le -1 \end{cases}
        \end{gathered}

    The negative branch uses ``expm1`` of :math:`\min(x, 0)` (no cancellation just below 0, no
    overflow above); :math:`x + 1` is exact on :math:`[-1, -1/2]` where it is small.  The minimum
    :math:`-0.09967` is at :math:`x_1 \approx -0.4429`, the root of :math:`e^x(x+2) = 1`.

    References
    ----------
    .. [1] M. Basirat and P. M. Roth, "The Quest for the Golden Activation Function",
       arXiv:1808.00783, 2018.

    Examples
    --------
    >>> from activations import hard_elish
    >>> hard_elish([-np.inf, -1.0, 0.0, 0.5, 1.0, np.inf])
    array([0.   , 0.   , 0.   , 0.375, 1.   ,   inf])
    >>> float(hard_elish(-1e-20)), float(hard_elish(1e300))
    (-5e-21, 1e+300)
    """
    h = x + 1.0
    h *= 0.5
    np.clip(h, 0.0, 1.0, out=h)
    a = _expm1_negative(x)
    a += np.maximum(x, 0.0)
    a *= h
    a += 0.0  # -0 (x <= -1, where expm1 < 0 meets h = 0) to +0
    return a


@elementwise
@blockwise
def hard_elish_derivative(x):
    r"""Derivative of :func:`hard_elish`: 0 below -1, a dip, a ramp up to 3/2, then 1: jumps at -1 and 1.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{HardELiSH}'(x)` in :math:`(-0.3161, 3/2)`.  At the kinks the
        gate's own slope counts as 0 (as PyTorch's ``hardsigmoid`` and ``hardtanh`` give at
        their corners): :math:`f'(-1) = 0` and :math:`f'(1) = 1`, the outer one-sided values;
        :math:`f'(0) = 1/2` from both sides.

    See Also
    --------
    hard_elish : The function.

    Notes
    -----
    .. math::

        \operatorname{HardELiSH}'(x) = \begin{cases} 1 & x \ge 1 \\ x + \tfrac12 & 0 \le x < 1 \\
        \tfrac12\bigl(e^{x}(x + 2) - 1\bigr) & -1 < x < 0 \\ 0 & x \le -1 \end{cases}

    :math:`f'` jumps at :math:`x = -1` (from 0 to :math:`(e^{-1} - 1)/2`) and at :math:`x = 1`
    (from 3/2 to 1); at 0 it is continuous and :math:`f''` jumps from 3/2 to 1.  No framework
    ships HardELiSH.  These kink values are what PyTorch autograd gives with the gate written
    ``torch.nn.functional.hardsigmoid(3 * x)`` (equal to :math:`h`); with
    ``torch.clamp((x + 1) / 2, 0, 1)`` it gives the inner values :math:`(e^{-1} - 1)/2` and 3/2
    instead.  On :math:`(-1, 0)`,
    :math:`e^x(x+2) - 1` cancels at its zero :math:`x_1`; with :math:`\delta = x - x_1`
    (:math:`x_1` a double-double) it equals
    :math:`\operatorname{expm1}(\delta) + e^{x_1}\,\delta\,e^{\delta}`, two terms of one sign.

    Examples
    --------
    >>> from activations import hard_elish_derivative
    >>> hard_elish_derivative([-np.inf, -1.0, 0.0, 0.5, 1.0, np.inf])
    array([0. , 0. , 0.5, 1. , 1. , 1. ])
    >>> float(hard_elish_derivative(-0.5)), float(hard_elish_derivative(1e300))
    (-0.04510200521552493, 1.0)
    """
    d = np.clip(x, -1.0, 0.0)
    d -= _HARD_ELISH_MIN_HI  # exact near x1 (Sterbenz)
    d -= _HARD_ELISH_MIN_LO
    e = np.expm1(d)
    negative = e + 1.0
    negative *= d
    negative *= _EXP_HARD_ELISH_MIN
    negative += e
    negative *= 0.5
    positive = np.where(x < 1.0, x + 0.5, 1.0)
    below = np.clip(x, -1.0, 0.0)
    below -= below  # 0, or NaN for NaN
    return np.where(x >= 0, positive, np.where(x > -1.0, negative, below))


# ---------------------------------------------------------------------------------------------
# xIELU (Huang & Schlag 2024)


def _xielu_params(fname, alpha_p, alpha_n, beta, eps):
    alpha_p = check_param(fname, "alpha_p", alpha_p, positive=True)
    alpha_n = check_param(fname, "alpha_n", alpha_n, positive=True)
    beta = check_param(fname, "beta", beta, positive=True)
    eps = check_param(fname, "eps", eps)
    if not alpha_n > beta:
        raise ValueError(
            f"{fname}: alpha_n must exceed beta (xIELU's negative slope alpha_n is beta plus a "
            f"softplus), got alpha_n={alpha_n}, beta={beta}"
        )
    if eps > 0:
        raise ValueError(f"{fname}: eps must be zero or negative, got {eps}")
    return alpha_p, alpha_n, beta, eps


@functools.lru_cache(maxsize=64)
def _xielu_points(alpha_n, beta):
    r"""Constants of xIELU's negative branch, computed once per parameter set.

    :math:`f(x) = \alpha_n \operatorname{expm1}(x) + (\beta - \alpha_n) x` has its minimum at
    :math:`x_m = \ln(1 - \beta/\alpha_n)`, with value :math:`f_m = -\beta + (\beta -
    \alpha_n) x_m`, and a zero :math:`x_r < x_m`, found by Newton's method from
    :math:`-\alpha_n/(\alpha_n - \beta)`, where :math:`f > 0` (it converges monotonically, as
    :math:`f` is convex and decreasing there).  All in decimal arithmetic with 50 digits to
    spare; returns
    ``(xm_hi, xm_lo, xr_hi, xr_lo, fm, alpha_n e^xr, f'(xr), beta - alpha_n, alpha_n - beta)``,
    the points as double-doubles.
    """
    with decimal.localcontext() as ctx:
        # 50 digits beyond those of alpha_n / beta, which 1 - beta / alpha_n must keep
        ctx.prec = 50 + max(0, math.ceil(math.log10(alpha_n) - math.log10(beta)))
        a, b = decimal.Decimal(alpha_n), decimal.Decimal(beta)
        xm = (1 - b / a).ln()
        x = -a / (a - b)
        for _ in range(200):
            step = (a * (x.exp() - 1) + (b - a) * x) / (a * x.exp() + b - a)
            x -= step
            if abs(step) < decimal.Decimal("1e-45") * abs(x):
                break
        xm_hi, xr_hi = float(xm), float(x)
        return (
            xm_hi,
            float(xm - decimal.Decimal(xm_hi)),
            xr_hi,
            float(x - decimal.Decimal(xr_hi)),
            float(-b + (b - a) * xm),
            float(a * x.exp()),
            float(a * x.exp() + b - a),
            float(b - a),
            float(a - b),
        )


#: 1/2!, 1/3!, ..., 1/16!: expm1(t) - t = t^2 (1/2! + t/3! + ...), to 2^-60 for |t| <= 1/2.
_EXPM1_MINUS_X = tuple(1.0 / math.factorial(n) for n in range(2, 17))


def _expm1_minus_x(t):
    """:math:`e^t - 1 - t` to about an ULP: a series for :math:`|t| < 1/2`, else directly."""
    g = np.expm1(t)
    g -= t  # no cancellation for |t| >= 1/2 (at most a factor 3.4)
    small = np.abs(t) < 0.5
    ts = t[small]  # the series only where it is needed
    p = ts * _EXPM1_MINUS_X[-1]
    for c in reversed(_EXPM1_MINUS_X[1:-1]):
        p += c
        p *= ts
    p += _EXPM1_MINUS_X[0]
    p *= ts
    p *= ts
    g[small] = p
    return g


@elementwise
@blockwise
def xielu(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    r"""Expanded integral of the ELU (xIELU): a parabola above 0, an ELU's integral below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha_p : float, optional
        Positive curvature :math:`\alpha_p` of the positive branch, :math:`\alpha_p x^2`.
        Default 0.8.  This is the effective value, what ``alpha_p_init`` means in Hugging Face
        transformers' ``XIELUActivation`` (which trains it as :math:`\operatorname{softplus}`
        of a raw parameter).
    alpha_n : float, optional
        Scale :math:`\alpha_n > \beta` of the negative branch; its slope at :math:`-\infty` is
        :math:`\beta - \alpha_n`.  Default 0.8, the effective value (``alpha_n_init``; the
        module stores :math:`\operatorname{softplus}^{-1}(\alpha_n - \beta)`).
    beta : float, optional
        Positive slope :math:`\beta` at 0.  Default 0.5 (fixed, not trained).
    eps : float, optional
        Non-positive cut-off :math:`\varepsilon` of the exponential: the negative branch uses
        :math:`e^{\min(x, \varepsilon)}`.  Default :math:`-10^{-6}`, as in the reference code.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{xIELU}(x)`, in :math:`[-0.2058, \infty)` for the defaults
        (minimum at :math:`x = \ln(1 - \beta/\alpha_n)`); same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If a parameter is not a real number.
    ValueError
        If `alpha_p`, `alpha_n` or `beta` is not positive, ``alpha_n <= beta``, `eps` is
        positive, or a parameter is not finite.

    See Also
    --------
    xielu_derivative : Its derivative.
    elu : Its derivative's negative branch is an affine ELU.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{xIELU}(x) = \begin{cases} \alpha_p x^2 + \beta x & x > 0 \\
        \alpha_n \bigl(e^{\min(x, \varepsilon)} - 1 - x\bigr) + \beta x & x \le 0 \end{cases}
        \\[1ex]
        \operatorname{xIELU}'(x) = \begin{cases} 2\alpha_p x + \beta & x > 0 \\
        \beta - \alpha_n & \varepsilon < x \le 0 \\
        \alpha_n (e^{x} - 1) + \beta & x < \varepsilon \end{cases}
        \end{gathered}

    This is the formula of the reference implementation and of Hugging Face's
    ``XIELUActivation`` (``torch.expm1(torch.min(x, eps))``), used by Apertus.  Because of
    :math:`\varepsilon` the function is not continuous at 0: :math:`f(0) =
    \alpha_n(e^{\varepsilon} - 1) \approx -8 \times 10^{-7}` while :math:`f(0^+) = 0`, and on
    :math:`(\varepsilon, 0]` the slope is :math:`\beta - \alpha_n`.  With
    :math:`\varepsilon = 0` it is :math:`C^1`.

    The positive branch is :math:`x(\alpha_p x + \beta)`.  The negative branch has two zeros,
    at 0 and at :math:`x_r < 0` (-2.43 for the defaults), and a minimum at :math:`x_m`; its two
    terms cancel near each.  With :math:`G(t) = e^t - 1 - t` (a series for :math:`|t| < 1/2`,
    so that it keeps its relative accuracy), it is evaluated as :math:`\alpha_n G(x) + \beta x`
    near 0, :math:`f(x_m) + (\alpha_n - \beta)\,G(x - x_m)` around the minimum and
    :math:`f'(x_r)(x - x_r) + \alpha_n e^{x_r} G(x - x_r)` around the zero, where each form has
    no cancellation; :math:`x_m`, :math:`x_r` and the constants are computed once per parameter
    set to 50 spare digits (Python's ``decimal``), the points kept as double-doubles.
    Measured against mpmath: within 2 ULP for :math:`\alpha_n/\beta` from
    :math:`1 + 10^{-12}` to :math:`10^{600}`.  For ``alpha_p * x**2`` beyond the float range
    the result is ``inf``, without a RuntimeWarning.

    References
    ----------
    .. [1] A. H. Huang and I. Schlag, "Deriving Activation Functions Using Integration",
       arXiv:2411.13010, 2024.

    Examples
    --------
    >>> from activations import xielu
    >>> xielu([-np.inf, 0.0, 1.0, np.inf])
    array([          inf, -7.999996e-07,  1.300000e+00,           inf])
    >>> float(xielu(-1e300)), float(xielu(1e300))
    (3.0000000000000005e+299, inf)
    >>> float(xielu(0.0)), float(xielu(0.0, eps=0.0))
    (-7.999996000001334e-07, 0.0)
    """
    alpha_p, alpha_n, beta, eps = _xielu_params("xielu", alpha_p, alpha_n, beta, eps)
    xm_hi, xm_lo, xr_hi, xr_lo, fm, scale_r, slope_r, slope, _ = _xielu_points(alpha_n, beta)
    with np.errstate(over="ignore"):  # alpha_p x^2 beyond the float range: a true inf
        positive = np.maximum(x, 0.0)
        positive *= alpha_p * positive + beta
    below = x <= 0  # the negative branch only where it is needed (NaN stays in `positive`)
    if below.any():
        points = (xm_hi, xm_lo, xr_hi, xr_lo, fm, scale_r, slope_r, slope)
        positive[below] = _xielu_negative(x[below], alpha_n, beta, eps, *points)
    return positive


def _xielu_negative(x, alpha_n, beta, eps, xm_hi, xm_lo, xr_hi, xr_lo, fm, scale_r, slope_r, slope):
    """xIELU's branch :math:`x \\le 0` (the elements given), without cancellation."""
    # At m = min(x, eps), c2 G(t) + c1 t + c0 with G(t) = expm1(t) - t and t = m - offset:
    # around the zero xr (offset xr), the minimum xm (offset xm) and 0.
    table = np.array(
        [
            [xr_hi, xm_hi, 0.0],
            [xr_lo, xm_lo, 0.0],
            [scale_r, alpha_n - beta, alpha_n],  # c2
            [slope_r, 0.0, beta],  # c1
            [0.0, fm, 0.0],  # c0
        ]
    )
    far = min(-40.0, 2.0 * xr_hi)
    m = np.clip(x, far, eps)
    region = (m > 0.5 * (xr_hi + xm_hi)).astype(np.intp)  # take() is fastest with intp
    region += m > 0.5 * xm_hi
    t = m - table[0].take(region)  # exact near the offset (Sterbenz)
    t -= table[1].take(region)
    big = t > 40.0  # only around a far zero xr < -80 (alpha_n close to beta)
    if big.any():  # there f = (beta - alpha_n) t - alpha_n e^xr + alpha_n e^m, one sign
        t_big, m_big = t[big], m[big]
        t[big] = 40.0  # no overflow in expm1; replaced below
    negative = _expm1_minus_x(t)
    negative *= table[2].take(region)
    t *= table[3].take(region)
    negative += t
    negative += table[4].take(region)
    if big.any():
        negative[big] = (slope * t_big - scale_r) + alpha_n * np.exp(m_big)
    # on (eps, 0]: + (beta - alpha_n)(x - eps)
    flat = np.clip(x, eps, 0.0)
    flat -= eps
    flat *= slope
    negative += flat
    # far left, f = (beta - alpha_n) x - alpha_n (e^x below 2^-57 relative)
    with np.errstate(over="ignore"):  # beyond the float range only where the true value is
        return np.where(x < far, slope * x - alpha_n, negative)


@elementwise
@blockwise
def xielu_derivative(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    r"""Derivative of :func:`xielu`: a straight line above 0, an affine ELU below.

    Parameters
    ----------
    x : array_like
        Input.
    alpha_p, alpha_n, beta, eps : float, optional
        As for :func:`xielu` (defaults 0.8, 0.8, 0.5 and :math:`-10^{-6}`).

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{xIELU}'(x)`, unbounded above; at the kinks :math:`f'(0) = \beta -
        \alpha_n` (the branch :math:`x \le 0`) and :math:`f'(\varepsilon) = \alpha_n
        (e^{\varepsilon}/2 - 1) + \beta`, the mean of the one-sided values: what PyTorch
        autograd gives (to rounding) for the reference code, whose ``torch.min(x, eps)``
        splits the gradient at a tie.

    Raises
    ------
    TypeError
        If a parameter is not a real number.
    ValueError
        If `alpha_p`, `alpha_n` or `beta` is not positive, ``alpha_n <= beta``, `eps` is
        positive, or a parameter is not finite.

    See Also
    --------
    xielu : The function.

    Notes
    -----
    .. math::

        \operatorname{xIELU}'(x) = \begin{cases} 2\alpha_p x + \beta & x > 0 \\
        \beta - \alpha_n & \varepsilon < x \le 0 \\
        \alpha_n (e^{x} - 1) + \beta & x < \varepsilon \end{cases}

    :math:`\alpha_n (e^x - 1) + \beta` cancels at its zero :math:`x_m = \ln(1 - \beta/\alpha_n)`,
    the minimum of :math:`f`; it is evaluated as :math:`(\alpha_n - \beta)
    \operatorname{expm1}(x - x_m)`, with :math:`x_m` a double-double (computed once per
    parameter set with Python's ``decimal``), a product without cancellation; the rounding
    error of :math:`x - x_m`, which ``exp`` amplifies by :math:`|x - x_m|`, is recovered
    exactly (TwoSum) and fed back.

    Examples
    --------
    >>> from activations import xielu_derivative
    >>> xielu_derivative([-np.inf, -1e-6, 0.0, 1.0, np.inf])
    array([-0.3      ,  0.0999996, -0.3      ,  2.1      ,        inf])
    >>> float(xielu_derivative(-1.0)), float(xielu_derivative(0.0))
    (-0.00569644706284617, -0.30000000000000004)
    """
    alpha_p, alpha_n, beta, eps = _xielu_params("xielu_derivative", alpha_p, alpha_n, beta, eps)
    xm_hi, xm_lo, *_, slope, drop = _xielu_points(alpha_n, beta)
    at_eps = alpha_n * (np.exp(eps) / 2.0 - 1.0) + beta  # the mean of the one-sided values
    with np.errstate(over="ignore"):  # 2 alpha_p x beyond the float range: a true inf
        positive = np.maximum(x, 0.0)
        positive *= 2.0 * alpha_p
        positive += beta
    # Below eps: (alpha_n - beta) expm1(x - xm), the rounding error d of x - xm fed back as
    # expm1(q + d) = expm1(q) + e^q d (exp amplifies it by |x - xm|, 27 for alpha_n ~ beta)
    q, d = two_sum(np.clip(x, -800.0, eps), -xm_hi)  # e^(x - xm) is 0 from -800 down anyway
    d -= xm_lo
    below = np.expm1(q)
    d *= below + 1.0
    below += d
    below *= drop
    flat = np.clip(x, eps, 0.0)
    flat *= 0.0
    flat += slope  # beta - alpha_n, NaN for NaN
    flat = np.where(x == eps, at_eps, flat)
    return np.where(x > 0, positive, np.where(x < eps, below, flat))
