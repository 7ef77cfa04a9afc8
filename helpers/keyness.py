"""Keyness: which words are used unusually often in one text compared with another.

For each word the two texts give a 2 x 2 table (Rayson & Garside 2000's notation)::

                         text a      text b
    this word            a           b
    all other words      c - a       d - b
    all words            c           d           (N = c + d)

``c`` and ``d``, the *corpus sizes*, are the sums of the counts you pass (every token, if you
pass a whole frequency table). If you pass only some words (say, without stopwords) but want the
rates relative to the whole texts, give the sizes: ``size_a=len(tokens_a)``.

The statistics, one column each (``E`` is the count expected if both texts used the word at the
same rate, from the row and column totals):

``log_likelihood``
    G2 = 2 * sum of O * ln(O / E) over the four cells, with 0 * ln 0 = 0 (Dunning 1993;
    AntConc's default). Same as ``scipy.stats.chi2_contingency(table, correction=False,
    lambda_="log-likelihood")``.
``log_likelihood_2term``
    The form of the Lancaster UCREL log-likelihood calculator (Rayson & Garside 2000), using only
    the first row: 2 * (a ln(a / E1) + b ln(b / E2)), E1 = c (a + b) / N, E2 = d (a + b) / N.
``chi2``
    Pearson's chi-squared, no correction: N (ad - bc)^2 / ((a + b)(N - a - b) c d).
``chi2_yates``
    With Yates's continuity correction, |ad - bc| reduced by N / 2 (never below 0, as in
    ``scipy.stats.chi2_contingency(table, correction=True)``). quanteda's ``textstat_keyness``
    applies the same formula, but only when an expected cell is below 5; for the reference table
    in ``tests/test_keyness.py`` both agree.
``log_ratio``
    Hardie's (2014) Log Ratio: log2 of the ratio of relative frequencies, (a / c) / (b / d).
    A zero count is replaced by 0.5 first (Hardie's suggestion), so a word missing from one text
    gets a large but finite value. +1 means twice as frequent in a, -1 half as frequent.
``pct_diff``
    %DIFF (Gabrielatos & Marchi 2012): (NFa - NFb) * 100 / NFb with NF the relative frequencies.
    A word missing from b has %DIFF = ``numpy.inf``; one missing from a has -100.

``p_value`` is the chi-squared (1 degree of freedom) tail probability of the ``measure`` column;
for the effect sizes ``log_ratio`` and ``pct_diff``, which are not test statistics, it is the
p-value of ``log_likelihood``. With two short texts, few words reach p < 0.05: say so, and
prefer the effect size for ranking.

Reading a keyness table needs more than the scores; four small functions help:
:func:`vocabulary_overlap` (which words the texts share, and which only one uses),
:func:`observed_expected` (one word's observed and expected counts, what G2 compares),
:func:`significance_ladder` (how often a word must occur, all in one text, to reach p < 0.05) and
:func:`paragraph_spread` (in which paragraphs a word occurs: one repeated phrase or one topic
paragraph can make a word "key").

``p_value`` rests on the chi-squared approximation, which is poor when expected counts are small
(below about 5, as for almost every word of two short texts): there it is usually too small.
:func:`exact_p` gives the exact (binomial) p-value instead: given the word's ``a + b``
occurrences, how likely is a split at least as lopsided as ``a`` vs ``b`` if each occurrence fell
in text a with probability ``c / (c + d)``?

A whole table is many tests, one per word. :func:`null_rejection_rates` says, for each word, how
likely its p-value is to fall below 0.05 *if both texts used it at the same rate*, given its total
count; their sum is the number of "significant" words that chance alone would give, the number
to set beside the number observed. A word is called *key* only when it passes a threshold stated
in advance (:data:`G2_THRESHOLD`, and for small counts the exact test); ``more_frequent_in`` only
gives the direction. :func:`spelling_variants` flags pairs of words, one only in each text, that
may be one word spelled two ways (*Sergei* and *Sergey*), which keyness counts as two.

Example:
    >>> table = keyness({"b": 7, "a": 3}, {"b": 2, "a": 7}, names=("d1", "d2"))
    >>> table[["word", "log_likelihood", "more_frequent_in"]].round(6).to_dict("records")
    [{'word': 'a', 'log_likelihood': 4.534939, 'more_frequent_in': 'd2'}, {'word': 'b', 'log_likelihood': 4.534939, 'more_frequent_in': 'd1'}]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeAlias

from .frequencies import check_names, compare_frequencies
from .paragraphs import split_paragraphs
from .tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd

    Counts: TypeAlias = Mapping[str, int] | pd.DataFrame

MEASURES = ("log_likelihood", "log_likelihood_2term", "chi2", "chi2_yates", "log_ratio", "pct_diff")
SIGNED_MEASURES = ("log_ratio", "pct_diff")  # sorted by absolute value
EFFECT_SIZES = ("log_ratio", "pct_diff")  # their p_value comes from log_likelihood
ZERO_ADJUSTMENT = 0.5  # Log Ratio: a zero count is replaced by this
#: The threshold of a key word by log-likelihood: G2 >= 3.84 is p < 0.05 for chi-squared with one
#: degree of freedom (``scipy.stats.chi2.isf(0.05, 1)``; 6.63 is p < 0.01). A word *more frequent*
#: in one text is not yet a *key* word: it is one when it passes a threshold stated in advance.
G2_THRESHOLD = 3.841458820694124


def keyness(
    counts_a: Counts,
    counts_b: Counts,
    *,
    names: tuple[str, str] = ("a", "b"),
    measure: str = "log_likelihood",
    min_count: int = 1,
    size_a: int | None = None,
    size_b: int | None = None,
) -> pd.DataFrame:
    """Keyness statistics for every word in either text (see the module docstring for formulas).

    Args:
        counts_a, counts_b: word -> count, as a ``Counter``/dict or a :func:`frequency_table`.
        names: labels for the two texts, used in the column names and ``more_frequent_in``.
        measure: the column to sort by and to take ``p_value`` from; one of :data:`MEASURES`.
        min_count: keep words whose count in both texts together is at least this (a word counted
            0 times in both is never a row).
        size_a, size_b: corpus sizes, if not the sums of the counts.

    Returns:
        Columns ``word, count_<a>, count_<b>, per_1000_<a>, per_1000_<b>, log_likelihood,
        log_likelihood_2term, chi2, chi2_yates, log_ratio, pct_diff, p_value, more_frequent_in``, sorted by
        ``measure`` (largest first; by absolute value for ``log_ratio`` and ``pct_diff``), then word.
        ``more_frequent_in`` names the text where the word is relatively more frequent ("" if equal):
        a direction, not a verdict. A word is *key* only if it passes a stated threshold
        (:data:`G2_THRESHOLD`, or an exact p-value below 0.05, see :func:`exact_p`).

    Example:
        >>> gov = {"engage": 2, "russia": 4, "visit": 2}     # 8 words
        >>> news = {"russia": 8, "strikes": 4, "visit": 4}   # 16 words
        >>> table = keyness(gov, news, names=("gov", "news"), measure="log_ratio")
        >>> table[["word", "log_ratio", "more_frequent_in"]]  # doctest: +NORMALIZE_WHITESPACE
              word  log_ratio more_frequent_in
        0   engage        3.0              gov
        1  strikes       -2.0             news
        2   russia        0.0
        3    visit        0.0
    """
    import numpy as np
    import pandas as pd

    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}; got {measure!r}")
    name_a, name_b = check_names(names)
    dict_a, dict_b = _as_counts(counts_a, name_a), _as_counts(counts_b, name_b)
    c = _corpus_size(dict_a, size_a, name_a)
    d = _corpus_size(dict_b, size_b, name_b)

    words = sorted(
        word
        for word in dict_a.keys() | dict_b.keys()
        if dict_a.get(word, 0) + dict_b.get(word, 0) >= max(min_count, 1)
    )
    a = np.array([dict_a.get(word, 0) for word in words], dtype=np.int64)
    b = np.array([dict_b.get(word, 0) for word in words], dtype=np.int64)

    table = pd.DataFrame(
        {
            "word": pd.Series(words, dtype="str"),
            f"count_{name_a}": a,
            f"count_{name_b}": b,
            f"per_1000_{name_a}": a * 1000 / c,
            f"per_1000_{name_b}": b * 1000 / d,
            **keyness_statistics(a, b, c, d),
        }
    )
    table["p_value"] = _p_values(table["log_likelihood" if measure in EFFECT_SIZES else measure])
    table["more_frequent_in"] = pd.Series(
        np.where(a * d > b * c, name_a, np.where(a * d < b * c, name_b, "")), dtype="str"
    )
    return _sort(table, measure)


def keyness_statistics(a: np.ndarray, b: np.ndarray, c: float, d: float) -> dict[str, np.ndarray]:
    """The six statistics for arrays of counts ``a`` and ``b`` in corpora of sizes ``c`` and ``d``.

    This is the arithmetic of :func:`keyness`, vectorised with numpy (one element per word).

    Example:
        >>> import numpy as np
        >>> stats = keyness_statistics(np.array([7]), np.array([2]), 10, 9)
        >>> round(float(stats["log_likelihood"][0]), 6), round(float(stats["chi2_yates"][0]), 6)
        (4.534939, 2.632438)
    """
    import numpy as np

    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n = c + d
    row = a + b  # the word in both texts
    observed = (a, b, c - a, d - b)
    expected = (c * row / n, d * row / n, c * (n - row) / n, d * (n - row) / n)
    cells = [_o_ln_o_over_e(o, e) for o, e in zip(observed, expected)]

    det = a * d - b * c  # a(d - b) - b(c - a): the 2 x 2 determinant
    margins = row * (n - row) * c * d
    rate_a, rate_b = a / c, b / d
    adjusted_a, adjusted_b = np.where(a == 0, ZERO_ADJUSTMENT, a), np.where(b == 0, ZERO_ADJUSTMENT, b)
    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "log_likelihood": 2 * sum(cells),
            "log_likelihood_2term": 2 * (cells[0] + cells[1]),
            "chi2": _safe_divide(n * det**2, margins),
            "chi2_yates": _safe_divide(n * np.maximum(np.abs(det) - n / 2, 0) ** 2, margins),
            "log_ratio": np.log2((adjusted_a / c) / (adjusted_b / d)),
            "pct_diff": np.where(rate_b == 0, np.inf, (rate_a - rate_b) * 100 / rate_b),
        }


def _o_ln_o_over_e(observed: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """O * ln(O / E) for each word, with 0 * ln(0) = 0 (when O > 0, E > 0 too)."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(observed > 0, observed * np.log(observed / expected), 0.0)


