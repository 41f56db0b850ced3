"""
Gated linear unit
=================

GLU splits its input into two halves and multiplies the first by the sigmoid of the second,
a gate. Feeding the same value to both halves gives SiLU.
"""

# %%
# Both halves equal
# -----------------
# :func:`activations.glu` maps :math:`x = (a, b)` to :math:`a\,\sigma(b)`. To draw it in the
# shared frame we feed it :math:`(x, x)`, which gives :math:`f(x) = x\,\sigma(x)`, the SiLU
# curve; the slope along that line is the sum of the two columns of the Jacobian returned by
# :func:`activations.glu_derivative`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_matrix, plot_pair

fig = plot_pair("glu")

x = FRAME.grid()
pairs = np.stack([x, x], axis=-1)
y = activations.glu(pairs)[:, 0]
jac = activations.glu_derivative(pairs)

sig, dsig = activations.sigmoid(x), activations.sigmoid_derivative(x)
assert np.allclose(y, x * sig)
assert np.allclose(jac[:, 0, :].sum(axis=-1), sig + x * dsig)

# %%
# The Jacobian
# ------------
# For :math:`a = (1.5, -1)` and :math:`b = (0.5, -2)` the output has two entries and the
# Jacobian is :math:`2 \times 4`. Each output depends only on its own :math:`a_i` and
# :math:`b_i`: the left block is :math:`\operatorname{diag}(\sigma(b))`, the gate, and the right
# block :math:`\operatorname{diag}(a\,\sigma'(b))`.

a, b = np.array([1.5, -1.0]), np.array([0.5, -2.0])
J = activations.glu_derivative(np.concatenate([a, b]))
plot_matrix(J, column_labels=[rf"$\partial {v}$" for v in ("a_1", "a_2", "b_1", "b_2")])

assert J.shape == (2, 4)
assert np.allclose(J[:, :2], np.diag(activations.sigmoid(b)))
assert np.allclose(J[:, 2:], np.diag(a * activations.sigmoid_derivative(b)))

# %%
# The gate is always between 0 and 1, so the derivative with respect to :math:`a` never
# exceeds 1; the derivative with respect to :math:`b` grows with :math:`|a|`.

gate = np.diag(J[:, :2])
assert np.all((gate > 0) & (gate < 1))
