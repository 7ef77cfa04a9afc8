"""Tests for helpers.tokens: the tokenizer, stopwords, lemmas, n-grams and sentences."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.cleaning import clean_text
from helpers.tokens import (
    NUMBER_MASK,
    count_ngrams,
    describe_stopwords,
    is_number,
    lemmatize,
    ngram_table,
    ngrams,
    ngrams_by_sentence,
    normalize_apostrophes,
    remove_stopwords,
    sentences,
    stopword_list,
    token_spans,
    tokenize,
)

# `newspaper` and `press_release` (the raw course texts) are fixtures in conftest.py.


# --- import cost -------------------------------------------------------------------------------


def test_importing_the_modules_loads_no_heavy_library():
    code = (
        "import sys, helpers, helpers.tokens, helpers.frequencies, helpers.keyness, helpers.concordance\n"
        "heavy = ['pandas', 'numpy', 'scipy', 'textblob', 'simplemma', 'wordcloud', 'matplotlib']\n"
        "print(','.join(name for name in heavy if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


# --- tokenize ----------------------------------------------------------------------------------


def test_tokenize_empty_and_whitespace():
    assert tokenize("") == []
    assert tokenize("  \n\n ") == []


def test_tokenize_single_word():
    assert tokenize("Moscow") == ["moscow"]
    assert tokenize("Moscow", lower=False) == ["Moscow"]


def test_tokenize_keeps_hyphens_and_contractions_whole():
    assert tokenize("face-to-face UK-Russia doesn't") == ["face-to-face", "uk-russia", "doesn't"]


def test_tokenize_curly_and_straight_apostrophes_are_one_form():
    assert (
        tokenize("Johnson’s doesn’t it’s")
        == tokenize("Johnson's doesn't it's")
        == ["johnson", "doesn't", "it's"]
    )


def test_tokenize_possessive_can_be_kept():
    assert tokenize("Putin’s", strip_possessive=False) == ["putin's"]


def test_tokenize_ignores_quotation_marks():
    assert tokenize("“engage but beware” ‘business as usual’") == [
        "engage",
        "but",
        "beware",
        "business",
        "as",
        "usual",
    ]


def test_tokenize_number_policies():
    text = "1/19 about 35,000 militants in 2016"
    assert tokenize(text) == ["1", "19", "about", "35,000", "militants", "in", "2016"]
    assert tokenize(text, numbers="drop") == ["about", "militants", "in"]
    assert tokenize(text, numbers="mask").count(NUMBER_MASK) == 4


def test_tokenize_rejects_unknown_number_policy():
    with pytest.raises(ValueError, match="numbers must be"):
        tokenize("2016", numbers="round")  # type: ignore[arg-type]


def test_is_number_and_normalize_apostrophes():
    assert is_number("2,700") and is_number("2016") and not is_number("KAB-500s")
    assert normalize_apostrophes("‘Putin’s’ ʼx` ") == "'Putin's' 'x' "


def test_tokenize_counts_on_the_course_texts(newspaper, press_release):
    assert len(tokenize(press_release)) == 340
    assert len(tokenize(newspaper)) == 1028
    assert len(tokenize(clean_text(newspaper))) == 432


# --- token_spans -------------------------------------------------------------------------------


def test_token_spans_point_at_the_original_surface():
    text = "Mr Johnson’s “high level talks”"
    spans = token_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Mr", "Johnson’s", "high", "level", "talks"]
    assert [s.token for s in spans] == ["mr", "johnson", "high", "level", "talks"]


def test_token_spans_agree_with_tokenize_on_the_course_texts(newspaper, press_release):
    for text in (newspaper, press_release):
        spans = token_spans(text, numbers="mask")
        assert [s.token for s in spans] == tokenize(text, numbers="mask")
        # every surface form, normalised and folded, gives back its token (numbers aside)
        for span in spans:
            surface = normalize_apostrophes(text[span.start : span.end]).lower()
            assert span.token == NUMBER_MASK or surface in (span.token, span.token + "'s")


def test_token_spans_empty():
    assert token_spans("") == []


# --- the TextBlob claims in the module docstring ----------------------------------------------


def test_textblob_words_differ_from_tokenize_as_documented():
    from textblob import TextBlob

    words = list(TextBlob("Mr Johnson's visit doesn't change 1/19 of it").words)
    assert words == ["Mr", "Johnson", "'s", "visit", "does", "n't", "change", "1/19", "of", "it"]
    assert tokenize("Mr Johnson's visit doesn't change 1/19 of it") == [
        "mr",
        "johnson",
        "visit",
        "doesn't",
        "change",
        "1",
        "19",
        "of",
        "it",
    ]


def test_textblob_keeps_curly_punctuation_as_words():
    from textblob import TextBlob

    words = list(TextBlob("Mr Johnson’s “talks”").words)
    assert words == ["Mr", "Johnson", "’", "s", "“", "talks", "”"]
    assert tokenize("Mr Johnson’s “talks”") == ["mr", "johnson", "talks"]


# --- stopwords ---------------------------------------------------------------------------------


def test_wordcloud_stopword_list_is_wordclouds_192_words():
    from wordcloud import STOPWORDS

    words = stopword_list("wordcloud")
    assert isinstance(words, frozenset)
    assert len(STOPWORDS) == 192
    assert words == frozenset(w.lower() for w in STOPWORDS)
    assert len(words) == 192


def test_stopword_list_is_normalised_like_tokens():
    words = stopword_list()
    assert all(w == normalize_apostrophes(w).lower() for w in words)
    assert {"the", "doesn't", "it's", "its"} <= words


def test_wordcloud_list_lacks_words_that_matter_here():
    # documented in stopword_list(): "US" is lower-cased to "us", which this list keeps
    assert not {"us", "will", "said", "mr"} & stopword_list()


def test_none_stopword_list_is_empty():
    assert stopword_list("none") == frozenset()


def test_unknown_stopword_list_names_the_choices():
    with pytest.raises(ValueError, match="'wordcloud', 'none'"):
        stopword_list("course")


def test_describe_stopwords():
    info = describe_stopwords("wordcloud")
    assert set(info) == {"name", "source", "size"}
    assert info["size"] == 192 and info["name"] == "wordcloud"
    assert "wordcloud 1.9.6" in info["source"]
    assert describe_stopwords("none") == {
        "name": "none",
        "source": "no stopwords: every token is counted",
        "size": 0,
    }


def test_remove_stopwords_default_and_none():
    tokens = tokenize("The visit does not signal business as usual")
    assert remove_stopwords(tokens) == ["visit", "signal", "business", "usual"]
    assert remove_stopwords(tokens, stopwords="none") == tokens


def test_remove_stopwords_with_own_words_normalises_them():
    assert remove_stopwords(["doesn't", "mr", "johnson", "said"], stopwords=["Doesn’t", "MR", "said"]) == [
        "johnson"
    ]


def test_remove_stopwords_handles_uncased_tokens_and_curly_apostrophes():
    assert remove_stopwords(["The", "Kremlin", "doesn’t"]) == ["Kremlin"]


def test_remove_stopwords_empty_and_single():
    assert remove_stopwords([]) == []
    assert remove_stopwords(["the"]) == []
    assert remove_stopwords(["russia"]) == ["russia"]


def test_remove_stopwords_rejects_a_string_of_text():
    with pytest.raises(TypeError, match="tokenize"):
        remove_stopwords("the visit")


def test_top_words_of_the_cleaned_newspaper_without_stopwords(newspaper):
    tokens = remove_stopwords(tokenize(clean_text(newspaper)))
    assert len(tokens) == 242
    from collections import Counter

    top = sorted(Counter(tokens).items(), key=lambda item: (-item[1], item[0]))[:5]
    assert top == [("russia", 7), ("russian", 7), ("foreign", 6), ("visit", 6), ("will", 6)]


# --- lemmatize ---------------------------------------------------------------------------------


def test_lemmatize_basic():
    assert lemmatize(["talks", "strikes", "were", "discussions"]) == ["talk", "strike", "be", "discussion"]


def test_lemmatize_empty_and_single():
    assert lemmatize([]) == []
    assert lemmatize(["bombs"]) == ["bomb"]


def test_lemmatize_leaves_contractions_hyphens_and_numbers_alone():
    tokens = ["doesn't", "it's", "war-torn", "rebel-held", "35,000", NUMBER_MASK]
    assert lemmatize(tokens) == tokens


def test_lemmatize_keeps_lower_case_tokens_lower_case():
    assert lemmatize(["russia", "johnson", "moscow"]) == ["russia", "johnson", "moscow"]
    assert lemmatize(["Russians"]) == ["Russian"]


def test_lemmatize_quirks_documented_in_the_docstring():
    # simplemma has no context: these are the surprises the docstring warns about
    assert lemmatize(["us", "sessions", "media", "defence", "states"]) == [
        "we",
        "session",
        "medium",
        "defense",
        "state",
    ]
    assert lemmatize(["us", "sessions"], keep={"us", "sessions"}) == ["us", "sessions"]


def test_lemmatize_rejects_a_string_of_text():
    with pytest.raises(TypeError):
        lemmatize("talks")


# --- n-grams -----------------------------------------------------------------------------------


def test_ngrams():
    tokens = ["not", "business", "as", "usual"]
    assert ngrams(tokens, 1) == [("not",), ("business",), ("as",), ("usual",)]
    assert ngrams(tokens, 3) == [("not", "business", "as"), ("business", "as", "usual")]
    assert ngrams(tokens, 5) == []


def test_ngrams_empty_and_single():
    assert ngrams([], 2) == []
    assert ngrams(["moscow"], 1) == [("moscow",)]
    assert ngrams(["moscow"], 2) == []


@pytest.mark.parametrize("bad", [0, -1, 1.5])
def test_ngrams_rejects_bad_n(bad):
    with pytest.raises(ValueError, match="n must be"):
        ngrams(["a", "b"], bad)


def test_ngrams_rejects_a_string():
    with pytest.raises(TypeError, match="tokenize"):
        ngrams("business as usual", 2)


def test_ngrams_by_sentence_does_not_cross_sentences():
    text = "Talks will go on. Russia waits.\n\nA headline"
    grams = ngrams_by_sentence(text, 2)
    assert grams == [("talks", "will"), ("will", "go"), ("go", "on"), ("russia", "waits"), ("a", "headline")]
    assert ("on", "russia") in ngrams(tokenize(text), 2)
    assert ngrams_by_sentence("", 2) == []
    assert ngrams_by_sentence("Moscow’s", 1, strip_possessive=False) == [("moscow's",)]


def test_count_ngrams_sorts_by_count_then_alphabetically():
    table = count_ngrams([("b", "c"), ("a", "b"), ("b", "c"), ("z", "z"), ("a", "b"), ("c", "d")])
    assert list(table.columns) == ["ngram", "count"]
    assert table.to_dict("records") == [
        {"ngram": "a b", "count": 2},
        {"ngram": "b c", "count": 2},
        {"ngram": "c d", "count": 1},
        {"ngram": "z z", "count": 1},
    ]


def test_ngram_table_min_count_and_empty():
    tokens = tokenize("business as usual, not business as usual")
    assert ngram_table(tokens, 3, min_count=2)["ngram"].tolist() == ["business as usual"]
    empty = ngram_table([], 2)
    assert list(empty.columns) == ["ngram", "count"] and len(empty) == 0
    assert str(empty["count"].dtype) == "int64"
    assert empty.dtypes.tolist() == ngram_table(["a", "b"], 2).dtypes.tolist()


def test_ngram_table_on_the_press_release(press_release):
    table = ngram_table(tokenize(press_release), 3, min_count=2)
    assert table.head(4).to_dict("records") == [
        {"ngram": "be business as", "count": 2},
        {"ngram": "business as usual", "count": 2},
        {"ngram": "cannot be business", "count": 2},
        {"ngram": "iran nuclear deal", "count": 2},
    ]


# --- sentences ---------------------------------------------------------------------------------


def test_sentences_empty_single_and_curly_quotes():
    assert sentences("") == []
    assert sentences("Moscow") == ["Moscow"]
    assert sentences("He said “no.” Then he left.") == ["He said “no.”", "Then he left."]


def test_sentences_of_the_press_release(press_release):
    found = sentences(press_release)
    assert len(found) == 17
    assert found[0] == "News story: Foreign Secretary arrives in Moscow"
    assert found[-1] == "The UK is already working with Russia to help ensure the safety of British"


# --- news tokens (issue 12): a table written for Framing Lab, run against both entry points -----

NEWS_TOKENS = Path(__file__).parent / "data" / "news_tokens.csv"


def _news_token_rows() -> list[dict[str, str]]:
    import csv

    with NEWS_TOKENS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_news_token_table_is_large_enough_and_covers_every_rule():
    rows = _news_token_rows()
    assert len(rows) >= 40
    rules = " ".join(row["rule"] for row in rows)
    for rule in ("ordinal", "money", "time", "measure", "decade", "alphanumeric", "dotted abbreviation"):
        assert rule in rules


@pytest.mark.parametrize("entry_point", ["tokenize", "token_spans"])
def test_news_tokens_accuracy(entry_point, capsys):
    rows = _news_token_rows()
    wrong = []
    for row in rows:
        if entry_point == "tokenize":
            got = tokenize(row["text"])
        else:
            got = [span.token for span in token_spans(row["text"])]
            # each span's surface is the token as written (before case folding and possessive removal)
            for span in token_spans(row["text"]):
                surface = normalize_apostrophes(row["text"][span.start : span.end]).lower()
                assert surface == span.token or surface == span.token + "'s", (row, span)
        if got != row["expected"].split("|"):
            wrong.append((row["text"], got))
    accuracy = 1 - len(wrong) / len(rows)
    with capsys.disabled():
        print(f"\nnews tokens, {entry_point}: {len(rows) - len(wrong)}/{len(rows)} correct ({accuracy:.0%})")
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("token", "number"),
    [("2016", True), ("50th", True), ("£10bn", True), ("23:59", True), ("g7", False), ("5-year-old", False)],
)
def test_number_policy_applies_to_number_tokens(token, number):
    assert is_number(token) is number
    assert (tokenize(token, numbers="drop") == []) is number
