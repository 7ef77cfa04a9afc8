"""How sure can a comparison of two small samples be? A permutation test of a difference in means.

Two texts' sentence scores (or any two lists of numbers) have different means. Would a gap that
large turn up anyway if the label "text A" or "text B" made no difference to a sentence's score?
A **permutation test** answers by reshuffling: put all the values in one pool, deal them out again
at random into a group the size of A and a group the size of B, and compute the gap between the
two new means. Do that many times. The **p-value** is the share of reshufflings whose gap (in
either direction) is at least as large as the real one: the probability of a gap this large *if*
the labels did not matter. It is not the probability that the labels do not matter, and a large
p-value does not show that the texts are alike: only that these values cannot tell them apart.

When there are few enough ways to split the pool (at most ``permutations``), every split is
counted once and the p-value is exact. Otherwise ``permutations`` random reshufflings are drawn
with a fixed ``seed`` (so the result is the same on every run), and the p-value is
``(hits + 1) / (permutations + 1)`` (Phipson & Smyth 2010: the real split counts as one of the
reshufflings, so the estimate is never 0).

Layer 0: imports nothing from ``helpers``; numpy only inside the function.

Example:
    >>> result = permutation_test([1, 2, 3], [4, 5, 6])
    >>> result["difference"], result["p_value"], result["method"]
    (-3.0, 0.1, 'exact (all 20 splits)')
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: How many reshufflings :func:`permutation_test` draws by default (and the largest number of
#: splits it counts exactly).
PERMUTATIONS = 10_000
#: The default seed of the random reshufflings: the same seed gives the same p-value every run.
SEED = 0
#: Gaps within this (relative) distance of the observed one count as "at least as large": float
#: sums of the same numbers in another order can differ in their last digits.
_TIE_TOLERANCE = 1e-9
_CHUNK = 1_000  # reshufflings computed at a time, to keep memory small for long texts


def permutation_test(
    values_a: Sequence[float],
    values_b: Sequence[float],
    *,
    permutations: int = PERMUTATIONS,
    seed: int = SEED,
) -> dict[str, float | int | str]:
    """A two-sided permutation test of the difference between the means of two groups of values.

    Args:
        values_a, values_b: the two groups' values (e.g. the sentence scores of two texts). Each
            needs at least one value; missing values (NaN) are not allowed.
        permutations: random reshufflings to draw; when the pool can be split in at most this
            many ways, all splits are counted instead (an exact test).
        seed: the seed of the random reshufflings.

    Returns:
        A dict: ``mean_a``, ``mean_b``, ``difference`` (``mean_a - mean_b``), ``p_value``,
        ``n_a``, ``n_b``, ``splits`` (how many splits were counted or drawn) and ``method``
        (in words: ``"exact (all 20 splits)"`` or ``"10,000 random reshufflings (seed 0)"``).

    Example:
        >>> round(permutation_test([0.5, 0.0], [0.0, -0.5])["p_value"], 3)  # 4 of the 6 splits are as far apart
        0.667
        >>> permutation_test([1, 2, 3], [4, 5, 6], permutations=5)["method"]  # fewer draws than splits
        '5 random reshufflings (seed 0)'
    """
    import numpy as np

    a = _values(values_a, "values_a")
    b = _values(values_b, "values_b")
    if not isinstance(permutations, int) or permutations < 1:
        raise ValueError(f"permutations must be a whole number of at least 1; got {permutations!r}")
    pool = np.concatenate([a, b])
    n_a, n = len(a), len(a) + len(b)
    total = float(pool.sum())
    observed = float(a.mean() - b.mean())
    threshold = abs(observed) - _TIE_TOLERANCE * max(1.0, abs(observed))

    def gaps(sums_a: np.ndarray) -> np.ndarray:
        return np.abs(sums_a / n_a - (total - sums_a) / (n - n_a))

    splits = math.comb(n, n_a)
    if splits <= permutations:
        from itertools import combinations

        sums = np.fromiter(
            (pool[list(chosen)].sum() for chosen in combinations(range(n), n_a)), float, splits
        )
        p_value = float((gaps(sums) >= threshold).sum() / splits)
        method = f"exact (all {splits:,} splits)"
        counted = splits
    else:
        rng = np.random.default_rng(seed)
        hits = 0
        for start in range(0, permutations, _CHUNK):
            size = min(_CHUNK, permutations - start)
            shuffled = rng.permuted(np.tile(pool, (size, 1)), axis=1)
            hits += int((gaps(shuffled[:, :n_a].sum(axis=1)) >= threshold).sum())
        p_value = (hits + 1) / (permutations + 1)
        method = f"{permutations:,} random reshufflings (seed {seed})"
        counted = permutations
    return {
        "mean_a": float(a.mean()),
        "mean_b": float(b.mean()),
        "difference": observed,
        "p_value": p_value,
        "n_a": n_a,
        "n_b": n - n_a,
        "splits": counted,
        "method": method,
    }


def _values(values: Sequence[float], name: str):
    import numpy as np

    if isinstance(values, str):
        raise TypeError(f"{name} must be numbers (e.g. a column of sentence scores), not a string.")
    array = np.asarray(values, dtype=float).ravel()
    if array.size == 0:
        raise ValueError(
            f"{name} is empty: each group needs at least one value (a text with no sentences has no scores)."
        )
    if np.isnan(array).any():
        raise ValueError(f"{name} contains missing values (NaN): drop them or score every item first.")
    return array
