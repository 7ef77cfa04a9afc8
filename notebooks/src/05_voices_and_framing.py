# %% [markdown]
# # 05 · Voices and framing
#
# A **frame** is the angle a text gives its story (notebook 01; Entman, 1993). This notebook
# measures two choices that show it: **who speaks**, and **which words** carry the story. Its
# simple rules make mistakes; finding them is part of the method.
#
# | | |
# |---|---|
# | **Learning objectives** | Measure whose words fill a text; tell four kinds of reported words apart; find and read the cues of five generic news frames (going further). |
# | **Time needed** | about 35 minutes (core path); going further: about 125 minutes more |
# | **Prerequisites** | Notebook 01 (the cleaned texts). |

# %%
import pandas as pd
from IPython.display import Markdown, display

import helpers
from helpers import plots
from helpers.checks import check, install_unset_answer_hint
from helpers.cleaning import clean_text
from helpers.coding import coding_agreement, cue_answers
from helpers.framing import COURSE_FRAMES, cue_sentences, cue_summary, find_cues, modal_forms, most_cues
from helpers.lexicons import load_lexicon
from helpers.tokens import sentences, tokenize
from helpers.voices import FIRST_PERSON, reported_words, reporting_verbs, voice_shares, voices

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 500)  # whole paragraphs: in JupyterLab, long cells wrap

press = clean_text(helpers.load_text("press_release").raw)
news = clean_text(helpers.load_text("newspaper").raw)
texts = {"press_release": press, "newspaper": news}
words = {name: len(tokenize(text)) for name, text in texts.items()}

# %% [markdown]
# `press` and `news` are notebook 01's cleaned texts; `words` holds their lengths.
#
# ## 1. Who speaks: quoted speech and narrative
#
# The **narrative** is the writer's own voice; **quoted speech** gives the floor to someone else.
# `voices(text)` cuts a text into pieces, each a `quote` or `narrative`. Here a quote is words in
# double quotation marks, five or more of them or just after a reporting verb such as *said*;
# shorter ones stay narrative (section 2 sorts them all). A GOV.UK block after "X said:" counts
# too. The **speaker** is the person named beside the **reporting verb**, the verb that introduces
# someone's words (*said*, *told*); blank when none fits. The newspaper article:

# %%
news_voices = voices(news)
news_voices[["paragraph", "voice", "speaker", "words", "text"]]

# %%
press_voices = voices(press)
press_shares = voice_shares(press_voices)
news_shares = voice_shares(news_voices)
shares = pd.concat(
    [press_shares.assign(text="press_release"), news_shares.assign(text="newspaper")], ignore_index=True
)[["text", "voice", "speaker", "words", "share"]]
shares.round(3)

# %%
minister = press_shares.loc[press_shares["speaker"] != "", ["speaker", "words", "share"]].iloc[0]
spokeswoman = news_shares.loc[news_shares["speaker"] != "", ["speaker", "words", "share"]].iloc[0]
unnamed_words = news_shares.loc[
    (news_shares["voice"] == "quote") & (news_shares["speaker"] == ""), "words"
].sum()
accused = next(sentence for sentence in sentences(news) if "accused" in sentence.split())
accusation = reported_words(accused)["text"].iloc[0]  # its words in quotation marks; no accuser named
Markdown(
    f"In the press release, **{minister['speaker']}** has **{minister['words']}** of its "
    f"**{words['press_release']}** words (**{minister['share']:.0%}**). "
    f"In the newspaper, **{spokeswoman['speaker']}** has **{spokeswoman['words']}** of its **{words['newspaper']}** "
    f"words (**{spokeswoman['share']:.0%}**); an **unnamed speaker** has **{unnamed_words}** "
    f"(**{unnamed_words / words['newspaper']:.0%}**: the rule could not link this *he* to a name; a reader "
    f"can: Mr Johnson). Neither text names a Russian speaker (one accusation with no accuser named, *{accusation}*)."
)

# %%
fig = plots.voice_shares_chart({"press_release": press_shares, "newspaper": news_shares})

# %% [markdown]
# **Exercise 05.1 (reflection: what can this chart not tell you?).** In **one sentence**: what does
# the chart suggest about whose words fill the newspaper? Name the chart, hedge (*suggests*, *may*),
# and claim nothing a word count cannot show: a motive, a bias, a proof, all newspapers, "most"
# words for a share under half. Good: *The chart suggests that, in this article, the spokeswoman
# has more words than any other quoted voice.* Not good: *The chart suggests newspapers give most
# of their words to governments.*

# %% tags=["solution"]
answer_05_1 = (
    "In this article, the chart suggests that most quoted words come from the government's spokeswoman, "
    "which may make the official view the loudest one."
)

# %%
check("05.1", answer_05_1)

# %% [markdown]
# ## 2. Four kinds of reported words
#
# Quotation marks do not always report speech, and speech can be reported without them.
# `reported_words` sorts reported words into four kinds:
#
# * a **quote** is a whole sentence or clause in quotation marks, with a reporting clause (*An FCO
#   spokeswoman said: “...”*);
# * a **partial quote** is a short fragment in quotation marks inside a sentence, *with a source*
#   in that sentence ("the government maintained ... “business as usual”"). A passive verb ("He
#   was accused of...") is a source left unnamed;
# * a **scare quote** is a phrase in quotation marks with no source in its sentence: a set phrase,
#   marked as such (*so-called*);
# * **indirect speech** is someone's words without quotation marks ("He will say that ...").

# %%
reported = pd.concat(
    [
        reported_words(text).rename(columns={"text": "reported"}).assign(text=name)
        for name, text in texts.items()
    ],
    ignore_index=True,
)
news_kinds = reported[reported["text"] == "newspaper"].drop_duplicates("kind")  # each kind's first row
news_kinds.set_index("kind")[["speaker", "reported"]]

