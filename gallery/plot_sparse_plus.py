"""
Sparse plus
===========

Sparse plus joins zero and the identity with a parabola between minus one and one. Unlike
softplus it is exactly zero for inputs at most minus one, so its outputs can be sparse.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sparse_plus`, the dashed line
# :func:`activations.sparse_plus_derivative`. The middle piece is :math:`(x + 1)^2/4`, whose
# slope :math:`(x + 1)/2` meets 0 and 1 at the ends: the derivative is continuous, only the
# second derivative jumps at :math:`x = \pm 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sparse_plus")

x = FRAME.grid()
y = activations.sparse_plus(x)
dy = activations.sparse_plus_derivative(x)

mid = np.abs(x) < 1
assert np.all(y[x <= -1] == 0.0) and np.array_equal(y[x >= 1], x[x >= 1])
assert np.allclose(y[mid], (x[mid] + 1) ** 2 / 4)
assert activations.sparse_plus_derivative(-1.0) == 0.0
assert activations.sparse_plus_derivative(1.0) == 1.0

# %%
# Its derivative is the sparse sigmoid, just as the sigmoid is the derivative of softplus.
# At the origin the two smooth rectifiers differ: :math:`1/4` against :math:`\ln 2`.

assert np.allclose(dy, activations.sparse_sigmoid(x))
assert activations.sparse_plus(0.0) == 0.25
assert np.isclose(activations.softplus(0.0), np.log(2))

# %%
# Outside :math:`[-1, 1]` sparse plus is exactly ReLU, while softplus never is; inside, it
# stays within :math:`1/4` of ReLU.

assert np.array_equal(y[np.abs(x) >= 1], activations.relu(x[np.abs(x) >= 1]))
assert np.max(y - activations.relu(x)) == 0.25
