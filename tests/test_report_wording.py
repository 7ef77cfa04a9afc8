"""The report's generic sentences read right for 0, 1 and 2 of each, same-day and undated texts."""

from __future__ import annotations

import pytest

from helpers import report


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "no words"), (1, "1 word"), (2, "2 words"), (1000, "1,000 words")],
)
def test_count_of(number, expected):
    assert report.count_of(number, "word") == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "no word reaches p < 0.05"),
        (1, "only 1 word reaches p < 0.05"),
        (2, "only 2 words reach p < 0.05"),
    ],
)
def test_significance_sentence(number, expected):
    sentence = report.significance_sentence(number)
    assert sentence == expected and "only 0" not in sentence


@pytest.mark.parametrize(
    ("date_a", "date_b", "expected"),
    [
        ("2017-12-22", "2017-12-22", "dated the same day"),
        ("2017-12-01", "2017-12-22", "dated in the same month"),
        ("2017-12", "2017-12-22", "dated in the same month"),
        ("2017-11-30", "2017-12-01", "1 month apart"),
        ("2017-03", "2017-12-22", "9 months apart"),
        ("", "2017-12-22", "one of them undated"),
        ("", "", "both undated"),
        ("2017", "2017-12", "at least one of them not dated to the month"),
    ],
)
def test_when_phrase(date_a, date_b, expected):
    assert report.when_phrase(date_a, date_b) == expected


def test_no_removed_paragraph_is_hidden_behind_a_count():
    table = report.removed_table("press_release", "newspaper")
    counts = report.cleaning_table("press_release", "newspaper")
    assert len(table) == sum(len(v) for v in counts.attrs["removed_paragraphs"].values()) == 22
    assert table["rule"].str.len().min() > 0 and table["paragraph_text"].str.len().min() > 0


def _keys(rows):
    """A small key_words-like table: word, count_a, count_b, with G² and both p-values computed."""
    import pandas as pd

    from helpers.keyness import exact_p, keyness

    table = keyness(
        {w: a for w, a, _ in rows if a},
        {w: b for w, _, b in rows if b},
        names=("a", "b"),
        size_a=300,
        size_b=300,
    )
    table["exact_p"] = exact_p(table["count_a"], table["count_b"], 300, 300)
    return pd.DataFrame(table)


def test_top_key_words_names_every_tied_word_and_the_exact_test():
    keys = _keys([("zeta", 4, 0), ("alpha", 4, 0), ("solo", 0, 6), ("even", 2, 2)])
    tied = report.top_key_words(keys, "a")
    assert tied.startswith("2 words tied at 4 to 0 (*alpha*, *zeta*; G² ")
    assert tied.endswith("none past the exact test)")  # 4 to 0 at equal sizes: exact p 0.125
    assert report.top_key_words(keys, "b").endswith("exact p 0.031: past the exact test)")
    assert report.top_key_words(_keys([("even", 2, 2)]), "a") == "none"


def test_chance_sentence_counts_both_tests_against_chance():
    keys = _keys([("zeta", 4, 0), ("alpha", 4, 0), ("solo", 0, 6), ("even", 2, 2)])
    sentence = report.chance_sentence(keys, (300, 300))
    observed_chi2 = int((keys["p_value"] < 0.05).sum())
    assert sentence.startswith(
        f"{observed_chi2} words reach p < 0.05 by the chi-squared p-value of G², 1 by the exact test"
    )
    assert "chance alone would give about" in sentence and "of such comparisons" in sentence
    none = report.chance_sentence(_keys([("even", 2, 2)]), (300, 300))
    assert none.startswith("no words reach p < 0.05") and "chance alone would give about 0.1 and 0.0" in none
    assert report.first_upper(none).startswith("No words reach")
    assert "differ" not in sentence  # it reports counts and chances, never a verdict on the texts
