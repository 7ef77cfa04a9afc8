"""Voices: who speaks in a text. Quoted speech, the writer's own narrative, and reported words.

:func:`voices` cuts a text into *segments* in reading order, each either ``"quote"`` (someone's
words, reported as theirs) or ``"narrative"`` (the writer's own voice), and names the speaker of
each quote when the text says who it is. :func:`voice_shares` says how many of the words each
voice has. :func:`reported_words` lists every stretch of reported words, of four kinds (below),
with its source; :func:`marked_phrases` lists the short phrases in quotation marks that stay in
the narrative ("business as usual").

The rules are deliberately simple and visible, so a student can check every decision.

**Segments (who has the floor)**

1. **Double quotation marks open speech, single ones never do.** ``“…”`` and ``"…"`` can open
   quoted speech. ``‘…’`` and ``'…'`` are marked phrases (or quotes inside a quote), left inside
   the segment they sit in. (British papers that print speech in single quotes will therefore
   show it as narrative; both course texts use double quotes for speech.)
2. **Short and unintroduced stays in the narrative.** A double-quoted stretch is speech if it has
   at least :data:`SPEECH_MIN_WORDS` words, *or* an active reporting verb (:data:`REPORTING_VERBS`:
   said, told, added, warned...) comes at most :data:`REPORTING_WINDOW` words before it in its
   sentence ("he said there was “no case for relaxation”"), or ends a clause just before it with
   a colon ("X told the BBC's Today programme: “...”"), *or* an attribution follows it ("“Never,”
   she said", "“Never,” said Ms Roe", "“...”, according to police"). Otherwise it stays in the
   narrative, where :func:`marked_phrases` lists it. A short quoted sentence of its own right after
   an attributed quote in its paragraph ("“We welcome it,” said X. “But the detail matters.”") is
   speech too (rule 8).
3. **A quotation may run over several paragraphs.** By the typographic convention, each of its
   paragraphs *opens* with a quotation mark and only the last one closes. So a quote left open at
   the end of a paragraph (always speech, whatever its length) continues if the next paragraph
   opens with a quotation mark. Otherwise it is **unbalanced**: it is taken to end with its own
   paragraph (it never swallows the rest of the text) and a :class:`UnbalancedQuoteWarning` names
   the paragraph.
4. **GOV.UK's unquoted blocks.** A paragraph (or, in a paragraph, a line) that ends with a
   reporting verb and a colon ("The Foreign Secretary Boris Johnson said:") introduces the next
   paragraph as speech, even without quotation marks. The block goes on while the paragraphs
   speak in the first person (they contain I, me, my, we, us, our...) and do not name the speaker
   (their last word, e.g. "Johnson"). This cue is transparent but blunt: in the course press
   release it stops one paragraph early, at "The Kremlin has positioned Russia in direct
   opposition to the West, but it doesn't have to be that way.", which has no first-person word
   and so counts as narrative, although it reads as the Foreign Secretary's words.
5. **"Please attribute to X:"** A paragraph that says so ("Please attribute to Detective Sergeant
   Jane Roe:") makes every following paragraph X's words, up to a line such as "ENDS" or "Notes
   to editors".
6. **Paragraphs** are those of :func:`helpers.paragraphs.split_paragraphs` (blank lines; a text
   with no blank line at all, pasted from a reader view, is split at its line breaks; so is a
   stack of short lines such as "X said:" over a quote).

**Speakers**

7. **The speaker is the subject of the reporting verb, as written** ("An FCO spokeswoman", "The
   Foreign Secretary Boris Johnson"): the words from the start of its clause to the verb, or the
   words after an inverted verb ("said Mr Pepper"), or after "according to". A clause stops at a
   comma, a colon, a quotation mark, a dash, a sentence end or a line break; a leading "And"/"But"
   and leading numbers ("15/19") are dropped; an apposition is skipped for the name ("Jane Roe, a
   spokeswoman, said" gives "Jane Roe"). Articles and titles are kept, because how a text names
   its sources is part of its framing.
8. **A quote without an attribution of its own continues the last one**: the speaker of an
   earlier quote or reporting clause in the same paragraph, or of a paragraph that ended with "X
   said." or "X said:" just before it, or of the last quote or indirect speech of the previous
   paragraph ("The spokesperson added that ..." then a paragraph of quotation).
9. **Pronouns and roles are resolved from the last named speaker, and marked ``inferred``.** "he
   said" / "she added" take the last speaker before them in the text whose words do not say the
   other sex (Mr, Sir, spokesman... against Mrs, Ms, spokeswoman...); "the Prime Minister
   continued" takes the last speaker whose description contains "Minister". With no such speaker,
   the speaker stays ``""`` (unnamed) and ``named_as`` keeps what the text wrote ("he").

**Four kinds of reported words** (:func:`reported_words`; the ``kind`` column of :func:`voices`)

* ``quote``: a quotation that stands as a sentence or clause of its own, with its reporting clause
  before or after it, or none (then its speaker is ``""``): ``An FCO spokeswoman said: “...”``.
* ``partial_quote``: a short quoted fragment inside the writer's own sentence, with a source in
  that sentence: "the government maintained the visit does not signal “business as usual”", or
  a naming verb (:data:`NAMING_VERBS`: "the council described the plans as “unworkable”"). A
  passive reporting verb ("He was accused of “Russophobic hysteria”", "..., it has been
  announced") is a source that is not named: the speaker is ``""``, unless the sentence names
  the agent after *by* ("described as “a betrayal” by campaigners").
* ``scare_quote``: quoted words with no source in their sentence ("a so-called “deal”").
* ``indirect``: reported speech without quotation marks, "X said (that) ...": a reporting verb
  followed by a clause of at least :data:`INDIRECT_MIN_WORDS` words ("He will say that as
  permanent members..."). Its words stay in the narrative; the row names whose view the writer
  reports.

Quote segments are given without their quotation marks; narrative segments keep everything else,
marked phrases included. ``words`` counts :func:`helpers.tokens.tokenize` tokens, so the words of
all segments add up to the words of the text. Segments without any word are left out.

Example:
    >>> frame = voices("Talks were held. A spokeswoman said: “It was not ‘business as usual’.”")
    >>> frame[["voice", "kind", "speaker", "words"]].values.tolist()
    [['narrative', 'narrative', '', 6], ['quote', 'quote', 'A spokeswoman', 6]]
    >>> reported_words("Mr Roe said: “We won.” He added: “It was hard.”")[["kind", "speaker", "inferred"]].values.tolist()
    [['quote', 'Mr Roe', False], ['quote', 'Mr Roe', True]]
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from helpers.concordance import concordance
from helpers.paragraphs import split_paragraphs
from helpers.tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    import pandas as pd

#: A double-quoted stretch of at least this many words is speech even without a reporting verb.
SPEECH_MIN_WORDS = 5
#: A reporting verb at most this many words before the opening mark introduces the quote.
REPORTING_WINDOW = 3
#: An indirect-speech clause has at least this many words after its verb.
INDIRECT_MIN_WORDS = 3
#: Verbs that introduce reported speech, in the forms the texts use.
REPORTING_VERBS = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "add",
        "adds",
        "added",
        "state",
        "states",
        "stated",
        "claim",
        "claims",
        "claimed",
        "insist",
        "insists",
        "insisted",
        "warn",
        "warns",
        "warned",
        "ask",
        "asks",
        "asked",
        "reply",
        "replies",
        "replied",
        "write",
        "writes",
        "wrote",
        "declare",
        "declares",
        "declared",
        "explain",
        "explains",
        "explained",
        "announce",
        "announces",
        "announced",
        "maintain",
        "maintains",
        "maintained",
        "argue",
        "argues",
        "argued",
        "stress",
        "stresses",
        "stressed",
        "urge",
        "urges",
        "urged",
        "accuse",
        "accuses",
        "accused",
        "admit",
        "admits",
        "admitted",
        "confirm",
        "confirms",
        "confirmed",
    ]
)
#: Verbs that attribute a quote but never introduce indirect speech ("the minister continued:").
ATTRIBUTION_ONLY = frozenset(["continued", "continues", "went"])
#: Verbs that give a partial quote its source ("the council described the plans as “unworkable”",
#: "the mayor called it “a blueprint”"), looked for only before a quoted fragment.
NAMING_VERBS = frozenset(["described", "called", "branded", "dubbed", "labelled", "labeled"])
#: First-person words: the cue that an unquoted GOV.UK block is still the speaker's (rule 4).
FIRST_PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "we're",
        "we've",
        "we'd",
        "we'll",
    ]
)
PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they", "this", "that"])
SPEAKER_MAX_WORDS = 10
VOICE_COLUMNS = ["segment", "paragraph", "voice", "kind", "speaker", "named_as", "inferred", "text", "words"]
SHARE_COLUMNS = ["voice", "speaker", "words", "share"]
REPORTED_COLUMNS = ["paragraph", "kind", "speaker", "named_as", "inferred", "rule", "within", "text", "words"]
MARKED_COLUMNS = ["paragraph", "voice", "speaker", "phrase", "words", "marks", "kind", "source"]
SCARE_COLUMNS = MARKED_COLUMNS
KINDS = ("quote", "partial_quote", "scare_quote", "indirect")

_OPENING = '“"'
_CLOSING = '”"'
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–\n]|\s-\s")
_LEADING_JOINERS = frozenset(["and", "but", "so", "yet", "then", "however", "meanwhile", "also"])
_SINGLE_QUOTED = re.compile(r"‘(?P<curly>.+?)’(?!\w)|(?<![\w'])'(?=\w)(?P<straight>.+?)(?<=[\w.,!?])'(?!\w)")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "sgt",
        "det",
        "insp",
        "supt",
        "no",
        "prof",
        "col",
        "capt",
        "cllr",
    ]
)
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’')]*\s+|\n")
_TAKES_OBJECT = frozenset(
    ["tell", "tells", "told", "warn", "warns", "warned", "urge", "urges", "urged", "ask", "asks", "asked"]
)
_AUXILIARIES = frozenset(
    [
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "also",
        "then",
        "later",
        "today",
        "yesterday",
        "once",
        "again",
        "had",
        "previously",
    ]
)
_BE = frozenset(["be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re"])
_MALE = frozenset(
    [
        "mr",
        "sir",
        "lord",
        "spokesman",
        "he",
        "him",
        "his",
        "king",
        "prince",
        "duke",
        "father",
        "son",
        "brother",
        "husband",
        "man",
        "boy",
        "chairman",
    ]
)
_FEMALE = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "dame",
        "lady",
        "spokeswoman",
        "she",
        "her",
        "queen",
        "princess",
        "duchess",
        "mother",
        "daughter",
        "sister",
        "wife",
        "woman",
        "girl",
        "chairwoman",
    ]
)
_ATTRIBUTE = re.compile(
    r"^\s*please\s+attribute\s+(?:(?:this|these|the\s+following)\s+)?(?:(?:statement|quotes?|comments?|words)\s+)?"
    r"to\s*:?\s*(?P<who>[^:\n]+?)\s*[:.]?\s*$",
    re.IGNORECASE,
)
_END_OF_STATEMENT = re.compile(
    r"^\s*(?:-*\s*ends\s*-*|notes? to editors?|media enquiries|for more information)\b", re.I
)


class UnbalancedQuoteWarning(UserWarning):
    """A quotation mark opens a quote that is never closed (see rule 3 in the module docstring)."""


@dataclass
class _Span:
    """One double-quoted stretch of a paragraph: ``start`` is the opening mark."""

    start: int
    end: int  # after the closing mark, or the paragraph's length when unclosed
    closed: bool

    def inside(self, paragraph: str) -> str:
        return paragraph[self.start + 1 : self.end - 1 if self.closed else self.end]


def _double_quote_spans(paragraph: str) -> list[_Span]:
    """Opening and closing marks paired left to right; a stray closing mark is ignored."""
    spans: list[_Span] = []
    start: int | None = None
    for index, char in enumerate(paragraph):
        if start is None and char in _OPENING:
            start = index
        elif start is not None and char in _CLOSING:
            spans.append(_Span(start, index + 1, closed=True))
            start = None
    if start is not None:
        spans.append(_Span(start, len(paragraph), closed=False))
    return spans


def _words(text: str) -> list[str]:
    return tokenize(text)


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding position ``end`` begins (after '. ', '? ' or a line break)."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text, 0, end):
        if match.end() > end:
            break
        before = re.search(r"(\w+)\W*$", text[: match.start() + 1])
        word = before.group(1).lower() if before else ""
        if match.group().strip() and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue  # "Mr. Roe", "J. Roe": not a sentence end
        start = match.end()
    return start


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence holding position ``start`` ends."""
    for match in _SENTENCE_BREAK.finditer(text, start):
        before = re.search(r"(\w+)\W*$", text[: match.start() + 1])
        word = before.group(1).lower() if before else ""
        if match.group().strip() and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        return match.start() + 1
    return len(text)


