"""
Log-softmax
===========

Log-softmax returns the logarithms of the softmax probabilities, computed without ever forming
the tiny probabilities themselves. It is what cross-entropy losses use.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.log_softmax` acts on a whole vector. To draw it as a curve we feed it the
# pair :math:`(x, 0)` and plot the first entry with its slope :math:`J_{11}`, taken from the
# Jacobian that :func:`activations.log_softmax_derivative` returns. The curve is the log of the
# sigmoid: negative everywhere, close to :math:`x` on the left (dotted) and to 0 on the right.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
logp = activations.log_softmax(pairs)  # shape (601, 2)
jacobian = activations.log_softmax_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, logp[:, 0], label=r"$\log\mathrm{softmax}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.plot(x, x, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-6.5, 1.5), title="Log-softmax")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(logp[:, 0], np.log(activations.sigmoid(x))) and np.all(logp < 0)
assert np.allclose(jacobian[:, 0, 0], activations.sigmoid(-x))
assert np.all(np.abs(logp[x <= -4, 0] - x[x <= -4]) < 0.02) and np.all(logp[x >= 4, 0] > -0.02)
# sphinx_gallery_end_ignore

# %%
# The slope is :math:`1 - \sigma(x)`: it tends to 1, not 0, for very negative scores, so a
# wrong prediction still receives a full gradient. That is why classifiers take the log of the
# probabilities before the loss. Even at a score of :math:`-800` the result stays finite:

scores = np.array([-800.0, 0.0])
print(activations.log_softmax(scores), activations.log_softmax_derivative(scores)[0, 0])

# sphinx_gallery_start_ignore
assert np.allclose(activations.log_softmax(scores), [-800.0, 0.0])
assert activations.log_softmax_derivative(scores)[0, 0] == 1.0
# sphinx_gallery_end_ignore

# %%
# The Jacobian
# ------------
# For :math:`z = (2, 1, 0, -1)` the Jacobian is :math:`J_{ij} = \delta_{ij} - s_j` with
# :math:`s = \operatorname{softmax}(z)`: every row is a row of the identity matrix minus the
# probabilities, so each row sums to 0 and the matrix is not symmetric.

z = np.array([2.0, 1.0, 0.0, -1.0])
J = activations.log_softmax_derivative(z)

# sphinx_gallery_alt = "The 4 × 4 Jacobian of log-softmax at z = (2, 1, 0, −1) as a colour grid with each value written in its cell."
fig, ax = plt.subplots()
ax.imshow(J, cmap="PuOr_r", vmin=-1.5, vmax=1.5)
for (i, j), value in np.ndenumerate(J):
    ax.text(j, i, f"{value:.2f}", ha="center", va="center")
ax.set(xticks=range(4), yticks=range(4), xlabel="$j$", ylabel="$i$")
ax.set_title(r"$J_{ij} = \partial y_i / \partial z_j$")
ax.grid(False)
plt.show()

print(np.allclose(J.sum(axis=1), 0))

# sphinx_gallery_start_ignore
assert np.allclose(J, np.eye(4) - activations.softmax(z)[None, :])
assert np.allclose(J.sum(axis=1), 0.0) and not np.allclose(J, J.T)
# sphinx_gallery_end_ignore
