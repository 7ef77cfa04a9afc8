"""Hand coding: the frame questions answered by a reader, set beside the cues' crude answers.

Semetko and Valkenburg's (2000) coders answered yes/no questions about a whole story; the course
adds six of its own (``FL1``-``FL6``). ``lexicons/frame_questions.csv`` holds them (read with
:func:`helpers.lexicons.load_lexicon`). :func:`cue_answers` answers each question from the cues
alone (:func:`helpers.framing.find_cues`), :func:`coding_problems` says what is wrong with a
student's sheet, and :func:`coding_agreement` sets a reading beside the cues', question by question.

Example:
    >>> cue_answers("Relations are tense.").set_index("item").loc["SV11", "cue_answer"]
    'yes'
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.framing import COURSE_FRAMES, GENERIC_FRAMES, find_cues, require_text
from helpers.lexicons import LexiconError, LexiconSource, coerce_lexicon, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CUE_ANSWER_COLUMNS = ("frame", "item", "question", "cue_answer", "matches", "evidence")
AGREEMENT_COLUMNS = ("text", "frame", "item", "question", "yours", "cues", "agree", "evidence")
_YES = {"yes", "y", "true"}
_NO = {"no", "n", "false"}


def _questions(questions: LexiconSource) -> pd.DataFrame:
    """The frame questions as a table: ``frame_questions`` by default, or a name, path or table."""
    import pandas as pd

    if questions is None:
        return load_lexicon("frame_questions")
    if isinstance(questions, (str, Path)):
        return load_lexicon(questions)
    if isinstance(questions, pd.DataFrame):
        return questions
    raise TypeError(f"questions must be a name, a path or a DataFrame, not {type(questions).__name__}")


def _item_pattern(item: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(item)}(?![\w])")


def cue_answers(text: str, lexicon: LexiconSource = None, questions: LexiconSource = None) -> pd.DataFrame:
    """Each frame question answered by the cues alone: ``"yes"`` if a cue that answers it matched.

    Every note in ``generic_frames.csv`` and ``course_topics.csv`` names the questions its cue answers ("tense relations
    (SV11)"). For each question of ``frame_questions.csv``, this finds the matches (as
    :func:`find_cues` finds them) of the cues whose note names the question's ``item``, and
    answers ``"yes"`` when there is at least one. It is the crudest possible reading, a dictionary
    ticking boxes, and that is its use: set it beside a human reading to see where words mislead.

    Args:
        text: the text (a string).
        lexicon: the frame cues (default both, :data:`helpers.framing.COURSE_FRAMES`, as the questions include FL1-FL6); it needs a ``note`` column.
        questions: the frame questions (default ``frame_questions``); they need an ``item`` column.

    Returns:
        One row per question, in the questions' order, with the columns ``frame, item, question``,
        ``cue_answer`` (``"yes"``/``"no"``), ``matches`` (how many matches of its cues) and
        ``evidence`` (each matched cue with its count, most frequent first: ``"tense (1)"``).

    Example:
        >>> table = cue_answers("Relations are tense.").set_index("item")
        >>> table.loc[["SV11", "SV14", "FL3"], ["cue_answer", "evidence"]].values.tolist()
        [['yes', 'tense (1)'], ['no', ''], ['yes', 'relation* (1)']]
    """
    import pandas as pd

    text = require_text(text, "cue_answers")
    lex = coerce_lexicon(COURSE_FRAMES if lexicon is None else lexicon, GENERIC_FRAMES, "frame")
    if "note" not in lex.columns:
        raise LexiconError(
            "cue_answers() needs a lexicon with a 'note' column naming the questions each cue answers."
        )
    quest = _questions(questions)
    missing = [c for c in ("frame", "item", "question") if c not in quest.columns]
    if missing:
        raise LexiconError(f"The frame questions lack the column(s) {', '.join(missing)}.")
    matches = find_cues(text, lex)
    found = Counter(zip(matches["frame"].astype(str), matches["cue"].astype(str)))
    notes = [
        (str(f).strip(), str(c).strip(), str(n)) for f, c, n in zip(lex["frame"], lex["cue"], lex["note"])
    ]
    rows = []
    for frame, item, question in zip(quest["frame"], quest["item"], quest["question"]):
        pattern = _item_pattern(str(item).strip())
        cited = {(f, c) for f, c, note in notes if pattern.search(note)}
        counts = {c: n for (f, c), n in found.items() if (f, c) in cited}
        evidence = ", ".join(f"{c} ({n})" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        total = sum(counts.values())
        rows.append(
            {
                "frame": frame,
                "item": item,
                "question": question,
                "cue_answer": "yes" if total else "no",
                "matches": total,
                "evidence": evidence,
            }
        )
    return pd.DataFrame(rows, columns=list(CUE_ANSWER_COLUMNS)).astype({"matches": "int64"})


def answer_value(value: object) -> str | None:
    """``"yes"``/``"no"`` for an answer written in any of the accepted ways, else None.

    Example:
        >>> answer_value("Y"), answer_value(False), answer_value("maybe")
        ('yes', 'no', None)
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        folded = value.strip().lower()
        if folded in _YES:
            return "yes"
        if folded in _NO:
            return "no"
    return None


