"""Exercises of notebook 05 (voices and framing)."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from helpers.coding import answer_value, coding_problems, cue_answers
from helpers.course_texts import load_texts
from helpers.framing import cue_summary, modal_forms
from helpers.voices import reported_words, voices

from . import FALLBACK, Wrong, close, exercise, is_number, is_table
from .hedging import GENERALISATIONS
from .sealed import hedged_exercise

MINISTER = "The Foreign Secretary Boris Johnson"
KREMLIN = "The Kremlin has positioned"  # the paragraph the first-person rule leaves in the narrative


def _text(text_id: str) -> str:

    return load_texts(text_id)[text_id]


# --- 05.1 (reflection: what the voices chart can and cannot tell) ----------------------------

#: Claims the chart of voices cannot support: why the writer chose the voices, what the paper wants.
MOTIVES = (
    "intends",
    "intended",
    "intention",
    "intentionally",
    "deliberately",
    "on purpose",
    "wants",
    "wanted",
    "agenda",
    "biased",
    "propaganda",
    "bad journalism",
    "lazy",
)
#: Claims the chart refutes or cannot reach (reviews of 2026-12-01), each with its own hint.
#: "Most" of the newspaper's words is refuted only when the spokeswoman, the government or the
#: quotes are its subject (she has 36%, all quotes 37%: tests/test_facts_nb05.py); the narrative
#: does have most of them (63%), and "most quoted words" are hers.
MOST_WORDS = (
    r"\b(?:most|majority) of (?:the |all |its |all the |all its )?(?:newspaper's |article's |text's )?words\b",
    r"\b(?:most|majority) of (?:the |this )?(?:newspaper|article|text)\b",
    r"\bmost words (?:in|of) (?:the |this )?(?:newspaper|article|text)\b",
    r"\bmajority of words (?:in|of) (?:the |this )?(?:newspaper|article|text)\b",
)
#: Subjects that make "most of the words" false, and words that make it true ("the narrative").
OFFICIAL: tuple[str, ...] = ("spokeswoman", "she", "her", "hers", "government", "official", "officials")
OFFICIAL += ("fco", "minister", "british", "uk", "britain", "state", "johnson")
OFFICIAL += ("quote", "quotes", "quotations")
NARRATIVE = ("narrative", "journalist", "writer", "reporter", "own", "quoted")
CLAIMS = (
    {
        "patterns": MOST_WORDS,
        "when": OFFICIAL,
        "unless": NARRATIVE,
        "hint": (
            'Not "most": the spokeswoman, and all the quotes together, have under half of the newspaper\'s '
            "words; the journalist's narrative has the most. She has most of its *quoted* words: say that."
        ),
    },
    {
        "patterns": (
            r"\bdominat\w*",
            r"\b(?:control|controls|controlled|controlling|define|defines|defined|defining)\s+"
            r"(?:the |this |its )?(?:story|article|news|narrative|coverage|debate|agenda)\b",
            r"\b(?:control|definition) of (?:the |this )?(?:story|article|news|narrative|coverage|debate)\b",
            r"\bprimary definers?\b",
            r"\bonly (?:lets|let|allows|allowed|permits)\b.*\b(?:speak|speaks|talk|voice)\b",
        ),
        "unless": ("narrative", "journalist", "writer", "reporter"),
        "hint": (
            "A word count shows who has the most words, not who dominates, controls or defines the story, "
            "nor whom the newspaper lets speak. Say who has the most quoted words."
        ),
    },
    {
        "patterns": (r"\bsilenc\w*", r"\bcensor\w*", r"\bgagged\b", r"\bshut out\b"),
        "hint": (
            "The chart counts the words a text has. A voice that is missing is not shown to be silenced: "
            "say whose words the chart shows."
        ),
    },
)
CHART_RULES = {
    "figure": ("chart", "figure", "graph", "whose words"),
    "figure_label": 'the chart (say "the chart")',
    "motives": MOTIVES,
    "scope": "this article",
    # bare plurals generalise too: "newspapers give most of their quotes to governments"
    "generalisations": (*GENERALISATIONS, "newspapers", "media", "journalists", "press releases"),
    "claims": CLAIMS,
    "hedge_conclusions": True,
}


def _chart_sentence() -> str:
    return (
        "In this article, the chart suggests that most quoted words come from the government's spokeswoman, "
        "which may make the official view the loudest one."
    )


hedged_exercise(
    "05.1",
    "In one sentence: what does the chart of voices suggest about whose words fill the newspaper?",
    CHART_RULES,
    model=_chart_sentence,
    wrong_examples=(
        Wrong("Most quoted words are the spokeswoman's, so officials may dominate.", hint="Say which figure"),
        Wrong("The chart proves that the government controls the story.", hint="claims more than the figure"),
        Wrong(
            "The chart suggests the newspaper deliberately lets only the government speak.",
            hint="says why the writer did it",
        ),
        Wrong("The chart suggests the media always quote governments.", hint="generalises beyond"),
        Wrong(
            "The chart suggests the newspaper is biased towards the government.",
            hint="judges the text as biased",
        ),
        Wrong("The chart of voices may show that the newspaper is biased.", hint="judges the text as biased"),
        Wrong("The chart shows a significant share of government words.", hint='"Significant" is a claim'),
        Wrong("The chart shows that the spokeswoman has a third of the words.", hint="Hedge your claim"),
        # a first-year student's sentences that passed before (review of 2026-12-01)
        Wrong(
            "The chart suggests newspapers give most of their quotes to governments.",
            hint="generalises beyond",
        ),
        Wrong(
            "The chart suggests that the spokeswoman has most of the newspaper's words.",
            hint='Not "most": the spokeswoman',
        ),
        Wrong(
            "The chart suggests the spokeswoman speaks most, so the government is the primary definer.",
            hint="not who dominates, controls or defines",
        ),
        Wrong(
            "The chart suggests the spokeswoman has most quoted words, so the government controls the story.",
            hint="not who dominates, controls or defines",
        ),
        Wrong(
            "The chart suggests the spokeswoman has most quoted words, so she is the loudest voice.",
            hint='conclusion after "so"',
        ),
        Wrong(
            "The chart suggests the spokeswoman has most quoted words and that Russia was silenced.",
            hint="not shown to be silenced",
        ),
        # overclaims that passed before (review of f57f01b)
        Wrong(
            "The chart suggests the spokeswoman dominates the newspaper article.", hint="not who dominates"
        ),
        Wrong(
            "The chart suggests the government may control the story in this article.",
            hint="not who dominates",
        ),
        Wrong(
            "The voice chart suggests the newspaper only lets the British government speak.",
            hint="nor whom the newspaper lets speak",
        ),
        Wrong("The chart suggests the quotes have most of the words in this article.", hint='Not "most"'),
    ),
)


# --- 05.2 (apply the four kinds to a sentence not in the course texts) ------------------------

#: A made-up local news story, four sentences written for the course (notebook 05 prints them).
STORY = (
    "Residents described the new road as a “disaster” on Tuesday.",
    "The so-called “peace plan” was never published.",
    "The mayor said: “We will build the homes this town needs, and we will build them fast.”",
    "The council leader said the plan was “a bold step for the town”, and promised more homes.",
)


@cache
def _story_kinds() -> tuple[str, ...]:
    return tuple(reported_words(" ".join(STORY))["kind"])


def _count_of(*kinds: str) -> int:
    return sum(kind in kinds for kind in _story_kinds())


@exercise(
    "05.2",
    "How many partial quotes does `reported_words` find in the made-up local story?",
    hints=(
        (
            lambda a, e: is_table(a),
            'That is a table or a column. Count the rows whose `kind` is "partial_quote": '
            '`(found["kind"] == "partial_quote").sum()`.',
        ),
        (lambda a, e: not is_number(a), "Give a whole number: how many partial quotes."),
        (
            lambda a, e: a == len(_story_kinds()),
            "That counts every row of `reported_words(story)`, indirect speech included. Keep the rows whose "
            '`kind` is "partial_quote".',
        ),
        (
            lambda a, e: a == _count_of("quote", "partial_quote", "scare_quote"),
            "That counts everything in quotation marks. A scare quote has no source in its sentence "
            "(*so-called*), and a quote stands on its own: keep only the partial quotes.",
        ),
        (
            lambda a, e: a == e - 1,
            "One is missing. Two sentences have one: the residents' (“disaster”) and the council "
            "leader's (“a bold step for the town”). The council leader's sentence gives two rows: indirect "
            "speech (its `text`, *the plan was*, is the part of his reported words outside the quotation "
            "marks) and a partial quote.",
        ),
    ),
    fallback_hint='`found = reported_words(story)`, then count the rows whose `kind` is "partial_quote".',
    wrong_examples=(
        Wrong(SimpleNamespace(shape=(5, 8)), hint="That is a table or a column."),
        Wrong("two", hint="Give a whole number"),
        Wrong(5, hint="That counts every row"),
        Wrong(4, hint="That counts everything in quotation marks"),
        Wrong(1, hint="One is missing."),
        Wrong(0, hint=FALLBACK),
    ),
)
def _story_partial_quotes() -> int:
    return _count_of("partial_quote")


# --- 05.6 (the second reading; Going further F) -------------------------------------------------------------------------------------


@cache
def _press_words() -> dict[str, int]:
    """Words of the press release: all, the minister's (machine), paragraph 11, paragraph 12."""

    frame = voices(_text("press_release"))
    kremlin = int(frame.loc[frame["text"].str.startswith(KREMLIN), "paragraph"].iloc[0])
    return {
        "all": int(frame["words"].sum()),
        "machine": int(frame.loc[frame["speaker"] == MINISTER, "words"].sum()),
        "kremlin": int(frame.loc[frame["paragraph"] == kremlin, "words"].sum()),
        "next": int(frame.loc[frame["paragraph"] == kremlin + 1, "words"].sum()),
    }


