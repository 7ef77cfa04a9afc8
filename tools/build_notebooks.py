#!/usr/bin/env python3
"""Build the course notebooks from their sources, executing them so their outputs are real.

Sources are Jupytext "percent" scripts in notebooks/src/ (readable diffs, easy review). Each is
converted to notebooks/<name>.ipynb and executed top to bottom in a fresh kernel (as "Restart and
Run All" would), then saved with its outputs. Nothing is pasted by hand.

    python tools/build_notebooks.py              # all notebooks
    python tools/build_notebooks.py 01 02        # only those whose name starts with 01 or 02
    python tools/build_notebooks.py --check      # exit 1 if an .ipynb differs from its source

`--check` compares every cell's type, id, source and metadata (tags such as ``solution``,
``course-only`` or ``remove-input``, which the student edition, the report and the site read) and
the notebook's metadata (but ``language_info``, which the kernel fills in); outputs and execution
counts are left to nbval.

Prose cells. A code cell whose only job is to write a sentence from computed figures has its input
hidden: ``metadata.jupyter.source_hidden = True`` (JupyterLab shows a collapsed input) and the tag
``remove-input`` (the site, Jupyter Book, leaves the code out). A cell is a prose cell when

* its last statement is a call to ``Markdown(...)`` (or ``display(Markdown(...))``), and
* no name it defines at top level (assignments, ``def``, ``class``, ``import``, ``for`` targets)
  appears in any later code cell of the notebook;

or when its source header carries the tag explicitly: ``# %% tags=["prose"]``. Hiding is done
here, in ``source_notebook()``, so built notebooks and ``--check`` agree (see CONTRIBUTING.md).
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "notebooks" / "src"
OUT = ROOT / "notebooks"
KERNEL_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


PROSE_TAG = "prose"
REMOVE_INPUT_TAG = "remove-input"
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda) + (
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def _is_markdown_call(node: ast.AST) -> bool:
    """``Markdown(...)``, ``IPython.display.Markdown(...)`` or ``display(Markdown(...))``."""
    if not isinstance(node, ast.Call):
        return False
    name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    if name == "Markdown":
        return True
    return name == "display" and len(node.args) == 1 and _is_markdown_call(node.args[0])


def defined_names(tree: ast.Module) -> set[str]:
    r"""The names a cell binds at top level (not inside functions, classes or comprehensions).

    Example:
        >>> sorted(defined_names(ast.parse("a = 1\nfor b in []: pass\ndef f(c): d = c\nimport e.g")))
        ['a', 'b', 'e', 'f']
    """
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        if not isinstance(node, _SCOPES):
            for child in ast.iter_child_nodes(node):
                visit(child)

    visit(tree)
    return names


def is_prose_cell(source: str, later_sources: list[str]) -> bool:
    r"""True if the cell only writes a sentence: it ends with ``Markdown(...)`` and defines nothing used later.

    Example:
        >>> is_prose_cell('n = 3\nMarkdown(f"{n} words")', ["print(1)"])
        True
        >>> is_prose_cell('n = 3\nMarkdown(f"{n} words")', ["print(n)"])
        False
        >>> is_prose_cell("table.round(3)", [])
        False
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:  # IPython magics, shell escapes: not a prose cell
        return False
    if not tree.body or not isinstance(tree.body[-1], ast.Expr) or not _is_markdown_call(tree.body[-1].value):
        return False
    later = "\n".join(later_sources)
    return not any(re.search(rf"\b{re.escape(name)}\b", later) for name in defined_names(tree))


def hide_prose_inputs(cells: list) -> None:
    """Mark every prose cell of ``cells`` (see the module docstring): input hidden, tag ``remove-input``."""
    code = [(i, cell) for i, cell in enumerate(cells) if cell.cell_type == "code"]
    for position, (_, cell) in enumerate(code):
        tags = list(cell.metadata.get("tags", []))
        later = [other.source for _, other in code[position + 1 :]]
        if PROSE_TAG in tags or is_prose_cell(cell.source, later):
            tags = [t for t in tags if t != PROSE_TAG]
            cell.metadata["tags"] = tags + ([] if REMOVE_INPUT_TAG in tags else [REMOVE_INPUT_TAG])
            cell.metadata["jupyter"] = {**cell.metadata.get("jupyter", {}), "source_hidden": True}


def source_notebook(path: Path):
    import jupytext

    nb = jupytext.read(path)
    nb.metadata = dict(KERNEL_METADATA)
    for number, cell in enumerate(nb.cells):
        cell.id = f"{path.stem[:2]}-{number:03d}"  # stable ids: rebuilding changes nothing but outputs
        cell.metadata.pop("lines_to_next_cell", None)
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    hide_prose_inputs(nb.cells)
    return nb


@contextlib.contextmanager
def fixed_hash_seed(seed: str = "0") -> Iterator[None]:
    """Kernels started inside get ``PYTHONHASHSEED=seed``; the variable is restored afterwards.

    A kernel inherits its environment, so a build (or a timing of it) is the same whatever seed
    the calling shell has.

    Example:
        >>> before = os.environ.get("PYTHONHASHSEED")
        >>> with fixed_hash_seed("7"):
        ...     os.environ["PYTHONHASHSEED"]
        '7'
        >>> os.environ.get("PYTHONHASHSEED") == before
        True
    """
    previous = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = seed
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PYTHONHASHSEED", None)
        else:
            os.environ["PYTHONHASHSEED"] = previous


def build(path: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = source_notebook(path)
    start = time.perf_counter()
    with fixed_hash_seed():
        NotebookClient(
            nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(OUT)}}
        ).execute()
    elapsed = time.perf_counter() - start
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, OUT / f"{path.stem}.ipynb")
    return elapsed


def sources_differ(path: Path) -> list[str]:
    import nbformat

    built = OUT / f"{path.stem}.ipynb"
    if not built.exists():
        return [f"{built.name} is missing: run `python3 course.py build {path.stem[:2]}`"]
    src = source_notebook(path)
    nb = nbformat.read(built, as_version=4)
    fix = f"run `python3 course.py build {path.stem[:2]}`"

    def notebook_metadata(notebook) -> dict:
        return {k: v for k, v in notebook.metadata.items() if k != "language_info"}  # the kernel fills it in

    if notebook_metadata(nb) != notebook_metadata(src):
        return [f"{built.name}: its notebook metadata differs from src/{path.name}: {fix}"]
    if len(nb.cells) != len(src.cells):
        return [f"{built.name} has {len(nb.cells)} cells, src/{path.name} makes {len(src.cells)}: {fix}"]
    for number, (want, have) in enumerate(zip(src.cells, nb.cells)):
        for part in ("cell_type", "id", "source", "metadata"):
            if want.get(part) != have.get(part):
                return [f"{built.name}, cell {number}: its {part} differs from src/{path.name}: {fix}"]
    return []


def main(argv: list[str]) -> int:
    check = "--check" in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    sources = sorted(p for p in SRC.glob("*.py") if not prefixes or p.name.startswith(tuple(prefixes)))
    if not sources:
        print("no notebook sources matched", prefixes)
        return 1
    if check:
        problems = [msg for p in sources for msg in sources_differ(p)]
        print("\n".join(problems) or f"{len(sources)} notebooks match their sources")
        return 1 if problems else 0
    for path in sources:
        print(f"{path.stem}: {build(path):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
