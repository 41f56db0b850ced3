"""
Continuously differentiable ELU
===============================

CELU rescales the exponential side of ELU so that its derivative is continuous for every
alpha. With alpha equal to one it is exactly ELU.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.celu` and :func:`activations.celu_derivative` for :math:`\alpha = 1`. The
# negative side is :math:`\alpha(e^{x/\alpha} - 1)`, whose slope :math:`e^{x/\alpha}` reaches 1
# at the origin: the kink is only in the second derivative. The filled dot is the value the
# library returns there, :math:`f'(0) = 1`, as PyTorch, JAX and Keras do; MLX returns 0 (see
# :ref:`kinks`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 3, 801)
y = activations.celu(x)
dy = activations.celu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{CELU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{CELU}'(x)$")
ax.plot(0, activations.celu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", ylim=(-1.5, 3.2), title="CELU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.elu(x)) and np.allclose(dy, activations.elu_derivative(x))
assert activations.celu_derivative(0.0) == 1.0 == activations.catalog["celu"].kinks[0].derivative
assert activations.catalog["celu"].kinks[0].frameworks == {"mlx": 0.0}
# sphinx_gallery_end_ignore

# %%
# The parameter alpha
# -------------------
# A larger :math:`\alpha` lowers the floor to :math:`-\alpha` and stretches the exponential
# horizontally by the same factor. Unlike ELU's, the derivative stays continuous at the origin,
# equal to 1 from both sides, whatever :math:`\alpha`.

# sphinx_gallery_alt = "CELU for α = 0.5, 1 and 2: the function (top) levels off at −α, and its derivative (bottom) is 1 at the origin for every α."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for alpha in (0.5, 1.0, 2.0):
    top.plot(x, activations.celu(x, alpha=alpha), label=rf"$\alpha = {alpha}$")
    bottom.plot(x, activations.celu_derivative(x, alpha=alpha))
top.set(ylabel=r"$\mathrm{CELU}(x)$", title="CELU")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{CELU}'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
for alpha in (0.5, 1.0, 2.0):
    assert np.isclose(activations.celu(-1e3, alpha=alpha), -alpha)
    assert np.isclose(activations.celu_derivative(-1e-9, alpha=alpha), 1.0)
    assert activations.celu_derivative(0.0, alpha=alpha) == 1.0
    assert activations.celu_derivative(1e-9, alpha=alpha) == 1.0
# sphinx_gallery_end_ignore

# %%
# The relation to ELU is a change of scale:
# :math:`\operatorname{CELU}_\alpha(x) = \alpha\,\operatorname{ELU}_1(x/\alpha)`.

for alpha in (0.5, 1.0, 2.0):
    print(alpha, np.allclose(activations.celu(x, alpha=alpha), alpha * activations.elu(x / alpha)))

# sphinx_gallery_start_ignore
for alpha in (0.5, 1.0, 2.0):
    assert np.allclose(activations.celu(x, alpha=alpha), alpha * activations.elu(x / alpha))
# sphinx_gallery_end_ignore