def _safe_divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """numerator / denominator, and 0 where the denominator is 0 (a margin of 0: no evidence)."""
    import numpy as np

    return np.divide(
        numerator, denominator, out=np.zeros_like(numerator, dtype=float), where=denominator != 0
    )


def _p_values(statistic: pd.Series) -> np.ndarray:
    from scipy.stats import chi2

    return chi2.sf(statistic.to_numpy(dtype=float), df=1)


def _sort(table: pd.DataFrame, measure: str) -> pd.DataFrame:
    strength = table[measure].abs() if measure in SIGNED_MEASURES else table[measure]
    order = (
        table.assign(_strength=strength)
        .sort_values(["_strength", "word"], ascending=[False, True], kind="stable")
        .index
    )
    return table.loc[order].reset_index(drop=True)


def _as_counts(counts: Counts, name: str) -> dict[str, int]:
    """A Counter, dict, Series or frequency table (columns word and count) as a plain dict."""
    if isinstance(counts, str):
        raise TypeError(
            f"The counts for {name!r} are a string; pass Counter(tokenize(text)) or frequency_table(...)."
        )
    pairs: Iterable[tuple[Any, Any]]
    table: Any = counts  # a Counter, a dict, a Series or a DataFrame
    if hasattr(table, "columns"):
        if not {"word", "count"} <= set(table.columns):
            raise ValueError(
                f"The table for {name!r} needs the columns 'word' and 'count' "
                f"(as frequency_table() makes); it has {list(table.columns)}."
            )
        pairs = zip(table["word"], table["count"])
    else:
        pairs = dict(table).items()
    out: dict[str, int] = {}
    for word, count in pairs:
        if count < 0 or count != int(count):
            raise ValueError(f"Counts must be whole numbers of 0 or more; {name!r} has {word!r}: {count!r}.")
        out[str(word)] = out.get(str(word), 0) + int(count)
    return out


