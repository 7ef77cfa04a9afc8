"""Exercise checks, in the style of the spaCy course: every exercise has a solution and a check,
and a failed check gives a hint written for the student, never a traceback.

In a notebook:

    >>> from helpers.checks import check
    >>> check("00.1", ...)            # the student has not answered yet
    ❌ Exercise 00.1: Your turn: replace `...` with your answer, run the cell, then run this check.

Exercises are defined per notebook in ``helpers/checks/nbNN.py`` with :func:`exercise`. Each one
computes its expected answer from the course texts with the helpers (nothing is hard-coded), and
lists hints: ``(test, message)`` pairs tried in order on a wrong answer, so the most specific
mistake gets the most specific hint.

Every hint is proved by a wrong example: ``wrong_examples`` lists typical wrong answers, each as
``Wrong(answer, hint="words of the hint it must get")`` (or ``hint=FALLBACK`` for the fallback);
``tests/test_checks.py`` fails when a hint is reached by no wrong example, when a wrong example
gets another hint than the one it names, and when a hint's test raises. Number checks share
:func:`is_number` and :func:`close`, so "is this a number?" means the same in every notebook, and so
does "close enough": one rounding rule (:data:`ROUNDING_RULE`), stated in notebook 01 (Exercise 01.4) and the
instructor guide. An answer right but rounded too far gets :data:`COARSE_HINT` in every exercise, and one cut off
instead of rounded (8.3 for 8.36) gets :data:`CUT_HINT`.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import html
import importlib
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Hint = tuple[Callable[[Any, Any], bool], str]
_REGISTRY: dict[str, Exercise] = {}
FALLBACK = "(the fallback hint)"
"""What ``Wrong(answer, hint=FALLBACK)`` names: the exercise's ``fallback_hint``."""


@dataclass(frozen=True)
class Wrong:
    """A typical wrong answer and (part of) the hint it must get; the tests check both.

    A wrong answer that depends on the data (another count of the same table) is computed when it
    is used, with :meth:`computed`, so that importing the checks stays cheap.

    Example:
        >>> Wrong(67, hint="concatenate").hint
        'concatenate'
        >>> Wrong.computed(lambda: 6 * 7 + 25, hint="concatenate").answer
        67
    """

    given: Any
    hint: str
    compute: Callable[[], Any] | None = None

    @property
    def answer(self) -> Any:
        """The wrong answer (computed now, for one made with :meth:`computed`)."""
        return self.compute() if self.compute is not None else self.given

    @classmethod
    def computed(cls, compute: Callable[[], Any], *, hint: str) -> Wrong:
        """A wrong answer computed from the data when a test or the package needs it."""
        return cls(None, hint, compute)


@dataclass(frozen=True)
class Exercise:
    """One exercise: how to compute its answer, how to compare, and hints for wrong answers."""

    id: str
    question: str
    solution: Callable[[], Any]
    hints: tuple[Hint, ...] = ()
    fallback_hint: str = "Not quite. Re-read the question and compare your value with the table above."
    compare: Callable[[Any, Any], bool] | None = None
    success: str = "Correct, well done."
    wrong_examples: tuple[Wrong | Any, ...] = field(default=(), repr=False)  # each must get its hint

    @property
    def declared_type(self) -> str:
        """The type the solution says it returns (its return annotation, e.g. ``"int"``), or "".

        The tests choose exercises by the kind of their answer from this, without computing every
        answer when they are collected; tests/test_checks.py proves each one against the answer.

        Example:
            >>> def _answer() -> int:
            ...     return 42
            >>> Exercise("99.9", "?", _answer).declared_type
            'int'
        """
        solution = getattr(self.solution, "__wrapped__", self.solution)
        return str(getattr(solution, "__annotations__", {}).get("return", ""))

    def hint_for(self, answer: Any, expected: Any) -> tuple[str, tuple[str, ...]]:
        """The hint a wrong ``answer`` gets, and the errors raised by hint tests on the way.

        A hint test that raises is skipped (a student never sees a traceback) but reported here,
        so the tests can fail on it. A one-row column gets the hint of the number it holds
        (see :func:`as_number`).
        """
        answer = as_number(answer)
        errors: list[str] = []
        if too_coarse(answer, expected):  # the course's rounding rule, the same in every notebook
            return COARSE_HINT, ()
        if cut_not_rounded(answer, expected):
            return CUT_HINT, ()
        for index, (test, message) in enumerate(self.hints):
            try:
                if test(answer, expected):
                    return message, tuple(errors)
            except Exception as error:
                errors.append(f"hint {index + 1} ({message[:40]}...) raised {type(error).__name__}: {error}")
        return self.fallback_hint, tuple(errors)


