"""The search index and the search page agree (docs/_ext/ja_search.py, search_synonyms.py).

The Japanese splitter gives the browser the terms the index holds, the index lists each page
under every name of what it names (glossary and catalogue), and the search page's rule for "a
word of its own" is the index's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.search.en import SearchEnglish

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
import ja_search
import search_synonyms

ROOT = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html"))
SCORER = ROOT / "docs" / "_ext" / "search_scorer.js"

QUERIES = [
    "活性化関数",
    "導関数",
    "勾配消失",
    "シグモイド",
    "ReLU の導関数",
    "leaky_relu と GELU",
    "café 飽和",
    "ReLUの微分",
    "活性化関数の選び方",
    "選び方",
]


@pytest.mark.parametrize("compound", ["活性化関数", "導関数", "勾配消失", "シグモイド"])
def test_compound_terms_are_found_inside_longer_text(compound):
    page = set(ja_search.split(f"深い{compound}ネットワークでは、{compound}の性質が重要です。"))
    assert set(ja_search.split(compound)) <= page


def test_unrelated_compound_is_not_matched():
    page = set(ja_search.split("シグモイド関数の導関数は最大で 0.25 です。"))
    assert not set(ja_search.split("勾配消失")) <= page


def test_a_query_keeps_the_bigrams_that_carry_its_meaning():
    assert ja_search.query_terms("ReLUの微分") == ["ReLU", "微分"]  # not の微
    assert ja_search.query_terms("選び方") == ["選び", "び方"]  # nothing else is left
    page = set(ja_search.split("ReLU の導関数、つまり微分は"))
    assert set(ja_search.query_terms("ReLUの微分")) <= page


def node_output(tmp_path: Path, code: str) -> object:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the search page's JavaScript cannot be run")
    script = tmp_path / "run.js"
    script.write_text(code, encoding="utf-8")
    run = subprocess.run([node, script], capture_output=True, check=True, text=True)
    return json.loads(run.stdout)


def test_browser_splitter_agrees_with_the_index_splitter(tmp_path):
    browser = node_output(
        tmp_path,
        ja_search.JS_SPLITTER
        + f"console.log(JSON.stringify({json.dumps(QUERIES)}.map(splitQuery)));",
    )
    assert browser == [ja_search.query_terms(q) for q in QUERIES]


def test_the_english_site_splits_where_latin_and_japanese_meet(tmp_path):
    """Its query splitter gives the words the index lists whole: relu and 微分, not reluの微分."""
    browser = node_output(
        tmp_path,
        "var Scorer = {}, document = {addEventListener() {}};\n"
        + SCORER.read_text(encoding="utf-8")
        + search_synonyms.ENGLISH_SPLITTER
        + "console.log(JSON.stringify(['ReLUの微分', 'leaky_relu derivative',"
        + " 'シグモイド関数の導関数'].map(splitQuery)));",
    )
    assert browser == [
        ["relu", "微分"],
        ["leaky_relu", "derivative"],
        ["シグモイド関数", "導関数"],
    ]


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        ("活性化関数とその導関数", "導関数", True),
        ("連続微分可能な指数線形ユニット (celu)", "微分", False),
        ("reluの微分", "微分", True),
        ("reluの微分", "relu", True),
        ("ハードシグモイド関数", "シグモイド", False),
        ("シグモイド関数", "シグモイド", True),
        ("activations.sigmoid_derivative", "sigmoid", True),
        ("hard sigmoids", "sigmoid", False),
        ("crelu (連結 relu)", "relu", True),
    ],
)
def test_a_name_counts_only_as_a_word_of_its_own(text, name, found, tmp_path):
    start = text.find(name)
    python = any(
        search_synonyms.standalone(text, i, i + len(name))
        for i in range(len(text))
        if text.startswith(name, i)
    )
    browser = node_output(
        tmp_path,
        "var Scorer = {}, document = {addEventListener() {}};\n"
        + SCORER.read_text(encoding="utf-8")
        + f"\nconsole.log(JSON.stringify(containsWord({json.dumps(text)}, {json.dumps(name)})));",
    )
    assert start >= 0
    assert python == browser == found


def test_synonyms_come_from_the_glossary_and_the_catalogue():
    assert "導関数" in search_synonyms.synonyms("ReLUの微分")
    assert "derivative" in search_synonyms.synonyms("その導関数は")
    assert "sigmoid" in search_synonyms.synonyms("シグモイド関数の形")
    assert "ソフトプラス" in search_synonyms.synonyms("The softplus is smooth.")
    assert not search_synonyms.synonyms("連続微分可能な関数")


def test_a_search_only_word_finds_the_term_one_way():
    """勾配 (search_ja of 導関数) is added where a page names the derivative, not the reverse."""
    assert "勾配" in search_synonyms.synonyms("ReLUの導関数")
    assert "勾配" in search_synonyms.synonyms("the derivative of ReLU")
    assert not {"導関数", "微分", "derivative"} & set(search_synonyms.synonyms("勾配が消えます"))
    # The search page ranks by names only: 勾配 would put every derivative before 勾配消失.
    assert not any("勾配" in group and "導関数" in group for group in search_synonyms.groups())


def _index(language: str) -> dict:
    path = SITE / language / "searchindex.js"
    if not path.is_file():
        pytest.skip(f"no built site at {SITE} (run `make html`)")
    text = path.read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def _pages(index: dict, term: str) -> set[int]:
    """The pages whose text or titles hold ``term`` (Sphinx writes one page as a number)."""
    pages: set[int] = set()
    for kind in ("terms", "titleterms"):
        found = index[kind].get(term, [])
        pages.update(found if isinstance(found, list) else [found])
    return pages


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_activation_is_found_by_its_katakana_and_latin_names(language):
    """Each name of each activation (titles without 関数 and parentheses) finds its page."""
    from activations import catalog

    index = _index(language)
    english = SearchEnglish({})
    page = {name: i for i, name in enumerate(index["docnames"])}
    missing = []
    for record in catalog.values():
        doc = page[f"auto_examples/plot_{record.name}"]
        names = {*search_synonyms._names(record.title_en), *search_synonyms._names(record.title_ja)}
        names.add(record.name.replace("_", " "))
        for name in names:
            if language == "ja":
                terms = [t.lower() for t in ja_search.query_terms(name)]
            else:  # as searchtools.js: split, drop stop words and numbers, stem
                words = [w.lower() for w in english.split(name)]
                terms = [
                    english.stem(w) for w in words if english.word_filter(w) and not w.isdigit()
                ]
            if not all(doc in _pages(index, term) for term in terms):
                missing.append(f"{name} -> {record.name}")
    assert not missing, missing


@pytest.mark.parametrize(("language", "derivative"), [("en", "導関数"), ("ja", "導関")])
def test_every_page_naming_the_derivative_is_found_by_its_search_words(language, derivative):
    index = _index(language)
    assert _pages(index, derivative) <= _pages(index, "勾配")


def test_every_string_of_the_search_scripts_is_japanese():
    """translations.js (docs/_ext/ja_search.py over sphinx.po) leaves none of them empty."""
    static = SITE / "ja" / "_static"
    if not (static / "translations.js").is_file():
        pytest.skip(f"no built site at {SITE} (run `make html`)")
    text = (static / "translations.js").read_text(encoding="utf-8")
    messages = json.loads(text[text.index("{") : text.rindex("}") + 1])["messages"]
    scripts = "".join(
        (static / name).read_text(encoding="utf-8")
        for name in ("searchtools.js", "sphinx_highlight.js")
    )
    used = {msgid: msgstr for msgid, msgstr in messages.items() if json.dumps(msgid) in scripts}
    assert len(used) >= 6, sorted(used)
    for msgid, msgstr in used.items():
        forms = msgstr if isinstance(msgstr, list) else [msgstr]
        assert all(re.search(r"[ぁ-んァ-ン一-龥]", form) for form in forms), (msgid, msgstr)


def test_a_title_gives_its_names_with_either_parentheses():
    """Japanese titles use full-width parentheses: 指数線形ユニット（ELU） names ELU too."""
    assert {"指数線形ユニット", "ELU"} <= set(search_synonyms._names("指数線形ユニット（ELU）"))
    assert {"ReLU", "ランプ"} <= set(search_synonyms._names("ReLU (ランプ関数)"))
