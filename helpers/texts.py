"""The course's texts: the catalogue, and loading a text by id or by path.

Every text is read, never written: nothing in this module opens a file for writing. Bad input
raises a :class:`TextLoadError` subclass whose message names the file and says how to fix it.

A text is a ``.txt`` file, or a web page saved as ``.html`` (its main text, title and date are
found by :mod:`helpers.pages`, offline). ``python3 course.py add-text`` adds one to the catalogue.

Example:
    >>> from helpers.texts import load_text, load_catalogue
    >>> {"press_release", "newspaper", "example_opposition"} <= set(load_catalogue()["id"])
    True
    >>> text = load_text("press_release")
    >>> text.date, text.genre
    ('2017-12-22', 'press_release')
    >>> text.raw[:10]
    'News story'
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .pages import HTML_SUFFIXES, read_page

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

TEXTS_DIR = Path(__file__).resolve().parent.parent / "texts"
CATALOGUE_PATH = TEXTS_DIR / "catalogue.csv"
CATALOGUE_COLUMNS = (
    "id",
    "file",
    "title",
    "genre",
    "publisher",
    "date",
    "date_note",
    "source_note",
    "licence",
    "quirks",
    "original_file",
    "sha256",
)
# The course's genres, which keep their colours in charts; a catalogue may use any other genre
# that is one lower-case word (letters, digits, underscores): broadcaster, blog, statement...
GENRES = ("press_release", "newspaper", "example")
# The texts that come with the course; texts added with `course.py add-text` come after them.
COURSE_TEXT_IDS = ("press_release", "newspaper", "example_opposition")
GENRE_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
TEXT_SUFFIXES = (".txt", *HTML_SUFFIXES)
DATE_PATTERN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # 2017, 2017-03 or 2017-12-22
DEFAULT_MAX_BYTES = 10_000_000  # 10 MB: a news text is a few kB; refuse giant files quickly


class TextLoadError(ValueError):
    """A text could not be loaded. The message names the file and the fix."""


class TextNotFoundError(TextLoadError, FileNotFoundError):
    """The file does not exist."""


class UnknownTextIdError(TextLoadError, LookupError):
    """The id is not in the catalogue."""

    def __str__(self) -> str:  # LookupError would otherwise show the message in quotes
        return str(self.args[0]) if self.args else ""


class EmptyTextError(TextLoadError):
    """The file is empty, or contains only whitespace."""


class NoWordsError(TextLoadError):
    """The file has characters but no words: only punctuation, numbers or symbols."""


class BinaryFileError(TextLoadError):
    """The file is not text (a PDF, a Word file, an image...)."""


class TextEncodingError(TextLoadError, UnicodeError):
    """The file is text, but not UTF-8 (for example Windows-1252)."""


class TextTooLargeError(TextLoadError):
    """The file is larger than ``max_bytes``."""


@dataclass(frozen=True)
class Text:
    """One text with its catalogue metadata. ``raw`` is exactly what the file holds (decoded)."""

    id: str
    raw: str
    path: Path
    title: str = ""
    genre: str = ""
    publisher: str = ""
    date: str = ""
    licence: str = ""
    quirks: str = ""
    encoding: str = "utf-8"
    metadata: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __repr__(self) -> str:
        return f"Text(id={self.id!r}, genre={self.genre!r}, date={self.date!r}, characters={len(self.raw)})"

    def to_row(self) -> dict[str, object]:
        """The text as one row (a dict) for a DataFrame: metadata plus ``raw``."""
        row: dict[str, object] = {**self.metadata}
        row.update(
            id=self.id,
            title=self.title,
            genre=self.genre,
            publisher=self.publisher,
            date=self.date,
            licence=self.licence,
            quirks=self.quirks,
            encoding=self.encoding,
            path=str(self.path),
            raw=self.raw,
        )
        return row


def _read_catalogue_rows(path: Path = CATALOGUE_PATH) -> list[dict[str, str]]:
    """The catalogue's rows as dicts, tolerant of how spreadsheets save a CSV file.

    Accepted: a UTF-8 byte-order mark (Excel's "CSV UTF-8"), a semicolon or tab instead of the
    comma (spreadsheets in locales where the comma is the decimal sign), an Excel ``sep=;`` first
    line, and trailing empty rows (``,,,,``). Anything else gets an error naming the real problem.
    """
    if not path.exists():
        raise TextNotFoundError(
            f"The catalogue {path} is missing. It should come with the course: "
            "restore it with `git checkout -- texts/catalogue.csv`."
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark, if any, is not part of the first column name
    except UnicodeDecodeError as error:
        raise TextLoadError(
            f"The catalogue {path} is not UTF-8 (byte {error.start} is not valid UTF-8): it was probably "
            "saved by a spreadsheet as plain 'CSV'. Save it again as 'CSV UTF-8 (comma delimited)'."
        ) from None
    lines = text.splitlines(keepends=True)
    declared = lines[0].strip().lower() if lines else ""
    if declared.startswith("sep=") and len(declared) == 5:  # Excel's "sep=;" line names the delimiter
        delimiter, lines = declared[4], lines[1:]
    else:
        header = lines[0] if lines else ""
        delimiter = max(
            (",", ";", "\t"),
            key=lambda d: (sum(c.strip() in CATALOGUE_COLUMNS for c in header.split(d)), d == ","),
        )
    reader = csv.DictReader(lines, delimiter=delimiter)
    rows, line_numbers = [], []
    for row in reader:
        row.pop(None, None)  # type: ignore[call-overload,unused-ignore]  # values past the header's last column
        if any((v or "").strip() for v in row.values()):  # an empty row (",,,,") carries nothing
            rows.append(row)
            line_numbers.append(reader.line_num + (1 if declared.startswith("sep=") else 0))
    header_seen = next(csv.reader(lines[:1], delimiter=delimiter), [])
    missing = [c for c in CATALOGUE_COLUMNS if c not in header_seen]
    if missing:
        shown = ", ".join(repr(c) for c in header_seen[:6]) or "nothing"
        raise TextLoadError(
            f"The catalogue {path} lacks the column(s) {missing}; its first line holds {shown}. The first "
            f"line must name the columns {', '.join(CATALOGUE_COLUMNS)}, separated by commas; see "
            "docs/adding-a-text.md."
        )
    for number, row in zip(line_numbers, rows, strict=True):
        if not (row.get("id") or "").strip() or not (row.get("file") or "").strip():
            raise TextLoadError(
                f"The catalogue {path}, line {number}: the row has no 'id' or no 'file'. Fill both in, or "
                "delete the row."
            )
    return rows


def load_catalogue(path: Path = CATALOGUE_PATH) -> pd.DataFrame:
    """The catalogue of texts as a DataFrame, one row per text, in catalogue order.

    Example:
        >>> load_catalogue().loc[:, ["id", "genre", "date"]].to_dict("records")[0]
        {'id': 'press_release', 'genre': 'press_release', 'date': '2017-12-22'}
    """
    import pandas as pd

    return pd.DataFrame(_read_catalogue_rows(path), columns=list(CATALOGUE_COLUMNS))


def text_ids(path: Path = CATALOGUE_PATH) -> list[str]:
    """The ids in the catalogue, in catalogue order."""
    return [row["id"] for row in _read_catalogue_rows(path)]


_WORD_CHARACTER = re.compile(r"[^\W\d_]")  # a letter, in any alphabet


def validate_row(
    row: dict[str, str], rows: list[dict[str, str]] | None = None, *, texts_dir: Path = TEXTS_DIR
) -> list[str]:
    """What is wrong with a catalogue row (an empty list when nothing is), given the other rows.

    Checked: every column is present; ``id`` is new and made of lower-case letters, digits and
    underscores; ``file`` is new, a ``.txt`` or ``.html`` file that exists in ``texts/``, and its
    SHA-256 is ``sha256``; ``genre`` is one lower-case word; ``date`` is ``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``, or empty with a ``date_note`` that says why; ``title``, ``publisher``,
    ``source_note``, ``licence`` and ``quirks`` are filled in.

    Example:
        >>> problems = validate_row({"id": "Bad id", "genre": "News Site"}, rows=[])
        >>> problems[1]
        "id 'Bad id' must be lower-case letters, digits and underscores (e.g. 'council_statement')"
    """
    import hashlib

    rows = _read_catalogue_rows(texts_dir / CATALOGUE_PATH.name) if rows is None else rows
    problems: list[str] = []
    missing = [column for column in CATALOGUE_COLUMNS if column not in row]
    if missing:
        problems.append(f"missing column(s): {', '.join(missing)}")
    text_id, file, genre, date = (row.get(key, "") for key in ("id", "file", "genre", "date"))
    if not ID_PATTERN.match(text_id):
        problems.append(
            f"id {text_id!r} must be lower-case letters, digits and underscores (e.g. 'council_statement')"
        )
    if any(other.get("id") == text_id for other in rows):
        problems.append(f"id {text_id!r} is already in the catalogue: choose another")
    if any(other.get("file") == file for other in rows):
        problems.append(f"file {file!r} is already catalogued")
    if file and Path(file).suffix.lower() not in TEXT_SUFFIXES:
        problems.append(f"file {file!r} must end in {', '.join(TEXT_SUFFIXES)}")
    path = texts_dir / file if file else None
    if path is None or not path.is_file():
        problems.append(f"file {file!r} is not in {texts_dir.name}/")
    elif row.get("sha256") != hashlib.sha256(path.read_bytes()).hexdigest():
        problems.append(f"sha256 does not match the file {file!r}")
    if not GENRE_PATTERN.match(genre):
        problems.append(
            f"genre {genre!r} must be one lower-case word, e.g. 'press_release', 'broadcaster', 'blog'"
        )
    if date and not DATE_PATTERN.match(date):
        problems.append(f"date {date!r} must be YYYY-MM-DD, YYYY-MM or YYYY")
    if not date and not row.get("date_note"):
        problems.append("no date: give one, or say in date_note why there is none")
    for column in ("title", "publisher", "source_note", "licence", "quirks"):
        if column in row and not row[column].strip():
            problems.append(f"{column} is empty")
    return problems


def _looks_like_path(source: str | Path) -> bool:
    if isinstance(source, Path):
        return True
    return any(sep in source for sep in ("/", "\\")) or Path(source).suffix != ""


_MAGIC = (
    (b"%PDF", "a PDF document", "copy its text into a .txt file (or export it as plain text)"),
    (
        b"PK\x03\x04",
        "a ZIP archive (a .docx Word file is one)",
        "save it from your word processor as 'Plain Text (.txt)', UTF-8",
    ),
    (b"\x89PNG", "a PNG image", "use the text itself, not a picture of it"),
    (b"\xff\xd8\xff", "a JPEG image", "use the text itself, not a picture of it"),
    (b"GIF8", "a GIF image", "use the text itself, not a picture of it"),
    (b"{\\rtf", "an RTF document", "save it as 'Plain Text (.txt)', UTF-8"),
)


def _decode(data: bytes, path: Path, encoding: str | None) -> tuple[str, str]:
    """Decode file bytes to text, or raise an error that says what the file is and what to do."""
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise TextEncodingError(
                f"{path} could not be read as {encoding!r} ({exc}). "
                "Leave out `encoding=` to let Framing Lab detect UTF-8 and UTF-16, or name the right encoding."
            ) from None
    # Byte-order marks first: UTF-16/32 files are full of NUL bytes but are text.
    for bom, name in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
        (b"\xef\xbb\xbf", "utf-8-sig"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise TextEncodingError(
                    f"{path} starts with a {name.upper()} byte-order mark but is not valid {name.upper()} "
                    f"({exc.reason} at byte {exc.start}). Re-save it as UTF-8 in a text editor."
                ) from None
    for magic, what, fix in _MAGIC:
        if data.startswith(magic):
            raise BinaryFileError(f"{path} is {what}, not a plain-text file. To use it, {fix}.")
    if b"\x00" in data[:8192]:
        raise BinaryFileError(
            f"{path} is a binary file (it contains NUL bytes), not plain text. "
            "Framing Lab reads .txt files saved as UTF-8: open the original in an editor and save it as plain text."
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        where = f"byte {exc.start} (0x{data[exc.start]:02x})"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        raise TextEncodingError(
            f"{path} is not valid UTF-8 (first bad {where}) and not Windows-1252 either. "
            "Re-save it as UTF-8, or pass the right `encoding=` if you know it."
        ) from None
    raise TextEncodingError(
        f"{path} is not UTF-8: it looks like Windows-1252 (cp1252), common for files saved on Windows "
        f"(first non-UTF-8 {where}). Re-save it as UTF-8 (in most editors: Save As > Encoding > UTF-8), "
        "or load it with `load_text(path, encoding='cp1252')`."
    )


OWN_FILE_FIX = (
    "To use a file of your own, pass its path (for example 'texts/my_text.txt'), or add it to the "
    "catalogue (see docs/adding-a-text.md)."
)


def unknown_id_message(text_id: str, known: list[str], fix: str = OWN_FILE_FIX) -> str:
    """The one message for an id that is not in the catalogue: the closest id, the known ids, the fix.

    Example:
        >>> unknown_id_message("newspapr", ["press_release", "newspaper"], fix="Check the spelling.")
        "There is no text with id 'newspapr' in texts/catalogue.csv. Did you mean 'newspaper'? Known ids: press_release, newspaper. Check the spelling."
    """
    close = difflib.get_close_matches(text_id, known, n=1)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    return (
        f"There is no text with id {text_id!r} in texts/{CATALOGUE_PATH.name}.{hint} "
        f"Known ids: {', '.join(known)}. {fix}"
    )


def load_text(
    source: str | Path, *, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Text:
    """Load a text by catalogue id (``"newspaper"``) or by path, with its metadata.

    Args:
        source: a catalogue id, or the path of a plain-text file.
        encoding: force an encoding; by default UTF-8 (with or without BOM) and UTF-16/32 with a BOM.
        max_bytes: refuse files larger than this (default 10 MB); ``None`` for no limit.

    Raises:
        TextNotFoundError, UnknownTextIdError, EmptyTextError, BinaryFileError,
        TextEncodingError, TextTooLargeError: each with a message naming the file and the fix.

    Example:
        >>> load_text("newspaper").genre
        'newspaper'
    """
    rows = _read_catalogue_rows()
    by_id = {row["id"]: row for row in rows}
    by_file = {(TEXTS_DIR / row["file"]).resolve(): row for row in rows}
    meta: dict[str, str] | None = None
    if not isinstance(source, Path) and source in by_id:
        meta = by_id[source]
        path = TEXTS_DIR / meta["file"]
    elif isinstance(source, (str, Path)) and (_looks_like_path(source) or Path(source).exists()):
        path = Path(source)
        meta = by_file.get(path.resolve())
    elif isinstance(source, str):
        raise UnknownTextIdError(unknown_id_message(source, list(by_id)))
    else:
        raise TypeError(f"load_text() takes a text id or a path, not {type(source).__name__}")

    if not path.exists():
        where = "listed in texts/catalogue.csv but " if meta else ""
        raise TextNotFoundError(
            f"{path} is {where}missing. Check the spelling and the folder "
            f"(paths are relative to {Path.cwd()}); course texts live in texts/."
        )
    if path.is_dir():
        raise TextNotFoundError(
            f"{path} is a folder, not a text file. Pass the path of a .txt file inside it."
        )
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise TextTooLargeError(
            f"{path} is {size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:.0f} MB limit for one text "
            "(a news article is a few kB). Split it into separate texts, or pass `max_bytes=None` to load it anyway."
        )
    if size == 0:
        raise EmptyTextError(
            f"{path} is empty (0 bytes). Put the text in the file (saved as UTF-8) and load it again."
        )
    raw, used = _decode(path.read_bytes(), path, encoding)
    if not raw.strip():
        raise EmptyTextError(
            f"{path} contains only whitespace ({size} bytes of spaces or line breaks). "
            "Paste the text into the file, save it, and load it again."
        )
    page_title = page_date = ""
    if path.suffix.lower() in HTML_SUFFIXES:
        page = read_page(raw)
        if not page.text.strip():
            raise EmptyTextError(
                f"{path} is a web page, but no article text was found in it (the page may be only menus, "
                "or its text may be filled in by JavaScript). Open the page in a browser, copy the article's "
                "text into a .txt file saved as UTF-8, and use that file instead."
            )
        raw, page_title, page_date = page.text, page.title, page.date
    if not _WORD_CHARACTER.search(raw):
        raise NoWordsError(
            f"{path} has no words: its {len(raw.strip())} characters are only punctuation, numbers or "
            "symbols, so there is nothing to count. Check that you saved the right file (the text itself, "
            "as UTF-8), and load it again."
        )
    meta = meta or {}
    return Text(
        id=meta.get("id") or path.stem,
        raw=raw,
        path=path,
        title=meta.get("title") or page_title,
        genre=meta.get("genre", ""),
        publisher=meta.get("publisher", ""),
        date=meta.get("date") or page_date,
        licence=meta.get("licence", ""),
        quirks=meta.get("quirks", ""),
        encoding=used,
        metadata=dict(meta),
    )


def load_corpus(ids: list[str] | None = None) -> pd.DataFrame:
    """Load several texts (default: the whole catalogue) as a DataFrame, one row per text, indexed by id.

    Example:
        >>> load_corpus().loc["newspaper", "genre"]
        'newspaper'
    """
    import pandas as pd

    chosen = ids if ids is not None else text_ids()
    frame = pd.DataFrame([load_text(i).to_row() for i in chosen])
    return frame.set_index("id")
