#!/usr/bin/env python3
"""Framing Lab benchmark: how long the course takes to run, and how the corpus path scales.

    python3 course.py bench                  # = .venv/bin/python tools/bench.py
    .venv/bin/python tools/bench.py --skip-suite --skip-notebooks --sizes 100,1000 --reuse-sources 200

Measures, each as wall-clock time on this machine (shared machines: the load average is printed):

* every notebook's Run All: notebooks/src/NN_*.py executed with nbclient in a fresh kernel,
  exactly as tools/build_notebooks.py builds them (kernel start included), but not saved;
* the whole test suite (``.venv/bin/python -m pytest -q`` in a subprocess; ``--skip-suite``);
* ``import helpers`` in a fresh interpreter (best of 5, the import alone);
* the corpus path of :mod:`helpers.corpus` on SYNTHETIC corpora (:mod:`helpers.synthetic`, news
  length: 250 to 600 words) of 100 to 100,000 documents: word frequencies, the comparison of the
  two groups (keyness and Dirichlet log-odds) and TextBlob + VADER sentiment per sentence, on a
  Dask ``LocalCluster`` of ``--workers`` processes and with Dask's one-process scheduler, beside
  the naive loop a student would write (``TextBlob(doc)``, ``.word_counts``, ``.sentences`` and each
  sentence's ``.sentiment``, then keyness); peak memory (resident set of this process and its
  worker processes, sampled every 0.2 s; each corpus is generated in a child process and read
  from Parquet, so the generator's memory is not counted). The one-process and cluster results must be equal, frame
  for frame (the benchmark exits with status 1 if not);
* ``find_reuse`` with ``--reuse-sources`` releases against ten times as many articles on the
  LocalCluster, scored against the planted ground truth (recall, precision of pairs with churn >=
  0.10, churn error), and the exact all-pairs alignment it avoids: timed on a random sample of the
  pairs of a 200 x 2,000 subset and scaled to all pairs, as a ratio.

The naive loop and the one-process path are slow by design; above ``--naive-max`` and
``--serial-max`` documents they are not run, and the table shows their time at the largest size
run, scaled per document, marked "~ (scaled from N)". ``--corpus-only`` runs only the corpus path
and find_reuse (``python3 course.py bench --corpus-only``; with the default sizes about 5 minutes
on an idle 2-core machine). Times are wall-clock; CPU seconds (this process and the cluster's)
are shown beside them, since wall time on a shared machine depends on the load.

Output: fixed-width tables on stdout, and the same as Markdown in artifacts/bench.md.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # helpers, when run with a Python where it is not installed

from helpers.churn import shared_spans  # noqa: E402
from helpers.corpus import (  # noqa: E402
    compare_groups,
    corpus_frequencies,
    corpus_sentiment,
    dask_client,
    find_reuse,
    group_counts,
    release_arrow_memory,
    reuse_scores,
)
from helpers.synthetic import synthetic_corpus  # noqa: E402
from helpers.tokens import tokenize  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SRC = ROOT / "notebooks" / "src"
ARTIFACTS = ROOT / "artifacts"
DEFAULT_SIZES = (100, 1_000, 10_000, 100_000)
SEED = 2017
SUITE_TIMEOUT_S = 1800
NOTEBOOK_TIMEOUT_S = 600
IMPORT_RUNS = 5
ALL_PAIRS_SAMPLE = 2_000  # pairs of the 200 x 2,000 subset aligned to time all-pairs alignment

TARGET_SUITE_S = 60.0
TARGET_NOTEBOOK_S = 10.0
TARGET_IMPORT_S = 0.3
TARGET_100K_S = 180.0
TARGET_MEMORY_MB = 2048.0
TARGET_REUSE_S = 120.0
TARGET_SCORE = 0.95
TARGET_MAE = 0.03
LINEAR_TOLERANCE = 1.25  # time per document at the largest size: at most 25 % above the 10,000-doc figure


def keyness_table(counts_a: Counter, counts_b: Counter, names: tuple[str, str]) -> pd.DataFrame:
    """Keyness of ``counts_a`` vs ``counts_b`` with helpers.keyness.keyness (log-likelihood)."""
    from helpers.keyness import keyness

    return keyness(counts_a, counts_b, names=names)


# =====================================================================================================
# The loop a student would write (as tools/bench.py has always measured it)
# =====================================================================================================


@dataclass
class NaiveResult:
    """The naive loop's output, in document order, and its corpus-level tables."""

    word_counts: list[dict[str, int]]
    sentence_scores: list[list[tuple[float, float]]]
    frequency: pd.DataFrame
    keyness: pd.DataFrame


