"""Counting words: frequency tables, comparing two texts, vocabulary diversity, text statistics.

Every table is a pandas DataFrame in a fixed order (ties are broken alphabetically), so the same
text always gives the same table. Rates are *per 1,000 tokens of the tokens you pass*: if you
removed stopwords first, the rate is per 1,000 remaining words. To leave stopwords out of a table
but keep rates per 1,000 words of the whole text, count everything and then use
:func:`without_stopwords` on the table.

Vocabulary diversity:

* :func:`type_token_ratio` (TTR) = distinct words / words. It falls as a text gets longer, so
  texts of different lengths cannot be compared with it.
* :func:`mattr`, the moving-average type-token ratio (Covington & McFall 2010): the TTR of every
  window of ``window`` consecutive tokens (default 50), averaged. Its value does not depend on the
  length of the text, only on the window. When a text has fewer tokens than the window, the one
  "window" is the whole text, so MATTR equals the plain TTR.

Example:
    >>> from helpers.tokens import tokenize
    >>> frequency_table(tokenize("Russia and the UK; the UK and Russia; the talks")).head(3)
         word  count  per_1000  rank
    0     the      3     300.0     1
    1     and      2     200.0     2
    2  russia      2     200.0     2
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .paragraphs import split_paragraphs
from .tokens import remove_stopwords, require_tokens, sentences, tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

FREQUENCY_COLUMNS = ("word", "count", "per_1000", "rank")
STATISTICS_COLUMNS = ("characters", "words", "types", "sentences", "paragraphs", "type_token_ratio", "mattr")
MATTR_WINDOW = 50


def frequency_table(tokens: Sequence[str]) -> pd.DataFrame:
    """One row per distinct token: ``word``, ``count``, ``per_1000`` and ``rank``.

    ``rank`` 1 is the most frequent word; words with the same count share the best rank
    (1, 2, 2, 4...). Rows are sorted by count (highest first), then alphabetically. No tokens give
    an empty table with the same columns.

    Example:
        >>> frequency_table(["talks", "moscow", "talks"]).to_dict("records")  # doctest: +ELLIPSIS
        [{'word': 'talks', 'count': 2, 'per_1000': 666.666..., 'rank': 1}, {'word': 'moscow', 'count': 1, 'per_1000': 333.333..., 'rank': 2}]
    """
    import pandas as pd

    require_tokens(tokens, "frequency_table")
    tokens = list(tokens)
    rows = sorted(Counter(tokens).items(), key=lambda item: (-item[1], item[0]))
    counts = pd.Series([count for _, count in rows], dtype="int64")
    table = pd.DataFrame(
        {
            "word": pd.Series([word for word, _ in rows], dtype="str"),
            "count": counts,
            "per_1000": (counts * 1000 / len(tokens)) if tokens else pd.Series([], dtype="float64"),
            "rank": counts.rank(method="min", ascending=False).astype("int64"),
        }
    )
    return table


def without_stopwords(table: pd.DataFrame, stopwords: str | Iterable[str] = "wordcloud") -> pd.DataFrame:
    """The rows of a :func:`frequency_table` whose word is not a stopword, ranked again.

    Counting first and removing stopwords from the *table* afterwards keeps ``count`` and
    ``per_1000`` as they were: the rates stay per 1,000 words of the whole text, so they can be set
    beside the table with stopwords. (``frequency_table(remove_stopwords(tokens))`` instead gives
    rates per 1,000 *remaining* words, which are larger.) ``rank`` is recomputed over the rows that
    are left, in the same way (1, 2, 2, 4...).

    Args:
        table: a table with columns ``word`` and ``count`` (``per_1000`` and ``rank`` optional).
        stopwords: the name of a list (see :func:`helpers.tokens.stopword_list`) or your own words,
            as for :func:`helpers.tokens.remove_stopwords`.

    Example:
        >>> table = frequency_table(["the", "talks", "the", "visit", "talks"])
        >>> without_stopwords(table).to_dict("records")
        [{'word': 'talks', 'count': 2, 'per_1000': 400.0, 'rank': 1}, {'word': 'visit', 'count': 1, 'per_1000': 200.0, 'rank': 2}]
    """
    import pandas as pd

    if not isinstance(table, pd.DataFrame) or not {"word", "count"} <= set(table.columns):
        raise TypeError(
            "without_stopwords() takes a frequency table (columns 'word' and 'count'), as made by "
            "frequency_table(tokenize(text)); to drop stopwords from tokens, use remove_stopwords()."
        )
    words = table["word"].astype(str).tolist()
    kept = set(remove_stopwords(words, stopwords))
    out = table.loc[[word in kept for word in words]].reset_index(drop=True)
    if "rank" in out.columns:
        out["rank"] = out["count"].rank(method="min", ascending=False).astype("int64")
    return out


def side_by_side(
    tables: Mapping[str, pd.DataFrame], n: int = 20, columns: Sequence[str] = ("word", "count")
) -> pd.DataFrame:
    """The first ``n`` rows of several tables next to each other, one block of ``columns`` per table.

    Made for reading two or more top-word (or n-gram) tables at a glance. Rows are numbered from 1
    (a row number is a place in the list, not a rank: tied words share a rank). A shorter table is
    padded with empty cells.

    Example:
        >>> a = frequency_table(["talks", "talks", "moscow"])
        >>> b = frequency_table(["war", "syria", "war", "war"])
        >>> table = side_by_side({"press": a, "news": b}, n=2)
        >>> table.columns.tolist()
        [('press', 'word'), ('press', 'count'), ('news', 'word'), ('news', 'count')]
        >>> table[("news", "word")].tolist(), table[("news", "count")].tolist()
        (['war', 'syria'], [3, 1])
    """
    import pandas as pd

    if not isinstance(tables, Mapping) or not tables:
        raise ValueError("side_by_side() takes a mapping of name -> table, e.g. {'press_release': table}")
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
    columns = list(columns)
    pieces = {}
    for name, table in tables.items():
        missing = [c for c in columns if c not in table.columns]
        if missing:
            raise ValueError(
                f"The table {name!r} has no column {', '.join(map(repr, missing))} "
                f"(it has {', '.join(map(str, table.columns))})."
            )
        pieces[name] = table.loc[:, columns].head(n).reset_index(drop=True)
    rows = max(len(piece) for piece in pieces.values())
    for name, piece in pieces.items():
        if len(piece) < rows:
            pieces[name] = piece.astype(object).reindex(range(rows), fill_value="")
    out = pd.concat(pieces, axis=1)
    out.index = pd.RangeIndex(1, rows + 1)
    return out


def compare_frequencies(
    tokens_a: Sequence[str], tokens_b: Sequence[str], names: tuple[str, str] = ("a", "b")
) -> pd.DataFrame:
    """Two texts' word counts side by side, one row per word found in either.

    Columns: ``word``, ``count_<a>``, ``count_<b>``, ``per_1000_<a>``, ``per_1000_<b>`` (0 where a
    text lacks the word). Sorted by the two counts added together (highest first), then by word.

    Example:
        >>> compare_frequencies(["russia", "talks"], ["russia", "russia", "war"],
        ...                     names=("gov", "news")).to_dict("records")[0]  # doctest: +ELLIPSIS
        {'word': 'russia', 'count_gov': 1, 'count_news': 2, 'per_1000_gov': 500.0, 'per_1000_news': 666.666...}
    """
    import pandas as pd

    check_names(names)
    a, b = names
    require_tokens(tokens_a, "compare_frequencies")
    require_tokens(tokens_b, "compare_frequencies")
    counts_a, counts_b = Counter(tokens_a), Counter(tokens_b)
    total = counts_a + counts_b
    words = sorted(total, key=lambda word: (-total[word], word))
    size_a, size_b = sum(counts_a.values()), sum(counts_b.values())
    count_a = pd.Series([counts_a[w] for w in words], dtype="int64")
    count_b = pd.Series([counts_b[w] for w in words], dtype="int64")
    return pd.DataFrame(
        {
            "word": pd.Series(words, dtype="str"),
            f"count_{a}": count_a,
            f"count_{b}": count_b,
            f"per_1000_{a}": _per_1000(count_a, size_a),
            f"per_1000_{b}": _per_1000(count_b, size_b),
        }
    )


def _per_1000(counts: pd.Series, size: int) -> pd.Series:
    return (counts * 1000 / size) if size else counts.astype("float64") * 0.0


def check_names(names: tuple[str, str]) -> tuple[str, str]:
    """Two different, non-empty labels for two texts, or a clear error (frequencies and keyness).

    Example:
        >>> check_names(("press_release", "newspaper"))
        ('press_release', 'newspaper')
        >>> check_names(("a", "a"))
        Traceback (most recent call last):
        ValueError: names must be two different labels, like ('press_release', 'newspaper'); got ('a', 'a')
    """
    if len(names) != 2 or names[0] == names[1] or not all(isinstance(x, str) and x for x in names):
        raise ValueError(
            f"names must be two different labels, like ('press_release', 'newspaper'); got {names!r}"
        )
    return names[0], names[1]


def type_token_ratio(tokens: Sequence[str]) -> float:
    """Distinct tokens (types) divided by tokens; ``nan`` for no tokens (there is no ratio).

    Example:
        >>> type_token_ratio(["the", "talks", "the", "visit"])
        0.75
    """
    require_tokens(tokens, "type_token_ratio")
    tokens = list(tokens)
    return len(set(tokens)) / len(tokens) if tokens else math.nan


def mattr(tokens: Sequence[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010), a TTR that ignores text length.

    The TTR of each run of ``window`` consecutive tokens (tokens 1-50, 2-51, 3-52...) is computed
    and the results are averaged. With fewer tokens than ``window`` this is the plain TTR of all
    the tokens; with no tokens it is ``nan``.

    Example:
        >>> round(mattr(["a", "b", "a", "c", "b", "a"], window=3), 4)  # windows: 2/3, 3/3, 3/3, 3/3
        0.9167
    """
    require_tokens(tokens, "mattr")
    if not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a whole number of at least 1, not {window!r}")
    tokens = list(tokens)
    if len(tokens) <= window:
        return type_token_ratio(tokens)
    in_window = Counter(tokens[:window])
    type_counts = [len(in_window)]
    for leaving, entering in zip(tokens, tokens[window:]):  # slide the window one token along
        in_window[leaving] -= 1
        if in_window[leaving] == 0:
            del in_window[leaving]
        in_window[entering] += 1
        type_counts.append(len(in_window))
    return sum(type_counts) / (len(type_counts) * window)


