"""The comparison examples are real experiments: their backward passes are checked here.

Only the imports and top-level function definitions of a gallery script are executed, so the
tests neither train networks nor draw figures.
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import numpy as np
import pytest

GALLERY = Path(__file__).resolve().parent.parent / "gallery" / "comparisons"


def load_functions(script: str) -> dict:
    """Execute only the imports and ``def`` statements of ``gallery/comparisons/<script>``."""
    path = GALLERY / script
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    keep = (ast.Import, ast.ImportFrom, ast.FunctionDef)
    body = [node for node in tree.body if isinstance(node, keep)]
    module = ast.Module(body=body, type_ignores=[])
    namespace: dict = {"__name__": f"gallery_{path.stem}"}
    exec(compile(module, str(path), "exec"), namespace)
    return namespace


def flatten(grads) -> np.ndarray:
    return np.concatenate([np.concatenate([gw.ravel(), gb.ravel()]) for gw, gb in grads])


def finite_difference(loss, params, step=1e-6):
    """Central-difference gradient of ``loss(params)``, in the layout of ``flatten``."""
    out = []
    for i, (w, b) in enumerate(params):
        for array in (w, b):
            for index in np.ndindex(array.shape):
                saved = array[index]
                array[index] = saved + step
                up = loss(params)
                array[index] = saved - step
                down = loss(params)
                array[index] = saved
                out.append((up - down) / (2 * step))
        assert params[i][0] is w
    return np.array(out)


#: Every activation the training example uses; sigmoid, tanh, ReLU and GELU at least.
NETWORKS = ["sigmoid", "tanh", "relu", "gelu", "leaky_relu", "elu"]


def small_network(rng):
    """A 2-5-4-1 network with non-zero biases, so that every weight matters."""
    sizes = [2, 5, 4, 1]
    return [
        (rng.normal(0.0, 1.0 / np.sqrt(m), (m, n)), rng.normal(0.0, 0.3, n))
        for m, n in itertools.pairwise(sizes)
    ]


def away_from_kinks(pre):
    """Central differences straddling a kink of a piecewise activation would be meaningless."""
    return min(np.abs(p).min() for p in pre) > 1e-3


@pytest.mark.parametrize("name", NETWORKS)
def test_training_backward_matches_finite_differences(name):
    ns = load_functions("plot_training_comparison.py")
    rng = np.random.default_rng(7)
    x, y = ns["make_spirals"](6, rng)
    params = small_network(rng)
    *_, pre = ns["forward"](params, x, name)
    assert away_from_kinks(pre)

    value, grads = ns["backward"](params, x, y, name)
    assert value == ns["loss"](params, x, y, name)
    grad = flatten(grads)
    numeric = finite_difference(lambda p: ns["loss"](p, x, y, name), params)
    error = np.linalg.norm(grad - numeric) / np.linalg.norm(numeric)
    assert error < 1e-6, f"{name}: relative error {error:.2e}"


def test_training_gradient_descent_lowers_the_loss():
    ns = load_functions("plot_training_comparison.py")
    x, y = ns["make_spirals"](20, np.random.default_rng(0))
    _, history = ns["train"]("tanh", x, y, steps=50, rate=0.3, seed=1)
    assert history[-1] < history[0]


def test_load_functions_does_not_run_the_example():
    ns = load_functions("plot_training_comparison.py")
    assert "runs" not in ns and "fig" not in ns


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "elu", "gelu"])
def test_dead_relus_backward_matches_finite_differences(name):
    ns = load_functions("plot_dead_relus.py")
    rng = np.random.default_rng(6)
    x, y = ns["make_moons"](6, rng)
    params = small_network(rng)
    grads, pre = ns["backward"](params, x, y, name)
    assert away_from_kinks(pre)

    def loss(p):
        z, *_ = ns["forward"](p, x, name)
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    numeric = finite_difference(loss, params)
    error = np.linalg.norm(flatten(grads) - numeric) / np.linalg.norm(numeric)
    assert error < 1e-6, f"{name}: relative error {error:.2e}"


def test_dead_relu_unit_gets_no_gradient():
    """A ReLU unit negative on every input receives exactly zero gradient (the example's claim)."""
    ns = load_functions("plot_dead_relus.py")
    rng = np.random.default_rng(6)
    x, y = ns["make_moons"](6, rng)
    params = small_network(rng)
    w, b = params[0]
    b = b.copy()
    b[0] = -100.0  # unit 0 of the first layer is now dead
    params[0] = (w, b)
    grads, pre = ns["backward"](params, x, y, "relu")
    assert (pre[0][:, 0] < 0).all()
    assert np.all(grads[0][0][:, 0] == 0) and grads[0][1][0] == 0


@pytest.mark.parametrize("script", sorted(GALLERY.glob("plot_*.py")), ids=lambda p: p.stem)
def test_comparison_follows_the_gallery_style(script):
    """Title of 1-6 words, subtitle of 10-50, '# %%' cells, API links, asserted claims."""
    text = script.read_text(encoding="utf-8")
    tree = ast.parse(text)
    title, underline, *rest = (ast.get_docstring(tree, clean=True) or "\n").splitlines()
    assert set(underline) == {"="} and len(underline) >= len(title)
    assert 1 <= len(title.split()) <= 6
    assert 10 <= len(" ".join(rest).split()) <= 50
    assert "# %%" in text and "#####" not in text
    assert ":func:`activations." in text
    assert any(isinstance(node, ast.Assert) for node in tree.body), "claims must be asserted"
    assert "default_rng(" in text or "random" not in text, "seeded generators only"
