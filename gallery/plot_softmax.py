"""
Softmax
=======

Softmax turns a vector of scores into probabilities. For two scores it is exactly the sigmoid
of their difference, and its derivative is a matrix, the Jacobian.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.softmax` acts on a whole vector. To draw it in the shared frame we feed it
# :math:`(x, 0)` and plot the first probability, :math:`f(x) = \operatorname{softmax}(x, 0)_1`,
# with its slope taken from the Jacobian of :func:`activations.softmax_derivative`. The curves
# are exactly the sigmoid and its derivative.

import numpy as np

import activations
from activations.plotting import FRAME, plot_matrix, plot_pair

fig = plot_pair("softmax")

x = FRAME.grid()
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
p = activations.softmax(pairs)
jac = activations.softmax_derivative(pairs)

assert np.allclose(p[:, 0], activations.sigmoid(x))
assert np.allclose(jac[:, 0, 0], activations.sigmoid_derivative(x))
assert np.allclose(p.sum(axis=-1), 1.0)

# %%
# The Jacobian
# ------------
# For the scores :math:`z = (2, 1, 0, -1)` the Jacobian is
# :math:`J_{ij} = s_i (\delta_{ij} - s_j)` with :math:`s = \operatorname{softmax}(z)`.
# It is symmetric, positive on the diagonal and negative elsewhere: raising one score takes
# probability from all the others. Each row sums to 0 because the probabilities always sum
# to 1, and no entry exceeds :math:`1/4` in size.

z = np.array([2.0, 1.0, 0.0, -1.0])
s = activations.softmax(z)
J = activations.softmax_derivative(z)
plot_matrix(J, row_symbol="s", column_symbol="z")

assert np.allclose(J, np.diag(s) - np.outer(s, s))
assert np.allclose(J, J.T) and np.all(np.diag(J) > 0)
assert np.all(J[~np.eye(4, dtype=bool)] < 0)
assert np.allclose(J.sum(axis=1), 0.0) and np.abs(J).max() <= 0.25
