"""helpers.corpus, helpers.churn and helpers.synthetic: loading, measures, reuse against planted truth.

Also the real distributed run: a `dask scheduler` and two `dask worker` processes on 127.0.0.1,
started and stopped here, with find_reuse and compare_groups compared with the one-process result.
It takes ~10 s of process start-up, so the default suite skips it and .ci/run runs it explicitly:
``FRAMING_LAB_CLUSTER_TEST=1 .venv/bin/python -m pytest tests/test_corpus.py -k cluster -n0``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from helpers.churn import churn_of, covered_positions, shared_spans
from helpers.corpus import (
    CorpusError,
    compare_groups,
    corpus_frequencies,
    corpus_sentiment,
    corpus_voices,
    find_reuse,
    load_corpus,
    log_odds_dirichlet,
    reuse_scores,
)
from helpers.reuse import shared_passages
from helpers.synthetic import synthetic_corpus, write_synthetic_corpus
from helpers.tokens import tokenize

SEED = 2008


@pytest.fixture(scope="module")
def made():
    return synthetic_corpus(n_releases=40, articles_per_release=5, seed=SEED)


@pytest.fixture(scope="module")
def corpus(made):
    return made.corpus.assign(date=pd.to_datetime(made.corpus["date"]))


@pytest.fixture(scope="module")
def reuse(corpus):
    return find_reuse(corpus)


# --- loading -------------------------------------------------------------------------------------


def _fingerprint(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_load_csv_jsonl_parquet_give_the_same_corpus(tmp_path, made):
    small = made.corpus.head(12)
    small.to_csv(tmp_path / "c.csv", index=False)
    small.to_json(tmp_path / "c.jsonl", orient="records", lines=True)
    small.to_parquet(tmp_path / "c.parquet")
    before = _fingerprint(tmp_path)
    loaded = [load_corpus(tmp_path / name) for name in ("c.csv", "c.jsonl", "c.parquet")]
    assert _fingerprint(tmp_path) == before, "load_corpus must not write into the source"
    for frame in loaded:
        assert list(frame.columns[:6]) == ["id", "text", "group", "date", "source", "title"]
        assert frame["id"].tolist() == small["id"].tolist()
        assert frame["text"].tolist() == small["text"].tolist()
        assert str(frame["date"].iloc[0].date()) == small["date"].iloc[0]


def test_load_folder_with_catalogue(tmp_path):
    (tmp_path / "a.txt").write_text("Talks today.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("More talks.", encoding="utf-8")
    (tmp_path / "catalogue.csv").write_text(
        "id,file,title,genre,publisher,date\nrelease,a.txt,T,press_release,Office,2026-01-02\n",
        encoding="utf-8",
    )
    frame = load_corpus(tmp_path)
    assert frame[["id", "group", "source"]].values.tolist() == [
        ["release", "press_release", "Office"],
        ["b", "", ""],
    ]
    assert pd.isna(frame.loc[1, "date"]) and str(frame.loc[0, "date"].date()) == "2026-01-02"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ident,text\n1,a\n", "has no column 'id'"),
        ("id,body\n1,a\n", "no column 'text'"),
        ("id,text\n1,a\n1,b\n2,c\n", "1 id\\(s\\) are used by more than one document: '1'"),
        ("id,text\n1,a\n2,\n3,  \n", "2 of 3 documents have an empty text: '2', '3'"),
        ("id,text,date\n1,a,yesterday\n", "1 date\\(s\\) could not be read"),
    ],
)
def test_bad_tables_get_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(path)


def test_empty_texts_can_be_dropped_with_a_warning(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n1,a\n2,\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="left out 1 documents"):
        frame = load_corpus(path, empty="drop")
    assert frame["id"].tolist() == ["1"] and frame.attrs["dropped_empty"] == ["2"]


def test_missing_and_unsupported_sources(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope.csv")
    (tmp_path / "c.xlsx").write_bytes(b"x")
    with pytest.raises(CorpusError, match="reads a folder of .txt files"):
        load_corpus(tmp_path / "c.xlsx")
    with pytest.raises(CorpusError, match="no .txt files"):
        load_corpus(tmp_path)


# --- passages and churn: the course's rules ----------------------------------------------------------


def test_shared_spans_finds_what_helpers_reuse_finds(made):
    texts = made.corpus.set_index("id")["text"]
    for source_id, target_id in made.truth[["source_id", "target_id"]].head(8).itertuples(index=False):
        a, b = texts[source_id], texts[target_id]
        expected = shared_passages(a, b, n=5)[["start_a", "end_a", "start_b", "end_b"]]
        assert shared_spans(tokenize(a), tokenize(b), 5) == [tuple(row) for row in expected.values.tolist()]


def test_churn_counts_each_target_word_once():
    assert covered_positions([(0, 5), (2, 7), (9, 10)]) == 8
    spans = [(0, 5, 0, 5), (10, 15, 3, 8)]  # the same source passage twice overlapping in the target
    assert churn_of(spans, 10) == {"churn": 0.8, "words_shared": 8, "passages": 2}
    assert churn_of([], 0) == {"churn": 0.0, "words_shared": 0, "passages": 0}


# --- frequencies, group comparison, Dirichlet log-odds --------------------------------------------


def test_frequencies_sum_the_documents_tokens(corpus):
    table = corpus_frequencies(corpus)
    for group in ("press_release", "newspaper"):
        tokens = Counter(t for text in corpus.loc[corpus["group"] == group, "text"] for t in tokenize(text))
        mine = table[table["group"] == group].set_index("word")["count"]
        assert mine.to_dict() == dict(tokens)


def test_log_odds_dirichlet_matches_values_derived_by_hand():
    # Counts a: x=3, y=1 (n_a = 4); b: x=1, y=3 (n_b = 4); prior alpha_x = alpha_y = 2 (alpha_0 = 4).
    # delta_x = ln((3+2)/(4+4-3-2)) - ln((1+2)/(4+4-1-2)) = ln(5/3) - ln(3/5) = 2 ln(5/3) = 1.0216512
    # var_x = 1/(3+2) + 1/(1+2) = 0.2 + 0.3333333 = 0.5333333; z_x = 1.0216512 / 0.7302967 = 1.3989536
    table = log_odds_dirichlet({"x": 3, "y": 1}, {"x": 1, "y": 3}, prior={"x": 2, "y": 2}).set_index("word")
    assert table.loc["x", "log_odds"] == pytest.approx(1.0216512, abs=1e-7)
    assert table.loc["x", "log_odds_var"] == pytest.approx(0.5333333, abs=1e-7)
    assert table.loc["x", "log_odds_z"] == pytest.approx(1.3989536, abs=1e-7)
    assert table.loc["y", "log_odds_z"] == pytest.approx(-1.3989536, abs=1e-7)
    # Empirical prior (the two groups' counts added), unequal sizes: a: x=4, y=6 (10); b: x=1, y=9 (10).
    # alpha_x = 5, alpha_y = 15, alpha_0 = 20. delta_x = ln(9/21) - ln(6/24) = ln(0.4285714) - ln(0.25)
    #   = -0.8472979 + 1.3862944 = 0.5389965; var_x = 1/9 + 1/6 = 0.2777778; z_x = 1.0226740
    table = log_odds_dirichlet({"x": 4, "y": 6}, {"x": 1, "y": 9}).set_index("word")
    assert table.loc["x", "log_odds"] == pytest.approx(0.5389965, abs=1e-7)
    assert table.loc["x", "log_odds_z"] == pytest.approx(1.0226740, abs=1e-7)
    with pytest.raises(ValueError, match="prior needs a count"):
        log_odds_dirichlet({"x": 1}, {"y": 1}, prior={"x": 1})


def test_compare_groups_is_keyness_of_the_summed_counts(corpus):
    from helpers.keyness import keyness

    table = compare_groups(corpus, a="press_release", b="newspaper")
    counts = {
        g: Counter(t for text in corpus.loc[corpus["group"] == g, "text"] for t in tokenize(text))
        for g in ("press_release", "newspaper")
    }
    expected = keyness(counts["press_release"], counts["newspaper"], names=("press_release", "newspaper"))
    pd.testing.assert_frame_equal(table[expected.columns], expected)
    assert {"log_odds_z", "docs_press_release", "docs_newspaper"} <= set(table.columns)
    with pytest.raises(CorpusError, match="There is no group 'blogs'"):
        compare_groups(corpus, a="blogs", b="newspaper")


# --- sentiment and voices -----------------------------------------------------------------------------


def test_sentiment_per_document_and_group(corpus):
    from helpers.sentiment import sentence_sentiment

    small = corpus.head(6)
    result = corpus_sentiment(small, samples=200, seed=1)
    first = sentence_sentiment(small["text"].iloc[0])
    row = result.documents.iloc[0]
    assert row["sentences"] == len(first)
    assert row["polarity"] == pytest.approx(first["polarity"].mean())
    assert row["vader_compound"] == pytest.approx(first["vader_compound"].mean())
    groups = result.groups.set_index("group")
    for group, frame in result.documents.groupby("group"):
        assert (
            groups.loc[group, "polarity_low"]
            <= frame["polarity"].mean()
            <= groups.loc[group, "polarity_high"]
        )
    again = corpus_sentiment(small, samples=200, seed=1)
    pd.testing.assert_frame_equal(result.groups, again.groups)


def test_voices_per_document():
    frame = pd.DataFrame(
        {"id": ["a", "b"], "text": ['Ann said: "We will talk."', 'An "open quote that never ends']}
    )
    table = corpus_voices(frame)
    assert table.loc[0, ["words", "quote_words", "speakers"]].tolist() == [5, 3, 1]
    assert table.loc[1, "unbalanced_quotes"] == 1


# --- reuse against the planted ground truth ----------------------------------------------------------


def test_reuse_recall_precision_and_churn_error(made, reuse):
    scores = reuse_scores(reuse, made.truth, threshold=0.10)
    assert scores["true_pairs"] >= 100
    assert scores["recall"] >= 0.95, scores
    assert scores["precision"] >= 0.95, scores
    assert scores["churn_mae"] <= 0.03, scores


def test_no_source_is_dated_after_its_target(reuse, made):
    assert (reuse["days_after_source"].dropna() >= 0).all()
    # The follow-up releases share a recycled paragraph with earlier articles, which must not be theirs.
    dates = made.corpus.set_index("id")["date"]
    later = [(t, s) for t, s in zip(made.truth["target_id"], made.truth["source_id"]) if dates[s] > dates[t]]
    assert later == []
    limited = find_reuse(made.corpus.assign(date=pd.to_datetime(made.corpus["date"])), max_days=1)
    assert (limited["days_after_source"] <= 1).all() and len(limited) < len(reuse)


def test_find_reuse_rows_are_the_exact_alignment(corpus, reuse):
    texts = corpus.set_index("id")["text"]
    for row in reuse.head(5).itertuples(index=False):
        spans = shared_spans(tokenize(texts[row.source_id]), tokenize(texts[row.target_id]), 5)
        assert churn_of(spans, row.target_words) == {
            "churn": row.churn,
            "words_shared": row.words_shared,
            "passages": row.passages,
        }
    assert reuse["churn"].between(0, 1).all()


def test_results_do_not_depend_on_the_partitions(corpus, reuse):
    pd.testing.assert_frame_equal(find_reuse(corpus, npartitions=7), reuse)
    one = compare_groups(corpus, npartitions=1)
    pd.testing.assert_frame_equal(compare_groups(corpus, npartitions=5), one)
    sentiment = corpus_sentiment(corpus.head(20), npartitions=1, samples=100)
    other = corpus_sentiment(corpus.head(20), npartitions=4, samples=100)
    pd.testing.assert_frame_equal(sentiment.documents, other.documents)
    pd.testing.assert_frame_equal(sentiment.groups, other.groups)


def test_synthetic_corpus_is_seeded_and_labelled(tmp_path):
    one = synthetic_corpus(n_releases=6, articles_per_release=3, seed=5)
    two = synthetic_corpus(n_releases=6, articles_per_release=3, seed=5)
    pd.testing.assert_frame_equal(one.corpus, two.corpus)
    pd.testing.assert_frame_equal(one.truth, two.truth)
    assert (one.corpus["note"] == "synthetic: helpers.synthetic, seed 5").all()
    paths = write_synthetic_corpus(tmp_path, n_releases=3, articles_per_release=2, seed=5)
    assert "SYNTHETIC CORPUS" in paths["readme"].read_text(encoding="utf-8")
    assert len(load_corpus(paths["corpus"])) == 9


def test_planted_levels_come_out_near_their_names(made):
    means = made.truth.groupby("planted")["churn"].mean()
    assert means["whole"] > 0.85
    assert (
        abs(means["60%"] - 0.6) < 0.08 and abs(means["30%"] - 0.3) < 0.05 and abs(means["10%"] - 0.1) < 0.03
    )


# --- the real distributed run -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(
    os.environ.get("FRAMING_LAB_CLUSTER_TEST") != "1",
    reason="starts three processes (~10 s): .ci/run runs it with FRAMING_LAB_CLUSTER_TEST=1",
)
def test_a_real_dask_cluster_gives_the_one_process_result(corpus, reuse, tmp_path):
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1, then a Client to them."""
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [str(Path(sys.executable).with_name("dask"))]  # the CLI of this environment
    root = Path(__file__).resolve().parent.parent
    logs = []
    processes = []
    try:
        log = open(tmp_path / "scheduler.log", "w", encoding="utf-8")  # noqa: SIM115
        logs.append(log)
        processes.append(
            subprocess.Popen(
                [*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                cwd=root,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        for number in range(2):
            log = open(tmp_path / f"worker{number}.log", "w", encoding="utf-8")  # noqa: SIM115
            logs.append(log)
            processes.append(
                subprocess.Popen(
                    [
                        *dask,
                        "worker",
                        address,
                        "--host",
                        "127.0.0.1",
                        "--nworkers",
                        "1",
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--name",
                        f"w{number}",
                    ],
                    cwd=root,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        deadline = time.monotonic() + 60
        client = None
        while time.monotonic() < deadline:
            try:
                client = Client(address, timeout="5s")
                break
            except OSError:
                time.sleep(0.5)
        assert client is not None, "the scheduler did not start within 60 s"
        try:
            client.wait_for_workers(2, timeout=60)
            assert len(client.scheduler_info()["workers"]) == 2
            found = find_reuse(corpus, client=client, npartitions=4)
            pd.testing.assert_frame_equal(found, reuse)
            pd.testing.assert_frame_equal(
                compare_groups(corpus, client=client, npartitions=4), compare_groups(corpus)
            )
            workers_used = {w["name"] for w in client.scheduler_info()["workers"].values()}
            assert workers_used == {"w0", "w1"}
        finally:
            client.close()
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        for log in logs:
            log.close()
