"""Speed on 10**6 float64 elements, as ratios to the textbook formula and to PyTorch.

Ratios, not seconds, are the result: every side runs in the same process on the same data, so
the machine's speed cancels out.  Each time is the best of :data:`ROUNDS` calls.  Vector
activations act on rows of length 10: the function on 10**5 rows (10**6 elements), the
Jacobian on 10**4 rows (10**6 entries).

With torch installed (never a dependency of the project: install it in a throwaway
environment), PyTorch runs on one CPU thread beside us:

- the function: PyTorch's function at the catalogue's defaults (``dim=-1`` for the vector
  activations), under ``torch.no_grad()``;
- the derivative: PyTorch's backward kernel called directly with a ``grad_output`` of ones
  (``torch.ops.aten.gelu_backward`` and the like), not autograd with its Python-level
  overhead.  Where the kernel takes the function's *output* (``sigmoid_backward``,
  ``tanh_backward``, ``log_sigmoid_backward``'s buffer), the forward kernel that makes it is
  timed too, since PyTorch cannot get :math:`f'(x)` from ``x`` without it.  Entries without a
  backward kernel of their own have no PyTorch column for the derivative.

Beside each PyTorch ratio, the worst error in ULP of both sides against mpmath on the grid of
``tests/test_accuracy.py`` (the whole finite float64 range, tails included), so that a ratio
paid for accuracy can be told from one that is not.

Each ratio is the median over :data:`RUNS` passes over the catalogue of that pass's ratio.

Run: ``python -m benchmarks.speed`` (part of ``make bench``); ``--only gelu,silu`` for some
entries, ``--no-accuracy`` to skip the mpmath columns, ``--runs N`` for more or fewer passes,
``--json FILE`` to keep the numbers (each pass's times included).  ``--baseline DIR`` times
another revision's ``activations`` package (in ``DIR/activations``, made for instance by
``git worktree add DIR REV``) in the same rounds as ours: columns ``f/base`` and ``df/base``,
and that revision's own ratios to PyTorch beside ours.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import math
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from activations import catalog
from activations.textbook import FORMULAS

SIZE = 10**6
#: The sides of a row (ours, textbook, PyTorch) take turns, one call each, this many times, and
#: each keeps its best: a burst of load on a shared machine then spoils a call of every side
#: rather than all the calls of one side.
ROUNDS = 21
#: Passes over the catalogue; each ratio is the median of its passes' ratios.  The load of a
#: shared machine drifts over minutes, by 30% or more for memory-bound forms, and a pass
#: spans a few seconds per entry: the median of three is steadier than any one of them.
RUNS = 3
ROW = 10  # length of the rows vector activations act on
#: Targets of the speed issue: median of ours / PyTorch, and the worst single ratio (the
#: latter relaxed where PyTorch's own result is outside the library's 4-ULP accuracy bar).
TARGET_MEDIAN, TARGET_WORST, TARGET_WORST_INACCURATE, ACCURACY_BAR = 1.2, 3.0, 4.0, 4.0


def best_times(sides: dict) -> dict:
    """``{name: best time}`` for ``{name: (function, x)}``, the sides' calls interleaved.

    The sides take their turns in a new random order every round: a call is slower after some
    sides than after others (after one whose temporaries the allocator has just handed back to
    the system, say), by up to a fifth for a one-pass function, and a fixed order would charge
    that to the same side every time (rotating the order would not help: each side would still
    follow the same one).
    """
    best = dict.fromkeys(sides, math.inf)
    for function, x in sides.values():  # warm-up: caches, first-call allocations
        function(x)
    rng = random.Random(0)  # the same orders in every run
    order = list(sides)
    for _ in range(ROUNDS):
        rng.shuffle(order)
        for name in order:
            function, x = sides[name]
            start = time.perf_counter()
            function(x)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def load_torch():
    """torch on one thread, or None when it is not installed."""
    try:
        torch = importlib.import_module("torch")
    except ImportError:
        return None
    torch.set_num_threads(1)
    return torch


def load_baseline(path):
    """The ``activations`` package under `path` (another revision), imported beside ours.

    Its calls then take turns with ours in the same rounds, so the ratio of the two is not
    spoilt by the drift of the machine's load between two separate runs.
    """
    package = Path(path) / "activations"
    spec = importlib.util.spec_from_file_location(
        "activations_baseline", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its relative imports resolve inside it
    spec.loader.exec_module(module)
    return module


def torch_forward(torch, record):
    """PyTorch's version of the activation at its defaults, or None when unavailable."""
    name = record.frameworks["pytorch"].name
    if not name or not name.startswith("torch."):
        return None
    target = torch
    for part in name.split(".")[1:]:
        target = getattr(target, part, None)
        if target is None:
            return None
    if name == "torch.heaviside":  # the step: its value at 0 is an argument
        one = torch.ones((), dtype=torch.float64)
        return lambda t: torch.heaviside(t, one)
    if name == "torch.nn.Identity":  # returns its argument; our contract is a new array
        return lambda t: t.clone()
    if name == "torch.nn.functional.threshold":  # no defaults in PyTorch
        theta, value = record.defaults["threshold"], record.defaults["value"]
        return lambda t: target(t, theta, value)
    # a module's parameters (PReLU's weight) in float64, like the input
    layer = target().double() if isinstance(target, type) else target
    if record.vector:
        return lambda t: layer(t, dim=-1)
    try:  # anything else that takes more than a tensor has no row
        layer(torch.zeros(2, dtype=torch.float64))
    except (TypeError, RuntimeError):
        return None

    def forward(t):
        with torch.no_grad():
            return layer(t)

    return forward


