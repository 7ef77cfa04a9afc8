"""`course.py corpus`: the offline HTML report and CSV tables, on a small synthetic corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import corpus_report

from helpers.synthetic import write_synthetic_corpus


def test_report_writes_html_and_tables_and_leaves_the_source_alone(tmp_path):
    source = tmp_path / "in"
    paths = write_synthetic_corpus(source, n_releases=3, articles_per_release=3, seed=4)
    before = {p.name: p.read_bytes() for p in source.iterdir()}
    out = tmp_path / "out"
    index = corpus_report.build_report(paths["corpus"], out, by="group", a=None, b=None, client=None)
    assert {p.name for p in source.iterdir()} == set(before)
    assert all(p.read_bytes() == before[p.name] for p in source.iterdir())
    page = index.read_text(encoding="utf-8")
    assert "This corpus is SYNTHETIC" in page and "http" not in page.replace("http-equiv", "")
    reuse = pd.read_csv(out / "reuse.csv")
    assert set(reuse["source_id"]) <= set(
        pd.read_csv(paths["corpus"]).query("group == 'press_release'")["id"]
    )
    for name in ("frequencies", "compare_groups", "sentiment_documents", "sentiment_groups", "voices"):
        assert len(pd.read_csv(out / f"{name}.csv")) > 0


def test_report_command_gives_a_clear_error_for_a_bad_source(tmp_path, capsys):
    assert corpus_report.main([str(tmp_path / "missing.csv"), "--out", str(tmp_path / "out")]) == 2
    assert "does not exist" in capsys.readouterr().err
