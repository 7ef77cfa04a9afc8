"""check_hedged_sentence: a careful sentence about a figure passes; each kind of overreach gets its hint."""

from __future__ import annotations

import pytest

from helpers.checks.hedging import (
    MESSAGES,
    PROBLEMS,
    check_hedged_sentence,
    hedged_sentence_compare,
    hedged_sentence_hints,
)

RULES = dict(figure=("world", 7.6), figure_label="the word *world* or its G2 (7.6)")


@pytest.mark.parametrize(
    "sentence",
    [
        "In these two texts, world (G2 = 7.6) suggests a proper-name effect rather than a theme.",
        "The G2 of 7.62 for world may reflect the World Cup, not a view of the world.",
        "World appears more often in the newspaper, which does not prove a difference in framing.",
        "World is key in the exact test (p < 0.05), which suggests a difference in these two texts.",
        "World seems to be a name effect; we cannot say all newspapers do this.",
    ],
)
def test_careful_sentences_pass(sentence):
    verdict = check_hedged_sentence(sentence, **RULES)
    assert verdict.ok and bool(verdict), verdict.message


@pytest.mark.parametrize(
    "answer, problem, found",
    [
        (7.6, "not_text", ""),
        (["world suggests"], "not_text", ""),
        ("World suggests.", "too_short", ""),
        ("In these two texts " + "the newspaper uses more words " * 12, "too_long", ""),
        ("In these two texts, the newspaper suggests a different frame.", "figure", ""),
        ("World (G2 = 7.6) is used more by the newspaper than the release.", "hedge", ""),
        ("World (G2 = 7.6) suggests, and in fact proves, a sporting frame.", "overclaim", "proves"),
        ("World may be a name, and this is definitely about sport.", "overclaim", "definitely"),
        ("World suggests a significant difference between the texts.", "significance", "significant"),
        ("World suggests that all newspapers write about sport.", "generalise", "all newspapers"),
        ("World suggests that the media always mention sport.", "generalise", "the media"),
    ],
)
def test_each_overreach_gets_its_problem(answer, problem, found):
    verdict = check_hedged_sentence(answer, **RULES)
    assert not verdict.ok and verdict.problem == problem and verdict.found == found
    assert verdict.message and "{" not in verdict.message
    if found:
        assert found.casefold() in verdict.message.casefold()


def test_negated_claims_are_careful_not_overclaims():
    assert check_hedged_sentence("World (7.6) may be a name; it does not prove a frame.", **RULES).ok
    assert check_hedged_sentence("World (7.6) suggests a gap that is not significant.", **RULES).ok


def test_figure_numbers_match_within_tolerance_only():
    assert check_hedged_sentence("A G2 of 7.64 suggests a difference here.", figure=(7.6,)).ok
    assert check_hedged_sentence("A G2 of 7.9 suggests a difference here.", figure=(7.6,)).problem == "figure"


def test_custom_word_lists_replace_the_defaults():
    rules = dict(figure=("sergey",), hedges=("in these two texts",))
    assert (
        check_hedged_sentence("Sergey suggests a spelling variant of the name.", **rules).problem == "hedge"
    )
    assert check_hedged_sentence("In these two texts, sergey is a spelling variant.", **rules).ok


REFUTED = dict(
    refuted=("global", "frames"),
    refuted_unless=("world cup", "names"),
    refutation="most uses of *world* are the names *World Cup* and *Second World War*",
)

#: The last test, only when the rules ask for a scope.
SCOPED = dict(scopes_required=("these two texts",))


