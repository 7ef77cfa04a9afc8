"""Tests for helpers.reuse: shared passages of at least n tokens, and how much of each text they cover."""

from __future__ import annotations

import difflib

import pytest

from helpers.cleaning import clean_text
from helpers.reuse import (
    PASSAGE_COLUMNS,
    REUSE_SUMMARY_COLUMNS,
    reuse_summary,
    shared_passages,
)
from helpers.texts import load_text
from helpers.tokens import tokenize
from helpers.voices import (
    PHRASE_VOICE_COLUMNS,
    TOKEN_VOICE_COLUMNS,
    passage_voices,
    phrase_voices,
    token_voices,
    voice_shares,
    voices,
)

PLANTED = "the consequences of miscommunication are grave"  # 6 words


@pytest.fixture(scope="module")
def course_texts() -> tuple[str, str]:
    return clean_text(load_text("newspaper").raw), load_text("press_release").raw


def test_identical_texts_share_everything():
    text = "Our relations with Russia cannot be business as usual."
    passages = shared_passages(text, text)
    assert passages.columns.tolist() == PASSAGE_COLUMNS
    assert passages[["words", "start_a", "end_a", "start_b", "end_b"]].values.tolist() == [[9, 0, 9, 0, 9]]
    assert reuse_summary(text, text)["share_reused"].tolist() == [1.0, 1.0]


def test_disjoint_texts_share_nothing():
    passages = shared_passages("Talks in Moscow were held today.", "Fans travel to the World Cup.")
    assert passages.empty and passages.columns.tolist() == PASSAGE_COLUMNS
    summary = reuse_summary("Talks in Moscow were held today.", "Fans travel to the World Cup.")
    assert summary[["reused_tokens", "share_reused"]].values.tolist() == [[0, 0.0], [0, 0.0]]


def test_planted_six_word_passage_is_one_span():
    a = f"Mr Johnson said {PLANTED} in Moscow."
    b = f"In London, officials warned that {PLANTED}, and left."
    passages = shared_passages(a, b, n=4)
    assert passages.values.tolist() == [[PLANTED, 6, 3, 9, 5, 11]]
    assert tokenize(a)[3:9] == tokenize(b)[5:11] == PLANTED.split()


def test_passages_shorter_than_n_are_not_reported():
    a, b = "It is not business as usual.", "Never business as usual again."
    assert shared_passages(a, b, n=4).empty
    assert shared_passages(a, b, n=3)["passage"].tolist() == ["business as usual"]


def test_case_and_punctuation_are_ignored_unicode_quotes():
    a = "He spoke of “Engage, but beware” today."
    b = "Their policy: ‘engage but beware’ today!"
    assert shared_passages(a, b, n=4)["passage"].tolist() == ["engage but beware today"]


def test_empty_and_single_word_texts():
    for a, b in (("", ""), ("", "some words here and there"), ("Moscow", "Moscow")):
        assert shared_passages(a, b).empty
    summary = reuse_summary("", "Moscow")
    assert summary.columns.tolist() == REUSE_SUMMARY_COLUMNS
    assert summary[["tokens", "reused_tokens", "share_reused"]].values.tolist() == [[0, 0, 0.0], [1, 0, 0.0]]
    assert shared_passages("Moscow", "Moscow", n=1)["passage"].tolist() == ["moscow"]


def test_repeated_passage_is_found_every_time_unlike_sequencematcher():
    a = f"{PLANTED}. Then, later, {PLANTED}."
    b = f"Officials said {PLANTED}."
    passages = shared_passages(a, b)
    assert passages[["words", "start_a", "start_b"]].values.tolist() == [[6, 0, 2], [6, 8, 2]]
    # The stdlib alternative finds one alignment only: the repeat is missed.
    blocks = difflib.SequenceMatcher(None, tokenize(a), tokenize(b), autojunk=False).get_matching_blocks()
    assert len([m for m in blocks if m.size >= 4]) == 1
    summary = reuse_summary(a, b)
    assert summary["reused_tokens"].tolist() == [12, 6]


def test_overlapping_occurrences_are_counted_once():
    a, b = "one two three four five", "one two three four x two three four five"
    passages = shared_passages(a, b, n=3)
    assert passages[["passage", "start_a", "start_b"]].values.tolist() == [
        ["one two three four", 0, 0],
        ["two three four five", 1, 5],
    ]
    assert reuse_summary(a, b, n=3)["reused_tokens"].tolist() == [5, 8]


def test_sorted_by_start_a():
    a = "alpha beta gamma delta x epsilon zeta eta theta"
    b = "epsilon zeta eta theta y alpha beta gamma delta"
    assert shared_passages(a, b)["start_a"].tolist() == [0, 5]


