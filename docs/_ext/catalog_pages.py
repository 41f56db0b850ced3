"""Sphinx extension: reference pages generated from :data:`activations.catalog`.

At ``config-inited`` (before Sphinx lists the documents and before autosummary and
sphinx-gallery look for their inputs) it writes
MyST pages into ``docs/reference/generated_catalog/``:

- ``families.md`` and one ``family_<key>.md`` per family of :data:`activations.FAMILIES`
  (formula, derivative, properties, API and gallery links of each member);
- ``comparison.md``: the comparison tables of every activation and the framework disagreements;
- ``api.md``: the autosummary listing, one page per function, derivative and alias
  (stubs in ``generated_catalog/functions/``, rendered with ``_templates/autosummary/``).

Files are written only when their text changes, so a no-op rebuild re-reads nothing.  The text
comes from a few fixed English sentence templates (translatable through gettext); numbers,
formulas and names come from the library unchanged.

It also adds three roles that let narrative pages quote numbers computed by the library instead
of typing them:

- ``{catalog}`sigmoid.max_abs_derivative``` -- a catalogue attribute (dotted path);
- ``{value}`sigmoid_derivative(40.0)``` -- a library function evaluated at literal arguments;
- ``{fact}`naive_sigmoid_derivative_zero_from``` -- a computed fact from :data:`FACTS`.
"""

from __future__ import annotations

import ast
import functools
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "FACTS",
    "api_names",
    "catalog_value",
    "evaluate_call",
    "fact",
    "fmt_number",
    "generate_pages",
    "setup",
    "write_pages",
]

#: Where the pages go, relative to the Sphinx source directory.
GENERATED_DIR = Path("reference") / "generated_catalog"
#: Autosummary's stub folder, relative to :data:`GENERATED_DIR`.
API_TOCTREE = "functions"

FRAMEWORK_TITLES = {"pytorch": "PyTorch", "jax": "JAX", "keras": "Keras"}

#: One paragraph per family, shown at the top of its page (qualitative: no numbers).
FAMILY_INTROS = {
    "piecewise": (
        "Piecewise-linear activations are made of straight pieces that meet at kinks. "
        "They are cheap to compute, and their derivative takes only a few constant values. "
        "At a kink the derivative is not defined: the library returns the value that "
        "PyTorch's automatic differentiation gives, and each section below states it."
    ),
    "sigmoidal": (
        "Sigmoidal activations are S-shaped curves, such as the logistic sigmoid and the "
        "hyperbolic tangent, together with functions built from them. "
        "Most of them are bounded and saturate on both sides, which suits gates and outputs "
        "but slows the training of deep stacks of hidden layers."
    ),
    "exponential": (
        "Exponential linear units are the identity for positive inputs and approach a negative "
        "constant for negative inputs. "
        "Their negative outputs move the mean activation towards zero, and unlike ReLU they "
        "pass a gradient back for negative inputs too."
    ),
    "smooth": (
        "Smooth rectifiers behave like ReLU for large inputs but replace its kink with a "
        "smooth curve, so that their derivative is continuous."
    ),
    "nonmonotonic": (
        "These activations are not monotonic: they rise and fall, like a bump or a wave. "
        "Their derivative changes sign, so a larger input can give a smaller output."
    ),
    "vector": (
        "Vector activations act on a whole vector at once, along one axis of the input, "
        "instead of on each element separately. "
        "Their derivative is a Jacobian matrix rather than one number per element."
    ),
}

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


# ---------------------------------------------------------------------------------------------
# Formatting: every number on a generated page goes through fmt_number
# ---------------------------------------------------------------------------------------------


def fmt_number(value: Any, digits: int = 4) -> str:
    """Format a number for prose: integers as such, others to ``digits`` significant digits.

    Powers of ten use a multiplication sign and superscripts (``4.248 × 10⁻¹⁸``), so that the
    text reads the same in every language.
    """
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if v == round(v) and abs(v) < 1e5:
        return str(int(v))
    text = f"{v:.{digits}g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa} × 10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return text


