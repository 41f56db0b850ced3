"""A parameter explorer on the gallery page of every activation with a numeric parameter.

For each parameter with an explored range (``Param.explore``), the library evaluates f and f'
at build time for every value the slider offers, the other parameters at their defaults, and
the page carries the curves as SVG paths; a range input picks the value and a few lines of
JavaScript (``_static/explorer.js``) swap the paths.  No formula is computed in the browser.
Without JavaScript the figure shows the curves at the default value.  The slider's ticks mark
the values that the frameworks use by default.

The explorer is added to the page that sphinx-gallery writes for ``plot_<name>.py``: a section
(a heading and a sentence, translated with the page) before the page's second section.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import numpy as np
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

#: Width and height of the SVG (its viewBox), and the plot area inside it.
WIDTH, HEIGHT = 480, 300
LEFT, RIGHT, TOP, BOTTOM = 44, 470, 12, 268
X_RANGE = (-4.0, 4.0)
Y_LIMITS = (-4.0, 5.0)  # never more than this, whatever the curves do
POINTS = 401
TOLERANCE = 0.25  # px: a simplified path stays this close to the computed curve

SECTION = """
{title}
{underline}

Move the slider to redraw the function (solid) and its derivative (dashed) for other values of
the parameter, the others at their defaults. The ticks mark the defaults of the frameworks.

.. parameter-explorer:: {name}

"""


def explored(record: Any) -> list[Any]:
    """The parameters of a record that the explorer offers."""
    return [p for p in record.params if p.explore is not None]


# ---------------------------------------------------------------------------------------------
# Curves as SVG paths


def _simplify(points: np.ndarray) -> np.ndarray:
    """Ramer-Douglas-Peucker: the fewest points within TOLERANCE of the polyline."""
    if len(points) < 3:
        return points
    keep = np.zeros(len(points), dtype=bool)
    keep[[0, -1]] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b = points[first], points[last]
        segment = b - a
        inner = points[first + 1 : last] - a
        length = float(np.hypot(*segment))
        if length == 0.0:
            distance = np.hypot(inner[:, 0], inner[:, 1])
        else:
            distance = np.abs(segment[0] * inner[:, 1] - segment[1] * inner[:, 0]) / length
        worst = int(np.argmax(distance))
        if distance[worst] > TOLERANCE:
            middle = first + 1 + worst
            keep[middle] = True
            stack += [(first, middle), (middle, last)]
    return points[keep]


def path(x: np.ndarray, y: np.ndarray, scale: Any) -> str:
    """SVG path data of y(x), broken where y jumps or leaves the finite numbers."""
    px, py = scale(x, y)
    rise = np.abs(np.diff(py))
    steep = (rise > 8) & (rise > 15 * np.abs(np.diff(px)))  # a jump, not a slope
    breaks = np.flatnonzero(steep | ~np.isfinite(py[1:]) | ~np.isfinite(py[:-1])) + 1
    parts = []
    for piece_x, piece_y in zip(np.split(px, breaks), np.split(py, breaks), strict=True):
        finite = np.isfinite(piece_y)
        if finite.sum() < 2:
            continue
        points = _simplify(np.column_stack([piece_x[finite], piece_y[finite]]))
        tenths = np.rint(points * 10).astype(np.int64)  # 0.1 px, the precision of the path
        steps = np.diff(tenths, axis=0)  # relative moves: shorter, and exact in tenths
        parts.append("M" + _numbers(tenths[0]) + "l" + _numbers(steps.ravel()))
    return "".join(parts)


def _numbers(tenths: np.ndarray) -> str:
    """Numbers in tenths as SVG path numbers, as short as they can be: 25 -> 2.5, -3 -> -.3."""
    text = ""
    for t in tenths.tolist():
        whole, tenth = divmod(abs(t), 10)
        number = ("-" if t < 0 else "") + (str(whole) if whole or not tenth else "")
        number += f".{tenth}" if tenth else ""
        text += number if not text or number[0] == "-" else " " + number
    return text


def _nice_step(span: float) -> float:
    raw = span / 5
    power = 10 ** np.floor(np.log10(raw))
    return float(min((s * power for s in (1, 2, 5, 10) if s * power >= raw), default=power))


#: LaTeX symbols of the parameters, as the slider's label writes them.
_SYMBOLS = {
    r"\alpha": "α",
    r"\beta": "β",
    r"\lambda": "λ",
    r"\theta": "θ",
    r"\omega": "ω",
    "t_l": "t\u2097",  # SReLU's thresholds and slopes: subscript l and r
    "t_r": "t\u1d63",
    "a_l": "a\u2097",
    "a_r": "a\u1d63",
}


def _symbol(latex: str) -> str:
    return _SYMBOLS.get(latex.strip(), latex.strip())


def _label(value: float) -> str:
    return f"{value:.4g}".replace("-", "\u2212")


def explorer_data(record: Any, param: Any) -> dict[str, Any]:
    """Curves and labels of one parameter's explorer (pure: the library does all the math)."""
    x = np.linspace(*X_RANGE, POINTS)
    values = param.explored_values()
    curves = []
    for value in values:
        setting = {**record.defaults, param.name: value}
        curves.append((record.function(x, **setting), record.derivative(x, **setting)))
    everything = np.concatenate([np.ravel(c) for pair in curves for c in pair])
    everything = everything[np.isfinite(everything)]
    low = max(min(float(everything.min()), 0.0), Y_LIMITS[0])
    high = min(max(float(everything.max()), 1.0), Y_LIMITS[1])
    step = _nice_step(high - low)
    low, high = np.floor(low / step) * step, np.ceil(high / step) * step

    def scale(u: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with np.errstate(invalid="ignore", over="ignore"):
            sx = LEFT + (u - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0]) * (RIGHT - LEFT)
            sy = BOTTOM - (v - low) / (high - low) * (BOTTOM - TOP)
        return sx, np.where(np.abs(sy) < 1e4, sy, np.sign(sy) * 1e4)

    default = min(range(len(values)), key=lambda i: abs(values[i] - param.default))
    from activations import FRAMEWORKS

    ticks: dict[int, list[str]] = {}  # slider position -> who defaults to it
    for key, framework in record.frameworks.items():
        for spec in (framework, *framework.also):
            if spec.name is not None and param.name in spec.defaults:
                value = spec.defaults[param.name]
                at = min(range(len(values)), key=lambda i: abs(values[i] - value))
                # a second call of the same framework is told apart by its name (a layer)
                label = FRAMEWORKS[key] + (
                    "" if spec is framework else " " + spec.name.rsplit(".", 1)[1]
                )
                ticks.setdefault(at, []).append(label)
    return {
        "values": values,
        "labels": [f"{param.name} = {_label(v)}" for v in values],
        "f": [path(x, np.asarray(f, float), scale) for f, _ in curves],
        "d": [path(x, np.asarray(d, float), scale) for _, d in curves],
        "default": default,
        "ticks": ticks,
        "x_ticks": [(float(u), *scale(np.array([u]), np.array([0.0]))) for u in range(-4, 5)],
        "y_ticks": [
            (float(v), float(scale(np.array([0.0]), np.array([v]))[1][0]))
            for v in np.arange(low, high + step / 2, step)
        ],
        "origin": [float(c[0]) for c in scale(np.array([0.0]), np.array([0.0]))],
    }


