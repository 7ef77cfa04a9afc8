# %% [markdown]
# # 03 · Comparing vocabularies
#
# Which words does the government use that the newspaper does not, and the other way round? A list
# of "distinctive words" is a quick way into framing, and easy to over-read. The core path teaches
# keyness (section 3). We call a word **key** only when it passes a threshold stated in advance. A
# word that is merely more frequent in one text is a difference to read, not yet a finding.
#
# | | |
# |---|---|
# | **Learning objectives** | Explain observed and expected counts; read G², its p-value and the log ratio beside the raw counts; call a word key only past a stated threshold. Going further: read a key word in context. |
# | **Time needed** | about 45 minutes (core path); going further: about 125 minutes more |
# | **Prerequisites** | Notebooks 01 and 02: cleaned texts, tokens, stopwords, rates per 1,000 words. |

# %%
import textwrap

import numpy as np
import pandas as pd
from IPython.display import Markdown, display
from scipy.stats import chi2 as chi2_distribution

import helpers
from helpers import plots
from helpers.checks import check, install_unset_answer_hint
from helpers.cleaning import clean_text
from helpers.concordance import compare_concordances, hits, kwic_view
from helpers.frequencies import frequency_table
from helpers.keyness import (
    G2_THRESHOLD,
    exact_p,
    keyness,
    null_rejection_rates,
    observed_expected,
    paragraph_spread,
    significance_ladder,
    spelling_variants,
    top_differences,
    vocabulary_overlap,
)
from helpers.paragraphs import split_paragraphs
from helpers.tokens import remove_stopwords, stopword_list, tokenize

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 90)
NAMES = ("press_release", "newspaper")
# short column names for displaying keyness tables ("PR n": count in the press release)
SHORT = {
    "count_press_release": "PR n",
    "count_newspaper": "NP n",
    "log_likelihood": "G²",
    "log_ratio": "log ratio",
    "p_value": "p",
    "exact_p": "exact p",
    "more_frequent_in": "more_frequent_in",
}


def short(table):
    """A copy of a keyness table for reading: fewer, renamed columns; scores rounded."""
    shown = table.set_index("word")[[column for column in SHORT if column in table.columns]]
    return shown.rename(columns=SHORT).round({"G²": 2, "log ratio": 2, "p": 4, "exact p": 4})


# %% [markdown]
# ## 1. The two texts, cleaned
#
# As in notebooks 01 and 02: `press` and `news` are the **cleaned** texts (no photo gallery),
# `press_tokens` and `news_tokens` their words (lower case), `texts` both texts by name.

# %%
press = clean_text(helpers.load_text("press_release").raw)
news = clean_text(helpers.load_text("newspaper").raw)
press_tokens = tokenize(press)
news_tokens = tokenize(news)
texts = {"press_release": press, "newspaper": news}
dates = pd.to_datetime(helpers.load_catalogue().set_index("id").loc[list(NAMES), "date"], format="mixed")
months_apart = (dates["press_release"].year - dates["newspaper"].year) * 12 + (
    dates["press_release"].month - dates["newspaper"].month
)
Markdown(
    f"The press release has **{len(press_tokens)}** words, the newspaper article **{len(news_tokens)}**; "
    f"the catalogue dates them **{months_apart} months** apart (as in notebook 01)."
)

# %% [markdown]
# Keep in mind: the texts differ in **genre** (a government's announcement, a newspaper's report)
# and **moment** (March and December 2017). A word can separate them for either reason.

# %% [markdown]
# **Exercise 03.1.** Before we compare scores, count. How many times does the word *security*
# occur in each text? Answer with two numbers in a tuple, press release first: `(press, newspaper)`.
# (Hint: `press_tokens.count("...")`.)

# %% tags=["solution"]
answer_03_1 = (press_tokens.count("security"), news_tokens.count("security"))

# %%
check("03.1", answer_03_1)

# %% [markdown]
# ## 2. Observed and expected counts
#
# The texts have different lengths, so their raw counts cannot be compared directly. Instead, ask:
# **if both texts used this word at the same rate, how often would each use it?** That is the
# *expected* count: the word's total, shared out in proportion to the texts' sizes. Section 3
# compares it with the count we **observed**. Take *security* again (your counts of exercise 03.1):

# %%
security = observed_expected(
    press_tokens.count("security"),
    news_tokens.count("security"),
    len(press_tokens),
    len(news_tokens),
    names=NAMES,
)
display(security.round(3))
Markdown(
    f"If both texts used *security* at the same rate, we would expect about "
    f"**{security.loc['press_release', 'expected']:.2f}** occurrences in the press release and "
    f"**{security.loc['newspaper', 'expected']:.2f}** in the newspaper. We observe "
    f"**{security.loc['press_release', 'observed']}** and **{security.loc['newspaper', 'observed']}**: "
    "more than expected in the press release, fewer in the newspaper. Is that gap large?"
)

