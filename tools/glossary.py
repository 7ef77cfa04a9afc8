#!/usr/bin/env python3
"""The course glossary: each technical term, a one-line meaning, and where the course teaches it.

Where a term is taught is read from the notebooks themselves, not written by hand: it is the
first place, in course order (notebook number, then cell order), where the term is written in
bold as a definition ("A **token** is ..."), and the section (level-2 heading) that holds it.
The text searched is what a student reads: Markdown cells and the Markdown that code cells
display, from the saved notebooks in ``notebooks/``.

    python tools/glossary.py            # print each term, where it is defined, where first used
    python tools/glossary.py --write    # write docs/glossary.md from the notebooks

``tests/test_glossary.py`` checks that docs/glossary.md is what this tool writes (so its links
follow the notebooks) and that each term's first use is in or after its defining section.
``tools/build_site.py`` adds the same glossary as a page of the site.

A *use* is any match of the term's pattern (case-insensitive, whole words). The first Markdown
cell of each notebook (its title, learning objectives, time and prerequisites) is not searched:
it announces what the notebook will teach, it does not use the terms.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
GLOSSARY = ROOT / "docs" / "glossary.md"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
BOLD = re.compile(r"\*\*([^*\n]{1,60}?)\*\*")
HEADING = re.compile(r"^(#{1,2})\s+(.+?)\s*$", re.MULTILINE)
ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """A glossary term: its name, its meaning, the bold forms that define it, the pattern of a use."""

    name: str
    meaning: str
    bold: tuple[str, ...]  # lower-case forms that, alone in bold, are its definition
    use: str  # regular expression of a use (case-insensitive, whole words)

    def used_in(self, text: str) -> bool:
        """True if ``text`` uses the term.

        Example:
            >>> TERMS_BY_NAME["token"].used_in("Count the Tokens."), TERMS_BY_NAME["token"].used_in("tokenize")
            (True, False)
        """
        return re.search(rf"(?<![\w-])(?:{self.use})(?![\w-])", text, re.IGNORECASE) is not None

    def defined_in(self, text: str) -> bool:
        """True if ``text`` has one of the term's forms alone in bold (an article may precede it).

        Example:
            >>> TERMS_BY_NAME["token"].defined_in("A **token** is one word."), TERMS_BY_NAME["token"].defined_in(
            ...     "**Tokens are a choice.**"
            ... )
            (True, False)
        """
        return any(ARTICLE.sub("", m.group(1).strip()).lower() in self.bold for m in BOLD.finditer(text))


TERMS = (
    Term(
        "word",
        "A run of letters (and digits, apostrophes, hyphens inside it) that the course tokenizer finds; "
        "punctuation is not a word.",
        ("word", "words"),
        r"words?",
    ),
    Term(
        "token",
        "One occurrence of a word in a text: a text of 300 tokens has 300 words, repeats counted.",
        ("token", "tokens"),
        r"tokens?",
    ),
    Term(
        "type",
        "A distinct word: however often *the* occurs, it is one type.",
        ("type", "types"),
        r"types?",
    ),
    Term(
        "sentence",
        "A stretch of text up to a full stop, question or exclamation mark, as the course's splitter cuts it.",
        ("sentence", "sentences"),
        r"sentences?",
    ),
    Term(
        "rate per 1,000",
        "How many times a word occurs for every 1,000 words of the text, so texts of different lengths "
        "can be compared.",
        ("rate", "rates", "rate per 1,000", "rate per 1,000 words", "per 1,000 words", "per 1,000"),
        r"per 1,000|per_1000",
    ),
    Term(
        "stopword",
        "A very common word (*the*, *and*, *of*) left out of word lists so that content words show.",
        ("stopword", "stopwords", "stop word", "stop words"),
        r"stop ?words?",
    ),
    Term(
        "lemma",
        "The dictionary form of a word (*visits*, *visited* -> *visit*).",
        ("lemma", "lemmas"),
        r"lemmas?|lemmati[sz]\w*",
    ),
    Term(
        "n-gram",
        "A sequence of n words in a row: a bigram is two, a trigram three.",
        ("n-gram", "n-grams"),
        r"n-grams?|bigrams?|trigrams?",
    ),
    Term(
        "concordance",
        "Every occurrence of a word shown in a line with its context left and right (KWIC).",
        ("concordance", "concordances"),
        r"concordances?|KWIC",
    ),
    Term(
        "keyness",
        "How much more often one text uses a word than another, given their sizes; a key word passes a "
        "stated threshold.",
        ("keyness", "key word", "key words"),
        r"keyness|key ?words?",
    ),
    Term(
        "p-value",
        "How often a gap at least this large would arise by chance if the two texts used the word at the "
        "same rate; not the chance that the finding is true.",
        ("p-value", "p-values"),
        r"p-values?",
    ),
    Term(
        "effect size",
        "How big a difference is (here the log ratio), as against how surprising it is.",
        ("effect size", "effect sizes"),
        r"effect sizes?",
    ),
    Term(
        "lexicon",
        "A list of words with a label or score each (positive, negative; a frame's cues).",
        ("lexicon", "lexicons"),
        r"lexicons?",
    ),
    Term(
        "compound score",
        "VADER's score of a sentence: a normalised sum of its lexicon words' scores, from -1 to +1.",
        ("compound", "compound score", "compound scores"),
        r"compound",
    ),
    Term(
        "reporting verb",
        "The verb that introduces speech: *said*, *claimed*, *warned*, *insisted*.",
        ("reporting verb", "reporting verbs"),
        r"reporting verbs?",
    ),
    Term(
        "frame",
        "A way of telling a story that makes some aspects of it stand out (conflict, responsibility...).",
        ("frame", "frames", "framing"),
        r"frames?|framing(?! lab)",
    ),
    Term(
        "cue",
        "A word or phrase on a frame's list that points to the frame; evidence for a reader, not a verdict.",
        ("cue", "cues"),
        r"cues?",
    ),
    Term(
        "false positive",
        "A match a method reports that is not what it looks for (a cue word used in another sense).",
        ("false positive", "false positives"),
        r"false positives?",
    ),
    Term(
        "wildcard",
        "A `*` at the end of a cue (`accus*`) that matches any ending: *accuse*, *accused*, *accusation*.",
        ("wildcard", "wildcards"),
        r"wildcards?",
    ),
    Term(
        "churn",
        "The share of an article's words inside passages it shares with a press release: 0 none, 1 all.",
        ("churn",),
        r"churn",
    ),
    Term(
        "z-score",
        "A difference divided by how uncertain it is; beyond ±1.96, chance alone would give it about one "
        "time in twenty.",
        ("z-score", "z-scores"),
        r"z-scores?",
    ),
    Term(
        "shingle",
        "A run of a few words in a row (five here); a text is cut into all its overlapping shingles to "
        "find reuse.",
        ("shingle", "shingles"),
        r"shingles?",
    ),
    Term(
        "MinHash",
        "A short sketch of a text's shingles (128 numbers) that lets two texts' overlap be estimated "
        "without comparing them word by word.",
        ("minhash",),
        r"minhash",
    ),
    Term(
        "locality-sensitive hashing",
        "A way of filing sketches so that similar texts land in the same drawer and only those are "
        "compared (LSH).",
        ("locality-sensitive hashing",),
        r"locality-sensitive hashing|LSH",
    ),
    Term(
        "bootstrap",
        "Resampling the documents we have, with repeats, many times, to see how much a mean could vary: "
        "the middle 95 % of those means is the interval.",
        ("bootstrap",),
        r"bootstrap",
    ),
)
TERMS_BY_NAME = {term.name: term for term in TERMS}


@dataclass(frozen=True)
class Place:
    """A cell of the course: notebook file, cell index, and the section (level-2 heading) it is in."""

    notebook: str
    cell: int
    section: str
    section_cell: int

    @property
    def number(self) -> int:
        return int(self.notebook[:2])

    def order(self) -> tuple[int, int]:
        return (self.number, self.cell)


def _text(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def course_text(notebooks: Path = NOTEBOOKS) -> list[tuple[Place, str]]:
    """What a student reads, cell by cell, in course order: Markdown cells and Markdown outputs."""
    found = []
    for path in sorted(notebooks.glob(NOTEBOOK_GLOB)):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        section, section_cell, first_markdown = "", 0, True
        for index, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                source = _text(cell["source"])
                for level, title in HEADING.findall(source):
                    section, section_cell = (title if len(level) == 2 else ""), index
                if first_markdown:  # the header: title, objectives, time, prerequisites
                    first_markdown = False
                    continue
                found.append((Place(path.name, index, section, section_cell), source))
            elif cell["cell_type"] == "code":
                shown = [
                    _text(out.get("data", {}).get("text/markdown", "")) for out in cell.get("outputs", [])
                ]
                if any(shown):
                    found.append((Place(path.name, index, section, section_cell), "\n".join(shown)))
    return found


def definition(term: Term, text: list[tuple[Place, str]]) -> Place | None:
    """Where the course first defines ``term`` in bold, or None."""
    return next((place for place, source in text if term.defined_in(source)), None)


def first_use(term: Term, text: list[tuple[Place, str]]) -> Place | None:
    """Where the course first uses ``term``, or None."""
    return next((place for place, source in text if term.used_in(source)), None)


def notebook_title(notebook: str, notebooks: Path = NOTEBOOKS) -> str:
    """The notebook's level-1 heading ("02 · Word frequencies"), else its file name."""
    cells = json.loads((notebooks / notebook).read_text(encoding="utf-8"))["cells"]
    for cell in cells:
        match = re.search(r"^#\s+(.+?)\s*$", _text(cell["source"]), re.MULTILINE)
        if cell["cell_type"] == "markdown" and match:
            return match.group(1)
    return notebook


