"""Figures of activations and their derivatives in one shared frame (needs matplotlib).

Every figure of the site is drawn by this module so that all of them share one frame
(:data:`FRAME`), one size and one style: thumbnails compare at a glance, lines differ in dash
pattern as well as in colour (Okabe-Ito palette, safe for colour-blind readers), the background
is opaque white so the figure reads the same on light and dark pages, and the only text inside a
figure is mathematical notation, so one image serves every language.

matplotlib is an optional dependency (``pip install activations[plot]``); it is imported when a
figure is drawn, not when this module is imported.

Examples
--------
>>> from activations.plotting import plot_pair
>>> fig = plot_pair("sigmoid")
>>> fig.axes[0].get_legend_handles_labels()[1]
['$f(x)$', "$f'(x)$"]
>>> import matplotlib.pyplot as plt
>>> plt.close(fig)
"""

from __future__ import annotations

import contextlib
import numbers
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from ._catalog import Kink, Record

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "COLORS",
    "FIGSIZE",
    "FRAME",
    "LINESTYLES",
    "Frame",
    "curves",
    "derivative_symbol",
    "figure",
    "function_symbol",
    "get_record",
    "param_label",
    "plot_activation",
    "plot_matrix",
    "plot_pair",
    "style",
]


@dataclass(frozen=True)
class Frame:
    """The visible window of a figure: x and y limits."""

    xlim: tuple[float, float]
    ylim: tuple[float, float]

    def grid(self, n: int = 1601, extra: Sequence[float] = ()) -> np.ndarray:
        """A dense x grid over the frame, with the points `extra` (and their neighbours) added."""
        lo, hi = self.xlim
        points = [np.linspace(lo, hi, n)]
        for x in extra:
            if lo <= x <= hi:
                points.append(np.array([x - 1e-9, x, x + 1e-9]))
        return np.unique(np.concatenate(points))


#: The frame every activation is first drawn in, so that all thumbnails compare.
FRAME = Frame(xlim=(-4.0, 4.0), ylim=(-1.5, 3.0))

#: Figure size in inches: 480 x 320 px at 100 dpi, so that 13 pt text stays legible when a
#: phone shrinks the figure to its width; sphinx-gallery adds a 2x image for sharp screens.
FIGSIZE = (4.8, 3.2)

#: Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")

#: Dash patterns paired with :data:`COLORS`, so lines differ without colour too.
LINESTYLES = ("-", "--", "-.", ":", (0, (6, 2, 1, 2, 1, 2)), (0, (1, 1)), (0, (8, 3)))

_STYLE = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "figure.edgecolor": "white",
    "savefig.facecolor": "white",
    "savefig.transparent": False,
    "axes.facecolor": "white",
    "axes.edgecolor": "#4d4d4d",
    "axes.labelcolor": "#1a1a1a",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "text.color": "#1a1a1a",
    "font.size": 13,
    "axes.labelsize": 14,
    "legend.fontsize": 13,
    "legend.framealpha": 0.9,
    "legend.edgecolor": "#cccccc",
    "lines.linewidth": 2.0,
    "lines.markersize": 6,
    "mathtext.fontset": "dejavusans",
}


