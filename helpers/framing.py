"""Frame cues: small word lists that point a reader to sentences worth a closer look.

The lists live in ``lexicons/`` as CSV files a teacher can open and edit (see
``lexicons/README.md``; :mod:`helpers.lexicons` reads them, :mod:`helpers.coding` sets the
cues beside a hand coding):

=========================== ==================================================================
file                        what it holds
=========================== ==================================================================
``generic_frames.csv``      ``frame, cue, except, note``: cues for Semetko and Valkenburg's
                            (2000) five generic news frames (the default lexicon)
``course_topics.csv``       ``frame, cue, except, note``: ``diplomacy`` and ``security``, two
                            topic lists made for the course texts (a diplomatic visit); not
                            generic frames, and not used on other texts unless asked for
``modals.csv``              ``cue, kind, note``: modal and future forms (``will``, ``must``,
                            ``cannot``...), ``kind`` being future, obligation, possibility...
``frame_questions.csv``     ``frame, item, question, source``: the frame questions for coding a
                            text by hand
=========================== ==================================================================

**Everything this module returns is evidence, never a verdict.** A cue found in a sentence
says "read this sentence with this frame in mind"; it does not say the sentence, or the text,
uses the frame. ``business as usual`` is not about money, and ``will`` can be a noun. The
sentence is returned with every match so that a human reader can decide.

How cues match (the rules are short on purpose, so a student can check every match):

* text and cues are split with the course tokenizer, :func:`helpers.tokens.tokenize`
  (lower case, curly apostrophes made straight, possessive ``'s`` removed);
* a cue of several words (``business as usual``) matches the same words in a row, inside one
  sentence;
* a word ending in ``*`` matches every word that begins with it (``threat*``: threat, threats,
  threatened); a word beginning with ``*`` matches every word that ends with it (``*'ll``: we'll);
* a cue's ``except`` column lists words or phrases (``;`` between them) in which it does not
  count: ``trade*`` except ``wildlife trade`` (an illegal trade is crime, not economics),
  ``secur*`` except ``secured`` ("secured the contract" is not about security);
* within one frame, the longest cue wins where cues overlap (``will not`` rather than ``will``),
  so a word is counted at most once per frame; the same word can be a cue for two frames (the
  note says why).

Frames are counted as **sentences with at least one cue** (:func:`cue_summary`), and read in
those sentences (:func:`cue_sentences`); the frame with cues in the most sentences is the one
with "most cues" (:func:`most_cues`), a place to start reading, not a finding.

Example:
    >>> matches = find_cues("Talks will focus on the threat. Relations are tense.", COURSE_FRAMES)
    >>> matches[["frame", "cue", "match", "sentence_no"]].values.tolist()
    [['diplomacy', 'talk*', 'Talks', 1], ['security', 'threat*', 'threat', 1], ['diplomacy', 'relation*', 'Relations', 2], ['conflict', 'tense', 'tense', 2]]
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from helpers.lexicons import Cue, LexiconSource, coerce_lexicon, compile_cues
from helpers.tokens import sentences as split_sentences
from helpers.tokens import token_spans

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

MATCH_COLUMNS = ("frame", "cue", "match", "sentence_no", "sentence")
MODAL_COLUMNS = ("kind", "cue", "match", "sentence_no", "sentence", "next_word")
CUE_SUMMARY_COLUMNS = ("sentences", "share_of_sentences", "matches", "distinct_cues", "cues")
CUE_SENTENCE_COLUMNS = ("frame", "sentence_no", "sentence", "cue_words")
#: Semetko and Valkenburg's (2000) five generic news frames: the lexicon for any two texts.
GENERIC_FRAMES = "generic_frames"
#: Topic lists made for the course texts (a diplomatic visit): diplomacy and security. Not generic
#: frames: they are left out of the report on other texts unless asked for.
COURSE_TOPICS = "course_topics"
#: Both, for the course texts.
COURSE_FRAMES = (GENERIC_FRAMES, COURSE_TOPICS)

# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def require_text(text: object, function: str) -> str:
    """``text`` if it is a string; else a TypeError that says what to pass (``text.raw``...).

    Example:
        >>> require_text("Talks.", "find_cues")
        'Talks.'
    """
    if isinstance(text, str):
        return text
    hint = ""
    if hasattr(text, "raw"):
        hint = " For a loaded text, pass text.raw (or helpers.cleaning.clean_text(text.raw) for a web page)."
    raise TypeError(f"{function}() takes the text as a string, not {type(text).__name__}.{hint}")


class CueHit(NamedTuple):
    """One cue found in a sentence (what :func:`_scan` returns, one per match)."""

    sentence_no: int  #: the sentence, counted from 1
    position: int  #: index of the first matched token in the sentence
    group_index: int  #: the frame's (or kind's) place in the lexicon
    cue: Cue  #: the cue as parsed from the lexicon
    surface: str  #: the matched words as written in the text
    sentence: str  #: the whole sentence, as evidence
    next_word: str  #: the word after the match ('' at the end of the sentence)


def _scan(text: str, cues: list[Cue], groups: list[str], *, one_pass: bool) -> list[CueHit]:
    """Find cues sentence by sentence, in reading order.

    With ``one_pass`` every cue competes with every other (used for modals, where ``will not`` must
    win over ``will``); otherwise each group (frame) is scanned on its own.
    """
    if one_pass:
        passes = [sorted(cues, key=lambda c: c.specificity)]
    else:
        passes = [sorted((c for c in cues if c.group == g), key=lambda c: c.specificity) for g in groups]
    group_index = {g: i for i, g in enumerate(groups)}
    # For each pass, the cues whose first word fits a token, in the pass's order: only those can
    # match where the token is (worked out once per distinct token, not at every position).
    starting: list[dict[str, list[Cue]]] = [{} for _ in passes]
    found: list[CueHit] = []
    for sentence_no, sentence in enumerate(split_sentences(text), start=1):
        spans = token_spans(sentence)
        tokens = [span.token for span in spans]
        for candidates, starts in zip(passes, starting):
            i = 0
            while i < len(tokens):
                if tokens[i] not in starts:
                    starts[tokens[i]] = [c for c in candidates if c.starts_with(tokens[i])]
                hit = next(
                    (
                        c
                        for c in starts[tokens[i]]
                        if c.matches_at(tokens, i) and not c.blocked_at(tokens, i, i + len(c.parts))
                    ),
                    None,
                )
                if hit is None:
                    i += 1
                    continue
                end = i + len(hit.parts)
                surface = sentence[spans[i].start : spans[end - 1].end]
                next_word = sentence[spans[end].start : spans[end].end] if end < len(spans) else ""
                found.append(
                    CueHit(sentence_no, i, group_index[hit.group], hit, surface, sentence, next_word)
                )
                i = end
    found.sort(key=lambda row: (row.sentence_no, row.position, row.group_index, row.cue.order))
    return found


def find_cues(text: str, lexicon: LexiconSource = None) -> pd.DataFrame:
    """Every cue of the frame lexicon found in ``text``, each with its sentence as evidence.

    Args:
        text: the text (a string). For the newspaper web page, pass
            ``helpers.cleaning.clean_text(raw)`` to leave out the photo gallery's captions.
        lexicon: ``None`` for ``lexicons/generic_frames.csv``; another lexicon's name or path, a
            list of names (``COURSE_FRAMES`` adds the course's topic lists), or a DataFrame with
            columns ``frame`` and ``cue`` (and ``except``, optional).

    Returns:
        One row per match with columns ``frame, cue, match, sentence_no, sentence``: ``cue`` as
        written in the lexicon, ``match`` the words as they are in the text (original case and
        quotation marks), ``sentence_no`` counted from 1 (headline included). Rows are ordered by
        sentence, then by position in the sentence, then by the frame's place in the lexicon. No
        match gives an empty table with these columns.

    A match is evidence for a human reader, never a verdict: read the sentence before deciding
    that it frames anything.

    Example:
        >>> rows = find_cues("He will stress the UK will defend its interests where they are threatened.", COURSE_FRAMES)
        >>> rows[["frame", "cue", "match"]].values.tolist()
        [['security', 'defen*', 'defend'], ['security', 'threat*', 'threatened']]
        >>> find_cues("Police seized ivory from the illegal wildlife trade.").shape[0]  # trade* except 'wildlife trade'
        0
        >>> find_cues("").shape
        (0, 5)
    """
    import pandas as pd

    text = require_text(text, "find_cues")
    lex = coerce_lexicon(lexicon, GENERIC_FRAMES, "frame")
    groups, cues = compile_cues(lex, "frame")
    rows = [
        {
            "frame": hit.cue.group,
            "cue": hit.cue.cue,
            "match": hit.surface,
            "sentence_no": hit.sentence_no,
            "sentence": hit.sentence,
        }
        for hit in _scan(text, cues, groups, one_pass=False)
    ]
    out = pd.DataFrame(rows, columns=list(MATCH_COLUMNS))
    return out.astype({"sentence_no": "int64"})


def modal_forms(text: str, lexicon: LexiconSource = None) -> pd.DataFrame:
    """Modal and future forms (``will``, ``must``, ``cannot``...) in ``text``, each with its sentence.

    Uses ``lexicons/modals.csv`` (columns ``cue, kind, note``). All cues compete in one pass, so
    ``will not`` is one negated modal, not a ``will`` as well. A future with ``will`` is caught
    simply: the modal itself is the cue, and ``next_word`` shows what follows it (``will say``,
    ``will stress``), which is usually the verb.

    Returns:
        Columns ``kind, cue, match, sentence_no, sentence, next_word``, ordered by sentence and
        position; an empty table with these columns when nothing matches.

    As with every cue, a match is evidence for a reader, never a verdict (``may`` can be Theresa May).

    Example:
        >>> modal_forms("He will say our relationship cannot be 'business as usual'.")[["kind", "match", "next_word"]].values.tolist()
        [['future', 'will', 'say'], ['negated modal', 'cannot', 'be']]
    """
    import pandas as pd

    text = require_text(text, "modal_forms")
    lex = coerce_lexicon(lexicon, "modals", "kind")
    groups, cues = compile_cues(lex, "kind")
    rows = [
        {
            "kind": hit.cue.group,
            "cue": hit.cue.cue,
            "match": hit.surface,
            "sentence_no": hit.sentence_no,
            "sentence": hit.sentence,
            "next_word": hit.next_word,
        }
        for hit in _scan(text, cues, groups, one_pass=True)
    ]
    out = pd.DataFrame(rows, columns=list(MODAL_COLUMNS))
    return out.astype({"sentence_no": "int64"})


def cue_summary(
    text_or_matches: str | pd.DataFrame, lexicon: LexiconSource = None, *, sentences: int | None = None
) -> pd.DataFrame:
    """Per frame (or per modal kind): in how many sentences its cues occur, and which cues.

    A frame is counted in **sentences with at least one of its cues**, never in cue words per
    1,000 words: one word repeated five times in one sentence is one sentence to read, and a
    sentence is what a reader weighs as evidence.

    Args:
        text_or_matches: a text (cues are found with :func:`find_cues`), or a table returned by
            :func:`find_cues` or :func:`modal_forms` (summarised by ``frame`` or ``kind``).
        lexicon: the lexicon that lists every frame (so frames with no match still get a row);
            by default ``generic_frames`` for frames and ``modals`` for kinds.
        sentences: the number of sentences of the text, for ``share_of_sentences``. Counted with
            :func:`helpers.tokens.sentences` when a text is given; NaN shares when a table is
            given without it.

    Returns:
        One row per frame, in lexicon order (frames found only in the table come after, sorted),
        with columns ``frame`` (or ``kind``), ``sentences`` (sentences with at least one cue),
        ``share_of_sentences`` (of all the text's sentences), ``matches`` (cue words),
        ``distinct_cues`` and ``cues`` (each cue with its count, most frequent first, ties
        alphabetical). The number of sentences is kept in ``table.attrs["sentences"]``.

    The counts say where to read, never how a text is framed: a frame is a way of telling a
    story, and a handful of words cannot establish it. Read the sentences (:func:`cue_sentences`).

    Example:
        >>> table = cue_summary("Relations are tense and tense. Talks will focus on differences.", COURSE_FRAMES)
        >>> table.set_index("frame").loc[["conflict", "diplomacy", "morality"], ["sentences", "matches", "cues"]].values.tolist()
        [[2, 3, 'tense (2), differences (1)'], [2, 2, 'relation* (1), talk* (1)'], [0, 0, '']]
    """
    import pandas as pd

    if isinstance(text_or_matches, str):
        matches = find_cues(text_or_matches, lexicon)
        if sentences is None:
            sentences = len(split_sentences(text_or_matches))
    elif isinstance(text_or_matches, pd.DataFrame):
        matches = text_or_matches
    else:
        require_text(text_or_matches, "cue_summary")
        raise AssertionError("unreachable")  # pragma: no cover

    if "frame" in matches.columns:
        group, default = "frame", GENERIC_FRAMES
    elif "kind" in matches.columns:
        group, default = "kind", "modals"
    else:
        raise ValueError(
            "cue_summary() needs a text, or a table from find_cues() (with a 'frame' column) or "
            f"modal_forms() (with a 'kind' column); this table has {', '.join(map(str, matches.columns))}."
        )
    missing = [c for c in ("cue", "sentence_no") if c not in matches.columns]
    if missing:
        raise ValueError(
            f"The table of matches lacks the column(s) {', '.join(missing)}; use the output of find_cues() or modal_forms()."
        )

    lex = coerce_lexicon(lexicon, default, group)
    order = list(dict.fromkeys(str(g).strip() for g in lex[group]))
    extra = sorted(set(map(str, matches[group])) - set(order))
    rows = []
    for name in order + extra:
        sub = matches[matches[group].astype(str) == name]
        counts = Counter(map(str, sub["cue"]))
        listed = ", ".join(
            f"{cue} ({n})" for cue, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        with_cue = int(sub["sentence_no"].nunique())
        rows.append(
            {
                group: name,
                "sentences": with_cue,
                "share_of_sentences": with_cue / sentences if sentences else math.nan,
                "matches": len(sub),
                "distinct_cues": len(counts),
                "cues": listed,
            }
        )
    out = pd.DataFrame(rows, columns=[group, *CUE_SUMMARY_COLUMNS])
    out = out.astype(
        {"sentences": "int64", "share_of_sentences": "float64", "matches": "int64", "distinct_cues": "int64"}
    )
    out.attrs["sentences"] = sentences
    return out


def most_cues(summary: pd.DataFrame) -> list[str]:
    """The frame(s) with cues in the most sentences, from a :func:`cue_summary` table (ties: all, in
    lexicon order; none when no frame has a cue). "Most cues" says where to read, not a frame.

    Example:
        >>> most_cues(cue_summary("Relations are tense. It is a tense row.", COURSE_FRAMES))
        ['conflict']
        >>> most_cues(cue_summary("Nothing here."))
        []
    """
    group = "frame" if "frame" in summary.columns else "kind"
    top = int(summary["sentences"].max()) if len(summary) else 0
    if top == 0:
        return []
    return summary.loc[summary["sentences"] == top, group].astype(str).tolist()


def cue_sentences(text_or_matches: str | pd.DataFrame, lexicon: LexiconSource = None) -> pd.DataFrame:
    """One row per (frame, sentence with a cue): the sentence as evidence, with its cue words beside it.

    Columns ``frame, sentence_no, sentence, cue_words`` (the words that matched, as written, in
    reading order), in the order of :func:`find_cues`.

    Example:
        >>> cue_sentences("Relations are tense and tense. Talks begin.", COURSE_FRAMES).values.tolist()
        [['diplomacy', 1, 'Relations are tense and tense.', 'Relations'], ['conflict', 1, 'Relations are tense and tense.', 'tense, tense'], ['diplomacy', 2, 'Talks begin.', 'Talks']]
    """
    import pandas as pd

    matches = find_cues(text_or_matches, lexicon) if isinstance(text_or_matches, str) else text_or_matches
    if matches.empty:
        return pd.DataFrame(columns=list(CUE_SENTENCE_COLUMNS))
    grouped = matches.groupby(["frame", "sentence_no", "sentence"], sort=False)["match"].agg(", ".join)
    out = grouped.reset_index().rename(columns={"match": "cue_words"})
    return out[list(CUE_SENTENCE_COLUMNS)].astype({"sentence_no": "int64"})
