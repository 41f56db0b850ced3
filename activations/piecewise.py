"""Piecewise-linear activations: straight pieces joined at kinks (some with parabolic pieces).

Every piece is a line (or, for :func:`hard_swish`, :func:`relu_squared`, :func:`star_relu` and
:func:`smelu`, a parabola), so each result is one or a few correctly rounded operations on `x`
and the derivatives are constants or lines: accuracy is rarely the issue here (StarReLU's
cancellation near its zero is the exception, handled there).  What needs care is the edges, which these forms handle without a RuntimeWarning:

- NaN must propagate.  A comparison is False for NaN, so ``np.where(x > 0, ...)`` or
  ``(x > 0).astype(float)`` silently sends NaN to one branch; the derivatives write NaN back
  afterwards, and the functions use ``np.maximum``, ``np.minimum`` and ``np.clip``, which
  propagate it.
- Speed: results are built in one new array with in-place operations and boolean masks,
  rather than ``np.where`` with scalar branches or ``np.heaviside``, which are several times
  slower on unsorted data (so is ``np.copyto(..., where=mask)``, used where no branch-free
  form is exact); a 0/1 mask used as a number selects without branching.
- ``0 * inf`` is NaN: a slope of 0 at :math:`x = -\\infty`, or :math:`x \\cdot 0` in
  :func:`hard_swish`, must give the limit 0 instead; the safe forms below never form that product.
- The value of :math:`f'` at a kink is a convention.  Each docstring states it, and it is the
  value PyTorch's autograd returns (``torch`` 2.13, checked on float32 and float64 tensors).
"""

from __future__ import annotations

import functools
import math
import numbers
from fractions import Fraction

import numpy as np

from ._checks import check_param, elementwise
from ._exact import BLOCK, into_blocks

__all__ = [
    "hard_shrink",
    "hard_shrink_derivative",
    "hard_sigmoid",
    "hard_sigmoid_derivative",
    "hard_swish",
    "hard_swish_derivative",
    "hard_tanh",
    "hard_tanh_derivative",
    "hardshrink",
    "hardshrink_derivative",
    "hardsigmoid",
    "hardsigmoid_derivative",
    "hardswish",
    "hardswish_derivative",
    "hardtanh",
    "hardtanh_derivative",
    "identity",
    "identity_derivative",
    "leaky_relu",
    "leaky_relu_derivative",
    "linear",
    "linear_derivative",
    "prelu",
    "prelu_derivative",
    "relu",
    "relu2",
    "relu2_derivative",
    "relu6",
    "relu6_derivative",
    "relu_derivative",
    "relu_squared",
    "relu_squared_derivative",
    "rrelu",
    "rrelu_derivative",
    "smelu",
    "smelu_derivative",
    "soft_shrink",
    "soft_shrink_derivative",
    "softshrink",
    "softshrink_derivative",
    "sparse_sigmoid",
    "sparse_sigmoid_derivative",
    "srelu",
    "srelu_derivative",
    "star_relu",
    "star_relu_derivative",
    "step",
    "step_derivative",
    "threshold",
    "threshold_derivative",
]


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------


def _keep_nan(result, x):
    """Write NaN into `result` wherever `x` is NaN (comparisons alone would give 0 there).

    A min reduction, through which NaN propagates, says first whether there is any NaN at all:
    cheaper than building a mask of every element for the usual NaN-free input.  It is
    ``np.minimum.reduce``, not ``np.min``, whose Python-level dispatch costs more than the
    reduction of a cache-sized block.
    """
    if x.size and np.isnan(np.minimum.reduce(x, axis=None)):
        result[np.isnan(x)] = np.nan
    return result


def _indicator(x, low, high=np.inf, scale=1.0, outside=False):
    """`scale` where ``low < x < high`` (``x > low`` for an infinite `high`), 0 elsewhere.

    With `outside`, `scale` where ``x < low`` or ``x > high`` instead.  NaN gives NaN.  The
    piecewise-constant derivatives, built block by block from a boolean mask copied into the
    float result, rather than ``np.where`` with scalar branches or ``np.heaviside``, both
    several times slower on unsorted data.
    """
    return into_blocks(_indicator_block, x, low, high, scale, outside)


def _indicator_block(x, out, low, high, scale, outside):
    if outside:
        mask = np.less(x, low)
        mask |= np.greater(x, high)
    else:
        mask = np.greater(x, low)
        if high < np.inf:
            mask &= np.less(x, high)
    np.copyto(out, mask)
    if scale != 1.0:
        out *= scale
    _keep_nan(out, x)


def _leaky(x, slope):
    """`x` for ``x > 0``, ``slope * x`` otherwise; `slope` is a scalar or broadcasts to `x`.

    The product is correctly rounded (an infinity beyond the float64 range, hence the local
    ``errstate``); a zero slope at infinite `x` gives the limit 0, not NaN.  NaN propagates
    (``x > 0`` is False for it, and ``slope * NaN`` is NaN).
    """
    if np.ndim(slope) == 0 and 0.0 < slope <= 1.0:
        return into_blocks(_leaky_block, x, slope)
    result = np.empty(x.shape)
    with np.errstate(over="ignore", invalid="ignore"):
        np.multiply(x, slope, out=result)
    zero = np.asarray(slope) == 0
    if zero.any():
        result[zero & np.isinf(x)] = 0.0
    np.copyto(result, x, where=x > 0)
    return result


def _leaky_block(x, out, slope):
    # max(x, a x) for 0 < a <= 1: x for x >= 0, a x (>= x) for x <= 0; no mask.  Ties occur
    # only where both are the same number (a x = x with the same sign), NaN propagates, and
    # a x cannot overflow.
    np.multiply(x, slope, out=out)
    np.maximum(out, x, out=out)


def _slope_or_one(x, slope):
    """1 for ``x > 0``, `slope` (a scalar or broadcast to `x`) for ``x <= 0``, NaN for NaN.

    Selected by arithmetic on the 0/1 mask, ``slope * (x <= 0) + (x > 0)``, exact because one
    of the two terms is 0 (`slope` is finite): without branches, it is several times faster
    than ``np.copyto(..., where=...)`` or ``np.where`` on unsorted data.
    """
    if np.ndim(slope) == 0 and 0.0 <= slope <= 1.0:
        return into_blocks(_slope_or_one_block, x, slope)
    positive = x > 0
    result = np.multiply(slope, ~positive, out=np.empty(x.shape))
    result += positive
    return _keep_nan(result, x)


def _slope_or_one_block(x, out, slope):
    # ceil(x) >= 1 for x > 0 and <= 0 otherwise, so clipping it to [slope, 1] selects; NaN
    # propagates through both, and no mask is built.
    np.ceil(x, out=out)
    out.clip(slope, 1.0, out=out)


def _check_lambd(fname, lambd):
    return check_param(fname, "lambd", lambd, nonnegative=True)


def _check_bounds(fname, min_val, max_val):
    low = check_param(fname, "min_val", min_val)
    high = check_param(fname, "max_val", max_val)
    if low > high:
        raise ValueError(f"{fname}: min_val ({low}) must not exceed max_val ({high})")
    return low, high


def _check_weight(fname, weight, shape):
    """`weight` as a float64 scalar or array that broadcasts to ``shape`` without enlarging it."""
    if isinstance(weight, (numbers.Real, np.floating, np.integer)) and not isinstance(
        weight, (bool, np.bool_)
    ):
        return check_param(fname, "weight", weight)
    if weight is None or isinstance(weight, (str, bytes)):
        raise TypeError(
            f"{fname}: weight must be a real number or an array of them, not "
            f"{type(weight).__name__}"
        )
    try:
        array = np.asarray(weight)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{fname}: weight cannot be converted to an array ({error})") from None
    if array.dtype.kind not in "fiu":
        raise TypeError(f"{fname}: weight must hold real numbers, got dtype {array.dtype}")
    array = array.astype(np.float64)
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{fname}: weight must be finite, got {array[~np.isfinite(array)][0]}")
    try:
        target = np.broadcast_shapes(array.shape, shape)
    except ValueError:
        target = None
    if target != shape:
        raise ValueError(
            f"{fname}: weight of shape {array.shape} does not broadcast to x's shape {shape}"
        )
    return array


def _rrelu_slope(fname, x, lower, upper, training, generator):
    """The slope(s) for x <= 0: the mean in evaluation, one uniform draw per element in training."""
    low = check_param(fname, "lower", lower)
    high = check_param(fname, "upper", upper)
    if low > high:
        raise ValueError(f"{fname}: lower ({low}) must not exceed upper ({high})")
    if not isinstance(training, (bool, np.bool_)):
        raise TypeError(f"{fname}: training must be a bool, not {type(training).__name__}")
    if generator is not None and not isinstance(generator, np.random.Generator):
        raise TypeError(
            f"{fname}: generator must be a numpy.random.Generator, not {type(generator).__name__}"
        )
    if not training:
        return (low + high) / 2
    if generator is None:
        raise ValueError(
            f"{fname}: generator is required when training=True "
            "(pass numpy.random.default_rng(seed))"
        )
    return generator.uniform(low, high, size=x.shape)


# ---------------------------------------------------------------------------------------------
# identity and binary step
# ---------------------------------------------------------------------------------------------


