"""
1.5-entmax
==========

1.5-entmax lies between softmax and sparsemax: like sparsemax it gives exactly 0 to scores far
below the largest, but its probabilities bend smoothly, so its Jacobian is continuous.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.entmax15` acts on a whole vector. For the pair :math:`(x, 0)` the first
# probability rises from 0 at :math:`x = -2` to 1 at :math:`x = 2`; its slope, the entry
# :math:`J_{11}` of the Jacobian that :func:`activations.entmax15_derivative` returns, goes to
# 0 at both ends without a jump.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
p = activations.entmax15(pairs)  # shape (601, 2)
jacobian = activations.entmax15_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, p[:, 0], label=r"$\mathrm{entmax}_{1.5}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.set(xlabel="$x$", ylim=(-0.25, 1.25), title="1.5-entmax")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
outside = np.abs(x) >= 2
assert np.all(p[outside, 0] == (x[outside] > 0)) and np.all(jacobian[outside, 0, 0] == 0)
assert np.all((p[~outside, 0] > 0) & (p[~outside, 0] < 1))
assert np.allclose(p.sum(axis=-1), 1.0)
assert np.abs(np.diff(jacobian[:, 0, 0])).max() < 0.01  # no jump
# sphinx_gallery_end_ignore

# %%
# Between softmax and sparsemax
# -----------------------------
# For the scores :math:`z = (1, 0.5, 0, -1)` softmax keeps all four entries, 1.5-entmax
# three and sparsemax two.

z = np.array([1.0, 0.5, 0.0, -1.0])
for f in (activations.softmax, activations.entmax15, activations.sparsemax):
    print(f.__name__, f(z).round(3))

# sphinx_gallery_start_ignore
assert np.count_nonzero(activations.softmax(z)) == 4
assert np.count_nonzero(activations.entmax15(z)) == 3
assert np.count_nonzero(activations.sparsemax(z)) == 2
# sphinx_gallery_end_ignore