def _clean_speaker(subject: str) -> str:
    """The subject as written, minus a leading joiner or number; '' for a long clause (rule 7)."""
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(subject) if p.strip()]
    if not pieces:
        return ""
    chosen = pieces[-1]
    apposition = subject.rstrip().endswith(",") and len(pieces) > 1
    if (
        apposition and not chosen[:1].isupper()
    ):  # "Jane Roe, a spokeswoman, said", "Ms Hill, 45, from Leeds, said"
        names = [piece for piece in pieces[:-1] if piece[:1].isupper()]
        chosen = names[-1] if names else chosen
    words = chosen.split()
    while words and (words[0].lower() in _LEADING_JOINERS or not re.search(r"[^\W\d_]", words[0])):
        words = words[1:]
    while words and (words[-1] in _AUXILIARIES or (words[-1].islower() and words[-1].endswith("ly"))):
        words = words[:-1]  # "Mr Johnson will (say)", "she has (said)", "he repeatedly (said)"
    if not words or len(words) > SPEAKER_MAX_WORDS:
        return ""
    return " ".join(words)


def _forward_speaker(words_after: str) -> str:
    """The speaker after an inverted verb or "according to": up to the clause's end (rule 7)."""
    clause = _CLAUSE_BREAK.split(words_after, maxsplit=1)[0]
    clause = clause[: _sentence_end(clause, 0)]
    words = clause.split()
    if not words or len(words) > SPEAKER_MAX_WORDS:
        return ""
    return " ".join(words).rstrip(".")


