"""
ELiSH
=====

ELiSH multiplies a gate, the sigmoid, by the identity for positive inputs and by an ELU for
negative ones. It is SiLU on the right and dips to a shallow minimum on the left.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.elish` and :func:`activations.elish_derivative`. The dot marks the
# minimum, :math:`2\sqrt{2} - 3 \approx -0.172` at :math:`x = \ln(\sqrt{2} - 1) \approx -0.881`,
# where the derivative crosses zero. At the origin both branches have slope :math:`1/2`, so
# the derivative is continuous there; only the curvature jumps.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 3, 8001)
y = activations.elish(x)
dy = activations.elish_derivative(x)
i = y.argmin()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ELiSH}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{ELiSH}'(x)$")
ax.plot(x[i], y[i], "C0o")  # the minimum
ax.plot(0, activations.elish_derivative(0.0), "C1o")  # f'(0) = 1/2 from both sides
ax.set(xlabel="$x$", ylim=(-0.5, 3.2), title="ELiSH")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
x0 = np.log(np.sqrt(2) - 1)
assert abs(x[i] - x0) < 1e-3 and round(x0, 3) == -0.881
assert np.isclose(y[i], 2 * np.sqrt(2) - 3, rtol=1e-6) and round(2 * np.sqrt(2) - 3, 3) == -0.172
assert activations.elish_derivative(0.0) == 0.5
assert np.isclose(activations.elish_derivative(-1e-9), 0.5)
assert abs(activations.elish_derivative(x0)) < 1e-15
# sphinx_gallery_end_ignore

# %%
# For positive inputs ELiSH is :func:`activations.silu` (to rounding); for negative inputs
# it is :func:`activations.elu` times the sigmoid, so it returns to 0 instead of levelling off at
# :math:`-1`, and the gradient vanishes there as for SiLU.

xn = x[x < 0]
print(np.max(np.abs(activations.elish(x[x >= 0]) - activations.silu(x[x >= 0]))))
print(activations.elish(-5.0), activations.elish_derivative(-5.0))

# sphinx_gallery_start_ignore
assert np.allclose(activations.elish(xn), activations.elu(xn) * activations.sigmoid(xn))
assert np.allclose(activations.elish(x[x >= 0]), activations.silu(x[x >= 0]), rtol=1e-15)
assert -0.01 < activations.elish(-5.0) < 0 and 0 < -activations.elish_derivative(-5.0) < 0.01
# sphinx_gallery_end_ignore
