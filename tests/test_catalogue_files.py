"""texts/catalogue.csv as spreadsheets save it: each variant loads, or gets an error naming the problem.

Excel's "CSV UTF-8" adds a byte-order mark; in locales where the comma is the decimal sign (German,
French, ...) spreadsheets separate columns with semicolons, and Excel may add a `sep=;` first line;
rows deleted in a spreadsheet come back as empty rows (`,,,,`); Excel writes CRLF line ends.
Every variant is made here from the course's own catalogue, which must load to the same table.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from helpers.texts import CATALOGUE_COLUMNS, CATALOGUE_PATH, TextLoadError, load_catalogue, text_ids

ORIGINAL = load_catalogue()


def rows() -> list[list[str]]:
    with CATALOGUE_PATH.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def written(
    tmp_path: Path,
    *,
    delimiter: str = ",",
    bom: bool = False,
    sep_line: bool = False,
    empty_rows: int = 0,
    crlf: bool = False,
    encoding: str = "utf-8",
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    table = rows()
    writer.writerows(table + [[""] * len(table[0])] * empty_rows)
    text = (f"sep={delimiter}\r\n" if sep_line else "") + buffer.getvalue()
    path = tmp_path / "catalogue.csv"
    path.write_bytes(("\ufeff" if bom else "").encode(encoding) + text.encode(encoding))
    return path


VARIANTS = {
    "bom (Excel 'CSV UTF-8')": dict(bom=True, crlf=True),
    "semicolons": dict(delimiter=";"),
    "semicolons with a sep= line": dict(delimiter=";", sep_line=True, crlf=True),
    "tabs": dict(delimiter="\t"),
    "trailing empty rows": dict(empty_rows=3),
    "all at once": dict(delimiter=";", bom=True, empty_rows=2, crlf=True),
}


@pytest.mark.parametrize("options", VARIANTS.values(), ids=VARIANTS.keys())
def test_a_catalogue_saved_by_a_spreadsheet_loads_as_the_original(tmp_path: Path, options: dict):
    path = written(tmp_path, **options)
    loaded = load_catalogue(path)
    assert list(loaded.columns) == list(CATALOGUE_COLUMNS)
    assert loaded.equals(ORIGINAL)
    assert text_ids(path) == list(ORIGINAL["id"])


def test_a_catalogue_saved_as_windows_1252_names_the_encoding_and_the_fix(tmp_path: Path):
    table = rows()
    table[3][2] = "Opposition’s réponse"  # a title typed with a curly apostrophe and an accent
    path = tmp_path / "catalogue.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:  # Excel's plain "CSV" on Windows
        csv.writer(handle, delimiter=";").writerows(table)
    with pytest.raises(TextLoadError, match=r"not UTF-8.*CSV UTF-8"):
        load_catalogue(path)


def test_a_catalogue_without_the_id_column_says_what_its_first_line_holds(tmp_path: Path):
    path = tmp_path / "catalogue.csv"
    path.write_text("name,file\nfoo,foo.txt\n", encoding="utf-8")
    with pytest.raises(TextLoadError) as error:
        load_catalogue(path)
    message = str(error.value)
    assert "lacks the column(s) ['id'," in message and "'name', 'file'" in message and str(path) in message


def test_a_row_with_no_id_names_its_line(tmp_path: Path):
    table = rows()
    table[2][0] = ""  # the second text's id deleted in the spreadsheet
    path = tmp_path / "catalogue.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(table)
    with pytest.raises(TextLoadError, match=r"line 3: the row has no 'id'"):
        load_catalogue(path)
