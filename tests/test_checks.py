"""Every exercise check passes on its solution, and fails with a student-facing hint otherwise."""

from __future__ import annotations

import pytest

from helpers.checks import FALLBACK, Wrong, all_exercises, check, is_number, same

EXERCISES = all_exercises()


def test_there_are_exercises_for_every_notebook():
    from pathlib import Path

    notebooks = {
        p.name[:2] for p in (Path(__file__).resolve().parent.parent / "notebooks").glob("[0-9][0-9]_*.ipynb")
    }
    assert notebooks <= {eid.split(".")[0] for eid in EXERCISES}


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_check_passes_on_the_solution(exercise_id):
    result = check(exercise_id, EXERCISES[exercise_id].solution())
    assert result.passed, result.message
    assert repr(result).startswith(f"✅ Exercise {exercise_id}")


def _named(wrong) -> Wrong:
    return wrong if isinstance(wrong, Wrong) else Wrong(wrong, hint="")


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_each_wrong_example_gets_the_hint_it_names(exercise_id):
    exercise = EXERCISES[exercise_id]
    assert exercise.wrong_examples, f"{exercise_id} needs wrong_examples to prove its hints"
    expected = exercise.solution()
    for wrong in map(_named, exercise.wrong_examples):
        assert wrong.hint, f"{exercise_id}: the wrong example {wrong.answer!r} must name the hint it gets"
        result = check(exercise_id, wrong.answer)
        assert not result.passed, f"{exercise_id} accepted the wrong answer {wrong.answer!r}"
        assert not result.hint_errors, f"{exercise_id}, answer {wrong.answer!r}: {result.hint_errors}"
        assert result.message.startswith("Not yet. Hint: ") and "Traceback" not in result.message
        got, _ = exercise.hint_for(wrong.answer, expected)
        if wrong.hint == FALLBACK:
            assert got == exercise.fallback_hint, (
                f"{exercise_id}: {wrong.answer!r} got {got!r}, not the fallback"
            )
        else:
            assert wrong.hint in got, f"{exercise_id}: {wrong.answer!r} got {got!r}, not {wrong.hint!r}"


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_hint_is_reached_by_a_wrong_example(exercise_id):
    exercise = EXERCISES[exercise_id]
    expected = exercise.solution()
    reached = {exercise.hint_for(_named(w).answer, expected)[0] for w in exercise.wrong_examples}
    unreached = [message for _, message in exercise.hints if message not in reached]
    assert not unreached, f"{exercise_id}: no wrong example reaches the hint(s) {unreached}"


def test_a_hint_that_raises_is_reported_not_hidden():
    from helpers.checks import Exercise

    broken = Exercise("99.9", "?", lambda: 1, hints=((lambda a, e: a.missing, "never shown"),))
    message, errors = broken.hint_for(2, 1)
    assert message == broken.fallback_hint and "AttributeError" in errors[0]


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_unanswered_stub_gets_a_your_turn_message(exercise_id):
    result = check(exercise_id, ...)
    assert not result.passed and result.message.startswith("Your turn")


def test_specific_hints_fire_for_specific_mistakes():
    assert "percentage" in check("01.4", 55.4).message
    assert "every paragraph" in check("01.3", 11).message
    assert "*removes*" in check("01.3", 6).message


def test_unknown_exercise_id_is_a_clear_error():
    with pytest.raises(KeyError, match="There is no exercise '42.1'"):
        check("42.1", 1)


def test_results_render_as_html_for_notebooks():
    html = check("00.1", ...)._repr_html_()
    assert "❌ Exercise 00.1" in html and "Your turn" in html


@pytest.mark.parametrize(
    "answer, expected, verdict",
    [
        (3, 3, True),
        (3.0000001, 3, True),
        (2, 3, False),
        ("Newspaper ", "newspaper", True),
        ({"b", "a"}, {"a", "b"}, True),
        (["a", "b"], ["b", "a"], False),
        (1, True, False),
        (True, True, True),
        ("3", 3, False),
        ({"x": 1.0}, {"x": 1}, True),
    ],
)
def test_same_forgives_format_but_not_content(answer, expected, verdict):
    assert same(answer, expected) is verdict


# Chosen by the type each solution declares, so that collecting the tests computes no answer (the
# test below proves the declarations).
NUMBER_EXERCISES = sorted(k for k, ex in EXERCISES.items() if ex.declared_type in ("int", "float"))


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_each_solution_returns_the_type_it_declares(exercise_id):
    exercise = EXERCISES[exercise_id]
    value, declared = exercise.solution(), exercise.declared_type
    assert declared, f"{exercise_id}: give its solution function a return annotation (-> int, -> str...)"
    assert type(value).__name__ == declared.split("[")[0], (
        f"{exercise_id} declares {declared}, returns {value!r}"
    )
    assert is_number(value) == (declared in ("int", "float")), exercise_id


@pytest.mark.parametrize("exercise_id", NUMBER_EXERCISES)
def test_a_one_row_column_counts_as_its_number(exercise_id):
    import pandas as pd

    expected = EXERCISES[exercise_id].solution()
    for one_row in (pd.Series([expected], index=["row"]), pd.DataFrame({"value": [expected]})):
        result = check(exercise_id, one_row)
        assert result.passed, f"{exercise_id} rejects its answer as a one-row column: {result.message}"


def test_a_wrong_one_row_column_gets_the_numbers_hint_not_a_type_hint():
    import pandas as pd

    assert "Zero?" in check("01.2", pd.Series([0])).message
    assert check("01.2", pd.Series([1, 2])).passed is False
    assert "Give one number" not in check("01.2", pd.DataFrame({"a": [0]})).message
