"""
GeGLU
=====

GeGLU splits its input into two halves and multiplies the first by the GELU of the second.
Gemma uses it with the tanh form of GELU, T5 v1.1 with the exact form.
"""

# %%
# The gate
# --------
# :func:`activations.geglu` maps :math:`x = (a, b)` to :math:`a\,\operatorname{GELU}(b)`.
# With :math:`a = 1` the output is the gate itself, and the entry
# :math:`\partial y / \partial b` of the Jacobian that :func:`activations.geglu_derivative`
# returns is its slope.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

b = np.linspace(-6, 6, 601)
pairs = np.stack([np.ones_like(b), b], axis=-1)  # one row (1, b) per point
y = activations.geglu(pairs)[:, 0]  # shape (601,)
slope = activations.geglu_derivative(pairs)[:, 0, 1]  # dy/db, shape (601,)

fig, ax = plt.subplots()
ax.plot(b, y, label=r"$\mathrm{GeGLU}(1, b)$")
ax.plot(b, slope, "C1--", label=r"$\partial_b \mathrm{GeGLU}(1, b)$")
ax.set(xlabel="$b$", ylim=(-0.5, 2), title="GeGLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.gelu(b)) and np.allclose(slope, activations.gelu_derivative(b))
# sphinx_gallery_end_ignore

# %%
# Exact or tanh
# -------------
# ``approximate="tanh"`` uses the tanh form of GELU, as Gemma's "approximated GeGLU" does. The
# two gates differ by less than :math:`5 \times 10^{-4}`. Beware when composing it yourself:
# ``jax.nn.gelu`` defaults to the tanh form, PyTorch's and Keras's ``gelu`` to the exact one.

row = np.array([1.0, 1.0])
print(activations.geglu(row), activations.geglu(row, approximate="tanh"))

# sphinx_gallery_start_ignore
gap = activations.geglu(pairs, approximate="tanh") - activations.geglu(pairs)
assert 1e-4 < np.abs(gap).max() < 5e-4
# sphinx_gallery_end_ignore

# %%
# Which half is the gate
# ----------------------
# Like PyTorch's ``torch.nn.functional.glu`` and ``jax.nn.glu``, this library gates with the
# **second** half. Gemma's code computes ``down(gelu(gate(x)) * up(x))``; to feed a vector
# stored as ``[gate, up]`` (gate first), swap its halves with ``np.roll``.

rng = np.random.default_rng(0)
gate, up = rng.normal(size=(2, 4))
y = activations.geglu(np.roll(np.concatenate([gate, up]), 4))  # now [up, gate]
print(np.allclose(y, activations.gelu(gate) * up))

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.gelu(gate) * up)
# sphinx_gallery_end_ignore
