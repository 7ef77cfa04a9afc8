"""Tests for helpers.voices: quoted speech, narrative, speakers, scare quotes, shares."""

from __future__ import annotations

import warnings

import pytest

from helpers.cleaning import clean_text
from helpers.texts import load_text
from helpers.tokens import tokenize
from helpers.voices import (
    SCARE_COLUMNS,
    SHARE_COLUMNS,
    VOICE_COLUMNS,
    UnbalancedQuoteWarning,
    scare_quotes,
    voice_shares,
    voices,
)

FCO = "An FCO spokeswoman"
FS = "The Foreign Secretary Boris Johnson"


@pytest.fixture(scope="module")
def newspaper() -> str:
    return clean_text(load_text("newspaper").raw)


@pytest.fixture(scope="module")
def newspaper_raw() -> str:
    return load_text("newspaper").raw


def quotes(frame):
    return frame[frame["voice"] == "quote"]


def no_warnings(function, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return function(*args)


# --- the course texts ----------------------------------------------------------------------------


def test_newspaper_finds_the_fco_statement_over_five_paragraphs(newspaper):
    frame = no_warnings(voices, newspaper)
    statement = frame[frame["speaker"] == FCO]
    assert statement["paragraph"].tolist() == [4, 5, 6, 7, 8]
    assert statement["text"].iloc[0].startswith("The Foreign Secretary has accepted an invitation")
    assert statement["text"].iloc[-1].endswith("when they met in China in September 2016.")
    assert int(statement["words"].sum()) == 155
    assert "‘engage but beware’" in statement["text"].iloc[1]  # a scare quote inside the quote


def test_newspaper_quote_segments_and_speakers(newspaper):
    frame = voices(newspaper)
    assert len(quotes(frame)) == 6
    assert sorted(set(quotes(frame)["speaker"])) == ["", FCO]
    partial = quotes(frame)[quotes(frame)["speaker"] == ""]
    assert partial[["paragraph", "text"]].values.tolist() == [[10, "no case for relaxation"]]


def test_newspaper_shares(newspaper):
    shares = voice_shares(newspaper)
    assert shares.columns.tolist() == SHARE_COLUMNS
    assert shares[["voice", "speaker", "words"]].values.tolist() == [
        ["narrative", "", 273],
        ["quote", FCO, 155],
        ["quote", "", 4],
    ]
    assert shares["share"].tolist() == pytest.approx([0.631944, 0.358796, 0.009259], abs=1e-6)


def test_newspaper_raw_still_finds_the_statement(newspaper_raw):
    frame = no_warnings(voices, newspaper_raw)
    assert int(frame["words"].sum()) == len(tokenize(newspaper_raw)) == 1028
    assert len(quotes(frame)) == 7
    shares = voice_shares(frame)
    assert shares[["voice", "speaker", "words"]].values.tolist() == [
        ["narrative", "", 864],
        ["quote", FCO, 155],
        ["quote", "Russia", 5],
        ["quote", "", 4],
    ]
    assert shares["share"].tolist() == pytest.approx([0.840467, 0.150778, 0.004864, 0.003891], abs=1e-6)


def test_press_release_finds_the_unquoted_block(press_release):
    frame = no_warnings(voices, press_release)
    block = quotes(frame)
    assert block["speaker"].unique().tolist() == [FS]
    assert block["paragraph"].tolist() == [7, 8, 9, 10]
    assert block["text"].iloc[0].startswith("The UK and Russia are permanent members")
    said = frame[frame["paragraph"] == 6]
    assert said[["voice", "text"]].values.tolist() == [
        ["narrative", "The Foreign Secretary Boris Johnson said:"]
    ]
    # The documented limit of the first-person cue: the Kremlin paragraph counts as narrative.
    assert frame[frame["paragraph"] == 11]["voice"].tolist() == ["narrative"]
    assert frame[frame["paragraph"] == 12]["voice"].tolist() == ["narrative"]


def test_press_release_shares(press_release):
    shares = voice_shares(press_release)
    assert shares[["voice", "speaker", "words"]].values.tolist() == [
        ["narrative", "", 229],
        ["quote", FS, 111],
    ]
    assert shares["share"].tolist() == pytest.approx([0.673529, 0.326471], abs=1e-6)


def test_words_add_up_to_the_text(press_release, newspaper):
    for text in (press_release, newspaper):
        frame = voices(text)
        assert int(frame["words"].sum()) == len(tokenize(text))
        assert frame["segment"].tolist() == list(range(1, len(frame) + 1))
        assert frame["paragraph"].is_monotonic_increasing
        assert voice_shares(frame)["share"].sum() == pytest.approx(1.0)


def test_scare_quotes_course_texts(press_release, newspaper):
    news = scare_quotes(newspaper)
    assert news[["paragraph", "voice", "phrase", "marks"]].values.tolist() == [
        [1, "narrative", "high level talks", "double"],
        [2, "narrative", "business as usual", "double"],
        [2, "narrative", "engage but beware", "double"],
        [5, "quote", "engage but beware", "single"],
        [9, "narrative", "Russophobic hysteria", "double"],
    ]
    release = scare_quotes(press_release)
    assert release[["paragraph", "voice", "speaker", "phrase"]].values.tolist() == [
        [5, "narrative", "", "business as usual"],
        [8, "quote", FS, "business as usual"],
    ]


# --- the rules on small texts --------------------------------------------------------------------


def test_empty_text_gives_empty_frames():
    for text in ("", "  \n\n  "):
        assert voices(text).empty and voices(text).columns.tolist() == VOICE_COLUMNS
        assert voice_shares(text).empty and voice_shares(text).columns.tolist() == SHARE_COLUMNS
        assert scare_quotes(text).empty and scare_quotes(text).columns.tolist() == SCARE_COLUMNS


def test_single_word():
    assert voices("Moscow").drop(columns="segment").values.tolist() == [
        [1, "narrative", "narrative", "", "", False, "Moscow", 1]
    ]
    assert voice_shares("Moscow").values.tolist() == [["narrative", "", 1, 1.0]]
    assert scare_quotes("Moscow").empty


def test_no_quotes_is_all_narrative():
    frame = voices("Talks were held.\n\nThey ended.")
    assert frame["voice"].tolist() == ["narrative", "narrative"]
    assert scare_quotes("Talks were held.").empty


def test_curly_quote_with_speaker():
    frame = voices("A spokeswoman said: “We will talk.” Talks followed.")
    assert frame[["voice", "speaker", "text"]].values.tolist() == [
        ["narrative", "", "A spokeswoman said:"],
        ["quote", "A spokeswoman", "We will talk."],
        ["narrative", "", "Talks followed."],
    ]


def test_straight_quotes():
    frame = voices('The minister said: "We will talk to Russia." Then "reset" was dropped.')
    assert quotes(frame)[["speaker", "text"]].values.tolist() == [["The minister", "We will talk to Russia."]]
    assert scare_quotes('Then "reset" was dropped.')[["phrase", "marks"]].values.tolist() == [
        ["reset", "double"]
    ]


def test_trailing_attribution():
    assert quotes(voices('"We must act," said Mr Johnson.'))["speaker"].tolist() == ["Mr Johnson"]
    assert quotes(voices("“Never,” the minister said."))["speaker"].tolist() == ["the minister"]
    assert quotes(voices("“Never,” she said."))["speaker"].tolist() == [""]  # pronouns are not resolved


def test_speaker_label_is_cleaned_lightly():
    assert quotes(voices('The US attorney general, Jeff Sessions, said: "We go now."'))[
        "speaker"
    ].tolist() == ["Jeff Sessions"]
    assert quotes(voices('But the minister said: "We go now."'))["speaker"].tolist() == ["the minister"]
    assert quotes(voices('15/19 Russia claimed it hit a "terrorist HQ and co-ordination centre" there'))[
        "speaker"
    ].tolist() == ["Russia"]


def test_short_quote_without_reporting_verb_is_a_scare_quote():
    text = "The visit does not signal “business as usual” at all."
    assert voices(text)["voice"].tolist() == ["narrative"]
    assert scare_quotes(text)["phrase"].tolist() == ["business as usual"]


def test_short_quote_after_reporting_verb_is_speech():
    frame = voices("Last month, he said there was “no case for relaxation” of sanctions.")
    assert quotes(frame)[["speaker", "text", "words"]].values.tolist() == [["", "no case for relaxation", 4]]
    assert scare_quotes("Last month, he said there was “no case for relaxation”.").empty


def test_long_quote_without_verb_is_speech():
    assert voices("It was “a return to business as usual” then.")["voice"].tolist() == [
        "narrative",
        "quote",
        "narrative",
    ]


def test_single_quotes_never_open_speech_and_apostrophes_are_not_quotes():
    text = "He said: 'We will go to Moscow next week.' It's the world's ‘engage but beware’ and Johnson’s."
    assert voices(text)["voice"].tolist() == ["narrative"]
    assert scare_quotes(text)["phrase"].tolist() == ["We will go to Moscow next week.", "engage but beware"]


def test_multi_paragraph_quote_keeps_its_speaker():
    text = "Ann said: “One.\n\n“Two more.\n\n“Three.”\n\nThe end."
    frame = no_warnings(voices, text)
    assert frame[["paragraph", "voice", "speaker"]].values.tolist() == [
        [1, "narrative", ""],
        [1, "quote", "Ann"],
        [2, "quote", "Ann"],
        [3, "quote", "Ann"],
        [4, "narrative", ""],
    ]


def test_unbalanced_quote_ends_with_its_paragraph_and_warns():
    text = "Ann said: “We will go.\n\nThen she left. Nothing more was said.\n\nThe end."
    with pytest.warns(UnbalancedQuoteWarning, match="paragraph 1"):
        frame = voices(text)
    assert frame[["paragraph", "voice"]].values.tolist() == [
        [1, "narrative"],
        [1, "quote"],
        [2, "narrative"],
        [3, "narrative"],
    ]


def test_unbalanced_quote_at_the_end_of_the_text_warns():
    with pytest.warns(UnbalancedQuoteWarning):
        frame = voices("Text ends “open")
    assert frame[["voice", "text"]].values.tolist() == [["narrative", "Text ends"], ["quote", "open"]]


def test_stray_closing_mark_is_narrative():
    assert no_warnings(voices, "A stray ” mark.")[["voice", "words"]].values.tolist() == [["narrative", 3]]


def test_unquoted_block_stops_at_third_person_or_without_first_person():
    text = (
        "The minister said:\n\nIt is a good day.\n\nWe will go.\n\nOur aim, the minister added, is peace."
        "\n\nWe met later."
    )
    frame = voices(text)
    assert frame[["paragraph", "voice"]].values.tolist() == [
        [1, "narrative"],
        [2, "quote"],
        [3, "quote"],
        [4, "narrative"],
        [5, "narrative"],
    ]


def test_block_after_said_colon_with_quote_marks_uses_the_speaker():
    frame = voices("Mr X said:\n\n“We go.”\n\nEnd.")
    assert frame[["paragraph", "voice", "speaker"]].values.tolist() == [
        [1, "narrative", ""],
        [2, "quote", "Mr X"],
        [3, "narrative", ""],
    ]


def test_voice_shares_accepts_a_voices_frame_and_sorts():
    frame = voices('Ann said: "We will talk." Bob said: "We will talk." End.')
    shares = voice_shares(frame)
    assert shares[["voice", "speaker", "words"]].values.tolist() == [
        ["narrative", "", 5],
        ["quote", "Ann", 3],
        ["quote", "Bob", 3],
    ]
    assert shares["share"].tolist() == pytest.approx([5 / 11, 3 / 11, 3 / 11])


# --- reporting verbs -----------------------------------------------------------------------------


def test_reporting_verbs_forms_voices_and_order():
    from helpers.voices import REPORTING_VERB_COLUMNS, reporting_verbs

    text = "It has been announced. Ann said: “We will say so.”\n\nShe is saying more. Bob maintained it."
    found = reporting_verbs(text, ["said", "say", "announced", "saying", "maintained"])
    assert list(found.columns) == REPORTING_VERB_COLUMNS
    assert found[["verb", "form", "voice", "speaker", "paragraph"]].values.tolist() == [
        ["announced", "passive", "narrative", "", 1],
        ["said", "other", "narrative", "", 1],
        ["say", "future", "quote", "Ann", 1],  # inside the quote, in the speaker's voice
        ["saying", "other", "narrative", "", 2],  # "is saying" is not a passive
        ["maintained", "other", "narrative", "", 2],
    ]
    assert found["position"].is_monotonic_increasing
    assert found.loc[0, "sentence"] == "It has been announced."


def test_reporting_verbs_defaults_empty_text_and_bad_lists():
    from helpers.voices import reporting_verbs

    assert reporting_verbs("Officials said nothing.")["verb"].tolist() == ["said"]  # REPORTING_VERBS
    assert reporting_verbs("", ["said"]).empty
    assert reporting_verbs("No verbs here.", ["said"]).empty
    assert reporting_verbs("They SAID it.", ["Said "])["match"].tolist() == ["SAID"]
    with pytest.raises(TypeError, match="list of word forms"):
        reporting_verbs("He said.", "said")
    with pytest.raises(ValueError, match="not one word"):
        reporting_verbs("He said so.", ["said so"])


def test_reporting_verbs_in_the_course_texts(press_release, newspaper):
    from helpers.voices import reporting_verbs

    verbs = ["say", "said", "stress", "announced", "accused", "maintained"]
    press = reporting_verbs(press_release, verbs)
    assert press[["verb", "form"]].values.tolist() == [
        ["say", "future"],
        ["stress", "future"],
        ["say", "future"],
        ["said", "other"],
    ]
    news = reporting_verbs(newspaper, verbs)
    assert news[["verb", "form"]].values.tolist() == [
        ["announced", "passive"],
        ["maintained", "other"],
        ["said", "other"],
        ["accused", "passive"],
        ["said", "other"],
        ["said", "passive"],
    ]


# --- the four kinds of reported words, and speakers (issue 12, what to build 5) ------------------


def test_course_newspaper_reported_words(newspaper):
    from helpers.voices import reported_words

    table = reported_words(newspaper)
    partial = table[table["kind"] == "partial_quote"]
    assert partial[["text", "speaker", "named_as"]].values.tolist() == [
        ["high level talks", "", ""],  # "..., it has been announced": a passive, no source named
        ["business as usual", "the government", "the government"],  # "the government maintained"
        ["engage but beware", "the government", "the government"],
        ["Russophobic hysteria", "", ""],  # "He was accused of": a passive, no source named
        ["no case for relaxation", "", "he"],  # "he said": the last speaker is a spokeswoman
    ]
    assert table.loc[table["kind"] == "scare_quote", ["text", "within"]].values.tolist() == [
        ["engage but beware", FCO]  # single marks inside the FCO statement, no source
    ]
    indirect = table[table["kind"] == "indirect"]
    assert indirect["speaker"].tolist() == [
        "the government",
        "",
    ]  # "maintained"; "are said to have concluded"
    assert set(table.loc[table["kind"] == "quote", "speaker"]) == {FCO}


def test_course_press_release_reported_words(press_release):
    from helpers.voices import reported_words

    table = reported_words(clean_text(press_release))
    assert table.loc[table["kind"] == "indirect", ["named_as", "speaker"]].values.tolist() == [
        ["He", ""],
        ["he", ""],  # no speaker named before them: left unnamed, not guessed
        ["Mr Johnson", "Mr Johnson"],
    ]
    assert set(table.loc[table["kind"] == "quote", "speaker"]) == {FS}
    assert table.loc[table["kind"] == "partial_quote", ["text", "speaker"]].values.tolist() == [
        ["business as usual", "Mr Johnson"]
    ]


def test_pronoun_takes_the_last_named_speaker_and_is_marked_inferred():
    frame = voices("Mr Roe said: “We won.”\n\n“It was hard,” he added.")
    quote = frame[frame["voice"] == "quote"].iloc[-1]
    assert (quote["speaker"], quote["named_as"], bool(quote["inferred"])) == ("Mr Roe", "he", True)
    frame = voices("A spokeswoman said: “We won.”\n\n“It was hard,” he added.")
    assert frame[frame["voice"] == "quote"]["speaker"].tolist() == ["A spokeswoman", ""]  # she is not he


def test_please_attribute_makes_the_release_a_statement():
    text = "Please attribute to Detective Sergeant Jane Roe:\n\nWe are appealing for witnesses.\n\nENDS\n\nNotes to editors: none."
    shares = voice_shares(text)
    assert shares.loc[shares["voice"] == "quote", ["speaker", "words"]].values.tolist() == [
        ["Detective Sergeant Jane Roe", 5]
    ]


def test_speaker_clause_stops_at_a_line_break():
    frame = voices(
        "Workers win their case\nThe union's regional organiser, Kim Lowe, said: “It is a great day.”"
    )
    assert frame.loc[frame["voice"] == "quote", "speaker"].tolist() == ["Kim Lowe"]
    frame = voices("Appeal launched\nOfficers said: “Call us.”")
    assert frame.loc[frame["voice"] == "quote", "speaker"].tolist() == ["Officers"]


def test_single_line_breaks_split_a_govuk_block():
    text = "Minister visits school\nThe Schools Minister Ann Lee said:\nI am proud of our teachers.\nWe will fund more places.\nThe visit ended at noon."
    frame = voices(text)
    assert frame.loc[frame["voice"] == "quote", "paragraph"].tolist() == [3, 4]
    assert set(frame.loc[frame["voice"] == "quote", "speaker"]) == {"The Schools Minister Ann Lee"}


def test_the_made_up_opposition_statement_has_one_speaker_throughout():
    from helpers.voices import reported_words

    table = reported_words(load_text("example_opposition").raw)
    speaker = "the party's foreign affairs spokesperson"
    assert table["speaker"].tolist() == [speaker] * 4  # two quotes, "The spokesperson added that", a quote
    assert table["kind"].tolist() == ["quote", "quote", "indirect", "quote"]
    assert table["inferred"].tolist() == [False, False, True, True]  # "The spokesperson": a role, resolved
    shares = voice_shares(load_text("example_opposition").raw)
    assert set(shares.loc[shares["voice"] == "quote", "speaker"]) == {speaker}
