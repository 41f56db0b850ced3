"""
Smooth ReLU (SmeLU)
===================

SmeLU joins ReLU's two lines with a parabola of half-width β, so that its derivative is
continuous. Proposed to make deep networks more reproducible, it runs in production
recommendation systems.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.smelu` and :func:`activations.smelu_derivative` with :math:`\beta = 2`.
# The derivative rises linearly from 0 at :math:`x = -\beta` to 1 at :math:`x = \beta`: it has
# corners there (the second derivative jumps), but no jump, so its values at the kinks, 0 and 1
# (filled dots), are what any automatic differentiation gives.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.smelu(x)
dy = activations.smelu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SmeLU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{SmeLU}'(x)$")
ax.plot([-2, 2], activations.smelu_derivative([-2.0, 2.0]), "C1o")  # the kinks
ax.plot([-2, 2], activations.smelu([-2.0, 2.0]), "C0o")
ax.set(xlabel="$x$", title=r"SmeLU, $\beta = 2$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert list(activations.smelu_derivative([-2.0, 2.0])) == [0.0, 1.0]
assert [(k.x, k.derivative) for k in activations.catalog["smelu"].kinks] == [(-2, 0), (2, 1)]
assert activations.smelu(0.0) == 0.5 and activations.smelu_derivative(0.0) == 0.5
# sphinx_gallery_end_ignore

# %%
# The width β
# -----------
# A smaller :math:`\beta` brings SmeLU closer to ReLU: at 0 it is :math:`\beta/4` above it, the
# largest gap. The paper tries several widths; the default 2 is that of common PyTorch ports, and
# no framework ships SmeLU.

# sphinx_gallery_alt = "SmeLU for β = 0.5, 1, 2 and 4 beside ReLU (dotted): the smaller β, the closer to ReLU."
fig, ax = plt.subplots()
ax.plot(x, activations.relu(x), "k:", label=r"$\mathrm{ReLU}(x)$")
for beta in (0.5, 1.0, 2.0, 4.0):
    ax.plot(x, activations.smelu(x, beta=beta), label=rf"$\beta = {beta:g}$")
ax.set(xlabel="$x$", ylim=(-0.5, 4.2), title="SmeLU")
ax.legend(loc="upper left")
plt.show()

for beta in (0.5, 1.0, 2.0, 4.0):
    print(beta, activations.smelu(0.0, beta=beta))

# sphinx_gallery_start_ignore
for beta in (0.5, 1.0, 2.0, 4.0):
    gap = activations.smelu(x, beta=beta) - activations.relu(x)
    assert activations.smelu(0.0, beta=beta) == beta / 4 and np.max(gap) == beta / 4
assert all(f.name is None for f in activations.catalog["smelu"].frameworks.values())
# sphinx_gallery_end_ignore
