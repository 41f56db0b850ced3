"""A translated gallery page offers its example in its language (docs/_ext/translated_downloads.py).

The first tests need no site: they check the translation of a script's text blocks.  The others
read the built site (``$SITE_DIR``, default ``_build/html``): on every Japanese example page, the
linked ``.py``, ``.ipynb`` and ``.zip`` hold the page's catalogue messages in every paragraph of
every text block, the same code as the English download, and a file of their own; the English
downloads hold no Japanese.  Running the downloads is tests/test_downloads.py's work.
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys
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

x = 1  # a comment stays

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
}


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def test_a_script_is_translated_paragraph_by_paragraph() -> None:
    out = translated_downloads.translate_script(SCRIPT, translate)
    assert out.startswith('r"""\nシグモイド関数\n==============\n\n:math:`\\sigma`\\ は')
    assert "# 関数と導関数\n# ------------\n# :func:`activations.sigmoid`\\ と導関数です。" in out
    assert "# - 二行の項目\n# - an item with no translation\n\nx = 1  # a comment stays\n" in out
    assert out.endswith("# %%\n# Untranslated.\n")
    lines = out.splitlines()
    assert max(map(column_width, lines)) <= translated_downloads.WIDTH  # wrapped
    # wrapped, it is the catalogue's message again
    paragraph = [line[2:] for line in lines if line.startswith("# :func:") or "長い文" in line]
    assert "".join(paragraph) == MESSAGES[":func:`activations.sigmoid` and the derivative."]
    compile(out, "script.py", "exec")  # a reST escape in the docstring does not warn: r"""


def test_without_translations_a_script_is_unchanged() -> None:
    for example in EXAMPLES:
        source = (ROOT / "gallery" / example).read_text(encoding="utf-8")
        assert translated_downloads.translate_script(source, lambda m: m) == source, example


def test_lines_break_between_characters_but_never_inside_markup() -> None:
    text = "あ" * 30 + "\\ :math:`x = 0`\\ " + "い" * 30 + " word、" + "う" * 5
    lines = translated_downloads.wrap(text, 40)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line.count("`") % 2 == 0 for line in lines)
    assert not any(line.startswith(("、", "\\")) or line.endswith("\\") for line in lines)


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


def code(path: Path) -> str:
    """The script without its docstring and text blocks: what runs, and its comments."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    tree.body = tree.body[1:]
    rest = source.splitlines()[tree.body[0].lineno - 1 :] if tree.body else []
    comments = [line for line in rest if not line.startswith("#")]
    return ast.dump(tree) + "\n".join(comments)


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
    found_text = re.sub(r"\s", "", found)
    for message, translation in messages(lang, example).items():
        if re.sub(r"\s", "", message) in re.sub(r"\s", "", "\n".join(text_blocks(english))):
            assert re.sub(r"\s", "", translation) in found_text, f"not in the script: {message}"


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_notebook_and_zip_carry_the_pages_translation(lang: str, example: Path) -> None:
    english = json.loads(download("en", example, ".ipynb").read_text(encoding="utf-8"))
    path = download(lang, example, ".ipynb")
    translated = json.loads(path.read_text(encoding="utf-8"))
    assert [c["cell_type"] for c in translated["cells"]] == [
        c["cell_type"] for c in english["cells"]
    ]
    for ours, theirs in zip(translated["cells"], english["cells"], strict=True):
        text = "".join(ours["source"])
        if ours["cell_type"] == "code":
            assert ours == theirs
        else:
            assert all(JAPANESE.search(p) for p in paragraphs(text)), f"English in {text}"
            assert "\\ " not in text, "reST escapes in Markdown"
    script = download(lang, example, ".py")
    with zipfile.ZipFile(download(lang, example, ".zip")) as archive:
        assert archive.read(script.name) == script.read_bytes()
        assert archive.read(path.name) == path.read_bytes()


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_the_english_downloads_are_the_gallery_scripts(example: Path) -> None:
    path = download("en", example, ".py")
    source = (ROOT / "gallery" / example).read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == reader_source(source)
    assert not JAPANESE.search(download("en", example, ".ipynb").read_text(encoding="utf-8"))
