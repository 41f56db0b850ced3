"""The text of the pages generated from the catalogue.

Each page's shape is a template in ``templates/`` (MyST Markdown with Jinja); this module
turns records into the cells and rows the templates lay out.  The English sentences are fixed
(gettext translates them); numbers, formulas and names come from the library unchanged.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2

from .export import catalog_csv, catalog_json
from .facts import api_names, fmt_number
from .indexes import gallery_index

#: Autosummary's stub folder, relative to the generated pages.
API_TOCTREE = "functions"

TEMPLATES = Path(__file__).parent / "templates"

_SATURATION = {
    "both": "both sides",
    "left": r"left side ($x \to -\infty$)",
    "right": r"right side ($x \to +\infty$)",
    "none": "none",
}

#: The cell of a framework that does not ship the activation.
NOT_SHIPPED = "not shipped"


def code(value: Any) -> str:
    """A Python literal as inline code (defaults are shown exactly, as one would type them)."""
    return f"`{value!r}`"


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def continuity(order: float) -> str:
    if order < 0:
        return "discontinuous"
    if math.isinf(order):
        return r"$C^\infty$"
    return f"$C^{{{int(order)}}}$"


def saturation(side: str) -> str:
    return _SATURATION[side]


def short_authors(authors: str) -> str:
    """ "Surname" or "Surname et al.", from "A. Surname, B. Other" or "A. Surname et al. (Group)"."""
    first = re.sub(r"\(.*?\)|\bet al\.", "", authors).split(",")[0].split()
    if not first:
        return authors
    several = "," in authors or "et al." in authors
    return f"{first[-1]} et al." if several else first[-1]


def list_table(header: list[str], rows: Iterable[list[str]], widths: str = "auto") -> str:
    """A MyST ``list-table``; cells may hold math with ``|`` that would break pipe tables."""
    lines = ["```{list-table}", ":header-rows: 1", f":widths: {widths}", ""]
    for row in [header, *rows]:
        for i, cell in enumerate(row):
            cell_lines = cell.split("\n") if cell else ["\\"]
            lines.append(("* - " if i == 0 else "  - ") + cell_lines[0])
            lines.extend("    " + extra if extra else "" for extra in cell_lines[1:])
    lines.append("```")
    return "\n".join(lines)


def _link(record: Any) -> str:
    return f"{{ref}}`catalog-{record.name}`"


def property_rows(r: Any) -> list[list[str]]:
    """The property table of one activation's section on its family page."""
    rows = [
        ["Range", f"${r.range.latex}$"],
        ["Continuity", continuity(r.continuity)],
        ["Monotonic", yes_no(r.monotonic)],
        ["Derivative monotonic", yes_no(r.derivative_monotonic)],
        [r"Approximately the identity near $0$", yes_no(r.identity_near_origin)],
        ["Zero-centred", yes_no(r.zero_centred)],
        ["Saturates", saturation(r.saturating)],
        [r"Largest $|f'|$", fmt_number(r.max_abs_derivative)],
    ]
    if r.kinks:
        kinks = [f"$x = {fmt_number(k.x)}$, $f' = {fmt_number(k.derivative)}$" for k in r.kinks]
        rows.append(["Kinks", "\n\n".join(kinks)])
    if r.vector:
        rows.append(["Acts on", "vectors (along an axis); the derivative is the Jacobian"])
    return rows


def _framework_cell(spec: Any) -> str:
    """The framework's calls as its users type them, each on a line."""
    if spec.call is None:
        return NOT_SHIPPED
    return "\n\n".join(f"`{s.call}`" for s in (spec, *spec.also))


def framework_defaults(spec: Any, param: str) -> str:
    """The framework's default for ``param``, and any other call of it that defaults otherwise
    (Keras's leaky_relu function and LeakyReLU layer do)."""
    value = spec.defaults[param]
    others = [
        f"{code(s.defaults[param])} (`{s.call.split('(')[0]}`)"
        for s in spec.also
        if s.defaults.get(param, value) != value
    ]
    return "; ".join([code(value), *others])


def library_call(r: Any) -> str:
    """The library's call with its defaults written out, like the frameworks' calls."""
    arguments = ["x", *(f"{p.name}={p.default!r}" for p in r.params)]
    return f"activations.{r.name}({', '.join(arguments)})"


def uses(r: Any) -> str:
    """The notable models that use the activation, each linked to the work that says so."""
    if not r.used_in:
        return "none known"
    return "; ".join(
        f"{u.model} ([{short_authors(u.citation.authors)} {u.citation.year}]({u.citation.url}))"
        for u in r.used_in
    )


