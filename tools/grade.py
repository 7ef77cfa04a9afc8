#!/usr/bin/env python3
"""Grade submitted notebooks: re-run each one, check its answers, collect its written reflections.

    python3 course.py grade SUBMISSIONS/                       # writes SUBMISSIONS/_grades/
    python3 course.py grade SUBMISSIONS/ --out grades/ --timeout 60
    python3 course.py grade SUBMISSIONS/ --hidden my_checks.py # extra checks, computed only here
    python3 course.py grade SUBMISSIONS/ --jobs 4              # four notebooks at a time

SUBMISSIONS/ holds one folder per student (its name is the student's name or id) with the
notebooks they handed in (``NN_name.ipynb``, as the course names them); a notebook placed directly
in SUBMISSIONS/ counts as the student named by its file name before ``__`` (``ann__02_x.ipynb``)
or, without one, by the file name itself.

Each notebook is run top to bottom in a fresh kernel of the course environment, in a temporary
folder of its own (a copy of the notebook, nothing else), with a time limit per cell; a cell that
fails or runs out of time is recorded and the rest still run. Then, in that kernel, the values of
the answer variables (``answer_02_1`` ...) are saved, and each is checked here, in this process, by
the course's own checks (helpers/checks, with the solutions): what the student's notebook printed
or redefined does not count. Exercises of that notebook with no answer count as not passed.

Hidden checks: ``--hidden FILE.py`` loads a Python file that registers more exercises with
``@exercise("02.9", ...)`` (see helpers/checks/__init__.py); a student's ``answer_02_9`` is then
checked against an answer computed only at grading time, never shipped to students.

Reflections: every markdown cell tagged ``reflection`` is read; what the student wrote is the
cell's text minus the lines of the course's own prompt.

Output, in --out (default SUBMISSIONS/_grades/):
* ``grades.csv``: one row per student, notebook and exercise (student, notebook, exercise, passed,
  hint_shown, error) and one per reflection (exercise ``NN.reflection``, the text in ``reflection``);
* ``<student>.html``: one page per student, their results, hints, errors and reflections.
Running students' code is what grading does: run it where you would run their notebooks.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import html
import importlib.util
import pickle
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.checks import all_exercises, check  # noqa: E402

NOTEBOOK = re.compile(r"(\d{2})_[\w-]+\.ipynb")
ANSWER = re.compile(r"answer_(\d{2})_(\d+)")
REFLECTION_TAG = "reflection"
CSV_COLUMNS = ("student", "notebook", "exercise", "passed", "hint_shown", "error", "reflection")
GRADES_FOLDER = "_grades"
_EXTRACT = """
import pickle as _pickle, re as _re
_answers, _unreadable = {}, {}
for _name, _value in list(globals().items()):
    if _re.fullmatch(r"answer_\\d{2}_\\d+", _name):
        try:
            _pickle.dumps(_value)
            _answers[_name] = _value
        except Exception as _error:
            _unreadable[_name] = type(_error).__name__
with open(%r, "wb") as _file:
    _pickle.dump((_answers, _unreadable), _file)
