"""
Maxout
======

Maxout returns the largest of k pieces. In a network each piece is a linear function of the
layer's input, so a unit draws the upper envelope of k lines: a convex piecewise-linear
curve whose kinks are learned.
"""

# %%
# The upper envelope
# ------------------
# Three lines of a scalar input :math:`t` (dotted) are the pieces; :func:`activations.maxout`
# with :math:`k = 3` takes their maximum. Its Jacobian, from
# :func:`activations.maxout_derivative`, holds a 1 at the winning piece, so the slope in
# :math:`t` is that piece's slope. Where two pieces tie the gradient goes to the first of
# them, as in PyTorch (filled dots; open dots: the limits from either side).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

w, b = np.array([-1.0, 0.5, 2.0]), np.array([-1.0, 0.5, -2.5])  # pieces w t + b
t = np.linspace(-3, 3, 601)
pieces = t[:, None] * w + b  # shape (601, 3), one group of k = 3 per row
y = activations.maxout(pieces, k=3)[:, 0]
slope = activations.maxout_derivative(pieces, k=3)[:, 0, :] @ w  # chain rule through t

fig, ax = plt.subplots()
ax.plot(t, pieces, ":", color="0.6")
label = r"$\frac{d}{dt}\max_j (w_j t + b_j)$"
ax.plot(t, y, label=r"$\max_j (w_j t + b_j)$")
for a, c in ((-3, -1), (-1, 2), (2, 3)):
    inside = (t > a) & (t < c)
    ax.plot(t[inside], slope[inside], "C1--", label=label if a == -3 else None)
ax.plot([-1, -1, 2, 2], [-1, 0.5, 0.5, 2], "C1o", markerfacecolor="white")
ax.plot([-1, 2], [-1, 0.5], "C1o")  # the first tied piece's slope
ax.set(xlabel="$t$", ylim=(-1.5, 5), title="Maxout, $k = 3$")
ax.legend(loc="upper center")
plt.show()

# sphinx_gallery_start_ignore
at_kinks = activations.maxout_derivative(np.array([-1.0, 2.0])[:, None] * w + b, k=3)[:, 0, :]
assert np.array_equal(at_kinks @ w, [-1.0, 0.5])  # ties at t = -1 and t = 2: the first piece
assert np.array_equal(np.unique(slope), [-1.0, 0.5, 2.0])
# sphinx_gallery_end_ignore

# %%
# ReLU and the absolute value are maxout units with two pieces, :math:`(x, 0)` and
# :math:`(x, -x)`. The pieces are consecutive entries along the axis, as in PyTorch code that
# writes ``x.view(..., n // k, k).max(-1)``.

x, zero = np.array([-2.0, 0.5, 3.0]), np.zeros(3)
print(activations.maxout(np.stack([x, zero], axis=-1))[:, 0])
print(activations.maxout(np.stack([x, -x], axis=-1))[:, 0])

# sphinx_gallery_start_ignore
assert np.array_equal(activations.maxout(np.stack([x, zero], -1))[:, 0], activations.relu(x))
assert np.array_equal(activations.maxout(np.stack([x, -x], -1))[:, 0], np.abs(x))
# sphinx_gallery_end_ignore

# %%
# At a tie the derivative does not exist. The library sends the whole gradient to the first
# tied piece, as PyTorch's ``max(-1).values`` does; ``amax`` in PyTorch and the ``max`` of
# JAX and MLX split it equally, 1/2 each here.

print(activations.maxout_derivative([1.0, 1.0]))

# sphinx_gallery_start_ignore
assert np.array_equal(activations.maxout_derivative([1.0, 1.0]), [[1.0, 0.0]])
assert "splits" in activations.catalog["maxout"].frameworks["jax"].note
# sphinx_gallery_end_ignore