def text_statistics(text: str, *, window: int = MATTR_WINDOW) -> dict[str, float]:
    """Size and diversity of one text, as a dict with the keys of :data:`STATISTICS_COLUMNS`.

    ``words`` and ``types`` use :func:`helpers.tokens.tokenize`, ``sentences``
    :func:`helpers.tokens.sentences`, ``paragraphs`` :func:`helpers.paragraphs.split_paragraphs`.

    Example:
        >>> stats = text_statistics("Talks in Moscow.\\n\\nThe talks will go on. Russia agrees.")
        >>> {key: stats[key] for key in ("words", "types", "sentences", "paragraphs")}
        {'words': 10, 'types': 9, 'sentences': 3, 'paragraphs': 2}
    """
    tokens = tokenize(text)
    return {
        "characters": len(text),
        "words": len(tokens),
        "types": len(set(tokens)),
        "sentences": len(sentences(text)),
        "paragraphs": len(split_paragraphs(text)),
        "type_token_ratio": type_token_ratio(tokens),
        "mattr": mattr(tokens, window=window),
    }


def describe_texts(texts: Mapping[str, str], *, window: int = MATTR_WINDOW) -> pd.DataFrame:
    """One row of :func:`text_statistics` per text, indexed by the mapping's keys (in order).

    Made for the "raw vs cleaned" table: ``describe_texts({"raw": raw, "cleaned": cleaned})``.
    A value may also be a :class:`helpers.texts.Text` (its ``raw`` text is used).

    Example:
        >>> table = describe_texts({"raw": "Talks. Talks!", "cleaned": "Talks."})
        >>> table.index.tolist(), table["words"].tolist(), table["sentences"].tolist()
        (['raw', 'cleaned'], [2, 1], [2, 1])
    """
    import pandas as pd

    rows = [text_statistics(getattr(text, "raw", text), window=window) for text in texts.values()]
    table = pd.DataFrame(
        rows, columns=list(STATISTICS_COLUMNS), index=pd.Index(list(texts.keys()), name="text")
    )
    integer_columns = ["characters", "words", "types", "sentences", "paragraphs"]
    table[integer_columns] = table[integer_columns].astype("int64")
    table[["type_token_ratio", "mattr"]] = table[["type_token_ratio", "mattr"]].astype("float64")
    return table