@dataclass
class _Attribution:
    named_as: str  # the speaker as written ('' when none is named)
    rule: str
    passive: bool = False
    gap: int = 0  # words between the verb and the quote
    colon: bool = False  # the reporting clause ends with a colon or comma just before the quote
    verb_end: int = 0  # offset just after the verb


def _is_verb(word: str) -> bool:
    return word.lower() in REPORTING_VERBS or word.lower() in ATTRIBUTION_ONLY


def _verb_matches(text: str, *, naming: bool = False) -> list[re.Match[str]]:
    """Reporting verbs in ``text``; with ``naming``, :data:`NAMING_VERBS` too (not the *called* of "so-called")."""
    return [
        m
        for m in re.finditer(r"[^\W\d_]+", text)
        if (_is_verb(m.group(0)) or (naming and m.group(0).lower() in NAMING_VERBS))
        and not text[max(0, m.start() - 3) : m.start()].lower().endswith("so-")
    ]


def _agent(rest: str) -> str:
    """The agent of a passive, named after "by" in the rest of its sentence ("... by campaigners"), or ''."""
    found = re.search(r"\bby\s+(?P<who>[^,.;:!?“”\"]+)", rest)
    return _clean_speaker(found.group("who")) if found else ""


def _passive(text: str, verb_start: int) -> bool:
    """True if a form of *be* comes one or two words before the verb ("was accused", "is widely said")."""
    before = _words(text[:verb_start])[-2:]
    return bool(before) and (
        before[-1] in _BE or (len(before) == 2 and before[0] in _BE and before[1].endswith("ly"))
    )


def _attribution_before(paragraph: str, start: int) -> _Attribution | None:
    """The last reporting verb in the sentence before ``start`` (outside other quotes), if any."""
    begin = _sentence_start(paragraph, start)
    sentence = paragraph[begin:start]
    masked = _mask_quotes(sentence)
    according = list(re.finditer(r"\baccording to\b", masked, re.IGNORECASE))
    verbs = _verb_matches(masked, naming=True)
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        who = _forward_speaker(sentence[according[-1].end() :])
        return _Attribution(who, "according to", colon=True, gap=0)
    if not verbs:
        return None
    verb = verbs[-1]
    gap_text = sentence[verb.end() :]
    colon = bool(re.search(r"[:,]\s*$", gap_text)) or not gap_text.strip()
    passive = _passive(sentence, verb.start())
    subject = _clean_speaker(sentence[: verb.start()])
    rule = "passive verb: source not named" if passive else "reporting verb before"
    return _Attribution(
        "" if passive else subject,
        rule,
        passive=passive,
        gap=len(_words(gap_text)),
        colon=colon,
        verb_end=begin + verb.end(),
    )


def _attribution_after(paragraph: str, end: int) -> _Attribution | None:
    """A trailing attribution ("…,” she said" / "…,” said Mr X" / "…”, according to X"), else None."""
    rest = paragraph[end:]
    stop = re.search(r"[.;:!?“\"\n]", rest)
    clause = rest[: stop.start()] if stop else rest
    if stop and stop.group() == "." and clause.split()[-1:] and clause.split()[-1].lower() in _ABBREVIATIONS:
        clause = rest[: _sentence_end(rest, stop.end())]
    clause = clause.lstrip(" ,")
    if re.match(r"according to\b", clause, re.IGNORECASE):
        return _Attribution(_forward_speaker(clause[len("according to") :]), "according to (after)")
    words = clause.split()
    for index, word in enumerate(words[: SPEAKER_MAX_WORDS + 1]):
        bare = word.strip(",")
        if _is_verb(bare):
            if index:
                subject = " ".join(words[:index])
                if "," in subject:
                    return None  # "…,” the minister, who had said…: not an attribution
                return _Attribution(_clean_speaker(subject), "reporting verb after")
            return _Attribution(_forward_speaker(" ".join(words[1:])), "inverted: said X")
    return None


def _mask_quotes(text: str) -> str:
    """``text`` with the insides of double quotes blanked (same length), so verbs in them are ignored."""
    out = list(text)
    for span in _double_quote_spans(text):
        for i in range(span.start, span.end):
            out[i] = " "
    return "".join(out)


@dataclass
class _Item:
    """One stretch of reported words (a row of :func:`reported_words`)."""

    paragraph: int
    start: int
    kind: str
    named_as: str
    rule: str
    text: str
    within: str = ""
    speaker: str = ""
    inferred: bool = False
    segment: _Segment | None = None
    link: _Item | None = None  # rule 8: the quote this one continues (its speaker is this one's)
    marks: str = ""  # "double" or "single" for a marked phrase


@dataclass
class _Segment:
    paragraph: int
    voice: str
    speaker: str
    text: str
    kind: str = "narrative"
    named_as: str = ""
    inferred: bool = False
    offset: int = 0  # where the segment starts in its paragraph
    items: list[_Item] = field(default_factory=list)


