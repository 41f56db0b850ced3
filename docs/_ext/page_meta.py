"""What search engines and link previews read: a description and structured data per page.

- ``<meta name="description">``: the page's first paragraph of prose, in the page's language
  (the doctree is already translated), with its math as plain text (``σ(x)``, not LaTeX) and
  cut at the end of a sentence; ``og:description`` says the same where Open Graph tags are
  written (with ``SITE_URL``).  sphinxext-opengraph's own choice is the first text of the page,
  which for an API page is the mini-gallery's list of example titles.
- JSON-LD (schema.org ``TechArticle`` about a ``DefinedTerm``) on every activation's gallery and
  API pages: the activation's name in the page's language, the licence, the language.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from docutils import nodes
from site_config import site_url
from sphinx import addnodes
from sphinx.application import Sphinx

MAX_LENGTH = 160
LICENCE = "https://creativecommons.org/licenses/by/4.0/"

# LaTeX in inline math, as plain text: enough for the formulas of first paragraphs.
_SYMBOLS = {
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\epsilon": "ε",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\pi": "π",
    r"\sigma": "σ",
    r"\tau": "τ",
    r"\phi": "φ",
    r"\omega": "ω",
    r"\Phi": "Φ",
    r"\varphi": "φ",
    r"\theta": "θ",
    r"\approx": "≈",
    r"\sqrt": "√",
    r"\infty": "∞",
    r"\sum": "Σ",
    r"\_": "_",
    r"\le": "≤",
    r"\ge": "≥",
    r"\cdot": "·",
    r"\times": "×",
    r"\to": "→",
    r"\pm": "±",
    r"\in": "∈",
    r"\,": " ",
    r"\;": " ",
    r"\!": "",
}
_ROOT = re.compile(r"\\sqrt\{([^{}]*)\}")
_COMMAND_ARGUMENT = re.compile(r"\\(?:operatorname|mathrm|mathbf|text|mathit)\{([^{}]*)\}")
_SCRIPT = re.compile(r"([\^_])\{([^{}]*)\}")
_FRACTION = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
_WORDS = {"ln", "log", "exp", "max", "min", "arctan", "tanh", "tan", "sinh", "cosh", "sin"}
_WORDS |= {"cos", "erf", "sgn", "lim"}
_SIZES = {"left", "right", "bigl", "bigr", "Bigl", "Bigr", "big", "Big"}


def _grouped(term: str) -> str:
    return term if re.fullmatch(r"[\w.\\]+", term) else f"({term})"


def _command(match: re.Match[str], text: str) -> str:
    """A LaTeX command as text: a Greek letter or symbol, or an operator name set off by
    spaces from the letters around it (``\\log\\sigma`` is ``log σ``)."""
    name = match.group()[1:]
    if name in _SIZES:
        return ""
    if name not in _WORDS:
        return _SYMBOLS.get(match.group(), match.group())
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    space_before = " " if before.isalnum() else ""
    space_after = " " if after.isalnum() or after == "\\" else ""
    return f"{space_before}{name}{space_after}"


def math_as_text(latex: str) -> str:
    """``\\sigma(x) = \\frac{1}{1 + e^{-x}}`` becomes ``σ(x) = 1/(1 + e^(-x))``."""
    text, previous = latex, None
    while text != previous:  # innermost groups first
        previous = text
        text = _COMMAND_ARGUMENT.sub(r"\1", text)
        text = _ROOT.sub(lambda m: f"√{_grouped(m.group(1))}", text)
        text = _SCRIPT.sub(lambda m: m.group(1) + _grouped(m.group(2)), text)
        text = _FRACTION.sub(lambda m: f"{_grouped(m.group(1))}/{_grouped(m.group(2))}", text)
    text = re.sub(r"\\[A-Za-z]+", lambda m: _command(m, text), text)
    for command, symbol in _SYMBOLS.items():  # \, \; \! \_
        text = text.replace(command, symbol)
    text = re.sub(r"[{}]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def paragraph_text(paragraph: nodes.paragraph) -> str:
    parts = []
    for node in paragraph.findall(lambda n: isinstance(n, (nodes.Text, nodes.math))):
        if isinstance(node, nodes.math):
            parts.append(math_as_text(node.astext()))
        elif not isinstance(node.parent, nodes.math):
            parts.append(node.astext())
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _skipped(node: nodes.Node) -> bool:
    """Paragraphs that are not the page's prose: tables, notes, lists of links, field lists."""
    skip = (nodes.table, nodes.Admonition, nodes.field_list, nodes.bullet_list, nodes.topic)
    while node is not None:
        if (
            isinstance(node, skip) and not isinstance(node, addnodes.desc)
        ) or "sphx-glr-download-link-note" in node.get("classes", []):
            return True
        node = node.parent
    return False


def shorten(text: str, limit: int = MAX_LENGTH) -> str:
    """``text`` cut after its last whole sentence within ``limit`` characters (or at a word)."""
    if len(text) <= limit:
        return text
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|[。！？]", text[: limit + 1])]
    if ends and ends[-1] >= limit // 3:
        return text[: ends[-1]].strip()
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[: limit - 1]
    return cut.rstrip(" ,;:、") + "…"


def description(doctree: nodes.document) -> str | None:
    """The first paragraph of prose of the page, as a meta description."""
    for paragraph in doctree.findall(nodes.paragraph):
        text = paragraph_text(paragraph)
        if not _skipped(paragraph) and len(re.sub(r"\W", "", text)) >= 20:
            return shorten(text)  # a sentence, not a caption or a lone link
    return None


def activation_of(pagename: str, catalog: Any) -> Any | None:
    """The record an activation's gallery page or API page is about, if the page is one."""
    name = pagename.rsplit("/", 1)[-1]
    name = name.removeprefix("plot_").removeprefix("activations.").removesuffix("_derivative")
    if pagename.startswith("auto_examples/plot_") or "/functions/activations." in pagename:
        return catalog.get(name)
    return None


def structured_data(record: Any, language: str, title: str, text: str | None) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "TechArticle",
        "headline": title,
        "inLanguage": language,
        "license": LICENCE,
        "about": {
            "@type": "DefinedTerm",
            "name": record.title_ja if language == "ja" else record.title_en,
            "termCode": record.name,
            "inDefinedTermSet": "activations",
        },
    }
    if text:
        data["description"] = text
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if doctree is None:
        return
    import activations

    text = description(doctree)
    tags = []
    if text:
        tags.append(f'<meta name="description" content="{html.escape(text)}" />')
        if site_url():  # sphinxext-opengraph writes og:* fields of the page's metadata
            context["meta"] = {**(context.get("meta") or {}), "og:description": text}
    record = activation_of(pagename, activations.catalog)
    if record is not None:
        title = re.sub(r"<[^>]+>", "", context.get("title", ""))
        data = structured_data(record, app.config.language or "en", html.unescape(title), text)
        data = data.replace("</", "<\\/")  # no end tag inside the script element
        tags.append(f'<script type="application/ld+json">{data}</script>')
    if tags:
        context["metatags"] = context.get("metatags", "") + "\n".join(tags) + "\n"


def setup(app: Sphinx) -> dict[str, Any]:
    # before sphinxext-opengraph (500), which keeps a meta description it finds
    app.connect("html-page-context", _page_context, priority=400)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
