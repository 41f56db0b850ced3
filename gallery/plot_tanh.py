"""
Hyperbolic tangent
==================

The hyperbolic tangent is a sigmoid rescaled to the interval (-1, 1). It is zero-centred and its
derivative reaches 1 at the origin, four times the sigmoid's maximum.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.tanh`, the dashed line
# :func:`activations.tanh_derivative`. Near the origin the function follows the identity,
# :math:`\tanh(x) \approx x`; further out it saturates at :math:`\pm 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("tanh")

x = FRAME.grid()
y = activations.tanh(x)
dy = activations.tanh_derivative(x)

# %%
# The derivative peaks at :math:`\tanh'(0) = 1` and falls below :math:`0.01` at
# :math:`x = \pm 3`: outside that band a tanh unit passes back almost no gradient.

assert activations.tanh(0.0) == 0.0
assert activations.tanh_derivative(0.0) == 1.0
assert dy.max() == 1.0 and x[dy.argmax()] == 0.0
assert activations.tanh_derivative(3.0) < 0.01
assert activations.tanh_derivative(-3.0) < 0.01

# %%
# The function is odd, :math:`\tanh(-x) = -\tanh(x)`, and it is the sigmoid stretched by two in
# both directions, :math:`\tanh(x) = 2\sigma(2x) - 1`; its derivative is
# :math:`1 - \tanh^2(x)`.

assert np.allclose(activations.tanh(-x), -y)
assert np.allclose(y, 2 * activations.sigmoid(2 * x) - 1)
assert np.allclose(dy, 1 - y**2)

# %%
# Comparing the maximal slopes: :math:`\tanh'(0) = 1` against :math:`\sigma'(0) = 1/4`. Stacked
# tanh layers still shrink the gradient away from the origin, but not at every point as
# sigmoid layers do.

assert activations.tanh_derivative(0.0) == 4 * activations.sigmoid_derivative(0.0)
