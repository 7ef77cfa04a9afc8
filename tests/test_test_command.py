"""`python3 course.py test`: its tests keep Python's compiled files, even when the shell turns them off.

(The student package leaves them out: tests/test_package.py lists its files.)
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("course_for_test_command", ROOT / "course.py")
course = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = course
_spec.loader.exec_module(course)


def test_bytecode_is_kept_even_when_the_shell_turns_it_off():
    shell = {"PATH": "/usr/bin", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "2"}
    env = course.test_environment(shell)
    assert env == {"PATH": "/usr/bin", "PYTHONHASHSEED": "2"}
    assert shell["PYTHONDONTWRITEBYTECODE"] == "1", "the caller's environment is not changed"


def test_compiled_files_stay_out_of_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "helpers/__pycache__/tokens.cpython-311.pyc"], cwd=ROOT
    )
    assert ignored.returncode == 0, "git must ignore __pycache__/ (see .gitignore)"
