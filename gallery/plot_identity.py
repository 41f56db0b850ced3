"""
Identity
========

The identity returns its input unchanged. It is the activation of a linear layer, used for
regression outputs, and the reference against which other activations are compared near 0.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.identity`, the dashed line
# :func:`activations.identity_derivative`. The function is the diagonal and the derivative is
# the constant 1 everywhere.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("identity")

x = FRAME.grid()
y = activations.identity(x)
dy = activations.identity_derivative(x)

assert np.array_equal(y, x)
assert np.all(dy == 1.0)

# %%
# A stack of layers with identity activations is a single linear map: composing
# :math:`W_2 (W_1 x)` gives :math:`(W_2 W_1) x`, so depth adds nothing. That is why hidden
# layers need a nonlinear activation.

rng = np.random.default_rng(0)
w1, w2 = rng.normal(size=(3, 2)), rng.normal(size=(2, 3))
v = rng.normal(size=2)
assert np.allclose(w2 @ activations.identity(w1 @ v), (w2 @ w1) @ v)

# %%
# Activations that "approximate the identity near the origin" have :math:`f(0) = 0` and
# :math:`f'(0) = 1`, like tanh; the identity is the extreme case.

assert activations.identity(0.0) == 0.0 and activations.identity_derivative(0.0) == 1.0
assert activations.tanh(0.0) == 0.0 and activations.tanh_derivative(0.0) == 1.0
