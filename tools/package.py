#!/usr/bin/env python3
"""Write the student package: a zip a student unzips and starts with `python3 course.py start`.

    python3 course.py package                 # dist/framing-lab-student.zip
    python3 course.py package --wheelhouse    # ... plus wheels for this OS and Python (offline install)
    python3 course.py package --out X.zip     # somewhere else
    python3 tools/package.py --requirements   # only rewrite requirements-student.txt

What the zip holds (one top folder, ``framing-lab/``):

* ``notebooks/``: the student edition only (tools/student_edition.py), no notebooks/src;
* ``helpers/``: the course's helpers, except that each ``helpers/checks/nbNN.py`` (whose solution
  functions compute the answers) is replaced by a module that registers *sealed* checks:
  ``helpers/checks/sealed_answers.json`` holds only salted digests of the right answers and of
  typical wrong answers with their hints (see helpers/checks/sealed.py);
* ``texts/``, ``lexicons/``, ``jupyter_config/``, ``course.py``, ``pyproject.toml``;
* ``docs/glossary.md``: the course glossary (notebook 01 links to it), and nothing else of docs/;
* ``requirements.txt``: requirements-student.txt, every package the notebooks need and nothing
  for building, testing or publishing, pinned exactly;
* with ``--wheelhouse``, ``wheelhouse/``: those packages as wheels for the OS and Python running
  this command (`pip download`), so that `python3 course.py start --offline` installs with no network;
* ``STUDENT_PACKAGE.txt``: how to start, and what this package is.

Nothing else: no tests, tools, site, solutions or instructor guide. The zip is deterministic for a
given salt (sorted entries, fixed timestamps); the salt is random unless ``--salt`` is given.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: import this folder's helpers

from helpers.checks import (  # noqa: E402
    FALLBACK,
    Exercise,
    Wrong,
    all_exercises,
    as_number,
    decimals_given,
    max_decimals,
    min_decimals,
    rounded_text,
)
from helpers.checks.sealed import AS_IS, INNER_DECIMALS, canonical, digest, kind  # noqa: E402

TOP = "framing-lab"
DEFAULT_OUT = ROOT / "dist" / "framing-lab-student.zip"
STUDENT_REQUIREMENTS = ROOT / "requirements-student.txt"
STUDENT_SECTION = "# Running the course"
COPIED = ("course.py", "pyproject.toml", "helpers", "texts", "lexicons", "jupyter_config")
# Exercises whose right answer is the student's own choice (any of many), checked by computing
# on it: sealing one model answer would reject the other right ones. More are found automatically
# (see is_open); tests/test_package.py checks that each id here still exists.
OPEN_EXERCISES = frozenset({"05.5", "06.4", "07.4"})
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
PACKAGE_NOTE = """Framing Lab: the student package
================================

This folder is the student edition of Framing Lab: the notebooks with every exercise for you to
do. There are no solutions in it; the checks know the right answers only as digests.

Start it (Python 3.11 or newer; on Windows type `py` instead of `python3`):

    python3 course.py start            # installs what it needs into .venv/ once, opens JupyterLab
    python3 course.py start --offline  # the same, installing from wheelhouse/ with no network

