"""Sphinx extension: reference pages generated from :data:`activations.catalog`.

At ``config-inited`` (before Sphinx lists the documents, and before autosummary and
sphinx-gallery look for their inputs) it writes MyST pages into
``docs/reference/generated_catalog/`` (:mod:`.pages`, shapes in ``templates/``):

- ``families.md`` and one ``family_<key>.md`` per family of :data:`activations.FAMILIES`;
- ``comparison.md``: the comparison tables of every activation and the framework disagreements,
  with the catalogue as ``catalog.csv`` and ``catalog.json`` to download (:mod:`.export`);
- ``gallery_index.inc``: the headings and sentences of the gallery index (:mod:`.indexes`),
  whose ``.. gallery-links::`` lists the examples;
- ``api.md``: the autosummary listing, one page per function, derivative and alias
  (stubs in ``generated_catalog/functions/``, rendered with ``_templates/autosummary/``).

Files are written only when their text changes, so a no-op rebuild re-reads nothing.  It also
adds the roles ``catalog``, ``value`` and ``fact``, which let narrative pages quote numbers
computed by the library instead of typing them (:mod:`.facts`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from .facts import api_names, catalog_value, evaluate_call, fact
from .indexes import GalleryLinks
from .pages import generate_pages, write_pages

#: Where the pages go, relative to the Sphinx source directory.
GENERATED_DIR = Path("reference") / "generated_catalog"


def gallery_labels(app: Any, catalog: Mapping[str, Any]) -> dict[str, str]:
    """Reference labels of the per-activation gallery examples that exist on disk."""
    conf = app.config.sphinx_gallery_conf
    labels = {}
    for src, dst in zip(conf["examples_dirs"], conf["gallery_dirs"], strict=True):
        src_dir = (Path(app.srcdir) / src).resolve()
        prefix = "sphx_glr_" + str(Path(dst)).replace(os.sep, "_")
        for name in catalog:
            if name not in labels and (src_dir / f"plot_{name}.py").is_file():
                labels[name] = f"{prefix}_plot_{name}.py"
    return labels


def _library_files() -> list[str]:
    import activations

    root = Path(activations.__file__).parent
    return sorted(str(p) for p in root.rglob("*.py"))


def _on_config_inited(app: Any, config: Any) -> None:
    from sphinx.util import logging

    import activations

    pages = generate_pages(
        activations.catalog,
        activations.FAMILIES,
        activations.FRAMEWORKS,
        gallery_labels(app, activations.catalog),
    )
    api = [n for names in api_names(activations.catalog).values() for n in names]
    changed = write_pages(Path(app.srcdir) / GENERATED_DIR, pages, api)
    if changed:
        logging.getLogger(__name__).info("catalog_pages: wrote %s", ", ".join(changed))


def _make_role(resolve: Callable[[str], str]) -> Any:
    from docutils import nodes
    from sphinx.util.docutils import SphinxRole

    class Role(SphinxRole):
        def run(self) -> tuple[list[Any], list[Any]]:
            try:
                text = resolve(self.text)
            except Exception as error:  # report any failure as a build warning at the role
                message = self.inliner.reporter.error(
                    f"{self.name}: cannot resolve {self.text!r}: {error}", line=self.lineno
                )
                problem = self.inliner.problematic(self.rawtext, self.rawtext, message)
                return [problem], [message]
            for path in _library_files():
                self.env.note_dependency(path)
            return [nodes.inline(self.rawtext, text, classes=["catalog-value"])], []

    return Role()


def setup(app: Any) -> dict[str, Any]:
    """Register the page generator (before autosummary and sphinx-gallery) and the roles."""
    # config-inited: Sphinx 9 lists the source files before builder-inited, so pages written
    # later would be missing from a clean build (and autosummary would find no stubs).
    app.connect("config-inited", _on_config_inited, priority=400)
    app.add_role("catalog", _make_role(catalog_value))
    app.add_role("value", _make_role(evaluate_call))
    app.add_role("fact", _make_role(fact))
    app.add_directive("gallery-links", GalleryLinks)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
