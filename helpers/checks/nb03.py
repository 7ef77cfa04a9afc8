"""Exercises of notebook 03 (comparing vocabularies).

Every expected answer is computed from the cleaned course texts with the helpers, exactly as the
notebook computes it; nothing is hard-coded.
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from helpers.concordance import concordance
from helpers.course_texts import load_texts
from helpers.frequencies import frequency_table
from helpers.keyness import G2_THRESHOLD, keyness
from helpers.tokens import remove_stopwords, stopword_list, tokenize
from helpers.voices import voices

from . import Wrong, close, exercise, is_number, is_table
from .sealed import hedged_exercise

NAMES = ("press_release", "newspaper")
NEGATIONS = frozenset({"not", "cannot", "never", "no"})

# A stand-in for a pandas column (a Series of True/False or numbers): the hints that catch a column
# test only ``.shape``, and importing pandas here would make loading the checks heavy.
_COLUMN = SimpleNamespace(shape=(268,))


@cache
def _texts() -> dict[str, str]:

    return load_texts(*NAMES)


@cache
def _raw_texts() -> dict[str, str]:

    return load_texts(*NAMES, clean=False)


def _keyness(texts: dict[str, str], *, without_stopwords_first: bool = False):
    """The notebook's keyness table (or a common mistaken version of it), indexed by word."""

    tokens = [tokenize(texts[name]) for name in NAMES]
    if without_stopwords_first:
        tokens = [remove_stopwords(t) for t in tokens]
    return keyness(frequency_table(tokens[0]), frequency_table(tokens[1]), names=NAMES)


@cache
def _table():
    return _keyness(_texts()).set_index("word")


@cache
def _content_table():

    table = _keyness(_texts())
    return table[~table["word"].isin(stopword_list())].reset_index(drop=True)


def _near(value, target: float, tolerance: float = 0.005) -> bool:
    return close(value, target, tolerance)


def _pair(answer) -> tuple | None:
    """A student's two counts as a (press release, newspaper) tuple, or None if it is not a pair."""
    if isinstance(answer, dict):
        keys = {str(k).strip().casefold().replace(" ", "_"): v for k, v in answer.items()}
        if set(keys) == set(NAMES):
            return tuple(keys[name] for name in NAMES)
        return None
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(is_number(v) for v in answer):
        return tuple(answer)
    return None


def _same_pair(answer, expected) -> bool:
    pair = _pair(answer)
    return pair is not None and all(float(a) == float(e) for a, e in zip(pair, expected))


# --- 03.1 ---------------------------------------------------------------------------------------


@exercise(
    "03.1",
    "How many times does 'security' occur in each text? (press release, newspaper)",
    hints=(
        (lambda a, e: is_number(a), "Give two numbers, one per text, in a tuple: `(press, newspaper)`."),
        (
            lambda a, e: _pair(a) is None,
            "Give a tuple of two whole numbers, press release first, e.g. `(7, 2)`.",
        ),
        (lambda a, e: _same_pair(a, e[::-1]), "Right numbers, wrong order: the press release comes first."),
        (
            lambda a, e: _same_pair(a, tuple(_texts()[n].count("security") for n in NAMES)),
            "You counted only the lower-case spelling. 'Security Council' counts too: count the tokens "
            '(`press_tokens.count("security")`), which are all lower case.',
        ),
        (
            lambda a, e: _same_pair(a, tuple(_texts()[n].casefold().count("secur") for n in NAMES)),
            "Too many in the press release: 'secure' is a different word. Count the token \"security\" only.",
        ),
    ),
    fallback_hint='Count the token in each list: `press_tokens.count("security")` and '
    '`news_tokens.count("security")`, then give both in a tuple, press release first.',
    compare=_same_pair,
    wrong_examples=(
        Wrong((1, 4), hint="Right numbers, wrong order"),
        Wrong((2, 0), hint="only the lower-case spelling"),
        Wrong(5, hint="Give two numbers, one per text"),
        Wrong((5, 1), hint="'secure' is a different word"),
        Wrong("four and one", hint="Give a tuple of two whole numbers"),
    ),
)
def _security_counts() -> tuple[int, int]:
    press, news = (tokenize(_texts()[name]).count("security") for name in NAMES)
    return press, news


# --- 03.2 ---------------------------------------------------------------------------------------


def _russia(column: str, table=None) -> float:
    return float((_table() if table is None else table).loc["russia", column])


