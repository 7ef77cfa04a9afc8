# %% [markdown]
# # 06 · Text reuse and context
#
# News is rarely written from nothing. An article about a government decision is partly built from
# the government's own words. This notebook asks what the newspaper took from official words, and
# what the press release and the newspaper share word for word. "Going further", after the summary,
# adds the nine months between the two texts, one formula followed through both, the length of a
# shared passage, the churn figure and what each text leaves out.
#
# | | |
# |---|---|
# | **Learning objectives** | Measure how much of a news article is an official statement quoted inside it, and say what that cannot show; find the passages two texts share word for word; in Going further, build a timeline in code and explain why the months between two texts matter. |
# | **Time needed** | about 45 minutes (core path); going further: about 75 minutes more |
# | **Prerequisites** | Notebook 01 (the cleaned texts and the photo gallery). Notebooks 02–05 help, but this notebook's code stands on its own. |

# %%
import pandas as pd
from dateutil.relativedelta import relativedelta
from IPython.display import Markdown

import helpers
from helpers import plots
from helpers.checks import check, install_unset_answer_hint
from helpers.cleaning import clean_text, label_paragraphs, repair_encoding
from helpers.concordance import concordance, hits
from helpers.reuse import borrowing_direction, churn, reuse_summary, shared_passages
from helpers.tokens import tokenize
from helpers.voices import marked_phrases, passage_voices, phrase_voices, voices

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 90)

press = clean_text(helpers.load_text("press_release").raw)
news = clean_text(helpers.load_text("newspaper").raw)

# %% [markdown]
# `press` and `news` are the **cleaned** texts of notebook 01, without the photo gallery.
#
# ## 1. The official words inside the newspaper
#
# `voices` (notebook 05) cuts a text into *segments*. Each is a **quote** (someone's words, with the
# speaker the sentence names) or **narrative** (the writer's own voice). Here is the newspaper:

# %%
news_voices = voices(news)
news_voices[["paragraph", "voice", "speaker", "words", "text"]]

# %% [markdown]
# Read the `speaker` column. An "FCO spokeswoman" (FCO: the Foreign and Commonwealth Office, the
# UK's foreign ministry) speaks for several paragraphs in a row: a statement quoted in full.

# %%
statement_rows = news_voices[news_voices["speaker"] == "An FCO spokeswoman"]
statement_words = int(statement_rows["words"].sum())
news_words = int(news_voices["words"].sum())
statement_paragraphs = sorted(statement_rows["paragraph"].unique())
unnamed = news_voices[(news_voices["voice"] == "quote") & (news_voices["speaker"] == "")]
Markdown(
    f"The FCO spokeswoman's statement runs over **{len(statement_paragraphs)} paragraphs** "
    f"({statement_paragraphs[0]}–{statement_paragraphs[-1]}) and has **{statement_words}** of the article's "
    f"**{news_words}** words: **{statement_words / news_words:.0%}** of the article is the government's own "
    f"words, quoted. The only other quote has **{int(unnamed['words'].sum())}** words "
    f"(*“{unnamed['text'].iloc[0]}”*) and no speaker: the sentence says *he said*, and `voices` does not "
    "guess who *he* is (Mr Johnson)."
)

# %% [markdown]
# ### The original statement: facts we cite
#
# The FCO's statement is public. A reviewer read two GOV.UK pages (URLs below) and recorded these
# facts in the course's issue tracker (2026). The pages are not in the repository, so the notebook
# cannot recompute them:
#
# * GOV.UK published the statement on **4 March 2017** as *Foreign Secretary to visit Russia*
#   (<https://www.gov.uk/government/news/foreign-secretary-to-visit-russia>, Open Government
#   Licence v3.0): a one-line summary and the spokeswoman's statement.
# * The newspaper reproduces the statement in **one unbroken block: all 156 of its words**
#   (counted as runs of letters and digits), nothing cut or reordered. Its first two paragraphs
#   paraphrase the page's summary.
# * The December press release has its own antecedent: the GOV.UK story of **13 October 2017**,
#   *Foreign Secretary to visit Moscow*
#   (<https://www.gov.uk/government/news/foreign-secretary-to-visit-moscow>). The March newspaper
#   is not its source.
#
# What we can compute is the quotation in our own newspaper file, counted the same way. (Going
# further E shows how to check the page yourself.)


