"""Pins every figure that notebook 03 (comparing vocabularies) states in its prose, and its key tables.

Each test recomputes a number the way the notebook does, with the same helpers, and compares it with
the value the notebook was written with. A library upgrade (or a change to the cleaning or the
tokenizer) that moves a figure fails here, instead of leaving a wrong sentence behind.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest
from notebook_prose import assert_states, prose

import helpers
from helpers.checks import get_exercise
from helpers.cleaning import clean_text
from helpers.concordance import compare_concordances, hits
from helpers.frequencies import frequency_table
from helpers.keyness import (
    exact_p,
    keyness,
    paragraph_spread,
    significance_ladder,
    top_differences,
    vocabulary_overlap,
)
from helpers.paragraphs import split_paragraphs
from helpers.tokens import remove_stopwords, stopword_list, tokenize

NAMES = ("press_release", "newspaper")
QUERIES = ["Russia", "business as usual", "engage", "security", "robust"]


@pytest.fixture(scope="module")
def texts():
    return {name: clean_text(helpers.load_text(name).raw) for name in NAMES}


@pytest.fixture(scope="module")
def tokens(texts):
    return {name: tokenize(texts[name]) for name in NAMES}


@pytest.fixture(scope="module")
def types(tokens):
    return {name: set(tokens[name]) for name in NAMES}


@pytest.fixture(scope="module")
def keyness_table(tokens):
    table = keyness(
        frequency_table(tokens["press_release"]), frequency_table(tokens["newspaper"]), names=NAMES
    )
    table["exact_p"] = exact_p(
        table["count_press_release"],
        table["count_newspaper"],
        len(tokens["press_release"]),
        len(tokens["newspaper"]),
    )
    return table


@pytest.fixture(scope="module")
def content_keyness(keyness_table):
    return keyness_table[~keyness_table["word"].isin(stopword_list())].reset_index(drop=True)


@pytest.fixture(scope="module")
def words(keyness_table):
    return keyness_table.set_index("word")


# --- 1. sizes ------------------------------------------------------------------------------------


# --- 2. shared and unique words -------------------------------------------------------------------


def test_overlap_examples_and_words_used_once(tokens):
    overlap = vocabulary_overlap(
        remove_stopwords(tokens["press_release"]), remove_stopwords(tokens["newspaper"]), names=NAMES
    )
    heads = (
        overlap.groupby("where", sort=False)
        .head(8)
        .groupby("where", sort=False)["word"]
        .apply(list)
        .to_dict()
    )
    assert heads == {
        "shared": ["russia", "will", "foreign", "russian", "uk", "visit", "secretary", "johnson"],
        "only press_release": [
            "world",
            "challenges",
            "cooperation",
            "council",
            "cup",
            "deal",
            "iran",
            "members",
        ],
        "only newspaper": ["2016", "last", "minister", "us", "election", "engage", "ambassador", "beware"],
    }
    unique = overlap[overlap["where"] != "shared"]
    once = unique[unique["count_press_release"] + unique["count_newspaper"] == 1]
    assert (len(unique), len(once), f"{len(once) / len(unique):.0%}") == (239, 200, "84%")


# --- 3. observed and expected ------------------------------------------------------------------------


# --- 4. the keyness tables ----------------------------------------------------------------------------


def test_keyness_table_head(keyness_table):
    assert keyness_table["word"].head(10).tolist() == [
        "world",
        "been",
        "2016",
        "last",
        "minister",
        "us",
        "in",
        "are",
        "russian",
        "election",
    ]


def test_content_keyness_head(content_keyness):
    head = content_keyness.head(15)
    assert head["word"].tolist() == [
        "world",
        "2016",
        "last",
        "minister",
        "us",
        "russian",
        "election",
        "engage",
        "challenges",
        "cooperation",
        "council",
        "cup",
        "deal",
        "iran",
        "members",
    ]
    assert head["log_likelihood"].round(3).tolist()[:8] == [
        6.587,
        4.661,
        4.661,
        4.661,
        4.661,
        3.773,
        3.493,
        3.493,
    ]


# --- 5. significance -----------------------------------------------------------------------------------


def test_significance_ladder_and_counts(tokens, keyness_table, content_keyness):
    ladder = significance_ladder(
        len(tokens["press_release"]), len(tokens["newspaper"]), names=NAMES, max_count=6
    )
    chi2_press = int(ladder.index[ladder["p_value_only_press_release"] < 0.05][0])
    chi2_news = int(ladder.index[ladder["p_value_only_newspaper"] < 0.05][0])
    assert (chi2_press, chi2_news) == (3, 4)
    needed_press = int(ladder.index[ladder["exact_p_only_press_release"] < 0.05][0])
    needed_news = int(ladder.index[ladder["exact_p_only_newspaper"] < 0.05][0])
    assert (needed_press, needed_news) == (4, 6)
    assert ladder["exact_p_only_press_release"].round(4).tolist() == [
        0.4404,
        0.194,
        0.0854,
        0.0376,
        0.0166,
        0.0073,
    ]
    assert ladder["exact_p_only_newspaper"].round(4).tolist() == [1.0, 0.5071, 0.2607, 0.1357, 0.0714, 0.038]
    assert ladder["p_value_only_press_release"].round(3).tolist() == [0.2, 0.07, 0.026, 0.01, 0.004, 0.002]
    assert ladder["p_value_only_newspaper"].round(3).tolist() == [0.281, 0.127, 0.062, 0.031, 0.016, 0.008]
    assert len(keyness_table) == 335
    assert int((keyness_table["p_value"] < 0.05).sum()) == 8
    assert int((content_keyness["p_value"] < 0.05).sum()) == 5
    assert int((keyness_table["p_value"] < 0.01).sum()) == 0
    # exact test: only "world"; none below 0.01
    significant = keyness_table[keyness_table["exact_p"] < 0.05]
    assert significant["word"].tolist() == ["world"]
    assert int((keyness_table["exact_p"] < 0.01).sum()) == 0


def test_repeated_phrases_in_the_press_release(texts, content_keyness):
    spread = paragraph_spread(
        texts["press_release"],
        ["permanent", "members", "un", "security", "council", "iran", "nuclear", "deal", "cup"],
    )
    assert spread["paragraph_numbers"].tolist() == [
        "3, 7",
        "3, 7",
        "3, 7",
        "3, 7, 9, 12",
        "3, 7",
        "2, 3",
        "2, 3",
        "2, 3",
        "12, 13",
    ]
    phrases = hits(
        texts,
        [
            "permanent members of the UN Security Council",
            "Iran nuclear deal",
            "World Cup",
            "engage but beware",
        ],
    )
    assert phrases.values.tolist() == [[2, 0], [2, 0], [2, 0], [0, 2]]
    # prose: the five words of the Security Council phrase, and engage/beware, are all key for their text
    more_frequent_in = content_keyness.set_index("word")["more_frequent_in"]
    assert set(
        more_frequent_in[
            ["permanent", "members", "un", "security", "council", "iran", "nuclear", "deal", "cup"]
        ]
    ) == {"press_release"}
    assert set(more_frequent_in[["engage", "beware"]]) == {"newspaper"}


def test_newspaper_key_words_and_the_american_paragraphs(texts, content_keyness):
    news_key = top_differences(content_keyness, n=8, name="newspaper")["word"].tolist()
    assert news_key == ["2016", "last", "minister", "us", "russian", "election", "engage", "ambassador"]
    spread = paragraph_spread(texts["newspaper"], news_key)
    assert spread["paragraph_numbers"].tolist() == [
        "8, 9, 11, 12",
        "10, 12, 13",
        "1, 4, 5, 8",
        "11, 12, 13",
        "1, 4, 9, 12, 13",
        "11, 12",
        "2, 5, 7",
        "12, 13",
    ]
    us_politics = paragraph_spread(
        texts["newspaper"], ["us", "election", "presidential", "trump", "ambassador"]
    )
    paragraphs = sorted({int(n) for numbers in us_politics["paragraph_numbers"] for n in numbers.split(", ")})
    assert paragraphs == [11, 12, 13] and len(split_paragraphs(texts["newspaper"])) == 13
    assert set(content_keyness.set_index("word").loc[["2016", "last", "month"], "more_frequent_in"]) == {
        "newspaper"
    }


# --- 6. figures ------------------------------------------------------------------------------------------


def test_comparison_cloud_words_all_drawn(content_keyness):
    import matplotlib.pyplot as plt

    from helpers import plots

    total = content_keyness["count_press_release"] + content_keyness["count_newspaper"]
    cloud_words = content_keyness[(total >= 2) & (content_keyness["log_likelihood"] >= 1)]
    assert cloud_words["more_frequent_in"].value_counts().to_dict() == {"newspaper": 25, "press_release": 20}
    fig = plots.comparison_cloud(cloud_words, names=NAMES, n=30, title="t")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    plt.close(fig)
    assert legend == [
        "more frequent in press_release (20 of 20 words shown)",
        "more frequent in newspaper (25 of 25 words shown)",
    ]


def test_keyness_bar_ties_at_the_cut(content_keyness):
    def tie_at_the_cut(name, n=10):
        side = content_keyness[content_keyness["more_frequent_in"] == name]["log_likelihood"].round(9)
        cut = side.iloc[n - 1]
        return f"{cut:.2f}", int((side == cut).sum()), int((side.head(n) == cut).sum())

    assert tie_at_the_cut("press_release") == ("3.29", 16, 9)
    assert tie_at_the_cut("newspaper") == ("2.33", 16, 3)


# --- 7. concordances ---------------------------------------------------------------------------------------


def test_query_hits_and_what_finds_nothing(texts):
    table = hits(texts, QUERIES)
    assert table.values.tolist() == [[11, 7], [2, 2], [0, 3], [4, 1], [0, 1]]
    missing = {name: [q for q in QUERIES if table.loc[q, name] == 0] for name in NAMES}
    assert missing == {"press_release": ["engage", "robust"], "newspaper": []}


def test_concordance_lines(texts):
    assert len(compare_concordances(texts, "Russia")) == 18
    business = compare_concordances(texts, "business as usual", window=6)
    assert business["left"].str.contains(r"\bnot\b|\bcannot\b").all()  # prose and exercise 03.5: all negated
    engage = compare_concordances(texts, "engage", window=6)
    assert engage["text"].tolist() == ["newspaper"] * 3
    assert engage["right"].str.startswith("but beware").sum() == 2  # "2 of the newspaper's 3"
    assert engage.loc[2, "right"].startswith("with Russia")
    security = compare_concordances(texts, "security", window=6)
    assert security["match"].tolist() == ["Security", "Security", "security", "security", "Security"]
    robust = compare_concordances(texts, "robust", window=8)
    assert robust["text"].tolist() == ["newspaper"]


# --- What we found, and the exercises ------------------------------------------------------------------------


def test_what_we_found(content_keyness, words):
    def levels(name, n):  # the first n G² levels of a text's key words: (counts, words)
        key = content_keyness[content_keyness["more_frequent_in"] == name]
        out = []
        for g2 in key["log_likelihood"].round(9).unique()[:n]:
            level = key[key["log_likelihood"].round(9) == g2]
            out.append(
                (
                    level["count_press_release"].iloc[0],
                    level["count_newspaper"].iloc[0],
                    level["word"].tolist(),
                )
            )
        return out

    assert levels("press_release", 2) == [
        (4, 0, ["world"]),
        (
            2,
            0,
            [
                "challenges",
                "cooperation",
                "council",
                "cup",
                "deal",
                "iran",
                "members",
                "nuclear",
                "permanent",
                "say",
                "talk",
                "together",
                "un",
                "war",
                "west",
                "work",
            ],
        ),
    ]
    assert levels("newspaper", 2) == [(0, 4, ["2016", "last", "minister", "us"]), (1, 7, ["russian"])]
    assert f"{words.loc['business', 'log_likelihood']:.2f}" == "0.06"
    assert words.loc[["business", "usual"], ["count_press_release", "count_newspaper"]].values.tolist() == [
        [2, 2],
        [2, 2],
    ]


def test_exercise_answers():
    answers = {eid: get_exercise(eid).solution() for eid in ("03.1", "03.2", "03.3", "03.4", "03.5", "03.6")}
    assert answers["03.1"] == (4, 1)
    assert round(answers["03.2"], 3) == 2.163
    assert answers["03.3"] == (True, False)  # more frequent in the press release, but G² 2.16 < 3.84: not key
    assert answers["03.4"] == "b"
    assert answers["03.5"].startswith("In these two texts, world (G² = 6.59, 4 against 0) suggests")
    assert answers["03.6"] == 5


# --- what the notebook now states about significance, key words and their reading (issue 13) ----------


def test_p_value_is_defined_without_the_luck_misreading():
    assert_states(
        "03", "would be rare if the texts used the word at the same rate", "It is not the probability"
    )
    from notebook_prose import prose

    assert "how sure we can be that the difference is not luck" not in prose("03")
    assert "one test in twenty" not in prose("03")


def test_expected_false_positives_under_the_null():
    # computed by null_rejection_rates in the notebook (tests/test_keyness.py checks it by brute force)
    assert_states(
        "03",
        "Of the 335 words, only 48 can reach p < 0.05 by the exact test at all",
        "(59 by the chi-squared p-value of G²)",
        "chance alone would give about 5.0 words with a chi-squared p below 0.05 and about 1.7 by the exact "
        "test. We observe 8 and 1.",
    )


def test_key_only_past_the_threshold(words, content_keyness):
    assert_states(
        "03",
        "below the threshold of 3.84: russia is more frequent in the press release, but it is not a key word",
        "Key words, past G² ≥ 3.84: 5 of the 268 words without stopwords.",
        "Of the cloud's 45 words, 44 fail the exact test and 40 do not even reach G² = 3.84",
    )
    from notebook_prose import prose

    assert "Key words (stopwords removed" not in prose("03") and "most distinctive" not in prose("03")
    key = content_keyness[content_keyness["log_likelihood"] >= 3.841458820694124]
    assert key["word"].tolist() == ["world", "2016", "last", "minister", "us"]


def test_world_read_in_context_and_the_spelling_variant():
    assert_states(
        "03",
        "world occurs 4 times in the press release: 2 times in World Cup and 1 in Second World War",
        "So 3 of its 4 occurrences come from two proper names",
        "proper-name effect",
        "sergei (1 in the press release) and sergey (2 in the newspaper) are one name",
        "while and white are two different words",
    )


def test_the_other_key_words_read_in_context(texts):
    assert_states(
        "03",
        "Besides world, the content words past the threshold are 2016, last, minister, us.",
        "minister is 2 × Prime Minister and 2 × Foreign Minister",
        "last is last month (2) and last year (2); 2016 is a year (4 times); us is US (4 times)",
    )
    # "Lavrov's title": both Foreign Minister lines name him
    lines = compare_concordances(texts, "Foreign Minister", window=2)
    assert lines["right"].str.startswith("Sergey Lavrov").all() and len(lines) == 2


def test_the_stricter_threshold_of_rayson_berridge_and_francis():
    assert_states(
        "03",
        "found G² reliable at small expected counts (down to 1) only at a stricter level",
        "recommend p < 0.0001 (critical value 15.13; computed here, G² ≥ 15.137): 0 of our words would pass it",
    )


def test_how_often_chance_gives_as_many_significant_words():
    assert_states(
        "03",
        "Under the null hypothesis, 8 or more chi-squared hits come up with probability 0.12, and 1 or more exact "
        "hits with probability 0.83.",
        "The table does not show that the vocabularies differ",
    )
    assert "weak evidence that the two vocabularies differ" not in prose("03")


# --- the prose figures, pinned from the saved notebook (issue 11: not from a copy of its code) -----


def test_the_prose_states_sizes_and_observed_and_expected():
    assert_states(
        "03",
        "The press release has 340 words, the newspaper article 432; the catalogue dates them 9 months apart",
        "we would expect about 2.20 occurrences in the press release and 2.80 in the newspaper. "
        "We observe 4 and 1",
    )


def test_the_prose_states_russia_and_world():
    assert_states(
        "03",
        # the doubling is of the rates, not of the counts (review of 2026-12-01: 11/7 is 1.6)
        "russia is used 11 times in the press release and 7 in the newspaper: 32.4 against 16.2 per 1,000 "
        "words. Its rate is about 2 times as high in the press release (log ratio 1.00)",
        "yet its G² is only 2.16 (p = 0.14), below the threshold of 3.84",
        # one row of the table read in plain words, right after the table
        "Read the first row in words: world is used 4 times in the press release and 0 in the newspaper. "
        "Its G² is the largest of all (6.59, p = 0.0103) and past the threshold of 3.84: world is a key "
        "word. Its log ratio (3.35)",
    )
    text = prose("03")
    # "sorted by G²" comes before the table, and the table shows each word's side
    assert text.index("The table is sorted by G², highest first") < text.index("Read the first row in words")
    assert "(not shown)" not in text and "each text's side" not in text


def test_the_prose_states_shared_words_negations_and_us():
    assert_states(
        "03",
        "Of the 335 different words in the two texts together, only 61 (18%) appear in both. "
        "Without stopwords it is 29 of 268 (11%)",
        "Of the 239 words (stopwords removed) that only one text uses, 200 (84%) occur exactly once.",
        "not occurs 3 times in the newspaper and 0 in the press release; cannot 2 times in the press "
        "release and 0 in the newspaper.",
        "The newspaper writes US 4 times and the pronoun us 0 times",
    )


def test_the_prose_states_exact_against_chi_squared_and_bonferroni():
    assert_states(
        "03",
        "a word must occur at least 4 times in the press release and never in the newspaper, or 6 times",
        "(The chi-squared p of G² would say 3 and 4: too optimistic.) Of the 335 words compared, 8 reach "
        "p < 0.05 by the chi-squared approximation, but only 1 by the exact test, and 0 reach p < 0.01.",
        "For these words the exact p-value is 1.5 to 4.5 times the chi-squared one",
        "With 335 tests, Bonferroni's threshold is p < 0.00015, and 0 words pass it",
    )


def test_the_prose_states_phrases_paragraphs_and_charts():
    assert_states(
        "03",
        "permanent members of the UN Security Council occurs 2 times in the press release",
        "all come from paragraphs 11, 12, 13 of the article's 13",
        "Of the cloud's 45 words, 44 fail the exact test and 40 do not even reach G² = 3.84",
        "press_release: 16 words share the last bar's score, G² = 3.29; the chart shows 9 of them.",
        "newspaper: 16 words share the last bar's score, G² = 2.33; the chart shows 3 of them.",
        "2 of the newspaper's 3 engage are the slogan engage but beware",
    )


def test_going_further_gives_what_its_exercises_and_terms_need():
    # review of 2026-12-01: 03.4's speakers are printed in a ready-made cell, not left to print(press)
    assert_states(
        "03",
        "The Foreign Secretary Boris Johnson said:",
        "An FCO spokeswoman said:",
        "the second prints each paragraph that has the phrase, with the two paragraphs before it",
        "the null hypothesis, the assumption a test starts from (here: both texts use every word at the "
        "same rate)",
        "notebook 02's Going further showed what that costs",
    )
    assert "print(press)" not in prose("03")
