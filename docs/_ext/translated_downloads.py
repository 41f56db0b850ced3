"""A gallery page offers its example in the page's language, and shows its code comments in it.

sphinx-gallery writes one ``.py``, ``.ipynb`` and ``.zip`` per example, in English, and every
language's page links them.  :class:`TranslatedDownloads` (a transform that runs after Sphinx has
translated the page) writes the three files again, into ``<gallery dir>/<language>/`` beside
sphinx-gallery's, and points the page's download links at them: Sphinx then copies them to
``_downloads/<hash>/`` under a hash of their own, and :mod:`gallery_support` cleans them for
readers as it does sphinx-gallery's.  In them

- each paragraph, list item and title of a text block, and each code comment, is translated
  through the page's own catalogue (the English build translates nothing); the code is the
  English code, byte for byte;
- the notebook's Markdown cells read as Markdown: sphinx-gallery converts only part of the reST
  (:func:`markdown_ready` does the rest), and reST's escaped spaces, which join inline markup
  to Japanese, are dropped from the script's text too (a reader runs the script, no one
  renders it).

The page's own code blocks get the same comments.  The comments reach the page's catalogue at
``make gettext`` (:func:`_extract_comments`): a trailing comment is one message, a run of
comment lines one message.  What the catalogue lacks stays English, as it does on the page.
"""

from __future__ import annotations

import ast
import gettext
import io
import json
import re
import tokenize
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from docutils import nodes
from docutils.utils import column_width
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain

#: A translation: the message for an English paragraph (the paragraph itself when untranslated).
Translate = Callable[[str], str]

