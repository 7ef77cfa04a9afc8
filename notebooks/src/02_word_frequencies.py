# %% [markdown]
# # 02 · Word frequencies
#
# Before counting, someone decides what a "word" is, which words to leave out and how to compare
# texts of different lengths.
#
# | | |
# |---|---|
# | **Learning objectives** | Count tokens and types; name the stopword list and what removing it hides; compare texts by rates per 1,000 words. |
# | **Time needed** | about 45 minutes (core path); going further: about 85 minutes more |
# | **Prerequisites** | Notebook 01 (the cleaned texts). |

# %%
# The tools used below: you don't need to read this cell.
import textwrap

import pandas as pd
from IPython.display import Markdown, display
from textblob import TextBlob

import helpers
from helpers import plots
from helpers.checks import check, install_unset_answer_hint
from helpers.checks.nb02 import EXERCISE_SENTENCE
from helpers.cleaning import clean_text, label_paragraphs, repair_encoding
from helpers.concordance import concordance
from helpers.frequencies import (
    compare_frequencies,
    describe_texts,
    frequency_table,
    mattr,
    side_by_side,
    type_token_ratio,
    without_stopwords,
)
from helpers.report import months_apart
from helpers.tokens import (
    count_ngrams,
    describe_stopwords,
    is_number,
    lemmatize,
    ngrams_by_sentence,
    remove_stopwords,
    stopword_list,
    tokenize,
)

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 100)

# As in notebook 01, we work on the cleaned texts, and keep the newspaper file as received too
# (news_raw), to see what its photo gallery does to the counts.
press = clean_text(helpers.load_text("press_release").raw)
news_raw = helpers.load_text("newspaper").raw
news = clean_text(news_raw)

# %% [markdown]
# ## 1. Tokens and types
#
# To count words, a computer first cuts the text into **tokens**: each occurrence of a word is one
# token. The distinct words are the **types**. *"the talks and the visit"* has five tokens but four
# types, because `the` occurs twice.
#
# The course's tokenizer, `tokenize`, cuts words as in notebook 01 and also:
#
# * treats curly (’) and straight (') apostrophes alike, and drops a possessive `'s`
#   (`Johnson’s` → `johnson`);
# * folds capitals to lower case, so `Russia` and `russia` are one type.
#
# A newspaper sentence, tokenized, and each text's size:

# %%
print(tokenize("But Mr Johnson’s visit will not be with a clean slate."))
exercise_sentence = EXERCISE_SENTENCE  # the made-up sentence of exercises 02.1 to 02.3
press_tokens = tokenize(press)
news_tokens = tokenize(news)
raw_tokens = tokenize(news_raw)
Markdown(
    f"The cleaned press release has **{len(press_tokens)}** tokens of **{len(set(press_tokens))}** types; "
    f"the cleaned newspaper article **{len(news_tokens)}** tokens of **{len(set(news_tokens))}** types."
)

# %% [markdown]
# **Exercise 02.1.** Take `exercise_sentence`, a made-up sentence: *"The minister said the talks
# were useful and the talks will go on, but the minister’s critics said they were not."* How many
# **tokens** and **types** does it have? Answer `(tokens, types)`. (Hint:
# `len(tokenize(exercise_sentence))` counts tokens and `len(set(tokenize(exercise_sentence)))` types.)

# %% tags=["solution"]
answer_02_1 = (len(tokenize(exercise_sentence)), len(set(tokenize(exercise_sentence))))

# %%
check("02.1", answer_02_1)

# %% [markdown]
# ## 2. Counting words, and why stopwords matter
#
# `frequency_table` turns tokens into a table with one row per type, with its `count` and `rank`
# (1 = most frequent; ties share a rank). Each text's top 20:

# %%
press_freq = frequency_table(press_tokens)
news_freq = frequency_table(news_tokens)
display(
    side_by_side(
        {"press_release": press_freq, "newspaper": news_freq}, n=20, columns=("word", "count", "rank")
    )
)
stops = stopword_list("wordcloud")
press_top_stops = int(press_freq.head(20)["word"].isin(stops).sum())
news_top_stops = int(news_freq.head(20)["word"].isin(stops).sum())
Markdown(
    f"**{press_top_stops}** of the press release's top 20 words and **{news_top_stops}** of the newspaper's "
    "are words like *the*, *to* and *of*, common to every English text."
)

