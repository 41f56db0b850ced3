"""A rebuild after an edit to the site's own build code gives what a clean build gives.

Sphinx re-reads and rewrites only the pages whose sources changed; it cannot know that an
extension of ``docs/_ext`` changed what it writes.  This extension reports a digest of that
code as its environment version, and Sphinx starts from a fresh environment whenever an
extension's version changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

CODE = Path(__file__).resolve().parent


def digest() -> int:
    """A number that changes with any file of the local extensions (code and templates)."""
    sha = hashlib.sha256()
    for path in sorted(p for p in CODE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        sha.update(path.relative_to(CODE).as_posix().encode() + b"\0" + path.read_bytes())
    return int(sha.hexdigest()[:12], 16)


def setup(app: Any) -> dict[str, Any]:
    return {"env_version": digest(), "parallel_read_safe": True, "parallel_write_safe": True}
