# %% [markdown]
# # 01 · Reading the two texts
#
# Before we count, we read: a file holds more than the article, and we set the rest apart *in code*.
#
# | | |
# |---|---|
# | **Learning objectives** | Describe each text's source, genre and date; separate an article from the rest of a web page (its "furniture") in code; compare counts before and after cleaning. |
# | **Time needed** | about 40 minutes (core path); going further: about 35 minutes more |
# | **Prerequisites** | Notebook 00 (all checks green). |
#
# A term you don't know? The [glossary](../docs/glossary.md) says what each one means and where the course teaches it.

# %%
import pandas as pd
from IPython.display import Markdown

import helpers
from helpers.checks import check, install_unset_answer_hint
from helpers.checks.nb01 import EXERCISE_PAGE
from helpers.cleaning import (
    clean_text,
    encoding_report,
    label_paragraphs,
    removed_paragraphs,
    repair_encoding,
)
from helpers.frequencies import describe_texts
from helpers.paragraphs import PARAGRAPH_RULES, paragraph_rule

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", 90)

# %% [markdown]
# ## 1. Two texts, two genres, two moments
#
# The course asks how each text **frames** the visit. To **frame** a story is to pick some of its
# aspects and make them stand out, so that the text suggests what the problem is, who is
# responsible, how to judge it and what should be done (our paraphrase of Entman, 1993,
# *Journal of Communication* 43(4), 51-58). The catalogue says who published each text, and when:

# %%
catalogue = helpers.load_catalogue().set_index("id")
course = catalogue.loc[["press_release", "newspaper"]]
course[["genre", "publisher", "date", "date_note", "licence"]]

# %% [markdown]
# The two texts describe different moments: the newspaper *announces* a visit, the press release
# reports the Foreign Secretary's *arrival* in Moscow. So a difference we find later may come from
# the *genre* or from the *moment*; a fair comparison says so.

# %%
dates = pd.to_datetime(course["date"], format="mixed")
months_apart = (dates["press_release"].year - dates["newspaper"].year) * 12 + (
    dates["press_release"].month - dates["newspaper"].month
)
Markdown(f"The press release was published **{months_apart} months** after the newspaper article.")

# %% [markdown]
# ## 2. The raw texts
#
# `helpers.load_text` reads a file exactly as it is; here is how each begins.

# %%
press = helpers.load_text("press_release")
news = helpers.load_text("newspaper")
print(press.raw[:600])
print("-" * 40)
print(news.raw[:600])

# %% [markdown]
# ## 3. Paragraphs, and what they are
#
# `label_paragraphs` gives each paragraph (the files separate them with blank lines) a **part**,
# and its `rule` column says why:
#
# * `caption`: a photo's caption (numbered like `1/19`, or ending with a credit);
# * `gallery_heading`: a photo gallery's title (`In pictures:`);
# * `headline`: the first *title-like* paragraph: at most 14 words, no full stop (or `!`, `:`...) at the end;
# * `related_headline`: a title-like paragraph that links to another story;
# * `subheading`: any other title-like paragraph (kept);
# * `body`: everything else, the article itself.
#
# A **word** (the `words` column) is a run of letters and digits: `face-to-face` and `doesn't` are
# one word each; punctuation is not a word. `repair_encoding` mends broken characters: `Â©`
# instead of `©` in two captions. Rules can be wrong, so read each row's `rule`.
#
# The **newspaper's** paragraphs (for Exercises 01.1 and 01.2). Its file begins with the article's
# first paragraph, so it has no `headline` row. Long texts are cut (`...`) in the table only:

# %%
news_paragraphs = label_paragraphs(repair_encoding(news.raw))
news_paragraphs

# %% [markdown]
# The **press release's** paragraphs (the worked box below uses this table):

# %%
press_paragraphs = label_paragraphs(press.raw)
press_paragraphs

# %% [markdown]
# ### Worked box: choosing rows, and taking one value out of a table
#
# These tables are **DataFrames**, the tables of the pandas library: one row per paragraph, and
# columns with names (`part`, `words`, `text`...). Every notebook uses three moves:
#
# 1. `table["part"] == "body"` asks each row a question and gives a column of True/False.
# 2. `table[table["part"] == "body"]` keeps only the rows where the answer is True: this is
#    **filtering**. Add a column name to keep one column of those rows: `table[...]["words"]`.
# 3. One number out of a column: `.sum()` adds it up, `.max()` gives its largest value, `len(...)`
#    counts its rows. (Where rows have names, `.loc[row, column]` picks one value:
#    `course.loc["newspaper", "date"]`.)
#
# Here they are on the press release:

# %%
body = press_paragraphs[press_paragraphs["part"] == "body"]
print("body paragraphs:", len(body), "| words in the longest:", body["words"].max())

# %% [markdown]
# **Exercise 01.1.** Now filter the *newspaper's* table: how many words do its `caption`
# paragraphs have, all together?

# %% tags=["solution"]
caption_rows = news_paragraphs[news_paragraphs["part"] == "caption"]
answer_01_1 = int(caption_rows["words"].sum())

