"""Fast sentence scores, identical to TextBlob's and VADER's: for scoring a whole corpus.

:func:`helpers.sentiment.text_sentiment` asks TextBlob (``TextBlob(s).sentiment``, its
``PatternAnalyzer``) and :func:`helpers.sentiment.vader_scores` asks VADER
(``SentimentIntensityAnalyzer.polarity_scores``). On one text that is instant; on a corpus of
100,000 news articles (2.5 million sentences) most of the time goes into the libraries' per-call
overhead: TextBlob builds a ``TextBlob`` and a new ``namedtuple`` class for every call, looks
every word up through a lazy dictionary and splits the sentence with a general tokenizer; VADER
walks every character of every sentence looking for emoji.

:func:`sentence_scores` gives the same three numbers (TextBlob ``polarity`` and
``subjectivity``, VADER ``compound``) for one sentence, faster:

* **TextBlob**: a faithful re-implementation of the pattern scorer TextBlob 0.20 uses
  (``textblob._text.find_tokens`` and ``Sentiment.assessments``, read from the library's source),
  run on the library's own loaded lexicon, compiled patterns and word lists (nothing is copied
  into this repository). Words are looked up in a plain ``dict``; a token without punctuation
  at either end skips the punctuation rules; the per-sentence emoticon and sarcasm patterns are
  applied sentence by sentence, exactly as the library does, only when they match at all.
* **VADER**: a faithful re-implementation of vaderSentiment 3.3.2's ``polarity_scores`` (the
  compound only), read from the library's source, on its own lexicon and word lists: each word
  is lower-cased once instead of once per rule, and a sentence with no lexicon word gets 0.0 at
  once (every valence is 0, so is their normalised sum). Its ``but`` rule and punctuation
  emphasis are the library's own functions; a sentence with an emoji goes to the library itself.

``tests/test_sentence_scores.py`` checks that the scores are *exactly* equal to the libraries'
on thousands of sentences (news, press releases, the course texts, the synthetic corpus, and
edge cases: negations, intensifiers, emoticons, emoji, quotes, abbreviations, ``(!)``...). If a
new TextBlob or VADER version scored differently, that test would fail. Nothing is cached by
sentence text: every sentence is scored.

Example:
    >>> sentence_scores("A good day.")
    (0.7, 0.6000000000000001, 0.4404)
    >>> sentence_scores("Talks in Moscow.")
    (0.0, 0.0, 0.0)
"""

from __future__ import annotations

import functools
import re
import string
from typing import Any, NamedTuple

from .sentiment import vader_analyser

_LINEBREAK = re.compile(r"\n{2,}")
_SPACES = re.compile(r"\s+")
_SENTENCE_END = frozenset(("...", ".", "!", "?"))
_CLOSERS = ("'", '"', "”", "’", "...", ".", "!", "?", ")")


class _Pattern(NamedTuple):
    """What the TextBlob (pattern) scorer needs, taken from the loaded library."""

    words: dict[
        str, tuple[float, float, float, bool]
    ]  # word -> (polarity, subjectivity, intensity, modifier)
    negations: frozenset[str]
    emoticons: dict[str, float]  # lower-cased emoticon -> polarity (the first kind that lists it)
    punctuation: str
    lead: tuple[str, ...]
    lead_set: frozenset[str]
    trail_set: frozenset[str]
    abbreviations: Any
    abbr: tuple[Any, Any, Any]
    replacements: tuple[tuple[str, str], ...]
    replace_keys: Any
    token: Any
    sarcasm: Any
    emoticon_re: Any
    eos: str


