"""The instructor guide's term plan: its minutes are recomputed from the notebooks, one lab each.

The formula (stated in the guide): words of prose at 120 a minute, plus one minute per code cell
a student runs, plus five minutes per exercise (a cell tagged `solution`).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "INSTRUCTOR_GUIDE.md").read_text(encoding="utf-8")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def minutes(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    words = sum(len(re.findall(r"[A-Za-z0-9’']+", c.source)) for c in nb.cells if c.cell_type == "markdown")
    solution = [c for c in nb.cells if c.cell_type == "code" and "solution" in c.metadata.get("tags", [])]
    code = sum(1 for c in nb.cells if c.cell_type == "code") - len(solution)
    return round(words / 120 + code + 5 * len(solution))


def plan() -> str:
    match = re.search(r"^## A term plan$(.*?)^## ", GUIDE, re.M | re.S)
    assert match, "the guide has no '## A term plan' section"
    return match.group(1)


def stated_minutes() -> dict[str, list[int]]:
    """Each lab's notebook minutes as the plan states them, by week: "84", or "00: 27, 01: 40"."""
    found: dict[str, dict[str, int]] = {}
    for line in plan().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not cells[0].isdigit():
            continue
        numbers = re.findall(r"\b(\d\d) ·", cells[1])
        pairs = dict(re.findall(r"(\d\d): (\d+)", cells[2]))
        if not pairs and numbers and cells[2].isdigit():
            pairs = {numbers[0]: cells[2]}
        found[cells[0]] = {k: int(v) for k, v in pairs.items()}
    return found  # type: ignore[return-value]


def test_every_notebook_has_a_lab_with_its_computed_minutes():
    labs = stated_minutes()
    by_notebook = {number: value for lab in labs.values() for number, value in lab.items()}
    for path in NOTEBOOKS:
        number = path.name[:2]
        assert number in by_notebook, f"no lab in the term plan for notebook {number}"
        assert by_notebook[number] == minutes(path), (
            f"notebook {number}: the plan says {by_notebook[number]}, the formula gives {minutes(path)} minutes"
        )


def test_no_lab_holds_more_notebook_time_than_fits_in_90_minutes():
    for week, lab in stated_minutes().items():
        assert sum(lab.values()) <= 90, f"week {week}: {lab}"


def test_the_plan_defines_framing_in_week_1_and_has_a_checklist_and_saving_work():
    text = plan()
    assert re.search(r"\| 1 \| \*\*What framing is\*\*", text)
    assert "**Framing, defined in week 1**" in text and "Entman" in text
    assert "**Before week 1 (checklist).**" in text and "**Saving work.**" in text
