"""
Rectified linear unit
=====================

ReLU passes positive inputs unchanged and replaces negative ones by zero. Its derivative is a
step from 0 to 1, so it never shrinks the gradient of an active unit.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.relu` and :func:`activations.relu_derivative` on a grid of inputs. The
# derivative jumps at :math:`x = 0`, where it has no value of its own: the library returns 0
# there, as PyTorch does (filled dot), and the open dots are the limits from either side.
# :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.relu(x)
dy = activations.relu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ReLU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{ReLU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [0, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.relu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title="ReLU")
ax.legend()
plt.show()

# sphinx_gallery_start_ignore
assert activations.relu_derivative(0.0) == 0.0
assert [(k.x, k.derivative) for k in activations.catalog["relu"].kinks] == [(0.0, 0.0)]
# sphinx_gallery_end_ignore

# %%
# The derivative takes only two values: 0 for :math:`x < 0` and exactly 1 for :math:`x > 0`.
# A unit that is active passes the gradient back unchanged, however deep the network; the
# sigmoid passes back at most 1/4.

print(np.unique(dy))

# sphinx_gallery_start_ignore
assert np.all(dy[x < 0] == 0.0) and np.all(dy[x > 0] == 1.0)
assert dy.max() == 1.0 == 4 * activations.catalog["sigmoid"].max_abs_derivative
# sphinx_gallery_end_ignore

# %%
# The price is the flat half: a unit whose input stays negative receives no gradient at all
# and can stop learning, a *dead ReLU*. Leaky ReLU, ELU and their relatives give that half a
# slope. ReLU is also its own input times its derivative,
# :math:`\operatorname{ReLU}(x) = x \cdot \operatorname{ReLU}'(x)`:

print(np.array_equal(y, x * dy))

# sphinx_gallery_start_ignore
assert np.all(y[x <= 0] == 0.0)
assert np.array_equal(y, x * dy)
# sphinx_gallery_end_ignore
