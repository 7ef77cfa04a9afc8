"""What the two sentiment lexicons say about words: look-ups, senses and sizes.

The models of :mod:`helpers.sentiment` score a text from word lists. This module opens those
lists: :func:`lexicon_lookup` (TextBlob's scores and VADER's valence for single words),
:func:`textblob_senses` (TextBlob's entries for a word, one per sense: it averages them) and
:func:`lexicon_sizes` (how many entries each lexicon has, counted from the files the models read).

Example:
    >>> lexicon_lookup(["vital"]).values.tolist()
    [['vital', 0.1, 0.4, 1.2]]
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .sentiment import assessments, vader_analyser

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    import pandas as pd

LOOKUP_COLUMNS = ["word", "textblob_polarity", "textblob_subjectivity", "vader_valence"]


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

    lexicon = vader_analyser().lexicon
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
        >>> from helpers.sentiment import text_sentiment
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
        for line in vader_analyser().lexicon_full_filepath.splitlines()
        if line.count("\t") >= 3
    }
    if len(raters) != 1:  # pragma: no cover - VADER 3.3.2 has ten ratings for every entry
        raise ValueError(f"VADER's entries have different numbers of ratings: {sorted(raters)}")
    return {
        "textblob_entries": len(entries),
        "textblob_words": len({entry["form"].lower() for entry in entries if entry.get("form")}),
        "vader_entries": len(vader_analyser().lexicon),
        "vader_raters": raters.pop(),
    }
