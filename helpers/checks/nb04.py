"""Exercises of notebook 04 (sentiment)."""

from __future__ import annotations

import functools
from types import SimpleNamespace

from helpers.annotation import spread_sample
from helpers.cleaning import clean_text
from helpers.course_texts import load_texts
from helpers.sentiment import (
    STANCE_LABELS,
    compare_models,
    lexicon_word_counts,
    sentence_sentiment,
    sentiment_summary,
    text_sentiment,
)
from helpers.texts import load_text

from . import FALLBACK, Wrong, close, exercise, is_number, is_table

# A stand-in for a pandas column: the hint that catches a column tests only ``.shape``, and
# importing pandas here would make loading the checks heavy.
_COLUMN = SimpleNamespace(shape=(35,))
_CROSSTAB = SimpleNamespace(shape=(3, 3))  # a pd.crosstab: three labels by three


@functools.cache
def _text(which: str) -> str:
    """``"press"``, ``"news"`` (both cleaned), ``"news_raw"`` or ``"gallery"``."""

    text_id = "press_release" if which == "press" else "newspaper"
    if which == "gallery":
        return clean_text(load_text(text_id).raw, keep=("caption", "gallery_heading"))
    return load_texts(text_id, clean=which != "news_raw")[text_id]


@functools.cache
def _models(which: str):

    return compare_models(_text(which))


def _disagreements(which: str) -> int:
    return int(_models(which)["disagree"].sum())


# --- 04.1 ---------------------------------------------------------------------------------------

#: The made-up sentence of exercise 04.1 (the notebook quotes it in the exercise's text).
NEGATED_SENTENCE = "The talks were not difficult."


def _sentence_score(sentence: str, column: str) -> float:
    return float(sentence_sentiment(sentence)[column].iloc[0])


def _without_not() -> float:
    return _sentence_score(NEGATED_SENTENCE.replace("not ", ""), "polarity")


@exercise(
    "04.1",
    "What polarity does TextBlob give 'The talks were not difficult.'?",
    hints=(
        (
            lambda a, e: is_table(a),
            'That is a table or a column with more than one value: take the `polarity` of its one row, `["polarity"].iloc[0]`.',
        ),
        (lambda a, e: not is_number(a), "Give one number between −1 and +1, for example 0.5."),
        (
            lambda a, e: close(a, _without_not(), 0.001),
            "That is *difficult* without its *not*. The rule: *not* just before a lexicon word flips it and halves it.",
        ),
        (
            lambda a, e: close(a, -_without_not(), 0.001),
            "Flipped, yes, but *not* also halves the word's score.",
        ),
        (
            lambda a, e: close(a, 0.5 * _without_not(), 0.001),
            "Halved, yes, but *not* also flips the sign: the word's score times −0.5.",
        ),
        (
            lambda a, e: close(a, _sentence_score(NEGATED_SENTENCE, "vader_compound"), 0.001),
            "That is VADER's compound score. The question asks for TextBlob's `polarity`.",
        ),
        (
            lambda a, e: close(a, _sentence_score(NEGATED_SENTENCE, "subjectivity"), 0.001),
            "That is the subjectivity. The question asks for the `polarity`.",
        ),
    ),
    fallback_hint='Score the sentence with `sentence_sentiment("The talks were not difficult.", vader=False)` and read its `polarity`.',
    compare=lambda a, e: close(a, e),  # the course's rounding rule, as in every exercise
    wrong_examples=(
        Wrong(_COLUMN, hint="That is a table or a column"),
        Wrong("0.25", hint="Give one number"),
        Wrong(-0.5, hint="That is *difficult* without its *not*"),
        Wrong(0.5, hint="Flipped, yes, but"),
        Wrong.computed(lambda: _sentence_score(NEGATED_SENTENCE, "vader_compound"), hint="VADER's compound"),
        Wrong(1.0, hint="That is the subjectivity"),
        Wrong(-0.25, hint="Halved, yes, but"),
        Wrong(0.1, hint=FALLBACK),
    ),
)
def _not_difficult() -> float:
    return _sentence_score(NEGATED_SENTENCE, "polarity")


