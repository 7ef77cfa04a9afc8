"""Frame cues: small word lists that point a reader to sentences worth a closer look.

The lists live in ``lexicons/`` as CSV files a teacher can open and edit (see
``lexicons/README.md``; :mod:`helpers.lexicons` reads them, :mod:`helpers.coding` sets the
cues beside a hand coding):

=========================== ==================================================================
file                        what it holds
=========================== ==================================================================
``frame_cues.csv``          ``frame, cue, note``: cues for Semetko and Valkenburg's (2000) five
                            generic news frames, plus ``diplomacy`` and ``security``
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
* within one frame, the longest cue wins where cues overlap (``will not`` rather than ``will``),
  so a word is counted at most once per frame; the same word can be a cue for two frames (the
  note says why).

Example:
    >>> matches = find_cues("Talks will focus on the threat. Relations are tense.")
    >>> matches[["frame", "cue", "match", "sentence_no"]].values.tolist()
    [['diplomacy', 'talk*', 'Talks', 1], ['security', 'threat*', 'threat', 1], ['diplomacy', 'relation*', 'Relations', 2], ['conflict', 'tense', 'tense', 2]]
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from helpers.lexicons import Cue, LexiconSource, coerce_lexicon, compile_cues
from helpers.tokens import sentences, token_spans, tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

MATCH_COLUMNS = ("frame", "cue", "match", "sentence_no", "sentence")
MODAL_COLUMNS = ("kind", "cue", "match", "sentence_no", "sentence", "next_word")
CUE_SUMMARY_COLUMNS = ("matches", "distinct_cues", "sentences_with_cue", "per_1000_words", "cues")

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
    found: list[CueHit] = []
    for sentence_no, sentence in enumerate(sentences(text), start=1):
        spans = token_spans(sentence)
        tokens = [span.token for span in spans]
        for candidates in passes:
            i = 0
            while i < len(tokens):
                hit = next((c for c in candidates if c.matches_at(tokens, i)), None)
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
        lexicon: ``None`` for ``lexicons/frame_cues.csv``, another lexicon's name or path, or a
            DataFrame with columns ``frame`` and ``cue``.

    Returns:
        One row per match with columns ``frame, cue, match, sentence_no, sentence``: ``cue`` as
        written in the lexicon, ``match`` the words as they are in the text (original case and
        quotation marks), ``sentence_no`` counted from 1 (headline included). Rows are ordered by
        sentence, then by position in the sentence, then by the frame's place in the lexicon. No
        match gives an empty table with these columns.

    A match is evidence for a human reader, never a verdict: read the sentence before deciding
    that it frames anything.

    Example:
        >>> rows = find_cues("But he will stress the UK will defend its interests where they are threatened.")
        >>> rows[["frame", "cue", "match"]].values.tolist()
        [['security', 'defen*', 'defend'], ['security', 'threat*', 'threatened']]
        >>> find_cues("").shape
        (0, 5)
    """
    import pandas as pd

    text = require_text(text, "find_cues")
    lex = coerce_lexicon(lexicon, "frame_cues", "frame")
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
    text_or_matches: str | pd.DataFrame, lexicon: LexiconSource = None, *, words: int | None = None
) -> pd.DataFrame:
    """Per frame (or per modal kind): how many cues matched, how varied they are, and where.

    Args:
        text_or_matches: a text (cues are found with :func:`find_cues`), or a table returned by
            :func:`find_cues` or :func:`modal_forms` (summarised by ``frame`` or ``kind``).
        lexicon: the lexicon that lists every frame (so frames with no match still get a row);
            by default ``frame_cues`` for frames and ``modals`` for kinds.
        words: the number of words of the text, for the rate per 1,000 words. Counted with
            :func:`helpers.tokens.tokenize` when a text is given; when a table is given without
            ``words``, ``per_1000_words`` is NaN.

    Returns:
        One row per frame, in lexicon order (frames found only in the table come after, sorted),
        with columns ``frame`` (or ``kind``), ``matches``, ``distinct_cues``,
        ``sentences_with_cue``, ``per_1000_words`` (2 decimals; NaN for a text of no words) and
        ``cues`` (each cue with its count, most frequent first, ties alphabetical). The word count
        is kept in ``table.attrs["words"]``.

    The counts are evidence of what to read, never a verdict on how a text is framed: a frame is
    a way of telling a story, and a handful of words cannot establish it.

    Example:
        >>> table = cue_summary("Relations are tense. Talks will focus on differences.")
        >>> table.set_index("frame").loc[["conflict", "diplomacy", "morality"], ["matches", "per_1000_words", "cues"]].values.tolist()
        [[2, 250.0, 'differences (1), tense (1)'], [2, 250.0, 'relation* (1), talk* (1)'], [0, 0.0, '']]
    """
    import pandas as pd

    if isinstance(text_or_matches, str):
        matches = find_cues(text_or_matches, lexicon)
        if words is None:
            words = len(tokenize(text_or_matches))
    elif isinstance(text_or_matches, pd.DataFrame):
        matches = text_or_matches
    else:
        require_text(text_or_matches, "cue_summary")
        raise AssertionError("unreachable")  # pragma: no cover

    if "frame" in matches.columns:
        group, default = "frame", "frame_cues"
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
        if words:
            rate = round(len(sub) / words * 1000, 2)
        else:
            rate = math.nan
        rows.append(
            {
                group: name,
                "matches": len(sub),
                "distinct_cues": len(counts),
                "sentences_with_cue": int(sub["sentence_no"].nunique()),
                "per_1000_words": rate,
                "cues": listed,
            }
        )
    out = pd.DataFrame(rows, columns=[group, *CUE_SUMMARY_COLUMNS])
    out = out.astype(
        {
            "matches": "int64",
            "distinct_cues": "int64",
            "sentences_with_cue": "int64",
            "per_1000_words": "float64",
        }
    )
    out.attrs["words"] = words
    return out
