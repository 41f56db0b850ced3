"""
Squareplus
==========

Squareplus is a smooth ReLU built from a square root instead of an exponential and a
logarithm. Its parameter b sets how far the curve lifts off ReLU at the origin.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.squareplus`, the dashed line
# :func:`activations.squareplus_derivative`, for :math:`b = 4`, the default of JAX and Keras:
# :math:`f(x) = (x + \sqrt{x^2 + b})/2`. The curve is smooth and positive, with
# :math:`f(0) = 1` and slope :math:`1/2` at the origin, like softplus.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("squareplus")

x = FRAME.grid()
y = activations.squareplus(x)
dy = activations.squareplus_derivative(x)

assert np.allclose(y, (x + np.sqrt(x**2 + 4)) / 2)
assert activations.squareplus(0.0) == 1.0 and activations.squareplus_derivative(0.0) == 0.5
assert np.all(y > 0) and np.all((dy > 0) & (dy < 1))

# %%
# With :math:`b = 4` it sits above softplus: its tails approach ReLU only algebraically, so
# at :math:`x = -4` it is still 0.24 where softplus is 0.018.

assert np.all(y >= activations.softplus(x))
assert np.isclose(activations.squareplus(-4.0), 0.236, atol=1e-3)
assert activations.softplus(-4.0) < 0.019

# %%
# The parameter b
# ---------------
# The gap to ReLU is largest at the origin, where it equals :math:`\sqrt{b}/2`; a smaller
# :math:`b` bends the curve more sharply. The library requires :math:`b > 0`.

bs = (0.25, 1.0, 4.0)
fig = plot_pair("squareplus", variants=[{"b": b} for b in bs])

for b in bs:
    gap = activations.squareplus(x, b=b) - activations.relu(x)
    assert np.isclose(gap.max(), np.sqrt(b) / 2) and x[gap.argmax()] == 0.0
