# %% [markdown]
# # 08 · From two texts to a corpus
#
# Notebooks 01–07 compared two texts; research compares many. This notebook asks: **which
# articles reuse which press releases, and how much?**
#
# | | |
# |---|---|
# | **Learning objectives** | Load a corpus; compare two groups' words, with care for rare words; find which articles reuse which releases, and how much (churn); say what churn cannot tell. |
# | **Time needed** | about 45 minutes (core path); going further: about 60 minutes more |
# | **Prerequisites** | Notebooks 03 (keyness) and 06 (shared passages); 04 (sentiment) for Going further A. |
#
# > **This corpus is SYNTHETIC.** A program, `helpers/synthetic.py`, wrote it from templates:
# > every name and figure is invented. Its articles reuse its releases at *planted* levels (a
# > whole statement, about 60 %, 30 % or 10 % of an article's words, or none; a few words where
# > a later release *recycles* an earlier one's paragraph), so we know the right answers. Its
# > findings are about the program, never about the news.

# %%
import contextlib
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from helpers import plots
from helpers.checks import check, install_unset_answer_hint
from helpers.corpus import (
    CorpusError,
    compare_groups,
    corpus_sentiment,
    find_reuse,
    load_corpus,
    reuse_scores,
)
from helpers.reuse import shared_passages
from helpers.synthetic import synthetic_corpus
from helpers.voices import passage_voices, token_voices

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 120)

made = synthetic_corpus(n_releases=40, articles_per_release=5, seed=2008)

# %% [markdown]
# ## 1. A corpus is a table
#
# A **corpus** is a collection of documents, here a table: one row per document, with its group
# (press release or newspaper), date and source. We save ours (`made.corpus`) as CSV and load it
# back with `load_corpus`, as you would a real one (Going further E).

# %%
with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    made.corpus.to_csv("corpus.csv", index=False)
    corpus = load_corpus("corpus.csv")

corpus[["id", "group", "date", "source", "title"]].head()

# %% [markdown]
# `id` names a document; `text` (left out: it is long) holds it.

# %%
sizes = corpus.groupby("group").agg(documents=("id", "size"), first=("date", "min"), last=("date", "max"))
Markdown(
    f"The corpus has **{len(corpus)}** documents: **{sizes.loc['press_release', 'documents']}** press "
    f"releases and **{sizes.loc['newspaper', 'documents']}** news articles, from "
    f"{corpus['date'].min():%-d %B %Y} to {corpus['date'].max():%-d %B %Y}, in "
    f"{corpus['source'].nunique()} sources (six departments and six newspapers)."
)

# %% [markdown]
# **Exercise 08.1.** How many documents did the *Northbay Herald* publish?
# (Hint: compare the `source` column with the name, and add up the `True`s.)

# %% tags=["solution"]
answer_08_1 = int((corpus["source"] == "Northbay Herald").sum())

# %%
check("08.1", answer_08_1)

# %% [markdown]
# ## 2. Comparing the two groups
#
# `compare_groups` counts each group's words and gives notebook 03's keyness scores, plus
# `log_odds_z` (Monroe and colleagues, 2008; Going further H). It first adds the whole corpus's
# counts to each group's: a word used twice in one group and never in the other then counts 4
# against 2, so a rare word is pulled towards "no difference".
#
# A **z-score** (`log_odds_z`) is a difference divided by how uncertain it is. A large z means
# such a gap would be rare if both groups used the word alike, not that the gap is surely real.
# Positive z leans to the press releases, negative to the newspapers.

# %%
compared = compare_groups(corpus, a="press_release", b="newspaper")
columns = ["word", "count_press_release", "count_newspaper", "log_likelihood", "log_ratio", "log_odds_z"]
by_z = compared.sort_values(["log_odds_z", "word"], ascending=[False, True])
pd.concat([by_z.head(8), by_z.tail(8)])[columns].round(2)

