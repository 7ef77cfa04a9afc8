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

The reshuffling is SciPy's (:func:`scipy.stats.permutation_test`, with the absolute difference
of the means as its statistic); this module adds the checks on the input, the fixed seed and a
description of the method in words. It imports nothing from ``helpers``; numpy and SciPy only
inside the function.

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
            needs at least two values; missing values (NaN) are not allowed.
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
    from scipy.stats import permutation_test as scipy_permutation_test

    a = _values(values_a, "values_a")
    b = _values(values_b, "values_b")
    if not isinstance(permutations, int) or permutations < 1:
        raise ValueError(f"permutations must be a whole number of at least 1; got {permutations!r}")
    n_a, n = len(a), len(a) + len(b)
    if min(n_a, n - n_a) < 2:
        raise ValueError(
            f"Each group needs at least two values to reshuffle; got {n_a} and {n - n_a} "
            "(a text of one sentence cannot be tested this way)."
        )

    def gap(x, y, axis=-1):  # the statistic: how far apart the two means are, in either direction
        return np.abs(np.mean(x, axis=axis) - np.mean(y, axis=axis))

    # SciPy counts every split when there are at most `permutations` of them (an exact test), and
    # otherwise draws `permutations` reshufflings and reports (hits + 1) / (permutations + 1).
    result = scipy_permutation_test(
        (a, b),
        gap,
        permutation_type="independent",
        alternative="greater",
        n_resamples=permutations,
        vectorized=True,
        random_state=np.random.default_rng(seed),
    )
    splits = math.comb(n, n_a)
    exact = splits <= permutations
    return {
        "mean_a": float(a.mean()),
        "mean_b": float(b.mean()),
        "difference": float(a.mean() - b.mean()),
        "p_value": float(result.pvalue),
        "n_a": n_a,
        "n_b": n - n_a,
        "splits": splits if exact else permutations,
        "method": f"exact (all {splits:,} splits)"
        if exact
        else f"{permutations:,} random reshufflings (seed {seed})",
    }


def _values(values: Sequence[float], name: str):
    import numpy as np

    if isinstance(values, str):
        raise TypeError(f"{name} must be numbers (e.g. a column of sentence scores), not a string.")
    array = np.asarray(values, dtype=float).ravel()
    if array.size == 0:
        raise ValueError(
            f"{name} is empty: each group needs values (a text with no sentences has no scores)."
        )
    if np.isnan(array).any():
        raise ValueError(f"{name} contains missing values (NaN): drop them or score every item first.")
    return array