@dataclass(frozen=True)
class CheckResult:
    """What :func:`check` returns: truthy when correct; shows itself as a short message."""

    exercise_id: str
    passed: bool
    message: str
    hint_errors: tuple[str, ...] = ()  # hint tests that raised (for the tests; never shown)

    def __bool__(self) -> bool:
        return self.passed

    def __repr__(self) -> str:
        mark = "✅" if self.passed else "❌"
        return f"{mark} Exercise {self.exercise_id}: {self.message}"

    def _repr_html_(self) -> str:
        colour, background = ("#1b5e20", "#e8f5e9") if self.passed else ("#8a1c1c", "#fdecea")
        mark = "✅" if self.passed else "❌"
        return (
            f'<div style="border-left:4px solid {colour};background:{background};padding:0.5em 0.8em;'
            f'margin:0.3em 0;color:{colour}"><b>{mark} Exercise {html.escape(self.exercise_id)}</b>: '
            f"{html.escape(self.message)}</div>"
        )


def exercise(
    id: str,
    question: str,
    *,
    hints: tuple[Hint, ...] = (),
    fallback_hint: str | None = None,
    compare: Callable[[Any, Any], bool] | None = None,
    wrong_examples: tuple[Wrong | Any, ...] = (),
    success: str = "Correct, well done.",
) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Decorator registering ``solution`` (a function of no arguments) as the exercise ``id``.

    Example:
        >>> @exercise("99.1", "What is 6 x 7?", hints=((lambda a, e: a == 67, "Multiply, don't concatenate."),))
        ... def _answer():
        ...     return 6 * 7
        >>> bool(check("99.1", 42)), check("99.1", 67).message
        (True, "Not yet. Hint: Multiply, don't concatenate.")
    """

    def register(solution: Callable[[], Any]) -> Callable[[], Any]:
        kwargs = {} if fallback_hint is None else {"fallback_hint": fallback_hint}
        _REGISTRY[id] = Exercise(
            id,
            question,
            remembered(solution),
            tuple(hints),
            compare=compare,
            success=success,
            wrong_examples=tuple(wrong_examples),
            **kwargs,
        )
        return solution

    return register


def remembered(solution: Callable[[], Any]) -> Callable[[], Any]:
    """``solution``, computed on its first call only; each call returns a copy of that answer.

    Every :func:`check` compares with the answer, and the course texts do not change while a
    kernel runs, so an exercise's answer is computed once (a copy each time, so that nothing a
    caller does to it changes the next one).

    Example:
        >>> calls = []
        >>> answer = remembered(lambda: calls.append(1) or [6, 7])
        >>> answer(), answer(), len(calls)
        ([6, 7], [6, 7], 1)
    """
    computed: list[Any] = []

    def once() -> Any:
        if not computed:
            computed.append(solution())
        return copy.deepcopy(computed[0])

    return functools.update_wrapper(once, solution)


def same(answer: Any, expected: Any, *, tolerance: float = 1e-6) -> bool:
    """Equality that forgives what a student should not be marked down for.

    Numbers compare with a tolerance (and ``np.int64(3) == 3``); strings ignore case and surrounding
    spaces; lists/tuples compare in order; sets ignore order; DataFrames and Series compare values.

    Example:
        >>> same(0.3333333, 1/3), same(" Newspaper", "newspaper"), same(["b", "a"], {"a", "b"})
        (True, True, True)
    """
    if hasattr(expected, "equals") and hasattr(answer, "equals"):
        try:
            return bool(answer.reset_index(drop=True).equals(expected.reset_index(drop=True)))
        except (TypeError, ValueError, AttributeError):
            return False
    if isinstance(expected, bool) or isinstance(answer, bool):
        is_boolean = type(answer).__name__ in ("bool", "bool_")  # Python and numpy booleans
        return is_boolean and isinstance(expected, bool) and bool(answer) == expected
    if is_number(expected) and is_number(answer):
        return math.isclose(float(answer), float(expected), rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(expected, str) and isinstance(answer, str):
        return answer.strip().casefold() == expected.strip().casefold()
    if isinstance(expected, (set, frozenset)) and isinstance(answer, (set, frozenset, list, tuple)):
        return {_fold(a) for a in answer} == {_fold(e) for e in expected}
    if isinstance(expected, (list, tuple)) and isinstance(answer, (list, tuple)):
        return len(answer) == len(expected) and all(
            same(a, e, tolerance=tolerance) for a, e in zip(answer, expected)
        )
    if isinstance(expected, dict) and isinstance(answer, dict):
        return answer.keys() == expected.keys() and all(
            same(answer[k], expected[k], tolerance=tolerance) for k in expected
        )
    try:
        return bool(answer == expected)
    except (TypeError, ValueError):
        return False


def is_number(value: Any) -> bool:
    """A single number: Python or numpy ints and floats; not a bool, a string, a list or an array.

    Example:
        >>> is_number(3), is_number(2.5), is_number(True), is_number("3"), is_number([3])
        (True, True, False, False, False)
    """
    import numbers

    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return False
    return isinstance(value, numbers.Number)  # numpy numbers register too


def is_table(value: Any) -> bool:
    """``value`` is a table or a column (anything with a non-empty ``.shape``), not one number.

    Numbers taken out of pandas (``.sum()``, ``.loc[row, col]``, ``.iloc[0]``) are numpy numbers,
    whose ``.shape`` is ``()``: they are numbers, and the hints for numbers apply to them.

    Example:
        >>> import numpy as np, pandas as pd
        >>> is_table(pd.Series([1, 2])), is_table(np.int64(3)), is_table(pd.Series([1, 2]).sum()), is_table(3)
        (True, False, False, False)
    """
    shape = getattr(value, "shape", None)
    return isinstance(shape, tuple) and len(shape) > 0


def as_number(value: Any) -> Any:
    """A one-row column given as an answer, as its one number; any other answer unchanged.

    A student who filters a table down to one row often ends with a one-element pandas Series
    (``table.loc[rows, "words"]``) or a 1x1 DataFrame instead of its number (``.iloc[0]`` takes it
    out). :func:`check` accepts such an answer as the number it holds, so the course's checks, the
    sealed checks of the student package and ``course.py grade`` (which all answer through
    :func:`check`) treat ``pd.Series([42])`` as ``42``. Tables of any other size, and one-element
    columns of text or True/False, are left as they are.

    Example:
        >>> import pandas as pd
        >>> as_number(pd.Series([42], index=["body"])), as_number(pd.DataFrame({"words": [2.5]}))
        (42, 2.5)
        >>> as_number(pd.Series([1, 2])).tolist(), as_number(pd.Series(["x"])).tolist(), as_number(7)
        ([1, 2], ['x'], 7)
    """
    if is_number(value) or isinstance(value, (str, bytes, list, tuple, dict, set, frozenset)):
        return value
    shape = getattr(value, "shape", None)
    to_numpy = getattr(value, "to_numpy", None)
    if not isinstance(shape, tuple) or len(shape) not in (1, 2) or math.prod(shape) != 1:
        return value
    try:
        inner = (to_numpy() if callable(to_numpy) else value).reshape(-1)[0]
    except (AttributeError, IndexError, TypeError, ValueError):
        return value
    if not is_number(inner):
        return value
    return inner.item() if hasattr(inner, "item") else inner


ROUNDING_RULE = (
    "A number is right when it equals the true value rounded to as many decimals as you give, with at "
    "least two significant figures: for a true value of 0.3271, 0.33, 0.327 and 0.3271 are right; 0.3 "
    "(one figure) and 0.32 or 0.4 (wrongly rounded) are not. Halves round up (0.125 gives 0.13). "
    "Whole-number answers (counts) must be exact."
)
"""The course's one rule for numbers (notebook 01 states it with Exercise 01.4, and the instructor guide); see :func:`close`."""
MAX_DECIMALS = 6  # a computed answer (0.32647058823529...) is compared to 6 decimals
COARSE_HINT = (
    "Right so far, but too rounded: give at least two significant figures (for example 0.33, not 0.3; "
    "0.017, not 0.02)."
)


