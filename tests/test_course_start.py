"""`python3 course.py start` serves the student edition; `--solutions` serves the solved notebooks.

Each test starts the real command (as a student types it, plus --no-browser and a free port) on
127.0.0.1 with Jupyter's token authentication on, reads the URL it prints, and asks that server,
with the token, for the notebook at that URL through Jupyter's contents API. The server is always
stopped (its whole process group, by id), and every wait is bounded.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 120.0  # includes bringing student/ up to date
STOP_TIMEOUT_S = 20.0
SERVED_URL = re.compile(r"(http://[^\s/]+:\d+)(/\S*)\?token=([0-9a-f]+)")
STUB = re.compile(r"answer_\w+\s*=\s*\.\.\.")

pytestmark = pytest.mark.skipif(os.name == "nt", reason="process groups: POSIX only")


@dataclass
class Served:
    base: str  # http://127.0.0.1:PORT
    path: str  # /lab/tree/<notebook>
    token: str
    log: str

    def get(self, path: str, *, token: bool = True) -> tuple[int, bytes]:
        request = urllib.request.Request(self.base + path)
        if token:
            request.add_header("Authorization", f"token {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def notebook_path(self) -> str:
        assert self.path.startswith("/lab/tree/"), self.path
        return urllib.parse.unquote(self.path.removeprefix("/lab/tree/"))

    def served_notebook(self) -> dict:
        status, body = self.get(f"/api/contents/{urllib.parse.quote(self.notebook_path())}?content=1")
        assert status == 200, body[:300]
        model = json.loads(body)
        assert model["type"] == "notebook"
        return model["content"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def course_start(tmp_path: Path, *options: str) -> Iterator[Served]:
    """Run `course.py start OPTIONS` until the URL is printed; always stop it afterwards."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_"))}
    env.update(  # nothing of the developer's own Jupyter set-up is read or written
        JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
        JUPYTER_DATA_DIR=str(tmp_path / "data"),
        JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"),
        PYTHONUNBUFFERED="1",
    )
    command = [
        sys.executable,
        str(ROOT / "course.py"),
        "start",
        *options,
        "--no-browser",
        f"--ServerApp.port={_free_port()}",
        "--ServerApp.port_retries=0",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--ServerApp.allow_root=True")  # CI containers run as root
    log_path = tmp_path / "server.log"
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # course.py and the server it starts: one group, stopped together
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        match = None
        while time.monotonic() < deadline and process.poll() is None:
            match = SERVED_URL.search(log_path.read_text(encoding="utf-8", errors="replace"))
            if match:
                break
            time.sleep(0.25)
        text = log_path.read_text(encoding="utf-8", errors="replace")
        assert match, (
            f"no URL printed within {START_TIMEOUT_S:.0f} s (exit {process.poll()}):\n{text[-3000:]}"
        )
        served = Served(base=match[1], path=match[2], token=match[3], log=text)
        while time.monotonic() < deadline:  # the URL is printed once the server listens
            with contextlib.suppress(OSError):
                if served.get("/api/status")[0] == 200:
                    break
            time.sleep(0.25)
        yield served
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT_S)
        # the server (same group) gets the same signal; give it a bounded moment to exit too
        end = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < end:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def solution_lines(nb: dict) -> list[str]:
    """Non-trivial lines of every cell tagged `solution` in a (course) notebook."""
    lines = []
    for cell in nb["cells"]:
        if cell["cell_type"] == "code" and "solution" in cell.get("metadata", {}).get("tags", []):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for line in source.splitlines():
                line = line.strip()
                if line and not line.startswith("#") and re.search(r"\w", line) and not STUB.fullmatch(line):
                    lines.append(line)
    return lines


def cell_sources(nb: dict) -> str:
    return "\n".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in nb["cells"]
    )


def test_start_serves_the_student_edition_on_loopback_with_token_auth(tmp_path: Path):
    with course_start(tmp_path) as served:
        assert served.base.startswith("http://127.0.0.1:"), served.base
        assert served.get("/api/contents", token=False)[0] in (401, 403), "the API answers without the token"
        path = served.notebook_path()
        assert path.startswith("student/") and path.endswith("00_check_your_setup.ipynb"), path
        notebook = served.served_notebook()
        # Its page config: JupyterLab's news feed and extension installs are off (course config).
        status, page = served.get(f"{served.path}?token={served.token}", token=False)
        assert status == 200
    course = json.loads((ROOT / "notebooks" / Path(path).name).read_text(encoding="utf-8"))
    solutions = solution_lines(course)
    assert solutions, "the course notebook has no solution code, so this test would prove nothing"
    served_code = cell_sources(notebook)
    leaked = [line for line in solutions if line in served_code]
    assert not leaked, f"solution code served by `course.py start`: {leaked}"
    stubs = [cell for cell in notebook["cells"] if "solution" in cell.get("metadata", {}).get("tags", [])]
    assert stubs and all(STUB.search(cell_sources({"cells": [c]})) for c in stubs)
    assert all(not cell.get("outputs") for cell in stubs)
    config = json.loads(re.search(rb'id="jupyter-config-data"[^>]*>(.*?)</script>', page, re.S)[1])
    assert config["news"] == {"disabled": True}, "JupyterLab would fetch and show Jupyter news"
    assert config["extensionManager"]["can_install"] is False, "the extension manager would call PyPI"


def test_start_with_solutions_serves_the_solved_notebooks(tmp_path: Path):
    with course_start(tmp_path, "--solutions") as served:
        assert served.base.startswith("http://127.0.0.1:")
        path = served.notebook_path()
        assert path == "notebooks/00_check_your_setup.ipynb", path
        notebook = served.served_notebook()
    solutions = solution_lines(notebook)
    assert solutions and all(line in cell_sources(notebook) for line in solutions)


def test_the_course_jupyter_config_turns_off_everything_that_calls_the_internet(tmp_path: Path):
    """What JupyterLab loads through course.py's environment (its own config folder on the path)."""
    spec = importlib.util.spec_from_file_location("course", ROOT / "course.py")
    course = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = course
    spec.loader.exec_module(course)
    env = course.jupyter_environment(
        base={k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    )
    result = subprocess.run(
        [sys.executable, "-m", "jupyter", "lab", "--show-config-json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lab = json.loads(result.stdout)["LabApp"]
    assert lab["news_url"] is None
    assert lab["check_for_updates_class"] == "jupyterlab.NeverCheckForUpdate"
    assert lab["extension_manager"] == "readonly"