# %% [markdown]
# One row of each kind, from the newspaper (Going further G shows them all).
#
# **Exercise 05.2 (apply: a new story).** Here is a made-up story. Guess the kind of each piece in
# quotation marks. In the cell below, above the `answer_05_2` line, write
# `found = reported_words(story)` and `display(found[["kind", "speaker", "text"]])` (its `indirect`
# row, *the plan was*, is the council leader's words outside the marks). How many **partial
# quotes**? (Hint: `(found["kind"] == "partial_quote").sum()`.)

# %%
story = " ".join(
    [
        "Residents described the new road as a “disaster” on Tuesday.",
        "The so-called “peace plan” was never published.",
        "The mayor said: “We will build the homes this town needs, and we will build them fast.”",
        "The council leader said the plan was “a bold step for the town”, and promised more homes.",
    ]
)

# %% tags=["solution"]
found = reported_words(story)
answer_05_2 = int((found["kind"] == "partial_quote").sum())

# %%
check("05.2", answer_05_2)

# %% [markdown]
# ## In short
#
# * **Who speaks.** In full quotations, only the British government speaks.
# * **Four kinds.** Quotation marks do not always report speech: a partial quote's source may go
#   unnamed (a passive), and a scare quote has none.

# %% [markdown]
# ## Going further
#
# Everything from here on is optional. It starts with the framing half of the notebook's title:
# the cues of five generic news frames, with exercise 05.3 (about 15 minutes), a good next lab.

# %% [markdown]
# ### Frame cues: Semetko and Valkenburg's five generic frames
#
# Semetko and Valkenburg (2000) found five **generic frames** that recur in news:
#
# * **attribution of responsibility** (`responsibility`): who caused a problem, who can solve it?
# * **human interest**: a human face, emotion;
# * **conflict**: disagreement, reproach, two sides;
# * **morality**: moral messages, how to behave;
# * **economic consequences**: gains, losses, costs.
#
# A **cue** is a word that often signals a frame (*tense* for conflict): a reason to read a
# sentence, not proof of the frame. `COURSE_FRAMES` holds cues for each, and for two **topic
# lists** made for these texts (diplomacy, security). `cue_summary` counts, per frame, the
# **sentences** with a cue and their share (read across: press release, then newspaper):

# %%
frame_summary = {name: cue_summary(text, COURSE_FRAMES) for name, text in texts.items()}
frames = pd.concat(
    {
        name: table.set_index("frame")[["sentences", "share_of_sentences", "matches"]]
        for name, table in frame_summary.items()
    },
    axis=1,
)
frames.drop(columns="matches", level=1).round(2)

# %%
generic = load_lexicon("generic_frames")["frame"].unique().tolist()  # the five generic frames
generic_summary = {name: table[table["frame"].isin(generic)] for name, table in frame_summary.items()}
most = {name: most_cues(table) for name, table in generic_summary.items()}
totals = {name: table.attrs["sentences"] for name, table in frame_summary.items()}


def cue_count(name, frame):
    return int(frames.loc[frame, (name, "sentences")])


def verb(frames):
    return "have" if len(frames) > 1 else "has"


Markdown(
    f"Of the five generic frames, **{' and '.join(most['press_release'])}** {verb(most['press_release'])} the most "
    f"cues in the press release (**{cue_count('press_release', most['press_release'][0])}** of its "
    f"{totals['press_release']} sentences), **{' and '.join(most['newspaper'])}** in the newspaper "
    f"(**{cue_count('newspaper', most['newspaper'][0])}** of its {totals['newspaper']})."
)

# %% [markdown]
# **Exercise 05.3 (apply: the narrative only).** How many sentences of the newspaper's own
# **narrative** (its quotes left out) have a conflict cue? Replace each `...` by a word, keeping
# its quotation marks (notebook 01's worked box, moves 2 and 3). Copy these two lines into the cell below.
#
# ```python
# journalist = "\n\n".join(news_voices[news_voices["voice"] == "..."]["text"])
# answer_05_3 = cue_summary(journalist).set_index("frame").loc["...", "sentences"]
# ```

# %% tags=["solution"]
journalist = "\n\n".join(news_voices[news_voices["voice"] == "narrative"]["text"])
answer_05_3 = int(cue_summary(journalist).set_index("frame").loc["conflict", "sentences"])

# %%
check("05.3", answer_05_3)

# %% [markdown]
# **In short.** The frame with the most cues is where to start reading, not the frame a text uses.

# %% [markdown]
# ### More on frames and voices
#
# Stuart Hall and colleagues (1978) called sources with easy, regular access to journalists, such
# as governments, *primary definers*: their account sets the terms of a story. The rest is
# optional too: reporting verbs, futures and modal verbs by voice, the word lists'
# mistakes, the frame questions, the machine's reading of who speaks checked, and the four kinds
# read in their sentences, with three more exercises. Remember the two moments: the newspaper
# article *announces* the visit (early March 2017); the press release appeared on the day of the
# visit (22 December 2017). A difference between the texts may come from the genre or from the moment.
#
# ### A. Reporting verbs: how speech is introduced
#
# The reporting verb frames the words it introduces. *Said* is neutral; *stressed* and *maintained*
# suggest insisting, perhaps against doubt; *accused* makes a conflict; and a **passive** ("it has
# been announced") can leave out who is speaking. Here is a short list of reporting verbs, written
# out so you can see (and extend) what is looked for; `reporting_verbs` finds each form, says in
# whose voice it is, and reads its **form** from the word before it: *future* after *will*,
# *passive* after a form of *be* (is, was, been...), *other* otherwise.

