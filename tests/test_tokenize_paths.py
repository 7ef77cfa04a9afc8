"""tokenize's default path (no spans made, for corpora) gives exactly token_spans's tokens."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from helpers.synthetic import synthetic_corpus
from helpers.texts import load_text, text_ids
from helpers.tokens import token_spans, tokenize

DATA = Path(__file__).resolve().parent / "data"

TRICKY = [
    "Johnson's visit, Johnson\u2019s visit, JOHNSON'S VISIT, it's, It\u2019s, that's, let's go.",
    "The U.S. and e.g. a.m. 10:30 8.10am \u00a310bn 35,000 1990s 2.5% 50th KAB-500s COVID-19 G7.",
    "face-to-face, 5-year-old, rock'n'roll, o'clock, ma'am, the boss's, the bosses', 's",
    "\u039f\u0394\u039f\u03a3's \u03a3's word'\u017f K\u212a's \u0130stanbul's \u00df's",
    "``quoted'' `single' \u2018curly\u2019 \u02bcmodifier\u02bc --- ... _under_score_ 3_000",
    "",
    "   \n\n  ",
]


def _both(text: str) -> tuple[list[str], list[str]]:
    return tokenize(text), [span.token for span in token_spans(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_strings(text: str) -> None:
    fast, spans = _both(text)
    assert fast == spans


def test_course_texts_news_tokens_and_a_synthetic_corpus() -> None:
    texts = [load_text(i).raw for i in text_ids()]
    with (DATA / "news_tokens.csv").open(encoding="utf-8") as handle:
        texts += [" ".join(row.values()) for row in csv.DictReader(handle)]
    texts += list(
        synthetic_corpus(n_releases=5, articles_per_release=9, seed=11, check_tokens=False).corpus["text"]
    )
    for text in texts:
        fast, spans = _both(text)
        assert fast == spans, text[:80]
    assert sum(len(tokenize(t)) for t in texts) > 10_000


def test_the_other_settings_still_use_token_spans() -> None:
    text = "Johnson's \u00a310bn visit"
    assert tokenize(text, lower=False) == ["Johnson", "\u00a310bn", "visit"]
    assert tokenize(text, numbers="drop") == ["johnson", "visit"]
    assert tokenize(text, strip_possessive=False) == ["johnson's", "\u00a310bn", "visit"]
    with pytest.raises(ValueError, match="numbers must be"):
        tokenize(text, numbers="nope")  # type: ignore[arg-type]
