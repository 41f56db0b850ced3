"""A gallery page offers its example in its language (docs/_ext/translated_downloads.py).

The first tests need no site: they check the translation of a script's text blocks and code
comments, and the Markdown made of reST.  The others read the built site (``$SITE_DIR``, default
``_build/html``): on every Japanese example page, the linked ``.py``, ``.ipynb`` and ``.zip`` hold
the page's catalogue messages in every paragraph of every text block and in every code comment,
the same code as the English download, and a file of their own, and the page's code shows the
same comments; the English downloads hold no Japanese; no notebook of either language shows
reST in its Markdown.  Running the downloads is tests/test_downloads.py's work.
"""

from __future__ import annotations

import ast
import html
import io
import json
import os
import re
import sys
import tokenize
import zipfile
from functools import cache
from pathlib import Path

import pytest
from docutils.utils import column_width

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import site_config  # noqa: E402  (docs/_ext, path above)
import translated_downloads  # noqa: E402
from gallery_support import reader_source  # noqa: E402

from tests.catalogues import po  # noqa: E402

SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html")).resolve()
TRANSLATIONS = [lang for lang in site_config.LANGUAGES if lang != site_config.SOURCE_LANGUAGE]
EXAMPLES = sorted(p.relative_to(ROOT / "gallery") for p in (ROOT / "gallery").rglob("plot_*.py"))
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

SCRIPT = '''"""
Sigmoid
=======

The logistic sigmoid squashes every input.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sigmoid` and the
# derivative.
#
# - one item
#   on two lines
# - an item with no translation

x = 1  # a trailing comment
# a comment on
# two lines
y = [  # a comment without translation
    2,  # noqa: a pragma
]

# %%
# Untranslated.
'''
MESSAGES = {
    "Sigmoid": "シグモイド関数",
    "The logistic sigmoid squashes every input.": ":math:`\\sigma`\\ は入力を押し込みます。",
    "Function and derivative": "関数と導関数",
    ":func:`activations.sigmoid` and the derivative.": (
        ":func:`activations.sigmoid`\\ と導関数です。" + "長い文が続きます。" * 12
    ),
    "one item on two lines": "二行の項目",
    "a trailing comment": "行末のコメント",
    "a comment on two lines": "2行にわたるコメント" * 6,
    "a pragma": "プラグマ",
}


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def test_a_script_is_translated_paragraph_by_paragraph() -> None:
    out = translated_downloads.translate_script(SCRIPT, translate)
    # reST's escaped spaces go: no one renders the script
    assert out.startswith('r"""\nシグモイド関数\n==============\n\n:math:`\\sigma`は')
    assert "# 関数と導関数\n# ------------\n# :func:`activations.sigmoid`と導関数です。" in out
    assert (
        "# - 二行の項目\n# - an item with no translation\n\nx = 1  # 行末のコメント\n# 2行" in out
    )
    assert "\ny = [  # a comment without translation\n    2,  # noqa: a pragma\n]\n" in out
    assert out.endswith("# %%\n# Untranslated.\n")
    lines = out.splitlines()
    assert max(map(column_width, lines)) <= translated_downloads.WIDTH  # wrapped
    # wrapped, it is the catalogue's message again
    paragraph = [line[2:] for line in lines if line.startswith("# :func:") or "長い文" in line]
    message = MESSAGES[":func:`activations.sigmoid` and the derivative."]
    assert "".join(paragraph) == message.replace("\\ ", "")
    comment = [
        line[2:]
        for line in lines[
            lines.index("x = 1  # 行末のコメント") + 1 : lines.index(
                "y = [  # a comment without translation"
            )
        ]
    ]
    assert len(comment) == 2 and "".join(comment) == MESSAGES["a comment on two lines"]
    compile(out, "script.py", "exec")  # a reST escape in the docstring does not warn: r"""


def test_without_translations_a_script_is_unchanged() -> None:
    for example in EXAMPLES:
        source = (ROOT / "gallery" / example).read_text(encoding="utf-8")
        assert translated_downloads.translate_script(source, lambda m: m) == source, example


def test_a_comment_is_one_message_however_many_lines_it_takes() -> None:
    code = "a = 1  # after code\n# a run\n# of lines\nif a:\n    # indented\n# not the same run\n"
    found = [
        (c.start, c.end, c.trailing, c.message) for c in translated_downloads.code_comments(code)
    ]
    assert found == [
        (0, 1, True, "after code"),
        (1, 3, False, "a run of lines"),
        (4, 5, False, "indented"),
        (5, 6, False, "not the same run"),
    ]
    assert not translated_downloads.code_comments(
        "x = 1  # noqa: E501\n# sphinx_gallery_thumbnail_number = 2\n"
    )


