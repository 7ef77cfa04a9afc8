#!/usr/bin/env python3
"""A corpus report: the helpers.corpus measures on any corpus, as offline HTML and CSV tables.

    python3 course.py corpus SOURCE [--by group] [--a press_release --b newspaper]
                                    [--workers N | --scheduler ADDRESS] [--out reports/corpus]

SOURCE is what :func:`helpers.corpus.load_corpus` reads: a folder of .txt files (with an optional
catalogue.csv) or a .csv / .jsonl / .parquet file with id and text columns. Writes into --out:
index.html (self-contained, no network), frequencies.csv, compare_groups.csv, sentiment_documents.csv,
sentiment_groups.csv, voices.csv and reuse.csv. Nothing is written next to SOURCE.

--workers N runs on a LocalCluster of N worker processes; --scheduler ADDRESS on a running Dask
cluster; neither: one process (Dask's single-threaded scheduler). Results are the same.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.corpus import (  # noqa: E402
    CorpusError,
    compare_groups,
    corpus_frequencies,
    corpus_sentiment,
    corpus_voices,
    dask_client,
    find_reuse,
    load_corpus,
)

STYLE = """body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.9em}th,td{border:1px solid #ccc;padding:0.25em 0.5em}
th{background:#f3f3f3}td{text-align:right}td:first-child{text-align:left}.note{color:#555}"""


def _table(frame, rows: int = 25) -> str:
    return frame.head(rows).to_html(index=False, float_format=lambda x: f"{x:.3f}", border=0, escape=True)


def build_report(source: Path, out: Path, *, by: str, a: str | None, b: str | None, client) -> Path:
    corpus = load_corpus(source)
    out.mkdir(parents=True, exist_ok=True)
    print(f"{len(corpus):,} documents from {source}", flush=True)
    sections: list[str] = []
    groups = corpus[by].value_counts().sort_index() if by in corpus.columns else None
    if groups is not None:
        sections.append(
            "<h2>Documents per group</h2>" + _table(groups.rename_axis(by).reset_index(name="documents"))
        )

    print("frequencies ...", flush=True)
    frequencies = corpus_frequencies(corpus, by, client=client)
    frequencies.to_csv(out / "frequencies.csv", index=False)
    top = frequencies.groupby(by, sort=True).head(10) if by else frequencies.head(10)
    sections.append("<h2>Most frequent words</h2>" + _table(top, 60))

    labels = sorted(corpus[by].unique()) if by in corpus.columns else []
    if a is None and b is None and len(labels) == 2:
        # releases are the sources, news the targets, when the groups are the course's
        a, b = ("press_release", "newspaper") if set(labels) == {"press_release", "newspaper"} else labels
    if a and b:
        print(f"comparing {a} with {b} ...", flush=True)
        compared = compare_groups(corpus, by, a, b, client=client)
        compared.to_csv(out / "compare_groups.csv", index=False)
        columns = [
            "word",
            f"count_{a}",
            f"count_{b}",
            "log_likelihood",
            "log_ratio",
            "log_odds_z",
            "more_frequent_in",
        ]
        sections.append(
            f"<h2>Words that set {html.escape(a)} apart from {html.escape(b)}</h2>"
            '<p class="note">Keyness (log-likelihood, Log Ratio) on summed counts, and the log-odds z-score with '
            "an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008).</p>"
            + _table(compared[columns], 30)
        )
    print("sentiment (TextBlob and VADER per sentence) ...", flush=True)
    sentiment = corpus_sentiment(corpus, by if by in corpus.columns else None, client=client, progress=True)
    sentiment.documents.to_csv(out / "sentiment_documents.csv", index=False)
    sentiment.groups.to_csv(out / "sentiment_groups.csv", index=False)
    sections.append(
        '<h2>Sentiment per group</h2><p class="note">Means over documents of each document\'s mean sentence '
        "score, with 95% bootstrap intervals over documents.</p>" + _table(sentiment.groups)
    )
    print("voices ...", flush=True)
    voices = corpus_voices(corpus, client=client)
    voices.to_csv(out / "voices.csv", index=False)
    if by in corpus.columns:
        share = voices.assign(**{by: corpus[by].to_numpy()}).groupby(by)["quote_share"].mean().reset_index()
        sections.append("<h2>Share of words in quotation (mean per document)</h2>" + _table(share))
    if a and b:
        print(f"reuse: {b} taking passages from {a} ...", flush=True)
        reuse = find_reuse(corpus, source_group=a, target_group=b, by=by, client=client, progress=True)
        reuse.to_csv(out / "reuse.csv", index=False)
        strong = int((reuse["churn"] >= 0.10).sum())
        sections.append(
            f"<h2>Reuse: {html.escape(b)} documents sharing passages with {html.escape(a)} documents</h2>"
            f"<p>{len(reuse):,} pairs share at least one passage of 5 words or more; {strong:,} have a churn of "
            "10% or more (the share of the target's words in passages shared with that source).</p>"
            + _table(reuse.drop(columns=["target_date", "source_date"]), 40)
        )
    note = ""
    if "note" in corpus.columns and corpus["note"].astype(str).str.startswith("synthetic").all():
        note = "<p><strong>This corpus is SYNTHETIC</strong> (helpers.synthetic): nothing in it is real.</p>"
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Corpus report</title>'
        f"<style>{STYLE}</style></head><body><h1>Corpus report: {html.escape(source.name)}</h1>{note}"
        f"<p>{len(corpus):,} documents. Tables in full: the CSV files beside this page.</p>"
        + "".join(sections)
        + "</body></html>"
    )
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--by", default="group", help="the column that names each document's group")
    parser.add_argument("--a", help="first group (e.g. press_release); default: the first of two")
    parser.add_argument("--b", help="second group (e.g. newspaper)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, help="run on a LocalCluster of N worker processes")
    where.add_argument("--scheduler", help="run on the Dask cluster at this address (tcp://host:port)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports" / "corpus")
    args = parser.parse_args(argv)
    try:
        with dask_client(workers=args.workers, scheduler=args.scheduler) as client:
            index = build_report(args.source, args.out, by=args.by, a=args.a, b=args.b, client=client)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"report: {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