def _corpus_size(counts: dict[str, int], size: int | None, name: str) -> int:
    total = sum(counts.values())
    if size is None:
        size = total
    if size < total:
        raise ValueError(f"size for {name!r} is {size}, smaller than the {total} words counted.")
    if size <= 0:
        raise ValueError(f"The text {name!r} has no words; keyness compares two texts that both have words.")
    return size


def top_differences(table: pd.DataFrame, n: int = 10, name: str | None = None) -> pd.DataFrame:
    """The first ``n`` words more frequent in each text (or only in ``name``), in the table's order.

    The table is a :func:`keyness` result, already sorted by its measure, so these are the words
    with the strongest scores on each side. They are candidates to read, not key words: only
    those past a threshold (:data:`G2_THRESHOLD`) are. Handy for a bar chart per text.

    Example:
        >>> table = keyness({"b": 7, "a": 3, "c": 1}, {"b": 2, "a": 7}, names=("d1", "d2"))
        >>> top_differences(table, n=1)[["word", "more_frequent_in"]].to_dict("records")
        [{'word': 'b', 'more_frequent_in': 'd1'}, {'word': 'a', 'more_frequent_in': 'd2'}]
    """
    import pandas as pd

    names = [column.removeprefix("count_") for column in table.columns if column.startswith("count_")]
    if len(names) != 2 or "more_frequent_in" not in table.columns:
        raise ValueError("top_differences() takes a table made by keyness().")
    if name is not None and name not in names:
        raise ValueError(f"name must be one of {names}, or None for both; got {name!r}")
    chosen = names if name is None else [name]
    parts = [table[table["more_frequent_in"] == side].head(n) for side in chosen]
    return pd.concat(parts).reset_index(drop=True)


