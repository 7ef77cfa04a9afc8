"""The student edition (tools/student_edition.py): solutions gone, checks ask for an answer, nothing breaks.

Made from the course's real notebooks/NN_*.ipynb, so a new notebook is covered as soon as it is built.
The student edition is written once per session, and each student notebook is executed once (two
kernels, each running several notebooks with a fresh namespace for each); the tests share those results.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbformat import NotebookNode
from tool_modules import load_tool

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "student_edition.py"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
STUB_LINE = re.compile(r"answer_\w+\s*=\s*\.\.\.")  # the bare stub shape, allowed to survive
CELL_TIMEOUT = 120  # seconds per cell, as nbval's --nbval-cell-timeout

student_edition = load_tool("student_edition")


def read(path: Path) -> NotebookNode:
    return nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)


def is_solution(cell: NotebookNode) -> bool:
    return cell.cell_type == "code" and "solution" in cell.metadata.get("tags", [])


def answer_names(source: str) -> list[str]:
    """The answer variables a solution assigns, found by a regex (independent of the tool's parser)."""
    return list(dict.fromkeys(re.findall(r"^(answer_\d{2}_\d+[a-z]?)\s*(?::[^=\n]+)?=(?!=)", source, re.M)))


def solution_lines(nb: NotebookNode) -> list[str]:
    """Every non-trivial line of every solution cell: not blank, not a comment, not a bare stub."""
    lines = []
    for cell in filter(is_solution, nb.cells):
        for line in cell.source.splitlines():
            line = line.strip()
            if line and not line.startswith("#") and re.search(r"\w", line) and not STUB_LINE.fullmatch(line):
                lines.append(line)
    return lines


def leaked_lines(course_nb: NotebookNode, student_text: str) -> list[str]:
    """Solution lines of ``course_nb`` found in ``student_text`` (a notebook's JSON).

    A line also written elsewhere in the course notebook (say, an import repeated from an earlier
    cell) is no leak: the student sees it there anyway.
    """
    kept = nbformat.from_dict(course_nb)
    for cell in filter(is_solution, kept.cells):
        cell.source = ""
    kept_text = nbformat.writes(kept)

    def found(line: str, text: str) -> bool:
        return line in text or json.dumps(line, ensure_ascii=False)[1:-1] in text  # raw, or JSON-escaped

    return [
        line for line in solution_lines(course_nb) if found(line, student_text) and not found(line, kept_text)
    ]


def run_tool(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )


def run_main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    """The tool's command line (its ``main``) run in this process: (exit code, what it printed to stderr).

    For the small made-up courses below; the course's own edition is written by a real subprocess
    (``student_dir``), so the script itself is run too.
    """
    capsys.readouterr()
    code = student_edition.main([str(a) for a in args])
    return code, capsys.readouterr().err


@pytest.fixture(scope="session")
def student_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The student edition of the course's notebooks, written by the tool's command line."""
    out = tmp_path_factory.mktemp("student")
    result = run_tool("--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


# Run in each kernel before each notebook: a clean namespace (no name, import or answer of an
# earlier notebook survives), no figure left open, and the notebook's folder as working directory.
_FRESH_NAMESPACE = """\
get_ipython().run_line_magic("reset", "-f")
import os as _os, sys as _sys
_os.chdir({folder!r})
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
del _os, _sys
"""


async def _execute_all(
    paths: list[Path], workdir: Path, kernels: int | None = None
) -> dict[str, NotebookNode | Exception]:
    """Each notebook run top to bottom, in a few kernels, each notebook with a fresh namespace.

    A kernel's start-up (IPython, then pandas, TextBlob, NLTK, SciPy and matplotlib at the first
    cells) costs about as much CPU as a short notebook, so each kernel runs several notebooks one
    after the other, with ``%reset -f`` and a clean working directory between them (see
    ``_FRESH_NAMESPACE``): a notebook that uses a name it does not define itself still fails here.
    What only a new process would show (a module-level state an earlier notebook changed) is
    covered by nbval, which runs every course notebook, the same cells but the solutions, in a
    kernel of its own.
    """
    queue: asyncio.Queue[Path] = asyncio.Queue()
    for path in sorted(paths, key=lambda p: p.stat().st_size, reverse=True):  # largest (slowest) first
        queue.put_nowait(path)
    results: dict[str, NotebookNode | Exception] = {}

    async def kernel() -> None:
        client = NotebookClient(
            nbformat.v4.new_notebook(),  # each notebook is set as client.nb below
            timeout=CELL_TIMEOUT,
            kernel_name="python3",
            allow_errors=False,
            resources={"metadata": {"path": str(workdir)}},
        )
        async with client.async_setup_kernel():
            while not queue.empty():
                path = queue.get_nowait()
                # The clean-up runs as a notebook of its own: nbclient keeps a cell's results at
                # its index in ``client.nb``, so it must not share the student notebook.
                fresh = nbformat.v4.new_code_cell(_FRESH_NAMESPACE.format(folder=str(workdir)))
                client.nb = nbformat.v4.new_notebook(cells=[fresh])
                await client.async_execute_cell(fresh, 0, store_history=False)
                nb = client.nb = read(path)
                client.reset_execution_trackers()
                try:
                    for index, cell in enumerate(nb.cells):
                        await client.async_execute_cell(
                            cell, index, execution_count=client.code_cells_executed + 1
                        )
                except CellExecutionError as error:  # reported by the test of that notebook only
                    results[path.name] = error
                else:
                    results[path.name] = nb

    if kernels is None:
        kernels = min(len(paths), max(2, os.cpu_count() or 1))
    await asyncio.gather(*(kernel() for _ in range(kernels)))
    return {p.name: results[p.name] for p in paths}


@pytest.fixture(scope="session")
def executed(student_dir: Path) -> dict[str, NotebookNode | Exception]:
    """Each student notebook run top to bottom from the student folder (slowest step)."""
    return asyncio.run(_execute_all(sorted(student_dir.glob("*.ipynb")), student_dir))


def test_notebooks_sharing_a_kernel_share_no_names_and_start_in_the_folder(tmp_path: Path):
    """What ``_execute_all`` promises: in one kernel, a later notebook sees nothing an earlier defined."""

    def notebook(name: str, source: str) -> Path:
        path = tmp_path / name
        nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source)]), path)
        return path

    first = notebook("a.ipynb", "import os\nx = 1\nos.chdir('/')\n" + "#" * 2000)  # largest: runs first
    uses_x, uses_os = notebook("b.ipynb", "x"), notebook("c.ipynb", "os.getcwd()")
    folder = notebook("d.ipynb", "import os\nprint(os.getcwd())")
    results = asyncio.run(_execute_all([first, uses_x, uses_os, folder], tmp_path, kernels=1))
    assert not isinstance(results["a.ipynb"], Exception)
    assert "NameError" in str(results["b.ipynb"]) and "NameError" in str(results["c.ipynb"])
    assert results["d.ipynb"].cells[0].outputs[0].text.strip() == str(tmp_path)


def test_there_are_course_notebooks_to_make_a_student_edition_from():
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb: build them first (python3 course.py build)"


def test_every_course_notebook_and_nothing_else_gets_a_student_edition(student_dir: Path):
    assert sorted(p.name for p in student_dir.iterdir()) == [p.name for p in NOTEBOOKS]


def test_the_student_edition_is_the_same_bytes_every_time(
    student_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert run_main(capsys, "--out", tmp_path)[0] == 0
    for path in NOTEBOOKS:
        assert (tmp_path / path.name).read_bytes() == (student_dir / path.name).read_bytes(), path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_source_survives(path: Path, student_dir: Path):
    course = read(path)
    assert solution_lines(course), f"{path.name} has no solution code, so this test would prove nothing"
    assert leaked_lines(course, path.read_text(encoding="utf-8")), (
        "the leak detector finds nothing in the course notebook itself"
    )
    leaks = leaked_lines(course, (student_dir / path.name).read_text(encoding="utf-8"))
    assert not leaks, f"solution code in the student edition of {path.name}: {leaks}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_solutions_become_stubs_and_only_answer_outputs_are_cleared(path: Path, student_dir: Path):
    course, student = read(path), read(student_dir / path.name)
    assert [c.cell_type for c in student.cells] == [c.cell_type for c in course.cells]
    answers: set[str] = set()
    for i, (before, after) in enumerate(zip(course.cells, student.cells)):
        if is_solution(before):
            names = answer_names(before.source)
            answers.update(names)
            numbers = [re.fullmatch(r"answer_(\d{2})_(\d+)[a-z]?", n) for n in names]
            expected = [student_edition.STUB_HEADER] + [
                f"{m[0]} = ...  # your turn: replace ... with your answer to exercise {m[1]}.{m[2]}"
                for m in numbers
            ]
            assert after.source.splitlines() == expected, f"cell {i}"
            assert after.outputs == [] and after.execution_count is None, (
                f"cell {i}: the solution's outputs remain"
            )
            check = student.cells[i + 1]
            assert check.source == course.cells[i + 1].source, f"cell {i + 1}: the check must stay in place"
            assert check.outputs == [] and check.execution_count is None, (
                f"cell {i + 1}: the check's ✅ remains"
            )
    assert answers, f"{path.name} has no exercises"
    mentions = re.compile(r"\b(" + "|".join(sorted(answers)) + r")\b")
    for i, (before, after) in enumerate(zip(course.cells, student.cells)):
        if not is_solution(before) and not (before.cell_type == "code" and mentions.search(before.source)):
            assert after == before, f"cell {i} of {path.name} changed, but it shows no solution"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_student_notebook_runs_and_every_check_asks_for_an_answer(path: Path, executed: dict):
    result = executed[path.name]
    if isinstance(result, Exception):
        pytest.fail(f"the student edition of {path.name} stops with an error:\n{result}")
    checks = [result.cells[i + 1] for i, cell in enumerate(result.cells) if is_solution(cell)]
    assert checks, f"{path.name} has no exercises"
    for cell in result.cells:
        assert all(out.output_type != "error" for out in cell.get("outputs", [])), cell.source
    for cell in checks:
        shown = json.dumps(cell.outputs, ensure_ascii=False)
        assert "❌" in shown and "Your turn" in shown, f"{cell.source}: shows {shown[:300]}"


# The tool's rules, on small made-up notebooks.


def _notebook(*cells: NotebookNode) -> NotebookNode:
    nb = nbformat.v4.new_notebook(cells=list(cells))
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    return nb


def _output(text: str) -> NotebookNode:
    return nbformat.v4.new_output("execute_result", data={"text/plain": text}, execution_count=1)


def _code(source: str, *, solution: bool = False, output: str | None = None) -> NotebookNode:
    cell = nbformat.v4.new_code_cell(
        source, execution_count=1 if output else None, outputs=[_output(output)] if output else []
    )
    if solution:
        cell.metadata["tags"] = ["solution"]
    return cell


def test_stub_keeps_each_answer_and_drops_helpers_and_every_answer_output():
    nb = _notebook(
        nbformat.v4.new_markdown_cell("**Exercise 09.1.** Which words?"),
        _code(
            "words = text.split()\nanswer_09_1 = sorted(set(words))[:3]\nanswer_09_2: int = len(words)",
            solution=True,
            output="secret",
        ),
        _code('check("09.1", answer_09_1)', output="✅ Exercise 09.1"),
        _code('check("09.2", answer_09_2)', output="✅ Exercise 09.2"),
        _code("len(text)", output="42"),
        _code("answer_09_2 * 2", output="84"),
    )
    student = student_edition.student_notebook(nb)
    assert student.cells[1].source == (
        "# ✍️ Your turn: write your answer below, run this cell, then run the check.\n"
        "answer_09_1 = ...  # your turn: replace ... with your answer to exercise 09.1\n"
        "answer_09_2 = ...  # your turn: replace ... with your answer to exercise 09.2"
    )
    assert [c.outputs for c in student.cells[1:4]] == [[], [], []]
    assert student.cells[4] == nb.cells[4], "a cell unrelated to the exercise keeps its output"
    assert student.cells[5].outputs == [], "a later cell showing an answer is cleared too"
    assert nb.cells[1].outputs, "the course notebook itself is not modified"


def test_a_solution_that_assigns_no_answer_stops_the_tool_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    course, out = tmp_path / "notebooks", tmp_path / "student"
    course.mkdir()
    good = _notebook(_code("answer_98_1 = 1", solution=True), _code('check("98.1", answer_98_1)'))
    bad = _notebook(_code("result = 41 + 1", solution=True), _code('check("99.1", result)'))
    (course / "98_fine.ipynb").write_text(nbformat.writes(good), encoding="utf-8")
    (course / "99_broken.ipynb").write_text(nbformat.writes(bad), encoding="utf-8")
    code, stderr = run_main(capsys, "--notebooks", course, "--out", out)
    assert code == 1
    assert "99_broken.ipynb, cell 0" in stderr and "assigns no answer variable" in stderr
    assert not out.exists(), "nothing is written when a notebook cannot be converted"


def test_stale_student_notebooks_are_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    course, out = tmp_path / "notebooks", tmp_path / "student"
    course.mkdir()
    out.mkdir()
    nb = _notebook(_code("answer_98_1 = 1", solution=True), _code('check("98.1", answer_98_1)'))
    (course / "98_kept.ipynb").write_text(nbformat.writes(nb), encoding="utf-8")
    (out / "97_renamed_since.ipynb").write_text("{}", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert run_main(capsys, "--notebooks", course, "--out", out)[0] == 0
    assert sorted(p.name for p in out.iterdir()) == ["98_kept.ipynb", "notes.txt"]


# The edition `course.py start` serves: built on demand from notebooks/src, students' edits kept.

_SOURCE = """# %% [markdown]
# **Exercise 98.1.** How many?

