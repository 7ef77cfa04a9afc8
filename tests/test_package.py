"""The student package (`course.py package`): what a student gets, and that no solution is in it.

The package is built once by the tool's command line (tools/package.py's ``main``, a fixed salt)
and unzipped into a fresh folder. Then: its file list; every solution line of every course notebook searched for
in every file; the package's helpers called as a student could (every exercise's `solution()`, every
attribute of what it returns) looking for the answers; the sealed checks compared with the course's
own checks on the right answers, near-misses and every typical wrong answer; and its notebook 00 run
from the package folder, whose setup check must be green.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from tool_modules import load_tool

from helpers.checks import Wrong, all_exercises, check, is_number, rounded_text
from helpers.checks.sealed import canonical

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "package.py"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
STUB = re.compile(r"answer_\w+\s*=\s*\.\.\.")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package, made by the tool's command line (its ``main``) in this process, and unzipped.

    In this process, so that the answers it seals are computed once for it and for the tests
    below that compare its checks with the course's (the exercises cache their answers).
    """
    out = tmp_path_factory.mktemp("dist") / "student.zip"
    assert load_tool("package", "package_tool").main(["--out", str(out), "--salt", "test-salt"]) == 0
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(out) as archive:
        archive.extractall(target)
    assert [p.name for p in target.iterdir()] == ["framing-lab"]
    return target / "framing-lab"


def files(folder: Path) -> dict[str, Path]:
    """The package's files (Python's own __pycache__, made by running it, left out)."""
    return {
        p.relative_to(folder).as_posix(): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.name != "payload.pkl"
    }


def in_package(package: Path, code: str, data: object = None, timeout: float = 300) -> object:
    """Run ``code`` with the package's helpers (not the repository's); it prints one JSON value."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    payload = package.parent / "payload.pkl"
    payload.write_bytes(pickle.dumps(data))
    result = subprocess.run(
        [sys.executable, "-c", f"import pickle; DATA = pickle.load(open({str(payload)!r}, 'rb'))\n" + code],
        capture_output=True,
        text=True,
        cwd=package,
        env=env,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_package_holds_the_student_edition_and_no_instructor_material(package: Path):
    names = files(package)
    for folder in (
        "tests/",
        "tools/",
        "notebooks/src/",
        "site/",
        "docs/",
        "browser_tests/",
        ".ci/",
        "student/",
    ):
        found = [n for n in names if n.startswith(folder) and n != "docs/glossary.md"]
        assert not found, f"{folder} is in the student package"
    assert "docs/glossary.md" in names  # notebook 01 links to it; its links go to notebooks/
    glossary_links = re.findall(
        r"\]\(([^)#]+)", (package / "docs" / "glossary.md").read_text(encoding="utf-8")
    )
    assert glossary_links and all((package / "docs" / link).resolve().is_file() for link in glossary_links)
    assert sorted(n for n in names if n.startswith("notebooks/")) == [
        f"notebooks/{p.name}" for p in NOTEBOOKS
    ]
    for needed in ("course.py", "requirements.txt", "STUDENT_PACKAGE.txt", "pyproject.toml"):
        assert needed in names
    assert {n for n in names if n.startswith("texts/")} == {
        f"texts/{p.name}" for p in (ROOT / "texts").iterdir() if p.is_file()
    }
    assert (package / "requirements.txt").read_text(encoding="utf-8") == (
        ROOT / "requirements-student.txt"
    ).read_text(encoding="utf-8")
    pins = (package / "requirements.txt").read_text(encoding="utf-8")
    for tool in ("pytest", "jupyter-book", "nbval", "ruff", "mypy", "papermill"):
        assert not re.search(rf"^{tool}==", pins, re.M | re.I), f"{tool} is not for students"


def _solution_lines(nb: nbformat.NotebookNode) -> list[str]:
    """Lines of solution cells that appear nowhere else in the course notebook (those are the secret)."""
    elsewhere = "\n".join(
        c.source for c in nb.cells if not (c.cell_type == "code" and "solution" in c.metadata.get("tags", []))
    )
    lines = []
    for cell in nb.cells:
        if cell.cell_type == "code" and "solution" in cell.metadata.get("tags", []):
            for line in cell.source.splitlines():
                line = line.strip()
                if (
                    line
                    and not line.startswith("#")
                    and re.search(r"\w", line)
                    and not STUB.fullmatch(line)
                    and line not in elsewhere
                ):
                    lines.append(line)
    return lines


def test_no_solution_code_is_in_any_file_of_the_package(package: Path):
    texts = {
        name: path.read_bytes().decode("utf-8", errors="replace") for name, path in files(package).items()
    }
    checked = 0
    for path in NOTEBOOKS:
        for line in _solution_lines(nbformat.read(path, as_version=4)):
            escaped = json.dumps(line, ensure_ascii=False)[1:-1]
            found = [name for name, text in texts.items() if line in text or escaped in text]
            assert not found, f"solution line of {path.name} in {found}: {line!r}"
            checked += 1
    assert checked > 20, "too few solution lines to prove anything"
    # The course's exercise modules (whose solution functions compute the answers) are not shipped.
    for name, text in texts.items():
        assert not re.search(r"^@exercise\(", text, re.M), f"{name} defines an exercise with its solution"
    for path in sorted((ROOT / "helpers" / "checks").glob("nb[0-9][0-9].py")):
        shipped = texts[f"helpers/checks/{path.name}"]
        assert "def " not in shipped and "register_sealed" in shipped


def course_exercises() -> dict[str, object]:
    """The course's exercises (from helpers/checks/nbNN.py), not ones a doctest registered meanwhile."""
    return {
        k: ex for k, ex in all_exercises().items() if ex.solution.__module__.startswith("helpers.checks.nb")
    }


