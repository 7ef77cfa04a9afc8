#!/usr/bin/env python3
"""Write the student edition of the course: every notebook with its exercise solutions removed.

Each code cell tagged ``solution`` is replaced by a stub that keeps only its answer variables,

    # ✍️ Your turn: write your answer below, run this cell, then run the check.
    answer_01_2 = ...  # your turn: replace ... with your answer to exercise 01.2

with no trace of the solution's code (helper lines included) and no outputs. Every code cell that
mentions one of those answer variables (the check cell that follows each solution, and any later
cell) loses its outputs too, since they were computed from the solution. All other cells keep their
saved outputs. Only the notebooks are written: nothing else from the repository is copied.

    python tools/student_edition.py                  # bring student/ up to date (keeps edited copies)
    python tools/student_edition.py --out somewhere/ # write every student notebook into another folder

The output is deterministic: the same notebooks give the same bytes. Exits with status 1, naming
the notebook and cell, if a solution cell assigns no ``answer_NN_K`` variable.

``student/`` is the edition that ``python3 course.py start`` serves. It is built on demand from
``notebooks/src/NN_*.py``: from the built ``notebooks/NN_*.ipynb`` (with its saved outputs) when
that notebook's code matches its source, else from the source itself (no outputs at all). It is
rebuilt when a source, a built notebook or this tool changes, but a student notebook that was
changed since it was written (the student's own work) is never overwritten: it is kept, and the
command says so. ``student/.student-edition.json`` records what was written.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "notebooks" / "src"
SERVED = ROOT / "student"
MANIFEST_NAME = ".student-edition.json"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
SOLUTION_TAG = "solution"
ANSWER_NAME = re.compile(r"answer_(\d{2})_(\d+)[a-z]?")
STUB_HEADER = "# ✍️ Your turn: write your answer below, run this cell, then run the check."


class StudentEditionError(Exception):
    """A notebook cannot be turned into its student edition (the message says why)."""


def _python_source(source: str) -> str:
    """``source`` as plain Python: IPython syntax (``%magic``, ``!cmd``) is translated first."""
    try:
        ast.parse(source)
        return source
    except SyntaxError:
        from IPython.core.inputtransformer2 import TransformerManager

        return TransformerManager().transform_cell(source)


def assigned_answers(source: str) -> list[str]:
    """Names matching ``answer_NN_K`` that ``source`` assigns at cell level, in order of appearance.

    Assignments inside function or class bodies do not count: they do not define the variable.

    Example:
        >>> assigned_answers("x = 2\\nanswer_01_2 = x / 4\\nanswer_01_1: int = 3\\nanswer_01_2 += 1")
        ['answer_01_2', 'answer_01_1']
    """
    tree = ast.parse(_python_source(source))
    names: list[str] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and ANSWER_NAME.fullmatch(node.id):
            names.append(node.id)
        stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return list(dict.fromkeys(names))  # pre-order traversal: source order, each name once


def stub_source(names: list[str]) -> str:
    """The student's version of a solution cell that assigns ``names``."""
    lines = [STUB_HEADER]
    for name in names:
        number = ANSWER_NAME.fullmatch(name)
        exercise = f" to exercise {number.group(1)}.{number.group(2)}" if number else ""
        lines.append(f"{name} = ...  # your turn: replace ... with your answer{exercise}")
    return "\n".join(lines)


def _clear_outputs(cell: NotebookNode) -> None:
    cell.outputs = []
    cell.execution_count = None


def is_solution(cell: NotebookNode) -> bool:
    """True for a code cell tagged ``solution``."""
    return cell.cell_type == "code" and SOLUTION_TAG in cell.metadata.get("tags", [])


def student_notebook(nb: NotebookNode, name: str = "notebook") -> NotebookNode:
    """A copy of ``nb`` with every solution stubbed out and every output derived from one cleared.

    ``name`` is only used in error messages.
    """
    nb = nbformat.from_dict(nb)  # a deep copy: the course notebook is left untouched
    answers: set[str] = set()
    for index, cell in enumerate(nb.cells):
        if not is_solution(cell):
            continue
        try:
            names = assigned_answers(cell.source)
        except SyntaxError as error:
            raise StudentEditionError(
                f"{name}, cell {index}: the solution is not valid Python ({error.msg})."
            ) from None
        if not names:
            raise StudentEditionError(
                f"{name}, cell {index}: this solution cell assigns no answer variable. A cell tagged "
                f"'{SOLUTION_TAG}' must assign `answer_NN_K = ...` (for example `answer_01_2`), which the "
                f"check cell after it reads. Its source starts: {cell.source.strip()[:80]!r}"
            )
        answers.update(names)
        cell.source = stub_source(names)
        _clear_outputs(cell)
    if answers:
        mentions = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, answers))) + r")\b")
        for cell in nb.cells:
            if cell.cell_type == "code" and not is_solution(cell) and mentions.search(cell.source):
                _clear_outputs(cell)  # the check after each solution, and anything else showing an answer
    return nb