# ---------------------------------------------------------------------------------------------
# HTML


def _svg(data: dict[str, Any], ident: str) -> str:
    ox, oy = data["origin"]
    grid = []
    for value, sx, _ in data["x_ticks"]:
        grid.append(
            f'<line class="explorer-grid" x1="{sx[0]:.1f}" y1="{TOP}" x2="{sx[0]:.1f}" y2="{BOTTOM}"/>'
        )
        grid.append(
            f'<text x="{sx[0]:.1f}" y="{BOTTOM + 18}" text-anchor="middle">{_label(value)}</text>'
        )
    for value, sy in data["y_ticks"]:
        grid.append(
            f'<line class="explorer-grid" x1="{LEFT}" y1="{sy:.1f}" x2="{RIGHT}" y2="{sy:.1f}"/>'
        )
        grid.append(
            f'<text x="{LEFT - 6}" y="{sy + 4:.1f}" text-anchor="end">{_label(value)}</text>'
        )
    i = data["default"]
    return (
        f'<svg class="explorer-plot" viewBox="0 0 {WIDTH} {HEIGHT}" role="img">'
        f"<title>f(x), f\u2032(x): {data['labels'][i]}</title>"
        f'<defs><clipPath id="{ident}-clip"><rect x="{LEFT}" y="{TOP}" '
        f'width="{RIGHT - LEFT}" height="{BOTTOM - TOP}"/></clipPath></defs>'
        + "".join(grid)
        + f'<line class="explorer-axis" x1="{LEFT}" y1="{oy:.1f}" x2="{RIGHT}" y2="{oy:.1f}"/>'
        f'<line class="explorer-axis" x1="{ox:.1f}" y1="{TOP}" x2="{ox:.1f}" y2="{BOTTOM}"/>'
        f'<g clip-path="url(#{ident}-clip)">'
        f'<path class="explorer-f" d="{data["f"][i]}"/>'
        f'<path class="explorer-d" d="{data["d"][i]}"/></g>'
        f'<g class="explorer-legend" transform="translate({LEFT + 10} {TOP + 8})">'
        '<path class="explorer-f" d="M0 8h26"/><text x="32" y="13">f(x)</text>'
        '<path class="explorer-d" d="M0 30h26"/><text x="32" y="35">f\u2032(x)</text></g>'
        "</svg>"
    )


