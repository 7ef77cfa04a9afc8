# %% [markdown]
# # 04 · Sentiment
#
# Is the government's press release more positive about the visit to Moscow than the newspaper?
# *Sentiment analysis* promises to answer with a number. In this notebook we compute that number
# with two widely used models, and then open it up: which words produced it, where the two models
# disagree, and what a list of words cannot read (negation, the language of diplomacy, whose words
# are being scored, and a photo gallery of air strikes).
#
# | | |
# |---|---|
# | **Learning objectives** | Explain how a lexicon-based model turns words into a polarity (−1 to +1) and a subjectivity (0 to 1); score a text, its paragraphs and its sentences with TextBlob and VADER; find the lexicon words behind a score; count where two models disagree; show, with the course texts, what a word list cannot read. |
# | **Time needed** | 40 minutes |
# | **Prerequisites** | Notebook 01 (the cleaned texts, and why we use them). |

# %%
import pandas as pd
from IPython.display import Markdown, display

import helpers
from helpers import plots
from helpers.checks import check
from helpers.cleaning import clean_text
from helpers.sentiment import (
    assessments,
    compare_models,
    explain_sentences,
    label_agreement,
    label_problem,
    left_aligned,
    lexicon_lookup,
    lexicon_sizes,
    lexicon_word_counts,
    paragraph_sentiment,
    sentence_sentiment,
    sentiment_summary,
    spread_sample,
    textblob_senses,
)
from helpers.voices import scare_quotes, voices

pd.set_option(
    "display.max_colwidth", 300
)  # whole sentences; left_aligned(...) shows them aligned left, like text

news_raw = helpers.load_text("newspaper").raw
press = clean_text(helpers.load_text("press_release").raw)
news = clean_text(news_raw)

# %% [markdown]
# As in notebook 01, `press` and `news` are the **cleaned** texts: the newspaper without its photo
# gallery and its link to another story. `news_raw` keeps the whole file for section 6.
#
# ## 1. Sentiment from a word list
#
# The models we use are **lexicon-based**: they do not read a sentence, they look its words up in a
# dictionary (a *lexicon*) in which people have given words scores, and they **average** the scores
# of the words they find. A word that is not in the lexicon is simply skipped.

# %%
sizes = lexicon_sizes()
Markdown(
    f"**TextBlob** uses the lexicon of the *pattern* library: **{sizes['textblob_entries']:,}** entries for "
    f"**{sizes['textblob_words']:,}** different English words, mostly adjectives. A word can have several "
    "entries, one for each of its *senses* (section 6.2 shows why that matters), and each entry has two scores."
)

# %% [markdown]
# * **Polarity** runs from **−1** (negative) through 0 to **+1** (positive).
# * **Subjectivity** runs from **0** (a factual word, like "Russian") to **1** (a word of opinion,
#   like "wonderful"). It describes the words, not the writer's honesty.
#
# A sentence's polarity is the average polarity of the lexicon words in it; its subjectivity, the
# average of their subjectivities. Two small rules: "very" (and similar words) just before a
# lexicon word makes it stronger, and "not" just before it flips it and halves it. Watch the five
# made-up sentences below:

# %%
examples = (
    "The talks were useful. The talks were very useful. The talks were not useful. "
    "The talks were useful but difficult. The talks were held in Moscow."
)
left_aligned(sentence_sentiment(examples, vader=False).round(3))

# %% [markdown]
# The last sentence scores exactly 0 on both scales because it contains **no lexicon word at all**.
# A zero means "no opinion words found", not "balanced". `assessments` shows the words behind a
# score; the sentence's polarity is the average of the `polarity` column:

# %%
assessments("The talks were useful but difficult.")

# %% [markdown]
# **VADER** (Hutto and Gilbert, 2014) is a second lexicon model, built for short social-media
# posts.

# %%
Markdown(
    f"Its lexicon has **{sizes['vader_entries']:,}** entries (words, slang, emoticons), each rated by "
    f"**{sizes['vader_raters']}** people on a scale from −4 to +4; an entry's score is the average of its ratings."
)

# %% [markdown]
# VADER adds rules for negation (including "isn't"), for "but", for
# capital letters, exclamation marks and words such as "very". Its **compound** score for a
# sentence runs from **−1 to +1**; by convention a sentence is *positive* from +0.05, *negative*
# from −0.05, and *neutral* in between. VADER has no subjectivity score.

