"""A throwaway JupyterLab server for the browser tests: start it, talk to it, stop it cleanly.

* It runs from the course environment (``.venv``), listens on 127.0.0.1 only, on a free port,
  with its configuration, data, runtime, settings and workspace folders in a temporary folder:
  nothing of the developer's own Jupyter set-up is read or changed.
* It serves a temporary *copy* of the notebooks, outputs cleared, so the committed notebooks are
  never modified and everything on screen was produced by the test's own run.
* Stopping it sends SIGTERM (the server then shuts its kernels down), waits, kills it if needed,
  and then kills by id any kernel process it started that is still alive.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
SERVER_LOG = ARTIFACTS / "browser" / "jupyter-server.log"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium tries to reach Google's services (refused
# here, and noise anywhere): the browser talks to 127.0.0.1 only.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # No zygote: Chromium's helper processes stay children of the browser process, which reaps them
    # when it closes (zygote helpers are re-parented to PID 1 and can linger as zombies in containers).
    "--no-zygote",
]
SERVER_START_TIMEOUT_S = 60.0
SERVER_STOP_TIMEOUT_S = 20.0

# JupyterLab user settings: no "get notified about Jupyter news?" toast, no update check, no
# autosave (the copy is thrown away anyway). Written as <settings dir>/<plugin>.jupyterlab-settings.
LAB_USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
}
# Server side: the course's own Jupyter config (what `course.py start` uses): never fetch the news
# feed nor check for a newer JupyterLab, no extension installs from PyPI (all would go to the
# internet). `"news_url": null` is LabApp.news_url=None; the page config then says news are off.
SERVER_CONFIG = json.loads(
    (ROOT / "jupyter_config" / "jupyter_server_config.json").read_text(encoding="utf-8")
)


def find_notebooks(folder: Path) -> list[Path]:
    """The course notebooks (``NN_name.ipynb``) in ``folder``, sorted: new ones are picked up."""
    return sorted(folder.glob(NOTEBOOK_PATTERN))


def venv_python() -> Path:
    """The course environment's Python (``.venv``), or this interpreter if there is none."""
    candidate = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return candidate if candidate.exists() else Path(sys.executable)


def free_loopback_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the server is told not to fall back to another)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fingerprint(folder: Path, pattern: str = "*") -> dict[str, str]:
    """SHA-256 of every file matching ``pattern`` under ``folder`` (checkpoints ignored)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob(pattern))
        if p.is_file() and ".ipynb_checkpoints" not in p.parts
    }


def cleared_copy(source: Path, target: Path) -> None:
    """Copy a notebook with outputs and execution counts cleared (as "Clear All Outputs" would)."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    target.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write_throwaway_config(config_dir: Path) -> None:
    """Server config and JupyterLab user settings for a quiet, offline, throwaway server."""
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "jupyter_server_config.json").write_text(
        json.dumps(SERVER_CONFIG, indent=2), encoding="utf-8"
    )
    for plugin, values in LAB_USER_SETTINGS.items():
        path = config_dir / "lab" / "user-settings" / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2), encoding="utf-8")


def _descendants(pid: int) -> set[int]:
    """Ids of the processes started, directly or not, by ``pid`` (from /proc; empty elsewhere).

    Kernels run in sessions of their own, so a process-group kill would miss them: the ids are
    collected while the server runs, and any still alive after it stopped are killed by id.
    """
    proc = Path("/proc")
    if not proc.is_dir():
        return set()
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo and len(found) < 1000:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie, already exited, counts as dead)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    stat = Path(f"/proc/{pid}/stat")
    try:
        return (
            not stat.exists()
            or stat.read_text(encoding="utf-8", errors="replace").rsplit(")", 1)[1].split()[0] != "Z"
        )
    except OSError:
        return False


