"""Each formula is written once: the docstrings quote their record's LaTeX, never restate it.

A record's ``formula`` and ``derivative_formula`` are the LaTeX of f and f' (the Jacobian for
vector entries) that the catalogue's tables show.  The docstrings of ``function`` and
``derivative`` show the same formulas, copied, so that the API pages and the tables never
disagree:

1. the Notes of the function have a ``.. math::`` block that contains ``formula`` and
   ``derivative_formula``; the Notes of the derivative have one that contains
   ``derivative_formula`` (the block may go on with other forms, as in ``f = g = h``);
2. the one-line summary either quotes the record's formula (``derivative_formula`` for the
   derivative), whole, in one ``:math:`` span, or states no formula of the input: a ``:math:``
   span that contains the input as a variable is the record's formula, nothing else.
   Constants, intervals, points and parameter names may be written as math.

Whitespace may differ (a docstring wraps its lines): runs of whitespace count as one space,
and none is needed next to a character that is not a letter or a digit.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from numpydoc.docscrape import NumpyDocString

from activations import catalog

CALLABLES = [
    pytest.param(record, which, id=f"{record.name}-{which}")
    for record in catalog.values()
    for which in ("function", "derivative")
]
over_callables = pytest.mark.parametrize(("record", "which"), CALLABLES)

_MATH_ROLE = re.compile(r":math:`([^`]*)`")
# The input as a variable: a lone x (x, x_i, x^2, 2x, e^{x}), not the x of \max or max_val.
# Vector entries also name its halves a and b (GLU), their output s and its Jacobian J.
_INPUT = re.compile(r"(?<![a-zA-Z\\])x(?![a-zA-Z])")
_VECTOR_INPUT = re.compile(r"(?<![a-zA-Z\\])[xabsJ](?![a-zA-Z])")


def _normalised(tex: str) -> str:
    """LaTeX up to insignificant whitespace: kept (as one space) only between two alphanumerics."""
    tex = re.sub(r"\s+", " ", tex).strip()
    return re.sub(r"(?<![0-9A-Za-z]) | (?![0-9A-Za-z])", "", tex)


def _docstring(record, which) -> NumpyDocString:
    function = getattr(record, which)
    return NumpyDocString(inspect.getdoc(function) or "")


def _math_blocks(lines: list[str]) -> list[str]:
    """The content of each ``.. math::`` directive of a section, as one string."""
    blocks: list[str] = []
    lines = [*lines, ""]
    i = 0
    while i < len(lines):
        head = lines[i].strip()
        if head.startswith(".. math::"):
            indent = len(lines[i]) - len(lines[i].lstrip())
            body = [head.removeprefix(".. math::")]
            i += 1
            while i < len(lines) and (
                not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent
            ):
                body.append(lines[i])
                i += 1
            blocks.append("\n".join(body).strip())
        else:
            i += 1
    return blocks


def _contains(block: str, formula: str) -> bool:
    """Whether `block` contains `formula` whole: not followed by more of its last term."""
    block, formula = _normalised(block), _normalised(formula)
    last = formula[-1]
    start = block.find(formula)
    while start >= 0:
        after = block[start + len(formula) : start + len(formula) + 1]
        continued = (
            after in {"^", "_", "'"}  # a power, an index or a prime of the last term
            or (after.isalnum() and last.isalnum())  # no space was kept: one token
            or (after == "{" and last.isalpha())  # an argument of a trailing command
        )
        if after == "" or not continued:
            return True
        start = block.find(formula, start + 1)
    return False


def _expected(record, which) -> list[tuple[str, str]]:
    if which == "function":
        return [("formula", record.formula), ("derivative_formula", record.derivative_formula)]
    return [("derivative_formula", record.derivative_formula)]


@over_callables
def test_notes_show_the_record_formulas(record, which):
    name = getattr(record, which).__name__
    blocks = _math_blocks(_docstring(record, which)["Notes"])
    expected = _expected(record, which)
    if any(all(_contains(block, tex) for _, tex in expected) for block in blocks):
        return
    wanted = "\n".join(f"  record {field}:\n    {tex}" for field, tex in expected)
    shown = "\n".join(f"  block {i}:\n    {' '.join(b.split())}" for i, b in enumerate(blocks))
    pytest.fail(
        f"{name}: no '.. math::' block of its Notes contains "
        + " and ".join(field for field, _ in expected)
        + f" of the record {record.name!r}\n{wanted}\n"
        + (f"{shown}" if blocks else "  (its Notes have no '.. math::' block)")
    )


@over_callables
def test_summary_quotes_the_record_formula_or_none(record, which):
    name = getattr(record, which).__name__
    summary = " ".join(_docstring(record, which)["Summary"])
    field, tex = _expected(record, which)[0]
    variable = _VECTOR_INPUT if record.vector else _INPUT
    wrong = [
        span
        for span in _MATH_ROLE.findall(summary)
        if variable.search(span) and _normalised(span) != _normalised(tex)
    ]
    assert not wrong, (
        f"{name}: its summary writes a formula of the input that is not the record's "
        f"{field} (quote it whole in one :math: span, or say it in words)\n"
        f"  summary:\n    {summary}\n"
        + "".join(f"  span:\n    {span}\n" for span in wrong)
        + f"  record {field}:\n    {tex}"
    )


@over_callables
def test_summary_is_one_short_sentence(record, which):
    name = getattr(record, which).__name__
    summary = _docstring(record, which)["Summary"]
    assert len(summary) == 1, f"{name}: the summary is not one line: {summary}"
    assert summary[0].endswith("."), f"{name}: the summary does not end with a period"
    assert len(summary[0]) <= 100, f"{name}: the summary is {len(summary[0])} characters long"


def test_examples_show_exactly_what_python_prints():
    """No doctest option that lets an example show a rounded number or -0 as 0."""
    import tomllib

    config = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    flags = config["tool"]["pytest"]["ini_options"]["doctest_optionflags"]
    assert not {"NUMBER", "ELLIPSIS", "IGNORE_EXCEPTION_DETAIL"} & set(flags), flags