def torch_backward(torch, record):
    """``(label, f'(t))`` through PyTorch's backward kernel with a grad_output of ones, or None."""
    aten = torch.ops.aten
    name = record.name
    params = record.defaults
    ones = {}

    def grad(t):  # made once per shape, outside the timed call
        key = tuple(t.shape)
        if key not in ones:
            ones[key] = torch.ones_like(t)
        return ones[key]

    selu = importlib.import_module("activations.exponential")
    kernels = {
        "relu": ("threshold_backward", lambda t: aten.threshold_backward(grad(t), t, 0.0)),
        "threshold": (
            "threshold_backward",
            lambda t: aten.threshold_backward(grad(t), t, params.get("threshold", 0.0)),
        ),
        "leaky_relu": (
            "leaky_relu_backward",
            lambda t: aten.leaky_relu_backward(grad(t), t, params.get("negative_slope"), False),
        ),
        # eval-mode RReLU's backward is leaky_relu_backward at the mean slope; PReLU's own
        # kernel also computes the weight's gradient, so the leaky kernel is the faster bar
        "rrelu": (
            "leaky_relu_backward",
            lambda t: aten.leaky_relu_backward(
                grad(t), t, (params.get("lower", 0.0) + params.get("upper", 0.0)) / 2, False
            ),
        ),
        "prelu": (
            "leaky_relu_backward",
            lambda t: aten.leaky_relu_backward(grad(t), t, params.get("weight", 0.25), False),
        ),
        "relu6": ("hardtanh_backward", lambda t: aten.hardtanh_backward(grad(t), t, 0.0, 6.0)),
        "hard_tanh": (
            "hardtanh_backward",
            lambda t: aten.hardtanh_backward(
                grad(t), t, params.get("min_val", -1.0), params.get("max_val", 1.0)
            ),
        ),
        "hard_sigmoid": ("hardsigmoid_backward", lambda t: aten.hardsigmoid_backward(grad(t), t)),
        "hard_swish": ("hardswish_backward", lambda t: aten.hardswish_backward(grad(t), t)),
        "hard_shrink": (
            "hardshrink_backward",
            lambda t: aten.hardshrink_backward(grad(t), t, params.get("lambd", 0.5)),
        ),
        "soft_shrink": (
            "softshrink_backward",
            lambda t: aten.softshrink_backward(grad(t), t, params.get("lambd", 0.5)),
        ),
        "sigmoid": (
            "sigmoid + sigmoid_backward",
            lambda t: aten.sigmoid_backward(grad(t), torch.sigmoid(t)),
        ),
        "tanh": ("tanh + tanh_backward", lambda t: aten.tanh_backward(grad(t), torch.tanh(t))),
        "log_sigmoid": (
            "log_sigmoid_forward + _backward",
            lambda t: aten.log_sigmoid_backward(grad(t), t, aten.log_sigmoid_forward(t)[1]),
        ),
        "elu": (
            "elu_backward",
            lambda t: aten.elu_backward(grad(t), params.get("alpha", 1.0), 1.0, 1.0, False, t),
        ),
        "celu": (
            "elu_backward",
            lambda t: aten.elu_backward(
                grad(t), params.get("alpha", 1.0), 1.0, 1.0 / params.get("alpha", 1.0), False, t
            ),
        ),
        "selu": (
            "elu_backward",
            lambda t: aten.elu_backward(grad(t), selu.SELU_ALPHA, selu.SELU_SCALE, 1.0, False, t),
        ),
        "gelu": (
            "gelu_backward",
            lambda t: aten.gelu_backward(grad(t), t, approximate=params.get("approximate")),
        ),
        "silu": ("silu_backward", lambda t: aten.silu_backward(grad(t), t)),
        "mish": ("mish_backward", lambda t: aten.mish_backward(grad(t), t)),
        "softplus": (
            "softplus_backward",
            lambda t: aten.softplus_backward(grad(t), t, params.get("beta", 1.0), 20.0),
        ),
        # sin's backward is grad * cos(x): the cos kernel is its cost
        "sinusoid": ("cos (sin's backward)", torch.cos),
    }
    return kernels.get(name)


