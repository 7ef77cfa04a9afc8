"""Splitting a text into paragraphs (layer 1: imports nothing from the other helpers).

Paragraphs are separated by blank lines; empty paragraphs are dropped and each paragraph is
stripped. Every helper that needs paragraphs (sentences, cleaning, keyness, sentiment, voices)
uses :func:`split_paragraphs`, so they all agree on what a paragraph is.

Example:
    >>> split_paragraphs("One.\\n\\nTwo.")
    ['One.', 'Two.']
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; empty paragraphs are dropped, lines are stripped.

    Example:
        >>> split_paragraphs("One.\\n\\n\\n\\nTwo.\\n")
        ['One.', 'Two.']
    """
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n")) if p.strip()]
