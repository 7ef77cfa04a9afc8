"""Exercises of notebook 07 (a framing report on any two texts).

Exercises 07.1 to 07.3 apply the report's functions to another pair, the made-up example and the
press release (:data:`EXAMPLE_PAIR`), so they do not depend on the parameters. Exercise 07.4 expects
the notebook's default parameters: ``text_a = "press_release"``, ``text_b = "newspaper"``,
``clean = True``, ``top_n = 15`` (:data:`DEFAULTS`).
"""

from __future__ import annotations

import functools
from typing import Any

from helpers.framing import cue_summary
from helpers.frequencies import describe_texts
from helpers.keyness import G2_THRESHOLD
from helpers.report import frame_lexicons, frame_table, key_words, load_pair

from . import FALLBACK, Wrong, close, exercise, is_number

#: The notebook's default parameters, which the checks assume.
DEFAULTS: dict[str, Any] = {"text_a": "press_release", "text_b": "newspaper", "clean": True, "top_n": 15}
EXAMPLE_PAIR = ("example_opposition", "press_release")


@functools.lru_cache(maxsize=4)
def _texts(clean: bool = True) -> dict[str, str]:

    return load_pair(DEFAULTS["text_a"], DEFAULTS["text_b"], clean=clean)


@functools.lru_cache(maxsize=4)
def _pair(clean: bool = True) -> dict[str, str]:
    return load_pair(*EXAMPLE_PAIR, clean=clean)


# --- 07.1 ----------------------------------------------------------------------------------------


@functools.cache
def _counts(clean: bool = True):
    return describe_texts(_pair(clean))


@exercise(
    "07.1",
    "How many words does the made-up example (example_opposition) have once cleaned (describe_texts)?",
    hints=(
        (
            lambda a, e: not is_number(a),
            'Give one whole number, not text or a table: `describe_texts(pair).loc["example_opposition", "words"]`.',
        ),
        (
            lambda a, e: a == _counts().loc[EXAMPLE_PAIR[1], "words"],
            "That is the press release's row. Take the row `example_opposition`.",
        ),
        (
            lambda a, e: a == _counts().loc[EXAMPLE_PAIR[0], "types"],
            "That counts distinct words (`types`): a word used twice counts once. Take the column `words`.",
        ),
        (
            lambda a, e: a == _counts().loc[EXAMPLE_PAIR[0], "characters"],
            "That counts characters, letters and spaces included. Take the column `words`.",
        ),
        (
            lambda a, e: a == _counts(clean=False).loc[EXAMPLE_PAIR[0], "words"],
            "That is the text as received. Use the cleaned text, as the report does: leave out `clean=False`.",
        ),
    ),
    fallback_hint='Load the pair with `report.load_pair("example_opposition", "press_release")`, then read the '
    "column `words` of `describe_texts(pair)` in the row `example_opposition`.",
    wrong_examples=(
        Wrong("110 words", hint="Give one whole number"),
        Wrong(340, hint="That is the press release's"),
        Wrong(81, hint="That counts distinct words"),
        Wrong(705, hint="That counts characters"),
        Wrong(131, hint="That is the text as received"),
        Wrong(432, hint=FALLBACK),
    ),
)
def _example_words() -> int:
    return int(_counts().loc[EXAMPLE_PAIR[0], "words"])


@functools.cache
def _example_keyness(clean: bool = True):
    """The keyness table of the example pair (computed once: several hints read it)."""
    return key_words(_pair(clean))


@functools.cache
def _example_frames(clean: bool = True):
    """The frame table of the example pair (computed once: several hints read it)."""
    return frame_table(_pair(clean))


# --- 07.2 ----------------------------------------------------------------------------------------


def _shown_passing(table) -> int:
    """How many key words a reader counts in the rows pandas shows of a long table (first and last five)."""
    shown = (
        table if len(table) <= 60 else table.iloc[list(range(5)) + list(range(len(table) - 5, len(table)))]
    )
    return _key_count(shown)


def _key_count(table, **where) -> int:
    passed = table[table["log_likelihood"] >= G2_THRESHOLD]
    for column, value in where.items():
        passed = passed[passed[column] == value]
    return len(passed)


