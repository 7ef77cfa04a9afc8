"""One loader for the texts the notebooks, checks, tests and reports compare.

Every notebook, exercise check, facts test and report needs the same thing: the course texts,
cleaned the course's way (encoding repaired, web-page furniture removed) or as received. This
module is the one place that does it, so they cannot drift apart.

Example:
    >>> texts = load_course_texts()
    >>> sorted(texts)
    ['newspaper', 'press_release']
    >>> "1/19" in texts["newspaper"], "1/19" in load_course_texts(clean=False)["newspaper"]
    (False, True)
"""

from __future__ import annotations

from helpers.cleaning import clean_text
from helpers.texts import load_text

COURSE_TEXTS = ("press_release", "newspaper")
"""The ids of the two texts the course compares, press release first."""


def _loaded(text_id: str, clean: bool) -> str:
    raw = load_text(text_id).raw
    return clean_text(raw) if clean else raw


def load_texts(*text_ids: str, clean: bool = True) -> dict[str, str]:
    """The texts ``text_ids`` as ``{id: text}``, in the order given, cleaned unless ``clean=False``.

    Each call reads the files again, so a text added to the catalogue is seen at once.

    Example:
        >>> list(load_texts("newspaper", "press_release"))
        ['newspaper', 'press_release']
    """
    return {text_id: _loaded(text_id, clean) for text_id in text_ids}


def load_course_texts(*, clean: bool = True) -> dict[str, str]:
    """The two course texts, ``{"press_release": ..., "newspaper": ...}``, cleaned unless ``clean=False``."""
    return load_texts(*COURSE_TEXTS, clean=clean)