def worst_ulp(values, reference, grid, params) -> float:
    """Worst error in ULP of float64 ``values`` against the mpmath ``reference`` on ``grid``."""
    from tests.reference import reference_values, ulp_errors

    truth = reference_values(reference, grid, params)
    return float(np.max(ulp_errors(np.asarray(values, dtype=np.float64), truth, np.float64)))


def accuracy(record, torch, forward, backward) -> dict:
    """Worst ULP error of ours and of PyTorch, function and derivative (grid of the tests)."""
    from tests.reference import finite_grid

    grid = finite_grid(np.float64, per_decade=3)
    t = torch.from_numpy(grid.copy())
    out = {}
    for which, theirs in (("f", forward), ("df", backward)):
        if theirs is None:
            continue
        points = grid
        tp = t
        if which == "df":  # values at kinks are a convention
            keep = ~np.isin(grid, [k.x for k in record.kinks])
            points, tp = grid[keep], torch.from_numpy(grid[keep].copy())
        reference = record.reference if which == "f" else record.derivative_reference
        ours = (record.function if which == "f" else record.derivative)(points, **record.defaults)
        with torch.no_grad():
            their_values = theirs(tp).numpy()
        out[which] = (
            worst_ulp(ours, reference, points, record.defaults),
            worst_ulp(their_values, reference, points, record.defaults),
        )
    return out