# %% [markdown]
# Such words are **stopwords**, usually left out. No list is official; the course uses the
# `wordcloud` package's:

# %%
print(textwrap.fill(", ".join(sorted(stops)), width=100))

# %% [markdown]
# It holds negations (`not`, `cannot`, `no`) and the pronouns `we` and `our`, but not `will`,
# `said`, `mr` or `us`: each is a decision about what counts. Removing stopwords removes meaning
# too, as exercise 02.3 shows.
#
# **Exercise 02.2.** How many **types** of the sentence are left after
# `remove_stopwords(tokenize(exercise_sentence))`?

# %% tags=["solution"]
answer_02_2 = len(set(remove_stopwords(tokenize(exercise_sentence))))

# %%
check("02.2", answer_02_2)

# %% [markdown]
# **Exercise 02.3.** Read what is left (`print(remove_stopwords(tokenize(exercise_sentence)))`):
# which one word that turns the critics' verdict around has gone? Give it in quotation marks.

# %% tags=["solution"]
print(remove_stopwords(tokenize(exercise_sentence)))  # "they were not" has lost its "not"
answer_02_3 = "not"

# %%
check("02.3", answer_02_3)

# %% [markdown]
# ## 3. Counts and rates per 1,000 words
#
# A longer text has more of nearly every word, so compare **rates per 1,000 words**, not counts:
#
# > rate per 1,000 words = count ÷ words in the text × 1,000.
#
# A frequency table has it in its `per_1000` column. The newspaper's first rows:

# %%
news_freq.head(3)

# %% [markdown]
# Here is `russia` in three texts:

# %%
raw_freq = frequency_table(raw_tokens)
versions = {"press_release": press_freq, "newspaper (cleaned)": news_freq, "newspaper (raw file)": raw_freq}
russia = pd.DataFrame(
    {
        "words in the text": {name: int(table["count"].sum()) for name, table in versions.items()},
        "count": {
            name: int(table.set_index("word").loc["russia", "count"]) for name, table in versions.items()
        },
        "per_1000": {
            name: table.set_index("word").loc["russia", "per_1000"] for name, table in versions.items()
        },
    }
)
display(russia.round(1))
pr, raw_file, cleaned = "press_release", "newspaper (raw file)", "newspaper (cleaned)"
Markdown(
    f"The raw newspaper file says *Russia* more often than the press release (**{russia.loc[raw_file, 'count']}** "
    f"against **{russia.loc[pr, 'count']}**), but it is **{russia.loc[raw_file, 'words in the text']:,}** words "
    f"long, against **{russia.loc[pr, 'words in the text']}**. Per 1,000 words, the press release says *Russia* "
    f"**{russia.loc[pr, 'per_1000']:.1f}** times, the raw file **{russia.loc[raw_file, 'per_1000']:.1f}** and the "
    f"cleaned article **{russia.loc[cleaned, 'per_1000']:.1f}**. "
    "Keep the counts beside the rates: a rate built on two or three occurrences is fragile."
)

# %% [markdown]
# **Exercise 02.4.** How often does the **cleaned** newspaper use `engage`, **per 1,000 words**?
# (Hint: `set_index("word")` labels the rows by word instead of 0, 1, 2..., so that `.loc` finds
# one value, as in notebook 01's worked box:
# `news_freq.set_index("word").loc["engage", "per_1000"]`.)

# %% tags=["solution"]
engage_count = news_freq.set_index("word").loc["engage", "count"]
answer_02_4 = engage_count / len(news_tokens) * 1000

# %%
check("02.4", answer_02_4)

# %% [markdown]
# ## What we found
#
# * A count depends on the tokenizer's rules (section 1) and the stopword list: say which.
# * Compare texts of different lengths by rates per 1,000 words, with the counts beside them.
# * Next, notebook 03: which words are typical of one text?

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Pick a word in one text's top 20 (section 2) that
# is not in the other's. What might it say about how that text frames the visit, and what can a
# count not tell you?
#
# *Double-click this cell and write your answer here, in place of this line.*

