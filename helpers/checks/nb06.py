"""Exercises of notebook 06 (text reuse and context)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from helpers.cleaning import label_paragraphs, repair_encoding
from helpers.concordance import concordance
from helpers.course_texts import load_texts
from helpers.reuse import shared_passages
from helpers.texts import load_catalogue, load_text
from helpers.voices import voices

from . import FALLBACK, Wrong, close, exercise, is_number

SPOKESWOMAN = "An FCO spokeswoman"


def _text(text_id: str) -> str:

    return load_texts(text_id)[text_id]


@cache
def _statement_share(raw: bool = False) -> float:
    """Share of the newspaper's words inside the FCO spokeswoman's quotes (cleaned text, or raw file)."""

    frame = voices(load_text("newspaper").raw if raw else _text("newspaper"))
    return float(frame.loc[frame["speaker"] == SPOKESWOMAN, "words"].sum() / frame["words"].sum())


MINISTER = "The Foreign Secretary Boris Johnson"


@cache
def _press_counts() -> dict[str, int]:
    """Words of the press release: all, and the Foreign Secretary's."""

    frame = voices(_text("press_release"))
    return {
        "all": int(frame["words"].sum()),
        "minister": int(frame.loc[frame["speaker"] == MINISTER, "words"].sum()),
    }


@exercise(
    "06.1",
    "By the machine's reading, what share of the press release's words are the Foreign Secretary's?",
    hints=(
        (
            lambda a, e: not is_number(a),
            "Give a single number between 0 and 1: his words divided by all the press release's words.",
        ),
        (
            lambda a, e: abs(a - _press_counts()["minister"]) < 0.5,
            "That is the number of his words. Now divide it by all the words of the press release.",
        ),
        (
            lambda a, e: a > 1,
            "Give a share between 0 and 1, not a percentage: divide by 100, or don't multiply.",
        ),
        (
            lambda a, e: close(a, (1 - e)),
            "That is the share of everything *outside* his words (GOV.UK's narrative).",
        ),
        (
            lambda a, e: close(a, _statement_share()),
            "That is the newspaper's spokeswoman, from section 1. Run `voices(press)` and keep the rows whose "
            'speaker is "The Foreign Secretary Boris Johnson".',
        ),
        (
            lambda a, e: close(a, _statement_share(raw=True)),
            "That share is of the newspaper's raw file. Use the press release, `press`.",
        ),
    ),
    fallback_hint="Keep his rows as section 1 kept the spokeswoman's: `release = voices(press)`, then "
    '`release[release["speaker"] == "The Foreign Secretary Boris Johnson"]`. Sum their `words` and divide by '
    '`release["words"].sum()`, the words of all rows.',
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong(32.6, hint="Give a share between 0"),
        Wrong(111, hint="That is the number of"),
        Wrong(0.674, hint="That is the share of"),
        Wrong(0.359, hint="That is the newspaper's spokeswoman"),
        Wrong(0.151, hint="That share is of the"),
        Wrong("a third", hint="Give a single number between"),
        Wrong(0.5, hint=FALLBACK),
        Wrong(0.3, hint="too rounded"),  # the rounding rule: 0.33 is right for 0.3265, 0.3 too rounded
        Wrong(0.4, hint=FALLBACK),
        Wrong(0.32, hint="cut off, not rounded"),  # 0.3265 rounds to 0.33, not 0.32
    ),
)
def _share() -> float:
    counts = _press_counts()
    return counts["minister"] / counts["all"]


@cache
def _passages(n: int):

    return shared_passages(_text("press_release"), _text("newspaper"), n=n)


@exercise(
    "06.2",
    "How many different passages of at least 3 words do the press release and the newspaper share?",
    hints=(
        (lambda a, e: not is_number(a), "Give a whole number: how many *different* passages there are."),
        (
            lambda a, e: a == len(_passages(3)),
            "That is the number of rows. A passage that occurs twice in one text gets a row for each pair of "
            'places: count the different passages with `["passage"].nunique()`.',
        ),
        (
            lambda a, e: a in (_passages(4)["passage"].nunique(), len(_passages(4))),
            "That is what n = 4 finds (the default). Pass `n=3` to `shared_passages`.",
        ),
        (lambda a, e: a == _passages(2)["passage"].nunique(), "That is what n = 2 finds. Pass `n=3`."),
    ),
    fallback_hint='Call `shared_passages(press, news, n=3)` and count its different passages: `["passage"].nunique()`.',
    wrong_examples=(
        Wrong(13, hint="That is the number of"),
        Wrong(2, hint="That is what n = 4"),
        Wrong(3, hint="That is what n = 4"),
        Wrong(23, hint="That is what n = 2"),
        Wrong("seven", hint="Give a whole number: how"),
    ),
)
def _different_passages() -> int:
    return int(_passages(3)["passage"].nunique())


def _statement_day():
    """The FCO statement's day, as the catalogue's note on the newspaper's date gives it."""
    import pandas as pd

    note = load_catalogue().set_index("id").loc["newspaper", "date_note"]
    found = re.search(r"dated (\d{1,2} \w+ \d{4})", note)
    if found is None:  # pragma: no cover - the catalogue's note is part of the course
        raise ValueError(f"The newspaper's date_note does not say when the statement is dated: {note!r}")
    return pd.Timestamp(found.group(1))


def _visit_day():
    import pandas as pd

    return pd.Timestamp(load_catalogue().set_index("id").loc["press_release", "date"])


#: The 2018 World Cup's opening match, in Moscow (FIFA: https://www.fifa.com/tournaments/mens/worldcup/2018russia).
WORLD_CUP_OPENS = "2018-06-14"


