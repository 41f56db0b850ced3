"""The catalogue's record types and the read-only mapping built from them.

A record holds everything the site states about one activation besides its code, so that
pages, tables and tests are all generated from (and checked against) the same data.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "FAMILIES",
    "FRAMEWORKS",
    "Family",
    "Framework",
    "Interval",
    "Kink",
    "Origin",
    "Param",
    "Record",
    "Use",
    "build_catalog",
]


@dataclass(frozen=True)
class Family:
    """A group of activations of similar shape: its title and a one-paragraph introduction."""

    title: str
    intro: str  # qualitative (no numbers), shown at the top of the family's page


#: The families, in the order the site presents them.
FAMILIES: Mapping[str, Family] = MappingProxyType(
    {
        "piecewise": Family(
            "Piecewise-linear activations",
            "Piecewise-linear activations are made of straight pieces that meet at kinks. "
            "They are cheap to compute, and their derivative takes only a few constant values. "
            "At a kink the derivative is not defined: the library returns the value that "
            "PyTorch's automatic differentiation gives, and each section below states it.",
        ),
        "sigmoidal": Family(
            "Sigmoidal activations",
            "Sigmoidal activations are S-shaped curves, such as the logistic sigmoid and the "
            "hyperbolic tangent, together with functions built from them. "
            "Most of them are bounded and saturate on both sides, which suits gates and outputs "
            "but slows the training of deep stacks of hidden layers.",
        ),
        "exponential": Family(
            "Exponential linear units",
            "Exponential linear units are the identity for positive inputs and approach a "
            "negative constant for negative inputs. "
            "Their negative outputs move the mean activation towards zero, and unlike ReLU they "
            "pass a gradient back for negative inputs too.",
        ),
        "smooth": Family(
            "Smooth rectifiers",
            "Smooth rectifiers behave like ReLU for large inputs but replace its kink with a "
            "smooth curve, so that their derivative is continuous.",
        ),
        "nonmonotonic": Family(
            "Bumps and waves",
            "These activations are not monotonic: they rise and fall, like a bump or a wave. "
            "Their derivative changes sign, so a larger input can give a smaller output.",
        ),
        "vector": Family(
            "Vector activations",
            "Vector activations act on a whole vector at once, along one axis of the input, "
            "instead of on each element separately. "
            "Their derivative is a Jacobian matrix rather than one number per element.",
        ),
    }
)

#: The frameworks whose names and defaults the catalogue records: key -> display name.
FRAMEWORKS: Mapping[str, str] = MappingProxyType(
    {"pytorch": "PyTorch", "jax": "JAX", "keras": "Keras", "mlx": "MLX"}
)


@dataclass(frozen=True)
class Param:
    """A parameter of an activation: its name and default follow PyTorch where it has one.

    ``explore`` is the range of a numeric parameter worth trying, ``(low, high, step)``: the
    site's parameter explorer offers the values ``low, low + step, ..., high``, among them the
    library's default and every framework's.
    """

    name: str
    default: Any
    description: str
    latex: str  # symbol used in the formulas, e.g. r"\alpha"
    explore: tuple[float, float, float] | None = None

    def explored_values(self) -> list[float]:
        """The values the explorer offers (empty when the parameter is not explored)."""
        if self.explore is None:
            return []
        low, high, step = self.explore
        count = round((high - low) / step)
        return [round(low + k * step, 12) for k in range(count + 1)]


@dataclass(frozen=True)
class Interval:
    """The range of f, with the endpoints as floats (``-inf``/``inf`` allowed).

    ``low_tex`` / ``high_tex`` name an endpoint that is better written as a symbol
    (``r"\\pi/2"`` rather than 1.5708); the float stays the value the tests check.
    """

    low: float
    high: float
    low_closed: bool
    high_closed: bool
    low_tex: str | None = None
    high_tex: str | None = None

    @property
    def latex(self) -> str:
        def end(v: float, tex: str | None) -> str:
            if tex is not None:
                return tex
            if math.isinf(v):
                return r"-\infty" if v < 0 else r"\infty"
            return f"{v:.6g}"

        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{end(self.low, self.low_tex)}, {end(self.high, self.high_tex)}{right}"

    def __contains__(self, value: float) -> bool:
        above = value >= self.low if self.low_closed else value > self.low
        below = value <= self.high if self.high_closed else value < self.high
        return above and below


@dataclass(frozen=True)
class Kink:
    """A point where f stops being infinitely differentiable, and the f' returned there.

    That is a jump of f, of f' or of f'' (ELU's f'' jumps at 0 although f' does not), so the
    order of continuity of the record is tested at its kinks.  ``derivative`` is the value the
    library returns at ``x``: PyTorch autograd's.  ``frameworks`` holds the other frameworks'
    automatic differentiation where it returns something else there (Keras: with the JAX
    backend), e.g. ``{"jax": 1.0}`` for leaky ReLU at 0.
    """

    x: float
    derivative: float
    frameworks: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Origin:
    """Where the activation was introduced."""

    title: str
    authors: str
    year: int
    url: str


@dataclass(frozen=True)
class Framework:
    """How one framework ships the activation.

    ``call`` is the call as the framework's users type it, with the framework's own parameter
    names and its default values written out, applied to ``x``:
    ``"jax.nn.gelu(x, approximate=True)"``, ``"torch.nn.PReLU(init=0.25)(x)"`` (``None`` when
    the framework does not ship the activation); the tests run it where the framework is
    installed.  ``defaults`` maps this library's parameter names to the framework's defaults, in
    this library's terms so that frameworks compare (JAX's ``approximate=True`` is ``"tanh"``).
    ``note`` says in a sentence what else differs, in the framework's own spelling.  ``also``
    lists other ways the framework ships it with other defaults (Keras's ``LeakyReLU`` layer).
    """

    call: str | None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    also: tuple[Framework, ...] = ()

    @property
    def name(self) -> str | None:
        """The fully qualified callable, e.g. ``"jax.nn.gelu"`` or ``"torch.nn.PReLU"``."""
        return None if self.call is None else self.call.split("(", 1)[0]


@dataclass(frozen=True)
class Use:
    """A notable model or system that uses the activation, and the work that says so."""

    model: str
    citation: Origin


@dataclass(frozen=True)
class Record:
    """Everything known about one activation; ``function`` and ``derivative`` are the code."""

    name: str
    family: str
    function: Callable[..., Any]
    derivative: Callable[..., Any]
    title_en: str
    title_ja: str
    # f and f' in mpmath, for the tests: functions of an mpf x (a list of them for vector
    # entries) and the parameters by name, written without cancellation so that they are exact
    # at 256 bits over the whole float64 range.
    reference: Callable[..., Any]
    derivative_reference: Callable[..., Any]
    formula: str  # LaTeX of f, as an equation: f(x) = ...
    derivative_formula: str  # LaTeX of the derivative (the Jacobian for vector entries)
    params: tuple[Param, ...]
    range: Interval
    continuity: (
        float  # order of continuity: -1 discontinuous, 0 for C0, ..., math.inf for C-infinity
    )
    monotonic: bool
    derivative_monotonic: bool
    identity_near_origin: bool  # f(0) = 0 and f'(0) = 1
    zero_centred: bool  # f(0) = 0 and f takes both signs
    saturating: str  # "both", "left", "right" or "none": sides where f' -> 0
    max_abs_derivative: float  # sup |f'(x)| over the reals for the default parameters
    kinks: tuple[Kink, ...]
    origin: Origin
    frameworks: Mapping[str, Framework]
    vector: bool = False  # True for softmax & co.: derivative returns the Jacobian
    aliases: tuple[str, ...] = ()
    used_in: tuple[Use, ...] = ()  # empty when no notable use is known
    # The reading (hiragana) of a title_ja that starts with a kanji: it places the activation
    # in the 五十音 order of the Japanese gallery index.
    reading_ja: str = ""

    @property
    def defaults(self) -> dict[str, Any]:
        """The keyword arguments that reproduce the default activation."""
        return {p.name: p.default for p in self.params}

    @property
    def disagreements(self) -> dict[str, dict[str, Any]]:
        """Parameters whose defaults differ between frameworks: ``{param: {framework: value}}``."""
        out: dict[str, dict[str, Any]] = {}
        for p in self.params:
            values = {
                fw: spec.defaults[p.name]
                for fw, spec in self.frameworks.items()
                if spec.name is not None and p.name in spec.defaults
            }
            if len({repr(v) for v in values.values()}) > 1:
                out[p.name] = values
        return out


def build_catalog(records: list[Record]) -> Mapping[str, Record]:
    """Check the records against each other and freeze them into a read-only mapping."""
    by_name: dict[str, Record] = {}
    for record in records:
        if record.name in by_name:
            raise ValueError(f"catalogue: duplicate entry {record.name!r}")
        if record.family not in FAMILIES:
            raise ValueError(f"catalogue: {record.name!r} has unknown family {record.family!r}")
        missing = set(FRAMEWORKS) - set(record.frameworks)
        if missing:
            raise ValueError(f"catalogue: {record.name!r} lacks frameworks {sorted(missing)}")
        by_name[record.name] = record
    ordered = sorted(by_name.values(), key=lambda r: (list(FAMILIES).index(r.family), r.name))
    return MappingProxyType({r.name: r for r in ordered})