# %%
saying = [
    "say",
    "says",
    "said",
    "stress",
    "stresses",
    "stressed",
    "announce",
    "announced",
    "accuse",
    "accused",
    "maintain",
    "maintained",
    "tell",
    "told",
    "add",
    "added",
    "warn",
    "warned",
    "claim",
    "claimed",
    "insist",
    "insisted",
]
verbs = pd.concat(
    [reporting_verbs(text, saying).assign(text=name) for name, text in texts.items()], ignore_index=True
)
verbs[["text", "paragraph", "voice", "verb", "form", "left", "match", "right"]]

# %%
verb_forms = pd.crosstab(verbs["form"], verbs["text"])[["press_release", "newspaper"]]
verb_forms

# %%
passives = verbs[(verbs["text"] == "newspaper") & (verbs["form"] == "passive")]
Markdown(
    f"The press release has **{int(verb_forms['press_release'].sum())}** reporting verbs from the list, "
    f"**{int(verb_forms.loc['future', 'press_release'])}** of them in the future (*will say*, *will stress*). "
    f"The newspaper has **{int(verb_forms['newspaper'].sum())}**, "
    f"**{int(verb_forms.loc['passive', 'newspaper'])}** of them passive: "
    + "; ".join(
        f"*{' '.join(left.split('. ')[-1].split()[-3:])} {match}*"
        for left, match in zip(passives["left"], passives["match"])
    )
    + "."
)

# %% [markdown]
# Read the passives in the newspaper: *it has been announced* (by whom? the FCO, we learn three
# paragraphs later), *he was accused* (by whom? the article does not say), *US intelligence
# agencies are said to have concluded* (said by whom? unnamed). Each one hides a source. And the
# newspaper's own choice of verb for the government, *maintained*, is not neutral: it suggests
# holding a position against doubt.
#
# The press release's reporting verbs all concern its own minister, and its futures (*will say*,
# *will stress*) are the subject of part B.
#
# A list finds only what it lists: *made clear* (in the FCO statement) or *called for* are
# reporting verbs too. Add words to `saying` and run the cells again.
#
# ### B. The future tense: a release written before the talks
#
# `modal_forms` finds modal and future forms with the word list `lexicons/modals.csv`, and shows
# the word that follows each one (`next_word`), usually its verb. Count the press release's futures
# yourself before the tables below show them.
#
# **Exercise 05.4.** How many future forms with *will* does the press release contain? Use
# `modal_forms(press)`. (Hint: keep the rows whose `kind` is `"future"` and whose `cue` is
# `"will"`.)

# %% tags=["solution"]
press_modals = modal_forms(press)
answer_05_4 = int(((press_modals["kind"] == "future") & (press_modals["cue"] == "will")).sum())

# %%
check("05.4", answer_05_4)

# %% [markdown]
# Now the **futures** of both texts:

# %%
modals = pd.concat([modal_forms(text).assign(text=name) for name, text in texts.items()], ignore_index=True)
futures = modals[modals["kind"] == "future"]
futures[["text", "sentence_no", "match", "next_word", "sentence"]]

# %%
announcing = ["say", "stress", "encourage"]  # what the minister will do in the talks
press_will = futures[(futures["text"] == "press_release") & (futures["cue"] == "will")]
pre_announced = press_will[press_will["next_word"].isin(announcing)]
Markdown(
    f"The press release has **{len(press_will)}** futures with *will*; **{len(pre_announced)}** of them announce "
    f"what Mr Johnson will do in the talks: *will {'*, *will '.join(pre_announced['next_word'])}*. The newspaper has "
    f"**{int((futures['text'] == 'newspaper').sum())}** future forms, **{int((futures['cue'] == 'is to').sum())}** of them "
    "*is to*, the news-writing future (or so the list assumes: see below)."
)

# %% [markdown]
# **Whose futures?** A text's modal and future forms are not all the writer's: many are in the
# words it quotes. The next cell runs `modal_forms` on each segment of `voices`, so that every form
# gets the voice (and speaker) it sits in:


# %%
def modals_by_voice(name):
    """modal_forms on each segment of a text, with the segment's voice and speaker."""
    found = [
        modal_forms(segment.text).assign(text=name, voice=segment.voice, speaker=segment.speaker)
        for segment in voices(texts[name]).itertuples()
    ]
    return pd.concat(found, ignore_index=True)


voiced_modals = pd.concat([modals_by_voice(name) for name in texts], ignore_index=True)
assert len(voiced_modals) == len(modals)  # every form found once, in one voice
by_voice = pd.crosstab([voiced_modals["text"], voiced_modals["voice"]], voiced_modals["kind"])
by_voice

# %%
news_futures = voiced_modals[(voiced_modals["text"] == "newspaper") & (voiced_modals["kind"] == "future")]
quoted_futures = news_futures[news_futures["voice"] == "quote"]
own_futures = news_futures[news_futures["voice"] == "narrative"]
press_futures = voiced_modals[
    (voiced_modals["text"] == "press_release") & (voiced_modals["kind"] == "future")
]
# Read in its sentence (below), "our policy towards Russia is to 'engage but beware'" is not a future.
not_future = (news_futures["cue"] == "is to") & (news_futures["next_word"] == "engage")
true_futures = news_futures[~not_future]
quoted_true = true_futures[true_futures["voice"] == "quote"]
news_negated = voiced_modals[
    (voiced_modals["text"] == "newspaper") & (voiced_modals["kind"] == "negated modal")
]
assert len(news_negated) == 1 and (news_negated["voice"] == "narrative").all()  # as the prose below says
Markdown(
    f"**{len(quoted_futures)}** of the newspaper's **{len(news_futures)}** future forms are inside the FCO "
    f"statement it quotes ({', '.join(f'*{m} {w}*' for m, w in zip(quoted_futures['match'], quoted_futures['next_word']))}); "
    f"its own narrative has **{len(own_futures)}** "
    f"({', '.join(f'*{m} {w}*' for m, w in zip(own_futures['match'], own_futures['next_word']))}). "
    f"**{int(not_future.sum())}** of the quoted ones, *is to engage*, is not a future (see *A false positive* "
    f"below): **{len(quoted_true)}** of the newspaper's **{len(true_futures)}** true futures are in the FCO "
    "statement. "
    f"All **{len(press_futures)}** of the press release's futures are in its narrative, none in the minister's words."
)

