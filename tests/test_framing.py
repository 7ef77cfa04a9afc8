"""Tests for helpers.framing and the lexicon files in lexicons/."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.framing import (
    COURSE_FRAMES,
    COURSE_TOPICS,
    cue_summary,
    find_cues,
    modal_forms,
)
from helpers.lexicons import LEXICONS_DIR, LexiconError, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
FRAMES = [
    "responsibility",
    "human_interest",
    "conflict",
    "morality",
    "economic_consequences",
    "diplomacy",
    "security",
]
MATCH_COLUMNS = ["frame", "cue", "match", "sentence_no", "sentence"]
MODAL_COLUMNS = ["kind", "cue", "match", "sentence_no", "sentence", "next_word"]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def triples(frame: pd.DataFrame, group: str = "frame") -> list[tuple]:
    return [tuple(r) for r in frame[[group, "cue", "match"]].itertuples(index=False)]


# --------------------------------------------------------------------------------------------
# The lexicon files shipped with the course
# --------------------------------------------------------------------------------------------


def test_frame_cues_file_has_every_frame_with_short_annotated_lists():
    cues = pd.concat([load_lexicon(name) for name in COURSE_FRAMES], ignore_index=True)
    assert list(cues.columns[:3]) == ["frame", "cue", "note"]
    assert list(dict.fromkeys(cues["frame"])) == FRAMES
    for frame, rows in cues.groupby("frame", sort=False):
        assert 10 <= len(rows) <= 30, f"{frame} has {len(rows)} cues"
        assert (rows["note"].str.len() > 0).all(), f"{frame} has a cue without a note"


def test_modals_file_kinds_and_notes():
    modals = load_lexicon("modals")
    assert list(modals.columns[:3]) == ["cue", "kind", "note"]
    assert set(modals["kind"]) == {"future", "obligation", "possibility", "conditional", "negated modal"}
    for cue in [
        "will",
        "would",
        "should",
        "must",
        "cannot",
        "can't",
        "may",
        "might",
        "could",
        "going to",
        "shall",
        "need to",
        "will not",
    ]:
        assert cue in set(modals["cue"]), cue
    assert (modals["note"].str.len() > 0).all()
    assert len(modals) <= 35


def test_frame_questions_cover_every_frame_and_the_twenty_items():
    questions = load_lexicon("frame_questions")
    assert {"frame", "question", "item", "source"} <= set(questions.columns)
    assert set(questions["frame"]) == set(FRAMES)
    sv = questions[questions["item"].str.startswith("SV")]
    assert list(sv["item"]) == [f"SV{i}" for i in range(1, 21)]
    assert set(sv["source"]) == {"Semetko & Valkenburg (2000)"}
    # the course's own frames are not attributed to the paper
    assert (
        not questions.loc[questions["frame"].isin(["diplomacy", "security"]), "source"]
        .str.contains("^Semetko")
        .any()
    )
    assert questions["question"].str.endswith("?").all()
    conflict = questions.loc[questions["frame"] == "conflict", "question"].iloc[0]
    assert "disagreement between parties" in conflict


def test_notes_point_to_frame_questions_that_exist():
    items = set(load_lexicon("frame_questions")["item"])
    cues = pd.concat([load_lexicon(name) for name in COURSE_FRAMES], ignore_index=True)
    import re

    for note in cues["note"]:
        for item in re.findall(r"\b(?:SV|FL)\d+\b", note):
            assert item in items, f"{item} in note {note!r}"


def test_readme_explains_format_and_evidence_not_verdict():
    readme = (LEXICONS_DIR / "README.md").read_text(encoding="utf-8")
    for phrase in ("frame,cue,note", "never a verdict", "threat*", "Editing a list", "Adding a list"):
        assert phrase in readme


# --------------------------------------------------------------------------------------------
# load_lexicon: paths and errors
# --------------------------------------------------------------------------------------------


def test_load_by_path_keeps_extra_columns_and_skips_blank_lines(tmp_path):
    path = write(
        tmp_path,
        "mine.csv",
        "frame,cue,note,author\nconflict, standoff ,tense,ann\n\n,,,\nconflict,feud*,,bob\n",
    )
    table = load_lexicon(path)
    assert list(table.columns) == ["frame", "cue", "note", "author"]
    assert table["cue"].tolist() == ["standoff", "feud*"]
    assert table.attrs["source"] == str(path)


def test_load_accepts_excel_byte_order_mark(tmp_path):
    path = write(tmp_path, "bom.csv", "\ufeffframe,cue,note\nconflict,feud,x\n")
    assert load_lexicon(path)["frame"].tolist() == ["conflict"]


def test_missing_file_names_the_file_and_the_fix():
    with pytest.raises(LexiconError) as info:
        load_lexicon("frame_cuez")
    message = str(info.value)
    assert "frame_cuez.csv" in message and "does not exist" in message
    assert "generic_frames" in message and "course_topics" in message  # lists the lexicons that do exist


def test_missing_columns_are_named(tmp_path):
    path = write(tmp_path, "bad.csv", "frame,word\nconflict,feud\n")
    with pytest.raises(LexiconError, match=r"lacks the column\(s\) cue, note"):
        load_lexicon(path)


def test_not_utf8_says_how_to_resave(tmp_path):
    path = write(
        tmp_path, "cp.csv", "frame,cue,note\nconflict,caf\u00e9,\u201cquoted\u201d\n", encoding="cp1252"
    )
    with pytest.raises(LexiconError, match="not UTF-8.*CSV UTF-8"):
        load_lexicon(path)


@pytest.mark.parametrize(
    "cue, reason",
    [
        ("thr*eat", "not at its start or end"),
        ("*", "not at its start or end"),
        ("!!!", "no letters or digits"),
        ("*-*", "not at its start or end"),
    ],
)
def test_impossible_cues_name_the_line(tmp_path, cue, reason):
    path = write(tmp_path, "cues.csv", f'frame,cue,note\nconflict,feud,ok\nconflict,"{cue}",bad\n')
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert "line 3" in str(info.value) and reason in str(info.value)


def test_empty_cue_and_empty_frame_and_duplicates(tmp_path):
    with pytest.raises(LexiconError, match="line 2: the cue is empty"):
        load_lexicon(write(tmp_path, "a.csv", "frame,cue,note\nconflict,,x\n"))
    with pytest.raises(LexiconError, match="has no frame"):
        load_lexicon(write(tmp_path, "b.csv", "frame,cue,note\n,feud,x\n"))
    with pytest.raises(LexiconError, match="lines 2 and 3.*listed twice"):
        load_lexicon(write(tmp_path, "c.csv", "frame,cue,note\nconflict,Feud,x\nconflict,feud,y\n"))
    # the same cue in two frames is allowed
    assert (
        len(load_lexicon(write(tmp_path, "d.csv", "frame,cue,note\nconflict,feud,x\nsecurity,feud,y\n"))) == 2
    )


def test_empty_file(tmp_path):
    with pytest.raises(LexiconError, match="is empty"):
        load_lexicon(write(tmp_path, "e.csv", ""))


def test_required_columns_are_inferred_for_modal_and_question_files(tmp_path):
    assert list(load_lexicon(write(tmp_path, "hedges.csv", "cue,kind,note\nperhaps,hedge,x\n")).columns) == [
        "cue",
        "kind",
        "note",
    ]
    assert list(
        load_lexicon(write(tmp_path, "qs.csv", "frame,question\nconflict,Is there a row?\n")).columns
    ) == ["frame", "question"]


# --------------------------------------------------------------------------------------------
# find_cues
# --------------------------------------------------------------------------------------------


def test_empty_text_gives_empty_table_with_columns():
    for text in ("", "   \n\n ", "!!! ..."):
        table = find_cues(text)
        assert list(table.columns) == MATCH_COLUMNS and table.empty


def test_single_word():
    table = find_cues("Threats", COURSE_FRAMES)
    assert triples(table) == [("security", "threat*", "Threats")]
    assert table.loc[0, "sentence_no"] == 1 and table.loc[0, "sentence"] == "Threats"


def test_text_with_no_matches():
    table = find_cues("The cat sat on the mat.")
    assert table.empty and list(table.columns) == MATCH_COLUMNS


def test_curly_quotes_and_apostrophes_keep_their_surface_form():
    table = find_cues(
        "Relations are \u201ctense\u201d. Russia\u2019s \u2018business as usual\u2019 talks.", COURSE_FRAMES
    )
    assert triples(table) == [
        ("diplomacy", "relation*", "Relations"),
        ("conflict", "tense", "tense"),
        ("diplomacy", "talk*", "talks"),
    ]
    lex = pd.DataFrame({"frame": ["diplomacy", "diplomacy"], "cue": ["business as usual", "russia's"]})
    custom = find_cues("Russia\u2019s \u2018business as usual\u2019.", lex)
    # the match is the word as written (helpers.tokens.token_spans): possessive and curly apostrophe kept
    assert custom["match"].tolist() == ["Russia\u2019s", "business as usual"]


def test_phrase_wildcard_and_suffix_matching():
    lex = pd.DataFrame({"frame": ["x", "x", "x"], "cue": ["call* for", "*'ll", "co-operat*"]})
    table = find_cues("He called for calm. We\u2019ll see. Co-operation matters.", lex)
    assert table["match"].tolist() == ["called for", "We\u2019ll", "Co-operation"]
    assert table["sentence_no"].tolist() == [1, 2, 3]


def test_phrases_do_not_cross_sentences():
    lex = pd.DataFrame({"frame": ["x"], "cue": ["call* for"]})
    assert find_cues("They will call. For now, nothing.", lex).empty


def test_longest_cue_wins_within_a_frame_but_not_across_frames():
    lex = pd.DataFrame({"frame": ["a", "a", "b"], "cue": ["response", "in response to", "response"]})
    table = find_cues("In response to the bombing.", lex)
    assert triples(table) == [("a", "in response to", "In response to"), ("b", "response", "response")]


def test_exact_cue_beats_a_stem_of_the_same_length():
    lex = pd.DataFrame({"frame": ["a", "a"], "cue": ["secur*", "security"]})
    assert find_cues("Security first.", lex)["cue"].tolist() == ["security"]


def test_order_is_sentence_then_position_then_lexicon_order():
    text = "Members of the UN Security Council met. Talks on security."
    table = find_cues(text, COURSE_TOPICS)
    # at the same word, diplomacy (earlier in the lexicon) comes before security
    assert table[["frame", "cue", "sentence_no"]].values.tolist() == [
        ["diplomacy", "security council", 1],
        ["security", "secur*", 1],
        ["diplomacy", "talk*", 2],
        ["security", "secur*", 2],
    ]
    pd.testing.assert_frame_equal(table, find_cues(text, COURSE_TOPICS))


def test_sentence_numbers_count_the_headline():
    text = "News story: Foreign Secretary arrives\n\nHe warned of threats."
    table = find_cues(text, COURSE_FRAMES)
    assert table["sentence_no"].tolist() == [2, 2]
    assert table["sentence"].iloc[0] == "He warned of threats."


def test_lexicon_can_be_a_name_a_path_or_a_table(tmp_path):
    path = write(tmp_path, "mine.csv", "frame,cue,note\nconflict,standoff,x\n")
    assert find_cues("A standoff.", path)["cue"].tolist() == ["standoff"]
    assert find_cues("A standoff.", str(path))["cue"].tolist() == ["standoff"]
    with pytest.raises(LexiconError, match="lacks the column"):
        find_cues("A standoff.", pd.DataFrame({"cue": ["standoff"]}))
    with pytest.raises(LexiconError, match="cannot be used"):
        find_cues("A standoff.", pd.DataFrame({"frame": ["x"], "cue": ["st*and"]}))


def test_text_must_be_a_string_with_a_hint_for_loaded_texts():
    from helpers.texts import load_text

    with pytest.raises(TypeError, match="text.raw"):
        find_cues(load_text("press_release"))
    with pytest.raises(TypeError):
        find_cues(None)  # type: ignore[arg-type]


def test_business_as_usual_is_not_an_economic_cue():
    assert find_cues("This is not business as usual.").empty


# --------------------------------------------------------------------------------------------
# cue_summary
# --------------------------------------------------------------------------------------------


def test_summary_has_every_frame_even_for_empty_text():
    table = cue_summary("", COURSE_FRAMES)
    assert table["frame"].tolist() == FRAMES
    assert table["matches"].sum() == 0
    assert table["share_of_sentences"].isna().all()
    assert list(table.columns) == [
        "frame",
        "sentences",
        "share_of_sentences",
        "matches",
        "distinct_cues",
        "cues",
    ]
    assert cue_summary("")["frame"].tolist() == FRAMES[:5]  # by default, the five generic frames only


def test_summary_counts_sentences_not_words():
    text = "Relations are tense. Tense talks and differences. Nothing here."
    table = cue_summary(text).set_index("frame")
    assert table.loc["conflict", "matches"] == 3
    assert table.loc["conflict", "distinct_cues"] == 2
    assert table.loc["conflict", "sentences"] == 2
    assert table.loc["conflict", "share_of_sentences"] == 2 / 3
    assert table.loc["conflict", "cues"] == "tense (2), differences (1)"
    assert table.loc["morality", "matches"] == 0 and table.loc["morality", "cues"] == ""
    assert table.attrs["sentences"] == 3


def test_summary_of_a_match_table():
    matches = find_cues("A threat. Another threat.", COURSE_TOPICS)
    table = cue_summary(matches, COURSE_TOPICS, sentences=4).set_index("frame")
    assert table.loc["security", "matches"] == 2 and table.loc["security", "share_of_sentences"] == 0.5
    assert math.isnan(
        cue_summary(matches, COURSE_TOPICS).set_index("frame").loc["security", "share_of_sentences"]
    )
    with pytest.raises(ValueError, match="frame"):
        cue_summary(pd.DataFrame({"word": ["x"]}))


def test_summary_keeps_frames_missing_from_the_lexicon():
    matches = pd.DataFrame(
        {"frame": ["zeta"], "cue": ["z"], "match": ["z"], "sentence_no": [1], "sentence": ["z"]}
    )
    assert cue_summary(matches, COURSE_FRAMES)["frame"].tolist() == FRAMES + ["zeta"]


def test_summary_of_modals_is_by_kind():
    table = cue_summary(modal_forms("We will go. We must not wait. We will win."), sentences=3)
    assert table["kind"].tolist() == ["future", "obligation", "possibility", "conditional", "negated modal"]
    row = table.set_index("kind").loc["future"]
    assert (row["matches"], row["sentences"]) == (2, 2)


# --------------------------------------------------------------------------------------------
# modal_forms
# --------------------------------------------------------------------------------------------


def test_modal_forms_will_plus_verb_and_negation_counted_once():
    table = modal_forms("He will say that we will not stop. It won\u2019t.")
    assert table[["kind", "cue", "match", "next_word"]].values.tolist() == [
        ["future", "will", "will", "say"],
        ["negated modal", "will not", "will not", "stop"],
        ["negated modal", "won't", "won\u2019t", ""],
    ]
    assert list(table.columns) == MODAL_COLUMNS


def test_modal_forms_curly_apostrophes_and_contractions():
    table = modal_forms("It can\u2019t be. We\u2019ll see. They\u2019re going to try. You need to.")
    assert table[["kind", "match"]].values.tolist() == [
        ["negated modal", "can\u2019t"],
        ["future", "We\u2019ll"],
        ["future", "going to"],
        ["obligation", "need to"],
    ]


def test_modal_forms_empty_single_word_and_no_match():
    assert modal_forms("").empty and list(modal_forms("").columns) == MODAL_COLUMNS
    assert modal_forms("Must")["kind"].tolist() == ["obligation"]
    assert modal_forms("Talks in Moscow.").empty


# --------------------------------------------------------------------------------------------
# The course's two texts
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def course_texts() -> dict[str, str]:
    from helpers.cleaning import clean_text
    from helpers.texts import load_text

    return {
        "press_release": load_text("press_release").raw,
        "newspaper": clean_text(load_text("newspaper").raw),
    }


def test_press_release_cues(course_texts):
    text = course_texts["press_release"]
    matches = find_cues(text, COURSE_FRAMES)
    security = matches[matches["frame"] == "security"]
    assert {"threat", "threatened", "destabilising"} <= set(security["match"])
    summary = cue_summary(text, COURSE_FRAMES).set_index("frame")
    assert summary.loc["diplomacy", "matches"] > summary.loc["conflict", "matches"] > 0
    # every match is found in its sentence, as written
    assert all(m in s for m, s in zip(matches["match"], matches["sentence"]))
    modals = modal_forms(text)
    assert (modals["cue"] == "will").sum() == 6
    assert set(modals.loc[modals["cue"] == "will", "next_word"]) >= {"say", "stress", "encourage"}
    assert modals.loc[modals["kind"] == "negated modal", "cue"].tolist() == [
        "cannot",
        "cannot",
        "doesn't have to",
    ]


def test_newspaper_cues(course_texts):
    matches = find_cues(course_texts["newspaper"])
    assert "accused" in set(matches.loc[matches["frame"] == "conflict", "match"])
    # the cleaned text has no gallery captions: their "Syrian boys cry" is not there
    assert not (matches["cue"] == "cry*").any()
    modals = modal_forms(course_texts["newspaper"])
    assert modals.loc[0, ["cue", "next_word", "sentence_no"]].tolist() == ["is to", "visit", 1]


def test_no_heavy_imports_at_import_time():
    code = "import sys, helpers.framing; print(sorted(m for m in ('pandas', 'numpy', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------------------------
# Frame questions: the cues' answers beside a hand coding
# --------------------------------------------------------------------------------------------


def _all(answer, n=2):
    return {item: (answer,) * n for item in load_lexicon("frame_questions")["item"]}


def test_cue_answers_follow_the_notes():
    from helpers.coding import CUE_ANSWER_COLUMNS, cue_answers

    table = cue_answers("Relations are tense. Sanctions were imposed.")
    assert list(table.columns) == list(CUE_ANSWER_COLUMNS)
    assert table["item"].tolist() == load_lexicon("frame_questions")["item"].tolist()
    by_item = table.set_index("item")
    assert by_item.loc["SV11", ["cue_answer", "matches", "evidence"]].tolist() == ["yes", 1, "tense (1)"]
    # sanction* is a conflict cue (SV12) and an economic cue (SV20): it answers both
    assert by_item.loc["SV12", "evidence"] == by_item.loc["SV20", "evidence"] == "sanction* (1)"
    assert by_item.loc["SV1", "cue_answer"] == "no" and by_item.loc["SV1", "evidence"] == ""
    # SV1 must not pick up notes citing SV10-SV19
    assert cue_answers("Syrian boys cry.").set_index("item").loc[["SV1", "SV10"], "cue_answer"].tolist() == [
        "no",
        "yes",
    ]
    assert (cue_answers("")["cue_answer"] == "no").all()


def test_cue_answers_needs_notes_and_items():
    from helpers.coding import cue_answers

    with pytest.raises(LexiconError, match="'note' column"):
        cue_answers("Tense.", pd.DataFrame({"frame": ["conflict"], "cue": ["tense"]}))
    with pytest.raises(LexiconError, match="item"):
        cue_answers("Tense.", questions=pd.DataFrame({"frame": ["conflict"], "question": ["Q?"]}))


def test_coding_problems_name_each_mistake():
    from helpers.coding import coding_problems

    assert coding_problems(_all("yes"), 2) == []
    assert coding_problems({k.lower(): (True, "N ") for k in _all("yes")}, 2) == []  # forgiving about format
    assert coding_problems(["yes"], 2)[0].startswith("Give a dictionary")
    assert coding_problems(..., 2) == [
        "There is no sheet yet: fill in every answer, then give the whole dictionary."
    ]
    partial = _all("yes")
    del partial["SV3"]
    assert coding_problems(partial, 2) == ["Answer every question: 1 item is missing (SV3)."]
    wrong = _all("yes") | {"SV2": ("yes",), "SV5": ("?", "no"), "XX9": ("yes", "no")}
    problems = coding_problems(wrong, 2)
    assert any("Unknown item(s) 'XX9'" in p for p in problems)
    assert "Give 2 answers, one per text, in brackets, like ('yes', 'no'): SV2." in problems
    assert "Write 'yes' or 'no', not '?': SV5." in problems
    blank = coding_problems({item: ("?", "?") for item in _all("yes")}, 2)
    assert blank == ["Write 'yes' or 'no', not '?': SV1, SV2, SV3 and 23 more."]


def test_coding_agreement_compares_text_by_text():
    from helpers.coding import AGREEMENT_COLUMNS, coding_agreement, cue_answers

    texts = {"a": "Relations are tense.", "b": "Nothing here."}
    table = coding_agreement(_all("no"), texts)
    assert list(table.columns) == list(AGREEMENT_COLUMNS)
    assert table["text"].tolist() == ["a"] * 26 + ["b"] * 26
    assert table.loc[~table["agree"], ["text", "item"]].values.tolist() == [["a", "SV11"], ["a", "FL3"]]
    assert table.loc[table["text"] == "a", "cues"].tolist() == cue_answers(texts["a"])["cue_answer"].tolist()
    with pytest.raises(ValueError, match="cannot be compared yet.*missing"):
        coding_agreement({"SV1": ("yes", "no")}, texts)
    with pytest.raises(TypeError, match="dictionary of name -> text"):
        coding_agreement(_all("no"), ["a", "b"])
