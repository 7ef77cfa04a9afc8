"""Concordance (KWIC, "key word in context"): every occurrence of a word or phrase, with its context.

Matching uses the course tokenizer (:func:`helpers.tokens.token_spans`), so it follows the same
rules as the counts: case is ignored unless ``case_sensitive=True``, curly and straight
apostrophes are alike, a possessive ``'s`` is ignored (``Johnson`` finds ``Johnson’s``), and a
phrase such as ``"business as usual"`` is a sequence of tokens, whatever punctuation or line
breaks lie between them. What is *shown* is the original text, with its capitals, quotation
marks and punctuation (line breaks become spaces).

Columns:

``left``, ``match``, ``right``
    up to ``window`` words either side of the match, and the match itself, as written;
``sentence``, ``sentence_no``
    the sentence the match starts in, as :func:`helpers.tokens.sentences` gives it, and its
    number counted from 1 (so ``sentences(text)[sentence_no - 1] == sentence``);
``position``
    the index of the match's first word in ``tokenize(text)``, counted from 0.

To read a concordance as concordancers lay it out (every match in one vertical line), pass it to
:func:`kwic_view`. To compare texts, :func:`compare_concordances` stacks the concordances of several texts in one
table (a first column ``text`` names each), and :func:`hits` counts each query in each text, zeros
included, so that a query that finds nothing is seen to find nothing.

Example:
    >>> text = "The UK said: ‘not business as usual’. Russia disagreed."
    >>> concordance(text, "business as usual", window=2)[["left", "match", "right"]].to_dict("records")
    [{'left': 'said: ‘not', 'match': 'business as usual', 'right': '’. Russia disagreed.'}]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .display import KWICView
from .tokens import TokenSpan, sentences, token_spans

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

CONCORDANCE_COLUMNS = ("left", "match", "right", "sentence", "sentence_no", "position")


def concordance(text: str, query: str, *, window: int = 5, case_sensitive: bool = False) -> pd.DataFrame:
    """Every occurrence of ``query`` (a word or a phrase) in ``text``, in order, with its context.

    Args:
        text: the text to search.
        query: a word (``"Russia"``) or a phrase (``"business as usual"``).
        window: how many words of context to show on each side.
        case_sensitive: if True, ``Russia`` does not match ``russia``.

    Returns:
        A DataFrame with the columns described in the module docstring; empty (same columns) when
        there is no match.

    Raises:
        ValueError: the query is empty or has no words (only spaces or punctuation).

    Example:
        >>> text = "Mr Johnson’s visit. Johnson met Lavrov."
        >>> concordance(text, "johnson", window=1)[["left", "match", "right", "sentence_no"]].to_dict("records")
        [{'left': 'Mr', 'match': 'Johnson’s', 'right': 'visit.', 'sentence_no': 1}, {'left': 'visit.', 'match': 'Johnson', 'right': 'met', 'sentence_no': 2}]
    """
    import pandas as pd

    if not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a whole number of words, 0 or more; got {window!r}")
    text = text.replace("\r\n", "\n")  # as sentences() does, so that offsets agree
    lower = not case_sensitive
    wanted = [span.token for span in token_spans(query, lower=lower)]
    if not wanted:
        raise ValueError(
            f"The query {query!r} has no words to search for. Give a word, like 'Russia', "
            "or a phrase, like 'business as usual'."
        )
    spans = token_spans(text, lower=lower)
    sentence_spans = _sentence_spans(text)
    rows = []
    for i in _find(spans, wanted):
        first, last = spans[i], spans[i + len(wanted) - 1]
        number = _sentence_number(sentence_spans, first.start)
        rows.append(
            {
                "left": _left(text, spans, i, window),
                "match": _squash(text[first.start : last.end]),
                "right": _right(text, spans, i + len(wanted) - 1, window),
                "sentence": sentence_spans[number - 1][2] if number else "",
                "sentence_no": number,
                "position": i,
            }
        )
    return pd.DataFrame(rows, columns=list(CONCORDANCE_COLUMNS)).astype(
        {
            "left": "str",
            "match": "str",
            "right": "str",
            "sentence": "str",
            "sentence_no": "int64",
            "position": "int64",
        }
    )


def _find(spans: list[TokenSpan], wanted: list[str]) -> list[int]:
    """Indexes in ``spans`` where the token sequence ``wanted`` starts."""
    size = len(wanted)
    tokens = [span.token for span in spans]
    return [i for i in range(len(tokens) - size + 1) if tokens[i : i + size] == wanted]


def _left(text: str, spans: list[TokenSpan], i: int, window: int) -> str:
    """The text from ``window`` words before word ``i`` up to it, with any opening punctuation."""
    start = spans[max(i - window, 0)].start
    while start > 0 and _is_punctuation(text[start - 1]):
        start -= 1
    return _squash(text[start : spans[i].start])


def _right(text: str, spans: list[TokenSpan], j: int, window: int) -> str:
    """The text after word ``j`` up to ``window`` words on, with any closing punctuation."""
    end = spans[min(j + window, len(spans) - 1)].end
    while end < len(text) and _is_punctuation(text[end]):
        end += 1
    return _squash(text[spans[j].end : end])


def _is_punctuation(char: str) -> bool:
    """Quotation marks, full stops, dashes...: anything that is neither a word character nor a space."""
    return not (char.isspace() or char.isalnum() or char == "_")


def _squash(fragment: str) -> str:
    """Line breaks and runs of spaces become single spaces; no space at either end."""
    return " ".join(fragment.split())


def _sentence_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each of ``sentences(text)``, found in order in ``text``."""
    found: list[tuple[int, int, str]] = []
    cursor = 0
    for sentence in sentences(text):
        start = text.find(sentence, cursor)
        if start == -1:  # pragma: no cover - sentences are substrings of the text
            found.append((-1, -1, sentence))  # keep the numbering in step with sentences(text)
            continue
        cursor = start + len(sentence)
        found.append((start, cursor, sentence))
    return found