@functools.lru_cache(maxsize=1)
def _pattern() -> _Pattern:
    from textblob import _text
    from textblob.en import sentiment as lexicon

    len(lexicon)  # a lazy dictionary: this loads en-sentiment.xml
    modifiers = tuple(lexicon.modifiers)
    words = {
        word: (*senses[None][:3], any(m in senses for m in modifiers))
        for word, senses in dict.items(lexicon)
        if None in senses
    }
    # In the library's order of kinds, so "the first kind that lists it" is the library's choice.
    first: dict[str, float] = {}
    for (_kind, polarity), forms in _text.EMOTICONS.items():
        for form in forms:
            first.setdefault(form.lower(), polarity)
    punctuation = _text.PUNCTUATION
    lead = tuple(punctuation.replace(".", ""))
    return _Pattern(
        words=words,
        negations=frozenset(lexicon.negations),
        emoticons=first,
        punctuation=punctuation,
        lead=lead,
        lead_set=frozenset(lead),
        trail_set=frozenset((*lead, ".")),
        abbreviations=_text.ABBREVIATIONS,
        abbr=(_text.RE_ABBR1, _text.RE_ABBR2, _text.RE_ABBR3),
        replacements=tuple(_text.replacements.items()),
        replace_keys=_text.replacements,
        token=_text.TOKEN,
        sarcasm=_text.RE_SARCASM,
        emoticon_re=_text.RE_EMOTICONS,
        eos=_text.EOS,
    )


def _split_token(t: str, pat: _Pattern, tokens: list[str]) -> None:
    """textblob._text.find_tokens's rules for one token with punctuation at an end (verbatim)."""
    punctuation, replace = pat.lead, pat.replace_keys
    tail = []
    while t.startswith(punctuation) and t not in replace:
        if t.startswith(punctuation):
            tokens.append(t[0])
            t = t[1:]
    while t.endswith(punctuation + (".",)) and t not in replace:
        if t.endswith(punctuation):
            tail.append(t[-1])
            t = t[:-1]
        if t.endswith("..."):
            tail.append("...")
            t = t[:-3].rstrip(".")
        if t.endswith("."):
            if (
                t in pat.abbreviations
                or pat.abbr[0].match(t) is not None
                or pat.abbr[1].match(t) is not None
                or pat.abbr[2].match(t) is not None
            ):
                break
            tail.append(t[-1])
            t = t[:-1]
    if t != "":
        tokens.append(t)
    tokens.extend(reversed(tail))


def _pattern_words(text: str, pat: _Pattern) -> list[str]:
    """The lower-cased words TextBlob's sentiment scorer reads in ``text``, as the library makes them.

    That is ``" ".join(find_tokens(text)).split()``, lower-cased, where ``find_tokens`` is
    ``textblob._text.find_tokens`` with the English parser's settings.
    """
    string_ = text
    for old, new in pat.replacements:  # literal patterns: str.replace does what re.sub does
        string_ = string_.replace(old, new)
    string_ = (
        string_.replace("“", " “ ")
        .replace("”", " ” ")
        .replace("‘", " ‘ ")
        .replace("’", " ’ ")
        .replace("'", " ' ")
        .replace('"', ' " ')
    )
    string_ = string_.replace("\r\n", "\n")
    if "\n\n" in string_:
        string_ = _LINEBREAK.sub(f" {pat.eos} ", string_)
    string_ = _SPACES.sub(" ", string_)
    tokens: list[str] = []
    lead_set, trail_set = pat.lead_set, pat.trail_set
    for t in pat.token.findall(string_ + " "):
        if t[0] in lead_set or t[-1] in trail_set:
            _split_token(t, pat, tokens)
        else:
            tokens.append(t)
    joined = " ".join(tokens)
    if pat.eos in tokens or pat.sarcasm.search(joined) or pat.emoticon_re.search(joined):
        joined = " ".join(_sentences(tokens, pat))
    return [w.lower() for w in joined.split()]


def _sentences(tokens: list[str], pat: _Pattern) -> list[str]:
    """find_tokens's sentence splitting and per-sentence patterns (verbatim)."""
    eos = pat.eos
    sentences: list[list[str]] = [[]]
    i, j = 0, 0
    while j < len(tokens):
        if tokens[j] in ("...", ".", "!", "?", eos):
            while j < len(tokens) and tokens[j] in (*_CLOSERS, eos):
                if tokens[j] in ("'", '"') and sentences[-1].count(tokens[j]) % 2 == 0:
                    break
                j += 1
            sentences[-1].extend(t for t in tokens[i:j] if t != eos)
            sentences.append([])
            i = j
        j += 1
    sentences[-1].extend(tokens[i:j])
    joined = (" ".join(s) for s in sentences if len(s) > 0)
    sarcastic = (pat.sarcasm.sub("(!)", s) for s in joined)
    return [pat.emoticon_re.sub(lambda m: m.group(1).replace(" ", "") + m.group(2), s) for s in sarcastic]