# %% [markdown]
# ## 3. Two scores: log-likelihood (G²) and log ratio
#
# **Keyness** measures how unusual a word's frequency is in one text compared with the other. A
# keyness table answers two questions, with two numbers.
#
# * **Log-likelihood, G²** ("G squared"): *how surprising is the gap between observed and expected?*
#   It is 0 when they are equal. It grows with the gap **and** with the counts: 3 against 1 is
#   weaker evidence than 30 against 10.
# * A **p-value** is the probability of a gap at least this large *if* both texts used the word at
#   the same rate: a small one says that such a gap would be rare if the texts used the word at the
#   same rate. It is not the probability that the gap is luck, and it says nothing about how big
#   the difference is. A G² of 3.84 or more gives p < 0.05.
# * **Log ratio**: *how big is the difference?* It is an **effect size**: the size of a difference,
#   not how sure we are of it. Each step of 1 doubles the rate: **+1** means twice as frequent in
#   the press release, **−1** twice as frequent in the newspaper, **0** the same rate.

# %% [markdown]
# A **key word** is one past a threshold stated before looking: ours is **G² ≥ 3.84** (p < 0.05).
# The table is sorted by G², highest first. Its columns: **PR n** and **NP n** (the raw counts in
# the press release and the newspaper), **G²**, **log ratio**, **p**, and **more_frequent_in** (the
# text where the word's rate is higher). Read the counts beside the scores: a big score can rest on
# two or three words. (`helpers/keyness.py` gives the formulas and their sources.)

# %%
keyness_table = keyness(frequency_table(press_tokens), frequency_table(news_tokens), names=NAMES)
display(short(keyness_table).head(10))
world = keyness_table.set_index("word").loc["world"]
Markdown(
    f"Read the first row in words: *world* is used **{world['count_press_release']}** times in the press "
    f"release and **{world['count_newspaper']}** in the newspaper. Its G² is the largest of all "
    f"(**{world['log_likelihood']:.2f}**, p = {world['p_value']:.4f}) and past the threshold of "
    f"{G2_THRESHOLD:.2f}: *world* is a key word. Its log ratio (**{world['log_ratio']:.2f}**) says it is far "
    "more frequent in the press release, but only roughly: the newspaper never uses it (Going further B "
    "shows why)."
)

# %% [markdown]
# The same table without stopwords:

# %%
stopwords = stopword_list()
content_keyness = keyness_table[~keyness_table["word"].isin(stopwords)].reset_index(drop=True)
short(content_keyness).head(15)

# %% [markdown]
# **Exercise 03.2.** Now a word not shown above: what is the G² of *russia*? Give the number from
# the `log_likelihood` column of `keyness_table` (two decimals are enough). Hint: one value out of
# `keyness_table`, as in exercise 02.4; this gives *world*'s:
# `keyness_table.set_index("word").loc["world", "log_likelihood"]`.

# %% tags=["solution"]
answer_03_2 = keyness_table.set_index("word").loc["russia", "log_likelihood"]

# %%
check("03.2", answer_03_2)

# %% [markdown]
# **Exercise 03.3.** Is *russia* relatively more frequent in the press release, and is it a
# **key word** (G² ≥ 3.84)? Answer with two `True`/`False` values in brackets, for example
# `(False, True)`. (Careful: *russia* and *russian* are different words. Hint: its
# `more_frequent_in` and `log_likelihood` values, and `G2_THRESHOLD`.)

# %% tags=["solution"]
russia_row = keyness_table.set_index("word").loc["russia"]
answer_03_3 = (
    russia_row["more_frequent_in"] == "press_release",
    bool(russia_row["log_likelihood"] >= G2_THRESHOLD),
)

# %%
check("03.3", answer_03_3)

# %%
# the answer to exercises 03.2 and 03.3, with world and security beside it
chosen = keyness_table.set_index("word").loc[["russia", "world", "security"]]
display(short(chosen.reset_index()))
russia = chosen.loc["russia"]
Markdown(
    f"*russia* is used **{russia['count_press_release']}** times in the press release and "
    f"**{russia['count_newspaper']}** in the newspaper: **{russia['per_1000_press_release']:.1f}** against "
    f"**{russia['per_1000_newspaper']:.1f}** per 1,000 words. Its rate is about "
    f"**{2 ** russia['log_ratio']:.0f} times** as high in the press release (log ratio "
    f"**{russia['log_ratio']:.2f}**), a sizeable effect, yet its G² is only **{russia['log_likelihood']:.2f}** "
    f"(p = {russia['p_value']:.2f}), below the threshold of {G2_THRESHOLD:.2f}: *russia* is more frequent in "
    "the press release, but it is **not a key word**."
)

# %% [markdown]
# With texts this short, G² and its p-values **rank** words for reading; they do not prove a
# difference. Going further C shows that chance alone would give about as many "significant" words
# as we find.
#
# ## 4. In short
#
# * Read the raw counts first, then the expected counts and the scores.
# * G² and its p-value say how surprising a gap is; the log ratio says how big it is.
# * Call a word key only past a threshold stated before looking (here G² ≥ 3.84): *russia* is more
#   frequent in the press release, but not key.
# * Read a word in its sentences before interpreting it (Going further A and C).

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Choose one word near the top of the keyness
# table for each text (see `more_frequent_in`). What framing might each suggest, and how sure can we
# be, given how short the two texts are?
#
# *Double-click this cell and write your answer here, in place of this line.*
# %% [markdown]
# ## Going further
#
# The rest of this notebook is optional: the core exercises are done. It reads words in context
# (with exercise 03.4), shows what the vocabularies share and what the stopword list hides, and why
# p-values from texts this short are weak evidence.

# %% [markdown]
# ## Going further A. Words in context: *business as usual*
#
# A **concordance** (also *KWIC*, key word in context) lists every occurrence of a word or phrase
# with the words around it: it turns a score back into sentences. `compare_concordances` finds the
# lines in both texts.