def naive_student_loop(docs: Sequence[str], groups: Sequence[str], names: tuple[str, str]) -> NaiveResult:
    """Per document: ``TextBlob(doc)``, ``.word_counts``, ``.sentences`` and each sentence's ``.sentiment``."""
    import pandas as pd
    from textblob import TextBlob

    word_counts, scores = [], []
    for doc in docs:
        blob = TextBlob(doc)
        word_counts.append(blob.word_counts)
        doc_scores = []
        for sentence in blob.sentences:
            sentiment = sentence.sentiment
            doc_scores.append((sentiment.polarity, sentiment.subjectivity))
        scores.append(doc_scores)
    totals: Counter = Counter()
    by_group: dict[str, Counter] = {name: Counter() for name in names}
    for label, counts in zip(groups, word_counts):
        totals.update(counts)
        by_group[label].update(counts)
    frequency = pd.DataFrame(
        sorted(totals.items(), key=lambda item: (-item[1], item[0])), columns=["word", "count"]
    )
    return NaiveResult(
        word_counts, scores, frequency, keyness_table(by_group[names[0]], by_group[names[1]], names)
    )


# =====================================================================================================
# The corpus path (helpers.corpus), its memory, and reuse
# =====================================================================================================


def bench_corpus_docs(size: int, seed: int = SEED) -> pd.DataFrame:
    """A SYNTHETIC corpus of ``size`` documents: one release for every nine news articles."""
    import pandas as pd

    releases = max(1, round(size / 10))
    made = synthetic_corpus(
        n_releases=releases,
        articles_per_release=max(0, round(size / releases) - 1),
        seed=seed,
        check_tokens=False,
    )
    corpus = made.corpus.head(size)
    return corpus.assign(date=pd.to_datetime(corpus["date"]))


def write_synthetic(
    folder: Path, size: int | None = None, n_sources: int | None = None, seed: int = SEED
) -> None:
    """Write a SYNTHETIC corpus (``corpus.parquet``, and ``truth.parquet`` for reuse) into ``folder``.

    ``size``: :func:`bench_corpus_docs`'s corpus; ``n_sources``: ``n_sources`` releases with ten
    articles each, and their ground truth. Run in a child process (:func:`load_synthetic`), so the
    generator's working memory is not counted as the corpus path's.
    """
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    if size is not None:
        bench_corpus_docs(size, seed).to_parquet(folder / "corpus.parquet")
        return
    made = synthetic_corpus(n_releases=n_sources or 1, articles_per_release=10, seed=seed, check_tokens=False)
    made.corpus.assign(date=pd.to_datetime(made.corpus["date"])).to_parquet(folder / "corpus.parquet")
    made.truth.to_parquet(folder / "truth.parquet")


def load_synthetic(*, size: int | None = None, n_sources: int | None = None) -> tuple[pd.DataFrame, Any]:
    """The corpus (and truth, or None) of :func:`write_synthetic`, generated in a child process.

    The benchmark, like a user, reads its corpus from a file: this process holds the corpus, not
    what it took to make it.
    """
    import tempfile

    import pandas as pd

    with tempfile.TemporaryDirectory(prefix="framing-lab-bench-") as tmp:
        folder = Path(tmp)
        code = (
            f"import sys; sys.path.insert(0, {str(ROOT / 'tools')!r}); import bench; "
            f"from pathlib import Path; bench.write_synthetic(Path({tmp!r}), {size!r}, {n_sources!r})"
        )
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        corpus = pd.read_parquet(folder / "corpus.parquet")
        truth = pd.read_parquet(folder / "truth.parquet") if (folder / "truth.parquet").exists() else None
    release_arrow_memory()
    return corpus, truth


