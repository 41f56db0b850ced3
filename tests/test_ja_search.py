"""The Japanese search splits index text and queries into the same terms (docs/_ext/ja_search.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
import ja_search

QUERIES = [
    "活性化関数",
    "導関数",
    "勾配消失",
    "シグモイド",
    "ReLU の導関数",
    "leaky_relu と GELU",
    "café 飽和",
]


@pytest.mark.parametrize("compound", ["活性化関数", "導関数", "勾配消失", "シグモイド"])
def test_compound_terms_are_found_inside_longer_text(compound):
    page = set(ja_search.split(f"深い{compound}ネットワークでは、{compound}の性質が重要です。"))
    assert set(ja_search.split(compound)) <= page


def test_unrelated_compound_is_not_matched():
    page = set(ja_search.split("シグモイド関数の導関数は最大で 0.25 です。"))
    assert not set(ja_search.split("勾配消失")) <= page


def test_browser_splitter_agrees_with_the_index_splitter(tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the JavaScript splitter cannot be run")
    script = tmp_path / "split.js"
    script.write_text(
        ja_search.JS_SPLITTER
        + f"\nconsole.log(JSON.stringify({json.dumps(QUERIES)}.map(splitQuery)));\n",
        encoding="utf-8",
    )
    browser = json.loads(
        subprocess.run([node, script], capture_output=True, check=True, text=True).stdout
    )
    index = [[t for t in ja_search.split(q) if len(t) > 1] for q in QUERIES]
    assert browser == index
