"""Splitting a text into paragraphs (layer 1: imports nothing from the other helpers).

Every helper that needs paragraphs (sentences, cleaning, keyness, sentiment, voices) uses
:func:`split_paragraphs`, so they all agree on what a paragraph is. One of three rules is used,
and :func:`paragraph_rule` says which, so a notebook or a report can show it:

================= ==============================================================================
rule              when it is used, and what it does
================= ==============================================================================
``blank_lines``   the text has at least one blank line: paragraphs are separated by blank lines
                  (a line with only spaces counts as blank); single line breaks stay inside.
``line_breaks``   the text has line breaks but no blank line, as text pasted from a browser's
                  reader view or an archive often is: every line is a paragraph.
``one_paragraph`` the text has no line break at all: it is one paragraph.
================= ==============================================================================

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

ParagraphRule = Literal["blank_lines", "line_breaks", "one_paragraph"]
PARAGRAPH_RULES: dict[str, str] = {
    "blank_lines": "paragraphs separated by blank lines",
    "line_breaks": "no blank lines, so every line is a paragraph",
    "one_paragraph": "no line breaks, so the whole text is one paragraph",
}

_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def normalize_line_breaks(text: str) -> str:
    """Every kind of line break (``\\r\\n``, ``\\r``, ``\\u2028``...) as ``\\n``.

    Example:
        >>> normalize_line_breaks("a\\r\\nb\\rc\\u2028d")
        'a\\nb\\nc\\nd'
    """
    return _LINE_BREAK.sub("\n", text)


def paragraph_rule(text: str) -> ParagraphRule:
    """Which rule :func:`split_paragraphs` uses for ``text`` (see the module docstring).

    Example:
        >>> paragraph_rule("One.\\n\\nTwo."), paragraph_rule("One.\\nTwo."), paragraph_rule("One. Two.")
        ('blank_lines', 'line_breaks', 'one_paragraph')
    """
    body = normalize_line_breaks(text).strip()
    if _BLANK_LINE.search(body):
        return "blank_lines"
    if "\n" in body:
        return "line_breaks"
    return "one_paragraph"


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, by the rule :func:`paragraph_rule` picks; stripped, none empty.

    Example:
        >>> split_paragraphs("One.\\n\\n\\n\\nTwo.\\n")
        ['One.', 'Two.']
        >>> split_paragraphs("Title\\nOne.\\n  \\nTwo.")
        ['Title\\nOne.', 'Two.']
    """
    normalized = normalize_line_breaks(text)
    rule = paragraph_rule(normalized)
    pieces = _BLANK_LINE.split(normalized) if rule == "blank_lines" else normalized.split("\n")
    return [piece.strip() for piece in pieces if piece.strip()]