def decimals_given(value: Any) -> int:
    """How many decimals a number was given with (as Python shows it), at most a computed value's.

    Example:
        >>> decimals_given(0.33), decimals_given(12), decimals_given(2.50), decimals_given(1 / 3)
        (2, 0, 1, 16)
    """
    import decimal

    try:
        exponent = decimal.Decimal(str(value)).as_tuple().exponent
    except (decimal.InvalidOperation, ValueError):
        exponent = decimal.Decimal(float(value)).as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def min_decimals(expected: Any) -> int:
    """The fewest decimals that give ``expected`` two significant figures (0 for whole numbers;
    never more than ``expected`` has: 0.3 needs only one).

    Example:
        >>> min_decimals(0.3271), min_decimals(0.0123), min_decimals(6.94), min_decimals(17.65), min_decimals(0.3)
        (2, 3, 1, 0, 1)
    """
    import decimal

    if float(expected) == 0 or float(expected).is_integer() or not math.isfinite(float(expected)):
        return 0
    return min(max(0, 1 - decimal.Decimal(str(expected)).adjusted()), decimals_given(expected))


def max_decimals(expected: Any) -> int:
    """The decimals beyond which an answer to ``expected`` is rounded before comparing."""
    return max(MAX_DECIMALS, min_decimals(expected))


