"""
Softplus
========

Softplus is a smooth ReLU, the logarithm of one plus the exponential. Its derivative is exactly
the sigmoid, and its parameter beta trades smoothness for closeness to ReLU.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.softplus`, the dashed line
# :func:`activations.softplus_derivative`, for :math:`\beta = 1`. The curve is smooth, with
# no kink, and positive everywhere: :math:`\operatorname{softplus}(0) = \ln 2`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("softplus")

x = FRAME.grid()
y = activations.softplus(x)
dy = activations.softplus_derivative(x)

assert np.isclose(activations.softplus(0.0), np.log(2))
assert np.all(y > 0)

# %%
# The derivative is the sigmoid, so it rises from 0 to 1 and equals 1/2 at the origin. For
# large :math:`|x|` the function approaches ReLU: at :math:`x = \pm 4` the gap is below 0.02.

assert np.allclose(dy, activations.sigmoid(x))
assert activations.softplus_derivative(0.0) == 0.5
assert np.max(np.abs(y - activations.relu(x))[np.abs(x) >= 4]) < 0.02

# %%
# The parameter beta
# ------------------
# :math:`\operatorname{softplus}_\beta(x) = \ln(1 + e^{\beta x}) / \beta`. A larger
# :math:`\beta` bends the curve more sharply; the gap to ReLU, largest at the origin, is
# :math:`\ln 2 / \beta`. PyTorch's ``threshold`` argument, which switches to the identity for
# :math:`\beta x > 20`, is not copied: this library is accurate without it.

betas = (0.5, 1.0, 2.0, 5.0)
fig = plot_pair("softplus", variants=[{"beta": b} for b in betas])

for b in betas:
    gap = activations.softplus(x, beta=b) - activations.relu(x)
    assert np.isclose(gap.max(), np.log(2) / b) and x[gap.argmax()] == 0.0
    assert np.allclose(activations.softplus_derivative(x, beta=b), activations.sigmoid(b * x))
