"""Two clean builds with the same ``SOURCE_DATE_EPOCH`` give byte-identical sites.

``make test`` builds ``_build/html`` and then runs this test with ``REPRODUCIBILITY=1``: it copies
the sources (what a fresh clone holds of Makefile, pyproject.toml, requirements/, activations/,
docs/, gallery/, scripts/: files git tracks or would add, nothing generated) into a temporary
directory, runs
``make html`` there with the same virtual environment, in another time zone, and compares the
two trees file by file: HTML, images, search index, notebooks, zips, ``objects.inv``, root
files. The compiled translation catalogues (``docs/locales/**/*.mo``, written by the build) are
compared as well: a ``.po`` without a ``POT-Creation-Date`` header compiles to a ``.mo`` dated
with the time of the build (babel fills the date in).

A clean build takes minutes, so without ``REPRODUCIBILITY=1`` the test is skipped (a failure
under ``CI=true``, where ``make test`` must run everything). ``_build/html`` must itself come from
a clean build of the same sources: ``make clean html`` first if files differ only because the
tree holds pages from an older build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html")).resolve()
# The build's inputs at the top of the repository (README, tests and the like do not enter it).
SOURCES = (
    "Makefile",
    "pyproject.toml",
    "requirements/",
    "activations/",
    "docs/",
    "gallery/",
    "scripts/",
)

OTHER_TZ = "UTC" if os.environ.get("TZ") == "Asia/Tokyo" else "Asia/Tokyo"

sys.path.insert(0, str(ROOT / "scripts"))
import compare_trees  # noqa: E402  (scripts/, path above)


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"required under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def copy_sources(dest: Path) -> None:
    """Copy what a fresh clone holds into ``dest``: the files git tracks, and new files it does
    not ignore (nothing generated, no compiled catalogues), under :data:`SOURCES`."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", *SOURCES],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        if (ROOT / name).is_file():  # a tracked file deleted in the working tree is not copied
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)


def _catalogues(root: Path) -> dict[str, bytes]:
    locales = root / "docs" / "locales"
    return {
        p.relative_to(locales).as_posix(): p.read_bytes() for p in sorted(locales.rglob("*.mo"))
    }


def test_two_clean_builds_are_identical() -> None:
    _require(
        os.environ.get("REPRODUCIBILITY") == "1",
        "the reproducibility check builds the site a second time (minutes): "
        "set REPRODUCIBILITY=1 (`make test` does)",
    )
    _require(
        (SITE / "index.html").is_file() and (SITE / "en" / "index.html").is_file(),
        f"no complete built site at {SITE} (run `make html`)",
    )
    _require(shutil.which("make") is not None, "GNU make is not installed")
    _require(
        shutil.which("git") is not None, "git is not installed (the sources are what git tracks)"
    )
    venv = Path(sys.prefix)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "the Makefile default")
    with tempfile.TemporaryDirectory(prefix="repro-") as tmp:
        copy = Path(tmp) / "src"
        copy_sources(copy)
        start = time.perf_counter()
        proc = subprocess.run(
            # VENV: the environment running the tests; -o: never reinstall it from the copy.
            [
                "make",
                "-C",
                str(copy),
                "--no-print-directory",
                "html",
                f"VENV={venv}",
                "-o",
                str(venv / ".docs-lock-installed"),
            ],
            capture_output=True,
            text=True,
            # Another time zone than the first build's: local times must not leak into the site.
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TZ": OTHER_TZ},
        )
        elapsed = time.perf_counter() - start
        assert proc.returncode == 0, (
            f"the second clean build failed (exit {proc.returncode}, {elapsed:.0f} s):\n"
            + (proc.stdout + proc.stderr)[-4000:]
        )
        other = copy / "_build" / "html"
        diff = compare_trees.compare(SITE, other)
        mo_here, mo_there = _catalogues(ROOT), _catalogues(copy)
        mo_differ = sorted(k for k in mo_here.keys() & mo_there.keys() if mo_here[k] != mo_there[k])
        mo_missing = sorted(mo_there.keys() - mo_here.keys())
        print(
            f"\nreproducibility: second clean build {elapsed:.0f} s, "
            f"{len(compare_trees.files(other))} files compared, SOURCE_DATE_EPOCH={epoch}"
        )
        assert not diff, (
            f"{SITE} and a second clean build differ (SOURCE_DATE_EPOCH={epoch}); if "
            "_build/html is not from a clean build of the current sources, run `make clean html`:\n"
            + compare_trees.report(SITE, other, diff)
        )
        assert not mo_differ, f"compiled catalogues differ between two builds: {mo_differ}"
        assert not mo_missing, f"catalogues compiled only by the second build: {mo_missing}"