# %% [markdown]
# Compared text against text, the two have about as many futures; split by voice, they are not
# alike at all. The newspaper's futures are mostly the government's (its statement says what
# *will* happen), and one of its own two, *will be conducted*, is in its indirect report of the
# government's position. The press release's futures are the press office announcing its minister.
# Before comparing two texts on any count, ask whose words are being counted.

# %% [markdown]
# The press release is dated the day of the visit, and its headline says the Foreign Secretary
# *arrives*; yet its narrative tells us what he **will** say and stress in talks that have not yet
# happened. It was written before the talks, as a **pre-announcement**: a common practice of
# government press offices, which tell journalists in advance what the minister's message will be.
# The framing is set before the event: the reader learns the UK's lines (cooperation, but not
# "business as usual"), not what was said in the room, nor how Russia answered.
#
# **A false positive** (a match that is not what the list means). The list counts *is to* as a future, as in the newspaper's first sentence:
# "Boris Johnson **is to** visit Russia". But look at the other *is to*:

# %%
futures[futures["cue"] == "is to"][["text", "match", "next_word", "sentence"]]

# %% [markdown]
# "our policy towards Russia **is to** ‘engage but beware’" is not a future at all: *is to* here
# means "consists in". The note in `lexicons/modals.csv` warns about exactly this. A cue is a reason
# to read the sentence, not a substitute for reading it.
#
# ### C. Modal verbs: must, should, cannot
#
# Modal verbs say how the writer (or speaker) positions what they describe: as necessary (*must*,
# *need to*), advisable (*should*), possible (*can*, *may*) or ruled out (*cannot*). The table of
# forms by voice above counts them; here they are with their sentences:

# %%
modals.loc[modals["kind"] != "future", ["text", "kind", "match", "next_word", "sentence"]]

# %%
press_modal = modals[
    (modals["text"] == "press_release") & (modals["kind"].isin(["obligation", "negated modal"]))
]
news_modal = modals[(modals["text"] == "newspaper") & (modals["kind"].isin(["obligation", "negated modal"]))]
Markdown(
    f"Obligations and negated modals: **{len(press_modal)}** in the press release "
    f"(*{'*, *'.join(press_modal['match'])}*), **{len(news_modal)}** in the newspaper "
    f"(*{'*, *'.join(news_modal['match'])}*)."
)

# %% [markdown]
# The press release's modals draw a line and point past it: the relationship *cannot* be
# "business as usual", yet the two countries *should* work closely together and *need to*
# work together, and the opposition *doesn't have to* be that way (paragraph 11, which
# Going further F gives back to the minister). The newspaper has one negated modal, in its own
# narrative: "Mr Johnson’s visit *will not* be with a clean slate".
#
# Counts this small cannot carry a claim about the genres (such as "the newspaper reports rather
# than prescribes"): one form against a handful is a difference a single sentence makes. What
# they do show is *where* the forms are. The release's obligations and negated modals sit in its
# narrative and in the minister's words alike. Futures are not prescriptions: most of the
# newspaper's true futures are in the FCO statement it quotes, while its one negated modal
# (*will not* be with a clean slate) is the journalist's.

# %% [markdown]
# ### D. Cues, not verdicts
#
# A count says where to start reading. `sentences_for(frame)` shows the sentences behind it, with
# their cue words. Some of the newspaper's conflict cues sit inside the words it *quotes* (05.3
# counted the others):

# %%
evidence = pd.concat(
    [find_cues(text, COURSE_FRAMES).assign(text=name) for name, text in texts.items()], ignore_index=True
)


def sentences_for(frame):
    """The sentences of both texts with a cue for `frame`, each with the words that matched."""
    found = [
        cue_sentences(evidence[evidence["text"] == name].drop(columns="text")).assign(text=name)
        for name in texts
    ]
    rows = pd.concat(found, ignore_index=True)
    return rows.loc[rows["frame"] == frame, ["text", "sentence_no", "cue_words", "sentence"]].reset_index(
        drop=True
    )


sentences_for("conflict")

# %% [markdown]
# **Responsibility.** Here are the sentences with a responsibility cue, the frame with the most cues
# in the press release:

# %%
sentences_for("responsibility")

# %% [markdown]
# In the press release, the responsibility cues are a minister's problem-solving vocabulary
# (*challenges*, *vital*, *critical time*, *solve*, *ensure*): responsibility in Semetko and
# Valkenburg's sense includes "suggests a solution" and "requires urgent action". In the newspaper,
# *government* matches where the government *speaks* ("the government maintained") and where the
# Russian government "continues to court controversy". Is either an attribution of
# responsibility? That is for a reader to decide: four sentences of urgency and solutions do not
# make a responsibility frame.
#
# The two texts have different numbers of sentences, so the chart compares the **share of each
# text's sentences** with a cue, with the number of sentences in brackets. The two topic lists are
# marked *(topic)*: they are not generic frames. A frame missing from a panel has no cue in that text.

# %%
shares_of_sentences = {
    name: pd.DataFrame(
        {
            "word": [frame if frame in generic else f"{frame} (topic)" for frame in table["frame"]],
            "count": table["sentences"],
            "percent": table["share_of_sentences"] * 100,
        }
    )
    for name, table in frame_summary.items()
}
fig = plots.top_words_side_by_side(
    shares_of_sentences,
    n=7,
    value="percent",
    title="Sentences with a frame cue (number of sentences in brackets)",
)
for ax in fig.axes:
    ax.set_ylabel("frame")
    ax.set_xlabel("% of the text's sentences with a cue (in brackets: sentences)")

