"""Voices: who speaks in a text. Quoted speech, the writer's own narrative, and scare quotes.

:func:`voices` cuts a text into *segments* in reading order, each either ``"quote"`` (someone's
words, reported as theirs) or ``"narrative"`` (the writer's own voice), and names the speaker of
each quote when the text says who it is. :func:`voice_shares` says how many of the words each
voice has; :func:`scare_quotes` lists the short phrases a writer puts in quotation marks without
handing over the floor ("business as usual").

The rules are deliberately simple and visible, so a student can check every decision:

1. **Double quotation marks open speech, single ones never do.** ``“…”`` and ``"…"`` can open
   quoted speech. ``‘…’`` and ``'…'`` are scare quotes (or quotes inside a quote), left inside
   the segment they sit in. (British papers that print speech in single quotes will therefore
   show it as narrative; both course texts use double quotes for speech.)
2. **Short and unintroduced means scare quote.** A double-quoted stretch is speech if it has at
   least :data:`SPEECH_MIN_WORDS` words, *or* a reporting verb (:data:`REPORTING_VERBS`: said,
   told, added, claimed...) comes at most :data:`REPORTING_WINDOW` words before it in its
   sentence ("he said there was “no case for relaxation”"), *or* right after it ("“Never,” she
   said"). Otherwise it is a scare quote: it stays in the narrative and :func:`scare_quotes`
   lists it ("the visit does not signal “business as usual”").
3. **A quotation may run over several paragraphs.** By the typographic convention, each of its
   paragraphs *opens* with a quotation mark and only the last one closes. So a quote left open at
   the end of a paragraph (always speech, whatever its length) continues if the next paragraph
   opens with a quotation mark. Otherwise it is **unbalanced**: it is taken to end with its own paragraph (it never swallows
   the rest of the text) and a :class:`UnbalancedQuoteWarning` names the paragraph.
4. **GOV.UK's unquoted blocks.** A paragraph that ends with a reporting verb and a colon ("The
   Foreign Secretary Boris Johnson said:") introduces the next paragraph as speech, even without
   quotation marks. The block goes on while the paragraphs speak in the first person (they
   contain I, me, my, we, us, our...) and do not name the speaker (their last word, e.g.
   "Johnson"). This cue is transparent but blunt: in the course press release it stops one
   paragraph early, at "The Kremlin has positioned Russia in direct opposition to the West, but
   it doesn't have to be that way.", which has no first-person word and so counts as narrative,
   although it reads as the Foreign Secretary's words. Read the table, not just the totals.
5. **Speakers are named only when the sentence names them.** The speaker is the subject of the
   reporting verb, as written ("An FCO spokeswoman", "The Foreign Secretary Boris Johnson"):
   the words from the start of its clause to the verb, with a leading "And"/"But" and any
   leading numbers (gallery captions: "15/19") dropped. Articles and titles are kept, because
   how a text names its sources is part of its framing. A pronoun ("he said") is not resolved
   and gives ``""``, as does a quote with no reporting verb in its sentence. A quotation that
   runs over several paragraphs keeps its speaker.

Quote segments are given without their quotation marks; narrative segments keep everything else,
scare quotes included. ``words`` counts :func:`helpers.tokens.tokenize` tokens, so the words of
all segments add up to the words of the text. Segments without any word (a lone full stop
between a closing mark and the end of the paragraph) are left out.

Example:
    >>> frame = voices("Talks were held. A spokeswoman said: “It was not ‘business as usual’.”")
    >>> frame[["voice", "speaker", "words"]].values.tolist()
    [['narrative', '', 6], ['quote', 'A spokeswoman', 6]]
    >>> scare_quotes("It was “business as usual”.")["phrase"].tolist()
    ['business as usual']
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.cleaning import split_paragraphs
from helpers.concordance import concordance
from helpers.tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    import pandas as pd

#: A double-quoted stretch of at least this many words is speech even without a reporting verb.
SPEECH_MIN_WORDS = 5
#: A reporting verb at most this many words before the opening mark introduces the quote.
REPORTING_WINDOW = 3
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
    ]
)
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
VOICE_COLUMNS = ["segment", "paragraph", "voice", "speaker", "text", "words"]
SHARE_COLUMNS = ["voice", "speaker", "words", "share"]
SCARE_COLUMNS = ["paragraph", "voice", "speaker", "phrase", "words", "marks"]

_OPENING = '“"'
_CLOSING = '”"'
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]")
_LEADING_JOINERS = frozenset(["and", "but", "so", "yet", "then", "however", "meanwhile"])
_SINGLE_QUOTED = re.compile(r"‘(?P<curly>.+?)’(?!\w)|(?<![\w'])'(?=\w)(?P<straight>.+?)(?<=[\w.,!?])'(?!\w)")


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


def _clean_speaker(subject: str) -> str:
    """The subject as written, minus a leading joiner or number; '' for a pronoun or a long clause."""
    pieces = [p.strip() for p in _CLAUSE_BREAK.split(subject) if p.strip()]
    words = pieces[-1].split() if pieces else []
    while words and (words[0].lower() in _LEADING_JOINERS or not re.search(r"[^\W\d_]", words[0])):
        words = words[1:]
    if not words or len(words) > SPEAKER_MAX_WORDS or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return ""
    return " ".join(words)


def _reporting_before(before: str) -> tuple[str, int] | None:
    """(speaker, words between verb and quote) for the last reporting verb in the sentence before."""
    sentence = _SENTENCE_END.split(before)[-1]
    verbs = [m for m in re.finditer(r"[^\W\d_]+", sentence) if m.group(0).lower() in REPORTING_VERBS]
    if not verbs:
        return None
    verb = verbs[-1]
    return _clean_speaker(sentence[: verb.start()]), len(_words(sentence[verb.end() :]))


def _reporting_after(after: str) -> str | None:
    """The speaker of a trailing attribution ("…,” she said" / "…,” said Mr X"), else None."""
    clause = re.split(r"[,.;:!?“\"]", after.lstrip(" ,"), maxsplit=1)[0].split()
    for index, word in enumerate(clause[: REPORTING_WINDOW + 1]):
        if word.lower() in REPORTING_VERBS:
            return _clean_speaker(" ".join(clause[:index]) or " ".join(clause[index + 1 :]))
    return None


def _speech_speaker(paragraph: str, span: _Span) -> str | None:
    """The speaker ('' if unknown) if the span is speech (rule 2), None if it is a scare quote."""
    before = _reporting_before(paragraph[: span.start])
    after = _reporting_after(paragraph[span.end :]) if span.closed else None
    if before is not None and before[1] <= REPORTING_WINDOW:
        return before[0]
    if after is not None:
        return after
    if len(_words(span.inside(paragraph))) >= SPEECH_MIN_WORDS:
        return before[0] if before is not None else ""
    return None


def _introduces_block(paragraph: str) -> str | None:
    """The speaker if the paragraph ends with a reporting verb and a colon ("X said:"), else None."""
    match = re.search(r"([^\W\d_]+)\s*:\s*$", paragraph)
    if match is None or match.group(1).lower() not in REPORTING_VERBS:
        return None
    return _clean_speaker(paragraph[: match.start(1)])


def _continues_block(paragraph: str, speaker: str) -> bool:
    """Rule 4: first person, no quotation marks, and not naming the speaker."""
    words = set(_words(paragraph))
    name = _words(speaker)[-1:]
    return (
        bool(words & FIRST_PERSON) and not (set(name) & words) and not any(c in paragraph for c in _OPENING)
    )


@dataclass
class _Segment:
    paragraph: int
    voice: str
    speaker: str
    text: str


def _split_paragraph(
    number: int, paragraph: str, open_speaker: str | None, pending: str | None
) -> tuple[list[_Segment], str | None]:
    """Segments of one paragraph, and the speaker of a quote left open at its end (or None)."""
    segments: list[_Segment] = []
    cursor = 0
    still_open: str | None = None
    for index, span in enumerate(_double_quote_spans(paragraph)):
        at_start = index == 0 and not paragraph[: span.start].strip()
        if at_start and open_speaker is not None:
            speaker: str | None = open_speaker
        elif at_start and pending is not None:
            speaker = pending
        else:
            speaker = _speech_speaker(paragraph, span)
            if speaker is None and not span.closed:  # rule 3: an open quote is never a scare quote
                speaker = ""
        if speaker is None:  # a scare quote: it stays in the narrative
            continue
        segments.append(_Segment(number, "narrative", "", paragraph[cursor : span.start]))
        segments.append(_Segment(number, "quote", speaker, span.inside(paragraph)))
        cursor = span.end
        if not span.closed:
            still_open = speaker
    segments.append(_Segment(number, "narrative", "", paragraph[cursor:]))
    return segments, still_open


def _segments(text: str) -> list[_Segment]:
    paragraphs = split_paragraphs(text)
    segments: list[_Segment] = []
    open_speaker: str | None = None  # a quotation left open by the previous paragraph
    opened_in = 0
    pending: str | None = None  # "X said:" ended the previous paragraph
    block: str | None = None  # inside an unquoted GOV.UK block by this speaker
    for number, paragraph in enumerate(paragraphs, start=1):
        starts_with_mark = paragraph[:1] in _OPENING
        if open_speaker is not None and not starts_with_mark:
            _warn_unbalanced(opened_in)
            open_speaker = None
        if block is not None and not _continues_block(paragraph, block):
            block = None
        if pending is not None and not starts_with_mark:
            block, pending = pending, None
        if block is not None:
            segments.append(_Segment(number, "quote", block, paragraph))
            continue
        found, still_open = _split_paragraph(number, paragraph, open_speaker, pending)
        segments.extend(found)
        open_speaker, opened_in = still_open, (number if still_open is not None else 0)
        pending = _introduces_block(paragraph) if still_open is None else None
    if open_speaker is not None:
        _warn_unbalanced(opened_in)
    return [s for s in segments if _words(s.text)]


def _warn_unbalanced(paragraph: int) -> None:
    warnings.warn(
        f"The quotation opened in paragraph {paragraph} is never closed, and no next paragraph opens "
        f"with a quotation mark to continue it: it is taken to end with paragraph {paragraph}.",
        UnbalancedQuoteWarning,
        stacklevel=4,
    )


def voices(text: str) -> pd.DataFrame:
    """Quoted speech and narrative, one row per segment in reading order (rules: module docstring).

    Columns: ``segment`` (1-based), ``paragraph`` (1-based), ``voice`` (``"quote"`` or
    ``"narrative"``), ``speaker`` (``""`` for narrative or an unnamed speaker), ``text``, ``words``.

    Example:
        >>> voices('He said: "We will talk." Then he left.')[["voice", "text"]].values.tolist()
        [['narrative', 'He said:'], ['quote', 'We will talk.'], ['narrative', 'Then he left.']]
        >>> voices("").columns.tolist()
        ['segment', 'paragraph', 'voice', 'speaker', 'text', 'words']
    """
    import pandas as pd

    rows = [
        {
            "segment": number,
            "paragraph": s.paragraph,
            "voice": s.voice,
            "speaker": s.speaker,
            "text": s.text.strip(),
            "words": len(_words(s.text)),
        }
        for number, s in enumerate(_segments(text), start=1)
    ]
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)


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


def scare_quotes(text: str) -> pd.DataFrame:
    """Phrases in quotation marks that are not speech: every single-quoted phrase, and every short
    double-quoted one without a reporting verb (rule 2). One row per phrase in reading order.

    Columns: ``paragraph``, ``voice`` and ``speaker`` (whose segment the phrase sits in: a scare
    quote inside a quote is the speaker's, one in the narrative is the writer's), ``phrase``
    (without its marks), ``words`` and ``marks`` (``"double"`` or ``"single"``).

    Example:
        >>> scare_quotes("It is not “business as usual”. Ann said: “We say ‘engage but beware’.”")[
        ...     ["voice", "phrase", "marks"]].values.tolist()
        [['narrative', 'business as usual', 'double'], ['quote', 'engage but beware', 'single']]
    """
    import pandas as pd

    rows = []
    for segment in voices(text).itertuples(index=False):
        found: list[tuple[int, str, str]] = []
        if segment.voice == "narrative":
            found += [
                (span.start, span.inside(segment.text), "double")
                for span in _double_quote_spans(segment.text)
                if span.closed
            ]
        found += [
            (m.start(), m.group("curly") or m.group("straight"), "single")
            for m in _SINGLE_QUOTED.finditer(segment.text)
        ]
        for _, phrase, marks in sorted(found):
            rows.append(
                {
                    "paragraph": segment.paragraph,
                    "voice": segment.voice,
                    "speaker": segment.speaker,
                    "phrase": phrase,
                    "words": len(_words(phrase)),
                    "marks": marks,
                }
            )
    return pd.DataFrame(rows, columns=SCARE_COLUMNS)


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