def slug(title: str) -> str:
    """The anchor of a heading, as MyST (the site) and GitHub make it.

    Example:
        >>> slug("3. Counts and rates per 1,000 words")
        '3-counts-and-rates-per-1000-words'
    """
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


def site_anchor(title: str) -> str:
    """The id Sphinx (the site) gives a heading: leading numbers dropped.

    Example:
        >>> site_anchor("3. Counts and rates per 1,000 words")
        'counts-and-rates-per-1-000-words'
    """
    from docutils.nodes import make_id

    return make_id(title)


def glossary_markdown(notebooks: Path = NOTEBOOKS, *, site: bool = False) -> str:
    """docs/glossary.md; with ``site``, the site's page, whose links go to the notebooks' HTML pages."""
    text = course_text(notebooks)
    lines = [
        "# Glossary",
        "",
        "Each technical term of the course, what it means in one line, and the notebook section that "
        "teaches it (where the course first defines it in bold). Generated from the notebooks by "
        "`python tools/glossary.py --write`; `tests/test_glossary.py` checks it is up to date and that "
        "no notebook uses a term before the section that defines it.",
        "",
        "| Term | Meaning | Taught in |",
        "| --- | --- | --- |",
    ]
    for term in TERMS:
        place = definition(term, text)
        if place is None:
            where = "*not yet defined in bold in any notebook*"
        else:
            title = notebook_title(place.notebook, notebooks)
            section = f", *{place.section}*" if place.section else ""
            if site:  # raw HTML: Sphinx's own section ids, which MyST links cannot name
                anchor = f"#{site_anchor(place.section)}" if place.section else ""
                page = place.notebook.replace(".ipynb", ".html")
                section = f", <em>{place.section}</em>" if place.section else ""
                where = f'<a href="{page}{anchor}">{title}{section}</a>'
            else:
                anchor = f"#{slug(place.section)}" if place.section else ""
                where = f"[{title}{section}](../notebooks/{place.notebook}{anchor})"
        lines.append(f"| **{term.name}** | {term.meaning} | {where} |")
    return "\n".join(lines) + "\n"


def problems(notebooks: Path = NOTEBOOKS) -> list[str]:
    """Every term used before its defining section, or never defined in bold."""
    text = course_text(notebooks)
    found = []
    for term in TERMS:
        place, use = definition(term, text), first_use(term, text)
        if place is None:
            found.append(f"{term.name}: no notebook defines it in bold (A **{term.name}** is ...)")
        elif use is not None and use.order() < (place.number, place.section_cell):
            found.append(
                f"{term.name}: first used in {use.notebook}, cell {use.cell} ({use.section or 'top'}), "
                f"before its definition in {place.notebook}, section {place.section or 'top'!r}"
            )
    return found


def main(argv: list[str]) -> int:
    if "--write" in argv:
        GLOSSARY.write_text(glossary_markdown(), encoding="utf-8", newline="\n")
        print(f"written: {GLOSSARY.relative_to(ROOT)}")
        return 0
    text = course_text()
    for term in TERMS:
        place, use = definition(term, text), first_use(term, text)
        defined = f"{place.notebook} cell {place.cell} ({place.section})" if place else "not defined in bold"
        used = f"{use.notebook} cell {use.cell}" if use else "never used"
        print(f"{term.name:16} defined: {defined:60} first used: {used}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
