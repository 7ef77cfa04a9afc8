# %% [markdown]
# # 04 · Sentiment
#
# Is the government's press release more positive about the visit to Moscow than the newspaper?
# **Sentiment analysis** scores how positive or negative a text's words are.
#
# | | |
# |---|---|
# | **Learning objectives** | How a word-list model scores a sentence; comparing two texts on the same unit, with a permutation test; sentiment versus stance. |
# | **Time needed** | about 45 minutes (core path); going further: about 110 minutes more |
# | **Prerequisites** | Notebooks 01 (the cleaned texts) and 03 (the p-value). |

# %%
import pandas as pd
from IPython.display import Markdown, display

import helpers
from helpers import plots
from helpers.annotation import label_agreement, label_problem, spread_sample
from helpers.checks import check, install_unset_answer_hint
from helpers.cleaning import clean_text
from helpers.display import left_aligned
from helpers.sentiment import (
    STANCE_LABELS,
    assessments,
    compare_models,
    compare_sentiment,
    comparison_sentences,
    explain_sentences,
    lexicon_word_counts,
    paragraph_sentiment,
    sentence_sentiment,
    sentiment_summary,
    stance_as_sentiment,
    textblob_label,
    vader_label,
    vader_scores,
)
from helpers.sentiment_lexicons import lexicon_lookup, lexicon_sizes, textblob_senses
from helpers.voices import marked_phrases, voices

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option(
    "display.max_colwidth", 300
)  # whole sentences; left_aligned(...) shows them aligned left, like text

news_raw = helpers.load_text("newspaper").raw
press = clean_text(helpers.load_text("press_release").raw)
news = clean_text(news_raw)

# %% [markdown]
# `press` and `news` are notebook 01's **cleaned** texts.
#
# ## 1. Sentiment from a word list
#
# Both our models use a **lexicon**: a list of words that people have scored. A model looks up each
# word of a sentence, combines the scores of those it finds and skips the rest. The first model,
# **TextBlob**, gives each lexicon word two scores:
#
# * **Polarity**, from **−1** (negative) through 0 to **+1** (positive).
# * **Subjectivity**, from **0** (a factual word, like "Russian") to **1** (an opinion word, like
#   "wonderful").
#
# A sentence's score is the average of its lexicon words' scores. "Very" just before a lexicon word
# makes it stronger; "not" just before it flips it and halves it:

# %%
examples = (
    "The talks were useful. The talks were very useful. The talks were not useful. "
    "The talks were useful but difficult. The talks were held in Moscow."
)
left_aligned(sentence_sentiment(examples, vader=False).round(3))

# %% [markdown]
# The last sentence scores 0: it has **no lexicon word at all**. A zero means "no opinion words
# found", not "balanced". `assessments` shows the words behind a score; the polarity is the average
# of the `polarity` column:

# %%
assessments("The talks were useful but difficult.")[["words", "polarity", "subjectivity"]]

# %% [markdown]
# The second model is **VADER** (Hutto and Gilbert, 2014). Its **compound score** for a sentence
# also runs from −1 to +1, but it is a *normalised sum*: VADER adds up its words' scores and
# squeezes the sum into −1…+1, so each extra lexicon word pushes it towards ±1. TextBlob takes a mean. So compare each model only with itself. A VADER sentence is
# *positive* from +0.05, *negative* from −0.05, neutral in between. TextBlob's labels have no such
# band: any polarity above 0 is positive, below 0 negative.
#
# **Exercise 04.1.** Apply the negation rule: what polarity does TextBlob give *"The talks were not
# difficult."*? (Hint: `sentence_sentiment("...", vader=False)` gives a one-row table; keep its
# `polarity` column as in notebook 01's worked box: a one-row column counts as its number.)

# %% tags=["solution"]
answer_04_1 = sentence_sentiment("The talks were not difficult.", vader=False)["polarity"].iloc[0]

# %%
check("04.1", answer_04_1)

# %% [markdown]
# ## 2. One number for each text: is the gap real?
#
# `sentiment_summary` scores whole texts. Three scores:
#
# * `polarity` (and `subjectivity`): TextBlob on the **whole text**, one mean over all its lexicon
#   words;
# * `polarity_mean`: the mean of TextBlob's **sentence** scores (a sentence with no lexicon word
#   counts as 0);
# * `vader_mean`: the mean of VADER's **sentence** scores.

# %%
overview = sentiment_summary({"press_release": press, "newspaper": news})
display(overview.round(3))
tb = overview["polarity"]
tb_mean = overview["polarity_mean"]
vd = overview["vader_mean"]


def higher(column):
    return (
        "press release"
        if overview.loc["press_release", column] > overview.loc["newspaper", column]
        else "newspaper"
    )


