"""Pins every figure that notebook 07 (a framing report on any two texts) states in its prose.

The notebook runs with its default parameters (press_release vs newspaper, cleaned, top 15);
this test recomputes its numbers the same way and pins them, so a library upgrade or a change to a
helper that moves a figure fails here instead of leaving a wrong sentence behind. The made-up
example (the pair of exercises 07.1 to 07.3, and the pair `tools/render_report.py` is tested on) is pinned too.
"""

from __future__ import annotations

import math

import pytest
from notebook_prose import assert_states, prose

from helpers import framing, report
from helpers.frequencies import describe_texts, side_by_side
from helpers.sentiment import sentence_sentiment, sentiment_summary

A, B = NAMES = ("press_release", "newspaper")
TOP_N = 15


@pytest.fixture(scope="module")
def texts():
    return report.load_pair(A, B, clean=True)


@pytest.fixture(scope="module")
def keys(texts):
    return report.key_words(texts)


@pytest.fixture(scope="module")
def frames(texts):
    return report.frame_table(texts)


def test_the_parameters_cell_has_the_defaults_the_facts_assume():
    import ast
    from pathlib import Path

    source = (
        Path(__file__).resolve().parent.parent / "notebooks" / "src" / "07_framing_report.py"
    ).read_text("utf-8")
    cell = source.split('# %% tags=["parameters"]\n', 1)[1].split("# %%", 1)[0]
    values = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(cell).body}
    assert values == {"text_a": A, "text_b": B, "clean": True, "top_n": TOP_N}
    from helpers.checks.nb07 import DEFAULTS

    assert values == DEFAULTS


# The two texts


def test_metadata_and_date_warning():
    meta = report.metadata(A, B)
    assert meta.loc["genre"].tolist() == ["press_release", "newspaper"]
    assert meta.loc["date"].tolist() == ["2017-12-22", "2017-03"]
    assert report.months_apart(*meta.loc["date"]) == 9
    assert report.date_warning(A, B).startswith(
        "⚠️ **The two texts are 9 months apart** (press_release: 22 December 2017; newspaper: March 2017)."
    )


# Counts


def test_cleaning_table():
    cleaning = report.cleaning_table(A, B)
    assert cleaning[["words_raw", "words_cleaned", "removed"]].values.tolist() == [
        [340, 340, ""],
        [1028, 432, "19 caption, 2 gallery_heading, 1 related_headline"],
    ]
    assert f"{cleaning.loc[B, 'removed_share']:.0%}" == "58%"
    removed = cleaning.attrs["removed_paragraphs"]
    assert removed[A] == [] and len(removed[B]) == 22  # prose: "22 paragraphs (19 caption, ...)"


def test_counts(texts):
    counts = describe_texts(texts)
    assert counts[["characters", "words", "types", "sentences", "paragraphs"]].values.tolist() == [
        [2079, 340, 181, 17, 13],
        [2700, 432, 215, 18, 13],
    ]
    assert counts[["type_token_ratio", "mattr"]].round(3).values.tolist() == [[0.532, 0.831], [0.498, 0.823]]
    assert f"{counts['words'].max() / counts['words'].min():.1f}" == "1.3" and counts["words"].idxmin() == A


# Top words


def test_top_words(texts):
    tables = report.word_tables(texts)
    table = side_by_side(tables, n=TOP_N, columns=("word", "count", "per_1000"))
    assert table[(A, "word")].tolist() == [
        "russia",
        "will",
        "uk",
        "security",
        "world",
        "johnson",
        "business",
        "challenges",
        "continue",
        "continues",
        "cooperation",
        "council",
        "cup",
        "deal",
        "foreign",
    ]
    assert table[(B, "word")].tolist() == [
        "russia",
        "russian",
        "foreign",
        "visit",
        "will",
        "2016",
        "last",
        "minister",
        "secretary",
        "us",
        "election",
        "engage",
        "mr",
        "said",
        "uk",
    ]
    assert table[(A, "count")].tolist()[:6] == [11, 6, 5, 4, 4, 3]
    assert table[(B, "count")].tolist()[:6] == [7, 7, 6, 6, 6, 4]
    assert [round(tables[name].iloc[0]["per_1000"], 1) for name in NAMES] == [32.4, 16.2]
    shared = sorted(set(tables[A]["word"].head(TOP_N)) & set(tables[B]["word"].head(TOP_N)))
    assert shared == ["foreign", "russia", "uk", "will"]


# Distinctive words (keyness)