def test_markdown_has_no_rest_left() -> None:
    text = (
        ":func:`activations.relu`\\ と\\ :math:`x`\\ を描きます。"
        "「:ref:`kinks`」、:ref:`the tutorial <tutorial-first-plot>`、``a * b``、:func:`~activations.elu`"
    )
    assert translated_downloads.markdown_ready(text, {"kinks": "折れ点での値"}) == (
        "`activations.relu()`と:math:`x`を描きます。"
        "「折れ点での値」、the tutorial、`a * b`、`elu()`"
    )


def test_lines_break_between_characters_but_never_inside_markup() -> None:
    text = "あ" * 30 + "\\ :math:`x = 0`\\ " + "い" * 30 + " word、" + "う" * 5
    lines = translated_downloads.wrap(text, 40)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line.count("`") % 2 == 0 for line in lines)
    assert not any(line.startswith(("、", "\\")) or line.endswith("\\") for line in lines)
    lines = translated_downloads.wrap("あ" * 19 + "「:ref:`kinks`」で", 40)
    assert lines == ["あ" * 19, "「:ref:`kinks`」で"]


# --- the built site -----------------------------------------------------------------------


def _site_required() -> None:
    if not (SITE / "index.html").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"no built site at {SITE}")
        pytest.skip(f"no built site at {SITE} (run `make html`)")


def download(lang: str, example: Path, suffix: str) -> Path:
    """The file the example's page links as its ``suffix`` download."""
    _site_required()
    page = SITE / lang / "auto_examples" / example.with_suffix(".html")
    name = re.escape(example.with_suffix(suffix).name)
    html = page.read_text(encoding="utf-8")
    [href] = set(re.findall(rf'href="((?:\.\./)+_downloads/[0-9a-f]+/{name})"', html))
    return (page.parent / href).resolve()


@cache
def messages(lang: str, example: Path) -> dict[str, str]:
    """The page's catalogue: English message to translation."""
    assert lang == "ja", "tests/catalogues.py reads the Japanese catalogues"
    catalogue = po(f"auto_examples/{example.with_suffix('').as_posix()}")
    return {e.msgid: e.msgstr for e in catalogue if e.msgstr and "fuzzy" not in e.flags}


def text_blocks(path: Path) -> list[str]:
    from sphinx_gallery.py_source_parser import split_code_and_text_blocks

    _, blocks = split_code_and_text_blocks(path)
    return [block.content for block in blocks if block.type == "text"]


