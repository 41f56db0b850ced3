"""
Concatenated ReLU
=================

CReLU returns the ReLU of its input and the ReLU of the negated input side by side, so its
output is twice as long as its input and keeps both signs.
"""

# %%
# The two halves
# --------------
# :func:`activations.crelu` maps each entry :math:`x_i` to two outputs, :math:`\max(x_i, 0)`
# and :math:`\max(-x_i, 0)`. Fed one entry per row, it returns two; the Jacobian from
# :func:`activations.crelu_derivative` has one column and two rows, the slopes 1 and -1 of the
# two halves. At the kink :math:`x = 0` both are 0, as in PyTorch (filled dots; open dots:
# the limits from either side).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.crelu(x[:, None])  # shape (601, 2)
slopes = activations.crelu_derivative(x[:, None])[:, :, 0]  # shape (601, 2)

fig, ax = plt.subplots()
ax.plot(x, y[:, 0], "C0-", label=r"$\max(x, 0)$")
ax.plot(x, y[:, 1], "C2-", label=r"$\max(-x, 0)$")
for half, color, label in (
    (0, "C1", r"$\frac{d}{dx}\max(x, 0)$"),
    (1, "C3", r"$\frac{d}{dx}\max(-x, 0)$"),
):
    ax.plot(x[x < 0], slopes[x < 0, half], color + "--", label=label)
    ax.plot(x[x > 0], slopes[x > 0, half], color + "--")
ax.plot([0, 0, 0], [1, -1, 0], "ko", markerfacecolor="white")  # one-sided limits
ax.plot(0, 0, "ko")  # the library's value for both halves
ax.set(xlabel="$x$", ylim=(-1.5, 4), title="CReLU")
ax.legend(loc="upper center", ncol=2, fontsize="small")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(activations.crelu_derivative([0.0]) == 0.0)
assert np.all(slopes[x > 0] == [1, 0]) and np.all(slopes[x < 0] == [0, -1])
assert [(k.x, k.derivative) for k in activations.catalog["crelu"].kinks] == [(0.0, 0.0)]
# sphinx_gallery_end_ignore

# %%
# The shape
# ---------
# Along the axis, the first :math:`n` outputs are the positive parts and the next :math:`n`
# the negative parts, in TensorFlow's order; the output is :math:`2n` long and the Jacobian is
# :math:`2n \times n`. Subtracting the halves gives the input back: no information is lost.

v = np.array([1.5, -0.5, 2.0])
out = activations.crelu(v)
print(out, out[:3] - out[3:])
print(activations.crelu(np.zeros((4, 3)), axis=0).shape, activations.crelu_derivative(v).shape)

# sphinx_gallery_start_ignore
assert np.array_equal(out, [1.5, 0.0, 2.0, 0.0, 0.5, 0.0])
assert np.array_equal(out[:3] - out[3:], v)
assert activations.crelu(np.zeros((4, 3)), axis=0).shape == (8, 3)
assert activations.crelu_derivative(v).shape == (6, 3)
# sphinx_gallery_end_ignore
