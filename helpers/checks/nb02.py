"""Exercises of notebook 02 (word frequencies)."""

from __future__ import annotations

from functools import cache

from helpers.cleaning import clean_text
from helpers.concordance import concordance
from helpers.frequencies import frequency_table, without_stopwords
from helpers.texts import load_text
from helpers.tokens import stopword_list, tokenize

from . import Wrong, exercise, same


@cache
def _texts() -> dict[str, str]:

    news_raw = load_text("newspaper").raw
    return {
        "press": clean_text(load_text("press_release").raw),
        "news": clean_text(news_raw),
        "news_raw": news_raw,
    }


@cache
def _tables():
    """Frequency tables as the notebook makes them: all words, and without the wordcloud stopwords."""

    full = {name: frequency_table(tokenize(text)) for name, text in _texts().items()}
    content = {name: without_stopwords(table, "wordcloud") for name, table in full.items()}
    return full, content


def _is_number(answer) -> bool:
    return isinstance(answer, (int, float)) or (hasattr(answer, "__float__") and not isinstance(answer, str))


def _close(a, b, tolerance: float = 0.05) -> bool:
    return _is_number(a) and abs(float(a) - float(b)) < tolerance


# --- 02.1 ---------------------------------------------------------------------------------------


def _engage_rate(name: str = "news", *, content_only: bool = False) -> float:
    full, content = _tables()
    table = full[name]
    count = int(table.set_index("word").loc["engage", "count"])
    words = int(content[name]["count"].sum()) if content_only else int(table["count"].sum())
    return count / words * 1000


@exercise(
    "02.1",
    "How often does the cleaned newspaper use the word 'engage', per 1,000 words?",
    hints=(
        (
            lambda a, e: not _is_number(a),
            "Give one number, for example 12.5: the count divided by the number of words, times 1,000.",
        ),
        (
            lambda a, e: a == 0,
            "Zero? Look in the newspaper (`news_freq`), not the press release, which never uses *engage*.",
        ),
        (
            lambda a, e: a == int(_tables()[0]["news"].set_index("word").loc["engage", "count"]),
            "That is the raw count. A rate divides it by the length of the text: count / len(news_tokens) * 1000.",
        ),
        (
            lambda a, e: _close(a, e / 1000, 0.0005),
            "That is a share of one word. Multiply by 1,000 to get a rate per 1,000 words.",
        ),
        (
            lambda a, e: _close(a, e / 10, 0.005),
            "That looks like a percentage (per 100 words). Per 1,000 words is ten times more.",
        ),
        (
            lambda a, e: _close(a, _engage_rate(content_only=True)),
            "You divided by the number of words left "
            "after removing stopwords. Divide by all the words of the cleaned text, `len(news_tokens)`.",
        ),
        (
            lambda a, e: _close(a, _engage_rate("news_raw")),
            "That is the rate in the raw file, photo gallery "
            "included. Use the cleaned text: `news_freq` or `news_tokens`.",
        ),
    ),
    fallback_hint="Find `engage` in `news_freq` and read its `per_1000` column, or compute "
    "count / len(news_tokens) * 1000.",
    compare=lambda a, e: _close(a, e),
    wrong_examples=(
        Wrong(3, hint="That is the raw count."),
        Wrong(0.00694, hint="That is a share of"),
        Wrong(0.694, hint="That looks like a percentage"),
        Wrong(12.397, hint="You divided by the number"),
        Wrong(2.918, hint="That is the rate in"),
        Wrong("6.9", hint="Give one number, for example"),
        Wrong(0, hint="Zero? Look in the newspaper"),
    ),
)
def _engage() -> float:
    return _engage_rate("news")


# --- 02.2 ---------------------------------------------------------------------------------------


def _press_counts() -> dict[str, int]:
    full, _ = _tables()
    return dict(zip(full["press"]["word"], full["press"]["count"]))


def _news_counts() -> dict[str, int]:
    full, _ = _tables()
    return dict(zip(full["news"]["word"], full["news"]["count"]))


