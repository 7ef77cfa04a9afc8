"""Tests for helpers.frequencies: frequency tables, comparisons, TTR and MATTR, text statistics."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.cleaning import clean_text
from helpers.frequencies import (
    FREQUENCY_COLUMNS,
    STATISTICS_COLUMNS,
    compare_frequencies,
    describe_texts,
    frequency_table,
    mattr,
    text_statistics,
    type_token_ratio,
)
from helpers.texts import load_text
from helpers.tokens import remove_stopwords, tokenize

# `newspaper` and `press_release` (the raw course texts) are fixtures in conftest.py.


def _naive_mattr(tokens: list[str], window: int) -> float:
    """MATTR straight from its definition, to check the sliding-window version against."""
    windows = [tokens[i : i + window] for i in range(len(tokens) - window + 1)]
    return sum(len(set(w)) / window for w in windows) / len(windows)


# --- frequency_table ---------------------------------------------------------------------------


def test_frequency_table_columns_counts_rates_and_ranks():
    table = frequency_table(["b", "a", "c", "a", "b", "a", "d", "e"])
    assert list(table.columns) == list(FREQUENCY_COLUMNS) == ["word", "count", "per_1000", "rank"]
    assert table["word"].tolist() == ["a", "b", "c", "d", "e"]  # count desc, then alphabetical
    assert table["count"].tolist() == [3, 2, 1, 1, 1]
    assert table["per_1000"].tolist() == [375.0, 250.0, 125.0, 125.0, 125.0]  # 3/8 * 1000 ...
    assert table["rank"].tolist() == [1, 2, 3, 3, 3]  # ties share the best rank


def test_frequency_table_tied_ranks_skip_like_a_league_table():
    assert frequency_table(["x", "y", "x", "y", "z"])["rank"].tolist() == [1, 1, 3]


def test_frequency_table_empty_has_columns_and_the_same_dtypes():
    empty = frequency_table([])
    assert list(empty.columns) == list(FREQUENCY_COLUMNS)
    assert len(empty) == 0
    assert empty.dtypes.tolist() == frequency_table(["a"]).dtypes.tolist()
    assert [str(t) for t in empty.dtypes] == ["str", "int64", "float64", "int64"]


def test_frequency_table_single_word():
    assert frequency_table(["moscow"]).to_dict("records") == [
        {"word": "moscow", "count": 1, "per_1000": 1000.0, "rank": 1}
    ]


def test_frequency_table_counts_curly_and_straight_apostrophes_together():
    table = frequency_table(tokenize("Putin’s plan. Putin's plan. doesn’t doesn't"))
    assert table.set_index("word")["count"].to_dict() == {"doesn't": 2, "plan": 2, "putin": 2}


def test_frequency_table_rejects_a_string():
    with pytest.raises(TypeError, match=r"frequency_table\(tokenize\(text\)\)"):
        frequency_table("Russia")


def test_frequency_table_of_the_cleaned_newspaper_without_stopwords(newspaper):
    table = frequency_table(remove_stopwords(tokenize(clean_text(newspaper))))
    assert table.head(5)[["word", "count", "rank"]].to_dict("records") == [
        {"word": "russia", "count": 7, "rank": 1},
        {"word": "russian", "count": 7, "rank": 1},
        {"word": "foreign", "count": 6, "rank": 3},
        {"word": "visit", "count": 6, "rank": 3},
        {"word": "will", "count": 6, "rank": 3},
    ]
    assert table["per_1000"].iloc[0] == pytest.approx(7 * 1000 / 242)


def test_frequency_table_of_the_press_release_without_stopwords(press_release):
    table = frequency_table(remove_stopwords(tokenize(press_release)))
    assert table.head(5)["word"].tolist() == ["russia", "will", "uk", "security", "world"]
    assert table.head(5)["count"].tolist() == [11, 6, 5, 4, 4]


# --- compare_frequencies -----------------------------------------------------------------------


def test_compare_frequencies_outer_join_with_zeros():
    table = compare_frequencies(["russia", "talks", "russia", "uk"], ["russia", "war"], names=("gov", "news"))
    assert list(table.columns) == ["word", "count_gov", "count_news", "per_1000_gov", "per_1000_news"]
    assert table.to_dict("records") == [
        {"word": "russia", "count_gov": 2, "count_news": 1, "per_1000_gov": 500.0, "per_1000_news": 500.0},
        {"word": "talks", "count_gov": 1, "count_news": 0, "per_1000_gov": 250.0, "per_1000_news": 0.0},
        {"word": "uk", "count_gov": 1, "count_news": 0, "per_1000_gov": 250.0, "per_1000_news": 0.0},
        {"word": "war", "count_gov": 0, "count_news": 1, "per_1000_gov": 0.0, "per_1000_news": 500.0},
    ]
    assert str(table["count_gov"].dtype) == "int64" and str(table["count_news"].dtype) == "int64"


def test_compare_frequencies_empty_and_one_sided():
    empty = compare_frequencies([], [])
    assert (
        list(empty.columns) == ["word", "count_a", "count_b", "per_1000_a", "per_1000_b"] and len(empty) == 0
    )
    one = compare_frequencies(["moscow"], [])
    assert one.to_dict("records") == [
        {"word": "moscow", "count_a": 1, "count_b": 0, "per_1000_a": 1000.0, "per_1000_b": 0.0}
    ]


def test_compare_frequencies_needs_two_different_names():
    with pytest.raises(ValueError, match="two different labels"):
        compare_frequencies(["a"], ["b"], names=("x", "x"))


def test_compare_frequencies_on_the_course_texts(newspaper, press_release):
    table = compare_frequencies(
        remove_stopwords(tokenize(press_release)),
        remove_stopwords(tokenize(clean_text(newspaper))),
        names=("press_release", "newspaper"),
    )
    assert table.head(3)[["word", "count_press_release", "count_newspaper"]].to_dict("records") == [
        {"word": "russia", "count_press_release": 11, "count_newspaper": 7},
        {"word": "will", "count_press_release": 6, "count_newspaper": 6},
        {"word": "foreign", "count_press_release": 2, "count_newspaper": 6},
    ]


# --- type_token_ratio and mattr ----------------------------------------------------------------


def test_type_token_ratio():
    assert type_token_ratio(["the", "talks", "the", "visit"]) == 0.75  # 3 types / 4 tokens
    assert type_token_ratio(["moscow"]) == 1.0
    assert math.isnan(type_token_ratio([]))


def test_mattr_hand_computed():
    # windows of 3 over a b a c b a: (a b a) 2/3, (b a c) 3/3, (a c b) 3/3, (c b a) 3/3
    # mean = (2 + 3 + 3 + 3) / (4 * 3) = 11/12
    assert mattr(["a", "b", "a", "c", "b", "a"], window=3) == pytest.approx(11 / 12)


def test_mattr_hand_computed_with_repeats():
    # window 2 over a a a b: (a a) 1/2, (a a) 1/2, (a b) 2/2 -> (1 + 1 + 2) / (3 * 2) = 2/3
    assert mattr(["a", "a", "a", "b"], window=2) == pytest.approx(2 / 3)


def test_mattr_falls_back_to_ttr_for_short_texts():
    tokens = ["a", "b", "a"]
    assert mattr(tokens, window=50) == type_token_ratio(tokens) == pytest.approx(2 / 3)
    assert mattr(tokens, window=3) == pytest.approx(2 / 3)  # exactly one window
    assert mattr(["moscow"]) == 1.0
    assert math.isnan(mattr([]))


@pytest.mark.parametrize("window", [1, 7, 50])
def test_mattr_matches_the_definition_on_the_course_texts(newspaper, press_release, window):
    for text in (newspaper, press_release):
        tokens = tokenize(text)
        assert mattr(tokens, window=window) == pytest.approx(_naive_mattr(tokens, window))
    assert mattr(tokenize(newspaper), window=1) == 1.0


def test_mattr_hardly_moves_when_a_text_is_repeated_but_ttr_collapses(newspaper):
    tokens = tokenize(clean_text(newspaper))
    assert type_token_ratio(tokens * 3) == pytest.approx(type_token_ratio(tokens) / 3)
    assert abs(mattr(tokens * 3) - mattr(tokens)) < 0.01


@pytest.mark.parametrize("bad", [0, -5, 2.5])
def test_mattr_rejects_bad_windows(bad):
    with pytest.raises(ValueError, match="window"):
        mattr(["a", "b"], window=bad)


def test_diversity_functions_reject_a_string():
    with pytest.raises(TypeError):
        type_token_ratio("Russia")
    with pytest.raises(TypeError):
        mattr("Russia")


# --- text_statistics and describe_texts --------------------------------------------------------


def test_text_statistics_small_text():
    stats = text_statistics("Talks in Moscow.\n\nThe talks will go on. Russia’s view differs.")
    assert list(stats) == list(STATISTICS_COLUMNS)
    assert stats["words"] == 11 and stats["types"] == 10
    assert stats["sentences"] == 3 and stats["paragraphs"] == 2
    assert stats["type_token_ratio"] == pytest.approx(10 / 11) == stats["mattr"]  # fewer than 50 words


def test_text_statistics_empty_and_single_word():
    empty = text_statistics("")
    assert {
        k: empty[k] for k in ("characters", "words", "types", "sentences", "paragraphs")
    } == dict.fromkeys(("characters", "words", "types", "sentences", "paragraphs"), 0)
    assert math.isnan(empty["type_token_ratio"]) and math.isnan(empty["mattr"])
    single = text_statistics("Moscow")
    assert (single["words"], single["sentences"], single["paragraphs"], single["mattr"]) == (1, 1, 1, 1.0)


def test_text_statistics_of_the_press_release(press_release):
    stats = text_statistics(press_release)
    assert {k: stats[k] for k in ("characters", "words", "types", "sentences", "paragraphs")} == {
        "characters": 2079,
        "words": 340,
        "types": 181,
        "sentences": 17,
        "paragraphs": 13,
    }
    assert stats["type_token_ratio"] == pytest.approx(181 / 340)
    assert stats["mattr"] == pytest.approx(0.830859, abs=5e-7)


def test_describe_texts_raw_vs_cleaned_newspaper(newspaper):
    table = describe_texts({"raw": newspaper, "cleaned": clean_text(newspaper)})
    assert list(table.columns) == list(STATISTICS_COLUMNS)
    assert table.index.tolist() == ["raw", "cleaned"] and table.index.name == "text"
    assert table[["characters", "words", "types", "sentences", "paragraphs"]].to_dict("index") == {
        "raw": {"characters": 6437, "words": 1028, "types": 431, "sentences": 45, "paragraphs": 35},
        "cleaned": {"characters": 2700, "words": 432, "types": 215, "sentences": 18, "paragraphs": 13},
    }
    assert table.loc["raw", "mattr"] == pytest.approx(0.811624, abs=5e-7)
    assert table.loc["cleaned", "mattr"] == pytest.approx(0.822768, abs=5e-7)


def test_describe_texts_dtypes_order_and_text_objects():
    text = load_text("press_release")
    table = describe_texts({"b": "One. Two.", "a": text})
    assert table.index.tolist() == ["b", "a"]  # the mapping's order, not sorted
    assert table.loc["a", "words"] == 340  # a Text object counts its raw text
    assert [str(t) for t in table.dtypes] == ["int64"] * 5 + ["float64"] * 2


def test_describe_texts_empty_mapping_and_empty_text():
    empty = describe_texts({})
    assert list(empty.columns) == list(STATISTICS_COLUMNS) and len(empty) == 0
    table = describe_texts({"nothing": ""})
    assert table.loc["nothing", "words"] == 0 and math.isnan(table.loc["nothing", "mattr"])


# --- without_stopwords -------------------------------------------------------------------------


def test_without_stopwords_keeps_whole_text_rates_and_reranks():
    from helpers.frequencies import without_stopwords

    table = frequency_table(["the", "the", "the", "talks", "talks", "visit", "moscow", "and"])
    out = without_stopwords(table)
    assert list(out.columns) == list(FREQUENCY_COLUMNS)
    assert out["word"].tolist() == ["talks", "moscow", "visit"]
    assert out["count"].tolist() == [2, 1, 1]
    assert out["per_1000"].tolist() == [250.0, 125.0, 125.0]  # still per 1,000 of all 8 words
    assert out["rank"].tolist() == [1, 2, 2]
    assert out.index.tolist() == [0, 1, 2]


def test_without_stopwords_takes_a_list_name_or_own_words():
    from helpers.frequencies import without_stopwords

    table = frequency_table(tokenize("Mr Johnson said the talks will go on, Mr Lavrov said."))
    assert without_stopwords(table, "none").equals(table)
    own = without_stopwords(table, {"Mr", "SAID"})  # normalised like remove_stopwords
    assert "mr" not in own["word"].tolist() and "said" not in own["word"].tolist()
    assert "the" in own["word"].tolist()


def test_without_stopwords_matches_remove_stopwords_on_the_course_texts(newspaper, press_release):
    from helpers.frequencies import without_stopwords

    for text in (press_release, clean_text(newspaper), newspaper):
        tokens = tokenize(text)
        full = frequency_table(tokens)
        out = without_stopwords(full)
        recounted = frequency_table(remove_stopwords(tokens))
        assert out[["word", "count", "rank"]].equals(recounted[["word", "count", "rank"]])
        assert (out["per_1000"] * len(tokens)).round(6).equals((out["count"] * 1000.0).round(6))


def test_without_stopwords_empty_and_wrong_input():
    from helpers.frequencies import without_stopwords

    empty = without_stopwords(frequency_table([]))
    assert list(empty.columns) == list(FREQUENCY_COLUMNS) and len(empty) == 0
    assert without_stopwords(frequency_table(["the", "and"])).empty
    with pytest.raises(TypeError, match="frequency table"):
        without_stopwords(["the", "talks"])


# --- side_by_side ------------------------------------------------------------------------------


def test_side_by_side_blocks_numbering_and_padding():
    from helpers.frequencies import side_by_side

    a = frequency_table(["talks", "talks", "moscow", "visit"])
    b = frequency_table(["war", "war"])
    out = side_by_side({"press": a, "news": b}, n=2, columns=("word", "count", "rank"))
    assert out.columns.tolist() == [
        ("press", "word"),
        ("press", "count"),
        ("press", "rank"),
        ("news", "word"),
        ("news", "count"),
        ("news", "rank"),
    ]
    assert out.index.tolist() == [1, 2]
    assert out[("press", "word")].tolist() == ["talks", "moscow"]
    assert out[("news", "word")].tolist() == ["war", ""]  # padded, not NaN
    assert out[("news", "count")].tolist() == [2, ""]
    assert side_by_side({"a": a}, n=10).shape == (3, 2)  # never longer than the longest table
    assert side_by_side({"a": a})[("a", "count")].dtype == "int64"  # no padding, dtypes kept


def test_side_by_side_rejects_bad_input():
    from helpers.frequencies import side_by_side

    with pytest.raises(ValueError, match="mapping"):
        side_by_side({})
    with pytest.raises(ValueError, match="no column 'per_1000'"):
        side_by_side({"a": pd.DataFrame({"word": ["x"], "count": [1]})}, columns=("word", "per_1000"))
    with pytest.raises(ValueError, match="n must be"):
        side_by_side({"a": frequency_table(["x"])}, n=0)
