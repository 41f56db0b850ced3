"""Speed on 10**6 float64 elements, as ratios to the naive textbook formula run alongside.

Ratios, not seconds, are the result: both sides run in the same process on the same data, so
the machine's speed cancels out.  Vector activations act on rows of length 10: the function on
10**5 rows (10**6 elements), the Jacobian on 10**4 rows (10**6 entries).  With torch installed, the ratio to PyTorch on the CPU with one
thread (autograd for the derivative) is reported too.

Run: ``python -m benchmarks.speed`` (part of ``make bench``).
"""

from __future__ import annotations

import importlib
import statistics
import timeit

import numpy as np

from activations import catalog
from activations.textbook import FORMULAS

SIZE = 10**6
REPEATS = 7
ROW = 10  # length of the rows vector activations act on


def best_time(function, x) -> float:
    """Best of a few runs: the least disturbed estimate of the cost of one call."""
    return min(timeit.repeat(lambda: function(x), number=1, repeat=REPEATS))


def torch_callable(record):
    """PyTorch's version of the activation at its defaults, or None when unavailable."""
    try:
        torch = importlib.import_module("torch")
    except ImportError:
        return None
    name = record.frameworks["pytorch"].name
    if not name or not name.startswith("torch."):
        return None
    target = importlib.import_module("torch")
    for part in name.split(".")[1:]:
        target = getattr(target, part, None)
        if target is None:
            return None
    if record.vector:  # needs dim=; its Jacobian is not what autograd's backward gives
        return None
    # a module's parameters (PReLU's weight) in float64, like the input
    layer = target().double() if isinstance(target, type) else target
    try:  # some take more than a tensor (torch.heaviside needs its value at 0): no row
        layer(torch.zeros(2, dtype=torch.float64))
    except (TypeError, RuntimeError):
        return None
    torch.set_num_threads(1)

    def forward(t):
        with torch.no_grad():
            return layer(t)

    def backward(t):
        t = t.detach().requires_grad_(True)
        layer(t).sum().backward()
        return t.grad

    return forward, backward, torch


def main() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(scale=5.0, size=SIZE)
    rows, ratios = [], {"f": [], "df": []}
    torch_ratios = {"f": [], "df": []}
    x_rows = x.reshape(-1, ROW)
    for record in catalog.values():
        if record.name not in FORMULAS:
            continue
        naive_f, naive_df = FORMULAS[record.name]
        # f and f' each on 10**6 values; a vector activation's Jacobian has ROW entries per input
        x_f, x_df = (x_rows, x_rows[: SIZE // ROW**2]) if record.vector else (x, x)
        with np.errstate(all="ignore"):  # the baseline overflows in the tails; ours may not
            base = (best_time(naive_f, x_f), best_time(naive_df, x_df))
        ours = (best_time(record.function, x_f), best_time(record.derivative, x_df))
        row = [record.name, ours[0] / base[0], ours[1] / base[1]]
        ratios["f"].append(row[1])
        ratios["df"].append(row[2])
        torch_version = torch_callable(record)
        if torch_version:
            forward, backward, torch = torch_version
            t = torch.from_numpy(x)
            row += [ours[0] / best_time(forward, t), ours[1] / best_time(backward, t)]
            torch_ratios["f"].append(row[3])
            torch_ratios["df"].append(row[4])
        rows.append(row)

    header = f"{'activation':<18} {'f / naive':>10} {'df / naive':>11}"
    if any(torch_ratios.values()):
        header += f" {'f / torch':>10} {'df / torch':>11}"
    print(f"Speed on {SIZE:,} float64 elements (time ratio, lower is faster)")
    print(header)
    for row in rows:
        print(f"{row[0]:<18} " + " ".join(f"{v:>10.2f} " for v in row[1:]))
    print(
        f"median over {len(rows)} activations: f {statistics.median(ratios['f']):.2f}, "
        f"f' {statistics.median(ratios['df']):.2f} (target <= 1.5)"
    )
    if any(torch_ratios.values()):
        print(
            f"median vs PyTorch (1 thread): f {statistics.median(torch_ratios['f']):.2f}, "
            f"f' {statistics.median(torch_ratios['df']):.2f}"
        )
    missing = [r.name for r in catalog.values() if r.name not in FORMULAS]
    if missing:
        print("no naive baseline for:", ", ".join(missing))


if __name__ == "__main__":
    main()
