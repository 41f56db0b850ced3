"""
Rectified linear unit
=====================

ReLU passes positive inputs unchanged and replaces negative ones by zero. Its derivative is a
step from 0 to 1, so it never shrinks the gradient of an active unit.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.relu`, the dashed line
# :func:`activations.relu_derivative`. At the kink :math:`x = 0` the derivative is undefined;
# the library returns 0 there, as PyTorch autograd does (filled dot; the open dot is the limit
# from the right).

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("relu")

x = FRAME.grid()
y = activations.relu(x)
dy = activations.relu_derivative(x)

assert activations.relu_derivative(0.0) == 0.0
assert [(k.x, k.derivative) for k in activations.catalog["relu"].kinks] == [(0.0, 0.0)]

# %%
# The derivative takes only two values: 0 for :math:`x < 0` and exactly 1 for :math:`x > 0`.
# A unit that is active passes the gradient back unchanged, however deep the network; the
# sigmoid passes back at most 1/4.

assert np.all(dy[x < 0] == 0.0)
assert np.all(dy[x > 0] == 1.0)
assert dy.max() == 1.0 == 4 * activations.sigmoid_derivative(0.0)

# %%
# The price is the flat half: a unit whose input stays negative receives no gradient at all
# and can stop learning ("dying ReLU"). Leaky ReLU, ELU and their relatives give that half a
# slope. Note also that :math:`\operatorname{ReLU}(x) = x \cdot \operatorname{ReLU}'(x)`:

assert np.all(y[x <= 0] == 0.0)
assert np.array_equal(y, x * dy)