# --- 04.2 ---------------------------------------------------------------------------------------


@functools.cache
def _summary():
    return sentiment_summary({name: _text(name) for name in ("news_raw", "news", "press")})


def _summary_value(which: str, column: str) -> float:
    return float(_summary().loc[which, column])


@exercise(
    "04.2",
    "What is the vader_mean of the newspaper file as received (news_raw)?",
    hints=(
        (
            lambda a, e: is_table(a),
            'That is a whole row or table: take one value out, `.loc["raw", "vader_mean"]`.',
        ),
        (lambda a, e: not is_number(a), "Give one number between −1 and +1, for example 0.12."),
        (
            lambda a, e: close(a, _summary_value("news", "vader_mean"), 0.0005),
            "That is the cleaned article, `news`. Score the file as received: `news_raw`.",
        ),
        (
            lambda a, e: close(a, _summary_value("press", "vader_mean"), 0.0005),
            "That is the press release. Score the newspaper file as received: `news_raw`.",
        ),
        (
            lambda a, e: any(
                close(a, _summary_value("news_raw", column), 0.0005)
                for column in ("polarity", "polarity_mean")
            ),
            "That is a TextBlob score. The question asks for `vader_mean`, VADER's mean of sentence scores.",
        ),
    ),
    fallback_hint='Run `sentiment_summary({"raw": news_raw})` and take its `vader_mean` out: `.loc["raw", "vader_mean"]`.',
    compare=lambda a, e: close(a, e),  # the course's rounding rule, as in every exercise
    wrong_examples=(
        Wrong(_COLUMN, hint="That is a whole row or table"),
        Wrong("negative", hint="Give one number"),
        Wrong.computed(lambda: _summary_value("news", "vader_mean"), hint="That is the cleaned article"),
        Wrong.computed(lambda: _summary_value("press", "vader_mean"), hint="That is the press release"),
        Wrong.computed(lambda: _summary_value("news_raw", "polarity"), hint="That is a TextBlob score"),
        Wrong.computed(
            lambda: _one_row(_summary_value("news_raw", "polarity_mean")), hint="That is a TextBlob score"
        ),
        Wrong(-0.0705, hint=FALLBACK),  # wrongly rounded (the true value is -0.0708...): not right
        Wrong(0.5, hint=FALLBACK),
    ),
)
def _raw_vader_mean() -> float:
    return _summary_value("news_raw", "vader_mean")


def _one_row(value: float):
    """A one-row pandas column holding ``value`` (an answer not yet taken out with ``.loc``)."""
    import pandas as pd

    return pd.Series([value], index=["raw"], name="polarity_mean")


# --- 04.5 ---------------------------------------------------------------------------------------


def _opposite(which: str) -> int:
    frame = _models(which)
    return int(
        (
            frame["disagree"] & (frame["textblob_label"] != "neutral") & (frame["vader_label"] != "neutral")
        ).sum()
    )


def _neutral_negative(which: str) -> int:
    frame = _models(which)
    return int(((frame["textblob_label"] == "neutral") & (frame["vader_label"] == "negative")).sum())


def _both_negative(which: str) -> int:
    frame = _models(which)
    return int(((frame["textblob_label"] == "negative") & (frame["vader_label"] == "negative")).sum())


