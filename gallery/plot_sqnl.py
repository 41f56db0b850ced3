"""
Square nonlinearity
===================

SQNL builds a tanh-like curve from two parabolas and two constants. It is cheap to compute,
reaches its bounds exactly at plus and minus two, and is flat beyond.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sqnl`, the dashed line
# :func:`activations.sqnl_derivative`. The derivative is the tent :math:`1 - |x|/2`, clipped
# at 0, so it has three corners, marked with their values: :math:`f'(\pm 2) = 0` and
# :math:`f'(0) = 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sqnl")

x = FRAME.grid()
y = activations.sqnl(x)
dy = activations.sqnl_derivative(x)

assert np.allclose(dy, np.maximum(0.0, 1 - np.abs(x) / 2))
for kink in activations.catalog["sqnl"].kinks:
    assert activations.sqnl_derivative(kink.x) == kink.derivative

# %%
# Unlike tanh, SQNL reaches its bounds :math:`\pm 1` at :math:`x = \pm 2` and stays there:
# beyond that the gradient is exactly zero.

assert activations.sqnl(2.0) == 1.0 and activations.sqnl(-2.0) == -1.0
assert np.all(y[np.abs(x) >= 2] == np.sign(x[np.abs(x) >= 2]))
assert np.all(dy[np.abs(x) > 2] == 0.0)

# %%
# Inside :math:`[-2, 2]` the curve stays within 0.07 of tanh, and both have slope 1 at the
# origin.

inside = np.abs(x) <= 2
assert np.max(np.abs(y - activations.tanh(x))[inside]) < 0.07
assert activations.sqnl_derivative(0.0) == activations.tanh_derivative(0.0) == 1.0
