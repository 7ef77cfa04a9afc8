"""From two texts to a corpus: the course's measures on many documents, run by Dask.

A *corpus* here is a pandas DataFrame with one row per document and at least the columns ``id``
and ``text``; ``group`` (for example ``press_release`` / ``newspaper``), ``date``, ``source``
and ``title`` are optional. :func:`load_corpus` makes one from a folder of ``.txt`` files or a
``.csv`` / ``.jsonl`` / ``.parquet`` file. Then:

* :func:`corpus_frequencies`: word counts per group (the tokens of :func:`helpers.tokens.tokenize`);
* :func:`compare_groups`: the course's keyness statistics (:func:`helpers.keyness.keyness`) on
  the summed counts of two groups, with the log-odds ratio with an informative Dirichlet prior of
  Monroe, Colaresi and Quinn (2008) beside them (:func:`log_odds_dirichlet`);
* :func:`corpus_sentiment`: TextBlob and VADER per sentence (:mod:`helpers.sentiment`), summarised
  per document, and per group with bootstrap intervals over documents;
* :func:`corpus_voices`: the share of each document's words in quotation (:mod:`helpers.voices`);
* :func:`find_reuse`: which targets (news articles) reuse which sources (press releases), and how
  much: the *churn*, the share of the target's words in passages shared with the source.

**How the work is run.** The corpus is cut into partitions (consecutive rows); each measure is an
ordinary pandas function applied to one partition, and Dask (``dask.delayed``) runs these
functions: by default with its single-threaded scheduler in this process (deterministic: what
notebooks and tests use), or on a cluster when a ``distributed.Client`` is passed as ``client``
(:func:`dask_client` makes a ``LocalCluster`` of this machine's cores, or connects to a running
scheduler). Partition results are combined in partition order, counts by exact integer sums and
averages from per-document values, so results are identical, row for row, whatever the
scheduler and the number of partitions (``tests/test_corpus.py`` checks this).

Example:
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"id": ["a", "b"], "text": ["Talks end today.", "Talks go on and on."],
    ...                        "group": ["x", "y"]})
    >>> corpus_frequencies(corpus).head(3).values.tolist()
    [['x', 'end', 1, 1, 333.3333333333333], ['x', 'talks', 1, 1, 333.3333333333333], ['x', 'today', 1, 1, 333.3333333333333]]
"""

from __future__ import annotations

import contextlib
import math
import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .churn import (
    DEFAULT_BANDS,
    DEFAULT_NUM_PERM,
    build_index,
    candidate_pairs,
    churn_of,
    minhash_signatures,
    ngram_positions,
    shared_spans,
    word_shingles,
)
from .keyness import keyness
from .sentence_scores import sentence_scores
from .texts import TextLoadError, load_text
from .tokens import sentences, tokenize
from .voices import voices

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

REQUIRED_COLUMNS = ("id", "text")
OPTIONAL_COLUMNS = ("group", "date", "source", "title")
SUFFIXES = (".csv", ".jsonl", ".parquet")
#: Documents per partition when the number of partitions is not given.
PARTITION_DOCS = 500
BOOTSTRAP_SAMPLES = 1000
#: Memory limit of each LocalCluster worker made by dask_client (Dask spills to disk above 60 % of
#: it and pauses the worker at 80 %); a partition of 500 news articles needs far less.
WORKER_MEMORY = "2GiB"
#: Resampled values drawn at once by corpus_sentiment's bootstrap (about 16 MB of picks).
BOOTSTRAP_BLOCK_VALUES = 2_000_000
REUSE_COLUMNS = [
    "target_id",
    "source_id",
    "churn",
    "words_shared",
    "passages",
    "target_words",
    "source_words",
    "target_date",
    "source_date",
    "days_after_source",
]


class CorpusError(TextLoadError):
    """A corpus could not be loaded or used; the message names the file or column and the fix."""


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------


