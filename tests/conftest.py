"""Shared test setup: texts/ must never change, and a full run must collect every notebook."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "texts"
NOTEBOOKS = ROOT / "notebooks"
SHARED_SEEDS = ROOT.parent / "shared" / "seed-texts"

# Draw without a screen in this process only. (Setting MPLBACKEND in the environment would leak into
# nbval's kernels, which then show no figures and fail.)
import matplotlib  # noqa: E402

matplotlib.use("Agg")


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture(scope="session", autouse=True)
def texts_are_never_modified():
    """Whatever the tests do (bad inputs, reports, notebooks), texts/ ends exactly as it began."""
    before = _fingerprint(TEXTS)
    yield
    assert _fingerprint(TEXTS) == before, "a test changed a file in texts/: nothing may write there"


@pytest.fixture(scope="session")
def newspaper() -> str:
    """The newspaper text, raw, as received (modules may override this with the cleaned text)."""
    from helpers.texts import load_text

    return load_text("newspaper").raw


@pytest.fixture(scope="session")
def press_release() -> str:
    """The press release, raw, as received."""
    from helpers.texts import load_text

    return load_text("press_release").raw


# The files that take longest (seconds on 2 cores, from `pytest --durations=0`), run first. With
# `--dist loadfile` a file runs whole on one worker, and pytest-xdist hands the files out in
# collection order: starting with the longest keeps the two workers busy until the end (the last
# files to run are then short ones). Only the order changes, never what runs; a file not listed
# keeps its place after these. Update the figures when a file becomes slow.
SLOW_FILES = {
    "tests/test_student_edition.py": 18,  # its notebooks in two kernels (see its _execute_all)
    "tests/test_package.py": 17.5,
    "tests/test_grade.py": 14.5,
    "tests/test_relocation.py": 13.5,
    "tests/test_report.py": 7.5,
    "tests/test_site.py": 7,
    "tests/test_course_start.py": 7,
    "notebooks/08_from_two_texts_to_a_corpus.ipynb": 6.5,
    "notebooks/02_word_frequencies.ipynb": 5,
    "notebooks/07_framing_report.ipynb": 5,
    "notebooks/04_sentiment.ipynb": 4.5,
    "notebooks/03_comparing_vocabularies.ipynb": 4,
    "tests/test_sentence_scores.py": 3.4,
    "notebooks/05_voices_and_framing.ipynb": 3.2,
    "tests/test_corpus.py": 3,
    "notebooks/06_text_reuse_and_context.ipynb": 2.7,
    "tests/test_plots.py": 2.7,
    "tests/test_no_answer_above.py": 2.4,
    "tests/test_facts_nb08.py": 2.4,
}


def _file_of(item: pytest.Item) -> str:
    path = Path(str(item.path)).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest files first (see SLOW_FILES); a stable sort, so each file's tests keep their order."""
    items.sort(key=lambda item: -SLOW_FILES.get(_file_of(item), 0))


def pytest_collection_finish(session: pytest.Session) -> None:
    """The full run (`pytest` with no paths, as `course.py test` does) must collect every notebook.

    Without this, a typo in a path or a missing --nbval would let the notebooks go untested while
    the run still looks green.
    """
    config = session.config
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return  # the developer chose what to run
    expected = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    collected = sorted({Path(str(item.path)).name for item in session.items if item.path.suffix == ".ipynb"})
    if not getattr(config.option, "nbval", False):
        raise pytest.UsageError(
            "The full test run must validate the notebooks: add --nbval (see pyproject.toml)."
        )
    if not expected or collected != expected:
        missing = sorted(set(expected) - set(collected)) or ["(no notebooks in notebooks/)"]
        raise pytest.UsageError(
            f"nbval collected {len(collected)} of {len(expected)} notebooks; not collected: {', '.join(missing)}."
        )