def _share(*parts: str) -> float:
    counts = _press_words()
    return sum(counts[p] for p in parts) / counts["all"]


def _unbracketed() -> tuple[float, ...]:
    """What ``a + b + c / total`` gives when the sum lacks its brackets (Python divides c alone)."""
    counts = _press_words()
    machine, kremlin, following, total = (counts[k] for k in ("machine", "kremlin", "next", "all"))
    return (
        machine + kremlin + following / total,  # his + paragraph 11 + paragraph 12 / total
        machine + (kremlin + following) / total,  # his_words + paragraphs_11_12 / total
    )


@exercise(
    "05.6",
    "With paragraphs 11 and 12 given to the Foreign Secretary, what share of the press release's words are his?",
    hints=(
        (
            lambda a, e: not is_number(a),
            "Give a single number between 0 and 1: his words (paragraphs 11 and 12 included) divided by all the words.",
        ),
        (
            lambda a, e: (
                a
                in (
                    _press_words()["machine"] + _press_words()["kremlin"] + _press_words()["next"],
                    _press_words()["machine"],
                )
            ),
            'That is a number of words. Divide it by all the words of the press release, `press_voices["words"].sum()`.',
        ),
        (
            lambda a, e: any(close(a, wrong) for wrong in _unbracketed()),
            "Put brackets round the sum: `(a + b + c) / total`. Without them Python divides only the last "
            "number by the total, then adds the others.",
        ),
        (
            lambda a, e: a > 1,
            "Give a share between 0 and 1, not a percentage: divide by 100, or don't multiply.",
        ),
        (
            lambda a, e: close(a, _share("machine")),
            "That is the machine's reading, with paragraphs 11 and 12 still counted as narrative. Add their words "
            "to his, then divide.",
        ),
        (
            lambda a, e: close(a, _share("kremlin")),
            "That is paragraph 11 alone. Add paragraph 12 and the words the machine already gives him (his rows in "
            "`press_voices`).",
        ),
        (
            lambda a, e: close(a, (1 - e)),
            "That is the share of everything *else*, the narrative. Take his share.",
        ),
        (
            lambda a, e: close(a, _share("machine", "kremlin")),
            "That gives him paragraph 11 only. This reading gives him paragraph 12 too (its *our security "
            "preparations*): add paragraph 12's words as well.",
        ),
    ),
    fallback_hint="Add the `words` of his rows and of paragraphs 11 and 12 in `press_voices`, and divide by the sum of "
    "`words` over all rows.",
    compare=lambda a, e: close(a, e),
    wrong_examples=(
        Wrong(0.326, hint="That is the machine's reading,"),
        Wrong(45.0, hint="Give a share between 0"),
        Wrong(round(_unbracketed()[0], 2), hint="Put brackets round the sum"),  # 111 + 19 + 23 / 340: 130.07
        Wrong(round(_unbracketed()[1], 3), hint="Put brackets round the sum"),  # 111 + 43 / 340
        Wrong(153, hint="That is a number of"),
        Wrong(0.55, hint="That is the share of"),
        Wrong(0.056, hint="That is paragraph 11 alone."),
        Wrong(0.382, hint="That gives him paragraph 11 only."),
        Wrong("two fifths", hint="Give a single number between"),
        Wrong(0.5, hint="too rounded"),  # the rounding rule: 0.45 needs two significant figures
        Wrong(0.4, hint=FALLBACK),  # one figure, and wrongly rounded
    ),
)
def _corrected_share() -> float:
    return _share("machine", "kremlin", "next")