# %% [markdown]
# ## 2. One number for each text
#
# `sentiment_summary` scores whole texts. Next to each score it keeps the counts the score is made
# from: the text's `words` and `sentences`, and its `lexicon_words`, the words (or phrases such as
# "not useful") that TextBlob found in its lexicon and averaged. VADER is made for sentences, so
# `vader_mean` is the average of its sentence scores.

# %%
overview = sentiment_summary({"press_release": press, "newspaper": news})
overview.round(3)

# %%
tb = overview["polarity"]
vd = overview["vader_mean"]
tb_more = "press release" if tb["press_release"] > tb["newspaper"] else "newspaper"
vd_more = "press release" if vd["press_release"] > vd["newspaper"] else "newspaper"
if tb_more != vd_more:
    verdict = (
        f"by VADER's, the **{vd_more}**: the two models do not even agree which text is the more positive."
    )
else:
    verdict = f"VADER agrees: the **{vd_more}** again."
Markdown(
    f"TextBlob gives the press release a polarity of **{tb['press_release']:+.3f}** and the newspaper "
    f"**{tb['newspaper']:+.3f}**, on a scale from −1 to +1: averages over "
    f"**{overview.loc['press_release', 'lexicon_words']}** and "
    f"**{overview.loc['newspaper', 'lexicon_words']}** lexicon words. By TextBlob's numbers the **{tb_more}** is the more positive text; {verdict}"
)

# %% [markdown]
# Scores this close to zero do not mean that both texts are neutral. An average near zero can come
# from strong words that cancel out, or from many words whose score *is* zero. To see which, we
# look at smaller pieces of text, and then at the words themselves.
#
# ## 3. Paragraphs and sentences
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
press_sentences = sentence_sentiment(press)
news_sentences = sentence_sentiment(news)


def score_range(table):
    return f"from **{table['polarity'].min():+.3f}** to **{table['polarity'].max():+.3f}**"


Markdown(
    f"The press release scores **{tb['press_release']:+.3f}** as a whole; its paragraphs range "
    f"{score_range(press_paragraphs)}, its sentences {score_range(press_sentences)}. The newspaper "
    f"article scores **{tb['newspaper']:+.3f}** as a whole; its paragraphs range {score_range(news_paragraphs)}, "
    f"its sentences {score_range(news_sentences)}."
)

# %% [markdown]
# The charts below show every sentence in reading order. The **bars** are TextBlob's polarity; the
# **black diamonds** are VADER's compound score for the same sentence. A bar at zero is a sentence
# in which TextBlob found no lexicon word, or only words scored zero. Where a bar and its diamond
# point in opposite directions, the two models read the sentence in opposite ways.

# %%
fig = plots.sentiment_chart(
    press_sentences,
    title="Press release (22 December 2017), sentence by sentence",
    second="vader_compound",
    color="press_release",
)

# %%
fig = plots.sentiment_chart(
    news_sentences,
    title="Newspaper article, cleaned (March 2017), sentence by sentence",
    second="vader_compound",
    color="newspaper",
)

# %% [markdown]
# The newspaper's sentences, to read beside its chart (the press release's come in section 5), with
# the number of lexicon words behind each TextBlob score:

# %%
news_sentences["lexicon_words"] = [len(assessments(sentence)) for sentence in news_sentences["sentence"]]
left_aligned(news_sentences.round(3))

# %% [markdown]
# ## 4. Why is this sentence positive? The words behind the scores
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
    "it (section 6.2 shows why).\n"
    f"* The newspaper's most positive sentence is scored by {scored(news_top['sentence'])}, in a sentence "
    "that says the visit will **not** be with a clean slate.\n"
    f"* Its most negative sentence is scored by {scored(news_bottom['sentence'])}: here a reader would "
    "probably agree."
)

# %% [markdown]
# Which lexicon words score each text most often? `lexicon_word_counts` counts them. Its
# `total_polarity` column is `count` × `polarity`, each word's pull on the text's score: the text's
# polarity is the sum of `total_polarity` divided by the sum of `count`.

# %%
news_lexicon = lexicon_word_counts(news)
news_lexicon.head(8).round(3)

# %%
press_lexicon = lexicon_word_counts(press)
press_lexicon.head(8).round(3)