def _world_cup_day():
    import pandas as pd

    return pd.Timestamp(WORLD_CUP_OPENS)


@exercise(
    "06.3",
    "How many days are there between the visit (22 December 2017) and the World Cup's opening (14 June 2018)?",
    hints=(
        (
            lambda a, e: hasattr(a, "days") and not is_number(a),
            "That is a length of time (a Timedelta). Take its number of days with `.days`.",
        ),
        (lambda a, e: not is_number(a), "Give a whole number of days."),
        (
            lambda a, e: a == -e,
            "The sign is the wrong way round: subtract the earlier date from the later one.",
        ),
        (
            lambda a, e: a in (e - 1, e + 1),
            "Off by one: subtracting the two dates gives the answer directly; don't add or take away a day.",
        ),
        (
            lambda a, e: a == (_world_cup_day() - _statement_day()).days,
            "You started from the FCO statement (4 March 2017). Start from the visit, 22 December 2017.",
        ),
        (
            lambda a, e: a == (_visit_day() - _statement_day()).days,
            "That is the gap from the statement to the visit, computed above. Subtract the visit from the "
            "World Cup's opening.",
        ),
        (lambda a, e: a < 12, "That looks like months. The question asks for days."),
        (lambda a, e: 24 <= a <= 25, "That looks like weeks. The question asks for days."),
    ),
    fallback_hint='`(pd.Timestamp("2018-06-14") - pd.Timestamp("2017-12-22")).days` gives the number of days.',
    wrong_examples=(
        Wrong(dt.timedelta(days=174), hint="That is a length of time"),
        Wrong(175, hint="Off by one: subtracting the"),
        Wrong(173, hint="Off by one: subtracting the"),
        Wrong(5, hint="That looks like months. The"),
        Wrong(467, hint="You started from the FCO"),
        Wrong(293, hint="That is the gap from the"),
        Wrong(-174, hint="The sign is the wrong"),
        Wrong(25, hint="That looks like weeks. The"),
        Wrong("174 days", hint="Give a whole number of"),
    ),
)
def _days() -> int:
    return int((_world_cup_day() - _visit_day()).days)


def _captions_text() -> str:

    parts = label_paragraphs(repair_encoding(load_text("newspaper").raw))
    return "\n\n".join(parts.loc[parts["part"] == "caption", "text"])


@cache
def _count(where: str, word: str) -> int:

    text = _captions_text() if where == "captions" else _text(where)
    try:
        return len(concordance(text, word))
    except ValueError:  # no word in it
        return 0


#: Words of people and harm the notebook counts (Going further F); the solution uses those in the captions.
HUMAN_COST_WORDS = (
    "civilians",
    "children",
    "boys",
    "girl",
    "baby",
    "woman",
    "injured",
    "survivors",
    "cry",
    "rubble",
    "hospital",
    "treatment",
    "stretcher",
    "suffering",
)


def _chosen(answer) -> list[tuple[str, object]]:
    return [(str(word), count) for word, count in answer.items()]


def _right_count(word: str, count) -> bool:
    return is_number(count) and float(count) == _count("captions", word)


def _valid_choice(answer, expected) -> bool:
    """At least three words, each in the captions, none in the press release, each count right."""
    if not isinstance(answer, dict) or len(answer) < 3:
        return False
    return all(
        _count("captions", w) > 0 and _count("press_release", w) == 0 and _right_count(w, c)
        for w, c in _chosen(answer)
    )


@exercise(
    "06.4",
    "Choose at least three words the captions use and the press release never does; "
    "give how often each occurs in the captions.",
    hints=(
        (
            lambda a, e: not isinstance(a, dict),
            'Give a dictionary, word -> count in the captions, for example {"rubble": ..., "hospital": ..., "baby": ...}.',
        ),
        (lambda a, e: len(a) < 3, "Choose at least three words."),
        (
            lambda a, e: any(_count("captions", w) == 0 for w, _ in _chosen(a)),
            "One of your words does not occur in the captions. Check its spelling exactly as the captions "
            'write it ("civilians", not "civilian").',
        ),
        (
            lambda a, e: any(_count("press_release", w) > 0 for w, _ in _chosen(a)),
            "One of your words also occurs in the press release. Choose words the press release never uses "
            "(check with `concordance(press, word)`).",
        ),
        (
            lambda a, e: any(
                is_number(c)
                and float(c) == _count("newspaper", w) + _count("captions", w)  # type: ignore[arg-type]
                and _count("newspaper", w) > 0
                for w, c in _chosen(a)
            ),
            "One of your counts includes the article as well. Count in the captions only: `captions_text`.",
        ),
    ),
    fallback_hint="One of your counts is not right. Count each word in the captions with "
    "`len(concordance(captions_text, word))`.",
    compare=_valid_choice,
    wrong_examples=(
        Wrong(["rubble", "hospital", "baby"], hint="Give a dictionary, word ->"),
        Wrong({"rubble": 2}, hint="Choose at least three words."),
        Wrong({"rubble": 2, "hospital": 1, "children": 0}, hint="One of your words does"),
        Wrong({"rubble": 2, "hospital": 1, "russia": 7}, hint="One of your words also"),
        Wrong({"rubble": 1, "hospital": 1, "civilians": 3}, hint=FALLBACK),
        Wrong({"rubble": 2, "hospital": 1, "syria": 17}, hint="One of your counts includes"),
    ),
)
def _human_cost() -> dict[str, int]:
    return {
        word: _count("captions", word)
        for word in HUMAN_COST_WORDS
        if _count("captions", word) > 0 and _count("press_release", word) == 0
    }