def load_corpus(source: str | Path, *, empty: str = "error") -> pd.DataFrame:
    """Load a corpus: a folder of ``.txt`` files, or a ``.csv``, ``.jsonl`` or ``.parquet`` table.

    * A **folder**: every ``*.txt`` file in it (not in subfolders) is a document whose ``id`` is
      the file name without ``.txt``, read with :func:`helpers.texts.load_text` (so encoding
      problems get the course's clear errors). A ``catalogue.csv`` beside them, in the course's
      catalogue format (``texts/catalogue.csv``: columns ``id``, ``file``, ``title``, ``genre``,
      ``publisher``, ``date``...), gives their metadata: ``genre`` becomes ``group``, ``publisher``
      becomes ``source``. Files the catalogue does not list get empty metadata.
    * A **table** with at least the columns ``id`` and ``text``, and optionally ``group``,
      ``date``, ``source``, ``title`` (other columns are kept as they are).

    The result has the columns ``id, text, group, date, source, title`` first (missing optional
    ones are empty strings), ``id`` as text, and ``date`` as a pandas datetime (``NaT`` where
    unknown). Rows stay in the order of the file (a folder: sorted by file name).

    Args:
        source: the folder or file.
        empty: what to do with documents whose text is empty or only whitespace: ``"error"``
            (the default: a :class:`CorpusError` names them) or ``"drop"`` (they are left out,
            a warning says how many and which, and ``corpus.attrs["dropped_empty"]`` lists them).

    Raises:
        CorpusError: a missing file or column (named), duplicate ids (listed), empty texts
            (counted and listed), dates that cannot be read, an unsupported file type.

    Nothing is ever written into ``source``.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder) / "corpus.csv"
        ...     _ = path.write_text("id,text,group\\n1,Talks today.,press_release\\n", encoding="utf-8")
        ...     load_corpus(path)[["id", "text", "group"]].values.tolist()
        [['1', 'Talks today.', 'press_release']]
    """
    import pandas as pd

    if empty not in ("error", "drop"):
        raise ValueError(f"empty must be 'error' or 'drop', not {empty!r}")
    path = Path(source)
    if not path.exists():
        raise CorpusError(
            f"{path} does not exist. Give a folder of .txt files, or a .csv, .jsonl or .parquet file "
            f"(paths are relative to {Path.cwd()})."
        )
    frame = _read_folder(path) if path.is_dir() else _read_table(path)
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise CorpusError(
            f"{path} has no column {' and no column '.join(map(repr, missing))}; a corpus needs at least "
            f"'id' and 'text' (it has: {', '.join(map(str, frame.columns)) or 'no columns'}). "
            "Rename your columns, for example frame.rename(columns={'body': 'text'})."
        )
    frame = frame.copy()
    frame["id"] = frame["id"].astype("str").str.strip()
    frame["text"] = frame["text"].fillna("").astype("str")
    duplicated = sorted(set(frame.loc[frame["id"].duplicated(), "id"]))
    if duplicated:
        shown = ", ".join(map(repr, duplicated[:10])) + (" ..." if len(duplicated) > 10 else "")
        raise CorpusError(
            f"{path}: {len(duplicated)} id(s) are used by more than one document: {shown}. "
            "Every document needs its own id."
        )
    blank = frame["text"].str.strip() == ""
    frame_ids_dropped: list[str] = []
    if blank.any():
        ids = frame.loc[blank, "id"].tolist()
        shown = ", ".join(map(repr, ids[:10])) + (" ..." if len(ids) > 10 else "")
        if empty == "error":
            raise CorpusError(
                f"{path}: {len(ids)} of {len(frame)} documents have an empty text: {shown}. Fill them in "
                "or remove them, or load with load_corpus(..., empty='drop') to leave them out."
            )
        warnings.warn(f"{path}: left out {len(ids)} documents with an empty text: {shown}", stacklevel=2)
        frame = frame.loc[~blank]
        frame_ids_dropped = ids
    for column in OPTIONAL_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    for column in ("group", "source", "title"):
        frame[column] = frame[column].fillna("").astype("str")
    frame["date"] = _parse_dates(frame, path)
    order = [*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS]
    result = pd.DataFrame(frame[order + [c for c in frame.columns if c not in order]].reset_index(drop=True))
    result.attrs["source"] = str(path)
    result.attrs["dropped_empty"] = frame_ids_dropped
    return result


def _read_table(path: Path) -> pd.DataFrame:
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise CorpusError(
            f"{path} is a {suffix or 'file without an extension'}; load_corpus reads a folder of .txt files "
            "or a .csv, .jsonl or .parquet file."
        )
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype="str", keep_default_na=False, encoding="utf-8")
        if suffix == ".jsonl":
            return pd.read_json(path, lines=True, dtype=False)
        table = pd.read_parquet(path)
        release_arrow_memory()
        return table
    except UnicodeDecodeError:
        raise CorpusError(
            f"{path} is not UTF-8 text. Save it again as UTF-8 (CSV UTF-8 in a spreadsheet)."
        ) from None
    except (ValueError, OSError) as exc:  # pandas/pyarrow parse errors
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise CorpusError(f"{path} could not be read as {suffix[1:].upper()}: {first}") from None


def release_arrow_memory() -> None:
    """Give back to the system the memory pyarrow's allocator keeps after reading a Parquet file.

    Reading converts the file's columns into pandas arrays; the allocator keeps the freed
    buffers for reuse, which for a large corpus is hundreds of MB the corpus no longer needs.

    Example:
        >>> release_arrow_memory()
    """
    import pyarrow

    pyarrow.default_memory_pool().release_unused()


def _read_folder(path: Path) -> pd.DataFrame:
    import pandas as pd

    files = sorted(path.glob("*.txt"))
    if not files:
        raise CorpusError(f"{path} is a folder with no .txt files in it; put one text per .txt file there.")
    catalogue = path / "catalogue.csv"
    meta: dict[str, dict[str, str]] = {}
    if catalogue.exists():
        table = pd.read_csv(catalogue, dtype="str", keep_default_na=False, encoding="utf-8")
        if "file" not in table.columns:
            raise CorpusError(
                f"{catalogue} has no 'file' column: in the course's catalogue format each row names its "
                "text file (see texts/catalogue.csv)."
            )
        listed_missing = [name for name in table["file"] if not (path / name).exists()]
        if listed_missing:
            raise CorpusError(
                f"{catalogue} lists {len(listed_missing)} file(s) that are not in {path}: "
                f"{', '.join(listed_missing[:10])}. Add the files or remove their rows."
            )
        meta = {str(row["file"]): dict(row) for row in table.to_dict("records")}
    rows = []
    for file in files:
        info = meta.get(file.name, {})
        rows.append(
            {
                "id": info.get("id") or file.stem,
                "text": _read_text(file),
                "group": info.get("group") or info.get("genre", ""),
                "date": info.get("date", ""),
                "source": info.get("source") or info.get("publisher", ""),
                "title": info.get("title", ""),
                "file": file.name,
            }
        )
    return pd.DataFrame(rows)


def _read_text(file: Path) -> str:
    try:
        return load_text(file).raw
    except TextLoadError as exc:
        if "empty" in type(exc).__name__.lower():
            return ""  # counted and reported by load_corpus, with the others
        raise


