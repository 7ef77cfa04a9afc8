"""Tests for helpers.keyness: reference values, library cross-checks and hand arithmetic."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections import Counter

import numpy as np
import pytest
from scipy.stats import chi2 as chi2_distribution
from scipy.stats import chi2_contingency

from helpers.cleaning import clean_text
from helpers.frequencies import frequency_table
from helpers.keyness import MEASURES, keyness, keyness_statistics, top_differences
from helpers.texts import load_text
from helpers.tokens import tokenize

COLUMNS = [
    "word",
    "count_a",
    "count_b",
    "per_1000_a",
    "per_1000_b",
    "log_likelihood",
    "log_likelihood_2term",
    "chi2",
    "chi2_yates",
    "log_ratio",
    "pct_diff",
    "p_value",
    "more_frequent_in",
]

# quanteda.textstats, tests/testthat/test-textstat_keyness.R: d1 = "b b b b b b b a a a" (10 words),
# d2 = "a a a a a a a b b" (9 words). For "b" (a=7, b=2, c=10, d=9) the test compares textstat_keyness
# with R's chisq.test(correct = TRUE) and with a G-test (Deducer's likelihood.test); the values are
# G2 = 4.534939 and Yates chi-squared = 2.632438.
# By hand for Yates: N = 19, ad - bc = 7*9 - 2*10 = 43 in Rayson's notation (= 7*7 - 2*3 in the
# 2 x 2 cells), so chi2 = 19 * (43 - 19/2)^2 / (9 * 10 * 10 * 9) = 19 * 33.5^2 / 8100 = 2.6324383.
QUANTEDA_D1 = Counter(["b", "b", "b", "b", "b", "b", "b", "a", "a", "a"])
QUANTEDA_D2 = Counter(["a", "a", "a", "a", "a", "a", "a", "b", "b"])


def _row(table, word):
    return table.loc[table["word"] == word].iloc[0]


@pytest.fixture(scope="module")
def course_table():
    press_release = tokenize(load_text("press_release").raw)
    newspaper = tokenize(clean_text(load_text("newspaper").raw))
    return keyness(
        frequency_table(press_release), frequency_table(newspaper), names=("press_release", "newspaper")
    )


# --- reference values --------------------------------------------------------------------------


def test_quanteda_reference_values():
    row = _row(keyness(QUANTEDA_D1, QUANTEDA_D2), "b")
    assert round(row["log_likelihood"], 6) == 4.534939
    assert row["log_likelihood"] == pytest.approx(4.534939, abs=5e-7)
    assert round(row["chi2_yates"], 6) == 2.632438
    assert row["chi2_yates"] == pytest.approx(19 * 33.5**2 / 8100, rel=1e-12)


def test_quanteda_table_uncorrected_chi2_by_hand():
    # Pearson without correction: 19 * 43^2 / 8100 = 4.3371605 (R: chisq.test(correct = FALSE))
    row = _row(keyness(QUANTEDA_D1, QUANTEDA_D2), "b")
    assert row["chi2"] == pytest.approx(19 * 43**2 / 8100, rel=1e-12)
    assert round(row["chi2"], 6) == 4.337160


def test_ucrel_calculator_worked_example():
    # The worked example of Lancaster's UCREL log-likelihood calculator page
    # (https://ucrel.lancs.ac.uk/llwizard.html): a word seen 52 times in a corpus of 50,000 words and
    # 57 times in one of 75,000 gives %1 = 0.10, %2 = 0.08 and LL = + 2.65 (not significant).
    # We saw this example quoted from that page, not on the page itself; the arithmetic below
    # reproduces it independently: E1 = 50000 * 109 / 125000 = 43.6, E2 = 65.4,
    # LL = 2 * (52 ln(52 / 43.6) + 57 ln(57 / 65.4)) = 2.6517.
    row = _row(keyness({"word": 52}, {"word": 57}, size_a=50_000, size_b=75_000), "word")
    expected = 2 * (52 * math.log(52 / 43.6) + 57 * math.log(57 / 65.4))
    assert row["log_likelihood_2term"] == pytest.approx(expected, rel=1e-12)
    assert round(row["log_likelihood_2term"], 2) == 2.65
    assert round(row["per_1000_a"] / 10, 2) == 0.10 and round(row["per_1000_b"] / 10, 2) == 0.08  # per cent
    assert row["more_frequent_in"] == "a" and row["p_value"] > 0.05


# --- cross-checks against scipy ----------------------------------------------------------------


def test_g2_and_chi2_match_scipy_on_random_tables():
    rng = np.random.default_rng(20171222)
    for _ in range(200):
        c, d = (int(x) for x in rng.integers(20, 5_000, size=2))
        a, b = int(rng.integers(0, c)), int(rng.integers(0, d))
        if a + b == 0:
            continue
        table = [[a, b], [c - a, d - b]]
        stats = keyness_statistics(np.array([a]), np.array([b]), c, d)
        g2 = chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
        pearson = chi2_contingency(table, correction=False)[0]
        yates = chi2_contingency(table, correction=True)[0]
        assert stats["log_likelihood"][0] == pytest.approx(g2, rel=1e-9, abs=1e-9)
        assert stats["chi2"][0] == pytest.approx(pearson, rel=1e-9, abs=1e-9)
        assert stats["chi2_yates"][0] == pytest.approx(yates, rel=1e-9, abs=1e-9)


def test_yates_never_goes_below_zero_like_scipy():
    # |ad - bc| = |1*10 - 1*10| = 0 < N/2: the correction stops at 0 instead of growing again
    stats = keyness_statistics(np.array([1]), np.array([1]), 10, 10)
    assert stats["chi2_yates"][0] == 0.0 == chi2_contingency([[1, 1], [9, 9]], correction=True)[0]


# --- the other statistics by hand --------------------------------------------------------------


def test_two_term_log_likelihood_by_hand():
    # a=7, b=2, c=10, d=9: E1 = 10 * 9 / 19, E2 = 9 * 9 / 19
    row = _row(keyness(QUANTEDA_D1, QUANTEDA_D2), "b")
    expected = 2 * (7 * math.log(7 / (90 / 19)) + 2 * math.log(2 / (81 / 19)))
    assert row["log_likelihood_2term"] == pytest.approx(expected, rel=1e-12)


def test_log_ratio_and_pct_diff_by_hand():
    # a = 4 of 100 words, b = 1 of 200 words: rates 0.04 and 0.005, ratio 8
    row = _row(keyness({"w": 4, "x": 96}, {"w": 1, "x": 199}), "w")
    assert row["log_ratio"] == pytest.approx(3.0)
    assert row["pct_diff"] == pytest.approx((0.04 - 0.005) * 100 / 0.005)  # 700 %
    assert row["per_1000_a"] == pytest.approx(40.0) and row["per_1000_b"] == pytest.approx(5.0)


def test_zero_counts_log_ratio_uses_half_and_pct_diff_is_infinite_or_minus_100():
    table = keyness({"only_a": 2, "x": 6}, {"only_b": 4, "x": 12})  # sizes 8 and 16
    only_a, only_b = _row(table, "only_a"), _row(table, "only_b")
    assert only_a["log_ratio"] == pytest.approx(math.log2((2 / 8) / (0.5 / 16)))  # = 3
    assert only_b["log_ratio"] == pytest.approx(math.log2((0.5 / 8) / (4 / 16)))  # = -2
    assert only_a["pct_diff"] == np.inf
    assert only_b["pct_diff"] == pytest.approx(-100.0)
    assert only_a["more_frequent_in"] == "a" and only_b["more_frequent_in"] == "b"


def test_equal_rates_give_zero_statistics_and_no_key_text():
    row = _row(keyness({"x": 2, "y": 2}, {"x": 4, "y": 4}), "x")
    for column in ("log_likelihood", "log_likelihood_2term", "chi2", "chi2_yates", "log_ratio", "pct_diff"):
        assert row[column] == pytest.approx(0.0, abs=1e-12)
    assert row["p_value"] == pytest.approx(1.0)
    assert row["more_frequent_in"] == ""


@pytest.mark.parametrize("measure", ["log_likelihood", "log_likelihood_2term", "chi2", "chi2_yates"])
def test_p_value_comes_from_the_chosen_statistic(measure):
    table = keyness(QUANTEDA_D1, QUANTEDA_D2, measure=measure)
    for _, row in table.iterrows():
        assert row["p_value"] == pytest.approx(chi2_distribution.sf(row[measure], 1))


@pytest.mark.parametrize("measure", ["log_ratio", "pct_diff"])
def test_p_value_for_effect_sizes_comes_from_g2(measure):
    row = _row(keyness(QUANTEDA_D1, QUANTEDA_D2, measure=measure), "b")
    assert row["p_value"] == pytest.approx(chi2_distribution.sf(4.534939, 1), abs=1e-7)
    assert row["p_value"] == pytest.approx(0.033214, abs=5e-6)


# --- the table ---------------------------------------------------------------------------------


def test_columns_exactly_and_named():
    table = keyness(QUANTEDA_D1, QUANTEDA_D2)
    assert list(table.columns) == COLUMNS
    named = keyness(QUANTEDA_D1, QUANTEDA_D2, names=("gov", "news"))
    assert list(named.columns)[1:5] == ["count_gov", "count_news", "per_1000_gov", "per_1000_news"]
    assert set(named["more_frequent_in"]) == {"gov", "news"}
    assert str(named["count_gov"].dtype) == "int64"


def test_sorted_by_measure_then_word():
    a = Counter({"zulu": 5, "alpha": 5, "mid": 2, "rare": 1, "x": 20})
    b = Counter({"zulu": 1, "alpha": 1, "mid": 2, "rare": 1, "x": 20})
    table = keyness(a, b)
    words = table["word"].tolist()
    assert words.index("zulu") == words.index("alpha") + 1  # equal G2: alphabetical
    assert table["log_likelihood"].is_monotonic_decreasing
    for (_, first), (_, second) in zip(table.iterrows(), table.iloc[1:].iterrows()):
        if first["log_likelihood"] == second["log_likelihood"]:
            assert first["word"] < second["word"]


def test_log_ratio_sorted_by_absolute_value():
    table = keyness({"up": 8, "down": 1, "same": 4}, {"up": 1, "down": 8, "same": 4}, measure="log_ratio")
    assert table["word"].tolist() == ["down", "up", "same"]  # |-3| = |3|, then 0
    assert table["log_ratio"].tolist() == pytest.approx([-3.0, 3.0, 0.0])


def test_unknown_measure_lists_the_choices():
    with pytest.raises(ValueError) as error:
        keyness(QUANTEDA_D1, QUANTEDA_D2, measure="G2")
    for name in MEASURES:
        assert name in str(error.value)


def test_frequency_table_and_counter_inputs_agree():
    tokens_a, tokens_b = (
        ["b", "b", "b", "b", "b", "b", "b", "a", "a", "a"],
        ["a", "a", "a", "a", "a", "a", "a", "b", "b"],
    )
    from_tables = keyness(frequency_table(tokens_a), frequency_table(tokens_b))
    from_counters = keyness(Counter(tokens_a), Counter(tokens_b))
    assert from_tables.equals(from_counters)


def test_min_count_filters_on_the_combined_count():
    table = keyness({"x": 5, "rare": 1}, {"x": 5, "seldom": 1}, min_count=2)
    assert table["word"].tolist() == ["x"]
    none_left = keyness({"x": 1}, {"y": 1}, min_count=5)
    assert list(none_left.columns) == COLUMNS and len(none_left) == 0


def test_zero_counts_in_the_input_are_not_rows():
    table = keyness({"x": 3, "ghost": 0}, {"x": 2, "ghost": 0})
    assert table["word"].tolist() == ["x"]


def test_size_overrides_change_rates_and_must_cover_the_counts():
    table = keyness({"russia": 11}, {"russia": 7}, size_a=340, size_b=432)
    row = _row(table, "russia")
    assert row["per_1000_a"] == pytest.approx(11_000 / 340)
    assert row["more_frequent_in"] == "a"
    with pytest.raises(ValueError, match="smaller than"):
        keyness({"russia": 11}, {"russia": 7}, size_a=5)


def test_empty_texts_raise_a_helpful_error():
    with pytest.raises(ValueError, match="has no words"):
        keyness(Counter(), Counter({"russia": 1}))
    with pytest.raises(ValueError, match="has no words"):
        keyness(Counter(), Counter())


def test_single_word_texts():
    row = _row(keyness({"moscow": 1}, {"moscow": 1}), "moscow")
    assert row["log_likelihood"] == 0.0 and row["chi2"] == 0.0 and row["more_frequent_in"] == ""


def test_bad_inputs():
    with pytest.raises(TypeError, match="string"):
        keyness("some text", QUANTEDA_D2)
    with pytest.raises(ValueError, match="whole numbers"):
        keyness({"x": -1}, QUANTEDA_D2)
    with pytest.raises(ValueError, match="whole numbers"):
        keyness({"x": 1.5}, QUANTEDA_D2)
    with pytest.raises(ValueError, match="'word' and 'count'"):
        keyness(frequency_table(["a"]).rename(columns={"count": "n"}), QUANTEDA_D2)
    with pytest.raises(ValueError, match="two different labels"):
        keyness(QUANTEDA_D1, QUANTEDA_D2, names=("same", "same"))


def test_curly_apostrophes_are_one_word_via_tokenize():
    a = Counter(tokenize("Putin’s Putin’s plan"))
    b = Counter(tokenize("Putin's plan plan"))
    assert keyness(a, b)["word"].tolist() == ["plan", "putin"]


def test_fast_on_20000_words():
    rng = np.random.default_rng(1)
    a = {f"w{i}": int(x) + 1 for i, x in enumerate(rng.poisson(3, 20_000))}
    b = {f"w{i}": int(x) for i, x in enumerate(rng.poisson(3, 20_000))}
    start = time.perf_counter()
    table = keyness(a, b)
    assert time.perf_counter() - start < 2.0
    assert len(table) == 20_000


def test_importing_keyness_does_not_import_pandas():
    code = "import sys, helpers.keyness; print('pandas' in sys.modules, 'numpy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


# --- the course texts --------------------------------------------------------------------------


def test_keyness_of_the_course_texts(course_table):
    top = course_table.head(3)[["word", "count_press_release", "count_newspaper", "more_frequent_in"]]
    assert top.to_dict("records") == [
        {
            "word": "world",
            "count_press_release": 4,
            "count_newspaper": 0,
            "more_frequent_in": "press_release",
        },
        {"word": "been", "count_press_release": 0, "count_newspaper": 5, "more_frequent_in": "newspaper"},
        {"word": "2016", "count_press_release": 0, "count_newspaper": 4, "more_frequent_in": "newspaper"},
    ]
    world = _row(course_table, "world")
    assert world["log_likelihood"] == pytest.approx(6.586795, abs=5e-7)
    assert world["p_value"] == pytest.approx(0.010274, abs=5e-7)
    assert world["pct_diff"] == np.inf
    assert (course_table["p_value"] < 0.01).sum() == 0  # two short texts: nothing passes p < 0.01


# --- top_differences ------------------------------------------------------------------------------


def test_top_differences_per_side(course_table):
    top = top_differences(course_table, n=2)
    assert top["word"].tolist() == ["world", "are", "been", "2016"]
    assert top["more_frequent_in"].tolist() == ["press_release"] * 2 + ["newspaper"] * 2
    only = top_differences(course_table, n=3, name="newspaper")
    assert only["word"].tolist() == ["been", "2016", "last"]


def test_top_differences_follows_the_measure_order_for_signed_measures():
    table = keyness(
        {"up": 8, "down": 1, "bit": 3, "same": 4},
        {"up": 1, "down": 8, "bit": 2, "same": 4},
        measure="pct_diff",
    )
    assert top_differences(table, n=1)["word"].tolist() == ["up", "down"]


def test_top_differences_empty_and_errors():
    empty = keyness({"x": 1}, {"x": 1})
    assert len(top_differences(empty)) == 0
    with pytest.raises(ValueError, match="name must be one of"):
        top_differences(keyness(QUANTEDA_D1, QUANTEDA_D2), name="c")
    with pytest.raises(ValueError, match="made by keyness"):
        top_differences(frequency_table(["a"]))


# --- vocabulary_overlap, observed_expected, significance_ladder, paragraph_spread --------------

from helpers.keyness import observed_expected, paragraph_spread, significance_ladder, vocabulary_overlap  # noqa: E402


def test_vocabulary_overlap_groups_and_orders():
    table = vocabulary_overlap(["b", "a", "a", "c"], ["a", "d", "d", "e"], names=("x", "y"))
    assert table.columns.tolist() == ["word", "count_x", "count_y", "per_1000_x", "per_1000_y", "where"]
    assert table[["word", "where"]].values.tolist() == [
        ["a", "shared"],
        ["b", "only x"],
        ["c", "only x"],
        ["d", "only y"],
        ["e", "only y"],
    ]
    assert table.groupby("where", sort=False).size().to_dict() == {"shared": 1, "only x": 2, "only y": 2}


def test_vocabulary_overlap_agrees_with_python_sets():
    press = tokenize(load_text("press_release").raw)
    news = tokenize(clean_text(load_text("newspaper").raw))
    table = vocabulary_overlap(press, news, names=("press_release", "newspaper"))
    groups = table.groupby("where")["word"].apply(set).to_dict()
    assert groups == {
        "shared": set(press) & set(news),
        "only press_release": set(press) - set(news),
        "only newspaper": set(news) - set(press),
    }
    with pytest.raises(ValueError, match="two different labels"):
        vocabulary_overlap(press, news, names=("x", "x"))
    with pytest.raises(TypeError, match="not a string"):
        vocabulary_overlap("a text", news)


def test_observed_expected_by_hand_and_agrees_with_scipy():
    table = observed_expected(4, 1, 340, 432, names=("pr", "np"))
    assert table.index.tolist() == ["pr", "np", "both texts"]
    assert table["observed"].tolist() == [4, 1, 5] and table["all_words"].tolist() == [340, 432, 772]
    assert table["expected"].tolist() == pytest.approx([5 * 340 / 772, 5 * 432 / 772, 5])
    expected_first_row = chi2_contingency([[4, 1], [336, 431]], correction=False)[3][0]
    assert table["expected"].tolist()[:2] == pytest.approx(expected_first_row.tolist())


@pytest.mark.parametrize(
    "args, message",
    [
        ((-1, 1, 10, 10), "whole number"),
        ((1.5, 1, 10, 10), "whole number"),
        ((11, 1, 10, 10), "more often than the text has words"),
        ((0, 0, 0, 10), "Both texts need words"),
    ],
)
def test_observed_expected_bad_inputs(args, message):
    with pytest.raises(ValueError, match=message):
        observed_expected(*args)


def test_significance_ladder_matches_keyness_and_is_monotonic():
    ladder = significance_ladder(340, 432, names=("pr", "np"), max_count=6)
    assert ladder.index.tolist() == [1, 2, 3, 4, 5, 6] and ladder.index.name == "count"
    for k in (1, 3, 6):
        row = _row(keyness({"w": k}, {"w": 0}, size_a=340, size_b=432, names=("pr", "np")), "w")
        assert ladder.loc[k, "log_likelihood_only_pr"] == pytest.approx(row["log_likelihood"], rel=1e-12)
        assert ladder.loc[k, "p_value_only_pr"] == pytest.approx(row["p_value"], rel=1e-12)
    assert ladder["log_likelihood_only_np"].is_monotonic_increasing
    # the shorter text needs fewer occurrences: 3 in the press release pass, 3 in the newspaper do not
    assert ladder.loc[3, "p_value_only_pr"] < 0.05 < ladder.loc[3, "p_value_only_np"]
    with pytest.raises(ValueError, match="max_count"):
        significance_ladder(5, 5, max_count=6)
    with pytest.raises(ValueError, match="max_count"):
        significance_ladder(50, 50, max_count=0)


def test_paragraph_spread_of_the_course_press_release():
    press = load_text("press_release").raw
    table = paragraph_spread(press, ["world", "iran", "engage"])
    assert table.to_dict("records") == [
        {"word": "world", "count": 4, "paragraphs": 4, "paragraph_numbers": "3, 9, 12, 13"},
        {"word": "iran", "count": 2, "paragraphs": 2, "paragraph_numbers": "2, 3"},
        {"word": "engage", "count": 0, "paragraphs": 0, "paragraph_numbers": ""},
    ]
    assert table["count"].tolist() == [Counter(tokenize(press))[w] for w in ("world", "iran", "engage")]
    with pytest.raises(TypeError, match="list of words"):
        paragraph_spread(press, "world")


# --- exact_p: the binomial test for small counts -------------------------------------------------

from helpers.keyness import exact_p  # noqa: E402


def test_exact_p_by_hand_and_against_scipy():
    from scipy.stats import binomtest

    # 4 vs 0 in texts of 340 and 432 words: each occurrence falls in the first text with
    # probability 340 / 772; all four there has probability (340 / 772) ** 4 = 0.03762. The other
    # extreme, all four in the second, is likelier ((432 / 772) ** 4 = 0.098), so the two-sided
    # p-value is that one term.
    assert exact_p(4, 0, 340, 432) == pytest.approx((340 / 772) ** 4, rel=1e-9)
    assert round(exact_p(4, 0, 340, 432), 4) == 0.0376
    # 0 vs 4: (432 / 772) ** 4 = 0.0981, plus every split at most that likely: 4 vs 0 (0.0376)
    assert exact_p(0, 4, 340, 432) == pytest.approx((432 / 772) ** 4 + (340 / 772) ** 4, rel=1e-9)
    assert round(exact_p(0, 4, 340, 432), 2) == 0.14
    assert exact_p(3, 5, 340, 432) == pytest.approx(binomtest(3, 8, 340 / 772).pvalue, rel=1e-12)


def test_exact_p_vectorised_and_zero_counts():
    values = exact_p(np.array([4, 0, 0, 3]), np.array([0, 4, 0, 5]), 340, 432)
    assert isinstance(values, np.ndarray) and values.shape == (4,)
    assert values[2] == 1.0
    assert values[0] == pytest.approx(exact_p(4, 0, 340, 432))
    with pytest.raises(ValueError):
        exact_p([1, 2], [1], 340, 432)
    with pytest.raises(ValueError):
        exact_p(-1, 2, 340, 432)
    with pytest.raises(ValueError):
        exact_p(1, 2, 0, 432)


def test_exact_p_larger_than_chi2_p_for_small_counts_in_ladder():
    ladder = significance_ladder(340, 432, names=("pr", "np"), max_count=8)
    assert (ladder["exact_p_only_pr"] > ladder["p_value_only_pr"]).all()
    assert (ladder["exact_p_only_np"] > ladder["p_value_only_np"]).all()
    assert int(ladder.index[ladder["exact_p_only_pr"] < 0.05][0]) == 4
    assert int(ladder.index[ladder["exact_p_only_np"] < 0.05][0]) == 6


# --- a whole table of tests: false positives to expect under the null --------------------------------


def _null_rates_by_brute_force(total, size_a, size_b, alpha=0.05):
    """Each split k vs total - k, its binomial chance, and scipy's own G2 and exact test: no helper code."""
    from scipy.stats import binom, binomtest

    share = size_a / (size_a + size_b)
    rate_chi2 = rate_exact = 0.0
    for k in range(total + 1):
        chance = binom.pmf(k, total, share)
        table = [[k, total - k], [size_a - k, size_b - (total - k)]]
        _, p_chi2, _, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
        rate_chi2 += chance * (p_chi2 < alpha)
        rate_exact += chance * (binomtest(k, total, share).pvalue < alpha)
    return rate_chi2, rate_exact