Your work is saved in notebooks/ (File > Save, or Ctrl+S / Cmd+S). Copy that folder to your own
drive or cloud storage at the end of each session if the computer is wiped at logout.
"""


# --- requirements-student.txt -------------------------------------------------------------------


def student_top_level(requirements: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """The pins of requirements.txt's "Running the course" section (what the notebooks need).

    Example:
        >>> "jupyterlab" in student_top_level() and "pytest" not in student_top_level()
        True
    """
    pins: dict[str, str] = {}
    inside, previous = False, ""
    for line in requirements.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not previous.strip():  # a section's heading follows a blank line
            inside = line.strip() == STUDENT_SECTION
        previous = line
        if line.startswith("#"):
            continue
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s#;]+)", line)
        if inside and match:
            pins[match.group(1)] = match.group(2)
    if not pins:
        raise SystemExit(f"requirements.txt has no '{STUDENT_SECTION}' section with pinned packages")
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def student_requirements(requirements: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """Every package the student environment needs, pinned at the installed version, by name.

    The top-level pins plus everything they require (markers evaluated for this platform), found
    in the installed packages' metadata.
    """
    from importlib import metadata

    from packaging.requirements import Requirement

    installed = {_normal(d.metadata["Name"]): d for d in metadata.distributions()}
    todo: list[tuple[str, frozenset[str]]] = [(name, frozenset()) for name in student_top_level(requirements)]
    found: dict[str, str] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        name = _normal(name)
        if (name, extras) in done:
            continue
        done.add((name, extras))
        dist = installed.get(name)
        if dist is None:
            raise SystemExit(f"{name} is needed by the student environment but not installed here")
        found[name] = dist.version
        for spec in dist.requires or []:
            requirement = Requirement(spec)
            wanted = requirement.marker is None or any(
                requirement.marker.evaluate({"extra": extra}) for extra in ("", *sorted(extras))
            )  # an extra asked for by the requirer (bleach[css]) brings its own requirements
            if wanted:
                todo.append((requirement.name, frozenset(requirement.extras)))
    return {installed[n].metadata["Name"]: v for n, v in sorted(found.items())}


def student_requirements_text(requirements: Path = ROOT / "requirements.txt") -> str:
    """requirements-student.txt's content (generated; kept in sync by tests/test_environment.py)."""
    header = (
        "# The student environment: what the notebooks need, without the site, test and build tools.\n"
        "# Every package pinned exactly (generated by `python3 course.py lock` from requirements.txt's\n"
        "# 'Running the course' section and what those packages require). The student package\n"
        "# (`python3 course.py package`) ships it as its requirements.txt.\n"
    )
    pins = student_requirements(requirements)
    return header + "".join(
        f"{name}=={version}\n" for name, version in sorted(pins.items(), key=lambda p: p[0].lower())
    )


# --- sealing the checks -------------------------------------------------------------------------


def _mutated(value: Any) -> Any:
    """A different answer of the same form (to see whether a check accepts more than one answer)."""
    what = kind(value)
    if what == "sequence" and len(value) > 1:
        items = list(value)
        for i in range(1, len(items)):
            if canonical(items[i]) != canonical(items[0]):
                items[0] = items[i]  # one value repeated in another's place: a different answer
                return type(value)(items)
    if what == "mapping" and value:
        first = next(iter(value))
        changed = dict(value)
        other = [v for v in value.values() if canonical(v) != canonical(value[first])]
        if other:
            changed[first] = other[0]
            return changed
    return None


def _accepts(ex: Exercise, answer: Any, expected: Any) -> bool:
    from helpers.checks import same

    try:
        return bool((ex.compare or same)(answer, expected))
    except Exception:
        return False


def is_open(ex: Exercise, expected: Any) -> bool:
    """True when the exercise accepts answers other than its model answer (the student's own)."""
    if ex.id in OPEN_EXERCISES or canonical(expected) is None or not _accepts(ex, expected, expected):
        return True
    mutated = _mutated(expected)
    return mutated is not None and _accepts(ex, mutated, expected)


def _typed(text: str) -> int | float:
    """The number a student types as ``text`` (a whole number without decimals)."""
    return int(text) if "." not in text else float(text)


def _number_forms(value: Any, top: int, *, every: bool = False) -> list[tuple[int, Any]]:
    """``(decimals, number)`` for each rounding of ``value`` a student could type, from 0 decimals to
    its own (to ``top`` if ``every``): the forms the course's rounding rule looks at (see
    helpers.checks.close). An answer with more than ``top`` decimals is compared at ``top``."""
    last = top if every else min(decimals_given(value), top)
    forms = []
    for decimals in range(0, last + 1):
        number = _typed(rounded_text(value, decimals))
        if decimals == top and decimals_given(value) >= top:
            forms.append((decimals, value))  # a computed answer, compared at ``top`` decimals
        elif min(decimals_given(number), top) == decimals:  # 0.30 is typed 0.3: one decimal
            forms.append((decimals, number))
        elif decimals == top:
            forms.append((decimals, value))  # 0.4500000001 for 0.45: compared at ``top`` decimals
    return forms


