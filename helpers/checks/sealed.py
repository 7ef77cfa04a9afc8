"""Sealed exercise checks, for the student package: the right answers are stored only as digests.

`python3 course.py package` replaces each ``helpers/checks/nbNN.py`` (whose solution functions
compute the answers) by a two-line module that calls :func:`register_sealed`. The package's
``helpers/checks/sealed_answers.json`` then holds, per exercise, salted PBKDF2 digests of the
*canonical forms* of the accepted answers (see :func:`canonical`) and of the typical wrong answers
(each with the hint the course's own check gives it). A student's answer is canonicalised and
digested the same way and looked up: reading the package or calling its helpers shows whether an
answer is right, never what the right answer is.

A number is digested at the decimals the student gave it with (at most the exercise's
``decimals``), so the package applies the course's rounding rule (``helpers.checks.close``):
the package holds the digests of the true value rounded to each number of decimals the course
accepts, and of the coarser roundings, with the hint the course gives them.

Exercises that need no secret (a hedged sentence, whose key parts :mod:`helpers.checks.hedging`
tests, see :func:`hedged_exercise`) run in the package as they run in class: their record holds
the checker's rules, not a model answer.

Exercises whose right answers are open (the student's own labels, words or choices) cannot be
sealed this way: in the package their check accepts an answer of the expected form and says it is
checked in full at grading time (`course.py grade`, with the course's own checks).

Example:
    >>> canonical(0.12345, 3), canonical(" The  Paper "), canonical((2, 5))
    ('number:0.123', 'text:the paper', 'sequence:[number:2.000000|number:5.000000]')
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import numbers
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import Wrong, decimals_given, exercise, is_number, rounded_text
from .hedging import hedged_sentence_compare, hedged_sentence_hints

ANSWERS_FILE = Path(__file__).with_name("sealed_answers.json")
ITERATIONS = 20_000  # PBKDF2 rounds: ~10 ms a digest, so trying many answers offline is slow
INNER_DECIMALS = 6  # numbers inside lists, tuples and dicts compare to 6 decimals, as `same` does
KIND_HINTS = {
    "number": "Give one number, for example 12.5 (not text in quotation marks, not a list).",
    "bool": "Give True or False (no quotation marks).",
    "text": 'Give your answer as text in quotation marks, for example "word".',
    "sequence": "Give {length} values in brackets, separated by commas, in the order the question asks.",
    "set": "Give the values in brackets, separated by commas (their order does not matter).",
    "mapping": "Give a dictionary in curly brackets: {{key: value, ...}}.",
}


AS_IS: dict[str, dict[str, Any]] = {}
"""The rules of each exercise whose check needs no secret (see :func:`hedged_exercise`), by id."""
HEDGED_SUCCESS = (
    "Your sentence has the key parts: it names the figure, it is hedged, and it claims no more than the "
    "figure shows. Your instructor may still discuss it with you."
)


#: The mistakes of form every hedged-sentence exercise proves its hints with (a number, a word, a
#: paragraph); each exercise adds its own wrong sentences.
FORM_MISTAKES: tuple[Wrong, ...] = (
    Wrong(0.5, hint="Write your sentence as text"),
    Wrong("Too few words.", hint="Write one whole sentence"),
    Wrong(
        "It may suggest " + "that one voice is louder than the others and " * 8,
        hint="Write one sentence, not",
    ),
)


def hedged_exercise(
    exercise_id: str,
    question: str,
    rules: Mapping[str, Any],
    *,
    model: Callable[[], Any],
    wrong_examples: Sequence[Wrong | Any] = (),
) -> None:
    """Register an exercise whose answer is one hedged sentence about a figure.

    ``wrong_examples`` are the exercise's own wrong sentences (naming no figure, overclaiming...);
    :data:`FORM_MISTAKES` are added to them.

    Any sentence that :func:`helpers.checks.hedging.check_hedged_sentence` accepts with ``rules``
    is right; ``model`` gives one (the solution cell's). The check needs no secret, so the student
    package runs it as is: :func:`register_sealed` rebuilds it from ``rules`` (in
    ``sealed_answers.json``), never from ``model``.

    Example:
        >>> hedged_exercise("99.7", "One sentence about the chart?", {"figure": ("chart",)},
        ...                 model=lambda: "The chart suggests a gap in these two texts.")
        >>> from helpers.checks import check
        >>> bool(check("99.7", "The chart may show a gap.")), check("99.7", "The chart proves a gap in these texts.").message[:40]
        (True, 'Not yet. Hint: Your sentence claims more')
    """
    AS_IS[exercise_id] = dict(rules)
    exercise(
        exercise_id,
        question,
        hints=hedged_sentence_hints(**rules),
        fallback_hint="Write one hedged sentence that names the figure.",
        compare=hedged_sentence_compare(**rules),
        wrong_examples=FORM_MISTAKES + tuple(wrong_examples),
        success=HEDGED_SUCCESS,
    )(model)


def kind(value: Any) -> str:
    """The kind of an answer: number, bool, text, sequence, set, mapping, or other.

    Example:
        >>> [kind(v) for v in (3, 2.5, True, "x", [1], (1,), {1}, {"a": 1}, None)]
        ['number', 'number', 'bool', 'text', 'sequence', 'sequence', 'set', 'mapping', 'other']
    """
    if type(value).__name__ in ("bool", "bool_"):
        return "bool"
    if isinstance(value, numbers.Number) or is_number(value):  # whatever the course calls a number
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "sequence"
    if isinstance(value, (set, frozenset)):
        return "set"
    if isinstance(value, Mapping):
        return "mapping"
    if hasattr(value, "tolist") and not hasattr(value, "columns"):  # numpy arrays, pandas Series
        return kind(value.tolist())
    return "other"


def canonical(value: Any, decimals: int = INNER_DECIMALS) -> str | None:
    """One string per answer, the same for answers the course's checks treat as equal.

    Numbers are rounded half up to ``decimals`` (``helpers.checks.rounded_text``, as the course's
    checks do); text ignores case and extra spaces; lists and tuples are
    the same sequence; sets and dict keys are sorted. None for a value that has no canonical form.

    Example:
        >>> canonical([1, "A"]) == canonical((1.0000001, " a")), canonical({"b": 2, "a": 1})
        (True, 'mapping:{text:a=number:1.000000|text:b=number:2.000000}')
    """
    what = kind(value)
    if what == "bool":
        return f"bool:{bool(value)}"
    if what == "number":
        number = float(value)
        if not math.isfinite(number):
            return f"number:{number}"
        return "number:" + rounded_text(value, decimals)
    if what == "text":
        return "text:" + " ".join(str(value).casefold().split())
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple, set, frozenset, Mapping)):
        value = value.tolist()
    if what == "sequence":
        parts = [canonical(v) for v in value]
        return None if None in parts else "sequence:[" + "|".join(parts) + "]"  # type: ignore[arg-type]
    if what == "set":
        parts = [canonical(v) for v in value]
        return None if None in parts else "set:{" + "|".join(sorted(parts)) + "}"  # type: ignore[arg-type]
    if what == "mapping":
        items = [(canonical(k), canonical(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in items):
            return None
        return "mapping:{" + "|".join(sorted(f"{k}={v}" for k, v in items)) + "}"
    return None


@functools.lru_cache(maxsize=4096)
def digest(form: str, salt: str) -> str:
    """The salted PBKDF2-SHA256 digest of a canonical form (hex).

    Example:
        >>> len(digest("number:3.000000", "salt")), digest("text:a", "s") == digest("text:a", "s")
        (64, True)
    """
    return hashlib.pbkdf2_hmac("sha256", form.encode("utf-8"), salt.encode("utf-8"), ITERATIONS).hex()


@dataclass(frozen=True)
class SealedAnswer:
    """What a sealed exercise's ``solution()`` returns: how to recognise the answer, not the answer."""

    exercise_id: str
    kind: str
    decimals: int
    salt: str
    accepted: frozenset[str] = field(repr=False)
    length: int | None = None
    open: bool = False

    def __repr__(self) -> str:
        return (
            f"SealedAnswer({self.exercise_id}: {self.kind}; the student package holds only digests of "
            "the right answers, so check() can say whether an answer is right, not what it is)"
        )

    wrong: frozenset[str] = field(default=frozenset(), repr=False)

    def digest_of(self, answer: Any, decimals: int | None = None) -> str | None:
        """The digest of ``answer``'s canonical form (None if it has none).

        A number is rounded to the decimals it was given with (at most the exercise's
        ``decimals``), as the course's rounding rule compares it, unless told.
        """
        if decimals is None:
            decimals = (
                min(decimals_given(answer), self.decimals) if kind(answer) == "number" else INNER_DECIMALS
            )
        form = canonical(answer, decimals)
        return None if form is None else digest(form, f"{self.salt}:{self.exercise_id}")

    def right_form(self, answer: Any) -> bool:
        """Whether ``answer`` has the expected kind (and length, for a sequence)."""
        if kind(answer) != self.kind:
            return False
        return self.length is None or self.kind != "sequence" or len(answer) == self.length

    def accepts(self, answer: Any) -> bool:
        """True if ``answer`` is right: open exercises need only the right form."""
        if self.open:  # any answer of the right form, except the typical wrong ones
            known_wrong = {self.digest_of(answer), self.digest_of(answer, INNER_DECIMALS)}
            return self.right_form(answer) and not (known_wrong & self.wrong)
        return self.digest_of(answer) in self.accepted


def kind_hint(sealed: SealedAnswer) -> str:
    """The hint for an answer of the wrong kind (it names the kind and, for a sequence, its length)."""
    return KIND_HINTS.get(sealed.kind, "Check the form of your answer.").format(length=sealed.length)


def open_success(sealed: SealedAnswer) -> str:
    """What an open exercise says in the package when the answer has the expected form."""
    return (
        "Saved. Your answer has the expected form. This exercise has more than one right answer, so "
        "it is checked in full when your instructor grades your notebook."
    )


def _wrong_test(wanted: str, decimals: int):
    """A typical wrong answer's test: a number is looked up at its own decimals (see digest_of)."""
    return lambda answer, sealed: (
        sealed.digest_of(answer, None if kind(answer) == "number" else decimals) == wanted
    )


def register_sealed(notebook: str, path: Path = ANSWERS_FILE) -> list[str]:
    """Register notebook ``notebook``'s sealed exercises (from ``path``); return their ids."""
    records = json.loads(path.read_text(encoding="utf-8"))["exercises"]
    ids = []
    for record in records:
        if record["id"].split(".")[0] != notebook:
            continue
        if record.get("as_is") is not None:  # a hedged sentence: the course's own check, from its rules
            hedged_exercise(
                record["id"],
                record["question"],
                record["as_is"],
                model=functools.partial(_sealed_solution, _as_is_answer(record)),
            )
            ids.append(record["id"])
            continue
        sealed = SealedAnswer(
            exercise_id=record["id"],
            kind=record["kind"],
            decimals=record["decimals"],
            salt=record["salt"],
            accepted=frozenset(record["accepted"]),
            length=record.get("length"),
            open=record["open"],
            wrong=frozenset(d for d, _, _ in record["wrong"]),
        )
        hints = [(_wrong_test(d, decimals), message) for d, decimals, message in record["wrong"]]
        hints.append((lambda answer, s: not s.right_form(answer), kind_hint(sealed)))
        exercise(
            record["id"],
            record["question"],
            hints=tuple(hints),
            fallback_hint=record["fallback_hint"],
            compare=lambda answer, s: s.accepts(answer),
            success=open_success(sealed) if sealed.open else record["success"],
        )(functools.partial(_sealed_solution, sealed))
        ids.append(record["id"])
    return ids


def _sealed_solution(sealed: SealedAnswer) -> SealedAnswer:
    return sealed


def _as_is_answer(record: Mapping[str, Any]) -> SealedAnswer:
    return SealedAnswer(
        record["id"], record["kind"], record["decimals"], record["salt"], frozenset(), open=True
    )