# %%
release_words = by_z.head(8)["word"].tolist()
news_words = by_z.tail(8)["word"].tolist()[::-1]
totals = compared[["count_press_release", "count_newspaper"]].sum()
word = compared.set_index("word")
was = word.loc["was", ["count_press_release", "count_newspaper"]]
was = was + was.sum()  # with the whole corpus's count added to each group
Markdown(
    f"The press releases lean to *{'*, *'.join(release_words[:5])}*; the newspapers to "
    f"*{'*, *'.join(news_words[:5])}*: a portrait of the corpus's templates. The newspapers "
    f"have **{totals['count_newspaper'] / totals['count_press_release']:.1f}** times as many words "
    f"({totals['count_newspaper']:,} against {totals['count_press_release']:,}), so *minister* "
    f"({word.loc['minister', 'count_press_release']} uses against {word.loc['minister', 'count_newspaper']}) "
    f"leans to the releases. *was*, never in a release, counts {was.iloc[0]:,} against {was.iloc[1]:,} "
    f"once the corpus is added: its z ({word.loc['was', 'log_odds_z']:.2f}) is milder than *the*'s."
)

# %% [markdown]
# **Why 1.96?** If both groups used a word alike, chance alone would give a z beyond ±1.96 one
# time in twenty (notebook 03's p < 0.05).
#
# **Exercise 08.2.** How many words have a `log_odds_z` above 1.96 or below −1.96? (Hint:
# `compared["log_odds_z"].abs()`.)

# %% tags=["solution"]
answer_08_2 = int((compared["log_odds_z"].abs() > 1.96).sum())

# %%
check("08.2", answer_08_2)

# %%
key_g2 = int((compared["log_likelihood"] >= 3.84).sum())
key_z = int((compared["log_odds_z"].abs() > 1.96).sum())
rare = word.loc["283"]
Markdown(
    f"Were the groups alike, one word in twenty, about **{len(compared) / 20:.0f}** of the "
    f"{len(compared):,}, would pass by chance: some of the {key_z} may be chance. Notebook 03's G² ≥ 3.84 passes "
    f"**{key_g2}** words; z is stricter, most of all for rare words: *283* "
    f"(a figure, {rare['count_press_release']} uses against {rare['count_newspaper']}) has G² "
    f"{rare['log_likelihood']:.2f}, “key” by that rule, but z {rare['log_odds_z']:.2f}."
)

# %% [markdown]
# ## 3. Which articles reuse which press releases?
#
# `find_reuse` picks out the (article, release) pairs likely to share text, without comparing
# all 200 × 40 = 8,000 (Going further I), and aligns each as in notebook 06: passages of at least
# five words found in both. A release dated *after* an article is never its source. The
# **churn** of a pair is the share of the article's words inside passages shared with that
# release: 0 when it takes nothing, 1 when it takes all.

# %%
reuse = find_reuse(corpus, source_group="press_release", target_group="newspaper", min_words=5)
reuse.head(8)

# %% [markdown]
# One row per pair: `target_id` is the article, `source_id` the release; `words_shared` counts the
# article's words in shared passages (a phrase used twice counts twice, so it can exceed
# `source_words`, the release's length).

# %%
fig, ax = plt.subplots(figsize=(7, 3))
ax.hist(reuse["churn"], bins=[i / 20 for i in range(21)], color="#4c72b0", edgecolor="white")
ax.set_xlabel("churn: share of the article's words in passages shared with the release")
ax.set_ylabel("(article, release) pairs")
ax.set_title("Reuse in the synthetic corpus")
fig.tight_layout()
plt.close(fig)  # shown once, below, with its alt text:
plots.show_figures_with_alt_text()
fig