def sides_of(record, torch, x, x_rows, baseline=None):
    """``{side: (function, input)}`` for one entry, and PyTorch's forward and backward (or None)."""
    naive_f, naive_df = FORMULAS[record.name]
    # f and f' each on 10**6 values; a vector activation's Jacobian has ROW entries per input
    x_f, x_df = (x_rows, x_rows[: SIZE // ROW**2]) if record.vector else (x, x)
    sides = {
        "ours_f": (record.function, x_f),
        "ours_df": (record.derivative, x_df),
        "naive_f": (naive_f, x_f),
        "naive_df": (naive_df, x_df),
    }
    # the baseline's entry under this name or an older one (hardshrink is now hard_shrink)
    names = (record.name, *record.aliases) if baseline else ()
    base = next((baseline.catalog[n] for n in names if n in baseline.catalog), None)
    if base is not None:
        sides["base_f"] = (base.function, x_f)
        sides["base_df"] = (base.derivative, x_df)
    forward = backward = None
    if torch is not None:
        forward = torch_forward(torch, record)
        backward = None if record.vector else torch_backward(torch, record)
        if forward is not None:
            sides["torch_f"] = (forward, torch.from_numpy(x_f))
        if backward is not None:
            sides["torch_df"] = (backward[1], torch.from_numpy(x_df))
    return sides, forward, backward


def measure(names, with_accuracy: bool, runs: int = RUNS, baseline=None) -> list[dict]:
    torch = load_torch()
    rng = np.random.default_rng(0)
    x = rng.normal(scale=5.0, size=SIZE)
    x_rows = x.reshape(-1, ROW)
    records = [r for r in catalog.values() if r.name in FORMULAS and (not names or r.name in names)]
    passes = {r.name: [] for r in records}
    for _ in range(runs):
        for record in records:
            sides, _, _ = sides_of(record, torch, x, x_rows, baseline)
            # the textbook formulas (and older revisions) overflow in the tails
            with np.errstate(all="ignore"):
                passes[record.name].append(best_times(sides))
    rows = []
    for record in records:
        times = passes[record.name]
        row = {"name": record.name, "passes": times}
        row.update({side: statistics.median(t[side] for t in times) for side in times[0]})
        for which in ("f", "df"):
            for mine, other in (
                ("ours", "naive"),
                ("ours", "torch"),
                ("ours", "base"),
                ("base", "torch"),
            ):
                if f"{other}_{which}" in times[0] and f"{mine}_{which}" in times[0]:
                    key = f"{which}_{other}" if mine == "ours" else f"{which}_base_{other}"
                    row[key] = statistics.median(  # the median of each pass's own ratio
                        t[f"{mine}_{which}"] / t[f"{other}_{which}"] for t in times
                    )
        if torch is not None:
            _, forward, backward = sides_of(record, torch, x, x_rows)
            if backward is not None:
                row["kernel"] = backward[0]
            if with_accuracy and not record.vector and (forward or backward):
                ulps = accuracy(record, torch, forward, backward and backward[1])
                for which, (mine, theirs) in ulps.items():
                    row[f"ulp_{which}"] = mine
                    row[f"torch_ulp_{which}"] = theirs
        rows.append(row)
    return rows


def _cell(value, width=7, digits=2) -> str:
    if value is None:
        return " " * width
    if math.isinf(value):
        return f"{'inf':>{width}}"
    if value >= 1e4:
        return f"{value:>{width}.1e}"
    return f"{value:>{width}.{digits}f}"


def report(rows: list[dict]) -> None:
    with_base = any("f_base" in row for row in rows)
    print(f"Speed on {SIZE:,} float64 elements: time ratio (ours / other), lower is faster")
    print("ULP: worst error against mpmath over the whole finite range (ours / PyTorch's)")
    base_head = f"{'f/base':>8}{'df/base':>9}" if with_base else ""
    print(
        f"{'activation':<17}{'f/naive':>8}{'df/naive':>9}{'f/torch':>8}{'df/torch':>9}{base_head}"
        f"{'ULP f':>15}{'ULP df':>15}  PyTorch derivative"
    )
    for row in rows:
        ulp = []
        for which in ("f", "df"):
            if f"ulp_{which}" in row:
                ulp.append(
                    _cell(row[f"ulp_{which}"], 6) + " /" + _cell(row[f"torch_ulp_{which}"], 6)
                )
            else:
                ulp.append(" " * 14)
        base = f"{_cell(row.get('f_base'), 8)}{_cell(row.get('df_base'), 9)}" if with_base else ""
        print(
            f"{row['name']:<17}{_cell(row['f_naive'], 8)}{_cell(row['df_naive'], 9)}"
            f"{_cell(row.get('f_torch'), 8)}{_cell(row.get('df_torch'), 9)}{base}"
            f" {ulp[0]} {ulp[1]}  {row.get('kernel', '')}"
        )
    print(
        f"median over {len(rows)} activations: f {statistics.median(r['f_naive'] for r in rows):.2f}"
        f", f' {statistics.median(r['df_naive'] for r in rows):.2f} x textbook"
    )
    for which in ("f", "df"):
        ratios = [(r[f"{which}_torch"], r) for r in rows if f"{which}_torch" in r]
        if not ratios:
            continue
        median = statistics.median(v for v, _ in ratios)
        worst, worst_row = max(ratios, key=lambda item: item[0])
        label = "f " if which == "f" else "f'"
        print(
            f"vs PyTorch (1 thread), {label}: median {median:.2f} over {len(ratios)} "
            f"(target <= {TARGET_MEDIAN}), worst {worst:.2f} ({worst_row['name']})"
        )
        before = [r[f"{which}_base_torch"] for r in rows if f"{which}_base_torch" in r]
        if before:
            print(f"  the baseline, in the same rounds: median {statistics.median(before):.2f}")
        for value, row in ratios:
            torch_ulp = row.get(f"torch_ulp_{which}")
            inaccurate = torch_ulp is not None and torch_ulp > ACCURACY_BAR
            limit = TARGET_WORST_INACCURATE if inaccurate else TARGET_WORST
            if value > limit:
                print(f"  over {limit}x: {row['name']} {label} {value:.2f}")
    missing = [r.name for r in catalog.values() if r.name not in FORMULAS]
    if missing:
        print("no textbook baseline for:", ", ".join(missing))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated catalogue names")
    parser.add_argument("--no-accuracy", action="store_true", help="skip the mpmath columns")
    parser.add_argument("--json", help="also write the measurements to this file")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"passes (default {RUNS})")
    parser.add_argument(
        "--baseline", help="a folder holding another revision's activations/ to time beside ours"
    )
    args = parser.parse_args(argv)
    names = {n for n in args.only.split(",") if n}
    baseline = load_baseline(args.baseline) if args.baseline else None
    rows = measure(names, with_accuracy=not args.no_accuracy, runs=args.runs, baseline=baseline)
    report(rows)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, indent=1)


if __name__ == "__main__":
    main()