# %%
def letter_digit_runs(text):
    """The words of a text counted as runs of letters and digits, as the GOV.UK page's 156 were."""
    import re

    return re.findall(r"[^\W_]+", text)


quoted_statement = "\n\n".join(statement_rows["text"])
quoted_words = len(letter_digit_runs(quoted_statement))
article_words = len(letter_digit_runs(news))
GOV_UK_STATEMENT_WORDS = 156  # from the GOV.UK page of 4 March 2017 (see the list above): a cited fact
first, last = news_voices.index[news_voices["speaker"] == "An FCO spokeswoman"][[0, -1]]
between = news_voices.loc[first:last]
one_block = bool((between["speaker"] == "An FCO spokeswoman").all())
Markdown(
    f"Counted as runs of letters and digits, the quotation inside our newspaper file has **{quoted_words}** words"
    + (
        f", the same number as the GOV.UK statement ({GOV_UK_STATEMENT_WORDS})"
        if quoted_words == GOV_UK_STATEMENT_WORDS
        else f", against {GOV_UK_STATEMENT_WORDS} in the GOV.UK statement"
    )
    + f". It fills paragraphs {statement_paragraphs[0]}–{statement_paragraphs[-1]} "
    + (
        "in one block, with no word of the journalist's between its parts"
        if one_block
        else "with narrative between its parts"
    )
    + f", and it is **{quoted_words / article_words:.0%}** of the cleaned article's {article_words} words "
    f"({statement_words / news_words:.0%} by the course tokenizer above, which counts a little differently). "
    f"So {quoted_words / article_words:.0%} of the article is the FCO's statement, quoted and attributed; "
    "the opening paraphrases the same page without saying so (Going further E)."
)

# %% [markdown]
# Is this unusual? **Lewis, Williams and Franklin (2008)** studied UK national press stories. They
# found that **19%** were verifiably derived mainly or wholly from PR material, and **60%** wholly or
# mainly from PR material or wire (news agency) copy. These are the study's figures, not ours (J.
# Lewis, A. Williams and B. Franklin, "A compromised fourth estate? UK news journalism, public
# relations and news sources", *Journalism Studies* 9(1), 2008). Our article is at least partly
# derived from PR. Whether *mainly* depends on how one weighs the journalist's own context (Syria,
# sanctions, the United States). One article cannot say how common this is; the study can.

# %% [markdown]
# **Exercise 06.1 (apply: the other text).** By the machine's reading, what *share* of the press
# release's words are the Foreign Secretary's (speaker `"The Foreign Secretary Boris Johnson"`)?
# Give a number between 0 and 1. (Hint: copy the first line of the cell after the newspaper's
# table, `news_voices[news_voices["speaker"] == "An FCO spokeswoman"]`, with `voices(press)` in
# place of `news_voices` and his name in place of hers. Sum the `words` of his rows and divide by
# the sum of `words` over all rows. To see the table as above, add
# `[["paragraph", "voice", "speaker", "words", "text"]]`.)

# %% tags=["solution"]
release_voices = voices(press)
his_words = release_voices.loc[
    release_voices["speaker"] == "The Foreign Secretary Boris Johnson", "words"
].sum()
answer_06_1 = his_words / release_voices["words"].sum()

# %%
check("06.1", answer_06_1)

# %% [markdown]
# ## 2. What the two texts share word for word
#
# A news story that retells a press release without saying so is **churnalism**. Researchers find
# it by looking for long passages that two texts share word for word. Our two texts are a different
# case: the press release (22 December 2017) came **after** the newspaper article (March 2017), so
# the newspaper cannot have copied it. What they share is more likely language from a common
# source, or everyday English.
#
# `shared_passages(a, b, n=...)` finds every run of at least `n` words, a **passage**, that occurs in
# both `a` and `b` (lower case, punctuation ignored), each made as long as it goes. By default,
# `n=4`.

