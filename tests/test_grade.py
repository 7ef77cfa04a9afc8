"""`course.py grade`: submitted notebooks re-run and checked; a CSV and a page per student.

Seven students hand in notebook 01, filled in as students do: all right, all wrong, untouched,
broken (a syntax error and a crash), stuck in an endless loop, one who fakes the checks (redefines
`check` and pastes ✅ outputs), and one who answers one exercise (a loose file named
`student__notebook.ipynb`), plus one damaged file. An instructor-only check file adds a hidden
exercise whose answer is computed only at grading time.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "grade.py"
NAME = "01_reading_the_two_texts.ipynb"
COURSE = nbformat.read(ROOT / "notebooks" / NAME, as_version=4)
HIDDEN = """
from helpers.checks import exercise
from helpers.texts import load_text


@exercise("01.9", "How many lines has the raw press release file? (hidden check)")
def _lines():
    return len(load_text("press_release").raw.splitlines())
"""


def _student_edition() -> nbformat.NotebookNode:
    return load_tool("student_edition").student_notebook(COURSE, NAME)


def _solutions() -> dict[str, str]:
    """Each solution cell's source, by the answer it assigns."""
    found = {}
    for cell in COURSE.cells:
        if cell.cell_type == "code" and "solution" in cell.metadata.get("tags", []):
            for name in re.findall(r"^(answer_01_\d+)\s*=", cell.source, re.M):
                found[name] = cell.source
    return found


def fill(
    answers: dict[str, str], reflection: str | None = None, extra: list[str] = ()
) -> nbformat.NotebookNode:  # type: ignore[assignment]
    """The student edition with some answer cells replaced (by exercise variable) and cells added."""
    nb = _student_edition()
    for cell in nb.cells:
        if cell.cell_type == "code" and "solution" in cell.metadata.get("tags", []):
            for name, source in answers.items():
                if re.search(rf"^{name} = \.\.\.", cell.source, re.M):
                    cell.source = source
        if reflection is not None and "reflection" in cell.metadata.get("tags", []):
            cell.source = cell.source.replace(
                "*Double-click this cell and write your answer here, in place of this line.*", reflection
            )
    for source in extra:
        nb.cells.append(nbformat.v4.new_code_cell(source))
    return nb