def write_student_edition(notebooks: Path, out: Path) -> list[Path]:
    """Write the student edition of every ``notebooks/NN_*.ipynb`` into ``out``; return the paths.

    Notebooks are all converted before anything is written, so an error leaves ``out`` unchanged.
    Student notebooks in ``out`` whose course notebook no longer exists are removed.
    """
    sources = sorted(notebooks.glob(NOTEBOOK_GLOB))
    if not sources:
        raise StudentEditionError(
            f"no notebooks matching {NOTEBOOK_GLOB} in {notebooks}: build them first "
            "(python3 course.py build)"
        )
    converted = {}
    for path in sources:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        converted[path.name] = nbformat.writes(student_notebook(nb, path.name)) + "\n"
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(NOTEBOOK_GLOB):
        if stale.name not in converted:
            stale.unlink()
    written = []
    for filename, text in converted.items():
        target = out / filename
        target.write_text(text, encoding="utf-8", newline="\n")
        written.append(target)
    return written


def _build_tool():
    """tools/build_notebooks.py as a module (for its source-to-notebook conversion)."""
    spec = importlib.util.spec_from_file_location(
        "build_notebooks", Path(__file__).with_name("build_notebooks.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def course_notebooks(src: Path = SRC, notebooks: Path = ROOT / "notebooks") -> dict[str, NotebookNode]:
    """The course notebook of every ``src/NN_*.py``, by ``.ipynb`` file name.

    The built ``notebooks/NN_*.ipynb`` (with its saved outputs) when its cells match the source,
    otherwise the source converted with no outputs: the student edition never lags behind it.
    """
    sources = sorted(src.glob("[0-9][0-9]_*.py"))
    if not sources:
        raise StudentEditionError(f"no notebook sources (NN_name.py) in {src}")
    build = _build_tool()
    result = {}
    for path in sources:
        from_source = build.source_notebook(path)
        built = notebooks / f"{path.stem}.ipynb"
        nb = from_source
        if built.exists():
            saved = nbformat.reads(built.read_text(encoding="utf-8"), as_version=4)
            if [(c.cell_type, c.source) for c in saved.cells] == [
                (c.cell_type, c.source) for c in from_source.cells
            ]:
                nb = saved
        result[built.name] = nb
    return result


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edition_fingerprint(src: Path = SRC, notebooks: Path = ROOT / "notebooks") -> str:
    """One digest of everything the student edition is made from: sources, built notebooks, this tool."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted([*src.glob("[0-9][0-9]_*.py"), *notebooks.glob(NOTEBOOK_GLOB)]):
        digest.update(f"{path.parent.name}/{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class EditionUpdate:
    """What :func:`ensure_student_edition` did, notebook by notebook (file names)."""

    folder: Path
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # changed by the student since written: not overwritten
    removed: list[str] = field(default_factory=list)
    up_to_date: bool = False

    def describe(self) -> str:
        """A short report for the terminal."""
        if self.up_to_date:
            return f"Student edition in {self.folder.name}/ is up to date."
        lines = [f"Student edition in {self.folder.name}/: {len(self.written)} notebook(s) written."]
        lines += [
            f"  kept your own copy of {name} (you changed it); to get the new version, rename or delete "
            "it and start again"
            for name in self.kept
        ]
        return "\n".join(lines)


def ensure_student_edition(
    out: Path = SERVED, src: Path = SRC, notebooks: Path = ROOT / "notebooks"
) -> EditionUpdate:
    """Bring the student edition in ``out`` up to date with the course, keeping students' own work.

    Nothing is done when the manifest records the current sources and every notebook is present.
    A notebook in ``out`` whose bytes differ from what was last written there was edited (by the
    student, in JupyterLab): it is kept as it is and listed in ``kept``.
    """
    manifest_path = out / MANIFEST_NAME
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    recorded: dict[str, str] = manifest.get("notebooks", {}) if isinstance(manifest, dict) else {}
    fingerprint = edition_fingerprint(src, notebooks)
    update = EditionUpdate(out)
    if (
        manifest.get("fingerprint") == fingerprint
        and recorded
        and all((out / name).exists() for name in recorded)
    ):
        update.up_to_date = True
        return update
    converted = {
        name: nbformat.writes(student_notebook(nb, name)) + "\n"
        for name, nb in course_notebooks(src, notebooks).items()
    }
    out.mkdir(parents=True, exist_ok=True)

    def edited(target: Path) -> bool:
        return target.exists() and _sha256(target.read_bytes()) != recorded.get(target.name)

    new_record: dict[str, str] = {}
    for name, text in converted.items():
        target = out / name
        data = text.encode("utf-8")
        if target.exists() and target.read_bytes() == data:
            new_record[name] = _sha256(data)
        elif edited(target):
            update.kept.append(name)
            new_record[name] = recorded.get(name, "")
        else:
            target.write_bytes(data)
            update.written.append(name)
            new_record[name] = _sha256(data)
    for name in sorted(set(recorded) - set(converted)):
        stale = out / name
        if stale.exists() and not edited(stale):
            stale.unlink()
            update.removed.append(name)
    manifest_path.write_text(
        json.dumps({"fingerprint": fingerprint, "notebooks": new_record}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return update


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="write every student notebook into this folder (default: bring student/ up to date)",
    )
    parser.add_argument(
        "--notebooks",
        type=Path,
        default=ROOT / "notebooks",
        help="folder of the course notebooks (default: notebooks/)",
    )
    args = parser.parse_args(argv)
    if args.out is None:
        try:
            print(ensure_student_edition(SERVED).describe())
        except StudentEditionError as error:
            print(f"student edition not written: {error}", file=sys.stderr)
            return 1
        return 0
    try:
        written = write_student_edition(args.notebooks, args.out)
    except StudentEditionError as error:
        print(f"student edition not written: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(f"{len(written)} student notebooks written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
