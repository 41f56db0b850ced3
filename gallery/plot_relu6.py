"""
ReLU6
=====

ReLU6 is a ReLU capped at 6, designed for low-precision arithmetic on mobile devices. In the
shared frame it looks like ReLU; its second kink lies further out.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.relu6` and :func:`activations.relu6_derivative`, framed wide enough to
# show both kinks. The derivative jumps from 0 to 1 at :math:`x = 0`, as for ReLU, and back to
# 0 at :math:`x = 6`. The library returns 0 at both kinks, as PyTorch does (filled dots), and
# the open dots are the limits from either side. :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2, 8, 1001)
y = activations.relu6(x)
dy = activations.relu6_derivative(x)
kinks = np.array([0.0, 6.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ReLU6}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{ReLU6}'(x)$")
ax.plot(x[(x > 0) & (x < 6)], dy[(x > 0) & (x < 6)], "C1--")
ax.plot(x[x > 6], dy[x > 6], "C1--")
ax.plot([0, 0, 6, 6], [0, 1, 1, 0], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(kinks, activations.relu6_derivative(kinks), "C1o")  # the library's values
ax.set(xlabel="$x$", title="ReLU6")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(dy[(x > 0) & (x < 6)] == 1.0) and np.all(dy[(x < 0) | (x > 6)] == 0.0)
records = activations.catalog["relu6"].kinks
assert [(k.x, k.derivative) for k in records] == [(0, 0), (6, 0)]
assert not any(k.frameworks for k in records)
# sphinx_gallery_end_ignore

# %%
# The cap at six
# --------------
# Beyond :math:`x = 6` the output stays at 6 and the unit saturates: it passes back no
# gradient, and neither does an input exactly at the cap, since :math:`f'(6) = 0`. ReLU6 is a
# ReLU minus a shifted ReLU, :math:`\operatorname{ReLU}(x) - \operatorname{ReLU}(x - 6)`, and
# hard tanh with the bounds 0 and 6:

print(np.array_equal(y, activations.relu(x) - activations.relu(x - 6)))
print(np.array_equal(y, activations.hard_tanh(x, min_val=0.0, max_val=6.0)))

# sphinx_gallery_start_ignore
assert activations.relu6(8.0) == 6.0 and np.all(y[x >= 6] == 6.0)
assert activations.relu6_derivative(6.0) == 0.0
assert np.array_equal(y, activations.relu(x) - activations.relu(x - 6))
assert np.array_equal(y, activations.hard_tanh(x, min_val=0.0, max_val=6.0))
thumbnail = np.linspace(-4, 4, 801)  # the gallery's shared frame
assert np.array_equal(activations.relu6(thumbnail), activations.relu(thumbnail))
# sphinx_gallery_end_ignore
