"""Exercises of notebook 00 (check your setup)."""

from __future__ import annotations

from . import exercise


def _catalogue():
    from ..texts import load_catalogue

    return load_catalogue()


@exercise(
    "00.1",
    "How many texts are listed in the catalogue?",
    hints=(
        (lambda a, e: isinstance(a, str), "Give a number, not text: `len(catalogue)` counts the rows."),
        (
            lambda a, e: hasattr(a, "shape"),
            "That is a table; the answer is its number of rows: `len(catalogue)`.",
        ),
        (
            lambda a, e: a == len(_catalogue().columns),
            "That is the number of columns. Count rows with `len(catalogue)`.",
        ),
    ),
    wrong_examples=(12, "two", 0),
)
def _texts_in_catalogue() -> int:
    return len(_catalogue())


@exercise(
    "00.2",
    "Which of the two texts was published first? Give its id.",
    hints=(
        (
            lambda a, e: not isinstance(a, str),
            'Give the id as a string in quotes, for example "press_release".',
        ),
        (
            lambda a, e: a.strip().casefold() in {"press_release", "press release"},
            "Compare the `date` column: 2017-03 (March) comes before 2017-12-22 (December).",
        ),
        (
            lambda a, e: a.strip().casefold() not in set(_catalogue()["id"]),
            "Use one of the ids exactly as written in the `id` column.",
        ),
    ),
    wrong_examples=("press_release", "the guardian", 2017),
)
def _first_published() -> str:
    catalogue = _catalogue()
    dated = catalogue[catalogue["date"].str.len() > 0]  # an added text may be undated
    return str(dated.sort_values("date", kind="stable").iloc[0]["id"])


@exercise(
    "00.3",
    "How many setup checks passed?",
    hints=(
        (
            lambda a, e: not isinstance(a, (int,)) and not hasattr(a, "__index__"),
            'Give a whole number: `(checks["result"] == "✅ pass").sum()` counts the passing rows.',
        ),
        (
            lambda a, e: a > e,
            "That is more than the checks that passed: did you count every row, including failures?",
        ),
    ),
    fallback_hint='Count the rows whose result is "✅ pass": `(checks["result"] == "✅ pass").sum()`.',
    wrong_examples=(0, 1000, "all"),
)
def _checks_passed() -> int:
    from ..setup_check import PASS, run_checks

    return int((run_checks()["result"] == PASS).sum())