# %% [markdown]
# ## Going further (optional)
#
# *Optional*: what the stopword list removes, other tokenizers, lemmas, ties in charts, what the
# photo gallery does to the counts, phrases, word clouds and vocabulary diversity.

# %% [markdown]
# ### Which words the list removes
#
# **Removing stopwords removes meaning too.** Here are the first words of a sentence of the press
# release, before and after: the negation and the government's *our* both disappear.

# %%
quote = "Our relations with Russia cannot be 'business as usual'"
print(tokenize(quote))
print(remove_stopwords(tokenize(quote)))

# %% [markdown]
# **Lower-casing merges words.** `us` is not in the list. Should it be? A **concordance** answers
# that: it lists every occurrence of a word with the words just before (`left`) and after
# (`right`) it, as written. Here is every `us` of the newspaper:

# %%
us_lines = concordance(news, "us")
us_lines[["left", "match", "right"]]

# %%
Markdown(
    f"**{int((us_lines['match'] == 'US').sum())}** of the newspaper's **{len(us_lines)}** `us` tokens are `US`, "
    "the United States, written in capitals; lower-casing made them look like the pronoun. A stopword list "
    "that included `us` would quietly delete a country."
)

# %% [markdown]
# For a few words whose fate is a decision (see section 2), whether the list removes them and how
# often each text uses them:

# %%
comparison = compare_frequencies(press_tokens, news_tokens, names=("press_release", "newspaper"))
choices = ["not", "cannot", "we", "our", "will", "said", "mr", "us"]
choice_table = comparison.set_index("word").reindex(choices, fill_value=0)[
    ["count_press_release", "count_newspaper"]
]
choice_table.insert(0, "removed as a stopword?", choice_table.index.isin(stops))
choice_table

# %% [markdown]
# ### Numbers and abbreviations
#
# The tokenizer's other rules:
#
# * numbers stay whole (`35,000`, `2016`), and so does what is written against them: ordinals
#   (`50th`), money with its unit (`£10bn`), times (`8.10am`, `23:59`), measures (`165cm`, `2.5%`)
#   and decades (`1990s`);
# * names made of letters and digits stay whole (`G7`, `COVID-19`), and so do dotted abbreviations,
#   with their dots (`U.S.` is `u.s.`, not the word `us`; `e.g.`, `a.m.`);
#
# Our two texts have few numbers, but news in general is full of them. A made-up sentence in the
# style of wire copy shows the number and abbreviation rules at work (a simpler rule would cut
# `50th` into `5` + `0th` and `U.S.` into `u` + `s`, and those pieces would then turn up as "words"
# in every table):

# %%
print(tokenize("The G7's 50th summit in the U.S. cost £10bn; talks began at 8.10am, as in the 1990s."))

# %% [markdown]
# ### Another tokenizer, other counts
#
# The tokenizer is a choice. TextBlob, the library the course uses for sentiment in a later
# notebook, has its own: `TextBlob(text).words` (NLTK's Treebank rules). The table puts the two side
# by side on short pieces of our two texts (tokens separated by `·`).

# %%
examples = [
    "But Mr Johnson’s visit will not be with a clean slate.",  # newspaper: curly apostrophe
    "our security preparations for next summer's World Cup.",  # press release: straight apostrophe
    "but it doesn't have to be that way.",  # press release
    "During face-to-face talks in Moscow",  # press release
    "1/19 Syrian boys cry following Russian air strikes",  # newspaper: a photo caption
]
pd.DataFrame(
    {
        "text": examples,
        "course tokenizer": [" · ".join(tokenize(e)) for e in examples],
        "TextBlob .words": [" · ".join(TextBlob(e).words) for e in examples],
    }
)