class PeakMemory:
    """Peak resident memory (MB) of this process and all its children (the cluster's nannies and
    workers), sampled in a thread; and the CPU seconds they all used (``cpu_s``).
    """

    def __init__(self, interval: float = 0.2) -> None:
        import psutil

        self.process, self.interval, self.peak, self.cpu_s = psutil.Process(), interval, 0.0, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._cpu_start: dict[int, float] = {}

    def _cpu(self) -> dict[int, float]:
        import psutil

        used = {}
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                times = proc.cpu_times()
                used[proc.pid] = times.user + times.system
            except psutil.Error:
                continue
        return used

    def _sample(self) -> float:
        import psutil

        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except psutil.Error:
                continue
        return total / 1e6

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self._sample()
        self._cpu_start = self._cpu()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())
        end = self._cpu()
        self.cpu_s = sum(t - self._cpu_start.get(pid, 0.0) for pid, t in end.items())


@dataclass
class PathRun:
    """One run of the corpus path: wall time, peak memory and its tables (for the equality check)."""

    wall_s: float
    peak_mb: float
    tables: dict[str, Any]
    cpu_s: float = 0.0


def trim_memory() -> None:
    """Collect garbage and hand freed heap back to the system (glibc's ``malloc_trim``, on Linux).

    So that what an earlier, smaller run left in this process is not counted in the next run's
    peak memory (the naive loop at 10,000 documents leaves hundreds of MB of freed heap).
    """
    import ctypes
    import gc

    gc.collect()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def run_corpus_path(corpus: pd.DataFrame, client: Any) -> PathRun:
    """Frequencies, the comparison of the two groups and sentence sentiment, with one count pass."""
    trim_memory()
    with PeakMemory() as memory:
        start = time.perf_counter()
        counts = group_counts(corpus, "group", client=client)
        tables = {
            "frequencies": corpus_frequencies(corpus, counts=counts),
            "compare": compare_groups(corpus, a="press_release", b="newspaper", counts=counts),
        }
        sentiment = corpus_sentiment(corpus, client=client)
        tables["sentiment_documents"], tables["sentiment_groups"] = sentiment.documents, sentiment.groups
        wall = time.perf_counter() - start
    return PathRun(wall, memory.peak, tables, memory.cpu_s)


def same_tables(one: PathRun, other: PathRun) -> bool:
    import pandas.testing

    try:
        for name, table in one.tables.items():
            pandas.testing.assert_frame_equal(table, other.tables[name])
    except AssertionError as exc:
        print(f"!! {name} differs between the one-process and the cluster run: {exc}", file=sys.stderr)
        return False
    return True


@dataclass
class SizeRow:
    docs: int
    words: int
    cluster: PathRun
    serial: PathRun | None
    naive_s: float | None
    identical: bool | None


def bench_size(corpus: pd.DataFrame, client: Any, *, serial: bool, naive: bool) -> SizeRow:
    cluster_run = run_corpus_path(corpus, client)
    serial_run = run_corpus_path(corpus, None) if serial else None
    naive_s = None
    if naive:
        groups = corpus["group"].tolist()
        start = time.perf_counter()
        naive_student_loop(corpus["text"].tolist(), groups, ("press_release", "newspaper"))
        naive_s = time.perf_counter() - start
    identical = None if serial_run is None else same_tables(serial_run, cluster_run)
    for run in (cluster_run, serial_run):
        if run is not None:
            run.tables = {}  # compared: not kept alive while the next size runs
    return SizeRow(
        docs=len(corpus),
        words=int(corpus["text"].str.count(r"\S+").sum()),
        cluster=cluster_run,
        serial=serial_run,
        naive_s=naive_s,
        identical=identical,
    )


@dataclass
class ReuseRun:
    sources: int
    targets: int
    wall_s: float
    peak_mb: float
    pairs: int
    scores: dict[str, float]
    subset_s: float
    all_pairs_per_pair_s: float
    identical_subset: bool