"""


@dataclass
class Row:
    """One line of grades.csv."""

    student: str
    notebook: str
    exercise: str
    passed: bool | None = None
    hint_shown: str = ""
    error: str = ""
    reflection: str = ""


@dataclass
class NotebookResult:
    """What grading one submitted notebook found."""

    student: str
    notebook: str
    rows: list[Row] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # cells that failed or timed out


def find_submissions(folder: Path) -> dict[str, list[Path]]:
    """Notebooks by student: one subfolder per student, or ``student__NN_name.ipynb`` files.

    Example:
        >>> find_submissions(Path("no-such-folder"))
        {}
    """
    found: dict[str, list[Path]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")):
            continue
        if path.is_dir():
            notebooks = sorted(p for p in path.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
            if notebooks:
                found.setdefault(path.name, []).extend(notebooks)
        elif path.suffix == ".ipynb":
            student = path.stem.split("__")[0] if "__" in path.stem else path.stem
            found.setdefault(student, []).append(path)
    return found


def course_notebook_name(path: Path) -> str | None:
    """The course notebook a submitted file is (``02_word_frequencies.ipynb``), from its name."""
    match = NOTEBOOK.search(path.name)
    return match.group(0) if match else None


def reflection_prompts(course_notebooks: Path = ROOT / "notebooks") -> dict[str, list[str]]:
    """For each course notebook, the text of its reflection cells (the prompts), in order."""
    import nbformat

    prompts = {}
    for path in sorted(course_notebooks.glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        prompts[path.name] = [c.source for c in nb.cells if REFLECTION_TAG in c.metadata.get("tags", [])]
    return prompts


def written_reflection(cell_source: str, prompt: str) -> str:
    """What the student wrote in a reflection cell: its lines that are not the prompt's.

    Example:
        >>> written_reflection("**Reflect.** Why?\\n\\nBecause.", "**Reflect.** Why?\\n\\n*Your answer here.*")
        'Because.'
    """
    prompt_lines = {line.strip() for line in prompt.splitlines() if line.strip()}
    kept = [line.rstrip() for line in cell_source.splitlines() if line.strip() not in prompt_lines]
    return "\n".join(kept).strip()


def _exercises_of(notebook_number: str) -> dict[str, Any]:
    return {k: ex for k, ex in all_exercises().items() if k.split(".")[0] == notebook_number}


def grade_notebook(
    path: Path, student: str, *, timeout: int = 60, prompts: dict[str, list[str]] | None = None
) -> NotebookResult:
    """Run one submitted notebook in a fresh kernel in a temporary folder and check its answers."""
    return asyncio.run(_grade_notebook(path, student, timeout=timeout, prompts=prompts))


#: How many times a kernel that fails before running any cell is started again, with new ports.
START_ATTEMPTS = 3


async def _execute(nb: Any, work: Path, timeout: int) -> tuple[Any, Exception | None]:
    """Run ``nb`` in a fresh kernel in ``work``; return the run notebook and what stopped it, if anything.

    A kernel can fail to start when another program takes one of the ports Jupyter chose for it
    before the kernel binds them (jupyter/jupyter_client#487: ports are picked, released, then
    bound), which is likelier when several kernels start at once (``--jobs``). Such a kernel ran
    none of the student's code, so it is started again, with new ports, up to
    :data:`START_ATTEMPTS` times. A kernel that dies while running a cell is not: it is reported.
    """
    import atexit
    import copy

    from nbclient import NotebookClient

    for attempt in range(1, START_ATTEMPTS + 1):
        run = copy.deepcopy(nb)
        started: list[int] = []
        client = NotebookClient(
            run,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=True,
            interrupt_on_timeout=True,
            resources={"metadata": {"path": str(work)}},
            on_cell_start=lambda cell, cell_index, started=started: started.append(cell_index),
        )
        try:
            await client.async_execute()
        except Exception as error:
            # nbclient leaves an exit hook behind for a kernel that did not start; it would print
            # a traceback when the grader exits
            atexit.unregister(client._cleanup_kernel)
            if started or attempt == START_ATTEMPTS:
                return run, error
            continue
        return run, None
    raise AssertionError("unreachable")  # pragma: no cover


async def _grade_notebook(
    path: Path, student: str, *, timeout: int, prompts: dict[str, list[str]] | None
) -> NotebookResult:
    import nbformat

    name = course_notebook_name(path) or path.name
    result = NotebookResult(student, name)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # not a notebook at all, or damaged JSON
        result.errors.append(f"the file is not a readable notebook ({type(error).__name__})")
        nb = None
    number = name[:2]
    answers: dict[str, Any] = {}
    unreadable: dict[str, str] = {}
    if nb is not None:
        submitted = nbformat.from_dict(nb)
        with tempfile.TemporaryDirectory(prefix="framing-lab-grade-") as tmp:
            work = Path(tmp)
            saved = work / "answers.pkl"
            nb.cells.append(nbformat.v4.new_code_cell(_EXTRACT % str(saved)))
            nb, error = await _execute(nb, work, timeout)
            if error is not None:  # the kernel died, or could not start
                result.errors.append(
                    f"the notebook could not be run to the end ({type(error).__name__}: {error})"
                )
            for index, cell in enumerate(nb.cells[:-1]):
                for output in cell.get("outputs", []):
                    if output.get("output_type") == "error":
                        what = (
                            "ran out of time"
                            if output.get("ename") == "KeyboardInterrupt"
                            else output.get("ename")
                        )
                        # IPython names a cell's code after a hash, "(1514250907.py, line 1)": dropped
                        value = re.sub(r"\(\d+\.py, (line \d+)\)", r"(\1)", str(output.get("evalue", "")))
                        result.errors.append(f"cell {index + 1}: {what}: {value[:200]}")
            if saved.exists():
                answers, unreadable = pickle.loads(saved.read_bytes())
            shutil.rmtree(work, ignore_errors=True)
        nb = submitted
    error_text = "; ".join(result.errors)
    for exercise_id in sorted(_exercises_of(number), key=lambda k: [int(p) for p in k.split(".")]):
        variable = "answer_" + exercise_id.replace(".", "_")
        row = Row(student, name, exercise_id, error=error_text)
        if variable in unreadable:
            row.passed, row.hint_shown = False, f"the answer could not be read ({unreadable[variable]})"
        elif variable not in answers:
            row.passed, row.hint_shown = False, "no answer (the answer cell did not run or was deleted)"
        else:
            outcome = check(exercise_id, answers[variable])
            row.passed = bool(outcome)
            row.hint_shown = "" if outcome else outcome.message
        result.rows.append(row)
    if nb is not None:
        course_prompts = (prompts or {}).get(name, [])
        cells = [
            c for c in nb.cells if c.cell_type == "markdown" and REFLECTION_TAG in c.metadata.get("tags", [])
        ]
        for index, cell in enumerate(cells):
            prompt = course_prompts[index] if index < len(course_prompts) else ""
            suffix = "" if len(cells) == 1 else f".{index + 1}"
            result.rows.append(
                Row(
                    student,
                    name,
                    f"{number}.reflection{suffix}",
                    reflection=written_reflection(cell.source, prompt),
                )
            )
    return result


def load_hidden(paths: list[Path]) -> list[str]:
    """Load instructor-only check files (they register exercises); return the new exercise ids."""
    before = set(all_exercises())
    for index, path in enumerate(paths):
        spec = importlib.util.spec_from_file_location(f"framing_lab_hidden_{index}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sorted(set(all_exercises()) - before)


def write_csv(results: list[NotebookResult], path: Path) -> None:
    """grades.csv: one row per student, notebook and exercise or reflection."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for result in results:
            for row in result.rows:
                passed = "" if row.passed is None else ("yes" if row.passed else "no")
                writer.writerow(
                    [
                        row.student,
                        row.notebook,
                        row.exercise,
                        passed,
                        row.hint_shown,
                        row.error,
                        row.reflection,
                    ]
                )