# %% [markdown]
# **Exercise 03.4 (read, then choose).** Both texts use the phrase *business as usual*: whose
# words are they? The first cell below prints the whole sentence around each *business as usual*
# in the two texts; the second prints each paragraph that has the phrase, with the two paragraphs
# before it, where a speaker is named. Read them: who is speaking? Which statement is true? Answer
# with one letter, for example `"a"`.
#
# * **a.** Both texts put *business as usual* in Boris Johnson's own mouth, and never negate it.
# * **b.** Every occurrence is negated: the press release gives it to Johnson, the newspaper to
#   the government (its summary and an FCO spokeswoman), never quoting Johnson.
# * **c.** The newspaper's journalist writes, in their own voice, that the visit *is* business as usual.
# * **d.** The press release has Johnson promise that relations *will* go on as business as usual;
#   only the newspaper negates it, in its summary and an FCO spokeswoman's words.

# %%
for line in compare_concordances(texts, "business as usual").itertuples():
    print(f"{line.text}, sentence {line.sentence_no}:")
    print(textwrap.fill(line.sentence, width=90, initial_indent="    ", subsequent_indent="    "), end="\n\n")

# %%
# each paragraph with "business as usual", and the two paragraphs before it (numbered from 1)
for name, text in texts.items():
    paragraphs = split_paragraphs(text)
    for number, paragraph in enumerate(paragraphs, start=1):
        if "business as usual" in paragraph.casefold():
            print(f"{name}:")
            for shown in range(max(1, number - 2), number + 1):
                indent = f"  {shown:>2}. "
                print(
                    textwrap.fill(
                        paragraphs[shown - 1], width=90, initial_indent=indent, subsequent_indent="      "
                    )
                )
            print()

# %% tags=["solution"]
# Every line has "cannot be" or "not" just before the phrase. The press release's words are Johnson's:
# "Mr Johnson will say ...", then his statement; the newspaper's are the government's: "the government
# maintained ..." and the FCO spokeswoman's statement. Johnson himself is not quoted saying them.
answer_03_4 = "b"

# %%
check("03.4", answer_03_4)

# %% [markdown]
# ## Going further B. Shared and unique words
#
# A *token* is every running word of a text; a *type* is a distinct word. In "the talks and the
# visit" there are five tokens but four types, because *the* is one type used twice. Comparing
# vocabularies starts with types: which words does each text use at all?
#
# Python's **sets** hold each type once, and answer exactly these questions: `a & b` is what is in
# both sets, `a - b` what is in `a` but not in `b`.

# %%
press_types = set(press_tokens)
news_types = set(news_tokens)
shared = press_types & news_types
only_press = press_types - news_types
only_news = news_types - press_types

# %% [markdown]
# Shared words include the little words every English text has: *the*, *and*, *of*. The stopword
# list the course uses for word clouds (`stopword_list()`, the `wordcloud` package's list) removes those
# words, so we count both ways.

# %%
overview = pd.DataFrame(
    {
        "all words": [len(shared), len(only_press), len(only_news)],
        "without stopwords": [
            len(shared - stopwords),
            len(only_press - stopwords),
            len(only_news - stopwords),
        ],
    },
    index=["shared", "only in the press release", "only in the newspaper"],
)
overview

# %%
all_types = len(press_types | news_types)
content_types = len((press_types | news_types) - stopwords)
Markdown(
    f"Of the **{all_types}** different words in the two texts together, only **{len(shared)}** "
    f"(**{len(shared) / all_types:.0%}**) appear in both. Without stopwords it is "
    f"**{len(shared - stopwords)}** of **{content_types}** (**{len(shared - stopwords) / content_types:.0%}**): "
    "the two texts share their subject, but little of their wording."
)

# %% [markdown]
# Which words are they? `vocabulary_overlap` puts the two texts' counts side by side (stopwords
# removed) and says where each word belongs. Here are the most frequent words of each group, with
# their **raw counts** in each text.

# %%
overlap = vocabulary_overlap(remove_stopwords(press_tokens), remove_stopwords(news_tokens), names=NAMES)
(
    overlap.groupby("where", sort=False)
    .head(8)[["where", "word", "count_press_release", "count_newspaper"]]
    .reset_index(drop=True)
)

# %% [markdown]
# Two warnings before reading too much into these lists:
#
# * A *type* here is an exact word form. *continue* and *continues*, *relations* and
#   *relationship*, *Russia* and *Russian* are different types, so "shared" undercounts what the
#   texts have in common. (Lemmatising, turning *continues* into *continue*, would merge some of
#   them; notebook 02's Going further showed what that costs.)
# * A word used by only one text may be used just once: then "only in the newspaper" means "the
#   newspaper happened to say it once", not "the newspaper's vocabulary". How often is that so?

# %%
unique = overlap[overlap["where"] != "shared"]
once = unique[unique["count_press_release"] + unique["count_newspaper"] == 1]
Markdown(
    f"Of the **{len(unique)}** words (stopwords removed) that only one text uses, **{len(once)}** "
    f"(**{len(once) / len(unique):.0%}**) occur exactly once. We need a way to say which differences are "
    "*big*, and how much a difference of one or two words can tell us: that is what keyness (section 3) does."
)