#: The width of the downloaded script's lines (ruff's line length for the gallery).
WIDTH = 100
_ADORNMENT = re.compile(r"([=`:.'\"~^_*+#<>-])\1*")
_BULLET = re.compile(r"([-*+] |\d+\. )")
# reST's escaped space, which joins inline markup to the Japanese around it (Markdown has none)
_JOINER = re.compile(r"\\ (?=[:`*])|(?<=[`*_])\\ ")
_WIDE = "\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
# what a line is not broken inside: inline markup, an escaped space, a run of narrow characters
_PIECE = re.compile(rf"``[^`]+``|(?::[\w:.-]+:)?`[^`]+`_{{0,2}}|\\ |\s+|[^\s`\\{_WIDE}]+|.", re.S)
# characters a Japanese line does not start with
_NO_LINE_START = set("、。，．・：；？！ー）」』〕】ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
# what a line does not end with: opening punctuation, an escaped space
_NO_LINE_END = ("（", "「", "『", "〔", "【", "\\ ")


def _units(text: str) -> list[str]:
    """``text`` cut where a line may break: at spaces and between Japanese characters, not
    inside inline markup, not at an escaped space, not before closing or after opening
    punctuation."""
    units: list[str] = []
    for piece in _PIECE.findall(text):
        glued = piece == "\\ " or piece[0] in _NO_LINE_START
        if units and (glued or units[-1].endswith(_NO_LINE_END)):
            units[-1] += piece
        else:
            units.append(piece)
    return units


def wrap(text: str, width: int | None) -> list[str]:
    """``text`` (one paragraph) in lines of at most ``width`` columns (wide characters count
    two) where it can be cut (see :func:`_units`); ``None``: one line."""
    if width is None:
        return [text]
    lines: list[str] = []
    line = ""
    for unit in _units(text):
        if line and column_width(line + unit.rstrip()) > width:
            lines.append(line.rstrip())
            line = "" if unit.isspace() else unit
        else:
            line += unit
    return [*lines, line.rstrip()] if line.strip() else lines


def _translated_item(lines: list[str], translate: Translate, width: int | None) -> list[str]:
    """One paragraph, or one list item (``lines[0]`` starts with its bullet)."""
    bullet = _BULLET.match(lines[0])
    indent = len(bullet.group()) if bullet else 0
    message = " ".join(line.strip() for line in [lines[0][indent:], *lines[1:]])
    translation = translate(message)
    if translation == message:
        return lines
    wrapped = wrap(translation, width - indent if width else None)
    prefix = bullet.group() if bullet else ""
    return [prefix + wrapped[0], *(" " * indent + line for line in wrapped[1:])]


def _translated_chunk(lines: list[str], translate: Translate, width: int | None) -> list[str]:
    """Lines between blank lines: a title, then a list or a paragraph, or markup left as is."""
    if lines[0].startswith((".. ", " ")):
        return lines
    overlined = len(lines) > 2 and _ADORNMENT.fullmatch(lines[0]) and lines[0] == lines[2]
    title_end = 3 if overlined else 2 if len(lines) > 1 and _ADORNMENT.fullmatch(lines[1]) else 0
    if title_end:
        title = lines[title_end - 2].strip()
        new = translate(title)
        rule = lines[title_end - 1][0] * column_width(new)
        head = lines[:title_end] if new == title else [rule, new, rule][3 - title_end :]
        rest = lines[title_end:]
        return head + (_translated_chunk(rest, translate, width) if rest else [])
    if not _BULLET.match(lines[0]):
        return _translated_item(lines, translate, width)
    items: list[list[str]] = []
    for line in lines:
        if _BULLET.match(line):
            items.append([line])
        else:
            items[-1].append(line)
    return [out for item in items for out in _translated_item(item, translate, width)]


def translate_rst(text: str, translate: Translate, width: int | None = None) -> str:
    """The reST of a text block with each paragraph, list item and title translated; a
    translation is wrapped to ``width`` columns (``None``: one line per paragraph)."""
    out: list[str] = []
    chunk: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.strip():
            chunk.append(line)
            continue
        if chunk:
            out.extend(_translated_chunk(chunk, translate, width))
            chunk = []
        out.append(line)
    return "\n".join(out[:-1])


# --- code comments ---------------------------------------------------------------------------

#: Comments that instruct a tool (a linter, sphinx-gallery), not the reader.
_PRAGMA = re.compile(r"#\s*(?:noqa\b|fmt:|type:|pragma:|isort:|sphinx_gallery_)")


class Comment(NamedTuple):
    """A comment of a piece of code, on lines ``start`` to ``end`` (from 0, ``end`` excluded)."""

    start: int
    end: int
    column: int
    trailing: bool  # after code on its line
    message: str


def code_comments(code: str) -> list[Comment]:
    """The comments of ``code`` as messages: a comment after code, or a run of comment lines at
    one indentation (a sentence may go on over several lines)."""
    comments: list[Comment] = []
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        text = token.string[1:].strip()
        if token.type != tokenize.COMMENT or not text or _PRAGMA.match(token.string):
            continue
        (row, column), trailing = token.start, bool(token.line[: token.start[1]].strip())
        last = comments[-1] if comments else None
        if (
            last
            and not (last.trailing or trailing)
            and (last.end, last.column) == (row - 1, column)
        ):
            comments[-1] = last._replace(end=row, message=f"{last.message} {text}")
        else:
            comments.append(Comment(row - 1, row, column, trailing, text))
    return comments


def translate_comments(code: str, translate: Translate) -> str:
    """``code`` with its comments translated, the code unchanged; a translated run of comment
    lines is wrapped to the script's width, a comment after code stays after it."""
    lines = code.splitlines(keepends=True)
    for comment in reversed(code_comments(code)):
        new = translate(comment.message)
        if new == comment.message:
            continue
        indent = lines[comment.start][: comment.column]
        width = None if comment.trailing else WIDTH - comment.column - 2
        ending = "\n" if lines[comment.end - 1].endswith("\n") else ""
        text = "\n".join(f"{indent}# {line}" for line in wrap(new, width))
        lines[comment.start : comment.end] = [text + ending]
    return "".join(lines)


# --- the script --------------------------------------------------------------------------------

# a text block of a script: its header line (``# %%``), then its comment lines
_CELL = re.compile(r"^(?P<header>(?:#{20,}|# ?%%).*\n)(?P<text>(?:#.*\n)*)", re.M)


def _translated_comments(block: str, translate: Translate) -> str:
    """A text block as the script writes it (``# `` before every line), translated."""
    if not block:
        return block
    text = re.sub(r"^# ?", "", block, flags=re.M).rstrip("\n")
    new = translate_rst(text, translate, WIDTH - 2)
    return "".join(f"# {line}\n" if line else "#\n" for line in new.split("\n"))


def translate_script(source: str, translate: Translate) -> str:
    """A gallery script with its docstring, text blocks and comments translated, code unchanged.

    The translations lose reST's escaped spaces: a reader runs the script, no one renders it.
    """

    def plain(message: str) -> str:
        return _JOINER.sub("", translate(message))

    docstring = ast.parse(source).body[0]
    lines = source.splitlines(keepends=True)
    before = "".join(lines[: docstring.lineno - 1])
    head = "".join(lines[docstring.lineno - 1 : docstring.end_lineno])
    rest = "".join(lines[docstring.end_lineno :])
    quote = re.match(r'(?P<prefix>[rR]?)(?P<quotes>"""|\'\'\')', head)
    end = head.rindex(quote["quotes"])
    body = translate_rst(head[quote.end() : end], plain, WIDTH)
    # a translation's LaTeX would be invalid escapes in a plain string
    prefix = "r" if "\\" in body else quote["prefix"]
    head = prefix + quote["quotes"] + body + head[end:]
    out, done = [before, head], 0
    for cell in _CELL.finditer(rest):  # the code between text blocks, then the text block
        out.append(translate_comments(rest[done : cell.start()], translate))
        out.append(cell["header"] + _translated_comments(cell["text"], plain))
        done = cell.end()
    out.append(translate_comments(rest[done:], translate))
    return "".join(out)


# --- the notebook ------------------------------------------------------------------------------

_ROLE = re.compile(r":(?P<role>[\w:.-]+):`(?P<body>[^`]+)`")
_EXPLICIT_TITLE = re.compile(r"(?P<title>.*?)\s*<(?P<target>[^<>]+)>", re.S)
_DOUBLE_LITERAL = re.compile(r"``([^`]+)``")


def markdown_ready(text: str, titles: Mapping[str, str]) -> str:
    """reST of which sphinx-gallery's ``rst2md`` makes Markdown that reads well.

    ``rst2md`` turns math into ``$...$`` and links into Markdown links, but leaves the other
    roles, a reference's label (the page shows a title: ``titles`` maps labels to titles),
    double backquotes and escaped spaces.  Here a reference becomes its title, another role
    code as the page shows it (``activations.relu()``), a literal code in single backquotes,
    and an escaped space nothing."""

    def role(match: re.Match) -> str:
        name, body = match["role"], match["body"]
        explicit = _EXPLICIT_TITLE.fullmatch(body)
        target = explicit["target"] if explicit else body
        if name == "math":
            return match.group()
        if name == "ref":
            return explicit["title"] if explicit else titles.get(target, target)
        if explicit:
            return f"`{explicit['title']}`"
        code = target.rpartition(".")[2] if target.startswith("~") else target
        return f"`{code}()`" if name.rpartition(":")[2] in {"func", "meth"} else f"`{code}`"

    text = _ROLE.sub(role, _JOINER.sub("", text))
    return _DOUBLE_LITERAL.sub(r"`\1`", text)


def translate_notebook(
    script: Path, translate: Translate, gallery_conf: dict, titles: Mapping[str, str]
) -> str:
    """The example's notebook as sphinx-gallery writes it, from the translated text blocks
    (one line per paragraph: a line break shows as a space between Japanese characters) made
    Markdown (:func:`markdown_ready`) and the code with its comments translated."""
    from sphinx_gallery import py_source_parser as parser
    from sphinx_gallery.notebook import jupyter_notebook

    _, blocks = parser.split_code_and_text_blocks(script)
    cleaned = []
    for label, content, lineno in blocks:
        content = parser.remove_ignore_blocks(content)
        if gallery_conf["remove_config_comments"]:
            content = parser.remove_config_comments(content)
        if label == "text":
            content = markdown_ready(translate_rst(content, translate), titles)
        else:
            content = translate_comments(content, translate)
        cleaned.append(parser.Block(label, content, lineno))
    if cleaned[-1].content.isspace():
        cleaned.pop()
    notebook = jupyter_notebook(cleaned, gallery_conf, script.parent)
    return json.dumps(notebook, indent=2, ensure_ascii=False)


def zip_members(members: dict[str, bytes]) -> bytes:
    """A zip of ``members`` (name: data), in that order, dated 1980-01-01 (the build redates
    every download zip, see :mod:`gallery_support`)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def write_translated(
    script: Path, translate: Translate, gallery_conf: dict, titles: Mapping[str, str], out: Path
) -> None:
    """Write ``script``'s translated ``.py``, ``.ipynb`` and ``.zip`` into ``out``."""
    notebook = translate_notebook(script, translate, gallery_conf, titles)
    members = {
        script.name: translate_script(script.read_text("utf-8"), translate).encode("utf-8"),
        script.with_suffix(".ipynb").name: notebook.encode("utf-8"),
    }
    for name, data in members.items():
        _write(out / name, data)
    _write(out / script.with_suffix(".zip").name, zip_members(members))


# --- Sphinx ------------------------------------------------------------------------------------


def _example(env: Any, docname: str) -> Path | None:
    """The script of a gallery page, if ``docname`` is one."""
    if not any(docname.startswith(f"{d}/") for d in env.config.sphinx_gallery_conf["gallery_dirs"]):
        return None
    script = env.srcdir / f"{docname}.py"
    return script if script.is_file() else None


def _translation(env: Any, docname: str) -> Translate:
    """The page's catalogue (the message itself where it has none, as in the English build)."""
    domain = docname_to_domain(docname, env.config.gettext_compact)
    translations = gettext.NullTranslations()
    for directory in env.config.locale_dirs:
        found = gettext.translation(
            domain, env.srcdir / directory, [env.config.language], fallback=True
        )
        translations.add_fallback(found)
    return translations.gettext


def _code_blocks(doctree: nodes.Node) -> list[nodes.literal_block]:
    """The example's code shown on its page (its output blocks are ``none``)."""
    return [
        block
        for block in doctree.findall(nodes.literal_block)
        if block.get("language", "").lower() == "python"
    ]


def _write_downloads(env: Any, docname: str, script: Path) -> None:
    """Write the page's downloads in its language, with the references' titles known so far."""
    labels = env.domains.standard_domain.labels
    titles = {label: title for label, (_doc, _anchor, title) in labels.items()}
    write_translated(
        script,
        _translation(env, docname),
        env.config.sphinx_gallery_conf,
        titles,
        script.parent / env.config.language,
    )


class TranslatedDownloads(SphinxTransform):
    """On a gallery page, show the code's comments and link the downloads in its language."""

    # after sphinx.transforms.i18n.Locale (20) translated the page, before the doctree-read
    # event (880) in which Sphinx collects the downloads
    default_priority = 870

    def apply(self, **kwargs: Any) -> None:
        script = _example(self.env, self.env.docname)
        if script is None:
            return
        translate = _translation(self.env, self.env.docname)
        for block in _code_blocks(self.document):
            code = translate_comments(block.astext(), translate)
            if code != block.astext():
                block.rawsource = code
                block.children = [nodes.Text(code)]
        # the files must exist now; _rewrite_downloads completes their references' titles
        _write_downloads(self.env, self.env.docname, script)
        language = self.config.language
        names = {script.name, script.with_suffix(".ipynb").name, script.with_suffix(".zip").name}
        for node in self.document.findall(addnodes.download_reference):
            if node["reftarget"] in names:
                node["reftarget"] = f"{language}/{node['reftarget']}"


def _rewrite_downloads(app: Any, env: Any) -> list[str]:
    """Once every page is read, write every example's downloads again: a reference to a page
    read after the example's now has its title."""
    for docname in sorted(env.found_docs):
        script = _example(env, docname)
        if script is not None:
            _write_downloads(env, docname, script)
    return []


def _extract_comments(app: Any, doctree: nodes.document, docname: str) -> None:
    """Put the comments of a gallery page's code in the page's template (``make gettext``),
    so ``make update-po`` keeps their translations in the page's catalogue."""
    if app.builder.name != "gettext" or _example(app.env, docname) is None:
        return
    from sphinx.builders.gettext import MsgOrigin

    catalogue = app.builder.catalogs[docname_to_domain(docname, app.config.gettext_compact)]
    for block in _code_blocks(doctree):
        for comment in code_comments(block.astext()):
            catalogue.add(comment.message, MsgOrigin(block.source or docname, block.line or 0))


def setup(app: Any) -> dict[str, Any]:
    app.add_transform(TranslatedDownloads)
    app.connect("env-updated", _rewrite_downloads)
    app.connect("doctree-resolved", _extract_comments)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
