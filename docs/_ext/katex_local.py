"""Make sphinxcontrib-katex's build-time rendering robust on a busy machine.

sphinxcontrib-katex (``katex_prerender = True``) starts a node render server and connects
to its unix socket as soon as the socket file exists. Under load the server has bound the
socket but not yet listened, the connection is refused, the build crashes, and the node
process is left behind holding the build's stdout/stderr open (a ``make`` or CI step that
captures output then hangs). Here the connection is retried until the startup timeout,
the server is killed on failure, and the timeouts are generous.  The replaced class method is
private: :mod:`patches` checks it before replacing it.
"""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from patches import Patch, apply
from sphinx.application import Sphinx
from sphinxcontrib import katex

STARTUP_TIMEOUT = 120.0
RENDER_TIMEOUT = 60.0


def _start_server_process(cls: type, rundir: Path, timeout: float) -> tuple[Any, socket.socket]:
    socket_path = Path(rundir) / "katex.sock"
    cmd = cls.build_command(socket=socket_path)
    process = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=rundir,
    )
    deadline = time.monotonic() + timeout
    try:
        while True:
            if process.poll() is not None:
                raise katex.ExtensionError(
                    f"KaTeX server exited with {process.returncode} (is node installed?)"
                )
            if socket_path.is_socket():
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                try:
                    sock.settimeout(max(deadline - time.monotonic(), 0.1))
                    sock.connect(str(socket_path))
                    sock.settimeout(None)
                    return process, sock
                except (ConnectionRefusedError, FileNotFoundError):
                    sock.close()
            if time.monotonic() > deadline:
                raise cls.timeout_error(timeout)
            time.sleep(0.01)
    except BaseException:
        process.kill()
        process.wait()
        raise


PATCHES = (
    Patch(
        "sphinxcontrib-katex",
        katex.KaTeXServer,
        "start_server_process",
        "(rundir, timeout)",
        _start_server_process,
    ),
)


def setup(app: Sphinx) -> dict[str, Any]:
    katex.STARTUP_TIMEOUT = STARTUP_TIMEOUT
    katex.RENDER_TIMEOUT = RENDER_TIMEOUT
    for patch in PATCHES:
        apply(patch)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
