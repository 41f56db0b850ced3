"""Replace a private function of another package only where it is known to be safe.

The local extensions replace a few private functions of Sphinx, MyST, furo and
sphinxcontrib-katex (``docs/_ext/UPSTREAM.md`` says why and holds the upstream reports).  A
private function can change in any release, so every replacement goes through :func:`apply`,
which first checks

- that the installed version of the package lies in the range that ``pyproject.toml``'s
  ``docs`` extra states (the versions the replacement was verified against), and
- that the target still exists with the signature the replacement was written for.

If either check fails, a fix stops the build with an error naming the package, the version
found and what to do; a pure speed-up (``speed_only``) switches itself off with a warning
instead, which ``-W`` turns into an error on CI.  :data:`APPLIED` records what is in place, for
the tests.
"""

from __future__ import annotations

import functools
import inspect
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from sphinx.errors import ExtensionError
from sphinx.util import logging

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Patch:
    """``owner.attribute`` (a private function of ``package``) replaced by ``replacement``."""

    package: str  # distribution name, as in pyproject.toml
    owner: Any  # the module or class that holds the function
    attribute: str
    signature: str  # str(inspect.signature(original)) when the patch was written
    replacement: Callable[..., Any]
    speed_only: bool = False  # the site is the same without it, only slower to build

    @property
    def target(self) -> str:
        owner = getattr(self.owner, "__qualname__", None) or self.owner.__name__
        module = getattr(self.owner, "__module__", None)
        return f"{module}.{owner}.{self.attribute}" if module else f"{owner}.{self.attribute}"


#: Patches in place in this process: target -> patch.
APPLIED: dict[str, Patch] = {}


@functools.cache
def verified_versions(package: str) -> SpecifierSet:
    """The version range of ``package`` that pyproject.toml's ``docs`` extra states."""
    extras = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    for line in extras["docs"]:
        requirement = Requirement(line)
        if requirement.name == package:
            return requirement.specifier
    raise KeyError(f"{package} is not in the docs extra of {PYPROJECT}")


def installed_version(package: str) -> str:
    return metadata.version(package)


def problem(patch: Patch) -> str | None:
    """Why ``patch`` must not be applied in this environment, or None if it may."""
    version = installed_version(patch.package)
    verified = verified_versions(patch.package)
    if version not in verified:
        return (
            f"{patch.package} {version} is installed, but the replacement of {patch.target} "
            f"was verified only for {patch.package}{verified}. Install the version of "
            "requirements/docs.lock (`make venv`), or check the replacement against "
            f"{patch.package} {version} and widen the range in pyproject.toml."
        )
    original = inspect.getattr_static(patch.owner, patch.attribute, None)
    if original is None:
        return (
            f"{patch.package} {version} has no {patch.target}: the replacement no longer "
            "applies; see docs/_ext/UPSTREAM.md for what it fixed and retire or rewrite it."
        )
    found = str(inspect.signature(getattr(patch.owner, patch.attribute)))
    if found != patch.signature:
        return (
            f"{patch.package} {version} changed the signature of {patch.target} to {found} "
            f"(the replacement expects {patch.signature}): rewrite the replacement for it."
        )
    return None


def apply(patch: Patch) -> bool:
    """Put ``patch`` in place after checking it; return whether it is in place."""
    if APPLIED.get(patch.target) is patch:
        return True
    reason = problem(patch)
    if reason is not None:
        if patch.speed_only:
            logger.warning("speed-up switched off: %s", reason, type="patches")
            return False
        raise ExtensionError(reason)
    original = inspect.getattr_static(patch.owner, patch.attribute)
    replacement = patch.replacement
    if isinstance(original, classmethod) and not isinstance(replacement, classmethod):
        replacement = classmethod(replacement)
    setattr(patch.owner, patch.attribute, replacement)
    APPLIED[patch.target] = patch
    return True
