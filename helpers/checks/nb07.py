"""Exercises of notebook 07 (a framing report on any two texts).

The checks expect the notebook's default parameters: ``text_a = "press_release"``,
``text_b = "newspaper"``, ``clean = True``, ``top_n = 15`` (:data:`DEFAULTS`). Exercise 07.1 names
its own pair, so it does not depend on them.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from helpers.framing import cue_summary
from helpers.frequencies import frequency_table
from helpers.keyness import keyness
from helpers.report import (
    frame_lexicons,
    frame_table,
    key_numbers,
    key_words,
    load_pair,
    quoted_share,
    voice_table,
)
from helpers.tokens import tokenize

from . import FALLBACK, Wrong, exercise

#: The notebook's default parameters, which the checks assume.
DEFAULTS: dict[str, Any] = {"text_a": "press_release", "text_b": "newspaper", "clean": True, "top_n": 15}
EXAMPLE_PAIR = ("example_opposition", "press_release")


@functools.lru_cache(maxsize=4)
def _texts(clean: bool = True) -> dict[str, str]:

    return load_pair(DEFAULTS["text_a"], DEFAULTS["text_b"], clean=clean)


@functools.lru_cache(maxsize=4)
def _example_numbers(clean: bool = True):

    return key_numbers(*EXAMPLE_PAIR, clean=clean)


def _is_number(value) -> bool:
    import numbers

    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _near(answer, value: float, tolerance: float = 0.0005) -> bool:
    return _is_number(answer) and math.isclose(float(answer), value, abs_tol=tolerance)


# --- 07.1 ----------------------------------------------------------------------------------------


def _report_newspaper_share() -> float:

    return quoted_share(voice_table(_texts()), DEFAULTS["text_b"])


@exercise(
    "07.1",
    "What share of the made-up example's words are quoted speech (key_numbers for example_opposition "
    "and press_release)?",
    hints=(
        (
            lambda a, e: not _is_number(a),
            "Give one number between 0 and 1, not text or a table: "
            '`example_numbers.loc["example_opposition", "quoted_share"]`.',
        ),
        (lambda a, e: float(a) > 1, "Give a share between 0 and 1, not a percentage: divide by 100."),
        (
            lambda a, e: _near(a, _example_numbers().loc["press_release", "quoted_share"]),
            "That is the press release's row. Take the row `example_opposition`.",
        ),
        (
            lambda a, e: _near(a, 1 - e),
            "That is the share of the narrative, the writer's own words. The question "
            "asks for quoted speech.",
        ),
        (
            lambda a, e: _near(a, _example_numbers(clean=False).loc["example_opposition", "quoted_share"]),
            "That is the share in the text as received. Use the cleaned text, as the report does: leave out `clean=False`.",
        ),
        (
            lambda a, e: _near(a, _report_newspaper_share()),
            'That is the newspaper\'s share, from the report above. Run `report.key_numbers("example_opposition", '
            '"press_release")` and read the example\'s row.',
        ),
    ),
    fallback_hint='Run `report.key_numbers("example_opposition", "press_release")` and read the column '
    "`quoted_share` in the row `example_opposition`.",
    compare=lambda a, e: _near(a, e),
    wrong_examples=(
        Wrong(37.1, hint="Give a share between 0"),
        Wrong(0.326, hint="That is the press release's"),
        Wrong(0.629, hint=FALLBACK),
        Wrong(0.351, hint="That is the share in"),
        Wrong(0.368, hint="That is the newspaper's share,"),
        Wrong("0.37", hint="Give one number between 0"),
    ),
)
def _example_quoted_share() -> float:
    return float(_example_numbers().loc["example_opposition", "quoted_share"])


# --- 07.2 ----------------------------------------------------------------------------------------


def _frames():

    return frame_table(_texts())


def _frames_where(column: str, a_bigger: bool) -> set[str]:
    table = _frames()
    a, b = table[f"{column}_{DEFAULTS['text_a']}"], table[f"{column}_{DEFAULTS['text_b']}"]
    return set(table.index[a > b if a_bigger else b > a])


def _names(answer) -> set[str]:
    return {str(x).strip().casefold() for x in answer}


def _is_list(answer) -> bool:
    return isinstance(answer, (list, tuple, set, frozenset)) or type(answer).__name__ in (
        "Index",
        "Series",
        "ndarray",
    )


@exercise(
    "07.2",
    "Which frames have cues in a larger share of text_b's sentences than of text_a's?",
    hints=(
        (
            lambda a, e: not _is_list(a),
            'Give a list of frame names in square brackets, e.g. ["security", "morality"], even if it has one name.',
        ),
        (
            lambda a, e: not _names(a) <= _names(_frames().index),
            "One of your names is not a frame of the table. Copy the names exactly as in the index of `frames` "
            "(with underscores, e.g. economic_consequences).",
        ),
        (
            lambda a, e: _names(a) == _names(_frames_where("sentences", a_bigger=False)),
            "You compared the `sentences_` columns. The texts have different numbers of sentences, so compare "
            "the shares: the `share_` columns.",
        ),
        (
            lambda a, e: _names(a) == _names(_frames_where("share", a_bigger=True)),
            "Those are the frames with a larger share in text_a. The question asks the other way round: text_b larger.",
        ),
        (lambda a, e: _names(a) < _names(e), "Right so far, but some frames are missing. Check every row."),
        (
            lambda a, e: _names(a) > _names(e),
            "One frame too many: keep only the rows where text_b's share is strictly larger.",
        ),
    ),
    fallback_hint="Keep the rows of `frames` where the `share_` column of text_b is larger than text_a's, and "
    "list their index: `frames.index[...].tolist()`.",
    compare=lambda a, e: _is_list(a) and _names(a) == _names(e),
    wrong_examples=(
        Wrong("conflict", hint="Give a list"),
        Wrong(["conflict"], hint="some frames are missing"),
        Wrong(["conflict", "economic_consequences", "diplomacy"], hint="some frames are missing"),
        Wrong(["human_interest", "morality", "security"], hint="larger share in text_a"),
        Wrong(
            ["conflict", "diplomacy", "economic_consequences", "responsibility", "security"],
            hint="One frame too many",
        ),
        Wrong(["conflict", "economics"], hint="not a frame of the table"),
    ),
)
def _frames_higher_in_b() -> list[str]:
    return sorted(_frames_where("share", a_bigger=False))


# --- 07.3 ----------------------------------------------------------------------------------------


def _rare_among_top(table, n: int) -> int:
    top = table.head(n)
    return int((top[f"count_{DEFAULTS['text_a']}"] + top[f"count_{DEFAULTS['text_b']}"] < 5).sum())


def _with_stopwords() -> int:

    texts = _texts()
    names = (DEFAULTS["text_a"], DEFAULTS["text_b"])
    table = keyness(*(frequency_table(tokenize(texts[name])) for name in names), names=names)
    return _rare_among_top(table, DEFAULTS["top_n"])


def _raw() -> int:

    return _rare_among_top(key_words(_texts(clean=False)), DEFAULTS["top_n"])


@exercise(
    "07.3",
    "Of the top_n words of the keyness table, how many occur fewer than 5 times in the two texts together?",
    hints=(
        (
            lambda a, e: not _is_number(a),
            "Give one whole number: how many rows, e.g. `int((together < 5).sum())`.",
        ),
        (
            lambda a, e: a == DEFAULTS["top_n"] - e,
            "That counts the words that occur 5 times or more. The question asks for fewer than 5.",
        ),
        (
            lambda a, e: a == DEFAULTS["top_n"],
            "That counts every row. Keep only the rows whose two counts add up to less than 5.",
        ),
        (
            lambda a, e: a == _with_stopwords(),
            "That is the table with stopwords. Use `keys`, the report's keyness table, which leaves them out.",
        ),
        (
            lambda a, e: a == _raw(),
            "That looks like the texts as received. Use the cleaned texts (`clean = True`).",
        ),
    ),
    fallback_hint="Take `keys.head(top_n)`, add its two `count_` columns, and count the rows where the sum is below 5.",
    wrong_examples=(
        Wrong(1, hint="That counts the words that"),
        Wrong(15, hint="That counts every row. Keep"),
        Wrong(11, hint="That is the table with"),
        Wrong(9, hint="That looks like the texts"),
        Wrong("14 words", hint="Give one whole number: how"),
    ),
)
def _rare_key_words() -> int:

    return _rare_among_top(key_words(_texts()), DEFAULTS["top_n"])


# --- 07.4 (open) ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _cue_summaries():

    texts = _texts()
    lexicon = frame_lexicons(texts)
    return {name: cue_summary(text, lexicon).set_index("frame") for name, text in texts.items()}


def _keys_ok(answer) -> bool:
    return isinstance(answer, dict) and set(answer) == {"frame", DEFAULTS["text_a"], DEFAULTS["text_b"]}


def _frame_of(answer) -> str:
    return str(answer.get("frame", "")).strip().lower()


def _column(answer, column: str) -> dict[str, int]:
    frame = _frame_of(answer)
    return {name: int(summary.loc[frame, column]) for name, summary in _cue_summaries().items()}


def _counts_match(answer, column: str) -> bool:
    wanted = _column(answer, column)
    return all(_is_number(answer[name]) and float(answer[name]) == wanted[name] for name in wanted)


def _valid_choice(answer, expected) -> bool:
    if not _keys_ok(answer) or _frame_of(answer) not in _cue_summaries()[DEFAULTS["text_a"]].index:
        return False
    in_both = all(n > 0 for n in _column(answer, "sentences").values())
    return in_both and _counts_match(answer, "sentences")


@exercise(
    "07.4",
    "Choose a frame whose cues occur in both texts; in how many sentences of each text does one of its cues occur?",
    hints=(
        (
            lambda a, e: not isinstance(a, dict),
            'Give a dictionary, for example {"frame": "diplomacy", text_a: ..., text_b: ...}.',
        ),
        (
            lambda a, e: not _keys_ok(a),
            f'Use exactly three keys: "frame", and the two text ids, "{DEFAULTS["text_a"]}" and "{DEFAULTS["text_b"]}" '
            "(writing `text_a` and `text_b` without quotation marks gives you those ids).",
        ),
        (
            lambda a, e: _frame_of(a) not in _cue_summaries()[DEFAULTS["text_a"]].index,
            "That is not a frame of the lexicon. Choose one of the names in the index of `frames`.",
        ),
        (
            lambda a, e: any(n == 0 for n in _column(a, "sentences").values()),
            "Your frame has no cue in one of the texts. Choose a frame whose cues occur in both (look at the "
            "`sentences_` columns of `frames`).",
        ),
        (
            lambda a, e: _counts_match(a, "matches"),
            "You counted the cues (matches), not the sentences: a sentence with two cues counts once. Count the "
            'different sentence numbers: `.loc[..., "sentence_no"].nunique()`.',
        ),
        (
            lambda a, e: (
                all(_is_number(a[n]) for n in _column(a, "sentences"))
                and float(a[DEFAULTS["text_a"]]) == _column(a, "sentences")[DEFAULTS["text_b"]]
                and float(a[DEFAULTS["text_b"]]) == _column(a, "sentences")[DEFAULTS["text_a"]]
            ),
            "The two counts are swapped: check which text each number belongs to.",
        ),
    ),
    fallback_hint="One of your counts is not right. For each text, filter `found[name]` on "
    "your frame and count its different `sentence_no` values.",
    compare=_valid_choice,
    wrong_examples=(
        Wrong(["conflict"], hint="Give a dictionary, for example"),
        Wrong({"frame": "conflict", "text_a": 3, "text_b": 6}, hint='Use exactly three keys: "frame",'),
        Wrong({"frame": "conflicts", "press_release": 3, "newspaper": 6}, hint="That is not a frame"),
        Wrong(
            {"frame": "economic_consequences", "press_release": 0, "newspaper": 2},
            hint="Your frame has no cue",
        ),
        Wrong({"frame": "conflict", "press_release": 3, "newspaper": 8}, hint="counted the cues"),
        Wrong({"frame": "conflict", "press_release": 6, "newspaper": 3}, hint="swapped"),
        Wrong(
            {"frame": "economic_consequences", "press_release": 0, "newspaper": 2},
            hint="no cue in one of the texts",
        ),
        Wrong({"frame": "diplomacy", "press_release": 10, "newspaper": 12}, hint=FALLBACK),
    ),
)
def _sentences_with_cue() -> dict[str, object]:
    frame = "conflict"
    return {
        "frame": frame,
        **{name: int(summary.loc[frame, "sentences"]) for name, summary in _cue_summaries().items()},
    }