# %% [markdown]
# Some cues end in a **wildcard**, `*`, which stands for any ending: `accus*` matches *accuse*,
# *accused*, *accusation*. The `except` column of the list names words a wildcard must not catch
# (`trade*` is not economic in "the illegal wildlife trade"). Even so, a list makes false
# positives: *Security* in "the UN Security Council" is a name, not a threat.
#
# Some matches are plainly wrong, and some are debatable. Below is one reader's list (the course
# author's), with a reason for each; run `sentences_for(...)` for other frames and make your own.

# %%
doubts = pd.DataFrame(
    [
        (
            "press_release",
            "security",
            "Security",
            "false positive",
            "part of a name: the UN Security Council, a diplomatic forum",
        ),
        (
            "press_release",
            "security",
            "War",
            "false positive",
            "history: the Second World War and the Cold War",
        ),
        (
            "newspaper",
            "security",
            "Security",
            "false positive",
            "a job title: the US National Security Advisor",
        ),
        (
            "newspaper",
            "human_interest",
            "suffered",
            "false positive",
            "a country (Ukraine) suffered spikes in violence: no human face",
        ),
        (
            "press_release",
            "morality",
            "should",
            "debatable",
            "advice to two states, not a moral prescription about behaviour?",
        ),
        (
            "newspaper",
            "economic_consequences",
            "sanctions",
            "debatable",
            "sanctions as a diplomatic measure; no cost or gain is mentioned",
        ),
    ],
    columns=["text", "frame", "match", "verdict", "why"],
)
judged = evidence.merge(doubts, on=["text", "frame", "match"], how="left")  # one row per match, as before
judged.loc[judged["verdict"].notna(), ["text", "frame", "match", "verdict", "why", "sentence"]]

# %% [markdown]
# What happens to the counts if we drop the matches judged false positives?

# %%
kept = judged[judged["verdict"] != "false positive"]
reread = pd.concat(
    {
        name: cue_summary(kept[kept["text"] == name], COURSE_FRAMES, sentences=totals[name]).set_index(
            "frame"
        )["sentences"]
        for name in texts
    },
    axis=1,
)
change = pd.concat({"cues": frames.xs("sentences", axis=1, level=1), "after reading": reread}, axis=1)
change.swaplevel(axis=1)[["press_release", "newspaper"]]

# %%
false_rows = judged[judged["verdict"] == "false positive"]
n_false = len(false_rows)
n_false_sentences = len(false_rows[["text", "sentence_no"]].drop_duplicates())
Markdown(
    f"The **{n_false}** false positives are matches in **{n_false_sentences}** sentences, and some of those "
    "sentences keep another cue for the same frame. Dropping them, "
    f"the press release's sentences with a security cue fall from "
    f"**{cue_count('press_release', 'security')}** to **{reread.loc['security', 'press_release']}**, the newspaper's "
    f"from **{cue_count('newspaper', 'security')}** to **{reread.loc['security', 'newspaper']}**, and the newspaper's "
    f"human interest from **{cue_count('newspaper', 'human_interest')}** to "
    f"**{reread.loc['human_interest', 'newspaper']}**."
)

# %% [markdown]
# Cues also **miss** what is not on the list. The press release blames Russia at least three times,
# in plain words: its narrative says Russia "continues to support destabilising activities in
# Europe", and the minister that Russia "continues to attempt to destabilise European states" and
# that "The Kremlin has positioned Russia in direct opposition to the West". Here are the cues the
# generic lists find in the first and the last of those sentences:

# %%
blame = ["destabilising activities", "The Kremlin has positioned"]
press_evidence = evidence[evidence["text"] == "press_release"]
blame_rows = []
for phrase in blame:
    sentence = next(s for s in sentences(press) if phrase in s)
    found = press_evidence[press_evidence["sentence"] == sentence]
    generic_found = found[found["frame"].isin(generic)]
    blame_rows.append(
        {
            "phrase": phrase,
            "generic cues": ", ".join(
                f"{f}: {m}" for f, m in zip(generic_found["frame"], generic_found["match"])
            ),
            "responsibility cues": ", ".join(found.loc[found["frame"] == "responsibility", "match"]),
            "topic cues": ", ".join(
                f"{f}: {m}" for f, m in zip(found["frame"], found["match"]) if f not in generic
            ),
            "sentence": sentence,
        }
    )
pd.DataFrame(blame_rows)

# %% [markdown]
# Neither sentence has a single **responsibility** cue, although each says who is to blame, and
# the first has no generic cue at all: *destabilising* is on the course's security list, not on
# any generic one. The Kremlin sentence has *opposition* (a conflict cue), but the blame is in the
# grammar: *The Kremlin has positioned Russia*, an actor that acts. No word list sees that. This is
# what "cues, not verdicts" means in practice: the frame questions (part E) ask "does one side
# reproach another?" (SV12), and only a reader can answer it.
#
# Here are the sentences in which no frame has a single cue:

# %%
silent = [
    (name, number, sentence)
    for name, text in texts.items()
    for number, sentence in enumerate(sentences(text), start=1)
    if number not in set(evidence.loc[evidence["text"] == name, "sentence_no"])
]
pd.DataFrame(silent, columns=["text", "sentence_no", "sentence"])

# %% [markdown]
# "the UK has been consistently **wary** of Mr Putin’s intentions" is about distrust between two
# countries, yet no conflict or security cue fires. Elsewhere, *interfered* and *interference* (in
# the US election) are not on the security list, and *robust* is not on the conflict list. A list
# is a choice: every word on it, and every word left off, shapes the counts.
#
# So a dictionary tells you **where to look**: which sentences use words that often go with a
# frame. Whether a text *uses* a frame is a judgement about the whole story, which is why
# Semetko and Valkenburg's coders answered questions rather than counting words.
#
# ### E. The frame questions
#
# Semetko and Valkenburg measured their five frames with twenty yes/no questions (the `SV` items);
# the course adds six for its topic lists (`FL1`–`FL6`). Here are the questions
# (`lexicons/frame_questions.csv`) beside the cues' crudest possible
# answer: `cue_answers` says "yes" to a question when any cue whose note names that question has
# matched, and shows which cues did.

