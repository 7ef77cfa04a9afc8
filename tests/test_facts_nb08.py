"""Pins every figure that notebook 08 (from two texts to a corpus) states in its prose.

Two ways: each figure is recomputed here with the helpers, as the notebook computes it, and
compared with its pinned value; and the saved notebook (notebooks/08_*.ipynb) must state the same
values in its outputs, so a change that moves a figure fails here instead of leaving a wrong
sentence behind. The corpus is SYNTHETIC (helpers.synthetic, seed 2008), as the notebook says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.checks.nb08 import CORPUS_OPTIONS
from helpers.corpus import compare_groups, corpus_sentiment, find_reuse, reuse_scores
from helpers.reuse import shared_passages
from helpers.synthetic import synthetic_corpus
from helpers.voices import token_voices

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "08_from_two_texts_to_a_corpus.ipynb"
SOURCE = NOTEBOOK.parent / "src" / "08_from_two_texts_to_a_corpus.py"


@pytest.fixture(scope="module")
def made():
    return synthetic_corpus(**CORPUS_OPTIONS)


@pytest.fixture(scope="module")
def corpus(made):
    return made.corpus.assign(date=pd.to_datetime(made.corpus["date"]))


@pytest.fixture(scope="module")
def reuse(corpus):
    return find_reuse(corpus)


@pytest.fixture(scope="module")
def saved() -> str:
    """Every Markdown and text output of the saved notebook, joined."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    parts = []
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            parts.append("".join(data.get("text/markdown", "")) + "".join(output.get("text", "")))
    return "\n".join(parts)


def test_the_notebook_makes_the_corpus_these_facts_assume():
    assert "synthetic_corpus(n_releases=40, articles_per_release=5, seed=2008)" in SOURCE.read_text("utf-8")
    assert CORPUS_OPTIONS == {"n_releases": 40, "articles_per_release": 5, "seed": 2008}


def test_corpus_size_and_dates(corpus, saved):
    counts = corpus["group"].value_counts()
    assert (len(corpus), counts["press_release"], counts["newspaper"]) == (240, 40, 200)
    assert (
        f"{corpus['date'].min():%-d %B %Y} to {corpus['date'].max():%-d %B %Y}"
        == "5 January 2026 to 23 December 2026"
    )
    assert corpus["source"].nunique() == 12
    assert (
        "The corpus has **240** documents: **40** press releases and **200** news articles, from "
        "5 January 2026 to 23 December 2026, in 12 sources" in saved
    )


def test_words_that_lean_to_each_group(corpus, saved):
    by_z = compare_groups(corpus, a="press_release", b="newspaper").sort_values(
        ["log_odds_z", "word"], ascending=[False, True]
    )
    assert by_z.head(5)["word"].tolist() == ["to", "we", "minister", "with", "near"]
    assert by_z.tail(5)["word"].tolist()[::-1] == ["the", "was", "would", "had", "said"]
    assert (
        "lean to *to*, *we*, *minister*, *with*, *near*; the newspapers to *the*, *was*, *would*, *had*, *said*"
        in saved
    )


def test_sentiment_intervals(corpus, saved):
    groups = corpus_sentiment(corpus).groups.set_index("group").round(3)
    assert groups.loc[
        "press_release", ["vader_compound_mean", "vader_compound_low", "vader_compound_high"]
    ].tolist() == [
        0.114,
        0.093,
        0.136,
    ]
    assert groups.loc[
        "newspaper", ["vader_compound_mean", "vader_compound_low", "vader_compound_high"]
    ].tolist() == [
        0.08,
        0.073,
        0.087,
    ]
    assert (
        "**0.114** for the press releases (95 % interval 0.093 to 0.136) and **0.080** for the newspapers (0.073 to 0.087): the intervals do not overlap"
        in saved
    )


def test_reuse_counts(reuse, saved):
    strong = reuse[reuse["churn"] >= 0.10]
    # 117 articles, 123 pairs: a few articles reuse two releases, so exercise 08.3's two counts differ
    assert (len(reuse), len(strong), strong["target_id"].nunique()) == (339, 123, 117)
    assert reuse.loc[reuse["churn"] >= 0.5, "target_id"].nunique() == 64  # 32 % of 200, section 8
    assert (
        "**339** (article, release) pairs share at least one passage of five words or more, out of 8,000 "
        "possible pairs. **123** pairs have a churn of 10 % or more; the table `strong` keeps them." in saved
    )
    assert "The other 216 pairs share a few words only" in saved
    assert "**32%** of the articles take half their words or more from one release" in saved


def test_scores_against_the_planted_truth(made, reuse, saved):
    scores = reuse_scores(reuse, made.truth, threshold=0.10)
    assert {k: scores[k] for k in ("true_pairs", "found_pairs", "correct_pairs")} == {
        "true_pairs": 122,
        "found_pairs": 123,
        "correct_pairs": 122,
    }
    assert round(scores["precision"], 3) == 0.992 and scores["recall"] == 1.0
    assert round(scores["churn_mae"], 4) == 0.0031
    assert (
        "(recall 1.000); of the **123** pairs it reports at 10 % or more, 122 are planted (precision 0.992)"
        in saved
    )
    assert "off by 0.0031 on average" in saved


def test_the_cases_read_side_by_side(reuse, saved):
    top = reuse.iloc[0]
    middle = reuse.iloc[(reuse["churn"] - 0.3).abs().argsort().iloc[0]]
    assert (top["target_id"], top["source_id"], f"{top['churn']:.0%}") == ("news-00081", "pr-0017", "95%")
    assert (middle["target_id"], middle["source_id"], f"{middle['churn']:.0%}") == (
        "news-00083",
        "pr-0017",
        "30%",
    )
    assert "**news-00081** takes 95% of its words from **pr-0017**" in saved
    assert "**news-00083** takes 30% of its words from **pr-0017**" in saved


def test_share_of_reused_words_in_quotation(corpus, reuse, saved):
    texts = corpus.set_index("id")["text"]
    shares = []
    for pair in reuse[reuse["churn"] >= 0.10].itertuples(index=False):
        passages = shared_passages(texts[pair.source_id], texts[pair.target_id], n=5)
        reused = {p for s, e in zip(passages["start_b"], passages["end_b"]) for p in range(s, e)}
        voice = token_voices(texts[pair.target_id])["voice"]
        shares.append(sum(voice[p] == "quote" for p in reused) / len(reused))
    assert f"{sum(shares) / len(shares):.0%}" == "35%"
    assert (
        "On average **35%** of the reused words in the 123 strong pairs are inside quotation marks" in saved
    )


def test_the_study_is_cited_with_its_own_figures():
    source = SOURCE.read_text("utf-8")
    assert "Lewis, Williams and Franklin (2008)" in source and "*Journalism Studies* 9(1), 1–20" in source
    assert "**19 %** of press stories" in source and "**60 %** wholly or mainly from PR" in source
    assert "as the study reports them" in source