def pattern_sentiment(text: str) -> tuple[float, float]:
    """TextBlob's ``(polarity, subjectivity)`` for ``text``: equal to ``TextBlob(text).sentiment``.

    A re-implementation of TextBlob 0.20's pattern scorer (``Sentiment.__call__`` with
    ``Sentiment.assessments``, negation on, no part-of-speech tags) on the library's own
    lexicon; see the module docstring and ``tests/test_sentence_scores.py``.

    Example:
        >>> pattern_sentiment("This is not a bad idea.")
        (0.3499999999999999, 0.6666666666666666)
        >>> pattern_sentiment("")
        (0.0, 0.0)
    """
    pat = _pattern()
    lexicon, negations, emoticons, punctuation = pat.words, pat.negations, pat.emoticons, pat.punctuation
    scores: list[list[float]] = []  # [polarity, subjectivity, intensity, negated (-1) or not (1)]
    m: str | None = None  # the preceding modifier (an adverb in the lexicon)
    n: str | None = None  # the preceding negation
    for w in _pattern_words(text, pat):
        entry = lexicon.get(w)
        if entry is not None:
            p, s, i, modifier = entry
            if m is None:
                scores.append([p, s, i, 1])
            else:
                last = scores[-1]
                last[0] = max(-1.0, min(p * last[2], +1.0))
                last[1] = max(-1.0, min(s * last[2], +1.0))
                last[2] = i
            if n is not None:
                scores[-1][2] = 1.0 / scores[-1][2]
                scores[-1][3] = -1
            m = w if modifier else None
            n = w if w in negations else None
            continue
        if n is not None or m is not None or w in negations:
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and m.endswith("ly"):
                scores[-1][3] = -1
                n = None
            elif m and len(w) > 2:
                m = None
        if w == "!" and scores:
            scores[-1][0] = max(-1.0, min(scores[-1][0] * 1.25, +1.0))
        if w == "(!)":
            scores.append([0.0, 1.0, 1.0, 1])
        if len(w) <= 5 and w.isalpha() is False and w not in punctuation:
            polarity = emoticons.get(w)
            if polarity is not None:
                scores.append([polarity, 1.0, 1.0, 1])
    total_p: float = 0
    total_s: float = 0
    for p, s, _i, negated in scores:
        total_p += p * -0.5 if negated < 0 else p
        total_s += s
    count = float(len(scores) or 1)
    return total_p / count, total_s / count


class _Vader(NamedTuple):
    """What the VADER scorer needs, taken from the loaded library."""

    analyser: Any
    lexicon: dict[str, float]
    emojis: frozenset[str]
    boosters: dict[str, float]
    special: dict[str, float]
    negate: frozenset[str]
    n_scalar: float
    c_incr: float
    normalize: Any


@functools.lru_cache(maxsize=1)
def _vader() -> _Vader:
    from vaderSentiment import vaderSentiment as library

    analyser = vader_analyser()
    return _Vader(
        analyser=analyser,
        lexicon=analyser.lexicon,
        emojis=frozenset(e for e in analyser.emojis if len(e) == 1),
        boosters=library.BOOSTER_DICT,
        special=library.SPECIAL_CASES,
        negate=frozenset(library.NEGATE),
        n_scalar=library.N_SCALAR,
        c_incr=library.C_INCR,
        normalize=library.normalize,
    )


def _negated(word: str, negate: frozenset[str]) -> bool:
    """vaderSentiment.negated([word]) for one lower-cased word."""
    return word in negate or "n't" in word


