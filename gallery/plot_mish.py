"""
Mish
====

Mish multiplies its input by the tanh of its softplus. Like SiLU it is smooth, dips slightly
below zero and is not monotonic, but its dip is deeper and its slope steeper at the origin.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.mish` and :func:`activations.mish_derivative`,
# :math:`\operatorname{Mish}(x) = x \tanh(\operatorname{softplus}(x))`. The dots mark the
# function's minimum and the slope's maximum; the dotted line is the slope 1.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 5, 10001)
y = activations.mish(x)
dy = activations.mish_derivative(x)
i, j = y.argmin(), dy.argmax()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Mish}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{Mish}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.plot(x[j], dy[j], "C1o")
ax.axhline(1, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="Mish")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * np.tanh(activations.softplus(x)))
# sphinx_gallery_end_ignore

# %%
# The minimum is about :math:`-0.309` near :math:`x = -1.19`, deeper than SiLU's
# :math:`-0.278`. At the origin the slope is :math:`\tanh(\ln 2) = 3/5` exactly, against
# SiLU's :math:`1/2`.

print(f"{x[i]:.3f} {y[i]:.4f}")  # the minimum
print(activations.silu(x).min())
print(activations.mish_derivative(0.0))

# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.309 and round(x[i], 2) == -1.19
assert round(activations.silu(x).min(), 3) == -0.278
assert np.isclose(activations.mish_derivative(0.0), 0.6) and np.isclose(np.tanh(np.log(2)), 0.6)
assert np.isclose((activations.silu(1e-6) - activations.silu(-1e-6)) / 2e-6, 0.5)
# sphinx_gallery_end_ignore

# %%
# Like SiLU's, the derivative overshoots 1, peaking at about :math:`1.09` near
# :math:`x = 1.5`. Mish approaches the identity faster: at :math:`x = 4` it is within
# :math:`0.005` of :math:`x`, SiLU only within :math:`0.08`.

print(f"{x[j]:.3f} {dy[j]:.4f}")  # the largest slope
print(4 - activations.mish(4.0), 4 - activations.silu(4.0))

# sphinx_gallery_start_ignore
assert round(dy[j], 2) == 1.09 and round(x[j], 1) == 1.5
assert 0 < 4 - activations.mish(4.0) < 0.005 and 0.005 < 4 - activations.silu(4.0) < 0.08
# sphinx_gallery_end_ignore
