"""
GELU
====

GELU weights its input by the probability that a standard normal variable is smaller. Its tanh
approximation differs by less than 0.001, but PyTorch, JAX and Keras default differently.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.gelu`, the dashed line
# :func:`activations.gelu_derivative`, in the exact form :math:`x\,\Phi(x)` where
# :math:`\Phi` is the normal distribution function.

import numpy as np
from scipy.special import ndtr

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("gelu")

x = FRAME.grid()
y = activations.gelu(x)
dy = activations.gelu_derivative(x)

assert np.allclose(y, x * ndtr(x))
assert activations.gelu_derivative(0.0) == 0.5

# %%
# Like SiLU it dips below zero, to about :math:`-0.170` near :math:`x = -0.75`, and its slope
# overshoots 1, to about :math:`1.13` near :math:`x = 1.41`.

assert np.isclose(y.min(), -0.1700, atol=5e-4) and np.isclose(x[y.argmin()], -0.752, atol=5e-3)
assert np.isclose(dy.max(), 1.1289, atol=5e-4) and np.isclose(x[dy.argmax()], 1.414, atol=5e-3)

# %%
# Exact or tanh approximation
# ---------------------------
# ``approximate="tanh"`` replaces :math:`\Phi` by a tanh formula. PyTorch and Keras default to
# the exact form, JAX to the approximation. The curves overlap; the difference stays below
# :math:`5 \times 10^{-4}` for the function and :math:`2 \times 10^{-3}` for the derivative.

fig = plot_pair(
    "gelu",
    variants={r"$x\,\Phi(x)$": {"approximate": "none"}, r"$\tanh$": {"approximate": "tanh"}},
)

tanh_form = activations.gelu(x, approximate="tanh")
assert 1e-4 < np.max(np.abs(tanh_form - y)) < 5e-4
assert np.max(np.abs(activations.gelu_derivative(x, approximate="tanh") - dy)) < 2e-3
assert "approximate" in activations.catalog["gelu"].disagreements
