"""Every course notebook, run as a student runs it: opened in JupyterLab, "Run > Run All Cells".

For each ``notebooks/NN_name.ipynb`` (new notebooks are picked up automatically) the test opens
the notebook in a real JupyterLab in headless Chromium, waits for the kernel, runs all cells from
the Run menu, waits until every code cell shows an execution number, and then checks what is on
screen:

* every code cell ran, in order, in a fresh kernel: the execution counts of the notebook's cell
  models, read through JupyterLab's own application object (``window.jupyterapp``), are 1 ... n.
  Not the prompts on screen: prose cells (a sentence written from figures) have their input
  hidden, prompt included, so the count must come from the kernel's reply, which the model holds;
* the cells whose input is hidden in the saved notebook (``jupyter.source_hidden``) are exactly
  the cells JupyterLab shows with a hidden input;
* no cell shows an error or anything on stderr (a traceback, a warning);
* notebooks whose saved copy has images (charts, word clouds) show at least as many rendered
  images, and no image is broken.

A full-page screenshot of each notebook is saved to ``artifacts/screenshots/<notebook>.png``,
whether the test passes or not; the page's console errors, if any, to
``artifacts/browser/<notebook>.console.txt``. See ``conftest.py`` for the server and browser fixtures.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lab_session import ROOT, SCREENSHOTS, SERVER_LOG, LabServer, PageLog

SOURCES = ROOT / "notebooks" / "src"
BROWSER_LOGS = SERVER_LOG.parent
NOTEBOOK_READY_TIMEOUT_S = 60.0  # opening the page until the kernel is idle (part of the overall budget)
POLL_S = 0.25
RUN_ALL_ATTEMPTS = 3
RUN_START_TIMEOUT_S = 15.0  # from the click to the first cell running
MAX_SCREENSHOT_HEIGHT = 16_000  # px; Chromium cannot capture much taller pages in one image

# One JavaScript call reads everything the checks need from the open notebook.
READ_NOTEBOOK_STATE = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const app = window.jupyterapp;
  if (!app) return {error: 'window.jupyterapp is missing: the server needs --LabApp.expose_app_in_browser=True'};
  let widget = null;
  for (const w of app.shell.widgets('main')) { if (w.node === panel) widget = w; }
  if (!widget || !widget.content || !widget.content.widgets) return null;
  const code = widget.content.widgets.filter(c => c.model && c.model.type === 'code');
  const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const stderr = [...panel.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')];
  const images = [...panel.querySelectorAll('.jp-OutputArea-output img')];
  return {
    status: indicator ? indicator.getAttribute('data-status') : null,
    counts: code.map(c => c.model.executionCount),
    running: code.map(c => c.model.executionState === 'running'),
    hidden: code.map(c => Boolean(c.inputHidden)),
    stderr: stderr.map(e => e.innerText),
    images: images.map(i => ({complete: i.complete, width: i.naturalWidth, height: i.naturalHeight})),
  };
}
"""


@dataclass(frozen=True)
class Expected:
    """What the saved notebook tells us to expect on screen."""

    code_cells: int
    png_outputs: int
    hidden_inputs: tuple[bool, ...] = ()