def test_null_rejection_rates_agree_with_a_brute_force_count():
    from helpers.keyness import null_rejection_rates

    counts_a = {"w1": 1, "w2": 2, "w3": 4, "w4": 3, "w5": 0, "w6": 7}
    counts_b = {"w1": 0, "w2": 1, "w3": 0, "w4": 5, "w5": 6, "w6": 9}
    table = keyness(counts_a, counts_b, size_a=340, size_b=432)
    rates = null_rejection_rates(table, 340, 432).set_index("word")
    for word in counts_a:
        total = counts_a[word] + counts_b[word]
        assert rates.loc[word, "total"] == total
        expected = _null_rates_by_brute_force(total, 340, 432)
        assert (rates.loc[word, "rate_chi2"], rates.loc[word, "rate_exact"]) == pytest.approx(expected)
    assert rates.loc["w1", ["rate_chi2", "rate_exact"]].tolist() == [0.0, 0.0]  # one occurrence: never


def test_null_rejection_rates_on_the_course_texts(course_table):
    from helpers.keyness import null_rejection_rates

    sizes = int(course_table["count_press_release"].sum()), int(course_table["count_newspaper"].sum())
    rates = null_rejection_rates(course_table, *sizes)
    assert len(rates) == 335 and int((rates["rate_exact"] > 0).sum()) == 48
    assert round(rates["rate_chi2"].sum(), 1) == 5.0 and round(rates["rate_exact"].sum(), 1) == 1.7
    with pytest.raises(ValueError, match="alpha"):
        null_rejection_rates(course_table, *sizes, alpha=5)