def _text_variants(text: str) -> list[str]:
    return [
        text.replace("_", " "),
        text.replace(" ", "_"),
        text.replace("_", "-"),
        f"the {text}",
        f"({text})",
        f"{text})",
        f"{text}.",
    ]


def seal(ex: Exercise, salt: str) -> dict[str, Any]:
    """The package's record of one exercise: digests and hints, never the answer itself.

    An exercise that needs no secret (a hedged sentence, helpers.checks.sealed.AS_IS) is recorded
    with its checker's rules instead: the package runs the course's own check on them.
    """
    if ex.id in AS_IS:
        return {
            "id": ex.id,
            "question": ex.question,
            "kind": "text",
            "length": None,
            "decimals": INNER_DECIMALS,
            "salt": salt,
            "open": False,
            "as_is": AS_IS[ex.id],
            "accepted": [],
            "wrong": [],
            "fallback_hint": ex.fallback_hint,
            "success": ex.success,
        }
    expected = ex.solution()
    salt_for = f"{salt}:{ex.id}"
    what = kind(expected)
    open_answer = is_open(ex, expected)
    decimals = max_decimals(expected) if what == "number" else INNER_DECIMALS
    accepted: set[str] = set()
    # Typical wrong answers, each with the hint the course's check gives it. A number is stored at
    # each number of decimals a student could give it with (the course's rounding rule).
    wrong: list[tuple[str, int, str]] = []
    seen: set[str] = set()

    def add_wrong(answer: Any, precision: int) -> None:
        form = canonical(answer, precision if kind(answer) == "number" else INNER_DECIMALS)
        if form is None or _accepts(ex, answer, expected):
            return
        key = digest(form, salt_for)
        if key not in accepted and key not in seen:
            seen.add(key)
            wrong.append((key, precision, ex.hint_for(answer, expected)[0]))

    if not open_answer:
        if what == "number":
            for precision, number in _number_forms(expected, decimals, every=True):
                form = canonical(number, precision)
                if form is not None and _accepts(ex, number, expected):
                    accepted.add(digest(form, salt_for))
                else:  # rounded too far (0.3 for 0.3265): the course's hint says so
                    add_wrong(number, precision)
        else:
            candidates: list[Any] = [expected]
            if what == "text":
                candidates += _text_variants(expected)
            elif what == "sequence":
                candidates += [list(reversed(expected)), sorted(expected, key=canonical)]
            for candidate in candidates:
                form = canonical(candidate, decimals if kind(candidate) == "number" else INNER_DECIMALS)
                if form is not None and _accepts(ex, candidate, expected):
                    accepted.add(digest(form, salt_for))
    for example in ex.wrong_examples:
        # a one-row column is sealed as the number it holds, as check() reads it (as_number)
        answer = as_number(example.answer if isinstance(example, Wrong) else example)
        if kind(answer) == "number":
            top = min(decimals_given(answer), decimals)
            for precision, number in _number_forms(answer, decimals):
                if precision >= min(min_decimals(answer), top):  # 0.33 for 0.3265, not 0 for it
                    add_wrong(number, precision)
        else:
            add_wrong(answer, INNER_DECIMALS)
    return {
        "id": ex.id,
        "question": ex.question,
        "kind": what,
        "length": len(expected) if what == "sequence" else None,
        "decimals": decimals,
        "salt": salt,
        "open": open_answer,
        "accepted": sorted(accepted),
        "wrong": wrong,
        "fallback_hint": ex.fallback_hint,
        "success": ex.success,
    }


def sealed_answers(salt: str) -> dict[str, Any]:
    """Every exercise sealed: the content of the package's helpers/checks/sealed_answers.json."""
    assert FALLBACK  # the course's checks module is the one being sealed
    course = [ex for ex in all_exercises().values() if ex.solution.__module__.startswith("helpers.checks.nb")]
    return {"salt": salt, "exercises": [seal(ex, salt) for ex in course]}