@elementwise
def identity(x):
    r"""Identity (linear) activation, :math:`f(x) = x`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        A copy of `x` (float dtype kept, float64 for integer or boolean input).

    See Also
    --------
    identity_derivative : Its derivative.
    relu : The identity for positive inputs only.

    Notes
    -----
    .. math::

        f(x) = x, \qquad f'(x) = 1

    The output layer of a regression network, and the reference every other activation is
    compared with ("approximates the identity near the origin").  The result is a new array, never
    the caller's memory.

    References
    ----------
    .. [1] I. Goodfellow, Y. Bengio and A. Courville, "Deep Learning", MIT Press, 2016,
       section 6.2.2.

    Examples
    --------
    >>> from activations import identity
    >>> identity([-np.inf, 0.0, np.inf])
    array([-inf,   0.,  inf])
    >>> float(identity(1e300))
    1e+300
    """
    return x


@elementwise
def identity_derivative(x):
    r"""Derivative of :func:`identity`: 1 everywhere (NaN for NaN).

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        1 for every non-NaN element, NaN for NaN.

    See Also
    --------
    identity : The function.

    Notes
    -----
    .. math::

        f'(x) = 1

    An array of ones with NaN written back where `x` is NaN; ``x * 0 + 1`` would instead
    form ``0 * inf`` (NaN, with a RuntimeWarning) at infinite `x`.

    Examples
    --------
    >>> from activations import identity_derivative
    >>> identity_derivative([-np.inf, 0.0, np.inf, np.nan])
    array([ 1.,  1.,  1., nan])
    >>> float(identity_derivative(1e300))
    1.0
    """
    return _keep_nan(np.ones(x.shape), x)


@elementwise
def step(x):
    r"""Binary step (Heaviside) function: 0 for negative inputs, 1 for the others.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN); ``step(0) = 1``.

    See Also
    --------
    step_derivative : Its derivative.
    sigmoid : A smooth version of the step.

    Notes
    -----
    .. math::

        H(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}, \qquad
        H'(x) = 0 \quad (x \neq 0)

    The value at 0 follows the original post, ``1.0 * (x >= 0)``, and equals
    ``np.heaviside(x, 1.0)``, ``torch.heaviside(x, values=1)`` and ``jnp.heaviside(x, 1.0)``.
    The comparison is False for NaN, so NaN is written back afterwards: it propagates.

    References
    ----------
    .. [1] W. S. McCulloch and W. Pitts, "A logical calculus of the ideas immanent in nervous
       activity", Bulletin of Mathematical Biophysics 5, 115-133, 1943.

    Examples
    --------
    >>> from activations import step
    >>> step([-np.inf, -1e-300, 0.0, np.inf])
    array([0., 0., 1., 1.])
    >>> float(step(-1e300)), float(step(-0.0))
    (0.0, 1.0)
    """
    return _indicator(x, -math.ulp(0.0))  # x >= 0: no double lies between


@elementwise
def step_derivative(x):
    r"""Derivative of :func:`step`: 0 everywhere, including at the jump at 0.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 for every non-NaN element, NaN for NaN.

    See Also
    --------
    step : The function.

    Notes
    -----
    .. math::

        H'(x) = 0 \quad (x \neq 0)

    The step jumps at 0, so it is not differentiable there (its derivative in the sense of
    distributions is a Dirac delta, which no array can hold).  We return 0 at 0 as well, the value
    it has everywhere else and what JAX's autograd gives for ``jnp.heaviside``; PyTorch has no
    derivative for ``torch.heaviside`` at all (autograd raises "derivative for aten::heaviside is
    not implemented").  That zero gradient is why the step cannot be trained by back-propagation.

    Examples
    --------
    >>> from activations import step_derivative
    >>> step_derivative([-np.inf, 0.0, np.inf, np.nan])
    array([ 0.,  0.,  0., nan])
    >>> float(step_derivative(1e300))
    0.0
    """
    return _keep_nan(np.zeros(x.shape), x)


# ---------------------------------------------------------------------------------------------
# The ReLU family
# ---------------------------------------------------------------------------------------------


@elementwise
def relu(x):
    r"""Rectified linear unit, :math:`\operatorname{ReLU}(x) = \max(0, x)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\max(0, x)` in :math:`[0, \infty)`, same shape and float dtype as `x`.

    See Also
    --------
    relu_derivative : Its derivative.
    leaky_relu : With a small slope for negative inputs.
    relu6 : Capped at 6.

    Notes
    -----
    .. math::

        \operatorname{ReLU}(x) = \max(0, x), \qquad
        \operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}

    ``np.clip(x, 0, inf)`` is exact and propagates NaN (``np.fmax`` would not); numpy
    vectorises it better than ``np.maximum`` with a scalar.

    References
    ----------
    .. [1] V. Nair and G. E. Hinton, "Rectified linear units improve restricted Boltzmann
       machines", ICML 2010.
    .. [2] K. Fukushima, "Visual feature extraction by a multilayered network of analog threshold
       elements", IEEE Transactions on Systems Science and Cybernetics 5(4), 322-333, 1969.

    Examples
    --------
    >>> from activations import relu
    >>> relu([-np.inf, -1.0, 0.0, 2.5, np.inf])
    array([0. , 0. , 0. , 2.5, inf])
    >>> float(relu(1e300))
    1e+300
    """
    return np.clip(x, 0.0, np.inf)


@elementwise
def relu_derivative(x):
    r"""Derivative of :func:`relu`: 1 for positive inputs, 0 for the others.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    relu : The function.

    Notes
    -----
    .. math::

        \operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}

    At the kink, :math:`\operatorname{ReLU}'(0) = 0`, as in PyTorch and JAX autograd.

    Examples
    --------
    >>> from activations import relu_derivative
    >>> relu_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0., 0., 1., 1.])
    >>> float(relu_derivative(-1e300))
    0.0
    """
    return _indicator(x, 0.0)


@elementwise
def leaky_relu(x, negative_slope=0.01):
    r"""Leaky ReLU: the identity for positive inputs, slope `negative_slope` for the others.

    Parameters
    ----------
    x : array_like
        Input.
    negative_slope : float, optional
        Slope :math:`a` for :math:`x \le 0` (default 0.01, as in PyTorch and JAX; Keras 3 uses
        0.2).  Any finite real; a slope above 1 or below 0 makes an unusual but valid function.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{LeakyReLU}(x)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `negative_slope` is not a real number.
    ValueError
        If `negative_slope` is NaN or infinite.

    See Also
    --------
    leaky_relu_derivative : Its derivative.
    prelu : The same function with a learned (possibly per-channel) slope.
    rrelu : With a random slope in training.

    Notes
    -----
    .. math::

        \operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases},
        \qquad
        \operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}

    One rounding (:math:`a x`) on the negative side, none on the positive side.  With
    :math:`a = 0` the limit at :math:`-\infty` is 0, not the NaN of ``0 * -inf``.

    References
    ----------
    .. [1] A. L. Maas, A. Y. Hannun and A. Y. Ng, "Rectifier nonlinearities improve neural
       network acoustic models", ICML Workshop on Deep Learning for Audio, Speech and Language
       Processing, 2013.

    Examples
    --------
    >>> from activations import leaky_relu
    >>> leaky_relu([-np.inf, -100.0, 0.0, 3.0, np.inf])
    array([-inf,  -1.,   0.,   3.,  inf])
    >>> float(leaky_relu(-1e300, negative_slope=0.2))
    -2e+299
    """
    slope = check_param("leaky_relu", "negative_slope", negative_slope)
    return _leaky(x, slope)


@elementwise
def leaky_relu_derivative(x, negative_slope=0.01):
    r"""Derivative of :func:`leaky_relu`: 1 for positive inputs, `negative_slope` for the others.

    Parameters
    ----------
    x : array_like
        Input.
    negative_slope : float, optional
        Slope :math:`a` for :math:`x \le 0` (default 0.01).

    Returns
    -------
    ndarray or scalar
        1 or `negative_slope` (NaN for NaN).

    See Also
    --------
    leaky_relu : The function.

    Notes
    -----
    .. math::

        \operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}

    At the kink, :math:`\operatorname{LeakyReLU}'(0) = a`, as PyTorch's autograd gives
    (``x > 0 ? grad : grad * a``).  JAX's ``jax.nn.leaky_relu`` gives 1 there, since it is
    written with ``x >= 0``.

    Examples
    --------
    >>> from activations import leaky_relu_derivative
    >>> leaky_relu_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0.01, 0.01, 1.  , 1.  ])
    >>> float(leaky_relu_derivative(-1e300, negative_slope=0.2))
    0.2
    """
    slope = check_param("leaky_relu_derivative", "negative_slope", negative_slope)
    return _slope_or_one(x, slope)