# %% [markdown]
# ### The log ratio of a word one text never uses
#
# The log ratio (section 3) compares a word's rates in the two texts. If one text never uses the
# word, its rate there is 0, and the ratio cannot be computed. Hardie (2014), who proposed the log
# ratio for keyness, suggests counting that 0 as 0.5 (`helpers/keyness.py` gives the reference).
# The result then depends on that 0.5, not only on the texts. Compare two words:

# %%
zero_pair = keyness_table.set_index("word").loc[["security", "cooperation"]]
display(short(zero_pair.reset_index()))
cooperation = zero_pair.loc["cooperation"]
# the same log ratio with the zero counted as 0.1 instead of 0.5
as_tenth = np.log2((cooperation["count_press_release"] / len(press_tokens)) / (0.1 / len(news_tokens)))
Markdown(
    f"*security* ({zero_pair.loc['security', 'count_press_release']} against "
    f"{zero_pair.loc['security', 'count_newspaper']}) and *cooperation* ({cooperation['count_press_release']} "
    f"against {cooperation['count_newspaper']}) get the same log ratio, **{zero_pair.loc['security', 'log_ratio']:.2f}** "
    f"and **{cooperation['log_ratio']:.2f}**, because 2 against 0.5 is the same ratio as 4 against 1. Counted as "
    f"0.1, the same zero would give *cooperation* a log ratio of **{as_tenth:.2f}**. So for a word one text never "
    "uses, the sign of the log ratio says where the word is, and its size is rough."
)

# %% [markdown]
# ### What the stopword list hides
#
# Stopword lists are made for word clouds, not for reading. They remove *not* and *cannot*, which
# are sometimes the most important words in a sentence. Here are the stopwords with the largest G²:

# %%
short(keyness_table[keyness_table["word"].isin(stopwords)]).head(8)

# %%
negations = keyness_table.set_index("word").loc[["not", "cannot"]]
Markdown(
    f"*not* occurs **{negations.loc['not', 'count_newspaper']}** times in the newspaper and "
    f"**{negations.loc['not', 'count_press_release']}** in the press release; *cannot* "
    f"**{negations.loc['cannot', 'count_press_release']}** times in the press release and "
    f"**{negations.loc['cannot', 'count_newspaper']}** in the newspaper. Both texts negate something: "
    "Going further A showed that it is often the same phrase, *business as usual*."
)

# %% [markdown]
# ### One more trap: *us* is not *us*
#
# The tokenizer folds case, so *US* (the United States) and the pronoun *us* become one word,
# `us`. Which is it in the newspaper? A case-sensitive count tells:

# %%
us_case = hits(texts, ["US", "us"], case_sensitive=True)
us_case

# %%
Markdown(
    f"The newspaper writes *US* **{us_case.loc['US', 'newspaper']}** times and the pronoun *us* "
    f"**{us_case.loc['us', 'newspaper']}** times: "
    "the word `us` is the United States. Always read a surprising word in context before "
    "interpreting it."
)

# %% [markdown]
# ### One name, two spellings
#
# The newspaper writes the Russian foreign minister's first name *Sergey*; the press release
# writes *Sergei*. To keyness they are two words, each "more frequent" in its own text.
# `spelling_variants` flags every pair of words, one found only in each text, that are one edit
# apart (a letter added, dropped, changed, or two neighbours swapped), leaving out plurals and other
# endings. A flag is a question for the reader, not an answer:

# %%
variants = spelling_variants(keyness_table)
variants

# %%
sergei = variants[variants["word_newspaper"] == "sergey"].iloc[0]
others = variants[variants["word_newspaper"] != "sergey"]
Markdown(
    f"*sergei* ({sergei['count_press_release']} in the press release) and *sergey* ({sergei['count_newspaper']} in "
    "the newspaper) are one name, Sergei Lavrov's, transliterated from Russian in two ways. Counted as one "
    f"word, the name occurs {sergei['count_press_release']} and {sergei['count_newspaper']} times: no difference "
    "worth a test, and not a word of the newspaper's own. "
    + " ".join(
        f"*{row.word_press_release}* and *{row.word_newspaper}* are two different words, flagged only because "
        "they look alike."
        for row in others.itertuples()
    )
    + " Only reading tells the two cases apart."
)

# %% [markdown]
# ## Going further C. What significance can and cannot mean here
#
# p-values are tempting: "p < 0.05" sounds like proof. With texts of a few hundred words, be
# careful on five counts.
#
# **0. The usual p-value is too small here.** (The most technical point: on a first reading, run
# its cell and go on to point 1.) The p-value of G² comes from the *chi-squared*
# distribution, an approximation that works when the expected counts (section 3) are about 5 or
# more. For almost every word of two short texts they are far below that, and the approximation
# makes differences look more significant than they are. For small counts there is an **exact
# test**: a word occurs, say, 4 times in all; if both texts used it at the same rate, each of those
# 4 occurrences would land in the press release with a probability equal to its share of all the
# words. How likely is a split at least as lopsided as the one we see? That probability (a
# *binomial* test) is `exact_p`, and we add it to the tables as a column:

# %%
keyness_table["exact_p"] = exact_p(
    keyness_table["count_press_release"],
    keyness_table["count_newspaper"],
    len(press_tokens),
    len(news_tokens),
)
content_keyness = keyness_table[~keyness_table["word"].isin(stopwords)].reset_index(drop=True)

