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
    body = [node for node in tree.body if isinstance(node, keep) or is_literal_constant(node)]
    module = ast.Module(body=body, type_ignores=[])
    namespace: dict = {"__name__": f"gallery_{path.stem}"}
    exec(compile(module, str(path), "exec"), namespace)
    return namespace


def is_literal_constant(node: ast.stmt) -> bool:
    """``NAME = <literal>`` with an upper-case name, such as ``GATED = {"swiglu", "geglu"}``."""
    if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
        return False
    target = node.targets[0]
    if not (isinstance(target, ast.Name) and target.id.isupper()):
        return False
    try:
        ast.literal_eval(node.value)
    except ValueError:
        return False
    return True


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


#: Every activation the training example uses: elementwise ones and the gated units.
NETWORKS = ["sigmoid", "tanh", "relu", "gelu", "swiglu", "geglu"]


def small_network(rng, shapes=None):
    """A 2-5-4-1 network (or one of weight ``shapes``) with non-zero biases: every weight matters."""
    if shapes is None:
        shapes = list(itertools.pairwise([2, 5, 4, 1]))
    return [(rng.normal(0.0, 1.0 / np.sqrt(m), (m, n)), rng.normal(0.0, 0.3, n)) for m, n in shapes]


def away_from_kinks(pre):
    """Central differences straddling a kink of a piecewise activation would be meaningless."""
    return min(np.abs(p).min() for p in pre) > 1e-3


@pytest.mark.parametrize("name", NETWORKS)
def test_training_backward_matches_finite_differences(name):
    ns = load_functions("plot_training_comparison.py")
    rng = np.random.default_rng(8)
    x, y = ns["make_spirals"](6, rng)
    params = small_network(rng, ns["layer_shapes"](name, width=5, gated_width=3))
    *_, pre = ns["forward"](params, x, name)
    assert away_from_kinks(pre)

    value, grads = ns["backward"](params, x, y, name)
    assert value == ns["loss"](params, x, y, name)
    grad = flatten(grads)
    numeric = finite_difference(lambda p: ns["loss"](p, x, y, name), params)
    error = np.linalg.norm(grad - numeric) / np.linalg.norm(numeric)
    assert error < 1e-6, f"{name}: relative error {error:.2e}"


def test_training_gated_layers_match_the_parameter_count():
    """SwiGLU and GeGLU networks have within 2 % of the parameters of the elementwise ones."""
    ns = load_functions("plot_training_comparison.py")
    sizes = {name: ns["count_params"](ns["layer_shapes"](name)) for name in NETWORKS}
    assert sizes["relu"] == 16 * 16 + 5 * 16 + 1
    assert max(sizes.values()) / min(sizes.values()) < 1.02
    rng = np.random.default_rng(3)
    for name in NETWORKS:
        params = ns["init_params"](ns["layer_shapes"](name), rng)
        assert sum(w.size + b.size for w, b in params) == sizes[name]
        z, *_ = ns["forward"](params, rng.normal(size=(7, 2)), name)
        assert z.shape == (7,)


def test_training_gradient_descent_lowers_the_loss():
    ns = load_functions("plot_training_comparison.py")
    x, y = ns["make_spirals"](20, np.random.default_rng(0))
    _, history = ns["train"]("tanh", x, y, steps=50, rate=0.3, seed=1)
    assert history[-1] < history[0]


@pytest.mark.parametrize("name", ["relu", "swiglu", "geglu"])
def test_training_clipping_keeps_large_rates_finite(name):
    """The clipped step is at most ``rate * clip`` long: a huge rate overshoots, never overflows."""
    ns = load_functions("plot_training_comparison.py")
    x, y = ns["make_spirals"](10, np.random.default_rng(0))
    with np.errstate(over="raise", invalid="raise"):
        params, history = ns["train"](name, x, y, steps=30, rate=50.0, seed=1)
    start = ns["init_params"](ns["layer_shapes"](name), np.random.default_rng(1))
    moved = np.sqrt(
        sum(
            np.sum((w - w0) ** 2) + np.sum((b - b0) ** 2)
            for (w, b), (w0, b0) in zip(params, start, strict=True)
        )
    )
    assert np.isfinite(history).all() and moved <= 30 * 50.0 * (1 + 1e-12)


def test_training_small_gradients_are_not_clipped():
    """Below the clipping length, a step is plain gradient descent."""
    ns = load_functions("plot_training_comparison.py")
    x, y = ns["make_spirals"](10, np.random.default_rng(0))
    params, _ = ns["train"]("gelu", x, y, steps=1, rate=0.1, seed=4, clip=np.inf)
    start = ns["init_params"](ns["layer_shapes"]("gelu"), np.random.default_rng(4))
    _, grads = ns["backward"](start, x, y, "gelu")
    assert np.sqrt(sum(np.sum(gw**2) + np.sum(gb**2) for gw, gb in grads)) < 1.0
    clipped, _ = ns["train"]("gelu", x, y, steps=1, rate=0.1, seed=4)
    for (w, b), (w0, b0), (gw, gb), (wc, bc) in zip(params, start, grads, clipped, strict=True):
        assert np.allclose(w, w0 - 0.1 * gw) and np.allclose(b, b0 - 0.1 * gb)
        assert np.array_equal(w, wc) and np.array_equal(b, bc)


def test_load_functions_does_not_run_the_example():
    ns = load_functions("plot_training_comparison.py")
    assert "runs" not in ns and "fig" not in ns and "sweep" not in ns
    assert ns["GATED"] == {"swiglu", "geglu"}


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
