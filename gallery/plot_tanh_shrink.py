"""
Tanhshrink
==========

Tanhshrink subtracts tanh from the identity. It is nearly flat around the origin and grows like
the identity shifted by one for large inputs, a soft version of a shrinkage function.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.tanh_shrink` and :func:`activations.tanh_shrink_derivative`,
# :math:`\tanh^2(x)`. Both are smooth; the derivative is 0 at the origin and tends to 1 on both
# sides.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.tanh_shrink(x)
dy = activations.tanh_shrink_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Tanhshrink}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{Tanhshrink}'(x)$")
ax.set(xlabel="$x$", title="Tanhshrink")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x - activations.tanh(x))
assert np.allclose(dy, activations.tanh(x) ** 2)
assert activations.tanh_shrink_derivative(0.0) == 0.0 and dy[0] > 0.99 and dy[-1] > 0.99
# sphinx_gallery_end_ignore

# %%
# Near the origin the function is almost zero, :math:`x^3/3` to leading order: small inputs
# are shrunk away. For large inputs it approaches :math:`x - 1` or :math:`x + 1`.

print(activations.tanh_shrink(0.1), 0.1**3 / 3)
print(activations.tanh_shrink([-20.0, 20.0]))

# sphinx_gallery_start_ignore
assert np.isclose(activations.tanh_shrink(0.1), 0.1**3 / 3, rtol=0.01)
assert np.isclose(activations.tanh_shrink(20.0), 19.0)
assert np.isclose(activations.tanh_shrink(-20.0), -19.0)
# sphinx_gallery_end_ignore

# %%
# The derivative equals 1 minus the derivative of tanh, so the two always add up to the
# identity's slope, and it is even: :math:`f'(-x) = f'(x)`.

print(np.allclose(dy + activations.tanh_derivative(x), 1.0))

# sphinx_gallery_start_ignore
assert np.allclose(dy + activations.tanh_derivative(x), 1.0)
assert np.allclose(activations.tanh_shrink_derivative(-x), dy)
# sphinx_gallery_end_ignore
