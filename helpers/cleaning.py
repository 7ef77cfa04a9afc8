"""Cleaning in code, never in the files: encoding repair, paragraphs, and web-page furniture.

A news text copied from a web page carries more than the article: a photo gallery's captions,
"related story" headlines, a content-type label. :func:`label_paragraphs` gives each paragraph a
*part* so that a student can see, and choose, what is counted:

=================== ==========================================================================
part                what it is
=================== ==========================================================================
``headline``        the first paragraph, when it is a title (short, no closing punctuation)
``body``            the article's own paragraphs
``related_headline`` a short title-like paragraph inside the body (a link to another story)
``gallery_heading`` a photo gallery's title ("In pictures: ...", "19 show all ...")
``caption``         a gallery caption ("1/19 Syrian boys cry ... Getty")
=================== ==========================================================================

Example:
    >>> repair_encoding("Photo Â© TASS")
    'Photo © TASS'
    >>> label_paragraphs("Talks\\n\\nHe went to Moscow.\\n\\n1/2 A caption Getty")["part"].tolist()
    ['headline', 'body', 'caption']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .paragraphs import split_paragraphs
from .tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "FURNITURE_PARTS",
    "clean_text",
    "encoding_report",
    "label_paragraphs",
    "repair_encoding",
    "split_paragraphs",  # re-exported from helpers.paragraphs, where it lives
]

_CAPTION = re.compile(r"^\d+/\d+\s")
_GALLERY_HEADING = re.compile(r"^(?:\d+\s+show all\s+)?In pictures:", re.IGNORECASE)
_CLOSING = tuple(".!?:;\"'”’)…")
FURNITURE_PARTS = ("related_headline", "gallery_heading", "caption")
HEADLINE_MAX_WORDS = 14


def repair_encoding(text: str) -> str:
    """Undo mojibake (UTF-8 read as Latin-1/Windows-1252, e.g. ``Â©`` for ``©``) with ftfy.

    Only the encoding is repaired: quotation marks, dashes and line breaks are left as they are
    (ftfy's ``uncurl_quotes`` and similar options are switched off), so the repair changes no word.

    Example:
        >>> repair_encoding("cafÃ© Â© 2017")
        'café © 2017'
    """
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def encoding_report(text: str, *, context: int = 30) -> pd.DataFrame:
    """Every place where :func:`repair_encoding` changes the text: what was there, what it becomes.

    Columns: ``position`` (character offset in the original), ``found``, ``repaired``, ``context``
    (the original text around it). An empty table means no encoding damage was found.

    Example:
        >>> encoding_report("Photo Â© TASS")[["found", "repaired"]].values.tolist()
        [['Â©', '©']]
    """
    import difflib

    import pandas as pd

    repaired = repair_encoding(text)
    rows = []
    matcher = difflib.SequenceMatcher(None, text, repaired, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        while a0 > 0 and b0 > 0 and not text[a0 - 1].isspace():  # widen to whole words, for reading
            a0, b0 = a0 - 1, b0 - 1
        while a1 < len(text) and b1 < len(repaired) and not text[a1].isspace():
            a1, b1 = a1 + 1, b1 + 1
        before = text[max(0, a0 - context) : a0].replace("\n", " ")
        after = text[a1 : a1 + context].replace("\n", " ")
        rows.append(
            {
                "position": a0,
                "found": text[a0:a1],
                "repaired": repaired[b0:b1],
                "context": f"…{before}[{text[a0:a1]}]{after}…",
            }
        )
    return pd.DataFrame(rows, columns=["position", "found", "repaired", "context"])


def _is_title_like(paragraph: str) -> bool:
    return len(paragraph.split()) <= HEADLINE_MAX_WORDS and not paragraph.rstrip().endswith(_CLOSING)


def label_paragraphs(text: str) -> pd.DataFrame:
    """One row per paragraph: ``paragraph`` (1-based), ``part`` (see module docstring), ``text``, ``words``.

    The rules are deliberately simple and visible, so a student can check every decision.

    Example:
        >>> label_paragraphs("In pictures: Syria\\n\\n2/19 Smoke AP")["part"].tolist()
        ['gallery_heading', 'caption']
    """
    import pandas as pd

    rows = []
    for number, paragraph in enumerate(split_paragraphs(text), start=1):
        if _CAPTION.match(paragraph):
            part = "caption"
        elif _GALLERY_HEADING.match(paragraph):
            part = "gallery_heading"
        elif _is_title_like(paragraph):
            part = "headline" if number == 1 else "related_headline"
        else:
            part = "body"
        rows.append({"paragraph": number, "part": part, "text": paragraph, "words": len(tokenize(paragraph))})
    return pd.DataFrame(rows, columns=["paragraph", "part", "text", "words"])


def clean_text(text: str, *, keep: tuple[str, ...] = ("headline", "body")) -> str:
    """The text with its encoding repaired and only the paragraphs whose part is in ``keep``.

    By default web-page furniture (gallery captions and headings, related-story headlines) is
    removed and the headline and body are kept. Paragraphs are joined by blank lines.

    Example:
        >>> clean_text("He said so.\\n\\n1/19 A caption Â© AP")
        'He said so.'
    """
    labelled = label_paragraphs(repair_encoding(text))
    return "\n\n".join(labelled.loc[labelled["part"].isin(keep), "text"])