# %% tags=["solution"]
answer_98_1 = {value}

# %%
check("98.1", answer_98_1)
"""


def _course(tmp_path: Path, value: int) -> tuple[Path, Path]:
    src, notebooks = tmp_path / "src", tmp_path / "notebooks"
    src.mkdir(exist_ok=True)
    notebooks.mkdir(exist_ok=True)
    (src / "98_made_up.py").write_text(_SOURCE.format(value=value), encoding="utf-8")
    return src, notebooks


def test_the_served_edition_is_built_from_the_sources_and_rebuilt_when_they_change(tmp_path: Path):
    src, notebooks = _course(tmp_path, 41)
    out = tmp_path / "student"
    first = student_edition.ensure_student_edition(out, src, notebooks)
    assert first.written == ["98_made_up.ipynb"] and not first.up_to_date
    text = (out / "98_made_up.ipynb").read_text(encoding="utf-8")
    assert "answer_98_1 = ..." in text and "41" not in text, "no built notebook: made from the source"
    assert student_edition.ensure_student_edition(out, src, notebooks).up_to_date
    _course(tmp_path, 42)  # the source changes (say, after `git pull`)
    again = student_edition.ensure_student_edition(out, src, notebooks)
    assert not again.up_to_date and again.written == [] and again.kept == []  # same student notebook
    (src / "98_made_up.py").write_text(
        _SOURCE.format(value=42).replace("How many?", "How many words?"), encoding="utf-8"
    )
    changed = student_edition.ensure_student_edition(out, src, notebooks)
    assert changed.written == ["98_made_up.ipynb"]
    assert "How many words?" in (out / "98_made_up.ipynb").read_text(encoding="utf-8")


def test_a_student_notebook_changed_by_the_student_is_never_overwritten(tmp_path: Path):
    src, notebooks = _course(tmp_path, 41)
    out = tmp_path / "student"
    student_edition.ensure_student_edition(out, src, notebooks)
    mine = out / "98_made_up.ipynb"
    work = mine.read_text(encoding="utf-8").replace("answer_98_1 = ...", "answer_98_1 = 7")
    mine.write_text(work, encoding="utf-8")
    (src / "98_made_up.py").write_text(_SOURCE.format(value=1).replace("How many?", "Who?"), encoding="utf-8")
    update = student_edition.ensure_student_edition(out, src, notebooks)
    assert update.kept == ["98_made_up.ipynb"] and update.written == []
    assert mine.read_text(encoding="utf-8") == work
    assert "kept your own copy of 98_made_up.ipynb" in update.describe()


def test_the_served_edition_uses_the_built_notebook_when_it_matches_its_source(tmp_path: Path):
    src, notebooks = _course(tmp_path, 41)
    build = student_edition._build_tool()
    nb = build.source_notebook(src / "98_made_up.py")
    nb.cells[0].source += " (built)"  # a built notebook that no longer matches its source is not used
    (notebooks / "98_made_up.ipynb").write_text(nbformat.writes(nb), encoding="utf-8")
    assert "(built)" not in nbformat.writes(
        student_edition.course_notebooks(src, notebooks)["98_made_up.ipynb"]
    )
    nb = build.source_notebook(src / "98_made_up.py")
    nb.cells[2].outputs = [_output("an output the build saved")]
    (notebooks / "98_made_up.ipynb").write_text(nbformat.writes(nb), encoding="utf-8")
    made = student_edition.course_notebooks(src, notebooks)["98_made_up.ipynb"]
    assert made.cells[2].outputs, "the built notebook (with its outputs) is used when it matches"
