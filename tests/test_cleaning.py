"""Tests for helpers.cleaning: web-page furniture, on pasted pages written for Framing Lab.

``tests/data/pasted_pages/`` holds pages written for these tests in the shapes of real pasted
news pages and press releases (single line breaks, photo captions with credits, timestamp lines,
banners and kickers, a trailer and the next story, subheadings, notes to editors). None is copied
from a real page. ``expected_parts.csv`` gives the part each paragraph should get.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from helpers.cleaning import (
    FURNITURE_PARTS,
    KEPT_PARTS,
    PART_RULES,
    clean_text,
    label_paragraphs,
    removed_paragraphs,
)

PAGES = Path(__file__).parent / "data" / "pasted_pages"


def _expected() -> dict[str, list[str]]:
    parts: dict[str, list[str]] = defaultdict(list)
    with (PAGES / "expected_parts.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            parts[row["page"]].append(row["part"])
    return dict(parts)


def test_the_furniture_set_has_at_least_twelve_pages_with_expectations():
    expected = _expected()
    assert len(expected) >= 12
    assert set(expected) == {path.stem for path in PAGES.glob("*.txt")}
    shapes = {part for parts in expected.values() for part in parts}
    for part in ("caption", "timestamp", "banner", "kicker", "trailer", "subheading", "notes_to_editors"):
        assert part in shapes


def test_furniture_accuracy_per_paragraph(capsys):
    expected = _expected()
    right = total = 0
    wrong = []
    for page, parts in sorted(expected.items()):
        labelled = label_paragraphs((PAGES / f"{page}.txt").read_text(encoding="utf-8"))
        assert len(labelled) == len(parts), page
        for row, part in zip(labelled.itertuples(), parts):
            total += 1
            if row.part == part:
                right += 1
            else:
                wrong.append(
                    f"{page} ¶{row.paragraph}: got {row.part} ({row.rule}), expected {part}: {row.text[:40]}"
                )
    with capsys.disabled():
        print(
            f"\nfurniture: {right}/{total} paragraphs labelled as expected ({right / total:.1%}) on {len(expected)} pages"
        )
        for line in wrong:
            print("  ", line)
    assert right / total >= 0.95, wrong


def test_every_row_names_a_documented_rule():
    for path in sorted(PAGES.glob("*.txt")):
        labelled = label_paragraphs(path.read_text(encoding="utf-8"))
        assert set(labelled["rule"]) <= set(PART_RULES), path.name
        assert set(labelled["part"]) <= set(KEPT_PARTS) | set(FURNITURE_PARTS), path.name


def test_trailer_removes_the_next_story_and_keeps_subheadings():
    text = (PAGES / "01_regional_tribunal.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert "Workers' reputation secures victory" in cleaned  # a subheading is the article's own
    assert "Bus drivers" not in cleaned and "Drivers at two depots" not in cleaned
    assert "23:59" not in cleaned and "(Jane Orrell/PA)" not in cleaned
    assert cleaned.startswith("Cleaners win tribunal over unpaid holiday pay")


def test_removed_paragraphs_lists_every_one_with_its_rule():
    text = (PAGES / "01_regional_tribunal.txt").read_text(encoding="utf-8")
    removed = removed_paragraphs(text)
    labelled = label_paragraphs(text)
    assert len(removed) == (~labelled["part"].isin(KEPT_PARTS)).sum() == 8
    assert removed["rule"].tolist()[:3] == [
        "site furniture",
        "label above the headline",
        "updated/published line",
    ]


@pytest.mark.parametrize(
    ("paragraph", "part"),
    [
        ("The report found 35,000 militants had been killed (a figure disputed by observers).", "body"),
        ("Talks resume in Geneva today.", "body"),
        ("By the end of the year, the scheme will have cost £2m, the council said.", "body"),
        ("Read more about how we report on courts at our standards page.", "body"),
        ("Press office staff said the statement had been delayed by a day.", "body"),
        ("Media enquiries rose sharply after the announcement, the council said.", "body"),
        ("Notes to editors were sent out late, the agency admitted.", "body"),
        ("Latest news from the talks suggests a deal is close", "subheading"),
        ("More from the minister later this week", "subheading"),
    ],
)
def test_body_sentences_that_look_a_little_like_furniture_stay(paragraph, part):
    text = f"Headline of a story\n\nFirst paragraph of the story.\n\n{paragraph}\n\nThe last paragraph."
    assert label_paragraphs(text)["part"].tolist()[2:] == [part, "body"]


def test_course_texts_keep_their_labels():
    import helpers
    from helpers.cleaning import repair_encoding

    news = label_paragraphs(repair_encoding(helpers.load_text("newspaper").raw))
    assert news.loc[news["part"] == "related_headline", "rule"].tolist() == [
        "a title mid-article; the next paragraph goes on ('But', 'And'...): links to another story"
    ]
    press = label_paragraphs(helpers.load_text("press_release").raw)
    assert press["part"].value_counts().to_dict() == {"body": 12, "headline": 1}