def _sentence_number(sentence_spans: list[tuple[int, int, str]], offset: int) -> int:
    """1-based number of the sentence containing ``offset`` (0 if none does)."""
    for number, (start, end, _) in enumerate(sentence_spans, start=1):
        if start <= offset < end:
            return number
    return 0


def compare_concordances(
    texts: Mapping[str, str], query: str, *, window: int = 5, case_sensitive: bool = False
) -> pd.DataFrame:
    """The concordance of ``query`` in several texts, one table: a first column ``text`` names each.

    Texts come in the order given; within a text, matches in order of appearance. A text with no
    match has no rows: use :func:`hits` to see the zeros.

    Example:
        >>> texts = {"gov": "We engage. We talk.", "news": "Engage but beware."}
        >>> compare_concordances(texts, "engage", window=1)[["text", "left", "match", "right"]].values.tolist()
        [['gov', 'We', 'engage', '. We'], ['news', '', 'Engage', 'but']]
    """
    import pandas as pd

    frames = [
        concordance(text, query, window=window, case_sensitive=case_sensitive).assign(text=name)
        for name, text in _texts(texts).items()
    ]
    table = pd.concat(frames, ignore_index=True)
    return table[["text", *CONCORDANCE_COLUMNS]].astype({"text": "str"})


def hits(texts: Mapping[str, str], queries: Sequence[str], *, case_sensitive: bool = False) -> pd.DataFrame:
    """How many times each query (a word or a phrase) occurs in each text: zeros included.

    Counting follows :func:`concordance` (the course tokenizer, case ignored unless
    ``case_sensitive=True``), so the number is the number of concordance lines.

    Returns:
        One row per query (index ``query``, as given) and one column per text.

    Example:
        >>> hits({"gov": "Not business as usual.", "news": "Engage but beware."},
        ...      ["engage", "business as usual"])  # doctest: +NORMALIZE_WHITESPACE
                           gov  news
        query
        engage               0     1
        business as usual    1     0
    """
    import pandas as pd

    if isinstance(queries, str):
        raise TypeError("queries must be a list of words or phrases, like ['Russia', 'business as usual'].")
    texts = _texts(texts)
    counts = {
        name: [len(concordance(text, query, case_sensitive=case_sensitive)) for query in queries]
        for name, text in texts.items()
    }
    return pd.DataFrame(counts, index=pd.Index(list(queries), name="query", dtype="str"), dtype="int64")


def _texts(texts: Mapping[str, str]) -> dict[str, str]:
    """Check the mapping of name -> text that the multi-text functions take."""
    if isinstance(texts, str) or not hasattr(texts, "items"):
        raise TypeError(
            "texts must be a mapping of name -> text, like {'press_release': press, 'newspaper': news}."
        )
    if not texts:
        raise ValueError("texts is empty: give at least one name -> text.")
    return {str(name): text for name, text in texts.items()}


def kwic_view(table: pd.DataFrame) -> KWICView:
    """Show a :func:`concordance` or :func:`compare_concordances` table as classic KWIC lines.

    The table is not changed; the view shows its ``text`` column (if any), then ``left``,
    ``match`` and ``right``, aligned on the match. An empty table shows "No occurrences.", so a
    query that finds nothing says so.

    Example:
        >>> print(kwic_view(concordance("Russia and the UK. The UK and Russia.", "uk", window=2)))
        and the  UK  . The UK
        UK. The  UK  and Russia.
        >>> print(kwic_view(concordance("Talks.", "robust")))
        No occurrences.
    """
    missing = [c for c in ("left", "match", "right") if c not in getattr(table, "columns", ())]
    if missing:
        raise ValueError(
            "kwic_view() takes a table made by concordance() or compare_concordances(); "
            f"this one lacks {', '.join(missing)}."
        )
    labelled = "text" in table.columns
    columns = (["text"] if labelled else []) + ["left", "match", "right"]
    rows = [tuple(str(value) for value in row) for row in table[columns].itertuples(index=False)]
    return KWICView(rows, labelled, "No occurrences.")
