"""Exercises of notebook 01 (reading the two texts)."""

from __future__ import annotations

import functools
from types import SimpleNamespace

from helpers.cleaning import label_paragraphs, repair_encoding
from helpers.texts import load_text

from . import FALLBACK, Wrong, close, exercise, is_table

# A stand-in for a pandas column: the hints that catch a column test only ``.shape``, and
# importing pandas here would make loading the checks heavy.
_COLUMN = SimpleNamespace(shape=(19,))

#: A short page made up for exercises 01.3 and 01.4, in the shape of a pasted regional news page
#: (no blank lines, a banner, a headline, a timestamp, a caption with its credit, a subheading and
#: a "You may also like" box). It is not a real article.
EXERCISE_PAGE = (
    "Watch Live\n"
    "Library opening hours cut in three towns\n"
    "• Updated: 08:15\n"
    "2 min read\n"
    "The county council has voted to shorten opening hours at three of its libraries from April.\n"
    "Readers at the library in the town centre last week (John Roe/PA)\n"
    "Campaigners plan a petition\n"
    "A group of regular users said they would collect signatures at the weekend.\n"
    "The council said the change would save money without closing any branch.\n"
    "You may also like\n"
    "New cycle lane opens on the ring road"
)


@functools.lru_cache(maxsize=1)
def _news_paragraphs():

    return label_paragraphs(repair_encoding(load_text("newspaper").raw))


@functools.lru_cache(maxsize=1)
def _page_paragraphs():

    return label_paragraphs(EXERCISE_PAGE)


_KEPT = ("headline", "subheading", "body")


def _caption_rows():
    paragraphs = _news_paragraphs()
    return paragraphs[paragraphs["part"] == "caption"]


def _one_row_column(value: int):
    """A one-row pandas column holding ``value``: a filtered answer not yet taken out with ``.iloc[0]``."""
    import pandas as pd

    return pd.Series([value], index=["caption"], name="words")


@exercise(
    "01.1",
    "How many words do the newspaper's caption paragraphs have, all together?",
    hints=(
        (
            lambda a, e: is_table(a),
            'That is a column or a table with many rows; add up its `words` column: `...["words"].sum()`.',
        ),
        (
            lambda a, e: isinstance(a, str),
            "That is text in quotes; give the number itself, without quotes (or compute it).",
        ),
        (
            lambda a, e: a == 0,
            'Zero? Check the spelling: the part is `"caption"` (singular, in lower case), as in the table.',
        ),
        (
            lambda a, e: a == len(_caption_rows()),
            "That counts the caption paragraphs; add up their words instead: after the filtered "
            '`news_paragraphs[...]`, write `["words"].sum()` rather than using `len(...)`.',
        ),
        (
            lambda a, e: a == int(_news_paragraphs()["words"].sum()),
            "That adds up every paragraph. Filter first (see the worked box): "
            '`news_paragraphs[news_paragraphs["part"] == "caption"]`.',
        ),
        (
            lambda a, e: (
                a
                == int(_news_paragraphs().loc[_news_paragraphs()["part"] == "gallery_heading", "words"].sum())
            ),
            'That is the gallery headings. Keep the rows whose `part` is `"caption"`.',
        ),
    ),
    fallback_hint="Filter the newspaper's table `news_paragraphs` as in the worked box "
    '(`part == "caption"`), then `["words"].sum()`.',
    wrong_examples=(
        Wrong(_COLUMN, hint="That is a column or a table"),
        Wrong.computed(lambda: len(_caption_rows()), hint="That counts the caption paragraphs"),
        Wrong.computed(
            lambda: _one_row_column(len(_caption_rows())), hint="That counts the caption paragraphs"
        ),
        Wrong.computed(lambda: int(_news_paragraphs()["words"].sum()), hint="That adds up every paragraph"),
        Wrong.computed(
            lambda: int(
                _news_paragraphs().loc[_news_paragraphs()["part"] == "gallery_heading", "words"].sum()
            ),
            hint="That is the gallery headings",
        ),
        Wrong(0, hint="Zero? Check the spelling"),
        Wrong.computed(lambda: str(int(_caption_rows()["words"].sum())), hint="That is text in quotes"),
        Wrong(1, hint=FALLBACK),
    ),
)
def _caption_words() -> int:
    return int(_caption_rows()["words"].sum())