# --- reading keyness: what the scores rest on ---------------------------------------------------


def vocabulary_overlap(
    tokens_a: list[str], tokens_b: list[str], *, names: tuple[str, str] = ("a", "b")
) -> pd.DataFrame:
    """Which words (types) two texts share, and which only one of them uses, with their counts.

    The table of :func:`helpers.frequencies.compare_frequencies` plus a column ``where``:
    ``"shared"`` (in both texts), ``"only <a>"`` or ``"only <b>"``. Rows are grouped in that
    order, then sorted by the two counts added together (highest first), then by word, so
    ``table.groupby("where", sort=False).head(5)`` gives each group's most frequent words.

    Example:
        >>> table = vocabulary_overlap(["russia", "talks", "talks"], ["russia", "strikes"], names=("gov", "news"))
        >>> table[["word", "count_gov", "count_news", "where"]].values.tolist()
        [['russia', 1, 1, 'shared'], ['talks', 2, 0, 'only gov'], ['strikes', 0, 1, 'only news']]
    """
    name_a, name_b = check_names(names)
    table = compare_frequencies(tokens_a, tokens_b, names=(name_a, name_b))
    in_a, in_b = table[f"count_{name_a}"] > 0, table[f"count_{name_b}"] > 0
    groups = ("shared", f"only {name_a}", f"only {name_b}")
    table["where"] = groups[0]
    table.loc[in_a & ~in_b, "where"] = groups[1]
    table.loc[~in_a & in_b, "where"] = groups[2]
    table["where"] = table["where"].astype("str")
    order = table["where"].map({group: i for i, group in enumerate(groups)})
    return (
        table.assign(_group=order)
        .sort_values("_group", kind="stable")
        .drop(columns="_group")
        .reset_index(drop=True)
    )


