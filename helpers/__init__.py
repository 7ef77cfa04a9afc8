"""Framing Lab helpers: the small, tested library behind the course notebooks.

Importing ``helpers`` is cheap: nothing heavy (pandas, TextBlob, matplotlib) is imported until a
function that needs it is used. The most used functions are available at the top level:

    >>> import helpers
    >>> text = helpers.load_text("press_release")
    >>> text.genre
    'press_release'

Modules, named for what they do, in layers. A module imports only from its own layer or the
layers below it, never from above, and the imports form no cycle; sibling imports stand at the top
of a module (only heavy third-party libraries are imported inside functions).
``tests/test_layers.py`` parses ``helpers/`` and enforces all three.

    0 foundations   texts (catalogue, loading .txt or saved .html, clear errors), pages (a saved
                    web page's text, title and date, with trafilatura),
                    offline_data (Punkt without a download), plots (charts, palette),
                    display (how tables show in a notebook)
    1 paragraphs    splitting a text into paragraphs, whatever its line breaks
    2 tokens        the one tokenizer (with offsets), stopwords, lemmas, n-grams, sentences
    3 cleaning      encoding repair, web-page furniture; course_texts (the one loader of the
                    course texts, cleaned)
    4 measures      frequencies, keyness, concordance, sentiment, voices, reuse, framing (and
                    the modules split from them), corpus and its parts
    5 outputs       report (the framing report's tables and sentences), setup_check
    6 checks        the notebooks' exercise checks (helpers.checks and helpers.checks.nbNN)

The layer of each module is :data:`LAYERS`; a new module gets a line there.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

LAYERS: dict[str, int] = {
    "texts": 0,
    "pages": 0,
    "offline_data": 0,
    "plots": 0,
    "display": 0,
    "paragraphs": 1,
    "tokens": 2,
    "cleaning": 3,
    "course_texts": 3,
    "frequencies": 4,
    "keyness": 4,
    "concordance": 4,
    "sentiment": 4,
    "sentiment_lexicons": 4,
    "sentence_scores": 4,
    "annotation": 4,
    "uncertainty": 4,
    "voices": 4,
    "reuse": 4,
    "framing": 4,
    "lexicons": 4,
    "coding": 4,
    "corpus": 4,
    "churn": 4,
    "minhash": 4,
    "synthetic": 4,
    "report": 5,
    "setup_check": 5,
    "checks": 6,
}
"""Each module's layer (see above); ``checks.nbNN`` modules are in the ``checks`` layer."""

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
