"""Cleaning in code, never in the files: encoding repair and web-page furniture.

A news text copied from a web page carries more than the article: a site banner, a timestamp, a
photo's caption and credit, a link to the next story, a press office's notes to editors.
:func:`label_paragraphs` gives each paragraph (from :func:`helpers.paragraphs.split_paragraphs`)
a *part*, and the *rule* that decided it, so that a student can see, check and choose what is
counted. The rules are tried in this order; the first that matches decides:

==================== =============================================================================
part                 rule (what the paragraph looks like)
==================== =============================================================================
``trailer``          a "You may also like", "Read more from ...", "Recommended for you", "More on
                     this story", "Most read" ... line: it and *everything after it* (the next
                     story's headline and first paragraph) are the trailer
``notes_to_editors`` a press release's boilerplate: "Notes to editors", "ENDS", "Media enquiries",
                     "For more information contact ...": it and everything after it
``caption``          a photo's caption: gallery numbering (``1/19``, ``Image 3 of 12``), a credit
                     in brackets at the end (``(Jane Doe/PA)``, ``(Google Maps)``, ``(Getty
                     Images)``), or a line that starts ``Image caption``, ``Photograph:`` ...
``gallery_heading``  a photo gallery's title ("In pictures: ...", "19 show all ...")
``timestamp``        an updated/published line ("Updated: 23:59", "Published 3 hours ago"), a
                     reading time ("2 min read"), or a dateline made only of a date and time
                     ("• , 11 December 2025", "Thursday 11 December 2025 10:04 GMT")
``banner``           site furniture ("Watch Live", "Advertisement", "Share this article", "Skip to
                     content"...), and any paragraph above the headline
``byline``           "By Jane Doe" (at most 10 words, no closing punctuation)
``kicker``           a short label just above a title-like line: in capitals ("EXOTIC FIND"), one or
                     two words ("Crime"), or a known label ("Exclusive", "Press release")
``headline``         the first title-like paragraph (at most 14 words, no closing punctuation)
                     among the first three paragraphs that are not furniture
``related_headline`` a title-like paragraph where the evidence says it is a link to another story:
                     the next paragraph carries on the sentence flow ("But ...", "And ...", a lower-
                     case start), it is one of two or more title-like lines in a row, nothing
                     follows it, or it is an inline "Read more: ..." link
``subheading``       any other title-like paragraph after the headline: the article's own
                     subheading, *kept* as part of the article
``body``             everything else: the article itself
==================== =============================================================================

:data:`KEPT_PARTS` (``headline``, ``subheading``, ``body``) is what :func:`clean_text` keeps;
:func:`removed_paragraphs` lists every other paragraph with its rule.

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
from .tokens import is_number, tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "FURNITURE_PARTS",
    "KEPT_PARTS",
    "PART_RULES",
    "clean_text",
    "encoding_report",
    "label_paragraphs",
    "removed_paragraphs",
    "repair_encoding",
]

KEPT_PARTS = ("headline", "subheading", "body")
FURNITURE_PARTS = (
    "trailer",
    "notes_to_editors",
    "caption",
    "gallery_heading",
    "timestamp",
    "banner",
    "byline",
    "kicker",
    "related_headline",
)
HEADLINE_MAX_WORDS = 14
HEADLINE_WITHIN = 3  # the headline is among the first three paragraphs that are not furniture
_CLOSING = tuple(".!:;\"'”’)…,")  # not "?": a subheading is often a question
_BULLETS = "•·|–—-*►▶ \t"

# A trailer line is the phrase alone (a box's heading), perhaps naming a section: "Read more from UK News".
_TRAILER = re.compile(
    r"^(?:(?:you may also like|you might also like|recommended(?: for you)?|more on this story|more stories"
    r"|related (?:stories|articles|topics|content|links)|most read|most popular|most watched|top stories"
    r"|what to read next|read next|trending(?: now)?|latest (?:news|stories)|around the web"
    r"|(?:read )?more (?:from|on|about|in) (?:the )?(?-i:[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,3})|read more)\s*:?)$",
    re.IGNORECASE,
)
_INLINE_LINK = re.compile(r"^(?:read more|read|related|see also|also read|more)\s*:\s*\S", re.IGNORECASE)
# Press-release boilerplate: a heading, "ENDS", or a contact line; everything after it goes too.
_NOTES = re.compile(
    r"^(?:notes? (?:to|for) editors?\s*:?$|[-–—\s]*ends[-–—\s]*$|(?:media|press) (?:enquiries|office|contact)"
    r"\s*(?::|$)|for (?:more|further) information,? (?:please )?contact\b|contacts?:?\s*$)",
    re.IGNORECASE,
)
_GALLERY_NUMBER = re.compile(r"^(?:(?:image|photo|picture|slide)\s+)?\d+\s*(?:/|of)\s*\d+\b", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^(?:image caption|image source|image copyright|media caption|photograph|photo|picture|image"
    r"|pictured|credit)\s*[:,]",
    re.IGNORECASE,
)
_CREDITS = (
    "pa",
    "pa media",
    "pa wire",
    "pa archive",
    "ap",
    "afp",
    "reuters",
    "getty",
    "getty images",
    "alamy",
    "shutterstock",
    "epa",
    "handout",
    "supplied",
    "google maps",
    "google street view",
    "google",
    "facebook",
    "instagram",
    "x",
    "twitter",
    "bbc",
    "family handout",
    "police handout",
)
_BRACKET_CREDIT = re.compile(r"\((?P<credit>[^()]{1,60})\)\s*$")
_GALLERY_HEADING = re.compile(r"^(?:\d+\s+show all\s+)?In pictures:", re.IGNORECASE)
_UPDATED = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|first published|modified)\b(?:(?=.*\d)|\s*:?\s*$)",
    re.IGNORECASE,
)
_READING_TIME = re.compile(r"^\d+\s*(?:-\s*)?(?:min(?:ute)?s?)\s+read$", re.IGNORECASE)
_DATE_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "at",
        "on",
        "gmt",
        "bst",
        "utc",
        "cet",
        "est",
        "edt",
        "pst",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "updated",
        "published",
        "posted",
        "last",
        "first",
        "modified",
        "ago",
        "hours",
        "hour",
        "minutes",
        "minute",
        "mins",
        "min",
        "days",
        "day",
        "yesterday",
        "today",
    ]
)
_BANNER = re.compile(
    r"^(?:watch live|live|watch|listen|listen live|breaking(?: news)?|advertisement|advert|sponsored"
    r"|skip to (?:main )?content|share|share this(?: article| story| page)?|share on \w+|copy link"
    r"|sign up|subscribe|subscribe now|log in|sign in|menu|search|cookies?(?: settings)?"
    r"|listen to this article|print this page|back to top|follow us\b.*|jump to)\s*[.:!]?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:By\s+[A-Z][\w'’.-]*(?:\s|$)|From:\s|(?:Additional )?(?:Reporting|Writing|Editing) by\s)"
)
_KICKER_LABELS = frozenset(
    {
        "exclusive",
        "analysis",
        "opinion",
        "comment",
        "explainer",
        "interview",
        "review",
        "feature",
        "fact check",
        "update",
        "news story",
        "press release",
        "news",
        "statement",
        "blog post",
        "video",
    }
)
_CONTINUES = re.compile(
    r"^(?i:but|and|or|so|yet|however|meanwhile|nevertheless|still|also|instead|though|although|"
    r"which|who|while|whereas)\b|^[a-z]",
)
# A related headline's rule, in plain words: a novice reads it in notebook 01's tables (student review 4).
_INTERRUPTS = "a title mid-article; the next paragraph goes on ('But', 'And'...): links to another story"
PART_RULES: dict[str, str] = {
    "trailer line": "a 'you may also like' / 'read more from' / 'recommended' line",
    "after the trailer": "comes after a trailer line (the next story)",
    "notes to editors line": "'Notes to editors', 'ENDS', 'Media enquiries', 'For more information contact'",
    "after notes to editors": "comes after a notes-to-editors line",
    "gallery numbering": "starts with a gallery number such as '1/19' or 'Image 3 of 12'",
    "credit in brackets": "ends with a photo credit in brackets, such as '(Jane Doe/PA)' or '(Google Maps)'",
    "caption label": "starts 'Image caption', 'Photograph:', 'Picture:' ...",
    "gallery title": "starts 'In pictures:'",
    "updated/published line": "an 'Updated ...' or 'Published ...' line with a date or time",
    "reading time": "'N min read'",
    "date and time only": "only a date or time (and bullets)",
    "site furniture": "a site's own line: 'Watch Live', 'Advertisement', 'Share this article' ...",
    "above the headline": "comes before the headline",
    "by-line": "'By' and a name, short, no closing punctuation",
    "label above the headline": "a short label (capitals, one or two words, or a known label) above a title",
    "first title-like paragraph": "the first short paragraph with no closing punctuation",
    "inline read-more link": "'Read more: ...' inside the article",
    _INTERRUPTS: (
        "a title-like paragraph inside the story: the paragraph after it starts 'But ...', 'And ...' or in "
        "lower case, going on from the one before, so the title is a link to another story, not a subheading"
    ),
    "title-like lines in a row": "one of two or more title-like paragraphs in a row",
    "nothing after it": "title-like, and the last paragraph of the text",
    "title-like inside the article": "title-like after the headline: the article's own subheading",
    "article text": "none of the rules above",
}


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


def _words(paragraph: str) -> list[str]:
    return paragraph.split()


def _is_title_like(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and len(_words(paragraph)) <= HEADLINE_MAX_WORDS
        and not paragraph.rstrip().endswith(_CLOSING)
    )


def _has_credit(paragraph: str) -> bool:
    match = _BRACKET_CREDIT.search(paragraph)
    if not match:
        return False
    credit = match.group("credit").strip()
    if credit.lower() in _CREDITS:
        return True
    # "Jane Doe/PA", "Handout/Reuters": one or two short names each side of a slash
    sides = credit.split("/")
    if len(sides) == 2:
        return all(0 < len(side.split()) <= 5 and side.strip()[:1].isupper() for side in sides)
    # "(Port of Tilbury)": a short name in capitals ending a caption-length line with no full stop
    words = credit.split()
    return (
        len(_words(paragraph)) <= 30
        and 1 <= len(words) <= 4
        and not credit.isupper()
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in ("of", "and", "the", "for") for word in words)
    )


def _is_date_only(paragraph: str) -> bool:
    line = paragraph.strip(_BULLETS + ",.")
    tokens = tokenize(line)
    if not tokens or len(tokens) > 12 or not any(character.isdigit() for character in line):
        return False
    return all(token in _DATE_WORDS or is_number(token) for token in tokens)


def _is_kicker(paragraph: str) -> bool:
    stripped = paragraph.strip().rstrip(":")
    if stripped.lower() in _KICKER_LABELS:
        return True
    if len(_words(stripped)) <= 2:  # a section label ("Crime", "UK News"): a headline has more words
        return True
    letters = [character for character in stripped if character.isalpha()]
    return bool(letters) and len(_words(stripped)) <= 6 and all(character.isupper() for character in letters)


def _carries_on(paragraphs: list[str], i: int) -> bool:
    """True when the paragraph after ``i`` continues the sentence flow ("But ...", a lower-case start)."""
    return i + 1 < len(paragraphs) and bool(_CONTINUES.match(paragraphs[i + 1].lstrip("“\"‘'")))


def _pattern_part(paragraph: str) -> tuple[str, str] | None:
    """The part and rule for a paragraph that its own text decides, or None."""
    line = paragraph.strip().lstrip(_BULLETS)
    if _TRAILER.match(line) and len(_words(line)) <= 8 and not line.endswith((".", "?", "!")):
        return "trailer", "trailer line"
    if _NOTES.match(line) and len(_words(line)) <= 12:
        return "notes_to_editors", "notes to editors line"
    if _GALLERY_NUMBER.match(line):
        return "caption", "gallery numbering"
    if _has_credit(line):
        return "caption", "credit in brackets"
    if _CAPTION_START.match(line):
        return "caption", "caption label"
    if _GALLERY_HEADING.match(line):
        return "gallery_heading", "gallery title"
    if _UPDATED.match(line) and len(_words(line)) <= 12:
        return "timestamp", "updated/published line"
    if _READING_TIME.match(line):
        return "timestamp", "reading time"
    if _is_date_only(paragraph):
        return "timestamp", "date and time only"
    if _BANNER.match(line):
        return "banner", "site furniture"
    if _BYLINE.match(line) and len(_words(line)) <= 10 and not line.endswith((".", "!", "?")):
        return "byline", "by-line"
    if _INLINE_LINK.match(line) and _is_title_like(line.split(":", 1)[1].strip() or "x"):
        return "related_headline", "inline read-more link"
    return None


def label_paragraphs(text: str) -> pd.DataFrame:
    """One row per paragraph: ``paragraph`` (1-based), ``part`` and ``rule`` (see the module docstring), ``text``, ``words``.

    The rules are deliberately simple and visible, so a student can check every decision: the
    ``rule`` column names the one that decided each paragraph (:data:`PART_RULES` explains each).

    Example:
        >>> label_paragraphs("In pictures: Syria\\n\\n2/19 Smoke AP")["part"].tolist()
        ['gallery_heading', 'caption']
        >>> table = label_paragraphs("WATCH LIVE\\nWorkers win pay case\\nUpdated: 23:59\\nThe union won.\\nYou may also like\\nNext story")
        >>> table[["part", "rule"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
        [['banner', 'site furniture'], ['headline', 'first title-like paragraph'],
         ['timestamp', 'updated/published line'], ['body', 'article text'],
         ['trailer', 'trailer line'], ['trailer', 'after the trailer']]
    """
    import pandas as pd

    paragraphs = split_paragraphs(text)
    labels: list[tuple[str, str]] = []
    tail: tuple[str, str] | None = None  # once a trailer or notes to editors begin, they run to the end
    for paragraph in paragraphs:
        if tail is not None:
            labels.append(tail)
            continue
        decided = _pattern_part(paragraph)
        if decided is not None and decided[0] == "trailer":
            tail = ("trailer", "after the trailer")
        elif decided is not None and decided[0] == "notes_to_editors":
            tail = ("notes_to_editors", "after notes to editors")
        labels.append(decided or ("", ""))

    # The headline: the first title-like paragraph among the first few that no pattern decided.
    open_rows = [i for i, (part, _) in enumerate(labels) if not part]
    headline: int | None = None
    for position, i in enumerate(open_rows[:HEADLINE_WITHIN]):
        if _is_kicker(paragraphs[i]) and any(
            _is_title_like(paragraphs[j]) for j in open_rows[position + 1 :][:2]
        ):
            labels[i] = ("kicker", "label above the headline")
            continue
        if _is_title_like(paragraphs[i]) and not _carries_on(paragraphs, i):
            headline = i
            labels[i] = ("headline", "first title-like paragraph")
            break
    if headline is not None:
        for i in open_rows:
            if i < headline and not labels[i][0]:
                labels[i] = ("banner", "above the headline")

    for i, paragraph in enumerate(paragraphs):
        if labels[i][0]:
            continue
        if not _is_title_like(paragraph):
            labels[i] = ("body", "article text")
            continue
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        previous_title = (
            i > 0 and _is_title_like(paragraphs[i - 1]) and labels[i - 1][0] in ("", "related_headline")
        )
        if following is None or labels[i + 1][0] in ("trailer", "notes_to_editors"):
            labels[i] = ("related_headline", "nothing after it")
        elif _carries_on(paragraphs, i):
            labels[i] = ("related_headline", _INTERRUPTS)
        elif previous_title or (_is_title_like(following) and not labels[i + 1][0]):
            labels[i] = ("related_headline", "title-like lines in a row")
        elif headline is None and not any(labels[j][0] == "body" for j in range(i)):
            labels[i] = ("headline", "first title-like paragraph")
            headline = i
        else:
            labels[i] = ("subheading", "title-like inside the article")

    rows = [
        {
            "paragraph": number,
            "part": part,
            "rule": rule,
            "text": paragraph,
            "words": len(tokenize(paragraph)),
        }
        for number, (paragraph, (part, rule)) in enumerate(zip(paragraphs, labels), start=1)
    ]
    return pd.DataFrame(rows, columns=["paragraph", "part", "rule", "text", "words"])


def removed_paragraphs(text: str, *, keep: tuple[str, ...] = KEPT_PARTS) -> pd.DataFrame:
    """Every paragraph :func:`clean_text` removes, with its part and the rule that decided it.

    The text's encoding is repaired first, as :func:`clean_text` does. Columns as
    :func:`label_paragraphs`; an empty table when nothing is removed.

    Example:
        >>> removed_paragraphs("Pay deal agreed\\n\\nThe union won.\\n\\n2 min read")[["part", "rule", "text"]].values.tolist()
        [['timestamp', 'reading time', '2 min read']]
    """
    labelled = label_paragraphs(repair_encoding(text))
    return labelled.loc[~labelled["part"].isin(keep)].reset_index(drop=True)


def clean_text(text: str, *, keep: tuple[str, ...] = KEPT_PARTS) -> str:
    """The text with its encoding repaired and only the paragraphs whose part is in ``keep``.

    By default web-page furniture (every part in :data:`FURNITURE_PARTS`) is removed and the
    headline, subheadings and body are kept. Paragraphs are joined by blank lines.

    Example:
        >>> clean_text("He said so.\\n\\n1/19 A caption Â© AP")
        'He said so.'
    """
    labelled = label_paragraphs(repair_encoding(text))
    return "\n\n".join(labelled.loc[labelled["part"].isin(keep), "text"])