def bench_reuse(n_sources: int, client: Any, seed: int = SEED) -> ReuseRun:
    """find_reuse on n_sources releases x 10 n_sources articles, and all-pairs on a 200 x 2,000 subset."""
    import pandas as pd

    corpus, truth = load_synthetic(n_sources=n_sources)
    corpus = corpus.assign(date=pd.to_datetime(corpus["date"]))
    trim_memory()
    with PeakMemory() as memory:
        start = time.perf_counter()
        found = find_reuse(corpus, client=client)
        wall = time.perf_counter() - start
    scores = reuse_scores(found, truth, threshold=0.10)

    subset_ids = set(corpus.loc[corpus["group"] == "press_release", "id"].head(200))
    subset_ids |= set(corpus.loc[corpus["group"] == "newspaper", "id"].head(2_000))
    subset = corpus[corpus["id"].isin(subset_ids)]
    start = time.perf_counter()
    found_subset = find_reuse(subset, client=client)
    subset_s = time.perf_counter() - start
    # Exact all-pairs alignment, timed on a sample of the subset's pairs (date rule ignored: it
    # saves no alignment in an all-pairs design that aligns first).
    tokens = {doc_id: tokenize(text) for doc_id, text in zip(subset["id"], subset["text"])}
    sources = sorted(i for i in subset_ids if i.startswith("pr-"))
    targets = sorted(i for i in subset_ids if i.startswith("news-"))
    rng = random.Random(seed)
    sample = [(rng.choice(sources), rng.choice(targets)) for _ in range(ALL_PAIRS_SAMPLE)]
    start = time.perf_counter()
    for source, target in sample:
        shared_spans(tokens[source], tokens[target], 5)
    per_pair = (time.perf_counter() - start) / len(sample)
    # The pairs of the subset found by find_reuse on the whole corpus and on the subset alone agree
    # for pairs inside the subset (LSH finds the same candidates, alignment is exact).
    inside = found[found["target_id"].isin(subset_ids) & found["source_id"].isin(subset_ids)].reset_index(
        drop=True
    )
    identical = inside[["target_id", "source_id", "churn"]].equals(
        found_subset[["target_id", "source_id", "churn"]]
    )
    return ReuseRun(
        sources=n_sources,
        targets=10 * n_sources,
        wall_s=wall,
        peak_mb=memory.peak,
        pairs=len(found),
        scores=scores,
        subset_s=subset_s,
        all_pairs_per_pair_s=per_pair,
        identical_subset=identical,
    )


# =====================================================================================================
# Measurements
# =====================================================================================================


def venv_python() -> Path:
    candidate = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    return candidate if candidate.exists() else Path(sys.executable)


