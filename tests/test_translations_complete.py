"""Every message of the English site is translated: run after `make html` (SITE_TESTS).

0. every document of the English site has its catalogue, and every catalogue its document;
1. no untranslated and no fuzzy message;
2. no message of the English site missing: the templates are regenerated with
   ``sphinx-build -b gettext`` (same options as ``make gettext``) into a temporary directory,
   once per session; ``_build/gettext`` is reused instead only when every template there is
   newer than every source file that can change a message.

These checks run with the built site's, not with the library's (``make test-lib``): an English
edit can be tested before its Japanese exists, and ``make test`` still fails until it does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from .catalogues import COMPLETE, DOCS, ROOT, TEMPLATED, docnames, po

BUILT_TEMPLATES = ROOT / "_build" / "gettext"
POT_EPOCH = "1767225600"  # Makefile: POT_EPOCH

# Files whose change can change a message: the pages, the page generator and the conf,
# the library (docstrings, catalogue) and the gallery scripts.
_SOURCE_GLOBS = [
    (DOCS, "**/*.md"),
    (DOCS, "**/*.rst"),
    (DOCS / "_ext", "*.py"),
    (DOCS / "_templates", "**/*"),
    (DOCS, "conf.py"),
    (ROOT / "activations", "**/*.py"),
    (ROOT / "gallery", "**/*.py"),
]


def _newest_source() -> float:
    newest = 0.0
    for base, pattern in _SOURCE_GLOBS:
        for path in base.glob(pattern):
            if path.is_file() and "locales" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def _templates_are_current(directory: Path) -> bool:
    pots = list(directory.rglob("*.pot")) if directory.is_dir() else []
    if not pots:
        return False
    oldest = min(p.stat().st_mtime for p in pots)
    return oldest > _newest_source()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of ``.pot`` files that reflects the current sources."""
    if _templates_are_current(BUILT_TEMPLATES):
        return BUILT_TEMPLATES
    out = tmp_path_factory.mktemp("gettext")
    env = {**os.environ, "SOURCE_DATE_EPOCH": POT_EPOCH}
    cmd = [sys.executable, "-m", "sphinx", "-b", "gettext", "-D", "language=en"]
    cmd += ["-W", "--keep-going", "-n", "-q", str(DOCS), str(out), "-d", str(out / ".doctrees")]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    # Exit status 1 is a warning (-W --keep-going), reported by `make html` as well; the
    # templates are complete.  Anything else, or no templates, means the build broke.
    if done.returncode not in (0, 1) or not (out / "index.pot").is_file():
        pytest.fail(
            "sphinx-build -b gettext failed:\n" + (done.stdout + done.stderr)[-4000:],
            pytrace=False,
        )
    return out


# ---------------------------------------------------------------------------------------------
# 0. One catalogue per document, and no catalogue without its document
# ---------------------------------------------------------------------------------------------


def test_every_document_has_a_catalogue(templates: Path) -> None:
    pots = docnames(templates, ".pot")
    assert len(pots) > 100, f"only {len(pots)} templates in {templates}"
    missing = sorted(pots - set(COMPLETE))
    assert not missing, f"documents without a Japanese catalogue (make update-po): {missing}"
    stale = sorted(set(TEMPLATED) - pots)
    assert not stale, f"catalogues of documents that no longer exist: {stale}"


# ---------------------------------------------------------------------------------------------
# 1. Nothing untranslated, nothing fuzzy
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("docname", COMPLETE)
def test_no_untranslated_or_fuzzy_message(docname: str) -> None:
    catalogue = po(docname)
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated, f"{docname}.po: {len(untranslated)} untranslated: {untranslated[:5]}"
    assert not fuzzy, f"{docname}.po: {len(fuzzy)} fuzzy: {fuzzy[:5]}"


# ---------------------------------------------------------------------------------------------
# 2. No message of the English site missing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("docname", TEMPLATED)
def test_catalogue_has_every_message_of_the_template(docname: str, templates: Path) -> None:
    pot = templates / f"{docname}.pot"
    assert pot.is_file(), f"no template for {docname} in {templates}"
    wanted = {(e.msgctxt, e.msgid) for e in polib.pofile(str(pot)) if e.msgid}
    have = {(e.msgctxt, e.msgid) for e in po(docname) if e.msgid and not e.obsolete}
    missing = sorted(m for _, m in wanted - have)
    assert not missing, (
        f"{docname}.po lacks {len(missing)} messages (make update-po): {missing[:5]}"
    )
