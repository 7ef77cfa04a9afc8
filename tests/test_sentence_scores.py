"""helpers.sentence_scores gives exactly TextBlob's and VADER's scores, sentence by sentence.

The fast scorer re-implements TextBlob's pattern scorer and skips VADER's call where VADER
must return 0.0; these tests compare it with the libraries themselves (``TextBlob(s).sentiment``
and ``SentimentIntensityAnalyzer.polarity_scores(s)["compound"]``), for exact equality, on:

* sentences written for this test in the styles of news reports and government press releases,
  with the cases the scorers' rules handle (negation, intensifiers, "but", capitals, quotation
  marks, contractions, abbreviations, exclamation marks, sarcasm ``(!)``, emoticons, emoji,
  paragraph breaks, odd whitespace);
* every sentence of the course texts (helpers.course_texts, raw and cleaned);
* the sentences of a synthetic corpus (helpers.synthetic);
* seeded random word salads built from both lexicons, the negations, the intensifiers and
  punctuation, so that the rules meet in combinations nobody would think to write.
"""

from __future__ import annotations

import random

import pytest

from helpers.course_texts import load_course_texts
from helpers.paragraphs import split_paragraphs
from helpers.sentence_scores import pattern_sentiment, sentence_scores, vader_compound
from helpers.sentiment import text_sentiment, vader_analyser, vader_scores
from helpers.synthetic import synthetic_corpus
from helpers.texts import load_text, text_ids
from helpers.tokens import sentences

WRITTEN = [
    # Press releases
    "The Secretary of State today announced a £40 million package to support flood-hit communities.",
    "We are delighted to welcome this excellent news, which will bring real benefits to families.",
    '"This is a landmark moment for our country," said the Minister for Housing.',
    "The government remains fully committed to working with partners to deliver a safer, fairer future.",
    "Our relations with Russia cannot be 'business as usual' whilst Russia continues to destabilise Ukraine.",
    "The new scheme is not only ambitious but also affordable, and it will not be delayed.",
    "Ministers have never been more determined to tackle this unacceptable behaviour.",
    "It's a really good day for British farmers, and it isn't the last.",
    "The Department for Transport (DfT) confirmed that works on the A1 will finish by Dec. 2026.",
    "Mr. Smith, Dr. Jones and Prof. U.S. Grant met at 10 a.m. on Tuesday.",
    "Funding of up to £2.5m is available; applications close on 31 March.",
    "The Prime Minister said: \u201cWe will not stand by while our allies are threatened.\u201d",
    "The Foreign Secretary\u2019s statement was welcomed by NATO partners.",
    "This is an extremely positive step - and a very, very welcome one!",
    "Notes to editors: 1. The figures are provisional. 2. They may be revised.",
    "For more information, contact the press office on 020 7946 0000 or email press@example.gov.uk.",
    "The fund is a great success!!! Truly wonderful!",
    "The minister was not happy, but the outcome was good.",
    "The results are hardly encouraging, though not entirely bad.",
    "NEVER before has the council been so supportive of local business.",
    "The plan is kind of good, sort of fair and somewhat late.",
    "This is at least a start, and not the least of our achievements.",
    "Without a doubt, this is an excellent idea.",
    "There is no good reason to delay, and no reason to fear.",
    "The outcome is neither good nor bad.",
    # News reports
    "Violent clashes broke out in the capital last night, leaving dozens injured.",
    "Critics branded the policy a disaster, while supporters called it a bold and brilliant move.",
    "Shares fell sharply on Monday after the bank warned of weaker profits.",
    "Residents said they were terrified (!) as the water rose.",
    "The strike, which unions described as 'regrettable but necessary', enters its third week.",
    "'It's awful,' she said. 'We've lost everything.'",
    "He didn't say whether the talks had failed... or merely stalled.",
    "Police arrested three men; no-one was seriously hurt.",
    "The deal, hailed as historic, was signed in Geneva on Friday?!",
    "Is this the end? Nobody knows??",
    "Campaigners were furious :( but the council was delighted :)",
    "Fans posted <3 and :-D after the win, and one wrote ;-) under the video.",
    "The mood was grim \U0001f622 but the crowd cheered \U0001f600 at the end.",
    "The report was, frankly, shit.",
    "Voters are VERY ANGRY about the cuts, an MP said.",
    "\u201cIt\u2019s not good enough,\u201d said a spokeswoman.",
    "The so-called \u2018reforms\u2019 were quietly dropped.",
    'In a U-turn, the government said it would "pause" the plan.',
    "She said it was \u201cthe worst flooding in living memory\u201d.",
    "Officials did not comment.",
    "Talks in Moscow.",
    "",
    "   ",
    "!",
    "(!)",
    "...",
    "Good.",
    "not",
    "Heading without a full stop\n\nThen a first sentence. Then a second one.",
    "Line one\r\nline two\twith a tab\u00a0and a no-break space.",
    "The fund\u2019s managers weren\u2019t impressed; they'd hoped for more, and they'll say so.",
    "It is absolutely not a bad result, said the very happy coach!",
    "The really not good news came late.",
    "Really good, really bad, really not sure.",
    "He isn't bad at all - not bad at all!",
    "Prices are up 3.5% year-on-year, the ONS said (provisional).",
    "The e.g. and i.e. abbreviations, etc., appear here.",
    "A Mr. or a Mrs. may attend; St. Paul's will host.",
    "Over 200 people were killed, dozens were wounded and many more remain missing.",
    "The decision was a huge relief for hard-working families across the UK.",
    "It was the best of times, it was the worst of times.",
    "The excellent, excellent, excellent team won!",
    "At least the new bridge is safe, officials said.",
    "The scheme is at least helpful, and at least fair.",
    "It was the very least helpful answer the committee had heard.",
    "Of all the options, this is the least harmful.",
    "The least popular measure was dropped, and least said the better.",
    "Least effective of all was the advertising campaign.",
    "Ministers are at least partly to blame, the least bad option being delay.",
    "No, the plan is not good, nor fair, nor popular.",
    "There was no help or support for residents.",
    "This is kind of disappointing, but sort of expected.",
    "Never so good a harvest, said the farmers, and never this welcome.",
]


