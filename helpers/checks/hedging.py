"""Checking a student's hedged sentence about a figure: the key parts a careful sentence has.

An exercise can ask the student to write one sentence about a figure (a keyness table, a p-value,
a sentiment gap). A sentence cannot be compared with one model answer, but its key parts can be
checked: it is a sentence of text, it names the figure it is about, it does not claim what the
figure cannot show ("proves", "significant" without naming the test), it does not say why the
writer wrote it (a figure about a text cannot show intent), it does not generalise from two texts
to all newspapers, it does not make a claim the notebook has just refuted in context (an
exercise's own ``refuted`` claims, such as a "global frame" read into a proper name), it hedges
a conclusion it draws with "so" or "therefore" (when the exercise asks), and it uses
hedged wording ("suggests", "may", "appears"; "in these two texts" limits a claim's scope but is
not a hedge on its own).
:func:`check_hedged_sentence` tests these in that order and returns the first problem,
with a hint written for the student; :func:`hedged_sentence_hints` turns the rules into the
``(test, message)`` hints of an :func:`helpers.checks.exercise`, one per problem, so that each hint
can be proved by a wrong example.

Example:
    >>> rules = dict(figure=("world",), figure_label="the word *world*")
    >>> check_hedged_sentence("In these two texts, world suggests a name effect.", **rules).ok
    True
    >>> check_hedged_sentence("World proves that all newspapers love sport.", **rules).problem
    'overclaim'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

#: Hedged wording: any one of these (as words or phrases) makes the sentence hedged. A scope such
#: as "in these two texts" (:data:`SCOPES`) is welcome but does not hedge a claim by itself.
HEDGES: tuple[str, ...] = (
    "suggest",
    "suggests",
    "suggesting",
    "may",
    "might",
    "could",
    "perhaps",
    "possibly",
    "probably",
    "likely",
    "unlikely",
    "appear",
    "appears",
    "seem",
    "seems",
    "tend",
    "tends",
    "hint",
    "hints",
    "indicate",
    "indicates",
    "consistent with",
)

#: Phrases that limit a claim to the texts measured (not hedges: "in these two texts, X proves Y").
SCOPES: tuple[str, ...] = (
    "in these two texts",
    "in the two texts",
    "in this text",
    "in this article",
    "in this press release",
    "in these texts",
    "in this pair",
    "only in",
)

#: Words that claim more than a figure from two texts can show (unless negated: "does not prove").
OVERCLAIMS: tuple[str, ...] = (
    "prove",
    "proves",
    "proved",
    "proven",
    "proof",
    "definitely",
    "certainly",
    "undeniably",
    "undoubtedly",
    "without doubt",
    "beyond doubt",
    "confirms",
    "establishes",
    "clearly",
    "obviously",
    "plainly",
    "demonstrates",
    "demonstrate",
)

#: "Significant" is a claim about a test: allowed only when the sentence names the test, a p-value
#: or a threshold. A score alone ("G² 6.59") names no test: G² becomes one only against a threshold
#: ("G² ≥ 3.84").
SIGNIFICANCE_WORDS: tuple[str, ...] = ("significant", "significantly", "significance")
TEST_PATTERNS: tuple[str, ...] = (
    r"\btests?\b",
    r"\bp\s*[<=>≤]",
    r"\bp[- ]values?\b",
    r"\bg(?:2|²)\s*(?:[<>≤≥]|>=|<=)",
    r"chi-squared",
)

#: Phrases that generalise from the two course texts to newspapers, the press or the media at large.
GENERALISATIONS: tuple[str, ...] = (
    "all newspapers",
    "every newspaper",
    "newspapers always",
    "newspapers in general",
    "all press releases",
    "every press release",
    "press releases always",
    "press releases in general",
    "all journalists",
    "journalists always",
    "the media",
    "the press always",
    "all the press",
    "the british press",
    "in general",
    "always",
)

NEGATIONS: tuple[str, ...] = ("not", "no", "cannot", "can't", "never", "nor", "without", "isn't", "doesn't")

#: Words that set a refuted claim aside within its clause ("rather than a global frame").
SET_ASIDE: tuple[str, ...] = NEGATIONS + ("rather", "instead", "unlike")

#: Where a clause ends, for :data:`SET_ASIDE`: "world is not in the newspaper, which suggests a
#: global frame" still claims the frame.
CLAUSE_BREAKS: tuple[str, ...] = ("and", "but", "so", "which", "while", "whereas", "because", "since", "yet")

#: Words that open a conclusion ("..., so the government dominates"): with ``hedge_conclusions``,
#: the words after them must hold a hedge of their own.
CONCLUSION_WORDS: tuple[str, ...] = ("so", "therefore", "thus", "hence")

#: Words after "so" that make it an adverb, not a conclusion ("so many", "so that").
NOT_CONCLUSIONS: tuple[str, ...] = ("many", "much", "few", "little", "far", "that", "called", "too", "as")

MESSAGES: dict[str, str] = {
    "not_text": 'Write your sentence as text in quotation marks: answer = "In {scope}, ..."',
    "too_short": "Write one whole sentence (at least {min_words} words), not a single word or a number.",
    "too_long": "Write one sentence, not a paragraph: at most {max_words} words.",
    "figure": "Say which figure your sentence is about: name {figure_label}.",
    "overclaim": (
        'Your sentence claims more than the figure can show ("{found}"). A figure from {scope} '
        'suggests; it does not prove. Try "suggests" or "is consistent with".'
    ),
    "motive": (
        "Your sentence says why the writer did it, or judges the text as biased, propaganda or bad "
        'journalism ("{found}"). A figure about a text shows what the text does, not its writer\'s motive '
        "nor whether the text is biased, good or bad: describe what the figure suggests about the text."
    ),
    "significance": (
        '"Significant" is a claim about a statistical test: name the test and its threshold '
        '(for example "p < 0.05 in the exact test"), or say "a difference" instead.'
    ),
    "generalise": (
        'Your sentence generalises beyond {scope} ("{found}"). The figure is about {scope} only: '
        'say "in {scope}".'
    ),
    "refuted": (
        'Your sentence makes a claim ("{found}") that reading the figure in context has refuted: '
        "{refutation}. Say what the figure rests on, or say that it is not evidence for that claim."
    ),
    "conclusion": (
        'Your sentence draws a conclusion after "so" or "therefore" that it does not hedge. A word count '
        'from {scope} cannot settle it: hedge it too ("so ... may ...") or keep to what the figure shows.'
    ),
    "hedge": (
        'Hedge your claim: use a word such as "suggests", "may" or "appears" ("in {scope}" limits '
        "where the claim holds, but does not hedge it), because {scope} cannot settle a question "
        "about all news."
    ),
    "scope": 'Say where your claim holds: write "in {scope}".',
}
PROBLEMS: tuple[str, ...] = tuple(MESSAGES)
"""The problems :func:`check_hedged_sentence` can report, in the order it tests them."""


@dataclass(frozen=True)
class HedgeVerdict:
    """What :func:`check_hedged_sentence` finds: ``ok``, or the first ``problem`` and its hint."""

    ok: bool
    problem: str = ""
    message: str = ""
    found: str = ""

    def __bool__(self) -> bool:
        return self.ok


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[.'’-][a-z0-9]+)*", text.casefold().replace("’", "'"))


def _find(phrase: str, words: list[str]) -> list[int]:
    """Positions in ``words`` where the phrase (its words, in order) starts."""
    parts = _words(phrase)
    if not parts:
        return []
    n = len(parts)
    return [i for i in range(len(words) - n + 1) if words[i : i + n] == parts]


def _negated(words: list[str], position: int, window: int = 3) -> bool:
    before = words[max(0, position - window) : position]
    return any(w in NEGATIONS or w.endswith("n't") for w in before)


def _first_unnegated(phrases: Sequence[str], words: list[str]) -> str:
    for phrase in phrases:
        for position in _find(phrase, words):
            if not _negated(words, position):
                return phrase
    return ""


def _first_refuted(sentence: str, refuted: Sequence[str], unless: Sequence[str]) -> str:
    """The first of the ``refuted`` claims the sentence makes, unless it names one of ``unless``.

    A claim is set aside when a word of :data:`SET_ASIDE` comes before it in its clause ("not a
    global frame", "rather than a global frame"); clauses end at punctuation and at
    :data:`CLAUSE_BREAKS`.
    """
    if any(_find(phrase, _words(sentence)) for phrase in unless):
        return ""
    for clause in re.split(r"[,;:!?()\[\]—–]|\.(?=\s|$)", sentence):
        words = _words(clause)
        for phrase in refuted:
            for position in _find(phrase, words):
                start = max((i + 1 for i in range(position) if words[i] in CLAUSE_BREAKS), default=0)
                before = words[start:position]
                if not any(w in SET_ASIDE or w.endswith("n't") for w in before):
                    return phrase
    return ""


def _unhedged_conclusion(words: list[str], hedges: Sequence[str]) -> str:
    """The first word of :data:`CONCLUSION_WORDS` whose rest of the sentence has no hedge.

    Example:
        >>> _unhedged_conclusion(_words("It may be loud, so the paper is biased."), HEDGES)
        'so'
        >>> _unhedged_conclusion(_words("It has so many words, so it may be loud."), HEDGES)
        ''
    """
    for position, word in enumerate(words):
        rest = words[position + 1 :]
        if word not in CONCLUSION_WORDS or not rest or rest[0] in NOT_CONCLUSIONS:
            continue
        if not any(_find(hedge, rest) for hedge in hedges):
            return word
    return ""


def _names_figure(sentence: str, words: list[str], figure: Sequence[str | float], tolerance: float) -> bool:
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", sentence.replace(",", ""))]
    words = [w.removesuffix("'s") for w in words]  # "world's G²" names *world*
    for item in figure:
        if isinstance(item, str):
            if _find(item, words) or (not _words(item) and item in sentence):
                return True
        elif any(abs(n - float(item)) <= tolerance for n in numbers):
            return True
    return not figure


def check_hedged_sentence(
    sentence: Any,
    *,
    figure: Sequence[str | float] = (),
    figure_label: str = "the figure",
    figure_tolerance: float = 0.05,
    hedges: Sequence[str] = HEDGES,
    overclaims: Sequence[str] = OVERCLAIMS,
    motives: Sequence[str] = (),
    generalisations: Sequence[str] = GENERALISATIONS,
    scope: str = "these two texts",
    significance_needs_test: bool = True,
    refuted: Sequence[str] = (),
    refuted_unless: Sequence[str] = (),
    refutation: str = "",
    min_words: int = 6,
    max_words: int = 60,
    scopes_required: Sequence[str] = (),
    hedge_conclusions: bool = False,
) -> HedgeVerdict:
    """Test the key parts of a student's sentence about a figure; return the first problem found.

    ``figure`` lists what may name the figure (any one is enough): words or phrases such as
    ``"world"`` or ``"G2"``, and numbers, matched within ``figure_tolerance`` (so 7.6 names a
    G2 of 7.62); ``figure_label`` says it in the hint. The tests, in order: the answer is text
    (``not_text``) of ``min_words`` to ``max_words`` words (``too_short``, ``too_long``); it names the
    figure (``figure``); it makes no ``overclaims`` (``overclaim``; a negated one such as "does
    not prove" is fine); it gives no reason for the writer's choices, from ``motives`` such as
    "deliberately" (``motive``); it says "significant" only beside a named test or p-value
    or threshold (``significance``; a score such as "G² 6.59" names none); it does not generalise
    beyond the texts (``generalise``); it makes none of the ``refuted`` claims, the readings that
    the notebook has just checked in context and set aside (``refuted``: "global" for a word that
    is a proper name), unless it also names what the figure rests on (one of ``refuted_unless``,
    such as "World Cup") or sets the claim aside ("not a global frame"); ``refutation`` says in
    the hint what refutes it; with ``hedge_conclusions``, a conclusion after "so" or "therefore"
    holds a hedge of its own (``conclusion``); and it is hedged (``hedge``: one of ``hedges``; a scope such as "in
    these two texts" is not enough); last, when ``scopes_required`` are given, it contains one of
    them (``scope``: "in this synthetic corpus"). ``scope`` names what the figure is about, in the
    hints. Words match whole words, ignoring case.

    Example:
        >>> rules = dict(figure=(0.72, "p-value"), figure_label="the p-value (0.72)")
        >>> check_hedged_sentence("The p-value of 0.72 suggests the gap may be chance.", **rules).ok
        True
        >>> check_hedged_sentence("The gap of 0.72 is significant.", **rules).problem
        'significance'
        >>> check_hedged_sentence("The gap of 0.72 is large in this sample.", **rules).problem
        'hedge'
        >>> check_hedged_sentence("A p of 0.72 suggests the gap is not significant.", **rules).ok
        True
        >>> check_hedged_sentence("It suggests that the media love Russia.", **rules).problem
        'figure'
        >>> check_hedged_sentence(0.72, **rules).message[:26]
        'Write your sentence as tex'
        >>> world = dict(figure=("world",), refuted=("global",), refuted_unless=("world cup",))
        >>> check_hedged_sentence("World (G² 6.59) suggests a global frame.", **world).problem
        'refuted'
        >>> check_hedged_sentence("World may be the World Cup, not a global frame.", **world).ok
        True
        >>> check_hedged_sentence("World (4 against 0) may not mean a global frame.", **world).ok
        True
        >>> check_hedged_sentence("World may be a proper name here.", figure=("world",), scopes_required=("these texts",)).problem
        'scope'
        >>> check_hedged_sentence("World may be a name, so it is local.", figure=("world",), hedge_conclusions=True).problem
        'conclusion'
    """

    def verdict(problem: str, found: str = "") -> HedgeVerdict:
        message = MESSAGES[problem].format(
            min_words=min_words,
            max_words=max_words,
            figure_label=figure_label,
            found=found,
            scope=scope,
            refutation=refutation,
        )
        return HedgeVerdict(False, problem, message, found)

    if not isinstance(sentence, str):
        return verdict("not_text")
    words = _words(sentence)
    if len(words) < min_words:
        return verdict("too_short")
    if len(words) > max_words:
        return verdict("too_long")
    if not _names_figure(sentence, words, figure, figure_tolerance):
        return verdict("figure")
    found = _first_unnegated(overclaims, words)
    if found:
        return verdict("overclaim", found)
    found = _first_unnegated(motives, words)
    if found:
        return verdict("motive", found)
    if significance_needs_test and not any(re.search(t, sentence.casefold()) for t in TEST_PATTERNS):
        found = _first_unnegated(SIGNIFICANCE_WORDS, words)
        if found:
            return verdict("significance", found)
    found = _first_unnegated(generalisations, words)
    if found:
        return verdict("generalise", found)
    found = _first_refuted(sentence, refuted, refuted_unless)
    if found:
        return verdict("refuted", found)
    if hedge_conclusions:
        found = _unhedged_conclusion(words, hedges)
        if found:
            return verdict("conclusion", found)
    if not any(_find(hedge, words) for hedge in hedges):
        return verdict("hedge")
    if scopes_required and not any(_find(phrase, words) for phrase in scopes_required):
        return verdict("scope")
    return HedgeVerdict(True)


def hedged_sentence_hints(
    problems: Sequence[str] | None = None, **rules: Any
) -> tuple[tuple[Callable[[Any, Any], bool], str], ...]:
    """The ``(test, message)`` hints of an exercise that checks a sentence with ``rules``.

    One hint per problem in ``problems``; by default every problem the rules can find (the
    ``motive`` hint only when ``rules`` list ``motives``, the ``refuted`` hint only when they list
    ``refuted`` claims). The overclaim, motive, generalisation and refuted hints come without the
    offending word, so that each hint has one fixed text that a wrong example can prove. Use it
    with ``compare=hedged_sentence_compare(**rules)``.

    Example:
        >>> hints = hedged_sentence_hints(figure=("world",), figure_label="the word *world*")
        >>> [message[:20] for test, message in hints if test("World is big.", None)]
        ['Write one whole sent']
    """

    def test_for(problem: str) -> Callable[[Any, Any], bool]:
        return lambda answer, expected: check_hedged_sentence(answer, **rules).problem == problem

    figure_label = rules.get("figure_label", "the figure")
    fill = {
        "min_words": rules.get("min_words", 6),
        "max_words": rules.get("max_words", 60),
        "figure_label": figure_label,
        "scope": rules.get("scope", "these two texts"),
        "refutation": rules.get("refutation", ""),
    }
    optional = {
        "motive": "motives",
        "refuted": "refuted",
        "scope": "scopes_required",
        "conclusion": "hedge_conclusions",
    }  # only some rules find these
    if problems is None:
        problems = tuple(p for p in PROBLEMS if p not in optional or rules.get(optional[p]))
    hints = []
    for problem in problems:
        message = MESSAGES[problem]
        if "{found}" in message:
            message = message.replace(' ("{found}")', "")
        hints.append((test_for(problem), message.format(**fill)))
    return tuple(hints)


def hedged_sentence_compare(**rules: Any) -> Callable[[Any, Any], bool]:
    """The ``compare`` of an exercise that accepts any sentence passing :func:`check_hedged_sentence`.

    Example:
        >>> compare = hedged_sentence_compare(figure=("world",))
        >>> compare("In these two texts, world may be a name.", None), compare("World.", None)
        (True, False)
    """
    return lambda answer, expected: check_hedged_sentence(answer, **rules).ok