# %%
questions = load_lexicon("frame_questions")
cue_reading = {name: cue_answers(text) for name, text in texts.items()}
by_cues = questions[["frame", "item", "question"]].assign(
    **{name: table["cue_answer"] for name, table in cue_reading.items()},
    **{f"evidence ({name})": table["evidence"] for name, table in cue_reading.items()},
)
by_cues

# %% [markdown]
# Try a few by eye. The cues say the press release has **no** reproach (SV12), although the minister
# says the Kremlin "has positioned Russia in direct opposition to the West" and the narrative
# speaks of Russia's "destabilising activities". They say the newspaper describes protection
# measures (FL6) because of a job title, *National Security Advisor*. Exercise 05.5 asks for your
# own answers, and compares them with this column.

# %% [markdown]
# **Exercise 05.5 (open: your reading).** Code the two texts by hand, as Semetko and Valkenburg's
# coders did. Read the press release and the newspaper article (the cleaned texts: `print(press)`,
# `print(news)`), then answer each question of the table of part E with `"yes"` or `"no"`, for
# each text. Fill in the sheet below: replace every `"?"`, the press release's answer first, then
# the newspaper's. Run the cell, then give your sheet as your answer: `answer_05_5 = my_coding`.
#
# There is no single right coding: careful readers disagree on several of these questions (is
# "should work closely together" a moral prescription? is the newspaper's photo gallery part of
# "the story" for SV10?). Decide, and be ready to say why. The check makes sure every question is
# answered for both texts, and that your reading agrees with the texts on one question where they
# leave no room for doubt; the cell after it compares your answers with the cues'.

# %%
my_coding = {
    #       (press_release, newspaper)
    "SV1": ("?", "?"),  # government can alleviate the problem
    "SV2": ("?", "?"),  # government responsible for the problem
    "SV3": ("?", "?"),  # suggests solutions
    "SV4": ("?", "?"),  # an individual or group responsible
    "SV5": ("?", "?"),  # urgent action needed
    "SV6": ("?", "?"),  # a human face on the issue
    "SV7": ("?", "?"),  # words of outrage, empathy, sympathy
    "SV8": ("?", "?"),  # how people are affected
    "SV9": ("?", "?"),  # private lives of the actors
    "SV10": ("?", "?"),  # pictures that move the reader
    "SV11": ("?", "?"),  # disagreement
    "SV12": ("?", "?"),  # one side reproaches another
    "SV13": ("?", "?"),  # two or more sides
    "SV14": ("?", "?"),  # winners and losers
    "SV15": ("?", "?"),  # a moral message
    "SV16": ("?", "?"),  # morality, God, religion
    "SV17": ("?", "?"),  # how to behave
    "SV18": ("?", "?"),  # financial losses or gains
    "SV19": ("?", "?"),  # costs
    "SV20": ("?", "?"),  # economic consequences
    "FL1": ("?", "?"),  # talks, a visit, negotiation
    "FL2": ("?", "?"),  # cooperation, shared interests
    "FL3": ("?", "?"),  # history or state of the relationship
    "FL4": ("?", "?"),  # threats, force, violence, weapons
    "FL5": ("?", "?"),  # a danger to a state or its people
    "FL6": ("?", "?"),  # measures to protect people or states
}

# %% tags=["solution"]
# One reader's coding (the course author's). Yours may differ: that is the point of the comparison.
answer_05_5 = {
    #       (press_release, newspaper)
    "SV1": ("yes", "no"),  # the UK will "work together to solve" global challenges
    "SV2": ("yes", "yes"),  # the Kremlin's opposition; Russia's intervention, interference
    "SV3": ("yes", "no"),  # "continue to talk", "work closely together"
    "SV4": ("no", "yes"),  # Sessions's undisclosed meetings, Flynn's cover-up
    "SV5": ("yes", "no"),  # "vital", "a critical time", "most pressing"
    "SV6": ("no", "no"),
    "SV7": ("no", "no"),
    "SV8": ("yes", "no"),  # fans travelling to the World Cup, their safety
    "SV9": ("no", "no"),
    "SV10": ("no", "yes"),  # the newspaper's page had a gallery of air strikes (cleaned out here)
    "SV11": ("yes", "yes"),
    "SV12": ("yes", "yes"),  # "destabilising activities"; "accused of 'Russophobic hysteria'"
    "SV13": ("yes", "yes"),
    "SV14": ("no", "no"),
    "SV15": ("no", "no"),
    "SV16": ("no", "no"),
    "SV17": ("no", "no"),  # "should work closely together": advice to states, not to people
    "SV18": ("no", "no"),
    "SV19": ("no", "no"),
    "SV20": ("no", "no"),  # sanctions are mentioned, their economic consequences are not
    "FL1": ("yes", "yes"),
    "FL2": ("yes", "no"),
    "FL3": ("yes", "yes"),
    "FL4": ("yes", "yes"),
    "FL5": ("yes", "yes"),
    "FL6": ("yes", "no"),  # "security preparations", "the safety of British" fans
}

# %%
check("05.5", answer_05_5)

# %% [markdown]
# How far does your reading agree with the cues'? Once your sheet passes the check, the next cell
# counts, for each text, the questions on which you and the cues give the same answer, then lists
# the questions on which you disagree.
#
# The disagreements are the interesting part. For each one, read the cues' evidence and the
# sentence it comes from (`sentences_for(frame)` in part D), and decide who read better, you or
# the list. Where the list was wrong, would a better list help, or does the question need a reader?

