"""
GELU
====

GELU weights its input by the probability that a standard normal variable is smaller. Its tanh
approximation differs by less than 0.001, but PyTorch, JAX and Keras default differently.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.gelu` and :func:`activations.gelu_derivative`, in the exact form
# :math:`x\,\Phi(x)` where :math:`\Phi` is the normal distribution function. Like SiLU it dips
# below zero, and its slope overshoots 1 (dotted line); the dots mark the function's minimum
# and the slope's maximum.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 3, 7001)
y = activations.gelu(x)
dy = activations.gelu_derivative(x)
i, j = y.argmin(), dy.argmax()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{GELU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{GELU}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.plot(x[j], dy[j], "C1o")
ax.axhline(1, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="GELU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
from scipy.special import ndtr

assert np.allclose(y, x * ndtr(x))
assert activations.gelu_derivative(0.0) == 0.5
# sphinx_gallery_end_ignore

# %%
# The minimum is about :math:`-0.170` near :math:`x = -0.75`; the slope peaks at about
# :math:`1.13` near :math:`x = 1.41`.

print(f"{x[i]:.3f} {y[i]:.4f}")  # the minimum
print(f"{x[j]:.3f} {dy[j]:.4f}")  # the largest slope

# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.170 and round(x[i], 2) == -0.75
assert round(dy[j], 2) == 1.13 and round(x[j], 2) == 1.41
# sphinx_gallery_end_ignore

# %%
# Exact or tanh approximation
# ---------------------------
# ``approximate="tanh"`` replaces :math:`\Phi` by a tanh formula. PyTorch, Keras and MLX
# default to the exact form, JAX to the approximation. The curves would overlap, so the figure
# shows the differences, tanh form minus exact: below :math:`5 \times 10^{-4}` for the function and
# :math:`10^{-3}` for the derivative.

diff = activations.gelu(x, approximate="tanh") - y
diff_slope = activations.gelu_derivative(x, approximate="tanh") - dy

# sphinx_gallery_alt = "The tanh approximation of GELU minus the exact GELU, for the function and for its derivative: differences below 0.001."
fig, ax = plt.subplots()
ax.plot(x, diff, label=r"$\mathrm{GELU}_{\tanh}(x) - \mathrm{GELU}(x)$")
ax.plot(x, diff_slope, "C1--", label=r"$\mathrm{GELU}_{\tanh}'(x) - \mathrm{GELU}'(x)$")
ax.set(xlabel="$x$", ylim=(-0.0025, 0.0011), title="GELU")
ax.legend(loc="lower center")
plt.show()

# sphinx_gallery_start_ignore
assert 4e-4 < np.abs(diff).max() < 5e-4 and 8e-4 < np.abs(diff_slope).max() < 1e-3
fw = {k: v.defaults["approximate"] for k, v in activations.catalog["gelu"].frameworks.items()}
assert fw == {"pytorch": "none", "jax": "tanh", "keras": "none", "mlx": "none"}
# sphinx_gallery_end_ignore