def _mpl() -> Any:
    try:
        import matplotlib as mpl
        import matplotlib.pyplot  # loads mpl.pyplot
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "activations.plotting needs matplotlib: pip install 'activations[plot]'"
        ) from error
    return mpl


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the site's matplotlib style inside a ``with`` block.

    Opaque white background, dark text, 13 pt type, light grid, 2 pt lines: what every figure
    of the site uses. Artists created inside the block keep the style when drawn later.

    Examples
    --------
    >>> from activations.plotting import style
    >>> import matplotlib
    >>> with style():
    ...     print(matplotlib.rcParams["figure.facecolor"])
    white
    """
    mpl = _mpl()
    with mpl.rc_context(_STYLE):
        yield


def figure(nrows: int = 1, ncols: int = 1, *, height: float | None = None, **kwargs: Any):
    """Create a figure and axes in the site's style: ``fig, ax = figure()``.

    Parameters
    ----------
    nrows, ncols : int
        Grid of axes, as in :func:`matplotlib.pyplot.subplots`.
    height : float, optional
        Figure height in inches; the width is always that of :data:`FIGSIZE`.
    **kwargs
        Passed to :func:`matplotlib.pyplot.subplots`.

    Returns
    -------
    fig : matplotlib.figure.Figure
    ax : matplotlib.axes.Axes or array of them
    """
    plt = _mpl().pyplot
    if height is None:
        height = FIGSIZE[1] if nrows == 1 else 0.4 + 2.5 * nrows
    kwargs.setdefault("layout", "constrained")
    with style():
        return plt.subplots(nrows, ncols, figsize=(FIGSIZE[0], height), **kwargs)


def get_record(name_or_record: str | Record) -> Record:
    """The catalogue record of an activation.

    Parameters
    ----------
    name_or_record : str or Record
        A key of :data:`activations.catalog`, one of the aliases, or a record (returned as is).

    Returns
    -------
    Record

    Raises
    ------
    KeyError
        When no entry has that name or alias.

    Examples
    --------
    >>> from activations.plotting import get_record
    >>> get_record("swish").name
    'silu'
    """
    if isinstance(name_or_record, Record):
        return name_or_record
    from . import catalog

    if name_or_record in catalog:
        return catalog[name_or_record]
    for record in catalog.values():
        if name_or_record in record.aliases:
            return record
    raise KeyError(f"plotting: no activation named {name_or_record!r} in activations.catalog")


def _is_mathtext(text: str) -> bool:
    from matplotlib.mathtext import MathTextParser

    try:
        MathTextParser("path").parse(f"${text}$")
    except ValueError:
        return False
    return True


def _lhs(formula: str) -> str | None:
    head = formula.split("=", 1)[0].strip() if "=" in formula else ""
    return head if head.endswith("(x)") and _is_mathtext(head) else None


def function_symbol(record: str | Record) -> str:
    r"""The symbol of f in math text, read from the left-hand side of the record's formula.

    Parameters
    ----------
    record : str or Record
        A name, alias or record.

    Returns
    -------
    str
        E.g. ``\sigma(x)``, without dollar signs; ``f(x)`` when the formula's left-hand side is
        not of the form ``...(x)`` or matplotlib cannot render it, and for vector activations.

    Examples
    --------
    >>> from activations.plotting import function_symbol
    >>> function_symbol("sigmoid")
    '\\sigma(x)'
    """
    record = get_record(record)
    if record.vector:
        return "f(x)"
    return _lhs(record.formula) or "f(x)"


def derivative_symbol(record: str | Record) -> str:
    r"""The symbol of f' in math text, read from the record's derivative formula.

    Parameters
    ----------
    record : str or Record
        A name, alias or record.

    Returns
    -------
    str
        E.g. ``\sigma'(x)``; ``f'(x)`` in the cases where :func:`function_symbol` gives ``f(x)``.
    """
    record = get_record(record)
    if record.vector:
        return "f'(x)"
    return _lhs(record.derivative_formula) or "f'(x)"


def _format_value(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return r"\mathtt{" + str(value) + "}"
    text = f"{float(value):g}"
    if len(text) > 6:  # 0.333333 reads better as 1/3
        fraction = Fraction(float(value)).limit_denominator(100)
        if abs(float(fraction) - float(value)) < 1e-12:
            text = f"{fraction.numerator}/{fraction.denominator}"
    return text


def param_label(record: str | Record, **params: Any) -> str:
    r"""Legend text for a parameter setting, in math notation.

    Parameters
    ----------
    record : str or Record
        A name, alias or record; its :class:`~activations.Param` symbols are used.
    **params
        The setting. Numbers are written shortly (``0.2``, ``1/3``); other values, and
        parameters unknown to the record, in typewriter type.

    Returns
    -------
    str
        A matplotlib math string such as ``$\alpha = 0.2$``.

    Examples
    --------
    >>> from activations.plotting import param_label
    >>> param_label("elu", alpha=0.5)
    '$\\alpha = 0.5$'
    """
    record = get_record(record)
    symbols = {p.name: p.latex for p in record.params}
    parts = [
        symbols.get(k, r"\mathtt{" + k + "}") + " = " + _format_value(v) for k, v in params.items()
    ]
    return "$" + r",\ ".join(parts) + "$"


def curves(
    record: str | Record, x: np.ndarray, params: Mapping[str, Any] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f'(x) of an activation on the grid `x`.

    For a vector activation the curves are a one-dimensional slice: ``F(v)[0]`` with
    ``v = (x, 0)`` when ``F`` keeps the length of its input (softmax and relatives), and
    ``v = (x, x)`` when it halves it (GLU); f' is the matching directional derivative, taken
    from the library's Jacobian.
    """
    record = get_record(record)
    params = dict(params or {})
    x = np.asarray(x, dtype=float)
    if not record.vector:
        return (
            np.asarray(record.function(x, **params)),
            np.asarray(record.derivative(x, **params)),
        )
    params.pop("axis", None)  # the slice is taken along the last axis
    probe = np.asarray(record.function(np.array([0.0, 0.0]), axis=-1, **params))
    direction = np.array([1.0, 0.0]) if probe.shape[-1] == 2 else np.array([1.0, 1.0])
    v = x[:, None] * direction
    f = np.asarray(record.function(v, axis=-1, **params))[:, 0]
    jacobian = np.asarray(record.derivative(v, axis=-1, **params))
    return f, jacobian[:, 0, :] @ direction


