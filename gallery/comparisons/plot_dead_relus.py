"""
Dead ReLUs
==========

A ReLU unit whose input is negative for every example outputs 0 and receives a zero gradient:
gradient descent can never revive it. How often that happens at a high learning rate, and how
leaky ReLU, ELU and GELU avoid it.
"""

# %%
# Training at a high learning rate
# --------------------------------
#
# A network with two hidden layers of 64 units is trained by full-batch gradient descent on two
# interleaved half-moons, with a learning rate chosen high enough for some steps to overshoot.
# The backward pass multiplies by the library's derivatives, e.g.
# :func:`activations.relu_derivative`. After every step we count the hidden units that are
# *inactive*: their pre-activation :math:`z` is negative for every training example.

import itertools

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")


def make_moons(n, rng, noise=0.1):
    """Two interleaved half-circles, ``n`` points each, standardised."""
    t = rng.uniform(0.0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    x = np.concatenate([upper, lower]) + noise * rng.standard_normal((2 * n, 2))
    return (x - x.mean(axis=0)) / x.std(axis=0), np.concatenate([np.zeros(n), np.ones(n)])


def forward(params, x, name):
    """Output logits, and the inputs and pre-activations of every layer."""
    f = getattr(activations, name)
    inputs, pre = [x], []
    for w, b in params[:-1]:
        pre.append(inputs[-1] @ w + b)
        inputs.append(f(pre[-1]))
    return (inputs[-1] @ params[-1][0] + params[-1][1])[:, 0], inputs, pre


def backward(params, x, y, name):
    """Gradient of the mean binary cross-entropy with respect to every weight and bias."""
    df = getattr(activations, name + "_derivative")
    z, inputs, pre = forward(params, x, name)
    delta = ((activations.sigmoid(z) - y) / len(y))[:, None]
    grads = []
    for i in range(len(params) - 1, -1, -1):
        grads.append((inputs[i].T @ delta, delta.sum(axis=0)))
        if i > 0:
            delta = (delta @ params[i][0].T) * df(pre[i - 1])
    return grads[::-1], pre


def train(name, x, y, steps=250, rate=1.3, seed=1):
    """Gradient descent from He-initialised weights; the inactive fraction after each step."""
    rng = np.random.default_rng(seed)
    params = [
        (rng.normal(0.0, np.sqrt(2.0 / m), (m, n)), np.zeros(n))
        for m, n in itertools.pairwise([2, 64, 64, 1])
    ]
    inactive = np.empty(steps)
    for step in range(steps):
        grads, pre = backward(params, x, y, name)
        inactive[step] = np.mean(np.concatenate([(z <= 0).all(axis=0) for z in pre]))
        params = [
            (w - rate * gw, b - rate * gb) for (w, b), (gw, gb) in zip(params, grads, strict=True)
        ]
    return params, inactive


x, y = make_moons(100, np.random.default_rng(0))
names = {"relu": "ReLU", "leaky_relu": "Leaky ReLU", "elu": "ELU", "gelu": "GELU"}
runs = {name: train(name, x, y) for name in names}

# sphinx_gallery_alt = "Percentage of inactive hidden units at each training step, for ReLU, leaky ReLU, ELU and GELU."
fig, ax = plt.subplots(figsize=(4.8, 3.6))
for name, (_, inactive) in runs.items():
    ax.plot(100 * inactive, label=names[name])
ax.set(xlabel="$t$", ylabel=r"$\%$", ylim=(-1, None))
ax.legend(loc="center right", ncols=2)
plt.show()

# %%
# With :func:`activations.relu` more than 5 percent of the hidden units end up inactive on every input,
# and they stay so. :func:`activations.elu` ends with fewer inactive units, and at no step with
# more than ReLU.
#
# Why dead units stay dead
# ------------------------
#
# What matters is not whether a unit is inactive but whether it still gets a gradient. For every
# hidden unit of each trained network, here is the largest slope :math:`\max f'(z)` it has over
# the training set, for the 32 units with the smallest: that factor gates every gradient that reaches the unit's weights.
# Slopes that are exactly 0 are drawn at :math:`10^{-12}`.

slopes = {}
for name, (params, _) in runs.items():
    *_, pre = forward(params, x, name)
    derivative = getattr(activations, name + "_derivative")
    slopes[name] = np.sort(np.concatenate([derivative(z).max(axis=0) for z in pre]))

# sphinx_gallery_alt = "Largest slope over the training set of the 32 flattest hidden units of each network, on a log scale: ReLU's dead units have slope 0, drawn at 10⁻¹²."
fig, ax = plt.subplots(figsize=(4.8, 3.6))
for name, s in slopes.items():
    ax.plot(np.arange(1, 33), np.maximum(s[:32], 1e-12), label=names[name])
ax.set(yscale="log", xlabel="$i$", ylabel=r"$\max_{x} f'(z_i)$")
ax.legend(loc="lower right")
plt.show()

# %%
# The dead ReLU units have slope exactly 0 on every input, so the gradient with respect to their
# incoming weights is exactly 0: nothing can change them again. An inactive
# :func:`activations.leaky_relu` unit keeps slope 0.01, an :func:`activations.elu` unit
# :math:`e^{z} > 0` and a :func:`activations.gelu` unit a small positive slope; their
# gradients are small but never zero, so the units can come back.

final = {name: inactive[-1] for name, (_, inactive) in runs.items()}
print({name: f"{100 * value:.1f} %" for name, value in final.items()})

# sphinx_gallery_start_ignore
assert final["relu"] > 0.05 and np.all(runs["relu"][1][-100:] == final["relu"])
assert final["elu"] <= final["relu"]
assert np.all(runs["elu"][1] <= runs["relu"][1])
grads, pre = backward(runs["relu"][0], x, y, "relu")
for (grad_w, grad_b), z in zip(grads, pre, strict=False):  # hidden layers
    dead = (z <= 0).all(axis=0)
    assert np.all(grad_w[:, dead] == 0) and np.all(grad_b[dead] == 0)
assert np.sum(slopes["relu"] == 0) == round(final["relu"] * 128)
assert slopes["leaky_relu"].min() >= 0.01 and slopes["elu"].min() > 0 and slopes["gelu"].min() > 0
# sphinx_gallery_end_ignore
