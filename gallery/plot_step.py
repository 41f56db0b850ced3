"""
Binary step
===========

The binary step outputs 1 for non-negative inputs and 0 otherwise, as in the original
perceptron. Its derivative is zero wherever it exists, so gradient descent cannot train it.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.step` and :func:`activations.step_derivative`. The function jumps at
# :math:`x = 0`: the filled dot is the value the library returns there, the open dot the limit
# from the left. The derivative is zero everywhere, and the library returns 0 at the jump too
# (see :ref:`kinks`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.step(x)
dy = activations.step_derivative(x)

fig, ax = plt.subplots()
ax.plot(x[x < 0], y[x < 0], "C0-", label=r"$\mathrm{step}(x)$")
ax.plot(x[x > 0], y[x > 0], "C0-")
ax.plot(x, dy, "C1--", label=r"$\mathrm{step}'(x)$")
ax.plot(0, 0, "C0o", markerfacecolor="white")  # the limit from the left
ax.plot(0, activations.step(0.0), "C0o")  # the value the library returns
ax.set(xlabel="$x$", ylim=(-0.1, 1.1), title="Binary step")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(y[x < 0] == 0.0) and np.all(y[x >= 0] == 1.0)
assert np.all(dy == 0.0) and activations.step_derivative(0.0) == 0.0
assert [(k.x, k.derivative) for k in activations.catalog["step"].kinks] == [(0.0, 0.0)]
# sphinx_gallery_end_ignore

# %%
# A zero derivative means backpropagation has nothing to pass back: every weight before a step
# unit receives a zero gradient. The sigmoid is the smooth stand-in for the step that made
# training by gradient descent possible; squeezed horizontally it approaches the step.

# sphinx_gallery_alt = "The sigmoids σ(x), σ(10x) and σ(100x): the steeper, the closer to the binary step."
fig, ax = plt.subplots()
for k, label in [(1, r"$\sigma(x)$"), (10, r"$\sigma(10x)$"), (100, r"$\sigma(100x)$")]:
    ax.plot(x, activations.sigmoid(k * x), label=label)
ax.set(xlabel="$x$", title="Binary step")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
for k in (1, 10, 100):
    assert np.all((activations.sigmoid(k * x) >= 0.5) == (x >= 0))
assert np.max(np.abs(activations.sigmoid(100 * x) - y)[np.abs(x) > 0.1]) < 1e-4
# sphinx_gallery_end_ignore

# %%
# At the jump itself the library follows the convention of the original blog post,
# :math:`\operatorname{step}(0) = 1`, as ``torch.heaviside`` with ``values=1`` and
# ``jnp.heaviside(x, 1.0)`` do. PyTorch has no derivative for it (autograd raises); JAX's is 0
# everywhere, like the library's.

print(activations.step(0.0), activations.step_derivative(0.0))

# sphinx_gallery_start_ignore
frameworks = activations.catalog["step"].frameworks
assert activations.step(0.0) == 1.0 and "values=1 gives step(0) = 1" in frameworks["pytorch"].note
assert "it raises" in frameworks["pytorch"].note and "0 everywhere" in frameworks["jax"].note
assert frameworks["jax"].note.startswith("jnp.heaviside(x, 1.0); its autograd derivative is 0")
# sphinx_gallery_end_ignore