@pytest.mark.parametrize("n", [0, -1, 2.5, True])
def test_bad_n_is_refused(n):
    with pytest.raises(ValueError, match="n must be"):
        shared_passages("a b c", "a b c", n=n)


def test_course_texts(course_texts):
    newspaper, press_release = course_texts
    passages = shared_passages(newspaper, press_release)
    assert passages.values.tolist() == [
        ["foreign secretary boris johnson", 4, 0, 4, 142, 146],
        ["the uk and russia", 4, 49, 53, 147, 151],
        ["the uk and russia", 4, 49, 53, 300, 304],
    ]
    summary = reuse_summary(newspaper, press_release, names=("newspaper", "press_release"))
    assert summary[["text", "tokens", "reused_tokens"]].values.tolist() == [
        ["newspaper", 432, 8],
        ["press_release", 340, 12],
    ]
    assert summary["share_reused"].tolist() == pytest.approx([0.018519, 0.035294], abs=1e-6)


def test_course_texts_share_business_as_usual_only_at_n3(course_texts):
    passages = shared_passages(*course_texts, n=3)
    assert "business as usual" in set(passages["passage"])
    assert "business as usual" not in set(shared_passages(*course_texts)["passage"])


# Whose words: token_voices, passage_voices, phrase_voices (notebook 06).


def test_token_voices_follow_the_tokenizer_and_the_voices():
    text = "Talks were held. Ann said: “We will talk.” Then Ann left."
    table = token_voices(text)
    assert table.columns.tolist() == TOKEN_VOICE_COLUMNS
    assert table["token"].tolist() == tokenize(text)
    assert table["position"].tolist() == list(range(len(tokenize(text))))
    assert table.loc[table["voice"] == "quote", "token"].tolist() == ["we", "will", "talk"]
    assert set(table.loc[table["voice"] == "quote", "speaker"]) == {"Ann"}


def test_token_voices_of_an_empty_text():
    table = token_voices("")
    assert table.empty and table.columns.tolist() == TOKEN_VOICE_COLUMNS


def test_token_voices_of_the_course_texts_agree_with_voice_shares(course_texts):
    for text in course_texts:
        table = token_voices(text)
        assert table["token"].tolist() == tokenize(text)
        counted = table.groupby(["voice", "speaker"]).size().to_dict()
        shares = voice_shares(voices(text)).set_index(["voice", "speaker"])["words"].to_dict()
        assert counted == shares


def test_passage_voices_on_either_side_and_across_a_quotation_mark():
    a = "He said “we will talk” to them today."
    b = "We will talk to them, she said."
    passages = shared_passages(a, b, n=3)
    assert passages["passage"].tolist() == ["we will talk to them"]
    placed_a = passage_voices(passages, a, side="a")
    assert placed_a[["paragraph", "voice", "speaker"]].values.tolist() == [[1, "mixed", ""]]
    placed_b = passage_voices(passages, b, side="b")
    assert placed_b[["voice", "speaker"]].values.tolist() == [["narrative", ""]]
    assert placed_b.columns.tolist() == PASSAGE_COLUMNS + ["paragraph", "voice", "speaker"]
    assert passages.columns.tolist() == PASSAGE_COLUMNS  # the input is not changed


def test_passage_voices_refuses_an_unknown_side():
    with pytest.raises(ValueError, match="side must be"):
        passage_voices(shared_passages("a b c d", "a b c d"), "a b c d", side="c")


def test_passage_voices_of_no_passages():
    placed = passage_voices(shared_passages("one two", "three four"), "one two")
    assert placed.empty and placed.columns.tolist()[-3:] == ["paragraph", "voice", "speaker"]


def test_phrase_voices_marks():
    text = (
        "It is not “business as usual”. It is not ‘business as usual’. It is not 'business as usual'. "
        "It is not business as usual. It is not ‘business as usual”."
    )
    found = phrase_voices(text, "Business as Usual")
    assert found.columns.tolist() == PHRASE_VOICE_COLUMNS
    assert found["marks"].tolist() == ["double", "single", "single", "", ""]
    assert found["voice"].tolist() == ["narrative"] * 5


def test_phrase_voices_inside_a_quote_and_not_found():
    text = "Ann said: “This is not business as usual, and never was.”"
    assert phrase_voices(text, "business as usual")[
        ["paragraph", "voice", "speaker", "marks"]
    ].values.tolist() == [[1, "quote", "Ann", ""]]
    missing = phrase_voices(text, "engage but beware")
    assert missing.empty and missing.columns.tolist() == PHRASE_VOICE_COLUMNS


def test_phrase_voices_business_as_usual_in_the_course_texts(course_texts):
    newspaper, press_release = course_texts
    assert phrase_voices(newspaper, "business as usual")[
        ["paragraph", "voice", "speaker", "marks"]
    ].values.tolist() == [[2, "narrative", "", "double"], [6, "quote", "An FCO spokeswoman", ""]]
    assert phrase_voices(press_release, "business as usual")[
        ["paragraph", "voice", "speaker", "marks"]
    ].values.tolist() == [
        [5, "narrative", "", "single"],
        [8, "quote", "The Foreign Secretary Boris Johnson", "single"],
    ]