# %%
try:
    agreement = coding_agreement(answer_05_5, texts)
except ValueError as problem:  # an unfinished sheet cannot be compared: the message says what to fix
    print(problem)
else:
    display(
        agreement.groupby("text", sort=False)["agree"]
        .agg(questions="size", agree="sum", share="mean")
        .round(2)
    )
    display(agreement.loc[~agreement["agree"], ["text", "item", "question", "yours", "cues", "evidence"]])

# %% [markdown]
# ### F. Check the machine's reading with your own
#
# Section 1 gave the gist of `voices`. Here are all its rules (in `helpers/voices.py`):
#
# * **double quotation marks** (“…” or "…") open quoted speech; single ones (‘…’) never do;
# * a short phrase in double marks stays in the narrative unless a reporting verb comes just
#   before it or an attribution just after it (section 2 sorts these phrases);
# * the **speaker** is whoever the sentence names beside the reporting verb ("An FCO spokeswoman
#   said:"). A pronoun ("he said") gets the last fitting speaker named before it, marked
#   `inferred`; if there is none, the speaker is left blank;
# * a paragraph ending in "said:" makes the **next paragraphs** speech, without quotation marks,
#   as long as they speak in the first person (*I, we, our*...): a GOV.UK pattern.
#
# Here is the press release, segment by segment. Look at paragraph 6 and what follows it: no
# quotation marks anywhere.

# %%
press_voices[["paragraph", "voice", "kind", "speaker", "words", "text"]]

# %% [markdown]
# In the press release, only the colon after "said" and the first person ("we", "our") mark
# the minister's words: our plain-text copy of the GOV.UK page keeps no indentation.
#
# The first-person rule is transparent, but blunt. Here are the press release's paragraphs from
# "said:" on, with the first-person words the rule looked for in each:

# %%
block = press_voices.assign(
    first_person=press_voices["text"].map(lambda text: ", ".join(sorted(set(tokenize(text)) & FIRST_PERSON)))
)
block.loc[block["paragraph"] >= 6, ["paragraph", "voice", "speaker", "first_person", "text"]]

# %% [markdown]
# The block stops at paragraph 11, *"The Kremlin has positioned Russia in direct opposition to the
# West, but it doesn't have to be that way."* It has no *I*, *we* or *our*, so the rule calls it
# narrative. Read in place, it almost certainly belongs to the Foreign Secretary: it comes straight
# after his words, in a spoken register (*doesn't have to be that way*), and answers his previous
# paragraph (*our current political disagreements* ... *but it doesn't have to be that way*).
#
# Paragraph 12 is harder to call: it has *our* ("our security preparations"), but it speaks of
# *the visit* in the third person, as the narrative does, and a government press office can say
# *our* for the UK. We leave it as narrative, and that is a judgement: say so when you report a share. **The machine's reading is a first
# draft**; checking it is your job.

# %%
kremlin = press_voices[press_voices["text"].str.startswith("The Kremlin")].iloc[0]
corrected = (minister["words"] + kremlin["words"]) / words["press_release"]
Markdown(
    f"Paragraph {kremlin['paragraph']} has **{kremlin['words']}** words. Given to the Foreign Secretary, "
    f"they raise his share of the press release from **{minister['share']:.0%}** to **{corrected:.0%}**."
)

# %% [markdown]
# **Exercise 05.6 (apply: another reading).** A second reader gives the Foreign Secretary
# paragraph 12 as well as paragraph 11 (its *our security preparations* read as his). By that
# reading, what *share* of the press release's words are his? Give a number between 0 and 1.
# (Hint: add the `words` of his rows in `press_voices` and of paragraphs 11 and 12, and divide by
# the sum of `words` over all rows.)

# %% tags=["solution"]
his_words = press_voices.loc[press_voices["speaker"] != "", "words"].sum()
paragraphs_11_12 = press_voices.loc[press_voices["paragraph"].isin([11, 12]), "words"].sum()
answer_05_6 = (his_words + paragraphs_11_12) / press_voices["words"].sum()

# %%
check("05.6", answer_05_6)

# %% [markdown]
# ### G. The four kinds, read in their sentences
#
# Section 2 showed one row of each kind. Here is every row of `reported`, both texts:

# %%
reported[["text", "kind", "speaker", "reported"]]

# %% [markdown]
# The press release's 'business as usual' appears twice: a partial quote after *Mr Johnson will
# say*, and a scare quote inside the minister's own words. Its first two indirect rows (*He will
# say*, *he will stress*) have no speaker: *he* takes the last named speaker before it, and there
# is none yet (*Mr Johnson will encourage* has no reporting verb).
#
# `reported` has more columns: `rule` says which rule decided a row, `within` whose quote a phrase
# sits in, and `named_as` how the text names the speaker (*he*). How many of each kind in each text:

# %%
kinds = pd.crosstab(reported["kind"], reported["text"]).reindex(
    ["quote", "partial_quote", "scare_quote", "indirect"], fill_value=0
)[["press_release", "newspaper"]]
kinds


# %%
def reported_as(kind, name):
    """The rows of `reported` of one kind in one text."""
    return reported[(reported["kind"] == kind) & (reported["text"] == name)]


