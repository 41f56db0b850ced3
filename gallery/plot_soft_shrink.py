"""
Soft shrink
===========

Soft shrink zeroes the inputs between minus lambda and lambda and moves all the others towards
zero by lambda. It is the proximal operator of the absolute value, used in sparse coding.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.soft_shrink` and :func:`activations.soft_shrink_derivative` for
# :math:`\lambda = 0.5`. Unlike hard shrink the function is continuous; its derivative jumps
# between 0 and 1 at :math:`\pm\lambda`, where the library returns 0 like PyTorch (filled
# dots). The open dots are the limits from either side; :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2, 2, 401)
y = activations.soft_shrink(x)
dy = activations.soft_shrink_derivative(x)
kinks = np.array([-0.5, 0.5])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Softshrink}(x)$")
ax.plot(x[x < -0.5], dy[x < -0.5], "C1--", label=r"$\mathrm{Softshrink}'(x)$")
ax.plot(x[np.abs(x) < 0.5], dy[np.abs(x) < 0.5], "C1--")
ax.plot(x[x > 0.5], dy[x > 0.5], "C1--")
ax.plot([-0.5, -0.5, 0.5, 0.5], [1, 0, 0, 1], "C1o", markerfacecolor="white")  # limits
ax.plot(kinks, activations.soft_shrink_derivative(kinks), "C1o")  # the library's values
ax.set(xlabel="$x$", title="Soft shrink")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, np.sign(x) * np.maximum(np.abs(x) - 0.5, 0.0))
assert np.all(dy[np.abs(x) > 0.5] == 1.0) and np.all(dy[np.abs(x) < 0.5] == 0.0)
records = activations.catalog["soft_shrink"].kinks
assert [(k.x, k.derivative) for k in records] == [(-0.5, 0), (0.5, 0)]
assert np.array_equal(activations.soft_shrink_derivative(kinks), [0.0, 0.0])
u = np.linspace(-3, 3, 60001)  # the proximal operator: argmin (u - v)^2 / 2 + lambda |u|
for v in (-2.0, -0.3, 0.2, 1.7):
    assert np.isclose(u[np.argmin((u - v) ** 2 / 2 + 0.5 * np.abs(u))], activations.soft_shrink(v))
# sphinx_gallery_end_ignore

# %%
# Every surviving value loses exactly :math:`\lambda` of its magnitude, where hard shrink keeps
# it whole: the output is hard shrink minus :math:`\lambda \operatorname{sign}(x)` outside the
# dead zone.

print(activations.soft_shrink(2.0), activations.hard_shrink(2.0))

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.hard_shrink(x) - 0.5 * np.sign(x) * (np.abs(x) > 0.5))
# sphinx_gallery_end_ignore

# %%
# The parameter lambda
# --------------------
# A larger :math:`\lambda` widens the dead zone and shifts both linear pieces further. Keras
# calls this parameter ``threshold``; PyTorch calls it ``lambd``.

x = np.linspace(-3, 3, 601)
# sphinx_gallery_alt = "Soft shrink for λ = 0.5, 1 and 2: a larger λ widens the zero band and shifts both straight pieces further."
fig, ax = plt.subplots()
for lam in (0.5, 1.0, 2.0):
    ax.plot(x, activations.soft_shrink(x, lambd=lam), label=rf"$\lambda = {lam:g}$")
ax.set(xlabel="$x$", ylabel=r"$\mathrm{Softshrink}(x)$", title="Soft shrink")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
for lam in (0.5, 1.0, 2.0):
    assert activations.soft_shrink([lam, 3.0], lambd=lam).tolist() == [0.0, 3.0 - lam]
assert "called threshold" in activations.catalog["soft_shrink"].frameworks["keras"].note
# sphinx_gallery_end_ignore