def test_passage_voices_in_the_course_newspaper(course_texts):
    newspaper, press_release = course_texts
    placed = passage_voices(shared_passages(press_release, newspaper, n=3), newspaper, side="b")
    places = placed.drop_duplicates(["passage", "start_b"])
    assert places.groupby(["voice", "speaker"]).size().to_dict() == {
        ("narrative", ""): 3,
        ("quote", "An FCO spokeswoman"): 7,
    }


# --- the churn figure (issue 12, what to build 7) -------------------------------------------------

FILLER_A = "Council officers met on Tuesday to review the plans for the town centre and its car parks."
FILLER_B = "Shoppers in the market square gave a mixed reception to the news on Wednesday afternoon."
COPIED = "the new library will open its doors to readers in the spring with longer hours and free wifi"


def difflib_shared(tokens_a: list[str], tokens_b: list[str], n: int) -> tuple[int, int]:
    """Words of each text in difflib's matching blocks of at least n tokens (autojunk off)."""
    matcher = difflib.SequenceMatcher(None, tokens_a, tokens_b, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size >= n]
    return sum(b.size for b in blocks), sum(b.size for b in blocks)


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (f"{FILLER_A} {COPIED}.", f"{FILLER_B} {COPIED}.", 18),  # one copied passage of 18 words
        (f"{COPIED}. {FILLER_A}", f"{FILLER_B} {COPIED}. {FILLER_B}", 18),
        (FILLER_A, FILLER_B, 0),  # nothing shared but "the" and "on"
        (f"{FILLER_A} {COPIED}. The end.", f"{COPIED} and more. {FILLER_B}", 18),
    ],
)
def test_churn_agrees_with_difflib_on_texts_with_a_known_answer(text_a, text_b, expected):
    from helpers.reuse import churn

    tokens_a, tokens_b = tokenize(text_a), tokenize(text_b)
    table = churn(text_a, text_b, names=("a", "b")).set_index("text")
    assert table["shared_words"].tolist() == [expected, expected]
    assert difflib_shared(tokens_a, tokens_b, 5) == (expected, expected)
    assert table.loc["a", "churn"] == expected / len(tokens_a)
    assert table.loc["b", "churn"] == expected / len(tokens_b)


def test_churn_leaves_out_formulas_and_short_runs():
    from helpers.reuse import churn, is_formulaic

    a = "Details will follow in the coming weeks, officials said. The bridge opens in May."
    b = "A decision is expected in the coming weeks, and it will be announced then."
    assert shared_passages(a, b, n=3)["passage"].tolist() == ["in the coming weeks"]
    assert churn(a, b)["shared_words"].tolist() == [0, 0]  # 4 words < 5, and a formula anyway
    assert is_formulaic(tokenize("in the coming weeks"))
    assert shared_passages(a, b, n=3, content_only=True).empty
    text = "It is what it is and it was what it was."
    assert is_formulaic(tokenize(text))  # only stopwords


def test_churn_of_the_course_texts_is_zero_at_five_words(course_texts):
    from helpers.reuse import churn

    news, press = course_texts
    assert churn(press, news)["shared_words"].tolist() == [0, 0]
    assert len(shared_passages(press, news, n=3)) > 0  # three-word runs are shared, but no five-word passage


def test_borrowing_direction_only_from_dates():
    from helpers.reuse import borrowing_direction

    assert borrowing_direction("a", "2017-03-04", "b", "2017-03-05").startswith("a is dated before b")
    assert borrowing_direction("a", "2017-12-22", "b", "2017-03").startswith("b is dated before a")
    assert borrowing_direction("a", "2017-03", "b", "2017-03-05") == ""  # same month, one has no day
    assert borrowing_direction("a", "2017-03-05", "b", "2017-03-05") == ""
    assert borrowing_direction("a", "", "b", "2017-03-05") == ""


def test_borrowing_direction_needs_a_shared_passage(course_texts):
    """With no passage shared, the dates have no borrowing to order (notebook 06's churn sentence)."""
    from helpers.reuse import borrowing_direction, churn

    news, press = course_texts
    shared = int(churn(press, news)["passages"].max())
    assert shared == 0
    assert borrowing_direction("press_release", "2017-12-22", "newspaper", "2017-03", passages=shared) == ""
    assert borrowing_direction("a", "2017-03-04", "b", "2017-03-05", passages=1).startswith(
        "a is dated before b"
    )
    assert borrowing_direction("a", "2017-03-04", "b", "2017-03-05", passages=None).startswith("a is dated")
