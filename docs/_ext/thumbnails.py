"""Gallery thumbnails of the activations, all in one frame so that they compare at a glance.

A page's first figure frames its own activation (the sigmoid's derivative peaks at 1/4, GELU's
dip is 0.17 deep).  The thumbnails of the gallery index and of the API pages' mini-galleries
are drawn here instead, after sphinx-gallery has run, in the frame :data:`FRAME` shared by every
activation: f solid, f' dashed, in the house style (``activations/site.mplstyle``).  What was
drawn is remembered with a digest of its inputs (the library, this module), so a rebuild draws
again only the thumbnails that sphinx-gallery replaced or whose inputs changed.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import numpy as np

#: The frame every thumbnail shares: x limits, y limits.
FRAME = ((-4.0, 4.0), (-1.5, 3.0))


def curves(record: Any, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f'(x) at the defaults; for a vector activation, a one-dimensional slice.

    The slice is the first output along ``v = (x, 0)`` when the activation keeps the length of
    its input (softmax and relatives), ``v = (x, x)`` when it halves it (GLU and other gated
    units); f' is the matching directional derivative, from the library's Jacobian.
    """
    if not record.vector:
        return np.asarray(record.function(x)), np.asarray(record.derivative(x))
    halves = np.asarray(record.function(np.zeros(2))).shape[-1] == 1
    direction = np.array([1.0, 1.0]) if halves else np.array([1.0, 0.0])
    v = x[:, None] * direction
    jacobian = np.asarray(record.derivative(v))
    return np.asarray(record.function(v))[:, 0], jacobian[:, 0, :] @ direction


def _break_jumps(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """y with NaN where it jumps (a step is not drawn as a vertical line)."""
    jump = np.abs(np.diff(y)) > 50 * np.maximum(np.diff(x), 1e-12)
    y = y.astype(float).copy()
    y[1:][jump] = np.nan
    return y


def draw(record: Any, size: tuple[int, int]) -> bytes:
    """The PNG of one thumbnail, ``size`` pixels."""
    import matplotlib.pyplot as plt

    (x0, x1), (y0, y1) = FRAME
    x = np.linspace(x0, x1, 801)
    f, d = curves(record, x)
    with plt.style.context("activations.site"):
        fig, ax = plt.subplots(figsize=(size[0] / 100, size[1] / 100), dpi=100)
        ax.axhline(0, color="0.6", lw=1)
        ax.axvline(0, color="0.6", lw=1)
        ax.plot(x, _break_jumps(x, f), "C0-", lw=3)
        ax.plot(x, _break_jumps(x, d), "C1--", lw=3)
        ax.set(xlim=(x0, x1), ylim=(y0, y1), xticks=[], yticks=[])
        ax.grid(False)
        ax.spines[:].set_visible(False)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", metadata={"Software": None})
        plt.close(fig)
    return buffer.getvalue()


def _inputs_digest(size: tuple[int, ...]) -> str:
    import activations

    digest = hashlib.sha256(repr(size).encode())
    for path in sorted([*Path(activations.__file__).parent.rglob("*.py"), Path(__file__)]):
        digest.update(path.read_bytes())
    digest.update((Path(activations.__file__).parent / "site.mplstyle").read_bytes())
    return digest.hexdigest()


def write_thumbnails(app: Any) -> list[str]:
    """Draw each catalogue entry's thumbnail over sphinx-gallery's; return the files changed."""
    import activations

    conf = app.config.sphinx_gallery_conf
    size = tuple(conf["thumbnail_size"])
    inputs = _inputs_digest(size)
    changed = []
    for gallery_dir in conf["gallery_dirs"]:
        thumbs = Path(app.srcdir, gallery_dir, "images", "thumb")
        stamp = thumbs / ".activation-thumbnails.json"
        drawn = json.loads(stamp.read_text()) if stamp.is_file() else {}
        if drawn.get("inputs") != inputs:
            drawn = {"inputs": inputs, "files": {}}
        for name, record in activations.catalog.items():
            path = thumbs / f"sphx_glr_plot_{name}_thumb.png"
            if not path.is_file():  # no example for it in this gallery
                continue
            current = hashlib.sha256(path.read_bytes()).hexdigest()
            if drawn["files"].get(path.name) == current:
                continue
            image = draw(record, size)
            if path.read_bytes() != image:
                path.write_bytes(image)
                changed.append(path.name)
            drawn["files"][path.name] = hashlib.sha256(image).hexdigest()
        if thumbs.is_dir():
            stamp.write_text(json.dumps(drawn, indent=1, sort_keys=True) + "\n")
    return changed


def _builder_inited(app: Any) -> None:
    write_thumbnails(app)


def setup(app: Any) -> dict[str, Any]:
    # after sphinx-gallery (priority 500), which writes the thumbnails of the figures it runs
    app.connect("builder-inited", _builder_inited, priority=600)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
