"""Saved web pages (``.html``): the article's text, title and date, found offline with trafilatura.

A page saved from a browser ("Save Page As... > Web Page, HTML only") holds the article among
menus, scripts, cookie banners and links. :func:`read_page` hands the page to **trafilatura**
(Barbaresi 2021, https://trafilatura.readthedocs.io), a maintained library built for exactly this,
which keeps the main text and finds the title and the publication date (with **htmldate**, from the
page's metadata and markup). Nothing is fetched: the page is read from the string given, and no
function here opens a network connection (``tests/test_pages.py`` checks this with sockets
refused).

The text comes back one paragraph per block, separated by blank lines, with the title as its
first paragraph, so :mod:`helpers.cleaning` can label it like any pasted text. Layer 0: imports
nothing from the other helpers.

Example:
    >>> page = read_page("<html><head><title>Bridge to open</title></head><body><article>"
    ...                  "<h1>Bridge to open</h1><p>The new footbridge will open in spring, the council said "
    ...                  "on Monday, after two years of building work on both banks.</p></article></body></html>")
    >>> page.title, page.date
    ('Bridge to open', '')
    >>> page.text.split("\\n\\n")[0]
    'Bridge to open'
"""

from __future__ import annotations

from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class SavedPage:
    """What :func:`read_page` found: ``text`` (paragraphs separated by blank lines), ``title``,
    ``date`` (``YYYY-MM-DD``, or ``""`` when the page gives none), ``sitename``."""

    text: str
    title: str = ""
    date: str = ""
    sitename: str = ""


def read_page(html: str) -> SavedPage:
    """The main text, title and date of a saved page, by trafilatura; offline.

    ``text`` is ``""`` when trafilatura finds no article text in the page (a page of menus, or one
    whose text is filled in by JavaScript): the caller decides what error to give.

    Example:
        >>> read_page("<html><body><script>var x = 1;</script></body></html>").text
        ''
    """
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
    )
    if document is None:
        return SavedPage(text="")
    found = document if isinstance(document, dict) else document.as_dict()
    title = str(found.get("title") or "").strip()
    lines = [line.strip() for line in str(found.get("text") or "").splitlines() if line.strip()]
    if title and lines and lines[0] != title:
        lines.insert(0, title)
    return SavedPage(
        text="\n\n".join(lines) if lines else "",
        title=title,
        date=str(found.get("date") or "").strip(),
        sitename=str(found.get("sitename") or "").strip(),
    )
