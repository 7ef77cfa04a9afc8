"""The instructor guide exists and covers the whole course and every notebook."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "docs" / "INSTRUCTOR_GUIDE.md").read_text(encoding="utf-8")
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def section(number: str) -> str:
    match = re.search(rf"^## {number} · .*?(?=^## \d\d · |\Z)", GUIDE, flags=re.M | re.S)
    assert match, f"the guide has no section '## {number} · ...'"
    return match.group(0)


def test_the_guide_covers_the_whole_course():
    for heading in (
        "## Learning outcomes of the whole course",
        "### A taster in two 90-minute sessions",
        "### A single 60-minute demonstration",
        "## Running the course with no internet",
        "## Swapping in two new texts",
    ):
        assert heading in GUIDE


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_time_key_idea_questions_and_errors(path):
    text = section(path.name[:2])
    assert "**Time:**" in text
    assert "### Key idea" in text
    questions = text.split("### Discussion questions", 1)[1].split("###", 1)[0]
    assert len(re.findall(r"^\d+\. ", questions, flags=re.M)) >= 2, "two discussion questions"
    assert re.search(r"### Common student errors,? and their fixes", text)