def _parse_dates(frame: pd.DataFrame, path: Path) -> pd.Series:
    import pandas as pd

    raw = frame["date"]
    text = raw.fillna("").astype("str").str.strip() if raw.dtype == object or raw.dtype == "str" else raw
    if pd.api.types.is_datetime64_any_dtype(text):
        return pd.to_datetime(text)
    parsed = pd.to_datetime(text.where(text != "", None), errors="coerce", format="ISO8601")
    bad = parsed.isna() & (text != "")
    if bad.any():
        examples = ", ".join(f"{i!r}: {d!r}" for i, d in zip(frame.loc[bad, "id"][:5], text[bad][:5]))
        raise CorpusError(
            f"{path}: {int(bad.sum())} date(s) could not be read ({examples}). Write dates as YYYY-MM-DD, "
            "or leave them empty."
        )
    return parsed


# --------------------------------------------------------------------------------------------
# Running per partition, with Dask
# --------------------------------------------------------------------------------------------


def partitions(corpus: pd.DataFrame, count: int | None = None) -> list[pd.DataFrame]:
    """The corpus cut into ``count`` partitions of consecutive rows (by default ~500 documents each).

    Example:
        >>> import pandas as pd
        >>> [len(p) for p in partitions(pd.DataFrame({"id": list("abcde")}), 2)]
        [3, 2]
    """
    if count is None:
        count = max(1, math.ceil(len(corpus) / PARTITION_DOCS))
    if count < 1:
        raise ValueError(f"partitions must be at least 1, not {count}")
    size = max(1, math.ceil(len(corpus) / count))
    parts = [corpus.iloc[start : start + size] for start in range(0, len(corpus), size)]
    return parts or [corpus.iloc[0:0]]


def run_partitions(
    function: Callable[..., Any],
    corpus: pd.DataFrame,
    *shared: Any,
    client: Any = None,
    npartitions: int | None = None,
    progress: bool = False,
) -> list[Any]:
    """``function(partition, *shared)`` for every partition of ``corpus``, run by Dask, in order.

    ``client=None`` runs Dask's single-threaded scheduler in this process. With a
    ``distributed.Client`` the partitions run on its cluster's workers; ``shared`` objects are
    sent to each worker once (``client.scatter``). ``progress`` shows a progress bar on
    standard error. :func:`iter_partitions` gives the results one at a time instead.

    Example:
        >>> import pandas as pd
        >>> run_partitions(len, pd.DataFrame({"id": list("abcde")}), npartitions=2)
        [3, 2]
    """
    return list(
        iter_partitions(function, corpus, *shared, client=client, npartitions=npartitions, progress=progress)
    )


def iter_partitions(
    function: Callable[..., Any],
    corpus: pd.DataFrame,
    *shared: Any,
    client: Any = None,
    npartitions: int | None = None,
    progress: bool = False,
    window: int | None = None,
) -> Iterator[Any]:
    """``function(partition, *shared)`` for each partition, yielded in partition order as they finish.

    The partitions *stream*: at most ``window`` of them are in flight at once (by default two
    per worker, or :data:`SERIAL_WINDOW` in one process), and a result is handed on, and can be
    merged and dropped, as soon as the ones before it are done. So neither the cluster nor this
    process ever holds every partition's data or every partition's result: memory stays flat
    however large the corpus. Everything else is as :func:`run_partitions`.

    Example:
        >>> import pandas as pd
        >>> list(iter_partitions(len, pd.DataFrame({"id": list("abcde")}), npartitions=3))
        [2, 2, 1]
    """
    parts = partitions(corpus, npartitions)
    bar = _ProgressBar(len(parts)) if progress else None
    if client is None:
        yield from _iter_one_process(function, parts, shared, window or SERIAL_WINDOW, bar)
    else:
        yield from _iter_cluster(function, parts, shared, client, window, bar)
    if bar is not None:
        bar.close()


#: Partitions computed per ``dask.compute`` call in one process (results are handed on between calls).
SERIAL_WINDOW = 4


def _iter_one_process(
    function: Callable[..., Any], parts: list[pd.DataFrame], shared: Sequence[Any], window: int, bar: Any
) -> Iterator[Any]:
    import dask

    # pure=False: keys are random names, so Dask does not hash every partition and shared
    # object to name its task (costly for a large index); the results do not depend on names.
    run = dask.delayed(function, pure=False)
    # Shared objects become one graph key each, not walked through (traverse=False) nor hashed.
    names = [f"shared-{i}-{uuid.uuid4().hex}" for i in range(len(shared))]
    handles = [dask.delayed(obj, name=name, traverse=False) for obj, name in zip(shared, names)]
    for start in range(0, len(parts), window):
        tasks = [run(part, *handles) for part in parts[start : start + window]]
        for result in dask.compute(*tasks, scheduler="sync"):
            if bar is not None:
                bar.update()
            yield result


def _iter_cluster(
    function: Callable[..., Any],
    parts: list[pd.DataFrame],
    shared: Sequence[Any],
    client: Any,
    window: int | None,
    bar: Any,
) -> Iterator[Any]:
    from distributed import as_completed

    if window is None:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        window = 2 * workers
    # Each object is scattered whole (a dict or set given alone would be scattered item by item).
    scattered = [client.scatter([obj], broadcast=True, hash=False)[0] for obj in shared]
    index_of: dict[str, int] = {}
    queue = iter(enumerate(parts))
    running = as_completed()

    def submit_next() -> None:
        for index, part in queue:
            future = client.submit(function, part, *scattered, pure=False)
            index_of[future.key] = index
            running.add(future)
            return

    for _ in range(max(1, window)):
        submit_next()
    done: dict[int, Any] = {}
    wanted = 0
    for future in running:
        index = index_of.pop(future.key)
        done[index] = future.result()  # a task's error is raised here, with its own traceback
        future.release()
        submit_next()
        if bar is not None:
            bar.update()
        while wanted in done:
            yield done.pop(wanted)
            wanted += 1