def test_hints_cover_every_problem_with_fixed_texts():
    hints = hedged_sentence_hints(
        **RULES, motives=("deliberately",), **REFUTED, **SCOPED, hedge_conclusions=True
    )
    assert len(hints) == len(PROBLEMS) == len(MESSAGES)
    assert all("{" not in message for _, message in hints)
    for (test, _message), problem, answer in zip(
        hints,
        PROBLEMS,
        [
            1,
            "World.",
            "world suggests " * 40,
            "It suggests that the two texts differ.",
            "World (7.6) suggests and proves a frame.",
            "World (7.6) suggests the paper deliberately avoids it.",
            "World (7.6) suggests a significant gap.",
            "World (7.6) suggests all newspapers like sport.",
            "World (7.6) suggests a global frame.",
            "World (7.6) suggests a name, so the paper is local.",
            "World (7.6) is used more by the newspaper.",
            "World (7.6) suggests a name effect.",
        ],
        strict=True,
    ):
        assert test(answer, None), (problem, answer)
        assert (
            check_hedged_sentence(
                answer, **RULES, motives=("deliberately",), **REFUTED, **SCOPED, hedge_conclusions=True
            ).problem
            == problem
        )


def test_a_score_alone_names_no_test():
    # a first-year student's sentence (review of 2026-12-01): "G² 6.59" is a score, not a test
    scored = "World is significant in the press release (G2 7.6), which suggests a sporting theme."
    assert check_hedged_sentence(scored, **RULES).problem == "significance"
    past = "World is significant past G2 >= 3.84 (7.6), which suggests a difference here."
    assert check_hedged_sentence(past, **RULES).ok
    assert check_hedged_sentence("World (7.6) is significant by G² ≥ 3.84 and may be a name.", **RULES).ok


@pytest.mark.parametrize(
    "sentence, ok",
    [
        # the notebook has just refuted these readings: a hedge does not make them careful
        (
            "World has a G2 of 7.6 (4 against 0), which suggests the release frames the visit in global terms.",
            False,
        ),
        ("World (7.6) is not in the newspaper, which may suggest a global outlook.", False),
        ("World (7.6) suggests a global frame, not a local one.", False),
        # naming what the figure rests on, or setting the claim aside, is careful
        ("World (7.6) may suggest a global frame, but most of its uses are names.", True),
        ("In these two texts, world (7.6) may reflect the World Cup rather than a global frame.", True),
        ("World (7.6) may not show that the release frames the visit in global terms.", True),
        ("World (7.6) suggests a difference; it is not evidence of a global view.", True),
    ],
)
def test_a_refuted_claim_needs_the_names_or_to_be_set_aside(sentence, ok):
    verdict = check_hedged_sentence(sentence, **RULES, **REFUTED)
    assert verdict.ok is ok, verdict
    if not ok:
        assert verdict.problem == "refuted" and "World Cup" in verdict.message


def test_a_required_scope_only_when_the_rules_ask():
    # notebook 08.6: the sentence must say "in this synthetic corpus" (or "in this corpus")
    rules = dict(figure=("histogram",), scopes_required=("this corpus",))
    assert (
        check_hedged_sentence("The histogram suggests most pairs share little.", **rules).problem == "scope"
    )
    assert check_hedged_sentence(
        "In this corpus, the histogram suggests most pairs share little.", **rules
    ).ok
    assert check_hedged_sentence("The histogram suggests most pairs share little.", figure=("histogram",)).ok
    assert not any("Say where your claim" in m for _, m in hedged_sentence_hints(**RULES))


def test_the_refuted_hint_is_offered_only_when_the_rules_list_refuted_claims():
    plain = [message for _, message in hedged_sentence_hints(**RULES)]
    assert not any("refuted" in m for m in plain)
    assert check_hedged_sentence("World (7.6) suggests a global frame.", **RULES).ok


def test_a_possessive_names_the_figure():
    assert check_hedged_sentence("In these two texts, world's G2 may reflect two names.", **RULES).ok


def test_compare_accepts_exactly_the_careful_sentences():
    compare = hedged_sentence_compare(**RULES)
    assert compare("In these two texts, world (7.6) may be a name effect.", None)
    assert not compare("World (7.6) proves a frame in all newspapers.", None)


