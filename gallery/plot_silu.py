"""
SiLU (Swish)
============

SiLU multiplies its input by the sigmoid of that input. It dips below zero before rising, is
not monotonic, and its slope overshoots 1 for positive inputs.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.silu`, the dashed line
# :func:`activations.silu_derivative`. Swish, the name used by the paper that popularised it,
# is the same function.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("silu")

x = FRAME.grid()
y = activations.silu(x)
dy = activations.silu_derivative(x)

assert np.allclose(y, x * activations.sigmoid(x))
assert "swish" in activations.catalog["silu"].aliases

# %%
# The function has a single minimum of about :math:`-0.278` near :math:`x = -1.28`, where the
# derivative crosses zero; at the origin the slope is :math:`1/2`.

i = y.argmin()
assert np.isclose(y[i], -0.2785, atol=5e-4) and np.isclose(x[i], -1.278, atol=5e-3)
assert abs(activations.silu_derivative(x[i])) < 1e-2
assert activations.silu_derivative(0.0) == 0.5

# %%
# Unlike ReLU's, the derivative is not capped at 1: it peaks at about :math:`1.10` near
# :math:`x = 2.4`, then approaches 1 from above. For large negative inputs both the function
# and its derivative return to 0.

j = dy.argmax()
assert np.isclose(dy[j], 1.0998, atol=5e-4) and np.isclose(x[j], 2.40, atol=1e-2)
assert np.all(dy[x > 2.4] > 1.0)
assert abs(activations.silu(-40.0)) < 1e-15
