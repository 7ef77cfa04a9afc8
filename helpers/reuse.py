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

from helpers.tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PASSAGE_COLUMNS = ["passage", "words", "start_a", "end_a", "start_b", "end_b"]
REUSE_SUMMARY_COLUMNS = ["text", "tokens", "reused_tokens", "share_reused"]


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

    tokens_a, tokens_b = tokenize(text_a), tokenize(text_b)
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

    tokens_a, tokens_b = tokenize(text_a), tokenize(text_b)
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
    return pd.DataFrame(rows, columns=REUSE_SUMMARY_COLUMNS)