# %% [markdown]
# Read the rows carefully:
#
# * TextBlob keeps capitals, so `Russia` and `russia` would be two types.
# * With a straight apostrophe TextBlob splits `summer's` into `summer` + `'s`, and `doesn't` into
#   `does` + `n't`. With the newspaper's *curly* apostrophe it does worse: `Johnson’s` becomes
#   `Johnson`, `’` and `s`, so a punctuation mark and a lone letter are counted as "words".
# * TextBlob keeps the caption number `1/19` as one token; the course tokenizer reads two numbers.
#
# Neither is "right": they answer different needs. What matters is to use **one** tokenizer for
# every text you compare, and to say which. From here on, every count uses `tokenize`.

# %% [markdown]
# ### Lemmas
#
# Lemmatizing merges even more words than lower-casing. A **lemma** is a word's dictionary form: `talks` → `talk`,
# `said` → `say`. Counting lemmas puts `continue` and `continues` together, which is often what
# we want. The course can do it with `helpers.tokens.lemmatize` (the simplemma library), but it
# looks words up without reading the sentence, and makes mistakes like these:

# %%
forms = ["continues", "talks", "said", "us", "sessions", "pressing"]
pd.DataFrame({"word form": forms, "lemma": lemmatize(forms)})

# %%
Markdown(
    f"`us` (the United States) becomes the pronoun `we`, which is a stopword: lemmatize, then remove "
    f"stopwords, and the newspaper's **{choice_table.loc['us', 'count_newspaper']}** mentions of the US vanish. "
    f"`sessions` is Jeff Sessions; `pressing` (*most pressing challenges*) is not the verb *press*. "
    f"Lemmatizing would turn the press release's **{len(set(press_tokens))}** types into "
    f"**{len(set(lemmatize(press_tokens)))}** and the newspaper's **{len(set(news_tokens))}** into "
    f"**{len(set(lemmatize(news_tokens)))}**. This course counts **word forms**, not lemmas, unless a notebook "
    "says otherwise."
)

# %% [markdown]
# ### The top content words
#
# The top 20 again, with the `wordcloud` stopwords left out. `without_stopwords` removes them from
# the *table*, after counting, so the rates stay per 1,000 words of the whole text. We call the
# remaining words *content words*.

# %%
press_content = without_stopwords(press_freq, "wordcloud")
news_content = without_stopwords(news_freq, "wordcloud")
side_by_side(
    {"press_release": press_content, "newspaper": news_content}, n=20, columns=("word", "count", "rank")
)


# %%
def top_words(table, n=5):
    """The words ranked n or better, as `word` (count), for a sentence."""
    top = table[table["rank"] <= n]
    return ", ".join(f"`{w}` ({c})" for w, c in zip(top["word"], top["count"]))


Markdown(
    f"Without stopwords, the press release's top words are {top_words(press_content)}; "
    f"the newspaper's are {top_words(news_content)}. "
    f"`will`, which the list keeps, ranks **{press_content.set_index('word').loc['will', 'rank']}** in the "
    f"press release: it announces what the Foreign Secretary *will* say. With a list that includes *will*, "
    "it would be gone."
)

# %% [markdown]
# The chart shows the 15 most frequent content words of each text as rates, on the same scale, with
# the raw count in brackets at the end of each bar.

# %%
fig = plots.top_words_side_by_side(
    {"press_release": press_content, "newspaper": news_content},
    n=15,
    value="per_1000",
    title="Most frequent content words (wordcloud stopwords removed), per 1,000 words of each cleaned text",
)

# %% [markdown]
# ### Numbers among the top words

# %%
numbers_in_top = [w for w in news_content.head(20)["word"] if is_number(w)]
Markdown(
    f"Notice the number{'s' if len(numbers_in_top) != 1 else ''} among the newspaper's top 20 content words "
    f"({', '.join(f'`{w}`' for w in numbers_in_top)}): the tokenizer keeps numbers, and no stopword list removes "
    'them. `tokenize(text, numbers="drop")` would. That is a choice too.'
)

# %% [markdown]
# ### Ties at the bottom of a chart

# %%
bars = pd.concat([press_content.head(15), news_content.head(15)])