# --- 05.4 (futures with will; Going further B) -------------------------------------------------------------------------------------


@cache
def _modals(text_id: str):

    return modal_forms(_text(text_id))


def _wills(text_id: str) -> int:
    table = _modals(text_id)
    return int(((table["kind"] == "future") & (table["cue"] == "will")).sum())


def _will_sentences(text_id: str) -> int:
    """The sentences with a future *will*: fewer than the forms when one sentence has two."""
    table = _modals(text_id)
    return int(table.loc[(table["kind"] == "future") & (table["cue"] == "will"), "sentence_no"].nunique())


@exercise(
    "05.4",
    "How many future forms with 'will' does the press release contain?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a table or a column. Count its rows with `len(...)` or add True values with `.sum()`.",
        ),
        (lambda a, e: not is_number(a), "Give a whole number."),
        (
            lambda a, e: a == len(_modals("press_release")),
            "That counts every modal form (cannot, should, need to...). Keep only the futures with the cue 'will'.",
        ),
        (
            lambda a, e: a == _will_sentences("press_release"),
            "That counts sentences. One sentence has two forms with *will* (*he will stress the UK will "
            "continue*): count the forms, one row each in `modal_forms(press)`. (If you used `news`, use `press`.)",
        ),
        (
            lambda a, e: (
                a == int(_modals("press_release")["next_word"].isin(["say", "stress", "encourage"]).sum())
            ),
            "You counted only *will say / stress / encourage*. The question asks for every future with *will*, "
            "whatever verb follows.",
        ),
    ),
    fallback_hint='`modal_forms(press)`, then count the rows whose `kind` is "future" and whose `cue` is "will".',
    wrong_examples=(
        Wrong(SimpleNamespace(shape=(6, 7)), hint="That is a table or a column."),  # a table, not its count
        Wrong(11, hint="That counts every modal form"),
        Wrong(5, hint="That counts sentences. One sentence has two"),  # 5 sentences, 6 forms
        Wrong(4, hint="You counted only *will say"),
        Wrong(0, hint=FALLBACK),
        Wrong("six", hint="Give a whole number."),
    ),
)
def _press_wills() -> int:
    return _wills("press_release")