def parse_number(text: str) -> float:
    """Inverse of :func:`fmt_number` (up to rounding), used by the tests."""
    text = text.strip()
    table = {"∞": "inf", "-∞": "-inf", "NaN": "nan"}
    if text in table:
        return float(table[text])
    if " × 10" in text:
        mantissa, power = text.split(" × 10")
        digits = power.translate(str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789"))
        return float(f"{mantissa}e{digits}")
    return float(text)


def _code(value: Any) -> str:
    """A Python literal as inline code (defaults are shown exactly, as one would type them)."""
    return f"`{value!r}`"


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _continuity(order: float) -> str:
    if order < 0:
        return "discontinuous"
    if math.isinf(order):
        return r"$C^\infty$"
    return f"$C^{{{int(order)}}}$"


_SATURATION = {
    "both": "both sides",
    "left": r"left side ($x \to -\infty$)",
    "right": r"right side ($x \to +\infty$)",
    "none": "none",
}


def _saturation(side: str) -> str:
    return _SATURATION[side]


def _short_authors(authors: str) -> str:
    names = [a.strip() for a in authors.split(",") if a.strip()]
    if not names:
        return authors
    first = names[0].split()[-1]
    return f"{first} et al." if len(names) > 1 else first


def _list_table(header: list[str], rows: Iterable[list[str]], widths: str = "auto") -> str:
    """A MyST ``list-table``; cells may hold math with ``|`` that would break pipe tables."""
    lines = ["```{list-table}", ":header-rows: 1", f":widths: {widths}", ""]
    for row in [header, *rows]:
        for i, cell in enumerate(row):
            cell_lines = cell.split("\n") if cell else ["\\"]
            lines.append(("* - " if i == 0 else "  - ") + cell_lines[0])
            lines.extend("    " + extra if extra else "" for extra in cell_lines[1:])
    lines.append("```")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# What the pages are made of
# ---------------------------------------------------------------------------------------------


def api_names(catalog: Mapping[str, Any], module: Any) -> dict[str, list[str]]:
    """Public names to document per family: each function, its derivative, and its aliases.

    An alias is listed only when the module exports it (with ``_derivative`` likewise).
    """
    out: dict[str, list[str]] = {}
    for name, record in catalog.items():
        names = out.setdefault(record.family, [])
        for base in (name, *record.aliases):
            for candidate in (base, f"{base}_derivative"):
                if (base == name or hasattr(module, candidate)) and candidate not in names:
                    names.append(candidate)
    return out


def _family_page(
    key: str, title: str, records: list[Any], gallery: Mapping[str, str], module: Any
) -> str:
    parts = [
        f"(family-{key})=",
        f"# {title}",
        "",
    ]
    if key in FAMILY_INTROS:
        parts += [FAMILY_INTROS[key], ""]
    parts += [
        "Each section below gives the formula of one activation and of its derivative, "
        "its main properties, and links to its API page and to its gallery example.",
        "",
    ]
    for r in records:
        parts += [
            f"(catalog-{r.name})=",
            f"## {r.title_en}",
            "",
            "$$",
            r.formula,
            "$$",
            "",
            "$$",
            r.derivative_formula,
            "$$",
            "",
        ]
        rows = [
            ["Range", f"${r.range.latex}$"],
            ["Continuity", _continuity(r.continuity)],
            ["Monotonic", _yes_no(r.monotonic)],
            ["Derivative monotonic", _yes_no(r.derivative_monotonic)],
            [r"Approximately the identity near $0$", _yes_no(r.identity_near_origin)],
            ["Zero-centred", _yes_no(r.zero_centred)],
            ["Saturates", _saturation(r.saturating)],
            [r"Largest $|f'|$", fmt_number(r.max_abs_derivative)],
        ]
        if r.kinks:
            rows.append(
                [
                    "Kinks",
                    "\n".join(
                        f"$x = {fmt_number(k.x)}$, $f' = {fmt_number(k.derivative)}$"
                        + ("\n" if i < len(r.kinks) - 1 else "")
                        for i, k in enumerate(r.kinks)
                    ),
                ]
            )
        if r.vector:
            rows.append(["Acts on", "vectors (along an axis); the derivative is the Jacobian"])
        parts += [_list_table(["Property", "Value"], rows, widths="1 1"), ""]
        if r.params:
            parts += ["Parameters:", ""]
            parts += [
                f"- ${p.latex}$ (`{p.name}`, default {_code(p.default)}): {p.description}"
                for p in r.params
            ]
            parts.append("")
        parts += [
            f"API: {{py:func}}`activations.{r.name}` and "
            f"{{py:func}}`activations.{r.name}_derivative`.",
            "",
        ]
        if r.aliases:
            parts += [
                "Also known as: "
                + ", ".join(
                    f"{{py:func}}`activations.{a}`" if hasattr(module, a) else f"`{a}`"
                    for a in r.aliases
                )
                + ".",
                "",
            ]
        if r.name in gallery:
            parts += [f"Gallery example: {{ref}}`{gallery[r.name]}`.", ""]
        o = r.origin
        parts += [f"Introduced in: {o.authors}, [{o.title}]({o.url}), {o.year}.", ""]
    return "\n".join(parts).rstrip() + "\n"


def _families_page(families: Mapping[str, tuple[str, str]], present: list[str]) -> str:
    lines = [
        "(catalog-families)=",
        "# Activation families",
        "",
        "The activations are grouped into families of similar shape. "
        "Each family page is generated from the catalogue of the library.",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
    ]
    lines += [f"family_{key}" for key in families if key in present]
    lines += ["```", ""]
    return "\n".join(lines)


def _framework_cell(spec: Any) -> str:
    if spec.name is None:
        return "not available"
    cell = f"`{spec.name}`"
    if spec.defaults:
        cell += "\n\n" + ", ".join(f"`{k}={v!r}`" for k, v in spec.defaults.items())
    return cell


def _comparison_page(catalog: Mapping[str, Any]) -> str:
    records = list(catalog.values())

    def who(r: Any) -> str:
        return f"{{ref}}`catalog-{r.name}`"

    parts = [
        "(catalog-comparison)=",
        "# Comparison of all activations",
        "",
        "These tables are generated from the catalogue of the library at every build. "
        "Each row links to the activation's section on its family page.",
        "",
        "(catalog-comparison-formulas)=",
        "## Formulas",
        "",
        _list_table(
            ["Activation", "Function", "Derivative"],
            ([who(r), f"${r.formula}$", f"${r.derivative_formula}$"] for r in records),
            widths="1 2 2",
        ),
        "",
        "(catalog-comparison-properties)=",
        "## Properties",
        "",
        r"Approximately the identity near $0$ means $f(0) = 0$ and $f'(0) = 1$. "
        r"Zero-centred means $f(0) = 0$ and $f$ takes both signs. "
        r"Saturating means $f'(x) \to 0$ on that side.",
        "",
        _list_table(
            [
                "Activation",
                "Range",
                "Continuity",
                "Monotonic",
                "$f'$ monotonic",
                r"$f(x) \approx x$ near $0$",
                "Zero-centred",
                "Saturates",
                r"$\max |f'|$",
            ],
            (
                [
                    who(r),
                    f"${r.range.latex}$",
                    _continuity(r.continuity),
                    _yes_no(r.monotonic),
                    _yes_no(r.derivative_monotonic),
                    _yes_no(r.identity_near_origin),
                    _yes_no(r.zero_centred),
                    _saturation(r.saturating),
                    fmt_number(r.max_abs_derivative),
                ]
                for r in records
            ),
        ),
        "",
        "(catalog-comparison-origins)=",
        "## Origins",
        "",
        _list_table(
            ["Activation", "Introduced in", "Year"],
            (
                [
                    who(r),
                    f"[{_short_authors(r.origin.authors)}]({r.origin.url})",
                    str(r.origin.year),
                ]
                for r in records
            ),
            widths="2 3 1",
        ),
        "",
        "(catalog-comparison-frameworks)=",
        "## Names and defaults in the frameworks",
        "",
        "The first column gives this library's function and its default parameters. "
        "The others give the name of the same activation in each framework and its defaults, "
        "written with this library's parameter names.",
        "",
        _list_table(
            ["Activation", "This library", *FRAMEWORK_TITLES.values()],
            (
                [
                    who(r),
                    f"`activations.{r.name}`"
                    + (
                        "\n\n" + ", ".join(f"`{p.name}={p.default!r}`" for p in r.params)
                        if r.params
                        else ""
                    ),
                    *(_framework_cell(r.frameworks[fw]) for fw in FRAMEWORK_TITLES),
                ]
                for r in records
            ),
        ),
        "",
        "(catalog-comparison-disagreements)=",
        "## Framework disagreements",
        "",
    ]
    rows = []
    for r in records:
        defaults = r.defaults
        for param, values in r.disagreements.items():
            rows.append(
                [
                    who(r),
                    f"`{param}`",
                    _code(defaults[param]),
                    *(
                        _code(values[fw]) if fw in values else "not available"
                        for fw in FRAMEWORK_TITLES
                    ),
                ]
            )
    if rows:
        parts += [
            "The table lists every parameter whose default differs between the frameworks, "
            "next to the default of this library.",
            "",
            _list_table(
                ["Activation", "Parameter", "This library", *FRAMEWORK_TITLES.values()], rows
            ),
            "",
        ]
    else:
        parts += ["No two frameworks give a parameter different defaults.", ""]
    notes = [
        [who(r), FRAMEWORK_TITLES[fw], spec.note]
        for r in records
        for fw, spec in r.frameworks.items()
        if spec.note
    ]
    if notes:
        parts += [
            "Other differences, as recorded in the catalogue:",
            "",
            _list_table(["Activation", "Framework", "Difference"], notes, widths="1 1 4"),
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


def _api_page(families: Mapping[str, tuple[str, str]], names: Mapping[str, list[str]]) -> str:
    parts = [
        "(api-reference)=",
        "# API reference",
        "",
        "Every activation `name` has a function `activations.name(x, **params)` and its "
        "derivative `activations.name_derivative(x, **params)`. "
        "Each page below is generated from the docstring and shows the gallery examples "
        "that use the function.",
        "",
        "```{eval-rst}",
        ".. currentmodule:: activations",
        "```",
        "",
    ]
    for key, (title, _ja) in families.items():
        if not names.get(key):
            continue
        parts += [
            f"## {title}",
            "",
            "```{eval-rst}",
            ".. autosummary::",
            f"   :toctree: {API_TOCTREE}",
            "",
            *(f"   {n}" for n in names[key]),
            "```",
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


def generate_pages(
    catalog: Mapping[str, Any],
    families: Mapping[str, tuple[str, str]],
    module: Any,
    gallery: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Return ``{file name: MyST text}`` for every generated page (pure and deterministic).

    ``gallery`` maps activation names to the reference label of their gallery example;
    entries without one get no gallery link.
    """
    gallery = gallery or {}
    by_family: dict[str, list[Any]] = {}
    for record in catalog.values():
        by_family.setdefault(record.family, []).append(record)
    pages = {
        "families.md": _families_page(families, list(by_family)),
        "comparison.md": _comparison_page(catalog),
        "api.md": _api_page(families, api_names(catalog, module)),
    }
    for key, (title, _ja) in families.items():
        if key in by_family:
            pages[f"family_{key}.md"] = _family_page(key, title, by_family[key], gallery, module)
    return pages


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(tmp, path)


def write_pages(outdir: Path, pages: Mapping[str, str], api: Iterable[str] = ()) -> list[str]:
    """Write the pages whose text changed, delete stale ones; return the names written or removed.

    Stale autosummary stubs (``functions/activations.<name>.rst`` for a name no longer in
    ``api``) are removed too, so that a renamed function leaves no orphan page behind.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, text in sorted(pages.items()):
        path = outdir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            _atomic_write(path, text)
            changed.append(name)
    for path in sorted(outdir.glob("*.md")):
        if path.name not in pages:
            path.unlink()
            changed.append(path.name)
    stubs = outdir / API_TOCTREE
    wanted = {f"activations.{n}.rst" for n in api}
    if stubs.is_dir() and wanted:
        for path in sorted(stubs.glob("activations.*.rst")):
            if path.name not in wanted:
                path.unlink()
                changed.append(f"{API_TOCTREE}/{path.name}")
    return changed


# ---------------------------------------------------------------------------------------------
# Numbers quoted in narrative pages
# ---------------------------------------------------------------------------------------------


def catalog_value(spec: str, catalog: Mapping[str, Any] | None = None) -> str:
    """Resolve ``name.attr[.attr...]`` in the catalogue (``name.params.alpha`` = a default)."""
    if catalog is None:
        import activations

        catalog = activations.catalog
    name, _, path = spec.strip().partition(".")
    if name not in catalog or not path:
        raise KeyError(f"no catalogue entry or attribute in {spec!r}")
    value: Any = catalog[name]
    attrs = path.split(".")
    if attrs[0] == "params" and len(attrs) == 2:
        value = value.defaults[attrs[1]]
    else:
        for attr in attrs:
            value = getattr(value, attr)
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return fmt_number(value)
    return str(value)


_CALL = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(.*\)\s*$", re.S)


def evaluate_call(expr: str, module: Any = None) -> str:
    """Evaluate ``function(literal, key=literal)`` with a public function of the library."""
    if module is None:
        import activations as module
    if not _CALL.match(expr):
        raise ValueError(f"not a function call: {expr!r}")
    call = ast.parse(expr.strip(), mode="eval").body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    names = {n for ns in api_names(module.catalog, module).values() for n in ns}
    if call.func.id not in names:
        raise ValueError(f"{call.func.id!r} is not an activation or derivative of the library")
    args = [ast.literal_eval(a) for a in call.args]
    kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
    return fmt_number(getattr(module, call.func.id)(*args, **kwargs))


def _ulps(computed: Any, exact: Any) -> Any:
    """Error of float64 ``computed`` in units in the last place of the float64 ``exact``."""
    import numpy as np

    computed = np.asarray(computed, dtype=np.float64)
    exact = np.asarray(exact, dtype=np.float64)
    return np.abs(computed - exact) / np.spacing(np.abs(exact))


def _naive_sigmoid_derivative(x: float) -> float:
    import numpy as np

    from activations.textbook import FORMULAS

    return float(FORMULAS["sigmoid"].derivative(np.float64(x)))


def _fact_naive_sigmoid_zero_from() -> float:
    """Smallest float64 x > 0 at which the textbook sigmoid(x) * (1 - sigmoid(x)) is 0."""
    import numpy as np

    lo, hi = 1.0, 100.0  # naive derivative > 0 at lo, == 0 at hi
    while np.nextafter(lo, hi) < hi:
        mid = 0.5 * (lo + hi)
        if mid in (lo, hi):
            mid = np.nextafter(lo, hi)
        if _naive_sigmoid_derivative(mid) == 0.0:
            hi = mid
        else:
            lo = mid
    return float(hi)


def _mp_sigmoid_derivative(x: float) -> float:
    import mpmath

    with mpmath.workprec(200):
        e = mpmath.exp(-mpmath.mpf(x))
        return float(e / (1 + e) ** 2)


def _fact_sigmoid_derivative_ulps(x: float, naive: bool) -> float:
    import activations

    value = _naive_sigmoid_derivative(x) if naive else activations.sigmoid_derivative(x)
    return float(_ulps(value, _mp_sigmoid_derivative(x)))


def _fact_softplus_overflow() -> float:
    """Smallest x at which the textbook softplus log(1 + exp(x)) overflows to infinity."""
    import numpy as np

    return float(np.nextafter(np.log(np.finfo(np.float64).max), np.inf))


def _fact_log1p_relerr(x: float, naive: bool) -> float:
    import mpmath
    import numpy as np

    with mpmath.workprec(200):
        exact = float(mpmath.log1p(mpmath.mpf(x)))
    value = np.log(1.0 + x) if naive else np.log1p(x)
    return float(abs(value - exact) / exact)


def _fact_expm1_relerr(x: float, naive: bool) -> float:
    import mpmath
    import numpy as np

    with mpmath.workprec(200):
        exact = float(mpmath.expm1(mpmath.mpf(x)))
    value = np.exp(x) - 1.0 if naive else np.expm1(x)
    return float(abs(value - exact) / exact)


def _fact_exp_neg_square_ulps(naive: bool) -> float:
    """Worst ULP error of exp(-x*x) on 2001 points of [25.9, 26.1], naive or error-free."""
    import mpmath
    import numpy as np

    from activations._exact import exp_neg_square

    x = np.linspace(25.9, 26.1, 2001)
    with mpmath.workprec(200):
        exact = np.array([float(mpmath.exp(-(mpmath.mpf(float(v)) ** 2))) for v in x])
    value = np.exp(-x * x) if naive else exp_neg_square(x)
    return float(np.max(_ulps(value, exact)))


def _fact_central_difference_relerr() -> float:
    """Worst relative error of a central difference of tanh on 1001 points of [-5, 5]."""
    import numpy as np

    import activations

    x = np.linspace(-5.0, 5.0, 1001)
    h = np.finfo(np.float64).eps ** (1 / 3) * np.maximum(1.0, np.abs(x))
    estimate = (activations.tanh(x + h) - activations.tanh(x - h)) / (2 * h)
    exact = activations.tanh_derivative(x)
    return float(np.max(np.abs(estimate - exact) / exact))


def _fact_eps() -> float:
    import numpy as np

    return float(np.finfo(np.float64).eps)


#: Computed facts that narrative pages quote with ``{fact}`name```: name -> float.
FACTS: dict[str, Callable[[], float]] = {
    "float64_eps": _fact_eps,
    "float64_eps_cbrt": lambda: _fact_eps() ** (1 / 3),
    "central_difference_tanh_relerr": _fact_central_difference_relerr,
    "quarter_to_the_10": lambda: 0.25**10,
    "naive_sigmoid_derivative_zero_from": _fact_naive_sigmoid_zero_from,
    "naive_sigmoid_derivative_at_40": lambda: _naive_sigmoid_derivative(40.0),
    "naive_sigmoid_derivative_ulps_at_20": lambda: _fact_sigmoid_derivative_ulps(20.0, True),
    "library_sigmoid_derivative_ulps_at_20": lambda: _fact_sigmoid_derivative_ulps(20.0, False),
    "naive_softplus_overflow_from": _fact_softplus_overflow,
    "naive_log1p_relerr_1e-10": lambda: _fact_log1p_relerr(1e-10, True),
    "log1p_relerr_1e-10": lambda: _fact_log1p_relerr(1e-10, False),
    "naive_expm1_relerr_1e-10": lambda: _fact_expm1_relerr(1e-10, True),
    "expm1_relerr_1e-10": lambda: _fact_expm1_relerr(1e-10, False),
    "naive_exp_neg_square_ulps_26": lambda: _fact_exp_neg_square_ulps(True),
    "exp_neg_square_ulps_26": lambda: _fact_exp_neg_square_ulps(False),
}


@functools.cache
def _fact_value(name: str) -> float:
    return FACTS[name]()


def fact(name: str) -> str:
    """The formatted value of a computed fact."""
    if name.strip() not in FACTS:
        raise KeyError(f"unknown fact {name!r}; known: {', '.join(sorted(FACTS))}")
    return fmt_number(_fact_value(name.strip()))


# ---------------------------------------------------------------------------------------------
# Sphinx glue
# ---------------------------------------------------------------------------------------------


def _gallery_labels(app: Any, catalog: Mapping[str, Any]) -> dict[str, str]:
    """Reference labels of the per-activation gallery examples that exist on disk."""
    conf = getattr(app.config, "sphinx_gallery_conf", None) or {}
    examples = conf.get("examples_dirs") or []
    galleries = conf.get("gallery_dirs") or []
    if isinstance(examples, str):
        examples = [examples]
    if isinstance(galleries, str):
        galleries = [galleries]
    labels = {}
    for src, dst in zip(examples, galleries, strict=False):
        src_dir = (Path(app.srcdir) / src).resolve()
        prefix = "sphx_glr_" + str(Path(dst)).replace(os.sep, "_").replace("/", "_")
        for name in catalog:
            if name not in labels and (src_dir / f"plot_{name}.py").is_file():
                labels[name] = f"{prefix}_plot_{name}.py"
    return labels


def _library_files() -> list[str]:
    import activations

    root = Path(activations.__file__).parent
    return sorted(str(p) for p in root.rglob("*.py"))


def _on_config_inited(app: Any, config: Any) -> None:
    from sphinx.util import logging

    import activations

    pages = generate_pages(
        activations.catalog,
        activations.FAMILIES,
        activations,
        _gallery_labels(app, activations.catalog),
    )
    api = [n for names in api_names(activations.catalog, activations).values() for n in names]
    changed = write_pages(Path(app.srcdir) / GENERATED_DIR, pages, api)
    if changed:
        logging.getLogger(__name__).info("catalog_pages: wrote %s", ", ".join(changed))


def _make_role(resolve: Callable[[str], str]) -> Any:
    from docutils import nodes
    from sphinx.util.docutils import SphinxRole

    class Role(SphinxRole):
        def run(self) -> tuple[list[Any], list[Any]]:
            try:
                text = resolve(self.text)
            except Exception as error:  # report any failure as a build warning at the role
                message = self.inliner.reporter.error(
                    f"{self.name}: cannot resolve {self.text!r}: {error}", line=self.lineno
                )
                problem = self.inliner.problematic(self.rawtext, self.rawtext, message)
                return [problem], [message]
            for path in _library_files():
                self.env.note_dependency(path)
            return [nodes.inline(self.rawtext, text, classes=["catalog-value"])], []

    return Role()


def setup(app: Any) -> dict[str, Any]:
    """Register the page generator (before autosummary and sphinx-gallery) and the roles."""
    # config-inited: Sphinx 9 lists the source files before builder-inited, so pages written
    # later would be missing from a clean build (and autosummary would find no stubs).
    app.connect("config-inited", _on_config_inited, priority=400)
    app.add_role("catalog", _make_role(catalog_value))
    app.add_role("value", _make_role(evaluate_call))
    app.add_role("fact", _make_role(fact))
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