same_unit = (
    f"both models put the **{higher('vader_mean')}** higher"
    if higher("polarity_mean") == higher("vader_mean")
    else f"TextBlob puts the **{higher('polarity_mean')}** higher and VADER the **{higher('vader_mean')}**"
)
lead = (
    "**In short: which text scores higher depends on the unit.** "
    if higher("polarity") != higher("polarity_mean")
    else f"**In short: on both units, TextBlob puts the {higher('polarity')} higher.** "
)
Markdown(
    lead + f"TextBlob's whole-text polarity is **{tb['press_release']:+.3f}** for the press release and "
    f"**{tb['newspaper']:+.3f}** for the newspaper: by this number the {higher('polarity')} comes out higher. "
    "VADER has no whole-text score worth reading: a sum over a whole text is squeezed close to +1. "
    "Its **unit**, the piece of text it scores, is the sentence. On that unit, the mean of sentence scores "
    f"(TextBlob **{tb_mean['press_release']:+.3f}** and **{tb_mean['newspaper']:+.3f}**; VADER "
    f"**{vd['press_release']:+.3f}** and **{vd['newspaper']:+.3f}**), {same_unit}."
    + (
        " The unit alone changes TextBlob's ranking: the whole text weighs every lexicon word alike, the "
        "sentence mean every sentence alike, and a sentence without lexicon words counts as 0."
        if higher("polarity") != higher("polarity_mean")
        else ""
    )
)

# %% [markdown]
# ### More than chance?
#
# A **permutation test** asks whether chance alone could give such
# a gap. It pools both texts' sentences, deals them at random into two piles the sizes of the two
# texts, and measures the gap between the piles' means; `compare_sentiment` deals 10,000 times. The
# **p-value** is the share of deals with a gap at least as large as the real one. If it is below
# 0.05 (5%, a convention), a gap this large would be rare if the texts did not differ. It is not the
# probability that the texts are alike. (The test deals sentences as if each stood alone, though a
# text's sentences hang together, so it may find a difference too readily.)

# %%
press_sentences = sentence_sentiment(press)
news_sentences = sentence_sentiment(news)
comparison = compare_sentiment(press_sentences, news_sentences, names=("the press release", "the newspaper"))
means = {"mean_a": "mean: press release", "mean_b": "mean: newspaper"}  # the two texts' sentence means
display(comparison[["model", "mean_a", "mean_b", "difference", "p_value"]].rename(columns=means).round(3))
Markdown(comparison_sentences(comparison, brief=True))

# %% [markdown]
# `difference` is the press release's mean minus the newspaper's, computed before rounding. A
# large p-value does not prove the texts alike either.
#
# **Exercise 04.2.** Apply `sentiment_summary` to the newspaper file **as received**, `news_raw`,
# photo gallery included. What is its `vader_mean`? (Hint: `sentiment_summary({"raw": news_raw})`,
# then take one value out of it.)

# %% tags=["solution"]
answer_04_2 = sentiment_summary({"raw": news_raw}).loc["raw", "vader_mean"]

# %%
check("04.2", answer_04_2)

# %% [markdown]
# Compare your answer with the cleaned newspaper's `vader_mean` in the first table of this section: the
# photo gallery flips its sign. Clean a file before you score it.

# %% [markdown]
# ## 3. Sentiment is not stance
#
# Sentiment asks *how positive are the words?* **Stance** asks *what position does the text take
# towards a target*, such as Russia? Tone and stance often diverge: the press release argues *for*
# talking to Russia because misunderstandings would have *grave* consequences: gloomy words, a
# favourable stance. A word list cannot see that.
#
# **Exercise 04.3 (a stance task).** Below are ten sentences, five from each text, chosen to spread
# across TextBlob's scores, then shown in reading order (scores hidden). Label each one's **stance
# towards the UK's relations with Russia**: **favour** (for talking or working together), **against**
# (wary: Russia as a threat, or the relationship as troubled) or **none** (no position on UK–Russia
# relations, or about another country). A sentence that pulls both ways gets the label of where it
# ends up; if torn, pick one and note why. For example, *"The ministers agreed to meet again in
# spring."* is **favour**: the two sides keep talking.

# %%
sample = spread_sample({"press_release": press, "newspaper": news}, per_text=5)
for number, row in enumerate(sample.itertuples(), start=1):
    print(f"{number:>2}. [{row.text.replace('_', ' ')}] {row.sentence}\n")

# %% [markdown]
# Write your ten labels as a list, in this order, using only `"favour"`, `"against"` and `"none"`:
# `answer_04_3 = ["none", "against", ...]`. There is no single right answer: the check only makes
# sure you gave ten valid labels.

# %% tags=["solution"]
answer_04_3 = [
    "against",  # 1. the UK must defend its interests against threats; hostilities at their highest
    "against",  # 2. relations cannot be normal while Russia tries to destabilise Europe
    "favour",  # 3. a relationship of more than 450 years, offered as common ground
    "favour",  # 4. it ends on hope ("it doesn't have to be that way"), after the Kremlin's opposition
    "favour",  # 5. a shared goal: a safe World Cup
    "against",  # 6. tense relations, strongly differing views, crises
    "none",  # 7. a plain announcement: an invitation accepted
    "against",  # 8. the visit will not start with a clean slate
    "against",  # 9. it starts with the US but ends on the UK, wary of Putin's intentions
    "none",  # 10. about the US government and Russia, not the UK
]

# %%
check("04.3", answer_04_3)

# %% [markdown]
# ## Summary
#
# * A lexicon model scores only the words in its list; TextBlob averages, VADER sums. Compare each
#   model with itself, on the same unit.
# * Read the p-values before you call one text more positive.
# * Sentiment is the tone of words; stance is a position towards a target.
# %% [markdown]
# ## Going further
#
# The rest of this notebook is optional: the core exercises are done.

