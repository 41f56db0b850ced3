"""
SwiGLU
======

SwiGLU splits its input into two halves and multiplies the first by the SiLU of the second.
It is the feed-forward activation of PaLM and LLaMA.
"""

# %%
# The gate
# --------
# :func:`activations.swiglu` maps :math:`x = (a, b)` to :math:`a\,\operatorname{SiLU}(b)`.
# With :math:`a = 1` the output is the gate itself, and the entry
# :math:`\partial y / \partial b` of the Jacobian that :func:`activations.swiglu_derivative`
# returns is its slope.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

b = np.linspace(-6, 6, 601)
pairs = np.stack([np.ones_like(b), b], axis=-1)  # one row (1, b) per point
y = activations.swiglu(pairs)[:, 0]  # shape (601,)
slope = activations.swiglu_derivative(pairs)[:, 0, 1]  # dy/db, shape (601,)

fig, ax = plt.subplots()
ax.plot(b, y, label=r"$\mathrm{SwiGLU}(1, b)$")
ax.plot(b, slope, "C1--", label=r"$\partial_b \mathrm{SwiGLU}(1, b)$")
ax.set(xlabel="$b$", ylim=(-0.5, 2), title="SwiGLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.silu(b)) and np.allclose(slope, activations.silu_derivative(b))
# sphinx_gallery_end_ignore

# %%
# Which half is the gate
# ----------------------
# Like PyTorch's ``torch.nn.functional.glu`` and ``jax.nn.glu``, this library gates with the
# **second** half. Model code names the projections instead: LLaMA computes
# ``down(silu(gate(x)) * up(x))`` and PaLM :math:`\operatorname{Swish}(xW) \odot xV`. To feed
# a vector stored as ``[gate, up]`` (gate first), swap its halves with ``np.roll``.

rng = np.random.default_rng(0)
gate, up = rng.normal(size=(2, 4))
stored = np.concatenate([gate, up])  # gate first, as some fused weights store it
y = activations.swiglu(np.roll(stored, 4))  # now [up, gate]
print(np.allclose(y, activations.silu(gate) * up))

# sphinx_gallery_start_ignore
assert np.allclose(y, activations.silu(gate) * up)
assert not np.allclose(activations.swiglu(stored), y)  # without the swap: the wrong gate
# sphinx_gallery_end_ignore

# %%
# The Jacobian has the shape :math:`(n/2) \times n`, as for GLU: the gate
# :math:`\operatorname{SiLU}(b_i)` on the left diagonal, :math:`a_i\,\operatorname{SiLU}'(b_i)`
# on the right. Unlike the sigmoid, the gate is unbounded, so no entry is bounded.

print(activations.swiglu_derivative([1.5, 3.0]))

# sphinx_gallery_start_ignore
J = activations.swiglu_derivative([1.5, 3.0])
assert J.shape == (1, 2) and np.allclose(
    J, [[activations.silu(3.0), 1.5 * activations.silu_derivative(3.0)]]
)
assert activations.catalog["swiglu"].max_abs_derivative == np.inf
# sphinx_gallery_end_ignore