@exercise(
    "03.2",
    "What is the log-likelihood (G2) of 'russia'?",
    hints=(
        (
            lambda a, e: not is_number(a),
            "Give a single number, for example 1.23, from the `log_likelihood` column.",
        ),
        (
            lambda a, e: _near(a, _russia("log_ratio")),
            "That is the log ratio (the effect size). G² is in the `log_likelihood` column.",
        ),
        (
            lambda a, e: _near(a, _russia("p_value")),
            "That is the p-value. G² is in the `log_likelihood` column.",
        ),
        (
            lambda a, e: _near(a, _russia("log_likelihood_2term")),
            "That is the two-term version of G². Use the `log_likelihood` column, as the notebook does.",
        ),
        (
            lambda a, e: any(
                _near(a, _russia(c))
                for c in (
                    "count_press_release",
                    "count_newspaper",
                    "per_1000_press_release",
                    "per_1000_newspaper",
                )
            ),
            "That is a count or a rate per 1,000 words. G² is in the `log_likelihood` column.",
        ),
        (
            lambda a, e: _near(a, float(_table().loc["russian", "log_likelihood"])),
            "That is the G² of 'russian', a different word. Look up 'russia'.",
        ),
        (
            lambda a, e: _near(a, float(_table().loc["world", "log_likelihood"])),
            'That is the G² of \'world\', the question\'s example. Put "russia" in place of "world".',
        ),
        (
            lambda a, e: _near(
                a, float(_keyness(_raw_texts()).set_index("word").loc["russia", "log_likelihood"])
            ),
            "That comes from the raw files, photo gallery included. Use the cleaned texts, as the notebook does.",
        ),
        (
            lambda a, e: _near(
                a,
                float(
                    _keyness(_texts(), without_stopwords_first=True)
                    .set_index("word")
                    .loc["russia", "log_likelihood"]
                ),
            ),
            "You removed the stopwords before counting, which shrinks the texts' sizes. Compute keyness on all "
            "the words (as `keyness_table` is), then set stopwords aside only when you read the table.",
        ),
    ),
    fallback_hint='Find the row of "russia" in `keyness_table` (notebook 01\'s worked box shows how): '
    '`keyness_table.set_index("word").loc["russia", "log_likelihood"]`.',
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong(2.1, hint="cut off, not rounded"),
        Wrong(0.998, hint="That is the log ratio"),
        Wrong(0.141, hint="That is the p-value"),
        Wrong(2.112, hint="two-term version of G²"),
        Wrong(11, hint="a count or a rate per 1,000 words"),
        Wrong(3.773, hint="the G² of 'russian'"),
        Wrong(6.59, hint="the G² of 'world', the question's example"),
        Wrong(3.856, hint="from the raw files"),
        Wrong(2.325, hint="You removed the stopwords before counting"),
        Wrong("2.16", hint="Give a single number"),
    ),
)
def _russia_g2() -> float:
    return _russia("log_likelihood")


# --- 03.3 ---------------------------------------------------------------------------------------


def _text_id(answer) -> str:
    return str(answer).strip().casefold().replace(" ", "_").replace("-", "_")


def _is_bool(value) -> bool:
    return isinstance(value, bool) or type(value).__name__ == "bool_"


def _two_parts(answer) -> bool:
    return isinstance(answer, (tuple, list)) and len(answer) == 2


def _side_and_key(answer, expected) -> bool:
    return (
        _two_parts(answer)
        and _is_bool(answer[0])
        and _is_bool(answer[1])
        and (bool(answer[0]), bool(answer[1])) == expected
    )


@exercise(
    "03.3",
    "Is 'russia' relatively more frequent in the press release, and is it a key word (G2 >= 3.84)?",
    hints=(
        (
            lambda a, e: isinstance(a, str) and _text_id(a) in NAMES,
            "Give two True/False values in brackets, e.g. (False, True): is 'russia' more frequent in "
            "the press release, and is it key?",
        ),
        (
            lambda a, e: not _two_parts(a),
            "Give two True/False values in brackets, e.g. (False, True).",
        ),
        (
            lambda a, e: not (_is_bool(a[0]) and _is_bool(a[1])),
            "Both parts are True or False (no quotes): True/False for 'more frequent in the press release', "
            "then True/False for 'G² reaches 3.84'.",
        ),
        (
            lambda a, e: bool(a[0]) != e[0],
            "Compare rates, not impressions: look at per_1000_press_release and per_1000_newspaper for 'russia' "
            "(and remember that 'russian' is a different word). The `more_frequent_in` column says it directly.",
        ),
        (
            lambda a, e: bool(a[1]) and not e[1],
            "Right text, but look at its G² in the `log_likelihood` column: is it 3.84 or more? "
            "More frequent in one text is not the same as key.",
        ),
    ),
    compare=_side_and_key,
    wrong_examples=(
        Wrong("press_release", hint="Give two True/False values in brackets, e.g. (False, True): is"),
        Wrong((False, False), hint="Compare rates, not impressions"),
        Wrong((True, True), hint="More frequent in one text is not the same as key"),
        Wrong(("press_release", "no"), hint="Both parts are True or False"),
        Wrong(11, hint="Give two True/False values in brackets, e.g. (False, True)."),
    ),
)
def _russia_side_and_key() -> tuple[bool, bool]:

    return str(_table().loc["russia", "more_frequent_in"]) == "press_release", bool(
        _russia("log_likelihood") >= G2_THRESHOLD
    )