@elementwise
def prelu(x, weight=0.25):
    r"""Parametric ReLU: a leaky ReLU whose negative slope, `weight`, is learned.

    Parameters
    ----------
    x : array_like
        Input.
    weight : float or array_like, optional
        The slope :math:`w` for :math:`x \le 0` (default 0.25, the initial value of PyTorch's
        ``nn.PReLU``).  A scalar, or an array that broadcasts against `x` with numpy's rules
        without enlarging it: trailing axes are matched, so one slope per channel of an
        ``(N, C, H, W)`` batch is a weight of shape ``(C, 1, 1)``.  PyTorch's
        ``F.prelu(input, weight)`` instead takes a 1-d weight of length ``C`` and applies it along
        axis 1; reshape it to ``(C, 1, 1)`` (or ``(C, 1)`` for ``(N, C, L)``) to get the same result
        here.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{PReLU}(x)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `weight` is not a real number or an array of real numbers.
    ValueError
        If `weight` holds NaN or infinity, or does not broadcast to the shape of `x`.

    See Also
    --------
    prelu_derivative : Its derivative with respect to `x`.
    leaky_relu : The same function with a fixed scalar slope.

    Notes
    -----
    .. math::

        \operatorname{PReLU}(x) = \begin{cases} x & x > 0 \\ w x & x \le 0 \end{cases},
        \qquad
        \operatorname{PReLU}'(x) = \begin{cases} 1 & x > 0 \\ w & x \le 0 \end{cases}

    The derivative is with respect to `x`; the one with respect to the slope, used to learn it,
    is :math:`\min(0, x)`.  As in :func:`leaky_relu`, one rounding at most, and a zero slope gives
    0 at :math:`-\infty`.

    References
    ----------
    .. [1] K. He, X. Zhang, S. Ren and J. Sun, "Delving deep into rectifiers: surpassing
       human-level performance on ImageNet classification", ICCV 2015, arXiv:1502.01852.

    Examples
    --------
    >>> from activations import prelu
    >>> prelu([-np.inf, -4.0, 0.0, 4.0, np.inf])
    array([-inf,  -1.,   0.,   4.,  inf])
    >>> float(prelu(-1e300))
    -2.5e+299
    >>> prelu([[-1.0, -1.0], [2.0, -2.0]], weight=[0.5, 0.1])  # one slope per column
    array([[-0.5, -0.1],
           [ 2. , -0.2]])
    """
    w = _check_weight("prelu", weight, x.shape)
    return _leaky(x, w)


@elementwise
def prelu_derivative(x, weight=0.25):
    r"""Derivative of :func:`prelu` with respect to `x`: 1 for positive inputs, `weight` otherwise.

    Parameters
    ----------
    x : array_like
        Input.
    weight : float or array_like, optional
        The slope :math:`w` for :math:`x \le 0` (default 0.25), broadcast against `x` as in
        :func:`prelu`.

    Returns
    -------
    ndarray or scalar
        1 or the slope of that element (NaN for NaN), with the shape of `x`.

    See Also
    --------
    prelu : The function.

    Notes
    -----
    .. math::

        \operatorname{PReLU}'(x) = \begin{cases} 1 & x > 0 \\ w & x \le 0 \end{cases}

    At the kink, :math:`\operatorname{PReLU}'(0) = w`, as PyTorch's autograd gives.

    Examples
    --------
    >>> from activations import prelu_derivative
    >>> prelu_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0.25, 0.25, 1.  , 1.  ])
    >>> float(prelu_derivative(-1e300, weight=0.1))
    0.1
    """
    w = _check_weight("prelu_derivative", weight, x.shape)
    return _slope_or_one(x, w)


@elementwise
def rrelu(x, lower=1.0 / 8.0, upper=1.0 / 3.0, training=False, generator=None):
    r"""Randomized leaky ReLU: a leaky ReLU whose negative slope is random in training.

    Parameters
    ----------
    x : array_like
        Input.
    lower, upper : float, optional
        Bounds of the slope (defaults 1/8 and 1/3, as in PyTorch); ``lower <= upper``.
    training : bool, optional
        False (default): the deterministic evaluation form, a leaky ReLU with slope
        :math:`(l + u) / 2`.  True: the training form, each element's slope drawn from
        :math:`U(l, u)`.
    generator : numpy.random.Generator, optional
        Required when `training` is True, ignored otherwise.  One slope is drawn for **every**
        element of `x` (negative or not), in C order, as
        ``generator.uniform(lower, upper, size=x.shape)``; the generator is advanced by that
        many draws.  Calling :func:`rrelu_derivative` with a generator in the same state
        therefore uses the same slopes, so that ``rrelu(x) == rrelu_derivative(x) * x``
        exactly.  PyTorch draws from its own generator, and only for :math:`x \le 0`, so the
        same seed does not reproduce PyTorch's samples.

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{RReLU}(x)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `lower` or `upper` is not a real number, `training` is not a bool, or `generator` is
        neither None nor a ``numpy.random.Generator``.
    ValueError
        If `lower` or `upper` is not finite, ``lower > upper``, or `training` is True without a
        `generator`.

    See Also
    --------
    rrelu_derivative : Its derivative.
    leaky_relu : The evaluation form with slope :math:`(l + u)/2`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{RReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases},
        \quad a = \tfrac{l + u}{2} \text{ (evaluation)},\ a \sim U(l, u) \text{ (training)} \\[1ex]
        \operatorname{RReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}
        \end{gathered}

    One rounding at most, as in :func:`leaky_relu`.

    References
    ----------
    .. [1] B. Xu, N. Wang, T. Chen and M. Li, "Empirical evaluation of rectified activations in
       convolutional network", arXiv:1505.00853, 2015.

    Examples
    --------
    >>> from activations import rrelu
    >>> rrelu([-np.inf, -48.0, 0.0, 2.0, np.inf])  # slope (1/8 + 1/3) / 2 = 11/48
    array([-inf, -11.,   0.,   2.,  inf])
    >>> float(rrelu(-1e300))
    -2.2916666666666668e+299
    >>> x = np.array([-1.0, -1.0, 5.0])
    >>> y = rrelu(x, training=True, generator=np.random.default_rng(0))
    >>> bool(np.all((1 / 8 <= -y[:2]) & (-y[:2] <= 1 / 3))), float(y[2])
    (True, 5.0)
    """
    slope = _rrelu_slope("rrelu", x, lower, upper, training, generator)
    return _leaky(x, slope)


@elementwise
def rrelu_derivative(x, lower=1.0 / 8.0, upper=1.0 / 3.0, training=False, generator=None):
    r"""Derivative of :func:`rrelu`: 1 for positive inputs, the negative slope :math:`a` otherwise.

    Parameters
    ----------
    x : array_like
        Input.
    lower, upper : float, optional
        Bounds of the slope (defaults 1/8 and 1/3).
    training : bool, optional
        False (default): the slope is :math:`(l + u)/2`.  True: the slopes are drawn as in
        :func:`rrelu`, one per element of `x`.
    generator : numpy.random.Generator, optional
        Required when `training` is True.  Pass a generator in the state the one given to
        :func:`rrelu` was in (for instance ``np.random.default_rng(seed)`` with the same seed)
        to get the derivative at the slopes that call used.

    Returns
    -------
    ndarray or scalar
        1 or that element's slope (NaN for NaN).

    See Also
    --------
    rrelu : The function.

    Notes
    -----
    .. math::

        \operatorname{RReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}

    At the kink, :math:`\operatorname{RReLU}'(0) = a`: in evaluation :math:`(l + u)/2 = 11/48`
    with the defaults, as PyTorch's autograd gives; in training, the element's random slope, as
    PyTorch gives too (it draws a slope for :math:`x \le 0`).

    Examples
    --------
    >>> from activations import rrelu_derivative
    >>> rrelu_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0.22916667, 0.22916667, 1.        , 1.        ])
    >>> float(rrelu_derivative(-1e300, lower=0.1, upper=0.1))
    0.1
    >>> x = np.array([-3.0, -2.0, 7.0])
    >>> y = rrelu(x, training=True, generator=np.random.default_rng(7))
    >>> d = rrelu_derivative(x, training=True, generator=np.random.default_rng(7))
    >>> bool(np.all(y == d * x))
    True
    """
    slope = _rrelu_slope("rrelu_derivative", x, lower, upper, training, generator)
    return _slope_or_one(x, slope)


@elementwise
def relu6(x):
    r"""ReLU capped at 6, :math:`\operatorname{ReLU6}(x) = \min(\max(0, x), 6)`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\min(\max(0, x), 6)` in :math:`[0, 6]`, same shape and float dtype as `x`.

    See Also
    --------
    relu6_derivative : Its derivative.
    relu : Without the cap.
    hard_tanh : The same shape on :math:`[-1, 1]`.

    Notes
    -----
    .. math::

        \operatorname{ReLU6}(x) = \min(\max(0, x), 6), \qquad
        \operatorname{ReLU6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}

    Exact: no arithmetic, only comparisons, which propagate NaN.

    References
    ----------
    .. [1] A. Krizhevsky, "Convolutional deep belief networks on CIFAR-10", unpublished
       manuscript, University of Toronto, 2010.

    Examples
    --------
    >>> from activations import relu6
    >>> relu6([-np.inf, -1.0, 0.0, 3.5, 6.0, np.inf])
    array([0. , 0. , 0. , 3.5, 6. , 6. ])
    >>> float(relu6(1e300))
    6.0
    """
    return np.clip(x, 0.0, 6.0)


@elementwise
def relu6_derivative(x):
    r"""Derivative of :func:`relu6`: 1 on :math:`(0, 6)`, 0 elsewhere, including 0 and 6.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    relu6 : The function.

    Notes
    -----
    .. math::

        \operatorname{ReLU6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}

    At the kinks, :math:`\operatorname{ReLU6}'(0) = \operatorname{ReLU6}'(6) = 0`, as PyTorch's
    autograd gives (it computes ``relu6`` as ``hardtanh(x, 0, 6)``) and as ``jax.nn.relu6``
    defines.

    Examples
    --------
    >>> from activations import relu6_derivative
    >>> relu6_derivative([-np.inf, 0.0, 3.0, 6.0, np.inf])
    array([0., 0., 1., 0., 0.])
    >>> float(relu6_derivative(1e300))
    0.0
    """
    return _indicator(x, 0.0, 6.0)


