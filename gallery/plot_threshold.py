"""
Threshold
=========

Threshold keeps inputs above a threshold theta and replaces the others by a constant value.
With both parameters at zero it is ReLU; otherwise the function usually jumps.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.threshold` and :func:`activations.threshold_derivative` with this
# library's defaults :math:`\theta = 0` and :math:`v = 0` (PyTorch and Keras have no defaults:
# both arguments are required). At the kink the library returns :math:`f'(\theta) = 0` like
# PyTorch (filled dot); the open dots are the limits from either side. See :ref:`kinks`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2, 3, 501)
y = activations.threshold(x)
dy = activations.threshold_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Threshold}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{Threshold}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [0, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.threshold_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title=r"Threshold, $\theta = 0$, $v = 0$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(y, activations.relu(x))
assert [(k.x, k.derivative) for k in activations.catalog["threshold"].kinks] == [(0.0, 0.0)]
assert all(not fw.defaults for fw in activations.catalog["threshold"].frameworks.values())
# sphinx_gallery_end_ignore

# %%
# Other thresholds and values
# ---------------------------
# With :math:`\theta = 1, v = 0` the function jumps by 1 at :math:`x = 1`; with
# :math:`\theta = 1, v = 1` it is continuous again, a ReLU shifted up and right; with
# :math:`v = -1` the replaced inputs go below zero. At :math:`x = \theta` it returns
# :math:`v` (filled dots; open dots: the limits from the right).

# sphinx_gallery_alt = "Threshold with θ = 1 and the values v = 0, 1 and −1, one panel each: v below x = 1, x above it."
fig, axes = plt.subplots(1, 3, sharey=True, figsize=(4.8, 2.8))
for ax, v in zip(axes, (0.0, 1.0, -1.0), strict=True):
    y = activations.threshold(x, threshold=1.0, value=v)
    ax.plot(x[x < 1], y[x < 1], "C0-")
    ax.plot(x[x > 1], y[x > 1], "C0-")
    ax.plot(1, 1, "C0o", markerfacecolor="white")  # the limit from the right
    ax.plot(1, activations.threshold(1.0, threshold=1.0, value=v), "C0o")
    ax.set(xlabel="$x$", xticks=[-1, 1, 3], title=f"$v = {v:g}$")
axes[0].set_ylabel(r"$\mathrm{Threshold}(x)$")
fig.suptitle(r"Threshold, $\theta = 1$")
plt.show()

# sphinx_gallery_start_ignore
t = activations.threshold
assert t(1.0, threshold=1.0) == 0.0 and np.isclose(t(1 + 1e-12, threshold=1.0), 1.0)
assert np.array_equal(t(x, threshold=1.0, value=1.0), activations.relu(x - 1) + 1)
assert np.all(t(x, threshold=1.0, value=-1.0)[x <= 1] == -1.0)
# sphinx_gallery_end_ignore

# %%
# The derivative is 0 up to :math:`\theta` and 1 after, whatever :math:`v`:

for v in (0.0, 1.0, -1.0):
    print(v, activations.threshold_derivative([0.0, 1.0, 2.0], threshold=1.0, value=v))

# sphinx_gallery_start_ignore
d = [activations.threshold_derivative(x, threshold=1.0, value=v) for v in (0.0, 1.0, -1.0)]
assert all(np.array_equal(d_v, 1.0 * (x > 1)) for d_v in d)
# sphinx_gallery_end_ignore