# %% [markdown]
# ## Going further: your stance labels beside the models
#
# Set your labels of Exercise 04.3 beside the models' sentiment labels (`reader_textblob` and
# `reader_vader` are `True` where yours matches; `no.` is the sentence's number in your list).
# Expect differences: you answered another question.

# %%
# stance labels set beside the sentiment labels they are compared with (favour: positive...)
problem = label_problem(answer_04_3, len(sample), allowed=tuple(STANCE_LABELS))
as_sentiment = stance_as_sentiment(answer_04_3)
if problem is None:
    agreement = label_agreement(sample, as_sentiment)
    shown = agreement.drop(columns="sentence_no")
    shown.insert(0, "no.", range(1, len(shown) + 1))
    display(left_aligned(shown, max_chars=40))
    display(
        Markdown(
            "Reading favour as positive, against as negative, none as neutral: your labels match "
            f"TextBlob's on **{int(agreement['reader_textblob'].sum())}** of the {len(agreement)} "
            f"sentences and VADER's on **{int(agreement['reader_vader'].sum())}**; the models agree with each other on "
            f"**{int((agreement['textblob_label'] == agreement['vader_label']).sum())}**."
        )
    )
else:
    print(f"First fix your ten labels in Exercise 04.3 ({problem}); then run this cell again.")

# %% [markdown]
# The words each model scored in the ten sentences, numbered as in your list. TextBlob's words have
# their polarity (−1 to +1); VADER's have their **valence** from its raters, on a scale from −4
# (most negative) to +4 (most positive):

# %%
explained = explain_sentences(sample["sentence"])
explained.insert(0, "no.", range(1, len(explained) + 1))
left_aligned(explained.round(3))

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Pick a sentence where you disagree with both
# models and read its words in the table above. Did a model misread the words, or do stance and
# tone point different ways? What does that say about a sentiment score as evidence of stance?
#
# *Double-click this cell and write your answer here, in place of this line.*

# %% [markdown]
# ## Going further: the words behind a score
#
# A score is only as good as the words behind it. Which lexicon words score each text most often? `lexicon_word_counts` counts them. Its
# `total_polarity` column is `count` × `polarity`, each word's pull on the text's score: the text's
# polarity is the sum of `total_polarity` divided by the sum of `count`.

# %%
news_lexicon = lexicon_word_counts(news)
press_lexicon = lexicon_word_counts(press)
display(news_lexicon.head(8).round(3), press_lexicon.head(8).round(3))

# %% [markdown]
# How much does the one word *foreign* matter? Take it out of both texts and average the rest:


# %%
def polarity_without(lexicon_table, word):
    rest = lexicon_table[lexicon_table["words"] != word]
    return rest["total_polarity"].sum() / rest["count"].sum()


press_without = polarity_without(press_lexicon, "foreign")
news_without = polarity_without(news_lexicon, "foreign")
Markdown(
    f"Without *foreign*, the press release scores **{press_without:+.3f}** (instead of {tb['press_release']:+.3f}) "
    f"and the newspaper **{news_without:+.3f}** (instead of {tb['newspaper']:+.3f}). The gap between the two "
    f"texts shrinks from **{abs(tb['press_release'] - tb['newspaper']):.3f}** to "
    f"**{abs(press_without - news_without):.3f}**"
    + (
        ": most of TextBlob's whole-text difference between the two texts comes from one job title."
        if abs(press_without - news_without) < abs(tb["press_release"] - tb["newspaper"]) / 2
        else "."
    )
    + " Section 2's permutation test was on the sentence means, not on this whole-text score: it does not"
    " say whether this gap is more than chance."
)

# %% [markdown]
# **Exercise 04.4.** Both texts use the phrase "business as usual", and TextBlob scores *usual* as a
# negative word. What would the **newspaper article's** TextBlob polarity be if *usual* were not in
# the lexicon? Give a number between −1 and +1. (Hint: the cell above did this for *foreign* with
# `lexicon_word_counts(news)` and `polarity_without`.)

# %% tags=["solution"]
answer_04_4 = polarity_without(lexicon_word_counts(news), "usual")

# %%
check("04.4", answer_04_4)


# %% [markdown]
# ## Going further A. Paragraphs and sentences
#
# Scores this close to zero do not mean that both texts are neutral. An average near zero can come
# from strong words that cancel out, or from many words whose score *is* zero. To see which, we
# look at smaller pieces of text, and then at the words themselves.
#
#
# The smaller the piece of text, the fewer words go into its average, and the further from zero
# its score can swing. Here are the press release's paragraphs, each with the number of lexicon
# words behind its score (each paragraph's text is cut after about 100 characters; the whole
# texts are in notebook 01):

# %%
press_paragraphs = paragraph_sentiment(press)
press_paragraphs["lexicon_words"] = [len(assessments(paragraph)) for paragraph in press_paragraphs["text"]]
left_aligned(
    press_paragraphs[["paragraph", "polarity", "subjectivity", "lexicon_words", "text"]].round(3),
    max_chars=100,
)

# %%
news_paragraphs = paragraph_sentiment(news)


def score_range(table):
    return f"from **{table['polarity'].min():+.3f}** to **{table['polarity'].max():+.3f}**"


