"""
Training with different activations
===================================

The same small network, trained by plain gradient descent on two interleaved spirals with
each activation in turn: the backward pass multiplies by the library's own derivatives, so the
curves show how much the choice of activation alone changes learning.
"""

# %%
# The network and its gradient
# ----------------------------
#
# Two hidden layers of 32 units, a logistic output and the binary cross-entropy loss. The
# forward pass calls the activation, e.g. :func:`activations.tanh`; the backward pass calls its
# derivative, e.g. :func:`activations.tanh_derivative`, and nothing else: no automatic
# differentiation. The project's tests compare this gradient with a finite-difference gradient of
# the loss.

import itertools

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")


def make_spirals(n, rng, noise=0.2):
    """Two interleaved spirals with ``n`` points each: inputs ``(2n, 2)``, labels ``(2n,)``."""
    t = np.sqrt(rng.uniform(0.05, 1.0, n)) * 3.0 * np.pi
    arm = np.column_stack([t * np.cos(t), t * np.sin(t)]) / (3.0 * np.pi)
    x = np.concatenate([arm, -arm]) + noise / (3.0 * np.pi) * rng.standard_normal((2 * n, 2))
    return x * 2.0, np.concatenate([np.zeros(n), np.ones(n)])


def init_params(sizes, rng):
    """Weights drawn with variance 2 / (fan_in + fan_out) (Xavier), zero biases."""
    return [
        (rng.normal(0.0, np.sqrt(2.0 / (m + n)), (m, n)), np.zeros(n))
        for m, n in itertools.pairwise(sizes)
    ]


def forward(params, x, name):
    """Output logits, the input of every layer and the pre-activations of the hidden layers."""
    f = getattr(activations, name)
    inputs, pre = [x], []
    for w, b in params[:-1]:
        pre.append(inputs[-1] @ w + b)
        inputs.append(f(pre[-1]))
    w, b = params[-1]
    return (inputs[-1] @ w + b)[:, 0], inputs, pre


def cross_entropy(z, y):
    """Mean binary cross-entropy of the logits ``z``, written without overflow."""
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def loss(params, x, y, name):
    """The training loss of the network."""
    return cross_entropy(forward(params, x, name)[0], y)


def backward(params, x, y, name):
    """:func:`loss` and its gradient with respect to every weight and bias, by backpropagation."""
    df = getattr(activations, name + "_derivative")
    z, inputs, pre = forward(params, x, name)
    delta = ((activations.sigmoid(z) - y) / len(y))[:, None]
    grads = []
    for i in range(len(params) - 1, -1, -1):
        w, _ = params[i]
        grads.append((inputs[i].T @ delta, delta.sum(axis=0)))
        if i > 0:
            delta = (delta @ w.T) * df(pre[i - 1])
    return cross_entropy(z, y), grads[::-1]


def train(name, x, y, steps, rate, seed):
    """Plain full-batch gradient descent; returns the parameters and the loss at every step."""
    params = init_params([2, 32, 32, 1], np.random.default_rng(seed))
    history = np.empty(steps)
    for step in range(steps):
        history[step], grads = backward(params, x, y, name)
        params = [
            (w - rate * gw, b - rate * gb) for (w, b), (gw, gb) in zip(params, grads, strict=True)
        ]
    return params, history


# %%
# Training
# --------
#
# Every run starts from the same weights and takes the same 1000 steps at the same learning rate,
# so the activation is the only difference.

x, y = make_spirals(100, np.random.default_rng(0))
names = {
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "relu": "ReLU",
    "leaky_relu": "Leaky ReLU",
    "elu": "ELU",
    "gelu": "GELU",
}
runs = {name: train(name, x, y, steps=1000, rate=0.4, seed=1) for name in names}
final = {name: history[-1] for name, (_, history) in runs.items()}
for name, value in final.items():
    print(f"{name:>12}: final loss {value:.3f}")

fig, ax = plt.subplots(figsize=(4.8, 4.0))
for name, (_, history) in runs.items():
    ax.plot(history, label=names[name])
ax.set(yscale="log", xlabel="$t$", ylabel="$L$")
ax.legend(ncols=2)
plt.show()

# %%
# Sigmoid learns slowest: its derivative is at most 1/4, so every layer shrinks the gradient,
# and after the same number of steps its loss is the highest of all, above that of
# :func:`activations.tanh`. :func:`activations.relu` and its relatives, whose derivative is 1 for
# positive inputs, reach the lowest losses. Plain gradient descent with a fixed learning rate is
# not smooth: the spikes are steps that overshoot.

# sphinx_gallery_start_ignore
assert max(final, key=final.get) == "sigmoid"
assert final["sigmoid"] > final["tanh"] > max(final[n] for n in list(names)[2:])
# sphinx_gallery_end_ignore

# %%
# Decision boundaries
# -------------------
#
# The probability the trained network assigns to the second spiral, over the plane.

grid = np.linspace(-2.4, 2.4, 121)
gx, gy = np.meshgrid(grid, grid)
points = np.column_stack([gx.ravel(), gy.ravel()])
fig, axes = plt.subplots(3, 2, figsize=(4.8, 7.2))
for ax, (name, (params, _)) in zip(axes.flat, runs.items(), strict=True):
    logits, *_ = forward(params, points, name)
    prob = activations.sigmoid(logits).reshape(gx.shape)
    ax.contourf(gx, gy, prob, levels=np.linspace(0, 1, 11), cmap="PuOr_r", alpha=0.7)
    ax.scatter(*x.T, c=y, cmap="PuOr_r", s=10, edgecolors="white", linewidths=0.5)
    ax.set(title=names[name], xticks=[], yticks=[], aspect="equal")
    ax.grid(False)
plt.show()
