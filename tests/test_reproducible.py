"""Every way of building gives the site a clean build gives, byte for byte.

``make test`` builds ``_build/html`` and then runs these tests with ``REPRODUCIBILITY=1``. They
copy the sources (what a fresh clone holds of Makefile, pyproject.toml, requirements/,
activations/, docs/, gallery/, scripts/: files git tracks or would add, nothing generated) into
a temporary directory, build them clean with ``make html`` (same virtual environment, another
time zone), and compare, file by file (HTML, images, search index, notebooks, zips,
``objects.inv``, root files, compiled catalogues):

- that build with ``_build/html``, which is itself a clean build or a rebuild after one (a
  newcomer runs ``make html``, then ``make test``);
- that build with a no-op rebuild of it;
- that build with a rebuild after an edit to a gallery script, a docstring and a translation
  catalogue, and the rebuild after reverting them;
- that build with ``make html`` after a ``make livehtml`` session.

A ``.po`` without a ``POT-Creation-Date`` header compiles to a ``.mo`` dated with the time of
the build, so the compiled catalogues are compared as well. A clean build takes minutes, so
without ``REPRODUCIBILITY=1`` the tests are skipped (a failure under ``CI=true``, where
``make test`` must run everything).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html")).resolve()
# The build's inputs at the top of the repository (README, tests and the like do not enter it).
SOURCES = (
    "Makefile",
    "pyproject.toml",
    "CITATION.cff",
    "requirements/",
    "activations/",
    "docs/",
    "gallery/",
    "scripts/",
)
OTHER_TZ = "UTC" if os.environ.get("TZ") == "Asia/Tokyo" else "Asia/Tokyo"
VENV = Path(sys.prefix)

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


def make_command(tree: Path, *targets: str, **variables: str) -> list[str]:
    """``make`` in ``tree`` with the environment running the tests (never reinstalled there)."""
    stamps = [
        f"--old-file={VENV / stamp}" for stamp in (".docs-lock-installed", ".test-lock-installed")
    ]
    settings = [f"{k}={v}" for k, v in {"VENV": str(VENV), **variables}.items()]
    return ["make", "-C", str(tree), "--no-print-directory", *targets, *settings, *stamps]


def make(tree: Path, *targets: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        make_command(tree, *targets),
        capture_output=True,
        text=True,
        # Another time zone than the first build's: local times must not leak into the site.
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TZ": OTHER_TZ},
    )


def build(tree: Path) -> float:
    start = time.perf_counter()
    proc = make(tree, "html")
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0, (
        f"make html failed in {tree} (exit {proc.returncode}, {elapsed:.0f} s):\n"
        + (proc.stdout + proc.stderr)[-4000:]
    )
    return elapsed


def state(tree: Path) -> dict[str, str]:
    """Digest of every file of the built site and every compiled catalogue under ``tree``."""
    files = {
        f"site/{rel}": path for rel, path in compare_trees.files(tree / "_build" / "html").items()
    }
    locales = tree / "docs" / "locales"
    files.update({f"mo/{p.relative_to(locales)}": p for p in locales.rglob("*.mo")})
    return {rel: hashlib.sha256(path.read_bytes()).hexdigest() for rel, path in files.items()}


def changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    keys = before.keys() | after.keys()
    return sorted(k for k in keys if before.get(k) != after.get(k))


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A copy of the sources built clean once, and the state of that build."""
    _require(
        os.environ.get("REPRODUCIBILITY") == "1",
        "the reproducibility checks build the site again (minutes): "
        "set REPRODUCIBILITY=1 (`make test` does)",
    )
    _require(shutil.which("make") is not None, "GNU make is not installed")
    _require(shutil.which("git") is not None, "git is not installed (sources are what it tracks)")
    tree = tmp_path_factory.mktemp("repro") / "src"
    copy_sources(tree)
    elapsed = build(tree)
    print(f"\nreproducibility: clean build {elapsed:.0f} s")
    return tree, state(tree)


def test_two_clean_builds_are_identical(clean: tuple[Path, dict[str, str]]) -> None:
    tree, _ = clean
    _require(
        (SITE / "index.html").is_file() and (SITE / "en" / "index.html").is_file(),
        f"no complete built site at {SITE} (run `make html`)",
    )
    other = tree / "_build" / "html"
    diff = compare_trees.compare(SITE, other)
    assert not diff, (
        f"{SITE} and a clean build of the same sources differ:\n"
        + compare_trees.report(SITE, other, diff)
    )
    here = {p.relative_to(ROOT): p.read_bytes() for p in (ROOT / "docs").rglob("*.mo")}
    there = {p.relative_to(tree): p.read_bytes() for p in (tree / "docs").rglob("*.mo")}
    assert here == there, "compiled catalogues differ between the two builds"


def test_a_no_op_rebuild_changes_nothing(clean: tuple[Path, dict[str, str]]) -> None:
    tree, built = clean
    elapsed = build(tree)
    print(f"\nreproducibility: no-op rebuild {elapsed:.1f} s")
    assert not changes(built, state(tree))


#: One edit of each kind of source: a gallery script's description (which the gallery index and
#: the API pages' mini-galleries show), a docstring, a page's translation, the theme's.
#: Each inserts text at a place found by a pattern.
EDITS = {
    "gallery/plot_relu.py": (r"\n=+\n\n", "An edit, reverted below. "),
    "activations/piecewise.py": (r"\ndef relu\(x\):\n    r\"\"\"", "An edit. "),
    "docs/locales/ja/LC_MESSAGES/index.po": (
        r'\nmsgid "Activation functions[^"]*"\nmsgstr "',
        "編集。",
    ),
    # the theme's strings, shown by every page
    "docs/locales/ja/LC_MESSAGES/sphinx.po": (r'\nmsgid "Back to top"\nmsgstr "', "編集。"),
}


def test_an_edit_reverted_changes_nothing(clean: tuple[Path, dict[str, str]]) -> None:
    tree, built = clean
    originals = {name: (tree / name).read_text(encoding="utf-8") for name in EDITS}
    for name, (place, insertion) in EDITS.items():
        found = re.search(place, originals[name])
        assert found, f"{name} has no place matching {place!r}: choose another edit"
        text = originals[name]
        (tree / name).write_text(text[: found.end()] + insertion + text[found.end() :], "utf-8")
    build(tree)
    edited = changes(built, state(tree))
    for page in (
        "site/en/auto_examples/plot_relu.html",
        # the mini-gallery of a page whose own docstring did not change
        "site/en/reference/generated_catalog/functions/activations.relu_derivative.html",
        "site/ja/index.html",
        "site/ja/glossary.html",
    ):
        assert page in edited, f"the edit did not reach {page}: {edited[:10]}"
    for name, text in originals.items():
        (tree / name).write_text(text, encoding="utf-8")
    build(tree)
    assert not changes(built, state(tree))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_make_html_after_a_livehtml_session_changes_nothing(
    clean: tuple[Path, dict[str, str]],
) -> None:
    tree, built = clean
    _require((VENV / "bin" / "sphinx-autobuild").is_file(), "sphinx-autobuild is not installed")
    session = subprocess.Popen(
        make_command(tree, "livehtml", PORT=str(port := _free_port())),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and session.poll() is None:
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break  # the server starts after the first build
            time.sleep(1)
        assert session.poll() is None, "make livehtml exited"
        assert (tree / "_build" / "live" / "index.html").is_file()
    finally:
        os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=60)
    build(tree)
    assert not changes(built, state(tree))
