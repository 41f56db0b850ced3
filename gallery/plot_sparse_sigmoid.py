"""
Sparse sigmoid
==============

The sparse sigmoid is a linear ramp from 0 at minus one to 1 at plus one. It reaches its bounds
exactly, so its outputs can be exactly zero or one: sparse probabilities.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sparse_sigmoid`, the dashed line
# :func:`activations.sparse_sigmoid_derivative`. The slope is :math:`1/2` on the ramp and 0
# outside; at the kinks :math:`x = \pm 1` the library returns 0 (JAX's autograd gives
# :math:`1/4` there, PyTorch has no such function).

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sparse_sigmoid")

x = FRAME.grid()
y = activations.sparse_sigmoid(x)
dy = activations.sparse_sigmoid_derivative(x)

assert np.allclose(y, np.clip((x + 1) / 2, 0.0, 1.0))
assert (
    activations.sparse_sigmoid_derivative(-1.0) == activations.sparse_sigmoid_derivative(1.0) == 0
)
assert activations.catalog["sparse_sigmoid"].frameworks["pytorch"].name is None
assert np.all(dy[np.abs(x) < 1] == 0.5) and np.all(dy[np.abs(x) > 1] == 0.0)

# %%
# Compared with the sigmoid, both pass through :math:`(0, 1/2)`, but the ramp is twice as steep
# and reaches 0 and 1 exactly at :math:`x = \mp 1`, where the sigmoid is still at 0.27 and 0.73.

assert activations.sparse_sigmoid(0.0) == 0.5 == activations.sigmoid(0.0)
assert activations.sparse_sigmoid_derivative(0.0) == 2 * activations.sigmoid_derivative(0.0)
assert np.isclose(activations.sigmoid(-1.0), 0.27, atol=5e-3)
assert np.isclose(activations.sigmoid(1.0), 0.73, atol=5e-3)

# %%
# It is the derivative of the sparse plus function, as the sigmoid is that of softplus: its
# integral from :math:`-1` to :math:`1` is 1, the rise of sparse plus over that interval.

assert np.isclose(np.trapezoid(y[np.abs(x) <= 1], x[np.abs(x) <= 1]), 1.0)