# %%
strong = reuse[reuse["churn"] >= 0.10]
planted = made.truth[made.truth["planted"] == "10%"]
whole = made.truth.loc[made.truth["planted"] == "whole", "churn"].mean()
Markdown(
    f"**{len(reuse)}** pairs share a passage of five words or more, of "
    f"{sizes.loc['newspaper', 'documents'] * sizes.loc['press_release', 'documents']:,} possible. The tallest "
    f"bar, **{(reuse['churn'] < 0.05).sum()}** pairs under 0.05, is a phrase or two. The clumps near 0.1, 0.3, "
    f"0.6 and 0.9 were planted (a whole statement near {whole:.2f}: the article adds an opening line); real corpora "
    f"are not like that. **{len(strong)}** pairs reach a churn of 10 %; the table `strong` keeps them. That "
    f"cut splits the lowest clump: {(planted['churn'] < 0.10).sum()} of the {len(planted)} pairs planted at "
    "10 % fall just below it."
)

# %% [markdown]
# **Exercise 08.3.** How many *articles* take at least 10 % of their words from some release?
# An article that reuses two releases has two rows in `strong`. (Hint: `.nunique()` counts the
# different `target_id`s.)

# %% tags=["solution"]
answer_08_3 = strong["target_id"].nunique()

# %%
check("08.3", answer_08_3)

# %% [markdown]
# **What churn cannot tell.** Churn counts shared words, not why. An article that quotes a
# statement in full, saying whose it is, has a high churn, and that is journalism; one that
# retells a release in its own words has a low churn, and may be churnalism all the same. Going
# further D splits reused words into quoted and not quoted.

# %% [markdown]
# **In short.** Churn finds which articles reuse which releases, and how much, but not why; every
# figure here describes a synthetic corpus, not the news.

# %% [markdown]
# ## Going further: sentiment, the planted answers, reading the cases, what churn cannot tell, a real corpus, a published study, the formulas, the shortcut
#
# The core path ends here. These parts are optional: each builds on the corpus and the reuse table
# above, and the last exercises are among them.

# %% [markdown]
# ### A. Sentiment, with an interval
#
# `corpus_sentiment` scores every sentence with TextBlob and VADER (notebook 04), averages each
# document's sentences, and then each group's documents. One group mean on its own hides how much
# the documents vary, so it also gives a **bootstrap** interval. The **bootstrap** asks "how much
# could this mean change with other documents like these?" using only the documents we have: draw
# the group's documents again at random, the same number, allowing repeats, 1,000 times (with a
# fixed seed); recompute the mean each time; keep the middle 95 % of those means.

# %%
sentiment = corpus_sentiment(corpus)
groups = sentiment.groups.set_index("group")
groups.round(3)

# %%
overlap = not (
    groups.loc["press_release", "vader_compound_low"] > groups.loc["newspaper", "vader_compound_high"]
    or groups.loc["newspaper", "vader_compound_low"] > groups.loc["press_release", "vader_compound_high"]
)
Markdown(
    f"VADER's mean score is **{groups.loc['press_release', 'vader_compound_mean']:.3f}** for the press "
    f"releases (95 % interval {groups.loc['press_release', 'vader_compound_low']:.3f} to "
    f"{groups.loc['press_release', 'vader_compound_high']:.3f}) and "
    f"**{groups.loc['newspaper', 'vader_compound_mean']:.3f}** for the newspapers "
    f"({groups.loc['newspaper', 'vader_compound_low']:.3f} to {groups.loc['newspaper', 'vader_compound_high']:.3f}): "
    + (
        "the intervals overlap, so these documents do not let us say which group is more positive."
        if overlap
        else "the intervals do not overlap: the releases read as more positive, by VADER's lexicon."
    )
)

# %% [markdown]
# ### B. Checking the detector against the planted answers
#
# Because the corpus is synthetic, we know which pairs really share text, and how much: the
# generator recorded where every word of every article came from. `reuse_scores` compares the
# detector with that record for the pairs with a churn of at least 10 %: **recall** (the share of
# true pairs it found), **precision** (the share of the pairs it found that are true), and the
# **mean absolute error** of its churn over the true pairs.

