"""Tests for helpers.uncertainty: the permutation test against values derived by hand and by enumeration."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.uncertainty import permutation_test

REPO = Path(__file__).resolve().parent.parent


def test_exact_by_hand():
    # [1, 2, 3] vs [4, 5, 6]: 20 ways to choose group a; only the real split and its mirror image
    # ([4, 5, 6] vs [1, 2, 3]) reach a gap of 3, so p = 2 / 20.
    result = permutation_test([1, 2, 3], [4, 5, 6])
    assert result["difference"] == -3.0 and result["p_value"] == 0.1
    assert (result["n_a"], result["n_b"], result["splits"]) == (3, 3, 20)
    assert result["method"] == "exact (all 20 splits)"


def _enumerate(a, b):
    """The two-sided p-value by brute force, independently of the helper's arithmetic."""
    pool, n_a = list(a) + list(b), len(a)
    observed = abs(sum(a) / len(a) - sum(b) / len(b))
    hits = total = 0
    for chosen in itertools.combinations(range(len(pool)), n_a):
        group_a = [pool[i] for i in chosen]
        group_b = [pool[i] for i in range(len(pool)) if i not in chosen]
        gap = abs(sum(group_a) / len(group_a) - sum(group_b) / len(group_b))
        hits += gap >= observed - 1e-12
        total += 1
    return hits / total


@pytest.mark.parametrize(
    "a, b",
    [
        ([0.5, 0.0, -0.25], [0.0, 0.0, 0.125, -0.6]),
        ([0.9493, -0.3, 0.1], [0.44, 0.44, -0.54, 0.0, 0.0]),  # ties in the pool
        ([1.0, 0.2], [0.0, 0.0, 0.0]),
    ],
)
def test_exact_matches_brute_force(a, b):
    assert permutation_test(a, b)["p_value"] == pytest.approx(_enumerate(a, b))


def test_random_reshuffling_approaches_the_exact_value_and_is_seeded():
    a, b = [0.5, 0.0, -0.25, 0.3, 0.1, 0.0], [0.0, 0.0, 0.125, -0.6, -0.2, 0.05, 0.0]  # 1,716 splits
    exact = permutation_test(a, b)
    assert exact["method"] == "exact (all 1,716 splits)"
    drawn = permutation_test(a, b, permutations=1_000, seed=3)
    assert drawn["method"] == "1,000 random reshufflings (seed 3)"
    assert drawn["p_value"] == pytest.approx(exact["p_value"], abs=0.05)
    assert permutation_test(a, b, permutations=1_000, seed=3) == drawn  # same seed, same result
    assert drawn["p_value"] > 0  # (hits + 1) / (permutations + 1) is never 0


def test_bad_input_is_named():
    with pytest.raises(ValueError, match="values_b is empty"):
        permutation_test([1.0], [])
    with pytest.raises(ValueError, match="missing values"):
        permutation_test([1.0, float("nan")], [0.0])
    with pytest.raises(TypeError, match="not a string"):
        permutation_test("0.5", [0.0])
    with pytest.raises(ValueError, match="permutations must be"):
        permutation_test([1.0, 2.0], [0.0, 1.0], permutations=0)
    with pytest.raises(ValueError, match="at least two values"):
        permutation_test([1.0], [0.0, 1.0])


def test_import_loads_nothing_heavy():
    code = "import sys, helpers.uncertainty; print([m for m in ('numpy', 'pandas') if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stderr