def _answers() -> dict[str, object]:
    return {k: ex.solution() for k, ex in course_exercises().items()}


def _revealing_forms(answer: object) -> list[str]:
    """How an answer could show up in a file or an object's repr (only forms specific enough to mean it)."""
    if isinstance(answer, float):
        return [repr(answer), f"{answer:.4f}", f"{answer:.6f}"]
    if isinstance(answer, str) and len(answer) >= 4:
        return [repr(answer), json.dumps(answer)]
    if isinstance(answer, (list, tuple)) and len(answer) >= 2:
        return [repr(answer), json.dumps(list(answer))]
    return []


def test_calling_the_package_helpers_reveals_no_answer(package: Path):
    code = """
import json
from helpers.checks import all_exercises
shown = {}
for key, ex in all_exercises().items():
    sealed = ex.solution()
    shown[key] = repr(sealed) + repr(vars(ex)) + repr(getattr(sealed, "__dict__", {})) + repr(
        [getattr(sealed, name) for name in dir(sealed) if not name.startswith("__") and not callable(getattr(sealed, name))]
    )
print(json.dumps(shown))
"""
    shown = in_package(package, code)
    answers = _answers()
    assert set(shown) == set(answers), "the package has the same exercises"
    specific = 0
    for key, answer in answers.items():
        ex = course_exercises()[key]
        public = repr([ex.question, ex.fallback_hint, *(message for _, message in ex.hints)])
        for form in _revealing_forms(answer):
            if form in public:  # an id or word the question itself names (say, "press_release")
                continue
            specific += 1
            assert form not in shown[key], f"{key}: calling the package's helpers shows {form}"
    assert specific > 15
    texts = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (package / "helpers").rglob("*")
        if p.is_file() and p.suffix != ".pyc"
    )
    # The course's own library (not its checks) names ids, genres and frames: those are no secret.
    library = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "helpers").glob("*.py")))
    for key, answer in answers.items():
        for form in _revealing_forms(answer):
            if form not in library:
                assert form not in texts, f"{key}: the package's helpers/ contains {form}"


def _near(answer: object) -> list[object]:
    """Right answers in other forms, and near misses, to compare the two checks on."""
    if isinstance(answer, bool):
        return [not answer]
    if isinstance(answer, (int, float)):
        value = float(answer)
        # the course's rounding rule (helpers.checks.close): every rounding a student could type,
        # too coarse ones included (0.3 for 0.3265), and one just off in its last decimal
        typed = [rounded_text(answer, d) for d in range(0, 6)]
        return [
            *(int(t) if "." not in t else float(t) for t in typed),
            float(rounded_text(answer, 3)) + 0.001,
            round(value, 2),
            round(value, 3),
            round(value, 4),
            value * 1.01,
            value * 1.1,
            value + 1,
            -value,
        ]
    if isinstance(answer, str):
        return [answer.upper(), f"  {answer} ", answer + "s", answer[:-1]]
    if isinstance(answer, tuple):
        return [list(answer), tuple(reversed(answer))]
    return []


def test_sealed_checks_agree_with_the_course_checks(package: Path):
    cases: dict[str, list[object]] = {}
    expected: dict[str, list[tuple[bool, str]]] = {}
    exact: dict[str, int] = {}
    for key, ex in course_exercises().items():
        answer = ex.solution()
        wrong = [w.answer if isinstance(w, Wrong) else w for w in ex.wrong_examples]
        near = [] if _is_open(package, key) else _near(answer)
        tried = [answer, ..., *wrong, *near]
        cases[key] = tried
        exact[key] = 2 + len(wrong)  # the hints of near misses may differ: the course computes them
        expected[key] = [(bool(r), r.message) for r in (check(key, a) for a in tried)]
    code = """
import json
from helpers.checks import check
print(json.dumps({k: [(bool(r), r.message) for r in (check(k, a) for a in answers)] for k, answers in DATA.items()}))
"""
    got = in_package(package, code, cases)
    compared = 0
    for key, results in expected.items():
        for index, (answer, want, have) in enumerate(zip(cases[key], results, got[key], strict=True)):
            compared += 1
            if _is_open(package, key) and want[0]:
                assert have[0], f"{key}: the package rejects {answer!r}, which the course accepts"
            elif index < exact[key] and (answer is ... or canonical(answer) is not None):
                assert tuple(have) == want, (
                    f"{key}, answer {answer!r}: course says {want}, package says {have}"
                )
            else:
                assert have[0] == want[0], (
                    f"{key}, answer {answer!r}: course says {want}, package says {have}"
                )
    assert compared > 250