# %%
scores = reuse_scores(reuse, made.truth, threshold=0.10)
pd.Series(scores).to_frame("value")

# %%
Markdown(
    f"Of the **{scores['true_pairs']}** planted pairs, the detector finds **{scores['correct_pairs']}** "
    f"(recall {scores['recall']:.3f}); of the **{scores['found_pairs']}** pairs it reports at 10 % or "
    f"more, {scores['correct_pairs']} are planted (precision {scores['precision']:.3f}). Its churn is off by "
    f"{scores['churn_mae']:.4f} on average. The errors come from chance: two texts on the same topic "
    "that happen to share a run of five words."
)

# %% [markdown]
# ### C. Reading the strongest cases side by side
#
# A number is where reading starts. Take the pair with the highest churn, and a pair near 30 %,
# and look at the passages themselves (`shared_passages` from notebook 06). `passage_voices` says,
# for each passage, whether the **article** prints it inside quotation marks (`quote`, with the
# speaker it names), in its own voice (`narrative`), or partly each (`mixed`: the passage runs
# across a quotation mark, as a whole statement copied with its quotes does). The texts come from
# templates filled at random: they are not meant to read naturally, only to reuse at known levels.

# %%
texts = corpus.set_index("id")["text"]
top = reuse.iloc[0]
middle = reuse.iloc[(reuse["churn"] - 0.3).abs().argsort().iloc[0]]


def side_by_side(pair, rows=6):
    release, article = texts[pair["source_id"]], texts[pair["target_id"]]
    passages = passage_voices(shared_passages(release, article, n=5), article, side="b")
    display(
        Markdown(
            f"**{pair['target_id']}** takes {pair['churn']:.0%} of its words from **{pair['source_id']}**:"
        )
    )
    return passages[["passage", "words", "voice", "speaker"]].head(rows)


side_by_side(top)

# %%
side_by_side(middle)

# %% [markdown]
# Now read the two texts of the middle pair yourself, the release first:

# %%
print(texts[middle["source_id"]][:1200])

# %%
print(texts[middle["target_id"]][:1500])

# %% [markdown]
# ### D. What churn cannot tell
#
# Churn counts words; it does not say what the journalist did with them. A minister's statement
# printed in quotation marks, with the minister named, **is reuse, and it is also journalism**:
# reporting what a minister said is part of the job. The same words printed as the paper's own
# narrative are a different thing. So split each strong pair's shared words by voice.

# %%
rows = []
for pair in strong.itertuples(index=False):
    release, article = texts[pair.source_id], texts[pair.target_id]
    passages = shared_passages(release, article, n=5)
    reused = {p for start, end in zip(passages["start_b"], passages["end_b"]) for p in range(start, end)}
    voice = token_voices(article)["voice"]  # the voice of each of the article's words, in order
    quoted = sum(voice[p] == "quote" for p in reused)
    rows.append({"target_id": pair.target_id, "churn": pair.churn, "share_quoted": quoted / len(reused)})
by_voice = pd.DataFrame(rows)
quoted_share = by_voice["share_quoted"].mean()
Markdown(
    f"On average **{quoted_share:.0%}** of the reused words in the {len(by_voice)} strong pairs are inside "
    f"quotation marks in the article; the rest, **{1 - quoted_share:.0%}**, the article prints as its own "
    "words. Churn cannot tell either from the other, nor whether the journalist checked a claim before "
    "repeating it, added what the release left out, or called someone who disagreed. Nor can it see reuse "
    "that changes every fifth word, a release rewritten in other words, or a source that is not in the "
    "corpus: a wire story, an interview, another paper."
)

# %% [markdown]
# **Exercise 08.4.** How many articles reuse (at a churn of 10 % or more) the most reused press
# release? Two releases tie for the most: give their count once, not added up. (Hint:
# `strong["source_id"].value_counts()` counts the articles of each release.)

