"""Pins every figure that notebook 06 (text reuse and context) states in its prose, and its key tables.

Each test recomputes a number the way the notebook does and asserts its value, so a change in a
helper or a library that moves a figure fails here instead of leaving a wrong sentence behind.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from dateutil.relativedelta import relativedelta
from notebook_prose import assert_states

import helpers
from helpers.cleaning import clean_text, label_paragraphs, repair_encoding
from helpers.concordance import concordance
from helpers.reuse import reuse_summary, shared_passages
from helpers.tokens import tokenize
from helpers.voices import marked_phrases, passage_voices, phrase_voices, voice_shares, voices

SPOKESWOMAN = "An FCO spokeswoman"
TERMS = ["Ukraine", "Syria", "Aleppo", "sanctions", "Putin", "Trump", "Iran", "North Korea", "World Cup"]


@pytest.fixture(scope="module")
def press():
    return clean_text(helpers.load_text("press_release").raw)


@pytest.fixture(scope="module")
def news():
    return clean_text(helpers.load_text("newspaper").raw)


@pytest.fixture(scope="module")
def news_voices(news):
    return voices(news)


@pytest.fixture(scope="module")
def captions():
    parts = label_paragraphs(repair_encoding(helpers.load_text("newspaper").raw))
    found = parts.loc[parts["part"] == "caption", "text"].str.replace(r"^\d+/\d+\s+", "", regex=True)
    found.index = pd.RangeIndex(1, len(found) + 1, name="caption")
    return found


@pytest.fixture(scope="module")
def texts(press, news, captions):
    return {"press_release": press, "newspaper article": news, "newspaper captions": "\n\n".join(captions)}


# 1. The official words inside the newspaper


def test_voice_shares_of_the_newspaper(news_voices):
    shares = voice_shares(news_voices)
    assert shares[["voice", "speaker", "words"]].values.tolist() == [
        ["narrative", "", 273],
        ["quote", SPOKESWOMAN, 155],
        ["quote", "", 4],
    ]
    assert shares["share"].round(3).tolist() == [0.632, 0.359, 0.009]


def test_the_fco_statement(news_voices):
    rows = news_voices[news_voices["speaker"] == SPOKESWOMAN]
    assert sorted(rows["paragraph"].unique()) == [4, 5, 6, 7, 8]  # prose: 5 paragraphs, 4-8
    assert int(rows["words"].sum()) == 155 and int(news_voices["words"].sum()) == 432
    assert f"{155 / 432:.0%}" == "36%"
    assert rows["text"].iloc[0].startswith("The Foreign Secretary has accepted an invitation")


def test_the_unnamed_quote(news_voices):
    unnamed = news_voices[(news_voices["voice"] == "quote") & (news_voices["speaker"] == "")]
    assert unnamed[["words", "text"]].values.tolist() == [[4, "no case for relaxation"]]


def test_the_narrative_borrows_from_the_statement(news_voices):
    statement = "\n\n".join(news_voices.loc[news_voices["speaker"] == SPOKESWOMAN, "text"])
    narrative = "\n\n".join(news_voices.loc[news_voices["voice"] == "narrative", "text"])
    assert shared_passages(narrative, statement, n=3)[["passage", "words"]].values.tolist() == [
        ["russian foreign minister sergey lavrov", 5],
        ["business as usual", 3],
        ["engage but beware", 3],
    ]


# 2. What the two texts share word for word


def test_shared_passages_at_n4(press, news):
    passages = shared_passages(press, news)
    assert passages["passage"].unique().tolist() == ["foreign secretary boris johnson", "the uk and russia"]
    assert len(passages) == 3
    summary = reuse_summary(press, news, names=("press_release", "newspaper")).set_index("text")
    assert summary[["tokens", "reused_tokens"]].to_dict("index") == {
        "press_release": {"tokens": 340, "reused_tokens": 12},
        "newspaper": {"tokens": 432, "reused_tokens": 8},
    }
    assert [f"{v:.1%}" for v in summary["share_reused"]] == ["3.5%", "1.9%"]


def test_shared_passages_at_n3_and_their_voices(press, news):
    placed = passage_voices(shared_passages(press, news, n=3), news, side="b")
    assert len(placed) == 13
    different = (
        placed.groupby("passage")
        .agg(
            words=("words", "first"),
            in_press_release=("start_a", "nunique"),
            in_newspaper=("start_b", "nunique"),
        )
        .sort_values(["words", "passage"], ascending=[False, True])
    )
    assert different.reset_index().values.tolist() == [
        ["foreign secretary boris johnson", 4, 1, 1],
        ["the uk and russia", 4, 2, 1],
        ["business as usual", 3, 2, 2],
        ["the foreign secretary", 3, 1, 3],
        ["the uk will", 3, 1, 1],
        ["we continue to", 3, 1, 1],
        ["will continue to", 3, 1, 1],
    ]
    places = placed.drop_duplicates(["passage", "start_b"])
    assert len(places) == 10 and int((places["speaker"] == SPOKESWOMAN).sum()) == 7


def test_how_n_changes_what_is_found(press, news):
    rows = {}
    for n in range(2, 7):
        summary = reuse_summary(press, news, n=n, names=("press_release", "newspaper")).set_index("text")
        rows[n] = (
            shared_passages(press, news, n=n)["passage"].nunique(),
            int(summary.loc["press_release", "reused_tokens"]),
            round(summary.loc["press_release", "share_reused"], 3),
            int(summary.loc["newspaper", "reused_tokens"]),
            round(summary.loc["newspaper", "share_reused"], 3),
        )
    assert rows == {
        2: (23, 69, 0.203, 75, 0.174),
        3: (7, 27, 0.079, 32, 0.074),
        4: (2, 12, 0.035, 8, 0.019),
        5: (0, 0, 0.0, 0, 0.0),
        6: (0, 0, 0.0, 0, 0.0),
    }


def test_two_word_passages(press, news):
    passages = shared_passages(press, news, n=2).drop_duplicates("passage")
    assert len(passages) == 23 and int((passages["words"] == 2).sum()) == 16
    assert passages.loc[passages["words"] == 2, "passage"].tolist() == [
        "foreign secretary",
        "mr johnson",
        "and the",
        "in the",
        "on the",
        "the uk",
        "continue to",
        "with russia",
        "continues to",
        "said the",
        "it is",
        "we have",
        "to the",
        "to be",
        "the visit",
        "visit will",
    ]
    assert int(passages["words"].max()) == 4  # prose: no shared passage is longer than 4 words


# Going further B. "Business as usual": a travelling formula


def test_marked_phrases(press, news):
    columns = ["paragraph", "voice", "phrase", "marks", "kind", "source"]
    assert marked_phrases(press)[columns].values.tolist() == [
        [
            5,
            "narrative",
            "business as usual",
            "single",
            "partial_quote",
            "Mr Johnson",
        ],  # prose: attributed to him
        [8, "quote", "business as usual", "single", "scare_quote", ""],  # prose: no source in its sentence
    ]
    assert marked_phrases(news)[columns].values.tolist() == [
        [1, "narrative", "high level talks", "double", "partial_quote", ""],  # "it has been announced"
        [2, "narrative", "business as usual", "double", "partial_quote", "the government"],
        [2, "narrative", "engage but beware", "double", "partial_quote", "the government"],
        [5, "quote", "engage but beware", "single", "scare_quote", ""],
        [9, "narrative", "Russophobic hysteria", "double", "partial_quote", ""],  # "He was accused of"
    ]


def test_business_as_usual_in_both_texts(press, news):
    business = pd.concat(
        [
            phrase_voices(press, "business as usual").assign(text="press_release"),
            phrase_voices(news, "business as usual").assign(text="newspaper"),
        ],
        ignore_index=True,
    )
    business["negated"] = business["left"].str.contains(r"\b(?:not|cannot)\b", case=False)
    assert business["text"].value_counts().to_dict() == {"press_release": 2, "newspaper": 2}
    assert business["negated"].tolist() == [True, True, True, True]  # prose: "every one"
    assert business[["text", "voice", "marks"]].values.tolist() == [
        ["press_release", "narrative", "single"],
        ["press_release", "quote", "single"],
        ["newspaper", "narrative", "double"],
        ["newspaper", "quote", ""],
    ]


def test_engage_but_beware(press, news):
    assert len(phrase_voices(news, "engage but beware")) == 2
    assert len(phrase_voices(press, "engage but beware")) == 0


# Going further A. Nine months apart


def test_days_and_months_between_the_statement_and_the_visit():
    catalogue = helpers.load_catalogue().set_index("id")
    assert "dated 4 March 2017" in catalogue.loc["newspaper", "date_note"]
    visit = pd.Timestamp(catalogue.loc["press_release", "date"])
    statement = pd.Timestamp("2017-03-04")
    assert (visit - statement).days == 293
    gap = relativedelta(visit, statement)
    assert (gap.years, gap.months, gap.days) == (0, 9, 18)


# Going further F. What each text leaves out


def test_words_per_text(texts):
    assert {name: len(tokenize(text)) for name, text in texts.items()} == {
        "press_release": 340,
        "newspaper article": 432,
        "newspaper captions": 532,
    }


def test_places_and_issues(texts):
    mentions = pd.DataFrame(
        {name: [len(concordance(text, t)) for t in TERMS] for name, text in texts.items()}, index=TERMS
    )
    assert mentions.to_dict("index") == {
        "Ukraine": {"press_release": 1, "newspaper article": 3, "newspaper captions": 0},
        "Syria": {"press_release": 0, "newspaper article": 2, "newspaper captions": 15},
        "Aleppo": {"press_release": 0, "newspaper article": 1, "newspaper captions": 2},
        "sanctions": {"press_release": 0, "newspaper article": 2, "newspaper captions": 0},
        "Putin": {"press_release": 0, "newspaper article": 2, "newspaper captions": 1},
        "Trump": {"press_release": 0, "newspaper article": 2, "newspaper captions": 0},
        "Iran": {"press_release": 2, "newspaper article": 0, "newspaper captions": 0},
        "North Korea": {"press_release": 1, "newspaper article": 0, "newspaper captions": 0},
        "World Cup": {"press_release": 2, "newspaper article": 0, "newspaper captions": 0},
    }


def test_people_and_harm():
    # pinned from the notebook's own table and sentence (it counts its `human_cost` list)
    assert_states(
        "06",
        "civilians 0 0 3 children 0 0 0 boys 0 0 1 girl 0 0 1 baby 0 0 1 woman 0 0 1 injured 0 0 1 "
        "survivors 0 0 1 cry 0 0 1 rubble 0 0 2 hospital 0 0 1 treatment 0 0 1 stretcher 0 0 1 "
        "suffering 0 0 0 total 0 0 15",
        "These words occur 15 times in the captions, 0 times in the article and 0 times in the press "
        "release. 8 of the 19 captions use at least one of them, all among the first 10 of the gallery",
    )


def _notebook_list(name: str) -> list[str]:
    """The list literal the notebook's source assigns to ``name``."""
    import ast
    from pathlib import Path

    source = Path(__file__).resolve().parent.parent / "notebooks" / "src" / "06_text_reuse_and_context.py"
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"the notebook assigns no {name}")


