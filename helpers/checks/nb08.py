"""Exercises of notebook 08 (from two texts to a corpus), on its SYNTHETIC corpus (seed 2008)."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace
from typing import Any

from helpers.corpus import compare_groups, find_reuse
from helpers.synthetic import synthetic_corpus

from . import FALLBACK, Wrong, exercise, is_number, is_table
from .hedging import GENERALISATIONS
from .sealed import hedged_exercise

#: The corpus of notebook 08: helpers.synthetic.synthetic_corpus with these arguments.
CORPUS_OPTIONS: dict[str, Any] = {"n_releases": 40, "articles_per_release": 5, "seed": 2008}


@cache
def _corpus():
    import pandas as pd

    made = synthetic_corpus(**CORPUS_OPTIONS)
    return made.corpus.assign(date=pd.to_datetime(made.corpus["date"]))


@cache
def _compared():

    return compare_groups(_corpus(), a="press_release", b="newspaper")


@cache
def _reuse():

    return find_reuse(_corpus())


@exercise(
    "08.1",
    "How many documents in the corpus were published by the Northbay Herald?",
    hints=(
        (lambda a, e: not is_number(a), "Give a whole number: how many rows have that `source`."),
        (
            lambda a, e: a == int((_corpus()["group"] == "newspaper").sum()),
            'That is every news article. Keep only the rows whose `source` is "Northbay Herald".',
        ),
        (
            lambda a, e: a == len(_corpus()),
            "That is every document. Compare the `source` column with the name.",
        ),
        (
            lambda a, e: a == 0,
            'None? Capital letters count: write the name exactly as the table shows it, "Northbay Herald".',
        ),
    ),
    fallback_hint='Count the rows where `corpus["source"] == "Northbay Herald"`: `.sum()` adds up the Trues.',
    wrong_examples=(
        Wrong("Northbay Herald", hint="Give a whole number: how"),
        Wrong(200, hint="That is every news article."),
        Wrong(240, hint="That is every document. Compare"),
        Wrong(0, hint="Capital letters count"),
        Wrong(-1, hint=FALLBACK),
    ),
)
def _northbay() -> int:
    return int((_corpus()["source"] == "Northbay Herald").sum())


@exercise(
    "08.2",
    "How many words have a log_odds_z beyond ±1.96, in either direction?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a column of True and False, one per word: add `.sum()` to count the Trues.",
        ),
        (lambda a, e: not is_number(a), "Give a whole number of words."),
        (
            lambda a, e: (
                a
                in (
                    int((_compared()["log_odds_z"] > 1.96).sum()),
                    int((_compared()["log_odds_z"] < -1.96).sum()),
                )
            ),
            'That counts one direction only. Take the absolute value first: `compared["log_odds_z"].abs() > 1.96`.',
        ),
        (lambda a, e: a == len(_compared()), "That is every word. Keep those whose |z| is above 1.96."),
        (
            lambda a, e: a == int((_compared()["log_likelihood"] > 3.84).sum()),
            "That uses the log-likelihood (3.84 is its 5 % threshold). This exercise asks about `log_odds_z`.",
        ),
    ),
    fallback_hint='Count `(compared["log_odds_z"].abs() > 1.96).sum()`.',
    wrong_examples=(
        Wrong(SimpleNamespace(shape=(300,)), hint="That is a column of True and False"),
        Wrong(1.96, hint=FALLBACK),
        Wrong(0, hint=FALLBACK),
        Wrong.computed(
            lambda: int((_compared()["log_odds_z"] > 1.96).sum()), hint="counts one direction only"
        ),
        Wrong.computed(lambda: len(_compared()), hint="That is every word"),
        Wrong.computed(
            lambda: int((_compared()["log_likelihood"] > 3.84).sum()), hint="uses the log-likelihood"
        ),
        Wrong(100000, hint=FALLBACK),
        Wrong("many", hint="Give a whole number of"),
    ),
)
def _beyond() -> int:
    return int((_compared()["log_odds_z"].abs() > 1.96).sum())


@cache
def _strong():
    """The pairs with a churn of 10 % or more (the notebook's `strong`)."""
    return _reuse()[_reuse()["churn"] >= 0.10]


@exercise(
    "08.3",
    "How many articles take at least 10 % of their words from some press release (articles, not pairs)?",
    hints=(
        (lambda a, e: not is_number(a), "Give a whole number of articles."),
        (
            lambda a, e: a == len(_strong()),
            "That counts pairs: an article that reuses two releases has two rows in `strong`. Count the "
            'different articles: `strong["target_id"].nunique()`.',
        ),
        (
            lambda a, e: a == len(_reuse()),
            "That is every pair found, however little it shares. Keep the pairs with `churn >= 0.10` "
            "(that is `strong`), then count their different articles.",
        ),
        (
            lambda a, e: a == _reuse()["target_id"].nunique(),
            "That counts every article that shares any passage at all. Keep the pairs with "
            "`churn >= 0.10` (that is `strong`) first.",
        ),
        (
            lambda a, e: a == _strong()["source_id"].nunique(),
            "That counts press releases (`source_id`). The question asks for articles: `target_id`.",
        ),
        (lambda a, e: 0 < a < 1, "Give the number of articles, not their share."),
        (lambda a, e: a == 0, "None? Churn is a share from 0 to 1: 10 % is `churn >= 0.10`, not 10."),
    ),
    fallback_hint="Count the different articles of `strong` (the pairs with churn 0.10 or more): "
    '`strong["target_id"].nunique()`.',
    wrong_examples=(
        Wrong.computed(lambda: len(_strong()), hint="That counts pairs: an article"),
        Wrong.computed(lambda: len(_reuse()), hint="That is every pair found"),
        Wrong.computed(lambda: _reuse()["target_id"].nunique(), hint="every article that shares any"),
        Wrong.computed(lambda: _strong()["source_id"].nunique(), hint="That counts press releases"),
        Wrong(0.585, hint="Give the number of articles,"),
        Wrong(0, hint="Churn is a share from 0 to 1"),
        Wrong(200, hint=FALLBACK),
        Wrong("half", hint="Give a whole number of"),
    ),
)
def _articles_reusing() -> int:
    return int(_strong()["target_id"].nunique())


@exercise(
    "08.4",
    "How many articles reuse (at a churn of 10 % or more) the most reused press release? (Two tie: give the count once.)",
    hints=(
        (lambda a, e: not is_number(a), "Give a whole number of articles, for example 3."),
        (
            lambda a, e: a == 2 * _most_reused(),
            "That adds up the two releases that tie for the most. Each of them is reused by that many "
            "articles: give the count once.",
        ),
        (
            lambda a, e: a == len(_reuse()[_reuse()["churn"] >= 0.10]),
            "That is every pair at 10 % or more. Count them by release: "
            '`strong["source_id"].value_counts()`, and take the largest count.',
        ),
    ),
    fallback_hint='Count the pairs of each release with `strong["source_id"].value_counts()`; the answer is the '
    "largest of those counts.",
    wrong_examples=(
        Wrong("pr-0004", hint="Give a whole number of"),
        Wrong.computed(lambda: len(_reuse()[_reuse()["churn"] >= 0.10]), hint="That is every pair"),
        Wrong.computed(lambda: 2 * _most_reused(), hint="adds up the two releases that tie"),
        Wrong(100, hint=FALLBACK),
    ),
)
def _most_reused() -> int:
    strong = _reuse()[_reuse()["churn"] >= 0.10]
    return int(strong["source_id"].value_counts().max())


@cache
def _recent():

    return find_reuse(_corpus(), max_days=1)


@exercise(
    "08.5",
    "With max_days=1, how many pairs with a churn of 10 % or more are left?",
    hints=(
        (lambda a, e: not is_number(a), "Give a whole number of pairs."),
        (
            lambda a, e: a == int((_reuse()["churn"] >= 0.10).sum()),
            "That is the count without a date limit. Pass `max_days=1` to `find_reuse`.",
        ),
        (
            lambda a, e: a == len(_recent()),
            "That counts every pair found, however little they share. Keep those with `churn >= 0.10`.",
        ),
    ),
    fallback_hint="Call `find_reuse` on the corpus again with `max_days=1`, then count the rows whose churn is 0.10 or more.",
    wrong_examples=(
        Wrong(1, hint=FALLBACK),
        Wrong(0.1, hint=FALLBACK),
        Wrong("some", hint="Give a whole number of"),
        Wrong.computed(lambda: int((_reuse()["churn"] >= 0.10).sum()), hint="without a date limit"),
        Wrong.computed(lambda: len(_recent()), hint="counts every pair found"),
        Wrong(100000, hint=FALLBACK),
    ),
)
def _recent_pairs() -> int:
    return int((_recent()["churn"] >= 0.10).sum())


# --- 08.6 (reflection: what the histogram of churn cannot tell) ----------------------------------

HISTOGRAM_RULES = {
    "figure": ("histogram", "chart", "figure"),
    "figure_label": 'the histogram (say "the histogram")',
    "motives": (
        "bad journalism",
        "lazy",
        "plagiarism",
        "plagiarised",
        "plagiarized",
        "cheating",
        "dishonest",
    ),
    "scope": "this synthetic corpus",
    "generalisations": GENERALISATIONS
    + ("real news", "real newspapers", "real articles", "uk newspapers", "british newspapers"),
    # The histogram counts (article, release) pairs: an article can be in several pairs, and most
    # articles take 10 % or more from a release (08.3), so "most articles share little" is refuted.
    "refuted": (
        "most articles",
        "most of the articles",
        "many articles",
        "few articles",
        "all articles",
        "all the articles",
        "half the articles",
        "half of the articles",
        "every article",
        "articles copy",
        "newspapers copy",
    ),
    "refutation": (
        "the histogram counts (article, release) pairs, not articles (an article can be in several "
        'pairs, and exercise 08.3 counts the articles): say "pairs"'
    ),
    "scopes_required": ("this synthetic corpus", "this corpus", "the synthetic corpus"),
}


def _histogram_sentence() -> str:
    return (
        "In this synthetic corpus, the histogram suggests that reuse comes in a few planted levels, "
        "and that most pairs may share only a phrase or two."
    )


hedged_exercise(
    "08.6",
    "In one sentence: what does the histogram of churn suggest about reuse in this corpus?",
    HISTOGRAM_RULES,
    model=_histogram_sentence,
    wrong_examples=(
        Wrong("In this corpus, many articles may take words from a release.", hint="Say which figure"),
        Wrong(
            "The histogram proves that newspapers copy press releases.", hint="claims more than the figure"
        ),
        Wrong("The histogram suggests that this reuse is bad journalism.", hint="says why the writer did it"),
        Wrong("The histogram suggests that real newspapers copy a lot.", hint="generalises beyond"),
        Wrong(
            "The histogram clearly shows that in this corpus half of the articles are copied.",
            hint="claims more than the figure",
        ),
        Wrong("The histogram shows significant reuse in this corpus.", hint='"Significant" is a claim'),
        Wrong(
            "The histogram shows four clumps of churn near 0.1, 0.3, 0.6 and 0.9.", hint="Hedge your claim"
        ),
        Wrong("The histogram suggests most articles copy.", hint="has refuted: the histogram counts"),
        Wrong(
            "In this synthetic corpus, the histogram suggests that most articles share only a phrase or two.",
            hint="has refuted: the histogram counts",
        ),
        Wrong(
            "The histogram suggests that most pairs share only a phrase or two.", hint="Say where your claim"
        ),
    ),
)
