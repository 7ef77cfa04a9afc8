# %% [markdown] tags=["course-only"]
# # 07 · A framing report on any two texts
#
# Notebooks 01 to 06 each looked at the two texts from one side. This notebook puts their methods
# together in one report that works on **any two texts of the catalogue**: change two ids in the
# parameters cell and run it again. Read it as a summary, and check that you could explain every
# number in it. The core path covers the texts, their counts and their distinctive words, each with
# a short exercise that applies the report's functions to another pair. Frame cues, cleaning, top
# words, word clouds, sentiment, voices, reuse and the summary follow under "Going further".
#
# | | |
# |---|---|
# | **Learning objectives** | Run a reproducible comparison of two texts from their catalogue ids; read each part of the report and say what it can and cannot show; recompute a report's numbers for another pair with the functions behind it. |
# | **Time needed** | about 40 minutes (core path); going further: about 70 minutes more |
# | **Prerequisites** | Notebooks 01–06: every method here was introduced there, and each part points back to its notebook. |

# %% [markdown] tags=["course-only"]
# ## The parameters
#
# The next cell names the two texts to compare, by their `id` in `texts/catalogue.csv`.
# `clean = True` removes web-page furniture such as the newspaper's photo gallery (as since
# notebook 01); `top_n` is how many rows the word tables show. To report on another pair, change
# them and choose *Run > Run All Cells*. From a terminal,
# `python3 course.py report example_opposition press_release` does the same without the exercises
# and saves the report as a web page in `reports/` (see `docs/adding-a-text.md`).

# %% tags=["parameters"]
text_a = "press_release"
text_b = "newspaper"
clean = True
top_n = 15

# %%
import pandas as pd
from IPython.display import Markdown

from helpers import framing, plots, report
from helpers.checks import check, install_unset_answer_hint
from helpers.display import left_aligned
from helpers.frequencies import describe_texts, side_by_side
from helpers.keyness import G2_THRESHOLD as KEY_G2
from helpers.sentiment import sentence_sentiment, sentiment_summary

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", None)  # cue lists and removed paragraphs in full, never cut

texts = report.load_pair(text_a, text_b, clean=clean)
names = (text_a, text_b)
colors = report.colors(names)
state = "cleaned (web-page furniture removed, encoding repaired)" if clean else "as received (not cleaned)"
Markdown(f"This report compares **{text_a}** (text A) and **{text_b}** (text B), {state}.")

# %% [markdown] tags=["course-only"]
# `texts` holds the two texts by id: `texts[text_a]` and `texts[text_b]`, whatever the parameters
# say.

# %% [markdown]
# ## The two texts
#
# What the catalogue records about each text: who published it, when, under which licence, and
# its known quirks. Read the dates and genres first: they limit every comparison that follows.
# The record of where the course's own two texts come from, which their `source_note` cites, is
# [texts/PROVENANCE.md](../texts/PROVENANCE.md).

# %%
meta = report.metadata(text_a, text_b)
left_aligned(meta.reset_index(), wrap=60)

# %%
genres = meta.loc["genre"]
genre_line = (
    f"Both texts are of the genre **{genres[text_a]}**."
    if genres[text_a] == genres[text_b]
    else f"They are of two genres, **{genres[text_a]}** and **{genres[text_b]}**: a difference below "
    "may come from the genre, not from a choice of framing."
)
Markdown(report.date_warning(text_a, text_b) + " " + genre_line)

# %% [markdown]
# ## Counts
#
# `describe_texts` counts what the report analyses: characters, words (as the course tokenizer
# finds them), distinct words (`types`), sentences and paragraphs, and two measures of vocabulary
# diversity (notebook 02): the type-token ratio, which falls as a text gets longer, and MATTR, which
# does not.

# %%
counts = describe_texts(texts)
counts.round(3)

# %%
shorter = counts["words"].idxmin()
Markdown(
    f"**{text_a}** has **{counts.loc[text_a, 'words']:,}** words and **{text_b}** **{counts.loc[text_b, 'words']:,}**; "
    f"the longer text is **{counts['words'].max() / counts['words'].min():.1f} times** as long. Texts of different "
    f"lengths are compared below with rates per 1,000 words. With **{counts.loc[shorter, 'words']:,}** words in "
    f"**{shorter}**, a word used two or three times can head a list: read every rate with its raw count."
)