def expected_from_ipynb(path: Path) -> Expected:
    """Count the code cells and the image/png outputs of a saved notebook."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    pngs = sum(1 for c in code for out in c.get("outputs", []) if "image/png" in out.get("data", {}))
    hidden = tuple(bool(c["metadata"].get("jupyter", {}).get("source_hidden")) for c in code)
    return Expected(code_cells=len(code), png_outputs=pngs, hidden_inputs=hidden)


def dismiss_dialogs(page: Any, seen: list[str]) -> None:
    """Close any JupyterLab dialog or toast deterministically, and remember what it said.

    A "Select Kernel" dialog is accepted (its default is the notebook's own kernel); any other
    dialog is rejected (Cancel / Escape). The test fails afterwards if a dialog other than the
    kernel selection appeared, since a student would have been interrupted too.
    """
    for _ in range(5):  # bounded: dialogs can stack, but not endlessly
        dialog = page.locator(".jp-Dialog").first
        if not dialog.count() or not dialog.is_visible():
            break
        text = " ".join(dialog.inner_text().split())
        seen.append(text)
        if "Select Kernel" in text:
            dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()
        elif dialog.locator(".jp-Dialog-button.jp-mod-reject").count():
            dialog.locator(".jp-Dialog-button.jp-mod-reject").first.click()
        else:
            page.keyboard.press("Escape")
        page.wait_for_timeout(200)
    toasts = page.locator(".Toastify__toast")
    for index in range(min(toasts.count(), 5)):
        toast = toasts.nth(index)
        seen.append("toast: " + " ".join(toast.inner_text().split()))
        close = toast.locator("button[title='Dismiss notification'], .jp-toast-button, button").last
        if close.count():
            close.click()


def wait_until(
    page: Any,
    condition: Callable[[dict[str, Any] | None], bool],
    timeout_s: float,
    what: str,
    dialogs: list[str],
) -> dict[str, Any]:
    """Poll the notebook's state until ``condition`` holds; fail with the last state after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    state: dict[str, Any] | None = None
    while time.monotonic() < deadline:
        dismiss_dialogs(page, dialogs)
        state = page.evaluate(READ_NOTEBOOK_STATE)
        if state and "error" in state:
            raise AssertionError(state["error"])
        if condition(state):
            return state  # type: ignore[return-value]
        time.sleep(POLL_S)
    raise AssertionError(
        f"timed out after {timeout_s:.0f} s waiting for {what}; last state: {state}; dialogs: {dialogs}"
    )


def wait_for_kernel_on_server(server: LabServer, path: str, timeout_s: float) -> None:
    """Wait until the server has a session for ``path`` whose kernel is idle (the page may say so first)."""
    deadline = time.monotonic() + timeout_s
    sessions: object = None
    while time.monotonic() < deadline:
        sessions = server.api("/api/sessions")
        if any(
            s.get("path") == path and s.get("kernel", {}).get("execution_state") == "idle"
            for s in sessions
            if isinstance(s, dict)
        ):  # type: ignore[union-attr]
            return
        time.sleep(POLL_S)
    raise AssertionError(f"the server has no idle kernel for {path} after {timeout_s:.0f} s: {sessions}")


def click_run_all(page: Any) -> None:
    """Run > Run All Cells in JupyterLab's menu bar."""
    page.get_by_role("menuitem", name="Run", exact=True).click()
    run_all = page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]')
    run_all.wait_for(state="visible", timeout=10_000)
    assert "lm-mod-disabled" not in (run_all.get_attribute("class") or ""), "Run All Cells is disabled"
    run_all.click()


def run_started(state: dict[str, Any] | None) -> bool:
    """Some cell is running or has run (its model has an execution count)."""
    return bool(state) and (any(c is not None for c in state["counts"]) or any(state["running"]))  # type: ignore[index]


def run_finished(state: dict[str, Any] | None) -> bool:
    """Run All is over: the kernel is idle and every cell has a number, or a cell failed.

    After an error JupyterLab stops running the cells below it (their counts stay empty), so
    an idle kernel with an error on screen also ends the wait (the test then fails on the error).
    """
    if not state or state["status"] != "idle" or any(state["running"]):
        return False
    return all(c is not None for c in state["counts"]) or any("Traceback" in e for e in state["stderr"])


def save_full_page_screenshot(page: Any, path: Path) -> None:
    """Screenshot the whole notebook, not just the window.

    JupyterLab scrolls the notebook inside its own panel, so a "full page" screenshot would only
    show one window's worth. The window is made as tall as the notebook (up to
    MAX_SCREENSHOT_HEIGHT), captured, and put back.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    extra = page.evaluate("""() => {
        const outer = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
        if (!outer) return 0;
        outer.scrollTop = 0;
        return Math.max(0, outer.scrollHeight - outer.clientHeight);
    }""")
    height = min(size["height"] + int(extra), MAX_SCREENSHOT_HEIGHT)
    page.set_viewport_size({"width": size["width"], "height": height})
    try:
        page.wait_for_timeout(500)  # let JupyterLab lay out the taller window
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)


def shut_down_kernel(page: Any, path: str) -> None:
    """End the notebook's kernel through JupyterLab's REST API (from the page, with its XSRF cookie).

    Each notebook gets a fresh kernel; without this, every finished notebook's kernel would stay
    alive until the server stops. Best effort: the server stops all kernels at the end anyway.
    """
    page.evaluate(
        """async (path) => {
        const xsrf = (document.cookie.match(/(?:^|; )_xsrf=([^;]*)/) || [])[1] || '';
        const headers = {'X-XSRFToken': decodeURIComponent(xsrf)};
        const sessions = await (await fetch('/api/sessions', {headers})).json();
        for (const s of sessions.filter(s => s.path === path)) {
            await fetch('/api/sessions/' + s.id, {method: 'DELETE', headers});
        }
    }""",
        path,
    )


def save_page_log(log: PageLog, path: Path) -> None:
    """Write the page's console errors and uncaught exceptions (if any) next to the server log."""
    lines = [f"console error: {m}" for m in log.console_errors] + [
        f"page error: {m}" for m in log.page_errors
    ]
    if lines:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()  # a stale log from an earlier run would mislead


def best_effort(step: Callable[[], None], what: str) -> None:
    """Run a clean-up or evidence step; on failure, warn instead of masking the test's own result."""
    try:
        step()
    except Exception as exc:
        warnings.warn(f"{what} failed: {exc}", stacklevel=2)


