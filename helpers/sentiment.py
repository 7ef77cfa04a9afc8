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

So compare the models on the same unit: :func:`sentiment_summary` gives, for both, the mean of
the sentence scores (``polarity_mean``, ``vader_mean``) beside TextBlob's whole-text ``polarity``.
Before saying that one text is the more positive, :func:`compare_sentiment` asks whether the gap
between two texts' mean sentence scores is larger than reshuffling the sentences between them
would give (a permutation test, :func:`helpers.uncertainty.permutation_test`), and
:func:`comparison_sentences` says the result in words, claiming a difference only where the test
supports one.

The two models often disagree on news prose, which is the point: a score is a model's reading,
not a fact about the text. To open a score up: :func:`lexicon_word_counts` (which words pull a
text's score), :func:`explain_sentences` (both models' words, sentence by sentence) and
:func:`vader_words` (what VADER actually looks up: not words glued to curly quotation marks).
What the lexicons say about single words is in :mod:`helpers.sentiment_lexicons`; scoring
sentences by hand and comparing with the models, in :mod:`helpers.annotation`.

Sentences come from :func:`helpers.tokens.sentences` (paragraphs first, then Punkt); paragraphs
from :func:`helpers.paragraphs.split_paragraphs`.

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

from .paragraphs import split_paragraphs
from .tokens import sentences, tokenize
from .uncertainty import PERMUTATIONS, SEED, permutation_test

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
    polarity, subjectivity = _textblob_scores(text)
    return {"polarity": polarity, "subjectivity": subjectivity}


@functools.lru_cache(maxsize=4096)  # as _scored_chunks: a text's score never changes, and is asked often
def _textblob_scores(text: str) -> tuple[float, float]:
    score = _blob(text).sentiment
    return float(score.polarity), float(score.subjectivity)


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

    rows = [dict(zip(ASSESSMENT_COLUMNS, chunk)) for chunk in _scored_chunks(sentence)]
    return pd.DataFrame(rows, columns=ASSESSMENT_COLUMNS)


@functools.lru_cache(maxsize=4096)  # TextBlob's reading of a sentence never changes; it is asked often
def _scored_chunks(sentence: str) -> tuple[tuple[str, float, float, bool, str], ...]:
    """TextBlob's scored chunks of ``sentence``, one (words, polarity, subjectivity, negated, label) each."""
    return tuple(
        (
            " ".join(words),
            float(polarity),
            float(subjectivity),
            any(word in TEXTBLOB_NEGATIONS for word in words),
            label or "",
        )
        for words, polarity, subjectivity, label in _blob(sentence).sentiment_assessments.assessments
    )


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
        for chunk in _scored_chunks(sentence):
            rows.append({"sentence_no": number, "sentence": sentence, **dict(zip(ASSESSMENT_COLUMNS, chunk))})
    return pd.DataFrame(rows, columns=columns + ["negated", "label"])[columns]


def vader_scores(sentence: str) -> dict[str, float]:
    """VADER's scores for ``sentence``: ``neg``, ``neu``, ``pos`` (proportions) and ``compound``.

    Example:
        >>> vader_scores("This isn't a bad idea.")["compound"] > 0  # VADER catches the negation
        True
        >>> vader_scores("")
        {'neg': 0.0, 'neu': 0.0, 'pos': 0.0, 'compound': 0.0}
    """
    return dict(_vader_scores(sentence))


@functools.lru_cache(maxsize=4096)
def _vader_scores(sentence: str) -> tuple[tuple[str, float], ...]:
    return tuple((key, float(value)) for key, value in vader_analyser().polarity_scores(sentence).items())


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

SENTIMENT_SUMMARY_COLUMNS = [
    "words",
    "sentences",
    "lexicon_words",
    "polarity",
    "subjectivity",
    "polarity_mean",
    "vader_mean",
]
#: The two models' sentence scores that :func:`compare_sentiment` compares: (model, column).
MODEL_SCORES = (("TextBlob", "polarity"), ("VADER", "vader_compound"))
COMPARISON_COLUMNS = [
    "model",
    "score",
    "mean_a",
    "mean_b",
    "difference",
    "higher",
    "p_value",
    "splits",
    "method",
]