# %% [markdown]
# **1. Few words can reach significance at all.** How many times must a word occur, all in one
# text and never in the other (the most lopsided split possible), before its p-value drops below
# 0.05? The ladder gives G², its chi-squared p and the exact p for each count.

# %%
ladder = significance_ladder(len(press_tokens), len(news_tokens), names=NAMES, max_count=6)
ladder.rename(
    columns=lambda column: (
        column.replace("log_likelihood", "G²")
        .replace("p_value", "p")
        .replace("exact_p", "exact p")
        .replace("_only_press_release", " (only PR)")
        .replace("_only_newspaper", " (only NP)")
    )
).round(4).round({"G² (only PR)": 2, "G² (only NP)": 2})

# %%
needed_press = int(ladder.index[ladder["exact_p_only_press_release"] < 0.05][0])
needed_news = int(ladder.index[ladder["exact_p_only_newspaper"] < 0.05][0])
chi2_press = int(ladder.index[ladder["p_value_only_press_release"] < 0.05][0])
chi2_news = int(ladder.index[ladder["p_value_only_newspaper"] < 0.05][0])
significant = keyness_table[keyness_table["exact_p"] < 0.05]
significant_chi2 = keyness_table[keyness_table["p_value"] < 0.05]
Markdown(
    f"By the exact test, a word must occur at least **{needed_press}** times in the press release and "
    f"never in the newspaper, or **{needed_news}** times in the (longer) newspaper and never in the press "
    f"release, to reach p < 0.05; a word found in both texts needs more. (The chi-squared p of G² would "
    f"say {chi2_press} and {chi2_news}: too optimistic.) Of the **{len(keyness_table)}** words compared, "
    f"**{len(significant_chi2)}** reach p < 0.05 by the chi-squared approximation, but only "
    f"**{len(significant)}** by the exact test, and **{int((keyness_table['exact_p'] < 0.01).sum())}** "
    "reach p < 0.01. Here are the chi-squared ones, with both p-values:"
)

# %%
short(significant_chi2)

# %%
gaps = significant_chi2.assign(ratio=significant_chi2["exact_p"] / significant_chi2["p_value"])
Markdown(
    f"For these words the exact p-value is **{gaps['ratio'].min():.1f}** to **{gaps['ratio'].max():.1f}** "
    "times the chi-squared one: G² still ranks the words sensibly, but its p-values are too small "
    f"for counts like ours. Only {', '.join(f'*{w}*' for w in significant['word'])} stays below 0.05."
)

# %% [markdown]
# **2. We ran one test per word.** A table of 335 words is 335 tests. Even if the two texts used
# every word at the same rate, some words would come out "significant" by chance. How many? Not
# "one in twenty": most of our words are too rare to reach p < 0.05 at all, whatever their split
# (a word used once in the two texts together never can). `null_rejection_rates` works it out word
# by word: if both texts used the word at the same rate, each of its occurrences would fall in the
# press release with a probability equal to the press release's share of all the words, so we can
# add up the chances of every split that would come out "significant". The sum over the table is the
# number of **false positives** (words that come out "significant" by chance alone) to expect under the
# **null hypothesis**, the assumption a test starts from (here: both texts use every word at the
# same rate), given the words' totals:

# %%
null_rates = null_rejection_rates(keyness_table, len(press_tokens), len(news_tokens))
expected_chi2, expected_exact = null_rates["rate_chi2"].sum(), null_rates["rate_exact"].sum()
can_reach_chi2, can_reach_exact = (
    int((null_rates["rate_chi2"] > 0).sum()),
    int((null_rates["rate_exact"] > 0).sum()),
)
Markdown(
    f"Of the **{len(null_rates)}** words, only **{can_reach_exact}** can reach p < 0.05 by the exact test at "
    f"all, given how often they occur (**{can_reach_chi2}** by the chi-squared p-value of G²). If nothing "
    f"differed between the texts, chance alone would give about **{expected_chi2:.1f}** words with a "
    f"chi-squared p below 0.05 and about **{expected_exact:.1f}** by the exact test. We observe "
    f"**{len(significant_chi2)}** and **{len(significant)}**."
)


# %% [markdown]
# The next cell is the heaviest arithmetic of the notebook: you can run it and read only the
# sentences it shows.


# %%
def chance_of_at_least(rates, k):
    """Chance that k or more words come out "significant", each with its own rate, independently."""
    counts = np.array([1.0])  # counts[n]: chance of exactly n hits so far
    for rate in rates:
        counts = np.convolve(counts, [1.0 - rate, rate])
    return float(counts[k:].sum())


chance_chi2 = chance_of_at_least(null_rates["rate_chi2"], len(significant_chi2))
chance_exact = chance_of_at_least(null_rates["rate_exact"], len(significant))
Markdown(
    f"Under the null hypothesis, **{len(significant_chi2)} or more** chi-squared hits come up with probability "
    f"**{chance_chi2:.2f}**, and **{len(significant)} or more** exact hits with probability **{chance_exact:.2f}**. "
    f"Both counts are what chance alone would often give ({len(significant_chi2)} or more about "
    f"{chance_chi2:.0%} of the time; {len(significant)} or more by the exact test {chance_exact:.0%} of the time). "
    'The table does not show that the vocabularies differ, and it cannot say which of the "significant" words '
    "are the chance ones."
)

# %% [markdown]
# The simplest correction for running many tests (Bonferroni's) divides 0.05 by the number of
# tests:

