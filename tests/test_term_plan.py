"""The instructor guide's term plan: its minutes are the notebooks' own, recomputed; each lab fits.

The minutes come from tools/course_times.py (the course's one formula for a notebook's time; its
core path, without "Going further"). A notebook that needs more than one 90-minute lab is marked
"(two labs)" and may hold up to 180 minutes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "INSTRUCTOR_GUIDE.md").read_text(encoding="utf-8")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
LAB = 90

_spec = importlib.util.spec_from_file_location("course_times", ROOT / "tools" / "course_times.py")
course_times = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = course_times
_spec.loader.exec_module(course_times)


def minutes(path: Path) -> int:
    core, _ = course_times.measure(path)
    return core.minutes


def plan() -> str:
    match = re.search(r"^## A term plan$(.*?)^\*\*Framing, defined", GUIDE, re.M | re.S)
    assert match, "the guide has no '## A term plan' section"
    return match.group(1)


def labs() -> list[list[str]]:
    rows = []
    for line in plan().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].isdigit():
            rows.append(cells)
    return rows


def test_every_notebook_has_a_lab_at_its_computed_minutes():
    stated = {n: int(m) for row in labs() for n, m in re.findall(r"(\d\d): (\d+)", row[2])}
    for path in NOTEBOOKS:
        number = path.name[:2]
        assert number in stated, f"no lab in the term plan for notebook {number}"
        assert stated[number] == minutes(path), (
            f"notebook {number}: the plan says {stated[number]} minutes, the formula {minutes(path)}"
        )


def test_each_lab_fits_in_90_minutes_or_is_split_over_two():
    for week, lab, stated, _ in labs():
        total = sum(int(m) for m in re.findall(r"\d\d: (\d+)", stated))
        allowed = 2 * LAB if "(two labs)" in stated else LAB
        assert total <= allowed, f"week {week} ({lab}): {total} minutes of notebook"


def test_the_plan_defines_framing_in_week_1_and_has_a_checklist_and_saving_work():
    assert labs()[0][0] == "1" and "**What framing is**" in labs()[0][1]
    assert "**Framing, defined in week 1**" in GUIDE and "Entman" in GUIDE
    assert "**Before week 1 (checklist).**" in GUIDE and "**Saving work.**" in GUIDE