def sentiment_summary(texts: Mapping[str, str]) -> pd.DataFrame:
    """One row per named text: its size, TextBlob's scores, and both models' mean sentence scores.

    Columns: ``words`` (:func:`helpers.tokens.tokenize` tokens), ``sentences``, ``lexicon_words``
    (the words or phrases, like ``"not bad"``, that TextBlob found in its lexicon), ``polarity``
    and ``subjectivity`` (TextBlob on the whole text: one mean over all those lexicon words),
    ``polarity_mean`` (the mean of TextBlob's sentence polarities) and ``vader_mean`` (the mean
    of VADER's sentence compounds). Compare the models on ``polarity_mean`` and ``vader_mean``,
    which are made the same way; a whole text's VADER compound runs to ±1 (see the module
    docstring). The raw counts stand next to the scores they produce. The index is the names,
    in the order given.

    Example:
        >>> summary = sentiment_summary({"a": "A good day. Talks in Moscow.", "b": ""})
        >>> summary[["words", "sentences", "lexicon_words"]].values.tolist()
        [[6, 2, 1], [0, 0, 0]]
        >>> summary[["polarity", "subjectivity", "polarity_mean", "vader_mean"]].round(3).values.tolist()
        [[0.7, 0.6, 0.35, 0.22], [0.0, 0.0, 0.0, 0.0]]
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
                "polarity_mean": float(scored["polarity"].mean()) if len(scored) else 0.0,
                "vader_mean": float(scored["vader_compound"].mean()) if len(scored) else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["text"] + SENTIMENT_SUMMARY_COLUMNS).set_index("text")


def compare_sentiment(
    scores_a: pd.DataFrame | str,
    scores_b: pd.DataFrame | str,
    *,
    names: tuple[str, str] = ("a", "b"),
    permutations: int = PERMUTATIONS,
    seed: int = SEED,
) -> pd.DataFrame:
    """Is one text's mean sentence score higher than the other's by more than chance? Both models.

    For TextBlob's ``polarity`` and VADER's ``vader_compound``, the mean over each text's
    sentences, their difference, and a permutation test over sentences
    (:func:`helpers.uncertainty.permutation_test`): the share of random reshufflings of the
    sentences between the two texts that give a gap at least as large. Both models are compared
    on the same unit, the sentence.

    Args:
        scores_a, scores_b: each text's :func:`sentence_sentiment` table, or the text itself.
        names: the two texts' names, used in ``higher``.
        permutations, seed: as for :func:`helpers.uncertainty.permutation_test`.

    Returns:
        One row per model: ``model`` (``"TextBlob"``, ``"VADER"``), ``score`` (the column
        compared), ``mean_a`` and ``mean_b``, ``difference`` (a − b), ``higher`` (the name of the
        text with the higher mean; ``""`` if equal), ``p_value``, ``splits`` (how many splits of
        the sentences were counted or drawn) and ``method`` (exact, or random with its seed). The names are
        in ``table.attrs["names"]``.

    Example:
        >>> table = compare_sentiment("A good day. A fine plan.", "A bad day. An awful plan.", names=("up", "down"))
        >>> table[["model", "higher", "p_value"]].round(3).values.tolist()
        [['TextBlob', 'up', 0.333], ['VADER', 'up', 0.333]]
    """
    import pandas as pd

    name_a, name_b = names
    if name_a == name_b:
        raise ValueError(f"names must be two different labels; got {names!r}")
    tables = []
    for name, scores in ((name_a, scores_a), (name_b, scores_b)):
        table = sentence_sentiment(scores) if isinstance(scores, str) else scores
        missing = [column for _, column in MODEL_SCORES if column not in getattr(table, "columns", ())]
        if missing:
            raise ValueError(
                f"The scores of {name!r} lack the column(s) {', '.join(missing)}: pass the text, "
                "or its table from sentence_sentiment(text)."
            )
        if len(table) == 0:
            raise ValueError(f"{name!r} has no sentences: there is nothing to compare.")
        tables.append(table)
    rows = []
    testable = min(len(tables[0]), len(tables[1])) >= 2
    for model, column in MODEL_SCORES:
        values_a, values_b = tables[0][column].astype(float), tables[1][column].astype(float)
        if testable:
            result = permutation_test(values_a, values_b, permutations=permutations, seed=seed)
        else:  # one sentence cannot be reshuffled: the means are shown, the difference is not tested
            result = {
                "mean_a": float(values_a.mean()),
                "mean_b": float(values_b.mean()),
                "difference": float(values_a.mean() - values_b.mean()),
                "p_value": float("nan"),
                "splits": 0,
                "method": "not tested (a text has fewer than two sentences)",
            }
        difference = float(result["difference"])
        rows.append(
            {
                "model": model,
                "score": column,
                "mean_a": result["mean_a"],
                "mean_b": result["mean_b"],
                "difference": difference,
                "higher": name_a if difference > 0 else name_b if difference < 0 else "",
                "p_value": result["p_value"],
                "splits": result["splits"],
                "method": result["method"],
            }
        )
    table = pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
    table.attrs["names"] = (name_a, name_b)
    return table


def comparison_sentences(
    comparison: pd.DataFrame, *, alpha: float = 0.05, unit: str = "text", brief: bool = False
) -> str:
    """What a :func:`compare_sentiment` table supports, in words a student can check.

    One sentence per model, then a conclusion. A text is called "more positive" by a model only
    when that model's p-value is below ``alpha``; otherwise the sentence says how often random
    reshufflings gave a gap at least as large, and that the scores do not show a difference.
    ``unit`` names what is compared: ``"text"`` (two texts), or e.g. ``"voice"`` for two voices of
    one article, so that the sentences say "between the two voices".

    Example:
        >>> table = compare_sentiment("A good day. Talks.", "A good night. Talks.", names=("a", "b"))
        >>> print(comparison_sentences(table))  # doctest: +NORMALIZE_WHITESPACE
        TextBlob's mean sentence score is +0.350 for a and +0.350 for b: no difference at all. VADER's
        mean sentence score is +0.220 for a and +0.220 for b: no difference at all. Neither model
        shows that one text is more positive than the other.

    ``brief=True`` leaves out the two means (for a notebook that has just stated them) and keeps
    the rest: for each model, how often the deals gave a gap at least as large, the p-value, and
    what that supports; then the same conclusion.

        >>> table = compare_sentiment("A good day. Talks.", "A bad night. Talks.", names=("a", "b"))
        >>> print(comparison_sentences(table, brief=True))  # doctest: +NORMALIZE_WHITESPACE
        TextBlob: a gap at least this large in 67% of all 6 possible deals (p = 0.67), within what
        chance gives. VADER: a gap at least this large in 67% of all 6 possible deals (p = 0.67),
        within what chance gives. Neither model shows that one text is more positive than the other.
    """
    name_a, name_b = comparison.attrs.get("names", ("a", "b"))
    parts, supported = [], []
    for row in comparison.itertuples(index=False):
        if brief:
            parts.append(_brief_sentence(row, alpha, unit))
            if row.higher and row.splits and row.p_value < alpha:
                supported.append(row.model)
            continue
        means = (
            f"{row.model}'s mean sentence score is {row.mean_a:+.3f} for {name_a} "
            f"and {row.mean_b:+.3f} for {name_b}"
        )
        if row.higher == "":
            parts.append(f"{means}: no difference at all.")
            continue
        if row.splits == 0:
            parts.append(
                f"{means}; a {unit} of one sentence leaves nothing to reshuffle, so the gap is not tested and "
                f"{row.model}'s scores do not show a difference."
            )
            continue
        if row.method.startswith("exact"):
            reshuffles = f"all {row.splits:,} ways of dealing the sentences out between the two {unit}s"
        else:
            reshuffles = f"{row.splits:,} random reshufflings of the sentences between the two {unit}s"
        if row.p_value < alpha:
            supported.append(row.model)
            parts.append(
                f"{means}; a gap this large came up in only {_share(row.p_value)} of {reshuffles} "
                f"(p = {_p(row.p_value)}), so by {row.model}'s reading the sentences of {row.higher} "
                "are more positive on average."
            )
        else:
            parts.append(
                f"{means}; a gap at least this large came up in {_share(row.p_value)} of {reshuffles} "
                f"(p = {_p(row.p_value)}): within what chance alone gives, so {row.model}'s scores do "
                "not show a difference."
            )
    if not supported:
        parts.append(f"Neither model shows that one {unit} is more positive than the other.")
    elif len(supported) < len(comparison):
        parts.append(f"Only {supported[0]} supports a difference; the other model does not.")
    return " ".join(parts)


def _brief_sentence(row, alpha: float, unit: str) -> str:
    """One model's row of a :func:`compare_sentiment` table in one short sentence, without the means."""
    if row.higher == "":
        return f"{row.model}: the two means are equal, no difference at all."
    if row.splits == 0:
        return f"{row.model}: a {unit} of one sentence leaves nothing to reshuffle, so the gap is not tested."
    deals = (
        f"all {row.splits:,} possible deals"
        if row.method.startswith("exact")
        else f"{row.splits:,} random deals"
    )
    if row.p_value < alpha:
        return (
            f"{row.model}: a gap this large in only {_share(row.p_value)} of {deals} (p = {_p(row.p_value)}), "
            f"so by {row.model}'s reading the sentences of {row.higher} are more positive on average."
        )
    return (
        f"{row.model}: a gap at least this large in {_share(row.p_value)} of {deals} "
        f"(p = {_p(row.p_value)}), within what chance gives."
    )