def sealed_module(notebook: str) -> str:
    """The package's replacement for helpers/checks/nbNN.py: it registers the sealed checks."""
    return (
        f'"""Exercises of notebook {notebook}, sealed for the student package (see sealed.py)."""\n\n'
        "from .sealed import register_sealed\n\n"
        f'register_sealed("{notebook}")\n'
    )


# --- the zip ------------------------------------------------------------------------------------


def _student_edition_module():
    spec = importlib.util.spec_from_file_location("student_edition", ROOT / "tools" / "student_edition.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def package_files(salt: str) -> dict[str, bytes]:
    """Every file of the package, by its path inside the top folder (POSIX separators)."""
    files: dict[str, bytes] = {}
    for name in COPIED:
        source = ROOT / name
        paths = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
        for path in paths:
            relative = path.relative_to(ROOT)
            if "__pycache__" in relative.parts or path.suffix == ".pyc":
                continue
            files[relative.as_posix()] = path.read_bytes()
    checks = ROOT / "helpers" / "checks"
    for path in sorted(checks.glob("nb[0-9][0-9].py")):
        files[f"helpers/checks/{path.name}"] = sealed_module(path.stem[2:]).encode("utf-8")
    answers = sealed_answers(salt)
    files["helpers/checks/sealed_answers.json"] = (json.dumps(answers, indent=1) + "\n").encode("utf-8")
    edition = _student_edition_module()
    for name, nb in edition.course_notebooks().items():
        import nbformat

        files[f"notebooks/{name}"] = (nbformat.writes(edition.student_notebook(nb, name)) + "\n").encode(
            "utf-8"
        )
    # The glossary, which notebook 01 links to (`../docs/glossary.md`); its links go to notebooks/.
    files["docs/glossary.md"] = (ROOT / "docs" / "glossary.md").read_bytes()
    files["requirements.txt"] = student_requirements_text().encode("utf-8")
    files["STUDENT_PACKAGE.txt"] = PACKAGE_NOTE.encode("utf-8")
    return files


def download_wheelhouse(requirements: bytes, target: Path) -> list[Path]:
    """`pip download` every student requirement as a wheel for this OS and Python into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        req = Path(tmp) / "requirements.txt"
        req.write_bytes(requirements)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "--quiet"]
            + ["--only-binary=:all:", "--no-deps", "-r", str(req), "-d", str(target)],
            check=True,
        )
    return sorted(target.glob("*.whl"))


def write_zip(files: dict[str, bytes], out: Path, wheels: list[Path] = ()) -> None:  # type: ignore[assignment]
    """Write ``files`` (and ``wheels`` into wheelhouse/) under one top folder, deterministically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    entries = sorted(files.items()) + [(f"wheelhouse/{w.name}", w) for w in sorted(wheels)]
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(f"{TOP}/{name}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if isinstance(content, Path):
                with content.open("rb") as src, archive.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
            else:
                archive.writestr(info, content)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"the zip (default: {DEFAULT_OUT.relative_to(ROOT)})"
    )
    parser.add_argument(
        "--wheelhouse", action="store_true", help="add wheels for this OS and Python (needs the registry)"
    )
    parser.add_argument("--salt", default=None, help="the digests' salt (default: random)")
    parser.add_argument("--requirements", action="store_true", help="only rewrite requirements-student.txt")
    args = parser.parse_args(argv)
    if args.requirements:
        STUDENT_REQUIREMENTS.write_text(student_requirements_text(), encoding="utf-8")
        print(f"{STUDENT_REQUIREMENTS.name}: {len(student_requirements())} packages")
        return 0
    files = package_files(args.salt or secrets.token_hex(16))
    wheels: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.wheelhouse:
            wheels = download_wheelhouse(files["requirements.txt"], Path(tmp) / "wheelhouse")
        write_zip(files, args.out, wheels)
    answers = json.loads(files["helpers/checks/sealed_answers.json"])["exercises"]
    opened = [a["id"] for a in answers if a["open"]]
    size = args.out.stat().st_size / 1e6
    print(
        f"{args.out}: {len(files)} files, {len(wheels)} wheels, {size:.1f} MB; {len(answers)} exercises sealed "
        f"({len(opened)} with open answers, checked for form only: {', '.join(opened)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