# --- 05.3 -------------------------------------------------------------------------------------


def _narrative(text_id: str, voice: str = "narrative") -> str:
    """The segments of one voice of a text, joined as paragraphs (what the exercise asks to build)."""

    frame = voices(_text(text_id))
    return "\n\n".join(frame.loc[frame["voice"] == voice, "text"])


@cache
def _conflict_sentences(text_id: str, voice: str | None = "narrative") -> int:
    text = _text(text_id) if voice is None else _narrative(text_id, voice)
    return int(cue_summary(text).set_index("frame").loc["conflict", "sentences"])


@exercise(
    "05.3",
    "How many sentences of the newspaper's own narrative (its quotes left out) have a conflict cue?",
    hints=(
        (
            lambda a, e: is_table(a),
            "That is a table or a column. Take one number from it: "
            '`cue_summary(journalist).set_index("frame").loc["conflict", "sentences"]`.',
        ),
        (lambda a, e: not is_number(a), "Give a whole number: a count of sentences."),
        (
            lambda a, e: a == 0,
            'None at all? `voice` holds only "quote" or "narrative": a word such as "journalist" matches no '
            'row. Keep `news_voices[news_voices["voice"] == "narrative"]["text"]`, the `"text"` column of the '
            "narrative rows (joining the table itself joins only its column names).",
        ),
        (
            lambda a, e: a == _conflict_sentences("newspaper", None),
            "That is the whole article, quotes included, or you read `matches`: read the `sentences` "
            'column. Join only the rows of `voices(news)` whose `voice` is "narrative", then run '
            "`cue_summary` on that text.",
        ),
        (
            lambda a, e: a == _conflict_sentences("newspaper", "quote"),
            'That is the quoted words. Keep the rows whose `voice` is "narrative", the journalist\'s own.',
        ),
    ),
    fallback_hint='Join the `text` of the rows of `voices(news)` whose `voice` is "narrative" with `"\\n\\n".join(...)`, '
    'run `cue_summary` on it and read the `sentences` of the row `"conflict"`.',
    wrong_examples=(
        Wrong(SimpleNamespace(shape=(5, 4)), hint="That is a table or a column."),
        Wrong("four", hint="Give a whole number"),
        Wrong(6, hint="That is the whole article"),
        Wrong(2, hint="That is the quoted words."),
        Wrong(3, hint=FALLBACK),
        Wrong(0, hint="None at all?"),
        Wrong(0, hint='`voice` holds only "quote" or "narrative"'),  # voice == "journalist" keeps no row
        Wrong(1, hint=FALLBACK),
    ),
)
def _news_narrative_conflict() -> int:
    return _conflict_sentences("newspaper")