def test_these_word_lists_are_the_notebooks_and_the_exercise_checks():
    from helpers.checks.nb06 import HUMAN_COST_WORDS

    assert _notebook_list("terms") == TERMS
    assert _notebook_list("human_cost") == list(HUMAN_COST_WORDS)  # the check counts the same words


# --- the original statement (issue 13, item 10): facts from GOV.UK, cited; what the notebook computes --------


def test_the_original_statement_is_cited_and_checked_against_our_file():
    from notebook_prose import assert_states, prose

    assert_states(
        "06",
        "https://www.gov.uk/government/news/foreign-secretary-to-visit-russia",
        "https://www.gov.uk/government/news/foreign-secretary-to-visit-moscow",
        "13 October 2017",
        "Open Government Licence v3.0",
        "Counted as runs of letters and digits, the quotation inside our newspaper file has 156 words, the same "
        "number as the GOV.UK statement (156). It fills paragraphs 4–8 in one block, with no word of the "
        "journalist's between its parts, and it is 36% of the cleaned article's 437 words",
        "Lewis, Williams and Franklin (2008)",
        "19% were verifiably derived mainly or wholly from PR material, and 60% wholly or mainly from PR material "
        "or wire (news agency) copy",
        "python3 course.py add-text fco_2017-03-04.html --id fco_statement",
        "A reviewer read two GOV.UK pages (URLs below) and recorded these facts in the course's issue tracker "
        "(2026)",
        "one unbroken block: all 156 of its words (counted as runs of letters and digits), nothing cut or reordered",
        "So 36% of the article is the FCO's statement, quoted and attributed; the opening paraphrases the same page "
        "without saying so",
        "A news story that retells a press release without saying so is churnalism",
    )
    assert "checked by the course's authors" not in prose("06")
    provenance_file = Path(__file__).resolve().parents[1] / "texts" / "PROVENANCE.md"
    provenance = " ".join(provenance_file.read_text(encoding="utf-8").split())
    assert "in one unbroken block, all 156 of its words, nothing cut or reordered" in provenance
    assert "almost word for word" not in provenance
    assert "We do not have the FCO's original statement" not in prose("06")
    assert "without the original we cannot show how faithfully" not in prose("06")