# %%
passages_4 = shared_passages(press, news)
passages_4

# %% [markdown]
# Each row is one pair of places: `start_a`/`end_a` are word positions in the first text (the press
# release), `start_b`/`end_b` in the second (the newspaper), counting its lower-case words from 0
# (`end` is the position just after the last word). A passage found twice in one text gets two
# rows. `reuse_summary` says how many of each text's words lie inside a shared passage.

# %%
reuse_4 = reuse_summary(press, news, names=("press_release", "newspaper")).set_index("text")
Markdown(
    f"At n = 4 the texts share **{passages_4['passage'].nunique()}** different passages "
    f"({len(passages_4)} rows): *{'*, *'.join(passages_4['passage'].unique())}*. They cover "
    f"**{reuse_4.loc['press_release', 'share_reused']:.1%}** of the press release's words "
    f"({reuse_4.loc['press_release', 'reused_tokens']} of {reuse_4.loc['press_release', 'tokens']}) and "
    f"**{reuse_4.loc['newspaper', 'share_reused']:.1%}** of the newspaper's "
    f"({reuse_4.loc['newspaper', 'reused_tokens']} of {reuse_4.loc['newspaper', 'tokens']}): a title with "
    "a name, and a pair of countries. No sign of copying, in either direction."
)

# %% [markdown]
# But four words cannot find *business as usual*, which has three. Lower `n` to 3. The table also
# says, with `passage_voices`, whose voice each passage is in **in the newspaper** (`side="b"`: the
# second text given to `shared_passages`). Passages can overlap: *the foreign secretary* and
# *foreign secretary boris johnson* share two words of the press release, and each matches a
# different place in the newspaper.

# %%
passages_3 = passage_voices(shared_passages(press, news, n=3), news, side="b")
passages_3[["passage", "words", "start_a", "start_b", "paragraph", "voice", "speaker"]]

# %% [markdown]
# **Exercise 06.2 (apply: count it yourself).** How many *different* passages of at least three
# words do the press release and the newspaper share? Give a whole number. (Hint: one passage can
# have several rows; count the different `passage` values of `shared_passages(press, news, n=3)`
# with `.nunique()`.)

# %% tags=["solution"]
answer_06_2 = shared_passages(press, news, n=3)["passage"].nunique()

# %%
check("06.2", answer_06_2)

# %%
different_3 = passages_3.groupby("passage").agg(words=("words", "first"))
places_in_news = passages_3.drop_duplicates(["passage", "start_b"])
in_statement = int((places_in_news["speaker"] == "An FCO spokeswoman").sum())
Markdown(
    f"At n = 3 there are **{len(different_3)}** different shared passages ({len(passages_3)} rows). They "
    f"occur at **{len(places_in_news)}** places in the newspaper, and **{in_statement}** of those places are "
    "inside the FCO spokeswoman's statement. What the newspaper shares with the press release is mostly "
    "what it quoted from the government."
)

# %% [markdown]
# ## What we found
#
# The newspaper quotes the FCO's statement in full and says whose it is (section 1). It shares
# only short passages with the press release, most of them inside that statement (section 2).
# The two texts are nine months apart and of two genres, so any difference between them may come
# from either: Going further A shows why.

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** What did the newspaper take from the government's
# statement, and what did it add around it? How does what it added change the frame?
#
# *Double-click this cell and write your answer here, in place of this line.*

# %% [markdown]
# ## Going further
#
# The rest is optional: the nine months between the texts, one formula followed through both, how
# the length of a passage changes what is found, the churn figure, the retold opening and what each
# text leaves out, with two more exercises.
#
# ### A. Nine months apart
#
# The two texts were not written at the same moment, and what happened between them matters.
#
# The record that came with the texts ([texts/PROVENANCE.md](../texts/PROVENANCE.md)) adds what happened in between:
# the visit was called off in April 2017 after the chemical attack at Khan Shaykhun in Syria,
# and announced again by the FCO in October 2017. For April and October it gives the month only,
# so the timeline below does too: a date is as precise as its source.

