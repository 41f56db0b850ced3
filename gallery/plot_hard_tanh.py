"""
Hard tanh
=========

Hard tanh is the identity clipped to the interval [-1, 1]: a piecewise-linear stand-in for
tanh that costs two comparisons. Its derivative is 1 inside the interval and 0 outside.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.hard_tanh`, the dashed line
# :func:`activations.hard_tanh_derivative`. At both kinks, :math:`x = \pm 1`, the library
# returns 0 like PyTorch: the clipped side wins.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("hard_tanh")

x = FRAME.grid()
y = activations.hard_tanh(x)
dy = activations.hard_tanh_derivative(x)

assert activations.hard_tanh_derivative(-1.0) == 0.0
assert activations.hard_tanh_derivative(1.0) == 0.0
assert np.all(dy[np.abs(x) < 1] == 1.0) and np.all(dy[np.abs(x) > 1] == 0.0)

# %%
# Inside the interval the function is the identity and outside it is flat at :math:`\pm 1`,
# the same limits as tanh, which it stays within 0.24 of.

assert np.array_equal(y, np.clip(x, -1.0, 1.0))
assert np.max(np.abs(y - activations.tanh(x))) < 0.24

# %%
# Other bounds
# ------------
# The bounds are parameters, ``min_val`` and ``max_val`` in PyTorch's naming. Widening them
# moves both kinks outwards; ReLU6 is the same construction with bounds 0 and 6.

fig = plot_pair(
    "hard_tanh",
    variants=[{"min_val": -1.0, "max_val": 1.0}, {"min_val": -2.0, "max_val": 2.0}],
)

assert activations.hard_tanh(3.0, min_val=-2.0, max_val=2.0) == 2.0
assert activations.hard_tanh_derivative(1.5, min_val=-2.0, max_val=2.0) == 1.0
assert np.array_equal(activations.hard_tanh(x, min_val=0.0, max_val=6.0), activations.relu6(x))
