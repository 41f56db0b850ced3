"""
Parametric ReLU
===============

PReLU is a leaky ReLU whose negative slope is a weight learned with the network, starting from
0.25. The figure shows the initial slope and a few values training might reach.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.prelu`, the dashed line
# :func:`activations.prelu_derivative`, for the initial weight :math:`w = 0.25`. At the kink
# the derivative with respect to :math:`x` is taken as :math:`w`, as in PyTorch.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("prelu")

x = FRAME.grid()
dy = activations.prelu_derivative(x)

assert activations.prelu_derivative(0.0) == 0.25
assert np.all(dy[x < 0] == 0.25) and np.all(dy[x > 0] == 1.0)

# %%
# Learned slopes
# --------------
# Training moves :math:`w` like any other weight. With :math:`w = 0` PReLU is ReLU (Keras
# starts training there), with :math:`w = 1` it is the identity, and a negative :math:`w`
# makes the function non-monotonic.

weights = (0.0, 0.25, 1.0, -0.25)
fig = plot_pair("prelu", variants=[{"weight": w} for w in weights])

assert np.array_equal(activations.prelu(x, weight=0.0), activations.relu(x))
assert np.array_equal(activations.prelu(x, weight=1.0), x)
assert activations.prelu(-2.0, weight=-0.25) == 0.5
assert activations.catalog["prelu"].frameworks["keras"].defaults["weight"] == 0.0

# %%
# Unlike a fixed leaky slope, :math:`w` gets its own gradient,
# :math:`\partial f / \partial w = \min(0, x)`, summed over every input that shares the weight:

g = np.minimum(0.0, x)
eps = 1e-6
numeric = activations.prelu(x, weight=0.25 + eps) - activations.prelu(x, weight=0.25 - eps)
assert np.allclose(numeric / (2 * eps), g, atol=1e-8)
