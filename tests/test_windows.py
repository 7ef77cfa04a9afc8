"""Windows: the texts stay byte for byte through Git, notebook 00's fix works, and paths are portable.

Git for Windows converts LF to CRLF on checkout (`core.autocrlf=true`, its installer's default).
The same conversion is reproduced here on any platform by cloning with `-c core.autocrlf=true`:
with the repository's .gitattributes the texts come out identical to the catalogue's digests;
without it (the control) they do not, which shows the simulation converts what Windows would.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from helpers import setup_check
from helpers.texts import TEXTS_DIR, _looks_like_path, load_catalogue

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")
TEXT_FILES = sorted(p.name for p in TEXTS_DIR.iterdir() if p.is_file())

_spec = importlib.util.spec_from_file_location("course", ROOT / "course.py")
course = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = course
_spec.loader.exec_module(course)


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(
        [GIT, "-c", "user.name=Framing Lab test", "-c", "user.email=test@example.invalid", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout


def digests(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in TEXT_FILES}


def catalogue_digests() -> dict[str, str]:
    catalogue = load_catalogue()
    return dict(zip(catalogue["file"], catalogue["sha256"], strict=True))


def make_origin(tmp_path: Path, *, attributes: bool) -> Path:
    """A repository holding a copy of texts/ (and, if asked, this working tree's .gitattributes)."""
    origin = tmp_path / "origin"
    shutil.copytree(TEXTS_DIR, origin / "texts")
    git("init", "-q", str(origin), cwd=tmp_path)
    if attributes:
        shutil.copy(ROOT / ".gitattributes", origin / ".gitattributes")
    git("add", "-A", cwd=origin)
    git("commit", "-q", "-m", "texts", cwd=origin)
    return origin


def windows_clone(origin: Path, name: str) -> Path:
    target = origin.parent / name
    git("-c", "core.autocrlf=true", "clone", "-q", str(origin), str(target), cwd=origin.parent)
    git("config", "core.autocrlf", "true", cwd=target)
    return target


def test_there_are_texts_with_line_breaks_so_conversion_would_change_them():
    assert TEXT_FILES and any(b"\n" in (TEXTS_DIR / n).read_bytes() for n in TEXT_FILES)


@needs_git
def test_gitattributes_mark_every_text_as_not_to_be_converted():
    paths = [f"texts/{name}" for name in TEXT_FILES]
    out = git("check-attr", "text", "eol", "--", *paths, cwd=ROOT)
    for path in paths:
        assert f"{path}: text: unset" in out, out
        assert f"{path}: eol: unset" in out, out
    code = git("check-attr", "eol", "--", "course.py", "tools/run_browser_tests.sh", ".ci/run", cwd=ROOT)
    assert code.count("eol: lf") == 3, "scripts are checked out with LF everywhere (bash refuses CRLF)"


@needs_git
def test_a_windows_checkout_keeps_every_text_byte_for_byte(tmp_path: Path):
    clone = windows_clone(make_origin(tmp_path, attributes=True), "windows")
    assert digests(clone / "texts") == digests(TEXTS_DIR)
    for name, digest in catalogue_digests().items():
        assert digests(clone / "texts")[name] == digest, name


@needs_git
def test_without_the_attributes_a_windows_checkout_changes_the_texts(tmp_path: Path):
    """The control: the simulation really converts line endings as Git for Windows does."""
    clone = windows_clone(make_origin(tmp_path, attributes=False), "windows")
    assert b"\r\n" in (clone / "texts" / "catalogue.csv").read_bytes()
    assert digests(clone / "texts") != digests(TEXTS_DIR)


@needs_git
def test_notebook_00s_fix_line_restores_texts_converted_before_the_attributes_arrived(tmp_path: Path):
    origin = make_origin(tmp_path, attributes=False)
    clone = windows_clone(origin, "windows")  # a student's old clone: texts converted to CRLF
    shutil.copy(ROOT / ".gitattributes", origin / ".gitattributes")
    git("add", ".gitattributes", cwd=origin)
    git("commit", "-q", "-m", "attributes", cwd=origin)
    git("pull", "-q", "--no-rebase", cwd=clone)  # the course is updated; the texts stay converted
    assert digests(clone / "texts") != digests(TEXTS_DIR)
    fix = setup_check.restore_texts_fix(root=clone, crlf=True)
    assert "CRLF" in fix
    commands = re.findall(r"`(git [^`]+)`", fix)
    assert commands, fix
    for command in commands:  # each command of the fix line, as the student would type it
        git(*command.split()[1:], cwd=clone)
    assert digests(clone / "texts") == digests(TEXTS_DIR)


def test_setup_check_names_crlf_as_the_cause_of_a_changed_text(tmp_path: Path, monkeypatch):
    for name in TEXT_FILES:
        data = (TEXTS_DIR / name).read_bytes()
        (tmp_path / name).write_bytes(data.replace(b"\n", b"\r\n"))
    monkeypatch.setattr(setup_check, "TEXTS_DIR", tmp_path)
    rows = setup_check._text_rows()
    assert rows and all(row["result"] == setup_check.FAIL for row in rows)
    assert all("CRLF" in row["fix"] for row in rows)


def test_setup_check_tells_a_package_user_to_copy_the_texts_again(tmp_path: Path):
    fix = setup_check.restore_texts_fix(root=tmp_path)  # no .git: an unzipped student package
    assert "git" not in fix and "texts/" in fix


# Path logic with Windows paths (PureWindowsPath works on every platform).

WINDOWS_ROOT = PureWindowsPath(r"C:\Users\Ann Lee\Documents\framing-lab")


def test_the_environment_python_on_windows():
    python = course.venv_python(WINDOWS_ROOT / ".venv", windows=True)
    assert python == PureWindowsPath(r"C:\Users\Ann Lee\Documents\framing-lab\.venv\Scripts\python.exe")
    assert course.venv_python(WINDOWS_ROOT / ".venv", windows=False).parts[-2:] == ("bin", "python")


def test_jupyterlab_command_and_environment_with_windows_paths():
    python = course.venv_python(WINDOWS_ROOT / ".venv", windows=True)
    folder = course.notebook_folder(solutions=False, root=WINDOWS_ROOT)
    command = course.lab_command(python, folder, ["--no-browser"], root=WINDOWS_ROOT)
    assert command[0] == str(python)
    assert rf"--ServerApp.root_dir={WINDOWS_ROOT}" in command
    # a URL path, not a file path: forward slashes on every platform
    assert "--LabApp.default_url=/lab/tree/student/00_check_your_setup.ipynb" in command
    assert "--ServerApp.ip=127.0.0.1" in command
    env = course.jupyter_environment(WINDOWS_ROOT, base={"JUPYTER_CONFIG_PATH": r"D:\mine"}, pathsep=";")
    assert env["JUPYTER_CONFIG_PATH"] == rf"{WINDOWS_ROOT}\jupyter_config;D:\mine"


def test_a_windows_path_to_a_text_is_recognised_as_a_path():
    assert _looks_like_path(r"C:\Users\Ann Lee\Desktop\my article.txt")
    assert _looks_like_path(str(WINDOWS_ROOT / "texts" / "mine.txt"))
    assert not _looks_like_path("newspaper")