# %%
check("01.1", answer_01_1)

# %% [markdown]
# **Exercise 01.2.** Many captions end with the agency that supplied the picture (the table cuts
# long captions before it; your code reads them whole). How many credit **Reuters**? (Filter as in
# the box, keep the `text` column, then `.str.endswith("Reuters").sum()`.)

# %% tags=["solution"]
captions = news_paragraphs.loc[news_paragraphs["part"] == "caption", "text"]
answer_01_2 = int(captions.str.endswith("Reuters").sum())

# %%
check("01.2", answer_01_2)

# %% [markdown]
# How much of the newspaper file is the article?

# %%
words_by_part = news_paragraphs.groupby("part")["words"].sum()
total_words = int(words_by_part.sum())
gallery_words = int(words_by_part[["caption", "gallery_heading"]].sum())
body_words = int(words_by_part["body"])
related_words = int(words_by_part["related_headline"])
n_captions = int((news_paragraphs["part"] == "caption").sum())
Markdown(
    f"Of the **{total_words:,}** words in the newspaper file (after the repair), **{gallery_words:,}** "
    f"(**{gallery_words / total_words:.0%}**) belong to the photo gallery, its {n_captions} captions and "
    f"its headings; **{body_words:,}** (**{body_words / total_words:.0%}**) to the article's body; and "
    f"**{related_words}** (**{related_words / total_words:.0%}**) to one related headline, a link to "
    "another story. Any count over the raw file would mostly describe the pictures, not the article."
)

# %% [markdown]
# Cleaning removes every paragraph that is not `headline`, `subheading` or `body`.

# %% [markdown]
# ## 4. What cleaning changes
#
# `clean_text` does both steps: it repairs the characters and removes the **furniture**, the parts
# of a web page that are not the article (here the gallery and the related headline). A **sentence** is
# text ending at a full stop, question mark or exclamation mark that is not part of an abbreviation
# such as "Mr." (a ready-made splitter from the NLTK library finds them).

# %%
versions = {
    "press_release (raw)": press.raw,
    "press_release (cleaned)": clean_text(press.raw),
    "newspaper (raw)": news.raw,
    "newspaper (cleaned)": clean_text(news.raw),
}
counts = describe_texts(versions)[["characters", "words", "sentences", "paragraphs"]]
counts

# %%
kept = counts.loc["newspaper (cleaned)", "words"] / counts.loc["newspaper (raw)", "words"]
ratio = counts.loc["newspaper (cleaned)", "words"] / counts.loc["press_release (cleaned)", "words"]
Markdown(
    f"Cleaning keeps all {counts.loc['press_release (cleaned)', 'words']} words of the press release, "
    f"but only **{kept:.0%}** of the newspaper file's. Cleaned, the newspaper article is "
    f"**{ratio:.1f} times** as long as the press release, not the "
    f"{counts.loc['newspaper (raw)', 'words'] / counts.loc['press_release (raw)', 'words']:.1f} times "
    "the raw files suggest."
)

# %%
stray = int(counts.loc["newspaper (raw)", "words"]) - total_words
Markdown(
    f"The raw newspaper file counts {stray} words more here ({counts.loc['newspaper (raw)', 'words']:,}) "
    f"than above ({total_words:,}): before the repair, each stray `Â` is a letter, so it counts as a word."
)

# %% [markdown]
# ## What we found
#
# * Two genres, months apart, at different moments of one story.
# * Most of the newspaper file is a photo gallery, not the article.
# * From now on, the course compares the **cleaned** texts unless a notebook says otherwise.

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** What does the newspaper file hold besides the
# article, and how could counting it uncleaned mislead a reader?
#
# *Double-click this cell and write your answer here, in place of this line.*

# %% [markdown]
# ## Going further: a new page, the words of each part, the removed paragraphs, the press release's quirks, encoding damage, how paragraphs are found
#
# **Exercise 01.3.** Apply the rules to a new page: the next cell prints one we made up, as if
# pasted from a news site (each line is a paragraph; some furniture is new). Label its paragraphs
# with `label_paragraphs`: how many does cleaning **keep**?
#
# One question checks several parts at once: `table["part"].isin(["headline", "subheading", "body"])`
# is True for each row whose `part` is one of the three. `.sum()` over it counts those rows.

# %%
another_page = EXERCISE_PAGE
print(another_page)

# %% tags=["solution"]
another_paragraphs = label_paragraphs(another_page)
kept_parts = another_paragraphs["part"].isin(["headline", "subheading", "body"])
answer_01_3 = int(kept_parts.sum())

# %%
check("01.3", answer_01_3)

# %% [markdown]
# **Exercise 01.4.** What *share* of the exercise page's words does cleaning keep? Give a number
# between 0 and 1: the `words` of the kept paragraphs divided by the `words` of all its paragraphs.
#
# **Numbers with decimals** (the rule of every exercise in the course). A number is right when it
# is the true value rounded to as many decimals as you give, with at least two significant
# figures: for a true value of 0.3271, 0.33, 0.327 and 0.3271 are right; 0.3 is too rounded, 0.32
# and 0.4 are wrong. Halves round up (0.125 gives 0.13). Counts must be exact.