def _is_stopword(word) -> bool:

    return isinstance(word, str) and word.strip().casefold() in stopword_list("wordcloud")


@exercise(
    "02.2",
    "Which content word does the press release use most often among the words the cleaned "
    "newspaper never uses?",
    hints=(
        (
            lambda a, e: not isinstance(a, str),
            "Give one word as a string, in quotation marks, for example "
            '"moscow" (not a list or a table: take `["word"].iloc[0]`).',
        ),
        (
            lambda a, e: _is_stopword(a),
            "That word is a stopword. Keep only the rows whose word is not in "
            '`stops`: `~comparison["word"].isin(stops)`.',
        ),
        (
            lambda a, e: _news_counts().get(a.strip().casefold(), 0) > 0,
            "The newspaper uses that word too. Keep only rows whose `count_newspaper` is 0.",
        ),
        (
            lambda a, e: a.strip().casefold() not in _press_counts(),
            "The press release never uses that word. Check the spelling: the tables are in lower case.",
        ),
    ),
    fallback_hint="Filter `comparison` to count_newspaper == 0 and non-stopwords; the first row is the most "
    "frequent.",
    wrong_examples=(
        Wrong("russia", hint="The newspaper uses that word"),
        Wrong("security", hint="The newspaper uses that word"),
        Wrong("will", hint="The newspaper uses that word"),
        Wrong("the", hint="That word is a stopword."),
        Wrong("cannot", hint="That word is a stopword."),
        Wrong(["world"], hint="Give one word as a"),
        Wrong("moscow", hint="The newspaper uses that word"),
    ),
)
def _only_press() -> str:
    full, content = _tables()
    news_words = set(full["news"]["word"])
    rows = content["press"]
    return str(rows.loc[~rows["word"].isin(news_words), "word"].iloc[0])


# --- 02.3 ---------------------------------------------------------------------------------------


def _phrase_count(text_name: str, phrase: str) -> int:

    return len(concordance(_texts()[text_name], phrase))


def _pair(a) -> bool:
    return isinstance(a, (tuple, list)) and len(a) == 2


@exercise(
    "02.3",
    "How many times does 'air strikes' occur in the raw newspaper file and in the cleaned article?",
    hints=(
        (lambda a, e: _is_number(a), "Give two numbers as a pair, raw first: `(raw, cleaned)`."),
        (lambda a, e: not _pair(a), "Give exactly two numbers in brackets, raw first: `(raw, cleaned)`."),
        (
            lambda a, e: same(list(a), list(e)[::-1]),
            "Nearly: the raw file comes first, then the cleaned article.",
        ),
        (
            lambda a, e: a[0] in (_phrase_count("news_raw", "air"), _phrase_count("news_raw", "strikes")),
            'You counted a single word. Count the two-word phrase: `len(concordance(news_raw, "air strikes"))`.',
        ),
        (
            lambda a, e: a[0] == e[0] + _phrase_count("news_raw", "airstrikes"),
            "You also counted *airstrikes*, written as one word. It is the same idea but another token: the "
            "question asks for the phrase *air strikes* only.",
        ),
        (
            lambda a, e: a[0] == _phrase_count("news_raw", "russian air strikes"),
            "That counts *Russian air strikes*. Count *air strikes*, whatever comes before it.",
        ),
        (
            lambda a, e: a[0] < e[0],
            "Too few for the raw file: count the whole file, `news_raw`, gallery "
            "headings and captions included.",
        ),
        (lambda a, e: a[1] != e[1], "Check the cleaned article, `news`: does the phrase occur there at all?"),
    ),
    fallback_hint='Count with `len(concordance(news_raw, "air strikes"))` and `len(concordance(news, "air strikes"))`.',
    wrong_examples=(
        Wrong(9, hint="Give two numbers as a"),
        Wrong((0, 9), hint="Nearly: the raw file comes"),
        Wrong((14, 0), hint="You counted a single word."),
        Wrong((13, 0), hint="You also counted *airstrikes*, written"),
        Wrong((7, 0), hint="Too few for the raw"),
        Wrong((9, 2), hint="Check the cleaned article, `news`:"),
        Wrong("9, 0", hint="Give exactly two numbers in"),
    ),
)
def _air_strikes() -> tuple[int, int]:
    return (_phrase_count("news_raw", "air strikes"), _phrase_count("news", "air strikes"))