def _standalone(paragraph: str, span: _Span, before: _Attribution | None) -> bool:
    """True if the quote stands as its own clause (kind ``quote``), not a fragment in the writer's sentence."""
    lead = paragraph[_sentence_start(paragraph, span.start) : span.start]
    if not lead.strip() or re.search(r"[:]\s*$", lead):
        return True
    if before is not None and before.verb_end:
        gap = paragraph[before.verb_end : span.start]
        return not gap.strip() or (
            bool(re.search(r"[:,]\s*$", gap)) and len(_words(gap)) <= SPEAKER_MAX_WORDS
        )
    return before is not None and before.rule.startswith("according") and bool(re.search(r",\s*$", lead))


def _sentence_source(paragraph: str, span: _Span) -> _Attribution | None:
    """Any source in the sentence around a short quote: a reporting verb before or after it (partial quote)."""
    before = _attribution_before(paragraph, span.start)
    end = _sentence_end(paragraph, span.end)
    rest = _mask_quotes(paragraph[span.end : end])
    if before is not None:
        if before.passive and _agent(rest):
            return _Attribution(_agent(rest), "passive verb, agent after 'by'", passive=True)
        return before
    according = re.search(r"\baccording to\b", rest, re.IGNORECASE)
    if according:
        return _Attribution(_forward_speaker(paragraph[span.end + according.end() :]), "according to (after)")
    verbs = _verb_matches(rest)
    if not verbs:
        return None
    verb = verbs[0]
    if _passive(rest, verb.start()):
        agent = _agent(rest[verb.end() :])
        rule = "passive verb, agent after 'by'" if agent else "passive verb: source not named"
        return _Attribution(agent, rule, passive=True)
    subject = _clean_speaker(rest[: verb.start()])
    if not subject and not rest[: verb.start()].strip(" ,\u2019'"):  # "‘We will fight on’, says mayor"
        return _Attribution(_forward_speaker(rest[verb.end() :]), "inverted: says X")
    return _Attribution(subject, "reporting verb later in the sentence")


def _classify(paragraph: str, span: _Span) -> tuple[str, _Attribution | None] | None:
    """(kind, attribution) for a double-quoted span that is speech (rule 2); None if it stays in the narrative."""
    before = _attribution_before(paragraph, span.start)
    after = _attribution_after(paragraph, span.end) if span.closed else None
    introduced = (
        before is not None
        and not before.passive
        and (before.gap <= REPORTING_WINDOW or (before.colon and before.gap <= SPEAKER_MAX_WORDS))
    )
    long_enough = len(_words(span.inside(paragraph))) >= SPEECH_MIN_WORDS
    if not (introduced or after is not None or long_enough or not span.closed):
        return None
    attribution = before if introduced else (after if after is not None else None)
    standalone = _standalone(paragraph, span, before if introduced else None) or (
        after is not None and not paragraph[_sentence_start(paragraph, span.start) : span.start].strip()
    )
    if standalone or not span.closed:
        return "quote", attribution
    source = attribution or _sentence_source(paragraph, span)
    return ("partial_quote", source) if source is not None else ("quote", None)


def _introduces_block(paragraph: str) -> tuple[str, bool] | None:
    """(speaker, colon) if the paragraph's last line ends with a reporting verb and ':' or '.', else None."""
    line = paragraph.rstrip().split("\n")[-1]
    match = re.search(r"([^\W\d_]+)\s*([:.])\s*$", line)
    if match is None or not _is_verb(match.group(1)):
        return None
    sentence = line[_sentence_start(line, match.start(1)) : match.start(1)]
    if _passive(sentence, len(sentence)):
        return None
    return _clean_speaker(sentence), match.group(2) == ":"


def _continues_block(paragraph: str, speaker: str) -> bool:
    """Rule 4: first person, no quotation marks, and not naming the speaker."""
    words = set(_words(paragraph))
    name = _words(speaker)[-1:]
    return (
        bool(words & FIRST_PERSON) and not (set(name) & words) and not any(c in paragraph for c in _OPENING)
    )


def _paragraphs(text: str) -> list[str]:
    """Rule 6: the paragraphs of :func:`helpers.paragraphs.split_paragraphs`."""
    return split_paragraphs(text)


def _split_paragraph(
    number: int, paragraph: str, open_item: _Item | None, pending: _Item | None, last: _Item | None
) -> tuple[list[_Segment], list[_Item], _Item | None]:
    """Segments and reported items of one paragraph, and the item of a quote left open at its end."""
    segments: list[_Segment] = []
    items: list[_Item] = []
    cursor = 0
    still_open: _Item | None = None
    previous = last  # rule 8: the last quote in reading order
    for index, span in enumerate(_double_quote_spans(paragraph)):
        at_start = index == 0 and not paragraph[: span.start].strip()
        inside = span.inside(paragraph)
        if at_start and open_item is not None:
            item = _Item(number, span.start, "quote", open_item.named_as, "continues over paragraphs", inside)
            item.link = open_item
        elif at_start and pending is not None and _attribution_after(paragraph, span.end) is None:
            item = _Item(
                number, span.start, "quote", pending.named_as, "after 'X said.' or 'X said:'", inside
            )
        else:
            found = _classify(paragraph, span)
            if found is None and _opens_sentence(paragraph, span) and _previous_clause(paragraph, span.start):
                found = ("quote", None)  # rule 8: a short sentence of quotation after an attributed one
            if found is None:
                continue
            kind, attribution = found
            clause = _previous_clause(paragraph, span.start) if attribution is None else None
            if attribution is not None:
                item = _Item(number, span.start, kind, attribution.named_as, attribution.rule, inside)
            elif clause is not None:
                item = _Item(number, span.start, kind, clause, "continues this paragraph's speaker", inside)
            elif at_start and pending is not None:
                item = _Item(
                    number, span.start, kind, pending.named_as, "after 'X said.' or 'X said:'", inside
                )
            elif at_start and previous is not None and previous.paragraph == number - 1:
                item = _Item(number, span.start, kind, previous.named_as, "continues the last quote", inside)
                item.link = previous
            else:
                item = _Item(number, span.start, kind, "", "no attribution", inside)
        segments.append(_Segment(number, "narrative", "", paragraph[cursor : span.start], offset=cursor))
        segment = _Segment(
            number, "quote", "", inside, kind=item.kind, named_as=item.named_as, offset=span.start + 1
        )
        item.segment = segment
        segments.append(segment)
        items.append(item)
        previous = item
        cursor = span.end
        if not span.closed:
            still_open = item
    segments.append(_Segment(number, "narrative", "", paragraph[cursor:], offset=cursor))
    return segments, items, still_open


