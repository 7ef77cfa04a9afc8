"""Sentiment scores, and the words behind them: TextBlob, with VADER as a second opinion.

Two lexicon-based models, both working offline:

* **TextBlob** (its ``PatternAnalyzer``, the *pattern* lexicon: one entry per word sense, mostly adjectives;
  :func:`lexicon_sizes` counts it).
  ``polarity`` runs from -1 (negative) to +1 (positive) and ``subjectivity`` from 0 (factual) to
  1 (opinion). A sentence's score is the *average* of the lexicon words found in it, so a
  sentence without lexicon words scores 0.0 and 0.0. Its negation handling is known to be weak:
  ``not bad`` is caught, but ``isn't bad`` is not (the contraction is not split), so
  "This isn't a bad idea" scores exactly like "This is a bad idea". :func:`assessments` shows
  which words produced a score, so students can see such limits for themselves.
* **VADER** (Hutto & Gilbert 2014), built for short social-media texts; its ``compound`` score
  runs from -1 to +1 and it handles contractions, ``but`` and intensifiers differently.

The two often disagree on news prose, which is the point: a score is a model's reading, not a
fact about the text. To open a score up: :func:`sentiment_summary` (scores beside the counts they
come from), :func:`lexicon_word_counts` (which words pull a text's score), :func:`explain_sentences`
(both models' words, sentence by sentence), :func:`lexicon_lookup` and :func:`textblob_senses`
(what the lexicons say about a word, sense by sense), :func:`vader_words` (what VADER actually
looks up: not words glued to curly quotation marks). :func:`spread_sample` and
:func:`label_agreement` set up scoring sentences by hand and comparing with both models.

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

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Mapping, Sequence

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


def paragraph_sentiment(text: str) -> pd.DataFrame:
    """One row per paragraph: ``paragraph`` (1-based), ``text``, ``polarity``, ``subjectivity``.

    Example:
        >>> frame = paragraph_sentiment("A good day.\\n\\nA bad night.")
        >>> frame["paragraph"].tolist(), frame["polarity"].round(2).tolist()
        ([1, 2], [0.7, -0.7])
    """
    import pandas as pd

    from .cleaning import split_paragraphs

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

    from .tokens import sentences

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


# --- notebook 04: summaries, lexicon look-ups, and scoring sentences by hand ---------------------

SUMMARY_COLUMNS = ["words", "sentences", "lexicon_words", "polarity", "subjectivity", "vader_mean"]
LOOKUP_COLUMNS = ["word", "textblob_polarity", "textblob_subjectivity", "vader_valence"]
LABELS = ("positive", "negative", "neutral")


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

    from .tokens import tokenize

    rows = []
    for name, text in texts.items():
        sentences = sentence_sentiment(text)
        rows.append(
            {
                "text": name,
                "words": len(tokenize(text)),
                "sentences": len(sentences),
                "lexicon_words": len(assessments(text)),
                **text_sentiment(text),
                "vader_mean": float(sentences["vader_compound"].mean()) if len(sentences) else 0.0,
            }
        )
    return pd.DataFrame(rows, columns=["text"] + SUMMARY_COLUMNS).set_index("text")


def lexicon_lookup(words: Iterable[str], *, missing: str | None = None) -> pd.DataFrame:
    """What each lexicon makes of single words: TextBlob's scores and VADER's valence.

    ``textblob_polarity`` and ``textblob_subjectivity`` are TextBlob's scores for the word on its
    own (−1…+1 and 0…1); ``vader_valence`` is the word's entry in VADER's lexicon, the mean
    rating of ten human raters on a scale from −4 (extremely negative) to +4 (extremely positive).
    A word missing from a lexicon gets ``NaN`` there (that model ignores it), or the string
    ``missing`` if one is given, for a table meant for reading (scores are then rounded to 3
    decimals). Words are looked up in lower case, as both models do.

    Example:
        >>> lexicon_lookup(["vital", "robust", "Moscow"], missing="–").values.tolist()
        [['vital', 0.1, 0.4, 1.2], ['robust', '–', '–', 1.4], ['moscow', '–', '–', '–']]
        >>> lexicon_lookup(["robust"])["textblob_polarity"].isna().tolist()
        [True]
    """
    import pandas as pd

    lexicon = _vader().lexicon
    rows = []
    for word in words:
        word = word.strip().lower()
        found = assessments(word)
        rows.append(
            {
                "word": word,
                "textblob_polarity": float(found["polarity"].mean()) if len(found) else float("nan"),
                "textblob_subjectivity": float(found["subjectivity"].mean()) if len(found) else float("nan"),
                "vader_valence": float(lexicon[word]) if word in lexicon else float("nan"),
            }
        )
    frame = pd.DataFrame(rows, columns=LOOKUP_COLUMNS)
    if missing is not None:
        scores = frame.columns[1:]
        frame[scores] = frame[scores].round(3).astype(object).where(frame[scores].notna(), missing)
    return frame


def spread_sample(texts: Mapping[str, str], per_text: int = 5) -> pd.DataFrame:
    """``per_text`` sentences of each text, spread evenly across TextBlob's scores, in reading order.

    Deterministic: each text's sentences are sorted by TextBlob polarity (ties by sentence
    number) and the sentences at evenly spaced ranks are kept, from the lowest to the highest
    score (for 17 sentences and 5 per text: ranks 1, 5, 9, 13 and 17). They are then put back in
    reading order, so the order gives nothing away to someone scoring them by hand.

    Columns: ``text`` (the name), and those of :func:`compare_models`.

    Example:
        >>> sample = spread_sample({"t": "Good. Bad. Talks. Very good. Awful."}, per_text=3)
        >>> sample[["sentence_no", "sentence"]].values.tolist()
        [[3, 'Talks.'], [4, 'Very good.'], [5, 'Awful.']]
    """
    import pandas as pd

    frames = []
    for name, text in texts.items():
        frame = compare_models(text)
        ranked = frame.sort_values(["textblob_polarity", "sentence_no"], kind="mergesort").reset_index(
            drop=True
        )
        count = min(per_text, len(ranked))
        if count == 0:
            continue
        ranks = sorted({i * (len(ranked) - 1) // max(count - 1, 1) for i in range(count)})
        chosen = ranked.loc[ranks].sort_values("sentence_no")
        frames.append(chosen.assign(text=name))
    columns = ["text"] + list(compare_models("").columns)
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def label_problem(labels: object, expected_length: int) -> str | None:
    """Why ``labels`` is not a list of ``expected_length`` labels, in words; ``None`` if it is one.

    Each label must be ``"positive"``, ``"negative"`` or ``"neutral"`` (any case, spaces ignored).

    Example:
        >>> label_problem(["positive", "Neutral "], 2) is None
        True
        >>> label_problem(["positive", "good"], 2)
        'Label 2 is "good": use only "positive", "negative" or "neutral".'
    """
    if not isinstance(labels, (list, tuple)):
        return (
            f'Give a list of {expected_length} labels in square brackets, like ["neutral", "negative", ...].'
        )
    if len(labels) != expected_length:
        return f"Give one label per sentence: {expected_length} labels, not {len(labels)}."
    for number, label in enumerate(labels, start=1):
        if not isinstance(label, str) or label.strip().lower() not in LABELS:
            return f'Label {number} is "{label}": use only "positive", "negative" or "neutral".'
    return None


def label_agreement(sample: pd.DataFrame, labels: Sequence[str]) -> pd.DataFrame:
    """A reader's labels beside TextBlob's and VADER's, for the sentences of :func:`spread_sample`.

    Columns: ``text``, ``sentence_no``, ``sentence``, ``reader``, ``textblob_label``,
    ``vader_label``, ``reader_textblob`` and ``reader_vader`` (True where the reader's label is
    the model's). Raises ``ValueError``, saying what to fix, if ``labels`` is not one valid
    label per sentence (see :func:`label_problem`).

    Example:
        >>> sample = spread_sample({"t": "A good day. Talks in Moscow."}, per_text=2)
        >>> label_agreement(sample, ["positive", "positive"])[["reader", "reader_textblob"]].values.tolist()
        [['positive', True], ['positive', False]]
    """
    problem = label_problem(labels, len(sample))
    if problem is not None:
        raise ValueError(problem)
    frame = sample[["text", "sentence_no", "sentence"]].copy()
    frame["reader"] = [label.strip().lower() for label in labels]
    frame["textblob_label"] = sample["textblob_label"].to_numpy()
    frame["vader_label"] = sample["vader_label"].to_numpy()
    frame["reader_textblob"] = frame["reader"] == frame["textblob_label"]
    frame["reader_vader"] = frame["reader"] == frame["vader_label"]
    return frame.reset_index(drop=True)


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

    analyser = _vader()
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


@functools.lru_cache(maxsize=1)
def _textblob_lexicon_entries() -> tuple[dict[str, str], ...]:
    """Every entry of TextBlob's lexicon file (``textblob/en/en-sentiment.xml``), read once."""
    from pathlib import Path
    from xml.etree import ElementTree

    import textblob.en

    root = ElementTree.parse(Path(textblob.en.__file__).with_name("en-sentiment.xml")).getroot()
    return tuple(dict(entry.attrib) for entry in root.iter("word"))


def textblob_senses(word: str) -> pd.DataFrame:
    """The senses of ``word`` in TextBlob's lexicon, each with its own scores.

    TextBlob cannot tell which sense a text means, so it scores a word with the *average* of its
    senses (per part of speech, then over the parts of speech): "foreign" is −0.125 because one of
    its four senses ("not contained in or deriving from the essential nature of something") is
    −0.5 and the other three are 0. Columns: ``word``,
    ``pos`` (part of speech: ``JJ`` adjective, ``RB`` adverb...), ``sense`` (a WordNet gloss,
    empty if the entry has none), ``polarity`` and ``subjectivity``. No row: not in the lexicon.

    Example:
        >>> senses = textblob_senses("Usual")
        >>> senses[["sense", "polarity"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['occurring or encountered or experienced or observed frequently or in accordance with regular
          practice or procedure', 0.0], ['commonly encountered', -0.5]]
        >>> float(senses["polarity"].mean()) == text_sentiment("usual")["polarity"]
        True
        >>> textblob_senses("robust").empty
        True
    """
    import pandas as pd

    word = word.strip().lower()
    rows = [
        {
            "word": word,
            "pos": entry.get("pos", ""),
            "sense": entry.get("sense", ""),
            "polarity": float(entry.get("polarity", 0.0)),
            "subjectivity": float(entry.get("subjectivity", 0.0)),
        }
        for entry in _textblob_lexicon_entries()
        if entry.get("form") == word
    ]
    return pd.DataFrame(rows, columns=["word", "pos", "sense", "polarity", "subjectivity"])


def lexicon_sizes() -> dict[str, int]:
    """How big the two lexicons are, counted from the files the models read.

    Keys: ``textblob_entries`` (entries in TextBlob's lexicon: one per *sense* of a word, see
    :func:`textblob_senses`), ``textblob_words`` (distinct words and phrases among them),
    ``vader_entries`` (entries in VADER's lexicon: words, slang, emoticons) and ``vader_raters``
    (how many people rated each VADER entry: the length of its list of ratings, the same for all).

    Example:
        >>> sizes = lexicon_sizes()
        >>> sizes["textblob_entries"] > sizes["textblob_words"] > 1000, sizes["vader_entries"] > 7000
        (True, True)
    """
    import ast

    entries = _textblob_lexicon_entries()
    raters = {
        len(ast.literal_eval(line.split("\t")[3]))
        for line in _vader().lexicon_full_filepath.splitlines()
        if line.count("\t") >= 3
    }
    if len(raters) != 1:  # pragma: no cover - VADER 3.3.2 has ten ratings for every entry
        raise ValueError(f"VADER's entries have different numbers of ratings: {sorted(raters)}")
    return {
        "textblob_entries": len(entries),
        "textblob_words": len({entry["form"].lower() for entry in entries if entry.get("form")}),
        "vader_entries": len(_vader().lexicon),
        "vader_raters": raters.pop(),
    }


class LeftAligned:
    """A table shown left-aligned in Jupyter (long sentences read like text), with a plain-text form.

    Made by :func:`left_aligned`. In HTML it is the table with every cell aligned left and no
    index; as plain text (``repr``) it is ``DataFrame.to_string`` without the index, so saved
    outputs hold no memory address.
    """

    def __init__(self, table: pd.DataFrame, max_chars: int | None = None) -> None:
        self.table = table
        self.max_chars = max_chars

    def _cells(self) -> pd.DataFrame:
        if self.max_chars is None:
            return self.table
        limit = self.max_chars

        def cut(value: object) -> object:
            if isinstance(value, str) and len(value) > limit:
                return value[: limit - 1].rstrip() + "…"
            return value

        from pandas.api.types import is_numeric_dtype

        return self.table.apply(lambda column: column if is_numeric_dtype(column) else column.map(cut))

    def _repr_html_(self) -> str:
        html = self._cells().to_html(index=False, border=0, classes="dataframe left-aligned")
        html = html.replace("<th>", '<th style="text-align: left;">')
        html = html.replace('<tr style="text-align: right;">', '<tr style="text-align: left;">')
        return html.replace("<td>", '<td style="text-align: left; vertical-align: top;">')

    def __repr__(self) -> str:
        return self._cells().to_string(index=False)


def left_aligned(table: pd.DataFrame, max_chars: int | None = None) -> LeftAligned:
    """Show ``table`` with its cells aligned left and without its index: for tables of sentences.

    ``max_chars`` shortens longer texts, ending them with "…" (the table itself is not changed).

    Example:
        >>> import pandas as pd
        >>> shown = left_aligned(pd.DataFrame({"n": [1], "text": ["A long sentence."]}), max_chars=7)
        >>> print(repr(shown))
         n    text
         1 A long…
        >>> 'style="text-align: left;' in shown._repr_html_()
        True
    """
    return LeftAligned(table, max_chars)