def time_notebooks() -> list[tuple[str, float, str]]:
    """Run All of every notebook source in a fresh kernel, as tools/build_notebooks.py does, unsaved."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_notebooks
    from nbclient import NotebookClient

    results = []
    for path in sorted(SRC.glob("[0-9][0-9]_*.py")):
        nb = build_notebooks.source_notebook(path)
        start = time.perf_counter()
        status = "ok"
        try:
            # The kernel's own stderr (a start-up warning about TCP transport) is noise here; a
            # cell's error still comes back through nbclient and is reported in the table.
            with build_notebooks.fixed_hash_seed():
                NotebookClient(
                    nb,
                    timeout=NOTEBOOK_TIMEOUT_S,
                    kernel_name="python3",
                    resources={"metadata": {"path": str(build_notebooks.OUT)}},
                ).execute(stderr=subprocess.DEVNULL)
        except Exception as exc:
            status = f"error: {getattr(exc, 'ename', None) or type(exc).__name__}"
        results.append((path.stem, time.perf_counter() - start, status))
        print(f"  notebook {path.stem}: {results[-1][1]:.1f} s {status}", flush=True)
    return results


def time_suite() -> tuple[float, int, str]:
    """Wall time, exit code and pytest's closing line of the full test suite."""
    start = time.perf_counter()
    proc = subprocess.run(
        [str(venv_python()), "-m", "pytest", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SUITE_TIMEOUT_S,
    )
    elapsed = time.perf_counter() - start
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    summary = next(
        (line.strip("= ") for line in reversed(lines) if re.search(r"\d+ (passed|failed|error)", line)),
        lines[-1] if lines else "(no output)",
    )
    return elapsed, proc.returncode, summary


def time_import_helpers() -> tuple[float, float]:
    """Best of IMPORT_RUNS fresh interpreters: (``import helpers`` alone, interpreter start + import)."""
    code = "import time; t = time.perf_counter(); import helpers; print(time.perf_counter() - t)"
    inner, outer = [], []
    for _ in range(IMPORT_RUNS):
        start = time.perf_counter()
        proc = subprocess.run(
            [str(venv_python()), "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
        )
        outer.append(time.perf_counter() - start)
        inner.append(float(proc.stdout.strip().splitlines()[-1]))
    return min(inner), min(outer)


# =====================================================================================================
# Tables
# =====================================================================================================


@dataclass
class Table:
    """A table printed fixed-width on stdout and written as Markdown."""

    title: str
    header: list[str]
    rows: list[list[str]]
    right: set[int] = field(default_factory=set)  # right-aligned columns
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        widths = [max(len(str(cell)) for cell in column) for column in zip(self.header, *self.rows)]

        def line(cells: list[str]) -> str:
            return "  ".join(
                str(c).rjust(w) if i in self.right else str(c).ljust(w)
                for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()

        rule = "  ".join("-" * w for w in widths)
        out = [self.title, "=" * len(self.title), line(self.header), rule, *map(line, self.rows)]
        return "\n".join(out + [f"  {note}" for note in self.notes])

    def markdown(self) -> str:
        def row(cells: list[str]) -> str:
            return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"

        align = ["---:" if i in self.right else "---" for i in range(len(self.header))]
        out = [
            f"### {self.title}",
            "",
            row(self.header),
            "| " + " | ".join(align) + " |",
            *map(row, self.rows),
        ]
        if self.notes:
            out += [""] + [f"* {note}" for note in self.notes]
        return "\n".join(out)


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def verdict(ok: bool) -> str:
    return "yes" if ok else "NO"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-suite", action="store_true", help="do not time the test suite")
    parser.add_argument("--skip-notebooks", action="store_true", help="do not time the notebooks")
    parser.add_argument(
        "--corpus-only",
        action="store_true",
        help="only the corpus path and find_reuse (= --skip-suite --skip-notebooks)",
    )
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="corpus sizes in documents, comma-separated (default 100,1000,10000,100000)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)"
    )
    parser.add_argument("--naive-max", type=int, default=10_000, help="largest size to run the naive loop on")
    parser.add_argument(
        "--serial-max", type=int, default=10_000, help="largest size to run one-process Dask on"
    )
    parser.add_argument(
        "--reuse-sources",
        type=int,
        default=2_000,
        help="releases for find_reuse (10 articles each; 0 to skip)",
    )
    parser.add_argument(
        "--markdown", type=Path, default=ARTIFACTS / "bench.md", help="where to write the Markdown"
    )
    args = parser.parse_args(argv)
    if args.corpus_only:
        args.skip_suite = args.skip_notebooks = True
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    if not sizes or sizes[0] < 1:
        parser.error("--sizes needs positive numbers of documents")

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    header = [
        f"Framing Lab benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Python {platform.python_version()} ({sys.executable}) on {platform.system()} {platform.machine()}, "
        f"os.cpu_count() = {os.cpu_count()}" + (f", load average {load[0]:.2f} at start" if load else ""),
        f"corpus path: helpers.corpus on a Dask LocalCluster of {args.workers} worker process(es); wall-clock times",
    ]
    print("\n".join(header), flush=True)
    tables: list[Table] = []
    targets: list[list[str]] = []

    if not args.skip_notebooks:
        print("timing notebooks ...", flush=True)
        nbs = time_notebooks()
        tables.append(
            Table(
                "Notebooks: Run All in a fresh kernel (nbclient, as tools/build_notebooks.py; not saved)",
                ["notebook", "time", "status", f"< {TARGET_NOTEBOOK_S:.0f} s"],
                [
                    [name, seconds(t), status, verdict(t < TARGET_NOTEBOOK_S and status == "ok")]
                    for name, t, status in nbs
                ],
                right={1},
                notes=["time includes starting the kernel, as the build's figure does"],
            )
        )
        if nbs:
            name, slowest, _ = max(nbs, key=lambda row: row[1])
            targets.append(
                [
                    f"slowest notebook ({name})",
                    seconds(slowest),
                    f"< {TARGET_NOTEBOOK_S:.0f} s",
                    verdict(slowest < TARGET_NOTEBOOK_S and all(s == "ok" for *_, s in nbs)),
                ]
            )

    if not args.skip_suite:
        print("timing the test suite ...", flush=True)
        suite_s, code, summary = time_suite()
        targets.append(
            [
                "test suite (pytest -q)",
                seconds(suite_s),
                f"< {TARGET_SUITE_S:.0f} s",
                verdict(suite_s < TARGET_SUITE_S and code == 0) + ("" if code == 0 else f" (exit {code})"),
            ]
        )
        tables.append(
            Table(
                "Test suite",
                ["command", "time", "exit", "pytest says"],
                [[".venv/bin/python -m pytest -q", seconds(suite_s), str(code), summary]],
                right={1, 2},
            )
        )

    print("timing import helpers ...", flush=True)
    import_s, process_s = time_import_helpers()
    targets.append(
        [
            f"import helpers (best of {IMPORT_RUNS})",
            f"{import_s * 1000:.0f} ms",
            f"< {TARGET_IMPORT_S * 1000:.0f} ms",
            verdict(import_s < TARGET_IMPORT_S),
        ]
    )

    print("starting the LocalCluster ...", flush=True)
    rows: list[SizeRow] = []
    reuse: ReuseRun | None = None
    with dask_client(workers=args.workers) as client:
        warm = bench_corpus_docs(20)
        run_corpus_path(warm, client)  # untimed: load TextBlob, VADER and Punkt in every process
        run_corpus_path(warm, None)
        naive_student_loop(
            warm["text"].tolist()[:4], warm["group"].tolist()[:4], ("press_release", "newspaper")
        )
        for size in sizes:
            print(
                f"corpus of {size:,} documents (generating in a child process, then timing) ...", flush=True
            )
            corpus, _ = load_synthetic(size=size)
            row = bench_size(corpus, client, serial=size <= args.serial_max, naive=size <= args.naive_max)
            del corpus
            rows.append(row)
            print(
                f"  cluster {row.cluster.wall_s:.1f} s, {row.cluster.cpu_s:.1f} CPU s (peak {row.cluster.peak_mb:,.0f} MB)"
                + (f", one process {row.serial.wall_s:.1f} s" if row.serial else "")
                + (f", naive {row.naive_s:.1f} s" if row.naive_s is not None else "")
                + f", load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
        if args.reuse_sources:
            print(
                f"find_reuse: {args.reuse_sources:,} releases x {10 * args.reuse_sources:,} articles ...",
                flush=True,
            )
            reuse = bench_reuse(args.reuse_sources, client)
            print(f"  {reuse.wall_s:.1f} s, {reuse.scores}", flush=True)

    # Above --serial-max / --naive-max documents the one-process path and the naive loop are not
    # run: their time is the largest measured size's time per document times the documents,
    # shown with "~" and "scaled" (both are flat per document: a loop over documents).
    def measured(attr: str) -> SizeRow | None:
        done = [r for r in rows if (r.serial if attr == "serial" else r.naive_s) is not None]
        return max(done, key=lambda r: r.docs) if done else None

    def time_of(r: SizeRow, attr: str) -> tuple[float | None, bool]:
        value = (r.serial.wall_s if r.serial else None) if attr == "serial" else r.naive_s
        if value is not None:
            return value, False
        base = measured(attr)
        if base is None:
            return None, False
        base_s = base.serial.wall_s if attr == "serial" and base.serial else base.naive_s
        assert base_s is not None
        return base_s / base.docs * r.docs, True

    def opt(r: SizeRow, attr: str) -> str:
        value, scaled = time_of(r, attr)
        if value is None:
            return "not run"
        base = measured(attr)
        return f"~{seconds(value)} (scaled from {base.docs:,})" if scaled and base else seconds(value)

    def ratio(r: SizeRow, attr: str) -> str:
        value, scaled = time_of(r, attr)
        return "-" if value is None else f"{'~' if scaled else ''}{value / r.cluster.wall_s:.2f}x"

    tables.append(
        Table(
            "Corpus path on SYNTHETIC corpora (helpers.synthetic): frequencies + group comparison + sentence sentiment",
            [
                "docs",
                "words",
                f"LocalCluster ({args.workers} workers)",
                "CPU s (all processes)",
                "per 1k docs",
                "peak memory",
                "one-process Dask",
                "naive loop",
                "vs one process",
                "vs naive",
                "identical",
            ],
            [
                [
                    f"{r.docs:,}",
                    f"{r.words:,}",
                    seconds(r.cluster.wall_s),
                    f"{r.cluster.cpu_s:.1f}",
                    seconds(r.cluster.wall_s / r.docs * 1000),
                    f"{r.cluster.peak_mb:,.0f} MB",
                    opt(r, "serial"),
                    opt(r, "naive"),
                    ratio(r, "serial"),
                    ratio(r, "naive"),
                    {None: "-", True: "yes", False: "NO"}[r.identical],
                ]
                for r in rows
            ],
            right=set(range(10)),
            notes=[
                "documents: helpers.synthetic.synthetic_corpus, one press release per nine news articles, seed "
                f"{SEED}; articles of 250-600 words.",
                "each run: helpers.corpus.group_counts (tokens per group, once), corpus_frequencies, compare_groups "
                "(keyness + Dirichlet log-odds) and corpus_sentiment (TextBlob and VADER on every sentence, "
                "per document and per group with 1,000 bootstrap samples).",
                "naive loop: per document TextBlob(doc), .word_counts, .sentences and each sentence's .sentiment, "
                "then keyness of the two groups' summed counts (no VADER: it does less work than the corpus path).",
                "peak memory: resident set of this process and all its children (the cluster's nannies and "
                "workers), sampled every 0.2 s; the corpus is made in a child process and read from Parquet, as "
                "a user's corpus is read from a file; before each run, freed memory is handed back to the system "
                "(gc and malloc_trim), so an earlier run's leftovers are not counted.",
                "CPU s: user + system CPU seconds of this process and the cluster's processes during the run "
                "(on a shared machine, wall time depends on the load; CPU seconds much less).",
                "~ ... (scaled from N): not run at this size; the time per document measured at N documents "
                "times the documents (both loops do the same work per document).",
                "identical: every table of the one-process run equals the cluster's (pandas assert_frame_equal).",
                f"run up to {args.naive_max:,} (naive) and {args.serial_max:,} (one process) documents; "
                "scaled above.",
            ],
        )
    )
    largest = rows[-1]
    if largest.docs >= 100_000:
        targets.append(
            [
                f"{largest.docs:,} documents on the LocalCluster",
                seconds(largest.cluster.wall_s),
                f"< {TARGET_100K_S:.0f} s",
                verdict(largest.cluster.wall_s < TARGET_100K_S),
            ]
        )
    targets.append(
        [
            f"peak memory, {largest.docs:,} documents",
            f"{largest.cluster.peak_mb:,.0f} MB",
            f"< {TARGET_MEMORY_MB:,.0f} MB",
            verdict(largest.cluster.peak_mb < TARGET_MEMORY_MB),
        ]
    )
    at_10k = next((r for r in rows if r.docs == 10_000), None)
    if at_10k is not None and largest.docs > 10_000:
        growth = (largest.cluster.wall_s / largest.docs) / (at_10k.cluster.wall_s / at_10k.docs)
        targets.append(
            [
                f"flat cost: time per document, {largest.docs:,} vs 10,000 docs",
                f"{growth:.2f}x",
                f"<= {LINEAR_TOLERANCE:.2f}x",
                verdict(growth <= LINEAR_TOLERANCE),
            ]
        )
    identical = all(r.identical is not False for r in rows)
    targets.append(
        ["one-process and cluster results identical", "yes" if identical else "NO", "yes", verdict(identical)]
    )
    if reuse is not None:
        all_pairs_subset = reuse.all_pairs_per_pair_s * 200 * 2_000
        all_pairs_full = reuse.all_pairs_per_pair_s * reuse.sources * reuse.targets
        tables.append(
            Table(
                "find_reuse (MinHash LSH candidates + exact alignment) vs exact all-pairs alignment",
                [
                    "corpus",
                    "find_reuse",
                    "exact all-pairs (scaled)",
                    "ratio",
                    "peak memory",
                    "pairs with reuse",
                ],
                [
                    [
                        f"{reuse.sources:,} releases x {reuse.targets:,} articles",
                        seconds(reuse.wall_s),
                        seconds(all_pairs_full),
                        f"{all_pairs_full / reuse.wall_s:,.0f}x",
                        f"{reuse.peak_mb:,.0f} MB",
                        f"{reuse.pairs:,}",
                    ],
                    [
                        "subset: 200 x 2,000",
                        seconds(reuse.subset_s),
                        seconds(all_pairs_subset),
                        f"{all_pairs_subset / reuse.subset_s:,.1f}x",
                        "",
                        "",
                    ],
                ],
                right={1, 2, 3, 4, 5},
                notes=[
                    f"exact all-pairs: helpers.churn.shared_spans (min 5 words) on {ALL_PAIRS_SAMPLE:,} random pairs of "
                    f"the 200 x 2,000 subset ({reuse.all_pairs_per_pair_s * 1000:.2f} ms per pair, tokens made once), "
                    "scaled to every pair of the subset and of the whole corpus.",
                    "ground truth (pairs with churn >= 0.10): recall "
                    f"{reuse.scores['recall']:.3f}, precision {reuse.scores['precision']:.3f}, churn MAE "
                    f"{reuse.scores['churn_mae']:.4f} ({reuse.scores['true_pairs']:,} planted pairs, "
                    f"{reuse.scores['found_pairs']:,} found).",
                    "the subset's pairs found within the whole corpus equal those found in the subset alone: "
                    + ("yes" if reuse.identical_subset else "no")
                    + " (boilerplate shingles are counted over each corpus's own sources, so the candidates can differ)",
                ],
            )
        )
        targets.append(
            [
                f"find_reuse, {reuse.sources:,} x {reuse.targets:,}",
                seconds(reuse.wall_s),
                f"< {TARGET_REUSE_S:.0f} s",
                verdict(reuse.wall_s < TARGET_REUSE_S),
            ]
        )
        for name in ("recall", "precision"):
            targets.append(
                [
                    f"reuse {name} (churn >= 0.10)",
                    f"{reuse.scores[name]:.3f}",
                    f">= {TARGET_SCORE}",
                    verdict(reuse.scores[name] >= TARGET_SCORE),
                ]
            )
        targets.append(
            [
                "churn mean absolute error",
                f"{reuse.scores['churn_mae']:.4f}",
                f"<= {TARGET_MAE}",
                verdict(reuse.scores["churn_mae"] <= TARGET_MAE),
            ]
        )
    load_end = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load_end:
        header.append(f"load average {load_end[0]:.2f} at the end (other programs share the machine)")
    tables.insert(0, Table("Targets", ["measure", "value", "target", "met"], targets, right={1}))
    tables.append(
        Table(
            "import helpers",
            ["measure", "best of 5"],
            [
                ["import helpers (in a fresh interpreter)", f"{import_s * 1000:.0f} ms"],
                ["interpreter start + import helpers", f"{process_s * 1000:.0f} ms"],
            ],
            right={1},
        )
    )

    print()
    print("\n".join(header))
    for table in tables:
        print()
        print(table.text())
    args.markdown.parent.mkdir(parents=True, exist_ok=True)
    markdown = (
        "\n\n".join(
            [
                f"## {header[0]}",
                "\n".join(f"* {line}" for line in header[1:]),
                *(table.markdown() for table in tables),
            ]
        )
        + "\n"
    )
    args.markdown.write_text(markdown, encoding="utf-8")
    print(f"\nMarkdown: {args.markdown}")
    if not identical:
        print("FAILED: the one-process and cluster results differ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