def _break_jumps(x: np.ndarray, y: np.ndarray, span: float) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN where y jumps, so a discontinuity is not drawn as a vertical line."""
    dx = np.diff(x)
    dy = np.abs(np.diff(y))
    with np.errstate(invalid="ignore"):
        neighbours = np.maximum(np.r_[0.0, dy[:-1]], np.r_[dy[1:], 0.0])
        jump = ((dy > 1e-6) & (dy > 1e3 * dx)) | ((dy > 0.05 * span) & (dy > 10 * neighbours))
    where = np.flatnonzero(jump) + 1
    return np.insert(x, where, np.nan), np.insert(y, where, np.nan)


def _kink_text(symbol: str, at: float, value: float) -> str:
    return "$" + symbol[: -len("(x)")] + f"({_format_value(at)}) = {_format_value(value)}$"


def _mark_kinks(ax, record, params, kinks, frame, color_f, color_d, symbol_d) -> None:
    span = frame.ylim[1] - frame.ylim[0]
    for kink in kinks:
        if not frame.xlim[0] <= kink.x <= frame.xlim[1]:
            continue
        x = np.array([kink.x - 1e-9, kink.x, kink.x + 1e-9])
        f, d = curves(record, x, params)
        # f: only a jump is worth a mark (the value held, and the open end)
        if abs(f[2] - f[0]) > 1e-6 * span:
            ax.plot([kink.x], [f[1]], "o", color=color_f, zorder=4)
            for side in (0, 2):
                if abs(f[side] - f[1]) > 1e-6 * span:
                    ax.plot([kink.x], [f[side]], "o", mfc="white", color=color_f, zorder=4)
        for side in (0, 2):
            if abs(d[side] - kink.derivative) > 1e-6 * span:
                ax.plot([kink.x], [d[side]], "o", mfc="white", color=color_d, zorder=5)
        ax.plot([kink.x], [kink.derivative], "o", color=color_d, zorder=6)
        label = ax.annotate(
            _kink_text(symbol_d, kink.x, kink.derivative),
            (kink.x, kink.derivative),
            xytext=(7, -9),
            textcoords="offset points",
            fontsize=12,
            color="#1a1a1a",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85},
            zorder=7,
        )
        _place(ax, label, prefer_left=kink.x < 0)


#: Where a kink's label may go, relative to its dot: (dx, dy) in points, alignment.
_PLACES = {
    "below right": ((7, -9), "left", "top"),
    "above right": ((7, 9), "left", "bottom"),
    "below left": ((-7, -9), "right", "top"),
    "above left": ((-7, 9), "right", "bottom"),
}


def _place(ax, label, prefer_left: bool) -> None:
    """Put a kink's label where it covers the fewest points of the lines and other labels."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    points = np.concatenate(
        [line.get_transform().transform(np.asarray(line.get_xydata(), float)) for line in ax.lines]
    )
    points = points[np.all(np.isfinite(points), axis=1)]
    others = [t.get_window_extent(renderer) for t in ax.texts if t is not label]
    if ax.get_legend() is not None:
        others.append(ax.get_legend().get_window_extent(renderer))
    order = list(_PLACES)
    if prefer_left:
        order = order[2:] + order[:2]
    axes_box = ax.get_window_extent(renderer)
    best = None
    for rank, where in enumerate(order):
        offset, ha, va = _PLACES[where]
        label.set_position(offset)
        label.set_ha(ha)
        label.set_va(va)
        box = label.get_window_extent(renderer).padded(3)
        inside = (points >= [box.x0, box.y0]) & (points <= [box.x1, box.y1])
        cost = int(np.sum(np.all(inside, axis=1)))
        cost += 1000 * sum(box.overlaps(other) for other in others)
        cost += 1000 * int(not (box.x0 >= axes_box.x0 and box.x1 <= axes_box.x1))
        cost += 1000 * int(not (box.y0 >= axes_box.y0 and box.y1 <= axes_box.y1))
        if best is None or (cost, rank) < best[:2]:
            best = (cost, rank, where)
    offset, ha, va = _PLACES[best[2]]
    label.set_position(offset)
    label.set_ha(ha)
    label.set_va(va)