# --- 03.4 ---------------------------------------------------------------------------------------


@exercise(
    "03.6",
    "How many words of content_keyness have a p-value below 0.05?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a column of True/False values; count the Trues with `.sum()`.",
        ),
        (lambda a, e: not is_number(a), "Give a single whole number."),
        (
            lambda a, e: a == int((_table()["p_value"] < 0.05).sum()),
            "That counts the stopwords too. Use `content_keyness`, the table without stopwords.",
        ),
        (
            lambda a, e: a == int((_content_table()["p_value"] < 0.01).sum()),
            "That is the count for p < 0.01. The question asks for p < 0.05.",
        ),
        (
            lambda a, e: a == len(_content_table()),
            "That counts every row. Keep only the rows whose p_value is below 0.05.",
        ),
        (
            lambda a, e: a == int((_content_table()["p_value"] <= 0.05).sum()) + 1 or a == e - 1,
            "Close: check that you used `< 0.05` on the `p_value` column.",
        ),
    ),
    fallback_hint='Count the rows of `content_keyness` with `(content_keyness["p_value"] < 0.05).sum()`.',
    wrong_examples=(
        Wrong(_COLUMN, hint="That is a column of True/False values"),
        Wrong("five", hint="Give a single whole number"),
        Wrong(8, hint="That counts the stopwords too"),
        Wrong(0, hint="the count for p < 0.01"),
        Wrong(268, hint="That counts every row"),
        Wrong(4, hint="Close: check that you used `< 0.05`"),
    ),
)
def _significant_content_words() -> int:
    return int((_content_table()["p_value"] < 0.05).sum())


# --- 03.4 ---------------------------------------------------------------------------------------


def _occurrences(text: str) -> list[dict]:
    """Each 'business as usual' in ``text``: who speaks it (voices), and whether it is negated."""

    found = []
    for segment in voices(text).itertuples():
        for line in concordance(segment.text, "business as usual", window=4).itertuples():
            left = tokenize(line.left)
            found.append(
                {
                    "voice": segment.voice,
                    "speaker": segment.speaker,
                    "sentence": line.sentence,
                    "negated": any(word in NEGATIONS or word.endswith("n't") for word in left),
                }
            )
    return found


def _johnsons(occurrence: dict) -> bool:
    """The words are Johnson's: his quotation, or the narrative says he will say them."""
    if occurrence["voice"] == "quote":
        return "Johnson" in occurrence["speaker"]
    return "Johnson" in occurrence["sentence"]


def _governments(occurrence: dict) -> bool:
    """The words are the government's: a spokesperson's quotation, or the narrative names the government."""
    if occurrence["voice"] == "quote":
        return "spokes" in occurrence["speaker"].casefold()
    return "government" in occurrence["sentence"].casefold()


def _statements() -> dict[str, bool]:
    """The truth of each statement of exercise 03.5, decided from the concordances and voices."""
    press, news = (_occurrences(_texts()[name]) for name in NAMES)
    both = press + news
    return {
        "a": bool(both)
        and all(o["voice"] == "quote" and "Johnson" in o["speaker"] and not o["negated"] for o in both),
        "b": bool(press)
        and bool(news)
        and all(o["negated"] for o in both)
        and all(_johnsons(o) for o in press)
        and all(_governments(o) and not _johnsons(o) for o in news),
        "c": any(o["voice"] == "narrative" and not o["negated"] for o in news),
        "d": any(not o["negated"] for o in press) and all(o["negated"] for o in news),
    }


def _letter(answer) -> str:
    return str(answer).strip().casefold().strip(".)(") if isinstance(answer, str) else ""