@elementwise
def threshold(x, threshold=0.0, value=0.0):
    r"""Threshold: keeps the inputs above `threshold`, and replaces the others with `value`.

    Parameters
    ----------
    x : array_like
        Input.
    threshold : float, optional
        The threshold :math:`\theta` (default 0).  PyTorch and Keras make both parameters
        required; the defaults here, :math:`\theta = v = 0`, give :func:`relu` exactly, which is
        how PyTorch itself defines ReLU (``threshold(x, 0, 0)``).
    value : float, optional
        The replacement :math:`v` for :math:`x \le \theta` (default 0).

    Returns
    -------
    ndarray or scalar
        The thresholded input, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `threshold` or `value` is not a real number.
    ValueError
        If `threshold` or `value` is NaN or infinite.

    See Also
    --------
    threshold_derivative : Its derivative.
    relu : The default case.
    hard_shrink : Zeroes a band around 0 instead of everything below a threshold.

    Notes
    -----
    .. math::

        f(x) = \begin{cases} x & x > \theta \\ v & x \le \theta \end{cases}, \qquad
        f'(x) = \begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}

    A copy of `x` in which `value` is written where ``x <= threshold``: NaN, for which the
    comparison is False, is kept.  Exact.  Discontinuous at :math:`\theta` unless
    :math:`v = \theta`.

    References
    ----------
    .. [1] A. Paszke et al., "PyTorch: an imperative style, high-performance deep learning
       library", NeurIPS 2019, arXiv:1912.01703 (``torch.nn.Threshold``).

    Examples
    --------
    >>> from activations import threshold
    >>> threshold([-np.inf, 0.0, 0.5, np.inf])
    array([0. , 0. , 0.5, inf])
    >>> threshold([0.05, 0.1, 0.2, 1e300], threshold=0.1, value=20.0)
    array([2.e+001, 2.e+001, 2.e-001, 1.e+300])
    """
    theta = check_param("threshold", "threshold", threshold)
    v = check_param("threshold", "value", value)
    if v == theta:  # the same as a clamp, in one pass
        return into_blocks(_floor_at_block, x, theta)
    result = np.array(x, copy=True)
    np.copyto(result, v, where=x <= theta)
    return result


def _floor_at_block(x, out, theta):
    # np.maximum, faster than np.clip with one bound; at a tie it may keep either zero, so
    # -0.0 <= 0 is given the value +0.0 by adding 0.0.
    np.maximum(x, theta, out=out)
    if theta == 0.0:
        out += 0.0


@elementwise
def threshold_derivative(x, threshold=0.0, value=0.0):
    r"""Derivative of :func:`threshold`: 1 for the inputs above `threshold`, 0 for the others.

    Parameters
    ----------
    x : array_like
        Input.
    threshold : float, optional
        The threshold :math:`\theta` (default 0).
    value : float, optional
        The replacement value (default 0); it does not affect the derivative but is checked.

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    threshold : The function.

    Notes
    -----
    .. math::

        f'(x) = \begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}

    At :math:`x = \theta` (a jump unless :math:`v = \theta`) we return 0, as PyTorch's autograd
    gives (``threshold_backward``: ``x <= threshold ? 0 : grad``).

    Examples
    --------
    >>> from activations import threshold_derivative
    >>> threshold_derivative([-np.inf, 0.0, 1e-300, np.inf])
    array([0., 0., 1., 1.])
    >>> float(threshold_derivative(1e300, threshold=0.1, value=20.0))
    1.0
    """
    theta = check_param("threshold_derivative", "threshold", threshold)
    check_param("threshold_derivative", "value", value)
    return _indicator(x, theta)


# ---------------------------------------------------------------------------------------------
# Hard versions of the sigmoidal functions
# ---------------------------------------------------------------------------------------------


@elementwise
def hard_tanh(x, min_val=-1.0, max_val=1.0):
    r"""Hard tanh: clips `x` to :math:`[\text{min\_val}, \text{max\_val}]`.

    Parameters
    ----------
    x : array_like
        Input.
    min_val, max_val : float, optional
        The bounds :math:`a \le b` (defaults -1 and 1, as in PyTorch; JAX and Keras have them
        fixed at -1 and 1).

    Returns
    -------
    ndarray or scalar
        :math:`\min(\max(x, a), b)` in :math:`[a, b]`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If a bound is not a real number.
    ValueError
        If a bound is not finite or ``min_val > max_val``.

    See Also
    --------
    hard_tanh_derivative : Its derivative.
    tanh : The smooth curve it approximates.
    relu6 : The same shape on :math:`[0, 6]`.

    Notes
    -----
    .. math::

        \operatorname{HardTanh}(x) = \begin{cases} a & x < a \\ x & a \le x \le b \\
        b & x > b \end{cases}, \qquad
        \operatorname{HardTanh}'(x) = \begin{cases} 1 & a < x < b \\ 0 & \text{otherwise}
        \end{cases}

    Exact: only comparisons, which propagate NaN.

    References
    ----------
    .. [1] R. Collobert, J. Weston, L. Bottou, M. Karlen, K. Kavukcuoglu and P. Kuksa,
       "Natural language processing (almost) from scratch", Journal of Machine Learning
       Research 12, 2493-2537, 2011.

    Examples
    --------
    >>> from activations import hard_tanh
    >>> hard_tanh([-np.inf, -1.0, 0.25, 1.0, np.inf])
    array([-1.  , -1.  ,  0.25,  1.  ,  1.  ])
    >>> float(hard_tanh(1e300, min_val=-2.0, max_val=2.0))
    2.0
    """
    low, high = _check_bounds("hard_tanh", min_val, max_val)
    return np.clip(x, low, high)


@elementwise
def hard_tanh_derivative(x, min_val=-1.0, max_val=1.0):
    r"""Derivative of :func:`hard_tanh`: 1 strictly between the bounds, 0 elsewhere.

    Parameters
    ----------
    x : array_like
        Input.
    min_val, max_val : float, optional
        The bounds :math:`a \le b` (defaults -1 and 1).

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    hard_tanh : The function.

    Notes
    -----
    .. math::

        \operatorname{HardTanh}'(x) = \begin{cases} 1 & a < x < b \\ 0 & \text{otherwise}
        \end{cases}

    At the kinks, :math:`\operatorname{HardTanh}'(a) = \operatorname{HardTanh}'(b) = 0`, as
    PyTorch's autograd gives (``hardtanh_backward``: ``x <= a || x >= b ? 0 : grad``).
    ``jax.nn.hard_tanh`` gives 1 there.

    Examples
    --------
    >>> from activations import hard_tanh_derivative
    >>> hard_tanh_derivative([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([0., 0., 1., 0., 0.])
    >>> float(hard_tanh_derivative(-1e300))
    0.0
    """
    low, high = _check_bounds("hard_tanh_derivative", min_val, max_val)
    return _indicator(x, low, high)


@elementwise
def hard_sigmoid(x):
    r"""Hard sigmoid: 0 below -3, 1 above 3, linear in between.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[0, 1]`, same shape and float dtype as `x`.

    See Also
    --------
    hard_sigmoid_derivative : Its derivative.
    sigmoid : The smooth curve it approximates.
    sparse_sigmoid : Another piecewise-linear sigmoid, steeper (slope 1/2 on :math:`[-1, 1]`).
    hard_swish : :math:`x` times this function.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{HardSigmoid}(x) = \frac{\operatorname{ReLU6}(x + 3)}{6}
        = \begin{cases} 0 & x \le -3 \\ \frac{x}{6} + \frac{1}{2} & -3 < x < 3 \\ 1 & x \ge 3
        \end{cases} \\[1ex]
        \operatorname{HardSigmoid}'(x) = \begin{cases} \frac{1}{6} & -3 < x < 3 \\
        0 & \text{otherwise} \end{cases}
        \end{gathered}

    Computed as :math:`(x + 3)/6`, not :math:`x/6 + 1/2`: near :math:`x = -3` the sum
    :math:`x + 3` is exact (Sterbenz), whereas :math:`x/6 + 1/2` subtracts two numbers close to
    :math:`1/2` and loses all relative precision of the small result.  Two roundings at most.
    This is the definition of PyTorch, JAX and Keras 3; Keras 2's ``hard_sigmoid`` was
    :math:`\operatorname{clip}(0.2 x + 0.5, 0, 1)`.

    References
    ----------
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019, arXiv:1905.02244.

    Examples
    --------
    >>> from activations import hard_sigmoid
    >>> hard_sigmoid([-np.inf, -3.0, 0.0, 1.5, 3.0, np.inf])
    array([0.  , 0.  , 0.5 , 0.75, 1.  , 1.  ])
    >>> float(hard_sigmoid(-2.9999999999999996))
    7.401486830834377e-17
    """
    return into_blocks(_hard_sigmoid_block, x)


def _hard_sigmoid_block(x, out):
    # clip(x, -3, 3) + 3 is ReLU6(x + 3) bit for bit (x + 3 is only rounded inside), and the
    # clip first, reading x, is the faster order.
    x.clip(-3.0, 3.0, out=out)
    out += 3.0
    out /= 6.0


