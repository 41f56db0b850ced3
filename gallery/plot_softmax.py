"""
Softmax
=======

Softmax turns a vector of scores into probabilities. For two scores it is exactly the sigmoid
of their difference, and its derivative is a matrix, the Jacobian.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.softmax` acts on a whole vector. To draw it as a curve we feed it the pair
# :math:`(x, 0)` and plot the first probability, :math:`\operatorname{softmax}(x, 0)_1`, with
# its slope, the entry :math:`J_{11}` of the Jacobian that
# :func:`activations.softmax_derivative` returns. The curves are exactly the sigmoid and its
# derivative.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
p = activations.softmax(pairs)  # shape (601, 2)
jacobian = activations.softmax_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, p[:, 0], label=r"$\mathrm{softmax}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.set(xlabel="$x$", title="Softmax")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(p[:, 0], activations.sigmoid(x))
assert np.allclose(jacobian[:, 0, 0], activations.sigmoid_derivative(x))
assert np.allclose(p.sum(axis=-1), 1.0)
# sphinx_gallery_end_ignore

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

# sphinx_gallery_alt = "The 4 × 4 Jacobian of softmax at z = (2, 1, 0, −1) as a colour grid with each value written in its cell: positive on the diagonal, negative elsewhere."
fig, ax = plt.subplots()
ax.imshow(J, cmap="PuOr_r", vmin=-0.25, vmax=0.25)
for (i, j), value in np.ndenumerate(J):
    ax.text(j, i, f"{value:.3f}", ha="center", va="center")
ax.set(xticks=range(4), yticks=range(4), xlabel="$j$", ylabel="$i$")
ax.set_title(r"$J_{ij} = \partial s_i / \partial z_j$")
ax.grid(False)
plt.show()

print(np.allclose(J.sum(axis=1), 0))

# sphinx_gallery_start_ignore
assert np.allclose(J, np.diag(s) - np.outer(s, s))
assert np.allclose(J, J.T) and np.all(np.diag(J) > 0)
assert np.all(J[~np.eye(4, dtype=bool)] < 0)
assert np.allclose(J.sum(axis=1), 0.0) and np.abs(J).max() <= 0.25
# sphinx_gallery_end_ignore