@exercise(
    "01.2",
    "How many captions credit Reuters?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a column of True/False values; add them up with `.sum()`.",
        ),
        (
            lambda a, e: a == 0,
            'Zero? Check the spelling and capitals: `str.endswith("Reuters")`, and use the captions\' `text`.',
        ),
        (
            lambda a, e: isinstance(a, str),
            "That is text in quotes; give the number itself, without quotes (or compute it).",
        ),
        (
            lambda a, e: a == len(_caption_rows()),
            'That counts every caption; keep only those ending with Reuters: `.str.endswith("Reuters")`.',
        ),
    ),
    fallback_hint="Three steps: filter the captions as in the worked box, keep their `text` column, "
    'then count those ending with Reuters with `.str.endswith("Reuters").sum()`.',
    wrong_examples=(
        Wrong(0, hint="Zero? Check the spelling and"),
        Wrong(_COLUMN, hint="That is a column of True/False"),
        Wrong.computed(lambda: len(_caption_rows()), hint="That counts every caption"),
        Wrong("four", hint="That is text in quotes"),
        Wrong(3, hint=FALLBACK),
    ),
)
def _reuters() -> int:
    paragraphs = _news_paragraphs()
    return int(paragraphs.loc[paragraphs["part"] == "caption", "text"].str.endswith("Reuters").sum())


@exercise(
    "01.3",
    "How many paragraphs of the exercise page does cleaning keep?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a column or a table; take a number out of it: count the True rows with `.sum()`, "
            'as in `label_paragraphs(another_page)["part"].isin(["headline", "subheading", "body"]).sum()`.',
        ),
        (
            lambda a, e: a == len(_page_paragraphs()),
            "That counts every paragraph. Keep only the parts headline, subheading and body: "
            '`.isin(["headline", "subheading", "body"])`.',
        ),
        (
            lambda a, e: a == int((_page_paragraphs()["part"] == "body").sum()),
            "That counts the body only: the headline and the subheading are kept too.",
        ),
        (
            lambda a, e: a == len(_page_paragraphs()) - e,
            "That is the number cleaning *removes*; the question asks how many it keeps.",
        ),
    ),
    fallback_hint="Label the page with `label_paragraphs(another_page)` and count the parts headline, subheading and body.",
    wrong_examples=(
        Wrong(_COLUMN, hint="That is a column or a table"),
        Wrong(11, hint="That counts every paragraph."),
        Wrong(3, hint="That counts the body only"),
        Wrong(6, hint="That is the number cleaning"),
        Wrong(1, hint=FALLBACK),
    ),
)
def _kept_paragraphs() -> int:
    return int(_page_paragraphs()["part"].isin(_KEPT).sum())


def _kept_paragraph_share() -> float:
    """The share of the exercise page's *paragraphs* that cleaning keeps (a wrong answer to 01.4)."""
    return _kept_paragraphs() / len(_page_paragraphs())


def _kept_share() -> float:
    paragraphs = _page_paragraphs()
    return float(paragraphs.loc[paragraphs["part"].isin(_KEPT), "words"].sum() / paragraphs["words"].sum())


@exercise(
    "01.4",
    "What share of the exercise page's words does cleaning keep?",
    hints=(
        (
            lambda a, e: not isinstance(a, (int, float)) and not hasattr(a, "__float__"),
            "Give a single number, for example 0.75: divide the kept paragraphs' words by all words.",
        ),
        (
            lambda a, e: a > 1,
            "Give a share between 0 and 1, not a percentage: divide by 100, or don't multiply.",
        ),
        (
            lambda a, e: abs(a - (1 - e)) < 0.02,
            "That is the share cleaning *removes*, not the share it keeps.",
        ),
        (
            lambda a, e: close(a, _kept_paragraph_share()),
            "That is the share of *paragraphs* kept; the question asks for the share of *words*: "
            "add up the `words` column of the kept rows, and of all rows, then divide.",
        ),
    ),
    fallback_hint="Sum the `words` of the kept rows and divide by the sum of `words` over all the page's paragraphs.",
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong(75.0, hint="Give a share between 0"),
        Wrong(0.381, hint="That is the share cleaning"),
        Wrong.computed(_kept_paragraph_share, hint="That is the share of *paragraphs*"),
        Wrong(0.45, hint="That is the share of *paragraphs*"),
        Wrong("most", hint="Give a single number, for"),
        Wrong(0.1, hint=FALLBACK),
    ),
)
def _share() -> float:
    return _kept_share()
