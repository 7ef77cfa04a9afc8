"""The two frame lexicons: generic frames and the course's topic lists; every wildcard cue checked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers.framing import COURSE_FRAMES, COURSE_TOPICS, GENERIC_FRAMES, cue_summary, find_cues, most_cues
from helpers.lexicons import LexiconError, load_lexicon

CHECKS_FILE = Path(__file__).resolve().parent / "data" / "wildcard_checks.csv"
GENERIC = {"responsibility", "human_interest", "conflict", "morality", "economic_consequences"}


def checks() -> list[dict[str, str]]:
    with CHECKS_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_generic_frames_are_semetko_and_valkenburgs_five_and_topics_are_separate():
    assert set(load_lexicon(GENERIC_FRAMES)["frame"]) == GENERIC
    assert set(load_lexicon(COURSE_TOPICS)["frame"]) == {"diplomacy", "security"}
    assert "diplomacy" not in set(cue_summary("Talks about security.")["frame"])  # not by default
    assert set(cue_summary("Talks.", COURSE_FRAMES)["frame"]) == GENERIC | {"diplomacy", "security"}


def test_every_wildcard_cue_has_a_check():
    listed = {(row["lexicon"], row["frame"], row["cue"]) for row in checks()}
    for name in COURSE_FRAMES:
        lexicon = load_lexicon(name)
        wild = {(name, f, c) for f, c in zip(lexicon["frame"], lexicon["cue"]) if "*" in c}
        assert wild <= listed, (
            f"wildcard cues of {name} without a line in {CHECKS_FILE.name}: {sorted(wild - listed)}"
        )


@pytest.mark.parametrize("row", checks(), ids=lambda row: f"{row['frame']}:{row['cue']}")
def test_wildcard_matches_its_word_and_not_its_false_positive(row):
    lexicon = load_lexicon(row["lexicon"])
    own = lexicon[(lexicon["frame"] == row["frame"]) & (lexicon["cue"] == row["cue"])]
    assert len(own) == 1
    assert find_cues(row["matches"], own)["cue"].tolist() == [row["cue"]], row["matches"]
    assert find_cues(row["must_not_match"], own).empty, f"{row['cue']} matches {row['must_not_match']!r}"
    if row["check"] == "false positive":  # the stem alone would match: the except column is what stops it
        bare = own.assign(**{"except": ""})
        assert not find_cues(row["must_not_match"], bare).empty


def test_the_issue_cases():
    assert find_cues("Police seized ivory from the illegal wildlife trade.").empty  # not economic
    assert find_cues("The firm secured the contract.", COURSE_TOPICS).empty  # not security
    assert find_cues("A free trade deal.")["cue"].tolist() == ["trade*"]
    assert find_cues("Security was tight.", COURSE_TOPICS)["cue"].tolist() == ["secur*"]


def test_frames_are_counted_in_sentences_not_words():
    summary = cue_summary("It was a tense, tense, tense row. All calm here.").set_index("frame")
    assert summary.loc["conflict", ["sentences", "matches"]].tolist() == [1, 4]
    assert summary.loc["conflict", "share_of_sentences"] == 0.5
    assert "per_1000_words" not in summary.columns
    assert most_cues(summary.reset_index()) == ["conflict"]


def test_a_bad_except_column_is_named(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("frame,cue,except,note\nconflict,feud*,bad*word,x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 2: the except column"):
        load_lexicon(path)


def test_the_old_lexicon_name_says_where_its_cues_went():
    with pytest.raises(LexiconError, match="split in two: 'generic_frames'.*'course_topics'"):
        load_lexicon("frame_cues")