def tie_note(name, table, n=15):
    """How many words share the count of the chart's last bar, and how many of them are shown."""
    last = table["count"].iloc[n - 1]
    tied = int((table["count"] == last).sum())
    shown = int((table.head(n)["count"] == last).sum())
    return (
        f"* {name}: **{tied}** content words are used **{last}** times, the count of the last bar; "
        f"the chart shows **{shown}** of them, chosen by the alphabet, not by the text."
    )


Markdown(
    f"**{int((bars['count'] <= 3).sum())}** of these **{len(bars)}** bars rest on three occurrences or fewer: with "
    "texts this short, one sentence more or less would reorder the bottom of each list. And the cut-off at 15 "
    "falls in the middle of a tie:\n\n"
    f"{tie_note('press_release', press_content)}\n{tie_note('newspaper', news_content)}\n\n"
    "The bottom bars are a sample of equally frequent words, not the next most frequent ones. "
    "Read the top of the lists, and go back to the texts."
)

# %% [markdown]
# ### What the photo gallery does to the newspaper's top words
#
# Notebook 01 found that more than half of the newspaper file is a photo gallery, *"In pictures:
# Russian air strikes in Syria"*. What would we have concluded if we had counted the file as it is?

# %%
raw_content = without_stopwords(raw_freq, "wordcloud")

# %%
top_ranks = raw_content.loc[raw_content["rank"] <= 10, "rank"]
Markdown(
    f"The raw file's top content words, rank 10 or better in `raw_content`, are **{len(top_ranks)}** words, "
    f"not 10: **{int((top_ranks == top_ranks.max()).sum())}** of them tie at rank **{top_ranks.max()}**."
)

# %% [markdown]
# **Exercise 02.5.** Before you look at the tables below, use `raw_content` and `news_content`
# (both without stopwords): among those top words that **also** occur in the cleaned article,
# which one **falls furthest** in rank in the article (its rank number grows the most)? Give the
# word. (Hint: `news_content.set_index("word").loc["russia", "rank"]` gives a word's rank in the
# article; a `KeyError` means the word is not in the article: skip it.)

# %% tags=["solution"]
raw_top10 = raw_content.loc[raw_content["rank"] <= 10, ["word", "rank"]]
in_article = raw_top10.merge(news_content[["word", "rank"]], on="word", suffixes=("_raw", "_article"))
in_article["fall"] = in_article["rank_article"] - in_article["rank_raw"]
answer_02_5 = in_article.sort_values(["fall", "word"], ascending=[False, True])["word"].iloc[0]

# %%
check("02.5", answer_02_5)

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (exercise 02.5, continued).** Read that word's concordance in the article: in a
# new cell, run `concordance(news, "your word")[["left", "match", "right"]]`. What is the article
# about where it uses the word: the war the photo gallery shows, or something else? Quote one line
# as your evidence.
#
# *Double-click this cell and write your answer here, in place of this line.*

# %%
side_by_side(
    {"newspaper (raw file)": raw_content, "newspaper (cleaned)": news_content},
    n=15,
    columns=("word", "count", "rank"),
)

# %%
fig = plots.top_words_side_by_side(
    {"newspaper (raw file)": raw_content, "newspaper (cleaned)": news_content},
    n=15,
    value="per_1000",
    title="The newspaper's content words, per 1,000 words: the file as received vs the article",
)
# Both panels are the newspaper: repaint the raw file's panel (title and bars) in the neutral grey.
grey = plots.color_for("neutral")
raw_panel = fig.axes[0]
raw_panel.set_title(
    raw_panel.get_title(loc="left"), loc="left", color=grey, fontsize=plots.TITLE_SIZE, pad=12
)
for bar in raw_panel.patches:
    bar.set_color(grey)

# %%
raw_top = raw_content[raw_content["rank"] <= 10]
gone = raw_top.loc[~raw_top["word"].isin(news_content["word"]), "word"].tolist()
Markdown(
    f"Of the raw file's **{len(raw_top)}** top content words (rank 10 or better), **{len(gone)}** never occur in "
    f"the article itself: {', '.join(f'`{w}`' for w in gone)}. The number `19` ranks "
    f"**{raw_content.set_index('word').loc['19', 'rank']}**: it is the gallery's numbering (*1/19*, *2/19*, …). "
    f"`syria` drops from rank **{raw_content.set_index('word').loc['syria', 'rank']}** to rank "
    f"**{news_content.set_index('word').loc['syria', 'rank']}**. Counted raw, the newspaper would seem to be "
    "about Russian air strikes in Syria; its article is about a diplomatic visit."
)

