"""
Softmax linear unit
===================

SoLU multiplies each entry of a vector by its softmax, so the largest entries pass and the
others are pushed towards 0. Against a single zero it is exactly SiLU.
"""

# %%
# One score against zero
# ----------------------
# :func:`activations.solu` acts on a whole vector. For the pair :math:`(x, 0)` the first output
# is :math:`x\,\sigma(x)`, the SiLU curve, and its slope, the entry :math:`J_{11}` of the
# Jacobian that :func:`activations.solu_derivative` returns, is the derivative of SiLU.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # one row (x, 0) per point
y = activations.solu(pairs)  # shape (601, 2)
jacobian = activations.solu_derivative(pairs)  # shape (601, 2, 2)

fig, ax = plt.subplots()
ax.plot(x, y[:, 0], label=r"$\mathrm{SoLU}(x, 0)_1$")
ax.plot(x, jacobian[:, 0, 0], "C1--", label=r"$J_{11}$")
ax.set(xlabel="$x$", ylim=(-1, 3), title="SoLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y[:, 0], activations.silu(x))
assert np.allclose(jacobian[:, 0, 0], activations.silu_derivative(x))
assert np.all(y[:, 1] == 0)
# sphinx_gallery_end_ignore

# %%
# Sharpening a vector
# -------------------
# For :math:`z = (4, 3, 1, -2)` the largest entry keeps most of its value, the second about a
# quarter, and the others almost nothing. In the paper a LayerNorm follows SoLU; it is not
# part of :func:`activations.solu`.

z = np.array([4.0, 3.0, 1.0, -2.0])
print(activations.solu(z).round(3))

# sphinx_gallery_start_ignore
out = activations.solu(z)
assert out[0] > 0.7 * z[0] and 0.2 * z[1] < out[1] < 0.3 * z[1]
assert np.all(np.abs(out[2:]) < 0.05)
# sphinx_gallery_end_ignore