# %% tags=["solution"]
answer_08_4 = int(strong["source_id"].value_counts().max())

# %%
check("08.4", answer_08_4)

# %% [markdown]
# ### E. Loading a real corpus
#
# `load_corpus` reads two kinds of source and never writes into either:
#
# * **a folder of `.txt` files**, one article each (the file name is its `id`), with an optional
#   `catalogue.csv` beside them in the course's catalogue format (`file`, `genre`, `publisher`,
#   `date`, `title`: like `texts/catalogue.csv`);
# * **a table**: a `.csv`, `.jsonl` or `.parquet` file with at least an `id` and a `text`
#   column, and optionally `group`, `date`, `source`, `title`. News archives export something
#   close: rename their columns to these.
#
# Bad input gets a message that names the problem. Here is a small folder, written for this
# notebook, and a table with a mistake in it:

# %%
with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
    Path("saved").mkdir()
    Path("saved/release.txt").write_text("The Rail Office announced new trains.", encoding="utf-8")
    Path("saved/story.txt").write_text("New trains were announced, the Rail Office said.", encoding="utf-8")
    Path("saved/catalogue.csv").write_text(
        "id,file,genre,publisher,date\nrelease,release.txt,press_release,Rail Office,2026-03-02\n"
        "story,story.txt,newspaper,Valley Post,2026-03-03\n",
        encoding="utf-8",
    )
    display(load_corpus("saved")[["id", "group", "date", "source", "text"]])
    Path("export.csv").write_text("id,text\n1,First story.\n1,Second story.\n2,\n", encoding="utf-8")
    try:
        load_corpus("export.csv")
    except CorpusError as error:
        print(error)

# %% [markdown]
# The same functions run unchanged on a corpus too large for one process: pass a Dask client,
# `find_reuse(corpus, client=client)`, from `helpers.corpus.dask_client(workers=4)` (a cluster on
# this machine) or `dask_client(scheduler="tcp://...")` (an existing one). The results are the
# same, row for row. From a terminal, `python3 course.py corpus my_corpus.csv --workers 2` writes
# all of this notebook's tables, and an HTML page, for any corpus.

# %% [markdown]
# ### F. Two more exercises
#
# Exercises 08.1–08.4 came right after the ideas they practise. Two more: one puts dates and
# churn together, one asks for a sentence on the histogram of section 3.
#
# **Exercise 08.5.** A press release is news for a day or two. `find_reuse` takes `max_days`: a
# release more than `max_days` days older than an article is then not considered as its source.
# Run it with `max_days=1` on `corpus`: how many pairs with a churn of 10 % or more are left?

# %% tags=["solution"]
recent = find_reuse(corpus, max_days=1)
answer_08_5 = int((recent["churn"] >= 0.10).sum())

# %%
check("08.5", answer_08_5)

# %% [markdown]
# **Exercise 08.6 (reflection: what the histogram suggests, and no more).** Look again at the
# histogram of churn in section 3. Write **one sentence** on what it suggests about reuse: name
# the histogram, hedge (*suggests*, *may*), say *in this synthetic corpus*, and claim nothing it
# cannot show. It counts (article, release) *pairs*, not articles, and it says nothing about why
# words were reused (bad journalism?) or about real newspapers.

# %% tags=["solution"]
answer_08_6 = (
    "In this synthetic corpus, the histogram suggests that reuse comes in a few planted levels, "
    "and that most pairs may share only a phrase or two."
)

# %%
check("08.6", answer_08_6)

# %% [markdown]
# ### G. Placing the result against a study
#
# Lewis, Williams and Franklin (2008), "A compromised fourth estate? UK news journalism, public
# relations and news sources", *Journalism Studies* 9(1), 1–20, analysed 2,207 items of UK
# newspaper and broadcast news. Their figures, as the study reports them: **19 %** of press stories
# were verifiably derived mainly or wholly from PR material, and **60 %** wholly or mainly from PR
# or wire copy (Press Association and other agencies).