def _opens_sentence(paragraph: str, span: _Span) -> bool:
    """True if the quoted span is a whole sentence of its own: nothing before it in its sentence,
    and it ends with a full stop, question or exclamation mark inside the marks."""
    before = paragraph[_sentence_start(paragraph, span.start) : span.start]
    return not before.strip() and span.closed and span.inside(paragraph).rstrip()[-1:] in ".!?"


def _previous_clause(paragraph: str, start: int) -> str | None:
    """Rule 8: the subject of the last active reporting clause earlier in the paragraph, if any."""
    masked = _mask_quotes(paragraph[:start])
    verbs = _verb_matches(masked)
    if not verbs:
        return None
    verb = verbs[-1]
    if _passive(masked, verb.start()):
        return None
    begin = _sentence_start(masked, verb.start())
    if masked[begin : verb.start()].strip(' ,\n\u201c\u201d"') == "":  # "“...,” said X": inverted
        return _forward_speaker(paragraph[verb.end() :]) or None
    return _clean_speaker(masked[begin : verb.start()]) or None


def _gender(description: str) -> str:
    words = set(_words(description))
    if words & _MALE:
        return "m"
    if words & _FEMALE:
        return "f"
    return ""


def _person(description: str) -> bool:
    """Whether a speaker may be a person "he" or "she" stands for: a sex-marked word or a capitalised name."""
    words = description.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(_gender(description)) or any(word[:1].isupper() and not word.isupper() for word in words)


def _resolve(items: list[_Item]) -> None:
    """Rule 9: pronouns and roles take the last compatible named speaker, marked inferred."""
    named: list[str] = []  # speakers so far, in reading order
    for item in items:
        if item.link is not None:
            item.speaker, item.inferred = item.link.speaker, item.link.inferred
            if item.speaker:
                named.append(item.speaker)
            continue
        written = item.named_as
        lowered = written.lower()
        speaker, inferred = written, False
        if lowered in PRONOUNS:
            speaker = ""
            if lowered in ("he", "she"):
                wanted = "m" if lowered == "he" else "f"
                for candidate in reversed(named):
                    if _gender(candidate) in ("", wanted) and _person(candidate):
                        speaker, inferred = candidate, True
                        break
        elif lowered.startswith("the ") and len(written.split()) <= 4:
            head = _words(written)[-1:]
            for candidate in reversed(named):
                if head and head[0] in _words(candidate) and candidate.lower() != lowered:
                    speaker, inferred = candidate, True
                    break
        item.speaker, item.inferred = speaker, inferred
        if speaker:
            named.append(speaker)


def _marked_in(segment_text: str, voice: str) -> list[tuple[int, str, str]]:
    """(offset, phrase, marks) of the phrases marked in a segment: short double quotes (narrative) and single quotes."""
    found: list[tuple[int, str, str]] = []
    if voice == "narrative":
        found += [
            (s.start, s.inside(segment_text), "double") for s in _double_quote_spans(segment_text) if s.closed
        ]
    found += [
        (m.start(), m.group("curly") or m.group("straight"), "single")
        for m in _SINGLE_QUOTED.finditer(segment_text)
    ]
    return sorted(found)


def _indirect(paragraph_no: int, text: str) -> list[_Item]:
    """Indirect speech in a narrative segment: a reporting verb followed by a clause, no quotation mark in it."""
    items: list[_Item] = []
    masked = _mask_quotes(text)
    for according in re.finditer(
        r"(?:^|(?<=[.!?]\s))According to (?P<who>[^,]+), (?P<clause>[^.!?]+[.!?]?)", text
    ):
        who, clause = _clean_speaker(according.group("who")), according.group("clause")
        if who and len(_words(clause)) >= INDIRECT_MIN_WORDS:
            items.append(
                _Item(paragraph_no, according.start(), "indirect", who, "according to X, ...", clause)
            )
    covered = 0  # a verb inside a clause already reported ("added that X should be told...") is not a new one
    for verb in _verb_matches(masked):
        if verb.group(0).lower() in ATTRIBUTION_ONLY or verb.start() < covered:
            continue
        end = _sentence_end(masked, verb.end())
        clause = masked[verb.end() : end]
        passive = _passive(masked, verb.start())
        if re.match(r"\s*(?:[:“\"]|of\b|for\b|by\b|in\b|on\b|with\b|about\b)", text[verb.end() : end]) or (
            not passive and re.match(r"\s*to\b", clause)
        ):
            continue
        addressee = r"(?:(?:me|him|her|us|them|reporters|journalists|the\s+\w+|[A-Z]\w+)\s+)?"
        takes_object = verb.group(0).lower() in _TAKES_OBJECT  # "told reporters that ...": skip "reporters"
        head = re.match(rf"\s*{addressee if takes_object else ''}(?:that\s+)?", clause)
        if len(_words(clause)) < INDIRECT_MIN_WORDS:
            continue
        begin = _sentence_start(masked, verb.start())
        if passive:
            named_as, rule = "", "indirect, passive: source not named"
        else:
            named_as, rule = _clean_speaker(text[begin : verb.start()]), "reporting verb + clause"
            if not named_as:
                continue
        reported = text[verb.end() + (head.end() if head else 0) : end].strip()
        items.append(_Item(paragraph_no, verb.start(), "indirect", named_as, rule, reported))
        covered = end
    return items


