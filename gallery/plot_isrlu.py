"""
Inverse square root linear unit
===============================

ISRLU is the identity for positive inputs and the inverse square root unit for negative ones.
It resembles ELU but uses a square root instead of an exponential.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.isrlu`, the dashed line
# :func:`activations.isrlu_derivative`, for :math:`\alpha = 1`. The negative side is
# :math:`x / \sqrt{1 + \alpha x^2}` with slope :math:`(1 + \alpha x^2)^{-3/2}`, which joins the
# right-hand slope 1 smoothly; the marked point :math:`f'(0) = 1` is a kink of a higher
# derivative only.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("isrlu")

x = FRAME.grid()
dy = activations.isrlu_derivative(x)

assert activations.isrlu_derivative(0.0) == 1.0
assert np.allclose(dy[x < 0], (1 + x[x < 0] ** 2) ** -1.5) and np.all(dy[x > 0] == 1.0)
assert np.allclose(activations.isrlu(x[x < 0]), activations.isru(x[x < 0]))

# %%
# Compared with ELU the floor is approached slowly: at :math:`x = -4` ISRLU is at
# :math:`-4/\sqrt{17} \approx -0.970` with slope :math:`0.014`, ELU at :math:`-0.982` with slope
# :math:`0.018`. Further out the polynomial tail keeps more gradient: at :math:`x = -10`
# about 20 times as much as ELU.

assert np.isclose(activations.isrlu(-4.0), -4 / np.sqrt(17))
assert np.isclose(activations.isrlu_derivative(-4.0), 0.014, atol=5e-4)
assert np.isclose(activations.elu(-4.0), -0.982, atol=5e-4)
assert np.isclose(activations.elu_derivative(-4.0), 0.018, atol=5e-4)
assert 20 < activations.isrlu_derivative(-10.0) / activations.elu_derivative(-10.0) < 23

# %%
# The parameter alpha
# -------------------
# The floor is :math:`-1/\sqrt{\alpha}`: a larger :math:`\alpha` raises it and bends the
# curve sooner. The positive side does not depend on :math:`\alpha`.

alphas = (0.25, 1.0, 4.0)
fig = plot_pair("isrlu", variants=[{"alpha": a} for a in alphas])

for a in alphas:
    assert np.isclose(activations.isrlu(-1e8, alpha=a), -1 / np.sqrt(a))
    assert activations.isrlu(2.0, alpha=a) == 2.0