Markdown(
    f"The press release scores **{tb['press_release']:+.3f}** as a whole; its paragraphs range "
    f"{score_range(press_paragraphs)}, its sentences {score_range(press_sentences)}. The newspaper "
    f"article scores **{tb['newspaper']:+.3f}** as a whole; its paragraphs range {score_range(news_paragraphs)}, "
    f"its sentences {score_range(news_sentences)}."
)

# %% [markdown]
# The charts below show every sentence in reading order, one model per chart, because the two
# scales are not the same (section 1): first TextBlob's polarity (a mean of the sentence's lexicon
# words), then VADER's compound (a normalised sum, which runs to ±1 as words pile up). A bar at
# zero is a sentence in which the model found no lexicon word, or words that cancel out. Compare
# the two charts of a text by the *direction* of each sentence's bar: where they point in opposite
# directions, the two models read the sentence in opposite ways.

# %%
fig = plots.sentiment_chart(
    press_sentences,
    title="Press release (22 December 2017): TextBlob polarity, the mean of each sentence's lexicon words",
    color="press_release",
)

# %%
fig = plots.sentiment_chart(
    press_sentences,
    value="vader_compound",
    title="Press release (22 December 2017): VADER compound, a normalised sum per sentence",
    color="press_release",
)

# %%
fig = plots.sentiment_chart(
    news_sentences,
    title="Newspaper article, cleaned (March 2017): TextBlob polarity, the mean of each sentence's lexicon words",
    color="newspaper",
)

# %%
fig = plots.sentiment_chart(
    news_sentences,
    value="vader_compound",
    title="Newspaper article, cleaned (March 2017): VADER compound, a normalised sum per sentence",
    color="newspaper",
)

# %%
extreme = press_sentences.loc[press_sentences["vader_compound"].abs().idxmax()]
extreme_words = explain_sentences([extreme["sentence"]]).iloc[0]
Markdown(
    f"The press release's most extreme VADER score is sentence {extreme['sentence_no']}'s, "
    f"**{extreme['vader_compound']:+.3f}**, almost the floor of the scale. VADER adds up "
    f"{extreme_words['vader_words']}. TextBlob's **{extreme['polarity']:+.3f}** for the same sentence is the mean "
    f"of one word, {extreme_words['textblob_words']}. The two numbers look comparable and are made in different ways."
    + (
        f" The sentence opens with *But*, and VADER's *but* rule weighs the words after it 1.5 times: without the "
        f"*But*, VADER scores it **{vader_scores(extreme['sentence'][4:])['compound']:+.3f}**."
        if extreme["sentence"].startswith("But ")
        else ""
    )
)

# %% [markdown]
# The newspaper's sentences, to read beside its chart (the press release's come in Going further C), with
# the number of lexicon words behind each TextBlob score:

# %%
news_sentences["lexicon_words"] = [len(assessments(sentence)) for sentence in news_sentences["sentence"]]
left_aligned(news_sentences.round(3))

# %% [markdown]
# ## Going further B. The most positive and negative sentences
#
# A score is only as good as the words behind it. For each text we take the sentence TextBlob finds
# most positive (`idxmax`: the row of the highest polarity) and the one it finds most negative
# (`idxmin`), and ask `assessments` which words it scored. First the press release:

# %%
top = press_sentences.loc[press_sentences["polarity"].idxmax()]
print(f"Sentence {top['sentence_no']} ({top['polarity']:+.3f}): {top['sentence']}")
assessments(top["sentence"]).round(3)

# %%
bottom = press_sentences.loc[press_sentences["polarity"].idxmin()]
print(f"Sentence {bottom['sentence_no']} ({bottom['polarity']:+.3f}): {bottom['sentence']}")
assessments(bottom["sentence"]).round(3)

# %% [markdown]
# Then the newspaper article:

# %%
news_top = news_sentences.loc[news_sentences["polarity"].idxmax()]
print(f"Sentence {news_top['sentence_no']} ({news_top['polarity']:+.3f}): {news_top['sentence']}")
assessments(news_top["sentence"]).round(3)

# %%
news_bottom = news_sentences.loc[news_sentences["polarity"].idxmin()]
print(f"Sentence {news_bottom['sentence_no']} ({news_bottom['polarity']:+.3f}): {news_bottom['sentence']}")
assessments(news_bottom["sentence"]).round(3)


# %%
def scored(sentence):
    """The words TextBlob scored in the sentence, in italics."""
    return ", ".join(f"*{words}*" for words in assessments(sentence)["words"])


Markdown(
    f"* The press release's most negative sentence is scored by {scored(bottom['sentence'])}: the *cold* of "
    "the **Cold War**, a name, not an opinion.\n"
    f"* Its most positive sentence is scored by {scored(top['sentence'])}: a *common* goal counts against "
    "it (Going further D.2 shows why).\n"
    f"* The newspaper's most positive sentence is scored by {scored(news_top['sentence'])}, in a sentence "
    "that says the visit will **not** be with a clean slate.\n"
    f"* Its most negative sentence is scored by {scored(news_bottom['sentence'])}: here a reader would "
    "probably agree."
)

