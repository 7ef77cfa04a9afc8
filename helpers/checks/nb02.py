"""Exercises of notebook 02 (word frequencies)."""

from __future__ import annotations

from functools import cache

from helpers.concordance import concordance
from helpers.course_texts import load_course_texts
from helpers.frequencies import frequency_table, without_stopwords
from helpers.tokens import remove_stopwords, tokenize

from . import FALLBACK, Wrong, close, exercise, is_number, same


@cache
def _texts() -> dict[str, str]:

    cleaned = load_course_texts()
    return {
        "press": cleaned["press_release"],
        "news": cleaned["newspaper"],
        "news_raw": load_course_texts(clean=False)["newspaper"],
    }


@cache
def _tables():
    """Frequency tables as the notebook makes them: all words, and without the wordcloud stopwords."""

    full = {name: frequency_table(tokenize(text)) for name, text in _texts().items()}
    content = {name: without_stopwords(table, "wordcloud") for name, table in full.items()}
    return full, content


#: The made-up sentence of exercises 02.1 and 02.2 (the notebook shows it in the exercise's text).
EXERCISE_SENTENCE = "The minister said the talks were useful and the talks will go on, but the minister’s critics said they were not."


def _sentence_tokens() -> list[str]:

    return tokenize(EXERCISE_SENTENCE)


# --- 02.1 ---------------------------------------------------------------------------------------


@exercise(
    "02.1",
    "How many tokens and how many types does the exercise sentence have? (tokens, types)",
    hints=(
        (lambda a, e: is_number(a), "Give two numbers as a pair, tokens first: `(tokens, types)`."),
        (
            lambda a, e: not (isinstance(a, (tuple, list)) and len(a) == 2),
            "Give exactly two numbers in brackets, tokens first: `(tokens, types)`.",
        ),
        (lambda a, e: same(list(a), list(e)[::-1]), "Nearly: tokens come first, then types."),
        (
            lambda a, e: same(a[0], len(EXERCISE_SENTENCE)),
            "That first number counts characters. Count tokens with `len(tokenize(exercise_sentence))`.",
        ),
        (
            lambda a, e: same(a[1], a[0]),
            "Tokens and types cannot be equal here: `the`, `talks` and `said` occur more than once. "
            "Count types with `len(set(tokenize(exercise_sentence)))`.",
        ),
        (
            lambda a, e: same(a[0], e[0]) and not same(a[1], e[1]),
            "The tokens are right; count each distinct word once for the types: "
            "`len(set(tokenize(exercise_sentence)))`.",
        ),
    ),
    fallback_hint="Tokenize the sentence with `tokenize(exercise_sentence)`: `len` of the list is the tokens, "
    "`len` of its `set` the types.",
    wrong_examples=(
        Wrong(21, hint="Give two numbers as a pair"),
        Wrong("21, 14", hint="Give exactly two numbers"),
        Wrong((14, 21), hint="Nearly: tokens come first"),
        Wrong((len(EXERCISE_SENTENCE), 14), hint="That first number counts characters."),
        Wrong((21, 21), hint="Tokens and types cannot be equal"),
        Wrong((21, 15), hint="The tokens are right;"),
        Wrong((22, 16), hint=FALLBACK),
    ),
)
def _tokens_and_types() -> tuple[int, int]:
    tokens = _sentence_tokens()
    return (len(tokens), len(set(tokens)))


# --- 02.2 ---------------------------------------------------------------------------------------


@exercise(
    "02.2",
    "How many types of the exercise sentence are left after removing the wordcloud stopwords?",
    hints=(
        (
            lambda a, e: isinstance(a, (list, tuple, set)),
            "That is a collection of words; the answer is how many different ones: "
            "`len(set(remove_stopwords(tokenize(exercise_sentence))))`.",
        ),
        (
            lambda a, e: not is_number(a),
            "Give one whole number: `len(set(remove_stopwords(tokenize(exercise_sentence))))`.",
        ),
        (
            lambda a, e: same(a, len(remove_stopwords(_sentence_tokens()))),
            "That counts the tokens left, repeats included. Count each word once: "
            "`len(set(remove_stopwords(tokenize(exercise_sentence))))`.",
        ),
        (
            lambda a, e: same(a, len(set(_sentence_tokens()))),
            "That counts the types of the whole sentence. Remove the stopwords first: "
            "`remove_stopwords(tokenize(exercise_sentence))`.",
        ),
        (
            lambda a, e: same(a, len(_sentence_tokens())),
            "That counts every token of the sentence. Remove the stopwords, then count each word once.",
        ),
    ),
    fallback_hint="Count the distinct words `remove_stopwords(tokenize(exercise_sentence))` leaves: put "
    "the list inside `len(set(` and `))`.",
    wrong_examples=(
        Wrong(["minister", "said"], hint="That is a collection of words"),
        Wrong("seven", hint="Give one whole number:"),
        Wrong(10, hint="That counts the tokens left"),
        Wrong(14, hint="That counts the types of the whole"),
        Wrong(21, hint="That counts every token of"),
        Wrong(3, hint=FALLBACK),
    ),
)
def _left_after_stopwords() -> int:
    return len(set(remove_stopwords(_sentence_tokens())))


# --- 02.3 ---------------------------------------------------------------------------------------


def _gone_words() -> list[str]:
    """The exercise sentence's words (in order, once each) that the stopword list removes."""
    left = set(remove_stopwords(_sentence_tokens()))
    return list(dict.fromkeys(w for w in _sentence_tokens() if w not in left))


