"""Tests for helpers.concordance: KWIC lines with the original surface text."""

from __future__ import annotations

import pytest

from helpers.concordance import CONCORDANCE_COLUMNS, concordance
from helpers.tokens import sentences, tokenize

COLUMNS = ["left", "match", "right", "sentence", "sentence_no", "position"]


# `newspaper` and `press_release` (the raw course texts) are fixtures in conftest.py.


def test_columns_and_a_simple_match():
    table = concordance("The UK and Russia talk. Russia waits.", "russia", window=2)
    assert list(table.columns) == list(CONCORDANCE_COLUMNS) == COLUMNS
    assert table.to_dict("records") == [
        {
            "left": "UK and",
            "match": "Russia",
            "right": "talk. Russia",
            "sentence": "The UK and Russia talk.",
            "sentence_no": 1,
            "position": 3,
        },
        {
            "left": "Russia talk.",
            "match": "Russia",
            "right": "waits.",
            "sentence": "Russia waits.",
            "sentence_no": 2,
            "position": 5,
        },
    ]


def test_phrase_across_punctuation_and_line_breaks_keeps_the_original_surface():
    text = "We said:\n“Business\nas usual” — never."
    row = concordance(text, "business as usual").iloc[0]
    assert row["match"] == "Business as usual"  # the original capital; the line break is a space
    assert row["left"] == "We said: “"
    assert row["right"] == "” — never."


def test_curly_and_straight_apostrophes_match_each_other():
    text = "Mr Johnson’s visit. It doesn't matter. It doesn’t."
    assert concordance(text, "doesn't")["match"].tolist() == ["doesn't", "doesn’t"]
    assert concordance(text, "doesn’t")["match"].tolist() == ["doesn't", "doesn’t"]
    assert concordance(text, "Johnson's")["match"].tolist() == ["Johnson’s"]


def test_possessives_are_found_by_the_bare_name():
    text = "Putin met Johnson. Mr Putin’s intentions."
    assert concordance(text, "putin")["match"].tolist() == ["Putin", "Putin’s"]


def test_case_sensitive():
    text = "US officials met us in the US."
    assert len(concordance(text, "us")) == 3
    assert concordance(text, "US", case_sensitive=True)["position"].tolist() == [0, 6]
    assert concordance(text, "us", case_sensitive=True)["position"].tolist() == [3]


def test_no_match_gives_an_empty_table_with_the_columns():
    table = concordance("The UK and Russia talk.", "Ukraine")
    assert list(table.columns) == COLUMNS and len(table) == 0
    assert str(table["position"].dtype) == "int64" and str(table["sentence_no"].dtype) == "int64"


def test_empty_text_gives_an_empty_table():
    assert len(concordance("", "russia")) == 0


@pytest.mark.parametrize("query", ["", "   ", "\n", "“”!?"])
def test_empty_query_raises_a_helpful_error(query):
    with pytest.raises(ValueError, match="no words to search for"):
        concordance("The UK and Russia talk.", query)


def test_single_word_text():
    assert concordance("Moscow", "moscow").to_dict("records") == [
        {"left": "", "match": "Moscow", "right": "", "sentence": "Moscow", "sentence_no": 1, "position": 0}
    ]


def test_window_sizes():
    text = "one two three four five six seven"
    row = concordance(text, "four", window=2).iloc[0]
    assert (row["left"], row["right"]) == ("two three", "five six")
    row = concordance(text, "four", window=100).iloc[0]
    assert (row["left"], row["right"]) == ("one two three", "five six seven")
    row = concordance(text, "four", window=0).iloc[0]
    assert (row["left"], row["right"]) == ("", "")
    with pytest.raises(ValueError, match="window"):
        concordance(text, "four", window=-1)


def test_windows_run_over_sentence_and_paragraph_breaks():
    row = concordance("First one.\n\nSecond two.", "second", window=2).iloc[0]
    assert row["left"] == "First one."
    assert row["sentence_no"] == 2


def test_matches_overlapping_a_repeated_word():
    assert concordance("very very very", "very very")["position"].tolist() == [0, 1]


def test_windows_line_endings():
    text = "Talks.\r\n\r\nRussia waits.\r\nRussia talks."
    table = concordance(text, "russia", window=1)
    assert table["sentence_no"].tolist() == [2, 3]
    assert table["left"].tolist() == ["Talks.", "waits."]


def test_position_and_sentence_agree_with_tokenize_and_sentences(newspaper, press_release):
    for text in (newspaper, press_release):
        tokens, found = tokenize(text), sentences(text)
        table = concordance(text, "russia")
        assert len(table) == tokens.count("russia")
        for row in table.itertuples():
            assert tokens[row.position] == "russia"
            assert found[row.sentence_no - 1] == row.sentence
            assert row.match in row.sentence


def test_results_are_in_order_of_appearance(newspaper):
    positions = concordance(newspaper, "russian")["position"].tolist()
    assert positions == sorted(positions) and len(positions) == 28  # as re.findall(r"\bRussian\b") counts


