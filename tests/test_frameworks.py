"""The framework calls the site shows compute what the library computes.

``tests/frameworks_oracle.py`` runs every call of every record (``Framework.call`` and
``also``) in an environment with PyTorch, JAX, Keras and MLX installed (``.venv-frameworks``,
made by ``make frameworks-venv``, which ``.ci/run`` does; or the interpreter named by
``FRAMEWORKS_PYTHON``), with the framework's defaults, and this test compares the results with
the library's at the same parameters.  The input is float32, every framework's default dtype, so
the results agree to float32 precision: 1e-5 relative, far below any difference of formula or
default (GELU's tanh form is 1e-3 away, a slope of 0.2 instead of 0.01 a hundredth).
Without that environment the test is skipped, except on CI, where it must run.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import activations

ROOT = Path(__file__).resolve().parents[1]
PYTHON = Path(os.environ.get("FRAMEWORKS_PYTHON", ROOT / ".venv-frameworks" / "bin" / "python"))

#: Calls known to compute something else, and why (a framework bug the site reports).
KNOWN = {
    "keras.activations.sparsemax(x, axis=-1)": (
        "Keras 3.15 and earlier take the threshold from the sum of the cumulative sums over the"
        " support instead of the last one: wrong whenever two or more entries are in the support"
        " (keras-team/keras#23425, fixed by #23469)"
    ),
}


@pytest.fixture(scope="module")
def results() -> list[dict]:
    if not PYTHON.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"no frameworks environment at {PYTHON}: run `make frameworks-venv`")
        pytest.skip(f"no frameworks environment at {PYTHON} (make frameworks-venv)")
    done = subprocess.run(
        [str(PYTHON), str(ROOT / "tests" / "frameworks_oracle.py")],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture(scope="module")
def kink_slopes(results: list[dict]) -> dict[tuple[str, str, float], dict]:
    rows = [r["kink"] for r in results if "kink" in r]
    return {(r["name"], r["framework"], r["x"]): r for r in rows}


def shown_calls() -> list[tuple[str, str, str]]:
    return [
        (record.name, framework, shown.call)
        for record in activations.catalog.values()
        for framework, spec in record.frameworks.items()
        for shown in (spec, *spec.also)
        if shown.call is not None
    ]


def test_every_shown_call_ran(results: list[dict]) -> None:
    ran = {(r["name"], r["framework"], r["call"]) for r in results if "call" in r}
    missing = [call for call in shown_calls() if call not in ran]
    assert not missing, f"calls the oracle did not run (framework missing?): {missing[:5]}"


@pytest.mark.parametrize(("name", "framework", "call"), shown_calls())
def test_shown_call_matches_the_library(results, name, framework, call) -> None:
    (row,) = [
        r
        for r in results
        if "call" in r and (r["name"], r["framework"], r["call"]) == (name, framework, call)
    ]
    if call in KNOWN:
        pytest.xfail(KNOWN[call])
    assert "error" not in row, f"{call} raised {row.get('error')}"
    assert row["error_relative"] <= 1e-5, f"{call} differs by {row['error_relative']:.3g}"


def kink_cases() -> list[tuple[str, str, float]]:
    return [
        (record.name, framework, kink.x)
        for record in activations.catalog.values()
        if not record.vector
        for kink in record.kinks
        for framework, spec in record.frameworks.items()
        if spec.call is not None
    ]


@pytest.mark.parametrize(("name", "framework", "x"), kink_cases())
def test_recorded_slope_at_each_kink(kink_slopes, name, framework, x) -> None:
    """The value each framework's autodiff returns at a kink is the one the site states: the
    library's (PyTorch's) unless the record says otherwise (``Kink.frameworks``)."""
    (kink,) = [k for k in activations.catalog[name].kinks if k.x == x]
    row = kink_slopes[(name, framework, x)]
    if "error" in row:
        assert framework in ("pytorch", "mlx") and name == "step", row["error"]  # no derivative
        return
    expected = kink.frameworks.get(framework, kink.derivative)
    assert abs(row["slope"] - expected) <= 1e-5 * max(1.0, abs(expected)), (row, expected)
