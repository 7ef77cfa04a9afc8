"""Tests for helpers.sentiment: pinned TextBlob 0.20.1 and VADER 3.3.2 scores, and the shapes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import sentiment
from helpers.annotation import label_agreement, label_problem, spread_sample
from helpers.cleaning import clean_text
from helpers.sentiment import (
    assessment_table,
    assessments,
    compare_models,
    compare_sentiment,
    comparison_sentences,
    explain_sentences,
    lexicon_word_counts,
    paragraph_sentiment,
    sentence_sentiment,
    sentiment_summary,
    text_sentiment,
    textblob_label,
    vader_label,
    vader_scores,
    vader_words,
)
from helpers.sentiment_lexicons import lexicon_lookup, textblob_senses
from helpers.texts import load_text

REPO = Path(__file__).resolve().parent.parent
COURSE_SENTENCE = (
    "Our relations with Russia cannot be 'business as usual' whilst Russia continues to "
    "attempt to destabilise European states, including Ukraine."
)
TOL = 1e-6


@pytest.fixture(scope="module")
def newspaper() -> str:
    return clean_text(load_text("newspaper").raw)


# --- pinned scores -------------------------------------------------------------------------------


def test_course_sentence_textblob_scores():
    assert text_sentiment(COURSE_SENTENCE) == pytest.approx(
        {"polarity": -0.125, "subjectivity": 0.125}, abs=TOL
    )


def test_course_sentence_vader_scores():
    assert vader_scores(COURSE_SENTENCE) == pytest.approx(
        {"neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": 0.0}, abs=TOL
    )


def test_course_sentence_assessments_show_why():
    # "usual" is negative in the pattern lexicon; "cannot" is not read as a negation.
    frame = assessments(COURSE_SENTENCE)
    assert frame["words"].tolist() == ["usual", "european"]
    assert frame["polarity"].tolist() == pytest.approx([-0.25, 0.0], abs=TOL)
    assert frame["subjectivity"].tolist() == pytest.approx([0.25, 0.0], abs=TOL)
    assert frame["negated"].tolist() == [False, False]
    assert frame["polarity"].mean() == pytest.approx(text_sentiment(COURSE_SENTENCE)["polarity"], abs=TOL)


def test_textblob_misses_contracted_negation():
    """The course teaches this limit: "isn't bad" scores exactly like "is bad"."""
    negated = text_sentiment("This isn't a bad idea")
    plain = text_sentiment("This is a bad idea")
    assert negated["polarity"] == pytest.approx(-0.7, abs=TOL)
    assert plain["polarity"] == pytest.approx(-0.7, abs=TOL)
    assert negated == plain
    assert negated["subjectivity"] == pytest.approx(0.666667, abs=TOL)
    assert assessments("This isn't a bad idea")["words"].tolist() == ["bad"]


def test_textblob_catches_uncontracted_negation():
    assert text_sentiment("This is not a bad idea.")["polarity"] == pytest.approx(0.35, abs=TOL)
    frame = assessments("This is not a bad idea.")
    assert frame[["words", "negated"]].values.tolist() == [["not bad", True]]


def test_vader_reads_the_contraction():
    assert vader_scores("This isn't a bad idea")["compound"] == pytest.approx(0.431, abs=TOL)
    assert vader_scores("This is a bad idea")["compound"] == pytest.approx(-0.5423, abs=TOL)


def test_whole_course_texts_pinned(press_release, newspaper):
    assert text_sentiment(press_release) == pytest.approx(
        {"polarity": 0.026839827, "subjectivity": 0.329870130}, abs=TOL
    )
    assert text_sentiment(newspaper) == pytest.approx(
        {"polarity": 0.003247863, "subjectivity": 0.296324786}, abs=TOL
    )


# --- text, paragraph, sentence -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "Word", "Moscow"])
def test_text_sentiment_without_lexicon_words_is_zero(text):
    assert text_sentiment(text) == {"polarity": 0.0, "subjectivity": 0.0}


def test_text_sentiment_returns_plain_floats():
    scores = text_sentiment("A good day.")
    assert set(scores) == {"polarity", "subjectivity"}
    assert all(type(v) is float for v in scores.values())
    assert scores["polarity"] == pytest.approx(0.7, abs=TOL)


def test_paragraph_sentiment(press_release):
    frame = paragraph_sentiment(press_release)
    assert frame.columns.tolist() == ["paragraph", "text", "polarity", "subjectivity"]
    assert frame["paragraph"].tolist() == list(range(1, 14))
    assert frame.loc[7, "text"] == COURSE_SENTENCE
    assert frame.loc[7, "polarity"] == pytest.approx(-0.125, abs=TOL)
    assert frame.loc[3, "polarity"] == pytest.approx(-0.6, abs=TOL)


def test_paragraph_sentiment_empty():
    frame = paragraph_sentiment("")
    assert frame.empty and frame.columns.tolist() == ["paragraph", "text", "polarity", "subjectivity"]


def test_sentence_sentiment(press_release):
    frame = sentence_sentiment(press_release)
    assert frame.columns.tolist() == ["sentence_no", "sentence", "polarity", "subjectivity", "vader_compound"]
    assert len(frame) == 17
    assert frame["sentence_no"].tolist() == list(range(1, 18))
    row = frame[frame["sentence"] == COURSE_SENTENCE].iloc[0]
    assert (row["sentence_no"], row["polarity"], row["vader_compound"]) == (8, pytest.approx(-0.125), 0.0)


def test_sentence_sentiment_without_vader():
    frame = sentence_sentiment("A good day. A bad night.", vader=False)
    assert frame.columns.tolist() == ["sentence_no", "sentence", "polarity", "subjectivity"]
    assert frame["polarity"].tolist() == pytest.approx([0.7, -0.7], abs=TOL)


def test_sentence_sentiment_single_word_and_empty():
    assert sentence_sentiment("Word")[["sentence", "polarity", "vader_compound"]].values.tolist() == [
        ["Word", 0.0, 0.0]
    ]
    empty = sentence_sentiment("")
    assert empty.empty and "vader_compound" in empty.columns


def test_sentence_sentiment_unicode_quotes():
    frame = sentence_sentiment("He spoke of “Russophobic hysteria”. It was ‘a good day’.")
    assert len(frame) == 2
    assert frame.loc[1, "polarity"] == pytest.approx(0.7, abs=TOL)


# --- assessments ---------------------------------------------------------------------------------


def test_assessments_no_lexicon_words_gives_empty_frame_with_columns():
    for sentence in ("", "Talks in Moscow.", "Word"):
        frame = assessments(sentence)
        assert frame.empty
        assert frame.columns.tolist() == ["words", "polarity", "subjectivity", "negated", "label"]


def test_assessments_intensifier_and_label():
    frame = assessments("not good :)")
    assert frame[["words", "negated", "label"]].values.tolist() == [
        ["not good", True, ""],
        [":)", False, "mood"],
    ]
    assert frame["polarity"].tolist() == pytest.approx([-0.35, 0.5], abs=TOL)
    very = assessments("a very good day")
    assert very["words"].tolist() == ["very good"]
    assert very.loc[0, "polarity"] == pytest.approx(0.91, abs=TOL)


def test_assessment_table(press_release):
    table = assessment_table(press_release)
    assert table.columns.tolist() == ["sentence_no", "sentence", "words", "polarity", "subjectivity"]
    assert len(table) == 33 and table["sentence_no"].nunique() == 16
    course = table[table["sentence"] == COURSE_SENTENCE]
    assert course["words"].tolist() == ["usual", "european"]
    assert table["sentence_no"].is_monotonic_increasing


def test_assessment_table_skips_sentences_without_lexicon_words():
    table = assessment_table("Talks in Moscow. A good day.")
    assert table[["sentence_no", "words"]].values.tolist() == [[2, "good"]]
    assert assessment_table("").empty


# --- VADER and the comparison --------------------------------------------------------------------


def test_vader_scores_keys_and_empty():
    assert vader_scores("") == {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    assert vader_scores("Word")["compound"] == 0.0
    assert vader_scores("A good day.")["compound"] == pytest.approx(0.4404, abs=TOL)


def test_vader_analyser_is_created_once():
    assert sentiment.vader_analyser() is sentiment.vader_analyser()


def test_labels_and_thresholds():
    assert [vader_label(x) for x in (0.05, 0.0499, -0.05, -0.0499, 0.0)] == [
        "positive",
        "neutral",
        "negative",
        "neutral",
        "neutral",
    ]
    assert [textblob_label(x) for x in (0.01, 5.55e-17, -5.55e-17, -0.01, 0.0)] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
        "neutral",
    ]


def test_compare_models_course_sentence():
    frame = compare_models(COURSE_SENTENCE)
    assert frame.columns.tolist() == [
        "sentence_no",
        "sentence",
        "textblob_polarity",
        "vader_compound",
        "textblob_label",
        "vader_label",
        "disagree",
    ]
    assert frame[["textblob_label", "vader_label", "disagree"]].values.tolist() == [
        ["negative", "neutral", True]
    ]


def test_compare_models_agreement_and_empty():
    frame = compare_models("A good day. Talks in Moscow.")
    assert frame["disagree"].tolist() == [False, False]
    assert frame["textblob_label"].tolist() == ["positive", "neutral"]
    assert compare_models("").empty


def test_compare_models_course_texts(press_release, newspaper):
    frame = compare_models(press_release)
    assert len(frame) == 17 and int(frame["disagree"].sum()) == 11
    assert frame["textblob_label"].value_counts().to_dict() == {"negative": 7, "positive": 7, "neutral": 3}
    news = compare_models(newspaper)
    assert len(news) == 18 and int(news["disagree"].sum()) == 11


# --- notebook 04 additions: summaries, look-ups, explanations, hand scoring --------------------


def test_sentiment_summary_counts_and_scores(press_release, newspaper):
    summary = sentiment_summary({"pr": press_release, "np": newspaper, "empty": ""})
    assert summary.columns.tolist() == [
        "words",
        "sentences",
        "lexicon_words",
        "polarity",
        "subjectivity",
        "polarity_mean",
        "vader_mean",
    ]
    assert summary.index.tolist() == ["pr", "np", "empty"] and summary.index.name == "text"
    assert summary[["words", "sentences", "lexicon_words"]].values.tolist() == [
        [340, 17, 33],
        [432, 18, 39],
        [0, 0, 0],
    ]
    # polarity is text_sentiment's; lexicon_words is what it averages; vader_mean is the sentences' mean
    assert summary.loc["pr", "polarity"] == pytest.approx(text_sentiment(press_release)["polarity"], abs=TOL)
    assert summary.loc["pr", "lexicon_words"] == len(assessment_table(press_release))
    assert summary.loc["np", "vader_mean"] == pytest.approx(
        sentence_sentiment(newspaper)["vader_compound"].mean()
    )
    # polarity_mean is TextBlob's sentences' mean: the same unit as vader_mean, and not the text's score
    assert summary.loc["np", "polarity_mean"] == pytest.approx(
        sentence_sentiment(newspaper)["polarity"].mean()
    )
    assert summary.loc["pr", "polarity_mean"] == pytest.approx(-0.029587, abs=TOL)
    assert summary.loc["empty"].tolist() == [0, 0, 0, 0.0, 0.0, 0.0, 0.0]


# --- comparing two texts: the same unit, and a permutation test over sentences ---------------------


def test_compare_sentiment_on_the_course_texts(press_release, newspaper):
    table = compare_sentiment(press_release, newspaper, names=("press_release", "newspaper"))
    assert table["model"].tolist() == ["TextBlob", "VADER"]
    assert table["score"].tolist() == ["polarity", "vader_compound"]
    # both models scored the same way (mean of sentence scores) put the newspaper higher...
    assert table["higher"].tolist() == ["newspaper", "newspaper"]
    assert table["mean_a"].tolist() == pytest.approx([-0.029587, 0.067547], abs=TOL)
    assert table["mean_b"].tolist() == pytest.approx([-0.011435, 0.117233], abs=TOL)
    # ...and by an amount that reshuffling the sentences gives about three times in four
    assert table["p_value"].round(2).tolist() == [0.78, 0.73]
    assert table["method"].tolist() == ["10,000 random reshufflings (seed 0)"] * 2
    again = compare_sentiment(sentence_sentiment(press_release), sentence_sentiment(newspaper))
    assert again["p_value"].tolist() == table["p_value"].tolist()  # seeded: tables or texts, same result


def test_compare_sentiment_matches_an_exact_enumeration():
    # Two sentences each: VADER +0.4404 ("good"), 0 and 0, -0.5423 ("bad"). The pool has 6 splits into
    # two pairs; the observed gap (|0.2202 - (-0.27115)|) is matched only by itself and its mirror image
    # with the good and the bad sentence on opposite sides and the zeros split: 4 of the 6 splits.
    table = compare_sentiment("A good day. Talks.", "Talks. A bad day.", names=("x", "y")).set_index("model")
    assert table.loc["VADER", "method"] == "exact (all 6 splits)"
    assert table.loc["VADER", "p_value"] == pytest.approx(4 / 6)
    assert table.loc["VADER", "higher"] == "x"


def test_a_text_of_one_sentence_is_not_tested_and_claims_nothing():
    table = compare_sentiment("A wonderful, happy, excellent day.", "An awful day. A terrible night.")
    assert table["p_value"].isna().all() and (table["splits"] == 0).all()
    sentence = comparison_sentences(table)
    assert "not tested" in sentence
    assert sentence.endswith("Neither model shows that one text is more positive than the other.")


def test_compare_sentiment_errors_are_clear():
    import pandas as pd

    with pytest.raises(ValueError, match="'b' has no sentences"):
        compare_sentiment("A good day.", "", names=("a", "b"))
    with pytest.raises(ValueError, match="lack the column"):
        compare_sentiment(pd.DataFrame({"polarity": [0.1]}), "A good day.")
    with pytest.raises(ValueError, match="two different labels"):
        compare_sentiment("A good day.", "A bad day.", names=("a", "a"))


#: Made-up pairs of texts: a wide gap, two short texts, and two identical texts.
TEXT_PAIRS = [
    (
        "A good day. A fine plan. Talks went well. A great result. Lovely.",
        "A bad day. An awful plan. Talks failed. A terrible result. Dreadful. A sad end.",
    ),
    ("A good day. Talks.", "A bad day. Talks."),
    ("Talks in Moscow. A good plan.", "Talks in Moscow. A good plan."),
]


def _claims(sentence: str) -> list[str]:
    """The clauses of a generated sentence that call one text 'more positive' (not a negated claim)."""
    return [
        clause
        for clause in sentence.split(". ")
        if "more positive" in clause and not clause.startswith("Neither model shows")
    ]


@pytest.mark.parametrize(
    "text_a, text_b",
    TEXT_PAIRS,
)
def test_comparison_sentences_claim_a_difference_only_with_the_test_behind_it(text_a, text_b):
    table = compare_sentiment(text_a, text_b, names=("A", "B"))
    sentence = comparison_sentences(table)
    supported = table[table["p_value"] < 0.05]
    claims = _claims(sentence)
    assert len(claims) == len(supported)
    for claim, row in zip(claims, supported.itertuples()):
        assert claim.startswith(f"{row.model}'s mean sentence score") and f"of {row.higher} are more" in claim
        assert "(p = " in claim and ("reshuffl" in claim or "ways of dealing" in claim)
    if supported.empty:
        assert sentence.endswith("Neither model shows that one text is more positive than the other.")


def test_lexicon_lookup_found_missing_and_case():
    table = lexicon_lookup(["Vital", "robust", "Moscow", "foreign"])
    assert table.columns.tolist() == ["word", "textblob_polarity", "textblob_subjectivity", "vader_valence"]
    assert table["word"].tolist() == ["vital", "robust", "moscow", "foreign"]
    assert table["textblob_polarity"].tolist()[0] == pytest.approx(0.1)
    assert table["textblob_polarity"].isna().tolist() == [False, True, True, False]
    assert table["vader_valence"].isna().tolist() == [False, False, True, True]
    assert table.loc[1, "vader_valence"] == pytest.approx(1.4)
    shown = lexicon_lookup(["robust", "common"], missing="–")
    assert shown.values.tolist() == [["robust", "–", "–", 1.4], ["common", -0.3, 0.5, "–"]]


def test_lexicon_lookup_agrees_with_the_models():
    for word in ("clean", "usual", "critical", "safe"):
        row = lexicon_lookup([word]).iloc[0]
        assert row["textblob_polarity"] == pytest.approx(text_sentiment(word)["polarity"], abs=TOL)
        assert row["textblob_subjectivity"] == pytest.approx(text_sentiment(word)["subjectivity"], abs=TOL)


def test_textblob_senses_average_to_the_score():
    for word in ("foreign", "common", "usual", "clean", "critical", "cold", "vital"):
        senses = textblob_senses(word)
        assert len(senses) >= 1 and (senses["word"] == word).all()
        assert senses["polarity"].mean() == pytest.approx(text_sentiment(word)["polarity"], abs=TOL)
    assert len(textblob_senses("foreign")) == 4
    assert textblob_senses("robust").columns.tolist() == ["word", "pos", "sense", "polarity", "subjectivity"]
    assert textblob_senses("robust").empty and textblob_senses("Foreign").equals(textblob_senses("foreign"))


def test_lexicon_word_counts_rebuild_the_polarity(press_release, newspaper):
    for text in (press_release, newspaper):
        table = lexicon_word_counts(text)
        assert table.columns.tolist() == ["words", "count", "polarity", "subjectivity", "total_polarity"]
        assert table["count"].sum() == len(assessment_table(text))
        assert table["total_polarity"].sum() / table["count"].sum() == pytest.approx(
            text_sentiment(text)["polarity"], abs=TOL
        )
        ranked = list(zip(-table["count"], table["words"]))
        assert ranked == sorted(ranked)  # most first, then alphabetical
    assert lexicon_word_counts("").empty


def test_vader_words_is_what_vader_sees():
    assert vader_words("An “engage but beware” policy.") == []  # glued to curly quotation marks
    assert vader_words('An "engage but beware" policy.') == [("engage", 1.4)]
    assert vader_words("A very good day :)") == [("good", 1.9), (":)", 2.0)]  # "very" only boosts
    assert vader_words("") == []


def test_explain_sentences(press_release):
    table = explain_sentences([COURSE_SENTENCE, "Talks in Moscow."])
    assert table.columns.tolist() == [
        "sentence",
        "textblob_words",
        "textblob_polarity",
        "vader_words",
        "vader_compound",
    ]
    assert table.loc[0, "textblob_words"] == "usual (-0.25), european (+0.00)"
    assert table.loc[0, "textblob_polarity"] == pytest.approx(-0.125, abs=TOL)
    assert table.loc[1, ["textblob_words", "vader_words"]].tolist() == ["–", "–"]
    assert explain_sentences([]).empty


def test_spread_sample_is_spread_and_in_reading_order(press_release, newspaper):
    sample = spread_sample({"press_release": press_release, "newspaper": newspaper}, per_text=5)
    assert sample.columns.tolist()[:3] == ["text", "sentence_no", "sentence"]
    assert sample["text"].value_counts().to_dict() == {"press_release": 5, "newspaper": 5}
    for name, text in (("press_release", press_release), ("newspaper", newspaper)):
        part = sample[sample["text"] == name]
        assert part["sentence_no"].is_monotonic_increasing
        scores = sentence_sentiment(text)["polarity"]
        assert part["textblob_polarity"].min() == pytest.approx(scores.min())
        assert part["textblob_polarity"].max() == pytest.approx(scores.max())
    assert sample.equals(spread_sample({"press_release": press_release, "newspaper": newspaper}, per_text=5))


def test_spread_sample_small_and_empty_texts():
    assert spread_sample({"t": "Good."}, per_text=5)["sentence"].tolist() == ["Good."]
    assert spread_sample({"t": ""}).empty
    assert spread_sample({"a": "Good. Bad.", "b": "Awful. Fine. Talks."}, per_text=2)[
        ["text", "sentence_no"]
    ].values.tolist() == [["a", 1], ["a", 2], ["b", 1], ["b", 2]]


@pytest.mark.parametrize(
    "labels, problem",
    [
        (["positive", " Negative ", "NEUTRAL"], None),
        ("positive", "Give a list"),
        (["positive", "negative"], "3 labels, not 2"),
        (["positive", "negative", "good"], 'Label 3 is "good"'),
        (["positive", "negative", None], 'Label 3 is "None"'),
    ],
)
def test_label_problem(labels, problem):
    found = label_problem(labels, 3)
    assert found is None if problem is None else problem in found


def test_label_agreement():
    sample = spread_sample({"t": "A good day. Talks in Moscow. A bad night."}, per_text=3)
    agreement = label_agreement(sample, ["Positive", "negative", "negative"])
    assert agreement.columns.tolist() == [
        "text",
        "sentence_no",
        "sentence",
        "reader",
        "textblob_label",
        "vader_label",
        "reader_textblob",
        "reader_vader",
    ]
    assert agreement["reader"].tolist() == ["positive", "negative", "negative"]
    assert agreement["reader_textblob"].tolist() == [True, False, True]
    with pytest.raises(ValueError, match="3 labels, not 2"):
        label_agreement(sample, ["positive", "negative"])


def test_lexicon_sizes():
    from helpers.sentiment_lexicons import lexicon_sizes

    assert lexicon_sizes() == {
        "textblob_entries": 2918,
        "textblob_words": 1528,
        "vader_entries": 7506,
        "vader_raters": 10,
    }


# --- no side effects ------------------------------------------------------------------------------


def test_import_is_light_and_use_is_quiet():
    """Importing the modules loads neither pandas nor TextBlob; using VADER prints and warns nothing."""
    code = (
        "import sys, helpers.sentiment, helpers.sentiment_lexicons, helpers.annotation, helpers.display, helpers.voices, helpers.reuse\n"
        "heavy = [m for m in ('pandas', 'textblob', 'vaderSentiment', 'nltk') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "from helpers.sentiment import vader_scores, text_sentiment\n"
        "vader_scores('A good day.'); text_sentiment('A good day.')\n"
    )
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""


def test_stance_as_sentiment_maps_stance_labels_and_leaves_the_rest():
    from helpers.sentiment import STANCE_LABELS, stance_as_sentiment

    assert stance_as_sentiment(["Favour", "against ", "none"]) == ["positive", "negative", "neutral"]
    assert stance_as_sentiment(["pro", 1]) == ["pro", 1]  # left for label_problem to name
    assert stance_as_sentiment("favour") == "favour"
    assert set(STANCE_LABELS.values()) == {"positive", "negative", "neutral"}


@pytest.mark.parametrize(
    "text_a, text_b",
    [*TEXT_PAIRS, ("A wonderful, happy, excellent day.", "An awful day. A terrible night.")],
)
def test_brief_comparison_sentences_claim_the_same_and_leave_out_the_means(text_a, text_b):
    table = compare_sentiment(text_a, text_b, names=("A", "B"))
    brief = comparison_sentences(table, brief=True)
    supported = table[table["p_value"] < 0.05]
    claims = _claims(brief)
    assert len(claims) == len(supported)
    for claim, row in zip(claims, supported.itertuples()):
        assert (
            claim.startswith(f"{row.model}: a gap this large in only")
            and f"of {row.higher} are more" in claim
        )
    assert "mean sentence score" not in brief
    for row in table.itertuples():
        if row.splits and row.higher:
            assert f"{row.model}: a gap" in brief and "(p = " in brief and "deals" in brief
    full = comparison_sentences(table)
    for conclusion in (
        "Neither model shows that one text is more positive than the other.",
        "supports a difference",
    ):
        assert (conclusion in brief) == (conclusion in full)  # the same conclusion
    assert len(brief) < len(full) or table["splits"].eq(0).all() or table["higher"].eq("").all()


def test_comparison_sentences_name_what_is_compared():
    table = compare_sentiment("A good day. Talks. Fine.", "A bad night. Talks. Grim.", names=("a", "b"))
    sentence = comparison_sentences(table, unit="voice")
    assert "between the two voices" in sentence and "between the two texts" not in sentence
    assert "between the two texts" in comparison_sentences(table)


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ([8], "item 1 is 8 (a number)"),
        (["The talks were useful.", None], "item 2 is None (a NoneType)"),
        ("The talks were useful.", "not one piece of text"),
        (8, "not 8"),
    ],
)
def test_explain_sentences_rejects_what_is_not_a_list_of_sentences(given, says):
    """A novice passes a sentence number from a list (explain_sentences([8])): a clear error, not TextBlob's."""
    import numpy as np

    with pytest.raises(TypeError, match="explain_sentences") as error:
        explain_sentences(given)
    assert says in str(error.value)
    assert 'explain_sentences(sample["sentence"])' in str(error.value)
    with pytest.raises(TypeError, match=r"item 1 is 8 \(a number\)"):
        explain_sentences([np.int64(8)])
