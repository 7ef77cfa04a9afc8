"""Pins every figure that notebook 02 (word frequencies) states in its prose, and its key tables.

The prose figures are pinned from the saved notebook with ``assert_states`` (nbval keeps its
outputs equal to a fresh run), so a library upgrade (tokenizer, stopword list, TextBlob, wordcloud)
that changes a figure fails here instead of leaving a wrong sentence behind. A few tables the prose
reads from, and the tools' behaviour on the notebook's examples, are pinned directly.
"""

from __future__ import annotations

import pytest
from notebook_prose import assert_states

import helpers
from helpers.cleaning import clean_text
from helpers.frequencies import (
    compare_frequencies,
    frequency_table,
    without_stopwords,
)
from helpers.tokens import (
    remove_stopwords,
    stopword_list,
    tokenize,
)


@pytest.fixture(scope="module")
def texts():
    news_raw = helpers.load_text("newspaper").raw
    return {
        "press": clean_text(helpers.load_text("press_release").raw),
        "news": clean_text(news_raw),
        "news_raw": news_raw,
    }


@pytest.fixture(scope="module")
def tokens(texts):
    return {name: tokenize(text) for name, text in texts.items()}


@pytest.fixture(scope="module")
def freq(tokens):
    return {name: frequency_table(toks) for name, toks in tokens.items()}


@pytest.fixture(scope="module")
def content(freq):
    return {name: without_stopwords(table, "wordcloud") for name, table in freq.items()}


def rows(table, columns=("word", "count")):
    return [tuple(row) for row in table.loc[:, list(columns)].itertuples(index=False)]


# --- 1. tokens and types ---------------------------------------------------------------------


def test_the_example_sentences():
    assert tokenize("But Mr Johnson’s visit will not be with a clean slate.") == [
        "but",
        "mr",
        "johnson",
        "visit",
        "will",
        "not",
        "be",
        "with",
        "a",
        "clean",
        "slate",
    ]
    example = (
        "The UK and Russia are permanent members of the UN Security Council, "
        "and its right that we continue to talk to each other."
    )
    example_freq = frequency_table(tokenize(example))
    assert len(tokenize(example)) == 23 and len(example_freq) == 20
    assert example_freq.loc[example_freq["count"] > 1, "word"].tolist() == ["and", "the", "to"]


def test_textblob_words_differ_as_the_notebook_says():
    from textblob import TextBlob

    assert list(TextBlob("But Mr Johnson’s visit will not be with a clean slate.").words)[:5] == [
        "But",
        "Mr",
        "Johnson",
        "’",
        "s",
    ]
    assert list(TextBlob("our security preparations for next summer's World Cup.").words)[5:7] == [
        "summer",
        "'s",
    ]
    assert list(TextBlob("but it doesn't have to be that way.").words)[2:4] == ["does", "n't"]
    assert next(iter(TextBlob("1/19 Syrian boys cry following Russian air strikes").words)) == "1/19"
    assert tokenize("1/19 Syrian boys")[:2] == ["1", "19"]
    assert tokenize("During face-to-face talks in Moscow")[1] == "face-to-face"


# --- 2. stopwords ----------------------------------------------------------------------------


def test_the_choice_table(tokens):
    comparison = compare_frequencies(tokens["press"], tokens["news"], names=("press_release", "newspaper"))
    choices = ["not", "cannot", "we", "our", "will", "said", "mr", "us"]
    table = comparison.set_index("word").reindex(choices, fill_value=0)[
        ["count_press_release", "count_newspaper"]
    ]
    stops = stopword_list("wordcloud")
    assert [w in stops for w in choices] == [True, True, True, True, False, False, False, False]
    assert table.to_dict("index") == {
        "not": {"count_press_release": 0, "count_newspaper": 3},
        "cannot": {"count_press_release": 2, "count_newspaper": 0},
        "we": {"count_press_release": 4, "count_newspaper": 3},
        "our": {"count_press_release": 5, "count_newspaper": 2},
        "will": {"count_press_release": 6, "count_newspaper": 6},
        "said": {"count_press_release": 1, "count_newspaper": 3},
        "mr": {"count_press_release": 2, "count_newspaper": 3},
        "us": {"count_press_release": 0, "count_newspaper": 4},
    }


def test_removing_stopwords_removes_the_negation():
    quote = "Our relations with Russia cannot be 'business as usual'"
    assert remove_stopwords(tokenize(quote)) == ["relations", "russia", "business", "usual"]


def test_top_20_content_words_tail(content):
    # the last rows of the side-by-side top-20 table (ties listed alphabetically)
    assert rows(content["press"].iloc[16:20], ("word", "count", "rank")) == [
        ("international", 2, 7),
        ("iran", 2, 7),
        ("members", 2, 7),
        ("moscow", 2, 7),
    ]
    assert rows(content["news"].iloc[16:20], ("word", "count", "rank")) == [
        ("ambassador", 2, 17),
        ("beware", 2, 17),
        ("business", 2, 17),
        ("clear", 2, 17),
    ]


# --- 3. counts and rates ----------------------------------------------------------------------


def test_rates_without_stopwords_stay_per_1000_words_of_the_text(content):
    assert round(float(content["press"].set_index("word").loc["russia", "per_1000"]), 1) == 32.4


# --- 4. the photo gallery ----------------------------------------------------------------------


# --- 5. n-grams ----------------------------------------------------------------------------------