def _controls(record: Any, param: Any, data: dict[str, Any], ident: str) -> str:
    count = len(data["values"]) - 1
    i = data["default"]
    options = "".join(
        f'<option value="{at}" label="{_label(data["values"][at])}"></option>'
        for at in sorted(data["ticks"])
    )
    marks = "".join(
        f'<span class="explorer-tick" style="--at: {at / count:.4f}">'
        f"<span>{_label(data['values'][at])}</span><span>{', '.join(labels)}</span></span>"
        for at, labels in sorted(data["ticks"].items())
    )
    payload = json.dumps(
        {"f": data["f"], "d": data["d"], "labels": data["labels"]}, separators=(",", ":")
    )
    return (
        f'<div class="explorer-controls"><label for="{ident}">'
        f'<span class="explorer-symbol">{html.escape(_symbol(param.latex))}</span> '
        f"<code>{param.name}</code></label> "
        f'<output for="{ident}" aria-live="polite">{data["labels"][i]}</output>'
        f'<input type="range" id="{ident}" min="0" max="{count}" step="1" value="{i}" '
        f'aria-valuetext="{data["labels"][i]}" list="{ident}-ticks">'
        f'<datalist id="{ident}-ticks">{options}</datalist>'
        f'<div class="explorer-ticks" aria-hidden="true">{marks}</div></div>'
        f'<script type="application/json">{payload}</script>'
    )


class explorer_figure(nodes.General, nodes.Element):  # noqa: N801 (docutils' node naming)
    """The explorer's HTML; not a raw node, which the site's gettext settings would translate."""


def _visit_html(translator: Any, node: explorer_figure) -> None:
    translator.body.append(node["html"])
    raise nodes.SkipNode


def _skip(translator: Any, node: explorer_figure) -> None:
    raise nodes.SkipNode


class ParameterExplorer(SphinxDirective):
    """``.. parameter-explorer:: name``: one explorer per explored parameter of ``name``."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        import activations

        record = activations.catalog[self.arguments[0]]
        for path in _library_sources():
            self.env.note_dependency(path)
        out: list[nodes.Node] = []
        for param in explored(record):
            ident = f"explore-{record.name}-{param.name}".replace("_", "-")
            data = explorer_data(record, param)
            body = (
                f'<figure class="explorer" data-explorer>{_svg(data, ident)}'
                + _controls(record, param, data, ident)
                + "</figure>"
            )
            out.append(explorer_figure(html=body))
        return out


def _library_sources() -> list[str]:
    from pathlib import Path

    import activations

    return sorted(str(p) for p in Path(activations.__file__).parent.rglob("*.py"))


# ---------------------------------------------------------------------------------------------
# Sphinx glue


_EXAMPLE = re.compile(r"^auto_examples/plot_(\w+)$")
_HEADING = re.compile(r"^(?P<title>\S.*)\n(?P<line>-{3,})\n", re.M)


def add_section(text: str, name: str, title: str = "Vary the parameter") -> str:
    """The page's RST with the explorer section before its second section."""
    section = SECTION.format(title=title, underline="-" * len(title), name=name)
    headings = list(_HEADING.finditer(text))
    if len(headings) >= 2:
        at = headings[1].start()
    else:
        at = text.find(".. _sphx_glr_download_")
        at = len(text) if at < 0 else text.rfind("\n\n", 0, at) + 1
    return text[:at] + section.lstrip("\n") + "\n" + text[at:]


def _source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    match = _EXAMPLE.match(docname)
    if not match:
        return
    import activations

    record = activations.catalog.get(match.group(1))
    if record is not None and explored(record):
        source[0] = add_section(source[0], record.name)


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if "data-explorer" in (context.get("body") or ""):
        app.add_js_file("explorer.js", defer="defer")  # only pages with an explorer load it


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(
        explorer_figure,
        html=(_visit_html, None),
        **{fmt: (_skip, None) for fmt in ("latex", "text", "man", "texinfo")},
    )
    app.add_directive("parameter-explorer", ParameterExplorer)
    app.connect("source-read", _source_read)
    app.connect("html-page-context", _page_context)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