def rounded_text(value: Any, decimals: int) -> str:
    """``value`` rounded half up to ``decimals`` decimals, as text (the form both checks compare).

    Example:
        >>> rounded_text(0.3271, 2), rounded_text(0.125, 2), rounded_text(156, 0), rounded_text(-0.0001, 2)
        ('0.33', '0.13', '156', '0.00')
    """
    import decimal

    context = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_UP)
    try:
        number = decimal.Decimal(str(value))
    except (decimal.InvalidOperation, ValueError):
        number = decimal.Decimal(float(value))
    text = f"{number.quantize(decimal.Decimal(1).scaleb(-decimals), context=context):f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


def _comparable(answer: Any, expected: Any) -> bool:
    return (
        is_number(answer)
        and is_number(expected)
        and math.isfinite(float(answer))
        and math.isfinite(float(expected))
    )


def close(answer: Any, expected: Any, tolerance: float | None = None) -> bool:
    """The course's rule for numbers (:data:`ROUNDING_RULE`): ``answer`` is ``expected`` rounded
    to the decimals the student gave, with at least two significant figures.

    With a ``tolerance``, instead: within that absolute difference (for hints about other values).
    The sealed checks of the student package apply the same rule (helpers/checks/sealed.py).

    Example:
        >>> close(0.33, 0.3271), close(0.327, 0.3271), close(0.3, 0.3271), close(0.4, 0.3271), close(0.32, 0.3271)
        (True, True, False, False, False)
        >>> close(0.13, 0.125), close(18, 17.65), close(156.0, 156), close(155, 156), close("0.33", 0.3271)
        (True, True, True, False, False)
        >>> close(12.46, 12.5, tolerance=0.05)
        True
    """
    if not _comparable(answer, expected):
        return False
    if tolerance is not None:
        return abs(float(answer) - float(expected)) < tolerance
    given = min(decimals_given(answer), max_decimals(expected))
    if given < min_decimals(expected):
        return False
    return rounded_text(answer, given) == rounded_text(expected, given)


def too_coarse(answer: Any, expected: Any) -> bool:
    """True when ``answer`` is ``expected`` rounded to fewer than two significant figures (0.3 for 0.3271).

    Example:
        >>> too_coarse(0.3, 0.3271), too_coarse(0.33, 0.3271), too_coarse(0.4, 0.3271)
        (True, False, False)
    """
    if not _comparable(answer, expected) or isinstance(expected, int):
        return False
    given = decimals_given(answer)
    return given < min_decimals(expected) and rounded_text(answer, given) == rounded_text(expected, given)