# --- 6. word clouds --------------------------------------------------------------------------------


def test_word_cloud_sizes_the_prose_describes(content):
    from helpers import plots

    counts = content["news"].set_index("word")["count"]
    assert counts["us"] == counts["secretary"] == 4
    assert counts["ambassador"] == counts["usual"] == 2
    assert (
        int((content["press"]["count"] >= 2).sum()) == 34 and int((content["news"]["count"] >= 2).sum()) == 39
    )
    # The layout the notebook's newspaper panel uses (plots.word_clouds_side_by_side, random_state=42).
    news_cloud = content["news"][content["news"]["count"] >= 2]
    freqs = plots._frequencies(news_cloud, "count")
    cloud = plots._cloud(
        freqs, lambda word: "#000000", random_state=42, max_words=100, size=plots.PANEL_CLOUD_SIZE
    )
    size = {word: font_size for (word, _), font_size, *_ in cloud.layout_}
    assert len(size) == 39, "every word used twice or more is drawn"
    assert size["us"] == size["secretary"]
    assert size["ambassador"] >= 2 * size["usual"], "'usual' is drawn far smaller than 'ambassador'"


# --- 7. diversity ---------------------------------------------------------------------------------


# --- exercises ----------------------------------------------------------------------------------------


# --- the prose, pinned from the saved notebook -------------------------------------------------


def test_the_prose_states_tokens_and_types():
    assert_states(
        "02",
        "The cleaned press release has 340 tokens of 181 types; the cleaned newspaper article 432 tokens "
        "of 215 types.",
        "(1,028 in the raw file)",
    )


def test_the_prose_states_stopwords_in_the_top_20_and_the_us_tokens():
    assert_states(
        "02",
        "15 of the press release's top 20 words and 14 of the newspaper's are words like the, to and of",
        "4 of the newspaper's 4 us tokens are US, the United States",
        "The wordcloud list (192 words) removes not, cannot, we and our, and keeps will, said, mr and us.",
    )


def test_the_prose_states_russia_counts_and_rates():
    assert_states(
        "02",
        "The raw newspaper file says Russia more often than the press release (15 against 11), but it is "
        "1,028 words long, against 340. Per 1,000 words, the press release says Russia 32.4 times, the raw "
        "file 14.6 and the cleaned article 16.2.",
    )


def test_the_prose_states_lemmas_and_top_content_words():
    assert_states(
        "02",
        "the newspaper's 4 mentions of the US vanish",
        "Lemmatizing would turn the press release's 181 types into 170 and the newspaper's 215 into 200.",
        "Without stopwords, the press release's top words are russia (11), will (6), uk (5), security (4), "
        "world (4); the newspaper's are russia (7), russian (7), foreign (6), visit (6), will (6).",
        "will, which the list keeps, ranks 2 in the press release",
        "top 20 content words (2016)",
    )


def test_the_prose_states_fragile_bars_and_the_tie():
    assert_states(
        "02",
        "15 of these 30 bars rest on three occurrences or fewer",
        "press_release: 28 content words are used 2 times, the count of the last bar; the chart shows 9 of them",
        "newspaper: 6 content words are used 3 times, the count of the last bar; the chart shows 5 of them",
    )


def test_the_prose_states_what_the_gallery_does():
    assert_states(
        "02",
        "Of the raw file's 12 top content words (rank 10 or better), 5 never occur in the article itself: "
        "19, air, strikes, syrian, defence. The number 19 ranks 2",
        "syria drops from rank 3 to rank 17",
        "The raw file's top content words, rank 10 or better in raw_content, are 12 words, not 10: 4 of them "
        "tie at rank 9.",
    )


def test_the_prose_states_ngrams_and_air_strikes():
    assert_states(
        "02",
        "19 of the 20 top bigrams contain a stopword",
        "In both texts' top 10 trigrams: business as usual.",
        "The phrase occurs 2 times in the press release and 2 times in the newspaper",
        "All 9 occurrences of air strikes in the raw file are in the photo gallery: 7 in the captions, 2 in "
        "the gallery's headings and 0 in the article's body. The cleaned article uses the phrase 0 times, "
        "the press release 0.",
        "the raw file speaks of air strikes 16 times, the article 0 times",
    )


def test_the_prose_states_cloud_sizes_and_diversity():
    assert_states(
        "02",
        "us and secretary occur equally often (4 and 4 times)",
        "ambassador and usual also occur equally often (2 and 2 times)",
        "The TTR falls from 0.69 to 0.42 as the same file gets longer, while the MATTR stays between 0.80 "
        "and 0.86. The press release's TTR (0.532) is higher than the cleaned newspaper's (0.498)",
        "Their MATTRs (0.831 and 0.823) differ by only 0.008",
    )


def test_the_exercises_use_the_sentence_the_notebook_quotes():
    from helpers.checks.nb02 import EXERCISE_SENTENCE

    assert_states("02", EXERCISE_SENTENCE)


def test_exercise_answers():
    from helpers.checks import get_exercise

    assert get_exercise("02.1").solution() == (21, 14)
    assert get_exercise("02.2").solution() == 7
    assert get_exercise("02.3").solution() == "not"
    assert round(get_exercise("02.4").solution(), 3) == 6.944
    assert get_exercise("02.5").solution() == "syria"
    assert get_exercise("02.6").solution() == (9, 0)
