"""
Quick GELU
==========

Quick GELU replaces GELU's Gaussian distribution function by a sigmoid: x times the sigmoid of
1.702 x. OpenAI's CLIP uses it; it is Swish with beta = 1.702.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.quick_gelu` and :func:`activations.quick_gelu_derivative`,
# :math:`x\,\sigma(1.702\,x)`. The dot marks the minimum, about :math:`-0.164` near
# :math:`x = -0.751`, where the derivative crosses zero.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 8001)
y = activations.quick_gelu(x)
dy = activations.quick_gelu_derivative(x)
i = y.argmin()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{QuickGELU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{QuickGELU}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="Quick GELU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * activations.sigmoid(1.702 * x))
assert round(y[i], 3) == -0.164 and round(x[i], 3) == -0.751 and abs(dy[i]) < 1e-3
assert np.allclose(y, activations.swish(x, beta=1.702))
# sphinx_gallery_end_ignore

# %%
# How close to GELU
# -----------------
# Hendrycks and Gimpel, who introduced :func:`activations.gelu`, noted that
# :math:`\Phi(x) \approx \sigma(1.702\,x)`. The two curves differ by less than :math:`0.021`
# anywhere (printed: the largest difference, near :math:`x = \pm 2.3`); the plot shows the
# difference.

difference = y - activations.gelu(x)
k = np.abs(difference).argmax()
print(f"{abs(difference[k]):.4f} at x = {x[k]:.2f}")

# sphinx_gallery_alt = "Quick GELU minus GELU: a small difference that changes sign, at most about 0.02."
fig, ax = plt.subplots()
ax.plot(x, difference)
ax.axhline(0, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylabel=r"$\mathrm{QuickGELU}(x) - \mathrm{GELU}(x)$", title="Quick GELU")
plt.show()

# sphinx_gallery_start_ignore
assert 0.019 < np.max(np.abs(difference)) < 0.021 and round(abs(x[k]), 1) == 2.3
# sphinx_gallery_end_ignore

# %%
# In the frameworks
# -----------------
# PyTorch, JAX and Keras do not ship it: CLIP's code defines a ``QuickGELU`` module,
# ``x * torch.sigmoid(1.702 * x)``. MLX ships it as ``mlx.nn.gelu_fast_approx``, which the
# library also accepts as a name.

print(activations.gelu_fast_approx is activations.quick_gelu)

# sphinx_gallery_start_ignore
fw = activations.catalog["quick_gelu"].frameworks
assert [n for n, spec in fw.items() if spec.call] == ["mlx"]
assert fw["mlx"].name == "mlx.nn.gelu_fast_approx"
assert activations.gelu_fast_approx is activations.quick_gelu
# sphinx_gallery_end_ignore