@pytest.fixture(scope="module")
def graded(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[dict[str, str]], subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("submissions")
    solutions = _solutions()
    assert set(solutions) == {"answer_01_1", "answer_01_2", "answer_01_3", "answer_01_4"}
    fake = (
        "def check(*args):\n    return '✅ Correct, well done.'\n"
        "answer_01_1 = 1\nanswer_01_2 = 1\nanswer_01_3 = 1\nanswer_01_4 = 1\n"
    )
    students = {
        "ann": fill(
            {  # 01.1 as a one-row column (a one-element Series), which the checks read as its number
                **solutions,
                "answer_01_1": 'caption_rows = news_paragraphs[news_paragraphs["part"] == "caption"]\n'
                'answer_01_1 = caption_rows[["words"]].sum()',
            },
            reflection="The file holds a photo gallery: counting it as the article inflates the war words.",
            extra=[
                "from helpers.texts import load_text\nanswer_01_9 = len(load_text('press_release').raw.splitlines())"
            ],
        ),
        "ben": fill(
            {
                "answer_01_1": "answer_01_1 = 18",
                "answer_01_2": "answer_01_2 = 55.6",
                "answer_01_3": "answer_01_3 = 'four'",
            }
        ),
        "cat": fill({}),
        "dan": fill({"answer_01_1": "answer_01_1 = (", "answer_01_2": "answer_01_2 = 1 / 0"}),
        # An endless loop that waits rather than computes: it is stopped in the same way (the
        # kernel is interrupted at the time limit), and the other notebooks are graded meanwhile
        # (amy comes first in the folder, so her time limit overlaps all the others' grading).
        "amy": fill(
            {
                "answer_01_1": "import time\nwhile True:\n    time.sleep(0.1)",
                "answer_01_3": solutions["answer_01_3"],
            }
        ),
        "fay": fill({"answer_01_1": fake}),
    }
    for student, nb in students.items():
        (root / student).mkdir()
        nbformat.write(nb, root / student / NAME)
    nbformat.write(fill({"answer_01_3": solutions["answer_01_3"]}), root / f"gus__{NAME}")
    (root / "dan" / "02_word_frequencies.ipynb").write_text("{ this is not JSON", encoding="utf-8")
    hidden = root.parent / "hidden_checks.py"
    hidden.write_text(HIDDEN, encoding="utf-8")
    out = root.parent / "grades"
    result = subprocess.run(
        [sys.executable, str(TOOL), str(root), "--out", str(out), "--timeout", "10", "--jobs", "3"]
        + ["--hidden", str(hidden)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with (out / "grades.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return out, rows, result


def outcome(rows: list[dict[str, str]], student: str, exercise: str) -> dict[str, str]:
    return next(r for r in rows if r["student"] == student and r["exercise"] == exercise)


def test_the_csv_has_a_row_per_student_notebook_and_exercise(graded):
    _, rows, result = graded
    assert list(rows[0]) == ["student", "notebook", "exercise", "passed", "hint_shown", "error", "reflection"]
    students = {r["student"] for r in rows}
    assert students == {"amy", "ann", "ben", "cat", "dan", "fay", "gus"}
    for student in students:
        got = sorted(r["exercise"] for r in rows if r["student"] == student and r["notebook"] == NAME)
        assert got == ["01.1", "01.2", "01.3", "01.4", "01.9", "01.reflection"], student
    assert "7 students, 8 notebooks" in result.stdout


def test_right_answers_pass_and_the_hidden_check_is_computed_at_grading_time(graded):
    _, rows, _ = graded
    for exercise in ("01.1", "01.2", "01.3", "01.4", "01.9"):
        row = outcome(rows, "ann", exercise)
        assert row["passed"] == "yes" and row["hint_shown"] == "" and row["error"] == "", row
    assert "photo gallery" in outcome(rows, "ann", "01.reflection")["reflection"]
    assert "Double-click" not in outcome(rows, "ann", "01.reflection")["reflection"]


def test_wrong_answers_fail_with_the_checks_hints(graded):
    _, rows, _ = graded
    for exercise in ("01.1", "01.2", "01.3"):
        row = outcome(rows, "ben", exercise)
        assert row["passed"] == "no" and row["hint_shown"].startswith("Not yet. Hint:"), row


def test_an_untouched_notebook_gets_no_marks_and_an_empty_reflection(graded):
    _, rows, _ = graded
    for exercise in ("01.1", "01.2", "01.3", "01.4", "01.9"):
        assert outcome(rows, "cat", exercise)["passed"] == "no"
    assert "replace `...`" in outcome(rows, "cat", "01.1")["hint_shown"]
    assert "no answer" in outcome(rows, "cat", "01.9")["hint_shown"]
    assert outcome(rows, "cat", "01.reflection")["reflection"] == ""


def test_broken_cells_are_reported_and_the_rest_still_runs(graded):
    _, rows, _ = graded
    row = outcome(rows, "dan", "01.1")
    assert row["passed"] == "no" and "SyntaxError" in row["error"] and "ZeroDivisionError" in row["error"]
    assert not re.search(r"\d{6,}\.py", row["error"]), "no IPython cell file names (they change every run)"
    damaged = [r for r in rows if r["student"] == "dan" and r["notebook"] == "02_word_frequencies.ipynb"]
    assert damaged and all(r["passed"] == "no" and "not a readable notebook" in r["error"] for r in damaged)


def test_an_endless_loop_is_stopped_by_the_time_limit(graded):
    _, rows, _ = graded
    assert "ran out of time" in outcome(rows, "amy", "01.1")["error"]
    assert outcome(rows, "amy", "01.3")["passed"] == "yes", "cells after the stopped one still run"


def test_a_student_who_fakes_the_checks_gets_the_real_result(graded):
    _, rows, _ = graded
    for exercise in ("01.1", "01.2", "01.3", "01.4"):
        assert outcome(rows, "fay", exercise)["passed"] == "no"


def test_a_loose_file_counts_for_the_student_it_names(graded):
    _, rows, _ = graded
    assert outcome(rows, "gus", "01.3")["passed"] == "yes"
    assert outcome(rows, "gus", "01.1")["passed"] == "no"


def test_one_html_page_per_student_with_results_and_reflection(graded):
    out, _, _ = graded
    pages = sorted(p.stem for p in out.glob("*.html"))
    assert pages == ["amy", "ann", "ben", "cat", "dan", "fay", "gus"]
    ann = (out / "ann.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in ann and "5 of 5 exercises passed" in ann and "photo gallery" in ann
    dan = (out / "dan.html").read_text(encoding="utf-8")
    assert "SyntaxError" in dan and "&lt;" not in ann.split("<body>")[0]


def test_a_folder_with_no_notebooks_gets_a_clear_message(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 2 and "No notebooks in" in result.stdout


def _one_cell_submission(folder: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)])
    path = folder / NAME
    nbformat.write(nb, path)
    return path


def _count_kernel_starts(monkeypatch: pytest.MonkeyPatch, *, failing: int = 0) -> list[int]:
    """Count nbclient's kernel starts; the first ``failing`` of them raise, as a start that loses a port does."""
    from nbclient import NotebookClient

    real = NotebookClient.async_start_new_kernel
    starts: list[int] = []

    async def counted(self, **kwargs):
        starts.append(1)
        if len(starts) <= failing:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return await real(self, **kwargs)

    monkeypatch.setattr(NotebookClient, "async_start_new_kernel", counted)
    return starts


def test_a_kernel_that_fails_to_start_is_started_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """As when another program takes a port Jupyter chose before the kernel binds it
    (jupyter/jupyter_client#487): none of the student's code ran, so the grader starts a new kernel."""
    starts = _count_kernel_starts(monkeypatch, failing=1)
    path = _one_cell_submission(tmp_path, "answer_01_2 = 55.6")
    result = load_tool("grade").grade_notebook(path, "ann", timeout=30)
    assert len(starts) == 2 and result.errors == []
    assert next(r for r in result.rows if r.exercise == "01.2").hint_shown.startswith("Not yet. Hint:")


def test_a_kernel_that_dies_while_running_a_cell_is_reported_not_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    starts = _count_kernel_starts(monkeypatch)
    path = _one_cell_submission(tmp_path, "import os\nos._exit(3)")
    result = load_tool("grade").grade_notebook(path, "ben", timeout=30)
    assert len(starts) == 1, "the student's code ran: the notebook is not run a second time"
    assert len(result.errors) == 1 and "could not be run to the end" in result.errors[0], result.errors