@exercise(
    "04.5",
    "On how many of the photo gallery's sentences does TextBlob say neutral while VADER says negative?",
    hints=(
        (
            lambda a, e: is_table(a) and len(a.shape) == 2,
            "That is the whole cross-table. Take out the one cell you need, row `neutral` and column "
            '`negative`: `table.loc["neutral", "negative"]`, where `table` is your `pd.crosstab(...)`.',
        ),
        (
            lambda a, e: is_table(a),
            "That is a whole column of True and False. Add up its True values with `.sum()`.",
        ),
        (lambda a, e: not is_number(a), "Give a single whole number, the count of sentences."),
        (
            lambda a, e: a == _disagreements("gallery"),
            "That counts every disagreement. Count only the sentences TextBlob labels neutral and VADER negative.",
        ),
        (
            lambda a, e: a == len(_models("gallery")),
            "That is the number of all the gallery's sentences. Count only TextBlob neutral and VADER negative.",
        ),
        (
            lambda a, e: a == _both_negative("gallery"),
            "That is where both models say negative. Count TextBlob *neutral* and VADER negative.",
        ),
        (
            lambda a, e: a == _neutral_negative("news"),
            "That is the cleaned article, not the gallery. Use `compare_models(gallery)`.",
        ),
    ),
    fallback_hint='Run `pd.crosstab(compare_models(gallery)["textblob_label"], compare_models(gallery)["vader_label"])` '
    "and read the cell of row neutral, column negative.",
    wrong_examples=(
        Wrong(_CROSSTAB, hint="That is the whole cross-table"),
        Wrong(_COLUMN, hint="That is a whole column"),
        Wrong("nine", hint="Give a single whole number"),
        Wrong(14, hint="That counts every disagreement"),
        Wrong(26, hint="the number of all the gallery's sentences"),
        Wrong(4, hint="both models say negative"),
        Wrong(1, hint="the cleaned article, not the gallery"),
        Wrong(0, hint=FALLBACK),
    ),
)
def _gallery_neutral_negative() -> int:
    return _neutral_negative("gallery")


# --- 04.4 ---------------------------------------------------------------------------------------


@functools.cache
def _polarity_without(which: str, word: str) -> float:

    table = lexicon_word_counts(_text(which))
    rest = table[table["words"] != word]
    return float(rest["total_polarity"].sum() / rest["count"].sum())


def _near(value: float):
    return lambda a, e: abs(float(a) - value) < 0.0005


@functools.cache
def _unweighted(which: str, word: str) -> float:

    table = lexicon_word_counts(_text(which))
    return float(table.loc[table["words"] != word, "polarity"].mean())


@functools.cache
def _wrong_denominator(which: str, word: str) -> float:

    table = lexicon_word_counts(_text(which))
    return float(table.loc[table["words"] != word, "total_polarity"].sum() / table["count"].sum())


@functools.cache
def _polarity(which: str) -> float:

    return text_sentiment(_text(which))["polarity"]


@exercise(
    "04.4",
    "What would the newspaper article's TextBlob polarity be without the word 'usual'?",
    hints=(
        (
            lambda a, e: not is_number(a),
            "Give a single number between −1 and +1, for example 0.123: "
            '`polarity_without(lexicon_word_counts(news), "usual")`.',
        ),
        (lambda a, e: abs(a) > 1, "A polarity lies between −1 and +1. Did you give a percentage?"),
        (
            lambda a, e: _near(_polarity("news"))(a, e),
            "That is the article's polarity *with* 'usual'. Leave out the row of 'usual' before averaging.",
        ),
        (
            lambda a, e: _near(_polarity_without("news", "foreign"))(a, e),
            "That leaves out 'foreign', as in the cell above. This time leave out 'usual'.",
        ),
        (
            lambda a, e: _near(_polarity_without("press", "usual"))(a, e),
            "That is the press release. Use the newspaper article: `lexicon_word_counts(news)`.",
        ),
        (
            lambda a, e: _near(_polarity_without("news_raw", "usual"))(a, e),
            "That is the raw file, gallery included. Use the cleaned article, `news`.",
        ),
        (
            lambda a, e: _near(_unweighted("news", "usual"))(a, e),
            "You averaged the `polarity` column, one row "
            "per word, but some words are scored several times. Divide the sum of `total_polarity` by the sum "
            "of `count`.",
        ),
        (
            lambda a, e: _near(_wrong_denominator("news", "usual"))(a, e),
            "Divide by the number of words that remain: leave the 'usual' row out of the `count` too.",
        ),
        (
            lambda a, e: abs(a - e) < 0.006,
            "Close: keep at least three decimals, or check which rows you left out.",
        ),
    ),
    fallback_hint='Use the helper defined above: `polarity_without(lexicon_word_counts(news), "usual")`.',
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong("0.017", hint="Give a single number"),
        Wrong(1.69, hint="A polarity lies between −1 and +1"),
        Wrong(0.0032, hint="the article's polarity *with* 'usual'"),
        Wrong(0.0266, hint="That leaves out 'foreign'"),
        Wrong(0.0447, hint="That is the press release"),
        Wrong(0.025, hint="That is the raw file"),
        Wrong(0.0523, hint="You averaged the `polarity` column"),
        Wrong(0.0161, hint="Divide by the number of words that remain"),
        Wrong(0.015, hint="Close: keep at least three decimals"),
        Wrong(0.02, hint="too rounded"),  # the course's rounding rule: two significant figures at least
    ),
)
def _news_without_usual() -> float:
    return _polarity_without("news", "usual")


