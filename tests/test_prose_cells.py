"""Prose reads as prose (issue 14 item 5): cells that only write a sentence have their input hidden.

The rule lives in tools/build_notebooks.py (``is_prose_cell``, documented in CONTRIBUTING.md):
a code cell whose last statement is ``Markdown(...)`` and which defines nothing used later gets
``jupyter.source_hidden`` and the tag ``remove-input``; ``# %% tags=["prose"]`` forces it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build = _tool("build_notebooks")


def _hidden(cell) -> bool:
    return bool(cell["metadata"].get("jupyter", {}).get("source_hidden"))


def test_the_rule_on_cells_written_by_hand():
    later = ["fig = plots.bar(table)", "check('01.1', answer_01_1)"]
    assert build.is_prose_cell('share = 0.5\nMarkdown(f"Half: {share:.0%}.")', later)
    assert build.is_prose_cell('display(Markdown("A sentence."))', later)
    assert build.is_prose_cell('def line(x):\n    return f"{x}"\n\nMarkdown(line(3))', later)
    # defines a name a later cell uses: stays visible, so no name's origin is hidden
    assert not build.is_prose_cell('table = make()\nMarkdown(f"{len(table)} rows")', ["table.head()"])
    # a comprehension's loop name is not a definition of the cell
    assert build.is_prose_cell('Markdown(", ".join(n for n in names))', ["for n in names: pass"])
    assert not build.is_prose_cell("counts.round(3)", later)  # a table, not a sentence
    assert not build.is_prose_cell('Markdown("x")\ncounts', later)  # the sentence is not the last thing
    assert not build.is_prose_cell('%matplotlib inline\nMarkdown("x")', later)  # not plain Python


def test_an_explicit_prose_tag_hides_a_cell_the_rule_keeps(tmp_path):
    source = tmp_path / "09_example.py"
    source.write_text(
        '# %% tags=["prose"]\nn = 3\nMarkdown(f"{n} words")\n\n# %%\nn + 1\n\n'
        '# %%\nm = 2\nMarkdown(f"{m} words")\n\n# %%\nm\n',
        encoding="utf-8",
    )
    nb = build.source_notebook(source)
    assert [_hidden(c) for c in nb.cells] == [True, False, False, False]
    assert nb.cells[0].metadata["tags"] == ["remove-input"]  # "prose" is replaced, not kept


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem[:2])
def test_hidden_cells_carry_both_marks_and_show_only_markdown(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for index, cell in enumerate(cells):
        tagged = "remove-input" in cell["metadata"].get("tags", [])
        assert tagged == _hidden(cell), f"{path.name}, cell {index}: source_hidden and remove-input disagree"
        if tagged:
            kinds = {kind for out in cell.get("outputs", []) for kind in out.get("data", {})}
            assert "text/markdown" in kinds, (
                f"{path.name}, cell {index}: a hidden input that writes no sentence"
            )
            assert "image/png" not in kinds, f"{path.name}, cell {index}: a chart's code must stay visible"


def test_notebook_07_hides_its_sentence_cells():
    path = ROOT / "notebooks" / "07_framing_report.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    hidden = [c for c in cells if _hidden(c)]
    assert len(hidden) >= 3
    assert any("Markdown(" in "".join(c["source"]) and "def key_word" in "".join(c["source"]) for c in hidden)


def test_the_student_edition_keeps_the_hidden_inputs():
    student = _tool("student_edition")
    for path in NOTEBOOKS:
        text = path.read_text(encoding="utf-8")
        nb = json.loads(text)
        edition = student.student_notebook(student.nbformat.reads(text, as_version=4), path.name)
        assert [_hidden(c) for c in edition.cells] == [_hidden(c) for c in nb["cells"]], path.name
        assert [("remove-input" in c.metadata.get("tags", [])) for c in edition.cells] == [
            ("remove-input" in c["metadata"].get("tags", [])) for c in nb["cells"]
        ], path.name
