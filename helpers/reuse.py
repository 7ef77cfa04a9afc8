"""Reuse: passages two texts share word for word (a press release copied into a news story).

Both texts are tokenized with :func:`helpers.tokens.tokenize` (lower case, punctuation ignored),
so "Business as usual," and "business as usual" match. A *shared passage* is a run of at least
``n`` tokens (default 4) that occurs in both texts, extended as far as it goes in both
directions, so each passage is maximal: it could not be one token longer at either end.

How it is found: every n-gram of text B is indexed by its positions; every n-gram of text A that
is also in B gives a matching pair of positions (i, j). Pairs on the same *diagonal* (i - j) that
follow each other, (i, j), (i+1, j+1), ..., overlap by n-1 tokens and form one passage. Every
occurrence is reported: a passage of A repeated twice in B gives two rows.

Why not ``difflib.SequenceMatcher.get_matching_blocks``? It finds one alignment of the two texts,
with blocks in the same order in both, so a passage repeated, or moved, is missed; and for
texts of 200 tokens or more its "autojunk" heuristic ignores frequent words such as "the",
breaking passages apart.

Example:
    >>> shared_passages("We will engage but beware, she said.", "Engage but beware, she said today.")["passage"].tolist()
    ['engage but beware she said']
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PASSAGE_COLUMNS = ["passage", "words", "start_a", "end_a", "start_b", "end_b"]
SUMMARY_COLUMNS = ["text", "tokens", "reused_tokens", "share_reused"]


def _tokens(text: str) -> list[str]:
    from .tokens import tokenize

    return tokenize(text)


def _matching_pairs(tokens_a: list[str], tokens_b: list[str], n: int) -> list[tuple[int, int]]:
    """Every (i, j) where the n tokens from i in A equal the n tokens from j in B, sorted."""
    positions_b: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(tokens_b) - n + 1):
        positions_b[tuple(tokens_b[j : j + n])].append(j)
    return [
        (i, j) for i in range(len(tokens_a) - n + 1) for j in positions_b.get(tuple(tokens_a[i : i + n]), [])
    ]


def _spans(tokens_a: list[str], tokens_b: list[str], n: int) -> list[tuple[int, int, int, int]]:
    """Maximal shared spans as (start_a, end_a, start_b, end_b), ends exclusive."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
    pairs = set(_matching_pairs(tokens_a, tokens_b, n))
    spans = []
    for i, j in sorted(pairs):
        if (i - 1, j - 1) in pairs:  # not the start of a run: an earlier pair already covers it
            continue
        length = 0
        while (i + length, j + length) in pairs:
            length += 1
        spans.append((i, i + length + n - 1, j, j + length + n - 1))
    return spans


def shared_passages(text_a: str, text_b: str, *, n: int = 4) -> pd.DataFrame:
    """One row per maximal passage of at least ``n`` tokens found in both texts.

    Columns: ``passage`` (its tokens joined by spaces), ``words`` (its length in tokens), and
    ``start_a, end_a, start_b, end_b``: token offsets in each text (ends exclusive, so
    ``tokenize(text_a)[start_a:end_a]`` is the passage). Sorted by ``start_a``, then ``start_b``.

    Example:
        >>> shared_passages("one two three four five", "zero two three four five six")[
        ...     ["passage", "words", "start_a", "start_b"]].values.tolist()
        [['two three four five', 4, 1, 1]]
        >>> len(shared_passages("business as usual", "not business as usual"))  # 3 words < n
        0
    """
    import pandas as pd

    tokens_a, tokens_b = _tokens(text_a), _tokens(text_b)
    rows = [
        {
            "passage": " ".join(tokens_a[sa:ea]),
            "words": ea - sa,
            "start_a": sa,
            "end_a": ea,
            "start_b": sb,
            "end_b": eb,
        }
        for sa, ea, sb, eb in _spans(tokens_a, tokens_b, n)
    ]
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS)


def _covered(spans: list[tuple[int, int]]) -> int:
    """How many token positions the (start, end) spans cover, each position counted once."""
    return len({position for start, end in spans for position in range(start, end)})


def reuse_summary(
    text_a: str, text_b: str, *, n: int = 4, names: tuple[str, str] = ("a", "b")
) -> pd.DataFrame:
    """One row per text: its ``tokens``, its ``reused_tokens`` (tokens inside any shared passage,
    each counted once) and ``share_reused`` (their fraction; 0.0 for an empty text).

    Example:
        >>> reuse_summary("we talk to each other", "we talk to each other now", names=("pr", "news")).values.tolist()
        [['pr', 5, 5, 1.0], ['news', 6, 5, 0.8333333333333334]]
    """
    import pandas as pd

    tokens_a, tokens_b = _tokens(text_a), _tokens(text_b)
    spans = _spans(tokens_a, tokens_b, n)
    rows = []
    for name, tokens, own in (
        (names[0], tokens_a, [(sa, ea) for sa, ea, _, _ in spans]),
        (names[1], tokens_b, [(sb, eb) for _, _, sb, eb in spans]),
    ):
        reused = _covered(own)
        rows.append(
            {
                "text": name,
                "tokens": len(tokens),
                "reused_tokens": reused,
                "share_reused": reused / len(tokens) if tokens else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


# --------------------------------------------------------------------------------------------
# Whose words? Shared passages and phrases placed in the voices of a text (helpers.voices)
# --------------------------------------------------------------------------------------------

TOKEN_VOICE_COLUMNS = ["position", "token", "paragraph", "voice", "speaker"]
PHRASE_VOICE_COLUMNS = ["position", "paragraph", "voice", "speaker", "marks", "left", "match", "right"]
_MARKS = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single"}


def token_voices(text: str) -> pd.DataFrame:
    """One row per token of ``text``: whose voice it is in, as :func:`helpers.voices.voices` says.

    Columns: ``position`` (the token's index in ``tokenize(text)``, as in :func:`shared_passages`
    and :func:`helpers.concordance.concordance`), ``token``, ``paragraph``, ``voice`` (``"quote"``
    or ``"narrative"``) and ``speaker`` (``""`` for narrative or an unnamed speaker).

    Example:
        >>> token_voices("Talks. Ann said: “We will talk.”").values.tolist()
        [[0, 'talks', 1, 'narrative', ''], [1, 'ann', 1, 'narrative', ''], [2, 'said', 1, 'narrative', ''], [3, 'we', 1, 'quote', 'Ann'], [4, 'will', 1, 'quote', 'Ann'], [5, 'talk', 1, 'quote', 'Ann']]
    """
    import pandas as pd

    from .voices import voices

    rows = [
        {"token": token, "paragraph": segment.paragraph, "voice": segment.voice, "speaker": segment.speaker}
        for segment in voices(text).itertuples(index=False)
        for token in _tokens(segment.text)
    ]
    if [row["token"] for row in rows] != _tokens(text):  # pragma: no cover - a guard, not expected
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
    """The ``passages`` from :func:`shared_passages`, with whose voice each one is in, in ``text``.

    ``text`` is the text the passages were found in on ``side`` (``"a"``: the first text given to
    :func:`shared_passages`, ``"b"``: the second). Adds the columns ``paragraph`` (where the passage
    starts), ``voice`` and ``speaker`` (as :func:`helpers.voices.voices` says; ``"mixed"`` and ``""``
    if the passage runs across a quotation mark, part quote and part narrative).

    Example:
        >>> a = "Officials said: “This is not business as usual.” Not business as usual, then."
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

    from .concordance import concordance

    hits = concordance(text, phrase, window=window)
    table = token_voices(text)
    size = len(_tokens(phrase))
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