def _setup_axes(ax, frame: Frame) -> None:
    ax.set_xlim(*frame.xlim)
    ax.set_ylim(*frame.ylim)
    ticker = _mpl().ticker
    ax.xaxis.set_major_locator(ticker.MaxNLocator(9, steps=[1, 2, 5, 10]))
    ax.yaxis.set_major_locator(ticker.MaxNLocator(6, steps=[1, 2, 5, 10]))
    ax.axhline(0.0, color="#888888", lw=0.8, zorder=1)
    ax.axvline(0.0, color="#888888", lw=0.8, zorder=1)
    ax.set_xlabel("$x$")


def plot_activation(
    name_or_record: str | Record,
    ax: Axes | None = None,
    *,
    params: Mapping[str, Any] | None = None,
    function: bool = True,
    derivative: bool = True,
    kinks: bool | Sequence[Kink] | None = None,
    frame: Frame = FRAME,
    label: str | None = None,
    derivative_label: str | None = None,
    color: str | None = None,
    derivative_color: str | None = None,
    linestyle: Any = "-",
    derivative_linestyle: Any = "--",
) -> Axes:
    """Draw an activation and its derivative in the shared frame.

    Parameters
    ----------
    name_or_record : str or Record
        A name or alias from :data:`activations.catalog`, or a record.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of the site's size is created when omitted.
    params : mapping, optional
        Keyword arguments for the activation (its defaults when omitted).
    function, derivative : bool
        Which of f and f' to draw.
    kinks : bool or sequence of Kink, optional
        Kinks to mark with their f' value. By default the record's kinks are marked when
        `params` are the defaults (kinks may move with the parameters), none otherwise.
    frame : Frame
        Limits of the axes; :data:`FRAME` unless there is a reason to zoom.
    label, derivative_label : str, optional
        Legend entries, ``$f(x)$`` and ``$f'(x)$`` by default (:func:`function_symbol` gives the
        record's own symbol, e.g. ``\\sigma(x)``, for a figure that names the function).
    color, derivative_color, linestyle, derivative_linestyle
        Line appearance; f is solid blue and f' dashed vermilion by default.

    Returns
    -------
    matplotlib.axes.Axes
        The axes drawn on, with the frame applied and a legend when both curves are drawn.
    """
    record = get_record(name_or_record)
    params = dict(params or {})
    if ax is None:
        _, ax = figure()
    color = color or COLORS[0]
    derivative_color = derivative_color or COLORS[1]
    symbol_d = "f'(x)"
    if kinks is None:
        kinks = all(record.defaults.get(k) == v for k, v in params.items())
    if kinks is True:
        kinks = record.kinks
    kinks = tuple(kinks or ())
    with style():
        _setup_axes(ax, frame)
        x = frame.grid(extra=[k.x for k in kinks] + [k.x for k in record.kinks])
        f, d = curves(record, x, params)
        f = np.where(np.isfinite(f), f, np.nan)  # outside the domain (soft exponential)
        d = np.where(np.isfinite(d), d, np.nan)
        span = frame.ylim[1] - frame.ylim[0]
        if function:
            ax.plot(
                *_break_jumps(x, f, span),
                color=color,
                linestyle=linestyle,
                label=label or "$f(x)$",
                zorder=3,
            )
        if derivative:
            ax.plot(
                *_break_jumps(x, d, span),
                color=derivative_color,
                linestyle=derivative_linestyle,
                label=derivative_label or "$f'(x)$",
                zorder=3,
            )
        if function and derivative:
            ax.legend(loc="upper left")
        if derivative and kinks:
            _mark_kinks(ax, record, params, kinks, frame, color, derivative_color, symbol_d)
    return ax