def test_the_motive_hint_is_offered_only_when_the_rules_list_motives():
    # motive, refuted, scope and conclusion are offered only when the rules ask
    plain = [message for _, message in hedged_sentence_hints(**RULES)]
    assert len(plain) == len(PROBLEMS) - 4 and not any("says why the writer" in m for m in plain)
    verdict = check_hedged_sentence(
        "The chart suggests the paper is biased.", figure=("chart",), motives=("biased",)
    )
    assert verdict.problem == "motive" and "judges the text as biased" in verdict.message
    assert '("biased")' in verdict.message  # the word that made it a judgement, named


def test_a_judgement_gets_a_hint_that_names_judgements_not_only_motives():
    # a first-year student's sentence (review of 2026-12-01) was told it "says why the writer did it"
    verdict = check_hedged_sentence(
        "The chart may show it is biased.", figure=("chart",), motives=("biased", "deliberately")
    )
    assert verdict.problem == "motive"
    assert "biased" in verdict.message.split("(")[0] and "motive" in verdict.message


def test_a_scope_is_not_a_hedge_and_clearly_is_an_overclaim():
    # a first-year student's sentences (review of 2026-12-01): the scope alone let them pass
    scoped = "In these two texts, world (7.6) shows that the government frames the visit as global."
    assert check_hedged_sentence(scoped, **RULES).problem == "hedge"
    clear = "The release clearly frames the visit globally: world has a G2 of 7.6 in these two texts."
    assert check_hedged_sentence(clear, **RULES).problem == "overclaim"
    assert check_hedged_sentence("In these two texts, world (7.6) may be a name.", **RULES).ok


def test_the_hints_name_the_scope_they_are_about():
    verdict = check_hedged_sentence(
        "The histogram suggests that real news copies a lot.",
        figure=("histogram",),
        generalisations=("real news",),
        scope="this synthetic corpus",
    )
    assert verdict.problem == "generalise" and "this synthetic corpus" in verdict.message
    assert "two texts" not in verdict.message


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("World (7.6) may be a name, so the paper is local.", "conclusion"),
        ("World (7.6) may be a name; therefore the release looks outward.", "conclusion"),
        ("World (7.6) may be a name, so the paper may be local.", ""),  # the conclusion is hedged too
        ("World (7.6) comes up so many times that it may be a name.", ""),  # "so many" concludes nothing
        ("World (7.6) may be a name, and so may Cup.", ""),
    ],
)
def test_a_conclusion_after_so_needs_its_own_hedge_when_the_rules_ask(sentence, problem):
    assert check_hedged_sentence(sentence, **RULES, hedge_conclusions=True).problem == problem
    assert check_hedged_sentence(sentence, **RULES).ok  # only when the rules ask
    assert not any("conclusion after" in m for _, m in hedged_sentence_hints(**RULES))


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        # a first-year student's sentences that passed 05.1 before (review of 2026-12-01)
        ("The chart suggests newspapers give most of their quotes to governments.", "generalise"),
        ("The chart suggests that the spokeswoman has most of the newspaper's words.", "refuted"),
        (
            "The chart suggests the spokeswoman speaks most, so the government is the primary definer.",
            "refuted",
        ),
        ("The chart suggests the spokeswoman has most quoted words and that Russia was silenced.", "refuted"),
        (
            "The chart suggests most quoted words are hers, so the government controls the story.",
            "conclusion",
        ),
        # careful sentences still pass
        ("In this article, the chart suggests that most quoted words come from the spokeswoman.", ""),
        ("The chart suggests the spokeswoman has about a third of the newspaper's words.", ""),
        ("The chart suggests most quoted words are hers, so the official view may be the loudest.", ""),
    ],
)
def test_05_1_rules_catch_plurals_most_words_and_conclusions(sentence, problem):
    from helpers.checks.nb05 import CHART_RULES

    assert check_hedged_sentence(sentence, **CHART_RULES).problem == problem