def student_page(student: str, results: list[NotebookResult]) -> str:
    """One student's summary as a small, self-contained, accessible HTML page."""
    esc = html.escape
    exercises = [r for res in results for r in res.rows if r.passed is not None]
    passed = sum(1 for r in exercises if r.passed)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Framing Lab: {esc(student)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;color:#1a1a1a}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.3em .5em;"
        "text-align:left;vertical-align:top}.yes{color:#1b5e20}.no{color:#8a1c1c}"
        "blockquote{border-left:4px solid #595959;margin:.5em 0;padding:.2em .8em;white-space:pre-wrap}</style>",
        "</head><body>",
        f"<h1>Framing Lab: {esc(student)}</h1>",
        f"<p>{passed} of {len(exercises)} exercises passed.</p>",
    ]
    for res in results:
        parts.append(f"<h2>{esc(res.notebook)}</h2>")
        if res.errors:
            parts.append("<p><strong>Problems while running it:</strong></p><ul>")
            parts += [f"<li>{esc(e)}</li>" for e in res.errors]
            parts.append("</ul>")
        rows = [r for r in res.rows if r.passed is not None]
        if rows:
            parts.append(
                '<table><thead><tr><th scope="col">Exercise</th><th scope="col">Passed</th>'
                '<th scope="col">Hint shown</th></tr></thead><tbody>'
            )
            for r in rows:
                mark = '<span class="yes">✅ yes</span>' if r.passed else '<span class="no">❌ no</span>'
                parts.append(
                    f"<tr><td>{esc(r.exercise)}</td><td>{mark}</td><td>{esc(r.hint_shown)}</td></tr>"
                )
            parts.append("</tbody></table>")
        for r in res.rows:
            if r.passed is None:
                text = esc(r.reflection) if r.reflection else "<em>(nothing written)</em>"
                parts.append(f"<h3>Reflection ({esc(r.exercise)})</h3><blockquote>{text}</blockquote>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def safe_file_name(student: str) -> str:
    """A file name for a student's page (letters, digits, dot, dash and underscore kept).

    Example:
        >>> safe_file_name("Ann Lée/../x")
        'Ann_Lée_.._x'
    """
    return re.sub(r"[^\w.-]+", "_", student).strip("_") or "student"


def grade(
    submissions: Path,
    out: Path,
    *,
    timeout: int = 60,
    hidden: list[Path] = (),  # type: ignore[assignment]
    jobs: int = 1,
) -> list[NotebookResult]:
    """Grade every submission in ``submissions``; write grades.csv and one page per student into ``out``.

    Up to ``jobs`` notebooks run at once, each in its own fresh kernel and folder (so one student's
    endless loop does not hold the others up); the results are in the same order for any ``jobs``.
    """
    load_hidden(list(hidden))
    prompts = reflection_prompts()
    by_student = find_submissions(submissions)
    work = [(student, path) for student, paths in by_student.items() for path in paths]

    async def run_all() -> list[NotebookResult]:
        limit = asyncio.Semaphore(max(1, jobs))

        async def one(student: str, path: Path) -> NotebookResult:
            async with limit:
                return await _grade_notebook(path, student, timeout=timeout, prompts=prompts)

        return list(await asyncio.gather(*(one(student, path) for student, path in work)))

    results = asyncio.run(run_all())
    out.mkdir(parents=True, exist_ok=True)
    for student in by_student:
        mine = [r for r in results if r.student == student]
        (out / f"{safe_file_name(student)}.html").write_text(student_page(student, mine), encoding="utf-8")
    write_csv(results, out / "grades.csv")
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("submissions", type=Path, help="one folder per student, with their notebooks")
    parser.add_argument(
        "--out", type=Path, default=None, help=f"where to write (default: SUBMISSIONS/{GRADES_FOLDER}/)"
    )
    parser.add_argument("--timeout", type=int, default=60, help="seconds a cell may run (default 60)")
    parser.add_argument("--hidden", type=Path, action="append", default=[], help="a file of extra checks")
    parser.add_argument(
        "--jobs", type=int, default=1, help="notebooks run at once, each in its own kernel (default 1)"
    )
    args = parser.parse_args(argv)
    if not args.submissions.is_dir():
        print(
            f"{args.submissions} is not a folder: give the folder of submissions (one subfolder per student)."
        )
        return 2
    if not find_submissions(args.submissions):
        print(f"No notebooks in {args.submissions}: expected one folder per student with their .ipynb files.")
        return 2
    out = args.out or args.submissions / GRADES_FOLDER
    results = grade(args.submissions, out, timeout=args.timeout, hidden=args.hidden, jobs=args.jobs)
    rows = [r for res in results for r in res.rows if r.passed is not None]
    students = len({r.student for r in results})
    print(
        f"{students} students, {len(results)} notebooks, {sum(r.passed for r in rows)}/{len(rows)} exercises passed: "
        f"{out / 'grades.csv'} and one page per student in {out}/"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
