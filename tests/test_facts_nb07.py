"""Pins every figure that notebook 07 (a framing report on any two texts) states in its prose.

The notebook runs with its default parameters (press_release vs newspaper, cleaned, top 15);
this test recomputes its numbers the same way and pins them, so a library upgrade or a change to a
helper that moves a figure fails here instead of leaving a wrong sentence behind. The made-up
example (exercise 07.1, and the pair `tools/render_report.py` is tested on) is pinned too.
"""

from __future__ import annotations

import pytest

from helpers import framing, report
from helpers.frequencies import describe_texts, side_by_side
from helpers.reuse import reuse_summary
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
    assert top[["word", f"count_{A}", f"count_{B}", "key_for"]].values.tolist()[:6] == [
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
    assert significant["key_for"].value_counts().to_dict() == {B: 4, A: 1}
    assert f"{keys['log_likelihood'].iloc[0]:.2f}" == "6.59"


# Sentiment


def test_sentiment(texts):
    feeling = sentiment_summary(texts)
    assert feeling[["words", "sentences", "lexicon_words"]].values.tolist() == [[340, 17, 33], [432, 18, 39]]
    assert [f"{v:+.3f}" for v in feeling["polarity"]] == ["+0.027", "+0.003"]
    assert [f"{v:+.3f}" for v in feeling["vader_mean"]] == ["+0.068", "+0.117"]
    assert feeling["polarity"].idxmax() == A and feeling["vader_mean"].idxmax() == B  # prose: they disagree
    assert [len(sentence_sentiment(texts[name])) for name in NAMES] == [17, 18]


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
    assert report.REUSE_N == 3  # the markdown says "at least three words"
    passages = report.shared_table(texts)
    assert passages.values.tolist() == [
        ["foreign secretary boris johnson", 4, 1, 1],
        ["the uk and russia", 4, 2, 1],
        ["business as usual", 3, 2, 2],
        ["the foreign secretary", 3, 1, 3],
        ["the uk will", 3, 1, 1],
        ["we continue to", 3, 1, 1],
        ["will continue to", 3, 1, 1],
    ]
    reuse = reuse_summary(texts[A], texts[B], n=report.REUSE_N, names=NAMES).set_index("text")
    assert reuse[["tokens", "reused_tokens"]].values.tolist() == [[340, 27], [432, 32]]
    assert [f"{v:.1%}" for v in reuse["share_reused"]] == ["7.9%", "7.4%"]
    meta = report.metadata(A, B)
    assert meta.loc["date", B] < meta.loc["date", A]  # prose: the newspaper is the earlier text


# Frame cues


def test_frames(frames, texts):
    assert frames.to_dict("index") == {
        "responsibility": {
            f"matches_{A}": 7,
            f"matches_{B}": 6,
            f"per_1000_{A}": 20.59,
            f"per_1000_{B}": 13.89,
        },
        "human_interest": {
            f"matches_{A}": 1,
            f"matches_{B}": 1,
            f"per_1000_{A}": 2.94,
            f"per_1000_{B}": 2.31,
        },
        "conflict": {f"matches_{A}": 3, f"matches_{B}": 8, f"per_1000_{A}": 8.82, f"per_1000_{B}": 18.52},
        "morality": {f"matches_{A}": 1, f"matches_{B}": 0, f"per_1000_{A}": 2.94, f"per_1000_{B}": 0.0},
        "economic_consequences": {
            f"matches_{A}": 0,
            f"matches_{B}": 2,
            f"per_1000_{A}": 0.0,
            f"per_1000_{B}": 4.63,
        },
        "diplomacy": {f"matches_{A}": 20, f"matches_{B}": 22, f"per_1000_{A}": 58.82, f"per_1000_{B}": 50.93},
        "security": {f"matches_{A}": 16, f"matches_{B}": 4, f"per_1000_{A}": 47.06, f"per_1000_{B}": 9.26},
    }
    gap = (frames[f"per_1000_{A}"] - frames[f"per_1000_{B}"]).abs()
    assert gap.idxmax() == "security"  # prose: the widest gap, higher in the press release
    cues = report.cue_table(texts)
    assert cues.loc["security", B] == "bomb* (1), intelligence (1), secur* (1), violen* (1)"
    assert cues.loc["morality", B] == ""


# What we found


def test_key_numbers():
    numbers = report.key_numbers(A, B)
    assert numbers[
        ["words", "sentences", "top_word", "top_word_count", "key_word", "key_word_count", "top_frame"]
    ].values.tolist() == [
        [340, 17, "russia", 11, "world", 4, "diplomacy"],
        [432, 18, "russia", 7, "2016", 4, "diplomacy"],
    ]
    assert [f"{v:.2f}" for v in numbers["key_word_g2"]] == ["6.59", "4.66"]
    assert [f"{v:.0%}" for v in numbers["quoted_share"]] == ["33%", "37%"]
    assert [f"{v:.1%}" for v in numbers["reused_share"]] == ["7.9%", "7.4%"]
    assert [f"{v:.1f}" for v in numbers["top_frame_per_1000"]] == ["58.8", "50.9"]


def test_key_numbers_of_the_made_up_example():
    numbers = report.key_numbers("example_opposition", "press_release")
    assert numbers.loc[
        "example_opposition", ["words", "sentences", "top_word", "key_word", "top_frame"]
    ].tolist() == [110, 8, "moscow", "spokesperson", "diplomacy"]  # its "MADE-UP" notice is a banner
    assert round(numbers.loc["example_opposition", "quoted_share"], 3) == 0.418  # exercise 07.1
    assert round(numbers.loc["example_opposition", "reused_share"], 3) == 0.055
    assert report.date_warning("example_opposition", "press_release").startswith(
        "Both texts are dated **22 December 2017**"
    )


# Exercises (their answers are computed by helpers/checks/nb07.py; pinned here as facts)


def test_exercise_answers(frames, keys, texts):
    assert sorted(frames.index[frames[f"per_1000_{B}"] > frames[f"per_1000_{A}"]]) == [
        "conflict",
        "economic_consequences",
    ]
    assert sorted(frames.index[frames[f"matches_{B}"] > frames[f"matches_{A}"]]) == [
        "conflict",
        "diplomacy",
        "economic_consequences",
    ]  # the hint for comparing matches, not rates
    top = keys.head(TOP_N)
    assert int((top[f"count_{A}"] + top[f"count_{B}"] < 5).sum()) == 14
    conflict = {name: framing.find_cues(texts[name]) for name in NAMES}
    assert {
        name: conflict[name].loc[conflict[name]["frame"] == "conflict", "sentence_no"].nunique()
        for name in NAMES
    } == {A: 3, B: 6}