@exercise(
    "07.2",
    "How many words of the keyness table of example_opposition and press_release pass G2 >= 3.84?",
    hints=(
        (lambda a, e: not is_number(a), "Give one whole number: how many rows pass the threshold."),
        (
            lambda a, e: a == len(_example_keyness()),
            "That counts every row of the table. Keep only the rows with `log_likelihood` >= 3.84.",
        ),
        (
            lambda a, e: a == _key_count(_example_keyness(), more_frequent_in=EXAMPLE_PAIR[0]),
            "That counts only the words more frequent in the example. The question asks for both directions.",
        ),
        (
            lambda a, e: a == int((_example_keyness()["p_value"] < 0.01).sum()),
            "That is the stricter threshold p < 0.01 (G² ≥ 6.63). The key-word threshold here is G² ≥ 3.84.",
        ),
        (
            lambda a, e: a == _key_count(_example_keyness(clean=False)),
            "That is the texts as received. Use the cleaned texts: leave out `clean=False`.",
        ),
        (
            lambda a, e: a in (_shown_passing(_example_keyness()), _key_count(key_words(_texts()))),
            "Did you count the rows you can see? A long table shows only its first and last five rows, and "
            "more words pass further down. (It is also the course pair's count: make the table of `pair`.) "
            'Count them all: `(report.key_words(pair)["log_likelihood"] >= 3.84).sum()`.',
        ),
    ),
    fallback_hint="Count the rows of `report.key_words(pair)` whose `log_likelihood` is at least 3.84: "
    '`(report.key_words(pair)["log_likelihood"] >= 3.84).sum()`.',
    wrong_examples=(
        Wrong("seven", hint="Give one whole number"),
        Wrong(174, hint="That counts every row"),
        Wrong(6, hint="only the words more frequent in the example"),
        Wrong(1, hint="stricter threshold"),
        Wrong(8, hint="as received"),
        Wrong(5, hint="Did you count the rows you can see?"),
        Wrong(12, hint=FALLBACK),
    ),
)
def _pair_key_words() -> int:
    return _key_count(_example_keyness())


# --- 07.3 ----------------------------------------------------------------------------------------


def _share(name: str, clean: bool = True) -> float:
    return float(_example_frames(clean).loc["responsibility", f"share_{name}"])


@exercise(
    "07.3",
    "In what share of the example's sentences does a cue of the responsibility frame occur?",
    hints=(
        (lambda a, e: not is_number(a), "Give one number between 0 and 1, not text or a table."),
        (
            lambda a, e: float(a) == _example_frames().loc["responsibility", f"sentences_{EXAMPLE_PAIR[0]}"],
            "That is the number of sentences. The question asks for their share: the `share_` column.",
        ),
        (lambda a, e: float(a) > 1, "Give a share between 0 and 1, not a percentage: divide by 100."),
        (
            lambda a, e: close(a, _share(EXAMPLE_PAIR[1])),
            "That is the press release's share. Take the column `share_example_opposition`.",
        ),
        (
            lambda a, e: close(a, _share(EXAMPLE_PAIR[0], clean=False)),
            "That is the text as received. Use the cleaned texts: leave out `clean=False`.",
        ),
    ),
    fallback_hint='Read `report.frame_table(pair).loc["responsibility", "share_example_opposition"]`.',
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong("0.375", hint="Give one number between 0 and 1"),
        Wrong(3, hint="the number of sentences"),
        Wrong(37.5, hint="not a percentage"),
        Wrong(0.235, hint="the press release's share"),
        Wrong(0.3, hint="as received"),
        Wrong(0.25, hint=FALLBACK),
        Wrong(0.4, hint="too rounded"),  # the rounding rule: 0.38 is right for 0.375, 0.4 too rounded
        Wrong(0.37, hint="cut off, not rounded"),  # halves round up: 0.375 gives 0.38
    ),
)
def _example_responsibility_share() -> float:
    return _share(EXAMPLE_PAIR[0])


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
    return all(is_number(answer[name]) and float(answer[name]) == wanted[name] for name in wanted)


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
                all(is_number(a[n]) for n in _column(a, "sentences"))
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