def without_comments(source: str) -> str:
    """``source`` without its comments: a line that is only a comment goes, a comment after code
    goes with the spaces before it; the code stays byte for byte."""
    cut = {
        token.start[0]: token.start[1]
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    lines = []
    for number, line in enumerate(source.splitlines(), 1):
        if number in cut:
            line = line[: cut[number]].rstrip()
            if not line:
                continue
        lines.append(line)
    return "\n".join(lines)


def code(path: Path) -> str:
    """The script without its docstring and its comments (text blocks included): what runs."""
    source = path.read_text(encoding="utf-8")
    docstring = ast.parse(source).body[0]
    return without_comments("".join(source.splitlines(keepends=True)[docstring.end_lineno :]))


def comments(blocks: list[str]) -> list[str]:
    """The comments of code blocks as the catalogue holds them, without white space (a wrapped
    comment breaks between Japanese characters)."""
    found = [c.message for block in blocks for c in translated_downloads.code_comments(block)]
    return [re.sub(r"\s", "", message) for message in found]


def code_blocks(path: Path) -> list[str]:
    from sphinx_gallery.py_source_parser import split_code_and_text_blocks

    _, blocks = split_code_and_text_blocks(path)
    return [block.content for block in blocks if block.type == "code"]


def page_code(lang: str, example: Path) -> list[str]:
    """The code blocks of the example's page, as a reader copies them."""
    _site_required()
    page = SITE / lang / "auto_examples" / example.with_suffix(".html")
    found = re.findall(
        r'<div class="highlight-Python notranslate"><div class="highlight"><pre[^>]*>(.*?)</pre>',
        page.read_text(encoding="utf-8"),
        re.S,
    )
    return [html.unescape(re.sub(r"<[^>]*>", "", block)) for block in found]


def translated_comments(lang: str, example: Path, english: list[str]) -> list[str]:
    """The catalogue's translations of the English code's comments; each must have one."""
    catalogue = {re.sub(r"\s", "", k): v for k, v in messages(lang, example).items()}
    english_comments = comments(english)
    missing = [m for m in english_comments if m not in catalogue]
    assert not missing, f"comments without a translation in the page's catalogue: {missing}"
    return [re.sub(r"\s", "", catalogue[m]) for m in english_comments]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of reST or Markdown, without titles (often a name, the same in every
    language) and without white space (a wrapped line may break at a space)."""
    text = re.sub(r"^(.+\n([=`:'\"~^_*+#<>-])\2+|#+ .*)$", "", text, flags=re.M)
    return [re.sub(r"\s", "", chunk) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_script_carries_the_pages_translation(lang: str, example: Path) -> None:
    english, translated = download("en", example, ".py"), download(lang, example, ".py")
    assert english.parent.name != translated.parent.name, "the pages link the same file"
    assert code(translated) == code(english), "the code differs from the English download"
    found = "\n".join(text_blocks(translated))
    problems = [p for p in paragraphs(found) if not JAPANESE.search(p)]
    assert not problems, f"paragraphs left in English: {problems}"
    found_text = re.sub(r"\s", "", found.replace("\\ ", ""))  # reST's escaped spaces go
    english_text = re.sub(r"\s", "", "\n".join(text_blocks(english)))
    english_comments = comments(code_blocks(english))
    for message, translation in messages(lang, example).items():
        message = re.sub(r"\s", "", message)
        if message in english_text and message not in english_comments:
            plain = re.sub(r"\s", "", translation.replace("\\ ", ""))
            assert plain in found_text, f"not in the script: {message}"
    got = comments(code_blocks(translated))
    assert got == translated_comments(lang, example, code_blocks(english))
    assert all(JAPANESE.search(comment) for comment in got), f"English comments: {got}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_notebook_and_zip_carry_the_pages_translation(lang: str, example: Path) -> None:
    english = json.loads(download("en", example, ".ipynb").read_text(encoding="utf-8"))
    path = download(lang, example, ".ipynb")
    translated = json.loads(path.read_text(encoding="utf-8"))
    assert [c["cell_type"] for c in translated["cells"]] == [
        c["cell_type"] for c in english["cells"]
    ]
    code = {"en": [], lang: []}
    licence = site_config.licence_header().rstrip("\n")  # the first cell: a credit line to quote
    for ours, theirs in zip(translated["cells"], english["cells"], strict=True):
        text = "".join(ours["source"])
        if text == licence:
            assert ours == theirs
        elif ours["cell_type"] == "code":
            assert {**ours, "source": ""} == {**theirs, "source": ""}
            assert without_comments(text) == without_comments("".join(theirs["source"]))
            code[lang].append(text)
            code["en"].append("".join(theirs["source"]))
        else:
            assert all(JAPANESE.search(p) for p in paragraphs(text)), f"English in {text}"
    assert comments(code[lang]) == translated_comments(lang, example, code["en"])
    script = download(lang, example, ".py")
    with zipfile.ZipFile(download(lang, example, ".zip")) as archive:
        assert archive.read(script.name) == script.read_bytes()
        assert archive.read(path.name) == path.read_bytes()


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_page_shows_the_comments_in_its_language(lang: str, example: Path) -> None:
    english, translated = page_code("en", example), page_code(lang, example)
    assert english, "no code on the page"
    assert [without_comments(b) for b in translated] == [without_comments(b) for b in english]
    assert comments(translated) == translated_comments(lang, example, english)


#: The labels the gallery's text blocks refer to: a notebook shows their titles, not them.
LABELS = {
    label
    for script in EXAMPLES
    for label in re.findall(r":ref:`([^`<]+)`", (ROOT / "gallery" / script).read_text("utf-8"))
}
_MATH = re.compile(r"\$\$.+?\$\$|\$[^$]+\$|\\begin\{align\}.+?\\end\{align\}", re.S)
# a role, a double-backquoted literal, a directive or a target, an escaped space
_REST = re.compile(r":[\w:.-]+:`|``|^\.\. |\\ ", re.M)


@pytest.mark.parametrize("lang", site_config.LANGUAGES)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_notebook_shows_no_rest(lang: str, example: Path) -> None:
    notebook = json.loads(download(lang, example, ".ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            text = _MATH.sub(" ", "".join(cell["source"]))  # LaTeX has its own backslashes
            found = _REST.findall(text) + [f"`{x}`" for x in LABELS if f"`{x}`" in text]
            assert not found, f"reST in a Markdown cell: {found} in {text[:300]!r}"


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_english_downloads_are_the_gallery_scripts(example: Path) -> None:
    path = download("en", example, ".py")
    source = (ROOT / "gallery" / example).read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == reader_source(source)
    assert not JAPANESE.search(download("en", example, ".ipynb").read_text(encoding="utf-8"))