# %%
catalogue = helpers.load_catalogue().set_index("id")
timeline = pd.DataFrame(
    [
        (
            "2017-03-04",
            "The FCO announces the visit (the statement the newspaper quotes)",
            "newspaper, quoted",
        ),
        ("2017-03", "The newspaper article announcing the visit (early March)", "newspaper"),
        ("2017-04", "The visit is called off after the chemical attack at Khan Shaykhun, Syria", ""),
        ("2017-10-13", "The FCO announces the visit again (GOV.UK, 13 October 2017)", ""),
        ("2017-12-22", "Boris Johnson arrives in Moscow; the GOV.UK press release", "press_release"),
    ],
    columns=["date", "event", "our text"],
)
timeline["precision"] = timeline["date"].str.len().map({7: "month", 10: "day"})
timeline

# %% [markdown]
# How far apart are the statement the newspaper quotes and the visit the press release reports?
# Subtracting two dates gives a length of time; `relativedelta` splits it into calendar months and
# days.

# %%
statement_day = pd.Timestamp("2017-03-04")  # the FCO statement (first row of the timeline)
visit_day = pd.Timestamp(catalogue.loc["press_release", "date"])
days_apart = (visit_day - statement_day).days
gap = relativedelta(visit_day, statement_day)
Markdown(
    f"From the FCO statement to the visit: **{days_apart} days**, that is **{gap.months} months and "
    f"{gap.days} days**."
)

# %% [markdown]
# **Why a fair comparison must say so.** Every difference this course measures between the two
# texts has at least two possible causes:
#
# * **genre**: a government announcing its own minister's visit, and a newspaper reporting on it,
#   write differently whatever the date;
# * **moment**: an announcement in March and an arrival in December are different news. The
#   newspaper's context is the news of early March 2017 (Jeff Sessions's recusal, Michael Flynn's
#   resignation "last month"); the press release looks ahead to "next summer's World Cup".
#
# With one text of each genre, each from a different moment, the two causes cannot be told apart.
# To separate them we would need, say, the FCO's own statement of March (same genre, other moment:
# it is public, section 1) or a newspaper report of the December visit (other genre, same moment). Say so whenever you
# state a difference.

# %% [markdown]
# **Exercise 06.3 (apply: another date).** The press release looks ahead to "next summer's World
# Cup", which opened in Moscow on 14 June 2018 (FIFA,
# https://www.fifa.com/tournaments/mens/worldcup/2018russia). How many days after the visit
# (22 December 2017) was that? Give a whole number. (Hint: subtract two `pd.Timestamp` dates; the
# result has a `.days`.)

# %% tags=["solution"]
answer_06_3 = (pd.Timestamp("2018-06-14") - pd.Timestamp("2017-12-22")).days

# %%
check("06.3", answer_06_3)

# %% [markdown]
# ### B. "Business as usual": a travelling formula
#
# A phrase in quotation marks inside the writer's own sentence is a **partial quote** when its
# sentence names a source ("the government maintained the visit does not signal “business as
# usual”") and a **scare quote** when it names none (notebook 05, section 2). `marked_phrases`
# lists every such phrase with its `kind` and its `source`; `voice` and `speaker` say whose
# segment it sits in.

# %%
marked = pd.concat(
    [marked_phrases(press).assign(text="press_release"), marked_phrases(news).assign(text="newspaper")],
    ignore_index=True,
)
marked[["text", "paragraph", "voice", "speaker", "phrase", "marks", "kind", "source"]]

# %% [markdown]
# A list of marked phrases shows only the *marked* uses of a phrase. `phrase_voices` finds every
# occurrence, marked or not, with its context, whose voice it is in, and its quotation marks. We
# add one column, `negated`: is there a *not* or *cannot* among the five words before it?