def _analyse(text: str) -> tuple[list[_Segment], list[_Item]]:
    """Segments (rules 1-6) and reported items (all four kinds), speakers resolved (rules 7-9)."""
    paragraphs = _paragraphs(text)
    segments: list[_Segment] = []
    items: list[_Item] = []
    open_item: _Item | None = None
    opened_in = 0
    pending: _Item | None = None  # "X said:" / "X said." ended the previous paragraph
    block: _Item | None = None  # inside an unquoted GOV.UK block (or an attributed release)
    attributed: _Item | None = None
    for number, paragraph in enumerate(paragraphs, start=1):
        starts_with_mark = paragraph[:1] in _OPENING
        if attributed is not None:
            if _END_OF_STATEMENT.match(paragraph):
                attributed = None
            else:
                segment = _Segment(number, "quote", "", paragraph, kind="quote", named_as=attributed.named_as)
                item = _Item(
                    number, 0, "quote", attributed.named_as, "please attribute to", paragraph, segment=segment
                )
                segments.append(segment)
                items.append(item)
                continue
            segments.append(_Segment(number, "narrative", "", paragraph))
            continue
        header = _ATTRIBUTE.match(paragraph)
        if header:
            attributed = _Item(
                number, 0, "quote", _forward_speaker(header.group("who")), "please attribute to", ""
            )
            segments.append(_Segment(number, "narrative", "", paragraph))
            continue
        if open_item is not None and not starts_with_mark:
            _warn_unbalanced(opened_in)
            open_item = None
        if block is not None and not _continues_block(paragraph, block.named_as):
            block = None
        if pending is not None and not starts_with_mark and pending.kind == "block":
            block, pending = pending, None
        elif pending is not None and not starts_with_mark:
            pending = None
        if block is not None:
            segment = _Segment(number, "quote", "", paragraph, kind="quote", named_as=block.named_as)
            item = _Item(
                number,
                0,
                "quote",
                block.named_as,
                "after 'X said:' (GOV.UK block)",
                paragraph,
                segment=segment,
            )
            segments.append(segment)
            items.append(item)
            continue
        last = next((i for i in reversed(items) if i.kind in ("quote", "indirect") and i.named_as), None)
        found, quoted, still_open = _split_paragraph(number, paragraph, open_item, pending, last)
        segments.extend(found)
        for segment in found:
            if segment.voice == "narrative":
                indirect = _indirect(number, segment.text)
                for item in indirect:
                    item.start += segment.offset
                items.extend(indirect)
        items.extend(quoted)
        open_item, opened_in = still_open, (number if still_open is not None else 0)
        pending = None
        if still_open is None:
            introduced = _introduces_block(paragraph)
            if introduced is not None:
                pending = _Item(
                    number, len(paragraph), "block" if introduced[1] else "pending", introduced[0], "", ""
                )
    if open_item is not None:
        _warn_unbalanced(opened_in)
    items.extend(_marked_items(segments))
    items.sort(key=lambda item: (item.paragraph, item.start))
    _resolve(items)
    for item in items:
        if item.segment is not None:
            item.segment.speaker, item.segment.inferred = item.speaker, item.inferred
            item.segment.named_as = item.named_as
    for segment in segments:
        for item in segment.items:
            item.within = segment.speaker if segment.voice == "quote" else ""
    return [s for s in segments if _words(s.text)], items


def _marked_items(segments: list[_Segment]) -> list[_Item]:
    """Marked phrases as items: partial quotes (a source in the sentence) or scare quotes (none)."""
    items: list[_Item] = []
    for segment in segments:
        base = segment.offset
        for start, phrase, marks in _marked_in(segment.text, segment.voice):
            span = _Span(start, start + len(phrase) + 2, closed=True)
            source = _sentence_source(segment.text, span) if segment.voice == "narrative" else None
            if source is None:
                item = _Item(
                    segment.paragraph, base + start, "scare_quote", "", f"{marks} marks, no source", phrase
                )
            else:
                item = _Item(
                    segment.paragraph, base + start, "partial_quote", source.named_as, source.rule, phrase
                )
            item.marks = marks
            segment.items.append(item)
            items.append(item)
    return items


def _warn_unbalanced(paragraph: int) -> None:
    warnings.warn(
        f"The quotation opened in paragraph {paragraph} is never closed, and no next paragraph opens "
        f"with a quotation mark to continue it: it is taken to end with paragraph {paragraph}.",
        UnbalancedQuoteWarning,
        stacklevel=5,
    )


def voices(text: str) -> pd.DataFrame:
    """Quoted speech and narrative, one row per segment in reading order (rules: module docstring).

    Columns: ``segment`` (1-based), ``paragraph`` (1-based), ``voice`` (``"quote"`` or
    ``"narrative"``), ``kind`` (``"quote"`` or ``"partial_quote"`` for a quote, ``"narrative"``
    otherwise), ``speaker`` (``""`` for narrative or an unnamed speaker), ``named_as`` (the
    speaker as the text writes it: "he", "the Prime Minister"), ``inferred`` (True when the
    speaker was taken from an earlier one, rule 9), ``text``, ``words``.

    Example:
        >>> voices('He said: "We will talk." Then he left.')[["voice", "text"]].values.tolist()
        [['narrative', 'He said:'], ['quote', 'We will talk.'], ['narrative', 'Then he left.']]
        >>> voices("").columns.tolist()
        ['segment', 'paragraph', 'voice', 'kind', 'speaker', 'named_as', 'inferred', 'text', 'words']
    """
    import pandas as pd

    segments, _ = _analyse(text)
    rows = [
        {
            "segment": number,
            "paragraph": s.paragraph,
            "voice": s.voice,
            "kind": s.kind,
            "speaker": s.speaker,
            "named_as": s.named_as,
            "inferred": s.inferred,
            "text": s.text.strip(),
            "words": len(_words(s.text)),
        }
        for number, s in enumerate(segments, start=1)
    ]
    return pd.DataFrame(rows, columns=VOICE_COLUMNS).astype({"inferred": "bool"})


def reported_words(text: str) -> pd.DataFrame:
    """Every stretch of reported words, one row each in reading order: quotes, partial quotes,
    scare quotes and indirect speech (the four kinds and their rules: module docstring).

    Columns: ``paragraph``, ``kind``, ``speaker`` (the source, ``""`` when the text names none),
    ``named_as`` (as written: "he"), ``inferred`` (rule 9), ``rule`` (which rule decided),
    ``within`` (the speaker whose quotation this sits in, ``""`` in the narrative), ``text``
    (without quotation marks) and ``words``.

    Example:
        >>> table = reported_words("The council said the new road was “unsafe”. It is a “deal”. Ms Roe said that it will open soon.")
        >>> table[["kind", "speaker", "text"]].values.tolist()
        [['indirect', 'The council', 'the new road was “unsafe”.'], ['partial_quote', 'The council', 'unsafe'], ['scare_quote', '', 'deal'], ['indirect', 'Ms Roe', 'it will open soon.']]
    """
    import pandas as pd

    _, items = _analyse(text)
    rows = [
        {
            "paragraph": item.paragraph,
            "kind": item.kind,
            "speaker": item.speaker,
            "named_as": item.named_as,
            "inferred": item.inferred,
            "rule": item.rule,
            "within": item.within,
            "text": item.text.strip(),
            "words": len(_words(item.text)),
        }
        for item in items
        if item.kind in KINDS and _words(item.text)
    ]
    return pd.DataFrame(rows, columns=REPORTED_COLUMNS).astype({"inferred": "bool"})


