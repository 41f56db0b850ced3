"""Sigmoidal activations: bounded, monotonic S-shaped curves.

Every function here saturates on both sides, so its derivative decays to zero in the tails; that
is where naive formulas fail (``s * (1 - s)`` is 0 for ``x > 37``).  The forms below never
subtract two numbers close to 1, so they stay accurate wherever the result is a normal number.
"""

from __future__ import annotations

import numpy as np

from ._checks import elementwise

__all__ = ["sigmoid", "sigmoid_derivative", "tanh", "tanh_derivative"]


@elementwise
def sigmoid(x):
    r"""Logistic sigmoid, :math:`\sigma(x) = 1 / (1 + e^{-x})`.

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

        \sigma(x) = \frac{1}{1 + e^{-x}}, \qquad \sigma'(x) = \sigma(x)\,(1 - \sigma(x))

    With :math:`e = e^{-|x|} \le 1` the result is :math:`1/(1+e)` for :math:`x \ge 0` and
    :math:`e/(1+e)` otherwise: ``exp`` never overflows, and for very negative `x` the result
    keeps its full relative precision instead of being computed as ``1 - (something near 1)``.

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
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0, e) / (1.0 + e)


@elementwise
def sigmoid_derivative(x):
    r"""Derivative of :func:`sigmoid`, :math:`\sigma'(x) = \sigma(x)(1 - \sigma(x))`.

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

        \sigma'(x) = \sigma(x)\,(1 - \sigma(x)) = \frac{e^{-|x|}}{(1 + e^{-|x|})^2}

    The textbook form ``s * (1 - s)`` rounds ``1 - s`` to 0 once :math:`x > 37` and so returns
    0 where the true value is still :math:`e^{-x}`; the right-hand form is symmetric in :math:`x`
    and keeps full relative precision until the result underflows.

    Examples
    --------
    >>> from activations import sigmoid_derivative
    >>> sigmoid_derivative([-np.inf, 0.0, np.inf])
    array([0.  , 0.25, 0.  ])
    >>> float(sigmoid_derivative(40.0))
    4.248354255291589e-18
    """
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


@elementwise
def tanh(x):
    r"""Hyperbolic tangent, :math:`\tanh(x) = (e^x - e^{-x}) / (e^x + e^{-x})`.

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
    cancellation and its ``exp`` cannot overflow.

    Examples
    --------
    >>> from activations import tanh_derivative
    >>> tanh_derivative([-np.inf, 0.0, np.inf])
    array([0., 1., 0.])
    >>> float(tanh_derivative(20.0))
    1.6993417021166355e-17
    """
    e = np.exp(-2.0 * np.abs(x))
    return 4.0 * e / ((1.0 + e) * (1.0 + e))