@elementwise
def hard_sigmoid_derivative(x):
    r"""Derivative of :func:`hard_sigmoid`: 1/6 on :math:`(-3, 3)`, 0 elsewhere, including :math:`\pm 3`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 or :math:`1/6` (NaN for NaN).

    See Also
    --------
    hard_sigmoid : The function.

    Notes
    -----
    .. math::

        \operatorname{HardSigmoid}'(x) = \begin{cases} \frac{1}{6} & -3 < x < 3 \\
        0 & \text{otherwise} \end{cases}

    At the kinks, :math:`\operatorname{HardSigmoid}'(\pm 3) = 0`, as PyTorch's and JAX's
    autograd give.  (PyTorch's float64 backward returns 1/6 rounded to float32,
    0.1666666716337204; we return the float64 value.)

    Examples
    --------
    >>> from activations import hard_sigmoid_derivative
    >>> hard_sigmoid_derivative([-np.inf, -3.0, 0.0, 3.0, np.inf])
    array([0.        , 0.        , 0.16666667, 0.        , 0.        ])
    >>> float(hard_sigmoid_derivative(1e300))
    0.0
    """
    return _indicator(x, -3.0, 3.0, 1.0 / 6.0)


@elementwise
def hard_swish(x):
    r"""Hard swish: 0 up to -3, the identity from 3, quadratic in between.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-3/8, \infty)`, same shape and float dtype as `x`.

    See Also
    --------
    hard_swish_derivative : Its derivative.
    hard_sigmoid : The gate, :math:`\operatorname{HardSwish}(x) = x \operatorname{HardSigmoid}(x)`.
    silu : The smooth function it approximates.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{HardSwish}(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6}
        = \begin{cases} 0 & x \le -3 \\ \frac{x (x + 3)}{6} & -3 < x < 3 \\ x & x \ge 3
        \end{cases} \\[1ex]
        \operatorname{HardSwish}'(x) = \begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6} & -3 < x < 3
        \\ 1 & x \ge 3 \end{cases}
        \end{gathered}

    Computed as the gate :math:`g = \operatorname{ReLU6}(x + 3)/6` times `x`, the gate formed
    as :math:`(-3 - x)/(-6)` and clipped to :math:`[-0, 1]`: the same number, but -0 where it
    vanishes, so that the product is +0 for :math:`x \le -3`.  The product
    :math:`-\infty \cdot 0` is replaced by its limit 0: PyTorch's and JAX's
    ``x * relu6(x + 3) / 6`` return NaN at :math:`x = -\infty`.  Dividing the gate (not the
    product) by 6 makes it exactly 1 above 3, so large `x` come back unchanged instead of
    overflowing in :math:`6x`.  Near -3, :math:`x + 3` is exact (Sterbenz); three roundings at
    most.

    References
    ----------
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019, arXiv:1905.02244.

    Examples
    --------
    >>> from activations import hard_swish
    >>> hard_swish([-np.inf, -3.0, -1.5, 0.0, 3.0, np.inf])
    array([ 0.   ,  0.   , -0.375,  0.   ,  3.   ,    inf])
    >>> float(hard_swish(1e308))
    1e+308
    """
    with np.errstate(invalid="ignore"):  # -0 * -inf, replaced by its limit
        return into_blocks(_hard_swish_block, x)


def _hard_swish_block(x, out):
    # The gate: (-3 - c)/-6 with c = clip(x, -3, 3) is (x + 3)/6 bit for bit inside, -0 for
    # x <= -3 and exactly 1 for x >= 3; clipping x first is faster than clipping the gate.
    x.clip(-3.0, 3.0, out=out)
    np.subtract(-3.0, out, out=out)
    out /= -6.0
    out *= x
    if not np.minimum.reduce(x, axis=None) > -np.inf:  # cheaper than a mask when there is no -inf
        out[np.isneginf(x)] = 0.0


@elementwise
def hard_swish_derivative(x):
    r"""Derivative of :func:`hard_swish`: 0 up to -3, linear on :math:`(-3, 3)`, 1 from 3.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-1/2, 3/2)` (NaN for NaN).

    See Also
    --------
    hard_swish : The function.

    Notes
    -----
    .. math::

        \operatorname{HardSwish}'(x) = \begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6} & -3 < x < 3
        \\ 1 & x \ge 3 \end{cases}

    :math:`f'` jumps at both kinks (from 0 to -1/2 at -3, from 3/2 to 1 at 3).  At the kinks we
    return :math:`f'(-3) = 0` and :math:`f'(3) = 1`, as PyTorch 2.13's autograd and
    ``jax.nn.hard_swish`` give; older PyTorch releases returned -1/2 and 3/2 there (their
    backward tested ``x < -3`` and ``x <= 3``).  :math:`2x + 3` is exact near its zero
    :math:`x = -3/2` (Sterbenz), so the result has two roundings at most.

    Examples
    --------
    >>> from activations import hard_swish_derivative
    >>> hard_swish_derivative([-np.inf, -3.0, -1.5, 0.0, 3.0, np.inf])
    array([0. , 0. , 0. , 0.5, 1. , 1. ])
    >>> float(hard_swish_derivative(2.0))
    1.1666666666666667
    """
    return into_blocks(_hard_swish_derivative_block, x)


def _hard_swish_derivative_block(x, out):
    x.clip(-3.0, 3.0, out=out)
    # The jumps without a mask (np.copyto(..., where=...) branches per element): k =
    # trunc(c * 1/3) is -1, 0 or 1 for c = clip(x, -3, 3) (3 times the double nearest 1/3
    # rounds to 1, and |c| < 3 gives less), so (c + 1.5 - 1.5 k)/3 is 0 (+0) at c = -3, 1 at
    # c = 3 and (2x + 3)/6 in between; one division, not two.
    jump = np.multiply(out, 1.0 / 3.0)
    np.trunc(jump, out=jump)
    jump *= 1.5
    out += 1.5
    out -= jump  # exact: 1.5 k is 0, or c + 1.5 is -1.5 or 4.5
    out /= 3.0  # (2x + 3)/6 with both halved, which is exact: the same two roundings


@elementwise
def sparse_sigmoid(x):
    r"""Sparse sigmoid: 0 below -1, 1 above 1, linear in between; the derivative of sparse plus.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[0, 1]`, same shape and float dtype as `x`.

    See Also
    --------
    sparse_sigmoid_derivative : Its derivative.
    hard_sigmoid : A flatter piecewise-linear sigmoid (slope 1/6 on :math:`[-3, 3]`).
    sigmoid : The smooth sigmoid.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SparseSigmoid}(x) = \begin{cases} 0 & x \le -1 \\ \frac{x + 1}{2} &
        -1 < x < 1 \\ 1 & x \ge 1 \end{cases}
        = \frac{\operatorname{HardTanh}(x) + 1}{2} \\[1ex]
        \operatorname{SparseSigmoid}'(x) = \begin{cases} \frac{1}{2} & -1 < x < 1 \\
        0 & \text{otherwise} \end{cases}
        \end{gathered}

    :math:`x + 1` is exact near -1 (Sterbenz) and halving is exact, so the result has one
    rounding; the clipping is done on :math:`x + 1` with ``np.clip``, which propagates NaN.
    It is the first probability of ``sparsemax`` over the two scores :math:`(x, 0)`, as the
    sigmoid is that of softmax, hence the name: it reaches 0 and 1 exactly.

    References
    ----------
    .. [1] M. Blondel, A. F. T. Martins and V. Niculae, "Learning with Fenchel-Young Losses",
       Journal of Machine Learning Research 21, 2020, arXiv:1901.02324 (section 6.2).

    Examples
    --------
    >>> from activations import sparse_sigmoid
    >>> sparse_sigmoid([-np.inf, -1.0, 0.0, 0.5, 1.0, np.inf])
    array([0.  , 0.  , 0.5 , 0.75, 1.  , 1.  ])
    >>> float(sparse_sigmoid(-0.9999999999999999))
    5.551115123125783e-17
    """
    return into_blocks(_sparse_sigmoid_block, x)


def _sparse_sigmoid_block(x, out):
    np.add(x, 1.0, out=out)
    out.clip(0.0, 2.0, out=out)
    out *= 0.5


@elementwise
def sparse_sigmoid_derivative(x):
    r"""Derivative of :func:`sparse_sigmoid`: 1/2 on :math:`(-1, 1)`, 0 elsewhere, including :math:`\pm 1`.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        0 or 1/2 (NaN for NaN).

    See Also
    --------
    sparse_sigmoid : The function.

    Notes
    -----
    .. math::

        \operatorname{SparseSigmoid}'(x) = \begin{cases} \frac{1}{2} & -1 < x < 1 \\
        0 & \text{otherwise} \end{cases}

    PyTorch has no sparse sigmoid.  At the kinks we return
    :math:`\operatorname{SparseSigmoid}'(\pm 1) = 0`, which is what PyTorch's autograd gives for
    the PyTorch spellings ``(F.hardtanh(x) + 1) / 2`` and Keras 3's torch backend
    (``torch.where(x <= -1, 0, torch.where(x >= 1, 1, (x + 1) / 2))``), and matches
    :func:`hard_sigmoid`.  ``jax.nn.sparse_sigmoid`` gives 1/4 there (``jnp.clip`` splits the
    gradient at a tie), and ``0.5 * torch.clamp(x + 1, 0, 2)`` gives 1/2.

    Examples
    --------
    >>> from activations import sparse_sigmoid_derivative
    >>> sparse_sigmoid_derivative([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([0. , 0. , 0.5, 0. , 0. ])
    >>> float(sparse_sigmoid_derivative(1e300))
    0.0
    """
    return _indicator(x, -1.0, 1.0, 0.5)