# %%
first, second = news_lexicon.iloc[0], news_lexicon.iloc[1]
Markdown(
    f"The word TextBlob scores most often in the newspaper is **{first['words']}** ({first['count']} times), "
    f"with a polarity of **{first['polarity']:+.3f}**: it adds nothing to the sum but counts in the average, "
    f"pulling the score towards zero. Next comes **{second['words']}** ({second['count']} times, "
    f"**{second['polarity']:+.3f}** each), the job title of *the words behind a score* above."
)

# %% [markdown]
# ## Going further C. A second opinion: VADER beside TextBlob
#
# First, the two lexicons and the two scales:

# %%
sizes = lexicon_sizes()
Markdown(
    f"**TextBlob** uses the lexicon of the *pattern* library: **{sizes['textblob_entries']:,}** entries for "
    f"**{sizes['textblob_words']:,}** different English words, mostly adjectives. A word can have several "
    "entries, one for each of its *senses* (Going further D.2 shows why that matters), and each entry has two scores."
)

# %%
Markdown(
    f"VADER's lexicon has **{sizes['vader_entries']:,}** entries (words, slang, emoticons), each rated by "
    f"**{sizes['vader_raters']}** people on a scale from −4 to +4; an entry's score is the average of its ratings. "
    "VADER squeezes its sum into −1…+1 with sum / √(sum² + 15)."
)

# %% [markdown]
# Watch the two scales part company as a made-up sentence collects more positive words:

# %%
growing = [
    "The talks were useful.",
    "The talks were useful and friendly.",
    "The talks were useful, friendly and positive.",
    "The talks were useful, friendly, positive and warm.",
]
growing_scores = explain_sentences(growing)
display(left_aligned(growing_scores.round(3)))
whole_vader = {
    name: vader_scores(text)["compound"] for name, text in (("press_release", press), ("newspaper", news))
}
Markdown(
    f"With one lexicon word VADER gives **{growing_scores['vader_compound'].iloc[0]:+.3f}**; with four, "
    f"**{growing_scores['vader_compound'].iloc[-1]:+.3f}**, close to its ceiling. TextBlob's mean stays between "
    f"**{growing_scores['textblob_polarity'].min():+.3f}** and **{growing_scores['textblob_polarity'].max():+.3f}**, "
    "whatever the number of words. Both scales run from −1 to +1, but **a VADER score and a TextBlob score of the "
    "same size do not mean the same thing**: compare each model with itself, and the two models only by their "
    "signs or their rankings. VADER on each whole text at once gives "
    f"**{whole_vader['press_release']:+.3f}** and **{whole_vader['newspaper']:+.3f}**: a sum over hundreds of words, "
    "squeezed towards +1, which is why VADER is read sentence by sentence."
)

# %% [markdown]
# Now the models sentence by sentence.
# `compare_models` puts the two models side by side, one row per sentence, and turns each score into
# a label. For TextBlob, any polarity above zero is `positive`, below zero `negative`, and exactly
# zero `neutral`; for VADER, the ±0.05 convention of section 1. `disagree` is `True` when the two
# labels differ, including when one of them is `neutral`. Here is the press release:

# %%
press_models = compare_models(press)
left_aligned(press_models.round(3))

# %% [markdown]
# A **cross-table** counts the sentences for each pair of labels: TextBlob's label in the rows,
# VADER's in the columns. The diagonal, from top left to bottom right, is where they agree.

# %%
pd.crosstab(press_models["textblob_label"], press_models["vader_label"])

# %%
both_have_an_opinion = (press_models["textblob_label"] != "neutral") & (
    press_models["vader_label"] != "neutral"
)
contradictions = press_models[both_have_an_opinion & press_models["disagree"]]
VADER_BAND = 0.05  # VADER's neutral band, section 1
near_zero = contradictions[contradictions["textblob_polarity"].abs() < VADER_BAND]
Markdown(
    f"The two models disagree on **{int(press_models['disagree'].sum())}** of the press release's "
    f"**{len(press_models)}** sentences. On **{len(contradictions)}** of them they flatly contradict each "
    "other: one says positive, the other negative."
    + (
        f" (Sentence {', '.join(str(n) for n in near_zero['sentence_no'])} "
        f"{'counts' if len(near_zero) == 1 else 'count'} as a contradiction only because TextBlob's label has no "
        f"neutral band: its polarity, {', '.join(f'{p:+.3f}' for p in near_zero['textblob_polarity'])}, is practically "
        f"zero. With VADER's ±{VADER_BAND} band for both models, **{len(contradictions) - len(near_zero)}** "
        f"flat contradictions would remain.)"
        if len(near_zero)
        else ""
    )
    + " Here they are, with the words each model found:"
)

# %%
left_aligned(explain_sentences(contradictions["sentence"]).round(3))

# %% [markdown]
# Each model hears different words. TextBlob's lexicon is mostly adjectives (*more*, *far*); VADER's
# also has verbs and nouns (*support*, *war*, *disagreements*). Neither reads the sentence: in
# "cannot be 'business as usual' while it continues to support destabilising activities", VADER
# hears a positive *support*, and TextBlob a negative *usual*. Neither model is "right"; a score is
# a model's reading, not a fact about the text.
#
# ## Going further D. What a word list cannot read
#
# ### D.1 Negation
#
# Both texts say what the visit is **not**. Here is every sentence of the two texts with *not*,
# *cannot* or a contraction such as *doesn't*:

# %%
all_sentences = pd.concat([press_sentences["sentence"], news_sentences["sentence"]], ignore_index=True)
NEGATION = r"\bnot\b|\bcannot\b|n['’]t\b"  # the words "not" and "cannot", and contractions such as "doesn't"
left_aligned(explain_sentences(all_sentences[all_sentences.str.contains(NEGATION)]).round(3))

# %% [markdown]
# Read the word columns:
#
# * **"cannot be 'business as usual'"**: TextBlob scores only *usual*, which its lexicon rates
#   negative, so the sentence comes out negative, but for the wrong reason: *cannot* is not one of
#   TextBlob's negation words, and the refusal itself is never scored.
# * **"will not be with a clean slate"**: both models score *clean* as positive. The *not* is too
#   far away: TextBlob only looks at the word just before (a one-letter word like "a" may stand
#   between), VADER at the three words before.
#
# TextBlob has a known flaw with contractions: it does not split "isn't", so it misses the
# negation in it. Compare three made-up sentences:

# %%
left_aligned(
    explain_sentences(["This is a bad idea.", "This is not a bad idea.", "This isn't a bad idea."]).round(3)
)

# %% [markdown]
# For TextBlob, "This isn't a bad idea" is exactly as negative as "This is a bad idea". VADER, with
# its rules for negation, reads both negated sentences as positive.
#
# ### D.2 The language of diplomacy
#
# Diplomats choose their words carefully. The Foreign Secretary says it is *vital* that the two
# countries talk, that the consequences of misunderstanding are *grave*, and that his visit comes at
# a *critical* time; the Foreign Office promises to be *robust* and to *engage but beware*. What do
# the two lexicons make of these words? (`–` means the word is not in that lexicon: the model
# ignores it.)

# %%
diplomatic = [
    "robust",
    "vital",
    "grave",
    "critical",
    "engage",
    "beware",
    "destabilise",
    "hostilities",
    "sanctions",
]
lexicon_lookup(diplomatic, missing="–")

# %% [markdown]
# In diplomacy, a *critical* time is a decisive one, and being *robust* means being firm, even tough.
# VADER's raters, probably thinking of everyday use, rated *critical* negative (as in criticism) and
# *robust* positive (as in good health). TextBlob knows neither *robust* nor *grave*, and words such
# as *sanctions* and *destabilise*, central to this story, are in neither lexicon. Neither lexicon
# was made with diplomatic English in mind.
#
# The Foreign Secretary's argument for the visit (section 3) shows what this does to a sentence:

# %%
vital = press_sentences.loc[press_sentences["sentence"].str.contains("vital"), "sentence"].iloc[0]
vital_scores = explain_sentences([vital]).iloc[0]
left_aligned(explain_sentences([vital]).round(3))

# %%
Markdown(
    f"TextBlob scores it **{vital_scores['textblob_polarity']:+.3f}** and VADER **{vital_scores['vader_compound']:+.3f}**: "
    f"by their labels, {textblob_label(vital_scores['textblob_polarity'])} and {vader_label(vital_scores['vader_compound'])} "
    "(the word columns above show which words tip each). Its stance towards talking to Russia is plainly "
    "**for** it: the grave consequences are the reason to talk. The reverse happens too: *engage but beware* has "
    "hardly a sentiment word, and a clear, wary stance."
)

# %% [markdown]
# Why does TextBlob score *foreign* and *common* as negative? Its lexicon lists the **senses** of a
# word, each with its own scores, and since TextBlob cannot tell which sense a text means, it
# averages them all. `textblob_senses` shows them:

# %%
pd.concat([textblob_senses("foreign"), textblob_senses("common")], ignore_index=True)

# %% [markdown]
# The *Foreign* Secretary is scored partly as something "not deriving from the essential nature of
# something", and a *common* goal partly as "of the great masses of people". The same goes for the
# *Cold* War, business as *usual* and *high* level talks: TextBlob scores each word as if it stood
# alone, in every sense at once. (Try `textblob_senses("vital")`: which sense of *vital* does the
# lexicon know? And `textblob_senses("usual")`?)
#
# ### D.3 What VADER does not see: curly quotation marks
#
# The table of diplomatic words says VADER rates *engage* at +1.4. Yet in the newspaper's sentence
# about the "engage but beware" basis, VADER finds no word at all. The reason is typography. VADER
# splits a sentence at its spaces and strips *straight* punctuation from each piece, but not the
# newspaper's *curly* quotation marks, so it looks up `“engage` and `beware”`, which are not in its
# lexicon. The same sentence with straight quotation marks:

# %%
engage = news_sentences.loc[news_sentences["sentence"].str.contains("engage but beware”"), "sentence"].iloc[0]
straightened = engage.replace("“", '"').replace("”", '"')
left_aligned(explain_sentences([engage, straightened]).round(3))

# %%
news_straight = news.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
changed = sentence_sentiment(news_straight)["vader_compound"] != news_sentences["vader_compound"]
Markdown(
    f"With straight quotation marks, VADER's score changes for **{int(changed.sum())}** of the newspaper's "
    f"**{len(news_sentences)}** sentences. The press release uses straight quotation marks, so this blind "
    'spot affects only the newspaper: a difference in typography becomes a difference in "sentiment". '
    "(TextBlob's scores do not change.)"
)

