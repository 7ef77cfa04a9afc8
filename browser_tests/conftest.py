"""Fixtures for the browser tests: a throwaway JupyterLab server and a headless Chromium.

These tests are *not* part of the main suite (`pyproject.toml`'s testpaths are tests/ and
notebooks/): they need Chromium and Playwright, which students do not. Run them with
``tools/run_browser_tests.sh``, or by hand::

    .venv/bin/python -m pytest browser_tests -p no:nbval -p no:cacheprovider -o addopts="" -q

(``-o addopts=""`` drops the main suite's ``--nbval ...`` options, which only exist with the
nbval plugin loaded.) Options: ``--notebooks-dir`` (default ``notebooks/``), ``--chromium``
(default ``$CHROMIUM`` or ``/usr/bin/chromium``) and ``--notebook-timeout`` (seconds per
notebook, default 120). The server and its clean-up live in ``lab_session.py``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lab_session import (
    CHROMIUM_ARGS,
    DEFAULT_CHROMIUM,
    ROOT,
    SCREENSHOTS,
    SERVER_LOG,
    LabServer,
    PageLog,
    find_notebooks,
    fingerprint,
    start_lab_server,
    stop_lab_server,
)

VIEWPORT = {"width": 1400, "height": 900}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("framing-lab browser tests")
    group.addoption(
        "--notebooks-dir",
        default=str(ROOT / "notebooks"),
        help="folder whose NN_*.ipynb notebooks are run in JupyterLab (default: notebooks/)",
    )
    group.addoption(
        "--chromium",
        default=os.environ.get("CHROMIUM", DEFAULT_CHROMIUM),
        help="Chromium executable (default: $CHROMIUM or /usr/bin/chromium)",
    )
    group.addoption(
        "--notebook-timeout",
        type=float,
        default=120.0,
        help="seconds allowed per notebook, from opening it to the last cell finishing",
    )


def notebooks_dir(config: pytest.Config) -> Path:
    """The folder holding the notebooks under test."""
    return Path(config.getoption("--notebooks-dir")).resolve()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One test per notebook found now: a notebook added by a colleague is tested without edits here."""
    if "notebook" in metafunc.fixturenames:
        paths = find_notebooks(notebooks_dir(metafunc.config))
        metafunc.parametrize("notebook", paths, ids=[p.stem for p in paths])


@pytest.fixture(scope="session")
def notebook_paths(pytestconfig: pytest.Config) -> list[Path]:
    """Every NN_*.ipynb of the notebooks folder."""
    return find_notebooks(notebooks_dir(pytestconfig))


@pytest.fixture(scope="session")
def committed_files_unchanged(pytestconfig: pytest.Config) -> Iterator[None]:
    """The browser run works on copies: the committed notebooks and texts end exactly as they began.

    (The server's root is a temporary folder, but a notebook's code could still write anywhere.)
    """
    folders = {"notebooks": (notebooks_dir(pytestconfig), "*.ipynb"), "texts": (ROOT / "texts", "*")}
    before = {name: fingerprint(folder, pattern) for name, (folder, pattern) in folders.items()}
    yield
    after = {name: fingerprint(folder, pattern) for name, (folder, pattern) in folders.items()}
    changed = sorted(
        f"{name}/{file}"
        for name in folders
        for file in before[name].keys() | after[name].keys()
        if before[name].get(file) != after[name].get(file)
    )
    assert not changed, (
        f"files changed during the browser run: {changed}. The tests work on copies; "
        "if nobody rebuilt the notebooks meanwhile, a notebook wrote into the repository."
    )


@pytest.fixture(scope="session")
def lab_server(notebook_paths: list[Path], committed_files_unchanged: None) -> Iterator[LabServer]:
    """A JupyterLab server on 127.0.0.1 serving cleared copies of the notebooks; stopped at the end."""
    with tempfile.TemporaryDirectory(prefix="framing-lab-browser-") as tmp:
        server = start_lab_server(notebook_paths, Path(tmp))
        try:
            yield server
        finally:
            stop_lab_server(server)


@pytest.fixture(scope="session")
def browser(pytestconfig: pytest.Config) -> Iterator[Any]:
    """Headless Chromium (Debian's package), driven by Playwright; no browser download is needed."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright is not installed: run tools/run_browser_tests.sh "
            "(or .venv/bin/python -m pip install -r requirements-browser.txt)",
            pytrace=False,
        )
    executable = Path(pytestconfig.getoption("--chromium"))
    if not executable.exists():
        pytest.fail(
            f"Chromium not found at {executable}: run tools/run_browser_tests.sh "
            "(it installs Debian's chromium), or pass --chromium=PATH",
            pytrace=False,
        )
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(executable), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


@pytest.fixture
def page_and_log(browser: Any) -> Iterator[tuple[Any, PageLog]]:
    """A fresh browser context and page per notebook (no state shared between notebooks)."""
    context = browser.new_context(viewport=dict(VIEWPORT))
    page = context.new_page()
    log = PageLog()
    page.on("console", lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    try:
        yield page, log
    finally:
        context.close()


# --- a summary table at the end of the run ---------------------------------------------------------

RESULTS_KEY = pytest.StashKey[dict[str, dict[str, object]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[RESULTS_KEY] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    report = yield
    if report.when == "call" and "notebook" in getattr(item, "funcargs", {}):
        item.config.stash[RESULTS_KEY][item.funcargs["notebook"].stem] = {
            "outcome": report.outcome,
            "seconds": dict(item.user_properties).get("seconds"),
        }
    return report


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    results = config.stash.get(RESULTS_KEY, {})
    if not results:
        return
    terminalreporter.section("notebooks in JupyterLab")
    width = max(len(name) for name in results)
    for name, result in sorted(results.items()):
        seconds = result["seconds"]
        shown = f"{seconds:6.1f} s" if isinstance(seconds, (int, float)) else "      -"
        terminalreporter.write_line(f"{name:<{width}}  {str(result['outcome']).upper():<7} {shown}")
    terminalreporter.write_line(
        f"screenshots: {SCREENSHOTS.relative_to(ROOT)}/  server log: {SERVER_LOG.relative_to(ROOT)}"
    )
