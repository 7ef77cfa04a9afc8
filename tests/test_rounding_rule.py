"""The course's one rule for numbers (helpers.checks.ROUNDING_RULE), in every exercise with a
decimal answer: right when equal to the true value rounded to the decimals given, with at least
two significant figures; rounded too far gets the same hint everywhere. The student package's
sealed checks apply the same rule (tests/test_package.py compares them on these forms)."""

from __future__ import annotations

import pytest

from helpers.checks import (
    COARSE_HINT,
    ROUNDING_RULE,
    all_exercises,
    check,
    close,
    min_decimals,
    rounded_text,
)

# The course's exercises whose solution declares a float (tests/test_checks.py proves the
# declarations): chosen without computing any answer while the tests are collected.
EXERCISES = all_exercises()
DECIMAL = sorted(
    key
    for key, ex in EXERCISES.items()
    if ex.solution.__module__.startswith("helpers.checks.nb") and ex.declared_type == "float"
)


def _decimal_answer(exercise_id: str) -> float:
    value = EXERCISES[exercise_id].solution()
    assert isinstance(value, float) and not value.is_integer(), (
        f"{exercise_id}: its answer {value!r} is a whole number; declare its solution `-> int`"
    )
    return value


def test_the_rule_is_stated_with_its_examples():
    for example in ("0.33", "0.327", "0.3 ", "0.4", "0.13"):
        assert example in ROUNDING_RULE


@pytest.mark.parametrize(
    ("answer", "expected", "right"),
    [
        (0.33, 0.3265, True),
        (0.327, 0.3265, True),
        (0.3265, 0.3265, True),
        (0.32647058823529407, 0.3264705882352941, True),  # computed another way: 6 decimals compared
        (0.3, 0.3265, False),  # one significant figure
        (0.4, 0.3265, False),
        (0.32, 0.3265, False),  # wrongly rounded
        (0.38, 0.375, True),  # halves round up
        (0.37, 0.375, False),
        (0.017, 0.0169369, True),
        (0.02, 0.0169369, False),
        (18, 17.65, True),  # two significant figures of 17.65
        (17.6, 17.65, False),
        (156, 156, True),
        (155, 156, False),  # counts are exact
        (0.3, 0.3, True),  # a true value with one decimal needs only one
    ],
)
def test_close_follows_the_rule(answer, expected, right):
    assert close(answer, expected) is right


@pytest.mark.parametrize("exercise_id", DECIMAL)
def test_every_decimal_exercise_follows_the_rule(exercise_id):
    value = _decimal_answer(exercise_id)
    fewest = min_decimals(value)
    for decimals in range(fewest, 7):
        typed = float(rounded_text(value, decimals))
        assert check(exercise_id, typed), f"{exercise_id}: {typed} (true {value}) should be right"
    for decimals in range(0, fewest):
        typed = rounded_text(value, decimals)
        answer = int(typed) if "." not in typed else float(typed)
        result = check(exercise_id, answer)
        assert not result and COARSE_HINT in result.message, f"{exercise_id}: {answer} is too rounded"


def test_the_student_reviews_answers_are_right_now():
    assert check("06.1", 0.33) and check("07.3", 0.38)
    assert not check("06.1", 0.4) and not check("07.3", 0.4)


@pytest.mark.parametrize("exercise_id", DECIMAL)
def test_no_decimal_exercise_accepts_a_wrongly_rounded_answer(exercise_id):
    """A tolerance instead of the rule would accept a last digit that is off (04.2 once took -0.0705 for -0.0708)."""
    value = _decimal_answer(exercise_id)
    for decimals in range(min_decimals(value), 5):
        step = 10.0**-decimals
        for off in (-step, step):
            text = rounded_text(value + off, decimals)
            if text.endswith("0"):  # a float drops the zero: 0.620 is typed as 0.62, which is right
                continue
            typed = float(text)
            assert not check(exercise_id, typed), f"{exercise_id}: {typed} (true {value}) is wrongly rounded"
