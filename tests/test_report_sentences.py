"""The report's sentences on speakers, reuse and frames, rendered for edge cases (0, 1, 2 of each)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import report


def voices_of(*quotes: tuple[str, int], narrative: int = 100) -> pd.DataFrame:
    rows = [{"text": "t", "voice": "narrative", "speaker": "", "words": narrative}]
    rows += [{"text": "t", "voice": "quote", "speaker": who, "words": n} for who, n in quotes]
    frame = pd.DataFrame(rows)
    frame["share"] = frame["words"] / frame["words"].sum()
    return frame


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ((), "t quotes nobody: none of its 100 words is in quotation marks or a quoted block."),
        (
            (("", 7),),
            "Quoted speech is 7% of t's words (7 of 107). No quoted speaker is identified: all 7 quoted words are unattributed.",
        ),
        (
            (("", 1),),
            "Quoted speech is 1% of t's words (1 of 101). No quoted speaker is identified: its one quoted word is unattributed.",
        ),
        (
            (("Mr Pepper", 140),),
            "Quoted speech is 58% of t's words (140 of 240). The only identified speaker is Mr Pepper (140 words).",
        ),
        (
            (("Mr Pepper", 1), ("", 1)),
            "Quoted speech is 2% of t's words (2 of 102). The only identified speaker is Mr Pepper (1 word); 1 quoted word has no identified speaker.",
        ),
        (
            (("Ann Lee", 20), ("Mr Pepper", 30)),
            "Quoted speech is 33% of t's words (50 of 150). The identified speakers are Mr Pepper (30 words) and Ann Lee (20 words).",
        ),
        (
            (("Ann Lee", 20), ("Mr Pepper", 30), ("Jo Bell", 5), ("", 4)),
            "Quoted speech is 37% of t's words (59 of 159). Of 3 identified speakers, those with the most words are "
            "Mr Pepper (30 words) and Ann Lee (20 words); 4 quoted words have no identified speaker.",
        ),
    ],
)
def test_speaker_sentence(quotes, expected):
    sentence = report.speaker_sentence(voices_of(*quotes), "t")
    assert sentence == expected
    assert "nobody named" not in sentence


def test_speaker_sentence_for_one_unattributed_word_is_grammatical():
    sentence = report.speaker_sentence(voices_of(("", 1)), "t")
    assert "its one quoted word is unattributed" in sentence and "1 quoted words" not in sentence


def churned(passages: int, shared: tuple[int, int], words: tuple[int, int] = (200, 400)) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "text": ["a", "b"],
            "words": list(words),
            "shared_words": list(shared),
            "churn": [shared[0] / words[0], shared[1] / words[1]],
            "passages": [passages, passages],
        }
    ).set_index("text")


def test_reuse_sentence_zero_one_two_and_dates():
    assert report.reuse_sentence(churned(0, (0, 0))) == (
        "The two texts share no passage of 5 words or more (passages of only stopwords and standard formulas aside)."
    )
    assert report.reuse_sentence(churned(1, (10, 10))) == (
        "The two texts share 1 passage of 5 words or more, covering 5.0% of a's words (10 of 200) and 2.5% of b's words (10 of 400)."
    )
    two = report.reuse_sentence(churned(2, (20, 20)), {"a": "2017-03-04", "b": "2017-03-05"})
    assert two.startswith("The two texts share 2 passages of 5 words or more")
    assert two.endswith(
        "a is dated before b: if one took words from the other, b took them from a (or both from a common source)."
    )
    same_day = report.reuse_sentence(churned(2, (20, 20)), {"a": "2017-03-04", "b": "2017-03-04"})
    assert same_day.endswith(
        "Their dates do not say which came first, so the figure says nothing about who borrowed."
    )
    undated = report.reuse_sentence(churned(2, (20, 20)), {"a": "", "b": "2017-03"})
    assert "who borrowed" in undated and "dated before" not in undated


def frames_of(counts_a: dict[str, int], total_a: int = 10) -> pd.DataFrame:
    frames = list(report.GENERIC_FRAME_NAMES)
    table = pd.DataFrame({"sentences_a": [counts_a.get(f, 0) for f in frames]}, index=frames)
    table["share_a"] = table["sentences_a"] / total_a
    table.attrs["sentences"] = {"a": total_a}
    return table


def test_frame_sentence_zero_one_two():
    assert (
        report.frame_sentence(frames_of({}), "a")
        == "No sentence of a has a cue of any generic frame on the lists."
    )
    one = report.frame_sentence(frames_of({"conflict": 1}), "a")
    assert one == (
        "In a, the generic frame with the most cues is conflict: cues in 1 of its 10 sentences. "
        "Cues point to sentences worth reading; they do not establish a frame."
    )
    two = report.frame_sentence(frames_of({"conflict": 2, "morality": 2, "responsibility": 1}), "a")
    assert two.startswith(
        "In a, the generic frames with the most cues are conflict and morality: cues in 2 of its 10 sentences each."
    )
    for sentence in (one, two):
        assert "leading" not in sentence


def test_course_topics_only_for_the_course_texts_unless_asked():
    texts = report.load_pair("press_release", "example_opposition")
    assert "diplomacy" not in report.frame_table(texts).index
    assert "diplomacy" in report.frame_table(texts, topics=True).index
    assert "diplomacy" in report.frame_table(report.load_pair("press_release", "newspaper")).index