# %%
strict = 0.05 / len(keyness_table)
strict_g2 = float(chi2_distribution.isf(0.0001, df=1))  # the G² for p < 0.0001
Markdown(
    f"With **{len(keyness_table)}** tests, Bonferroni's threshold is p < **{strict:.5f}**, and "
    f"**{int((keyness_table['exact_p'] < strict).sum())}** words pass it (by either p-value: "
    f"**{int((keyness_table['p_value'] < strict).sum())}** by the chi-squared one). Studies of large corpora "
    f"often state a stricter key-word threshold than ours, for a different reason: Rayson, Berridge and "
    "Francis (2004), in simulations, found G² reliable at small expected counts (down to 1) only at a stricter "
    f"level, and recommend p < 0.0001 (critical value 15.13; computed here, G² ≥ {strict_g2:.3f}): "
    f"**{int((keyness_table['log_likelihood'] >= strict_g2).sum())}** of our words would pass it."
)

# %% [markdown]
# **3. The test assumes words are independent; they are not.** A p-value treats a text like a bag
# of marbles drawn one at a time. Real texts repeat phrases, and one topic brings several words
# with it. `paragraph_spread` shows where some of the words more frequent in the press release
# occur (paragraph 1 is its headline):

# %%
paragraph_spread(
    press, ["permanent", "members", "un", "security", "council", "iran", "nuclear", "deal", "cup"]
)

# %%
phrases = hits(
    texts,
    ["permanent members of the UN Security Council", "Iran nuclear deal", "World Cup", "engage but beware"],
)
phrases

# %%
in_press, in_news = phrases["press_release"], phrases["newspaper"]
Markdown(
    f"*permanent members of the UN Security Council* occurs "
    f"**{in_press['permanent members of the UN Security Council']}** times in the press release: one "
    "repeated phrase makes five words look like differences at once (*permanent, members, un, security, council*). "
    f"*Iran nuclear deal* ({in_press['Iran nuclear deal']} times) does the same for three words, *World Cup* "
    f"({in_press['World Cup']} times) for two, and in the newspaper *engage but beware* "
    f"({in_news['engage but beware']} times) for *engage* and *beware*. Counted as separate marbles, these "
    "look like much more evidence than they are."
)

# %% [markdown]
# **4. A word can be more frequent because of one topic, one moment, one genre.** The words
# more frequent in the newspaper do not sit evenly in the article either. Its paragraphs are
# numbered from 1 (it has no headline):

# %%
news_key = top_differences(content_keyness, n=8, name="newspaper")["word"].tolist()
paragraph_spread(news, news_key)

# %%
us_politics = paragraph_spread(news, ["us", "election", "presidential", "trump", "ambassador"])
# every paragraph number found in the table's last column, once each, in order
paragraphs = sorted({int(n) for numbers in us_politics["paragraph_numbers"] for n in numbers.split(", ")})
Markdown(
    f"*us*, *election*, *presidential*, *trump* and *ambassador* all come from paragraphs "
    f"{', '.join(map(str, paragraphs))} of the article's {len(split_paragraphs(news))}, where the journalist "
    "adds the American context of March 2017 (the election, Jeff Sessions, Michael Flynn). *2016*, *last* and *month* "
    "place the newspaper in early 2017. The press release of December 2017 has no reason to say any of this: "
    "these words are more frequent there plausibly because of the **moment** and the **genre**; two texts cannot show "
    "whether the government would avoid them in a comparable text."
)

# %% [markdown]
# So treat G² and its p-value as a way to **rank** words for reading, not as proof. The honest
# sentence is: *these are the words whose frequencies differ most between these two texts; with
# texts this short, about as many words reach "significance" as chance alone would give, so we
# read each one in context before interpreting it.*
#
# ### The one word that passes the exact test, read in context: *world*
#
# Only one word passes the exact test. The core path's rule applies to it first: read a surprising
# key word in context before interpreting it.

# %%
kwic_view(compare_concordances(texts, "world", window=6))

# %%
world_names = hits(texts, ["World Cup", "World War"], case_sensitive=True)["press_release"]
in_names = int(world_names.sum())
Markdown(
    f"*world* occurs **{int(world['count_press_release'])}** times in the press release: **{world_names['World Cup']}** "
    f"times in *World Cup* and **{world_names['World War']}** in *Second World War*, names with a capital W, and once "
    f"in *the world's most pressing global challenges*. So **{in_names}** of its {int(world['count_press_release'])} "
    "occurrences come from two proper names: the coming football World Cup in Russia and a shared history. "
    "This is a **proper-name effect**, not evidence that the press release frames the visit in global terms."
)

# %% [markdown]
# **Exercise 03.5 (a hedged sentence).** A reader of your analysis sees *world* at the top of the
# keyness table. Write **one sentence** for them about what *world*'s keyness shows. A careful
# sentence names the figure (*world*, its G² or its counts), uses hedged wording ("suggests", "may",
# "in these two texts"), and claims no more than the figure can show: not "proves", not
# "significant" without naming the test, and nothing about all press releases or the media. The
# check tests these key parts; compare your sentence with a neighbour's.

# %% tags=["solution"]
answer_03_5 = (
    "In these two texts, world (G² = 6.59, 4 against 0) suggests a proper-name effect, since most of "
    "its uses are World Cup and Second World War, rather than a global frame."
)

