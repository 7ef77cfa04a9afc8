"""No exercise asks for a value the notebook has already printed above it (issue 14).

For every exercise, its expected answer, written the ways a notebook shows numbers and words, must
appear in no output of the cells above its check cell (solution cells, which the student edition
replaces by a stub, excluded). Booleans and tables are left out. Small integers (under 10) appear
everywhere and say nothing on their own, so they count only as a stated figure: in bold in a
sentence the notebook displays, followed closely by words of the exercise's question ("The press
release has **6** futures with *will*" answers "How many future forms with 'will' does the press
release contain?").
A pair or triple of numbers is also looked for as a whole, as Python prints it (``(9, 0)``), so
that small numbers together are not missed.

This looks above the check only: a cell after the check may show the answer (that is the reveal).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers.checks import all_exercises, is_number

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CHECK_CALL = re.compile(r"""check\(\s*["'](\d\d\.\d+)["']""")


def _text(value) -> str:
    return value if isinstance(value, str) else "".join(value)


def _shown(cell: dict) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(_text(output.get("text", "")))
        data = output.get("data", {})
        for kind in ("text/markdown", "text/plain", "text/html"):
            parts.append(_text(data.get(kind, "")))
    return "\n".join(parts)


def answer_forms(value) -> list[str]:
    """How a notebook might print ``value``: 1234 -> "1234", "1,234"; 12.345 -> "12.35", "12.3"..."""
    if isinstance(value, bool) or value is None:
        return []
    if is_number(value):
        number = float(value)
        if number.is_integer():
            return [] if abs(number) < 10 else sorted({f"{int(number)}", f"{int(number):,}"})
        return sorted({f"{number:.{d}f}" for d in (1, 2, 3)} - {f"{number:.0f}.0"})
    if isinstance(value, str):
        return [value] if len(value.strip()) >= 4 else []
    return []


#: Words too common to tie a stated figure to a question.
COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "does",
        "do",
        "for",
        "from",
        "has",
        "have",
        "how",
        "in",
        "is",
        "it",
        "its",
        "many",
        "much",
        "of",
        "on",
        "or",
        "the",
        "their",
        "them",
        "these",
        "this",
        "those",
        "to",
        "what",
        "which",
        "with",
    ]
)
WINDOW = 6  # words after a bold figure that must name the question


def _stem(word: str) -> str:
    word = word.casefold().strip("'’").removesuffix("'s").removesuffix("’s")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _content_words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\w’']+", text)} - COMMON_WORDS


def small_number_stated(number: int, question: str, markdown: str) -> bool:
    """Does ``markdown`` state ``number`` in bold, followed in its clause by two words of ``question``?

    >>> small_number_stated(6, "How many futures with will?", "The release has **6** futures with *will*.")
    True
    >>> small_number_stated(4, "How many sentences have a conflict cue?", "(**4** of its 17 sentences), **conflict**")
    False
    """
    asked = _content_words(question)
    for match in re.finditer(rf"\*\*{number}\*\*", markdown):
        clause = re.split(r"\*\*|[).;:]", markdown[match.end() :], maxsplit=1)[0]  # up to the next figure
        after = re.findall(r"[\w’']+", clause)[:WINDOW]
        if len(_content_words(" ".join(after)) & asked) >= 2:
            return True
    return False


def _markdown_shown(cell: dict) -> str:
    return "\n".join(_text(o.get("data", {}).get("text/markdown", "")) for o in cell.get("outputs", []))


def tuple_forms(value) -> list[str]:
    """A tuple of numbers as Python prints it: (9, 0) -> ["(9, 0)"]; anything else -> []."""
    if not isinstance(value, tuple) or len(value) < 2:
        return []
    if not all(is_number(v) and not isinstance(v, bool) for v in value):
        return []
    return [repr(tuple(int(v) if float(v).is_integer() else v for v in value))]


def test_a_pair_of_small_numbers_is_looked_for_as_a_whole():
    assert tuple_forms((9, 0)) == ["(9, 0)"]
    assert _found("(9, 0)", "answer: (9, 0)") and not _found("(9, 0)", "(19, 0)")
    assert tuple_forms(("syria", 3)) == [] and tuple_forms(7) == []


def _found(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(form)}(?![\w]|\.\d)", text, re.IGNORECASE) is not None


def cases():
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells):
            if cell["cell_type"] != "code":
                continue
            for exercise_id in CHECK_CALL.findall(_text(cell["source"])):
                yield pytest.param(path.stem, exercise_id, index, id=exercise_id)


@pytest.mark.parametrize("stem, exercise_id, check_index", list(cases()))
def test_the_answer_is_not_printed_above_its_check(stem, exercise_id, check_index):
    cells = json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    above = [
        (i, _shown(c))
        for i, c in enumerate(cells[:check_index])
        if c["cell_type"] == "code" and "solution" not in c.get("metadata", {}).get("tags", [])
    ]
    exercise = all_exercises()[exercise_id]
    expected = exercise.solution()
    values = list(expected) if isinstance(expected, (list, tuple, set, frozenset)) else [expected]
    small = [v for v in values if is_number(v) and not isinstance(v, bool) and float(v).is_integer()]
    for value in (int(v) for v in small if abs(v) < 10):
        where = [
            i
            for i, c in enumerate(cells[:check_index])
            if c["cell_type"] == "code"
            and "solution" not in c.get("metadata", {}).get("tags", [])
            and small_number_stated(value, exercise.question, _markdown_shown(c))
        ]
        assert not where, (
            f"{exercise_id}: its answer {value} is stated in bold beside the question's words in cell(s) "
            f"{where} of {stem}; ask for it before the notebook states it"
        )
    forms = [form for value in values for form in answer_forms(value)]
    forms += tuple_forms(expected)
    for form in forms:
        where = [i for i, text in above if _found(form, text)]
        assert not where, (
            f"{exercise_id}: its answer {form!r} is already shown in cell(s) {where} of {stem}; "
            "ask the student to apply the idea to something not printed above"
        )
