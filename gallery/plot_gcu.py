"""
Growing cosine unit
===================

GCU multiplies its input by its cosine: a wave whose amplitude grows with the input. It is
odd, crosses zero at 0 and at every odd multiple of π/2, and behaves like the identity near 0.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.gcu` and :func:`activations.gcu_derivative`,
# :math:`f(x) = x \cos x`. The dotted lines :math:`\pm x` are its envelope; the dots mark its
# zeros.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-10, 10, 4001)
y = activations.gcu(x)
dy = activations.gcu_derivative(x)
zeros = np.pi * (np.arange(-3, 3) + 0.5)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$x \cos x$")
ax.plot(x, dy, "C1--", label=r"$\cos x - x \sin x$")
ax.plot(x, x, color="0.5", linestyle=":", linewidth=1)
ax.plot(x, -x, color="0.5", linestyle=":", linewidth=1)
ax.plot(zeros, activations.gcu(zeros), "C0o")
ax.set(xlabel="$x$", ylim=(-12, 14), title="GCU")
ax.legend(loc="upper center", ncols=2)
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * np.cos(x)) and np.all(np.abs(y) <= np.abs(x))
assert np.allclose(activations.gcu(zeros), 0.0)
# sphinx_gallery_end_ignore

# %%
# Near the origin :math:`x \cos x \approx x`: :math:`f(0) = 0` and :math:`f'(0) = 1`. The
# first turning points, where :math:`x \tan x = 1`, are at :math:`x \approx \pm 0.8603`.

turn = 0.8603335890193797
print(activations.gcu(0.0), activations.gcu_derivative(0.0), activations.gcu_derivative(turn))

# sphinx_gallery_start_ignore
assert activations.gcu(0.0) == 0.0 and activations.gcu_derivative(0.0) == 1.0
assert abs(activations.gcu_derivative(turn)) < 1e-15
assert np.all(dy[np.abs(x) < 0.86] > 0)
# sphinx_gallery_end_ignore

# %%
# Neither the function nor its slope is bounded: at :math:`x = 2k\pi` the function equals
# :math:`x`, and at :math:`x = 2k\pi - \pi/2` the slope equals :math:`x`.

k = np.array([1.0, 10.0, 100.0])
print(activations.gcu(2 * np.pi * k), activations.gcu_derivative(2 * np.pi * k - np.pi / 2))

# sphinx_gallery_start_ignore
assert np.allclose(activations.gcu(2 * np.pi * k), 2 * np.pi * k)
assert np.allclose(activations.gcu_derivative(2 * np.pi * k - np.pi / 2), 2 * np.pi * k - np.pi / 2)
# sphinx_gallery_end_ignore
