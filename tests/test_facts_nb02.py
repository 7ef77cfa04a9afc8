"""Pins every figure that notebook 02 (word frequencies) states in its prose, and its key tables.

Each test recomputes a number the way the notebook does and asserts the value it had when the prose
was written, so a library upgrade (tokenizer, stopword list, TextBlob, wordcloud) that changes a
figure fails here instead of leaving a wrong sentence behind.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import helpers
from helpers.cleaning import clean_text, label_paragraphs, repair_encoding
from helpers.concordance import concordance
from helpers.frequencies import (
    compare_frequencies,
    describe_texts,
    frequency_table,
    mattr,
    type_token_ratio,
    without_stopwords,
)
from helpers.tokens import (
    count_ngrams,
    describe_stopwords,
    is_number,
    lemmatize,
    ngrams_by_sentence,
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


def test_tokens_and_types_of_each_text(tokens):
    sizes = {name: (len(toks), len(set(toks))) for name, toks in tokens.items()}
    assert sizes == {"press": (340, 181), "news": (432, 215), "news_raw": (1028, 431)}


# --- 2. stopwords ----------------------------------------------------------------------------


def test_the_stopword_list_and_the_top_20(freq):
    info = describe_stopwords("wordcloud")
    assert info["name"] == "wordcloud" and info["size"] == 192
    assert info["source"].startswith("wordcloud 1.9.6: ")
    stops = stopword_list("wordcloud")
    assert int(freq["press"].head(20)["word"].isin(stops).sum()) == 15
    assert int(freq["news"].head(20)["word"].isin(stops).sum()) == 14
    assert rows(freq["press"].head(3)) == [("the", 24), ("to", 16), ("russia", 11)]
    assert rows(freq["news"].head(3)) == [("the", 32), ("in", 17), ("to", 13)]


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


def test_every_us_in_the_newspaper_is_the_united_states(texts):
    us_lines = concordance(texts["news"], "us")
    assert len(us_lines) == 4 and int((us_lines["match"] == "US").sum()) == 4


def test_lemmas_and_what_they_merge(tokens):
    forms = ["continues", "talks", "said", "us", "sessions", "pressing"]
    assert lemmatize(forms) == ["continue", "talk", "say", "we", "session", "press"]
    assert "we" in stopword_list("wordcloud")
    assert len(set(lemmatize(tokens["press"]))) == 170
    assert len(set(lemmatize(tokens["news"]))) == 200


def test_top_content_words(content):
    top = {
        name: rows(table[table["rank"] <= 5], ("word", "count", "rank")) for name, table in content.items()
    }
    assert top["press"] == [
        ("russia", 11, 1),
        ("will", 6, 2),
        ("uk", 5, 3),
        ("security", 4, 4),
        ("world", 4, 4),
    ]
    assert top["news"] == [
        ("russia", 7, 1),
        ("russian", 7, 1),
        ("foreign", 6, 3),
        ("visit", 6, 3),
        ("will", 6, 3),
    ]
    assert [w for w in content["news"].head(20)["word"] if is_number(w)] == ["2016"]


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


def test_russia_counts_and_rates(freq):
    values = {}
    for name, table in freq.items():
        row = table.set_index("word").loc["russia"]
        values[name] = (int(table["count"].sum()), int(row["count"]), round(float(row["per_1000"]), 1))
    assert values == {"press": (340, 11, 32.4), "news": (432, 7, 16.2), "news_raw": (1028, 15, 14.6)}


def test_rates_without_stopwords_stay_per_1000_words_of_the_text(content):
    assert round(float(content["press"].set_index("word").loc["russia", "per_1000"]), 1) == 32.4


def test_fragile_bars(content):
    bars = pd.concat([content["press"].head(15), content["news"].head(15)])
    assert len(bars) == 30 and int((bars["count"] <= 3).sum()) == 15


@pytest.mark.parametrize(("name", "last", "tied", "shown"), [("press", 2, 28, 9), ("news", 3, 6, 5)])
def test_the_chart_cuts_a_tie(content, name, last, tied, shown):
    table = content[name]
    assert table["count"].iloc[14] == last
    assert int((table["count"] == last).sum()) == tied
    assert int((table.head(15)["count"] == last).sum()) == shown


def test_months_between_the_texts():
    from helpers.report import months_apart

    assert months_apart(helpers.load_text("newspaper").date, helpers.load_text("press_release").date) == 9


# --- 4. the photo gallery ----------------------------------------------------------------------


def test_the_gallery_and_the_top_words(content):
    raw, news = content["news_raw"], content["news"]
    raw_top = raw[raw["rank"] <= 10]
    assert len(raw_top) == 12
    assert raw_top.loc[~raw_top["word"].isin(news["word"]), "word"].tolist() == [
        "19",
        "air",
        "strikes",
        "syrian",
        "defence",
    ]
    assert int(raw.set_index("word").loc["19", "rank"]) == 2
    assert int(raw.set_index("word").loc["syria", "rank"]) == 3
    assert int(news.set_index("word").loc["syria", "rank"]) == 17
    assert rows(raw.head(3), ("word", "count", "rank")) == [
        ("russian", 28, 1),
        ("19", 21, 2),
        ("syria", 19, 3),
    ]


# --- 5. n-grams ----------------------------------------------------------------------------------


def test_bigrams_and_trigrams(texts):
    stops = stopword_list("wordcloud")
    bigrams = {n: count_ngrams(ngrams_by_sentence(texts[n], 2)) for n in ("press", "news")}
    trigrams = {n: count_ngrams(ngrams_by_sentence(texts[n], 3)) for n in ("press", "news")}
    assert rows(bigrams["press"].head(2), ("ngram", "count")) == [("the uk", 5), ("with russia", 4)]
    assert rows(bigrams["news"].head(3), ("ngram", "count")) == [
        ("in the", 5),
        ("and the", 4),
        ("foreign secretary", 4),
    ]
    top = pd.concat([bigrams["press"].head(10), bigrams["news"].head(10)])["ngram"]
    assert sum(any(w in stops for w in g.split()) for g in top) == 19
    assert sorted(set(trigrams["press"].head(10)["ngram"]) & set(trigrams["news"].head(10)["ngram"])) == [
        "business as usual"
    ]
    assert rows(trigrams["news"].head(1), ("ngram", "count")) == [("the foreign secretary", 3)]


def test_business_as_usual(texts):
    press_lines = concordance(texts["press"], "business as usual")
    news_lines = concordance(texts["news"], "business as usual")
    assert len(press_lines) == 2 and len(news_lines) == 2
    assert news_lines["left"].tolist() == ["the visit does not signal “", "is not a return to"]
    assert all(left.rstrip(" '").endswith("cannot be") for left in press_lines["left"])


def test_air_strikes_come_from_the_gallery(texts):
    counts = {name: len(concordance(texts[name], "air strikes")) for name in ("news_raw", "news", "press")}
    assert counts == {"news_raw": 9, "news": 0, "press": 0}
    paragraphs = label_paragraphs(repair_encoding(texts["news_raw"]))
    paragraphs["air strikes"] = [len(concordance(p, "air strikes")) for p in paragraphs["text"]]
    assert paragraphs.groupby("part")["air strikes"].sum().to_dict() == {
        "body": 0,
        "caption": 7,
        "gallery_heading": 2,
        "related_headline": 0,
    }
    spellings = ["air strikes", "air strike", "airstrikes", "airstrike"]
    assert [len(concordance(texts["news_raw"], q)) for q in spellings] == [9, 1, 4, 2]
    assert [len(concordance(texts["news"], q)) for q in spellings] == [0, 0, 0, 0]


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


def test_ttr_falls_with_length_and_mattr_does_not(tokens):
    raw = tokens["news_raw"]
    lengths = [100, 200, 400, 800, len(raw)]
    ttr = (
        pd.Series([type_token_ratio(raw[:n]) for n in lengths]).round(3).tolist()
    )  # as growth.round(3) shows
    moving = pd.Series([mattr(raw[:n]) for n in lengths]).round(3).tolist()
    assert ttr == [0.69, 0.53, 0.518, 0.434, 0.419]
    assert moving == [0.858, 0.811, 0.813, 0.803, 0.812]
    assert (round(ttr[0], 2), round(ttr[-1], 2), round(min(moving), 2), round(max(moving), 2)) == (
        0.69,
        0.42,
        0.80,
        0.86,
    )


def test_diversity_table(texts):
    table = describe_texts(
        {
            "press_release": texts["press"],
            "newspaper (cleaned)": texts["news"],
            "newspaper (raw file)": texts["news_raw"],
        }
    )
    assert table[["words", "types"]].to_dict("index") == {
        "press_release": {"words": 340, "types": 181},
        "newspaper (cleaned)": {"words": 432, "types": 215},
        "newspaper (raw file)": {"words": 1028, "types": 431},
    }
    assert table["type_token_ratio"].round(3).tolist() == [0.532, 0.498, 0.419]
    assert table["mattr"].round(3).tolist() == [0.831, 0.823, 0.812]
    gap = abs(table.loc["press_release", "mattr"] - table.loc["newspaper (cleaned)", "mattr"])
    assert round(gap, 3) == 0.008


# --- exercises ----------------------------------------------------------------------------------------


def test_exercise_answers():
    from helpers.checks import get_exercise

    assert get_exercise("02.1").solution() == (21, 14)
    assert get_exercise("02.2").solution() == 7
    assert round(get_exercise("02.3").solution(), 3) == 6.944
    assert get_exercise("02.4").solution() == "syria"
    assert get_exercise("02.5").solution() == (9, 0)


def test_the_exercise_sentence_is_the_one_the_notebook_shows():
    """Exercises 02.1 and 02.2 check the sentence the notebook defines (one sentence, two places)."""
    import json

    from helpers.checks.nb02 import EXERCISE_SENTENCE

    cells = json.loads(
        (Path(__file__).resolve().parent.parent / "notebooks" / "02_word_frequencies.ipynb").read_text(
            encoding="utf-8"
        )
    )["cells"]
    namespace: dict[str, str] = {}
    source = next(
        "".join(c["source"]) for c in cells if "".join(c["source"]).startswith("exercise_sentence = ")
    )
    exec(source, namespace)
    assert namespace["exercise_sentence"] == EXERCISE_SENTENCE