# ---------------------------------------------------------------------------------------------
# Shrinkage (thresholding) functions
# ---------------------------------------------------------------------------------------------


@elementwise
def soft_shrink(x, lambd=0.5):
    r"""Soft shrinkage: moves `x` towards 0 by `lambd`, and zeroes :math:`[-\lambda, \lambda]`.

    Parameters
    ----------
    x : array_like
        Input.
    lambd : float, optional
        The threshold :math:`\lambda \ge 0` (default 0.5, as in PyTorch and Keras, where it is
        called ``threshold``).

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{sign}(x)\max(|x| - \lambda, 0)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `lambd` is not a real number.
    ValueError
        If `lambd` is negative, NaN or infinite (PyTorch rejects a negative `lambd` too).

    See Also
    --------
    soft_shrink_derivative : Its derivative.
    hard_shrink : Zeroes the same band but keeps larger inputs unchanged.

    Notes
    -----
    .. math::

        \operatorname{SoftShrink}(x) = \begin{cases} x - \lambda & x > \lambda \\
        0 & |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}, \qquad
        \operatorname{SoftShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda
        \end{cases}

    The proximal operator of :math:`\lambda |x|` (soft thresholding).  Computed as
    ``x - clip(x, -lambd, lambd)`` in place: one rounding (the subtraction), NaN
    propagates through ``np.clip``, and no branch is needed.

    References
    ----------
    .. [1] D. L. Donoho, "De-noising by soft-thresholding", IEEE Transactions on Information
       Theory 41(3), 613-627, 1995.

    Examples
    --------
    >>> from activations import soft_shrink
    >>> soft_shrink([-np.inf, -2.0, -0.5, 0.0, 0.25, 2.0, np.inf])
    array([-inf, -1.5,  0. ,  0. ,  0. ,  1.5,  inf])
    >>> float(soft_shrink(1e300))
    1e+300
    """
    lam = _check_lambd("soft_shrink", lambd)
    return into_blocks(_soft_shrink_block, x, lam)


def _soft_shrink_block(x, out, lam):
    x.clip(-lam, lam, out=out)
    np.subtract(x, out, out=out)  # x - x = +0 inside the band


@elementwise
def soft_shrink_derivative(x, lambd=0.5):
    r"""Derivative of :func:`soft_shrink`: 0 on :math:`[-\lambda, \lambda]`, 1 outside.

    Parameters
    ----------
    x : array_like
        Input.
    lambd : float, optional
        The threshold :math:`\lambda \ge 0` (default 0.5).

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    soft_shrink : The function.

    Notes
    -----
    .. math::

        \operatorname{SoftShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda
        \end{cases}

    At the kinks, :math:`\operatorname{SoftShrink}'(\pm\lambda) = 0`, as PyTorch's autograd gives.

    Examples
    --------
    >>> from activations import soft_shrink_derivative
    >>> soft_shrink_derivative([-np.inf, -0.5, 0.0, 0.5, 0.75, np.inf])
    array([1., 0., 0., 0., 1., 1.])
    >>> float(soft_shrink_derivative(-1e300))
    1.0
    """
    lam = _check_lambd("soft_shrink_derivative", lambd)
    return _indicator(x, -lam, lam, outside=True)


@elementwise
def hard_shrink(x, lambd=0.5):
    r"""Hard shrinkage: zeroes :math:`[-\lambda, \lambda]` and keeps `x` outside it.

    Parameters
    ----------
    x : array_like
        Input.
    lambd : float, optional
        The threshold :math:`\lambda \ge 0` (default 0.5, as in PyTorch and Keras, where it is
        called ``threshold``).

    Returns
    -------
    ndarray or scalar
        `x` where :math:`|x| > \lambda`, 0 elsewhere; same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `lambd` is not a real number.
    ValueError
        If `lambd` is negative, NaN or infinite.  (PyTorch accepts a negative `lambd`, for which
        the function is the identity.)

    See Also
    --------
    hard_shrink_derivative : Its derivative.
    soft_shrink : The continuous version.
    threshold : Replaces everything below one threshold.

    Notes
    -----
    .. math::

        \operatorname{HardShrink}(x) = \begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda
        \end{cases}, \qquad
        \operatorname{HardShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda
        \end{cases}

    Discontinuous at :math:`\pm\lambda`, where it takes the value 0, as in PyTorch.  Computed as
    :math:`x \cdot [\,|x| > \lambda\,]`: exact; NaN stays NaN (:math:`\text{NaN} \cdot 0`), and
    infinite `x` is multiplied by 1, never by 0.

    References
    ----------
    .. [1] D. L. Donoho and I. M. Johnstone, "Ideal spatial adaptation by wavelet shrinkage",
       Biometrika 81(3), 425-455, 1994.

    Examples
    --------
    >>> from activations import hard_shrink
    >>> hard_shrink([-np.inf, -2.0, -0.5, 0.0, 0.25, 0.5, 2.0, np.inf])
    array([-inf,  -2.,  -0.,   0.,   0.,   0.,   2.,  inf])
    >>> float(hard_shrink(-1e300))
    -1e+300
    """
    lam = _check_lambd("hard_shrink", lambd)
    return into_blocks(_hard_shrink_block, x, lam)


def _hard_shrink_block(x, out, lam):
    np.abs(x, out=out)
    np.copyto(out, out > lam)  # 0/1 as floats: multiplying by a boolean array is slower
    out *= x


@elementwise
def hard_shrink_derivative(x, lambd=0.5):
    r"""Derivative of :func:`hard_shrink`: 0 on :math:`[-\lambda, \lambda]`, 1 outside.

    Parameters
    ----------
    x : array_like
        Input.
    lambd : float, optional
        The threshold :math:`\lambda \ge 0` (default 0.5).

    Returns
    -------
    ndarray or scalar
        0 or 1 (NaN for NaN).

    See Also
    --------
    hard_shrink : The function.

    Notes
    -----
    .. math::

        \operatorname{HardShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda
        \end{cases}

    The function jumps at :math:`\pm\lambda`, so it is not differentiable there; we return 0,
    as PyTorch's autograd gives (``hardshrink_backward``: 0 for :math:`|x| \le \lambda`).

    Examples
    --------
    >>> from activations import hard_shrink_derivative
    >>> hard_shrink_derivative([-np.inf, -0.5, 0.0, 0.5, 0.75, np.inf])
    array([1., 0., 0., 0., 1., 1.])
    >>> float(hard_shrink_derivative(1e300))
    1.0
    """
    lam = _check_lambd("hard_shrink_derivative", lambd)
    return _indicator(x, -lam, lam, outside=True)


# ---------------------------------------------------------------------------------------------
# Squared rectifiers (parabolic pieces), SmeLU and the S-shaped ReLU
# ---------------------------------------------------------------------------------------------


@elementwise
def relu_squared(x):
    r"""Squared ReLU: the square of :func:`relu`, so 0 for negative inputs.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`\max(0, x)^2` in :math:`[0, \infty)`, same shape and float dtype as `x`.

    See Also
    --------
    relu_squared_derivative : Its derivative.
    relu : The unsquared rectifier.
    star_relu : Scaled and shifted.

    Notes
    -----
    .. math::

        f(x) = \max(0, x)^2, \qquad
        f'(x) = 2 \max(0, x)

    One correctly rounded product of the clipped input with itself; beyond
    :math:`x \approx 1.34 \times 10^{154}` the square leaves the float64 range and the result is
    infinite, without a RuntimeWarning.  The derivative :math:`2 \max(0, x)` is exact.

    References
    ----------
    .. [1] D. R. So, W. Mańke, H. Liu, Z. Dai, N. Shazeer and Q. V. Le, "Primer: searching for
       efficient transformers for language modeling", NeurIPS 2021, arXiv:2109.08668.

    Examples
    --------
    >>> from activations import relu_squared
    >>> relu_squared([-np.inf, -2.0, 0.0, 1.5, np.inf])
    array([0.  , 0.  , 0.  , 2.25, inf])
    >>> float(relu_squared(2.0**500)), float(relu_squared(1e200))
    (1.0715086071862673e+301, inf)
    """
    result = np.clip(x, 0.0, np.inf)
    with np.errstate(over="ignore"):
        result *= result
    return result


@elementwise
def relu_squared_derivative(x):
    r"""Derivative of :func:`relu_squared`: twice the ReLU of the input.

    Parameters
    ----------
    x : array_like
        Input.

    Returns
    -------
    ndarray or scalar
        :math:`2 \max(0, x)` (NaN for NaN).

    See Also
    --------
    relu_squared : The function.

    Notes
    -----
    .. math::

        f'(x) = 2 \max(0, x)

    Exact (a doubling), infinite beyond half the float64 range.  :math:`f'` is continuous; the
    second derivative jumps from 0 to 2 at 0, where :math:`f'(0) = 0`, as PyTorch's autograd
    gives for ``torch.relu(x) ** 2`` (and MLX's for ``mlx.nn.relu2``).

    Examples
    --------
    >>> from activations import relu_squared_derivative
    >>> relu_squared_derivative([-np.inf, 0.0, 1.5, np.inf, np.nan])
    array([ 0.,  0.,  3., inf, nan])
    >>> float(relu_squared_derivative(1e300))
    2e+300
    """
    result = np.clip(x, 0.0, np.inf)
    with np.errstate(over="ignore"):
        result *= 2.0
    return result


