"""texts/PROVENANCE.md: the provenance record is in the repository, in the course's words, and linked where cited."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from notebook_prose import assert_states

from helpers.course_texts import COURSE_TEXTS

ROOT = Path(__file__).resolve().parent.parent
PROVENANCE = ROOT / "texts" / "PROVENANCE.md"
SHARED = ROOT.parent / "shared" / "seed-texts" / "PROVENANCE.md"


def _catalogue() -> list[dict[str, str]]:
    """The course texts' rows (texts a user adds have their own provenance, not this record's)."""
    with (ROOT / "texts" / "catalogue.csv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["id"] in COURSE_TEXTS]


def test_the_record_names_every_received_file_and_its_course_file():
    text = PROVENANCE.read_text(encoding="utf-8")
    received = [row for row in _catalogue() if row["original_file"]]
    assert len(received) == 2
    for row in received:
        assert f"`{row['original_file']}`" in text and f"`{row['file']}`" in text and f"`{row['id']}`" in text
    for fact in ("4 March 2017", "22 December 2017", "Khan Shaykhun", "Open Government Licence v3.0", "Â©"):
        assert fact in text


def test_it_is_cited_where_it_is_used():
    cited = [row for row in _catalogue() if "PROVENANCE" in row["source_note"]]
    assert len(cited) == 2 and all("texts/PROVENANCE.md" in row["source_note"] for row in cited)
    assert "(texts/PROVENANCE.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert_states("07", "received as seed text 003_1c32282c139cfd32.txt (see texts/PROVENANCE.md)")
    assert_states("07", "is [texts/PROVENANCE.md](../texts/PROVENANCE.md)")


@pytest.mark.skipif(not SHARED.exists(), reason="the shared seed texts are not beside this checkout")
def test_it_is_written_in_the_course_words_not_copied():
    """No sentence-length run of the received record is repeated word for word."""
    ours = " ".join(PROVENANCE.read_text(encoding="utf-8").split())
    theirs = re.findall(r"\w+", SHARED.read_text(encoding="utf-8"))
    ours_words = " ".join(re.findall(r"\w+", ours))
    runs = {" ".join(theirs[i : i + 12]) for i in range(len(theirs) - 11)}
    copied = [run for run in runs if run in ours_words]
    assert not copied, copied[:3]