# --- 05.5 -------------------------------------------------------------------------------------

TEXTS = ("press_release", "newspaper")
#: The question codes of lexicons/frame_questions.csv, for the wrong examples below (tests check they agree).
ITEMS = tuple(f"SV{i}" for i in range(1, 21)) + tuple(f"FL{i}" for i in range(1, 7))
ANCHOR = "FL1"  # both texts call the event talks in their first sentences: no room for doubt


def _problems(answer) -> list[str]:

    return coding_problems(answer, len(TEXTS))


def _anchor_ok(answer) -> bool:

    given = {str(k).strip().upper(): v for k, v in answer.items()}
    return all(answer_value(value) == "yes" for value in given[ANCHOR])


def _usable(answer, expected) -> bool:
    return not _problems(answer) and _anchor_ok(answer)


def _has_problem(starting: str):
    return lambda a, e: any(p.startswith(starting) for p in _problems(a))


def _left_unanswered(answer) -> bool:
    return isinstance(answer, dict) and any(
        "?" in (v if isinstance(v, (list, tuple)) else [v]) for v in answer.values()
    )


@exercise(
    "05.5",
    "Answer the frame questions for both texts, yes or no.",
    hints=(
        (
            lambda a, e: _left_unanswered(a),
            'Some answers are still "?". Replace every "?" in `my_coding` with "yes" or "no", run that cell, '
            "then `answer_05_5 = my_coding`.",
        ),
        (
            lambda a, e: not isinstance(a, dict),
            "Give your sheet, the dictionary `my_coding` (item -> (press release, newspaper)): `answer_05_5 = my_coding`.",
        ),
        (
            _has_problem("Answer every question"),
            "Some questions are missing: answer all 26, SV1 to SV20 and FL1 to FL6, for both texts.",
        ),
        (
            _has_problem("Unknown item"),
            "Some keys are not question codes. Use the `item` codes of the table in "
            'Going further E, such as "SV1" or "FL6".',
        ),
        (
            _has_problem("Give 2 answers"),
            'Give two answers for each question, in brackets: (press release, newspaper), e.g. ("yes", "no").',
        ),
        (_has_problem("Write 'yes' or 'no'"), 'Write each answer as "yes" or "no".'),
        (
            lambda a, e: not _anchor_ok(a),
            "Read FL1 again: does each text present the event as talks, a visit or a negotiation? Look at their "
            'first sentences ("face-to-face talks", "high level talks").',
        ),
    ),
    fallback_hint='Check your sheet: 26 questions, two answers each, "yes" or "no".',
    compare=_usable,
    wrong_examples=(
        Wrong({item: ("?", "?") for item in ITEMS}, hint='Some answers are still "?".'),  # the blank sheet
        Wrong(["yes", "no"], hint="Give your sheet, the dictionary"),
        Wrong({"SV1": ("yes", "no")}, hint="Some questions are missing: answer"),  # one question only
        Wrong({item: ("no", "no") for item in ITEMS}, hint="Read FL1 again: does each"),  # FL1 answered "no"
        Wrong({item: ("yes", "maybe") for item in ITEMS}, hint='Write each answer as "yes"'),
        Wrong({item: ("yes",) for item in ITEMS}, hint="Give two answers for each"),  # one text only
        Wrong(
            {item: ("yes", "yes") for item in ITEMS if item != "SV3"},
            hint="Some questions are missing: answer",
        ),  # SV3 forgotten
        Wrong(
            {**{item: ("yes", "yes") for item in ITEMS}, "SV21": ("no", "no")},
            hint="Some keys are not question",
        ),  # an unknown code
    ),
)
def _cue_coding() -> dict[str, tuple[str, str]]:
    """A usable coding computed from the texts: the cues' own answers (every reader's may differ)."""

    readings = [cue_answers(_text(name)) for name in TEXTS]
    return {
        item: tuple(table.set_index("item").loc[item, "cue_answer"] for table in readings)
        for item in readings[0]["item"]
    }
