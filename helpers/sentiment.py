"""Sentiment scores, and the words behind them: TextBlob, with VADER as a second opinion.

Two lexicon-based models, both working offline:

* **TextBlob** (its ``PatternAnalyzer``, the *pattern* lexicon of about 2,900 mostly adjectives).
  ``polarity`` runs from -1 (negative) to +1 (positive) and ``subjectivity`` from 0 (factual) to
  1 (opinion). A sentence's score is the *average* of the lexicon words found in it, so a
  sentence without lexicon words scores 0.0 and 0.0. Its negation handling is known to be weak:
  ``not bad`` is caught, but ``isn't bad`` is not (the contraction is not split), so
  "This isn't a bad idea" scores exactly like "This is a bad idea". :func:`assessments` shows
  which words produced a score, so students can see such limits for themselves.
* **VADER** (Hutto & Gilbert 2014), built for short social-media texts; its ``compound`` score
  runs from -1 to +1 and it handles contractions, ``but`` and intensifiers differently.

The two often disagree on news prose, which is the point: a score is a model's reading, not a
fact about the text. Sentences come from :func:`helpers.tokens.sentences` (paragraphs first,
then Punkt); paragraphs from :func:`helpers.cleaning.split_paragraphs`.

Example:
    >>> round(text_sentiment("A good day.")["polarity"], 2)
    0.7
    >>> sentence_sentiment("A good day. A bad night.")["polarity"].round(2).tolist()
    [0.7, -0.7]
"""

from __future__ import annotations

import functools
import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: VADER's conventional thresholds (Hutto & Gilbert): compound >= 0.05 is positive,
#: compound <= -0.05 is negative, anything in between is neutral.
VADER_THRESHOLD = 0.05
#: TextBlob's polarity is an average of lexicon scores, so 0 means "no opinion words" (or words
#: that cancel out). The tolerance only absorbs float rounding: "A good day. Bad night." scores
#: 5.55e-17, not 0. It is deliberately tiny: any real lexicon score is at least 0.01 away from 0.
TEXTBLOB_TOLERANCE = 1e-6
#: Words that TextBlob treats as negations (they flip and halve the next lexicon word's score).
TEXTBLOB_NEGATIONS = ("no", "not", "n't", "never")

ASSESSMENT_COLUMNS = ["words", "polarity", "subjectivity", "negated", "label"]
SENTENCE_COLUMNS = ["sentence_no", "sentence", "polarity", "subjectivity", "vader_compound"]


def _blob(text: str) -> Any:
    from textblob import TextBlob

    return TextBlob(text)


@functools.lru_cache(maxsize=1)
def _vader() -> Any:
    """The VADER analyser, created once (it reads its lexicon file) and then reused."""
    with warnings.catch_warnings():  # keep notebooks clean should a future version warn on load
        warnings.simplefilter("ignore")
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        return SentimentIntensityAnalyzer()


def text_sentiment(text: str) -> dict[str, float]:
    """TextBlob's polarity and subjectivity for the whole text (one average over all its words).

    Example:
        >>> text_sentiment("")
        {'polarity': 0.0, 'subjectivity': 0.0}
        >>> {k: round(v, 3) for k, v in text_sentiment("A bad idea.").items()}
        {'polarity': -0.7, 'subjectivity': 0.667}
    """
    score = _blob(text).sentiment
    return {"polarity": float(score.polarity), "subjectivity": float(score.subjectivity)}


def paragraph_sentiment(text: str) -> "pd.DataFrame":
    """One row per paragraph: ``paragraph`` (1-based), ``text``, ``polarity``, ``subjectivity``.

    Example:
        >>> frame = paragraph_sentiment("A good day.\\n\\nA bad night.")
        >>> frame["paragraph"].tolist(), frame["polarity"].round(2).tolist()
        ([1, 2], [0.7, -0.7])
    """
    import pandas as pd

    from .cleaning import split_paragraphs

    rows = [{"paragraph": number, "text": paragraph, **text_sentiment(paragraph)}
            for number, paragraph in enumerate(split_paragraphs(text), start=1)]
    return pd.DataFrame(rows, columns=["paragraph", "text", "polarity", "subjectivity"])


def sentence_sentiment(text: str, *, vader: bool = True) -> "pd.DataFrame":
    """One row per sentence: ``sentence_no`` (1-based), ``sentence``, TextBlob's ``polarity`` and
    ``subjectivity``, and VADER's ``vader_compound`` (left out when ``vader=False``).

    Example:
        >>> sentence_sentiment("This is not a bad idea.", vader=False).round(2).values.tolist()
        [[1, 'This is not a bad idea.', 0.35, 0.67]]
    """
    import pandas as pd

    from .tokens import sentences

    rows = []
    for number, sentence in enumerate(sentences(text), start=1):
        row: dict[str, object] = {"sentence_no": number, "sentence": sentence, **text_sentiment(sentence)}
        if vader:
            row["vader_compound"] = vader_scores(sentence)["compound"]
        rows.append(row)
    columns = SENTENCE_COLUMNS if vader else SENTENCE_COLUMNS[:-1]
    return pd.DataFrame(rows, columns=columns)