# %%
mainly = reuse[reuse["churn"] >= 0.5]["target_id"].nunique() / sizes.loc["newspaper", "documents"]
Markdown(
    f"In our synthetic corpus, **{mainly:.0%}** of the articles take half their words or more from one "
    "release. That figure was planted by the generator (two levels in five reuse that much), so it "
    "says nothing about real news, and even on a real corpus it would not be the study's figure: "
    "Lewis and colleagues coded stories by hand, counted wire copy as well as PR, and judged "
    "*derived mainly* from the content, not from a share of words. A churn threshold is one "
    "operational definition of “mainly derived”; which one, and why, must be stated with the result."
)

# %% [markdown]
# ### H. The log-odds ratio with a prior, in formulas
#
# The **odds** of a word in a group are its uses divided by the group's other words; the log-odds
# ratio compares the two groups' odds, on a log scale. The **prior** is an assumption made before
# looking: here, that each group also wrote the whole corpus once (the **pseudo-counts**).
#
# For a word *w* used *y*<sub>a</sub> times in group a (of *n*<sub>a</sub> words) and
# *y*<sub>b</sub> times in group b (of *n*<sub>b</sub>), with *α*<sub>w</sub> pseudo-counts
# (here *y*<sub>a</sub> + *y*<sub>b</sub>, the word's count in the whole corpus) summing to
# *α*<sub>0</sub> over all words, `helpers/corpus.py` (`log_odds_dirichlet`) computes
#
# * δ = ln((*y*<sub>a</sub> + *α*<sub>w</sub>) / (*n*<sub>a</sub> + *α*<sub>0</sub> − *y*<sub>a</sub> − *α*<sub>w</sub>)) − ln((*y*<sub>b</sub> + *α*<sub>w</sub>) / (*n*<sub>b</sub> + *α*<sub>0</sub> − *y*<sub>b</sub> − *α*<sub>w</sub>)), the difference in log-odds;
# * its variance, about 1 / (*y*<sub>a</sub> + *α*<sub>w</sub>) + 1 / (*y*<sub>b</sub> + *α*<sub>w</sub>);
# * z = δ / √variance.
#
# The pseudo-counts come from a Dirichlet distribution in Monroe, Colaresi and Quinn's model
# (2008, section 3.5); 1.96 is the point of the standard normal distribution with 2.5 % beyond it
# on each side. The same statistic is called "Fightin' Words" and is used by Scattertext.

# %% [markdown]
# ### I. How the reuse finder picks the pairs quickly
#
# Comparing every article with every release means 200 × 40 = 8,000 alignments here, 40 million in
# a realistic corpus. `find_reuse` avoids most of them, in three steps:
#
# * it cuts every text into **shingles**: every run of five words in a row, overlapping;
# * it sums up each text's shingles in a **MinHash** sketch: 128 numbers, made so that texts
#   sharing many shingles get many equal numbers, a quick estimate of their overlap;
# * it files the sketches with **locality-sensitive hashing** (LSH): similar sketches land in the
#   same drawer, and an article is compared only with the releases in its drawers.
#
# Only the pairs that meet in a drawer are aligned word by word. Going further B measures what
# this shortcut costs: a true pair that never meets would be missed (recall below 1).

# %% [markdown]
# ### Open questions
#
# 1. Churn treats a quoted statement and an unattributed paragraph alike. Design a second
#    measure that would separate them, and say what it would still miss.
# 2. `find_reuse` needs five words in a row. What kinds of real reuse would a threshold of 5 miss,
#    and what would a threshold of 3 wrongly find? (Notebook 06 tried both on two texts.)
# 3. Lewis and colleagues counted wire copy too. What would you need in your corpus to measure
#    that, and how would you label it?