news_partial = reported_as("partial_quote", "newspaper")
government_partial = news_partial[news_partial["speaker"] == "the government"]
unnamed_partial = news_partial[(news_partial["speaker"] == "") & (news_partial["named_as"] == "")]
pronoun_partial = news_partial[(news_partial["speaker"] == "") & (news_partial["named_as"] != "")]
news_indirect = reported_as("indirect", "newspaper")
government_indirect = news_indirect[news_indirect["speaker"] == "the government"]
press_indirect = reported_as("indirect", "press_release")
scares = reported[reported["kind"] == "scare_quote"]
Markdown(
    f"The newspaper has **{len(news_partial)}** partial quotes: "
    + ", ".join(
        f"“{row.reported}” ({row.speaker or (f'*{row.named_as}*, no speaker named before' if row.named_as else 'source not named')})"
        for row in news_partial.itertuples()
    )
    + f". **{len(government_partial)}** are the government's (*the government maintained*), and "
    f"**{len(unnamed_partial)}** come from a passive verb that names no source. "
    f"It reports the government in indirect speech too: **{int(government_indirect['words'].sum())}** words "
    f"after *the government maintained*. The press release reports its minister in indirect speech "
    f"**{len(press_indirect)}** times (**{int(press_indirect['words'].sum())}** words): "
    f"**{int((press_indirect['speaker'] != '').sum())}** by name (*Mr Johnson will say*), "
    f"**{int((press_indirect['speaker'] == '').sum())}** as a *he* the machine leaves without a speaker. "
    f"By the rule, only **{len(scares)}** phrases are scare quotes, and "
    f"both sit inside the government's own words: "
    + "; ".join(f"‘{row.reported}’ in {row.within}'s words" for row in scares.itertuples())
    + "."
)

# %% [markdown]
# Read each kind in its sentence; the distinctions matter for what a text claims.
#
# * **“business as usual”, “engage but beware”** (newspaper, paragraph 2) follow *the government
#   maintained*: **partial quotes**, attributed to the government. The newspaper's opening frames
#   the visit in the government's own formulas. The press release does the same with its minister,
#   in advance: *Mr Johnson will say ... cannot be 'business as usual'*.
# * **“Russophobic hysteria”** follows *He was accused of*, a **passive** reporting verb: a partial
#   quote whose source the sentence leaves out. Someone accused Mr Johnson; the article never says
#   who.
# * **“high level talks”** (newspaper, first sentence) is attributed only to *it has been
#   announced*, another passive. The phrase is the FCO's own: its GOV.UK announcement ("Foreign
#   Secretary to visit Russia", 4 March 2017,
#   https://www.gov.uk/government/news/foreign-secretary-to-visit-russia) says the Foreign
#   Secretary will travel to Moscow for high-level talks.
# * **‘engage but beware’** inside the FCO statement and **'business as usual'** in the minister's
#   words are the only **scare quotes** by the rule: the government marks its *own* slogans as set
#   phrases, lines to be quoted.
# * **Indirect speech** is how the press release reports its minister before the talks ("He will
#   say that ...") and how the newspaper reports the government's position. In indirect speech the
#   writer chooses the words; the source gets the authority.
#
# So "both texts give the floor to the British government, and to nobody else" would overstate:
# the newspaper also reports unnamed accusers (two words, “Russophobic hysteria”), and the government speaks
# in indirect speech as well as in quotes. (One machine error: in *he said there was “no case for
# relaxation”* no earlier speaker fits *he*, so `speaker` stays blank; it is Mr Johnson.)

# %% [markdown]
# ## What we found

# %%
Markdown(
    "* **Who speaks.** In full quotations, only the British government speaks. A two-word partial quote comes "
    "from unnamed accusers, and US intelligence agencies are reported indirectly, through a passive. "
    f"By the machine's reading, the Foreign Secretary has **{minister['share']:.0%}** of the press release's "
    f"words; an FCO spokeswoman has **{spokeswoman['share']:.0%}** of the newspaper's. The machine stops one "
    f"paragraph early in the press release ({kremlin['words']} words that read as the minister's): check its reading "
    "with your own.\n"
    f"* **Four kinds of reported words.** The newspaper has **{len(news_partial)}** partial quotes: "
    f"**{len(government_partial)}** the government's, **{len(unnamed_partial)}** with no named source, through a "
    f"passive ({', '.join(f'“{phrase}”' for phrase in unnamed_partial['reported'])}), and "
    f"**{len(pronoun_partial)}** a *he* the machine cannot name (Mr Johnson). The only **{len(scares)}** scare quotes mark the "
    "government's own slogans, inside its own words. Both texts report the government in indirect speech too.\n"
    f"* **Frame cues.** Among the five generic frames, the most cues are for **{' and '.join(most['press_release'])}** "
    f"in the press release and **{' and '.join(most['newspaper'])}** in the newspaper: where to start reading, "
    "not which frame a text uses.\n"
    f"* **Reporting verbs.** **{int(verb_forms.loc['future', 'press_release'])}** of the press release's "
    f"**{int(verb_forms['press_release'].sum())}** reporting verbs are futures; "
    f"**{int(verb_forms.loc['passive', 'newspaper'])}** of the newspaper's **{int(verb_forms['newspaper'].sum())}** are "
    "passives that leave a source unnamed.\n"
    f"* **Pre-announcement.** The press release has **{len(press_will)}** futures with *will*, **{len(pre_announced)}** "
    "of them announcing what the minister will say or do in talks that had not yet taken place.\n"
    f"* **Futures by voice.** **{len(quoted_true)}** of the newspaper's **{len(true_futures)}** true futures are "
    "in the FCO statement it quotes; its one negated modal (*will not* be with a clean slate) is the "
    "journalist's. All of the press release's futures are in its narrative.\n"
    f"* **Modals.** The press release has **{len(press_modal)}** obligations and negated modals (*cannot* be business "
    f"as usual; *should*, *need to* work together); the newspaper **{len(news_modal)}**: too few to compare genres.\n"
    f"* **Cues, not verdicts.** **{n_false}** of the matches are false positives on a first reading (a Security "
    "Council, a Cold War, a job title, a country that suffered), and the release's blame of Russia has no "
    "responsibility cue."
)

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** Who is given a voice in each text, and how does
# that shape the story? Quote one reporting verb or quotation as your evidence.
#
# *Double-click this cell and write your answer here, in place of this line.*