def _share(p_value: float) -> str:
    """A p-value as a share of reshufflings, in words: ``72%``, ``0.4%``, ``less than 0.1%``."""
    if p_value < 0.001:
        return "less than 0.1%"
    if p_value < 0.1:
        return f"{p_value:.1%}"
    return f"{p_value:.0%}"


def _p(p_value: float) -> str:
    return "< 0.001" if p_value < 0.001 else f"{p_value:.3f}" if p_value < 0.1 else f"{p_value:.2f}"


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


_EXPLAIN_FIX = (
    'Pass a list of sentences, such as explain_sentences(sample["sentence"]) or '
    'explain_sentences(["The talks were useful."]).'
)


def _sentences_to_explain(sentences: object) -> list[str]:
    """``sentences`` as a list of strings, or a ``TypeError`` that names the fix."""
    import numbers

    if isinstance(sentences, str):
        raise TypeError(
            "explain_sentences needs a list of sentences, not one piece of text (it would score it letter by "
            f"letter). {_EXPLAIN_FIX}"
        )
    if not hasattr(sentences, "__iter__"):
        raise TypeError(f"explain_sentences needs a list of sentences, not {sentences!r}. {_EXPLAIN_FIX}")
    items = list(sentences)
    for position, item in enumerate(items, start=1):
        if not isinstance(item, str):
            number = isinstance(item, numbers.Number)
            shown, kind = (item, "a number") if number else (repr(item)[:60], f"a {type(item).__name__}")
            raise TypeError(
                f"explain_sentences needs the sentences themselves, as text, but item {position} is "
                f"{shown} ({kind}). {_EXPLAIN_FIX}"
            )
    return items


