#!/usr/bin/env python3
"""Add a text to the catalogue in one step: `python3 course.py add-text FILE --id ID --genre GENRE`.

    python3 course.py add-text saved_page.html --id council_parking --genre press_release
    python3 course.py add-text my_article.txt --id gazette_strike --genre newspaper \\
        --title "Bus drivers vote to strike" --date 2025-12-11 --publisher "Northern Gazette"

FILE is a `.txt` file (UTF-8) or a web page saved as `.html`. It is copied, unchanged, into
`texts/`, and a row is added to `texts/catalogue.csv`: the title and date come from the page where
it has them (trafilatura and htmldate, offline), or from --title and --date, which always win; the
SHA-256 is computed. An id or a file name that is already there is refused, and the row is
validated (helpers.texts.validate_row) before anything is written. FILE may also be an http(s)
URL when the machine is online: the page is saved first; offline, the command says so and stops.

Options: --id (required), --genre (required; one lower-case word: press_release, newspaper,
broadcaster, blog, statement ...), --title, --date (YYYY-MM-DD, YYYY-MM or YYYY), --date-note,
--publisher, --licence, --source-note, --quirks, --texts-dir (default: the course's texts/).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.texts import (  # noqa: E402
    CATALOGUE_COLUMNS,
    TEXT_SUFFIXES,
    TEXTS_DIR,
    TextLoadError,
    load_text,
    validate_row,
)

URL = re.compile(r"^https?://", re.IGNORECASE)
NOT_RECORDED = "not recorded (check the page before sharing or publishing this text)"


class AddTextError(Exception):
    """A clear reason why the text was not added."""


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python3 course.py add-text", description=__doc__.split("\n\n")[0].split(": ", 1)[-1]
    )
    parser.add_argument("file", help="a .txt or .html file (or an http(s) URL when online)")
    parser.add_argument("--id", required=True, help="the new text's id: lower-case letters, digits, _")
    parser.add_argument(
        "--genre", required=True, help="one lower-case word, e.g. press_release, newspaper, blog"
    )
    for option in ("title", "date", "date-note", "publisher", "licence", "source-note", "quirks"):
        parser.add_argument(f"--{option}", default="")
    parser.add_argument("--texts-dir", type=Path, default=TEXTS_DIR, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def download(url: str, folder: Path) -> Path:
    """Save the page at ``url`` into ``folder`` (only when the machine is online)."""
    import urllib.error
    import urllib.parse
    import urllib.request

    name = Path(urllib.parse.urlparse(url).path).stem or "page"
    target = folder / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower()).strip('-') or 'page'}.html"
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "Framing Lab add-text"})
        with urllib.request.urlopen(request, timeout=20) as response:
            target.write_bytes(response.read())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise AddTextError(
            f"Could not download {url} ({getattr(exc, 'reason', exc)}): this machine seems to be offline, "
            "or the site refused. Open the page in a browser, save it (File > Save Page As..., "
            "'Web Page, HTML only'), and run add-text on the saved .html file."
        ) from None
    return target


def build_row(source: Path, args: argparse.Namespace, rows: list[dict[str, str]]) -> dict[str, str]:
    """The catalogue row for ``source``, from the options and, where they are silent, the page."""
    if any(row["id"] == args.id for row in rows):
        raise AddTextError(f"The id {args.id!r} is already in texts/catalogue.csv. Choose another --id.")
    if source.suffix.lower() not in TEXT_SUFFIXES:
        raise AddTextError(
            f"{source} is not a .txt or .html file. Save the text as plain text (UTF-8) or the page as "
            "'Web Page, HTML only', and try again."
        )
    destination = args.texts_dir / source.name
    if destination.exists() or any(row["file"] == source.name for row in rows):
        raise AddTextError(
            f"texts/{source.name} already exists. Rename your file (e.g. {args.id}{source.suffix}) and try again; "
            "nothing in texts/ is ever overwritten."
        )
    try:
        text = load_text(source)  # the same checks and clear errors as every other text
    except TextLoadError as exc:
        raise AddTextError(str(exc)) from None
    html = source.suffix.lower() != ".txt"
    sitename = ""
    if html:
        from helpers.pages import read_page

        sitename = read_page(source.read_text(encoding="utf-8", errors="replace")).sitename
    title = args.title or text.title
    if not title:
        first = text.raw.strip().splitlines()[0].strip()
        title = first if len(first) <= 120 else first[:117] + "..."
    date, date_note = args.date, args.date_note
    if not date and text.date:
        date = text.date[:10]
        date_note = (
            date_note or "Date found in the saved page by trafilatura/htmldate; check it against the page."
        )
    if not date:
        date_note = date_note or "No date given and none found in the page: the text is undated."
    how = "a web page saved as HTML; its text is extracted by trafilatura" if html else "a text file"
    return {
        "id": args.id,
        "file": source.name,
        "title": title,
        "genre": args.genre,
        "publisher": args.publisher
        or (f"{sitename} (the site's name, from the page)" if sitename else NOT_RECORDED),
        "date": date,
        "date_note": date_note,
        "source_note": args.source_note or f"Added with `course.py add-text` from {source.name} ({how}).",
        "licence": args.licence or NOT_RECORDED,
        "quirks": args.quirks or "None recorded yet.",
        "original_file": source.name,
        "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
    }


def add_text(argv: list[str]) -> dict[str, str]:
    """Copy the file into texts/ and append its catalogue row; return the row."""
    args = parse(argv)
    catalogue = args.texts_dir / "catalogue.csv"
    with catalogue.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with tempfile.TemporaryDirectory(prefix="framing-add-text-") as tmp:
        source = download(args.file, Path(tmp)) if URL.match(args.file) else Path(args.file)
        if not source.is_file():
            raise AddTextError(f"{source} is not a file. Check the path (relative to {Path.cwd()}).")
        row = build_row(source, args, rows)
        destination = args.texts_dir / source.name
        shutil.copyfile(source, destination)
    problems = validate_row(row, rows, texts_dir=args.texts_dir)
    if problems:
        destination.unlink()
        raise AddTextError("The new catalogue row is not valid: " + "; ".join(problems) + ".")
    existing = catalogue.read_bytes()
    with catalogue.open("a", encoding="utf-8", newline="") as handle:
        if existing and not existing.endswith(b"\n"):
            handle.write("\n")
        csv.DictWriter(handle, fieldnames=list(CATALOGUE_COLUMNS), lineterminator="\n").writerow(row)
    return row


def main(argv: list[str]) -> int:
    try:
        row = add_text(argv)
    except AddTextError as exc:
        print(f"add-text: {exc}", file=sys.stderr)
        return 1
    print(f"Added {row['id']!r}: texts/{row['file']} and a row in texts/catalogue.csv")
    for column in ("title", "genre", "publisher", "date", "date_note", "licence"):
        print(f"  {column}: {row[column]}")
    print(
        "Check the row (edit texts/catalogue.csv for the publisher, licence and quirks), then try "
        f"`python3 course.py report {row['id']} press_release` and `python3 course.py test`."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