# %% [markdown]
# ### Phrases: n-grams
#
# Single words lose their neighbours: `business` and `usual` mean little apart. An **n-gram** is a
# run of *n* consecutive tokens: a *bigram* is two (`air strikes`), a *trigram* three (`business as
# usual`). `ngrams_by_sentence` makes n-grams within each sentence, so that none joins the last word
# of one sentence to the first of the next, and `count_ngrams` counts them.
#
# Note that we keep the stopwords here: `business as usual` needs its `as`. (Removing stopwords
# *before* making n-grams would invent the bigram `business usual`, which neither text contains.)

# %%
press_bigrams = count_ngrams(ngrams_by_sentence(press, 2))
news_bigrams = count_ngrams(ngrams_by_sentence(news, 2))
side_by_side({"press_release": press_bigrams, "newspaper": news_bigrams}, n=10, columns=("ngram", "count"))

# %%
press_trigrams = count_ngrams(ngrams_by_sentence(press, 3))
news_trigrams = count_ngrams(ngrams_by_sentence(news, 3))
side_by_side({"press_release": press_trigrams, "newspaper": news_trigrams}, n=10, columns=("ngram", "count"))

# %%
top_bigrams = pd.concat([press_bigrams.head(10), news_bigrams.head(10)])["ngram"]
with_stopword = sum(any(w in stops for w in gram.split()) for gram in top_bigrams)
shared_trigrams = sorted(set(press_trigrams.head(10)["ngram"]) & set(news_trigrams.head(10)["ngram"]))
Markdown(
    f"**{with_stopword}** of the **{len(top_bigrams)}** top bigrams contain a stopword; trigrams start to look like "
    f"phrases. In both texts' top 10 trigrams: {', '.join(f'`{g}`' for g in shared_trigrams)}."
)

# %% [markdown]
# A concordance ("Which words the list removes" above; notebook 03 uses it a lot) shows every occurrence of a phrase too:

# %%
pd.concat(
    {
        "press_release": concordance(press, "business as usual"),
        "newspaper": concordance(news, "business as usual"),
    }
)[["left", "match", "right"]]

# %%
Markdown(
    f"The phrase occurs **{len(concordance(press, 'business as usual'))}** times in the press release and "
    f"**{len(concordance(news, 'business as usual'))}** times in the newspaper, and every time it is negated "
    "(*cannot be*, *does not signal*, *not a return to*) and comes from the government, in its own release "
    "or quoted by the newspaper. A shared phrase is a first sign of the newspaper reusing the government's "
    "words (notebook 06 measures it)."
)

# %% [markdown]
# **Exercise 02.6.** How many times does the phrase *air strikes* occur in the **raw** newspaper
# file, and how many times in the **cleaned** article? Give both numbers as a pair, raw first:
# `(raw, cleaned)`. (Hint: `len(concordance(text, "air strikes"))` counts a phrase.)

# %% tags=["solution"]
answer_02_6 = (len(concordance(news_raw, "air strikes")), len(concordance(news, "air strikes")))

# %%
check("02.6", answer_02_6)

# %% [markdown]
# ### Where does "air strikes" come from?
#
# Exercise 02.6 found *air strikes* in the raw file only. To see *where* in the file it is, we
# count the phrase in each paragraph, labelled as in notebook 01 (caption, gallery heading,
# body...), and add up by part:

# %%
news_paragraphs = label_paragraphs(repair_encoding(news_raw))
news_paragraphs["air strikes"] = [len(concordance(p, "air strikes")) for p in news_paragraphs["text"]]
by_part = news_paragraphs.groupby("part")["air strikes"].sum()
by_part

# %% [markdown]
# A phrase is counted as it is *spelled*. The captions also write the same idea in other ways,
# which the count above misses:

# %%
spellings = pd.DataFrame(
    {
        "raw file": {
            q: len(concordance(news_raw, q)) for q in ["air strikes", "air strike", "airstrikes", "airstrike"]
        },
        "cleaned article": {
            q: len(concordance(news, q)) for q in ["air strikes", "air strike", "airstrikes", "airstrike"]
        },
    }
)
spellings

# %%
in_raw_file = len(concordance(news_raw, "air strikes"))
Markdown(
    f"All **{in_raw_file}** occurrences of *air strikes* in the raw file are in the photo gallery: "
    f"**{by_part.get('caption', 0)}** in the captions, **{by_part.get('gallery_heading', 0)}** in the gallery's "
    f"headings and **{by_part.get('body', 0)}** in the article's body. The cleaned article uses the phrase "
    f"**{len(concordance(news, 'air strikes'))}** times, the press release **{len(concordance(press, 'air strikes'))}**. "
    f"With its other spellings, the raw file speaks of air strikes **{int(spellings['raw file'].sum())}** "
    f"times, the article **{int(spellings['cleaned article'].sum())}** times."
)

# %% [markdown]
# ### Word clouds
#
# A word cloud draws each word at a size that grows with its count. We draw it from our own
# frequency tables (course tokenizer, `wordcloud` stopwords removed), never from raw text, so the
# choices above are the ones shown. The layout is random, so we fix it with `random_state=42`:
# the same tables always give the same picture.
#
# We draw only the words used **at least twice**. Most words of a short text are used once, and a
# cloud cannot draw them all: which of them got in would be decided by the alphabet, not the text.

# %%
press_cloud = press_content[press_content["count"] >= 2]
news_cloud = news_content[news_content["count"] >= 2]
fig = plots.word_clouds_side_by_side(
    {"press_release": press_cloud, "newspaper": news_cloud},
    random_state=42,
    max_words=100,
    title="Content words used at least twice in each cleaned text (wordcloud stopwords removed)",
)

# %% [markdown]
# Word clouds are eye-catching and popular in journalism. Be clear about what they **cannot** show:
#
# * **No counts.** You cannot read off how often a word occurs, or whether two words are equally
#   frequent. Sizes are relative *within* each cloud: a big word in one cloud and a big word in the
#   other may have very different counts.
# * **No context.** `usual` in a cloud does not tell you it was *not business as usual*.
# * **Size is not significance.** A big word is frequent, not distinctive: words that are big in
#   both clouds tell us nothing about the difference. Notebook 03 measures which words are
#   *distinctively* one text's.
# * **Layout and colour mean nothing.** Position and neighbours are random; colour here only marks
#   the text (paler = less frequent).
# * **Long words look bigger.** A long word at the same font size covers more of the picture.
# * **Equal counts, unequal sizes.** When the next word no longer fits, the layout shrinks it, and
#   every word after it. Words with the same count are placed in alphabetical order, so of two
#   equally frequent words, the one later in the alphabet can come out smaller.

# %%
news_counts = news_content.set_index("word")["count"]
Markdown(
    f"In the newspaper's cloud, `us` and `secretary` occur equally often (**{news_counts['us']}** and "
    f"**{news_counts['secretary']}** times), but `secretary` has **{len('secretary')}** letters and `us` "
    f"**{len('us')}**: compare how much of the picture each covers. `ambassador` and `usual` also occur equally "
    f"often (**{news_counts['ambassador']}** and **{news_counts['usual']}** times): compare their sizes. "
    "Equal counts do not guarantee an equal share of the picture."
)

# %% [markdown]
# Use a cloud to start a conversation, and a table or a bar chart to make a claim.

# %% [markdown]
# ### Vocabulary diversity: type/token ratio and MATTR
#
# Does one text use a richer vocabulary than the other? The simplest measure is the
# **type/token ratio** (TTR): types divided by tokens. A text that never repeated a word would have
# a TTR of 1.
#
# But the TTR depends on length: the longer a text, the more its new tokens are words it has
# already used (*the*, *Russia*...), so the TTR falls. Watch it fall as we take the first 100, 200,
# 400... words of the raw newspaper file, the longest text we have. The **MATTR** (moving-average
# type/token ratio, Covington & McFall 2010) computes the TTR of every window of 50 consecutive
# words and averages them, so it hardly depends on the text's length.