def _star_params(fname, scale, bias):
    return check_param(fname, "scale", scale), check_param(fname, "bias", bias)


@elementwise
def star_relu(x, scale=0.8944, bias=-0.4472):
    r"""StarReLU: a squared ReLU scaled by `scale` and shifted by `bias`.

    Parameters
    ----------
    x : array_like
        Input.
    scale : float, optional
        The scale :math:`s` (default 0.8944, the paper's value, :math:`2/\sqrt{5}` rounded).
        Learned in the MetaFormer models, whose code starts it at 1.
    bias : float, optional
        The shift :math:`b` (default -0.4472, the paper's value, :math:`-1/\sqrt{5}` rounded).
        Learned in the MetaFormer models, whose code starts it at 0.

    Returns
    -------
    ndarray or scalar
        :math:`s \max(0, x)^2 + b`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `scale` or `bias` is not a real number.
    ValueError
        If `scale` or `bias` is NaN or infinite.

    See Also
    --------
    star_relu_derivative : Its derivative.
    relu_squared : The case :math:`s = 1, b = 0`.

    Notes
    -----
    .. math::

        \operatorname{StarReLU}(x) = s \max(0, x)^2 + b, \qquad
        \operatorname{StarReLU}'(x) = 2 s \max(0, x)

    The defaults make the output of a standard normal input have mean 0 and variance 1:
    :math:`\mathrm{E}[\max(0, x)^2] = 1/2` and :math:`\mathrm{Var}[\max(0, x)^2] = 5/4`, so
    :math:`s = 1/\sqrt{5/4}` and :math:`b = -s/2`.  Where :math:`s r^2` and :math:`b` have
    opposite signs, :math:`r = \max(0, x)`, the sum cancels near its zero :math:`\rho`
    (:math:`\sqrt{-b/s} \approx 0.707` with the defaults), so it is computed as
    :math:`s (r - \rho)(r + \rho) + k`, with :math:`\rho` the double nearest to the zero and
    :math:`k = s \rho^2 + b` correctly rounded (from exact rationals, once per parameter pair):
    :math:`r - \rho` is exact near :math:`\rho` (Sterbenz), so the result keeps its relative
    accuracy there; :math:`x \le 0` gives exactly :math:`b`.  With :math:`s = 0` the value is
    :math:`b` at :math:`x = \infty` as well (not ``0 * inf``).

    References
    ----------
    .. [1] W. Yu, C. Si, P. Zhou, M. Luo, Y. Zhou, J. Feng, S. Yan and X. Wang, "MetaFormer
       baselines for vision", IEEE TPAMI 2023, arXiv:2210.13452.

    Examples
    --------
    >>> from activations import star_relu
    >>> star_relu([-np.inf, -1.0, 0.0, 1.0, np.inf])
    array([-0.4472, -0.4472, -0.4472,  0.4472,     inf])
    >>> float(star_relu(1e150)), float(star_relu(2.0, scale=1.0, bias=0.0))
    (8.944e+299, 4.0)
    """
    s, b = _star_params("star_relu", scale, bias)
    if s == 0.0:
        return _keep_nan(np.full(x.shape, b), x)
    result = np.clip(x, 0.0, np.inf)
    root = _star_root(s, b)
    with np.errstate(over="ignore", invalid="ignore"):
        if root is None:  # s r^2 and b of one sign (or b = 0): nothing cancels
            product = np.multiply(result, s)  # s r first: no overflow of r^2 when |s| < 1
            product *= result
            product += b
            return product
        rho, k, clamp = root
        bound = (np.maximum if s > 0 else np.minimum) if clamp else None
        flat = result.reshape(-1)
        plus = np.empty(min(flat.size, BLOCK))
        # In blocks that stay in the cache: the form takes six passes over two arrays.
        for start in range(0, flat.size, BLOCK):
            block = flat[start : start + BLOCK]
            r_plus = plus[: block.size]
            np.add(block, rho, out=r_plus)
            block -= rho  # exact near the zero rho (Sterbenz)
            block *= s
            block *= r_plus
            block += k
            if bound is not None:
                # x <= 0 gives b exactly: the sum lands on b or on b's inner side, and the
                # clamp, which never moves a value by more than an ULP of b, sets it to b.
                bound(block, b, out=block)
    if bound is None:  # parameters for which the sum at x <= 0 rounds outward: write b there
        np.copyto(result, b, where=x <= 0.0)
    return result


@functools.lru_cache(maxsize=64)
def _star_root(s, b):
    """``(rho, k, clamp)`` for ``s (r - rho)(r + rho) + k``, or None when s r^2 + b cannot cancel.

    rho is the double nearest to the zero of :math:`s r^2 + b` and ``k = s rho^2 + b``, correctly
    rounded (exact rationals): the form rewrites :math:`s r^2 + b` without its cancellation,
    since ``r - rho`` is exact near rho.  ``clamp`` says whether the value the form computes at
    ``r = 0`` is b or beside it on the side of the range, where clamping to b corrects it.
    """
    if b == 0.0 or (b > 0.0) == (s > 0.0):
        return None
    guess = math.sqrt(-b / s)
    if not 1e-150 < guess < 1e150:
        return None  # beyond the range where rho**2 and k stay normal: the plain sum
    exact_s, exact_b = Fraction(s), Fraction(b)
    candidates = [guess]
    for direction in (0.0, math.inf):  # four doubles either side of the rounded square root
        step = guess
        for _ in range(4):
            step = math.nextafter(step, direction)
            candidates.append(step)
    rho = min(candidates, key=lambda r: abs(exact_s * Fraction(r) ** 2 + exact_b))
    k = float(exact_s * Fraction(rho) ** 2 + exact_b)
    at_zero = ((0.0 - rho) * s) * (0.0 + rho) + k
    clamp = at_zero <= b if s > 0.0 else at_zero >= b
    return rho, k, clamp


@elementwise
def star_relu_derivative(x, scale=0.8944, bias=-0.4472):
    r"""Derivative of :func:`star_relu`: twice `scale` times the ReLU of the input.

    Parameters
    ----------
    x : array_like
        Input.
    scale : float, optional
        The scale :math:`s` (default 0.8944).
    bias : float, optional
        The shift :math:`b` (default -0.4472); it does not affect the derivative but is checked.

    Returns
    -------
    ndarray or scalar
        :math:`2 s \max(0, x)` (NaN for NaN).

    See Also
    --------
    star_relu : The function.

    Notes
    -----
    .. math::

        \operatorname{StarReLU}'(x) = 2 s \max(0, x)

    One rounding (:math:`2s` is exact).  At 0, :math:`f'(0) = 0`, as PyTorch's autograd gives
    for the MetaFormer code ``scale * relu(x) ** 2 + bias``.  With :math:`s = 0` it is 0 at
    :math:`x = \infty` too.

    Examples
    --------
    >>> from activations import star_relu_derivative
    >>> star_relu_derivative([-np.inf, 0.0, 1.0, np.inf, np.nan])
    array([0.    , 0.    , 1.7888,    inf,    nan])
    >>> float(star_relu_derivative(1e300))
    1.7888e+300
    """
    s, _ = _star_params("star_relu_derivative", scale, bias)
    if s == 0.0:
        return _keep_nan(np.zeros(x.shape), x)
    result = np.clip(x, 0.0, np.inf)
    with np.errstate(over="ignore"):
        result *= 2.0 * s
    return result


def _check_beta(fname, beta):
    return check_param(fname, "beta", beta, positive=True)


@elementwise
def smelu(x, beta=2.0):
    r"""Smooth ReLU (SmeLU): 0 up to :math:`-\beta`, the identity from :math:`\beta`, a parabola between.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Half-width :math:`\beta > 0` of the quadratic transition (default 2, the default of the
        common PyTorch ports; the paper uses several values and names none as the default).

    Returns
    -------
    ndarray or scalar
        Values in :math:`[0, \infty)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If `beta` is not a real number.
    ValueError
        If `beta` is not positive and finite.

    See Also
    --------
    smelu_derivative : Its derivative.
    relu : The limit :math:`\beta \to 0`.
    softplus : Another smooth ReLU, smooth everywhere.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SmeLU}(x) = \begin{cases} 0 & x \le -\beta \\
        \frac{(x + \beta)^2}{4 \beta} & |x| < \beta \\ x & x \ge \beta \end{cases} \\[1ex]
        \operatorname{SmeLU}'(x) = \begin{cases} 0 & x \le -\beta \\
        \frac{x + \beta}{2 \beta} & |x| < \beta \\ 1 & x \ge \beta \end{cases}
        \end{gathered}

    Computed as :math:`\max\bigl(x, (c + \beta)^2 / (4 \beta)\bigr)` with
    :math:`c = \operatorname{clip}(x, -\beta, \beta)`: the parabola lies above the line
    :math:`x` (their difference is :math:`(x - \beta)^2 / (4\beta)`), so one maximum selects the
    piece without a mask, and :math:`x \ge \beta` comes back unchanged.  Near :math:`-\beta`,
    :math:`c + \beta` is exact (Sterbenz); three roundings at most.

    References
    ----------
    .. [1] G. I. Shamir, D. Lin and L. Coviello, "Smooth activations and reproducibility in deep
       networks", arXiv:2010.09931, 2020.

    Examples
    --------
    >>> from activations import smelu
    >>> smelu([-np.inf, -2.0, 0.0, 1.0, 2.0, np.inf])
    array([0.   , 0.   , 0.5  , 1.125, 2.   ,   inf])
    >>> float(smelu(1e300)), float(smelu(-0.5, beta=0.5))
    (1e+300, 0.0)
    """
    width = _check_beta("smelu", beta)
    result = np.clip(x, -width, width)
    result += width
    result *= result
    result /= 4.0 * width
    return np.maximum(result, x, out=result)


