"""
S-shaped ReLU
=============

SReLU is the identity between two learned thresholds and a line of learned slope beyond each.
It starts training as a leaky ReLU and can bend into an S.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.srelu` and :func:`activations.srelu_derivative` with the defaults, the
# start of training in Keras-contrib's layer: :math:`t_l = 0`, :math:`a_l = 0.5`,
# :math:`t_r = 2.5`, :math:`a_r = 1`. With :math:`a_r = 1` the right threshold changes nothing,
# so this is the leaky ReLU of slope 0.5, with one kink at 0. There the library returns the
# outer slope, :math:`f'(0) = a_l` (filled dot); the open dots are the one-sided limits.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.srelu(x)
dy = activations.srelu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SReLU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{SReLU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [0.5, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.srelu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title="SReLU, $t_l = 0,\\ a_l = 0.5,\\ t_r = 2.5,\\ a_r = 1$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(y, activations.leaky_relu(x, negative_slope=0.5))
assert activations.srelu_derivative(0.0) == 0.5
assert activations.catalog["srelu"].defaults == {
    "t_left": 0.0, "a_left": 0.5, "t_right": 2.5, "a_right": 1.0
}  # fmt: skip
# sphinx_gallery_end_ignore

# %%
# An S shape
# ----------
# After training the slopes differ from 1 on both sides. With :math:`t_l = -1`,
# :math:`a_l = 0.1`, :math:`t_r = 1` and :math:`a_r = 0.2` the function flattens at both ends,
# like a hard tanh that never quite saturates; the library returns :math:`f'(-1) = 0.1` and
# :math:`f'(1) = 0.2` at the kinks. No framework ships SReLU.

s_shape = {"t_left": -1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.2}
y = activations.srelu(x, **s_shape)
dy = activations.srelu_derivative(x, **s_shape)
inside = np.abs(x) < 1
# sphinx_gallery_alt = "SReLU with thresholds −1 and 1 and outer slopes 0.1 and 0.2, and its derivative: an S shape that flattens at both ends."
fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SReLU}(x)$")
for piece in (x < -1, inside, x > 1):
    ax.plot(x[piece], dy[piece], "C1--", label=r"$\mathrm{SReLU}'(x)$" if piece is inside else None)
ax.plot([-1, -1, 1, 1], [0.1, 1, 1, 0.2], "C1o", markerfacecolor="white")
ax.plot([-1, 1], activations.srelu_derivative([-1.0, 1.0], **s_shape), "C1o")
ax.set(xlabel="$x$", title="SReLU, $t_l = -1,\\ a_l = 0.1,\\ t_r = 1,\\ a_r = 0.2$")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert list(activations.srelu_derivative([-1.0, 1.0], **s_shape)) == [0.1, 0.2]
assert np.all(dy[inside] == 1.0) and activations.srelu(3.0, **s_shape) == 1.4
assert all(f.name is None for f in activations.catalog["srelu"].frameworks.values())
# sphinx_gallery_end_ignore