def test_churn_figure_and_direction():
    from notebook_prose import assert_states, prose

    assert_states(
        "06",
        "The churn figure is 0% for the press release and 0% for the newspaper: the two texts share 0 "
        "passages of five words or more.",
    )
    # with no shared passage, no direction of borrowing (section 1: the March newspaper is not its source)
    assert_states("06", "With no passage to explain, the dates have no borrowing to order.")
    assert "press_release took them from newspaper" not in prose("06")


def test_positions_and_overlapping_passages(press, news):
    """Section 2: positions count lower-case words from 0; two passages overlap in the press release."""
    tokens = tokenize(press)
    passages = shared_passages(press, news, n=3).drop_duplicates("passage").set_index("passage")
    first = passages.loc["the foreign secretary"]
    second = passages.loc["foreign secretary boris johnson"]
    assert tokens[first["start_a"] : first["end_a"]] == ["the", "foreign", "secretary"]
    assert second["start_a"] == first["start_a"] + 1  # they share two words: "foreign secretary"
    assert_states("06", "Passages can overlap: the foreign secretary and foreign secretary boris johnson")


def test_the_core_path_ends_with_its_summary_and_reflection():
    """The core's summary and reflection come before Going further, and the summary at the end of
    Going further runs without NameError after the core path alone."""
    from notebook_prose import cells

    saved = cells("06")
    sources = ["".join(cell["source"]) for cell in saved]
    going_further = next(i for i, text in enumerate(sources) if text.startswith("## Going further"))
    core = saved[:going_further]
    assert any(
        cell["cell_type"] == "markdown" and "".join(cell["source"]).startswith("## What we found")
        for cell in core
    )
    assert any("reflection" in cell["metadata"].get("tags", []) for cell in core)
    assert not any("reflection" in cell["metadata"].get("tags", []) for cell in saved[going_further:])

    import IPython.display

    shown = []
    namespace = {}
    for cell in core:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), "<core cell>", "exec"), namespace)
    summary = next(text for text in sources if "made_in_going_further" in text)
    namespace["Markdown"] = lambda text: shown.append(text) or IPython.display.Markdown(text)
    exec(compile(summary, "<summary cell>", "exec"), namespace)
    assert shown == ["This summary uses the results of parts A to F: run them first (*Run > Run All Cells*)."]
