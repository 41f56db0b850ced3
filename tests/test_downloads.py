"""Every example a reader downloads runs as it is, in an environment a reader would make.

The environment has the library's wheel (built from this checkout), numpy and matplotlib, and
nothing else: no scipy, no mpmath, no test helpers, no PYTHONPATH.  An example that imports
anything more must name it in ``EXTRAS`` (and its page must say so).  Each script runs with
matplotlib's Agg backend and warnings as errors, the way the site's build runs it.

A translated download has the English one's code with its text translated (checked by
tests/test_translated_downloads.py), so of each translation's scripts all are compiled with
warnings as errors (a reST escape in a docstring would warn) and the shortest one runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from site_config import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402  (docs/_ext, path above)

SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html"))
#: What a reader installs with the library to run the examples.
READER_PACKAGES = ["numpy", "matplotlib"]
#: The few examples that need one more package, as their pages say.
EXTRAS = {"plot_numerical_stability.py": ["mpmath", "scipy"]}


def downloads(lang: str) -> list[Path]:
    """The scripts the language's pages offer."""
    return sorted((SITE / lang / "_downloads").glob("*/*.py"))


def distributions(names: list[str]) -> set[str]:
    """The installed distributions that ``names`` need at run time (their requirements too)."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        dist = metadata.distribution(name)
        if dist.metadata["Name"].lower() in seen:
            continue
        seen.add(dist.metadata["Name"].lower())
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def link_distributions(names: set[str], site_packages: Path) -> None:
    """Make installed distributions importable in ``site_packages`` (symlinks, no download)."""
    for name in names:
        dist = metadata.distribution(name)
        tops = {f.parts[0] for f in dist.files or () if ".." not in f.parts}
        for top in tops - {"__pycache__"}:
            target = Path(dist.locate_file(top))
            link = site_packages / top
            if target.exists() and not link.exists():
                link.symlink_to(target)


@pytest.fixture(scope="module")
def reader_python(tmp_path_factory) -> Path:
    if not all(downloads(lang) for lang in LANGUAGES):
        pytest.fail(f"no downloaded examples in {SITE}: run `make html`")
    work = tmp_path_factory.mktemp("reader")
    # from a copy: setuptools would leave build/ in the checkout, and reuse it next time
    source = work / "source"
    shutil.copytree(
        ROOT / "activations", source / "activations", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    pip_wheel = "pip wheel --quiet --no-deps --no-build-isolation --no-index --wheel-dir"
    subprocess.run(
        [sys.executable, "-m", *pip_wheel.split(), work / "wheel", source],
        check=True,
        capture_output=True,
    )
    venv.create(work / "env", with_pip=True)
    python = work / "env" / "bin" / "python"
    wheel = next((work / "wheel").glob("*.whl"))
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", wheel],
        check=True,
        capture_output=True,
    )
    site_packages = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    link_distributions(distributions(READER_PACKAGES), site_packages)
    for extra in EXTRAS.values():
        extra_dir = work / "extras" / "-".join(extra)
        if not extra_dir.exists():
            extra_dir.mkdir(parents=True)
            link_distributions(distributions(extra) - distributions(READER_PACKAGES), extra_dir)
    return python


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_download_runs_in_a_readers_environment(reader_python, lang: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MPL"))}
    env["MPLBACKEND"] = "Agg"
    extras = reader_python.parents[2] / "extras"
    scripts = downloads(lang)
    if lang != SOURCE_LANGUAGE:
        compile_all = "import sys\nfor p in sys.argv[1:]: compile(open(p, 'rb').read(), p, 'exec')"
        result = subprocess.run(
            [reader_python, "-W", "error", "-c", compile_all, *scripts],
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr[-1500:]
        scripts = [min(scripts, key=lambda path: path.stat().st_size)]

    def run(path: Path) -> str:
        extra = EXTRAS.get(path.name)
        result = subprocess.run(
            [reader_python, "-W", "error", path.name],
            cwd=path.parent,
            env={**env, "PYTHONPATH": str(extras / "-".join(extra))} if extra else env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        return result.returncode and f"{path.relative_to(SITE)}:\n{result.stderr[-1500:]}"

    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        failures = [failure for failure in pool.map(run, scripts) if failure]
    assert not failures, "\n".join(failures)


def test_the_environment_has_nothing_more(reader_python) -> None:
    """The check above means something only if the wheel is used and scipy, mpmath are not there."""
    for module in ("scipy", "mpmath", "pytest"):
        result = subprocess.run(
            [reader_python, "-I", "-c", f"import {module}"], capture_output=True
        )
        assert result.returncode != 0, f"{module} is importable in the reader's environment"
    where = subprocess.check_output(
        [reader_python, "-I", "-c", "import activations; print(activations.__file__)"], text=True
    )
    assert Path(where).is_relative_to(reader_python.parents[1]), f"activations from {where}"
