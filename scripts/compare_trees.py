"""Compare two directory trees byte for byte (reproducible-build check).

Usage: ``python scripts/compare_trees.py TREE_A TREE_B [--ignore GLOB ...]``

Prints the files present in only one tree and the files whose bytes differ, each with a short
hint of where they differ (the first differing line of a text file; the members, timestamps or
permissions of a zip archive; the first differing byte otherwise). Exit status 0 when the trees
are identical, 1 otherwise. ``tests/test_reproducible.py`` uses :func:`compare` and
:func:`explain`.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {
    ".html",
    ".js",
    ".css",
    ".txt",
    ".xml",
    ".json",
    ".ipynb",
    ".py",
    ".rst",
    ".md",
    ".svg",
    ".inv",
    ".pot",
    ".po",
    ".buildinfo",
}


@dataclass
class Difference:
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    differ: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.only_a or self.only_b or self.differ)


def files(root: Path, ignore: tuple[str, ...] = ()) -> dict[str, Path]:
    """Relative POSIX path -> path of every file (and symlink) below ``root``."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() or path.is_symlink():
            rel = path.relative_to(root).as_posix()
            if not any(fnmatch.fnmatch(rel, pattern) for pattern in ignore):
                found[rel] = path
    return found


def _digest(path: Path) -> bytes:
    if path.is_symlink():
        return b"link:" + str(path.readlink()).encode()
    return hashlib.sha256(path.read_bytes()).digest()


def compare(a: Path, b: Path, ignore: tuple[str, ...] = ()) -> Difference:
    """The files only in ``a``, only in ``b``, and in both with different bytes (sorted)."""
    fa, fb = files(a, ignore), files(b, ignore)
    return Difference(
        only_a=sorted(fa.keys() - fb.keys()),
        only_b=sorted(fb.keys() - fa.keys()),
        differ=sorted(rel for rel in fa.keys() & fb.keys() if _digest(fa[rel]) != _digest(fb[rel])),
    )


def _zip_hint(a: Path, b: Path) -> str:
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        ia = {i.filename: i for i in za.infolist()}
        ib = {i.filename: i for i in zb.infolist()}
        if list(ia) != list(ib):
            if set(ia) != set(ib):
                return f"members differ: {sorted(set(ia) ^ set(ib))[:5]}"
            return "same members in a different order"
        for name, x in ia.items():
            y = ib[name]
            if x.date_time != y.date_time:
                return f"{name}: timestamp {x.date_time} != {y.date_time}"
            if x.external_attr != y.external_attr:
                return f"{name}: permissions {x.external_attr:o} != {y.external_attr:o}"
            if za.read(name) != zb.read(name):
                return f"{name}: content differs"
        return "same members, metadata differs (compression, comments, extra fields)"


def explain(a: Path, b: Path) -> str:
    """A one-line hint of where two files differ."""
    try:
        if zipfile.is_zipfile(a) and zipfile.is_zipfile(b):
            return _zip_hint(a, b)
        da, db = a.read_bytes(), b.read_bytes()
        if a.suffix in TEXT_SUFFIXES:
            la, lb = (
                da.decode("utf-8", "replace").splitlines(),
                db.decode("utf-8", "replace").splitlines(),
            )
            for n, (x, y) in enumerate(zip(la, lb, strict=False), 1):
                if x != y:
                    start = (
                        next(i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q)
                        if (x[: len(y)] != y[: len(x)])
                        else min(len(x), len(y))
                    )
                    lo = max(0, start - 40)
                    return f"line {n}: {x[lo : start + 60]!r} != {y[lo : start + 60]!r}"
            return f"{len(la)} lines != {len(lb)} lines"
        for i, (x, y) in enumerate(zip(da, db, strict=False)):
            if x != y:
                return f"byte {i} of {len(da)} / {len(db)}"
        return f"{len(da)} bytes != {len(db)} bytes"
    except Exception as error:  # a hint must never hide the difference itself
        return f"({type(error).__name__}: {error})"


def report(a: Path, b: Path, diff: Difference, limit: int = 50) -> str:
    lines = [f"only in {a}: {rel}" for rel in diff.only_a[:limit]]
    lines += [f"only in {b}: {rel}" for rel in diff.only_b[:limit]]
    lines += [f"differs: {rel}: {explain(a / rel, b / rel)}" for rel in diff.differ[:limit]]
    total = len(diff.only_a) + len(diff.only_b) + len(diff.differ)
    if total > len(lines):
        lines.append(f"... {total - len(lines)} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--ignore", action="append", default=[], help="glob of relative paths")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)
    diff = compare(args.a, args.b, tuple(args.ignore))
    if diff:
        print(report(args.a, args.b, diff, args.limit))
        return 1
    print(f"identical: {len(files(args.a, tuple(args.ignore)))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
