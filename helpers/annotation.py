"""Scoring sentences by hand, and comparing a reader's labels with the two sentiment models.

Notebook 04's exercise 04.3 asks students to be the model: :func:`spread_sample` picks sentences
spread across TextBlob's scores (so that the sample is not all zeros), :func:`label_problem` says
in words what is wrong with a list of labels (the exercise check and the notebook's comparison
cell use it), and :func:`label_agreement` sets the reader's labels beside TextBlob's and VADER's.

Example:
    >>> sample = spread_sample({"t": "A good day. Talks in Moscow."}, per_text=2)
    >>> label_agreement(sample, ["positive", "neutral"])["reader_vader"].tolist()
    [True, True]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentiment import compare_models

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping, Sequence

    import pandas as pd

LABELS = ("positive", "negative", "neutral")


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


def label_problem(labels: object, expected_length: int, allowed: Sequence[str] = LABELS) -> str | None:
    """Why ``labels`` is not a list of ``expected_length`` labels, in words; ``None`` if it is one.

    Each label must be one of ``allowed`` (by default ``"positive"``, ``"negative"`` or
    ``"neutral"``; any case, spaces ignored). For stance labels, pass ``allowed=("favour",
    "against", "none")``.

    Example:
        >>> label_problem(["positive", "Neutral "], 2) is None
        True
        >>> label_problem(["positive", "good"], 2)
        'Label 2 is "good": use only "positive", "negative" or "neutral".'
        >>> label_problem(..., 3, allowed=("favour", "against", "none"))
        'Give a list of 3 labels in square brackets, like ["favour", "against", ...].'
    """
    names = [str(a) for a in allowed]
    if not isinstance(labels, (list, tuple)):
        return f'Give a list of {expected_length} labels in square brackets, like ["{names[0]}", "{names[1]}", ...].'
    if len(labels) != expected_length:
        return f"Give one label per sentence: {expected_length} labels, not {len(labels)}."
    spelled = ", ".join(f'"{n}"' for n in names[:-1]) + f' or "{names[-1]}"'
    for number, label in enumerate(labels, start=1):
        if not isinstance(label, str) or label.strip().lower() not in names:
            return f'Label {number} is "{label}": use only {spelled}.'
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