# %% [markdown] tags=["course-only"]
# **Exercise 07.1.** The report's functions work on any pair. Load the made-up example and the
# press release, `pair = report.load_pair("example_opposition", "press_release")`, and count them
# with `describe_texts(pair)`. How many **words** does `example_opposition` have once cleaned?

# %% tags=["solution", "course-only"]
pair = report.load_pair("example_opposition", "press_release")
answer_07_1 = int(describe_texts(pair).loc["example_opposition", "words"])

# %% tags=["course-only"]
check("07.1", answer_07_1)

# %% [markdown]
# ## Distinctive words (keyness)
#
# Which words does one text use unusually often compared with the other (notebook 03)? For each
# word, the **log-likelihood (G²)** says how surprising the gap between its two counts is, given
# the texts' sizes; the **log ratio** says how big the difference is, on a doubling scale (+1: twice
# as frequent in text A; −1: twice as frequent in text B). A count of 0 is taken as 0.5 for the
# log ratio, so a word missing from one text still gets one (notebook 03). A word is called
# **key** here only if it passes G² ≥ 3.84 (p < 0.05); `more_frequent_in` gives only the
# direction. `exact_p` is the p-value of an exact test, more trustworthy than `p_value` for counts
# this small (notebook 03). Read the raw counts first: a large score can rest on three or four
# words. Stopwords are left out of the table, and words are counted in lower case (*US* and *us*
# are one word): read a surprising word in context.

# %%
keys = report.key_words(texts)
keys.set_index("word").head(top_n).round(3)

# %%
significant = keys[keys["p_value"] < 0.05]
exact = int((keys["exact_p"] < 0.05).sum())
Markdown(
    f"Of the **{len(keys)}** words in the table (stopwords left out), **{len(significant)}** "
    f"{'passes' if len(significant) == 1 else 'pass'} G² ≥ 3.84 (p < 0.05), the key words: "
    f"**{(significant['more_frequent_in'] == text_a).sum()}** more frequent in {text_a} "
    f"and **{(significant['more_frequent_in'] == text_b).sum()}** in {text_b}; "
    f"**{exact}** {'has' if exact == 1 else 'have'} an `exact_p` below 0.05. The highest G² is "
    f"**{keys['log_likelihood'].iloc[0]:.2f}**, for *{keys['word'].iloc[0]}* ({keys[f'count_{text_a}'].iloc[0]} times in "
    f"{text_a}, {keys[f'count_{text_b}'].iloc[0]} in {text_b}). With texts this short, a table of hundreds of tests "
    "gives a few such words by chance alone (notebook 03 counts how many to expect): a key word is a place to start "
    "reading, not a finding."
)

# %% [markdown]
# The ten words with the highest G² on each side, with their raw counts beside each bar; the
# dashed lines are the key-word threshold, and only the bars past them (bold, full colour) are key
# words:

# %%
fig = plots.keyness_bar(
    keys, names=names, n=10, title=f"Words more frequent in {text_a} or in {text_b} (stopwords left out)"
)

# %% [markdown] tags=["course-only"]
# **Exercise 07.2.** Make the keyness table of the same pair, `report.key_words(pair)` (with `pair`
# from exercise 07.1). How many of its words are **key words**, past the threshold G² ≥ 3.84
# (p < 0.05), in either direction? Don't count by eye: a long table shows only its first and last
# five rows. `(table["log_likelihood"] >= 3.84).sum()` counts the rows of `table` that pass.

# %% tags=["solution", "course-only"]
pair_keys = report.key_words(pair)
answer_07_2 = int((pair_keys["log_likelihood"] >= KEY_G2).sum())

# %% tags=["course-only"]
check("07.2", answer_07_2)

# %% [markdown] tags=["course-only"]
# ## In short
#
# * One parameters cell names the pair; the same cells then report on any two catalogued texts.
# * Read the dates and genres first: with one text on each side, a difference may come from the
#   genre or the moment, not from a choice of framing.
# * Read every score with its raw counts. A word is key only past G² ≥ 3.84, and with texts this
#   short a few words pass it by chance alone.

# %% [markdown] tags=["course-only"]
# ## Going further: the rest of the report
#
# The core path ends here. The rest of the report shows the frame cues (with exercise 07.3), what
# cleaning removed, the top words and word clouds, sentiment, voices and reuse, then gathers the
# headline numbers in one summary, with one more exercise (07.4) on reading frame cues.

