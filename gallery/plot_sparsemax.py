"""
Sparsemax
=========

Sparsemax turns scores into probabilities like softmax, but projects them onto the simplex
instead of exponentiating, so scores far enough below the largest get exactly 0.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.sparsemax` acts on a whole vector. For the pair :math:`(x, 0)` the first
# probability is :math:`(x + 1)/2` clipped to :math:`[0, 1]`, and its slope, the entry
# :math:`J_{11}` of the Jacobian that :func:`activations.sparsemax_derivative` returns, is
# :math:`1/2` between the kinks at :math:`x = \pm 1` and 0 outside.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
p = activations.sparsemax(pairs)  # shape (601, 2)
jacobian = activations.sparsemax_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, p[:, 0], label=r"$\mathrm{sparsemax}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.plot([-1, 1], [0, 0], "C1o")  # the library's value at the kinks
ax.plot([-1, 1], [0.5, 0.5], "C1o", mfc="none")  # the limits from inside
ax.set(xlabel="$x$", ylim=(-0.25, 1.25), title="Sparsemax")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(p[:, 0], np.clip((x + 1) / 2, 0, 1))
inside = np.abs(x) < 1
assert np.all(jacobian[inside, 0, 0] == 0.5) and np.all(jacobian[~inside, 0, 0] == 0.0)
assert activations.sparsemax_derivative([1.0, 0.0])[0, 0] == 0.0
assert activations.sparsemax_derivative([-1.0, 0.0])[0, 0] == 0.0
# sphinx_gallery_end_ignore

# %%
# At the kinks an entry sits exactly on the threshold, with probability 0. The library counts
# it outside the support, as the ``entmax`` package's backward pass does, so the slope there
# is 0, the value from outside.
#
# Exact zeros
# -----------
# For the scores :math:`z = (2, 1.5, 0, -1)` softmax gives every entry a share; sparsemax
# keeps only the two largest, :math:`0.75` and :math:`0.25`, and its Jacobian is
# :math:`\delta_{ij} - 1/2` on them and 0 elsewhere.

z = np.array([2.0, 1.5, 0.0, -1.0])
print(activations.softmax(z).round(3))
print(activations.sparsemax(z))
print(activations.sparsemax_derivative(z))

# sphinx_gallery_start_ignore
np.testing.assert_array_equal(activations.sparsemax(z), [0.75, 0.25, 0.0, 0.0])
assert np.all(activations.softmax(z) > 0)
J = activations.sparsemax_derivative(z)
np.testing.assert_array_equal(J[:2, :2], [[0.5, -0.5], [-0.5, 0.5]])
assert not J[2:].any() and not J[:, 2:].any()
# sphinx_gallery_end_ignore