def test_sealed_checks_accept_a_one_row_column_as_its_number(package: Path):
    import pandas as pd

    numbers = {k: ex.solution() for k, ex in course_exercises().items() if is_number(ex.solution())}
    cases = {k: [pd.Series([v], index=["row"]), pd.DataFrame({"value": [v]})] for k, v in numbers.items()}
    code = """
import json
from helpers.checks import check
print(json.dumps({k: [bool(check(k, a)) for a in answers] for k, answers in DATA.items()}))
"""
    got = in_package(package, code, cases)
    assert numbers and got == {k: [True, True] for k in numbers}
    course = {k: [bool(check(k, a)) for a in answers] for k, answers in cases.items()}
    assert course == got


def _is_open(package: Path, key: str) -> bool:
    records = json.loads((package / "helpers" / "checks" / "sealed_answers.json").read_text(encoding="utf-8"))
    return next(r["open"] for r in records["exercises"] if r["id"] == key)


def test_open_exercises_named_in_the_tool_exist():
    assert set(course_exercises()) >= load_tool("package", "package_tool").OPEN_EXERCISES


def test_notebook_00_runs_from_the_unzipped_package_with_a_green_setup_check(package: Path):
    code = """
import json
import nbformat
from nbclient import NotebookClient
nb = nbformat.read("notebooks/00_check_your_setup.ipynb", as_version=4)
NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": "notebooks"}}).execute()
outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
text = json.dumps(outputs, ensure_ascii=False)
import helpers
print(json.dumps({"errors": [o.get("ename") for o in outputs if o.output_type == "error"], "text": text, "helpers": helpers.__file__}))
"""
    result = in_package(package, code)
    assert result["helpers"].startswith(str(package)), "the package's own helpers were imported"
    assert result["errors"] == []
    assert "❌ fail" not in result["text"], "a setup check fails in the package"
    assert "✅ pass" in result["text"]


def test_the_package_serves_its_notebooks_folder_and_has_no_solutions_to_offer(package: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("course_in_package", package / "course.py")
    course = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = course
    spec.loader.exec_module(course)
    assert course.is_student_package(package)
    assert course.notebook_folder(solutions=False, root=package) == "notebooks"
    result = subprocess.run(
        [sys.executable, str(package / "course.py"), "start", "--solutions"], capture_output=True, text=True
    )
    assert result.returncode == 2 and "student edition only" in result.stdout


def test_hedged_sentences_run_as_is_and_open_exercises_are_open(package: Path):
    from helpers.checks.sealed import AS_IS

    records = json.loads((package / "helpers" / "checks" / "sealed_answers.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records["exercises"]}
    course_exercises()  # registers every hedged exercise
    hedged = {key for key, r in by_id.items() if r.get("as_is") is not None}
    assert hedged == set(AS_IS) and {"03.5", "05.1", "08.6"} <= hedged
    assert (package / "helpers" / "checks" / "hedging.py").is_file(), "the checker ships with the package"
    for key in hedged:
        assert not by_id[key]["accepted"] and not by_id[key]["wrong"], f"{key}: no digests needed"
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import package as tool
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert {"05.5", "06.4", "07.4"} <= tool.OPEN_EXERCISES
    assert all(by_id[key]["open"] for key in tool.OPEN_EXERCISES)
    sentences = {
        key: [
            "In this article, the chart suggests that the government may speak most.",
            "In this synthetic corpus, the histogram suggests reuse may come in planted levels.",
            "In these two texts, world may suggest a proper-name effect rather than a global frame.",
            "The chart proves the paper deliberately favours the government.",
            "The histogram suggests that this reuse is bad journalism.",
            "The chart shows the government speaks most.",
            0.5,
        ]
        for key in sorted(hedged)
    }
    code = """
import json
from helpers.checks import check
print(json.dumps({k: [(bool(r), r.message) for r in (check(k, a) for a in answers)] for k, answers in DATA.items()}))
"""
    got = in_package(package, code, sentences)
    for key, answers in sentences.items():
        want = [[bool(r), r.message] for r in (check(key, a) for a in answers)]
        assert got[key] == want, f"{key}: the package's hedged check differs from the course's"
        assert any(ok for ok, _ in want) and not all(ok for ok, _ in want)