def test_keyness(keys):
    assert len(keys) == 268
    top = keys.head(TOP_N)
    assert top[["word", f"count_{A}", f"count_{B}", "more_frequent_in"]].values.tolist()[:6] == [
        ["world", 4, 0, A],
        ["2016", 0, 4, B],
        ["last", 0, 4, B],
        ["minister", 0, 4, B],
        ["us", 0, 4, B],
        ["russian", 1, 7, B],
    ]
    assert keys["log_likelihood"].head(6).round(3).tolist() == [6.587, 4.661, 4.661, 4.661, 4.661, 3.773]
    assert keys["log_ratio"].head(2).round(3).tolist() == [3.345, -2.655]
    significant = keys[keys["p_value"] < 0.05]
    assert len(significant) == 5
    assert significant["more_frequent_in"].value_counts().to_dict() == {B: 4, A: 1}
    assert f"{keys['log_likelihood'].iloc[0]:.2f}" == "6.59"
    assert_states(
        "07", "5 pass G² ≥ 3.84 (p < 0.05), the key words: 1 more frequent in press_release and 4 in"
    )
    assert_states("07", "; 1 has an exact_p below 0.05.")
    assert int((keys["exact_p"] < 0.05).sum()) == 1
    # the prose: "A count of 0 is taken as 0.5 for the log ratio" (world: 4 against 0)
    world = keys.set_index("word").loc["world"]
    assert world["log_ratio"] == pytest.approx(math.log2((4 / 340) / (0.5 / 432)))
    assert "A count of 0 is taken as 0.5 for the log ratio" in prose("07")


def test_the_metadata_table_is_shown_wrapped():
    """The two texts' catalogue entries are shown left-aligned, wrapped in plain text (no very wide lines)."""
    from notebook_prose import cells

    cell = next(c for c in cells("07") if "report.metadata(text_a, text_b)" in "".join(c["source"]))
    plain = "".join(cell["outputs"][0]["data"]["text/plain"])
    assert max(len(line) for line in plain.splitlines()) <= 140
    assert "Cut off mid-sentence at the end" in plain and "text-align: left" in "".join(
        cell["outputs"][0]["data"]["text/html"]
    )


# Sentiment


def test_sentiment(texts):
    feeling = sentiment_summary(texts)
    assert feeling[["words", "sentences", "lexicon_words"]].values.tolist() == [[340, 17, 33], [432, 18, 39]]
    assert [f"{v:+.3f}" for v in feeling["polarity"]] == ["+0.027", "+0.003"]
    assert [f"{v:+.3f}" for v in feeling["vader_mean"]] == ["+0.068", "+0.117"]
    # whole-text TextBlob and VADER's sentence mean rank differently; on the same unit both put B higher
    assert feeling["polarity"].idxmax() == A and feeling["vader_mean"].idxmax() == B
    assert feeling["polarity_mean"].idxmax() == B
    assert [len(sentence_sentiment(texts[name])) for name in NAMES] == [17, 18]
    assert_states(
        "07",
        "Compared on the same unit, the mean of their sentence scores, and tested by reshuffling the sentences",
        "(p = 0.78)",
        "(p = 0.73)",
        "Neither model shows that one text is more positive than the other.",
        "Mean sentence scores: TextBlob -0.030 and -0.011, VADER +0.068 and +0.117; a permutation test over "
        "sentences gives p = 0.78 (TextBlob) and p = 0.73 (VADER): neither model shows that one text is more positive.",
        "Highest G² for press_release: world (4 to 0, G² 6.59, exact p 0.038: past the exact test); for "
        "newspaper: 4 words tied at 4 to 0 (2016, last, minister, us; G² 4.66, exact p 0.136: none past the "
        "exact test).",
        "5 words reach p < 0.05 by the chi-squared p-value of G², 1 by the exact test; if the two texts used every "
        "word at the same rate, chance alone would give about 2.7 and 0.7 (as many as observed or more in 12% and "
        "51% of such comparisons)",
    )
    assert "2016 (4 times, G² 4.66, a key word)" not in prose("07")
    assert "do not even agree" not in prose("07")


# Voices


def test_voices(texts):
    table = report.voice_table(texts)
    assert table[["text", "voice", "speaker", "words"]].values.tolist() == [
        [A, "narrative", "", 229],
        [A, "quote", "The Foreign Secretary Boris Johnson", 111],
        [B, "narrative", "", 273],
        [B, "quote", "An FCO spokeswoman", 155],
        [B, "quote", "", 4],
    ]
    assert table.attrs["warnings"] == []
    assert [f"{report.quoted_share(table, name):.0%}" for name in NAMES] == ["33%", "37%"]


# Reuse