CUT_HINT = (
    "Close, but that number is cut off, not rounded: look at the next digit after your last one "
    "(5 or more rounds up: 8.36 gives 8.4, not 8.3)."
)


def cut_not_rounded(answer: Any, expected: Any) -> bool:
    """True when ``answer`` is ``expected`` cut off (not rounded) at the decimals given, and wrong.

    Example:
        >>> cut_not_rounded(8.3, 8.3649), cut_not_rounded(8.4, 8.3649), cut_not_rounded(0.32, 0.3271)
        (True, False, True)
        >>> cut_not_rounded(17, 17.65), cut_not_rounded(0.3, 0.3271)  # 0.3: too few figures, another hint
        (True, False)
    """
    import decimal

    if not _comparable(answer, expected) or isinstance(expected, int) or close(answer, expected):
        return False
    given = decimals_given(answer)
    if given < min_decimals(expected):  # too few figures: the rounding rule's hint says so
        return False
    cut = decimal.Decimal(str(expected)).quantize(
        decimal.Decimal(1).scaleb(-given), rounding=decimal.ROUND_DOWN
    )
    return rounded_text(answer, given) == rounded_text(cut, given)


def _fold(value: Any) -> Any:
    return value.strip().casefold() if isinstance(value, str) else value


def get_exercise(exercise_id: str) -> Exercise:
    """The registered exercise ``exercise_id`` (loads ``helpers/checks/nbNN.py`` on first use)."""
    if exercise_id not in _REGISTRY:
        notebook = exercise_id.split(".")[0]
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"{__name__}.nb{notebook}")
    if exercise_id not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY)) or "none loaded"
        raise KeyError(
            f"There is no exercise {exercise_id!r}. Check the number in the notebook (known: {known})."
        )
    return _REGISTRY[exercise_id]


def all_exercises() -> dict[str, Exercise]:
    """Every exercise of every notebook, by id (imports all ``nbNN`` modules)."""
    import pkgutil
    from pathlib import Path

    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name.startswith("nb"):
            importlib.import_module(f"{__name__}.{info.name}")
    return dict(sorted(_REGISTRY.items()))


def check(exercise_id: str, answer: Any) -> CheckResult:
    """Check a student's ``answer`` to exercise ``exercise_id``; show ✅ or ❌ with a hint.

    Never raises because of the answer: a wrong type, an error in comparing, or a missing answer
    (``...``) all come back as a hint. A one-row column (a one-element Series or a 1x1 table of a
    number) is checked as the number it holds (see :func:`as_number`).
    """
    ex = get_exercise(exercise_id)
    if answer is Ellipsis or answer is None:
        return CheckResult(
            exercise_id,
            False,
            "Your turn: replace `...` with your answer, run the cell, then run this check.",
        )
    expected = ex.solution()
    number = as_number(answer)  # a one-row column counts as the number it holds
    ok = False
    for candidate in (answer, number) if number is not answer else (answer,):
        # a student's answer of an unexpected type must give a hint, not a traceback
        with contextlib.suppress(Exception):
            ok = ok or bool((ex.compare or same)(candidate, expected))
    if ok:
        return CheckResult(exercise_id, True, ex.success)
    message, errors = ex.hint_for(answer, expected)
    return CheckResult(exercise_id, False, f"Not yet. Hint: {message}", errors)


# --- an answer cell that did not run -------------------------------------------------------------

ANSWER_NAME = re.compile(r"answer_(\d\d)_(\d+)")
"""The name of an exercise's answer variable: ``answer_02_1`` answers exercise 02.1."""