# %%
business = pd.concat(
    [
        phrase_voices(press, "business as usual").assign(text="press_release"),
        phrase_voices(news, "business as usual").assign(text="newspaper"),
    ],
    ignore_index=True,
)
business["negated"] = business["left"].str.contains(r"\b(?:not|cannot)\b", case=False)
business[["text", "paragraph", "voice", "speaker", "marks", "negated", "left", "match", "right"]]

# %%
per_text = business["text"].value_counts()
engage = {
    name: len(phrase_voices(text, "engage but beware"))
    for name, text in {"press_release": press, "newspaper": news}.items()
}
negated = int(business["negated"].sum())
negated_share = "every one" if negated == len(business) else f"{negated} of the {len(business)}"
Markdown(
    f"*Business as usual* occurs **{per_text['press_release']}** times in the press release and "
    f"**{per_text['newspaper']}** times in the newspaper; in **{negated_share}** of its occurrences, *not* or "
    f"*cannot* comes in the five words before. *Engage but beware* occurs **{engage['newspaper']}** times in "
    f"the newspaper and **{engage['press_release']}** times in the press release."
)

# %% [markdown]
# Follow the phrase, row by row:
#
# * **In the newspaper**, it appears in the FCO spokeswoman's statement without marks: there it is
#   simply the government speaking ("This is not a return to business as usual"). It appears
#   earlier too, in the journalist's own narrative, in double quotation marks after *the government
#   maintained*: a **partial quote**, the government's phrase with its source named.
# * **In the press release**, it appears in GOV.UK's narrative announcing what Mr Johnson "will
#   say" (a partial quote, attributed to him in advance) and in the Foreign Secretary's own words,
#   in single marks with no source in their sentence (a scare quote). A press release's narrative
#   is also the government's voice: here the government puts its own formula in quotation marks,
#   as a set phrase, a line to be quoted.
#
# Not every marked phrase is a formula: the newspaper's “Russophobic hysteria” is a partial quote
# whose source the passive *He was accused of* leaves unnamed, and “high level talks” is attributed
# only to *it has been announced*, without saying whose the words are.
#
# So the formula of March (in the statement the newspaper quoted) is still the formula of
# December, and still in the negative. The second formula of March, *engage but beware*, does not
# appear in the December press release. Two texts cannot tell us whether it was dropped; they only
# show that this one press release does not use it.

# %% [markdown]
# ### C. What does a shared phrase mean?
#
# Most of these passages are everyday English that any two
# texts about British diplomacy might share: *the uk will*, *will continue to*. *Business as
# usual* is different. It is a **formula**: a fixed phrase the government used to describe its
# policy towards Russia (it is *not* business as usual), alongside *engage but beware*. A formula like this travels: from a government statement into a newspaper's report,
# and months later into another government text. Shared wording here is not evidence that one
# text copied the other; it is evidence that both carry the same official language.
#
# The minimum length `n` is a choice, and it decides what is found. Watch how the results change:

# %%
by_n = []
for n in range(2, 7):
    summary = reuse_summary(press, news, n=n, names=("press_release", "newspaper")).set_index("text")
    by_n.append(
        {
            "n": n,
            "different passages": shared_passages(press, news, n=n)["passage"].nunique(),
            "press_release words": summary.loc["press_release", "reused_tokens"],
            "press_release share": summary.loc["press_release", "share_reused"],
            "newspaper words": summary.loc["newspaper", "reused_tokens"],
            "newspaper share": summary.loc["newspaper", "share_reused"],
        }
    )
by_n = pd.DataFrame(by_n).set_index("n")
by_n.round(3)

# %%
passages_2 = shared_passages(press, news, n=2).drop_duplicates("passage")
longest = int(by_n.index[by_n["different passages"] > 0].max())
Markdown(
    f"At n = 2 the texts share **{len(passages_2)}** different passages, **{int((passages_2['words'] == 2).sum())}** "
    f"of them two-word pairs: *{', '.join(passages_2.loc[passages_2['words'] == 2, 'passage'])}*. And "
    f"no shared passage is longer than **{longest}** words. A small `n` finds everyday language; a large one "
    "finds only copying. Three words is short enough to catch a formula and long enough to keep the list "
    "readable, but always read the list."
)