def test_there_are_notebooks_and_each_source_has_one(notebook_paths: list[Path]) -> None:
    """Guard: an empty or stale notebooks folder must not give a green browser run."""
    notebooks = notebook_paths
    assert notebooks, "no NN_*.ipynb notebooks to run: build them with `python3 course.py build`"
    missing = sorted({p.stem for p in SOURCES.glob("[0-9][0-9]_*.py")} - {p.stem for p in notebooks})
    assert not missing, f"sources without a built notebook (run `python3 course.py build`): {missing}"


def test_notebook_runs_in_jupyterlab(
    notebook: Path,
    lab_server: LabServer,
    page_and_log: tuple[Any, PageLog],
    pytestconfig: pytest.Config,
    record_property: Callable[[str, object], None],
) -> None:
    page, page_log = page_and_log
    budget_s = float(pytestconfig.getoption("--notebook-timeout"))
    expected = expected_from_ipynb(notebook)
    dialogs: list[str] = []
    started = time.monotonic()

    def remaining() -> float:
        return max(1.0, budget_s - (time.monotonic() - started))

    try:
        # ?reset: start from an empty workspace, not with the previous test's notebook open too.
        page.goto(f"{lab_server.url}/lab/tree/notebooks/{notebook.name}?reset", timeout=remaining() * 1000)
        page.wait_for_selector(
            ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook",
            timeout=min(NOTEBOOK_READY_TIMEOUT_S, remaining()) * 1000,
        )
        wait_until(
            page,
            lambda s: bool(s) and s["status"] == "idle" and len(s["counts"]) == expected.code_cells,
            min(NOTEBOOK_READY_TIMEOUT_S, remaining()),
            "the kernel to be idle and every code cell shown",
            dialogs,
        )
        wait_for_kernel_on_server(lab_server, f"notebooks/{notebook.name}", min(30.0, remaining()))
        lab_server.remember_children()

        # Run > Run All Cells, from the menu bar, as a student would. Rarely, right after the
        # kernel connects, the click is swallowed and nothing runs: then the menu is used again
        # (at most RUN_ALL_ATTEMPTS times; each attempt is reported as a warning).
        for attempt in range(1, RUN_ALL_ATTEMPTS + 1):
            click_run_all(page)
            try:
                wait_until(
                    page, run_started, min(RUN_START_TIMEOUT_S, remaining()), "Run All to start", dialogs
                )
                break
            except AssertionError:
                if attempt == RUN_ALL_ATTEMPTS:
                    raise
                warnings.warn(
                    f"{notebook.name}: Run All Cells started nothing; trying again ({attempt})", stacklevel=1
                )

        state = wait_until(
            page,
            run_finished,
            remaining(),
            "every code cell to finish (an execution count in each cell's model)",
            dialogs,
        )
        state = wait_until(
            page,
            lambda s: bool(s) and all(i["complete"] for i in s["images"]),
            min(15.0, remaining()),
            "images to load",
            dialogs,
        )
    finally:
        record_property("seconds", round(time.monotonic() - started, 1))
        # Evidence for a person (and CI's artifacts), pass or fail; a failure here must not hide
        # the test's own error, so each step only warns.
        best_effort(
            lambda: save_full_page_screenshot(page, SCREENSHOTS / f"{notebook.stem}.png"), "screenshot"
        )
        best_effort(
            lambda: save_page_log(page_log, BROWSER_LOGS / f"{notebook.stem}.console.txt"), "console log"
        )
        best_effort(lambda: shut_down_kernel(page, f"notebooks/{notebook.name}"), "kernel shutdown")

    assert not state["stderr"], "a cell shows an error or stderr output:\n\n" + "\n---\n".join(
        state["stderr"]
    )
    assert state["counts"] == list(range(1, expected.code_cells + 1)), (
        f"cells did not run once each, in order, in a fresh kernel: execution counts {state['counts']}"
    )
    assert state["hidden"] == list(expected.hidden_inputs), (
        "the cells JupyterLab shows with a hidden input are not those hidden in the saved notebook "
        f"(jupyter.source_hidden): on screen {state['hidden']}, saved {list(expected.hidden_inputs)}"
    )
    unexpected = [d for d in dialogs if "Select Kernel" not in d]
    assert not unexpected, f"JupyterLab interrupted the run with: {unexpected}"
    assert not page_log.page_errors, f"uncaught JavaScript errors in the page: {page_log.page_errors}"
    broken = [i for i in state["images"] if i["width"] == 0]
    assert not broken, f"{len(broken)} image(s) in the outputs did not render"
    if expected.png_outputs:
        assert len(state["images"]) >= expected.png_outputs, (
            f"the saved notebook has {expected.png_outputs} image output(s) (charts, word clouds); "
            f"JupyterLab shows {len(state['images'])}"
        )