def unset_answer_message(name: str) -> str | None:
    """What the student reads when a check cell names an answer variable that was never set.

    ``check("02.1", answer_02_1)`` cannot run when ``answer_02_1`` does not exist (the answer cell
    stopped at an error, or was not run): Python raises ``NameError`` before :func:`check` is called.
    :func:`install_unset_answer_hint` shows this message instead. Other names get ``None``.

    Example:
        >>> unset_answer_message("answer_02_1")
        'answer_02_1 is not set: your answer cell for exercise 02.1 did not run, or it stopped at an error. Fix that error first, run the answer cell again, then run this check.'
        >>> unset_answer_message("news_freq") is None
        True
    """
    match = ANSWER_NAME.fullmatch(name)
    if not match:
        return None
    exercise_id = f"{match.group(1)}.{match.group(2)}"
    return (
        f"{name} is not set: your answer cell for exercise {exercise_id} did not run, or it stopped at "
        "an error. Fix that error first, run the answer cell again, then run this check."
    )


class UnsetAnswerError(NameError):
    """A NameError shown as one plain line (IPython's ``_render_traceback_`` hook), no traceback."""

    def _render_traceback_(self) -> list[str]:
        return [f"NameError: {self}"]


def _name_error_handler(
    shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None
) -> None:
    """IPython's handler for NameError: the message above for an unset answer, else the usual traceback."""
    message = unset_answer_message(getattr(value, "name", None) or "")
    if message is None:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
    else:
        shell.showtraceback((NameError, UnsetAnswerError(message), None))


ANSWER_ASSIGNMENT = re.compile(r"^[ \t]*(answer_\d\d_\d+)[ \t]*(?::[^=\n]*)?=(?!=)", re.MULTILINE)
"""A line of a cell that sets an answer variable (``answer_05_3 = ...``)."""


def answers_set_in(cell_source: str) -> list[str]:
    r"""The answer variables a cell's source assigns, in order of first appearance.

    Example:
        >>> answers_set_in('found = reported_words(story)\nanswer_05_2 = len(found)\nanswer_05_2 == 2')
        ['answer_05_2']
    """
    return list(dict.fromkeys(ANSWER_ASSIGNMENT.findall(cell_source)))


def forget_failed_answers(namespace: dict[str, Any], cell_source: str, succeeded: bool) -> list[str]:
    """After a cell stopped at an error, drop the answer variables it sets from ``namespace``.

    Without this, the check cell would grade the value left from an earlier run of the answer cell
    (or from the line before the error), and its hint would answer the wrong question. Returns the
    names dropped; a cell that ran to its end changes nothing.

    Example:
        >>> ns = {"answer_05_3": 6}
        >>> forget_failed_answers(ns, 'answer_05_3 = table.loc["...", "sentences"]', succeeded=False)
        ['answer_05_3']
        >>> ns
        {}
    """
    if succeeded:
        return []
    dropped = [name for name in answers_set_in(cell_source) if name in namespace]
    for name in dropped:
        del namespace[name]
    return dropped


def _after_cell(shell: Any) -> Callable[[Any], None]:
    def after(result: Any) -> None:
        info = getattr(result, "info", None)
        forget_failed_answers(shell.user_ns, getattr(info, "raw_cell", "") or "", bool(result.success))

    after.framing_lab = True  # type: ignore[attr-defined]
    return after


def install_unset_answer_hint(shell: Any = None) -> bool:
    """In a notebook, make a check cell whose answer cell failed or did not run explain itself.

    Two things, for every later cell: an answer cell that stops at an error forgets the answer
    variables it sets (:func:`forget_failed_answers`), so its check cannot grade a stale value;
    and a check cell whose answer variable is unset shows :func:`unset_answer_message` instead of
    ``NameError: name 'answer_02_1' is not defined``. Each notebook calls it once, in its first
    code cell (importing ``helpers.checks`` changes nothing: no side effects at import); calling
    it again does not install it twice. It never imports IPython itself, and returns whether a
    shell was found. Other errors are untouched.

    Example:
        >>> install_unset_answer_hint()  # outside a notebook: nothing to do
        False
    """
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    shell.set_custom_exc((NameError,), _name_error_handler)
    callbacks = shell.events.callbacks["post_run_cell"]
    for callback in [c for c in callbacks if getattr(c, "framing_lab", False)]:
        shell.events.unregister("post_run_cell", callback)
    shell.events.register("post_run_cell", _after_cell(shell))
    return True
