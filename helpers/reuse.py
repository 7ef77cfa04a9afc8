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

**The churn figure** (:func:`churn`) is the share of each text's words inside passages of at
least :data:`CHURN_MIN_WORDS` words shared with the other, leaving out passages made only of
stopwords and :data:`STANDARD_FORMULAS`; :func:`borrowing_direction` says who could have borrowed
from whom, and only when the dates say it.

Example:
    >>> shared_passages("We will engage but beware, she said.", "Engage but beware, she said today.")["passage"].tolist()
    ['engage but beware she said']
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from helpers.tokens import stopword_list, tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PASSAGE_COLUMNS = ["passage", "words", "start_a", "end_a", "start_b", "end_b"]
CHURN_COLUMNS = ["text", "words", "shared_words", "churn", "passages"]
#: The churn figure's shortest passage: at five words, chance matches between two news texts on
#: one topic are rare (three-word runs such as "the uk will" are common to any two).
CHURN_MIN_WORDS = 5
#: Standard formulas of news and government copy: a passage made only of these and of stopwords
#: says nothing about copying ("in the coming weeks", "it has been announced"). Edit freely.
STANDARD_FORMULAS = (
    "in the coming weeks",
    "in the coming days",
    "in the coming months",
    "in due course",
    "for some time",
    "at the same time",
    "at the end of",
    "in response to",
    "as well as",
    "in order to",
    "on the other hand",
    "a number of",
    "one of the",
    "it has been announced",
    "said in a statement",
    "the uk will",
    "the government will",
    "last year",
    "this year",
    "next year",
    "last month",
    "this week",
    "last week",
    "more than",
)
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


def shared_passages(text_a: str, text_b: str, *, n: int = 4, content_only: bool = False) -> pd.DataFrame:
    """One row per maximal passage of at least ``n`` tokens found in both texts.

    With ``content_only``, passages made only of stopwords and standard formulas are left out
    (:func:`is_formulaic`: "in the coming weeks", "the uk will").

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
        if not (content_only and is_formulaic(tokens_a[sa:ea]))
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


@cache
def _formula_tokens() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokenize(formula)) for formula in STANDARD_FORMULAS)


def is_formulaic(tokens: list[str], *, stopwords: str = "wordcloud") -> bool:
    """True if a passage is made only of stopwords and :data:`STANDARD_FORMULAS`: nothing copied
    but the glue of news writing.

    Example:
        >>> is_formulaic(tokenize("in the coming weeks it is")), is_formulaic(tokenize("engage but beware basis"))
        (True, False)
    """
    common = stopword_list(stopwords)
    covered = [token in common for token in tokens]
    for formula in _formula_tokens():
        for start in range(len(tokens) - len(formula) + 1):
            if tuple(tokens[start : start + len(formula)]) == formula:
                covered[start : start + len(formula)] = [True] * len(formula)
    return all(covered)


def churn(
    text_a: str, text_b: str, *, n: int = CHURN_MIN_WORDS, names: tuple[str, str] = ("a", "b")
) -> pd.DataFrame:
    """The churn figure for a pair: the share of each text's words that lie in passages of at
    least ``n`` words it shares with the other, passages of only stopwords and formulas left out.

    This is the figure churnalism.com reported for a news story against a press release (the
    share of the article taken from the release), here for both texts. It says how much the two
    share, not who copied whom: see :func:`borrowing_direction`.

    Returns:
        One row per text: ``text``, ``words``, ``shared_words`` (each word counted once),
        ``churn`` (``shared_words / words``; 0.0 for an empty text) and ``passages`` (how many
        different shared passages it has).

    Example:
        >>> release = "The minister will open the new bridge over the river on Monday, officials said."
        >>> story = "Crowds are expected when the minister will open the new bridge over the river."
        >>> churn(release, story, names=("release", "story")).values.tolist()
        [['release', 14, 10, 0.7142857142857143, 1], ['story', 14, 10, 0.7142857142857143, 1]]
    """
    import pandas as pd

    tokens_a, tokens_b = tokenize(text_a), tokenize(text_b)
    spans = [span for span in _spans(tokens_a, tokens_b, n) if not is_formulaic(tokens_a[span[0] : span[1]])]
    rows = []
    for name, tokens, own in (
        (names[0], tokens_a, [(sa, ea) for sa, ea, _, _ in spans]),
        (names[1], tokens_b, [(sb, eb) for _, _, sb, eb in spans]),
    ):
        shared = _covered(own)
        rows.append(
            {
                "text": name,
                "words": len(tokens),
                "shared_words": shared,
                "churn": shared / len(tokens) if tokens else 0.0,
                "passages": len(set(own)),
            }
        )
    return pd.DataFrame(rows, columns=CHURN_COLUMNS)


def _date_key(date: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) from a catalogue date, ``2017-03`` or ``2017-12-22``; None if absent."""
    parts = str(date or "").strip().split("-")
    try:
        numbers = [int(part) for part in parts if part]
    except ValueError:
        return None
    if len(numbers) < 2:
        return None
    return numbers[0], numbers[1], numbers[2] if len(numbers) > 2 else None


def borrowing_direction(
    name_a: str, date_a: str, name_b: str, date_b: str, *, passages: int | None = None
) -> str:
    """Which text could have borrowed from which, as far as the dates say; ``""`` when they cannot.

    Shared words alone never say who copied whom. Only when one text is dated before the other
    can the later one have taken words from the earlier (or both from a common source). With a
    missing date, the same day, or the same month where a day is missing, the answer is ``""``.
    ``passages`` is how many passages the two texts share (the ``passages`` of :func:`churn`):
    with none, there are no taken words to give a direction to, and the answer is ``""`` too.

    Example:
        >>> borrowing_direction("newspaper", "2017-03", "press_release", "2017-12-22")
        'newspaper is dated before press_release: if one took words from the other, press_release took them from newspaper (or both from a common source).'
        >>> borrowing_direction("a", "2017-12-22", "b", "2017-12-22"), borrowing_direction("a", "", "b", "2017-12")
        ('', '')
        >>> borrowing_direction("newspaper", "2017-03", "press_release", "2017-12-22", passages=0)
        ''
    """
    if passages is not None and passages <= 0:
        return ""
    key_a, key_b = _date_key(date_a), _date_key(date_b)
    if key_a is None or key_b is None:
        return ""
    if key_a[:2] == key_b[:2] and (key_a[2] is None or key_b[2] is None or key_a[2] == key_b[2]):
        return ""
    first, second = (
        (name_a, name_b)
        if (key_a[0], key_a[1], key_a[2] or 0) < (key_b[0], key_b[1], key_b[2] or 0)
        else (name_b, name_a)
    )
    return (
        f"{first} is dated before {second}: if one took words from the other, {second} took them "
        f"from {first} (or both from a common source)."
    )
