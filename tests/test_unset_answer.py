"""A check cell whose answer cell did not run explains itself, and ``...`` copied from a hint is named.

Issue 14's stopwatch review: an answer cell that stops at an error leaves ``answer_02_1`` unset, and
the check cell then showed a raw ``NameError: name 'answer_02_1' is not defined``; a hint copied with
its ``...`` gave a deep traceback from inside the tokenizer.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.checks import install_unset_answer_hint, unset_answer_message
from helpers.frequencies import frequency_table
from helpers.tokens import remove_stopwords, tokenize

ROOT = Path(__file__).resolve().parent.parent


def test_the_message_names_the_exercise_and_the_fix():
    message = unset_answer_message("answer_02_1")
    assert message is not None
    assert "exercise 02.1" in message and "did not run" in message and "Fix that error first" in message
    assert "exercise 08.12" in (unset_answer_message("answer_08_12") or "")


@pytest.mark.parametrize("name", ["news_freq", "answer", "answer_2_1", "answer_02_1x", "my_answer_02_1"])
def test_other_names_are_left_alone(name):
    assert unset_answer_message(name) is None


def test_outside_ipython_nothing_is_installed():
    assert install_unset_answer_hint() is False


def test_an_ipython_shell_shows_the_message_and_keeps_other_tracebacks():
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "shell.run_cell('from helpers.checks import check')\n"
        "shell.run_cell('check(\"02.1\", answer_02_1)')\n"  # importing alone changes nothing
        "shell.run_cell('from helpers.checks import install_unset_answer_hint')\n"
        "shell.run_cell('install_unset_answer_hint()')\n"
        "print('---')\n"
        "result = shell.run_cell('check(\"02.1\", answer_02_1)')\n"
        "print('failed:', type(result.error_in_exec).__name__)\n"
        "print('---')\n"
        "shell.run_cell('print(news_freq)')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    before, unset, other = run.stdout.split("---\n")
    assert "name 'answer_02_1' is not defined" in before and "is not set" not in before, before
    assert "NameError: answer_02_1 is not set: your answer cell for exercise 02.1 did not run" in unset
    assert "failed: NameError" in unset  # the cell still fails: "Run all" stops there, as before
    assert "Traceback" not in unset
    assert "name 'news_freq' is not defined" in other and "Traceback" in other, other


def test_a_jupyter_kernel_shows_the_message_and_forgets_answers_of_failed_cells():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "from helpers.checks import check, install_unset_answer_hint\nfrom helpers.tokens import tokenize\n"
            "install_unset_answer_hint()"
        ),
        nbformat.v4.new_code_cell("answer_02_1 = len(tokenize(...))"),  # the hint copied with its `...`
        nbformat.v4.new_code_cell('check("02.1", answer_02_1)'),
        # a stale answer: right once, then the answer cell is changed and stops at an error
        nbformat.v4.new_code_cell("answer_02_2 = 5"),
        nbformat.v4.new_code_cell("answer_02_2 = 7\n1 / 0"),
        nbformat.v4.new_code_cell("answer_02_3 = 'two'"),
        nbformat.v4.new_code_cell("answer_02_3 = 'three"),  # a syntax error
        nbformat.v4.new_code_cell(
            "install_unset_answer_hint()\n"  # the first cell run again: still one callback
            "callbacks = get_ipython().events.callbacks['post_run_cell']\n"
            "print(sorted(n for n in dir() if n.startswith('answer_')), "
            "sum(getattr(c, 'framing_lab', False) for c in callbacks))"
        ),
    ]
    NotebookClient(
        nb, timeout=120, kernel_name="python3", allow_errors=True, resources={"metadata": {"path": str(ROOT)}}
    ).execute()
    answer_error, check_error = (cell.outputs[-1] for cell in nb.cells[1:3])
    assert nb.cells[4].outputs[-1].ename == "ZeroDivisionError"
    assert nb.cells[6].outputs[-1].ename == "SyntaxError"
    # both failed answer cells forgot their answers; the check will say "not set", not grade 5 or 'two'
    assert nb.cells[7].outputs[-1].text == "[] 1\n"
    assert answer_error.ename == "TypeError" and "`...`" in answer_error.evalue
    assert "tokenize(exercise_sentence)" in answer_error.evalue
    assert check_error.ename == "NameError"
    assert check_error.traceback == [f"NameError: {unset_answer_message('answer_02_1')}"]


# --- `...` given to the tokenizer and the token helpers -------------------------------------------


@pytest.mark.parametrize(
    ("call", "fix"),
    [
        (lambda: tokenize(...), "tokenize(exercise_sentence)"),
        (lambda: remove_stopwords(...), "remove_stopwords(tokenize(exercise_sentence))"),
        (lambda: frequency_table(...), "frequency_table(tokenize(exercise_sentence))"),
    ],
)
def test_the_placeholder_gets_a_message_naming_the_fix(call, fix):
    with pytest.raises(TypeError, match="the course's placeholder") as raised:
        call()
    assert fix in str(raised.value)


def test_tokenize_names_other_wrong_inputs():
    with pytest.raises(TypeError, match="already tokenized"):
        tokenize(["the", "visit"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int 12"):
        tokenize(12)  # type: ignore[arg-type]
