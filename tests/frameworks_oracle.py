"""Run every framework call the catalogue shows, on float32 input, and compare with the library.

Runs inside an environment that has the frameworks (``.venv-frameworks``, made by
``make frameworks-venv``), as ``python tests/frameworks_oracle.py``; prints one JSON object per
call: the record, the framework, the call, and the largest difference from the library, or
the error the call raised.  ``tests/test_frameworks.py`` runs it and judges the results.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

import activations

#: Inputs: a grid for element-wise activations, rows for vector ones (the last axis).
GRID = np.linspace(-5.5, 5.5, 111)
ROWS = np.random.default_rng(0).normal(scale=2.0, size=(4, 6))


def modules() -> dict[str, object]:
    found = {}
    for name in ("torch", "jax", "keras", "mlx"):
        try:
            found[name] = importlib.import_module(name)
        except ImportError:
            continue
    for name in ("torch.nn.functional", "jax.nn", "jax.numpy", "mlx.core", "mlx.nn"):
        if name.split(".")[0] in found:
            importlib.import_module(name)
    return found


def tensor(framework: str, x: np.ndarray, namespace: dict) -> object:
    """x as the framework's users have it: float32, each framework's default."""
    x = x.astype(np.float32)
    if framework == "pytorch":
        return namespace["torch"].from_numpy(x)
    if framework in ("jax", "keras"):
        return namespace["jax"].numpy.asarray(x)
    return namespace["mlx"].core.array(x)


def slope_at(framework: str, call: str, x: float, namespace: dict) -> float:
    """What the framework's automatic differentiation returns for d call / dx at x."""

    def f(t: object) -> object:
        return eval(call, dict(namespace), {"x": t})

    if framework == "pytorch":
        torch = namespace["torch"]
        t = torch.tensor(x, dtype=torch.float32, requires_grad=True)
        f(t).sum().backward()
        return float(t.grad)
    if framework in ("jax", "keras"):
        jax = namespace["jax"]
        return float(jax.grad(lambda t: f(t).sum())(jax.numpy.float32(x)))
    mx = namespace["mlx"].core
    return float(mx.grad(lambda t: f(t).sum())(mx.array(x, dtype=mx.float32)).item())


def kinks(namespace: dict) -> None:
    """One row per kink and framework: the slope its autodiff returns there."""
    for record in activations.catalog.values():
        if record.vector:
            continue
        for kink in record.kinks:
            for framework, spec in record.frameworks.items():
                if spec.call is None or spec.call.split(".")[0] not in namespace:
                    continue
                row = {"name": record.name, "framework": framework, "x": kink.x}
                try:
                    row["slope"] = slope_at(framework, spec.call, kink.x, namespace)
                except Exception as error:  # reported, judged by the test
                    row["error"] = f"{type(error).__name__}: {error}"[:300]
                print(json.dumps({"kink": row}), flush=True)


def main() -> None:
    namespace = modules()
    for record in activations.catalog.values():
        x = ROWS if record.vector else GRID
        for framework, spec in record.frameworks.items():
            for shown in (spec, *spec.also):
                if shown.call is None or shown.call.split(".")[0] not in namespace:
                    continue
                row = {"name": record.name, "framework": framework, "call": shown.call}
                try:
                    value = eval(
                        shown.call, dict(namespace), {"x": tensor(framework, x, namespace)}
                    )
                    if hasattr(value, "detach"):
                        value = value.detach()
                    got = np.asarray(value, dtype=np.float64)
                except Exception as error:  # reported, judged by the test
                    row["error"] = f"{type(error).__name__}: {error}"[:300]
                else:
                    # a default of None (PyTorch's implicit dim) is one the shown call overrides
                    framework_defaults = {k: v for k, v in shown.defaults.items() if v is not None}
                    want = record.function(x, **{**record.defaults, **framework_defaults})
                    scale = np.maximum(np.abs(want), 1.0)
                    row["error_relative"] = float(np.max(np.abs(got - want) / scale))
                print(json.dumps(row), flush=True)
    kinks(namespace)


if __name__ == "__main__":
    main()