# %%
lengths = [100, 200, 400, 800, len(raw_tokens)]
growth = pd.DataFrame(
    {
        "first n words": lengths,
        "TTR": [type_token_ratio(raw_tokens[:n]) for n in lengths],
        "MATTR (window 50)": [mattr(raw_tokens[:n]) for n in lengths],
    }
)
growth.round(3)

# %%
diversity = describe_texts(
    {"press_release": press, "newspaper (cleaned)": news, "newspaper (raw file)": news_raw}
)
diversity = diversity[["words", "types", "type_token_ratio", "mattr"]]
diversity.round(3)

# %%
gap = abs(diversity.loc["press_release", "mattr"] - diversity.loc["newspaper (cleaned)", "mattr"])
Markdown(
    f"The TTR falls from **{growth['TTR'].iloc[0]:.2f}** to **{growth['TTR'].iloc[-1]:.2f}** as the same file gets "
    f"longer, while the MATTR stays between **{growth['MATTR (window 50)'].min():.2f}** and "
    f"**{growth['MATTR (window 50)'].max():.2f}**. The press release's TTR "
    f"(**{diversity.loc['press_release', 'type_token_ratio']:.3f}**) is higher than the cleaned newspaper's "
    f"(**{diversity.loc['newspaper (cleaned)', 'type_token_ratio']:.3f}**) partly because it is shorter. Their MATTRs "
    f"(**{diversity.loc['press_release', 'mattr']:.3f}** and **{diversity.loc['newspaper (cleaned)', 'mattr']:.3f}**) "
    f"differ by only **{gap:.3f}**: on texts of a few hundred words, that is no evidence of a difference in "
    "vocabulary. And a varied vocabulary is not better writing; it is one description among others."
)

# %% [markdown]
### What we found

# %%
gap_months = months_apart(helpers.load_text("newspaper").date, helpers.load_text("press_release").date)
Markdown(f"""
* **Tokens are a choice.** The course tokenizer counts **{len(press_tokens)}** tokens in the press release and
  **{len(news_tokens)}** in the cleaned newspaper article (**{len(raw_tokens):,}** in the raw file). TextBlob's
  tokenizer splits possessives and contractions differently, and counts a curly apostrophe as a word.
* **Stopwords are a choice.** **{press_top_stops}** and **{news_top_stops}** of the two texts' top 20 words are
  stopwords. The `wordcloud` list ({describe_stopwords("wordcloud")["size"]} words) removes *not*, *cannot*,
  *we* and *our*, and keeps *will*, *said*, *mr* and *us*. With its stopwords removed, the most frequent
  content words are {top_words(press_content, 1)} in the press release and {top_words(news_content, 1)} in the
  newspaper.
* **Rates, not counts.** The raw newspaper file counts more *Russia* than the press release
  ({russia.loc[raw_file, "count"]} vs {russia.loc[pr, "count"]}), but per 1,000 words the press release uses it far
  more often ({russia.loc[pr, "per_1000"]:.1f} vs {russia.loc[raw_file, "per_1000"]:.1f}; the cleaned article:
  {russia.loc[cleaned, "per_1000"]:.1f}).
* **The gallery distorts the counts.** {len(gone)} of the raw file's {len(raw_top)} top content words never occur in
  the article, and all {len(concordance(news_raw, "air strikes"))} occurrences of *air strikes* are in the gallery.
* **A shared phrase.** *Business as usual* occurs {len(concordance(press, "business as usual"))} times in the
  press release and {len(concordance(news, "business as usual"))} times in the newspaper, always negated, always
  the government's words.
* **Diversity.** The TTR falls with length; the MATTRs of the two cleaned texts are nearly equal
  ({diversity.loc["press_release", "mattr"]:.3f} and {diversity.loc["newspaper (cleaned)", "mattr"]:.3f}).

Remember that the two texts are **{gap_months}** months apart (an announcement in March 2017, an arrival in
December): frequencies describe what each text says, not why.
""")