def test_reuse(texts):
    assert report.REUSE_N == 5  # the markdown says "at least five words"
    assert report.shared_table(texts).empty
    assert report.shared_table(texts, n=3).values.tolist() == [
        ["foreign secretary boris johnson", 4, 1, 1],
        ["the uk and russia", 4, 2, 1],
        ["business as usual", 3, 2, 2],
        ["the foreign secretary", 3, 1, 3],
        ["we continue to", 3, 1, 1],
        ["will continue to", 3, 1, 1],
    ]  # "the uk will" is a standard formula, left out
    reuse = report.reused_words_table(texts)
    assert reuse[["words", "shared_words", "passages"]].values.tolist() == [[340, 0, 0], [432, 0, 0]]
    assert_states(
        "07",
        "The two texts share no passage of 5 words or more (passages of only stopwords and standard formulas aside).",
    )


# Voices, in the report's words


def test_speaker_sentences():
    assert_states(
        "07",
        "Quoted speech is 33% of press_release's words (111 of 340). The only identified speaker is The Foreign "
        "Secretary Boris Johnson (111 words). Quoted speech is 37% of newspaper's words (159 of 432). The only "
        "identified speaker is An FCO spokeswoman (155 words); 4 quoted words have no identified speaker.",
    )
    assert "nobody named" not in prose("07")


# Frame cues


def test_frames(frames, texts):
    assert frames.attrs["sentences"] == {A: 17, B: 18}
    assert frames[[f"sentences_{A}", f"sentences_{B}"]].to_dict("index") == {
        "responsibility": {f"sentences_{A}": 4, f"sentences_{B}": 5},
        "human_interest": {f"sentences_{A}": 1, f"sentences_{B}": 1},
        "conflict": {f"sentences_{A}": 3, f"sentences_{B}": 6},
        "morality": {f"sentences_{A}": 1, f"sentences_{B}": 0},
        "economic_consequences": {f"sentences_{A}": 0, f"sentences_{B}": 2},
        "diplomacy": {f"sentences_{A}": 10, f"sentences_{B}": 13},
        "security": {f"sentences_{A}": 10, f"sentences_{B}": 4},
    }
    cues = report.cue_table(texts)
    assert cues.loc["security", B] == "bomb* (1), intelligence (1), secur* (1), violen* (1)"
    assert cues.loc["morality", B] == ""
    assert_states(
        "07",
        "In press_release, the generic frame with the most cues is responsibility: cues in 4 of its 17 sentences.",
    )
    assert_states(
        "07", "In newspaper, the generic frame with the most cues is conflict: cues in 6 of its 18 sentences."
    )
    assert "leading frame" not in prose("07")
    assert "per 1,000 words" not in prose("07").split("## Frame cues")[-1].split("## Cleaning")[0]


# What we found


def test_key_numbers():
    numbers = report.key_numbers(A, B)
    assert numbers[
        ["words", "sentences", "top_word", "top_word_count", "key_word", "key_word_count", "most_cues"]
    ].values.tolist() == [
        [340, 17, "russia", 11, "world", 4, "responsibility"],
        [432, 18, "russia", 7, "2016", 4, "conflict"],
    ]
    assert [f"{v:.2f}" for v in numbers["key_word_g2"]] == ["6.59", "4.66"]
    assert [f"{v:.0%}" for v in numbers["quoted_share"]] == ["33%", "37%"]
    assert numbers["churn"].tolist() == [0.0, 0.0]
    assert numbers["most_cues_sentences"].tolist() == [4, 6]


def test_key_numbers_of_the_made_up_example():
    numbers = report.key_numbers("example_opposition", "press_release")
    assert numbers.loc["example_opposition", ["words", "sentences", "top_word", "key_word"]].tolist() == [
        110,
        8,
        "moscow",
        "spokesperson",
    ]  # its "MADE-UP" notice is a banner
    assert (
        round(numbers.loc["example_opposition", "quoted_share"], 3) == 0.418
    )  # the made-up example's report states it
    assert numbers.loc["example_opposition", "churn"] == 0.0
    assert report.date_warning("example_opposition", "press_release").startswith(
        "Both texts are dated **22 December 2017**"
    )


# Exercises (their answers are computed by helpers/checks/nb07.py; pinned here as facts)


def test_exercise_answers(frames, keys, texts):
    assert sorted(frames.index[frames[f"share_{B}"] > frames[f"share_{A}"]]) == [
        "conflict",
        "diplomacy",
        "economic_consequences",
        "responsibility",
    ]
    top = keys.head(TOP_N)
    assert int((top[f"count_{A}"] + top[f"count_{B}"] < 5).sum()) == 14
    conflict = {name: framing.find_cues(texts[name], report.frame_lexicons(texts)) for name in NAMES}
    assert {
        name: conflict[name].loc[conflict[name]["frame"] == "conflict", "sentence_no"].nunique()
        for name in NAMES
    } == {A: 3, B: 6}
