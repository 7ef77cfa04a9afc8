"""Exercises of notebook 00 (check your setup)."""

from __future__ import annotations

import functools
from types import SimpleNamespace

from helpers.setup_check import offline_check_names, run_checks
from helpers.texts import load_catalogue

from . import FALLBACK, Wrong, exercise, is_table

# A stand-in for a pandas table or column: the hints that catch one test only ``.shape``, and
# importing pandas here would make loading the checks heavy.
_TABLE = SimpleNamespace(shape=(3, 12))

_TITLE = "News story: Foreign Secretary arrives in Moscow"


@functools.cache
def _all_checks() -> int:
    """How many rows the setup check has (run once: it loads every library and model)."""
    return len(run_checks())


def _catalogue():

    return load_catalogue()


@exercise(
    "00.1",
    'How many setup checks are in the area "Offline data"?',
    hints=(
        (
            lambda a, e: is_table(a),
            'That is a column of True/False values; add them up: `(checks["area"] == "Offline data").sum()`.',
        ),
        (
            lambda a, e: not isinstance(a, int) and not hasattr(a, "__index__"),
            'Give a whole number: `(checks["area"] == "Offline data").sum()` counts the rows.',
        ),
        (
            lambda a, e: a == _all_checks(),
            'That counts every check. Keep only the rows whose `area` is "Offline data".',
        ),
    ),
    fallback_hint='Count the rows whose area is "Offline data": `(checks["area"] == "Offline data").sum()`.',
    wrong_examples=(
        Wrong(_TABLE, hint="That is a column of True/False"),
        Wrong(10, hint="That counts every check."),
        Wrong("five", hint="Give a whole number:"),
        Wrong(3, hint=FALLBACK),
    ),
)
def _offline_checks() -> int:
    # run_checks() makes one "Offline data" row per offline check, passed or failed (see
    # tests/test_setup_check.py), so the answer is known without running them
    return len(offline_check_names())


@exercise(
    "00.2",
    "How many texts are listed in the catalogue?",
    hints=(
        (lambda a, e: isinstance(a, str), "Give a number, not text: `len(catalogue)` counts the rows."),
        (
            lambda a, e: is_table(a),
            "That is a table; the answer is its number of rows: `len(catalogue)`.",
        ),
        (
            lambda a, e: a == len(_catalogue().columns),
            "That is the number of columns. Count rows with `len(catalogue)`.",
        ),
    ),
    wrong_examples=(
        Wrong(12, hint="That is the number of"),
        Wrong("two", hint="Give a number, not text:"),
        Wrong(_TABLE, hint="That is a table; the answer"),
        Wrong(0, hint=FALLBACK),
    ),
)
def _texts_in_catalogue() -> int:
    return len(_catalogue())


@exercise(
    "00.3",
    "How many characters long is the press release's title?",
    hints=(
        (
            lambda a, e: isinstance(a, str),
            "Give the number, not the title: put the title inside `len(...)`.",
        ),
        (
            lambda a, e: a == len(_TITLE.split()),
            "That is the number of words. `len(...)` of a text counts its characters, spaces included.",
        ),
        (
            lambda a, e: a == len(_TITLE.replace(" ", "")),
            "Spaces count too: `len(...)` counts every character of the title.",
        ),
        (
            lambda a, e: a == len(_catalogue().columns),
            "That is the number of columns of the catalogue. Take the `title` of the press_release row.",
        ),
    ),
    fallback_hint='Take `catalogue.set_index("id").loc["press_release", "title"]` and count it with `len(...)`.',
    wrong_examples=(
        Wrong(_TITLE, hint="Give the number, not the title"),
        Wrong(7, hint="That is the number of words."),
        Wrong(41, hint="Spaces count too"),
        Wrong(12, hint="That is the number of columns"),
        Wrong(50, hint=FALLBACK),
    ),
)
def _title_length() -> int:
    return len(str(_catalogue().set_index("id").loc["press_release", "title"]))