def _word(a) -> str:
    """A one-word answer as the checks compare it: no surrounding spaces, quotes or full stop; any case."""
    return a.strip().strip(".,;:!?\"'“”‘’").casefold()


def _is_word(a) -> bool:
    return isinstance(a, str) and len(a.split()) == 1


@exercise(
    "02.3",
    "Which word of the exercise sentence that turns the critics' verdict around does the stopword list remove?",
    hints=(
        (
            lambda a, e: not isinstance(a, str),
            'Give one word as text in quotation marks, for example `answer_02_3 = "word"`.',
        ),
        (
            lambda a, e: not _is_word(a),
            "Give just one word, without spaces: the one that has gone.",
        ),
        (
            lambda a, e: _word(a) in set(remove_stopwords(_sentence_tokens())),
            "That word is still there. Print `remove_stopwords(tokenize(exercise_sentence))` and look "
            "for a word of the sentence that is missing.",
        ),
        (
            lambda a, e: _word(a) in _gone_words(),
            "That word has gone too, but it does not change what the critics say. Read the end of the "
            "sentence: *they were ...*",
        ),
        (
            lambda a, e: _word(a) not in _sentence_tokens(),
            "That word is not in the exercise sentence: pick a word of the sentence that the list removed.",
        ),
    ),
    compare=lambda a, e: isinstance(a, str) and _word(a) == e,
    wrong_examples=(
        Wrong(0, hint="Give one word as text"),
        Wrong("they were not", hint="Give just one word"),
        Wrong("minister", hint="That word is still there."),
        Wrong("the", hint="That word has gone too"),
        Wrong("never", hint="That word is not in the exercise sentence"),
    ),
    success="Correct: a stopword list that removes *not* turns the critics' verdict around. Say which list you use.",
)
def _the_negation() -> str:
    return next(w for w in _gone_words() if w in ("not", "no", "never", "cannot"))


def _engage_rate(name: str = "news", *, content_only: bool = False) -> float:
    full, content = _tables()
    table = full[name]
    count = int(table.set_index("word").loc["engage", "count"])
    words = int(content[name]["count"].sum()) if content_only else int(table["count"].sum())
    return count / words * 1000


@exercise(
    "02.4",
    "How often does the cleaned newspaper use the word 'engage', per 1,000 words?",
    hints=(
        (
            lambda a, e: not is_number(a),
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
            lambda a, e: close(a, e / 1000, 0.0005),
            "That is a share of one word. Multiply by 1,000 to get a rate per 1,000 words.",
        ),
        (
            lambda a, e: close(a, e / 10, 0.005),
            "That looks like a percentage (per 100 words). Per 1,000 words is ten times more.",
        ),
        (
            lambda a, e: close(a, _engage_rate(content_only=True)),
            "You divided by the number of words left "
            "after removing stopwords. Divide by all the words of the cleaned text, `len(news_tokens)`.",
        ),
        (
            lambda a, e: close(a, _engage_rate("news_raw")),
            "That is the rate in the raw file, photo gallery "
            "included. Use the cleaned text: `news_freq` or `news_tokens`.",
        ),
    ),
    fallback_hint="Find `engage` in `news_freq` and read its `per_1000` column (one value out of a table: "
    'notebook 01\'s worked box, `news_freq.set_index("word").loc["engage", "per_1000"]`), or compute '
    "count / len(news_tokens) * 1000.",
    compare=lambda a, e: close(a, e),
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


# --- 02.5 ---------------------------------------------------------------------------------------


@cache
def _phrase_count(text_name: str, phrase: str) -> int:

    return len(concordance(_texts()[text_name], phrase))


def _pair(a) -> bool:
    return isinstance(a, (tuple, list)) and len(a) == 2


@exercise(
    "02.6",
    "How many times does 'air strikes' occur in the raw newspaper file and in the cleaned article?",
    hints=(
        (lambda a, e: is_number(a), "Give two numbers as a pair, raw first: `(raw, cleaned)`."),
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
        Wrong((8, 0), hint="That counts *Russian air strikes*."),
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


def _rank_in_both(word: str) -> tuple[int, int] | None:
    """A raw-file top-10 content word's rank in the raw file and in the article, if it is in both."""
    raw_top, cleaned, _ = _ranks()
    return (int(raw_top[word]), int(cleaned[word])) if word in raw_top and word in cleaned else None


@exercise(
    "02.5",
    "Which of the raw newspaper's top 10 content words that also occur in the article falls "
    "furthest in rank in the article?",
    hints=(
        (
            lambda a, e: not isinstance(a, str),
            'Give one word as a string, in quotation marks, for example "visit" (not its ranks).',
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
            lambda a, e: (ranks := _rank_in_both(_word(a))) is not None and ranks[1] <= ranks[0],
            "That word rises (or stays) in the article. Look for the one whose rank number grows the most "
            "from `raw_content` to `news_content`.",
        ),
    ),
    fallback_hint="That word falls, but another falls further: compare each word's rank in `raw_content` "
    "and in `news_content` (the tables without stopwords).",
    wrong_examples=(
        Wrong(("syria", 3, 17), hint="Give one word as a string"),
        Wrong("moscow", hint="That word is not among"),
        Wrong("air", hint="That word never occurs in"),
        Wrong("russia", hint="That word rises (or stays)"),
        Wrong("said", hint=FALLBACK),
    ),
)
def _falls_furthest() -> str:
    """The word whose rank number grows most from the raw file to the article (ties: alphabetical)."""
    raw_top, cleaned, _ = _ranks()
    moves = sorted((-(cleaned[w] - r), w) for w, r in raw_top.items() if w in cleaned)
    return moves[0][1]