@dataclass
class LabServer:
    """A running throwaway JupyterLab: where it listens, what it serves, and its process."""

    url: str
    root_dir: Path
    process: subprocess.Popen
    log_path: Path
    seen_pids: set[int] = field(default_factory=set)

    def api(self, path: str, timeout: float = 5.0) -> object:
        """GET a JSON endpoint of the server's REST API (``/api/...``), on the loopback address."""
        with urllib.request.urlopen(f"{self.url}{path}", timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))

    def remember_children(self) -> None:
        """Record the server's child processes (kernels) so that stopping can clean up after it."""
        self.seen_pids |= _descendants(self.process.pid)

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server's log, for error messages."""
        text = self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def start_lab_server(notebooks: list[Path], workdir: Path, log_path: Path = SERVER_LOG) -> LabServer:
    """Start JupyterLab in ``workdir`` (a temporary folder) serving cleared copies of ``notebooks``.

    The served tree is ``workdir/project`` with ``notebooks/`` (the copies) and ``texts/`` (a
    copy: the notebooks read texts through ``helpers``, which finds the repository's texts/ next to
    itself, read-only; the copy also serves any relative path such as ``../texts/x.txt``).
    Returns once ``/api/status`` answers; raises RuntimeError (with the log's tail) otherwise.
    """
    root_dir = workdir / "project"
    (root_dir / "notebooks").mkdir(parents=True)
    for path in notebooks:
        cleared_copy(path, root_dir / "notebooks" / path.name)
    shutil.copytree(ROOT / "texts", root_dir / "texts")
    config_dir = workdir / "config"
    write_throwaway_config(config_dir)

    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_"))}
    env.pop("MPLBACKEND", None)  # a student's JupyterLab uses the inline backend, not Agg
    env.update(
        JUPYTER_CONFIG_DIR=str(config_dir),
        JUPYTER_DATA_DIR=str(workdir / "data"),
        JUPYTER_RUNTIME_DIR=str(workdir / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(config_dir / "lab" / "user-settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(workdir / "workspaces"),
        IPYTHONDIR=str(workdir / "ipython"),
        PYTHONUNBUFFERED="1",
    )
    port = free_loopback_port()
    command = [
        str(venv_python()),
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        # Authentication is switched off ONLY for this throwaway test server: it listens on the
        # loopback address only, on a random port, serves a temporary copy of the notebooks, and
        # is stopped when the tests end. (IdentityProvider.token is the current name of
        # ServerApp.token, which jupyter-server 2 reports as deprecated.) `course.py start` keeps
        # Jupyter's token authentication on.
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root_dir}",
        # window.jupyterapp, for the test page only: the test reads each code cell's execution count
        # from the notebook model (prose cells' inputs are hidden, so their prompts prove nothing).
        "--LabApp.expose_app_in_browser=True",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--ServerApp.allow_root=True")  # CI containers run as root
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command, cwd=root_dir, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    server = LabServer(url=f"http://127.0.0.1:{port}", root_dir=root_dir, process=process, log_path=log_path)
    try:
        _wait_for_status(server)
    except BaseException:
        stop_lab_server(server)
        raise
    return server


def _wait_for_status(server: LabServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"JupyterLab exited with code {server.process.returncode} while starting:\n"
                f"{server.log_tail()}"
            )
        try:
            status = server.api("/api/status", timeout=2.0)
            if isinstance(status, dict) and "started" in status:
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError) as exc:
            last_error = exc
        time.sleep(0.25)
    raise RuntimeError(
        f"JupyterLab did not answer /api/status within {SERVER_START_TIMEOUT_S:.0f} s "
        f"({last_error}):\n{server.log_tail()}"
    )


def stop_lab_server(server: LabServer) -> None:
    """SIGTERM (the server shuts its kernels down), wait, SIGKILL if needed; then stray kernels by id."""
    process = server.process
    server.remember_children()
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=SERVER_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=SERVER_STOP_TIMEOUT_S)
    deadline = time.monotonic() + 5.0
    while time.monotonic() < deadline and any(_alive(pid) for pid in server.seen_pids):
        time.sleep(0.1)
    for pid in sorted(server.seen_pids):
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@dataclass
class PageLog:
    """What the page reported while a test ran: console errors and uncaught exceptions."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