# %%
first, second = news_lexicon.iloc[0], news_lexicon.iloc[1]
Markdown(
    f"The word TextBlob scores most often in the newspaper is **{first['words']}** ({first['count']} times), "
    f"with a polarity of **{first['polarity']:+.3f}**: it adds nothing to the sum but counts in the average, "
    f"pulling the score towards zero. Next comes **{second['words']}** ({second['count']} times, "
    f"**{second['polarity']:+.3f}** each), from *Foreign Secretary* and *Foreign Minister*: a job title, "
    "which TextBlob reads as a mildly negative adjective."
)

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
        ": most of TextBlob's difference between the two texts comes from one job title."
        if abs(press_without - news_without) < abs(tb["press_release"] - tb["newspaper"]) / 2
        else "."
    )
)

# %% [markdown]
# ## 5. A second opinion: VADER beside TextBlob
#
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
# ## 6. What a word list cannot read
#
# ### 6.1 Negation
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
# ### 6.2 The language of diplomacy
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
# ### 6.3 What VADER does not see: curly quotation marks
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
# ### 6.4 Whose words are scored? Quoted speech
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
short_quotes = scare_quotes(news)
in_narrative = short_quotes[short_quotes["voice"] == "narrative"]
Markdown(
    f"Quoted speech makes up **{voice_share:.0%}** of the article's words. But `narrative` does not mean "
    "*only the journalist's words*: `voices` counts a quotation as speech only if it is long or introduced "
    "by a verb such as *said*. The **"
    f"{len(in_narrative)}** short phrases in quotation marks inside the journalist's sentences stay in the "
    "narrative: " + ", ".join(f"“{phrase}”" for phrase in in_narrative["phrase"]) + ". They are other "
    "people's words (or the journalist keeping them at a distance: *scare quotes*), so below we call that "
    'voice **outside quoted speech**, not "the journalist".'
)

# %% [markdown]
# Read the `speaker` column: most quotations are the FCO spokeswoman's. One short quotation is
# Boris Johnson's, introduced by "he said", so its speaker is left empty. Now we score the two voices
# separately:

# %%
narrative = "\n\n".join(news_voices.loc[news_voices["voice"] == "narrative", "text"])
quoted = "\n\n".join(news_voices.loc[news_voices["voice"] == "quote", "text"])
OUTSIDE_QUOTES = "outside quoted speech (narrative, incl. short scare quotes)"
by_voice = sentiment_summary({OUTSIDE_QUOTES: narrative, "quoted speech": quoted, "whole article": news})
by_voice.round(3)

# %%
n_row, q_row = by_voice.loc[OUTSIDE_QUOTES], by_voice.loc["quoted speech"]
quoted_share = q_row["words"] / by_voice.loc["whole article", "words"]
quotes_more_positive = q_row["polarity"] > n_row["polarity"] and q_row["vader_mean"] > n_row["vader_mean"]
Markdown(
    f"TextBlob scores the text outside quoted speech **{n_row['polarity']:+.3f}** and the quoted speech **{q_row['polarity']:+.3f}**; VADER's means "
    f"are **{n_row['vader_mean']:+.3f}** and **{q_row['vader_mean']:+.3f}**. "
    + ("By both models the quoted speech is the more positive. " if quotes_more_positive else "")
    + f"TextBlob also finds the quoted speech the {'more' if q_row['subjectivity'] > n_row['subjectivity'] else 'less'} "
    f"subjective ({q_row['subjectivity']:.3f} against {n_row['subjectivity']:.3f})."
)

# %% [markdown]
# So "the newspaper's sentiment" is partly the government's sentiment, reported. (The `sentences`
# column counts pieces of sentences too: a quotation cuts "he said there was" from its sentence.)
#
# ### 6.5 The photo gallery
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
# ## What we found

# %%
findings = [
    f"**Both texts score close to zero**: TextBlob gives {tb['press_release']:+.3f} to the press release and "
    f"{tb['newspaper']:+.3f} to the newspaper; VADER's means per sentence are {vd['press_release']:+.3f} and "
    f"{vd['newspaper']:+.3f}. "
    + (
        "The two models do not agree which text is the more positive."
        if tb_more != vd_more
        else f"Both models find the {tb_more} the more positive, by a small margin."
    ),
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
    + (", which both models score as more positive than the text around it" if quotes_more_positive else "")
    + f"; and the photo gallery, if kept, moves the newspaper's VADER mean from {clean_row['vader_mean']:+.3f} "
    f"to {raw_row['vader_mean']:+.3f}.",
    "A sentiment score is a model's reading of a list of words. Use it to find sentences worth reading, "
    "never as the reading itself.",
]
Markdown("\n".join(f"* {finding}" for finding in findings))

