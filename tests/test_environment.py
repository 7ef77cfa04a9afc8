"""Pins: requirements.txt, requirements-lock.txt, environment.yml and the installed packages agree."""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^\s*-?\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s#;]+)\s*$")


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return found


def test_every_requirement_is_pinned_exactly():
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            assert PIN.match(line), f"requirements.txt: {line!r} is not pinned with =="


def test_environment_yml_matches_requirements():
    """conda/Binder and pip install the same versions: a drift in either file fails here."""
    assert pins(ROOT / "environment.yml") == pins(ROOT / "requirements.txt")
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "python=3.11" in env


def test_lock_file_agrees_with_requirements():
    lock = pins(ROOT / "requirements-lock.txt")
    for name, version in pins(ROOT / "requirements.txt").items():
        if name in ("setuptools", "pip", "wheel"):
            continue  # pip freeze leaves the packaging tools out
        assert lock.get(name) == version, (
            f"{name}: requirements.txt pins {version}, the lock file has {lock.get(name)}"
        )


def test_installed_versions_are_the_pinned_ones():
    wanted = pins(ROOT / "requirements.txt")
    installed = {name: metadata.version(name) for name in wanted}
    assert installed == wanted


def test_running_on_a_supported_python():
    assert sys.version_info >= (3, 11)


def test_binder_post_build_installs_the_offline_data():
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "helpers.offline_data install" in post_build
