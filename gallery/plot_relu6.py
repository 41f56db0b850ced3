"""
ReLU6
=====

ReLU6 is a ReLU capped at 6, designed for low-precision arithmetic on mobile devices. In the
shared frame it looks like ReLU; its second kink lies further out.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.relu6`, the dashed line
# :func:`activations.relu6_derivative`. In the shared frame only the kink at :math:`x = 0` is
# visible, where the derivative is taken as 0, as for ReLU.

import numpy as np

import activations
from activations.plotting import FRAME, Frame, plot_pair

fig = plot_pair("relu6")

x = FRAME.grid()
assert np.array_equal(activations.relu6(x), activations.relu(x))
assert activations.relu6_derivative(0.0) == 0.0

# %%
# The cap at six
# --------------
# Zooming out shows the second kink: the output saturates at 6 and the derivative drops back
# to 0. At :math:`x = 6` the library returns :math:`f'(6) = 0`, as PyTorch does.

fig = plot_pair("relu6", frame=Frame(xlim=(-2.0, 8.0), ylim=(-1.0, 7.0)))

wide = Frame(xlim=(-2.0, 8.0), ylim=(-1.0, 7.0)).grid()
dy = activations.relu6_derivative(wide)
assert activations.relu6(8.0) == 6.0
assert activations.relu6_derivative(6.0) == 0.0
assert np.all(dy[(wide > 0) & (wide < 6)] == 1.0)
assert np.all(dy[wide > 6] == 0.0)