# %% [markdown]
# ### D. The churn figure
#
# Reuse studies give one number for a pair, its **churn**: the share of a text's words that
# lie in passages it shares with the other (churnalism.com reported it as the share of a news
# story taken from a press release). `churn` counts passages of at least **five** words, where
# chance matches between two news texts on one topic are rare, and leaves out passages made only
# of stopwords and standard formulas (`helpers.reuse.STANDARD_FORMULAS`: "in the coming weeks",
# "the uk will"). The three- and four-word runs above are below that floor: they are the noise
# any two texts on one topic share.

# %%
churn_table = churn(press, news, names=("press_release", "newspaper")).set_index("text")
churn_table

# %%
dates = {name: helpers.load_text(name).date for name in ("press_release", "newspaper")}
churn_passages = int(churn_table["passages"].max())
direction = borrowing_direction(
    "press_release", dates["press_release"], "newspaper", dates["newspaper"], passages=churn_passages
)
Markdown(
    f"The churn figure is **{churn_table.loc['press_release', 'churn']:.0%}** for the press release and "
    f"**{churn_table.loc['newspaper', 'churn']:.0%}** for the newspaper: the two texts share "
    f"**{churn_passages}** passages of five words or more. "
    + (
        f"Dates: {direction}"
        if direction
        else "With no passage to explain, the dates have no borrowing to order."
    )
)

# %% [markdown]
# ### E. The newspaper retells the statement first
#
# The newspaper does more than quote the statement: its own opening paragraphs retell it. Let's
# compare the newspaper's narrative with the statement it quotes:

# %%
statement = "\n\n".join(statement_rows["text"])
narrative = "\n\n".join(news_voices.loc[news_voices["voice"] == "narrative", "text"])
shared_passages(narrative, statement, n=3)[["passage", "words"]]

# %% [markdown]
# Before the spokeswoman speaks, the journalist's own sentences have already taken her words: the
# invitation from "Russian Foreign Minister Sergey Lavrov", and the phrases "business as usual" and
# "engage but beware", which the newspaper now puts in its own quotation marks. Official language
# does not stay inside the quotation marks. Part B follows one of those phrases.

# %% [markdown]
# > **Optional, for a class with a network.** Add the GOV.UK page to the course and measure the
# > reuse yourself. (1) Open
# > <https://www.gov.uk/government/news/foreign-secretary-to-visit-russia> in a browser and save it
# > (*File > Save Page As*, "Web page, HTML only"), say as `fco_2017-03-04.html`. (2) Add it with the
# > course's own tool, which copies the file into `texts/` and writes its catalogue row:
# > `python3 course.py add-text fco_2017-03-04.html --id fco_statement --genre press_release
# > --date 2017-03-04 --title "Foreign Secretary to visit Russia" --publisher "Foreign and
# > Commonwealth Office (GOV.UK)" --licence "Open Government Licence v3.0"` (with a network, the
# > page's URL can take the file's place; `python3 course.py add-text --help` lists the options).
# > (3) In a new cell: `fco = clean_text(helpers.load_text("fco_statement").raw)`, then
# > `shared_passages(fco, news, n=4)` for the passages they share, and
# > `reuse_summary(fco, news, n=4, names=("fco_statement", "newspaper"))` for the share of each
# > text's words inside them. Does the newspaper take all 156 words of the statement? Which words of
# > the page are *not* in the article? Keep the page's URL and the date you saved it: a saved page
# > is a copy of a page that can change.


# %% [markdown]
# ### F. What each text leaves out
#
# A computer can only count what is there. To study what a text leaves out we must choose words
# to look for, and that choice shapes what we find: name your list, and read before you count.
#
# First, the newspaper's photo gallery, which cleaning removed, comes back: it is part of what the
# newspaper's readers saw. `label_paragraphs` finds the captions; we drop their numbering ("1/19").

