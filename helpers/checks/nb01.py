"""Exercises of notebook 01 (reading the two texts)."""

from __future__ import annotations

from helpers.cleaning import label_paragraphs, repair_encoding
from helpers.texts import load_text

from . import FALLBACK, Wrong, exercise


def _news_paragraphs():

    return label_paragraphs(repair_encoding(load_text("newspaper").raw))


@exercise(
    "01.1",
    "How many photo captions does the newspaper file contain?",
    hints=(
        (
            lambda a, e: hasattr(a, "shape"),
            'That is a table. Count its caption rows: `(news_paragraphs["part"] == "caption").sum()`.',
        ),
        (
            lambda a, e: a == len(_news_paragraphs()),
            "That counts every paragraph. Keep only rows whose part is 'caption'.",
        ),
        (
            lambda a, e: a == e + 1 or a == e + 2,
            "Close: you may be counting the gallery headings too. Only 'caption' rows count.",
        ),
    ),
    wrong_examples=(
        Wrong(35, hint="That counts every paragraph. Keep"),
        Wrong(21, hint="Close: you may be counting"),
        Wrong("19 captions", hint=FALLBACK),
    ),
)
def _captions() -> int:
    return int((_news_paragraphs()["part"] == "caption").sum())


def _caption_share() -> float:
    paragraphs = _news_paragraphs()
    return float(paragraphs.loc[paragraphs["part"] == "caption", "words"].sum() / paragraphs["words"].sum())


@exercise(
    "01.2",
    "What share of the newspaper file's words are in the captions?",
    hints=(
        (
            lambda a, e: not isinstance(a, (int, float)) and not hasattr(a, "__float__"),
            "Give a single number, for example 0.25: divide the captions' words by all words.",
        ),
        (
            lambda a, e: a > 1,
            "Give a share between 0 and 1, not a percentage: divide by 100, or don't multiply.",
        ),
        (lambda a, e: abs(a - (1 - e)) < 0.02, "That is the share of everything *except* the captions."),
        (lambda a, e: a > e, "Too high: count only the 'caption' rows, not the gallery headings too."),
    ),
    fallback_hint="Sum the `words` of the caption rows and divide by the sum of `words` over all paragraphs.",
    compare=lambda a, e: abs(float(a) - e) < 0.001,
    wrong_examples=(
        Wrong(55.4, hint="Give a share between 0"),
        Wrong(0.446, hint="That is the share of"),
        Wrong(0.9, hint="Too high: count only the"),
        Wrong("half", hint="Give a single number, for"),
    ),
)
def _share() -> float:
    return _caption_share()


@exercise(
    "01.3",
    "How many captions credit Reuters?",
    hints=(
        (
            lambda a, e: hasattr(a, "shape"),
            "That is a column of True/False values; add them up with `.sum()`.",
        ),
        (
            lambda a, e: a == 0,
            'Zero? Check the spelling and capitals: `str.endswith("Reuters")`, and use the captions\' `text`.',
        ),
    ),
    fallback_hint='Select the caption texts, then count those ending with "Reuters": `captions.str.endswith("Reuters").sum()`.',
    wrong_examples=(
        Wrong(0, hint="Zero? Check the spelling and"),
        Wrong(19, hint=FALLBACK),
        Wrong(3, hint=FALLBACK),
    ),
)
def _reuters() -> int:
    paragraphs = _news_paragraphs()
    return int(paragraphs.loc[paragraphs["part"] == "caption", "text"].str.endswith("Reuters").sum())
