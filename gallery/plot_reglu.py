"""
ReGLU
=====

ReGLU splits its input into two halves and multiplies the first by the ReLU of the second.
The gate is exactly zero for a negative second half.
"""

# %%
# The gate
# --------
# :func:`activations.reglu` maps :math:`x = (a, b)` to :math:`a\,\max(b, 0)`. With
# :math:`a = 1` the output is the gate itself, and the entry :math:`\partial y / \partial b`
# of the Jacobian that :func:`activations.reglu_derivative` returns is its slope: 0, then
# :math:`a`. At the kink :math:`b = 0` it is 0 (filled dot), as PyTorch's autograd gives; the
# open dots are the one-sided limits.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

b = np.linspace(-6, 6, 601)
pairs = np.stack([np.ones_like(b), b], axis=-1)  # one row (1, b) per point
y = activations.reglu(pairs)[:, 0]  # shape (601,)
slope = activations.reglu_derivative(pairs)[:, 0, 1]  # dy/db, shape (601,)
at_kink = activations.reglu_derivative([1.0, 0.0])[0, 1]

fig, ax = plt.subplots()
ax.plot(b, y, label=r"$\mathrm{ReGLU}(1, b)$")
ax.plot(b[b < 0], slope[b < 0], "C1--", label=r"$\partial_b \mathrm{ReGLU}(1, b)$")
ax.plot(b[b > 0], slope[b > 0], "C1--")
ax.plot([0, 0], [0, 1], "C1o", markerfacecolor="none")  # one-sided limits
ax.plot(0, at_kink, "C1o")  # the value returned at the kink
ax.set(xlabel="$b$", ylim=(-0.5, 2), title="ReGLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(y, np.maximum(b, 0)) and at_kink == 0.0
assert np.array_equal(slope, 1.0 * (b > 0))
# sphinx_gallery_end_ignore

# %%
# Which half is the gate
# ----------------------
# Like PyTorch's ``torch.nn.functional.glu`` and ``jax.nn.glu``, this library gates with the
# **second** half; model code usually writes :math:`\max(xW, 0) \odot xV` with named
# projections. To feed a vector stored as ``[gate, up]`` (gate first), swap its halves with
# ``np.roll``. Where the gate is negative, the output and both derivatives are exactly 0.

rng = np.random.default_rng(0)
gate, up = rng.normal(size=(2, 4))
y = activations.reglu(np.roll(np.concatenate([gate, up]), 4))  # now [up, gate]
print(np.allclose(y, np.maximum(gate, 0) * up), y)

# sphinx_gallery_start_ignore
assert np.array_equal(y, np.maximum(gate, 0) * up) and np.all(y[gate < 0] == 0)
J = activations.reglu_derivative(np.concatenate([up, gate]))
assert np.all(J[gate < 0] == 0)
# sphinx_gallery_end_ignore