# %%
news_parts = label_paragraphs(repair_encoding(helpers.load_text("newspaper").raw))
captions = news_parts.loc[news_parts["part"] == "caption", "text"].str.replace(r"^\d+/\d+\s+", "", regex=True)
captions.index = pd.RangeIndex(1, len(captions) + 1, name="caption")
captions_text = "\n\n".join(captions)
texts = {"press_release": press, "newspaper article": news, "newspaper captions": captions_text}
words_in = pd.Series({name: len(tokenize(text)) for name, text in texts.items()}, name="words")
words_in

# %% [markdown]
# **Places and issues.** How often does each text name the places and issues of the Russia story
# of 2017? `hits` counts every occurrence of each word or phrase in each text, as `concordance`
# finds them (case ignored), zeros included. Exact word forms only: *Syria* does not count
# *Syrian*.

# %%
terms = ["Ukraine", "Syria", "Aleppo", "sanctions", "Putin", "Trump", "Iran", "North Korea", "World Cup"]
mentions = hits(texts, terms)
mentions

# %%
in_press = mentions["press_release"] > 0
in_news = (mentions["newspaper article"] + mentions["newspaper captions"]) > 0
Markdown(
    f"Named only in the press release: **{', '.join(mentions.index[in_press & ~in_news])}**. "
    f"Named only in the newspaper (article or captions): **{', '.join(mentions.index[in_news & ~in_press])}**. "
    f"Named in both: **{', '.join(mentions.index[in_press & in_news])}**."
)

# %% [markdown]
# The three texts differ in length, so the chart shows each count per 1,000 words, with the raw
# count in brackets. A term missing from a panel does not occur in that text.

# %%
rates = {
    name: pd.DataFrame(
        {
            "word": terms,
            "count": mentions[name].to_numpy(),
            "per_1000": mentions[name].to_numpy() / words_in[name] * 1000,
        }
    )
    for name in texts
}
fig = plots.top_words_side_by_side(
    rates,
    n=len(terms),
    value="per_1000",
    title="Places and issues named, per 1,000 words (raw count in brackets)",
)

# %% [markdown]
# **People and harm.** The gallery, *In pictures: Russian air strikes in Syria*, shows what the air
# strikes did. Here is a list of words for people and for harm, chosen by reading the captions
# (plus *children* and *suffering*, which a reader might expect):

# %%
human_cost = [
    "civilians",
    "children",
    "boys",
    "girl",
    "baby",
    "woman",
    "injured",
    "survivors",
    "cry",
    "rubble",
    "hospital",
    "treatment",
    "stretcher",
    "suffering",
]
harm = hits(texts, human_cost)
harm.loc["total"] = harm.sum()
harm

# %%
harm_pattern = r"\b(?:" + "|".join(human_cost) + r")\b"
harm_captions = captions[captions.str.contains(harm_pattern, case=False)]
Markdown(
    f"These words occur **{harm.loc['total', 'newspaper captions']}** times in the captions, "
    f"**{harm.loc['total', 'newspaper article']}** times in the article and "
    f"**{harm.loc['total', 'press_release']}** times in the press release. "
    f"**{len(harm_captions)}** of the **{len(captions)}** captions use at least one of them, all among the "
    f"first **{harm_captions.index.max()}** of the gallery (the number is the caption's place in it):"
)

# %%
for number, caption in harm_captions.items():
    print(f"{number:>2}. {caption}")

# %% [markdown]
# Read them: Syrian boys crying, people waiting for treatment at a hospital, a named man rescued
# from rubble, a girl carrying a baby, an injured woman on a stretcher. The later captions show the
# strikes themselves, several from the Russian military's side (a defence ministry video grab,
# missiles fired by the Russian navy). Notice too that the word *children* finds nothing,
# although children are shown: a word list must follow the text's own words. And we left *killed* out on purpose: in the gallery it is a Russian deputy defence
# minister's claim about militants killed, not a report of harm to civilians. Read before you
# count.
#
# **Evidence, not verdict.** The counts show *what is there*. They do not show *why* something is
# missing:
#
# * The captions are web-page furniture: a gallery attached to the article, captioned by photo
#   agencies (Getty, Reuters, AP, TASS), probably not by the article's writer. Several captions
#   give the Russian military's own view ("purporting to show", "Russia claimed"); the gallery
#   carries more than one frame.
# * The press release announces a minister's talks, nine months later; describing the war in
#   Syria is not what that genre usually does. Its silence on Syria is a fact about this text, and
#   a good question to ask (the visit had been called off over Syria in April), but not proof of
#   intent.
# * Each text names things the other leaves out (the table of places and issues above). Whether
#   that reflects the genre or the moment, two texts cannot say.

