"""
Hard sigmoid
============

The hard sigmoid replaces the logistic curve by a straight ramp from 0 to 1, cheap to compute
on mobile hardware. Keras 2 used a steeper ramp than PyTorch, JAX and Keras 3.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.hard_sigmoid` and :func:`activations.hard_sigmoid_derivative`. The
# function is :math:`\operatorname{ReLU6}(x + 3) / 6`, a ramp of slope :math:`1/6` between the
# kinks at :math:`x = \pm 3`. There the derivative jumps between 0 and :math:`1/6`: the
# library returns 0 at both kinks, as PyTorch does (filled dots), and the open dots are the
# limits from either side. :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 5, 1001)
y = activations.hard_sigmoid(x)
dy = activations.hard_sigmoid_derivative(x)
kinks = np.array([-3.0, 3.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardSigmoid}(x)$")
ax.plot(x[x < -3], dy[x < -3], "C1--", label=r"$\mathrm{HardSigmoid}'(x)$")
ax.plot(x[np.abs(x) < 3], dy[np.abs(x) < 3], "C1--")
ax.plot(x[x > 3], dy[x > 3], "C1--")
ax.plot([-3, -3, 3, 3], [0, 1 / 6, 1 / 6, 0], "C1o", markerfacecolor="white")  # limits
ax.plot(kinks, activations.hard_sigmoid_derivative(kinks), "C1o")  # the library's values
ax.set(xlabel="$x$", title="Hard sigmoid")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.relu6(x + 3) / 6)
assert np.all(dy[np.abs(x) < 3] == 1 / 6) and np.all(dy[np.abs(x) > 3] == 0.0)
records = activations.catalog["hard_sigmoid"].kinks
assert [(k.x, k.derivative) for k in records] == [(-3, 0), (3, 0)]
assert not any(k.frameworks for k in records)
# sphinx_gallery_end_ignore

# %%
# Two ramps and the sigmoid
# -------------------------
# The sigmoid has slope :math:`1/4` at the origin, steeper than the ramp's :math:`1/6`. Keras
# 2's hard sigmoid, :math:`\operatorname{clip}(0.2x + 0.5, 0, 1)`, is steeper too and
# saturates at :math:`\pm 2.5`. The ramp of PyTorch, JAX and Keras 3 stays within 0.07 of the
# sigmoid, Keras 2's within 0.08.

s = activations.sigmoid(x)
keras2 = np.clip(0.2 * x + 0.5, 0.0, 1.0)

# sphinx_gallery_alt = "Hard sigmoid, the sigmoid and Keras 2's steeper ramp clip(0.2x + 0.5, 0, 1): two straight ramps beside the S curve."
fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardSigmoid}(x)$")
ax.plot(x, s, label=r"$\sigma(x)$")
ax.plot(x, keras2, label=r"$\mathrm{clip}(0.2x + 0.5, 0, 1)$")
ax.set(xlabel="$x$", title="Hard sigmoid")
ax.legend(loc="upper left")
plt.show()

print(np.abs(y - s).max(), np.abs(keras2 - s).max())

# sphinx_gallery_start_ignore
wide = np.linspace(-50, 50, 100001)
assert np.abs(activations.hard_sigmoid(wide) - activations.sigmoid(wide)).max() < 0.07
assert np.abs(np.clip(0.2 * wide + 0.5, 0, 1) - activations.sigmoid(wide)).max() < 0.08
assert (s * (1 - s))[x == 0] == 0.25 > 0.2 > 1 / 6  # the slopes at the origin
assert "Keras 2" in activations.catalog["hard_sigmoid"].frameworks["keras"].note
# sphinx_gallery_end_ignore
