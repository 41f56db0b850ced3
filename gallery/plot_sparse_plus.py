"""
Sparse plus
===========

Sparse plus joins zero and the identity with a parabola between minus one and one. Unlike
softplus it is exactly zero for inputs at most minus one, so its outputs can be sparse.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sparse_plus` and :func:`activations.sparse_plus_derivative`. The middle
# piece is :math:`(x + 1)^2/4`, whose slope :math:`(x + 1)/2` meets 0 and 1 at the ends: the
# derivative is continuous, only the second derivative jumps at :math:`x = \pm 1` (dots, the
# values the library returns there). Each piece gives the same slope at these points, so the
# value does not depend on a convention (see :ref:`kinks`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2.5, 2.5, 501)
y = activations.sparse_plus(x)
dy = activations.sparse_plus_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{sparse\_plus}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{sparse\_plus}'(x)$")
ax.plot([-1, 1], activations.sparse_plus_derivative(np.array([-1.0, 1.0])), "C1o")
ax.set(xlabel="$x$", title="Sparse plus")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
mid = np.abs(x) < 1
assert np.all(y[x <= -1] == 0.0) and np.array_equal(y[x >= 1], x[x >= 1])
assert np.allclose(y[mid], (x[mid] + 1) ** 2 / 4) and np.allclose(dy[mid], (x[mid] + 1) / 2)
assert [(k.x, k.derivative) for k in activations.catalog["sparse_plus"].kinks] == [(-1, 0), (1, 1)]
assert list(activations.sparse_plus_derivative(np.array([-1.0, 1.0]))) == [0.0, 1.0]
near = np.array([-1 - 1e-12, -1 + 1e-12, 1 - 1e-12, 1 + 1e-12])  # both sides of each kink
assert np.allclose(activations.sparse_plus_derivative(near), [0, 0, 1, 1])
# sphinx_gallery_end_ignore

# %%
# Its derivative is the sparse sigmoid, just as the sigmoid is the derivative of softplus.
# At the origin the two smooth rectifiers differ: :math:`1/4` against :math:`\ln 2`.

print(np.allclose(dy, activations.sparse_sigmoid(x)))
print(activations.sparse_plus(0.0), activations.softplus(0.0))

# sphinx_gallery_start_ignore
assert np.allclose(dy, activations.sparse_sigmoid(x))
assert np.allclose(
    np.gradient(activations.softplus(x), x, edge_order=2), 1 / (1 + np.exp(-x)), atol=1e-4
)
assert activations.sparse_plus(0.0) == 0.25 and activations.softplus(0.0) == np.log(2)
# sphinx_gallery_end_ignore

# %%
# Outside :math:`[-1, 1]` sparse plus is exactly ReLU, while softplus never is; inside, it
# stays within :math:`1/4` of ReLU.

print(np.max(y - activations.relu(x)))

# sphinx_gallery_start_ignore
assert np.array_equal(y[np.abs(x) >= 1], activations.relu(x[np.abs(x) >= 1]))
assert np.all(activations.softplus(x) > activations.relu(x))
assert np.max(y - activations.relu(x)) == 0.25
# sphinx_gallery_end_ignore
