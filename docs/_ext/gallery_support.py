"""sphinx-gallery helpers for docs/conf.py, and an extension for what sphinx-gallery misses.

- :func:`setup` (listed in ``extensions``):

  - a rebuild re-reads the pages with a ``minigallery`` when an example's title or description
    changed.  The directive reads ``backreferences_all.json`` without telling Sphinx, which
    rewrites that file on every build, so Sphinx would keep the old thumbnails text on the API
    pages until a clean build;
  - the downloads are what a reader runs: the ``.py`` files (and the ``.py`` in each zip) start
    with the licence (:func:`site_config.licence_header`, the notebooks' first cell) and lose
    the checks that the page runs but does not show (``# sphinx_gallery_start_ignore`` blocks)
    and sphinx-gallery's configuration comments, as the rendered code and the notebooks do;
    the zips are dated with the build's ``SOURCE_DATE_EPOCH``, not the files' times, so that
    two builds of the same sources are byte-identical.
- :class:`CatalogueOrder`: order ``plot_<name>.py`` as ``activations.catalog`` does
  (families in site order), other scripts after them by file name.
- :func:`warnings_as_errors`: a ``reset_modules`` hook turning every warning raised while an
  example runs into an exception, so that the example fails and so does the build.
- :func:`invalidate_on_library_change`: sphinx-gallery's md5 cache only hashes the example
  file; when the library's source changes, drop the cache so every example runs again.
- :func:`require_examples`: a catalogue entry without ``gallery/plot_<name>.py`` fails the
  build and names the missing file (sphinx-gallery alone would just leave the page out).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import time
import warnings
import zipfile
from pathlib import Path
from typing import Any

from site_config import licence_header

_active: list[warnings.catch_warnings] = []


class CatalogueOrder:
    """Sort key for ``within_subsection_order``: catalogue order, then file name."""

    def __init__(self, src_dir: str) -> None:
        self.src_dir = src_dir
        try:
            import activations

            self.order = {name: i for i, name in enumerate(activations.catalog)}
        except Exception:  # pragma: no cover - the library failing to import fails elsewhere
            self.order = {}

    def __call__(self, filename: str) -> tuple[int, str]:
        stem = Path(filename).stem
        name = stem.removeprefix("plot_")
        return (self.order.get(name, len(self.order)), stem)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def warnings_as_errors(gallery_conf: dict, fname: str, when: str) -> None:
    """Make warnings raised inside an example errors ("before"), restore after."""
    if when == "before":
        guard = warnings.catch_warnings()
        guard.__enter__()
        _active.append(guard)
        warnings.simplefilter("error")
        # Agg cannot show figures; plt.show() in an example is expected and harmless.
        warnings.filterwarnings(
            "ignore",
            category=UserWarning,
            message=r"(Matplotlib is currently using agg|(\n|.)*is non-interactive)",
        )
    else:
        while _active:
            _active.pop().__exit__(None, None, None)


def library_hash(library: Path) -> str:
    """SHA-256 over the library's Python sources (paths and contents)."""
    digest = hashlib.sha256()
    for path in sorted(library.rglob("*.py")):
        digest.update(str(path.relative_to(library)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def invalidate_on_library_change(library: Path, gallery_out: Path) -> bool:
    """Delete the gallery's ``*.md5`` files when ``library`` changed; return True if so."""
    stamp = gallery_out / ".library-sha256"
    current = library_hash(library)
    if stamp.exists() and stamp.read_text().strip() == current:
        return False
    changed = False
    if gallery_out.exists():
        for md5 in gallery_out.rglob("*.md5"):
            md5.unlink()
            changed = True
    gallery_out.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current + "\n")
    return changed


def require_examples(gallery: Path) -> None:
    """Raise a ConfigError naming every ``plot_<name>.py`` the catalogue needs and lacks."""
    from sphinx.errors import ConfigError

    import activations

    missing = [
        f"gallery/plot_{name}.py"
        for name in activations.catalog
        if not (gallery / f"plot_{name}.py").is_file()
    ]
    if missing:
        raise ConfigError(f"catalogue entries without a gallery example: {', '.join(missing)}")


def _backreferences_digest(app: Any) -> str:
    conf = app.config.sphinx_gallery_conf
    path = Path(app.srcdir, conf["backreferences_dir"], "backreferences_all.json")
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _minigallery_pages(app: Any, env: Any, added: set, changed: set, removed: set) -> list[str]:
    """The pages with a minigallery, when the examples they show changed since the last build."""
    digest = _backreferences_digest(app)
    previous = getattr(env, "activations_backreferences_digest", None)
    env.activations_backreferences_digest = digest
    if previous is None or previous == digest:
        return []
    return sorted(
        docname
        for docname in env.found_docs
        if "minigallery::" in env.doc2path(docname).read_text(encoding="utf-8")
    )


def reader_source(code: str) -> str:
    """A gallery script as a reader downloads it: the licence on top, no hidden checks, no
    gallery configuration."""
    from sphinx_gallery.py_source_parser import remove_config_comments, remove_ignore_blocks

    body = re.sub(r"\n{3,}(?=\S)", "\n\n", remove_config_comments(remove_ignore_blocks(code)))
    return body if body.startswith(licence_header()) else licence_header() + body


def _zip_with(path: Path, transform: Any, stamp: tuple[int, ...]) -> bytes:
    """The zip's members through ``transform(name, data)``, each dated ``stamp``."""
    with zipfile.ZipFile(path) as old:
        members = [(info, transform(info.filename, old.read(info))) for info in old.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in members:
            dated = zipfile.ZipInfo(info.filename, stamp)
            dated.compress_type = zipfile.ZIP_DEFLATED
            dated.external_attr = info.external_attr
            new.writestr(dated, data)
    return buffer.getvalue()


def clean_downloads(outdir: Path) -> None:
    """Rewrite the downloadable scripts and zips of a built site for readers (see above)."""

    def clean(name: str, data: bytes) -> bytes:
        return reader_source(data.decode("utf-8")).encode("utf-8") if name.endswith(".py") else data

    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)  # >= 1980
    stamp = time.gmtime(epoch)[:6]
    for path in sorted((outdir / "_downloads").glob("*/*")):
        if path.suffix == ".py":
            data = clean(path.name, path.read_bytes())
        elif path.suffix == ".zip":
            data = _zip_with(path, clean, stamp)
        else:
            continue
        if path.read_bytes() != data:
            path.write_bytes(data)


def _build_finished(app: Any, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        clean_downloads(Path(app.outdir))


def setup(app: Any) -> dict[str, Any]:
    app.connect("env-get-outdated", _minigallery_pages)
    app.connect("build-finished", _build_finished)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