# %% [markdown]
# ## Frame cues
#
# Frames are ways of telling a story (notebook 05): as a conflict, as a question of
# responsibility, through a human face. `lexicons/generic_frames.csv` lists, for each of Semetko
# and Valkenburg's five generic news frames, a few words that point to it. For the course's two
# texts the report adds the course's own topic lists, diplomacy and security
# (`lexicons/course_topics.csv`), made for these texts; for other texts they are left out unless
# asked for (`report.frame_table(texts, topics=True)`). A frame is counted in **sentences with at
# least one of its cues**, and the share of the text's sentences they make (the cues themselves
# are listed further down). **A cue is evidence for a reader, never a verdict**: *business as
# usual* is not about money, and a story can be about conflict without using a word on the list
# (`framing.cue_sentences(text)` gives each sentence with its cue words, to read).

# %%
frames = report.frame_table(texts)
frames.round(3)

# %%
frames_said = {name: report.frame_sentence(frames, name) for name in names}
Markdown(f"{frames_said[text_a]}\n\n{frames_said[text_b]}")

# %% [markdown] tags=["course-only"]
# **Exercise 07.3.** Make the frame table of the same pair, `report.frame_table(pair)`. In what
# **share** of the example's sentences does a cue of the *responsibility* frame occur? Give a
# number between 0 and 1.

# %% tags=["solution", "course-only"]
pair_frames = report.frame_table(pair)
answer_07_3 = float(pair_frames.loc["responsibility", "share_example_opposition"])

# %% tags=["course-only"]
check("07.3", answer_07_3)

# %% [markdown]
# ## Cleaning
#
# How much of each file is the text itself?
# Cleaning (notebook 01) keeps headlines and body paragraphs and removes web-page furniture:
# photo captions, gallery headings, links to other stories. The rules that label paragraphs are
# in `helpers/cleaning.py`; check what they removed.

# %%
cleaning = report.cleaning_table(text_a, text_b)
cleaning.round(3)


# %%
def removed_line(name, row):
    paragraphs = cleaning.attrs["removed_paragraphs"][name]
    what = f"{len(paragraphs)} paragraph{'' if len(paragraphs) == 1 else 's'} ({row.removed})"
    return (
        f"Cleaning removes **{row.removed_share:.0%}** of the words of **{name}** ({row.words_raw:,} as "
        f"received, {row.words_cleaned:,} cleaned): {what}."
    )


removed = cleaning[cleaning["removed"] != ""]
cleaning_line = (
    " ".join(removed_line(name, row) for name, row in removed.iterrows())
    or "Cleaning removes nothing from either text."
)
use = (
    "This report uses the cleaned texts."
    if clean
    else ("This report uses the texts **as received**: whatever cleaning would remove is counted below.")
)
listed = " Every removed paragraph is listed below, with the rule that removed it." if len(removed) else ""
Markdown(f"{cleaning_line}{listed} {use} A rule can be wrong: is every removed paragraph really furniture?")

# %%
report.removed_table(text_a, text_b)

# %% [markdown]
# ## Top words
#
# The most frequent words of each text, without the stopwords of the word clouds (*the*, *and*,
# *of*...; `helpers.tokens.stopword_list()`). Counted over all the words first, so `per_1000` is
# per 1,000 words of the whole text and the two texts can be compared (notebook 02).

# %%
word_tables = report.word_tables(texts)
side_by_side(word_tables, n=top_n, columns=("word", "count", "per_1000")).round(1)

# %%
tops = {name: word_tables[name].iloc[0] for name in names}
shared_top = sorted(
    set(word_tables[text_a]["word"].head(top_n)) & set(word_tables[text_b]["word"].head(top_n))
)
Markdown(
    f"The most frequent word of **{text_a}** is *{tops[text_a]['word']}* ({tops[text_a]['count']} times, "
    f"{tops[text_a]['per_1000']:.1f} per 1,000 words); of **{text_b}**, *{tops[text_b]['word']}* "
    f"({tops[text_b]['count']} times, {tops[text_b]['per_1000']:.1f} per 1,000). Of the {top_n} words in each "
    f"list, **{len(shared_top)}** are in both: *{', '.join(shared_top) or 'none'}*. The stopword list keeps "
    "*will*, *said* and *us* (and removes *not*): it was made for word clouds, not for reading."
)

# %% [markdown]
# ## Word clouds
#
# The same frequencies as the top-word tables, drawn as clouds (notebook 02): the bigger the word,
# the more often it occurs *in that text* (sizes are relative within each cloud). A cloud shows
# frequency, not importance or meaning, and it hides the counts; read it next to the tables above.

