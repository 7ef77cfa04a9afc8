"""The framing report (notebook 07, ``tools/render_report.py``): the few tables it assembles from the helpers.

Notebook 07 compares any two texts of the catalogue with the methods of the whole course. Each
function here does one small job with the helpers the earlier notebooks use (nothing new is
measured), so the notebook stays short and every number in it can be recomputed in one line:

====================== ======================================================================
function               what it gives
====================== ======================================================================
:func:`load_pair`      the two texts, by id, cleaned (or as received), after checking the ids
:func:`metadata`       the catalogue's entries for the two ids, one column per text
:func:`months_apart`   whole calendar months between two catalogue dates (``2017-03``, ``2017-12-22``)
:func:`date_warning`   one line saying how far apart the texts are, with a warning from a month on
:func:`cleaning_table` words before and after cleaning, and which kinds of paragraph were removed
:func:`word_tables`    each text's frequency table without stopwords (rates per 1,000 of *all* words)
:func:`key_words`      the keyness table (G², log ratio, raw counts, exact p) without stopword rows
:func:`top_key_words`  the words with the highest G² on one side, ties included, with their exact test
:func:`chance_sentence` how many words reach p < 0.05 (chi-squared and exact) against what chance gives
:func:`voice_table`    words per voice and speaker in each text, with their share
:func:`speaker_sentence` one sentence on who speaks (plural, zero and unnamed cases handled)
:func:`shared_table`   each passage (of at least :data:`REUSE_N` words) the texts share, with its places
:func:`reused_words_table` the churn figure: each text's share of words in passages shared with the other
:func:`reuse_sentence` one sentence on reuse, with the direction of borrowing only when dates say it
:func:`frame_table`    frame cues per frame in both texts: sentences with a cue, and their share
:func:`cue_table`      which cues of each frame were found in each text
:func:`frame_sentence` one sentence on the frame with most cues (never "leading frame")
:func:`colors`         each text's colour, the same in every figure of the report
:func:`key_numbers`    the report's headline numbers for any pair, one row per text
====================== ======================================================================

Texts are passed around as a dict ``{id: text}`` in the order (text_a, text_b), which is what
:func:`load_pair` returns.

Sentiment: :func:`sentiment_comparison` sets both models' mean sentence scores side by side with
a permutation test over sentences, and :func:`sentiment_sentence` writes the report's sentence
from it, saying that one text is "more positive" only where that test supports it.

Example:
    >>> texts = load_pair("press_release", "newspaper")
    >>> list(texts)
    ['press_release', 'newspaper']
    >>> months_apart("2017-03", "2017-12-22")
    9
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from helpers.cleaning import clean_text, removed_paragraphs
from helpers.course_texts import load_texts
from helpers.framing import COURSE_FRAMES, GENERIC_FRAMES, cue_summary
from helpers.frequencies import describe_texts, frequency_table, without_stopwords
from helpers.keyness import chance_of_at_least, exact_p, keyness, null_rejection_rates
from helpers.plots import colors_for
from helpers.reuse import CHURN_MIN_WORDS, borrowing_direction, churn, shared_passages
from helpers.sentiment import compare_sentiment, comparison_sentences, sentiment_summary
from helpers.texts import UnknownTextIdError, load_catalogue, load_text, text_ids, unknown_id_message
from helpers.tokens import stopword_list, tokenize
from helpers.uncertainty import PERMUTATIONS, SEED
from helpers.voices import UnbalancedQuoteWarning, voice_shares, voices

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    import pandas as pd

#: Shortest shared passage the report lists: the churn figure's minimum, five words, where chance
#: matches between two news texts are rare (notebook 06 shows how the choice changes what is found).
REUSE_N = CHURN_MIN_WORDS
#: Semetko and Valkenburg's five generic frames, as the lexicon names them.
GENERIC_FRAME_NAMES = ("responsibility", "human_interest", "conflict", "morality", "economic_consequences")
#: The stopword list of the word clouds (``helpers.tokens.stopword_list``), used for top words and keyness.
STOPWORDS = "wordcloud"
#: Catalogue fields shown at the top of the report, in this order.
METADATA_FIELDS = ("title", "genre", "publisher", "date", "date_note", "licence", "quirks", "source_note")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# --------------------------------------------------------------------------------------------
# The two texts and what the catalogue says about them
# --------------------------------------------------------------------------------------------


def check_pair(text_a: str, text_b: str) -> tuple[str, str]:
    """The two ids, if both are in the catalogue and differ; otherwise a clear error.

    Raises:
        UnknownTextIdError: an id is not in ``texts/catalogue.csv`` (the message lists the known ids).
        ValueError: both ids are the same text.

    Example:
        >>> check_pair("press_release", "newspaper")
        ('press_release', 'newspaper')
        >>> check_pair("press_release", "newspaper_2017")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        helpers.texts.UnknownTextIdError: There is no text with id 'newspaper_2017' in texts/catalogue.csv. Did you mean 'newspaper'? Known ids: press_release, newspaper, example_opposition...
    """
    known = text_ids()
    for text_id in (text_a, text_b):
        if not isinstance(text_id, str):
            raise TypeError(f"A text id is a string such as 'newspaper', not {type(text_id).__name__}.")
        if text_id not in known:
            raise UnknownTextIdError(
                unknown_id_message(
                    text_id,
                    known,
                    fix="A report compares texts of the catalogue: to use a text of your own, add it to "
                    "the catalogue first (python3 course.py add-text FILE --id ID --genre GENRE; see "
                    "docs/adding-a-text.md).",
                )
            )
    if text_a == text_b:
        raise ValueError(
            f"Both texts are {text_a!r}: a report compares two different texts. "
            f"Known ids: {', '.join(known)}."
        )
    return text_a, text_b


def load_pair(text_a: str, text_b: str, *, clean: bool = True) -> dict[str, str]:
    """The two texts by id, ``{text_a: ..., text_b: ...}``, cleaned or as received.

    ``clean=True`` (the course's default) repairs the encoding and keeps only headlines and body
    paragraphs (:func:`helpers.cleaning.clean_text`); ``clean=False`` keeps the files as they are,
    web-page furniture included.

    Example:
        >>> texts = load_pair("newspaper", "press_release", clean=False)
        >>> list(texts), "1/19" in texts["newspaper"]
        (['newspaper', 'press_release'], True)
    """

    check_pair(text_a, text_b)
    return load_texts(text_a, text_b, clean=clean)


def metadata(text_a: str, text_b: str) -> pd.DataFrame:
    """The catalogue's entries for the two texts: one row per field of :data:`METADATA_FIELDS`,
    one column per text.

    Example:
        >>> metadata("press_release", "newspaper").loc["date"].tolist()
        ['2017-12-22', '2017-03']
    """

    check_pair(text_a, text_b)
    catalogue = load_catalogue().set_index("id")
    table = catalogue.loc[[text_a, text_b], list(METADATA_FIELDS)].T
    table.index.name = "field"
    table.columns.name = None
    return table


def _year_month(date: str) -> tuple[int, int] | None:
    """(year, month) of a catalogue date ``YYYY-MM`` or ``YYYY-MM-DD``; ``None`` if it has no month."""
    parts = str(date).strip().split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        return None
    year, month = int(parts[0]), int(parts[1])
    return (year, month) if 1 <= month <= 12 else None


def months_apart(date_a: str, date_b: str) -> int | None:
    """Whole calendar months between two catalogue dates (``2017-03``, ``2017-12-22``), ignoring days.

    Dates are often known to the month only, so months are compared, not days: March and December
    2017 are 9 months apart. ``None`` when a date gives no month (empty, ``2017``, ``unknown``).

    Example:
        >>> months_apart("2017-03", "2017-12-22"), months_apart("2017-12-22", "2017-12"), months_apart("2017", "2017-12")
        (9, 0, None)
    """
    a, b = _year_month(date_a), _year_month(date_b)
    if a is None or b is None:
        return None
    return abs((a[0] - b[0]) * 12 + (a[1] - b[1]))


def readable_date(date: str) -> str:
    """A catalogue date in words: ``2017-03`` -> ``March 2017``, ``2017-12-22`` -> ``22 December 2017``.

    Anything without a month is returned as it is (``"no date"`` if empty).

    Example:
        >>> readable_date("2017-03"), readable_date("2017-12-22"), readable_date("")
        ('March 2017', '22 December 2017', 'no date')
    """
    parts = str(date).strip().split("-")
    found = _year_month(date)
    if found is None:
        return str(date).strip() or "no date"
    month = f"{_MONTHS[found[1] - 1]} {found[0]}"
    if len(parts) == 3 and parts[2].isdigit():
        return f"{int(parts[2])} {month}"
    return month


def count_of(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, in words that read right for 0, 1 and more.

    Example:
        >>> count_of(0, "word"), count_of(1, "word"), count_of(2, "word"), count_of(3, "passage")
        ('no words', '1 word', '2 words', '3 passages')
        >>> count_of(1, "speech", "speeches"), count_of(1_200, "word")
        ('1 speech', '1,200 words')
    """
    many = plural or f"{noun}s"
    if number == 0:
        return f"no {many}"
    return f"{number:,} {noun if number == 1 else many}"


def significance_sentence(number: int) -> str:
    """How many words reach p < 0.05, as a clause that reads right for 0, 1 and more.

    Example:
        >>> significance_sentence(0), significance_sentence(1), significance_sentence(4)
        ('no word reaches p < 0.05', 'only 1 word reaches p < 0.05', 'only 4 words reach p < 0.05')
    """
    if number == 0:
        return "no word reaches p < 0.05"
    return f"only {count_of(number, 'word')} {'reaches' if number == 1 else 'reach'} p < 0.05"


def when_phrase(date_a: str, date_b: str) -> str:
    """How two catalogue dates relate, as a phrase: same day, same month, N months apart, undated.

    Example:
        >>> when_phrase("2017-12-22", "2017-12-22"), when_phrase("2017-12-01", "2017-12-22")
        ('dated the same day', 'dated in the same month')
        >>> when_phrase("2017-03", "2017-12-22"), when_phrase("2017-11", "2017-12")
        ('9 months apart', '1 month apart')
        >>> when_phrase("", "2017-12"), when_phrase("", ""), when_phrase("2017", "2017-12")
        ('one of them undated', 'both undated', 'at least one of them not dated to the month')
    """
    a, b = str(date_a).strip(), str(date_b).strip()
    if not a and not b:
        return "both undated"
    if not a or not b:
        return "one of them undated"
    months = months_apart(a, b)
    if months is None:
        return "at least one of them not dated to the month"
    if months == 0:
        return "dated the same day" if a == b and len(a) == 10 else "dated in the same month"
    return f"{count_of(months, 'month')} apart"


def date_warning(text_a: str, text_b: str) -> str:
    """One line of Markdown on how far apart the two texts are, with a ⚠️ warning from one month on.

    Example:
        >>> date_warning("press_release", "example_opposition")
        'Both texts are dated **22 December 2017**: time between them is not a reason for their differences here.'
        >>> date_warning("press_release", "newspaper")[:45]
        '⚠️ **The two texts are 9 months apart** (pres'
    """
    table = metadata(text_a, text_b)
    date_a, date_b = table.loc["date", text_a], table.loc["date", text_b]
    months = months_apart(date_a, date_b)
    when = f"{readable_date(date_a)} and {readable_date(date_b)}"
    undated = [name for name, date in ((text_a, date_a), (text_b, date_b)) if not str(date).strip()]
    if undated:
        which = " and ".join(f"**{name}**" for name in undated)
        return (
            f"⚠️ {which} {'has' if len(undated) == 1 else 'have'} no date in the catalogue, so the report "
            "cannot say how far apart the texts are. Any difference may come from the moment as well as "
            "from the genre or the writer."
        )
    if months is None:
        return (
            f"⚠️ **The date of at least one text is not known to the month** ({when}), so the report "
            "cannot say how far apart they are. Any difference may come from the moment as well as "
            "from the genre or the writer."
        )
    if months == 0:
        same_day = str(date_a).strip() == str(date_b).strip()
        dated = (
            f"**{readable_date(date_a)}**" if same_day else f"**{readable_date(str(date_a)[:7])}** ({when})"
        )
        return f"Both texts are dated {dated}: time between them is not a reason for their differences here."
    unit = "month" if months == 1 else "months"
    return (
        f"⚠️ **The two texts are {months} {unit} apart** ({text_a}: {readable_date(date_a)}; "
        f"{text_b}: {readable_date(date_b)}). Any difference below may come from the moment as "
        "well as from the genre or the writer, and two texts cannot tell which."
    )


def cleaning_table(text_a: str, text_b: str) -> pd.DataFrame:
    """What cleaning does to each text: its words as received and cleaned, and what was removed.

    Columns: ``words_raw`` and ``words_cleaned`` (:func:`helpers.tokens.tokenize` tokens of the
    raw file and of :func:`helpers.cleaning.clean_text`), ``removed_share`` (the share of the raw
    file's words that cleaning removes; stray characters of encoding damage count as words in the
    raw file) and ``removed`` (how many paragraphs of each removed kind, e.g. ``"19 caption"``, as
    :func:`helpers.cleaning.label_paragraphs` labels them; ``""`` when nothing is removed). The
    removed paragraphs themselves are in ``table.attrs["removed_paragraphs"]``, a list per text;
    :func:`removed_table` lists every one with the rule that removed it.

    Example:
        >>> cleaning_table("press_release", "newspaper").loc["newspaper", "removed"]
        '19 caption, 2 gallery_heading, 1 related_headline'
    """
    import pandas as pd

    rows = []
    for text_id in check_pair(text_a, text_b):
        raw = load_text(text_id).raw
        gone = removed_paragraphs(raw)
        removed = gone["part"].value_counts().sort_index()
        words_raw, words_cleaned = len(tokenize(raw)), len(tokenize(clean_text(raw)))
        rows.append(
            {
                "text": text_id,
                "words_raw": words_raw,
                "words_cleaned": words_cleaned,
                "removed_share": 1 - words_cleaned / words_raw if words_raw else 0.0,
                "removed": ", ".join(f"{count} {part}" for part, count in removed.items()),
                "removed_paragraphs": gone["text"].tolist(),
            }
        )
    table = pd.DataFrame(rows).set_index("text")
    table.attrs["removed_paragraphs"] = dict(zip(table.index, table.pop("removed_paragraphs")))
    return table


def removed_table(text_a: str, text_b: str) -> pd.DataFrame:
    """Every paragraph cleaning removes from either text, however many, with the rule that removed it.

    One row per removed paragraph: ``text`` (the id), ``paragraph`` (its number in the raw file),
    ``part``, ``rule`` (see :data:`helpers.cleaning.PART_RULES`) and ``paragraph_text``. An empty
    table (with these columns) when cleaning removes nothing.

    Example:
        >>> table = removed_table("press_release", "newspaper")
        >>> len(table), table.iloc[0][["text", "part", "rule"]].tolist(), int(table.iloc[0]["paragraph"])
        (22, ['newspaper', 'related_headline', "a title mid-article; the next paragraph goes on ('But', 'And'...): links to another story"], 9)
    """
    import pandas as pd

    frames = []
    for text_id in check_pair(text_a, text_b):
        gone = removed_paragraphs(load_text(text_id).raw)
        frames.append(
            pd.DataFrame(
                {
                    "text": text_id,
                    "paragraph": gone["paragraph"],
                    "part": gone["part"],
                    "rule": gone["rule"],
                    "paragraph_text": gone["text"],
                }
            )
        )
    columns = ["text", "paragraph", "part", "rule", "paragraph_text"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


# --------------------------------------------------------------------------------------------
# Words: top words and keyness
# --------------------------------------------------------------------------------------------


def word_tables(texts: Mapping[str, str]) -> dict[str, pd.DataFrame]:
    """Each text's frequency table with the stopwords (:data:`STOPWORDS`) left out.

    Counted over all the words first, so ``per_1000`` stays per 1,000 words of the whole text
    (:func:`helpers.frequencies.without_stopwords`).

    Example:
        >>> tables = word_tables(load_pair("press_release", "newspaper"))
        >>> tables["press_release"].head(2)[["word", "count"]].values.tolist()
        [['russia', 11], ['will', 6]]
    """

    return {
        name: without_stopwords(frequency_table(tokenize(text)), STOPWORDS) for name, text in texts.items()
    }


def key_words(texts: Mapping[str, str]) -> pd.DataFrame:
    """The keyness table of the two texts (:func:`helpers.keyness.keyness`), stopword rows removed.

    The scores are computed from all the words of both texts (each text's size is all its
    words); only the stopwords' rows are then left out. Sorted by log-likelihood (G²), largest
    first, ties alphabetically. Columns: ``word``, the raw counts ``count_<id>`` of each text,
    ``log_likelihood``, ``log_ratio`` (positive: relatively more frequent in the first text),
    ``p_value`` (the chi-squared p-value of G²), ``exact_p`` (the exact binomial test,
    :func:`helpers.keyness.exact_p`, better for counts this small) and ``more_frequent_in``. (The
    rates per 1,000 words are in :func:`word_tables`.)

    Example:
        >>> table = key_words(load_pair("press_release", "newspaper"))
        >>> table.head(1)[["word", "count_press_release", "count_newspaper", "more_frequent_in"]].values.tolist()
        [['world', 4, 0, 'press_release']]
    """

    names = tuple(texts)
    if len(names) != 2:
        raise ValueError(f"key_words() compares two texts; got {len(names)}: {', '.join(names)}")
    sizes = text_sizes(texts)
    table = keyness(*(frequency_table(tokenize(texts[name])) for name in names), names=names)
    table["exact_p"] = exact_p(table[f"count_{names[0]}"], table[f"count_{names[1]}"], *sizes)
    table = table[~table["word"].isin(stopword_list(STOPWORDS))].reset_index(drop=True)
    return table[
        [
            "word",
            *(f"count_{name}" for name in names),
            "log_likelihood",
            "log_ratio",
            "p_value",
            "exact_p",
            "more_frequent_in",
        ]
    ]


def first_upper(sentence: str) -> str:
    """The sentence with its first letter upper case, the rest untouched (unlike ``str.capitalize``).

    Example:
        >>> first_upper("no words reach p < 0.05 by G²")
        'No words reach p < 0.05 by G²'
    """
    return sentence[:1].upper() + sentence[1:]


def text_sizes(texts: Mapping[str, str]) -> tuple[int, int]:
    """The two texts' sizes in words (all their words, stopwords included), as keyness counts them.

    Example:
        >>> text_sizes({"a": "Talks in Moscow.", "b": "No talks."})
        (3, 2)
    """
    names = tuple(texts)
    return len(tokenize(texts[names[0]])), len(tokenize(texts[names[1]]))


def top_key_words(keys: pd.DataFrame, name: str, *, alpha: float = 0.05) -> str:
    """The word(s) with the highest G² among those more frequent in ``name``, ties included.

    ``keys`` is a :func:`key_words` table. Tied words (the same G², from the same counts) are all
    named, alphabetically, so that no word is picked from a tie by its spelling. The phrase gives
    the counts (in ``name``, then in the other text), G², and whether the exact test passes
    ``alpha``; "none" if no word is more frequent in ``name``.

    Example:
        >>> keys = key_words(load_pair("press_release", "newspaper"))
        >>> top_key_words(keys, "press_release")
        '*world* (4 to 0, G² 6.59, exact p 0.038: past the exact test)'
    """
    side = keys[keys["more_frequent_in"] == name]
    if not len(side):
        return "none"
    other = next(c for c in keys.columns if c.startswith("count_") and c != f"count_{name}")
    best = side[side["log_likelihood"].round(9) == round(float(side["log_likelihood"].iloc[0]), 9)]
    best = best.sort_values("word")
    first = best.iloc[0]
    counts = f"{int(first[f'count_{name}'])} to {int(first[other])}"
    exact = float(first["exact_p"])
    passed = exact < alpha
    if len(best) == 1:
        verdict = "past the exact test" if passed else "not past the exact test"
        return (
            f"*{first['word']}* ({counts}, G² {first['log_likelihood']:.2f}, exact p {exact:.3f}: {verdict})"
        )
    words = ", ".join(f"*{w}*" for w in best["word"])
    verdict = "all past the exact test" if passed else "none past the exact test"
    return (
        f"{len(best)} words tied at {counts} ({words}; G² {first['log_likelihood']:.2f}, "
        f"exact p {exact:.3f}: {verdict})"
    )


def chance_sentence(keys: pd.DataFrame, sizes: tuple[int, int], *, alpha: float = 0.05) -> str:
    """How many words of ``keys`` reach p < ``alpha``, set against what chance alone would give.

    ``keys`` is a :func:`key_words` table and ``sizes`` the two texts' sizes (:func:`text_sizes`).
    Observed: the words whose chi-squared p-value of G² (``p_value``) and whose exact p-value
    (``exact_p``) are below ``alpha``. Expected: the sum of :func:`helpers.keyness.null_rejection_rates`
    over the same words, the number of "significant" words to expect if both texts used every
    word at the same rate; and how often chance alone gives at least as many
    (:func:`helpers.keyness.chance_of_at_least`). The sentence never says the texts differ: it
    reports the counts and the chances.

    Example:
        >>> texts = load_pair("press_release", "newspaper")
        >>> chance_sentence(key_words(texts), text_sizes(texts))[:60]
        '5 words reach p < 0.05 by the chi-squared p-value of G², 1 b'
    """
    rates = null_rejection_rates(keys, *sizes, alpha=alpha)
    observed = int((keys["p_value"] < alpha).sum()), int((keys["exact_p"] < alpha).sum())
    expected = float(rates["rate_chi2"].sum()), float(rates["rate_exact"].sum())
    chances = (
        chance_of_at_least(rates["rate_chi2"], observed[0]),
        chance_of_at_least(rates["rate_exact"], observed[1]),
    )
    return (
        f"{count_of(observed[0], 'word')} {'reaches' if observed[0] == 1 else 'reach'} p < {alpha:g} by the "
        f"chi-squared p-value of G², {observed[1]} by the exact test; if the two texts used every word at the "
        f"same rate, chance alone would give about {expected[0]:.1f} and {expected[1]:.1f} (as many as observed or "
        f"more in {chances[0]:.0%} and {chances[1]:.0%} of such comparisons)"
    )


# --------------------------------------------------------------------------------------------
# Voices, reuse and frame cues
# --------------------------------------------------------------------------------------------

#: The course texts: the course's topic lists (diplomacy, security) are used only when both texts
#: of the report are these, unless asked for (``topics=True``).
COURSE_TEXT_IDS = ("press_release", "newspaper")


def voice_table(texts: Mapping[str, str]) -> pd.DataFrame:
    """Words per voice and speaker in each text (:func:`helpers.voices.voice_shares`), stacked.

    Columns: ``text``, ``voice`` (``quote`` or ``narrative``), ``speaker`` (as the text names them;
    ``""`` when it does not, e.g. "he said" with no speaker named before), ``words`` and ``share``
    (of that text's words). Warnings about quotation marks that never close are not printed: they
    are kept, as sentences, in ``table.attrs["warnings"]`` for the report to show.

    Example:
        >>> table = voice_table(load_pair("press_release", "newspaper"))
        >>> table[table["voice"] == "quote"][["text", "speaker", "words"]].values.tolist()
        [['press_release', 'The Foreign Secretary Boris Johnson', 111], ['newspaper', 'An FCO spokeswoman', 155], ['newspaper', '', 4]]
    """
    import pandas as pd

    frames, notes = [], []
    for name, text in texts.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnbalancedQuoteWarning)
            frames.append(voice_shares(voices(text)).assign(text=name))
        notes += [f"{name}: {w.message}" for w in caught if issubclass(w.category, UnbalancedQuoteWarning)]
    table = pd.concat(frames, ignore_index=True)[["text", "voice", "speaker", "words", "share"]]
    table.attrs["warnings"] = notes
    return table


def quoted_share(table: pd.DataFrame, name: str) -> float:
    """The share of a text's words that are quoted speech, from a :func:`voice_table`.

    Example:
        >>> round(quoted_share(voice_table(load_pair("press_release", "newspaper")), "newspaper"), 3)
        0.368
    """
    rows = table[table["text"] == name]
    if rows.empty:
        raise ValueError(f"The voice table has no text {name!r}; it has {', '.join(table['text'].unique())}.")
    return float(rows.loc[rows["voice"] == "quote", "words"].sum() / rows["words"].sum())


def _plural(count: int, one: str, many: str | None = None) -> str:
    """'1 word', '2 words', '0 words' (``many`` for irregular plurals)."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def speaker_sentence(table: pd.DataFrame, name: str, *, most: int = 2) -> str:
    """One sentence on who speaks in a text, from a :func:`voice_table`: its quoted share, the named
    speakers with the most words (at most ``most``), and the quoted words that have no identified speaker.

    Never names "nobody": quoted words with no identified speaker are reported as such.

    Example:
        >>> table = voice_table(load_pair("press_release", "newspaper"))
        >>> print(speaker_sentence(table, "newspaper"))
        Quoted speech is 37% of newspaper's words (159 of 432). The only identified speaker is An FCO spokeswoman (155 words); 4 quoted words have no identified speaker.
    """
    rows = table[table["text"] == name]
    if rows.empty:
        raise ValueError(f"The voice table has no text {name!r}; it has {', '.join(table['text'].unique())}.")
    total = int(rows["words"].sum())
    quotes = rows[rows["voice"] == "quote"]
    quoted = int(quotes["words"].sum())
    if quoted == 0:
        return f"{name} quotes nobody: none of its {_plural(total, 'word')} is in quotation marks or a quoted block."
    share = quoted / total if total else 0.0
    opening = f"Quoted speech is {share:.0%} of {name}'s words ({quoted:,} of {total:,})."
    named = quotes[quotes["speaker"] != ""].sort_values(["words", "speaker"], ascending=[False, True])
    unnamed = int(quotes.loc[quotes["speaker"] == "", "words"].sum())
    shown = [f"{row.speaker} ({_plural(int(row.words), 'word')})" for row in named.head(most).itertuples()]
    if len(named) == 0:
        who = "No quoted speaker is identified"
    elif len(named) == 1:
        who = f"The only identified speaker is {shown[0]}"
    elif len(named) <= most:
        who = f"The identified speakers are {_and(shown)}"
    else:
        who = f"Of {len(named)} identified speakers, those with the most words are {_and(shown)}"
    if unnamed and len(named):
        who += (
            f"; {_plural(unnamed, 'quoted word')} {'has' if unnamed == 1 else 'have'} no identified speaker"
        )
    elif unnamed:
        who += f": {'its one quoted word is' if unnamed == 1 else f'all {unnamed:,} quoted words are'} unattributed"
    return f"{opening} {who}."


def reused_words_table(texts: Mapping[str, str], *, n: int = CHURN_MIN_WORDS) -> pd.DataFrame:
    """The churn figure for the pair (:func:`helpers.reuse.churn`), one row per text, indexed by id.

    Example:
        >>> reused_words_table(load_pair("press_release", "newspaper"))["shared_words"].tolist()
        [0, 0]
    """
    a, b = tuple(texts)
    return churn(texts[a], texts[b], n=n, names=(a, b)).set_index("text")


def shared_table(texts: Mapping[str, str], *, n: int = REUSE_N, content_only: bool = True) -> pd.DataFrame:
    """Each different passage of at least ``n`` words the two texts share, with how often it occurs.

    One row per passage (:func:`helpers.reuse.shared_passages` gives one row per *pair of
    places*): ``passage``, ``words`` and ``places_in_<id>`` for each text. Sorted longest first,
    then alphabetically. Passages of only stopwords and standard formulas are left out unless
    ``content_only=False``. No shared passage gives an empty table with these columns.

    Example:
        >>> shared_table(load_pair("press_release", "newspaper"), n=3).head(2).values.tolist()
        [['foreign secretary boris johnson', 4, 1, 1], ['the uk and russia', 4, 2, 1]]
    """
    a, b = tuple(texts)
    rows = shared_passages(texts[a], texts[b], n=n, content_only=content_only)
    table = (
        rows.groupby("passage", as_index=False)
        .agg(
            words=("words", "first"),
            **{f"places_in_{a}": ("start_a", "nunique"), f"places_in_{b}": ("start_b", "nunique")},
        )
        .sort_values(["words", "passage"], ascending=[False, True], kind="mergesort")
    )
    return table.reset_index(drop=True).astype(
        {"words": "int64", f"places_in_{a}": "int64", f"places_in_{b}": "int64"}
    )


def reuse_sentence(
    table: pd.DataFrame, dates: Mapping[str, str] | None = None, *, n: int = CHURN_MIN_WORDS
) -> str:
    """What the two texts share word for word, from a :func:`reused_words_table`, with the direction
    of borrowing only when the ``dates`` (``{id: catalogue date}``) say it.

    Example:
        >>> texts = load_pair("press_release", "newspaper")
        >>> reuse_sentence(reused_words_table(texts), {"press_release": "2017-12-22", "newspaper": "2017-03"})
        'The two texts share no passage of 5 words or more (passages of only stopwords and standard formulas aside).'
    """
    a, b = list(table.index)
    passages = int(table["passages"].max())
    if passages == 0:
        return (
            f"The two texts share no passage of {n} words or more "
            "(passages of only stopwords and standard formulas aside)."
        )
    parts = [
        f"{table.loc[name, 'churn']:.1%} of {name}'s words ({int(table.loc[name, 'shared_words']):,} of "
        f"{int(table.loc[name, 'words']):,})"
        for name in (a, b)
    ]
    sentence = (
        f"The two texts share {_plural(passages, 'passage')} of {n} words or more, covering {parts[0]} "
        f"and {parts[1]}."
    )
    if dates:
        direction = borrowing_direction(a, dates.get(a, ""), b, dates.get(b, ""), passages=passages)
        sentence += " " + (
            direction
            or "Their dates do not say which came first, so the figure says nothing about who borrowed."
        )
    return sentence


def frame_lexicons(texts: Mapping[str, str], topics: bool | None = None) -> str | tuple[str, str]:
    """The frame lexicon(s) for a report: the five generic frames; the course's topic lists as well
    when ``topics`` is True, or when it is None and both texts are the course texts.

    Example:
        >>> frame_lexicons({"press_release": "", "newspaper": ""}), frame_lexicons({"a": "", "b": ""})
        (('generic_frames', 'course_topics'), 'generic_frames')
    """
    course = set(texts) <= set(COURSE_TEXT_IDS)
    return COURSE_FRAMES if (topics or (topics is None and course)) else GENERIC_FRAMES


def frame_table(texts: Mapping[str, str], *, topics: bool | None = None) -> pd.DataFrame:
    """Frame cues in both texts (:func:`helpers.framing.cue_summary`), one row per frame.

    Columns, for each text: ``sentences_<id>`` (its sentences with at least one cue of the frame)
    and ``share_<id>`` (of its sentences). Frames in the lexicon's order (:func:`frame_lexicons`
    says which lexicons). Each text's number of sentences is in ``table.attrs["sentences"]``;
    which cues were found is in :func:`cue_table`, and the sentences in
    :func:`helpers.framing.cue_sentences`.

    Example:
        >>> table = frame_table(load_pair("press_release", "newspaper"))
        >>> table.loc["conflict", ["sentences_press_release", "sentences_newspaper"]].tolist()
        [3, 6]
    """
    import pandas as pd

    lexicon = frame_lexicons(texts, topics)
    parts, totals = {}, {}
    for name, text in texts.items():
        summary = cue_summary(text, lexicon).set_index("frame")
        totals[name] = summary.attrs["sentences"]
        parts[name] = summary[["sentences", "share_of_sentences"]].rename(
            columns={"sentences": f"sentences_{name}", "share_of_sentences": f"share_{name}"}
        )
    table = pd.concat(parts.values(), axis=1)
    table = table[[f"{what}_{name}" for what in ("sentences", "share") for name in texts]]
    table.attrs["sentences"] = totals
    return table


def cue_table(texts: Mapping[str, str], *, topics: bool | None = None) -> pd.DataFrame:
    """Which cues of each frame were found in each text, with their counts (``"talk* (3), deal (2)"``).

    One row per frame (lexicon order), one column per text; ``""`` where none was found.

    Example:
        >>> cue_table(load_pair("press_release", "newspaper")).loc["conflict", "press_release"]
        'disagree* (1), hostil* (1), oppos* (1)'
    """
    import pandas as pd

    lexicon = frame_lexicons(texts, topics)
    return pd.DataFrame(
        {name: cue_summary(text, lexicon).set_index("frame")["cues"] for name, text in texts.items()}
    )


def frame_sentence(table: pd.DataFrame, name: str, *, generic_only: bool = True) -> str:
    """One sentence on the frame(s) with most cues in a text, from a :func:`frame_table`.

    "Most cues" means cues in the most sentences; the sentence says so, and that cues point to
    sentences to read rather than establish a frame. ``generic_only`` looks at Semetko and
    Valkenburg's five frames only.

    Example:
        >>> table = frame_table(load_pair("press_release", "newspaper"))
        >>> print(frame_sentence(table, "newspaper"))
        In newspaper, the generic frame with the most cues is conflict: cues in 6 of its 18 sentences. Cues point to sentences worth reading; they do not establish a frame.
    """
    column = f"sentences_{name}"
    if column not in table.columns:
        raise ValueError(f"The frame table has no text {name!r}.")
    rows = table.loc[[f for f in table.index if not generic_only or f in GENERIC_FRAME_NAMES], column]
    total = int(table.attrs.get("sentences", {}).get(name, 0) or 0)

    def counted(number: int) -> str:
        return f"{number:,} of its {total:,} sentences" if total else _plural(number, "sentence")

    top = int(rows.max()) if len(rows) else 0
    kind = "generic frame" if generic_only else "frame"
    if top == 0:
        return f"No sentence of {name} has a cue of any {kind} on the lists."
    leaders = [str(frame) for frame in rows.index if int(rows[frame]) == top]
    if len(leaders) == 1:
        found = f"the {kind} with the most cues is {leaders[0]}: cues in {counted(top)}"
    else:
        found = f"the {kind}s with the most cues are {_and(leaders)}: cues in {counted(top)} each"
    return f"In {name}, {found}. Cues point to sentences worth reading; they do not establish a frame."


def colors(names: tuple[str, str] | list[str]) -> dict[str, str]:
    """The colour of each text in the report's figures, the same in every figure.

    The side-by-side figures of :mod:`helpers.plots` colour texts with their palette colour when
    they have one (the press release blue, the newspaper vermillion) and give the others the
    unused colours in order; this returns the same colours, for the charts drawn one text at a
    time (the sentiment charts), so that a text keeps its colour throughout the report.

    Example:
        >>> colors(["press_release", "newspaper"])
        {'press_release': '#0072B2', 'newspaper': '#D55E00'}
    """
    return colors_for(list(names))  # the rule the side-by-side figures use


# --------------------------------------------------------------------------------------------
# Sentiment: the same unit for both models, and a test before any "more positive"
# --------------------------------------------------------------------------------------------


def sentiment_comparison(
    texts: Mapping[str, str], *, permutations: int = PERMUTATIONS, seed: int = SEED
) -> pd.DataFrame:
    """Both models' mean sentence scores for the two texts, with a permutation test over sentences.

    :func:`helpers.sentiment.compare_sentiment` on the texts' sentences: one row per model
    (TextBlob, VADER) with ``mean_a``, ``mean_b``, ``difference``, ``higher`` (the id of the text
    with the higher mean), ``p_value`` and ``method``. Seeded, so a report is the same every run.

    Example:
        >>> table = sentiment_comparison(load_pair("press_release", "newspaper"))
        >>> table[["model", "higher"]].values.tolist(), bool((table["p_value"] > 0.5).all())
        ([['TextBlob', 'newspaper'], ['VADER', 'newspaper']], True)
    """
    names = tuple(texts)
    if len(names) != 2:
        raise ValueError(f"sentiment_comparison() compares two texts; got {len(names)}: {', '.join(names)}")
    a, b = names
    return compare_sentiment(texts[a], texts[b], names=(a, b), permutations=permutations, seed=seed)


def sentiment_sentence(texts: Mapping[str, str], comparison: pd.DataFrame | None = None) -> str:
    """The report's sentence on sentiment, for any two texts: what the scores support, in words.

    Both models are compared on the same unit (the mean of their sentence scores), and a text is
    called "more positive" by a model only when the permutation test of
    :func:`sentiment_comparison` gives p < 0.05; otherwise the sentence says the gap is within
    what chance gives (:func:`helpers.sentiment.comparison_sentences`).

    Example:
        >>> sentiment_sentence(load_pair("press_release", "newspaper")).endswith(
        ...     "Neither model shows that one text is more positive than the other.")
        True
    """
    table = sentiment_comparison(texts) if comparison is None else comparison
    return (
        "Compared on the same unit, the mean of their sentence scores, and tested by reshuffling the "
        "sentences between the texts: " + comparison_sentences(table)
    )


def sentiment_verdict(comparison: pd.DataFrame, *, alpha: float = 0.05) -> str:
    """The short form of :func:`sentiment_sentence`, for the report's summary: p-values, then the verdict.

    Example:
        >>> sentiment_verdict(sentiment_comparison(load_pair("press_release", "newspaper")))
        'a permutation test over sentences gives p = 0.78 (TextBlob) and p = 0.73 (VADER): neither model shows that one text is more positive'
    """
    tests = " and ".join(
        f"p = {row.p_value:.2f} ({row.model})" if row.p_value == row.p_value else f"no p-value ({row.model})"
        for row in comparison.itertuples()
    )
    supported = comparison[comparison["p_value"] < alpha]
    if supported.empty:
        verdict = "neither model shows that one text is more positive"
    else:
        verdict = "; ".join(
            f"by {row.model}'s reading the sentences of {row.higher} are more positive on average"
            for row in supported.itertuples()
        )
    return f"a permutation test over sentences gives {tests}: {verdict}"


# --------------------------------------------------------------------------------------------
# The headline numbers, for any pair
# --------------------------------------------------------------------------------------------


def key_numbers(text_a: str, text_b: str, *, clean: bool = True) -> pd.DataFrame:
    """The report's headline numbers for two catalogued texts, one row per text.

    Columns: ``words`` and ``sentences``; ``top_word`` and ``top_word_count`` (the most frequent
    word without stopwords; ties alphabetical); ``key_word``, ``key_word_count`` and
    ``key_word_g2`` (the word with the highest log-likelihood among those more frequent in this
    text, stopwords left out; ``""`` and 0 if none); ``polarity`` (TextBlob on the whole text),
    ``polarity_mean`` and ``vader_mean`` (both models' means of sentence scores: the same unit);
    ``quoted_share`` (words in quoted speech); ``churn`` (the share of its words inside passages
    of at least :data:`REUSE_N` words shared with the other text, formulas aside:
    :func:`helpers.reuse.churn`); ``most_cues`` (the generic frame(s) with cues in the most
    sentences, joined by " and "; ``""`` for none) and ``most_cues_sentences`` (how many).

    Example:
        >>> numbers = key_numbers("press_release", "newspaper")
        >>> numbers.loc[["newspaper"], ["words", "top_word", "most_cues"]].values.tolist()
        [[432, 'russia', 'conflict']]
    """
    import pandas as pd

    texts = load_pair(text_a, text_b, clean=clean)
    counts = describe_texts(texts)
    tops = word_tables(texts)
    keys = key_words(texts)
    feeling = sentiment_summary(texts)
    voiced = voice_table(texts)
    reuse = reused_words_table(texts)
    frames = frame_table(texts)
    generic = [frame for frame in frames.index if frame in GENERIC_FRAME_NAMES]
    rows = []
    for name in (text_a, text_b):
        top = tops[name].iloc[0] if len(tops[name]) else None
        key = keys[keys["more_frequent_in"] == name].head(1)
        counted = frames.loc[generic, f"sentences_{name}"]
        most = int(counted.max()) if len(counted) else 0
        rows.append(
            {
                "text": name,
                "words": int(counts.loc[name, "words"]),
                "sentences": int(counts.loc[name, "sentences"]),
                "top_word": top["word"] if top is not None else "",
                "top_word_count": int(top["count"]) if top is not None else 0,
                "key_word": key["word"].iloc[0] if len(key) else "",
                "key_word_count": int(key[f"count_{name}"].iloc[0]) if len(key) else 0,
                "key_word_g2": float(key["log_likelihood"].iloc[0]) if len(key) else 0.0,
                "polarity": float(feeling.loc[name, "polarity"]),
                "polarity_mean": float(feeling.loc[name, "polarity_mean"]),
                "vader_mean": float(feeling.loc[name, "vader_mean"]),
                "quoted_share": quoted_share(voiced, name),
                "churn": float(reuse.loc[name, "churn"]),
                "most_cues": " and ".join(str(f) for f in counted.index if most and int(counted[f]) == most),
                "most_cues_sentences": most,
            }
        )
    return pd.DataFrame(rows).set_index("text")
