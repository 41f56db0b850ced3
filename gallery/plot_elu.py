"""
Exponential linear unit
=======================

ELU is the identity for positive inputs and an exponential that levels off at minus alpha for
negative ones. Its mean output is closer to zero than ReLU's, and it never cuts the gradient.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.elu` and :func:`activations.elu_derivative` for :math:`\alpha = 1`. For
# negative inputs the derivative is :math:`\alpha e^{x}`, so with :math:`\alpha = 1` it meets
# the right-hand value 1 at the origin: the kink is only in the second derivative. The filled
# dot is the value the library returns there, :math:`f'(0) = 1`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 3, 801)
y = activations.elu(x)
dy = activations.elu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ELU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{ELU}'(x)$")
ax.plot(0, activations.elu_derivative(0.0), "C1o")  # the value the library returns
ax.axhline(-1, color="0.5", linestyle=":", linewidth=1)  # the floor, -alpha
ax.set(xlabel="$x$", ylim=(-1.5, 3.2), title="ELU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.elu_derivative(0.0) == 1.0 == activations.catalog["elu"].kinks[0].derivative
assert np.allclose(dy[x < 0], np.exp(x[x < 0])) and np.all(dy[x > 0] == 1.0)
# sphinx_gallery_end_ignore

# %%
# The negative side saturates at :math:`-\alpha` (dotted line): at :math:`x = -4` the output
# is already within 0.02 of :math:`-1`, and the gradient there is
# :math:`e^{-4} \approx 0.018`, small but not zero.

print(activations.elu(-4.0), activations.elu_derivative(-4.0))

# sphinx_gallery_start_ignore
assert -1.0 < activations.elu(-4.0) < -0.98
assert np.isclose(activations.elu_derivative(-4.0), np.exp(-4.0)) and round(np.exp(-4), 3) == 0.018
# sphinx_gallery_end_ignore

# %%
# The parameter alpha
# -------------------
# :math:`\alpha` sets the negative floor :math:`-\alpha`. For :math:`\alpha \ne 1` the
# derivative jumps at the origin from :math:`\alpha` to 1; the library returns
# :math:`f'(0) = \alpha`, the left-hand value, as PyTorch does (filled dots, see
# :ref:`kinks`).

# sphinx_gallery_alt = "ELU for α = 0.5, 1 and 2: the function (top) levels off at −α, and its derivative (bottom) jumps at the origin from α to 1."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for alpha in (0.5, 1.0, 2.0):
    (line,) = top.plot(x, activations.elu(x, alpha=alpha), label=rf"$\alpha = {alpha}$")
    style = dict(color=line.get_color(), linestyle=line.get_linestyle())
    d = activations.elu_derivative(x, alpha=alpha)
    bottom.plot(x[x < 0], d[x < 0], **style)  # split at the jump
    bottom.plot(x[x > 0], d[x > 0], **style)
    bottom.plot(0, activations.elu_derivative(0.0, alpha=alpha), "o", color=line.get_color())
top.set(ylabel=r"$\mathrm{ELU}(x)$", title="ELU")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{ELU}'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
for alpha in (0.5, 1.0, 2.0):
    assert np.isclose(activations.elu(-1e3, alpha=alpha), -alpha)
    assert activations.elu_derivative(0.0, alpha=alpha) == alpha
    assert activations.elu_derivative(1e-9, alpha=alpha) == 1.0
# sphinx_gallery_end_ignore