# %% [markdown]
# ### D.4 Whose words are scored? Quoted speech
#
# Much of the newspaper article is the Foreign Office spokeswoman's statement, in quotation marks.
# A sentiment score for "the newspaper" mixes the journalist's words with the government's.
# `voices` (from `helpers.voices`) separates the two: every stretch of quoted speech (`quote`), and
# the text around it (`narrative`).

# %%
news_voices = voices(news)
left_aligned(news_voices[["paragraph", "voice", "speaker", "words", "text"]])

# %%
voice_share = news_voices.loc[news_voices["voice"] == "quote", "words"].sum() / news_voices["words"].sum()
quoted_phrases = marked_phrases(news)
in_narrative = quoted_phrases[quoted_phrases["voice"] == "narrative"]


def with_source(row):
    """A quoted phrase and the source its sentence gives ("source unnamed" when it names none)."""
    return f"“{row.phrase}” ({row.source if row.source else 'source unnamed'})"


kinds = in_narrative["kind"].value_counts()
Markdown(
    f"Quoted speech makes up **{voice_share:.0%}** of the article's words. But `narrative` does not mean "
    "*only the journalist's words*: `voices` counts a quotation as speech only if it is long or introduced "
    f"by a verb such as *said*. The **{len(in_narrative)}** short phrases in quotation marks inside the "
    "journalist's sentences stay in the narrative: "
    + ", ".join(with_source(row) for row in in_narrative.itertuples())
    + f". `marked_phrases` classes **{kinds.get('partial_quote', 0)}** of them as **partial quotes**: a few "
    "words in quotation marks inside the writer's own sentence, which the sentence gives to a source (named or "
    f"not), and **{kinds.get('scare_quote', 0)}** as **scare quotes** (marks with no source at all, the writer's "
    "own distance from a word). They are other people's words taken into the journalist's sentences, so below we "
    'call that voice **outside quoted speech**, not "the journalist".'
)

# %% [markdown]
# Read the `speaker` column: most quotations are the FCO spokeswoman's. One short quotation is
# Boris Johnson's, introduced by "he said", so its speaker is left empty. Now we score the two voices
# separately:

# %%
narrative = "\n\n".join(news_voices.loc[news_voices["voice"] == "narrative", "text"])
quoted = "\n\n".join(news_voices.loc[news_voices["voice"] == "quote", "text"])
OUTSIDE_QUOTES = "outside quoted speech (narrative, incl. short quoted phrases)"
by_voice = sentiment_summary({OUTSIDE_QUOTES: narrative, "quoted speech": quoted, "whole article": news})
by_voice.round(3)

# %%
n_row, q_row = by_voice.loc[OUTSIDE_QUOTES], by_voice.loc["quoted speech"]
quoted_share = q_row["words"] / by_voice.loc["whole article", "words"]
by_voice_test = compare_sentiment(
    narrative, quoted, names=("the text outside quoted speech", "the quoted speech")
)
quotes_more_positive = bool(
    ((by_voice_test["p_value"] < 0.05) & (by_voice_test["higher"] == "the quoted speech")).all()
)
Markdown(
    f"TextBlob scores the text outside quoted speech **{n_row['polarity']:+.3f}** and the quoted speech "
    f"**{q_row['polarity']:+.3f}** as wholes; VADER's sentence means are **{n_row['vader_mean']:+.3f}** and "
    f"**{q_row['vader_mean']:+.3f}**. Is the quoted speech more positive? The same permutation test as in "
    "section 2, over the two voices' sentences: "
    + comparison_sentences(by_voice_test, unit="voice")
    + f" TextBlob finds the quoted speech the {'more' if q_row['subjectivity'] > n_row['subjectivity'] else 'less'} "
    f"subjective ({q_row['subjectivity']:.3f} against {n_row['subjectivity']:.3f})."
)

# %% [markdown]
# So "the newspaper's sentiment" is partly the government's sentiment, reported, whatever the
# two voices' scores: a score for the whole article scores both. (The `sentences`
# column counts pieces of sentences too: a quotation cuts "he said there was" from its sentence.)
#
# ### D.5 The photo gallery
#
# Notebook 01 found that more than half of the newspaper file is a photo gallery, "In pictures:
# Russian air strikes in Syria". What happens to the scores if we forget to remove it?

# %%
gallery = clean_text(news_raw, keep=("caption", "gallery_heading"))
with_gallery = sentiment_summary(
    {"newspaper file (raw)": news_raw, "gallery only": gallery, "article (cleaned)": news}
)
with_gallery.round(3)

# %%
raw_row, gallery_row, clean_row = (with_gallery.iloc[i] for i in range(3))
gallery_first = lexicon_word_counts(gallery).iloc[0]
violence = lexicon_lookup(["killed", "strikes"]).set_index("word")


def direction(before, after):
    return "up" if after > before else "down"


