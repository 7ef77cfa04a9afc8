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
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "notebooks" / "src"
OUT = ROOT / "notebooks"
KERNEL_METADATA = {
    "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def source_notebook(path: Path):
    import jupytext

    nb = jupytext.read(path)
    nb.metadata = dict(KERNEL_METADATA)
    for number, cell in enumerate(nb.cells):
        cell.id = f"{path.stem[:2]}-{number:03d}"  # stable ids: rebuilding changes nothing but outputs
        cell.metadata.pop("lines_to_next_cell", None)
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return nb


def build(path: Path) -> float:
    import nbformat
    from nbclient import NotebookClient

    nb = source_notebook(path)
    env_hash = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = "0"
    start = time.perf_counter()
    try:
        NotebookClient(
            nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(OUT)}}
        ).execute()
    finally:
        if env_hash is None:
            os.environ.pop("PYTHONHASHSEED", None)
        else:
            os.environ["PYTHONHASHSEED"] = env_hash
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
