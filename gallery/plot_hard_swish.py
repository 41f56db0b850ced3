"""
Hard swish
==========

Hard swish multiplies the input by the hard sigmoid, a piecewise-quadratic copy of SiLU
designed for mobile networks. It is exactly zero below minus three and the identity above three.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.hard_swish`, the dashed line
# :func:`activations.hard_swish_derivative`. Between the kinks the derivative is the line
# :math:`(2x + 3)/6`, which jumps at both ends; the library returns :math:`f'(-3) = 0` and
# :math:`f'(3) = 1`, as current PyTorch does (older releases returned :math:`-1/2` and
# :math:`3/2`).

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("hard_swish")

x = FRAME.grid()
y = activations.hard_swish(x)
dy = activations.hard_swish_derivative(x)

assert np.allclose(y, x * activations.hard_sigmoid(x))
assert activations.hard_swish_derivative(-3.0) == 0.0
assert activations.hard_swish_derivative(3.0) == 1.0
inside = np.abs(x) < 3
assert np.allclose(dy[inside], (2 * x[inside] + 3) / 6)

# %%
# The dip reaches :math:`-3/8` at :math:`x = -3/2`, where the derivative crosses zero. The
# derivative runs from :math:`-1/2` to :math:`3/2` inside the ramp, so the largest slope is
# :math:`3/2` just left of :math:`x = 3`.

assert y.min() == -0.375 and x[y.argmin()] == -1.5
assert activations.hard_swish_derivative(-1.5) == 0.0
assert dy.max() < 1.5 and np.isclose(activations.hard_swish_derivative(3 - 1e-9), 1.5)
assert activations.catalog["hard_swish"].max_abs_derivative == 1.5

# %%
# Against SiLU, :math:`x\,\sigma(x)`, the curve differs by at most about 0.14 in the frame, at
# the price of no exponential at all.

assert 0.13 < np.max(np.abs(y - x * activations.sigmoid(x))) < 0.15
