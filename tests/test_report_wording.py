"""The report's generic sentences read right for 0, 1 and 2 of each, same-day and undated texts."""

from __future__ import annotations

import pytest

from helpers import report


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "no words"), (1, "1 word"), (2, "2 words"), (1000, "1,000 words")],
)
def test_count_of(number, expected):
    assert report.count_of(number, "word") == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "no word reaches p < 0.05"),
        (1, "only 1 word reaches p < 0.05"),
        (2, "only 2 words reach p < 0.05"),
    ],
)
def test_significance_sentence(number, expected):
    sentence = report.significance_sentence(number)
    assert sentence == expected and "only 0" not in sentence


@pytest.mark.parametrize(
    ("date_a", "date_b", "expected"),
    [
        ("2017-12-22", "2017-12-22", "dated the same day"),
        ("2017-12-01", "2017-12-22", "dated in the same month"),
        ("2017-12", "2017-12-22", "dated in the same month"),
        ("2017-11-30", "2017-12-01", "1 month apart"),
        ("2017-03", "2017-12-22", "9 months apart"),
        ("", "2017-12-22", "one of them undated"),
        ("", "", "both undated"),
        ("2017", "2017-12", "at least one of them not dated to the month"),
    ],
)
def test_when_phrase(date_a, date_b, expected):
    assert report.when_phrase(date_a, date_b) == expected


def test_no_removed_paragraph_is_hidden_behind_a_count():
    table = report.removed_table("press_release", "newspaper")
    counts = report.cleaning_table("press_release", "newspaper")
    assert len(table) == sum(len(v) for v in counts.attrs["removed_paragraphs"].values()) == 22
    assert table["rule"].str.len().min() > 0 and table["paragraph_text"].str.len().min() > 0