# --- 04.3 ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _sample():

    return spread_sample({"press_release": _text("press"), "newspaper": _text("news")}, per_text=5)


def _not_stance(answer) -> bool:
    return any(not isinstance(label, str) or label.strip().lower() not in STANCE_LABELS for label in answer)


def _problem(answer, expected) -> str | None:
    if not isinstance(answer, (list, tuple)):
        return "not a list"
    if len(answer) != len(expected):
        return f"{len(answer)} labels, not {len(expected)}"
    return "not stance labels" if _not_stance(answer) else None


def _sentiment_words(answer) -> bool:
    return all(
        isinstance(x, str) and x.strip().lower() in ("positive", "negative", "neutral") for x in answer
    )


@exercise(
    "04.3",
    "Label the stance of ten sentences towards the UK's relations with Russia: favour, against or none.",
    hints=(
        (
            lambda a, e: not isinstance(a, (list, tuple)),
            'Give a list in square brackets, one label per sentence: ["none", "against", ...].',
        ),
        (
            lambda a, e: len(a) != len(e),
            "Give exactly one stance label per sentence: ten labels, in the order of the numbered list.",
        ),
        (
            lambda a, e: _sentiment_words(a),
            'Those are sentiment labels. A stance is "favour", "against" or "none" towards the target.',
        ),
        (
            lambda a, e: _not_stance(a),
            'Use only the words "favour" (British spelling), "against" and "none", in quotation marks (capitals do not matter).',
        ),
    ),
    fallback_hint='Give ten labels, each "favour", "against" or "none".',
    # Any honest reading is accepted: the check is about the format. The expected value (one
    # instructor's reading, the notebook's solution) only fixes how many labels there must be.
    compare=lambda a, e: _problem(a, e) is None,
    success="Thank you: ten valid stance labels. There is no single right reading. The first section of "
    "Going further sets yours beside the models' sentiment labels, which answer a different question.",
    wrong_examples=(
        Wrong("favour", hint="Give a list in square brackets"),
        Wrong(["favour"] * 9, hint="exactly one stance label per sentence"),
        Wrong(["positive"] * 10, hint="Those are sentiment labels"),
        Wrong(["pro"] * 10, hint='Use only the words "favour"'),
        Wrong(["none"] * 9 + [1], hint='Use only the words "favour"'),
    ),
)
def _ten_labels() -> list[str]:
    reading = [
        "against",
        "against",
        "favour",
        "favour",  # 4. it ends on hope, "it doesn't have to be that way" (the notebook's tie-break rule)
        "favour",
        "against",
        "none",
        "against",
        "against",  # 9. it ends on the UK, wary of Mr Putin
        "none",  # about the US government and Russia, not the UK
    ]
    return reading[: len(_sample())]
