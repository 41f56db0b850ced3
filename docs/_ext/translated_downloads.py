"""A translated gallery page offers its example in the page's language.

sphinx-gallery writes one ``.py``, ``.ipynb`` and ``.zip`` per example, in English, and every
language's page links them.  In a translated build, :class:`TranslatedDownloads` (a transform
that runs after Sphinx has translated the page) writes the three files again with each text
block translated paragraph by paragraph through the page's own catalogue, into
``<gallery dir>/<language>/`` beside sphinx-gallery's, and points the page's download links at
them: Sphinx then copies them to ``_downloads/<hash>/`` under a hash of their own, and
:mod:`gallery_support` cleans them for readers as it does the English ones.

Only what the catalogue holds is translated: titles, paragraphs and list items of the text
blocks.  Code, comments included, stays as it runs (code blocks are not in the catalogues); a
paragraph without a translation stays English, as it does on the page.
"""

from __future__ import annotations

import ast
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docutils.utils import column_width
from sphinx import addnodes
from sphinx.locale import init as init_locale
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


def _units(text: str) -> list[str]:
    """``text`` cut where a line may break: at spaces and between Japanese characters, not
    inside inline markup, not at an escaped space, not before closing punctuation."""
    units: list[str] = []
    for piece in _PIECE.findall(text):
        glued = piece == "\\ " or piece[0] in _NO_LINE_START
        if units and (glued or units[-1].endswith("\\ ")):
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
    """A gallery script with its docstring and its text blocks translated, code unchanged."""
    docstring = ast.parse(source).body[0]
    lines = source.splitlines(keepends=True)
    before = "".join(lines[: docstring.lineno - 1])
    head = "".join(lines[docstring.lineno - 1 : docstring.end_lineno])
    rest = "".join(lines[docstring.end_lineno :])
    quote = re.match(r'(?P<prefix>[rR]?)(?P<quotes>"""|\'\'\')', head)
    end = head.rindex(quote["quotes"])
    body = translate_rst(head[quote.end() : end], translate, WIDTH)
    # a translation's reST escapes would be invalid escapes in a plain string
    prefix = "r" if "\\" in body else quote["prefix"]
    head = prefix + quote["quotes"] + body + head[end:]
    rest = _CELL.sub(lambda m: m["header"] + _translated_comments(m["text"], translate), rest)
    return before + head + rest


def translate_notebook(script: Path, translate: Translate, gallery_conf: dict) -> str:
    """The example's notebook as sphinx-gallery writes it, with Markdown cells made from the
    translated text blocks (one line per paragraph: a line break shows as a space between
    Japanese characters)."""
    from sphinx_gallery import py_source_parser as parser
    from sphinx_gallery.notebook import jupyter_notebook

    _, blocks = parser.split_code_and_text_blocks(script)
    cleaned = []
    for label, content, lineno in blocks:
        content = parser.remove_ignore_blocks(content)
        if gallery_conf["remove_config_comments"]:
            content = parser.remove_config_comments(content)
        if label == "text":
            content = _JOINER.sub("", translate_rst(content, translate))
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


def write_translated(script: Path, translate: Translate, gallery_conf: dict, out: Path) -> None:
    """Write ``script``'s translated ``.py``, ``.ipynb`` and ``.zip`` into ``out``."""
    members = {
        script.name: translate_script(script.read_text("utf-8"), translate).encode("utf-8"),
        script.with_suffix(".ipynb").name: translate_notebook(
            script, translate, gallery_conf
        ).encode("utf-8"),
    }
    for name, data in members.items():
        _write(out / name, data)
    _write(out / script.with_suffix(".zip").name, zip_members(members))


class TranslatedDownloads(SphinxTransform):
    """On a translated gallery page, link the example's downloads in the page's language."""

    # after sphinx.transforms.i18n.Locale (20) translated the page, before the doctree-read
    # event (880) in which Sphinx collects the downloads
    default_priority = 870

    def apply(self, **kwargs: Any) -> None:
        gallery_conf = self.config.sphinx_gallery_conf
        docname = self.env.docname
        if not any(docname.startswith(f"{d}/") for d in gallery_conf["gallery_dirs"]):
            return
        script = self.env.srcdir / f"{docname}.py"
        textdomain = docname_to_domain(docname, self.config.gettext_compact)
        dirs = [self.env.srcdir / d for d in self.config.locale_dirs]
        catalog, has_catalog = init_locale(dirs, self.config.language, textdomain)
        if not (script.is_file() and has_catalog):
            return
        language = self.config.language
        write_translated(script, catalog.gettext, gallery_conf, script.parent / language)
        names = {script.name, script.with_suffix(".ipynb").name, script.with_suffix(".zip").name}
        for node in self.document.findall(addnodes.download_reference):
            if node["reftarget"] in names:
                node["reftarget"] = f"{language}/{node['reftarget']}"


def setup(app: Any) -> dict[str, Any]:
    app.add_transform(TranslatedDownloads)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
