"""
Inverse square root linear unit
===============================

ISRLU is the identity for positive inputs and the inverse square root unit for negative ones.
It resembles ELU but uses a square root instead of an exponential.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.isrlu` and :func:`activations.isrlu_derivative` for :math:`\alpha = 1`.
# The negative side :math:`x / \sqrt{1 + \alpha x^2}` has slope :math:`(1 + \alpha x^2)^{-3/2}`,
# which joins the right-hand slope 1 smoothly: only the third derivative jumps at the origin
# (from :math:`-3\alpha` to 0). The filled dot is the library's value there, :math:`f'(0) = 1`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 3, 901)
y = activations.isrlu(x)
dy = activations.isrlu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ISRLU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{ISRLU}'(x)$")
ax.plot(0, activations.isrlu_derivative(0.0), "C1o")  # the value the library returns
ax.axhline(-1, color="0.5", linestyle=":", linewidth=1)  # the floor, -1/sqrt(alpha)
ax.set(xlabel="$x$", ylim=(-1.5, 3.2), title="ISRLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.isrlu_derivative(0.0) == 1.0 == activations.catalog["isrlu"].kinks[0].derivative
assert np.allclose(dy[x < 0], (1 + x[x < 0] ** 2) ** -1.5) and np.all(dy[x > 0] == 1.0)
assert np.allclose(activations.isrlu(x[x < 0]), activations.isru(x[x < 0]))
assert np.isclose(2e8 * (activations.isrlu_derivative(-1e-4) - 1), -3, rtol=1e-3)  # f'''(0-)
# sphinx_gallery_end_ignore

# %%
# Compared with ELU the floor is approached slowly: at :math:`x = -4` ISRLU is at
# :math:`-4/\sqrt{17} \approx -0.970` with slope 0.014, ELU at -0.982 with slope 0.018.
# Further out the algebraic tail keeps more gradient: at :math:`x = -10` more than 20 times as
# much as ELU.

isrlu_4 = activations.isrlu(-4.0), activations.isrlu_derivative(-4.0)
elu_4 = activations.elu(-4.0), activations.elu_derivative(-4.0)
ratio = activations.isrlu_derivative(-10.0) / activations.elu_derivative(-10.0)
print(np.round(isrlu_4, 3), np.round(elu_4, 3), round(ratio, 1))

# sphinx_gallery_start_ignore
assert np.isclose(isrlu_4[0], -4 / np.sqrt(17)) and tuple(np.round(isrlu_4, 3)) == (-0.970, 0.014)
assert tuple(np.round(elu_4, 3)) == (-0.982, 0.018) and 20 < ratio < 25
# sphinx_gallery_end_ignore

# %%
# The parameter alpha
# -------------------
# The floor is :math:`-1/\sqrt{\alpha}`: a larger :math:`\alpha` raises it and bends the
# curve sooner. The positive side does not depend on :math:`\alpha`.

# sphinx_gallery_alt = "ISRLU for α = 0.25, 1 and 4: the function (top) levels off at −1/√α, and its derivative (bottom); for x > 0 the curves coincide."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for alpha in (0.25, 1.0, 4.0):
    top.plot(x, activations.isrlu(x, alpha=alpha), label=rf"$\alpha = {alpha}$")
    bottom.plot(x, activations.isrlu_derivative(x, alpha=alpha))
top.set(ylabel=r"$\mathrm{ISRLU}(x)$", title="ISRLU")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{ISRLU}'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
for alpha in (0.25, 1.0, 4.0):
    assert np.isclose(activations.isrlu(-1e8, alpha=alpha), -1 / np.sqrt(alpha))
    assert activations.isrlu(2.0, alpha=alpha) == 2.0
# sphinx_gallery_end_ignore
