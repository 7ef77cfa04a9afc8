#!/usr/bin/env python3
"""How long each notebook takes a novice, by one documented formula, written where times are stated.

The formula, for the core path and for the "Going further" part separately (a notebook's going-further
part starts at its first heading that begins "Going further"):

    minutes = words of prose / 60         (reading to understand: the prose points at tables and
                                            figures, and a novice goes back to them)
            + 1 per code cell              (run it, look at what it shows)
            + 5 per exercise               (think, write, check, read the hint, try again)

rounded up to the next 5 minutes.

The reading rate is calibrated, not assumed. The first version read prose at 120 words a minute; a
stopwatch review (a helper session working through the student edition as a first-year student with
no programming, doing every exercise) then took these minutes on the core paths, against what the
formula gives with 120 and with 60 words a minute (before any cut; same code cells and exercises):

    notebook   words  code cells  exercises   stopwatch   120 wpm   60 wpm
    01          1181          20          3        55        44.8      54.7
    02          1008          16          4        45-50     44.4      52.8
    03          1167          15          4        55-60     44.7      54.5
    04          1604          16          3        60        44.4      57.7
    05          1551          17          3        65        44.9      57.9
    08          1072          16          4        45-50     44.9      53.9

With the code-cell and exercise terms fixed, the least-squares reading rate is 58 words a minute; the
course uses 60. Prose costs a novice more than it costs an expert, so cutting prose from a core path
shortens it most. Words of prose are the words of the Markdown cells and of the
Markdown that code cells display (sentences written from computed figures). An exercise is an
exercise id checked in a code cell (``check("02.1", ...)``). The figures come from the saved
notebooks in ``notebooks/`` (the solved edition: the student edition has the same cells).

    python tools/course_times.py            # print the table
    python tools/course_times.py --write    # write the times into notebooks/src headers, README, guide

``tests/test_course_times.py`` recomputes every time and fails when a stated one differs.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
WORDS_PER_MINUTE = 60
MINUTES_PER_CODE_CELL = 1
MINUTES_PER_EXERCISE = 5
ROUND_TO = 5
GOING_FURTHER = re.compile(r"^#{1,4}\s+(\d+\.\s*)?Going further", re.IGNORECASE | re.MULTILINE)
CHECK_CALL = re.compile(r"""check\(\s*["'](\d\d\.\d+)["']""")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
HEADER_ROW = re.compile(r"^(# \| \*\*Time needed\*\* \| )(.*?)( \|)$", re.MULTILINE)
FORMULA = (
    "by the course's formula (`tools/course_times.py`: prose at 60 words a minute, a minute a code "
    "cell, five minutes an exercise)"
)


@dataclass(frozen=True)
class Part:
    """The measured size of one part of a notebook and the minutes the formula gives it."""

    words: int
    code_cells: int
    exercises: int

    @property
    def minutes(self) -> int:
        if not (self.words or self.code_cells or self.exercises):
            return 0
        raw = (
            self.words / WORDS_PER_MINUTE
            + self.code_cells * MINUTES_PER_CODE_CELL
            + self.exercises * MINUTES_PER_EXERCISE
        )
        return math.ceil(raw / ROUND_TO) * ROUND_TO


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _measure(cells: list[dict]) -> Part:
    words = code = 0
    exercises: set[str] = set()
    for cell in cells:
        source = _text(cell["source"])
        if cell["cell_type"] == "markdown":
            words += len(WORD.findall(source))
        elif cell["cell_type"] == "code" and source.strip():
            code += 1
            exercises.update(CHECK_CALL.findall(source))
            for output in cell.get("outputs", []):
                markdown = output.get("data", {}).get("text/markdown")
                if markdown:
                    words += len(WORD.findall(_text(markdown)))
    return Part(words, code, len(exercises))


def measure(path: Path) -> tuple[Part, Part]:
    """The core path and the going-further part of a saved notebook."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    split = next(
        (
            i
            for i, c in enumerate(cells)
            if c["cell_type"] == "markdown" and GOING_FURTHER.search(_text(c["source"]))
        ),
        len(cells),
    )
    return _measure(cells[:split]), _measure(cells[split:])


def stated_time(core: Part, further: Part) -> str:
    """The words a header, the README and the guide use for a notebook's time."""
    text = f"about {core.minutes} minutes"
    if further.minutes:
        text += f" (core path); going further: about {further.minutes} minutes more"
    return text


def course_times() -> dict[str, str]:
    """``{notebook stem: stated time}`` for every saved notebook, in course order."""
    return {p.stem: stated_time(*measure(p)) for p in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))}


def _readme_row(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^(\| \[{stem[:2]} · [^\n]*\| )([^|\n]*)( \|)$", re.MULTILINE)


def _guide_time(stem: str) -> re.Pattern[str]:
    return re.compile(rf"(^## {stem[:2]} · [^\n]*\n\n\*\*Time:\*\* )((?:[^\n]+\n)+)", re.MULTILINE)


def _guide_text(time: str) -> str:
    return f"{time}, {FORMULA}.\n"


def problems() -> list[str]:
    """Where a stated time differs from the formula: headers, README course map, instructor guide."""
    found = []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "INSTRUCTOR_GUIDE.md").read_text(encoding="utf-8")
    for stem, time in course_times().items():
        cells = json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
        if f"| **Time needed** | {time} |" not in _text(cells[0]["source"]):
            found.append(f"{stem}: its header does not state '{time}'")
        row = _readme_row(stem).search(readme)
        if not row or row.group(2) != time:
            found.append(f"README.md: the course map row of {stem} does not state '{time}'")
        entry = _guide_time(stem).search(guide)
        if not entry or entry.group(2) != _guide_text(time):
            found.append(f"docs/INSTRUCTOR_GUIDE.md: the section on {stem} does not state '{time}'")
    return found


def _write(times: dict[str, str]) -> list[str]:
    changed = []
    for stem, time in times.items():
        src = NOTEBOOKS / "src" / f"{stem}.py"
        text = src.read_text(encoding="utf-8")
        new = HEADER_ROW.sub(lambda m, t=time: m.group(1) + t + m.group(3), text, count=1)
        if new != text:
            src.write_text(new, encoding="utf-8")
            changed.append(str(src.relative_to(ROOT)))
    for doc, pattern, replacement in (
        ("README.md", _readme_row, lambda m, t: m.group(1) + t + m.group(3)),
        ("docs/INSTRUCTOR_GUIDE.md", _guide_time, lambda m, t: m.group(1) + _guide_text(t)),
    ):
        path = ROOT / doc
        text = path.read_text(encoding="utf-8")
        new = text
        for stem, time in times.items():
            new = pattern(stem).sub(lambda m, t=time, r=replacement: r(m, t), new, count=1)  # type: ignore[misc]
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(doc)
    return changed


def main(argv: list[str]) -> int:
    times = course_times()
    for stem, time in times.items():
        core, further = measure(NOTEBOOKS / f"{stem}.ipynb")
        print(
            f"{stem:40} core: {core.words:5} words, {core.code_cells:3} code cells, {core.exercises} exercises"
            f"  -> {time}"
        )
        if further.minutes:
            print(
                f"{'':40} going further: {further.words} words, {further.code_cells} cells, {further.exercises} exercises"
            )
    if "--write" in argv:
        changed = _write(times)
        print("written:", ", ".join(changed) or "nothing changed")
        if any(c.startswith("notebooks/src") for c in changed):
            print("now rebuild the changed notebooks: python3 course.py build NN")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
