"""The textbook formulas: each activation and its derivative typed as written.

These are the one-liners of papers and tutorials (the original blog post's
``sigmoid(x) * (1 - sigmoid(x))`` among them), for the default parameters: fast, and wrong in
the tails.  The site measures the library against them: the speed benchmark reports time
ratios to them, the numerical-stability example plots their error, and the numbers quoted on
the numerical-stability page are computed with them.

Examples
--------
>>> from activations import sigmoid_derivative, textbook
>>> float(textbook.FORMULAS["sigmoid"].derivative(np.array(40.0)))
0.0
>>> float(sigmoid_derivative(40.0))
4.248354255291589e-18
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

import numpy as np

__all__ = ["FORMULAS", "Formulas"]


class Formulas(NamedTuple):
    """A textbook function and its derivative, each taking and returning a float64 array."""

    function: Callable[[np.ndarray], np.ndarray]
    derivative: Callable[[np.ndarray], np.ndarray]


def _erf(x):
    from scipy.special import erf  # scipy is needed only by the GELU and Serf formulas

    return erf(x)


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


def _softplus(x):
    return np.log(1 + np.exp(x))


def _gelu_tanh_u(x):
    return np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)


def _softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _log_softmax(x):
    z = x - x.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def _softmax_jacobian(x):
    s = _softmax(x)
    return s[..., :, None] * (np.eye(x.shape[-1]) - s[..., None, :])


def _sparsemax(x):
    z = -np.sort(-x, axis=-1)
    k = np.arange(1, x.shape[-1] + 1)
    cumsum = np.cumsum(z, axis=-1)
    size = np.sum(1 + k * z > cumsum, axis=-1, keepdims=True)
    tau = (np.take_along_axis(cumsum, size - 1, axis=-1) - 1) / size
    return np.maximum(x - tau, 0)


def _sparsemax_jacobian(x):
    support = _sparsemax(x) > 0
    size = support.sum(axis=-1)[..., None, None]
    return support[..., :, None] * (np.eye(x.shape[-1]) - support[..., None, :] / size)


def _entmax15(x):
    z = -np.sort(-x / 2, axis=-1)
    k = np.arange(1, x.shape[-1] + 1)
    mean = np.cumsum(z, axis=-1) / k
    variance = np.cumsum(z**2, axis=-1) / k - mean**2
    tau = mean - np.sqrt(np.maximum((1 - k * variance) / k, 0))
    size = np.sum(tau <= z, axis=-1, keepdims=True)
    return np.maximum(x / 2 - np.take_along_axis(tau, size - 1, axis=-1), 0) ** 2


def _entmax15_jacobian(x):
    g = np.sqrt(_entmax15(x))
    return (
        g[..., :, None] * np.eye(x.shape[-1])
        - g[..., :, None] * g[..., None, :] / g.sum(axis=-1)[..., None, None]
    )


def _glu(x):
    a, b = np.split(x, 2, axis=-1)
    return a * _sigmoid(b)


def _glu_jacobian(x):
    a, b = np.split(x, 2, axis=-1)
    s = _sigmoid(b)
    h = a.shape[-1]
    jacobian = np.zeros((*a.shape, 2 * h))
    i = np.arange(h)
    jacobian[..., i, i] = s
    jacobian[..., i, h + i] = a * s * (1 - s)
    return jacobian


def _crelu_jacobian(x):
    eye = np.eye(x.shape[-1])
    return np.concatenate([eye * (x > 0)[..., None, :], -eye * (x < 0)[..., None, :]], axis=-2)


def _maxout_jacobian(x, k=2):
    groups = x.reshape(*x.shape[:-1], -1, k)
    m = groups.shape[-2]
    jacobian = np.zeros((*groups.shape[:-1], m, k))
    i = np.arange(m)
    jacobian[..., i, i, :] = np.arange(k) == groups.argmax(axis=-1)[..., None]
    return jacobian.reshape(*groups.shape[:-1], m * k)


def _gated(gate, slope):
    """A GLU variant a * gate(b) and its Jacobian, typed as in model code."""

    def function(x):
        a, b = np.split(x, 2, axis=-1)
        return a * gate(b)

    def jacobian(x):
        a, b = np.split(x, 2, axis=-1)
        h = a.shape[-1]
        out = np.zeros((*a.shape, 2 * h))
        i = np.arange(h)
        out[..., i, i] = gate(b)
        out[..., i, h + i] = a * slope(b)
        return out

    return function, jacobian


SELU_ALPHA, SELU_SCALE = 1.6732632423543772, 1.0507009873554805

_PAIRS = {  # catalogue name: (f, f') for the default parameters
    "identity": (lambda x: x.copy(), np.ones_like),
    "step": (lambda x: 1.0 * (x >= 0), np.zeros_like),
    "relu": (lambda x: np.maximum(x, 0), lambda x: 1.0 * (x > 0)),
    "leaky_relu": (lambda x: np.where(x > 0, x, 0.01 * x), lambda x: np.where(x > 0, 1.0, 0.01)),
    "prelu": (lambda x: np.where(x > 0, x, 0.25 * x), lambda x: np.where(x > 0, 1.0, 0.25)),
    "rrelu": (
        lambda x: np.where(x >= 0, x, (1 / 8 + 1 / 3) / 2 * x),
        lambda x: np.where(x >= 0, 1.0, (1 / 8 + 1 / 3) / 2),
    ),
    "relu6": (lambda x: np.minimum(np.maximum(x, 0), 6), lambda x: 1.0 * ((x > 0) & (x < 6))),
    "threshold": (lambda x: np.where(x > 0, x, 0.0), lambda x: 1.0 * (x > 0)),
    "hard_tanh": (lambda x: np.clip(x, -1, 1), lambda x: 1.0 * ((x > -1) & (x < 1))),
    "hard_sigmoid": (
        lambda x: np.clip(x / 6 + 0.5, 0, 1),
        lambda x: ((x > -3) & (x < 3)) / 6.0,
    ),
    "hard_swish": (
        lambda x: x * np.clip(x + 3, 0, 6) / 6,
        lambda x: np.where(x < -3, 0.0, np.where(x > 3, 1.0, (2 * x + 3) / 6)),
    ),
    "soft_shrink": (
        lambda x: np.where(x > 0.5, x - 0.5, np.where(x < -0.5, x + 0.5, 0.0)),
        lambda x: 1.0 * (np.abs(x) > 0.5),
    ),
    "hard_shrink": (lambda x: np.where(np.abs(x) > 0.5, x, 0.0), lambda x: 1.0 * (np.abs(x) > 0.5)),
    "relu_squared": (lambda x: np.maximum(x, 0) ** 2, lambda x: 2 * np.maximum(x, 0)),
    "star_relu": (
        lambda x: 0.8944 * np.maximum(x, 0) ** 2 - 0.4472,
        lambda x: 2 * 0.8944 * np.maximum(x, 0),
    ),
    "srelu": (
        lambda x: np.where(x >= 2.5, 2.5 + (x - 2.5), np.where(x <= 0, 0.5 * x, x)),
        lambda x: np.where(x >= 2.5, 1.0, np.where(x <= 0, 0.5, 1.0)),
    ),
    "smelu": (
        lambda x: np.where(x <= -2, 0.0, np.where(x >= 2, x, (x + 2) ** 2 / 8)),
        lambda x: np.where(x <= -2, 0.0, np.where(x >= 2, 1.0, (x + 2) / 4)),
    ),
    "sparse_sigmoid": (
        lambda x: np.clip(0.5 * (x + 1), 0, 1),
        lambda x: 0.5 * ((x > -1) & (x < 1)),
    ),
    "sigmoid": (_sigmoid, lambda x: _sigmoid(x) * (1 - _sigmoid(x))),
    "tanh": (np.tanh, lambda x: 1 - np.tanh(x) ** 2),
    "arctan": (np.arctan, lambda x: 1 / (1 + x**2)),
    "softsign": (lambda x: x / (1 + np.abs(x)), lambda x: 1 / (1 + np.abs(x)) ** 2),
    "isru": (lambda x: x / np.sqrt(1 + x**2), lambda x: (1 / np.sqrt(1 + x**2)) ** 3),
    "sqnl": (
        lambda x: np.where(
            x > 2, 1.0, np.where(x >= 0, x - x**2 / 4, np.where(x >= -2, x + x**2 / 4, -1.0))
        ),
        lambda x: np.where(np.abs(x) > 2, 0.0, 1 - np.abs(x) / 2),
    ),
    "log_sigmoid": (lambda x: np.log(_sigmoid(x)), lambda x: 1 - _sigmoid(x)),
    "penalized_tanh": (
        lambda x: np.where(x > 0, np.tanh(x), 0.25 * np.tanh(x)),
        lambda x: np.where(x > 0, 1.0, 0.25) * (1 - np.tanh(x) ** 2),
    ),
    "tanh_shrink": (lambda x: x - np.tanh(x), lambda x: np.tanh(x) ** 2),
    "elu": (lambda x: np.where(x > 0, x, np.exp(x) - 1), lambda x: np.where(x > 0, 1.0, np.exp(x))),
    "celu": (
        lambda x: np.where(x > 0, x, np.exp(x) - 1),
        lambda x: np.where(x > 0, 1.0, np.exp(x)),
    ),
    "selu": (
        lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * (np.exp(x) - 1)),
        lambda x: SELU_SCALE * np.where(x > 0, 1.0, SELU_ALPHA * np.exp(x)),
    ),
    "elish": (
        lambda x: np.where(x >= 0, x * _sigmoid(x), (np.exp(x) - 1) * _sigmoid(x)),
        lambda x: np.where(
            x >= 0,
            _sigmoid(x) * (1 + x * (1 - _sigmoid(x))),
            np.exp(x) * _sigmoid(x) + (np.exp(x) - 1) * _sigmoid(x) * (1 - _sigmoid(x)),
        ),
    ),
    "hard_elish": (
        lambda x: np.where(x >= 0, x, np.exp(x) - 1) * np.clip((x + 1) / 2, 0, 1),
        lambda x: np.where(
            x >= 1,
            1.0,
            np.where(x >= 0, x + 0.5, np.where(x > -1, (np.exp(x) * (x + 2) - 1) / 2, 0.0)),
        ),
    ),
    "xielu": (
        lambda x: np.where(
            x > 0, 0.8 * x * x + 0.5 * x, 0.8 * (np.expm1(np.minimum(x, -1e-6)) - x) + 0.5 * x
        ),
        lambda x: np.where(
            x > 0, 1.6 * x + 0.5, np.where(x > -1e-6, -0.3, 0.8 * (np.exp(x) - 1) + 0.5)
        ),
    ),
    "isrlu": (
        lambda x: np.where(x >= 0, x, x / np.sqrt(1 + x**2)),
        lambda x: np.where(x >= 0, 1.0, (1 / np.sqrt(1 + x**2)) ** 3),
    ),
    "softplus": (_softplus, _sigmoid),
    "gelu": (
        lambda x: 0.5 * x * (1 + _erf(x / np.sqrt(2))),
        lambda x: 0.5 * (1 + _erf(x / np.sqrt(2))) + x * np.exp(-(x**2) / 2) / np.sqrt(2 * np.pi),
    ),
    "silu": (
        lambda x: x * _sigmoid(x),
        lambda x: _sigmoid(x) * (1 + x * (1 - _sigmoid(x))),
    ),
    "swish": (
        lambda x: x * _sigmoid(x),
        lambda x: _sigmoid(x) * (1 + x * (1 - _sigmoid(x))),
    ),
    "quick_gelu": (
        lambda x: x * _sigmoid(1.702 * x),
        lambda x: _sigmoid(1.702 * x) * (1 + 1.702 * x * (1 - _sigmoid(1.702 * x))),
    ),
    "shifted_softplus": (lambda x: _softplus(x) - np.log(2), _sigmoid),
    "tanhexp": (
        lambda x: x * np.tanh(np.exp(x)),
        lambda x: np.tanh(np.exp(x)) + x * np.exp(x) * (1 - np.tanh(np.exp(x)) ** 2),
    ),
    "mish": (
        lambda x: x * np.tanh(_softplus(x)),
        lambda x: np.tanh(_softplus(x)) + x * _sigmoid(x) * (1 - np.tanh(_softplus(x)) ** 2),
    ),
    "serf": (
        lambda x: x * _erf(_softplus(x)),
        lambda x: (
            _erf(_softplus(x)) + x * 2 / np.sqrt(np.pi) * np.exp(-(_softplus(x) ** 2)) * _sigmoid(x)
        ),
    ),
    "squareplus": (
        lambda x: (x + np.sqrt(x**2 + 4)) / 2,
        lambda x: (1 + x / np.sqrt(x**2 + 4)) / 2,
    ),
    "sparse_plus": (
        lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, x, (x + 1) ** 2 / 4)),
        lambda x: np.where(x <= -1, 0.0, np.where(x >= 1, 1.0, (x + 1) / 2)),
    ),
    "bent_identity": (
        lambda x: (np.sqrt(x**2 + 1) - 1) / 2 + x,
        lambda x: x / (2 * np.sqrt(x**2 + 1)) + 1,
    ),
    "soft_exponential": (lambda x: x.copy(), np.ones_like),
    "gaussian": (lambda x: np.exp(-(x**2)), lambda x: -2 * x * np.exp(-(x**2))),
    "sinusoid": (np.sin, np.cos),
    "lisht": (lambda x: x * np.tanh(x), lambda x: np.tanh(x) + x * (1 - np.tanh(x) ** 2)),
    "gcu": (lambda x: x * np.cos(x), lambda x: np.cos(x) - x * np.sin(x)),
    "snake": (lambda x: x + np.sin(x) ** 2, lambda x: 1 + np.sin(2 * x)),
    "sinc": (
        lambda x: np.where(x == 0, 1.0, np.sin(x) / x),
        lambda x: np.where(x == 0, 0.0, np.cos(x) / x - np.sin(x) / x**2),
    ),
    # Vector activations along the last axis; the derivative is the Jacobian.
    "softmax": (_softmax, _softmax_jacobian),
    "log_softmax": (_log_softmax, lambda x: np.eye(x.shape[-1]) - _softmax(x)[..., None, :]),
    "softmin": (lambda x: _softmax(-x), lambda x: -_softmax_jacobian(-x)),
    "glu": (_glu, _glu_jacobian),
    "swiglu": _gated(
        lambda b: b * _sigmoid(b), lambda b: _sigmoid(b) * (1 + b * (1 - _sigmoid(b)))
    ),
    "geglu": _gated(
        lambda b: 0.5 * b * (1 + _erf(b / np.sqrt(2))),
        lambda b: 0.5 * (1 + _erf(b / np.sqrt(2))) + b * np.exp(-(b**2) / 2) / np.sqrt(2 * np.pi),
    ),
    "reglu": _gated(lambda b: np.maximum(b, 0), lambda b: 1.0 * (b > 0)),
    "crelu": (
        lambda x: np.concatenate([np.maximum(x, 0), np.maximum(-x, 0)], axis=-1),
        _crelu_jacobian,
    ),
    "maxout": (lambda x: x.reshape(*x.shape[:-1], -1, 2).max(axis=-1), _maxout_jacobian),
    "solu": (
        lambda x: x * _softmax(x),
        lambda x: (
            np.eye(x.shape[-1]) * _softmax(x)[..., None, :] + x[..., :, None] * _softmax_jacobian(x)
        ),
    ),
    "sparsemax": (_sparsemax, _sparsemax_jacobian),
    "entmax15": (_entmax15, _entmax15_jacobian),
}

#: Catalogue name -> the textbook function and derivative, for the default parameters.
FORMULAS: Mapping[str, Formulas] = {name: Formulas(*pair) for name, pair in _PAIRS.items()}
