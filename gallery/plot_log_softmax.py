"""
Log-softmax
===========

Log-softmax returns the logarithms of the softmax probabilities, computed without ever forming
the tiny probabilities themselves. It is what cross-entropy losses use.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.log_softmax` is drawn in the shared frame by feeding it :math:`(x, 0)`
# and plotting the first entry, :math:`f(x) = \log\operatorname{softmax}(x, 0)_1`, with its
# slope from the Jacobian of :func:`activations.log_softmax_derivative`. The curve is the log
# of the sigmoid: negative everywhere, close to :math:`x` on the left and to 0 on the right.

import numpy as np

import activations
from activations.plotting import FRAME, plot_matrix, plot_pair

fig = plot_pair("log_softmax")

x = FRAME.grid()
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
logp = activations.log_softmax(pairs)
jac = activations.log_softmax_derivative(pairs)

assert np.allclose(logp[:, 0], np.log(activations.sigmoid(x)))
assert np.allclose(jac[:, 0, 0], activations.sigmoid(-x))
assert np.all(logp < 0) and np.isclose(activations.log_softmax(np.zeros(2))[0], -np.log(2))

# %%
# The slope is :math:`1 - \sigma(x)`: it tends to 1, not 0, for very negative scores, so a
# wrong prediction still receives a full gradient. That is why classifiers take the log of the
# probabilities before the loss. Even at a score of :math:`-800` the result stays finite:

assert np.isclose(activations.log_softmax(np.array([-800.0, 0.0]))[0], -800.0)
assert np.isclose(activations.log_softmax_derivative(np.array([-800.0, 0.0]))[0, 0], 1.0)

# %%
# The Jacobian
# ------------
# For :math:`z = (2, 1, 0, -1)` the Jacobian is :math:`J_{ij} = \delta_{ij} - s_j`: every row is
# the identity row minus the probabilities, so each row sums to 0 and the matrix is not
# symmetric.

z = np.array([2.0, 1.0, 0.0, -1.0])
s = activations.softmax(z)
J = activations.log_softmax_derivative(z)
plot_matrix(J, row_symbol="y", column_symbol="z")

assert np.allclose(J, np.eye(4) - s[None, :])
assert np.allclose(J.sum(axis=1), 0.0) and not np.allclose(J, J.T)