# %%
fig = plots.word_clouds_side_by_side(
    word_tables, title="The most frequent words (stopwords left out)", random_state=42
)

# %% [markdown]
# ## Sentiment
#
# Two lexicon models score how positive or negative the texts' words are (notebook 04): TextBlob's
# **polarity** (the *mean* of the lexicon words it finds, from −1 to +1) and **VADER**'s compound
# score (a *normalised sum* per sentence, which runs towards ±1 as lexicon words pile up). The
# table gives TextBlob's score of each whole text (`polarity`) and both models' means of their
# sentence scores (`polarity_mean`, `vader_mean`): the models are compared on those, the same
# unit. Beside each score: the words, sentences and lexicon words it rests on. A score is a model's
# reading of the words, not a fact about the text, and sentiment is not stance (notebook 04,
# section 7).

# %%
feeling = sentiment_summary(texts)
feeling.round(3)

# %%
comparison = report.sentiment_comparison(texts)
verdict = report.sentiment_verdict(comparison)
Markdown(
    f"TextBlob's whole-text polarity is **{feeling.loc[text_a, 'polarity']:+.3f}** for {text_a} and "
    f"**{feeling.loc[text_b, 'polarity']:+.3f}** for {text_b} (means of {feeling.loc[text_a, 'lexicon_words']} and "
    f"{feeling.loc[text_b, 'lexicon_words']} lexicon words). "
    + report.sentiment_sentence(texts, comparison)
    + " An average near zero can also hide strong words that cancel out: the charts show each sentence."
)

# %% [markdown]
# Sentence by sentence: bars are TextBlob's polarity, black diamonds VADER's compound score. They
# share an axis from −1 to +1 but **not a scale**: a bar is the mean of a sentence's lexicon words,
# a diamond a sum squeezed into −1…+1, which nears ±1 with a handful of words. Compare their
# signs, not their heights. A bar at zero is a sentence with no lexicon word; a bar and a diamond
# on opposite sides are two models reading one sentence in opposite ways.

# %%
sentences = {name: sentence_sentiment(texts[name]) for name in names}
fig = plots.sentiment_chart(
    sentences[text_a],
    title=f"{text_a}: sentiment sentence by sentence",
    second="vader_compound",
    color=colors[text_a],
)

# %%
fig = plots.sentiment_chart(
    sentences[text_b],
    title=f"{text_b}: sentiment sentence by sentence",
    second="vader_compound",
    color=colors[text_b],
)

# %% [markdown]
# ## Voices
#
# Who speaks? `voices` (notebook 05) splits each text into quoted speech and the writer's own
# narrative, and names a quote's speaker when the sentence does ("An FCO spokeswoman said"). A
# pronoun ("he said") takes the last speaker named before it whose title fits, marked `inferred`;
# an empty `speaker` means the text names nobody there. The rules are short and visible in
# `helpers/voices.py`; they can be wrong, so read the quotes before trusting the shares.

# %%
voice_table = report.voice_table(texts)
voice_table.round(3)

# %%
speakers = {name: report.speaker_sentence(voice_table, name) for name in names}
notes = "".join(f"\n\n⚠️ {note}" for note in voice_table.attrs["warnings"])
Markdown(
    f"{speakers[text_a]} {speakers[text_b]} Who is given the floor, and in whose words the story is told, "
    f"is part of its framing.{notes}"
)

# %% [markdown]
# ## Reuse
#
# Which passages do the two texts share word for word (notebook 06)? A *shared passage* is a run
# of at least five words found in both (case and punctuation ignored), leaving out passages made
# only of stopwords and standard formulas such as *in the coming weeks*: at five words, chance
# matches between two texts on one topic are rare. One row per passage, with the number of places
# it occurs in each text:

# %%
passages = report.shared_table(texts)
passages

# %% [markdown]
# The **churn figure** is the share of each text's words inside those passages (churnalism.com
# reported it as the share of a news story taken from a press release). Shared words alone do not
# say who took them from whom; only the dates can, and only when one text is dated before the other.

# %%
reuse = report.reused_words_table(texts)
reuse.round(3)

# %%
months = report.months_apart(meta.loc["date", text_a], meta.loc["date", text_b])
reuse_said = report.reuse_sentence(reuse, {name: meta.loc["date", name] for name in names})
Markdown(reuse_said)