def observed_expected(
    count_a: int, count_b: int, size_a: int, size_b: int, *, names: tuple[str, str] = ("a", "b")
) -> pd.DataFrame:
    """One word's observed and expected counts in two texts: what every keyness score compares.

    *Expected* is the count the word would have in each text if both texts used it at the same
    rate: its total count shared out in proportion to the texts' sizes,
    ``(count_a + count_b) * size_a / (size_a + size_b)`` for text a. The further the observed
    counts are from the expected ones, the larger the log-likelihood (G2).

    Returns:
        Rows ``<a>``, ``<b>`` and ``both texts``; columns ``observed`` (the word's count),
        ``expected`` and ``all_words`` (the size of the text).

    Example:
        >>> observed_expected(4, 1, 340, 432, names=("press_release", "newspaper")).round(3)
                       observed  expected  all_words
        press_release         4     2.202        340
        newspaper             1     2.798        432
        both texts            5     5.000        772
    """
    import pandas as pd

    name_a, name_b = check_names(names)
    for label, value in (("count_a", count_a), ("count_b", count_b), ("size_a", size_a), ("size_b", size_b)):
        if value < 0 or value != int(value):
            raise ValueError(f"{label} must be a whole number of 0 or more; got {value!r}")
    if count_a > size_a or count_b > size_b:
        raise ValueError(
            "A word cannot occur more often than the text has words: check the counts and sizes."
        )
    if size_a == 0 or size_b == 0:
        raise ValueError("Both texts need words: a size of 0 leaves nothing to compare.")
    total, words = count_a + count_b, size_a + size_b
    return pd.DataFrame(
        {
            "observed": [int(count_a), int(count_b), int(total)],
            "expected": [total * size_a / words, total * size_b / words, float(total)],
            "all_words": [int(size_a), int(size_b), int(words)],
        },
        index=pd.Index([name_a, name_b, "both texts"], dtype="str"),
    )


def significance_ladder(
    size_a: int, size_b: int, *, names: tuple[str, str] = ("a", "b"), max_count: int = 8
) -> pd.DataFrame:
    """How many times must a word occur, all in one text, to reach p < 0.05?

    For a word found ``k`` times in one text and never in the other (the most lopsided split
    there is), the log-likelihood, its chi-squared p-value and the exact (binomial) p-value of
    :func:`exact_p`, for ``k`` = 1 to ``max_count``. A word whose occurrences are shared between
    the two texts needs more. With short texts the answer is sobering, and the chi-squared
    p-value, too small for such small counts, makes it look less so than the exact one.

    Returns:
        Index ``count`` (k); columns ``log_likelihood_only_<a>``, ``p_value_only_<a>``,
        ``exact_p_only_<a>``, ``log_likelihood_only_<b>``, ``p_value_only_<b>``,
        ``exact_p_only_<b>``.

    Example:
        >>> ladder = significance_ladder(340, 432, names=("pr", "np"), max_count=4)
        >>> ladder["p_value_only_pr"].lt(0.05).tolist()
        [False, False, True, True]
        >>> ladder["exact_p_only_pr"].lt(0.05).tolist()
        [False, False, False, True]
    """
    import numpy as np
    import pandas as pd

    name_a, name_b = check_names(names)
    if not isinstance(max_count, int) or max_count < 1:
        raise ValueError(f"max_count must be a whole number of at least 1; got {max_count!r}")
    k = np.arange(1, max_count + 1)
    if max_count > min(size_a, size_b):
        raise ValueError(
            f"max_count ({max_count}) cannot exceed the shorter text's size ({min(size_a, size_b)})."
        )
    only_a = keyness_statistics(k, np.zeros_like(k), size_a, size_b)["log_likelihood"]
    only_b = keyness_statistics(np.zeros_like(k), k, size_a, size_b)["log_likelihood"]
    from scipy.stats import chi2

    return pd.DataFrame(
        {
            f"log_likelihood_only_{name_a}": only_a,
            f"p_value_only_{name_a}": chi2.sf(only_a, df=1),
            f"exact_p_only_{name_a}": exact_p(k, np.zeros_like(k), size_a, size_b),
            f"log_likelihood_only_{name_b}": only_b,
            f"p_value_only_{name_b}": chi2.sf(only_b, df=1),
            f"exact_p_only_{name_b}": exact_p(np.zeros_like(k), k, size_a, size_b),
        },
        index=pd.Index(k, name="count"),
    )