@elementwise
def smelu_derivative(x, beta=2.0):
    r"""Derivative of :func:`smelu`: 0 up to :math:`-\beta`, 1 from :math:`\beta`, linear between.

    Parameters
    ----------
    x : array_like
        Input.
    beta : float, optional
        Half-width :math:`\beta > 0` of the transition (default 2).

    Returns
    -------
    ndarray or scalar
        Values in :math:`[0, 1]` (NaN for NaN).

    See Also
    --------
    smelu : The function.

    Notes
    -----
    .. math::

        \operatorname{SmeLU}'(x) = \begin{cases} 0 & x \le -\beta \\
        \frac{x + \beta}{2 \beta} & |x| < \beta \\ 1 & x \ge \beta \end{cases}

    :math:`(c + \beta)/(2\beta)` with :math:`c = \operatorname{clip}(x, -\beta, \beta)`: 0 and 1
    exactly outside, two roundings inside.  :math:`f'` is continuous, so its values at the
    kinks :math:`\pm\beta` (where :math:`f''` jumps) are 0 and 1, what any framework's autograd
    gives; no framework ships SmeLU.

    Examples
    --------
    >>> from activations import smelu_derivative
    >>> smelu_derivative([-np.inf, -2.0, 0.0, 1.0, 2.0, np.inf])
    array([0.  , 0.  , 0.5 , 0.75, 1.  , 1.  ])
    >>> float(smelu_derivative(1e300, beta=0.5))
    1.0
    """
    width = _check_beta("smelu_derivative", beta)
    result = np.clip(x, -width, width)
    result += width
    result /= 2.0 * width
    return result


def _srelu_params(fname, t_left, a_left, t_right, a_right):
    tl = check_param(fname, "t_left", t_left)
    al = check_param(fname, "a_left", a_left)
    tr = check_param(fname, "t_right", t_right)
    ar = check_param(fname, "a_right", a_right)
    if tl > tr:
        raise ValueError(f"{fname}: t_left ({tl}) must not exceed t_right ({tr})")
    return tl, al, tr, ar


@elementwise
def srelu(x, t_left=0.0, a_left=0.5, t_right=2.5, a_right=1.0):
    r"""S-shaped ReLU: the identity between two thresholds, lines of other slopes outside.

    Parameters
    ----------
    x : array_like
        Input.
    t_left : float, optional
        The left threshold :math:`t_l` (default 0, Keras-contrib's initial value).
    a_left : float, optional
        The slope :math:`a_l` for :math:`x \le t_l` (default 0.5, the mean of Keras-contrib's
        initialiser :math:`U(0, 1)`).
    t_right : float, optional
        The right threshold :math:`t_r \ge t_l` (default 2.5, the mean of Keras-contrib's
        initialiser :math:`U(0, 5)`).
    a_right : float, optional
        The slope :math:`a_r` for :math:`x \ge t_r` (default 1, Keras-contrib's initial value).

    Returns
    -------
    ndarray or scalar
        :math:`\operatorname{SReLU}(x)`, same shape and float dtype as `x`.

    Raises
    ------
    TypeError
        If a parameter is not a real number.
    ValueError
        If a parameter is NaN or infinite, or ``t_left > t_right``.

    See Also
    --------
    srelu_derivative : Its derivative.
    leaky_relu : The defaults below :math:`t_r`; with :math:`a_r = 1` the two coincide.
    hard_tanh : The case :math:`a_l = a_r = 0`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SReLU}(x) = \begin{cases} t_l + a_l (x - t_l) & x \le t_l \\
        x & t_l < x < t_r \\ t_r + a_r (x - t_r) & x \ge t_r \end{cases} \\[1ex]
        \operatorname{SReLU}'(x) = \begin{cases} a_l & x \le t_l \\ 1 & t_l < x < t_r \\
        a_r & x \ge t_r \end{cases}
        \end{gathered}

    The four parameters are learned per channel.  The defaults are the start of training
    (Keras-contrib's initialisers, their means where random; the paper likewise starts from a
    leaky ReLU, :math:`t_l = 0`, :math:`a_r = 1`), so with them SReLU is the leaky ReLU of
    slope 0.5; learning bends it into an S.  Computed as
    :math:`\operatorname{clip}(x, t_l, t_r) + a_l \min(x - t_l, 0) + a_r \max(x - t_r, 0)`,
    in which two of the three terms are exact in each piece; a zero slope gives the limit
    :math:`t_l` or :math:`t_r` at infinity, not ``0 * inf``.  With :math:`t_l = 0` the left
    piece is one rounding; with a nonzero :math:`t_l` it is three, and relative accuracy is
    lost near a zero of that line.

    References
    ----------
    .. [1] X. Jin, C. Xu, J. Feng, Y. Wei, J. Xiong and S. Yan, "Deep learning with S-shaped
       rectified linear activation units", AAAI 2016, arXiv:1512.07030.

    Examples
    --------
    >>> from activations import srelu
    >>> srelu([-np.inf, -2.0, 0.0, 1.0, 3.0, np.inf])
    array([-inf,  -1.,   0.,   1.,   3.,  inf])
    >>> srelu([-np.inf, -3.0, 0.5, 3.0, np.inf], t_left=-1.0, a_left=0.1, t_right=1.0, a_right=0.0)
    array([-inf, -1.2,  0.5,  1. ,  1. ])
    >>> float(srelu(-1e300))
    -5e+299
    """
    tl, al, tr, ar = _srelu_params("srelu", t_left, a_left, t_right, a_right)
    result = np.clip(x, tl, tr)
    with np.errstate(over="ignore"):
        if al != 0.0:
            side = np.subtract(x, tl)
            np.minimum(side, 0.0, out=side)
            side *= al
            result += side
        if ar != 0.0:
            side = np.subtract(x, tr)
            np.maximum(side, 0.0, out=side)
            side *= ar
            result += side
    return result


@elementwise
def srelu_derivative(x, t_left=0.0, a_left=0.5, t_right=2.5, a_right=1.0):
    r"""Derivative of :func:`srelu`: :math:`a_l` up to :math:`t_l`, 1 between, :math:`a_r` from :math:`t_r`.

    Parameters
    ----------
    x : array_like
        Input.
    t_left, a_left, t_right, a_right : float, optional
        The thresholds :math:`t_l \le t_r` and slopes (defaults 0, 0.5, 2.5 and 1).

    Returns
    -------
    ndarray or scalar
        :math:`a_l`, 1 or :math:`a_r` (NaN for NaN).

    See Also
    --------
    srelu : The function.

    Notes
    -----
    .. math::

        \operatorname{SReLU}'(x) = \begin{cases} a_l & x \le t_l \\ 1 & t_l < x < t_r \\
        a_r & x \ge t_r \end{cases}

    At the kinks we return the slopes of the outer pieces, :math:`f'(t_l) = a_l` and
    :math:`f'(t_r) = a_r` (:math:`a_r` when :math:`t_l = t_r`): PyTorch does not ship SReLU,
    and this is what its autograd gives for the paper's definition, whose outer cases include
    the thresholds, written as ``torch.where(x >= t_r, t_r + a_r * (x - t_r),
    torch.where(x <= t_l, t_l + a_l * (x - t_l), x))``; it also matches
    :func:`leaky_relu_derivative` at 0.

    Examples
    --------
    >>> from activations import srelu_derivative
    >>> srelu_derivative([-np.inf, 0.0, 1.0, 2.5, np.inf, np.nan])
    array([0.5, 0.5, 1. , 1. , 1. , nan])
    >>> srelu_derivative([-1.0, 0.0, 1.0], t_left=-1.0, a_left=0.1, t_right=1.0, a_right=0.0)
    array([0.1, 1. , 0. ])
    """
    tl, al, tr, ar = _srelu_params("srelu_derivative", t_left, a_left, t_right, a_right)
    right = x >= tr
    result = np.multiply(right, ar, out=np.empty(x.shape))
    left = x <= tl
    left &= ~right
    if al != 0.0:
        result += left * al
    middle = left | right
    np.logical_not(middle, out=middle)
    result += middle
    return _keep_nan(result, x)


# Each framework's spelling of a name above where it differs (the records' ``aliases``).
hardshrink = hard_shrink
hardshrink_derivative = hard_shrink_derivative
softshrink = soft_shrink
softshrink_derivative = soft_shrink_derivative
hardsigmoid = hard_sigmoid
hardsigmoid_derivative = hard_sigmoid_derivative
hardswish = hard_swish
hardswish_derivative = hard_swish_derivative
hardtanh = hard_tanh
hardtanh_derivative = hard_tanh_derivative
linear = identity
linear_derivative = identity_derivative
relu2 = relu_squared
relu2_derivative = relu_squared_derivative