def _valence(i: int, words: list[str], lowers: list[str], cap_diff: bool, v: _Vader) -> float:
    """SentimentIntensityAnalyzer.sentiment_valence for a word in the lexicon (its rules, verbatim)."""
    lexicon, boosters, n_scalar, c_incr = v.lexicon, v.boosters, v.n_scalar, v.c_incr
    item, low, last = words[i], lowers[i], len(words) - 1
    valence = lexicon[low]
    if low == "no" and i != last and lowers[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and lowers[i - 1] == "no")
        or (i > 1 and lowers[i - 2] == "no")
        or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ["or", "nor"])
    ):
        valence = lexicon[low] * n_scalar
    if item.isupper() and cap_diff:
        if valence > 0:
            valence += c_incr
        else:
            valence -= c_incr
    for start_i in range(0, 3):
        before = i - (start_i + 1)
        if i > start_i and lowers[before] not in lexicon:
            # scalar_inc_dec
            s = 0.0
            if lowers[before] in boosters:
                s = boosters[lowers[before]]
                if valence < 0:
                    s *= -1
                if words[before].isupper() and cap_diff:
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # _negation_check
            if start_i == 0 and _negated(lowers[i - 1], v.negate):
                valence = valence * n_scalar
            if start_i == 1:
                if lowers[i - 2] == "never" and (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
                    valence = valence * 1.25
                elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
                    valence = valence
                elif _negated(lowers[i - 2], v.negate):
                    valence = valence * n_scalar
            if start_i == 2:
                if (lowers[i - 3] == "never" and (lowers[i - 2] == "so" or lowers[i - 2] == "this")) or (
                    lowers[i - 1] == "so" or lowers[i - 1] == "this"
                ):
                    valence = valence * 1.25
                elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
                    valence = valence
                elif _negated(lowers[i - 3], v.negate):
                    valence = valence * n_scalar
                valence = _special_idioms(valence, lowers, i, v)
    # _least_check
    if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        if lowers[i - 2] != "at" and lowers[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        valence = valence * n_scalar
    return valence


def _special_idioms(valence: float, lowers: list[str], i: int, v: _Vader) -> float:
    """SentimentIntensityAnalyzer._special_idioms_check (verbatim, on lower-cased words)."""
    special, boosters = v.special, v.boosters
    onezero = f"{lowers[i - 1]} {lowers[i]}"
    twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
    threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lowers) - 1 > i:
        zeroone = f"{lowers[i]} {lowers[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lowers) - 1 > i + 1:
        zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in boosters:
            valence = valence + boosters[n_gram]
    return valence


def vader_compound(text: str) -> float:
    """VADER's ``compound`` for ``text``: equal to ``polarity_scores(text)["compound"]``.

    A re-implementation of vaderSentiment 3.3.2's ``polarity_scores`` (its rules for negation,
    ``no``, ``but``, ``least``, capitals, boosters, idioms and ``!``/``?``, read from the
    library's source) on the library's own lexicon and word lists; a text with an emoji is
    passed to the library itself. A sentence without a lexicon word scores 0.0.

    Example:
        >>> vader_compound("This isn't a bad idea."), vader_compound("Talks in Moscow.")
        (0.431, 0.0)
    """
    v = _vader()
    if not v.emojis.isdisjoint(text):
        return float(v.analyser.polarity_scores(text)["compound"])
    text = text.strip()
    punct = string.punctuation
    words = []
    for token in text.split():  # SentiText._words_and_emoticons
        stripped = token.strip(punct)
        words.append(token if len(stripped) <= 2 else stripped)
    lowers = [w.lower() for w in words]
    lexicon = v.lexicon
    if lexicon.keys().isdisjoint(lowers):
        return 0.0  # every valence is 0, so is the sum and its compound
    capitals = sum(1 for w in words if w.isupper())  # allcap_differential
    cap_diff = 0 < len(words) - capitals < len(words)
    boosters = v.boosters
    sentiments: list[float] = []
    last = len(words) - 1
    for i, low in enumerate(lowers):
        if low in boosters or (i < last and low == "kind" and lowers[i + 1] == "of") or low not in lexicon:
            sentiments.append(0)
        else:
            sentiments.append(_valence(i, words, lowers, cap_diff, v))
    if "but" in lowers:
        sentiments = v.analyser._but_check(words, sentiments)
    # score_valence, the compound only
    sum_s = float(sum(sentiments))
    emphasis = v.analyser._punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    return float(round(v.normalize(sum_s), 4))


def sentence_scores(text: str) -> tuple[float, float, float]:
    """``(polarity, subjectivity, compound)``: TextBlob's and VADER's scores for one sentence.

    Equal to ``helpers.sentiment.text_sentiment(text)`` and
    ``helpers.sentiment.vader_scores(text)["compound"]``, faster (see the module docstring).

    Example:
        >>> sentence_scores("The minister welcomed the excellent news.")
        (1.0, 1.0, 0.7269)
    """
    polarity, subjectivity = pattern_sentiment(text)
    return polarity, subjectivity, vader_compound(text)
