"""
Sigmoid
=======

The logistic sigmoid squashes every input into the interval (0, 1). Its derivative never
exceeds 1/4, so each sigmoid layer shrinks the gradient that flows back through it.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sigmoid`, the dashed line
# :func:`activations.sigmoid_derivative`, both in the frame shared by every page of the gallery.
# The curve is smooth, so there is no kink to mark.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sigmoid")

x = FRAME.grid()
y = activations.sigmoid(x)
dy = activations.sigmoid_derivative(x)

# %%
# The derivative is a bump that peaks at :math:`\sigma'(0) = 1/4`, where
# :math:`\sigma(0) = 1/2`, and decays on both sides: the sigmoid saturates. At
# :math:`x = \pm 4` the slope is already below :math:`0.02`.

assert activations.sigmoid(0.0) == 0.5
assert activations.sigmoid_derivative(0.0) == 0.25
assert dy.max() == 0.25 and x[dy.argmax()] == 0.0
assert activations.sigmoid_derivative(4.0) < 0.02
assert activations.sigmoid_derivative(-4.0) < 0.02

# %%
# Two identities are visible in the figure: the curve is symmetric about the point
# :math:`(0, 1/2)`, :math:`\sigma(-x) = 1 - \sigma(x)`, and the derivative is the product
# :math:`\sigma'(x) = \sigma(x)\,(1 - \sigma(x))`.

assert np.allclose(activations.sigmoid(-x), 1 - y)
assert np.allclose(dy, y * (1 - y))

# %%
# Backpropagation multiplies one such factor per layer. Through ten sigmoid layers the
# gradient is scaled by at most :math:`(1/4)^{10} \approx 10^{-6}`, which is the vanishing
# gradient problem that ReLU avoids.

assert 0.25**10 < 1e-6
