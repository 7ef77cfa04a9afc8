"""Churn: how much of one text is passages taken from another, for many pairs of texts at once.

The course's reuse rules (:mod:`helpers.reuse`) compare two texts: a *shared passage* is a run of
at least ``n`` tokens of :func:`helpers.tokens.tokenize` found in both texts, made as long as it
goes in both directions (a maximal run), and every occurrence counts. This module applies the
same rules to token lists that are already made, because a corpus compares thousands of pairs
and must not tokenize each text again for every pair:

* :func:`shared_spans` is the passage finder of :func:`helpers.reuse.shared_passages`, on token
  lists, returning ``(start_a, end_a, start_b, end_b)`` (``tests/test_churn.py`` checks that both
  find the same passages);
* :func:`churn_of` turns the spans into the figures a churn table reports: the share of the
  *target's* words inside passages shared with the source (the "churn rating" of
  churnalism.com's press-release matcher), the words, and the number of passages;
* :func:`word_shingles` and :func:`minhash_signatures` make the MinHash sketches (datasketch)
  that let :func:`helpers.corpus.find_reuse` choose which pairs to align, and
  :func:`candidate_pairs` finds them with locality-sensitive hashing (LSH), instead of aligning
  every target with every source.

Why MinHash finds a 10 % churn pair: two texts that share a passage of ``L`` words share about
``L - n + 1`` shingles of ``n`` words. Their Jaccard similarity J is small (about 0.05 for 40 shared
words in two texts of 400), so LSH is set to *one* MinHash value per band
(:data:`DEFAULT_BANDS` bands of 1 row): a pair becomes a candidate if any of the 128 MinHash
values agree, which happens with probability 1 - (1 - J)^128 (0.998 for J = 0.05, 0.92 for
J = 0.02). Texts that share no shingle at all (J = 0) are never candidates. Candidates are then
aligned exactly, so a false candidate costs time, never a wrong row.

Example:
    >>> a = "the minister announced new flood barriers for the town today".split()
    >>> b = "yesterday the minister announced new flood barriers for the coast".split()
    >>> shared_spans(a, b, n=5)
    [(0, 8, 1, 9)]
    >>> churn_of(shared_spans(a, b, n=5), len(b), side="b")
    {'churn': 0.8, 'words_shared': 8, 'passages': 1}
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

#: Words per shingle: the same as the minimum passage length of find_reuse, so that a passage of
#: the minimum length is at least one shared shingle.
DEFAULT_SHINGLE = 5
#: MinHash values per text (datasketch's default).
DEFAULT_NUM_PERM = 128
#: LSH bands of one row each (see the module docstring for why).
DEFAULT_BANDS = 128
#: datasketch's permutation seed: the same in every process, so signatures agree across workers.
MINHASH_SEED = 1


def _check_n(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
    return n


def ngram_positions(tokens: Sequence[str], n: int = 5) -> dict[tuple[str, ...], list[int]]:
    """Where each run of ``n`` tokens starts: n-gram -> its start positions, in order.

    Made once per text, it can be passed to :func:`shared_spans` for every pair the text is in.

    Example:
        >>> ngram_positions("a b a b".split(), 2)
        {('a', 'b'): [0, 2], ('b', 'a'): [1]}
    """
    n = _check_n(n)
    positions: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(tokens) - n + 1):
        positions[tuple(tokens[j : j + n])].append(j)
    return dict(positions)


def shared_spans(
    tokens_a: Sequence[str],
    tokens_b: Sequence[str],
    n: int = 5,
    *,
    positions_b: dict[tuple[str, ...], list[int]] | None = None,
) -> list[tuple[int, int, int, int]]:
    """Every maximal run of at least ``n`` tokens found in both token lists, as token offsets.

    Each span is ``(start_a, end_a, start_b, end_b)`` with exclusive ends, so
    ``tokens_a[start_a:end_a] == tokens_b[start_b:end_b]``. A run repeated in either text gives
    one span per pair of places. Sorted by ``start_a``, then ``start_b``: the passages and order
    of :func:`helpers.reuse.shared_passages`. ``positions_b`` (from :func:`ngram_positions` of
    ``tokens_b`` with the same ``n``) saves indexing ``tokens_b`` again.

    Example:
        >>> shared_spans("a b c d e f".split(), "x c d e f y a b c d".split(), n=3)
        [(0, 4, 6, 10), (2, 6, 1, 5)]
        >>> shared_spans(["a", "b"], ["a", "b"], n=3)
        []
    """
    n = _check_n(n)
    if len(tokens_a) < n or len(tokens_b) < n:
        return []
    if positions_b is None:
        positions_b = ngram_positions(tokens_b, n)
    pairs: set[tuple[int, int]] = set()
    for i in range(len(tokens_a) - n + 1):
        found = positions_b.get(tuple(tokens_a[i : i + n]))
        if found:
            pairs.update((i, j) for j in found)
    spans = []
    for i, j in sorted(pairs):
        if (i - 1, j - 1) in pairs:  # inside a run that an earlier pair starts
            continue
        length = 1
        while (i + length, j + length) in pairs:
            length += 1
        spans.append((i, i + length + n - 1, j, j + length + n - 1))
    return spans


def covered_positions(spans: Iterable[tuple[int, int]]) -> int:
    """How many token positions the ``(start, end)`` spans cover, each counted once.

    Example:
        >>> covered_positions([(0, 5), (3, 8), (10, 12)])
        10
    """
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def churn_of(
    spans: Sequence[tuple[int, int, int, int]], length: int, *, side: str = "b"
) -> dict[str, object]:
    """Churn of one text from its shared spans: ``churn``, ``words_shared`` and ``passages``.

    ``side`` says which text of :func:`shared_spans` the figures are for (``"b"``: the second).
    ``words_shared`` counts that text's tokens inside any span, once each; ``churn`` is their share
    of its ``length`` tokens (0.0 for an empty text); ``passages`` is the number of spans.

    Example:
        >>> churn_of([(0, 5, 10, 15), (20, 26, 12, 18)], 20, side="b")
        {'churn': 0.4, 'words_shared': 8, 'passages': 2}
    """
    if side not in ("a", "b"):
        raise ValueError(f"side must be 'a' (the first text) or 'b' (the second), not {side!r}")
    own = [(sa, ea) if side == "a" else (sb, eb) for sa, ea, sb, eb in spans]
    shared = covered_positions(own)
    return {"churn": shared / length if length else 0.0, "words_shared": shared, "passages": len(spans)}


def word_shingles(tokens: Sequence[str], n: int = DEFAULT_SHINGLE) -> set[str]:
    """The distinct runs of ``n`` consecutive tokens, each joined by spaces (a text's shingles).

    Example:
        >>> sorted(word_shingles("we will not rest".split(), 3))
        ['we will not', 'will not rest']
        >>> word_shingles(["too", "short"], 3)
        set()
    """
    n = _check_n(n)
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def minhash_signatures(
    token_lists: Sequence[Sequence[str]],
    *,
    n: int = DEFAULT_SHINGLE,
    num_perm: int = DEFAULT_NUM_PERM,
    ignore: frozenset[str] = frozenset(),
) -> np.ndarray:
    """One MinHash signature (datasketch, seed :data:`MINHASH_SEED`) per token list, over its shingles.

    Returns a ``(len(token_lists), num_perm)`` array of ``uint32``. Shingles in ``ignore`` are
    left out (:func:`helpers.corpus.find_reuse` leaves out boilerplate: shingles that many sources
    share). A text without shingles (shorter than ``n`` tokens, or all ignored) gets a row of
    ``0`` and :func:`candidate_pairs` skips it. The values depend only on the tokens (SHA-1
    hashing, fixed permutations), so any process computes the same signature for the same text.

    Example:
        >>> sigs = minhash_signatures([["a", "b", "c", "d", "e"], ["a", "b"]], n=3, num_perm=4)
        >>> sigs.shape, bool(sigs[0].any()), bool(sigs[1].any())
        ((2, 4), True, False)
    """
    import numpy as np
    from datasketch import MinHash

    out = np.zeros((len(token_lists), num_perm), dtype=np.uint32)
    sets = [sorted(word_shingles(tokens, n) - ignore) for tokens in token_lists]
    filled = [i for i, shingles in enumerate(sets) if shingles]
    if filled:
        hashes = MinHash.bulk(
            [[s.encode("utf-8") for s in sets[i]] for i in filled], num_perm=num_perm, seed=MINHASH_SEED
        )
        for row, minhash in zip(filled, hashes):
            out[row] = minhash.hashvalues
    return out


def build_index(keys: Sequence[str], signatures: np.ndarray, *, bands: int = DEFAULT_BANDS):
    """A datasketch ``MinHashLSH`` index of the texts with a signature (rows of all 0 are skipped).

    ``bands`` bands of ``num_perm // bands`` rows each. The index can be pickled, so it can be
    sent to the workers of a cluster.

    Example:
        >>> sigs = minhash_signatures([["a", "b", "c", "d"]], n=3, num_perm=8)
        >>> index = build_index(["pr1"], sigs, bands=8)
        >>> index.query(_lean(sigs[0]))
        ['pr1']
    """
    from datasketch import MinHashLSH

    num_perm = signatures.shape[1] if len(signatures) else DEFAULT_NUM_PERM
    if bands < 1 or num_perm % bands:
        raise ValueError(f"bands must divide num_perm ({num_perm}); got {bands}")
    index = MinHashLSH(num_perm=num_perm, params=(bands, num_perm // bands))
    for key, signature in zip(keys, signatures):
        if signature.any():
            index.insert(key, _lean(signature))
    return index


def _lean(signature: np.ndarray):
    from datasketch import LeanMinHash

    return LeanMinHash(seed=MINHASH_SEED, hashvalues=signature, scheme="affine32")


def candidate_pairs(index, keys: Sequence[str], signatures: np.ndarray) -> list[tuple[str, str]]:
    """``(key, indexed_key)`` for every text in ``keys`` and every indexed text LSH puts beside it.

    Sorted by key, then indexed key, so the result does not depend on the order of the index.

    Example:
        >>> docs = [["a", "b", "c", "d"], ["x", "y", "z", "w"]]
        >>> index = build_index(["pr1", "pr2"], minhash_signatures(docs, n=3, num_perm=8), bands=8)
        >>> candidate_pairs(index, ["news1"], minhash_signatures([["a", "b", "c", "q"]], n=3, num_perm=8))
        [('news1', 'pr1')]
    """
    pairs: list[tuple[str, str]] = []
    for key, signature in zip(keys, signatures):
        if signature.any():
            pairs.extend((key, found) for found in index.query(_lean(signature)))
    return sorted(pairs)