# %% tags=["solution"]
page_paragraphs = label_paragraphs(another_page)
kept = page_paragraphs["part"].isin(["headline", "subheading", "body"])
answer_01_4 = page_paragraphs.loc[kept, "words"].sum() / page_paragraphs["words"].sum()

# %%
check("01.4", answer_01_4)

# %% [markdown]
# ### The words of each part
#
# The newspaper's paragraphs grouped by part: how many paragraphs, how many words, and each part's
# share of the words.

# %%
parts = (
    news_paragraphs.groupby("part")
    .agg(paragraphs=("paragraph", "count"), words=("words", "sum"))
    .sort_values("words", ascending=False)
)
parts["share_of_words"] = (parts["words"] / parts["words"].sum()).round(3)
parts

# %% [markdown]
# ### The removed paragraphs
#
# Every paragraph cleaning removes from the newspaper file, with the rule that removed it:

# %%
news_removed = removed_paragraphs(news.raw)
news_removed[["paragraph", "part", "rule", "text"]]

# %%
Markdown(
    f"Cleaning removes **{len(news_removed)}** paragraphs of the newspaper file and "
    f"**{len(removed_paragraphs(press.raw))}** of the press release."
)

# %% [markdown]
# ### Two quirks of the press release
#
# Its first line is GOV.UK's label (`News story:`) and the headline, which we keep whole, so *news*
# and *story* in its counts come from that label. And it ends mid-sentence (`...the safety of
# British`): it came that way.
#
# ### Encoding damage
#
# Two captions contain `Â©` where the photographer's copyright sign `©` should be. This is
# *mojibake*: the text was saved as UTF-8 and read back as Latin-1, so the two bytes of `©` became
# two characters. `encoding_report` lists every place where the repair (by the `ftfy` library)
# changes the text:

# %%
encoding_report(news.raw)

# %% [markdown]
# The press release has no damage. The file itself is never changed: the repair happens in memory.

# %% [markdown]
# ### How paragraphs are found
#
# *Optional.* A computer does not see paragraphs, only line breaks. `helpers.paragraphs.split_paragraphs`
# uses one of these rules, and `paragraph_rule` says which one it used for a text:
#
# * `blank_lines`: the text has blank lines, so paragraphs are separated by blank lines (a
#   paragraph hard-wrapped over several lines of similar length stays whole);
# * `blank_and_line_breaks`: the text has blank lines, but some block between them is a stack of
#   short lines (a label, a headline and a timestamp one under the other), which is split on its
#   line breaks too;
# * `line_breaks`: the text has line breaks but no blank line (text pasted from a browser's reader
#   view or a news archive often looks like this), so every line is a paragraph;
# * `one_paragraph`: the text has no line break at all.
#
# Windows (`\r\n`) and Unix (`\n`) line breaks are read alike, even mixed in one file.

# %%
rules = pd.DataFrame(
    {"paragraph rule": [paragraph_rule(press.raw), paragraph_rule(news.raw)]},
    index=["press_release", "newspaper"],
)
rules["what it does"] = rules["paragraph rule"].map(PARAGRAPH_RULES)
rules

# %%
Markdown(
    f"The press release is split by the **{rules.loc['press_release', 'paragraph rule']}** rule and the "
    f"newspaper by the **{rules.loc['newspaper', 'paragraph rule']}** rule: both files separate their "
    "paragraphs with blank lines, so no line break inside a paragraph is taken for a new one."
)

# %% [markdown]
# ### The same rules on a pasted page
#
# The course texts have blank lines and little furniture besides the gallery. A page pasted from a
# regional news site is often messier. Here is a short one we made up in that shape: no blank
# lines, a banner, a label above the headline, timestamp lines, a photo caption with its credit, a
# subheading, and a "You may also like" box followed by the next story.

# %%
pasted = (
    "Watch Live\n"
    "EXCLUSIVE\n"
    "Cleaners win tribunal over unpaid holiday pay\n"
    "• Updated: 23:59\n"
    "A group of hospital cleaners has won an employment tribunal over holiday pay.\n"
    "Cleaners outside the tribunal in Glasgow (Jane Doe/PA)\n"
    "Workers' persistence pays off\n"
    "Their union said other contractors should check their own sums.\n"
    "You may also like\n"
    "Bus drivers vote to strike over new rotas"
)
Markdown(f"Paragraph rule: **{paragraph_rule(pasted)}**.")

# %%
label_paragraphs(pasted)[["paragraph", "part", "rule", "text"]]

# %% [markdown]
# The headline is the first title-like line that is not a banner or a label; the subheading stays
# with the article; the trailer line and everything after it go. In the course's repository,
# `tests/test_cleaning.py` runs these rules on the pasted pages of `tests/data/pasted_pages/`, written
# in the shapes of real news sites and press releases, and reports how many paragraphs they label as
# expected.
