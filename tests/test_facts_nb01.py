"""Pins every figure that notebooks 00 and 01 state in their prose.

The notebooks compute these numbers; this test recomputes them the same way and pins the values,
so a library upgrade that changes one fails here instead of leaving a wrong sentence behind.
"""

from __future__ import annotations

import pandas as pd
import pytest
from notebook_prose import assert_states

import helpers
from helpers.cleaning import clean_text, encoding_report, label_paragraphs, repair_encoding
from helpers.frequencies import describe_texts


@pytest.fixture(scope="module")
def news_paragraphs():
    return label_paragraphs(repair_encoding(helpers.load_text("newspaper").raw))


def test_months_between_the_two_texts():
    dates = helpers.load_catalogue().set_index("id")["date"]
    press, news = pd.to_datetime(dates["press_release"]), pd.to_datetime(dates["newspaper"])
    assert (press.year - news.year) * 12 + press.month - news.month == 9


def test_newspaper_parts(news_paragraphs):
    parts = news_paragraphs.groupby("part").agg(paragraphs=("paragraph", "count"), words=("words", "sum"))
    assert parts.to_dict("index") == {
        "body": {"paragraphs": 13, "words": 432},
        "caption": {"paragraphs": 19, "words": 570},
        "gallery_heading": {"paragraphs": 2, "words": 17},
        "related_headline": {"paragraphs": 1, "words": 7},
    }
    assert parts["words"].sum() == 1026  # prose: 587 (57%) gallery, 432 (42%) body, 7 (1%) related
    # prose: the file begins with the article's first paragraph, so it has no headline row
    assert news_paragraphs.iloc[0]["part"] == "body" and "headline" not in parts.index
    assert news_paragraphs.iloc[0]["text"].startswith("Foreign Secretary Boris Johnson is to visit Russia")
    assert_states("01", "Its file begins with the article's first paragraph, so it has no `headline` row.")


def test_related_headline_is_the_sessions_link(news_paragraphs):
    related = news_paragraphs.loc[news_paragraphs["part"] == "related_headline", "text"].tolist()
    assert related == ["Jeff Sessions steps aside from Russia investigations"]


def test_press_release_has_a_headline_and_no_furniture():
    parts = label_paragraphs(helpers.load_text("press_release").raw)["part"].value_counts().to_dict()
    assert parts == {"body": 12, "headline": 1}


def test_encoding_damage_is_two_copyright_signs():
    report = encoding_report(helpers.load_text("newspaper").raw)
    assert report[["found", "repaired"]].values.tolist() == [["Â©", "©"], ["Â©", "©"]]
    assert encoding_report(helpers.load_text("press_release").raw).empty
    # section 3 states it where the repair is first used: both damaged places are in captions
    paragraphs = label_paragraphs(helpers.load_text("newspaper").raw)
    damaged = paragraphs[paragraphs["text"].str.contains("Â©", regex=False)]
    assert damaged["part"].tolist() == ["caption", "caption"]
    assert_states("01", "`Â©` instead of `©` in two captions")


def test_raw_versus_cleaned_counts():
    press, news = helpers.load_text("press_release").raw, helpers.load_text("newspaper").raw
    counts = describe_texts(
        {"pr raw": press, "pr clean": clean_text(press), "np raw": news, "np clean": clean_text(news)}
    )
    table = counts[["characters", "words", "sentences", "paragraphs"]].astype(int).to_dict("index")
    assert table == {
        "pr raw": {"characters": 2079, "words": 340, "sentences": 17, "paragraphs": 13},
        "pr clean": {"characters": 2079, "words": 340, "sentences": 17, "paragraphs": 13},
        "np raw": {"characters": 6437, "words": 1028, "sentences": 45, "paragraphs": 35},
        "np clean": {"characters": 2700, "words": 432, "sentences": 18, "paragraphs": 13},
    }
    # The prose derives from these: 42% kept, 1.3 vs 3.0 times as long, and 1,028 - 1,026 = 2 stray 'Â'.


def test_reuters_captions(news_paragraphs):
    captions = news_paragraphs.loc[news_paragraphs["part"] == "caption", "text"]
    assert int(captions.str.endswith("Reuters").sum()) == 4


def test_the_prose_states_the_gallery_share():
    """Pinned from the notebook's own saved output (nbval keeps it equal to a fresh run)."""
    assert_states(
        "01",
        "Of the 1,026 words in the newspaper file (after the repair), 587 (57%) belong to the photo gallery, "
        "its 19 captions and its headings; 432 (42%) to the article's body; and 7 (1%) to one related headline",
    )


def test_the_core_explains_the_two_stray_characters():
    """The core's counts table says 1,028 raw words, the paragraph table 1,026: one line says why."""
    assert_states("01", "The raw newspaper file counts 2 words more here (1,028) than above (1,026)")


def test_the_prose_states_the_paragraph_rule_of_each_text():
    assert_states(
        "01",
        "The press release is split by the blank_lines rule and the newspaper by the blank_lines rule",
        "Cleaning removes 22 paragraphs of the newspaper file and 0 of the press release.",
        "Paragraph rule: line_breaks.",
    )


def test_every_removed_paragraph_has_its_rule(news_paragraphs):
    from helpers.cleaning import removed_paragraphs

    removed = removed_paragraphs(helpers.load_text("newspaper").raw)
    assert len(removed) == 22 and removed["rule"].value_counts().to_dict() == {
        "gallery numbering": 19,
        "gallery title": 2,
        "a title mid-article; the next paragraph goes on ('But', 'And'...): links to another story": 1,
    }
