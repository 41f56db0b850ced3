"""
SiLU (Swish)
============

SiLU multiplies its input by the sigmoid of that input. It dips below zero before rising, is
not monotonic, and its slope overshoots 1 for positive inputs.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.silu` and :func:`activations.silu_derivative`,
# :math:`\operatorname{SiLU}(x) = x\,\sigma(x)`. It is :func:`activations.swish`,
# :math:`x\,\sigma(\beta x)`, with :math:`\beta = 1`; PyTorch, JAX, Keras and MLX ship only
# this case. The dots mark the function's minimum and the slope's maximum; the dotted line is
# the slope 1.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 12001)
y = activations.silu(x)
dy = activations.silu_derivative(x)
i, j = y.argmin(), dy.argmax()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SiLU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{SiLU}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.plot(x[j], dy[j], "C1o")
ax.axhline(1, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="SiLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * activations.sigmoid(x))
assert np.array_equal(y, activations.swish(x, beta=1.0))
# sphinx_gallery_end_ignore

# %%
# The function has a single minimum of about :math:`-0.278` near :math:`x = -1.28`, where the
# derivative crosses zero; at the origin the slope is :math:`1/2`.

print(f"{x[i]:.3f} {y[i]:.4f}")  # the minimum
print(activations.silu_derivative(0.0))

# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.278 and round(x[i], 2) == -1.28
assert np.all(dy[x < x[i]] < 0) and np.all(dy[x > x[i]] > 0)  # a single minimum
assert abs(activations.silu_derivative(x[i])) < 1e-3
assert activations.silu_derivative(0.0) == 0.5
# sphinx_gallery_end_ignore

# %%
# Unlike ReLU's, the derivative is not capped at 1: it peaks at about :math:`1.10` near
# :math:`x = 2.4`, then approaches 1 from above. For large negative inputs both the function
# and its derivative return to 0.

print(f"{x[j]:.3f} {dy[j]:.4f}")  # the largest slope
print(activations.silu(-40.0), activations.silu_derivative(-40.0))

# sphinx_gallery_start_ignore
assert round(dy[j], 2) == 1.10 and round(x[j], 1) == 2.4
assert np.all(dy[x > x[j]] > 1.0) and np.all(np.diff(dy[x > x[j]]) < 0)
assert abs(activations.silu(-40.0)) < 1e-15 and abs(activations.silu_derivative(-40.0)) < 1e-15
# sphinx_gallery_end_ignore