def voice_shares(text_or_voices: str | pd.DataFrame) -> pd.DataFrame:
    """Words per (voice, speaker), and their ``share`` of all words (the shares sum to 1).

    Takes a text, or the frame :func:`voices` returned. Sorted by words (most first), then voice
    and speaker. A text without words gives an empty frame.

    Example:
        >>> voice_shares('Ann said: "We will talk."').values.tolist()
        [['quote', 'Ann', 3, 0.6], ['narrative', '', 2, 0.4]]
    """
    frame = voices(text_or_voices) if isinstance(text_or_voices, str) else text_or_voices
    shares = frame.groupby(["voice", "speaker"], as_index=False)["words"].sum()
    shares = shares[shares["words"] > 0]
    shares["share"] = shares["words"] / shares["words"].sum()
    shares = shares.sort_values(["words", "voice", "speaker"], ascending=[False, True, True])
    return shares.reset_index(drop=True)[SHARE_COLUMNS]


def marked_phrases(text: str) -> pd.DataFrame:
    """Phrases in quotation marks that are not speech segments: every single-quoted phrase, and every
    short double-quoted one that rule 2 leaves in the narrative. One row per phrase in reading order.

    Columns: ``paragraph``, ``voice`` and ``speaker`` (whose segment the phrase sits in: one inside
    a quote is the speaker's, one in the narrative is the writer's), ``phrase`` (without its
    marks), ``words``, ``marks`` (``"double"`` or ``"single"``), ``kind`` (``"partial_quote"`` when
    its sentence gives a source, ``"scare_quote"`` when not) and ``source`` (the source named,
    ``""`` for none or an unnamed one: "He was accused of ...").

    Example:
        >>> marked_phrases("Officials say the visit is not “business as usual”. Ann said: “We say ‘engage but beware’.”")[
        ...     ["voice", "phrase", "kind", "source"]].values.tolist()
        [['narrative', 'business as usual', 'partial_quote', 'Officials'], ['quote', 'engage but beware', 'scare_quote', '']]
    """
    import pandas as pd

    segments, _ = _analyse(text)
    rows = [
        {
            "paragraph": segment.paragraph,
            "voice": segment.voice,
            "speaker": segment.speaker,
            "phrase": item.text,
            "words": len(_words(item.text)),
            "marks": item.marks,
            "kind": item.kind,
            "source": item.speaker,
        }
        for segment in segments
        for item in segment.items
    ]
    return pd.DataFrame(rows, columns=MARKED_COLUMNS)


def scare_quotes(text: str) -> pd.DataFrame:
    """The phrases of :func:`marked_phrases` (the name notebook 04 uses; read its ``kind`` column).

    Only the rows whose ``kind`` is ``"scare_quote"`` are scare quotes in the strict sense (no
    source); the others are partial quotes, words the sentence attributes to someone.

    Example:
        >>> scare_quotes("It was “business as usual”.")["phrase"].tolist()
        ['business as usual']
    """
    return marked_phrases(text)


#: Words just before a reporting verb that make it a future: "he will say".
_FUTURE_BEFORE = frozenset(["will", "shall", "'ll"])
#: Forms of *be* just before a reporting verb that make it a passive: "it has been announced".
_BE_FORMS = frozenset(["be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re"])
REPORTING_VERB_COLUMNS = [
    "position",
    "paragraph",
    "voice",
    "speaker",
    "verb",
    "form",
    "left",
    "match",
    "right",
    "sentence_no",
    "sentence",
]


def reporting_verbs(text: str, verbs: Iterable[str] | None = None, *, window: int = 5) -> pd.DataFrame:
    """Every reporting verb in ``text`` ("said", "will stress", "was accused"), in whose voice, in which form.

    Args:
        text: the text (a string).
        verbs: the word forms to look for, matched exactly with the course tokenizer (case ignored,
            as :func:`helpers.concordance.concordance` matches): ``["say", "says", "said"]``.
            A list you write yourself is the point: what you leave out is not found. By default
            :data:`REPORTING_VERBS`.
        window: words of context either side, as in a concordance.

    Returns:
        One row per occurrence, in reading order, with the columns ``position`` (the word's index
        in ``tokenize(text)``), ``paragraph``, ``voice`` and ``speaker`` (the segment the verb sits
        in, as :func:`voices` says), ``verb`` (the form found, lower case), ``form``, the context
        ``left, match, right``, and ``sentence_no, sentence``. An empty table (same columns) when
        there is none.

    ``form`` is read from the single word just before the verb, a rule simple enough to check by
    eye: ``"future"`` after *will*, *shall* or *'ll* ("he will say": announced before it is said);
    ``"passive"`` after a form of *be* ("it has been announced", "he was accused": a passive can
    leave out who speaks), unless the verb ends in *-ing* ("is saying" is not a passive);
    ``"other"`` for everything else ("An FCO spokeswoman said:", "the government maintained").
    A word between the two ("will also say") hides the form: read the sentence.

    Example:
        >>> found = reporting_verbs("It was announced today. He will say: “We talk.” She said no.",
        ...                         ["announced", "say", "said"])
        >>> found[["verb", "form", "voice"]].values.tolist()
        [['announced', 'passive', 'narrative'], ['say', 'future', 'narrative'], ['said', 'other', 'narrative']]
    """
    import pandas as pd

    if isinstance(verbs, str):
        raise TypeError("verbs must be a list of word forms, like ['say', 'says', 'said'], not one string.")
    wanted = sorted({str(v).strip().lower() for v in (REPORTING_VERBS if verbs is None else verbs)} - {""})
    tokens = _words(text)
    table = token_voices(text) if tokens else None
    rows = []
    for verb in wanted:
        if len(_words(verb)) != 1:
            raise ValueError(f"{verb!r} is not one word: give reporting verbs one word form at a time.")
        for hit in concordance(text, verb, window=window).itertuples(index=False):
            before = tokens[hit.position - 1] if hit.position > 0 else ""
            if before in _FUTURE_BEFORE:
                form = "future"
            elif before in _BE_FORMS and not verb.endswith("ing"):
                form = "passive"
            else:
                form = "other"
            assert table is not None  # a hit means the text has tokens
            owner = table.iloc[hit.position]
            rows.append(
                {
                    "position": hit.position,
                    "paragraph": int(owner["paragraph"]),
                    "voice": owner["voice"],
                    "speaker": owner["speaker"],
                    "verb": verb,
                    "form": form,
                    "left": hit.left,
                    "match": hit.match,
                    "right": hit.right,
                    "sentence_no": hit.sentence_no,
                    "sentence": hit.sentence,
                }
            )
    out = pd.DataFrame(rows, columns=REPORTING_VERB_COLUMNS).sort_values("position", kind="mergesort")
    return out.reset_index(drop=True).astype(
        {"position": "int64", "paragraph": "int64", "sentence_no": "int64"}
    )


