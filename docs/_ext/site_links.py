"""Where the site comes from: the repository, each page's source, the licence, the install line.

- Every page's footer (``_templates/page.html``) links to the repository and to the file the
  page is made from, and states the licences; the page context gets ``repository_url``,
  ``source_url`` and ``source_path`` for it.
- ``.. install-command::`` writes the command that installs the library from the repository
  (the distribution is not on PyPI yet), so that no page types the address.

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
    app.connect("html-page-context", _page_context)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