def coding_problems(coding: object, n_texts: int, questions: LexiconSource = None) -> list[str]:
    """What is wrong with a hand coding, in words for the student; an empty list when it is usable.

    A coding is a dictionary ``item -> answers``, one answer per text, each ``"yes"`` or ``"no"``
    (``True``/``False`` and ``"y"``/``"n"`` are accepted too), with every item of the frame
    questions: ``{"SV1": ("yes", "no"), "SV2": ("no", "no"), ...}``.

    Example:
        >>> coding_problems({"SV1": ("yes", "maybe")}, 2)
        ['Answer every question: 25 items are missing (SV2, SV3, SV4 and 22 more).', "Write 'yes' or 'no', not 'maybe': SV1."]
    """
    quest = _questions(questions)
    items = [str(i).strip() for i in quest["item"]]
    if coding is Ellipsis or coding is None:
        return ["There is no sheet yet: fill in every answer, then give the whole dictionary."]
    if not isinstance(coding, dict):
        return [
            f"Give a dictionary, item -> answers, like {{'SV1': ('yes', 'no'), ...}}, not a {type(coding).__name__}."
        ]
    problems: list[str] = []
    given = {str(k).strip().upper(): v for k, v in coding.items()}
    missing = [i for i in items if i.upper() not in given]
    if missing:
        problems.append(
            f"Answer every question: {len(missing)} item{'s are' if len(missing) > 1 else ' is'} "
            f"missing ({_some(missing)})."
        )
    unknown = [str(k) for k in coding if str(k).strip().upper() not in {i.upper() for i in items}]
    if unknown:
        problems.append(
            f"Unknown item(s) {', '.join(map(repr, unknown[:3]))}: use the codes of the questions table (SV1 ... FL6)."
        )
    wrong_length: list[str] = []
    wrong_value: list[tuple[str, object]] = []
    for key, value in coding.items():
        answers = [value] if isinstance(value, (str, bool)) else value
        if not isinstance(answers, (list, tuple)) or len(answers) != n_texts:
            wrong_length.append(str(key))
            continue
        bad = [answer for answer in answers if answer_value(answer) is None]
        if bad:
            wrong_value.append((str(key), bad[0]))
    if wrong_length:
        problems.append(
            f"Give {n_texts} answers, one per text, in brackets, like ('yes', 'no'): {_some(wrong_length)}."
        )
    if wrong_value:
        problems.append(
            f"Write 'yes' or 'no', not {wrong_value[0][1]!r}: {_some([k for k, _ in wrong_value])}."
        )
    return problems


def _some(items: list[str], shown: int = 3) -> str:
    """'SV1, SV2, SV3 and 23 more' (for messages)."""
    more = len(items) - shown
    return ", ".join(items[:shown]) + (f" and {more} more" if more > 0 else "")


def coding_agreement(
    coding: dict, texts: dict[str, str], lexicon: LexiconSource = None, questions: LexiconSource = None
) -> pd.DataFrame:
    """Your answers to the frame questions beside the cues' answers (:func:`cue_answers`), text by text.

    Args:
        coding: ``item -> answers``, one answer per text in the order of ``texts`` (see
            :func:`coding_problems`, which says what is wrong with a coding that cannot be used).
        texts: ``name -> text``, e.g. ``{"press_release": press, "newspaper": news}``.

    Returns:
        One row per text and question: ``text, frame, item, question``, ``yours`` and ``cues``
        (``"yes"``/``"no"``), ``agree`` (True/False) and the cues' ``evidence``. Where you and the
        cues disagree, neither is wrong by definition: read the evidence and the sentence.

    Example:
        >>> coding = {item: ("no",) for item in load_lexicon("frame_questions")["item"]}
        >>> table = coding_agreement(coding, {"mine": "Relations are tense."})
        >>> table.loc[~table["agree"], ["item", "yours", "cues", "evidence"]].values.tolist()
        [['SV11', 'no', 'yes', 'tense (1)'], ['FL3', 'no', 'yes', 'relation* (1)']]
    """
    import pandas as pd

    if not isinstance(texts, dict) or not texts:
        raise TypeError(
            "texts must be a dictionary of name -> text, like {'press_release': press, 'newspaper': news}."
        )
    problems = coding_problems(coding, len(texts), questions)
    if problems:
        raise ValueError("This coding cannot be compared yet. " + " ".join(problems))
    given = {str(k).strip().upper(): v for k, v in coding.items()}
    frames = []
    for index, (name, text) in enumerate(texts.items()):
        cues = cue_answers(text, lexicon, questions)
        yours = [answer_value(given[str(item).strip().upper()][index]) for item in cues["item"]]
        frames.append(
            pd.DataFrame(
                {
                    "text": name,
                    "frame": cues["frame"],
                    "item": cues["item"],
                    "question": cues["question"],
                    "yours": yours,
                    "cues": cues["cue_answer"],
                    "agree": [y == c for y, c in zip(yours, cues["cue_answer"])],
                    "evidence": cues["evidence"],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)[list(AGREEMENT_COLUMNS)]