# %% [markdown]
# Which cues the frame counts rest on, in each text:

# %%
report.cue_table(texts)

# %% [markdown]
# ## What we found
#
# `report.key_numbers` gathers the report's headline numbers in one table, one column per text
# (the same function works for any pair of the catalogue):

# %%
numbers = report.key_numbers(text_a, text_b, clean=clean)
numbers.round(3).T

# %%


def key_word(name):
    return report.top_key_words(keys, name)


Markdown(
    f"* **Two texts in context.** {text_a} ({genres[text_a]}, {report.readable_date(meta.loc['date', text_a])}) and "
    f"{text_b} ({genres[text_b]}, {report.readable_date(meta.loc['date', text_b])}), "
    + f"{report.when_phrase(meta.loc['date', text_a], meta.loc['date', text_b])}. "
    + f"{numbers.loc[text_a, 'words']:,} and {numbers.loc[text_b, 'words']:,} words, {state}.\n"
    f"* **Words.** The most frequent word (stopwords left out) is *{numbers.loc[text_a, 'top_word']}* in {text_a} "
    f"({numbers.loc[text_a, 'top_word_count']} times) and *{numbers.loc[text_b, 'top_word']}* in {text_b} "
    f"({numbers.loc[text_b, 'top_word_count']}). Highest G² for {text_a}: {key_word(text_a)}; for {text_b}: "
    f"{key_word(text_b)}. {report.first_upper(report.chance_sentence(keys, report.text_sizes(texts)))}.\n"
    f"* **Sentiment.** Mean sentence scores: TextBlob {numbers.loc[text_a, 'polarity_mean']:+.3f} and "
    f"{numbers.loc[text_b, 'polarity_mean']:+.3f}, VADER {numbers.loc[text_a, 'vader_mean']:+.3f} and "
    f"{numbers.loc[text_b, 'vader_mean']:+.3f}; {verdict}.\n"
    f"* **Voices.** {speakers[text_a]} {speakers[text_b]}\n"
    f"* **Reuse.** {reuse_said}\n"
    f"* **Frame cues.** {frames_said[text_a]} {frames_said[text_b].replace(' Cues point to sentences worth reading; they do not establish a frame.', '')}"
)

# %% [markdown]
# **What this report cannot show.** Every number above describes two texts, not two kinds of text:
# with one text on each side, a difference may come from the genre, the moment, the writer or the
# audience, and the report cannot tell which. Its measures are word counts and word lists: they
# point to passages worth reading, and cannot say what a passage means, what a text leaves out
# on purpose, or how readers took it. A frame is a reading of a whole text; the report gives the
# evidence for that reading, and the reading is yours.

# %% [markdown] tags=["course-only"]
# **Exercise 07.4 (open).** Choose a frame whose cues occur in **both** texts, and read its
# matches: `found = framing.find_cues(texts[text_b], report.frame_lexicons(texts))`, then
# `found[found["frame"] == "your frame"][["cue", "match", "sentence"]]` (and the same for
# `text_a`). In how many **sentences** of each text does a cue of your frame occur? Give a
# dictionary: `{"frame": "your frame", text_a: ..., text_b: ...}`. (The check expects the default
# parameters: press_release and newspaper, cleaned.)
#
# Then, for yourself: in how many of those sentences would you, reading them, say that the frame
# is really at work? What does your answer say about the counts in the table?

# %% tags=["solution", "course-only"]
my_frame = "conflict"
found = {name: framing.find_cues(texts[name], report.frame_lexicons(texts)) for name in names}
answer_07_4 = {
    "frame": my_frame,
    **{name: found[name].loc[found[name]["frame"] == my_frame, "sentence_no"].nunique() for name in names},
}

# %% tags=["course-only"]
check("07.4", answer_07_4)

# %% [markdown] tags=["course-only"]
# **Where next.** Make a report on a text of your own: save it in `texts/`, add a row to the
# catalogue (`docs/adding-a-text.md` says how), and run
# `python3 course.py report your_id press_release`. The report is a web page in `reports/` that
# opens anywhere, with no network: send it to someone who has never seen a notebook, and ask
# them which of its numbers they would trust.

# %% [markdown] tags=["reflection", "course-only"]
# **✍️ Reflection (your instructor reads this).** Write the opening paragraph of a short report
# comparing how the two texts frame the visit, claiming no more than your evidence supports.
#
# *Double-click this cell and write your answer here, in place of this line.*