# --- spelling variants ----------------------------------------------------------------------------


def test_spelling_variants_flags_one_word_spelled_two_ways():
    from helpers.keyness import spelling_variants

    table = keyness(
        {"sergei": 1, "organise": 2, "interests": 1, "centre": 1, "russia": 3, "while": 2},
        {"sergey": 2, "organize": 1, "interest": 2, "center": 1, "russia": 1, "white": 1, "whale": 1},
        names=("uk", "us"),
    )
    pairs = spelling_variants(table)
    assert pairs.columns.tolist() == ["word_uk", "word_us", "count_uk", "count_us", "edits"]
    assert pairs[["word_uk", "word_us", "edits"]].values.tolist() == [
        ["organise", "organize", 1],
        ["sergei", "sergey", 1],
        ["while", "whale", 1],  # flagged: reading settles that these are two words
        ["while", "white", 1],
        ["centre", "center", 1],  # a swap of two neighbours is one edit
    ]
    # a plural is not a spelling; a shared word is not a pair; nothing found gives the columns
    assert "interests" not in pairs["word_uk"].tolist() and "russia" not in pairs["word_uk"].tolist()
    assert spelling_variants(keyness({"talks": 1}, {"visit": 1})).empty


def test_spelling_variants_on_the_course_texts(course_table):
    from helpers.keyness import spelling_variants

    pairs = spelling_variants(course_table)
    assert pairs[["word_press_release", "word_newspaper"]].values.tolist() == [
        ["sergei", "sergey"],
        ["while", "white"],
    ]
