"""The stylesheet cut of docs/_ext/lean_static.py: what it keeps, what it drops."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from lean_static import cut, lighten, site_names  # noqa: E402  (docs/_ext, path above)

SHEET = """
/* a comment */
p { margin: 0 }
.used .inner, .gone { color: red }
.gone > p { color: blue }
#main:hover { color: green }
a:not(.gone) { color: black }
.gone:is(.used) { color: grey }
@media (prefers-color-scheme: dark) { .used { color: white } .gone { color: black } }
@media print { .gone { display: none } }
@font-face { font-family: Used; src: url(used.woff2) }
@font-face { font-family: Gone; src: url(gone.woff2) }
.used { font-family: Used, serif }
@keyframes spin { from { transform: rotate(0) } }
"""


def test_rules_for_absent_classes_and_ids_go():
    css = cut(SHEET, {"used", "inner", "main"})
    assert ".gone>p" not in css and ".gone{display:none}" not in css
    assert "@media print" not in css  # nothing left inside
    assert "Gone" not in css and "comment" not in css


def test_rules_that_may_apply_stay():
    css = cut(SHEET, {"used", "inner", "main"})
    for kept in (
        "p{margin:0}",
        ".used .inner,.gone{color:red}",  # one selector may match: the whole rule stays
        "#main:hover",
        "a:not(.gone)",  # :not() does not need its class
        ".used{color:white}",
        "@font-face{font-family:Used",
        "@keyframes spin",
    ):
        assert kept in css, kept
    assert ".gone:is(.used)" not in css  # .gone itself is needed


def test_names_come_from_pages_and_scripts_not_the_search_index(tmp_path):
    (tmp_path / "_static").mkdir()
    (tmp_path / "page.html").write_text('<p class="a b" id="c">d</p>', encoding="utf-8")
    (tmp_path / "_static" / "menu.js").write_text(
        'const open = "is-open"; el.classList.add(open);', encoding="utf-8"
    )
    (tmp_path / "_static" / "searchindex.js").write_text(
        'Search.setIndex("word")', encoding="utf-8"
    )
    names = site_names(tmp_path)
    assert {"a", "b", "c", "is-open"} <= names
    assert not {"word", "d", "el", "classList", "const"} & names


def test_scripts_are_minified_but_the_search_index_is_left_alone(tmp_path):
    static = tmp_path / "_static"
    static.mkdir()
    script = "// a comment\nfunction  open ( menu ) {\n  menu.classList.add( 'is-open' );\n}\n"
    index = "Search.setIndex( {} )  // data\n"
    (static / "menu.js").write_text(script, encoding="utf-8")
    (static / "searchindex.js").write_text(index, encoding="utf-8")
    lighten(tmp_path)
    small = (static / "menu.js").read_text(encoding="utf-8")
    assert "comment" not in small and len(small) < len(script) and "'is-open'" in small
    assert (static / "searchindex.js").read_text(encoding="utf-8") == index
