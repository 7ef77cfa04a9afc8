"""`course.py binder`: the Binder link comes from the clone's own GitHub remote, not a placeholder."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("course_binder", ROOT / "course.py")
course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course)

EXPECTED = (
    "https://mybinder.org/v2/gh/a-teacher/framing-lab/main?urlpath=lab/tree/student/00_check_your_setup.ipynb"
)


@pytest.mark.parametrize(
    "remote",
    [
        "https://github.com/a-teacher/framing-lab",
        "https://github.com/a-teacher/framing-lab.git",
        "https://github.com/a-teacher/framing-lab/",
        "https://user@github.com/a-teacher/framing-lab.git",
        "git@github.com:a-teacher/framing-lab.git",
        "ssh://git@github.com/a-teacher/framing-lab.git\n",
    ],
)
def test_github_remotes_give_the_student_edition_link(remote):
    assert course.binder_url(remote) == EXPECTED


@pytest.mark.parametrize(
    "remote", ["/work/main", "https://gitlab.com/a-teacher/framing-lab.git", "https://github.com/only-owner"]
)
def test_other_remotes_are_refused_with_the_fix(remote):
    with pytest.raises(ValueError, match=r"not a GitHub repository.*git remote add origin"):
        course.binder_url(remote)


def test_the_readme_has_no_placeholder_link():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "OWNER" not in readme and "course.py binder" in readme


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_the_command_reads_the_origin_remote(tmp_path):
    (tmp_path / "course.py").write_bytes((ROOT / "course.py").read_bytes())
    _git(tmp_path, "init", "-q")
    run = [sys.executable, "course.py", "binder"]
    missing = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert missing.returncode == 1 and "no git remote 'origin'" in missing.stderr
    _git(tmp_path, "remote", "add", "origin", "git@github.com:a-teacher/framing-lab.git")
    found = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert found.returncode == 0 and found.stdout.splitlines()[0] == EXPECTED
    assert "badge_logo.svg" in found.stdout