class _ProgressBar:
    """A one-line text progress bar on standard error: partitions done of all."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self._shown = total, 0, -1

    def update(self) -> None:
        import sys

        self.done += 1
        percent = 100 * self.done // max(1, self.total)
        if percent != self._shown:
            filled = percent // 5
            sys.stderr.write(
                f"\r[{'#' * filled}{' ' * (20 - filled)}] {percent:3d}% ({self.done}/{self.total} partitions)"
            )
            sys.stderr.flush()
            self._shown = percent

    def close(self) -> None:
        import sys

        sys.stderr.write("\n")
        sys.stderr.flush()


@contextlib.contextmanager
def dask_client(
    workers: int | None = None, scheduler: str | None = None, *, memory_limit: str | None = WORKER_MEMORY
) -> Iterator[Any]:
    """A ``distributed.Client`` for the ``client=`` argument, closed (and its cluster stopped) after.

    * ``dask_client(workers=2)``: a ``LocalCluster`` of 2 worker processes (1 thread each) on
      127.0.0.1, started now, each with ``memory_limit`` (:data:`WORKER_MEMORY`; ``None``: Dask's
      default, the machine's memory shared out between the workers). A worker works on one
      partition at a time (:func:`iter_partitions` streams them), a few hundred MB;
    * ``dask_client(scheduler="tcp://10.0.0.5:8786")``: connect to a running cluster's scheduler;
    * ``dask_client()`` (neither): ``None``, i.e. one process, Dask's single-threaded scheduler.

    Example:
        >>> with dask_client() as client:
        ...     client is None
        True
    """
    if workers is not None and scheduler is not None:
        raise ValueError("give workers= (a LocalCluster) or scheduler= (an existing cluster), not both")
    if workers is None and scheduler is None:
        yield None
        return
    from distributed import Client, LocalCluster

    if scheduler is not None:
        client = Client(scheduler, timeout="30s")
        try:
            yield client
        finally:
            client.close()
        return
    if workers is None or workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        memory_limit=memory_limit if memory_limit is not None else "auto",
    )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


# --------------------------------------------------------------------------------------------
# Frequencies and group comparison
# --------------------------------------------------------------------------------------------


def _require(corpus: pd.DataFrame, columns: Sequence[str], function: str) -> None:
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise CorpusError(
            f"{function}() needs the column(s) {', '.join(map(repr, missing))}; this corpus has "
            f"{', '.join(map(str, corpus.columns))}. Load it with load_corpus() or add them."
        )


def _count_partition(part: pd.DataFrame, by: str | None) -> dict[str, tuple[Counter, Counter, int]]:
    """Per group label: (token counts, document counts, documents) for one partition."""
    out: dict[str, tuple[Counter, Counter, int]] = {}
    labels = part[by].astype("str") if by else ["" for _ in range(len(part))]
    for label, text in zip(labels, part["text"]):
        tokens = tokenize(text)
        counts, documents, n = out.get(label, (Counter(), Counter(), 0))
        counts.update(tokens)
        documents.update(set(tokens))
        out[label] = (counts, documents, n + 1)
    return out


def group_counts(
    corpus: pd.DataFrame, by: str | None = "group", *, client: Any = None, npartitions: int | None = None
) -> dict[str, tuple[Counter, Counter, int]]:
    """Summed token counts per group: label -> (word counts, document frequencies, documents).

    With ``by=None`` the whole corpus is one group, labelled ``""``.

    Example:
        >>> import pandas as pd
        >>> counts = group_counts(pd.DataFrame({"id": ["1", "2"], "text": ["a a b", "a"], "group": ["x", "x"]}))
        >>> counts["x"][0]["a"], counts["x"][1]["a"], counts["x"][2]
        (3, 2, 2)
    """
    _require(corpus, ["text"] + ([by] if by else []), "group_counts")
    totals: dict[str, tuple[Counter, Counter, int]] = {}
    for part in iter_partitions(_count_partition, corpus, by, client=client, npartitions=npartitions):
        for label, (counts, documents, n) in part.items():
            have = totals.get(label, (Counter(), Counter(), 0))
            have[0].update(counts)
            have[1].update(documents)
            totals[label] = (have[0], have[1], have[2] + n)
    return dict(sorted(totals.items()))


def corpus_frequencies(
    corpus: pd.DataFrame,
    by: str | None = "group",
    *,
    client: Any = None,
    npartitions: int | None = None,
    counts: dict[str, tuple[Counter, Counter, int]] | None = None,
) -> pd.DataFrame:
    """Word frequencies per group: ``<by>, word, count, documents, per_1000``.

    ``count`` is the word's tokens in the group, ``documents`` how many of the group's documents
    contain it, ``per_1000`` its count per 1,000 tokens of the group. Sorted by group, then count
    (highest first), then word. With ``by=None``, one table for the whole corpus (no group column).
    ``counts`` (from :func:`group_counts`, for the same ``by``) saves counting again.

    Example:
        >>> import pandas as pd
        >>> corpus = pd.DataFrame({"id": ["1", "2"], "text": ["a a b", "a"]})
        >>> corpus_frequencies(corpus, by=None).values.tolist()
        [['a', 3, 2, 750.0], ['b', 1, 1, 250.0]]
    """
    import pandas as pd

    if counts is None:
        counts = group_counts(corpus, by, client=client, npartitions=npartitions)
    rows = []
    for label, (words, documents, _) in counts.items():
        total = sum(words.values())
        for word, count in sorted(words.items(), key=lambda item: (-item[1], item[0])):
            rows.append((label, word, count, documents[word], count * 1000 / total))
    columns = [by or "_group", "word", "count", "documents", "per_1000"]
    table = pd.DataFrame(rows, columns=columns).astype(
        {columns[0]: "str", "word": "str", "count": "int64", "documents": "int64", "per_1000": "float64"}
    )
    return table.drop(columns="_group") if by is None else table


def log_odds_dirichlet(
    counts_a: Counter | dict[str, int],
    counts_b: Counter | dict[str, int],
    *,
    prior: Counter | dict[str, float] | None = None,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, section 3.5).

    For each word w with counts y_a, y_b in groups of n_a, n_b tokens, and prior pseudo-counts
    alpha_w (summing to alpha_0)::

        delta_w = ln((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
                - ln((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
        var_w   ~ 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
        z_w     = delta_w / sqrt(var_w)

    The prior: ``prior`` (counts from a background corpus) if given, else the two groups' counts
    added together (the "empirical" prior, as tidylo's default), times ``prior_scale``. Positive
    ``log_odds_z`` means the word leans to group a. This is the "Fightin' Words" statistic that
    Scattertext shows; unlike a raw log ratio it shrinks rare words towards 0.

    Returns:
        Columns ``word, log_odds, log_odds_var, log_odds_z``, one row per word of either group,
        sorted by word.

    Example:
        >>> table = log_odds_dirichlet({"x": 3, "y": 1}, {"x": 1, "y": 3}, prior={"x": 2, "y": 2})
        >>> table.round(4).values.tolist()
        [['x', 1.0217, 0.5333, 1.399], ['y', -1.0217, 0.5333, -1.399]]
    """
    import numpy as np
    import pandas as pd

    if prior_scale <= 0:
        raise ValueError(f"prior_scale must be above 0, not {prior_scale}")
    words = sorted(set(counts_a) | set(counts_b))
    y_a = np.array([counts_a.get(w, 0) for w in words], dtype=float)
    y_b = np.array([counts_b.get(w, 0) for w in words], dtype=float)
    if prior is None:
        alpha = (y_a + y_b) * prior_scale
    else:
        alpha = np.array([float(prior.get(w, 0.0)) for w in words]) * prior_scale
        if (alpha <= 0).any():
            lacking = [w for w, a in zip(words, alpha) if a <= 0][:5]
            raise ValueError(f"the prior needs a count above 0 for every word; it has none for {lacking}")
    n_a, n_b, alpha_0 = y_a.sum(), y_b.sum(), alpha.sum()
    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log(
        (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
    )
    variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
    return pd.DataFrame(
        {
            "word": pd.Series(words, dtype="str"),
            "log_odds": delta,
            "log_odds_var": variance,
            "log_odds_z": delta / np.sqrt(variance),
        }
    )


def compare_groups(
    corpus: pd.DataFrame,
    by: str = "group",
    a: str | None = None,
    b: str | None = None,
    *,
    measure: str = "log_likelihood",
    prior_scale: float = 1.0,
    client: Any = None,
    npartitions: int | None = None,
    counts: dict[str, tuple[Counter, Counter, int]] | None = None,
) -> pd.DataFrame:
    """Which words set group ``a`` apart from group ``b``: keyness and Dirichlet log-odds.

    The token counts of each group's documents are summed, then compared with
    :func:`helpers.keyness.keyness` (every column it makes: counts, rates, log-likelihood,
    chi-squared, Log Ratio, %DIFF, p-value, ``more_frequent_in``), with the columns of
    :func:`log_odds_dirichlet` (``log_odds``, ``log_odds_var``, ``log_odds_z``) and each word's
    document frequency in each group (``docs_<a>``, ``docs_<b>``) beside them. Sorted as keyness
    sorts by ``measure``. ``a`` and ``b`` default to the two groups, in sorted order, when the
    corpus has exactly two. ``counts`` (from :func:`group_counts`, for the same ``by``) saves
    counting again when the counts are already made.

    Example:
        >>> import pandas as pd
        >>> corpus = pd.DataFrame({"id": ["1", "2", "3"], "group": ["pr", "news", "news"],
        ...                        "text": ["we engage", "strikes hit", "strikes go on"]})
        >>> compare_groups(corpus, a="pr", b="news")[["word", "count_pr", "count_news", "more_frequent_in"]].head(2).values.tolist()
        [['engage', 1, 0, 'pr'], ['we', 1, 0, 'pr']]
    """
    if counts is None:
        counts = group_counts(corpus, by, client=client, npartitions=npartitions)
    labels = sorted(counts)
    if a is None and b is None:
        if len(labels) != 2:
            raise CorpusError(
                f"compare_groups() compares two groups; the column {by!r} has {len(labels)}: "
                f"{', '.join(map(repr, labels))}. Choose them with a=... and b=...."
            )
        a, b = labels
    for name in (a, b):
        if name not in counts:
            raise CorpusError(
                f"There is no group {name!r} in the column {by!r}; it has {', '.join(map(repr, labels))}."
            )
    assert a is not None and b is not None
    words_a, docs_a, _ = counts[a]
    words_b, docs_b, _ = counts[b]
    table = keyness(words_a, words_b, names=(a, b), measure=measure)
    odds = log_odds_dirichlet(words_a, words_b, prior_scale=prior_scale).set_index("word")
    for column in odds.columns:
        table[column] = table["word"].map(odds[column])
    table[f"docs_{a}"] = table["word"].map(lambda w: docs_a.get(w, 0)).astype("int64")
    table[f"docs_{b}"] = table["word"].map(lambda w: docs_b.get(w, 0)).astype("int64")
    return table


# --------------------------------------------------------------------------------------------
# Sentiment and voices per document
# --------------------------------------------------------------------------------------------

SENTIMENT_COLUMNS = ["id", "sentences", "polarity", "subjectivity", "vader_compound"]


def _sentiment_partition(part: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for doc_id, text in zip(part["id"], part["text"]):
        # sentence_scores: exactly text_sentiment's and vader_scores's numbers, faster.
        scores = [sentence_scores(s) for s in sentences(text)]
        n = len(scores)
        rows.append(
            {
                "id": doc_id,
                "sentences": n,
                "polarity": sum(s[0] for s in scores) / n if n else 0.0,
                "subjectivity": sum(s[1] for s in scores) / n if n else 0.0,
                "vader_compound": sum(s[2] for s in scores) / n if n else 0.0,
            }
        )
    return rows


@dataclass(frozen=True)
class CorpusSentiment:
    """What :func:`corpus_sentiment` returns: ``documents`` (one row each) and ``groups``."""

    documents: pd.DataFrame
    groups: pd.DataFrame


def corpus_sentiment(
    corpus: pd.DataFrame,
    by: str | None = "group",
    *,
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = 0,
    client: Any = None,
    npartitions: int | None = None,
    progress: bool = False,
) -> CorpusSentiment:
    """TextBlob and VADER on every sentence, summarised per document and per group.

    Sentences are those of :func:`helpers.tokens.sentences`; each is scored with
    :func:`helpers.sentiment.text_sentiment` (TextBlob polarity and subjectivity) and
    :func:`helpers.sentiment.vader_scores` (VADER's compound). A document's scores are the means
    over its sentences (0.0 for a document without sentences).

    ``documents``: ``id, sentences, polarity, subjectivity, vader_compound`` (and ``<by>``), in
    corpus order. ``groups``: per group, ``documents`` and for ``polarity`` and
    ``vader_compound`` the mean over documents with a 95 % percentile bootstrap interval
    (``_low``, ``_high``): ``samples`` resamples of the group's documents with replacement, drawn
    with ``numpy.random.default_rng(seed)``, so the same seed gives the same interval.

    Example:
        >>> import pandas as pd
        >>> corpus = pd.DataFrame({"id": ["1", "2"], "text": ["A good day.", "A bad day. Talks."], "group": ["x", "x"]})
        >>> result = corpus_sentiment(corpus, samples=50)
        >>> result.documents[["id", "sentences", "polarity"]].round(2).values.tolist()
        [['1', 1, 0.7], ['2', 2, -0.35]]
        >>> result.groups[["group", "documents", "polarity_mean"]].round(3).values.tolist()
        [['x', 2, 0.175]]
    """
    import numpy as np
    import pandas as pd

    _require(corpus, ["id", "text"] + ([by] if by else []), "corpus_sentiment")
    parts = run_partitions(
        _sentiment_partition, corpus, client=client, npartitions=npartitions, progress=progress
    )
    documents = pd.DataFrame([row for part in parts for row in part], columns=SENTIMENT_COLUMNS)
    documents = documents.astype({"id": "str", "sentences": "int64"})
    if by:
        documents[by] = corpus[by].astype("str").to_numpy()
    rng = np.random.default_rng(seed)
    rows = []
    labelled = documents.groupby(by, sort=True) if by else [("", documents)]
    for label, frame in labelled:
        row: dict[str, object] = {by or "group": label, "documents": len(frame)}
        columns = ("polarity", "vader_compound")
        values = {column: frame[column].to_numpy(dtype=float) for column in columns}
        resampled: dict[str, list[Any]] = {column: [] for column in columns}
        # The samples x documents picks are drawn a block of rows at a time (the generator gives
        # the same numbers as one draw of the whole array), so memory stays flat with corpus size.
        rows_per_block = max(1, BOOTSTRAP_BLOCK_VALUES // max(1, len(frame)))
        for start in range(0, samples, rows_per_block):
            picks = rng.integers(0, len(frame), size=(min(rows_per_block, samples - start), len(frame)))
            for column in columns:
                resampled[column].append(values[column][picks].mean(axis=1))
            del picks
        for column in columns:
            means = np.concatenate(resampled[column]) if resampled[column] else np.array([])
            row[f"{column}_mean"] = float(values[column].mean())
            row[f"{column}_low"] = float(np.percentile(means, 2.5))
            row[f"{column}_high"] = float(np.percentile(means, 97.5))
        rows.append(row)
    return CorpusSentiment(documents=documents, groups=pd.DataFrame(rows))


VOICE_COLUMNS = ["id", "words", "quote_words", "quote_share", "speakers", "unbalanced_quotes"]


def _voices_partition(part: pd.DataFrame) -> list[dict[str, object]]:
    rows = []
    for doc_id, text in zip(part["id"], part["text"]):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = voices(text)
        words = int(frame["words"].sum())
        quoted = frame[frame["voice"] == "quote"]
        quote_words = int(quoted["words"].sum())
        rows.append(
            {
                "id": doc_id,
                "words": words,
                "quote_words": quote_words,
                "quote_share": quote_words / words if words else 0.0,
                "speakers": int(quoted.loc[quoted["speaker"] != "", "speaker"].nunique()),
                "unbalanced_quotes": sum(1 for w in caught if "Unbalanced" in type(w.message).__name__),
            }
        )
    return rows


def corpus_voices(
    corpus: pd.DataFrame, *, client: Any = None, npartitions: int | None = None
) -> pd.DataFrame:
    """Per document: its ``words``, the words in quotation (``quote_words``, ``quote_share``), how
    many named ``speakers`` it quotes, and ``unbalanced_quotes`` (paragraphs where a quotation is
    never closed), as :func:`helpers.voices.voices` reads it. In corpus order.

    Example:
        >>> import pandas as pd
        >>> corpus_voices(pd.DataFrame({"id": ["1"], "text": ['Ann said: "We will talk."']})).values.tolist()
        [['1', 5, 3, 0.6, 1, 0]]
    """
    import pandas as pd

    _require(corpus, ["id", "text"], "corpus_voices")
    parts = run_partitions(_voices_partition, corpus, client=client, npartitions=npartitions)
    return pd.DataFrame([row for part in parts for row in part], columns=VOICE_COLUMNS).astype({"id": "str"})


# --------------------------------------------------------------------------------------------
# Reuse: which targets take passages from which sources, and how much (churn)
# --------------------------------------------------------------------------------------------


def _tokens_partition(part: pd.DataFrame, shingle: int) -> tuple[list[list[str]], Counter]:
    """The tokens of each document, and in how many of them each shingle occurs."""
    tokens = [tokenize(text) for text in part["text"]]
    frequency: Counter = Counter()
    for words in tokens:
        frequency.update(word_shingles(words, shingle))
    return tokens, frequency


def _signature_partition(
    part: pd.DataFrame, shingle: int, num_perm: int, ignore: frozenset[str] = frozenset()
) -> tuple[list[list[str]], Any]:
    tokens = [tokenize(text) for text in part["text"]]
    return tokens, minhash_signatures(tokens, n=shingle, num_perm=num_perm, ignore=ignore)


def _reuse_partition(
    part: pd.DataFrame,
    index: Any,
    sources: dict[str, tuple[list[str], Any]],
    min_words: int,
    shingle: int,
    num_perm: int,
    max_days: int | None,
    ignore: frozenset[str],
) -> list[dict[str, object]]:
    """Candidate sources for each target of the partition (LSH), aligned exactly; rows with reuse."""
    import pandas as pd

    tokens, signatures = _signature_partition(part, shingle, num_perm, ignore)
    by_id = dict(zip(part["id"], zip(tokens, part["date"])))
    rows = []
    indexed: dict[str, dict[tuple[str, ...], list[int]]] = {}  # each target's n-grams, made once
    for target_id, source_id in candidate_pairs(index, list(part["id"]), signatures):
        target_tokens, target_date = by_id[target_id]
        source_tokens, source_date = sources[source_id]
        days = None
        if not (pd.isna(target_date) or pd.isna(source_date)):
            days = int((target_date - source_date).days)
            if days < 0 or (max_days is not None and days > max_days):
                continue  # a source dated after its target is never its source
        if target_id not in indexed:
            indexed = {target_id: ngram_positions(target_tokens, min_words)}  # pairs come sorted by target
        spans = shared_spans(source_tokens, target_tokens, min_words, positions_b=indexed[target_id])
        if not spans:
            continue
        found = churn_of(spans, len(target_tokens), side="b")
        rows.append(
            {
                "target_id": target_id,
                "source_id": source_id,
                **found,
                "target_words": len(target_tokens),
                "source_words": len(source_tokens),
                "target_date": target_date,
                "source_date": source_date,
                "days_after_source": days,
            }
        )
    return rows


def find_reuse(
    corpus: pd.DataFrame,
    source_group: str = "press_release",
    target_group: str = "newspaper",
    min_words: int = 5,
    max_days: int | None = None,
    *,
    by: str = "group",
    num_perm: int = DEFAULT_NUM_PERM,
    bands: int = DEFAULT_BANDS,
    boilerplate: int | None = 10,
    boilerplate_share: float = 0.005,
    client: Any = None,
    npartitions: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per (target, source) pair where the target shares passages with the source.

    How: every document's tokens (:func:`helpers.tokens.tokenize`) are cut into shingles of
    ``min_words`` words and sketched with MinHash (datasketch); the sources go into an LSH index
    and each target is looked up in it, so only *candidate* pairs, those whose sketches agree
    somewhere, are compared (see :mod:`helpers.churn` for why that finds even 10 % churn). Each
    candidate is aligned exactly with the course's passage rules (:func:`helpers.churn.shared_spans`,
    the rules of :func:`helpers.reuse.shared_passages`): maximal runs of at least ``min_words``
    tokens found in both.

    Columns: ``target_id``, ``source_id``, ``churn`` (the share of the target's words inside
    passages shared with that source, 0 to 1), ``words_shared`` (those words), ``passages``
    (shared passages, each pair of places once), ``target_words``, ``source_words``,
    ``target_date``, ``source_date`` and ``days_after_source`` (the target's date minus the
    source's, in days; empty when a date is unknown). Sorted by churn (highest first), then
    target_id, then source_id.

    Dates: when both are known, a source dated after its target is never its source, and with
    ``max_days`` a source more than ``max_days`` days older than the target is left out too.

    Boilerplate: a shingle that more than ``boilerplate`` sources contain (or more than
    ``boilerplate_share`` of them, if that is more), such as a department's standard closing line
    or a phrase every release on a topic uses, does not make a pair a *candidate* on its own
    (it is left out of the MinHash sketches; ``table.attrs["boilerplate_shingles"]`` says how
    many were). Candidates are still aligned on all their words, boilerplate included. Pass
    ``boilerplate=None`` to sketch every shingle.

    Example:
        >>> import pandas as pd
        >>> corpus = pd.DataFrame({
        ...     "id": ["pr1", "n1", "n2"], "group": ["press_release", "newspaper", "newspaper"],
        ...     "date": pd.to_datetime(["2026-01-05", "2026-01-06", "2026-01-04"]),
        ...     "text": ["The minister announced new flood barriers for the town today.",
        ...              "Yesterday the minister announced new flood barriers for the town, to cheers.",
        ...              "The minister announced new flood barriers for the town today."]})
        >>> find_reuse(corpus)[["target_id", "source_id", "churn", "words_shared", "days_after_source"]].values.tolist()
        [['n1', 'pr1', 0.75, 9, 1]]
    """
    import pandas as pd

    _require(corpus, ["id", "text", by], "find_reuse")
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1:
        raise ValueError(f"min_words must be a whole number of at least 1, not {min_words!r}")
    groups = corpus[by].astype("str")
    for name in (source_group, target_group):
        if not (groups == name).any():
            raise CorpusError(
                f"There is no document in the group {name!r} (column {by!r}); the groups are "
                f"{', '.join(map(repr, sorted(groups.unique())))}. Choose source_group= and target_group=."
            )
    frame = corpus if "date" in corpus.columns else corpus.assign(date=pd.NaT)
    frame = frame.assign(date=pd.to_datetime(frame["date"]))
    sources = frame.loc[groups == source_group, ["id", "text", "date"]]
    targets = frame.loc[groups == target_group, ["id", "text", "date"]]
    counted = run_partitions(_tokens_partition, sources, min_words, client=client, npartitions=npartitions)
    source_tokens = [tokens for part_tokens, _ in counted for tokens in part_tokens]
    frequency: Counter = Counter()
    for _, part_frequency in counted:
        frequency.update(part_frequency)
    limit = None if boilerplate is None else max(boilerplate, math.ceil(boilerplate_share * len(sources)))
    ignore = frozenset(s for s, count in frequency.items() if limit is not None and count > limit)
    signatures = minhash_signatures(source_tokens, n=min_words, num_perm=num_perm, ignore=ignore)
    index = build_index(list(sources["id"]), signatures, bands=bands)
    lookup = {sid: (tokens, date) for sid, tokens, date in zip(sources["id"], source_tokens, sources["date"])}
    parts = run_partitions(
        _reuse_partition,
        targets,
        index,
        lookup,
        min_words,
        min_words,
        num_perm,
        max_days,
        ignore,
        client=client,
        npartitions=npartitions,
        progress=progress,
    )
    table = pd.DataFrame([row for part in parts for row in part], columns=REUSE_COLUMNS)
    table.attrs["boilerplate_shingles"] = len(ignore)
    table = table.astype(
        {
            "target_id": "str",
            "source_id": "str",
            "churn": "float64",
            "words_shared": "int64",
            "passages": "int64",
            "target_words": "int64",
            "source_words": "int64",
            "days_after_source": "Int64",
        }
    )
    for column in ("target_date", "source_date"):
        table[column] = pd.to_datetime(table[column])
    table = table.sort_values(
        ["churn", "target_id", "source_id"], ascending=[False, True, True], kind="stable"
    )
    return table.reset_index(drop=True)


def reuse_scores(found: pd.DataFrame, truth: pd.DataFrame, *, threshold: float = 0.10) -> dict[str, float]:
    """Recall, precision and churn error of :func:`find_reuse` against a planted ground truth.

    Pairs count as reuse when their churn is at least ``threshold``, in the truth (``truth``:
    ``target_id, source_id, churn``, e.g. :func:`helpers.synthetic.synthetic_corpus`'s) and in
    what was found. ``recall``: the share of true pairs found; ``precision``: the share of pairs
    found that are true; ``churn_mae``: the mean absolute difference between found and true churn
    over every pair in the truth (a pair not found counts as churn 0); plus the counts.

    Example:
        >>> import pandas as pd
        >>> truth = pd.DataFrame({"target_id": ["n1", "n2"], "source_id": ["p", "p"], "churn": [0.5, 0.2]})
        >>> found = pd.DataFrame({"target_id": ["n1", "n3"], "source_id": ["p", "p"], "churn": [0.52, 0.3]})
        >>> reuse_scores(found, truth)
        {'recall': 0.5, 'precision': 0.5, 'churn_mae': 0.11, 'true_pairs': 2, 'found_pairs': 2, 'correct_pairs': 1}
    """
    true_pairs = set(map(tuple, truth.loc[truth["churn"] >= threshold, ["target_id", "source_id"]].values))
    found_pairs = set(map(tuple, found.loc[found["churn"] >= threshold, ["target_id", "source_id"]].values))
    correct = true_pairs & found_pairs
    found_churn = {
        (t, s): c for t, s, c in found[["target_id", "source_id", "churn"]].itertuples(index=False)
    }
    errors = [
        abs(found_churn.get((t, s), 0.0) - c)
        for t, s, c in truth[["target_id", "source_id", "churn"]].itertuples(index=False)
    ]
    return {
        "recall": len(correct) / len(true_pairs) if true_pairs else 1.0,
        "precision": len(correct) / len(found_pairs) if found_pairs else 1.0,
        "churn_mae": round(sum(errors) / len(errors), 6) if errors else 0.0,
        "true_pairs": len(true_pairs),
        "found_pairs": len(found_pairs),
        "correct_pairs": len(correct),
    }
