"""
Gated linear unit
=================

GLU splits its input into two halves and multiplies the first by the sigmoid of the second,
a gate. Feeding the same value to both halves gives SiLU.
"""

# %%
# Both halves equal
# -----------------
# :func:`activations.glu` maps :math:`x = (a, b)` to :math:`a\,\sigma(b)`. To draw it as a
# curve we feed it :math:`(x, x)`, which gives :math:`x\,\sigma(x)`, the SiLU curve; the slope
# along that line is the sum of the two entries of the Jacobian that
# :func:`activations.glu_derivative` returns.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
pairs = np.stack([x, x], axis=-1)  # one row (x, x) per point
y = activations.glu(pairs)[:, 0]  # shape (601,)
jacobian = activations.glu_derivative(pairs)  # shape (601, 1, 2)
slope = jacobian[:, 0, :].sum(axis=-1)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{GLU}(x, x)$")
ax.plot(x, slope, "C1--", label=r"$\frac{d}{dx}\mathrm{GLU}(x, x)$")
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="GLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
sig, dsig = activations.sigmoid(x), activations.sigmoid_derivative(x)
assert np.allclose(y, x * sig) and np.allclose(slope, sig + x * dsig)  # SiLU and its slope
# sphinx_gallery_end_ignore

# %%
# The Jacobian
# ------------
# For :math:`a = (1.5, -1)` and :math:`b = (0.5, -2)` the output has two entries and the
# Jacobian is :math:`2 \times 4`. Each output depends only on its own :math:`a_i` and
# :math:`b_i`: the left block is :math:`\operatorname{diag}(\sigma(b))`, the gate, and the right
# block :math:`\operatorname{diag}(a\,\sigma'(b))`.

a, b = np.array([1.5, -1.0]), np.array([0.5, -2.0])
J = activations.glu_derivative(np.concatenate([a, b]))

# sphinx_gallery_alt = "The 2 × 4 Jacobian of GLU as a colour grid with each value written in its cell: output i depends only on a_i and b_i."
fig, ax = plt.subplots()
ax.imshow(J, cmap="PuOr_r", vmin=-1, vmax=1)
for (i, j), value in np.ndenumerate(J):
    ax.text(j, i, f"{value:.3f}", ha="center", va="center")
ax.set_xticks(range(4), ["$a_1$", "$a_2$", "$b_1$", "$b_2$"])
ax.set_yticks(range(2), ["$y_1$", "$y_2$"])
ax.set_title(r"$J_{ij} = \partial y_i / \partial x_j$")
ax.grid(False)
plt.show()

# sphinx_gallery_start_ignore
assert J.shape == (2, 4)
assert np.allclose(J[:, :2], np.diag(activations.sigmoid(b)))
assert np.allclose(J[:, 2:], np.diag(a * activations.sigmoid_derivative(b)))
# sphinx_gallery_end_ignore

# %%
# The gate is always between 0 and 1, so the derivative with respect to :math:`a` never
# exceeds 1; the derivative with respect to :math:`b` grows with :math:`|a|`.

print(np.diag(J[:, :2]), np.diag(J[:, 2:]))

# sphinx_gallery_start_ignore
ab = np.stack([np.ones(801), np.linspace(-40, 40, 801)], axis=-1)  # a = 1, b from -40 to 40
gate = activations.glu_derivative(ab)[:, 0, 0]
assert np.all((gate >= 0) & (gate <= 1))
assert np.allclose(activations.glu_derivative(np.concatenate([10 * a, b]))[:, 2:], 10 * J[:, 2:])
# sphinx_gallery_end_ignore
