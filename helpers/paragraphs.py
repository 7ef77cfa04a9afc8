"""Splitting a text into paragraphs (layer 1: imports nothing from the other helpers).

Every helper that needs paragraphs (sentences, cleaning, keyness, sentiment, voices) uses
:func:`split_paragraphs`, so they all agree on what a paragraph is. One of three rules is used,
and :func:`paragraph_rule` says which, so a notebook or a report can show it:

========================= ======================================================================
rule                      when it is used, and what it does
========================= ======================================================================
``blank_lines``           the text has blank lines: paragraphs are separated by blank lines (a
                          line with only spaces counts as blank); a paragraph hard-wrapped over
                          several lines stays whole.
``blank_and_line_breaks`` the text has blank lines, but some block between them is a stack of
                          short lines (a kicker, a headline and a timestamp pasted one under the
                          other, or "X said:" over the first line of a quote): such a block is
                          split on its line breaks too.
``line_breaks``           the text has line breaks but no blank line, as text pasted from a
                          browser's reader view or an archive often is: every line is a paragraph.
``one_paragraph``         the text has no line break at all: it is one paragraph.
========================= ======================================================================

A block is *hard-wrapped* prose, kept whole, when its longest line has at least
:data:`WRAP_MIN_CHARACTERS` characters and every line but the last is at least
:data:`WRAP_MIN_SHARE` of the longest: lines cut at a fixed width are of similar length.

Line breaks are read the same whatever their kind: Windows ``\\r\\n``, old Mac ``\\r`` and Unix
``\\n`` (and Unicode's line and paragraph separators), mixed in one text or not. Paragraphs are
stripped and empty ones dropped.

Example:
    >>> split_paragraphs("One.\\n\\nTwo.")
    ['One.', 'Two.']
    >>> split_paragraphs("Headline\\r\\nFirst paragraph.\\rSecond.")
    ['Headline', 'First paragraph.', 'Second.']
    >>> paragraph_rule("Headline\\nFirst paragraph.")
    'line_breaks'
"""

from __future__ import annotations

import re
from typing import Literal

ParagraphRule = Literal["blank_lines", "blank_and_line_breaks", "line_breaks", "one_paragraph"]
PARAGRAPH_RULES: dict[str, str] = {
    "blank_lines": "paragraphs separated by blank lines",
    "blank_and_line_breaks": "blank lines, and line breaks inside blocks of short lines",
    "line_breaks": "no blank lines, so every line is a paragraph",
    "one_paragraph": "no line breaks, so the whole text is one paragraph",
}

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
WRAP_MIN_CHARACTERS = 40
WRAP_MIN_SHARE = 0.6


def normalize_line_breaks(text: str) -> str:
    """Every kind of line break (``\\r\\n``, ``\\r``, ``\\u2028``...) as ``\\n``.

    Example:
        >>> normalize_line_breaks("a\\r\\nb\\rc\\u2028d")
        'a\\nb\\nc\\nd'
    """
    return _LINE_BREAK.sub("\n", text)


def _is_wrapped(lines: list[str]) -> bool:
    """True for one line, or lines cut at a fixed width (see the module docstring)."""
    if len(lines) < 2:
        return True
    longest = max(len(line) for line in lines)
    return longest >= WRAP_MIN_CHARACTERS and all(
        len(line) >= WRAP_MIN_SHARE * longest for line in lines[:-1]
    )


def _blocks(normalized: str) -> list[list[str]]:
    """The blank-line blocks of a text, each as its non-empty stripped lines."""
    blocks = []
    for block in _BLANK_LINE.split(normalized):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def paragraph_rule(text: str) -> ParagraphRule:
    """Which rule :func:`split_paragraphs` uses for ``text`` (see the module docstring).

    Example:
        >>> paragraph_rule("One.\\n\\nTwo."), paragraph_rule("One.\\nTwo."), paragraph_rule("One. Two.")
        ('blank_lines', 'line_breaks', 'one_paragraph')
        >>> paragraph_rule("EXCLUSIVE\\nTalks to resume in Geneva\\n\\nThe talks will resume on Monday.")
        'blank_and_line_breaks'
    """
    body = normalize_line_breaks(text).strip()
    if _BLANK_LINE.search(body):
        if all(_is_wrapped(lines) for lines in _blocks(body)):
            return "blank_lines"
        return "blank_and_line_breaks"
    if "\n" in body:
        return "line_breaks"
    return "one_paragraph"


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, by the rule :func:`paragraph_rule` picks; stripped, none empty.

    Example:
        >>> split_paragraphs("One.\\n\\n\\n\\nTwo.\\n")
        ['One.', 'Two.']
        >>> split_paragraphs("A paragraph hard-wrapped at a fixed width of\\nabout forty-five characters.\\n  \\nTwo.")
        ['A paragraph hard-wrapped at a fixed width of\\nabout forty-five characters.', 'Two.']
        >>> split_paragraphs("The Minister said:\\nWe will act now, and we will act together.\\n\\nEnds.")
        ['The Minister said:', 'We will act now, and we will act together.', 'Ends.']
    """
    normalized = normalize_line_breaks(text)
    rule = paragraph_rule(normalized)
    if rule == "line_breaks":
        return [line.strip() for line in normalized.split("\n") if line.strip()]
    paragraphs: list[str] = []
    for lines in _blocks(normalized.strip()):
        if _is_wrapped(lines):
            paragraphs.append("\n".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs
