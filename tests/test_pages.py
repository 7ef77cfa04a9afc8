"""Saved web pages (helpers.pages, load_text on .html), `course.py add-text`, and texts with no words.

The pages in tests/data/saved_pages/ are written for these tests in the shape of a regional news
page and a GOV.UK press release (menus, scripts, metadata, figure captions, a "You may also
like" box); no real page's text is copied.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import texts
from helpers.cleaning import label_paragraphs
from helpers.pages import read_page
from helpers.texts import EmptyTextError, NoWordsError, load_text

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "saved_pages"
sys.path.insert(0, str(ROOT / "tools"))
import add_text  # noqa: E402


def test_news_page_main_text_title_and_date():
    page = read_page((PAGES / "regional_news.html").read_text(encoding="utf-8"))
    assert page.title == "Cleaners win tribunal over unpaid holiday pay"
    assert page.date == "2025-12-11"
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0] == page.title and "Workers' reputation secures victory" in paragraphs
    for furniture in ("Watch Live", "Home", "Copyright", "You may also like", "Bus drivers", "var "):
        assert furniture not in page.text


def test_govuk_page_date_from_the_page_and_labels():
    text = load_text(PAGES / "govuk_press_release.html")
    assert (text.title, text.date) == ("New funding to help rural schools recruit teachers", "2025-12-09")
    labelled = label_paragraphs(text.raw)
    assert labelled["part"].iloc[0] == "headline"
    assert labelled.loc[labelled["text"] == "Notes to editors", "part"].tolist() == ["notes_to_editors"]
    assert "Skip to main content" not in text.raw and "Open Government Licence" not in text.raw


def test_a_page_with_no_date_has_an_empty_date():
    text = load_text(PAGES / "no_date.html")
    assert text.date == "" and text.title == "Residents asked to help name new bridge"


def test_a_page_with_no_article_text_gets_a_clear_error():
    with pytest.raises(EmptyTextError, match=r"empty_page\.html is a web page, but no article text"):
        load_text(PAGES / "empty_page.html")


@pytest.mark.parametrize("content", ["... !!! ---", "1/19 2016 35,000", "£ $ % 12:00 ••"])
def test_a_text_with_no_words_gets_a_clear_error(tmp_path, content):
    path = tmp_path / "numbers_only.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NoWordsError, match=r"numbers_only\.txt has no words.*punctuation, numbers"):
        load_text(path)


OFFLINE_SCRIPT = textwrap.dedent("""
    import socket
    def refuse(*args, **kwargs):
        raise OSError("network is unreachable (blocked by the test)")
    socket.socket.connect = socket.socket.connect_ex = refuse
    socket.create_connection = socket.getaddrinfo = refuse

    import sys
    from pathlib import Path
    from helpers.texts import load_text
    from helpers.cleaning import clean_text
    for path in sorted(Path(sys.argv[1]).glob("*.html")):
        if path.stem == "empty_page":
            continue
        text = load_text(path)
        print(path.stem, text.date or "undated", len(clean_text(text.raw).split()))
""")


def test_saved_pages_are_read_with_the_network_unreachable():
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, str(PAGES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    from helpers.cleaning import clean_text

    expected = []
    for path in sorted(PAGES.glob("*.html")):
        if path.stem != "empty_page":
            text = load_text(path)
            expected.append(f"{path.stem} {text.date or 'undated'} {len(clean_text(text.raw).split())}")
    assert result.stdout.splitlines() == expected  # the same pages, the same text, with no network
    assert [line.split()[1] for line in expected] == ["2025-12-09", "undated", "2025-12-11"]


# --- course.py add-text, on a copy of texts/ ---------------------------------------------------


@pytest.fixture
def texts_dir(tmp_path):
    folder = tmp_path / "texts"
    shutil.copytree(texts.TEXTS_DIR, folder)
    return folder


@pytest.fixture
def source(tmp_path):
    """The test files under names no catalogue holds (CI adds the same pages to texts/ itself)."""
    folder = tmp_path / "to_add"
    folder.mkdir()
    for path in (*PAGES.glob("*.html"), ROOT / "tests" / "data" / "added_text.txt"):
        shutil.copyfile(path, folder / f"test_{path.name}")
    return folder


def _rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "catalogue.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_add_an_html_page_and_a_txt(texts_dir, source):
    before = (texts_dir / "catalogue.csv").read_bytes()
    html = add_text.add_text(
        [
            str(source / "test_regional_news.html"),
            "--id",
            "gazette_tribunal",
            "--genre",
            "newspaper",
            "--texts-dir",
            str(texts_dir),
        ]
    )
    assert (html["title"], html["date"], html["genre"]) == (
        "Cleaners win tribunal over unpaid holiday pay",
        "2025-12-11",
        "newspaper",
    )
    assert html["publisher"].startswith("Northern Gazette")
    txt = add_text.add_text(
        [
            str(source / "test_added_text.txt"),
            *("--id", "bus_strike", "--genre", "broadcaster", "--date", "2025-12-11"),
            *("--publisher", "A made-up broadcaster", "--texts-dir", str(texts_dir)),
        ]
    )
    assert txt["title"] == "Bus drivers vote to strike over new rotas" and txt["genre"] == "broadcaster"
    rows = _rows(texts_dir)
    assert [row["id"] for row in rows][-2:] == ["gazette_tribunal", "bus_strike"]
    assert (texts_dir / "catalogue.csv").read_bytes().startswith(before)  # appended, nothing rewritten
    assert (texts_dir / "test_regional_news.html").read_bytes() == (PAGES / "regional_news.html").read_bytes()
    for row in rows[-2:]:
        assert texts.validate_row(row, [r for r in rows if r is not row], texts_dir=texts_dir) == []


def test_add_text_refuses_an_existing_id_or_file_and_a_bad_genre(texts_dir, source):
    page = str(source / "test_no_date.html")
    with pytest.raises(add_text.AddTextError, match="'newspaper' is already in"):
        add_text.add_text([page, "--id", "newspaper", "--genre", "newspaper", "--texts-dir", str(texts_dir)])
    with pytest.raises(add_text.AddTextError, match="must be one lower-case word"):
        add_text.add_text([page, "--id", "bridge", "--genre", "News Site", "--texts-dir", str(texts_dir)])
    assert not (texts_dir / "test_no_date.html").exists()  # a refused row leaves no file behind
    row = add_text.add_text([page, "--id", "bridge", "--genre", "statement", "--texts-dir", str(texts_dir)])
    assert row["date"] == "" and "undated" in row["date_note"]
    with pytest.raises(add_text.AddTextError, match="texts/test_no_date.html already exists"):
        add_text.add_text([page, "--id", "bridge_2", "--genre", "statement", "--texts-dir", str(texts_dir)])


def test_add_text_with_a_url_offline_says_so(texts_dir, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network is unreachable (blocked by the test)")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with pytest.raises(add_text.AddTextError, match="seems to be offline.*Save Page As"):
        add_text.add_text(
            [
                "https://news.example.invalid/story",
                "--id",
                "web",
                "--genre",
                "blog",
                "--texts-dir",
                str(texts_dir),
            ]
        )
    assert _rows(texts_dir) == _rows(texts.TEXTS_DIR)


def test_course_py_add_text_reports_errors_without_a_traceback(texts_dir):
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "add_text.py"),
            str(PAGES / "empty_page.html"),
            "--id",
            "x",
            "--genre",
            "blog",
            "--texts-dir",
            str(texts_dir),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no article text was found" in result.stderr
