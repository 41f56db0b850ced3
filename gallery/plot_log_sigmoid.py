"""
Log-sigmoid
===========

Log-sigmoid is the logarithm of the sigmoid. It is negative everywhere, follows the identity
on the left, flattens to zero on the right, and appears in logistic losses.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.log_sigmoid`, the dashed line
# :func:`activations.log_sigmoid_derivative`. The function is a reflected softplus,
# :math:`\log\sigma(x) = -\operatorname{softplus}(-x)`, and its derivative is
# :math:`\sigma(-x)`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("log_sigmoid")

x = FRAME.grid()
y = activations.log_sigmoid(x)
dy = activations.log_sigmoid_derivative(x)

assert np.all(y < 0)
assert np.isclose(activations.log_sigmoid(0.0), -np.log(2))
assert np.allclose(dy, activations.sigmoid(-x))

# %%
# The derivative falls from 1 to 0: the function saturates only on the right. Far on the left
# it is the identity, so a very negative input still gets slope 1, without overflow:

assert activations.log_sigmoid_derivative(0.0) == 0.5
assert activations.log_sigmoid(-800.0) == -800.0
assert activations.log_sigmoid_derivative(-800.0) == 1.0

# %%
# Taking :math:`\log(\sigma(x))` in two steps loses everything once :math:`\sigma(x)`
# underflows to 0; the library's single step does not.

with np.errstate(divide="ignore"):
    naive = np.log(activations.sigmoid(-800.0))
assert naive == -np.inf and np.isfinite(activations.log_sigmoid(-800.0))