@exercise(
    "03.4",
    "Read 'business as usual' in context: which statement is true?",
    hints=(
        (
            lambda a, e: _letter(a) not in ("a", "b", "c", "d"),
            'Answer with one letter in quotes: "a", "b", "c" or "d".',
        ),
        (
            lambda a, e: _letter(a) == "a",
            "Read the word just before the phrase in each line: 'cannot be', 'not "
            "signal', 'not a return to'. And in the newspaper, who is speaking: Johnson, or someone else?",
        ),
        (
            lambda a, e: _letter(a) == "c",
            "Read the newspaper's first line again: 'the government maintained the "
            "visit does not signal ...'. Whose view is that, and is the phrase negated?",
        ),
        (
            lambda a, e: _letter(a) == "d",
            "Read the press release's lines: what comes just before 'business as usual'? ('cannot be')",
        ),
    ),
    compare=lambda a, e: _letter(a) == e,
    wrong_examples=(
        Wrong("a", hint="Read the word just before the phrase"),
        Wrong("c", hint="Read the newspaper's first line again"),
        Wrong("d", hint="Read the press release's lines"),
        Wrong("e", hint="Answer with one letter in quotes"),
        Wrong(2, hint="Answer with one letter in quotes"),
    ),
)
def _business_as_usual() -> str:
    true = [letter for letter, holds in _statements().items() if holds]
    if len(true) != 1:  # pragma: no cover - would mean the texts or the helpers changed
        raise RuntimeError(f"Exercise 03.4 needs exactly one true statement; found {true or 'none'}.")
    return true[0]


# --- 03.5: a hedged sentence ---------------------------------------------------------------------

#: What a sentence about *world*'s keyness must name, and the reading the notebook has just refuted
#: (read in context, *world* is mostly two proper names, not a global frame): a sentence may claim a
#: global frame only beside the names, or to set it aside. The other rules are the course's
#: defaults (:func:`helpers.checks.hedging.check_hedged_sentence`).
WORLD_SENTENCE_RULES = {
    "figure": ("world",),
    "figure_label": "the word *world* (its G² or its count)",
    "refuted": (
        "global",
        "globally",
        "globalist",
        "worldwide",
        "international",
        "internationally",
        "frame",
        "frames",
        "framed",
        "framing",
    ),
    "refuted_unless": (
        "world cup",
        "world war",
        "cup",
        "war",
        "football",
        "name",
        "names",
        "proper",
        "proper-name",
        "proper-names",
    ),
    "refutation": "most uses of *world* are the names *World Cup* and *Second World War*",
}


def _world_sentence() -> str:
    row = _table().loc["world"]
    return (
        f"In these two texts, world (G² = {row['log_likelihood']:.2f}, {int(row['count_press_release'])} "
        f"against {int(row['count_newspaper'])}) suggests a proper-name effect, since most of its uses are "
        "World Cup and Second World War, rather than a global frame."
    )


hedged_exercise(
    "03.5",
    "Write one hedged sentence, for a reader of your analysis, about what world's keyness shows.",
    WORLD_SENTENCE_RULES,
    model=_world_sentence,
    wrong_examples=(
        Wrong("The press release frames the visit in global terms.", hint="Say which figure"),
        Wrong("World proves that the press release frames the visit globally.", hint="claims more than"),
        Wrong(
            "The press release clearly frames the visit globally because world has a G² of 6.59 in these two texts.",
            hint="claims more than",
        ),
        Wrong(
            "In these two texts, world shows that the government frames the visit as global.",
            hint="reading the figure in context has refuted",
        ),
        Wrong(
            "World is a significant word, so the release thinks globally.", hint='"Significant" is a claim'
        ),
        # a first-year student's sentences (review of 2026-12-01): a score is not a test, and a
        # hedge does not make a refuted reading careful
        Wrong(
            "World is significant in the press release (G² 6.59), which suggests a global framing.",
            hint='"Significant" is a claim',
        ),
        Wrong(
            "world has a G² of 6.59 (4 against 0), which suggests the press release frames the visit in "
            "global terms.",
            hint="reading the figure in context has refuted: most uses of *world* are the names",
        ),
        Wrong(
            "World (4 against 0) is not in the newspaper, which may suggest an international outlook.",
            hint="reading the figure in context has refuted",
        ),
        Wrong("World suggests that all press releases think in global terms.", hint="generalises beyond"),
        Wrong(
            "World is used four times in the press release and never in the newspaper.",
            hint="Hedge your claim",
        ),
    ),
)
