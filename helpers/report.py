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
:func:`key_words`      the keyness table (G², log ratio, raw counts) without stopword rows
:func:`voice_table`    words per voice and speaker in each text, with their share
:func:`shared_table`   each passage (of at least :data:`REUSE_N` words) the texts share, with its places
:func:`frame_table`    frame cues per frame in both texts: matches and rate per 1,000 words
:func:`cue_table`      which cues of each frame were found in each text
:func:`colors`         each text's colour, the same in every figure of the report
:func:`key_numbers`    the report's headline numbers for any pair, one row per text
====================== ======================================================================

Texts are passed around as a dict ``{id: text}`` in the order (text_a, text_b), which is what
:func:`load_pair` returns.

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

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Mapping

    import pandas as pd

#: Shortest shared passage the report looks for: three words catch a formula such as "business
#: as usual" (notebook 06 shows how the choice changes what is found).
REUSE_N = 3
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
    import difflib

    from .texts import UnknownTextIdError, text_ids

    known = text_ids()
    for text_id in (text_a, text_b):
        if not isinstance(text_id, str):
            raise TypeError(f"A text id is a string such as 'newspaper', not {type(text_id).__name__}.")
        if text_id not in known:
            close = difflib.get_close_matches(text_id, known, n=1)
            raise UnknownTextIdError(
                f"There is no text with id {text_id!r} in texts/catalogue.csv."
                + (f" Did you mean {close[0]!r}?" if close else "")
                + f" Known ids: {', '.join(known)}. A report compares texts of the catalogue: to use a text "
                "of your own, add it to the catalogue first (see docs/adding-a-text.md)."
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
    from .cleaning import clean_text
    from .texts import load_text

    check_pair(text_a, text_b)
    raws = {text_id: load_text(text_id).raw for text_id in (text_a, text_b)}
    return {text_id: clean_text(raw) if clean else raw for text_id, raw in raws.items()}


def metadata(text_a: str, text_b: str) -> pd.DataFrame:
    """The catalogue's entries for the two texts: one row per field of :data:`METADATA_FIELDS`,
    one column per text.

    Example:
        >>> metadata("press_release", "newspaper").loc["date"].tolist()
        ['2017-12-22', '2017-03']
    """
    from .texts import load_catalogue

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

    from .cleaning import clean_text, removed_paragraphs
    from .texts import load_text
    from .tokens import tokenize

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
        (22, ['newspaper', 'related_headline', 'next paragraph continues'], 9)
    """
    import pandas as pd

    from .cleaning import removed_paragraphs
    from .texts import load_text

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
    from .frequencies import frequency_table, without_stopwords
    from .tokens import tokenize

    return {
        name: without_stopwords(frequency_table(tokenize(text)), STOPWORDS) for name, text in texts.items()
    }


def key_words(texts: Mapping[str, str]) -> pd.DataFrame:
    """The keyness table of the two texts (:func:`helpers.keyness.keyness`), stopword rows removed.

    The scores are computed from all the words of both texts (each text's size is all its
    words); only the stopwords' rows are then left out. Sorted by log-likelihood (G²), largest
    first, ties alphabetically. Columns: ``word``, the raw counts ``count_<id>`` of each text,
    ``log_likelihood``, ``log_ratio`` (positive: relatively more frequent in the first text),
    ``p_value`` and ``key_for``. (The rates per 1,000 words are in :func:`word_tables`.)

    Example:
        >>> table = key_words(load_pair("press_release", "newspaper"))
        >>> table.head(1)[["word", "count_press_release", "count_newspaper", "key_for"]].values.tolist()
        [['world', 4, 0, 'press_release']]
    """
    from .frequencies import frequency_table
    from .keyness import keyness
    from .tokens import stopword_list, tokenize

    names = tuple(texts)
    if len(names) != 2:
        raise ValueError(f"key_words() compares two texts; got {len(names)}: {', '.join(names)}")
    table = keyness(*(frequency_table(tokenize(texts[name])) for name in names), names=names)
    table = table[~table["word"].isin(stopword_list(STOPWORDS))].reset_index(drop=True)
    return table[
        ["word", *(f"count_{name}" for name in names), "log_likelihood", "log_ratio", "p_value", "key_for"]
    ]


# --------------------------------------------------------------------------------------------
# Voices, reuse and frame cues
# --------------------------------------------------------------------------------------------


def voice_table(texts: Mapping[str, str]) -> pd.DataFrame:
    """Words per voice and speaker in each text (:func:`helpers.voices.voice_shares`), stacked.

    Columns: ``text``, ``voice`` (``quote`` or ``narrative``), ``speaker`` (as the text names them;
    ``""`` when it does not, e.g. "he said"), ``words`` and ``share`` (of that text's words).
    Warnings about quotation marks that never close are not printed: they are kept, as sentences,
    in ``table.attrs["warnings"]`` for the report to show.

    Example:
        >>> table = voice_table(load_pair("press_release", "newspaper"))
        >>> table[table["voice"] == "quote"][["text", "speaker", "words"]].values.tolist()
        [['press_release', 'The Foreign Secretary Boris Johnson', 111], ['newspaper', 'An FCO spokeswoman', 155], ['newspaper', '', 4]]
    """
    import pandas as pd

    from .voices import UnbalancedQuoteWarning, voice_shares, voices

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


def shared_table(texts: Mapping[str, str], *, n: int = REUSE_N) -> pd.DataFrame:
    """Each different passage of at least ``n`` words the two texts share, with how often it occurs.

    One row per passage (:func:`helpers.reuse.shared_passages` gives one row per *pair of
    places*): ``passage``, ``words`` and ``places_in_<id>`` for each text. Sorted longest first,
    then alphabetically. No shared passage gives an empty table with these columns.

    Example:
        >>> shared_table(load_pair("press_release", "newspaper")).head(2).values.tolist()
        [['foreign secretary boris johnson', 4, 1, 1], ['the uk and russia', 4, 2, 1]]
    """
    from .reuse import shared_passages

    a, b = tuple(texts)
    rows = shared_passages(texts[a], texts[b], n=n)
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


def frame_table(texts: Mapping[str, str]) -> pd.DataFrame:
    """Frame cues in both texts (:func:`helpers.framing.cue_summary`), one row per frame.

    Columns: ``matches_<id>`` (cues found) and ``per_1000_<id>`` (per 1,000 words of that text)
    for each text. Frames in the lexicon's order (``lexicons/frame_cues.csv``). Compare the
    *rates*: the texts differ in length. Which cues were found is in :func:`cue_table`.

    Example:
        >>> table = frame_table(load_pair("press_release", "newspaper"))
        >>> table.loc["security"].tolist()
        [16.0, 4.0, 47.06, 9.26]
    """
    import pandas as pd

    from .framing import cue_summary

    parts = {}
    for name, text in texts.items():
        summary = cue_summary(text).set_index("frame")
        parts[name] = summary[["matches", "per_1000_words"]].rename(
            columns={"matches": f"matches_{name}", "per_1000_words": f"per_1000_{name}"}
        )
    table = pd.concat(parts.values(), axis=1)
    return table[[f"{what}_{name}" for what in ("matches", "per_1000") for name in texts]]


def cue_table(texts: Mapping[str, str]) -> pd.DataFrame:
    """Which cues of each frame were found in each text, with their counts (``"talk* (3), deal (2)"``).

    One row per frame (lexicon order), one column per text; ``""`` where none was found.

    Example:
        >>> cue_table(load_pair("press_release", "newspaper")).loc["conflict", "press_release"]
        'disagree* (1), hostil* (1), oppos* (1)'
    """
    import pandas as pd

    from .framing import cue_summary

    return pd.DataFrame({name: cue_summary(text).set_index("frame")["cues"] for name, text in texts.items()})


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
    from . import plots

    return plots._colors_for(list(names))  # the rule the side-by-side figures use (see plots.py)


# --------------------------------------------------------------------------------------------
# The headline numbers, for any pair
# --------------------------------------------------------------------------------------------


def key_numbers(text_a: str, text_b: str, *, clean: bool = True) -> pd.DataFrame:
    """The report's headline numbers for two catalogued texts, one row per text.

    Columns: ``words`` and ``sentences``; ``top_word`` and ``top_word_count`` (the most frequent
    word without stopwords; ties alphabetical); ``key_word``, ``key_word_count`` and
    ``key_word_g2`` (the word with the highest log-likelihood among those key for this text,
    stopwords left out; ``""`` and 0 if none); ``polarity`` (TextBlob) and ``vader_mean``;
    ``quoted_share`` (words in quoted speech); ``reused_share`` (words inside passages of at
    least :data:`REUSE_N` words shared with the other text); ``top_frame`` and
    ``top_frame_per_1000`` (the frame whose cues have the highest rate; ties in lexicon order).

    Example:
        >>> numbers = key_numbers("press_release", "newspaper")
        >>> numbers.loc[["newspaper"], ["words", "top_word", "top_frame"]].values.tolist()
        [[432, 'russia', 'diplomacy']]
    """
    import pandas as pd

    from .frequencies import describe_texts
    from .reuse import reuse_summary
    from .sentiment import sentiment_summary

    texts = load_pair(text_a, text_b, clean=clean)
    counts = describe_texts(texts)
    tops = word_tables(texts)
    keys = key_words(texts)
    feeling = sentiment_summary(texts)
    voiced = voice_table(texts)
    reuse = reuse_summary(texts[text_a], texts[text_b], n=REUSE_N, names=(text_a, text_b)).set_index("text")
    frames = frame_table(texts)
    rows = []
    for name in (text_a, text_b):
        top = tops[name].iloc[0] if len(tops[name]) else None
        key = keys[keys["key_for"] == name].head(1)
        rates = frames[f"per_1000_{name}"]
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
                "vader_mean": float(feeling.loc[name, "vader_mean"]),
                "quoted_share": quoted_share(voiced, name),
                "reused_share": float(reuse.loc[name, "share_reused"]),
                "top_frame": str(rates.idxmax()),
                "top_frame_per_1000": float(rates.max()),
            }
        )
    return pd.DataFrame(rows).set_index("text")
