"""Sentiment scores, and the words behind them: TextBlob, with VADER as a second opinion.

Two lexicon-based models, both working offline. They score in different ways, so their numbers
are not on one scale:

* **TextBlob** (its ``PatternAnalyzer``, the *pattern* lexicon: one entry per word sense, mostly
  adjectives; :func:`helpers.sentiment_lexicons.lexicon_sizes` counts it). ``polarity`` runs from
  -1 (negative) to +1 (positive) and ``subjectivity`` from 0 (factual) to 1 (opinion). A
  sentence's score is the **mean** of the lexicon words found in it, so a sentence without
  lexicon words scores 0.0 and 0.0, and one strong word scores as much as ten. Its negation
  handling is known to be weak: ``not bad`` is caught, but ``isn't bad`` is not (the contraction
  is not split), so "This isn't a bad idea" scores exactly like "This is a bad idea".
  :func:`assessments` shows which words produced a score.
* **VADER** (Hutto & Gilbert 2014), built for short social-media texts. Its ``compound`` score
  is a normalised **sum**: the valences of the lexicon words (-4 to +4, adjusted by its rules for
  negation, ``but``, capitals and intensifiers) are added up and squeezed into -1…+1 by
  ``sum / sqrt(sum**2 + 15)``. The more lexicon words a sentence has, the closer its compound
  moves to -1 or +1, and a whole text's compound is nearly always close to one of them: VADER is
  read sentence by sentence.


The two models often disagree on news prose, which is the point: a score is a model's reading,
not a fact about the text. To open a score up: :func:`lexicon_word_counts` (which words pull a
text's score), :func:`explain_sentences` (both models' words, sentence by sentence) and
:func:`vader_words` (what VADER actually looks up: not words glued to curly quotation marks).
What the lexicons say about single words is in :mod:`helpers.sentiment_lexicons`; scoring
sentences by hand and comparing with the models, in :mod:`helpers.annotation`.

Sentences come from :func:`helpers.tokens.sentences` (paragraphs first, then Punkt); paragraphs
from :func:`helpers.cleaning.split_paragraphs`.

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

from .cleaning import split_paragraphs
from .tokens import sentences, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Mapping

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
def vader_analyser() -> Any:
    """VADER's ``SentimentIntensityAnalyzer``, created once (it reads its lexicon file) and then reused.

    Example:
        >>> vader_analyser() is vader_analyser(), "good" in vader_analyser().lexicon
        (True, True)
    """
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


def paragraph_sentiment(text: str) -> pd.DataFrame:
    """One row per paragraph: ``paragraph`` (1-based), ``text``, ``polarity``, ``subjectivity``.

    Example:
        >>> frame = paragraph_sentiment("A good day.\\n\\nA bad night.")
        >>> frame["paragraph"].tolist(), frame["polarity"].round(2).tolist()
        ([1, 2], [0.7, -0.7])
    """
    import pandas as pd

    rows = [
        {"paragraph": number, "text": paragraph, **text_sentiment(paragraph)}
        for number, paragraph in enumerate(split_paragraphs(text), start=1)
    ]
    return pd.DataFrame(rows, columns=["paragraph", "text", "polarity", "subjectivity"])


def sentence_sentiment(text: str, *, vader: bool = True) -> pd.DataFrame:
    """One row per sentence: ``sentence_no`` (1-based), ``sentence``, TextBlob's ``polarity`` and
    ``subjectivity``, and VADER's ``vader_compound`` (left out when ``vader=False``).

    Example:
        >>> sentence_sentiment("This is not a bad idea.", vader=False).round(2).values.tolist()
        [[1, 'This is not a bad idea.', 0.35, 0.67]]
    """
    import pandas as pd

    rows = []
    for number, sentence in enumerate(sentences(text), start=1):
        row: dict[str, object] = {"sentence_no": number, "sentence": sentence, **text_sentiment(sentence)}
        if vader:
            row["vader_compound"] = vader_scores(sentence)["compound"]
        rows.append(row)
    columns = SENTENCE_COLUMNS if vader else SENTENCE_COLUMNS[:-1]
    return pd.DataFrame(rows, columns=columns)


def assessments(sentence: str) -> pd.DataFrame:
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
    rows = [
        {
            "words": " ".join(words),
            "polarity": float(polarity),
            "subjectivity": float(subjectivity),
            "negated": any(word in TEXTBLOB_NEGATIONS for word in words),
            "label": label or "",
        }
        for words, polarity, subjectivity, label in chunks
    ]
    return pd.DataFrame(rows, columns=ASSESSMENT_COLUMNS)


def assessment_table(text: str) -> pd.DataFrame:
    """For every sentence of ``text``, the lexicon words that scored it, one row per word (chunk).

    Columns: ``sentence_no``, ``sentence``, ``words``, ``polarity``, ``subjectivity``. Sentences
    without any lexicon word have no row (their TextBlob score is 0.0, 0.0).

    Example:
        >>> assessment_table("Talks in Moscow. A good day.")[["sentence_no", "words"]].values.tolist()
        [[2, 'good']]
    """
    import pandas as pd

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
    return {key: float(value) for key, value in vader_analyser().polarity_scores(sentence).items()}


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


def compare_models(text: str) -> pd.DataFrame:
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


# --- summaries and the words behind the scores -------------------------------------------------

SUMMARY_COLUMNS = ["words", "sentences", "lexicon_words", "polarity", "subjectivity", "vader_mean"]


def sentiment_summary(texts: Mapping[str, str]) -> pd.DataFrame:
    """One row per named text: its size, TextBlob's two scores, and VADER's mean sentence score.

    Columns: ``words`` (:func:`helpers.tokens.tokenize` tokens), ``sentences``, ``lexicon_words``
    (the words or phrases, like ``"not bad"``, that TextBlob found in its lexicon: its polarity
    and subjectivity are their average), ``polarity``, ``subjectivity`` and ``vader_mean`` (the
    mean of VADER's compound scores over the sentences: VADER is made for sentences, and its
    compound for a long text runs to ±1). The raw counts stand next to the scores they produce.
    The index is the names, in the order given.

    Example:
        >>> summary = sentiment_summary({"a": "A good day. Talks in Moscow.", "b": ""})
        >>> summary[["words", "sentences", "lexicon_words"]].values.tolist()
        [[6, 2, 1], [0, 0, 0]]
        >>> summary[["polarity", "subjectivity", "vader_mean"]].round(3).values.tolist()
        [[0.7, 0.6, 0.22], [0.0, 0.0, 0.0]]
    """
    import pandas as pd

    rows = []
    for name, text in texts.items():
        scored = sentence_sentiment(text)
        rows.append(
            {
                "text": name,
                "words": len(tokenize(text)),
                "sentences": len(scored),
                "lexicon_words": len(assessments(text)),
                **text_sentiment(text),
                "vader_mean": float(scored["vader_compound"].mean()) if len(scored) else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["text"] + SUMMARY_COLUMNS).set_index("text")


def lexicon_word_counts(text: str) -> pd.DataFrame:
    """The lexicon words TextBlob scored in ``text``, counted: which words make its polarity.

    One row per scored word or phrase (``words``, as in :func:`assessments`), with ``count`` (how
    many times it was scored), its ``polarity`` and ``subjectivity``, and ``total_polarity``
    (``count`` × ``polarity``: its pull on the text's score). The text's polarity is
    ``total_polarity.sum() / count.sum()``. Sorted by count (most first), then alphabetically.

    Example:
        >>> lexicon_word_counts("A good day. A good and bad night.").round(2).values.tolist()
        [['good', 2, 0.7, 0.6, 1.4], ['bad', 1, -0.7, 0.67, -0.7]]
    """
    table = assessment_table(text)
    counts = table.groupby("words", as_index=False).agg(
        count=("polarity", "size"), polarity=("polarity", "mean"), subjectivity=("subjectivity", "mean")
    )
    counts["total_polarity"] = counts["count"] * counts["polarity"]
    counts = counts.sort_values(["count", "words"], ascending=[False, True], kind="mergesort")
    return counts.reset_index(drop=True)[["words", "count", "polarity", "subjectivity", "total_polarity"]]


def _scored(pairs: Iterable[tuple[str, float]]) -> str:
    return ", ".join(f"{word} ({score:+.2f})" for word, score in pairs) or "–"


def vader_words(sentence: str) -> list[tuple[str, float]]:
    """The words of ``sentence`` that VADER finds in its lexicon, with their valence (−4…+4).

    VADER's own reading, not the course tokenizer's: it splits the sentence at spaces, strips
    *ASCII* punctuation from each piece and looks it up in lower case; intensifiers such as
    "very" only modify their neighbours and are left out. A word glued to a curly quotation mark
    (``“engage``) is therefore not found, while the same word in straight quotes is.

    Example:
        >>> vader_words('An "engage but beware" policy.'), vader_words("An “engage but beware” policy.")
        ([('engage', 1.4)], [])
    """
    import sys

    analyser = vader_analyser()
    module = sys.modules[type(analyser).__module__]
    found = []
    for token in module.SentiText(sentence).words_and_emoticons:
        word = token.lower()
        if word in analyser.lexicon and word not in module.BOOSTER_DICT:
            found.append((word, float(analyser.lexicon[word])))
    return found


def explain_sentences(sentences: Iterable[str]) -> pd.DataFrame:
    """Both models' scores for each sentence, with the lexicon words behind them, for reading.

    Columns: ``sentence``; ``textblob_words`` (the words TextBlob scored, with their polarity, as
    in :func:`assessments`: a negation or "very" is shown with its word); ``textblob_polarity``
    (their average); ``vader_words`` (the words VADER found in its lexicon, see
    :func:`vader_words`, with their valence from −4 to +4 *before* VADER's rules for negation,
    "but", capitals and intensifiers adjust them); and ``vader_compound``. ``"–"`` means no
    lexicon word.

    Example:
        >>> explain_sentences(["This isn't a bad idea."]).drop(columns="sentence").round(3).values.tolist()
        [['bad (-0.70)', -0.7, 'bad (-2.50)', 0.431]]
    """
    import pandas as pd

    rows = []
    for sentence in sentences:
        chunks = assessments(sentence)
        rows.append(
            {
                "sentence": sentence,
                "textblob_words": _scored(zip(chunks["words"], chunks["polarity"])),
                "textblob_polarity": text_sentiment(sentence)["polarity"],
                "vader_words": _scored(vader_words(sentence)),
                "vader_compound": vader_scores(sentence)["compound"],
            }
        )
    return pd.DataFrame(
        rows, columns=["sentence", "textblob_words", "textblob_polarity", "vader_words", "vader_compound"]
    )