@lru_cache(maxsize=1 << 14)  # most words of a table share a few (count, total) pairs
def _binomial_p(successes: int, trials: int, share: float) -> float:
    from scipy.stats import binomtest

    return float(binomtest(successes, trials, share).pvalue)


def exact_p(count_a, count_b, size_a: int, size_b: int):
    """The exact (binomial) two-sided p-value for a word counted ``count_a`` and ``count_b`` times.

    If both texts used the word at the same rate, each of its ``count_a + count_b`` occurrences
    would fall in text a with probability ``size_a / (size_a + size_b)``. The p-value is
    ``scipy.stats.binomtest(count_a, count_a + count_b, size_a / (size_a + size_b)).pvalue``
    (two-sided: the outcomes no more likely than the one observed). Unlike the chi-squared
    p-value of G2, it needs no large expected counts, so it is the one to trust for rare words.
    A word counted 0 times in both texts has p = 1.

    Args:
        count_a, count_b: one count each, or equal-length sequences (a column each) of counts.
        size_a, size_b: the sizes of the two texts (all their words).

    Returns:
        A float for single counts, else a numpy array of floats.

    Example:
        >>> round(exact_p(4, 0, 340, 432), 4)
        0.0376
        >>> exact_p([2, 0], [0, 0], 340, 432).round(4).tolist()
        [0.194, 1.0]
    """
    import numpy as np

    if size_a <= 0 or size_b <= 0:
        raise ValueError("Both texts need words: sizes must be at least 1.")
    a, b = np.asarray(count_a), np.asarray(count_b)
    if a.shape != b.shape:
        raise ValueError("count_a and count_b must have the same length.")
    if (a < 0).any() or (b < 0).any() or (a != np.round(a)).any() or (b != np.round(b)).any():
        raise ValueError("Counts must be whole numbers of 0 or more.")
    share = size_a / (size_a + size_b)
    flat = [
        1.0 if x + y == 0 else _binomial_p(int(x), int(x + y), share) for x, y in zip(a.ravel(), b.ravel())
    ]
    result = np.array(flat, dtype=float).reshape(a.shape)
    return float(result) if result.ndim == 0 else result


def paragraph_spread(text: str, words: list[str]) -> pd.DataFrame:
    """Where each word occurs: its count, and in how many and which paragraphs of ``text``.

    A word can be "key" because one paragraph, or one phrase repeated, is about its topic: a
    count of 4 spread over 4 paragraphs is not the same evidence as 4 in one paragraph. Words are
    matched as :func:`helpers.tokens.tokenize` makes them (lower case); paragraphs as
    :func:`helpers.paragraphs.split_paragraphs` splits them, numbered from 1.

    Returns:
        One row per word, in the order given: ``word``, ``count``, ``paragraphs`` (how many
        contain it) and ``paragraph_numbers`` (which, as text: ``"2, 3"``).

    Example:
        >>> text = "Iran deal talks.\\n\\nThe Iran deal again.\\n\\nFootball."
        >>> paragraph_spread(text, ["iran", "football", "cup"]).values.tolist()
        [['iran', 2, 2, '1, 2'], ['football', 1, 1, '3'], ['cup', 0, 0, '']]
    """
    import pandas as pd

    if isinstance(words, str):
        raise TypeError("words must be a list of words, like ['iran', 'deal'], not one string.")
    paragraphs = [tokenize(paragraph) for paragraph in split_paragraphs(text)]
    rows = []
    for word in words:
        numbers = [i for i, tokens in enumerate(paragraphs, start=1) if word in tokens]
        rows.append(
            {
                "word": word,
                "count": sum(tokens.count(word) for tokens in paragraphs),
                "paragraphs": len(numbers),
                "paragraph_numbers": ", ".join(map(str, numbers)),
            }
        )
    return pd.DataFrame(rows, columns=["word", "count", "paragraphs", "paragraph_numbers"]).astype(
        {"word": "str", "count": "int64", "paragraphs": "int64", "paragraph_numbers": "str"}
    )


