"""What lets the corpus path scale changes no result: block-wise bootstrap, fast sentence scores."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import corpus as corpus_module
from helpers.corpus import corpus_sentiment
from helpers.sentiment import text_sentiment, vader_scores
from helpers.synthetic import synthetic_corpus
from helpers.tokens import sentences


@pytest.fixture(scope="module")
def small() -> pd.DataFrame:
    return synthetic_corpus(n_releases=6, articles_per_release=9, seed=3, check_tokens=False).corpus


def _one_draw_groups(documents: pd.DataFrame, samples: int, seed: int) -> pd.DataFrame:
    """The bootstrap as first written: one draw of the whole samples x documents array per group."""
    rng = np.random.default_rng(seed)
    rows = []
    for label, frame in documents.groupby("group", sort=True):
        row: dict[str, object] = {"group": label, "documents": len(frame)}
        picks = rng.integers(0, len(frame), size=(samples, len(frame)))
        for column in ("polarity", "vader_compound"):
            values = frame[column].to_numpy(dtype=float)
            means = values[picks].mean(axis=1)
            row[f"{column}_mean"] = float(values.mean())
            row[f"{column}_low"] = float(np.percentile(means, 2.5))
            row[f"{column}_high"] = float(np.percentile(means, 97.5))
        rows.append(row)
    return pd.DataFrame(rows)


@pytest.mark.parametrize("block", [1, 7, 100, 10**9])
def test_bootstrap_in_blocks_equals_one_draw(small: pd.DataFrame, block: int, monkeypatch) -> None:
    monkeypatch.setattr(corpus_module, "BOOTSTRAP_BLOCK_VALUES", block)
    result = corpus_sentiment(small, samples=300, seed=4)
    pd.testing.assert_frame_equal(result.groups, _one_draw_groups(result.documents, 300, 4))


def test_documents_scores_equal_the_libraries_sentence_by_sentence(small: pd.DataFrame) -> None:
    documents = corpus_sentiment(small, samples=10).documents
    for (_, doc), text in zip(documents.iterrows(), small["text"]):
        said = sentences(text)
        blob = [text_sentiment(s) for s in said]
        vader = [vader_scores(s)["compound"] for s in said]
        assert doc["sentences"] == len(said)
        assert doc["polarity"] == sum(b["polarity"] for b in blob) / len(said)
        assert doc["subjectivity"] == sum(b["subjectivity"] for b in blob) / len(said)
        assert doc["vader_compound"] == sum(vader) / len(said)
