"""Every hint of notebooks 03 and 04's checks is reached by a wrong example, which gets exactly that hint."""

from __future__ import annotations

import pytest

from helpers.checks import Wrong, check, get_exercise

EXERCISES = ["03.1", "03.2", "03.3", "03.4", "03.5", "04.1", "04.2", "04.3"]


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_each_wrong_example_gets_the_hint_it_names_and_every_hint_is_reached(exercise_id):
    exercise = get_exercise(exercise_id)
    expected = exercise.solution()
    reached = set()
    for wrong in exercise.wrong_examples:
        assert isinstance(wrong, Wrong), (
            f"{exercise_id}: name the hint of {wrong!r} with Wrong(..., hint=...)"
        )
        result = check(exercise_id, wrong.answer)
        assert not result.passed and wrong.hint in result.message, (wrong, result.message)
        message, errors = exercise.hint_for(wrong.answer, expected)
        assert not errors, errors
        reached.add(message)
    assert [message for _, message in exercise.hints if message not in reached] == []