def plot_pair(
    name_or_record: str | Record,
    variants: Mapping[str, Mapping[str, Any]] | Sequence[Mapping[str, Any]] | None = None,
    *,
    params: Mapping[str, Any] | None = None,
    frame: Frame = FRAME,
) -> Figure:
    """A figure of f and f' in the shared frame, for one or several parameter settings.

    Parameters
    ----------
    name_or_record : str or Record
        A name or alias from :data:`activations.catalog`, or a record.
    variants : mapping or sequence of mappings, optional
        Parameter settings to compare. A sequence of keyword dicts is labelled with
        :func:`param_label` (``$\\alpha = 0.2$``); a mapping ``{label: params}`` uses its own
        labels, which should be math notation. When given, the figure has two panels in the
        same frame, f above and f' below, one line per setting (colour and dash pattern).
    params : mapping, optional
        Parameters of the single curve when `variants` is omitted.
    frame : Frame
        Limits of the axes.

    Returns
    -------
    matplotlib.figure.Figure
        Without variants: one panel with f, f' and the kinks marked with their f' values.
    """
    record = get_record(name_or_record)
    if variants is None:
        fig, ax = figure()
        plot_activation(record, ax, params=params, frame=frame)
        return fig
    if not isinstance(variants, Mapping):
        variants = {param_label(record, **v): v for v in variants}
    fig, (top, bottom) = figure(2, 1, sharex=True)
    for i, (text, setting) in enumerate(variants.items()):
        color, ls = COLORS[i % len(COLORS)], LINESTYLES[i % len(LINESTYLES)]
        kw = {
            "params": setting,
            "frame": frame,
            "kinks": False,
            "color": color,
            "derivative_color": color,
            "linestyle": ls,
            "derivative_linestyle": ls,
        }
        plot_activation(record, top, derivative=False, label=text, **kw)
        plot_activation(record, bottom, function=False, derivative_label=text, **kw)
    with style():
        top.set_xlabel("")
        top.set_ylabel("$f(x)$")
        bottom.set_ylabel("$f'(x)$")
        top.legend(loc="upper left")
    return fig


def plot_matrix(
    matrix: np.ndarray,
    ax: Axes | None = None,
    *,
    row_symbol: str = "y",
    column_symbol: str = "x",
    row_labels: Sequence[str] | None = None,
    column_labels: Sequence[str] | None = None,
    decimals: int = 2,
) -> Axes:
    r"""A heat map of a small matrix (a Jacobian) with its entries written in the cells.

    The colour map is diverging and centred on 0 (purple-orange, colour-blind safe); labels are
    math symbols: rows :math:`\partial y_i`, columns :math:`\partial x_j`.

    Parameters
    ----------
    matrix : array_like, shape (m, n)
        The matrix to show.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of the site's size is created when omitted.
    row_symbol, column_symbol : str
        Symbols of the output and input vectors.
    row_labels, column_labels : sequence of str, optional
        Tick labels (math notation) replacing the generated ones.
    decimals : int
        Digits written in each cell.

    Returns
    -------
    matplotlib.axes.Axes
    """
    matrix = np.asarray(matrix, dtype=float)
    if ax is None:
        _, ax = figure()
    limit = float(np.max(np.abs(matrix))) or 1.0
    with style():
        ax.grid(False)
        image = ax.imshow(matrix, cmap="PuOr_r", vmin=-limit, vmax=limit)
        m, n = matrix.shape
        columns = column_labels or [f"$\\partial {column_symbol}_{{{j + 1}}}$" for j in range(n)]
        rows = row_labels or [f"$\\partial {row_symbol}_{{{i + 1}}}$" for i in range(m)]
        ax.set_xticks(range(n), columns)
        ax.set_yticks(range(m), rows)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        for (i, j), value in np.ndenumerate(matrix):
            dark = abs(value) > 0.55 * limit
            text = f"{value:.{decimals}f}"
            if float(text) == 0:
                text = text.lstrip("-")
            ax.text(
                j,
                i,
                text.replace("-", "\u2212"),
                ha="center",
                va="center",
                fontsize=12,
                color="white" if dark else "#1a1a1a",
            )
        ax.figure.colorbar(image, ax=ax, shrink=0.85)
    return ax
