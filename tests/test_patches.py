"""The replacements of other packages' private functions: in place when safe, refused otherwise.

``docs/_ext/patches.py`` checks each replacement against the version range of pyproject.toml's
``docs`` extra and against the signature it was written for.  These tests prove that every
replacement is in place in the pinned environment, that a version or a signature it was not
verified against is caught (an error for a fix, a warning for a speed-up), and that the one
replacement that fixes a Sphinx bug does fix it: a rebuild writes the search index of a clean
build.
"""

from __future__ import annotations

import importlib
import inspect
import re
import sys
import types
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

import patches  # noqa: E402  (docs/_ext, path above)

#: The local extensions that replace private functions, each with a PATCHES tuple.
PATCHING_EXTENSIONS = ("build_speed", "katex_local", "search_index", "site_assets")


def all_patches() -> list[patches.Patch]:
    return [p for name in PATCHING_EXTENSIONS for p in importlib.import_module(name).PATCHES]


@pytest.mark.parametrize("patch", all_patches(), ids=lambda p: p.target)
def test_patch_is_verified_for_the_installed_version(patch: patches.Patch) -> None:
    assert patches.problem(patch) is None


def test_patches_are_in_place_after_setup(tmp_path: Path) -> None:
    """A Japanese build (the one that uses the speed-ups) has every replacement in place."""
    (tmp_path / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    app = Sphinx(
        srcdir=tmp_path,
        confdir=None,
        outdir=tmp_path / "out",
        doctreedir=tmp_path / "doctrees",
        buildername="dummy",
        confoverrides={"extensions": ["myst_parser", *PATCHING_EXTENSIONS], "language": "ja"},
        status=None,
        warning=None,
    )
    assert app.config.language == "ja"
    for patch in all_patches():
        assert patches.APPLIED.get(patch.target) is patch, patch.target
        installed = inspect.getattr_static(patch.owner, patch.attribute)
        assert getattr(installed, "__func__", installed) is patch.replacement, patch.target


def _dummy_patch(
    speed_only: bool, signature: str = "(a, b)"
) -> tuple[types.SimpleNamespace, patches.Patch]:
    def original(a, b):
        return "original"

    owner = types.SimpleNamespace(target=original, __name__="dummy")
    patch = patches.Patch(
        "sphinx", owner, "target", signature, lambda a, b: "patched", speed_only=speed_only
    )
    return owner, patch


def test_an_unverified_version_stops_a_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patches, "installed_version", lambda package: "99.0")
    owner, patch = _dummy_patch(speed_only=False)
    with pytest.raises(ExtensionError) as error:
        patches.apply(patch)
    message = str(error.value)
    assert "sphinx 99.0 is installed" in message
    assert "requirements/docs.lock" in message and "pyproject.toml" in message
    assert owner.target(1, 2) == "original"


def test_an_unverified_version_switches_a_speed_up_off(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(patches, "installed_version", lambda package: "99.0")
    owner, patch = _dummy_patch(speed_only=True)
    warned = []
    monkeypatch.setattr(patches.logger, "warning", lambda *args, **kw: warned.append(args))
    assert patches.apply(patch) is False
    assert warned and "speed-up switched off" in warned[0][0]
    assert owner.target(1, 2) == "original"


def test_a_changed_signature_is_caught() -> None:
    owner, patch = _dummy_patch(speed_only=False, signature="(a, b, c)")
    with pytest.raises(ExtensionError, match=r"changed the signature of .*target to \(a, b\)"):
        patches.apply(patch)
    assert owner.target(1, 2) == "original"


def test_a_missing_target_is_caught() -> None:
    owner, patch = _dummy_patch(speed_only=False)
    del owner.target
    assert "has no" in patches.problem(patch)


def test_a_verified_patch_is_applied() -> None:
    owner, patch = _dummy_patch(speed_only=False)
    assert patches.apply(patch) is True
    assert owner.target(1, 2) == "patched"


def test_docs_extra_admits_the_locked_versions() -> None:
    """pyproject.toml's docs extra states versions that work: the locked ones among them."""
    locked = dict(
        re.findall(
            r"^([A-Za-z0-9_.-]+)==([^\s\\]+)",
            (ROOT / "requirements" / "docs.lock").read_text(),
            re.M,
        )
    )
    locked = {name.lower().replace("_", "-"): version for name, version in locked.items()}
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    for line in extra["docs"]:
        requirement = Requirement(line)
        assert requirement.name in locked, f"{requirement.name} is not in requirements/docs.lock"
        assert locked[requirement.name] in requirement.specifier, (
            requirement,
            locked[requirement.name],
        )


GLOSSARY = """\
Title
=====

.. glossary::

   Activation function
      A function applied to each unit's input.

.. index:: single: derivative

Text.
"""


def _searchindex(out: Path) -> str:
    return (out / "searchindex.js").read_text(encoding="utf-8")


def _build(src: Path, out: Path, extensions: list[str]) -> str:
    app = Sphinx(
        srcdir=src,
        confdir=None,
        outdir=out,
        doctreedir=out / ".doctrees",
        buildername="html",
        confoverrides={"extensions": extensions},
        status=None,
        warning=None,
    )
    app.build()
    return _searchindex(out)


def test_a_rebuild_writes_the_search_index_of_a_clean_build(tmp_path: Path) -> None:
    """Without search_index a rebuild wrote "indexentries":{} (sphinx-doc/sphinx#12599), and a
    word added and removed again stayed in the index with no page ("More":[])."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "index.rst").write_text(GLOSSARY, encoding="utf-8")
    (src / "other.rst").write_text("Other\n=====\n\n.. index:: single: kink\n", encoding="utf-8")
    clean = _build(src, tmp_path / "a", ["search_index"])
    assert '"indexentries":{"activation function"' in clean
    assert '"kink":' in clean
    assert _build(src, tmp_path / "a", ["search_index"]) == clean  # no-op rebuild
    (src / "other.rst").write_text("Other\n=====\n\n.. index:: single: kink\n\nMore.\n")
    rebuilt = _build(src, tmp_path / "a", ["search_index"])
    (src / "other.rst").write_text("Other\n=====\n\n.. index:: single: kink\n", encoding="utf-8")
    assert _build(src, tmp_path / "a", ["search_index"]) == clean
    assert '"indexentries":{"activation function"' in rebuilt
