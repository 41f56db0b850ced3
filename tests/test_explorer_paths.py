"""The parameter explorer's curves (docs/_ext/explorer.py) are the library's numbers.

Every vertex of every drawn path, decoded from the SVG path data as a browser reads it, sits
on the library's f or f' at one of the computed x, for every slider position of every explorer.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pytest

from activations import catalog

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import explorer  # noqa: E402  (docs/_ext, path above)

EXPLORERS = [(r.name, p.name) for r in catalog.values() for p in explorer.explored(r)]
_TOKEN = re.compile(r"[Ml]|-?(?:\d+\.?\d*|\.\d+)")


def vertices(data: str) -> list[np.ndarray]:
    """The polylines of SVG path data made of ``M x y`` and relative ``l dx dy ...`` runs."""
    lines: list[list[list[float]]] = []
    numbers: list[float] = []
    command = ""
    for token in [*_TOKEN.findall(data), "M"]:
        if token in "Ml":
            pairs = np.array(numbers).reshape(-1, 2) if numbers else np.empty((0, 2))
            if command == "M":
                lines.append([pairs[0].tolist()])
            elif command == "l":
                start = np.array(lines[-1][-1])
                lines[-1] += (start + np.cumsum(pairs, axis=0)).tolist()
            command, numbers = token, []
        else:
            numbers.append(float(token))
    return [np.array(line) for line in lines]


def test_decoder_reads_the_short_forms():
    (line,) = vertices("M44 160l96.9-.5 .7 12.3-1 0")
    assert np.allclose(line, [[44, 160], [140.9, 159.5], [141.6, 171.8], [140.6, 171.8]])


@pytest.mark.parametrize(("name", "param"), EXPLORERS)
def test_every_vertex_is_on_the_library_curve(name, param):
    record = catalog[name]
    spec = next(p for p in record.params if p.name == param)
    data = explorer.explorer_data(record, spec)
    (v0, y0), (v1, y1) = data["y_ticks"][0], data["y_ticks"][-1]
    x = np.linspace(*explorer.X_RANGE, explorer.POINTS)
    to_px = explorer.RIGHT - explorer.LEFT
    for value, f_path, d_path in zip(data["values"], data["f"], data["d"], strict=True):
        setting = {**record.defaults, param: value}
        for function, drawn in ((record.function, f_path), (record.derivative, d_path)):
            y = np.asarray(function(x, **setting), dtype=float)
            lines = vertices(drawn)
            assert lines, f"{name} {param}={value}: nothing drawn"
            for line in lines:
                k = np.rint((line[:, 0] - explorer.LEFT) / to_px * (explorer.POINTS - 1))
                k = k.astype(int)
                expected = y0 + (y[k] - v0) / (v1 - v0) * (y1 - y0)
                shown = np.abs(expected) < 1e4
                assert np.all(np.abs(line[shown, 1] - expected[shown]) <= 0.051), (
                    f"{name} {param}={value}: a vertex is off the curve"
                )