# --------------------------------------------------------------------------------------------
# Whose words? Tokens, shared passages and phrases placed in the voices of a text
# --------------------------------------------------------------------------------------------

TOKEN_VOICE_COLUMNS = ["position", "token", "paragraph", "voice", "speaker"]
PHRASE_VOICE_COLUMNS = ["position", "paragraph", "voice", "speaker", "marks", "left", "match", "right"]
_MARKS = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single"}


def token_voices(text: str) -> pd.DataFrame:
    """One row per token of ``text``: whose voice it is in, as :func:`voices` says.

    Columns: ``position`` (the token's index in ``tokenize(text)``, as in :func:`helpers.reuse.shared_passages`
    and :func:`helpers.concordance.concordance`), ``token``, ``paragraph``, ``voice`` (``"quote"``
    or ``"narrative"``) and ``speaker`` (``""`` for narrative or an unnamed speaker).

    Example:
        >>> token_voices("Talks. Ann said: “We will talk.”").values.tolist()
        [[0, 'talks', 1, 'narrative', ''], [1, 'ann', 1, 'narrative', ''], [2, 'said', 1, 'narrative', ''], [3, 'we', 1, 'quote', 'Ann'], [4, 'will', 1, 'quote', 'Ann'], [5, 'talk', 1, 'quote', 'Ann']]
    """
    import pandas as pd

    rows = [
        {"token": token, "paragraph": segment.paragraph, "voice": segment.voice, "speaker": segment.speaker}
        for segment in voices(text).itertuples(index=False)
        for token in _words(segment.text)
    ]
    if [row["token"] for row in rows] != _words(text):  # pragma: no cover - a guard, not expected
        raise ValueError(
            "The voices of this text do not cover its tokens one for one; "
            "token positions cannot be placed in a voice."
        )
    frame = pd.DataFrame(rows, columns=TOKEN_VOICE_COLUMNS[1:])
    frame.insert(0, "position", range(len(frame)))
    return frame


def _voice_of(table: pd.DataFrame, start: int, end: int) -> tuple[int, str, str]:
    """(paragraph, voice, speaker) of the tokens start..end-1: "mixed" if they are in several voices."""
    rows = table.iloc[start:end]
    owners = set(zip(rows["voice"], rows["speaker"]))
    voice, speaker = owners.pop() if len(owners) == 1 else ("mixed", "")
    return int(rows["paragraph"].iloc[0]), voice, speaker


def passage_voices(passages: pd.DataFrame, text: str, *, side: str = "a") -> pd.DataFrame:
    """The ``passages`` from :func:`helpers.reuse.shared_passages`, with whose voice each one is in, in ``text``.

    ``text`` is the text the passages were found in on ``side`` (``"a"``: the first text given to
    :func:`helpers.reuse.shared_passages`, ``"b"``: the second). Adds the columns ``paragraph`` (where the passage
    starts), ``voice`` and ``speaker`` (as :func:`voices` says; ``"mixed"`` and ``""``
    if the passage runs across a quotation mark, part quote and part narrative).

    Example:
        >>> a = "Officials said: “This is not business as usual.” Not business as usual, then."
        >>> from helpers.reuse import shared_passages
        >>> found = shared_passages(a, "It is business as usual.", n=3)
        >>> passage_voices(found, a)[["passage", "voice", "speaker"]].values.tolist()
        [['business as usual', 'quote', 'Officials'], ['business as usual', 'narrative', '']]
    """
    if side not in ("a", "b"):
        raise ValueError(f"side must be 'a' (the first text) or 'b' (the second), not {side!r}")
    table = token_voices(text)
    out = passages.copy()
    owners = [_voice_of(table, start, end) for start, end in zip(out[f"start_{side}"], out[f"end_{side}"])]
    out["paragraph"] = [owner[0] for owner in owners]
    out["voice"] = [owner[1] for owner in owners]
    out["speaker"] = [owner[2] for owner in owners]
    return out.astype({"paragraph": "int64", "voice": "str", "speaker": "str"})


def phrase_voices(text: str, phrase: str, *, window: int = 5) -> pd.DataFrame:
    """Every occurrence of ``phrase`` in ``text``: where it is, in whose voice, and how it is marked.

    One row per occurrence (as :func:`helpers.concordance.concordance` finds them), with the
    columns ``position`` (index of its first token), ``paragraph``, ``voice`` and ``speaker`` (as in
    :func:`token_voices`; ``"mixed"`` if it runs across a quotation mark), ``marks`` (``"double"`` or
    ``"single"`` if the phrase itself stands inside quotation marks, a scare quote such as
    ‘business as usual’; ``""`` if not) and its context ``left``, ``match``, ``right``.

    Example:
        >>> text = "Not ‘business as usual’, we said. Ann said: “This is not business as usual.”"
        >>> phrase_voices(text, "business as usual")[["voice", "speaker", "marks"]].values.tolist()
        [['narrative', '', 'single'], ['quote', 'Ann', '']]
    """
    import pandas as pd

    hits = concordance(text, phrase, window=window)
    table = token_voices(text)
    size = len(_words(phrase))
    rows = []
    for hit in hits.itertuples(index=False):
        paragraph, voice, speaker = _voice_of(table, hit.position, hit.position + size)
        before, after = hit.left[-1:], hit.right[:1]
        marks = (
            _MARKS[before] if before in _MARKS and after in _MARKS and _MARKS[before] == _MARKS[after] else ""
        )
        rows.append(
            {
                "position": hit.position,
                "paragraph": paragraph,
                "voice": voice,
                "speaker": speaker,
                "marks": marks,
                "left": hit.left,
                "match": hit.match,
                "right": hit.right,
            }
        )
    return pd.DataFrame(rows, columns=PHRASE_VOICE_COLUMNS)
