"""Where the site comes from: the repository, each page's source, the licence, the install line.

- Every page's footer (``_templates/page.html``) links to the repository and to the file the
  page is made from, and states the licences; the page context gets ``repository_url``,
  ``source_url`` and ``source_path`` for it.
- ``.. install-command::`` writes the command that installs the library from the repository
  (the distribution is not on PyPI yet), so that no page types the address.
- ``.. citation-bibtex::`` writes the BibTeX entry of ``CITATION.cff``, the one citation record.

The addresses come from ``pyproject.toml`` through :mod:`site_config`.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from docutils import nodes
from site_config import ROOT, distribution_name, repository_url
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

BRANCH = "main"


def install_command(extra: str = "plot") -> str:
    """The pip command that installs the library (with an extra) from the repository."""
    return f'python -m pip install "{distribution_name()}[{extra}] @ git+{repository_url()}.git"'


class InstallCommand(SphinxDirective):
    """``.. install-command::``: a console block with :func:`install_command`."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        block = nodes.literal_block("", f"$ {install_command()}")
        block["language"] = "console"
        return [block]


def citation() -> dict[str, Any]:
    """``CITATION.cff``, parsed."""
    import yaml

    return yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def bibtex(cff: dict[str, Any]) -> str:
    """The BibTeX (biblatex ``@software``) entry of a citation record."""
    authors = " and ".join(
        f"{{{a['name']}}}" if "name" in a else f"{a['family-names']}, {a['given-names']}"
        for a in cff["authors"]
    )
    licences = cff["license"] if isinstance(cff["license"], list) else [cff["license"]]
    fields = {
        "author": authors,
        "title": cff["title"],
        "version": cff["version"],
        "year": str(cff["date-released"])[:4] if "date-released" in cff else None,
        "url": cff["repository-code"],
        "license": " AND ".join(licences),
    }
    key = distribution_name().replace("-", "_")
    lines = [f"  {k} = {{{v}}}," for k, v in fields.items() if v is not None]
    return "\n".join([f"@software{{{key},", *lines, "}"])


class CitationBibtex(SphinxDirective):
    """``.. citation-bibtex::``: a BibTeX block made from ``CITATION.cff``."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(ROOT / "CITATION.cff"))
        block = nodes.literal_block("", bibtex(citation()))
        block["language"] = "bibtex"
        return [block]


def source_path(app: Sphinx, pagename: str) -> str | None:
    """The repository file a page is made from (None for pages Sphinx makes itself)."""
    import activations

    if pagename.startswith("auto_examples/"):
        rel = pagename.removeprefix("auto_examples/")
        return f"gallery/{rel}.py" if not rel.endswith("index") else f"gallery/{rel[:-5]}README.rst"
    prefix = "reference/generated_catalog/"
    if pagename.startswith(prefix + "functions/activations."):
        function = getattr(activations, pagename.rsplit(".", 1)[1], None)
        if function is None:
            return None
        path = Path(inspect.getsourcefile(inspect.unwrap(function)) or "")
        line = inspect.getsourcelines(inspect.unwrap(function))[1]
        return f"{path.resolve().relative_to(ROOT).as_posix()}#L{line}"
    if pagename.startswith(prefix):
        return "activations/_records/"
    if pagename in ("genindex", "search", "py-modindex"):
        return None
    for suffix in (".md", ".rst"):
        if (Path(app.srcdir) / f"{pagename}{suffix}").is_file():
            return f"docs/{pagename}{suffix}"
    return None


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    repository = repository_url()
    context["repository_url"] = repository
    path = source_path(app, pagename)
    context["source_path"] = path.split("#")[0] if path else None
    kind = "tree" if path and path.endswith("/") else "blob"
    context["source_url"] = f"{repository}/{kind}/{BRANCH}/{path}" if path else None


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("install-command", InstallCommand)
    app.add_directive("citation-bibtex", CitationBibtex)
    app.connect("html-page-context", _page_context)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
