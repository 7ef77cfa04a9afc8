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