# %% [markdown]
# **Exercise 06.4 (open).** What do the captions show that the press release leaves out? Choose
# **at least three words** that occur in the captions and never in the press release: from the
# `human_cost` list, or better, words you find yourself by reading the captions (`captions`
# above). Give them as a dictionary, each word with the number of times it occurs in the captions,
# for example `{"rubble": ..., "hospital": ..., ...}`. Count with `len(concordance(captions_text, word))`, and check
# the press release with `len(concordance(press, word))`.
#
# Then read the concordance of one of your words, `concordance(captions_text, word)`, and write
# one sentence for yourself: whose experience does it show, and who took or supplied the picture?
# (The concordance cuts long lines: the agency's name ends each caption in the list printed above.)

# %% tags=["solution"]
my_words = ["rubble", "hospital", "survivors", "stretcher"]
answer_06_4 = {word: len(concordance(captions_text, word)) for word in my_words}

# %%
check("06.4", answer_06_4)

# %% [markdown]
# ### What Going further found

# %%
made_in_going_further = [
    "days_apart",
    "gap",
    "per_text",
    "negated_share",
    "mentions",
    "in_press",
    "in_news",
    "harm",
]
if any(name not in globals() for name in made_in_going_further):
    going_further_found = (
        "This summary uses the results of parts A to F: run them first (*Run > Run All Cells*)."
    )
else:
    going_further_found = (
        f"* **Official words inside the newspaper.** The FCO spokeswoman's statement, quoted over "
        f"{len(statement_paragraphs)} paragraphs, is **{statement_words / news_words:.0%}** of the cleaned "
        f"article ({statement_words} of {news_words} words). Counted as runs of letters and digits it has "
        f"{quoted_words} words in one block; the GOV.UK page of 4 March 2017 gives the statement "
        f"{GOV_UK_STATEMENT_WORDS} words, all of them reproduced (a fact from the page, cited in section 1). Lewis, "
        "Williams and Franklin (2008) found 19% of UK press stories verifiably derived mainly or wholly from PR.\n"
        f"* **Shared word for word.** At n = 4 the press release and the newspaper share "
        f"{passages_4['passage'].nunique()} passages, a title and a pair of countries "
        f"({reuse_4.loc['press_release', 'share_reused']:.1%} and {reuse_4.loc['newspaper', 'share_reused']:.1%} "
        f"of their words). At n = 3 they share {len(different_3)}, among them *business as usual*; "
        f"{in_statement} of their {len(places_in_news)} places in the newspaper are inside the FCO's statement.\n"
        f"* **A travelling formula.** *Business as usual* occurs {per_text['press_release']} times in the press "
        f"release and {per_text['newspaper']} times in the newspaper, with *not* or *cannot* before it in {negated_share} "
        "of its occurrences: in the official speakers' words, and in quotation marks in the "
        "newspaper's narrative and the press release's.\n"
        f"* **Two moments.** {days_apart} days ({gap.months} months and {gap.days} days) separate the FCO "
        "statement from the visit; any difference may be genre or moment.\n"
        f"* **Left out.** Of the places and issues we looked for, the newspaper names "
        f"{', '.join(mentions.index[in_news & ~in_press])}; the press release "
        f"does not. The press release names {', '.join(mentions.index[in_press & ~in_news])}; the newspaper does "
        f"not. Words of people and harm occur {harm.loc['total', 'newspaper captions']} times in the captions and "
        f"{harm.loc['total', 'press_release']} times in the press release."
    )
Markdown(going_further_found)
