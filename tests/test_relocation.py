"""A course folder moved or copied elsewhere: `course.py install` notices and repairs its environment.

A venv's editable install of `helpers` records the folder it was made in; a moved copy then imports
`helpers` from the old folder (or fails to). The real case is run on a small course tree (course.py,
pyproject.toml, helpers/) whose own venv sees the course environment's packages through a .pth
file, so that nothing is downloaded and it takes seconds rather than copying 900 MB.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("course", ROOT / "course.py")
course = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = course
_spec.loader.exec_module(course)


def test_a_folder_without_an_environment_needs_one(tmp_path: Path):
    problem = course.environment_problem(tmp_path / ".venv" / "bin" / "python", tmp_path)
    assert problem and "no course environment" in problem


def test_an_unfinished_installation_is_noticed(tmp_path: Path):
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("", encoding="utf-8")
    assert "did not finish" in course.environment_problem(python, tmp_path)


def test_an_environment_installed_for_another_folder_is_noticed(tmp_path: Path):
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("", encoding="utf-8")
    (tmp_path / ".venv" / course.STAMP.name).write_text(course._install_fingerprint(ROOT), encoding="utf-8")
    assert "moved or copied" in course.environment_problem(python, tmp_path)


def test_an_environment_whose_python_no_longer_runs_is_noticed(tmp_path: Path):
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("not a program", encoding="utf-8")  # say, the Python it was made from is gone
    (tmp_path / ".venv" / course.STAMP.name).write_text(course._install_fingerprint(ROOT), encoding="utf-8")
    assert not course._python_runs(python)


def test_this_courses_environment_is_ready():
    assert course.environment_problem() is None


def _small_course(folder: Path) -> Path:
    """course.py, pyproject.toml, helpers/ and texts/, with a venv that borrows the course's packages."""
    folder.mkdir()
    for name in ("course.py", "pyproject.toml"):
        shutil.copy(ROOT / name, folder / name)
    (folder / "requirements.txt").write_text(
        "# everything comes from the course environment\n", encoding="utf-8"
    )
    shutil.copytree(ROOT / "helpers", folder / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "texts", folder / "texts")
    venv.EnvBuilder(with_pip=False, symlinks=sys.platform != "win32").create(folder / ".venv")
    python = course.venv_python(folder / ".venv")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "borrowed-course-packages.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return python


def _install(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(folder / "course.py"), "install"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _helpers_folder(python: Path) -> str:
    probe = subprocess.run([str(python), "-I", "-c", course._HELPERS_PROBE], capture_output=True, text=True)
    return probe.stdout.strip() if probe.returncode == 0 else f"fails: {probe.stderr.strip()[-200:]}"


@pytest.mark.skipif(sys.platform == "win32", reason="the small venv borrows packages by a POSIX path")
def test_a_moved_course_is_detected_repaired_and_starts(tmp_path: Path):
    old = tmp_path / "lab-pc-1"
    _small_course(old)
    first = _install(old)
    assert first.returncode == 0, first.stdout + first.stderr
    assert _helpers_folder(course.venv_python(old / ".venv")) == str((old / "helpers").resolve())

    new = tmp_path / "moved" / "framing-lab"
    new.parent.mkdir()
    shutil.copytree(old, new, symlinks=True)
    python = course.venv_python(new / ".venv")
    # Before repair: the copy imports the helpers of the folder it was copied from (the bug) ...
    assert _helpers_folder(python) == str((old / "helpers").resolve())
    assert "moved or copied" in course.environment_problem(python, new)
    shutil.rmtree(old)  # ... and once that folder is gone, `import helpers` fails
    assert _helpers_folder(python).startswith("fails")

    repaired = _install(new)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Repairing the course environment" in repaired.stdout
    assert _helpers_folder(python) == str((new / "helpers").resolve())
    assert _install(new).stdout.strip() == "The course environment is ready.", "a second run does nothing"
    started = subprocess.run(  # the moved course runs: its setup check finds its texts
        [
            str(python),
            "-I",
            "-c",
            "from helpers.setup_check import run_checks; print(run_checks()['check'].tolist())",
        ],
        capture_output=True,
        text=True,
        cwd=new,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert "press_release" in started.stdout
