"""
Hard tanh
=========

Hard tanh is the identity clipped to the interval [-1, 1]: a piecewise-linear stand-in for
tanh that costs two comparisons. Its derivative is 1 inside the interval and 0 outside.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.hard_tanh` and :func:`activations.hard_tanh_derivative`. At both kinks,
# :math:`x = \pm 1`, the library returns 0 like PyTorch: the clipped side wins (filled dots;
# JAX and Keras return 1 there, see :ref:`kinks`). The open dots are the limits from either
# side.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.hard_tanh(x)
dy = activations.hard_tanh_derivative(x)
kinks = np.array([-1.0, 1.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardTanh}(x)$")
ax.plot(x[x < -1], dy[x < -1], "C1--", label=r"$\mathrm{HardTanh}'(x)$")
ax.plot(x[np.abs(x) < 1], dy[np.abs(x) < 1], "C1--")
ax.plot(x[x > 1], dy[x > 1], "C1--")
ax.plot([-1, -1, 1, 1], [0, 1, 1, 0], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(kinks, activations.hard_tanh_derivative(kinks), "C1o")  # the library's values
ax.set(xlabel="$x$", title="Hard tanh")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(dy[np.abs(x) < 1] == 1.0) and np.all(dy[np.abs(x) > 1] == 0.0)
for kink in activations.catalog["hard_tanh"].kinks:
    assert activations.hard_tanh_derivative(kink.x) == kink.derivative == 0.0
    assert abs(kink.x) == 1 and kink.frameworks == {"jax": 1.0, "keras": 1.0}
# sphinx_gallery_end_ignore

# %%
# Inside the interval the function is the identity and outside it is flat at :math:`\pm 1`,
# the same limits as tanh. It stays within 0.24 of tanh; the largest gap,
# :math:`1 - \tanh(1) \approx 0.238`, is at the kinks.

gap = np.abs(y - activations.tanh(x))
print(gap.max(), x[gap.argmax()])

# sphinx_gallery_start_ignore
assert np.array_equal(y, np.clip(x, -1.0, 1.0))
assert gap.max() == 1 - np.tanh(1) < 0.24 and abs(x[gap.argmax()]) == 1.0
# sphinx_gallery_end_ignore

# %%
# Other bounds
# ------------
# The bounds are parameters, ``min_val`` and ``max_val`` in PyTorch's naming; JAX and Keras
# fix them at :math:`-1` and 1. Widening them moves both kinks outwards; ReLU6 is the same
# construction with bounds 0 and 6.

# sphinx_gallery_alt = "Hard tanh with the bounds [−1, 1] and [−2, 2]: the wider bounds move both kinks outwards."
fig, ax = plt.subplots()
for low, high in [(-1.0, 1.0), (-2.0, 2.0)]:
    y = activations.hard_tanh(x, min_val=low, max_val=high)
    ax.plot(x, y, label=f"$[{low:g}, {high:g}]$")
ax.set(xlabel="$x$", ylabel=r"$\mathrm{HardTanh}(x)$", title="Hard tanh")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(y, np.clip(x, -2.0, 2.0))
assert np.array_equal(activations.hard_tanh(3 * x, min_val=0, max_val=6), activations.relu6(3 * x))
notes = [activations.catalog["hard_tanh"].frameworks[fw].note for fw in ("jax", "keras")]
assert all(note.startswith("Bounds fixed at -1 and 1") for note in notes)
# sphinx_gallery_end_ignore
