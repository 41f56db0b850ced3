"""
Arctangent
==========

The arctangent is a sigmoid-shaped curve bounded by plus and minus pi over two. Its derivative
decays like one over x squared, far more slowly than the exponential tails of tanh.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.arctan`, the dashed line
# :func:`activations.arctan_derivative`, :math:`f'(x) = 1 / (1 + x^2)`. Like tanh, the curve
# passes through the origin with slope 1 and is odd.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("arctan")

x = FRAME.grid()
y = activations.arctan(x)
dy = activations.arctan_derivative(x)

assert activations.arctan(0.0) == 0.0 and activations.arctan_derivative(0.0) == 1.0
assert np.allclose(activations.arctan(-x), -y)
assert np.allclose(dy, 1 / (1 + x**2))

# %%
# The limits are :math:`\pm\pi/2 \approx \pm 1.571`, wider than tanh's :math:`\pm 1`, and the
# curve approaches them slowly: at :math:`x = 4` it has covered only 84 percent of the way.

assert np.isclose(activations.arctan(np.inf), np.pi / 2)
assert 0.84 < activations.arctan(4.0) / (np.pi / 2) < 0.85

# %%
# The slow approach is the point: at :math:`x = 4` the derivative is still :math:`1/17 \approx
# 0.059`, against :math:`0.0013` for tanh. The tails pass back more gradient before saturating.

assert np.isclose(activations.arctan_derivative(4.0), 1 / 17)
assert activations.tanh_derivative(4.0) < 0.0014
assert activations.arctan_derivative(4.0) > 40 * activations.tanh_derivative(4.0)
