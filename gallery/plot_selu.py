"""
Scaled ELU
==========

SELU is an ELU scaled by two fixed constants chosen so that activations of a standard normal
input keep mean zero and variance one, layer after layer, without normalisation layers.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.selu`, the dashed line
# :func:`activations.selu_derivative`, with :math:`\lambda \approx 1.0507` and
# :math:`\alpha \approx 1.6733`. The derivative jumps at the origin: the library returns the
# left-hand value :math:`\lambda\alpha \approx 1.758` there, as PyTorch does, and
# :math:`\lambda` to the right.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("selu")

x = FRAME.grid()
dy = activations.selu_derivative(x)
lam, alpha = 1.0507009873554805, 1.6732632423543772

assert np.isclose(activations.selu_derivative(0.0), lam * alpha)
assert np.isclose(lam * alpha, 1.758, atol=5e-4)
assert np.all(dy[x > 0] == activations.selu_derivative(1.0)) and np.isclose(dy[-1], lam)

# %%
# The slope to the right is :math:`\lambda > 1` rather than 1: positive inputs are amplified,
# which balances the shrinking negative side. The floor is :math:`-\lambda\alpha`.

assert activations.selu_derivative(1.0) > 1.0
assert np.isclose(activations.selu(-1e3), -lam * alpha)

# %%
# Self-normalisation
# ------------------
# For :math:`z \sim \mathcal{N}(0, 1)` the output has mean 0 and second moment 1. We check
# it by integrating against the normal density on a fine grid:

z = np.linspace(-12.0, 12.0, 480_001)
density = np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)
out = activations.selu(z)
mean = np.trapezoid(out * density, z)
second = np.trapezoid(out**2 * density, z)
assert abs(mean) < 1e-6 and abs(second - 1) < 1e-6
