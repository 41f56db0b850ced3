"""
Softmin
=======

Softmin is softmax applied to the negated scores: it gives the largest probability to the
smallest entry. For two entries it is a falling sigmoid.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.softmin` is drawn in the shared frame by feeding it :math:`(x, 0)` and
# plotting the first probability, :math:`f(x) = \operatorname{softmin}(x, 0)_1 = \sigma(-x)`,
# with its slope from :func:`activations.softmin_derivative`. The slope is negative
# everywhere, at its steepest :math:`-1/4` at the origin.

import numpy as np

import activations
from activations.plotting import FRAME, plot_matrix, plot_pair

fig = plot_pair("softmin")

x = FRAME.grid()
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
p = activations.softmin(pairs)
jac = activations.softmin_derivative(pairs)

assert np.allclose(p[:, 0], activations.sigmoid(-x))
assert np.all(jac[:, 0, 0] < 0) and jac[:, 0, 0].min() == -0.25

# %%
# Softmin is softmax of :math:`-z`, and so its Jacobian is minus the softmax Jacobian taken at
# :math:`-z`. For :math:`z = (2, 1, 0, -1)` the diagonal is negative: raising a score lowers
# its own probability.

z = np.array([2.0, 1.0, 0.0, -1.0])
J = activations.softmin_derivative(z)
plot_matrix(J, row_symbol="s", column_symbol="z")

assert np.allclose(activations.softmin(z), activations.softmax(-z))
assert np.allclose(J, -activations.softmax_derivative(-z))
assert np.all(np.diag(J) < 0) and np.allclose(J.sum(axis=1), 0.0)

# %%
# The smallest score, :math:`z_4 = -1`, receives the largest probability, about 0.64.

assert activations.softmin(z).argmax() == 3
assert np.isclose(activations.softmin(z)[3], 0.6439, atol=1e-4)
