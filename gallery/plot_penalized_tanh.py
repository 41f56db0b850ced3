"""
Penalized tanh
==============

Penalized tanh is tanh for positive inputs and tanh scaled down by a factor :math:`a`, 0.25 by
default, for negative ones. It is bounded on both sides and steeper on the right.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.penalized_tanh` and :func:`activations.penalized_tanh_derivative` for
# :math:`a = 0.25`. The function levels off at 1 on the right and at :math:`-a` on the left
# (dotted lines). Its derivative jumps at the origin from :math:`a` to 1; the filled dot is the
# value the library returns there, :math:`f'(0) = a`, the left-hand value; the open dot is the
# right-hand limit.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.penalized_tanh(x)
dy = activations.penalized_tanh_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{PenalizedTanh}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{PenalizedTanh}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")  # split at the jump
ax.plot(0, activations.penalized_tanh_derivative(0.0), "C1o")  # the library's value
ax.plot(0, 1, "o", mfc="none", mec="C1")  # the right-hand limit
for level in (1, -0.25):
    ax.axhline(level, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 1.3), title="Penalized tanh")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.penalized_tanh_derivative(0.0) == 0.25
assert activations.catalog["penalized_tanh"].kinks[0].derivative == 0.25
assert activations.penalized_tanh_derivative(1e-300) == 1.0
assert activations.penalized_tanh(-1e300) == -0.25 and activations.penalized_tanh(1e300) == 1.0
# sphinx_gallery_end_ignore

# %%
# Eger et al. (2018) compared 21 activations on eight NLP tasks and found penalized tanh the
# most stable across them. The penalty :math:`a` scales the negative side; :math:`a = 1` gives
# back :func:`activations.tanh`.

# sphinx_gallery_alt = "Penalized tanh for a = 0, 0.25, 0.5 and 1: a scales the negative side, and a = 1 gives tanh."
fig, ax = plt.subplots()
for a in (0.0, 0.25, 0.5, 1.0):
    ax.plot(x, activations.penalized_tanh(x, a=a), label=rf"$a = {a}$")
ax.set(xlabel="$x$", ylabel=r"$\mathrm{PenalizedTanh}(x)$", ylim=(-1.1, 1.1))
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(activations.penalized_tanh(x, a=1.0), np.tanh(x))
assert np.all(activations.penalized_tanh(x[x <= 0], a=0.0) == 0)
# sphinx_gallery_end_ignore