# %%
check("03.5", answer_03_5)

# %% [markdown]
# The other content words past G² = 3.84, all more frequent in the newspaper, deserve the same
# reading. A case-sensitive count of the names and phrases they come from:

# %%
key_content = content_keyness[content_keyness["log_likelihood"] >= G2_THRESHOLD]["word"].tolist()
names = hits(texts, ["Prime Minister", "Foreign Minister", "counterpart", "US"], case_sensitive=True)
times = hits(texts, ["last month", "last year", "2016"])  # any case: "Last month" opens sentences
sources = pd.concat([names, times])
sources

# %%
in_news = sources["newspaper"]
others = [f"*{w}*" for w in key_content if w != "world"]
Markdown(
    f"Besides *world*, the content words past the threshold are {', '.join(others)}. Read in context, "
    f"*minister* is **{in_news['Prime Minister']}** × *Prime Minister* and **{in_news['Foreign Minister']}** × "
    f"*Foreign Minister* (Lavrov's title; the press release calls him Johnson's *counterpart*, "
    f"{sources.loc['counterpart', 'press_release']} time); *last* is *last month* ({in_news['last month']}) and "
    f"*last year* ({in_news['last year']}); *2016* is a year ({in_news['2016']} times); *us* is *US* "
    f"({in_news['US']} times). Every content key word of the table (stopwords removed) is a name, a title, a date "
    "or a time word: keyness "
    "finds here what each text is about and when it was written, not yet how it frames the visit."
)

# %% [markdown]
# ## Going further D. Pictures of the differences
#
# Two pictures of the same table. First a **comparison cloud**: each word in the colour of the text
# where it is more frequent, sized by its G². We leave out words used only once in both texts
# together (a single occurrence is no evidence of anything) and words with a G² below 1, far too
# weak to tell the texts apart. Most of the words left are still **not key words**: the title says
# how many pass each threshold.

# %%
total = content_keyness["count_press_release"] + content_keyness["count_newspaper"]
cloud_words = content_keyness[(total >= 2) & (content_keyness["log_likelihood"] >= 1)]
cloud_key_g2 = int((cloud_words["log_likelihood"] >= G2_THRESHOLD).sum())
cloud_key_exact = int((cloud_words["exact_p"] < 0.05).sum())
fig = plots.comparison_cloud(
    cloud_words,
    names=NAMES,
    n=30,
    title=(
        f"Words more frequent in each text: {len(cloud_words)} words, of which {cloud_key_g2} pass "
        f"G² ≥ 3.84 and {cloud_key_exact} the exact test"
    ),
)

# %%
Markdown(
    f"Of the cloud's **{len(cloud_words)}** words, **{len(cloud_words) - cloud_key_exact}** fail the exact test "
    f"and **{len(cloud_words) - cloud_key_g2}** do not even reach G² = 3.84: the cloud is a picture of differences "
    "to read, not of key words."
)

# %% [markdown]
# A cloud is good for a first impression and bad for comparison: sizes are hard to judge (when a
# word does not fit, the layout draws it smaller, so two words with the same score can differ in
# size), and the counts are hidden. The **bar chart** shows the same scores with the raw counts beside each bar
# ("4 vs 0": four times in the press release, never in the newspaper), and the key-word threshold
# as a dashed line on each side: only the bars past it, in full colour and with their word in bold,
# are key words by G².

# %%
fig = plots.keyness_bar(
    content_keyness,
    names=NAMES,
    n=10,
    title="The ten words with the highest G² on each side (stopwords removed)",
)

# %%
lines = []
for name in NAMES:
    scores = content_keyness[content_keyness["more_frequent_in"] == name]["log_likelihood"].round(9)
    last_bar = scores.iloc[9]  # the score of this text's 10th bar
    tied = int((scores == last_bar).sum())
    shown = int((scores.head(10) == last_bar).sum())
    lines.append(
        f"* {name}: **{tied}** words share the last bar's score, G² = {last_bar:.2f}; "
        f"the chart shows **{shown}** of them."
    )
Markdown(
    "Many words have exactly the same score, so the last places of the chart are a lottery:\n\n"
    + "\n".join(lines)
    + "\n\nAmong equal scores the chart picks **alphabetically**: which of those words appear is an accident "
    "of spelling. Read the table for the full list."
)

# %% [markdown]
# ## Going further E. More concordances
#
# `compare_concordances` finds the lines in both texts (a table, with the whole sentence of each
# line in its `sentence` column); `kwic_view` lays them out for reading, every match in one
# column. The search ignores case and finds phrases word by word, whatever the punctuation between.
#
# We look at five queries chosen for framing: *Russia*, *business as usual*, *engage*, *security*
# and *robust*. First, how often does each occur in each text?

# %%
queries = ["Russia", "business as usual", "engage", "security", "robust"]
query_hits = hits(texts, queries)
query_hits

# %%
missing = []
for name in NAMES:
    absent = [f"*{q}*" for q in queries if query_hits.loc[q, name] == 0]
    if absent:
        missing.append(f"the {name.replace('_', ' ')} never uses {' or '.join(absent)}")
Markdown(
    f"Some queries find **nothing**: {'; '.join(missing)}. An empty concordance is not an error: it is "
    "the text's answer, and a finding worth reporting."
)

# %% [markdown]
# **Russia.** The name of the country (the query does not find *Russian*, a different word). Who
# or what is Russia next to in each text: a partner, a problem, a place?