Markdown(
    f"The gallery shows Russian air strikes in Syria and their victims, and TextBlob scores it "
    f"**{gallery_row['polarity']:+.3f}**, from **{int(gallery_row['lexicon_words'])}** lexicon words in "
    f"**{int(gallery_row['words'])}** words; the one it scores most often is **{gallery_first['words']}** "
    f"({gallery_first['count']} times, {gallery_first['polarity']:+.3f}). "
    f"TextBlob's lexicon does have *killed* ({violence.loc['killed', 'textblob_polarity']:+.1f}) but not "
    f"*strikes*; VADER rates both, *killed* at {violence.loc['killed', 'vader_valence']:+.1f} and *strikes* at "
    f"{violence.loc['strikes', 'vader_valence']:+.1f} on its −4 to +4 scale, and gives the gallery a mean of "
    f"**{gallery_row['vader_mean']:+.3f}**. Keeping the gallery moves the newspaper's TextBlob score "
    f"{direction(clean_row['polarity'], raw_row['polarity'])}, from {clean_row['polarity']:+.3f} to "
    f"{raw_row['polarity']:+.3f}, and its VADER mean {direction(clean_row['vader_mean'], raw_row['vader_mean'])}, "
    f"from {clean_row['vader_mean']:+.3f} to {raw_row['vader_mean']:+.3f}."
    + (
        " Forgetting to clean the file does not just add noise: it moves the two models in opposite directions."
        if direction(clean_row["polarity"], raw_row["polarity"])
        != direction(clean_row["vader_mean"], raw_row["vader_mean"])
        else ""
    )
)

# %% [markdown]
# **Exercise 04.5.** Apply the cross-table of Going further C to the photo gallery of D.5
# (`gallery`). On how many of the gallery's sentences does TextBlob say **neutral** while VADER says
# **negative**? Use `compare_models(gallery)` and its `textblob_label` and `vader_label` columns (or
# `pd.crosstab`: take one cell out with `.loc["neutral", "negative"]`). Then answer the reflection
# below the check.

# %% tags=["solution"]
gallery_models = compare_models(gallery)
answer_04_5 = int(
    ((gallery_models["textblob_label"] == "neutral") & (gallery_models["vader_label"] == "negative")).sum()
)

# %%
check("04.5", answer_04_5)

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Where TextBlob says neutral and VADER negative, what
# does that kind of disagreement tell you about each lexicon? (Hint: look at which words VADER scores
# in `explain_sentences(compare_models(gallery)["sentence"])`.)
#
# *Double-click this cell and write your answer here, in place of this line.*

# %% [markdown]
# ## What we found

# %%
findings = [
    f"**Both texts score close to zero**, and compared on the same unit (the mean of sentence scores: TextBlob "
    f"{tb_mean['press_release']:+.3f} and {tb_mean['newspaper']:+.3f}, VADER {vd['press_release']:+.3f} and "
    f"{vd['newspaper']:+.3f}) {same_unit.replace('**', '')}; TextBlob's whole-text score ({tb['press_release']:+.3f} "
    f"and {tb['newspaper']:+.3f}) puts the {higher('polarity')} higher. A permutation test over sentences gives "
    + " and ".join(f"p = {row.p_value:.2f} ({row.model})" for row in comparison.itertuples())
    + ": "
    + (
        "neither model shows that one text is more positive than the other."
        if (comparison["p_value"] >= 0.05).all()
        else "see section 2 for which model supports a difference."
    ),
    "**VADER's compound is a normalised sum, TextBlob's polarity a mean**: VADER moves towards ±1 as lexicon words "
    f"pile up (the press release's sentence {extreme['sentence_no']} scores {extreme['vader_compound']:+.3f}); "
    "the two scales are read separately.",
    f"**The scores come from a few words.** The press release's most negative sentence owes its score to "
    f"{scored(bottom['sentence'])} (of the Cold War), the newspaper's most positive to "
    f"{scored(news_top['sentence'])} (a clean slate the visit will *not* have). Without the job title *Foreign*, "
    f"the gap between the two texts shrinks from {abs(tb['press_release'] - tb['newspaper']):.3f} to "
    f"{abs(press_without - news_without):.3f}.",
    f"**The two models often disagree**: on {int(press_models['disagree'].sum())} of the press release's "
    f"{len(press_models)} sentences, and flatly (positive against negative) on {len(contradictions)}"
    + (
        f" ({len(contradictions) - len(near_zero)} if a TextBlob score within ±{VADER_BAND} counts as neutral)"
        if len(near_zero)
        else ""
    )
    + ".",
    "**What a word list cannot read**: negation (*cannot be 'business as usual'*), diplomatic words "
    f"(*robust*, *critical*), names (*Cold War*), and words glued to curly quotation marks, which change "
    f"VADER's score for {int(changed.sum())} of the newspaper's {len(news_sentences)} sentences.",
    f"**Which words are scored matters.** {quoted_share:.0%} of the newspaper article's words are quoted speech"
    + (
        ", which both models score as more positive than the text around it (permutation test, p < 0.05)"
        if quotes_more_positive
        else ", the government's words inside the newspaper's score"
    )
    + f"; and the photo gallery, if kept, moves the newspaper's VADER mean from {clean_row['vader_mean']:+.3f} "
    f"to {raw_row['vader_mean']:+.3f}.",
    "**Sentiment is not stance.** The models score the tone of words; whether a text is for or against the visit, "
    "or wary of Russia, is its stance towards a target, a different task that neither model attempts (section 3).",
    "A sentiment score is a model's reading of a list of words. Use it to find sentences worth reading, "
    "never as the reading itself.",
]
Markdown("\n".join(f"* {finding}" for finding in findings))