def test_business_as_usual_in_the_newspaper(newspaper):
    table = concordance(newspaper, "business as usual")
    assert table[["left", "match", "right", "sentence_no", "position"]].to_dict("records") == [
        {
            "left": "the visit does not signal “",
            "match": "business as usual",
            "right": "” but will be conducted on",
            "sentence_no": 2,
            "position": 34,
        },
        {
            "left": "is not a return to",
            "match": "business as usual",
            "right": "and the Foreign Secretary will",
            "sentence_no": 7,
            "position": 153,
        },
    ]


def test_business_as_usual_in_the_press_release(press_release):
    table = concordance(press_release, "Business as Usual", window=3)
    assert table[["left", "right", "sentence_no"]].to_dict("records") == [
        {"left": "Russia cannot be '", "right": "' while it continues", "sentence_no": 5},
        {"left": "Russia cannot be '", "right": "' whilst Russia continues", "sentence_no": 8},
    ]


def test_engage_but_beware_only_in_the_newspaper(newspaper, press_release):
    assert concordance(newspaper, "‘engage but beware’")["sentence_no"].tolist() == [2, 5]
    assert len(concordance(press_release, "engage but beware")) == 0


# --- several texts: compare_concordances and hits ---------------------------------------------

from helpers.cleaning import clean_text  # noqa: E402
from helpers.concordance import compare_concordances, hits  # noqa: E402


def test_compare_concordances_stacks_the_texts_in_order(newspaper, press_release):
    texts = {"press_release": press_release, "newspaper": clean_text(newspaper)}
    table = compare_concordances(texts, "business as usual", window=3)
    assert table.columns.tolist() == ["text", *COLUMNS]
    assert table["text"].tolist() == ["press_release", "press_release", "newspaper", "newspaper"]
    assert table["left"].tolist()[:2] == ["Russia cannot be '", "Russia cannot be '"]
    only_news = compare_concordances(texts, "engage")
    assert only_news["text"].unique().tolist() == ["newspaper"] and len(only_news) == 3


def test_compare_concordances_with_no_match_anywhere_is_an_empty_table_with_columns():
    table = compare_concordances({"a": "One text.", "b": "Another."}, "missing")
    assert table.empty and table.columns.tolist() == ["text", *COLUMNS]


def test_hits_counts_every_query_in_every_text_zeros_included(newspaper, press_release):
    texts = {"press_release": press_release, "newspaper": clean_text(newspaper)}
    table = hits(texts, ["Russia", "business as usual", "engage", "security", "robust"])
    assert table.index.name == "query" and table.columns.tolist() == ["press_release", "newspaper"]
    assert table.to_dict("index") == {
        "Russia": {"press_release": 11, "newspaper": 7},
        "business as usual": {"press_release": 2, "newspaper": 2},
        "engage": {"press_release": 0, "newspaper": 3},
        "security": {"press_release": 4, "newspaper": 1},
        "robust": {"press_release": 0, "newspaper": 1},
    }
    for query in table.index:
        assert table.loc[query, "newspaper"] == len(concordance(texts["newspaper"], query))
    assert hits(texts, ["US"], case_sensitive=True).loc["US"].tolist() == [0, 4]


@pytest.mark.parametrize(
    "texts, queries, error, message",
    [
        ("a text", ["x"], TypeError, "mapping of name"),
        ({}, ["x"], ValueError, "empty"),
        ({"a": "text"}, "x", TypeError, "list of words"),
    ],
)
def test_hits_and_compare_bad_inputs(texts, queries, error, message):
    with pytest.raises(error, match=message):
        hits(texts, queries)
    if not isinstance(queries, str):
        with pytest.raises(error, match=message):
            compare_concordances(texts, queries[0])


# --- kwic_view -------------------------------------------------------------------------------------

from helpers.concordance import kwic_view  # noqa: E402
from helpers.display import KWICView  # noqa: E402


def test_kwic_view_aligns_on_the_match_in_text_and_html(press_release):
    table = compare_concordances({"press_release": press_release}, "business as usual", window=3)
    view = kwic_view(table)
    assert isinstance(view, KWICView) and len(view) == 2
    lines = repr(view).splitlines()
    assert len(lines) == 2 and len({line.index("business as usual") for line in lines}) == 1
    assert lines[0].startswith("press_release  Russia cannot be '  business as usual  ' while it continues")
    html = view._repr_html_()
    assert html.count("<tr>") == 3 and "text-align:right" in html and "font-weight:bold" in html
    assert "&#x27;" in html  # the straight quotes of the text are escaped, never raw HTML
    assert "left context" in html and ">text<" in html


def test_kwic_view_without_text_column_and_empty_and_escaping():
    view = kwic_view(concordance("A <b>bold</b> claim & more.", "claim", window=2))
    assert "&lt;/b&gt;" in view._repr_html_() and ">text<" not in view._repr_html_()
    empty = kwic_view(concordance("Talks.", "robust"))
    assert repr(empty) == "No occurrences." and "No occurrences." in empty._repr_html_() and len(empty) == 0


def test_kwic_view_rejects_other_tables():
    import pandas as pd

    with pytest.raises(ValueError, match="lacks left, match, right"):
        kwic_view(pd.DataFrame({"word": ["x"]}))
