"""Read what a saved notebook states: its Markdown cells and the Markdown its code cells display.

The facts tests pin a notebook's figures from the notebook itself, not from a copy of its code:
nbval re-executes every notebook and fails when a saved output differs from a fresh run, so a
sentence found in the saved outputs is a sentence the notebook computes today. A facts test then
asks that the prose states the figure, in the words a student reads:

    >>> text = prose("01")
    >>> "months" in text
    True
    >>> assert_states("01", "months")
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def notebook_path(number: str) -> Path:
    """The saved notebook whose name starts with ``number`` (``"01"`` -> ``01_reading_....ipynb``)."""
    matches = sorted(NOTEBOOKS.glob(f"{number}_*.ipynb"))
    if len(matches) != 1:
        raise LookupError(
            f"expected one notebook named {number}_*.ipynb in {NOTEBOOKS}, found {len(matches)}"
        )
    return matches[0]


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


@cache
def cells(number: str) -> tuple[dict, ...]:
    """The notebook's cells as saved (JSON dicts), in order."""
    notebook = json.loads(notebook_path(number).read_text(encoding="utf-8"))
    return tuple(notebook["cells"])


def displayed(cell: dict) -> str:
    """What a code cell shows a student: its text/markdown and text/plain outputs and printed text."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(_text(output.get("text", "")))
        data = output.get("data", {})
        for kind in ("text/markdown", "text/plain"):
            if kind in data:
                parts.append(_text(data[kind]))
                break
    return "\n".join(parts)


def _normalise(text: str) -> str:
    text = re.sub(r"[*_`]", "", text)  # Markdown emphasis and code marks
    return re.sub(r"\s+", " ", text)


@cache
def prose(number: str) -> str:
    """Everything the notebook says in words: Markdown cells and displayed outputs, emphasis removed."""
    parts = []
    for cell in cells(number):
        parts.append(_text(cell["source"]) if cell["cell_type"] == "markdown" else displayed(cell))
    return _normalise("\n".join(parts))


def assert_states(number: str, *phrases: str) -> None:
    """Fail unless the notebook's prose contains every phrase (emphasis and line breaks ignored)."""
    text = prose(number)
    missing = [p for p in phrases if _normalise(p) not in text]
    if missing:
        raise AssertionError(f"notebook {number} does not state: {missing}")