def explain_sentences(sentences: Iterable[str]) -> pd.DataFrame:
    """Both models' scores for each sentence, with the lexicon words behind them, for reading.

    Columns: ``sentence``; ``textblob_words`` (the words TextBlob scored, with their polarity, as
    in :func:`assessments`: a negation or "very" is shown with its word); ``textblob_polarity``
    (their average); ``vader_words`` (the words VADER found in its lexicon, see
    :func:`vader_words`, with their valence from −4 to +4 *before* VADER's rules for negation,
    "but", capitals and intensifiers adjust them); and ``vader_compound``. ``"–"`` means no
    lexicon word.

    ``sentences`` must be a list (or column) of sentences as text: one text on its own, or a
    sentence number such as ``8``, raises a ``TypeError`` that says what to pass instead.

    Example:
        >>> explain_sentences(["This isn't a bad idea."]).drop(columns="sentence").round(3).values.tolist()
        [['bad (-0.70)', -0.7, 'bad (-2.50)', 0.431]]
        >>> explain_sentences([8])
        Traceback (most recent call last):
        ...
        TypeError: explain_sentences needs the sentences themselves, as text, but item 1 is 8 (a number). Pass a list of sentences, such as explain_sentences(sample["sentence"]) or explain_sentences(["The talks were useful."]).
    """
    import pandas as pd

    rows = []
    for sentence in _sentences_to_explain(sentences):
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


#: The stance labels of notebook 04's exercise (a position towards a stated target, as in stance-detection
#: tasks), each with the sentiment label it is set beside when a reader's stance is compared with a model.
STANCE_LABELS = {"favour": "positive", "against": "negative", "none": "neutral"}


def stance_as_sentiment(labels: object) -> object:
    """Map stance labels ("favour", "against", "none") to the sentiment labels they are compared with.

    Anything that is not a list or tuple, and any label that is not a stance label, is returned
    unchanged, so that :func:`helpers.annotation.label_problem` can still say what is wrong with it.

    Example:
        >>> stance_as_sentiment(["favour", " Against ", "none"])
        ['positive', 'negative', 'neutral']
        >>> stance_as_sentiment("favour")
        'favour'
    """
    if not isinstance(labels, (list, tuple)):
        return labels
    return [
        STANCE_LABELS.get(label.strip().lower(), label) if isinstance(label, str) else label
        for label in labels
    ]
