"""Notebook 00's setup check: one table of pass/fail lines a whole room can run in five minutes.

Example:
    >>> from helpers.setup_check import run_checks
    >>> table = run_checks()
    >>> list(table.columns)
    ['area', 'check', 'result', 'detail', 'fix']
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from helpers.sentiment import vader_scores

from .offline_data import no_network, punkt_tab_status
from .texts import COURSE_TEXT_IDS, TEXTS_DIR, _read_catalogue_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
PASS, FAIL = "✅ pass", "❌ fail"
SAMPLE = "Mr Johnson arrived in Moscow. He said the talks were useful, not 'business as usual'."


def pinned_requirements(path: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """``{package: version}`` for every ``name==version`` line of requirements.txt.

    Example:
        >>> pinned_requirements()["textblob"]
        '0.20.1'
    """
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s#;]+)", line)
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def _row(area: str, check: str, ok: bool, detail: str, fix: str) -> dict[str, str]:
    return {
        "area": area,
        "check": check,
        "result": PASS if ok else FAIL,
        "detail": detail,
        "fix": "" if ok else fix,
    }


def _python_row() -> dict[str, str]:
    version = ".".join(map(str, sys.version_info[:3]))
    return _row(
        "Python",
        "Python 3.11 or newer",
        sys.version_info >= (3, 11),
        f"Python {version}",
        "Install Python 3.11+ and run `python3 course.py start` again.",
    )


def _package_rows() -> list[dict[str, str]]:
    """One row when every pinned package is right; otherwise one row per package that is not."""
    wrong = []
    pins = pinned_requirements()
    for name, wanted in pins.items():
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            have = "not installed"
        if have != wanted:
            wrong.append(
                _row(
                    "Packages",
                    name,
                    False,
                    f"{have} (course pins {wanted})",
                    "Run `python3 course.py install --force` to reinstall the pinned versions.",
                )
            )
    if wrong:
        return wrong
    return [
        _row(
            "Packages",
            "pinned packages",
            True,
            f"all {len(pins)} packages of requirements.txt at the course's exact versions",
            "",
        )
    ]


def restore_texts_fix(root: Path = ROOT, crlf: bool = False) -> str:
    """What to do when a course text is missing or changed: in a Git clone, or in an unzipped copy.

    In a clone, `.gitattributes` marks texts/ as binary (``-text``), so `git checkout` restores the
    exact bytes on every platform, Windows included; the second recipe also rewrites a file whose
    line endings Git's conversion changed before the attributes arrived.

    Example:
        >>> "git checkout -- texts/" in restore_texts_fix(crlf=True)
        True
    """
    cause = "Windows line endings (CRLF) were added to it, by Git or an editor. " if crlf else ""
    if (root / ".git").exists():
        return (
            f"{cause}Restore the original bytes: `git checkout -- texts/`. Still failing? Run "
            "`git rm -r -q --cached texts` and then `git checkout HEAD -- texts`."
        )
    return (
        f"{cause}Copy the texts/ folder again from the course package you were given (unzip it "
        "afresh); never open and save these files in an editor."
    )


def _text_rows() -> list[dict[str, str]]:
    rows = []
    for entry in _read_catalogue_rows():
        if entry["id"] not in COURSE_TEXT_IDS:
            continue  # the course's own texts; added texts are checked by tests/test_texts.py
        path = TEXTS_DIR / entry["file"]
        if not path.exists():
            rows.append(
                _row("Texts", entry["id"], False, f"texts/{entry['file']} is missing", restore_texts_fix())
            )
            continue
        data = path.read_bytes()
        ok = hashlib.sha256(data).hexdigest() == entry["sha256"]
        crlf = not ok and hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest() == entry["sha256"]
        detail = f"texts/{entry['file']}: SHA-256 {'matches' if ok else 'DIFFERS from'} the catalogue"
        rows.append(_row("Texts", entry["id"], ok, detail, restore_texts_fix(crlf=crlf)))
    return rows


def _offline_checks() -> list[tuple[str, Callable[[], str], str]]:
    def punkt() -> str:
        status = punkt_tab_status()
        if not status["found"]:
            raise LookupError("NLTK punkt_tab (English) not found")
        return "NLTK punkt_tab (English) installed in the course environment"

    def textblob_words() -> str:
        from textblob import TextBlob

        blob = TextBlob(SAMPLE)
        return f"{len(blob.words)} words, {len(blob.sentences)} sentences in a test sentence"

    def textblob_sentiment() -> str:
        from textblob import TextBlob

        return f"polarity of the test sentence: {TextBlob(SAMPLE).sentiment.polarity:+.3f}"

    def vader() -> str:

        return f"compound score of the test sentence: {vader_scores(SAMPLE)['compound']:+.3f}"

    def font() -> str:
        from wordcloud.wordcloud import FONT_PATH

        if not Path(FONT_PATH).exists():
            raise FileNotFoundError("the font bundled with wordcloud is missing")
        return f"word clouds use the bundled font {Path(FONT_PATH).name}"

    fix = "Run `python3 course.py install --force`; it installs this data without any download."
    return [
        ("Sentence model for TextBlob", punkt, fix),
        ("TextBlob words and sentences", textblob_words, fix),
        ("TextBlob sentiment lexicon", textblob_sentiment, fix),
        ("VADER sentiment lexicon", vader, fix),
        ("Word-cloud font", font, fix),
    ]


def offline_check_names() -> list[str]:
    """The offline-data checks :func:`run_checks` makes, one row each, by name (none is run).

    Example:
        >>> offline_check_names()[0]
        'Sentence model for TextBlob'
    """
    return [name for name, _, _ in _offline_checks()]


def run_checks() -> pd.DataFrame:
    """Run every setup check; the offline ones run with the network switched off (:func:`no_network`)."""
    import pandas as pd

    rows = [_python_row(), *_package_rows(), *_text_rows()]
    for name, probe, fix in _offline_checks():
        try:
            with no_network():
                detail = probe()
            rows.append(_row("Offline data", name, True, detail + " (network off)", fix))
        except Exception as exc:  # a failed check is a row in the table, not a traceback
            rows.append(_row("Offline data", name, False, f"{type(exc).__name__}: {exc}", fix))
    return pd.DataFrame(rows, columns=["area", "check", "result", "detail", "fix"])


def summary(table: pd.DataFrame) -> str:
    """One sentence for the room: how many checks passed.

    Example:
        >>> import pandas as pd
        >>> summary(pd.DataFrame({"result": [PASS, PASS]}))
        'All 2 checks passed: you are ready for notebook 01.'
    """
    failed = int((table["result"] == FAIL).sum())
    if failed == 0:
        return f"All {len(table)} checks passed: you are ready for notebook 01."
    return f"{failed} of {len(table)} checks failed: read the 'fix' column, or ask your instructor."