# %% [markdown]
# ## Exercises
#
# **Exercise 04.1.** Do the two models agree about the photo gallery? On how many of the gallery's
# sentences do TextBlob and VADER **disagree**? Use `compare_models(gallery)` and its `disagree`
# column, as in section 5. Then, in a cell of your own, make the cross-table of the two labels: which
# kind of disagreement is the most common, and what does it tell you about each lexicon?

# %% tags=["solution"]
gallery_models = compare_models(gallery)
answer_04_1 = int(gallery_models["disagree"].sum())

# %%
check("04.1", answer_04_1)

# %% [markdown]
# **Exercise 04.2.** Both texts use the phrase "business as usual", and TextBlob scores *usual* as a
# negative word. What would the **newspaper article's** TextBlob polarity be if *usual* were not in
# the lexicon? Give a number between −1 and +1. (Hint: section 4 did this for *foreign* with
# `lexicon_word_counts(news)` and `polarity_without`.)

# %% tags=["solution"]
answer_04_2 = polarity_without(lexicon_word_counts(news), "usual")

# %%
check("04.2", answer_04_2)

# %% [markdown]
# **Exercise 04.3.** Now you are the model. Here are ten sentences, five from each text, chosen by
# `spread_sample` across TextBlob's scores, from its most negative to its most positive (and then put
# back in reading order, so that the order gives nothing away). Read each one and decide: is it
# **positive**, **negative** or **neutral**, about the visit and relations with Russia?

# %%
sample = spread_sample({"press_release": press, "newspaper": news}, per_text=5)
for number, row in enumerate(sample.itertuples(), start=1):
    print(f"{number:>2}. [{row.text}, sentence {row.sentence_no}] {row.sentence}\n")

# %% [markdown]
# Write your ten labels as a list, in this order, using only `"positive"`, `"negative"` and
# `"neutral"`, for example `answer_04_3 = ["neutral", "negative", ...]`. There is no single right
# answer: the check only makes sure you gave ten valid labels. (The solution shows one instructor's
# reading, with a reason for each label.)

# %% tags=["solution"]
answer_04_3 = [
    "negative",  # 1. the UK must defend its interests against threats; hostilities at their highest
    "negative",  # 2. relations cannot be normal while Russia tries to destabilise Europe
    "positive",  # 3. a relationship of more than 450 years, offered as common ground
    "negative",  # 4. the Kremlin opposes the West (the hope that follows does not undo it)
    "positive",  # 5. a shared goal: a safe World Cup
    "negative",  # 6. tense relations, strongly differing views, crises
    "neutral",  # 7. a plain announcement: an invitation accepted
    "negative",  # 8. the visit will not start with a clean slate
    "negative",  # 9. the UK is wary of Putin's intentions
    "negative",  # 10. a relationship that "courts controversy"
]

# %%
check("04.3", answer_04_3)

# %% [markdown]
# Now compare your reading with the two models. `reader_textblob` and `reader_vader` are `True` where
# your label is the model's:

# %%
problem = label_problem(answer_04_3, len(sample))  # the same test as the check above
if problem is None:
    agreement = label_agreement(sample, answer_04_3)
    display(agreement.drop(columns="sentence"))
    display(
        Markdown(
            f"You agree with TextBlob on **{int(agreement['reader_textblob'].sum())}** of the {len(agreement)} "
            f"sentences and with VADER on **{int(agreement['reader_vader'].sum())}**; the two models agree with "
            f"each other on **{int((agreement['textblob_label'] == agreement['vader_label']).sum())}**."
        )
    )
else:
    print(f"First fix your ten labels in Exercise 04.3 ({problem}); then run this cell again.")

# %% [markdown]
# Where you and a model disagree, who is reading the sentence, and who is reading a list of words?
# Pick one sentence where you disagree with both models and explain the difference with
# `explain_sentences([...])`. Would a classmate label the ten sentences exactly as you did?

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Where did you disagree with a sentiment model, and
# why? What does that say about using a sentiment score as evidence of a text's tone?
#
# *Double-click this cell and write your answer here, in place of this line.*
