"""
Softsign
========

Softsign divides its input by one plus its absolute value. It is a tanh-like curve with
polynomial rather than exponential tails, so it saturates much more slowly.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.softsign`, the dashed line
# :func:`activations.softsign_derivative`, :math:`1/(1 + |x|)^2`. The function is smooth
# enough to have a slope everywhere, but the derivative has a corner at the origin, marked
# with its value :math:`f'(0) = 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("softsign")

x = FRAME.grid()
y = activations.softsign(x)
dy = activations.softsign_derivative(x)

assert np.allclose(y, x / (1 + np.abs(x)))
assert activations.softsign_derivative(0.0) == 1.0 and dy.max() == 1.0

# %%
# The corner: just right of the origin the derivative falls with slope :math:`-2`, just left
# it rises with slope :math:`+2`, so the second derivative jumps.

h = 1e-6
right = (activations.softsign_derivative(h) - 1.0) / h
left = (1.0 - activations.softsign_derivative(-h)) / h
assert np.isclose(right, -2.0, atol=1e-4) and np.isclose(left, 2.0, atol=1e-4)

# %%
# Softsign reaches half its bound at :math:`x = 1`, where tanh already reaches 0.76, and at
# :math:`x = 4` its slope, :math:`1/25`, is about 30 times that of tanh.

assert activations.softsign(1.0) == 0.5
assert np.isclose(activations.tanh(1.0), 0.7616, atol=1e-4)
assert np.isclose(activations.softsign_derivative(4.0), 1 / 25)
assert 29 < activations.softsign_derivative(4.0) / activations.tanh_derivative(4.0) < 31
