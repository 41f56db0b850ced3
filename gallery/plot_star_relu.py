"""
StarReLU
========

StarReLU scales and shifts the squared ReLU so that, for a standard normal input, its output
has mean 0 and variance 1. It is the activation of the MetaFormer baselines ConvFormer and
CAFormer.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.star_relu` and :func:`activations.star_relu_derivative` with the paper's
# :math:`s = 0.8944` and :math:`b = -0.4472`. Negative inputs give :math:`b`; the derivative
# :math:`2 s \max(0, x)` is continuous, and the library returns :math:`f'(0) = 0` (filled
# dot), as PyTorch's autograd gives for the MetaFormer code.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2.5, 2.5, 1001)
y = activations.star_relu(x)
dy = activations.star_relu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{StarReLU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{StarReLU}'(x)$")
ax.plot(0, activations.star_relu_derivative(0.0), "C1o")  # the library's value at the kink
ax.set(xlabel="$x$", ylim=(-1, 4.5), title="StarReLU, $s = 0.8944,\\ b = -0.4472$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.star_relu(-1.0) == -0.4472 and activations.star_relu_derivative(0.0) == 0.0
assert activations.catalog["star_relu"].defaults == {"scale": 0.8944, "bias": -0.4472}
# sphinx_gallery_end_ignore

# %%
# Where the constants come from
# -----------------------------
# For :math:`x \sim N(0, 1)`, :math:`\max(0, x)^2` has mean 1/2 and variance 5/4, so
# :math:`s = 1/\sqrt{5/4} = 0.8944` and :math:`b = -s/2 = -0.4472` standardise it. A sample of a
# million normal inputs shows mean 0 and standard deviation 1 to two decimals:

sample = activations.star_relu(np.random.default_rng(0).standard_normal(1_000_000))
print(f"mean {sample.mean():.2f}, std {sample.std():.2f}")

# sphinx_gallery_start_ignore
assert abs(sample.mean()) < 0.005 and abs(sample.std() - 1) < 0.005
assert abs(1 / np.sqrt(5 / 4) - 0.8944) < 5e-5 and abs(-0.5 / np.sqrt(5 / 4) + 0.4472) < 5e-5
# sphinx_gallery_end_ignore

# %%
# Learned scale and shift
# -----------------------
# In the models both constants are learned; the MetaFormer code starts them at
# :math:`s = 1, b = 0`, which is :func:`activations.relu_squared`. No framework ships StarReLU.

# sphinx_gallery_alt = "StarReLU with s = 0.8944, b = −0.4472 and with s = 1, b = 0, which is squared ReLU."
fig, ax = plt.subplots()
ax.plot(x, y, label="$s = 0.8944,\\ b = -0.4472$")
ax.plot(x, activations.star_relu(x, scale=1.0, bias=0.0), label="$s = 1,\\ b = 0$")
ax.set(xlabel="$x$", ylim=(-1, 4.5), title="StarReLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(activations.star_relu(x, scale=1.0, bias=0.0), activations.relu_squared(x))
assert all(f.name is None for f in activations.catalog["star_relu"].frameworks.values())
# sphinx_gallery_end_ignore