# --- 02.4 ---------------------------------------------------------------------------------------


def _ranks() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Raw-file content ranks (rank <= 10), cleaned content ranks, and cleaned ranks among all words."""
    full, content = _tables()
    raw = content["news_raw"]
    raw_top = dict(zip(raw.loc[raw["rank"] <= 10, "word"], raw.loc[raw["rank"] <= 10, "rank"]))
    cleaned = dict(zip(content["news"]["word"], content["news"]["rank"]))
    cleaned_all = dict(zip(full["news"]["word"], full["news"]["rank"]))
    return raw_top, cleaned, cleaned_all


def _triple(a) -> bool:
    return isinstance(a, (tuple, list)) and len(a) == 3 and isinstance(a[0], str)


def _word(a) -> str:
    return a[0].strip().casefold()


def _valid_rank_move(answer, expected=None) -> bool:
    """Any word of the raw file's top 10 (content words) that is in the article, with its two ranks."""
    if not _triple(answer):
        return False
    raw_top, cleaned, _ = _ranks()
    word = _word(answer)
    return (
        word in raw_top
        and word in cleaned
        and same(answer[1], int(raw_top[word]))
        and same(answer[2], int(cleaned[word]))
    )


@exercise(
    "02.4",
    "Pick a word of the raw newspaper's top 10 content words that is also in the article: "
    "('word', raw rank, cleaned rank).",
    hints=(
        (
            lambda a, e: not _triple(a),
            "Answer with three things in brackets: the word in quotation marks, its "
            'rank in the raw file, its rank in the article, like ("word", 12, 34).',
        ),
        (
            lambda a, e: _word(a) not in _ranks()[0],
            "That word is not among the raw file's top content words. "
            'Pick one whose rank in `raw_content` is 10 or better: `raw_content[raw_content["rank"] <= 10]`.',
        ),
        (
            lambda a, e: _word(a) not in _ranks()[1],
            "That word never occurs in the cleaned article: the photo "
            "gallery alone put it in the top 10. Well spotted, but pick one that is in both tables.",
        ),
        (
            lambda a, e: not same(a[1], int(_ranks()[0][_word(a)])),
            "Check the first rank: look the word up in `raw_content` (the raw file, stopwords removed).",
        ),
        (
            lambda a, e: same(a[2], int(_ranks()[0][_word(a)])),
            "The second number is the rank in the raw file "
            "again. Look the word up in `news_content`, the cleaned article.",
        ),
        (
            lambda a, e: same(a[2], int(_ranks()[2][_word(a)])),
            "That is the word's rank among all words, "
            "stopwords included (`news_freq`). Use the table without stopwords, `news_content`.",
        ),
    ),
    fallback_hint='Use `raw_content.set_index("word").loc[word, "rank"]` and the same on `news_content`.',
    compare=_valid_rank_move,
    wrong_examples=(
        Wrong("syria", hint="Answer with three things in"),
        Wrong(("syria", 3), hint="Answer with three things in"),
        Wrong(("air", 5, 0), hint="That word never occurs in"),
        Wrong(("moscow", 30, 20), hint="That word is not among"),
        Wrong(("syria", 3, 3), hint="The second number is the"),
        Wrong(("syria", 3, 41), hint="That is the word's rank"),
        Wrong(("syria", 2, 17), hint="Check the first rank: look"),
    ),
)
def _rank_move() -> tuple[str, int, int]:
    """The word that moves furthest (ties: alphabetical); any valid choice passes the check."""
    raw_top, cleaned, _ = _ranks()
    moves = sorted((-(cleaned[w] - r), w) for w, r in raw_top.items() if w in cleaned)
    word = moves[0][1]
    return (word, int(raw_top[word]), int(cleaned[word]))
