"""Pins every figure that notebook 04 (sentiment) states in its prose, and its key tables.

Each test recomputes a figure with the helpers exactly as the notebook does and asserts the value,
so a library upgrade (TextBlob, VADER, pandas) that changes one fails here instead of leaving a
wrong sentence in the notebook. Values were computed once with TextBlob 0.20.1 and VADER 3.3.2.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest
from notebook_prose import assert_states, prose

import helpers
from helpers.annotation import label_agreement, label_problem, spread_sample
from helpers.checks import check, get_exercise
from helpers.cleaning import clean_text
from helpers.sentiment import (
    assessments,
    compare_models,
    explain_sentences,
    lexicon_word_counts,
    paragraph_sentiment,
    sentence_sentiment,
    sentiment_summary,
    stance_as_sentiment,
)
from helpers.sentiment_lexicons import lexicon_lookup, textblob_senses
from helpers.voices import scare_quotes, voices

TOL = 1e-6
SOURCE = Path(__file__).resolve().parent.parent / "notebooks" / "src" / "04_sentiment.py"


@pytest.fixture(scope="module")
def texts():
    news_raw = helpers.load_text("newspaper").raw
    return {
        "press": clean_text(helpers.load_text("press_release").raw),
        "news": clean_text(news_raw),
        "news_raw": news_raw,
        "gallery": clean_text(news_raw, keep=("caption", "gallery_heading")),
    }


@pytest.fixture(scope="module")
def sentences(texts):
    return {"press": sentence_sentiment(texts["press"]), "news": sentence_sentiment(texts["news"])}


def polarity_without(lexicon_table, word):  # as defined in the notebook
    rest = lexicon_table[lexicon_table["words"] != word]
    return rest["total_polarity"].sum() / rest["count"].sum()


# --- 1. Sentiment from a word list --------------------------------------------------------------


# --- 2. One number for each text ----------------------------------------------------------------


def test_the_models_compared_on_the_same_unit_and_tested():
    assert_states(
        "04",
        "VADER has no whole-text score worth reading: a sum over a whole text is squeezed close to +1. Its "
        "unit, the piece of text it scores, is the sentence. On that unit, the mean of sentence scores (TextBlob "
        "-0.030 and -0.011; VADER +0.068 and +0.117), both models put the newspaper higher. The unit alone "
        "changes TextBlob's ranking: the whole text weighs every lexicon word alike, the sentence mean every "
        "sentence alike, and a sentence without lexicon words counts as 0.",
        "VADER on each whole text at once gives +0.917 and +0.963",
        # the core states the test briefly (the means are in the sentence above it)
        "TextBlob: a gap at least this large in 78% of 10,000 random deals (p = 0.78), within what chance gives.",
        "VADER: a gap at least this large in 73% of 10,000 random deals (p = 0.73), within what chance gives.",
        "Neither model shows that one text is more positive than the other.",
        "A permutation test over sentences gives p = 0.78 (TextBlob) and p = 0.73 (VADER)",
    )
    assert "do not even agree" not in prose("04")


def test_the_core_path_tests_the_gap_it_compares():
    """Issue 13 in the 45-minute core (issue 14): the core compares the texts on one unit and tests the gap."""
    text = prose("04")
    core = text[: text.index("## Going further")]
    same_unit = core.index("both models put the newspaper higher")
    tested = core.index("Neither model shows that one text is more positive than the other.")
    assert same_unit < tested < core.index("## Summary")
    assert "(p = 0.78)" in core and "(p = 0.73)" in core
    assert "Read the p-values before you call one text more positive." in core


def test_vader_compound_is_a_normalised_sum():
    assert_states(
        "04",
        "With one lexicon word VADER gives +0.440; with four, +0.891, close to its ceiling. TextBlob's mean "
        "stays between +0.300 and +0.376",
        "The press release's most extreme VADER score is sentence 4's, -0.949",
        "TextBlob's -0.600 for the same sentence is the mean of one word, cold (-0.60)",
    )


def test_more_positive_is_said_only_with_the_test_behind_it():
    """Every sentence of notebook 04 with "more positive" asks, negates or conditions it: no bare verdict."""
    import re

    sentences = re.split(r"(?<=[.?!:])\s+", prose("04"))
    claims = [s for s in sentences if "more positive" in s and "more positive words" not in s]
    assert len(claims) >= 5
    for sentence in claims:
        hedged = sentence.rstrip().endswith("?") or re.search(
            r"\b(neither|not|whether|before|only when)\b", sentence, re.IGNORECASE
        )
        assert hedged, f"notebook 04 claims a difference without the test behind it: {sentence!r}"
    assert_states(
        "04",
        "VADER's mean sentence score is +0.023 for the text outside quoted speech and +0.263 for the quoted "
        "speech; a gap at least this large came up in 13% of 10,000 random reshufflings",
        "(p = 0.41)",
    )


def test_stance_is_named_as_a_different_task():
    assert_states(
        "04",
        "Sentiment is not stance",
        "TextBlob scores it -0.008 and VADER -0.202: by their labels, negative and negative",
        "Exercise 04.3 (a stance task)",
        "your labels match TextBlob's on 6 of the 10 sentences and VADER's on 4; the models agree with each other "
        "on 5.",
    )


# --- 3. Paragraphs and sentences ----------------------------------------------------------------


def test_press_paragraph_lexicon_words(texts):
    paragraphs = paragraph_sentiment(texts["press"])
    assert [len(assessments(p)) for p in paragraphs["text"]] == [1, 2, 4, 1, 1, 1, 2, 2, 6, 4, 1, 3, 5]


def test_news_sentence_lexicon_words(sentences):
    counts = [len(assessments(sentence)) for sentence in sentences["news"]["sentence"]]
    assert counts == [4, 1, 3, 3, 3, 3, 2, 1, 3, 1, 1, 3, 1, 1, 1, 4, 2, 2]


# --- 4. The words behind the scores -------------------------------------------------------------


def test_most_positive_and_most_negative_sentences(sentences):
    found = {}
    for name, table in sentences.items():
        for which, row in (
            ("top", table.loc[table["polarity"].idxmax()]),
            ("bottom", table.loc[table["polarity"].idxmin()]),
        ):
            found[name, which] = (row["sentence_no"], assessments(row["sentence"])["words"].tolist())
    assert found == {
        ("press", "top"): (15, ["common", "safe", "secure"]),
        ("press", "bottom"): (4, ["cold"]),  # prose: the Cold War
        ("news", "top"): (11, ["clean"]),  # prose: "will not be with a clean slate"
        ("news", "bottom"): (14, ["consistently wary"]),
    }
    assert "Cold War" in sentences["press"].loc[3, "sentence"]
    assert "not be with a clean slate" in sentences["news"].loc[10, "sentence"]


# --- 5. VADER beside TextBlob -------------------------------------------------------------------


def test_press_release_models(texts):
    models = compare_models(texts["press"])
    assert int(models["disagree"].sum()) == 11 and len(models) == 17
    table = pd.crosstab(models["textblob_label"], models["vader_label"])
    assert table.values.tolist() == [
        [2, 4, 1],
        [0, 1, 2],
        [2, 2, 3],
    ]  # rows and columns: negative, neutral, positive
    opinion = (models["textblob_label"] != "neutral") & (models["vader_label"] != "neutral")
    contradictions = models[opinion & models["disagree"]]
    assert contradictions["sentence_no"].tolist() == [3, 5, 12]
    # Prose: sentence 12 is a contradiction only on a near-zero TextBlob score; 2 remain with a ±0.05 band.
    near_zero = contradictions[contradictions["textblob_polarity"].abs() < 0.05]
    assert near_zero["sentence_no"].tolist() == [12]
    assert near_zero["textblob_polarity"].tolist() == pytest.approx([0.025], abs=TOL)
    assert len(contradictions) - len(near_zero) == 2
    explained = explain_sentences(contradictions["sentence"])
    assert explained["vader_words"].tolist() == [
        "security (+1.40), war (-2.90)",
        "support (+1.70)",
        "disagreements (-1.80)",
    ]
    assert explained["textblob_words"].tolist()[1] == "usual (-0.25)"


# --- 6. What a word list cannot read -------------------------------------------------------------


def test_negation_sentences(sentences):
    every = pd.concat([sentences["press"]["sentence"], sentences["news"]["sentence"]], ignore_index=True)
    negated = every[every.str.contains(r"\bnot\b|\bcannot\b|n['’]t\b")]
    table = explain_sentences(negated)
    assert len(table) == 6
    assert table["textblob_words"].tolist() == [
        "usual (-0.25)",
        "usual (-0.25), european (+0.00)",
        "direct (+0.10)",
        "usual (-0.25)",
        "usual (-0.25), foreign (-0.12)",
        "clean (+0.37)",
    ]
    assert table["vader_words"].tolist() == [
        "support (+1.70)",
        "–",
        "–",
        "–",
        "robust (+1.40)",
        "clean (+1.70)",
    ]
    last = table.iloc[-1]  # "will not be with a clean slate": both models positive
    assert last["textblob_polarity"] > 0 and last["vader_compound"] > 0


def test_contracted_negation_demo():
    table = explain_sentences(["This is a bad idea.", "This is not a bad idea.", "This isn't a bad idea."])
    assert table["textblob_polarity"].tolist() == pytest.approx([-0.7, 0.35, -0.7], abs=TOL)
    assert table["vader_compound"].tolist() == pytest.approx([-0.5423, 0.431, 0.431], abs=TOL)


def test_diplomatic_words():
    table = lexicon_lookup(
        [
            "robust",
            "vital",
            "grave",
            "critical",
            "engage",
            "beware",
            "destabilise",
            "hostilities",
            "sanctions",
        ]
    ).set_index("word")
    not_in_textblob = table.index[table["textblob_polarity"].isna()].tolist()
    not_in_vader = table.index[table["vader_valence"].isna()].tolist()
    assert not_in_textblob == [
        "robust",
        "grave",
        "engage",
        "beware",
        "destabilise",
        "hostilities",
        "sanctions",
    ]
    assert not_in_vader == ["beware", "destabilise", "sanctions"]
    assert table.loc["robust", "vader_valence"] == pytest.approx(1.4)
    assert table.loc["critical", "vader_valence"] == pytest.approx(-1.3)
    assert table.loc["critical", "textblob_polarity"] == pytest.approx(0.0, abs=TOL)
    assert table.loc["engage", "vader_valence"] == pytest.approx(1.4)
    # prose (6.5): TextBlob has "killed" (-0.2) but not "strikes"; VADER rates killed -3.5, strikes -1.5
    violence = lexicon_lookup(["killed", "strikes"]).set_index("word")
    assert violence["vader_valence"].tolist() == pytest.approx([-3.5, -1.5])
    assert violence.loc["killed", "textblob_polarity"] == pytest.approx(-0.2)
    assert pd.isna(violence.loc["strikes", "textblob_polarity"])


def test_senses_of_foreign_and_common():
    senses = pd.concat([textblob_senses("foreign"), textblob_senses("common")], ignore_index=True)
    assert senses["polarity"].tolist() == pytest.approx([0.0, 0.0, -0.5, 0.0, 0.0, -0.6])
    assert senses.loc[2, "sense"] == "not contained in or deriving from the essential nature of something"
    assert senses.loc[5, "sense"] == "of or associated with the great masses of people"
    names = lexicon_lookup(["foreign", "cold", "common", "usual", "high", "white"])
    assert names["textblob_polarity"].round(3).tolist() == [-0.125, -0.6, -0.3, -0.25, 0.16, 0.0]


def test_curly_quotes_hide_words_from_vader(texts, sentences):
    news_sentences = sentences["news"]
    engage = news_sentences.loc[
        news_sentences["sentence"].str.contains("engage but beware”"), "sentence"
    ].iloc[0]
    straightened = engage.replace("“", '"').replace("”", '"')
    table = explain_sentences([engage, straightened])
    assert table["vader_compound"].tolist() == pytest.approx([0.0, 0.4767], abs=TOL)
    straight = texts["news"].replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    changed = sentence_sentiment(straight)["vader_compound"] != news_sentences["vader_compound"]
    assert int(changed.sum()) == 4 and len(news_sentences) == 18
    assert (
        sentence_sentiment(straight)["polarity"] == news_sentences["polarity"]
    ).all()  # TextBlob unchanged
    assert "“" not in texts["press"] and "”" not in texts["press"]  # the press release uses straight marks


def test_voices(texts):
    news_voices = voices(texts["news"])
    narrative = "\n\n".join(news_voices.loc[news_voices["voice"] == "narrative", "text"])
    quoted = "\n\n".join(news_voices.loc[news_voices["voice"] == "quote", "text"])
    by_voice = sentiment_summary({"narrative": narrative, "quoted": quoted, "whole": texts["news"]})
    assert by_voice["words"].tolist() == [273, 159, 432]
    assert round(159 / 432, 2) == 0.37
    voice_share = news_voices.loc[news_voices["voice"] == "quote", "words"].sum() / news_voices["words"].sum()
    assert f"{voice_share:.0%}" == "37%"  # prose: "Quoted speech makes up 37%" (from the voices table)
    short = scare_quotes(texts["news"])
    assert short.loc[short["voice"] == "narrative", "phrase"].tolist() == [
        "high level talks",
        "business as usual",
        "engage but beware",
        "Russophobic hysteria",
    ]
    assert by_voice["polarity"].tolist() == pytest.approx([-0.027101, 0.046875, 0.003248], abs=TOL)
    assert by_voice["vader_mean"].tolist() == pytest.approx([0.023215, 0.263050, 0.117233], abs=TOL)
    assert by_voice["subjectivity"].tolist()[:2] == pytest.approx([0.232174, 0.388542], abs=TOL)
    speakers = news_voices.loc[news_voices["voice"] == "quote", "speaker"].tolist()
    assert speakers == ["An FCO spokeswoman"] * 5 + [""]  # one short quotation of Johnson, "he said"


def test_gallery(texts):
    table = sentiment_summary({"raw": texts["news_raw"], "gallery": texts["gallery"], "clean": texts["news"]})
    assert table[["words", "lexicon_words"]].values.tolist() == [[1028, 81], [587, 42], [432, 39]]
    assert table["polarity"].tolist() == pytest.approx([0.018179, 0.032044, 0.003248], abs=TOL)
    assert table["vader_mean"].tolist() == pytest.approx([-0.070844, -0.203777, 0.117233], abs=TOL)
    # prose: keeping the gallery moves TextBlob up and VADER down ("opposite directions")
    assert table.loc["raw", "polarity"] > table.loc["clean", "polarity"]
    assert table.loc["raw", "vader_mean"] < table.loc["clean", "vader_mean"]
    first = lexicon_word_counts(texts["gallery"]).iloc[0]
    assert (first["words"], first["count"], first["polarity"]) == ("russian", 21, 0.0)


# --- Exercises ----------------------------------------------------------------------------------


def test_exercise_answers(texts):
    gallery = compare_models(texts["gallery"])
    assert int(gallery["disagree"].sum()) == 14
    assert int(((gallery["textblob_label"] == "neutral") & (gallery["vader_label"] == "negative")).sum()) == 9
    assert polarity_without(lexicon_word_counts(texts["news"]), "usual") == pytest.approx(0.016937, abs=TOL)
    assert check("04.5", 9) and check("04.4", 0.016937)
    assert not check("04.5", 14)
    assert check("04.1", 0.25) and not check("04.1", -0.5)  # "not" flips and halves difficult's -0.5
    assert check("04.2", -0.0708) and not check("04.2", 0.1172)  # the raw file, not the cleaned article


def test_hand_scoring_sample_and_the_instructor_reading(texts):
    sample = spread_sample({"press_release": texts["press"], "newspaper": texts["news"]}, per_text=5)
    assert sample[["text", "sentence_no"]].values.tolist() == [
        ["press_release", 4],
        ["press_release", 8],
        ["press_release", 11],
        ["press_release", 13],
        ["press_release", 15],
        ["newspaper", 3],
        ["newspaper", 4],
        ["newspaper", 11],
        ["newspaper", 14],
        ["newspaper", 15],
    ]
    reading = _instructor_reading()  # the notebook's solution cell
    assert reading == get_exercise("04.3").solution()  # and the check's model answer agree
    as_sentiment = stance_as_sentiment(reading)
    assert as_sentiment[:3] == ["negative", "negative", "positive"]
    agreement = label_agreement(sample, as_sentiment)
    assert int(agreement["reader_textblob"].sum()) == 6
    assert int(agreement["reader_vader"].sum()) == 4
    assert int((agreement["textblob_label"] == agreement["vader_label"]).sum()) == 5
    assert check("04.3", reading)
    assert not check("04.3", stance_as_sentiment(reading))  # sentiment words are not stance labels
    assert label_problem(as_sentiment, len(sample)) is None  # the comparison cell's guard lets it through
    assert label_problem(as_sentiment[:9], len(sample)) == "Give one label per sentence: 10 labels, not 9."


def test_check_04_3_is_called_once():
    # Each check cell is exactly check("NN.K", answer_NN_K); the comparison cell guards with label_problem.
    assert SOURCE.read_text(encoding="utf-8").count('check("04.3"') == 1


def _instructor_reading() -> list[str]:
    """The list the notebook's solution cell assigns to answer_04_3."""
    for node in ast.walk(ast.parse(SOURCE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "answer_04_3" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("notebook 04 has no answer_04_3")


def test_the_but_rule_and_the_two_voices_wording():
    assert_states(
        "04",
        "The sentence opens with But, and VADER's but rule weighs the words after it 1.5 times: without the But, "
        "VADER scores it -0.896.",
        "random reshufflings of the sentences between the two voices",
        "Neither model shows that one voice is more positive than the other.",
    )


# --- the prose figures, pinned from the saved notebook (issue 11: not from a copy of its code) -----


def test_the_prose_states_the_lexicon_sizes():
    assert_states(
        "04",
        "TextBlob uses the lexicon of the pattern library: 2,918 entries for 1,528 different English words",
        "VADER's lexicon has 7,506 entries (words, slang, emoticons), each rated by 10 people",
    )


def test_the_prose_states_the_overview_on_both_units():
    assert_states(
        "04",
        "TextBlob's whole-text polarity is +0.027 for the press release and +0.003 for the newspaper: "
        "by this number the press release comes out higher.",
        "(TextBlob -0.030 and -0.011; VADER +0.068 and +0.117), both models put the newspaper higher.",
    )


def test_the_prose_states_the_stance_example_and_the_growing_sentence():
    assert_states(
        "04",
        "TextBlob scores it -0.008 and VADER -0.202: by their labels, negative and negative",
        "With one lexicon word VADER gives +0.440; with four, +0.891, close to its ceiling. TextBlob's mean "
        "stays between +0.300 and +0.376",
        "VADER on each whole text at once gives +0.917 and +0.963",
    )


def test_the_prose_states_the_words_behind_the_scores():
    assert_states(
        "04",
        "Without foreign, the press release scores +0.037 (instead of +0.027) and the newspaper +0.027 "
        "(instead of +0.003). The gap between the two texts shrinks from 0.024 to 0.010: most of "
        "TextBlob's whole-text difference between the two texts comes from one job title.",
        "The word TextBlob scores most often in the newspaper is russian (7 times), with a polarity of +0.000",
        "Next comes foreign (6 times, -0.125 each)",
    )


def test_the_prose_states_ranges_extremes_and_contradictions():
    assert_states(
        "04",
        "its paragraphs range from -0.600 to +0.133, its sentences from -0.600 to +0.200",
        "its paragraphs range from -0.500 to +0.169, its sentences from -0.500 to +0.367",
        "The press release's most extreme VADER score is sentence 4's, -0.949",
        "without the But, VADER scores it -0.896",
        "The two models disagree on 11 of the press release's 17 sentences. On 3 of them they flatly "
        "contradict each other",
        "With straight quotation marks, VADER's score changes for 4 of the newspaper's 18 sentences.",
    )


def test_the_prose_states_what_the_gallery_does():
    assert_states(
        "04",
        "TextBlob scores it +0.032, from 42 lexicon words in 587 words",
        "gives the gallery a mean of -0.204",
        "Keeping the gallery moves the newspaper's TextBlob score up, from +0.003 to +0.018, and its VADER "
        "mean down, from +0.117 to -0.071.",
    )


def test_the_stopwatch_reviews_core_fixes():
    """Issue 14's second review: the core says why VADER is read by sentence, what 04.2 shows, how
    TextBlob labels; the stance comparison and its reflection are in Going further, with a ready cell."""
    text = prose("04")
    core = text[: text.index("## Going further")]
    assert "any polarity above 0 is positive, below 0 negative" in core
    assert "the photo gallery flips its sign" in core  # 04.2's payoff, after its check
    # the sign flip it states: D.5's figures (pinned in test_the_prose_states_what_the_gallery_does)
    assert_states("04", "and its VADER mean down, from +0.117 to -0.071.")
    assert "a gap this large would be rare if the texts did not differ" in core
    # the third review: what `difference` is, how the sample is chosen, the tie-break rule, a lead line
    assert "difference is the press release's mean minus the newspaper's, computed before rounding" in core
    assert "chosen to spread across TextBlob's scores, then shown in reading order (scores hidden)" in core
    assert "gets the label of where it ends up; if torn, pick one and note why" in core
    assert_states("04", "In short: which text scores higher depends on the unit.")
    assert "reader_textblob" not in core and "✍️" not in core
    assert "stance towards the UK's relations with Russia" in core and "about another country" in core
    further = text[text.index("## Going further") :]
    assert "## Going further: your stance labels beside the models" in further
    assert "on a scale from −4 (most negative) to +4 (most positive)" in further
    # Going further's whole-text gap is not the one section 2 tested
    assert "already found to be within what chance gives" not in text
    assert_states(
        "04", "Section 2's permutation test was on the sentence means, not on this whole-text score"
    )
    assert "## What we found" in further
    source = SOURCE.read_text(encoding="utf-8")
    assert 'explain_sentences(sample["sentence"])' in source