def _comparison_rows(catalog: Mapping[str, Any], frameworks: Mapping[str, str]) -> dict[str, Any]:
    records = list(catalog.values())
    disagreements = [
        [
            _link(r),
            f"`{param}`",
            code(r.defaults[param]),
            *(
                framework_defaults(r.frameworks[fw], param) if fw in values else NOT_SHIPPED
                for fw in frameworks
            ),
        ]
        for r in records
        for param, values in r.disagreements.items()
    ]
    return {
        "formula_rows": [
            [_link(r), f"${r.formula}$", f"${r.derivative_formula}$"] for r in records
        ],
        "property_header": [
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
        "property_table_rows": [
            [
                _link(r),
                f"${r.range.latex}$",
                continuity(r.continuity),
                yes_no(r.monotonic),
                yes_no(r.derivative_monotonic),
                yes_no(r.identity_near_origin),
                yes_no(r.zero_centred),
                saturation(r.saturating),
                fmt_number(r.max_abs_derivative),
            ]
            for r in records
        ],
        "origin_rows": [
            [
                _link(r),
                f"[{short_authors(r.origin.authors)}]({r.origin.url})",
                str(r.origin.year),
            ]
            for r in records
        ],
        "framework_rows": [
            [
                _link(r),
                f"`{library_call(r)}`",
                *(_framework_cell(r.frameworks[fw]) for fw in frameworks),
            ]
            for r in records
        ],
        "disagreement_rows": disagreements,
        "note_rows": [
            [_link(r), frameworks[fw], spec.note]
            for r in records
            for fw, spec in r.frameworks.items()
            if spec.note
        ],
    }


def _own_slope(r: Any, x: float) -> float:
    """f'(x); for a vector activation with a kink, d f_0 / d x_0 on the row ``[x]`` (CReLU), or
    d f_0 / d b_0 on the row ``[1, x]`` for a gated unit that halves its input (ReGLU)."""
    import numpy as np

    if r.vector and r.function(np.zeros(2)).shape[-1] == 1:  # a gated unit (ReGLU):
        return r.derivative(np.array([1.0, x]))[0, 1]  # the kink is in the gate's input b
    if r.vector:
        return r.derivative(np.array([x]))[0, 0]
    return r.derivative(x)


def kink_rows(catalog: Mapping[str, Any], frameworks: Mapping[str, str]) -> list[list[str]]:
    """One row per kink where f' jumps or a framework returns another value than the library.

    The one-sided limits are the library's derivative just beside the kink; a framework that
    does not ship the activation gets ``NOT_SHIPPED``.
    """
    import numpy as np

    rows = []
    for r in catalog.values():
        for kink in r.kinks:
            # the derivative at the neighbouring doubles, rounded: a continuous f' gives equal
            # limits, not values 1e-16 apart
            left, right = (
                round(float(_own_slope(r, np.nextafter(kink.x, side))), 9) + 0.0
                for side in (-np.inf, np.inf)
            )
            if left == right and not kink.frameworks:
                continue
            cells = [_link(r), f"${fmt_number(kink.x)}$", fmt_number(left), fmt_number(right)]
            cells.append(fmt_number(kink.derivative))
            for key in frameworks:
                value = kink.frameworks.get(key, kink.derivative)  # the library's is PyTorch's
                shipped = key in r.frameworks and r.frameworks[key].name is not None
                cells.append(fmt_number(value) if shipped else NOT_SHIPPED)
            rows.append(cells)
    return rows


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # Markdown, not HTML
    )

    def aliases(r: Any) -> str:
        return ", ".join(f"`{a}`" for a in r.aliases)

    env.globals.update(
        list_table=list_table, property_rows=property_rows, code=code, aliases=aliases, uses=uses
    )
    return env


def generate_pages(
    catalog: Mapping[str, Any],
    families: Mapping[str, Any],
    frameworks: Mapping[str, str],
    gallery: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Return ``{file name: MyST text}`` for every generated page (pure and deterministic).

    ``gallery`` maps activation names to the reference label of their gallery example;
    entries without one get no gallery link.
    """
    env = _environment()
    by_family: dict[str, list[Any]] = {}
    for record in catalog.values():
        by_family.setdefault(record.family, []).append(record)
    present = [key for key in families if key in by_family]
    pages = {
        "families.md": env.get_template("families.md").render(present=present),
        "comparison.md": env.get_template("comparison.md").render(
            frameworks=frameworks, **_comparison_rows(catalog, frameworks)
        ),
        "api.md": env.get_template("api.md").render(
            families=families, names=api_names(catalog), toctree=API_TOCTREE
        ),
    }
    pages["catalog.json"] = catalog_json(catalog)
    pages["catalog.csv"] = catalog_csv(catalog, frameworks)
    pages["kinks.inc"] = env.get_template("kinks.inc").render(
        frameworks=frameworks,
        kink_rows=kink_rows(catalog, frameworks),
    )
    pages["gallery_index.inc"] = gallery_index(families, present)
    for key in present:
        pages[f"family_{key}.md"] = env.get_template("family.md").render(
            key=key, family=families[key], records=by_family[key], gallery=gallery or {}
        )
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