def null_rejection_rates(
    table: pd.DataFrame,
    size_a: int,
    size_b: int,
    *,
    names: tuple[str, str] | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """For each word, the chance of a "significant" result if both texts used it at the same rate.

    Under the null hypothesis each of a word's ``a + b`` occurrences falls in text a with
    probability ``size_a / (size_a + size_b)``, so its count in a is binomial. Summing the
    probabilities of the splits whose p-value is below ``alpha`` gives the chance that this word
    comes out "significant" by chance alone, by the chi-squared p-value of G2 (``rate_chi2``, as
    the ``p_value`` column of :func:`keyness`) and by :func:`exact_p` (``rate_exact``). A word
    whose total is too small for any split to reach ``alpha`` has a rate of 0: it cannot be a
    false positive, nor a true one. ``rate_chi2.sum()`` is the number of false positives to
    expect from the whole table when nothing differs.

    Args:
        table: a :func:`keyness` table (its ``word`` and ``count_<name>`` columns are used).
        size_a, size_b: the sizes of the two texts (all their words), as given to keyness.
        names: the two texts' names, if the table has more than two count columns.
        alpha: the significance level.

    Returns:
        One row per word of ``table``, in its order: ``word``, ``total`` (a + b), ``rate_chi2``,
        ``rate_exact``.

    Example:
        >>> table = keyness({"talks": 4}, {"visit": 1}, size_a=340, size_b=432)
        >>> rates = null_rejection_rates(table, 340, 432)
        >>> rates.round(4).values.tolist()
        [['talks', 4, 0.1357, 0.0376], ['visit', 1, 0.0, 0.0]]

        By hand: of the five splits of 4 occurrences, G2's chi-squared p is below 0.05 for 4-0 and
        0-4, the exact p only for 4-0; one occurrence can never be significant.

        >>> round((340 / 772) ** 4 + (432 / 772) ** 4, 4), round((340 / 772) ** 4, 4)
        (0.1357, 0.0376)
    """
    import numpy as np
    import pandas as pd
    from scipy.stats import binom, chi2

    if names is None:
        names_found = [c.removeprefix("count_") for c in table.columns if str(c).startswith("count_")]
        if len(names_found) != 2:
            raise ValueError("null_rejection_rates() takes a table made by keyness() (two count_ columns).")
        names = (names_found[0], names_found[1])
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1; got {alpha!r}")
    totals = (table[f"count_{names[0]}"] + table[f"count_{names[1]}"]).astype(int)
    share = size_a / (size_a + size_b)
    by_total: dict[int, tuple[float, float]] = {}
    for total in sorted(set(totals)):
        k = np.arange(total + 1)
        g2 = keyness_statistics(k, total - k, size_a, size_b)["log_likelihood"]
        chance = binom.pmf(k, total, share)
        exact = np.atleast_1d(exact_p(k, total - k, size_a, size_b))
        by_total[total] = (
            float(chance[chi2.sf(g2, df=1) < alpha].sum()),
            float(chance[exact < alpha].sum()),
        )
    return pd.DataFrame(
        {
            "word": table["word"].astype(str).to_numpy(),
            "total": totals.to_numpy(),
            "rate_chi2": [by_total[t][0] for t in totals],
            "rate_exact": [by_total[t][1] for t in totals],
        }
    ).astype({"word": "str", "total": "int64"})


def chance_of_at_least(rates, k: int) -> float:
    """The chance that ``k`` or more of independent events happen, each with its own probability.

    With the ``rate_chi2`` (or ``rate_exact``) column of :func:`null_rejection_rates`: the chance
    that chance alone gives ``k`` or more "significant" words. Exact (the distribution of the
    number of events is built by convolution), not an approximation.

    Example:
        >>> round(chance_of_at_least([0.5, 0.5], 1), 2), chance_of_at_least([0.5, 0.5], 0)
        (0.75, 1.0)
    """
    import numpy as np

    counts = np.array([1.0])  # counts[n]: the chance of exactly n events so far
    for rate in np.asarray(rates, dtype=float):
        counts = np.convolve(counts, [1.0 - rate, rate])
    return float(min(1.0, counts[max(k, 0) :].sum()))


def _edits(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) that turn ``a`` into ``b``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def spelling_variants(
    table: pd.DataFrame,
    *,
    names: tuple[str, str] | None = None,
    max_edits: int = 1,
    min_length: int = 5,
) -> pd.DataFrame:
    """Pairs of words, one found only in each text, that may be one word spelled two ways.

    Keyness counts *Sergei* (in one text) and *Sergey* (in the other) as two words, each "more
    frequent" in its text, when they are one name transliterated two ways. This flags the pairs
    to read: both words at least ``min_length`` letters, starting with the same letter, at most
    ``max_edits`` edits apart (an edit inserts, deletes or replaces a letter, or swaps two
    neighbours), and neither the other plus an ending (*interest*, *interests* is a plural, not
    a spelling). A flag is a question, not an answer: *while* and *white* are flagged too, and
    reading them settles it.

    Returns:
        One row per pair: ``word_<a>``, ``word_<b>``, ``count_<a>``, ``count_<b>`` (each word's
        count in its own text) and ``edits``; sorted by the two counts together (highest first),
        then alphabetically.

    Example:
        >>> table = keyness({"sergei": 1, "colour": 2, "talks": 3}, {"sergey": 2, "color": 1, "talk": 1},
        ...                 names=("uk", "us"))
        >>> spelling_variants(table, min_length=4).values.tolist()
        [['colour', 'color', 2, 1, 1], ['sergei', 'sergey', 1, 2, 1]]
    """
    import pandas as pd

    if names is None:
        found = [c.removeprefix("count_") for c in table.columns if str(c).startswith("count_")]
        if len(found) != 2:
            raise ValueError("spelling_variants() takes a table made by keyness() (two count_ columns).")
        names = (found[0], found[1])
    a, b = names
    only_a = table.loc[(table[f"count_{a}"] > 0) & (table[f"count_{b}"] == 0), ["word", f"count_{a}"]]
    only_b = table.loc[(table[f"count_{b}"] > 0) & (table[f"count_{a}"] == 0), ["word", f"count_{b}"]]
    rows = []
    for word_a, count_a in only_a.itertuples(index=False):
        word_a = str(word_a)
        if len(word_a) < min_length:
            continue
        for word_b, count_b in only_b.itertuples(index=False):
            word_b = str(word_b)
            if (
                len(word_b) < min_length
                or word_a[0] != word_b[0]
                or abs(len(word_a) - len(word_b)) > max_edits
                or word_a.startswith(word_b)
                or word_b.startswith(word_a)
            ):
                continue
            edits = _edits(word_a, word_b)
            if edits <= max_edits:
                rows.append(
                    {
                        f"word_{a}": word_a,
                        f"word_{b}": word_b,
                        f"count_{a}": int(count_a),
                        f"count_{b}": int(count_b),
                        "edits": edits,
                    }
                )
    columns = [f"word_{a}", f"word_{b}", f"count_{a}", f"count_{b}", "edits"]
    frame = pd.DataFrame(rows, columns=columns)
    if frame.empty:
        return frame.astype({f"count_{a}": "int64", f"count_{b}": "int64", "edits": "int64"})
    order = frame.assign(_n=frame[f"count_{a}"] + frame[f"count_{b}"]).sort_values(
        ["_n", f"word_{a}", f"word_{b}"], ascending=[False, True, True], kind="mergesort"
    )
    return order.drop(columns="_n").reset_index(drop=True)
