"""The meta descriptions of docs/_ext/page_meta.py: math as text, cut at a sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))

from page_meta import activation_of, math_as_text, shorten

import activations


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"\sigma(x) = \frac{1}{1 + e^{-x}}", "σ(x) = 1/(1 + e^(-x))"),
        (r"\operatorname{ReLU}(x) = \max(0, x)", "ReLU(x) = max(0, x)"),
        (r"x \cdot \Phi(x)", "x · Φ(x)"),
        (r"\lambda \alpha (e^{x} - 1)", "λ α (e^x - 1)"),
        (r"f'(x) \le \tfrac14", "f'(x) ≤ \\tfrac14"),  # unknown commands stay, visibly
    ],
)
def test_math_as_text(latex: str, text: str) -> None:
    assert math_as_text(latex) == text


def test_shorten_ends_at_a_sentence() -> None:
    first = "The sigmoid squashes every input into (0, 1)."
    text = first + " " + "Its derivative peaks at the origin, where it equals one quarter. " * 3
    assert (
        shorten(text) == first + " Its derivative peaks at the origin, where it equals one quarter."
    )
    assert shorten("Short enough.") == "Short enough."


def test_shorten_without_a_sentence_end_cuts_at_a_word() -> None:
    cut = shorten("word " * 60)
    assert cut.endswith("word…") and len(cut) <= 161


def test_shorten_japanese_ends_at_a_full_stop() -> None:
    text = "シグモイド関数は入力を (0, 1) に押し込みます。" + "導関数は原点で最大になります。" * 10
    assert shorten(text).endswith("。") and len(shorten(text)) <= 160


def test_activation_pages_are_recognised() -> None:
    catalog = activations.catalog
    assert activation_of("auto_examples/plot_gelu", catalog).name == "gelu"
    api = "reference/generated_catalog/functions/activations."
    assert activation_of(api + "gelu_derivative", catalog).name == "gelu"
    assert activation_of("auto_examples/index", catalog) is None
    assert activation_of("tutorial/first-plot", catalog) is None
