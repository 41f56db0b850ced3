"""
Softmin
=======

Softmin is softmax applied to the negated scores: it gives the largest probability to the
smallest entry. For two entries it is a falling sigmoid.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.softmin` acts on a whole vector. To draw it as a curve we feed it the pair
# :math:`(x, 0)` and plot the first probability,
# :math:`\operatorname{softmin}(x, 0)_1 = \sigma(-x)`, with its slope :math:`J_{11}` from the
# Jacobian that :func:`activations.softmin_derivative` returns. The slope is negative
# everywhere, at its steepest :math:`-1/4` at the origin.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
p = activations.softmin(pairs)  # shape (601, 2)
jacobian = activations.softmin_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, p[:, 0], label=r"$\mathrm{softmin}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.set(xlabel="$x$", title="Softmin")
ax.legend(loc="upper right")
plt.show()

print(jacobian[:, 0, 0].min(), x[jacobian[:, 0, 0].argmin()])

# sphinx_gallery_start_ignore
assert np.allclose(p[:, 0], activations.sigmoid(-x))
assert np.all(jacobian[:, 0, 0] < 0) and jacobian[:, 0, 0].min() == -0.25
assert x[jacobian[:, 0, 0].argmin()] == 0.0
# sphinx_gallery_end_ignore

# %%
# The Jacobian
# ------------
# Softmin is softmax of :math:`-z`, and so its Jacobian is minus the softmax Jacobian taken at
# :math:`-z`. For :math:`z = (2, 1, 0, -1)` the diagonal is negative: raising a score lowers
# its own probability.

z = np.array([2.0, 1.0, 0.0, -1.0])
J = activations.softmin_derivative(z)

# sphinx_gallery_alt = "The 4 × 4 Jacobian of softmin at z = (2, 1, 0, −1) as a colour grid with each value written in its cell: negative on the diagonal."
fig, ax = plt.subplots()
ax.imshow(J, cmap="PuOr_r", vmin=-0.5, vmax=0.5)
for (i, j), value in np.ndenumerate(J):
    ax.text(j, i, f"{value:.2f}", ha="center", va="center")
ax.set(xticks=range(4), yticks=range(4), xlabel="$j$", ylabel="$i$")
ax.set_title(r"$J_{ij} = \partial s_i / \partial z_j$")
ax.grid(False)
plt.show()

print(np.allclose(J, -activations.softmax_derivative(-z)))

# sphinx_gallery_start_ignore
assert np.allclose(activations.softmin(z), activations.softmax(-z))
assert np.allclose(J, -activations.softmax_derivative(-z))
assert np.all(np.diag(J) < 0) and np.allclose(J.sum(axis=1), 0.0)
# sphinx_gallery_end_ignore

# %%
# The smallest score, :math:`z_4 = -1`, receives the largest probability, about 0.64.

print(activations.softmin(z))

# sphinx_gallery_start_ignore
assert activations.softmin(z).argmax() == 3 and round(activations.softmin(z)[3], 2) == 0.64
# sphinx_gallery_end_ignore