def assessments(sentence: str) -> "pd.DataFrame":
    """The lexicon words behind TextBlob's score for ``sentence``: why it scores as it does.

    One row per scored chunk, in reading order. ``words`` is the chunk as TextBlob found it,
    joined with spaces: a lexicon word, with any negation or intensifier that changed it
    (``"not bad"``, ``"very good"``). TextBlob does not report the modifier separately, so
    ``negated`` says whether the chunk contains a negation word (its score was flipped and
    halved). ``label`` is TextBlob's semantic label (``"mood"`` for emoticons, ``"irony"`` for
    ``(!)``), ``""`` if none. The sentence's polarity is the mean of the ``polarity`` column.
    A sentence without lexicon words gives an empty frame with these columns.

    Example:
        >>> assessments("This is not a bad idea.")[["words", "polarity", "negated"]].round(2).values.tolist()
        [['not bad', 0.35, True]]
        >>> assessments("This isn't a bad idea.")["words"].tolist()  # the contraction is missed
        ['bad']
        >>> len(assessments("Talks in Moscow."))
        0
    """
    import pandas as pd

    chunks = _blob(sentence).sentiment_assessments.assessments
    rows = [{"words": " ".join(words), "polarity": float(polarity), "subjectivity": float(subjectivity),
             "negated": any(word in TEXTBLOB_NEGATIONS for word in words), "label": label or ""}
            for words, polarity, subjectivity, label in chunks]
    return pd.DataFrame(rows, columns=ASSESSMENT_COLUMNS)


def assessment_table(text: str) -> "pd.DataFrame":
    """For every sentence of ``text``, the lexicon words that scored it, one row per word (chunk).

    Columns: ``sentence_no``, ``sentence``, ``words``, ``polarity``, ``subjectivity``. Sentences
    without any lexicon word have no row (their TextBlob score is 0.0, 0.0).

    Example:
        >>> assessment_table("Talks in Moscow. A good day.")[["sentence_no", "words"]].values.tolist()
        [[2, 'good']]
    """
    import pandas as pd

    from .tokens import sentences

    columns = ["sentence_no", "sentence", "words", "polarity", "subjectivity"]
    rows = []
    for number, sentence in enumerate(sentences(text), start=1):
        for row in assessments(sentence).to_dict("records"):
            rows.append({"sentence_no": number, "sentence": sentence, **row})
    return pd.DataFrame(rows, columns=columns + ["negated", "label"])[columns]


def vader_scores(sentence: str) -> dict[str, float]:
    """VADER's scores for ``sentence``: ``neg``, ``neu``, ``pos`` (proportions) and ``compound``.

    Example:
        >>> vader_scores("This isn't a bad idea.")["compound"] > 0  # VADER catches the negation
        True
        >>> vader_scores("")
        {'neg': 0.0, 'neu': 0.0, 'pos': 0.0, 'compound': 0.0}
    """
    return {key: float(value) for key, value in _vader().polarity_scores(sentence).items()}


def textblob_label(polarity: float) -> str:
    """``"positive"``, ``"negative"`` or ``"neutral"`` for a TextBlob polarity (see TEXTBLOB_TOLERANCE).

    Example:
        >>> textblob_label(0.35), textblob_label(5.55e-17), textblob_label(-0.125)
        ('positive', 'neutral', 'negative')
    """
    if polarity > TEXTBLOB_TOLERANCE:
        return "positive"
    if polarity < -TEXTBLOB_TOLERANCE:
        return "negative"
    return "neutral"


def vader_label(compound: float) -> str:
    """``"positive"``, ``"negative"`` or ``"neutral"`` for a VADER compound score (±VADER_THRESHOLD).

    Example:
        >>> vader_label(0.05), vader_label(0.049), vader_label(-0.5423)
        ('positive', 'neutral', 'negative')
    """
    if compound >= VADER_THRESHOLD:
        return "positive"
    if compound <= -VADER_THRESHOLD:
        return "negative"
    return "neutral"


def compare_models(text: str) -> "pd.DataFrame":
    """TextBlob and VADER side by side, one row per sentence, with where they disagree.

    Columns: ``sentence_no``, ``sentence``, ``textblob_polarity``, ``vader_compound``,
    ``textblob_label``, ``vader_label`` (see :func:`textblob_label` and :func:`vader_label` for
    the thresholds) and ``disagree`` (True when the labels differ, including neutral vs not).

    Example:
        >>> compare_models("This isn't a bad idea.")[["textblob_label", "vader_label", "disagree"]].values.tolist()
        [['negative', 'positive', True]]
    """
    scores = sentence_sentiment(text)
    frame = scores.rename(columns={"polarity": "textblob_polarity"}).drop(columns="subjectivity")
    frame["textblob_label"] = frame["textblob_polarity"].map(textblob_label)
    frame["vader_label"] = frame["vader_compound"].map(vader_label)
    frame["disagree"] = (frame["textblob_label"] != frame["vader_label"]).astype(bool)
    return frame