def _libraries(text: str) -> tuple[float, float, float]:
    blob = text_sentiment(text)
    return blob["polarity"], blob["subjectivity"], vader_scores(text)["compound"]


def _mismatches(texts: list[str]) -> list[tuple[str, tuple[float, float, float], tuple[float, float, float]]]:
    wrong = []
    for text in texts:
        expected, got = _libraries(text), sentence_scores(text)
        if got != expected:
            wrong.append((text, expected, got))
    return wrong


def _word_salads(count: int, seed: int) -> list[str]:
    """Random sentences mixing both lexicons' words with negations, intensifiers and punctuation."""
    from textblob.en import sentiment as pattern

    rng = random.Random(seed)
    pattern_words = sorted(w for w in dict.keys(pattern) if w.isalpha()) if len(pattern) else []
    vader_words = sorted(w for w in vader_analyser().lexicon if w.isalpha())
    extras = [
        "not",
        "no",
        "never",
        "n't",
        "isn't",
        "don't",
        "very",
        "really",
        "extremely",
        "hardly",
        "barely",
        "kind",
        "of",
        "sort",
        "but",
        "least",
        "at",
        "without",
        "doubt",
        "so",
        "this",
        "nor",
        "or",
        "the",
        "a",
        "is",
        "was",
        "minister",
        "talks",
        "government",
        "!",
        "?",
        ".",
        ",",
        ";",
        "(!)",
        ":)",
        ":(",
        ":-D",
        "<3",
        ";-)",
        "'",
        '"',
        "\u201c",
        "\u201d",
        "\u2019",
        "(",
        ")",
        "...",
        "U.S.",
        "Mr.",
        "e.g.",
        "etc.",
        "3.5%",
        "--",
        "-",
        "&",
        "@home",
        "#tag",
    ]
    out = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(1, 25)):
            pick = rng.random()
            if pick < 0.3:
                word = rng.choice(pattern_words)
            elif pick < 0.5:
                word = rng.choice(vader_words)
            else:
                word = rng.choice(extras)
            if rng.random() < 0.1:
                word = word.upper()
            elif rng.random() < 0.1:
                word = word.capitalize()
            if rng.random() < 0.1:
                word += rng.choice([".", ",", "!", "'s", "n't", "...", ")", '"', "\u2019s", "ly"])
            if rng.random() < 0.05:
                word = rng.choice(["(", '"', "'", "\u201c", "#"]) + word
            words.append(word)
        out.append(" ".join(words) + rng.choice(["", ".", "!", "?", "!!", " (!)", " :)", "\n\nNext."]))
    return out


def test_written_sentences_score_exactly_as_the_libraries() -> None:
    assert _mismatches(WRITTEN) == []


def test_course_text_sentences_score_exactly_as_the_libraries() -> None:
    # Every text of the catalogue, raw and cleaned: its sentences, its paragraphs and the whole texts.
    texts = [load_text(i).raw for i in text_ids()] + list(load_course_texts(clean=True).values())
    said = sorted(
        {s for t in texts for s in sentences(t)}
        | {p for t in texts for p in split_paragraphs(t)}
        | set(texts)
    )
    assert len(said) > 80
    assert _mismatches(said) == []


def test_synthetic_sentences_score_exactly_as_the_libraries() -> None:
    corpus = synthetic_corpus(n_releases=20, articles_per_release=9, seed=5, check_tokens=False).corpus
    said = [s for text in corpus["text"] for s in sentences(text)]
    assert len(said) > 3000
    assert _mismatches(said) == []


@pytest.mark.parametrize("seed", [1, 2])
def test_random_word_salads_score_exactly_as_the_libraries(seed: int) -> None:
    salads = _word_salads(2500, seed)
    assert _mismatches(salads) == []


def test_the_tests_can_tell_scores_apart() -> None:
    # The comparison is strict: a sentence with opinion words gets non-zero scores, and the
    # scorer's answer changes with the words.
    assert pattern_sentiment("A good day.") != pattern_sentiment("A bad day.")
    assert vader_compound("A good day.") > 0 > vader_compound("A bad day.")
    assert sentence_scores("Talks in Moscow.") == (0.0, 0.0, 0.0)