# %%
kwic_view(compare_concordances(texts, "Russia"))

# %% [markdown]
# **business as usual.** Read the words just before the phrase. (Exercise 03.4 read their sentences.)

# %%
kwic_view(compare_concordances(texts, "business as usual", window=6))

# %% [markdown]
# **engage.** Where it occurs, is it the writer's word, or inside quotation marks?

# %%
kwic_view(compare_concordances(texts, "engage", window=6))

# %%
Markdown(
    f"**{phrases.loc['engage but beware', 'newspaper']}** of the newspaper's "
    f"**{query_hits.loc['engage', 'newspaper']}** *engage* are the slogan *engage but beware*, the "
    "government's own name for its Russia policy, in quotation marks; the other, *the UK will engage with "
    "Russia*, is in the FCO spokeswoman's statement. Even where the newspaper uses the word, it is the "
    f"government's word. The press release, {months_apart} months later, says *talk*, *work together* and "
    "*cooperation* instead."
)

# %% [markdown]
# **security.** Read each line: which are about security as a concern, and which are part of the
# name of an institution?

# %%
kwic_view(compare_concordances(texts, "security", window=6))

# %% [markdown]
# **robust.** Where is it, and in whose words?

# %%
kwic_view(compare_concordances(texts, "robust", window=8))

# %% [markdown]
# **Exercise 03.6.** How many words of `content_keyness` (the table without stopwords) have a
# chi-squared p-value (the `p_value` column) below 0.05, that is, how many are key words by the
# G² threshold? (Going further C showed how many of them the exact test keeps.) (Hint: `(table["p_value"] < 0.05)` gives True or False for each row; `.sum()`
# counts the Trues.)

# %% tags=["solution"]
answer_03_6 = int((content_keyness["p_value"] < 0.05).sum())

# %%
check("03.6", answer_03_6)

# %% [markdown]
# ## What we found

# %%


def highest(name, at_least=5):
    """The text's highest G² levels, in words: a word alone, or how many words tie (and which)."""
    key = content_keyness[content_keyness["more_frequent_in"] == name]
    parts, covered = [], 0
    for g2 in key["log_likelihood"].round(9).unique():
        level = key[key["log_likelihood"].round(9) == g2]
        counts = f"{level['count_press_release'].iloc[0]} vs {level['count_newspaper'].iloc[0]}"
        words = ", ".join(level["word"])
        parts.append(
            f"*{words}* ({counts})"
            if len(level) == 1
            else f"**{len(level)}** words tied at {counts} (*{words}*)"
        )
        covered += len(level)
        if covered >= at_least:
            return "; then ".join(parts)


below_001 = int((keyness_table["exact_p"] < 0.01).sum())
below_strict = int((keyness_table["exact_p"] < strict).sum())
business_g2 = keyness_table.set_index("word").loc["business", "log_likelihood"]
usual = query_hits.loc["business as usual"]
Markdown(
    f"* The two texts share **{len(shared - stopwords)}** of their **{content_types}** different words "
    f"(stopwords removed); **{len(once) / len(unique):.0%}** of the words only one text uses occur just once.\n"
    f"* Highest G² among the words more frequent in the press release: {highest('press_release')}. In the "
    f"newspaper: {highest('newspaper')}. Several come from a name or phrase used twice (the UN Security Council, "
    "the World Cup) or from one topic (the American context of March 2017), and *us* is the United States.\n"
    f"* **Key words**, past G² ≥ {G2_THRESHOLD:.2f}: **{int((content_keyness['log_likelihood'] >= G2_THRESHOLD).sum())}** "
    f"of the {len(content_keyness)} words without stopwords. The exact test leaves only **{len(significant)}** of "
    f"**{len(keyness_table)}** words below p < 0.05 ({', '.join(f'*{w}*' for w in significant['word'])}), "
    f"**{below_001}** p < 0.01, and **{below_strict}** survive a correction for running one test per word; the "
    f"chi-squared p-values of G², too small for counts this low, would have given **{len(significant_chi2)}**.\n"
    f"* Chance alone, if nothing differed, would give about **{expected_chi2:.1f}** chi-squared and "
    f'**{expected_exact:.1f}** exact "significant" words (only {can_reach_exact} of the {len(keyness_table)} words '
    f"can reach p < 0.05 at all); we observe {len(significant_chi2)} and {len(significant)}. With texts this "
    "short, keyness ranks words for reading; it does not prove a difference.\n"
    f"* The one word that passes the exact test, *world*, is a **proper-name effect**: {in_names} of its "
    f"{int(world['count_press_release'])} occurrences are *World Cup* and *Second World War*; the other key "
    "words are titles (*Prime Minister*, *Foreign Minister*), time words and a year (*last*, *2016*) and a "
    "country (*US*). And *sergey* (newspaper) and *sergei* (press release) are one name spelled two ways.\n"
    f"* *business as usual* occurs **{usual['press_release']}** times in the press release and "
    f"**{usual['newspaper']}** times in the newspaper: a shared phrase, so it is not key (G² of *business*: "
    f"{business_g2:.2f}), though it is central to both (exercise 03.4 reads it closely). Of our five "
    f"queries, {'; '.join(missing)}.\n"
    "* Every difference mixes **genre** (a government's announcement, a newspaper's report) and **moment** "
    "(March and December 2017)."
)
