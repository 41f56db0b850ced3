"""The catalogue pages generator (docs/_ext/catalog_pages/) and the numbers quoted in prose.

Every generated table must list every catalogue entry with the library's values, every family
page must cover its entries, and every number a narrative page quotes through the ``catalog``,
``value`` and ``fact`` roles must resolve and equal what the library computes.  The code blocks
of the tutorial and how-to guides are executed, so the instructions keep working.  The expected
cells are stated here, from the records, not rebuilt with the generator's own helpers: numbers
are read back and compared with the library's values.
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest

import activations

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

from catalog_pages import facts  # noqa: E402
from catalog_pages import pages as generator  # noqa: E402

RECORDS = list(activations.catalog.values())
NAMES = list(activations.catalog)
GALLERY = {name: f"sphx_glr_auto_examples_plot_{name}.py" for name in NAMES}
FRAMEWORKS = list(activations.FRAMEWORKS)
YES_NO = {True: "yes", False: "no"}
#: What a Saturates cell must mention for each side.
SATURATION_WORDS = {"both": "both", "left": r"-\infty", "right": r"+\infty", "none": "none"}


def generate(gallery: dict[str, str]) -> dict[str, str]:
    return generator.generate_pages(
        activations.catalog, activations.FAMILIES, activations.FRAMEWORKS, gallery
    )


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return generate(GALLERY)


def rows_of(table_text: str) -> list[list[str]]:
    """Parse the rows of a generated MyST list-table back into lists of cells."""
    rows: list[list[str]] = []
    for line in table_text.splitlines():
        if line.startswith("* - "):
            rows.append([line[4:]])
        elif line.startswith("  - "):
            rows[-1].append(line[4:])
        elif line.startswith("    ") and rows:
            rows[-1][-1] += "\n" + line[4:]
    return rows


def section(text: str, label: str) -> str:
    """The text from the MyST target ``(label)=`` up to the next target."""
    start = text.index(f"({label})=")
    following = re.search(r"^\([\w-]+\)=$", text[start + 1 :], flags=re.M)
    return text[start : start + 1 + following.start()] if following else text[start:]


def row_for(rows: list[list[str]], name: str) -> list[str]:
    matches = [row for row in rows if row[0] == f"{{ref}}`catalog-{name}`"]
    assert len(matches) == 1, f"{name}: expected one row, found {len(matches)}"
    return matches[0]


def shows(cell: str, value: float) -> bool:
    """Whether a cell shows ``value`` to the four significant digits of the site."""
    shown = facts.parse_number(cell)
    return shown == value or math.isclose(shown, value, rel_tol=5e-4)


# --- formatting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.25, "0.25"),
        (1.0, "1"),
        (1986, "1986"),
        (math.inf, "∞"),
        (-math.inf, "-∞"),
        (4.248354255291589e-18, "4.248 × 10⁻¹⁸"),
        (178866731.0, "1.789 × 10⁸"),
        (1.0997671855, "1.1"),
        (1.1289978, "1.129"),
    ],
)
def test_fmt_number(value: float, text: str) -> None:
    assert facts.fmt_number(value) == text
    assert shows(text, value)


# --- generated pages -------------------------------------------------------------------------


def test_generation_is_deterministic(pages: dict[str, str]) -> None:
    assert generate(GALLERY) == pages


def test_every_entry_in_every_comparison_table(pages: dict[str, str]) -> None:
    text = pages["comparison.md"]
    formulas = rows_of(section(text, "catalog-comparison-formulas"))[1:]
    properties = rows_of(section(text, "catalog-comparison-properties"))[1:]
    origins = rows_of(section(text, "catalog-comparison-origins"))[1:]
    frameworks = rows_of(section(text, "catalog-comparison-frameworks"))[1:]
    for rows in (formulas, properties, origins, frameworks):
        assert len(rows) == len(RECORDS)
    for r in RECORDS:
        assert row_for(formulas, r.name)[1:] == [f"${r.formula}$", f"${r.derivative_formula}$"]
        props = row_for(properties, r.name)
        assert props[1] == f"${r.range.latex}$"
        flags = (r.monotonic, r.derivative_monotonic, r.identity_near_origin, r.zero_centred)
        assert props[3:7] == [YES_NO[flag] for flag in flags]
        assert SATURATION_WORDS[r.saturating] in props[7]
        assert shows(props[8], r.max_abs_derivative), (r.name, props[8])
        origin = row_for(origins, r.name)
        assert f"({r.origin.url})" in origin[1]
        assert origin[2] == str(r.origin.year)
        fw = row_for(frameworks, r.name)
        assert fw[1].startswith(f"`activations.{r.name}(x")
        for p in r.params:
            assert f"{p.name}={p.default!r}" in fw[1]
        for cell, key in zip(fw[2:], FRAMEWORKS, strict=True):
            spec = r.frameworks[key]
            if spec.call is None:
                assert cell == "not shipped"
            else:
                shown = re.findall(r"`([^`]+)`", cell)
                assert shown == [spec.call, *(s.call for s in spec.also)], (r.name, key)


def test_disagreements_table(pages: dict[str, str]) -> None:
    text = section(pages["comparison.md"], "catalog-comparison-disagreements")
    rows = rows_of(text)
    expected = [(r, p, v) for r in RECORDS for p, v in r.disagreements.items()]
    assert expected, "the catalogue records framework disagreements (GELU, leaky ReLU, ...)"
    body = rows[1 : 1 + len(expected)]
    for row, (r, param, values) in zip(body, expected, strict=True):
        assert row[0] == f"{{ref}}`catalog-{r.name}`"
        assert row[1] == f"`{param}`"
        assert row[2] == f"`{r.defaults[param]!r}`"
        for cell, key in zip(row[3:], FRAMEWORKS, strict=True):
            if key not in values:
                assert cell == "not shipped"
                continue
            spec = r.frameworks[key]
            others = {s.defaults[param] for s in spec.also if param in s.defaults} - {values[key]}
            shown = re.findall(r"`([^`]+)`", re.sub(r" \(`[^`]+`\)", "", cell))  # drop the calls
            assert shown == [repr(v) for v in (values[key], *others)]
    for r in RECORDS:
        for spec in r.frameworks.values():
            if spec.note:
                assert spec.note in text


def test_family_pages_cover_every_entry(pages: dict[str, str]) -> None:
    present = {r.family for r in RECORDS}
    assert {f"family_{key}.md" for key in present} == {p for p in pages if p.startswith("family_")}
    order = [line for line in pages["families.md"].splitlines() if line.startswith("family_")]
    assert order == [f"family_{key}" for key in activations.FAMILIES if key in present]
    for key, family in activations.FAMILIES.items():
        if key in present:
            assert f"# {family.title}\n\n{family.intro}\n" in pages[f"family_{key}.md"]
    for r in RECORDS:
        for name, text in pages.items():
            if name.startswith("family_"):
                assert (f"(catalog-{r.name})=" in text) == (name == f"family_{r.family}.md")
        text = section(pages[f"family_{r.family}.md"], f"catalog-{r.name}")
        assert f"## {r.title_en}\n" in text
        assert f"$$\n{r.formula}\n$$" in text
        assert f"$$\n{r.derivative_formula}\n$$" in text
        assert f"{{py:func}}`activations.{r.name}`" in text
        assert f"{{py:func}}`activations.{r.name}_derivative`" in text
        assert f"{{ref}}`sphx_glr_auto_examples_plot_{r.name}.py`" in text
        assert f"({r.origin.url}), {r.origin.year}." in text
        values = dict(rows_of(text)[1:])
        assert values["Range"] == f"${r.range.latex}$"
        assert shows(values["Largest $|f'|$"], r.max_abs_derivative)
        shown_kinks = re.findall(r"\$x = ([^$]+)\$, \$f' = ([^$]+)\$", values.get("Kinks", ""))
        assert len(shown_kinks) == len(r.kinks), r.name
        for (x, slope), kink in zip(shown_kinks, r.kinks, strict=True):
            assert shows(x, kink.x) and shows(slope, kink.derivative), r.name
        for p in r.params:
            assert f"(`{p.name}`, default `{p.default!r}`)" in text
        assert ("Used in: none known." in text) == (not r.used_in), r.name
        for use in r.used_in:
            assert f"{use.model} ([" in text and f"]({use.citation.url})" in text


def test_gallery_link_only_when_the_example_exists() -> None:
    assert all("sphx_glr_" not in text for text in generate({}).values())


def test_api_page_lists_every_function_and_derivative(pages: dict[str, str]) -> None:
    listed = re.findall(r"^   ([a-z_0-9]+)$", pages["api.md"], flags=re.M)
    assert len(listed) == len(set(listed))
    for r in RECORDS:
        assert r.name in listed and f"{r.name}_derivative" in listed
        assert getattr(activations, r.name) is r.function
        assert not set(r.aliases) & set(listed), "aliases share their function's page"
    for name in listed:
        assert callable(getattr(activations, name))
    assert ":toctree: functions" in pages["api.md"]  # where autosummary writes the stubs


def test_write_pages_only_when_changed(tmp_path: Path, pages: dict[str, str]) -> None:
    api = [n for ns in facts.api_names(activations.catalog).values() for n in ns]
    assert sorted(generator.write_pages(tmp_path, pages, api)) == sorted(pages)
    stamps = {p: (tmp_path / p).stat().st_mtime_ns for p in pages}
    assert generator.write_pages(tmp_path, pages, api) == []
    assert stamps == {p: (tmp_path / p).stat().st_mtime_ns for p in pages}
    # stale pages and stale autosummary stubs are removed, current stubs are kept
    (tmp_path / "family_gone.md").write_text("stale")
    (tmp_path / generator.API_TOCTREE).mkdir()
    (tmp_path / generator.API_TOCTREE / "activations.gone.rst").write_text("stale")
    (tmp_path / generator.API_TOCTREE / f"activations.{api[0]}.rst").write_text("kept")
    changed = generator.write_pages(tmp_path, pages, api)
    assert changed == ["family_gone.md", f"{generator.API_TOCTREE}/activations.gone.rst"]
    assert (tmp_path / generator.API_TOCTREE / f"activations.{api[0]}.rst").exists()


def test_generated_pages_are_free_of_unknown_roles(pages: dict[str, str]) -> None:
    for text in pages.values():
        assert set(re.findall(r"\{([\w:-]+)\}`", text)) <= {
            "ref",
            "py:func",
            "list-table",
            "download",
        }


# --- numbers quoted in narrative pages -------------------------------------------------------

NARRATIVE = sorted(
    p
    for p in DOCS.rglob("*.md")
    if "generated" not in p.parts[-2]
    and not {"auto_examples", "_build", "locales"} & set(p.relative_to(DOCS).parts)
)
ROLE = re.compile(r"\{(catalog|value|fact)\}`([^`]+)`")


def test_narrative_pages_exist() -> None:
    names = {p.relative_to(DOCS).as_posix() for p in NARRATIVE}
    for page in (
        "index.md",
        "tutorial/first-plot.md",
        "howto/check-derivative.md",
        "howto/add-activation.md",
        "explanation/saturation.md",
        "explanation/numerical-stability.md",
        "reference/index.md",
    ):
        assert page in names


@pytest.mark.parametrize("page", NARRATIVE, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_quoted_number_resolves(page: Path) -> None:
    resolvers = {"catalog": facts.catalog_value, "value": facts.evaluate_call, "fact": facts.fact}
    for role, text in ROLE.findall(page.read_text(encoding="utf-8")):
        assert resolvers[role](text)


def test_quoted_values_equal_the_library() -> None:
    assert facts.catalog_value("sigmoid.max_abs_derivative") == "0.25"
    assert facts.catalog_value("tanh.max_abs_derivative") == "1"
    assert facts.catalog_value("leaky_relu.params.negative_slope") == "0.01"
    assert shows(facts.evaluate_call("sigmoid_derivative(40.0)"), 4.248354255291589e-18)
    with pytest.raises(ValueError, match="not an activation"):
        facts.evaluate_call("__import__('os')")
    with pytest.raises(KeyError):
        facts.catalog_value("no_such_activation.max_abs_derivative")


def test_facts_match_independent_computations() -> None:
    # sigmoid(x) rounds to 1, so s * (1 - s) == 0, once exp(-x) <= 2**-53 (half an ULP of 1)
    zero_from = facts.fact_value("naive_sigmoid_derivative_zero_from")
    assert math.isclose(zero_from, 53 * math.log(2), rel_tol=1e-3)
    s = 1 / (1 + np.exp(-zero_from))
    assert s * (1 - s) == 0
    below = np.nextafter(zero_from, 0)
    s = 1 / (1 + np.exp(-below))
    assert s * (1 - s) > 0
    assert facts.fact_value("naive_sigmoid_derivative_at_40") == 0.0
    assert activations.sigmoid_derivative(40.0) > 0
    assert facts.fact_value("naive_sigmoid_derivative_ulps_at_20") > 1e6
    assert facts.fact_value("library_sigmoid_derivative_ulps_at_20") <= 2
    overflow_from = np.float64(facts.fact_value("naive_softplus_overflow_from"))
    with np.errstate(over="ignore"):
        assert np.isinf(np.exp(overflow_from))
    assert np.isfinite(np.exp(np.nextafter(overflow_from, 0)))
    assert facts.fact_value("naive_exp_neg_square_ulps_26") > 100
    assert facts.fact_value("exp_neg_square_ulps_26") <= 4
    assert (
        facts.fact_value("naive_log1p_relerr_1e-10") > 1e-9 > facts.fact_value("log1p_relerr_1e-10")
    )
    assert (
        facts.fact_value("naive_expm1_relerr_1e-10") > 1e-9 > facts.fact_value("expm1_relerr_1e-10")
    )
    assert 1e-10 < facts.fact_value("central_difference_tanh_relerr") < 1e-7
    assert facts.fact_value("quarter_to_the_10") == 2.0**-20


# --- code in the tutorial and how-to guides runs ---------------------------------------------

RUNNABLE = ["tutorial/first-plot.md", "howto/check-derivative.md", "explanation/kinks.md"]


@pytest.mark.parametrize("page", RUNNABLE)
def test_code_blocks_run(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("mpmath")
    plt = pytest.importorskip("matplotlib.pyplot")
    monkeypatch.setattr(plt, "show", lambda *a, **k: None)
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.M | re.S)
    assert blocks
    namespace: dict[str, object] = {}
    outputs = []
    try:
        for block in blocks:
            with contextlib.redirect_stdout(io.StringIO()) as out:
                exec(compile(block, f"{page}:python", "exec"), namespace)
            outputs.append(out.getvalue())
    finally:
        plt.close("all")
    if page.startswith("explanation/kinks"):
        assert outputs[0] == "[0 1 1]\n[0. 0. 1.]\n"  # as the page's comments say
    elif page.startswith("tutorial"):
        assert outputs[0] == "0.5\n"  # "It prints 0.5"
        assert outputs[2] == "0.0 0.25\n"  # "The peak is at x = 0, and its height is 0.25"
        assert outputs[3] == "sigmoid 0.25\ntanh 1.0\nrelu 1.0\n"
    else:
        assert namespace["relative_error"].max() < 1e-7
        ulp_lines = [line.split() for line in outputs[2].splitlines()]
        assert len(ulp_lines) == 5
        assert all(float(errors) <= 2 for _, errors in ulp_lines)


# --- the gallery index ------------------------------------------------------------------------

KANJI = re.compile(r"[\u4e00-\u9fff]")
GOJUON = "あかさたなはまやらわ"


def test_titles_that_start_with_a_kanji_have_a_reading() -> None:
    for r in RECORDS:
        assert bool(r.reading_ja) == bool(KANJI.match(r.title_ja)), r.name
        assert re.fullmatch(r"[ぁ-ゖー]*", r.reading_ja), (r.name, r.reading_ja)


def test_gallery_index_has_a_heading_a_sentence_and_links_per_family() -> None:
    text = generate(GALLERY)["gallery_index.inc"]
    for key, family in activations.FAMILIES.items():
        section = text.split(f"\n{family.title}\n{'~' * len(family.title)}\n", 1)[1]
        sentence = family.intro.split(". ")[0].rstrip(".") + "."
        assert section.lstrip().startswith(f"{sentence} See :ref:`family-{key}`.")
        assert f".. gallery-links:: {key}\n" in section.split("~~~", 1)[0]
    assert text.rstrip().endswith("Index\n-----\n\n.. gallery-links:: index")


def test_japanese_index_is_in_gojuon_order() -> None:
    from catalog_pages.indexes import gojuon_groups

    groups = gojuon_groups(activations.catalog)
    labels = [label for label, _ in groups]
    assert labels[0] == "英字" and labels[1:] == [c for c in GOJUON if c in labels]
    assert sorted(r.name for _, records in groups for r in records) == sorted(NAMES)
    for label, records in groups:
        for record in records:
            if label == "英字":
                assert record.title_ja[0].isascii(), record.name
                continue
            # the row of the reading's first kana (katakana as hiragana, dakuten ignored)
            first = (record.reading_ja or record.title_ja)[0]
            hiragana = chr(ord(first) - 0x60) if "ァ" <= first <= "ヶ" else first
            assert GOJUON[sum(c <= hiragana for c in GOJUON) - 1] == label, record.name
