"""The glossary (issue 14 item 4): every term defined before the course uses it, and its page current.

Where each term is taught is read from the notebooks (the first place it is written in bold as a
definition, "A **token** is ..."), so the test follows the notebooks as they are rewritten; see
tools/glossary.py for what counts as a use.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("glossary", ROOT / "tools" / "glossary.py")
glossary = importlib.util.module_from_spec(_spec)
sys.modules["glossary"] = glossary  # dataclasses look their module up there
_spec.loader.exec_module(glossary)

ISSUE_14_TERMS = [
    *("word", "token", "type", "sentence", "rate per 1,000", "stopword", "lemma", "n-gram", "concordance"),
    *("keyness", "p-value", "effect size", "lexicon", "compound score", "reporting verb", "frame", "cue"),
    *("false positive", "wildcard"),
]
#: Course terms added after issue 14's list (issue 14's student review: notebooks 06 and 08's jargon).
LATER_TERMS = ["churn", "z-score", "shingle", "MinHash", "locality-sensitive hashing", "bootstrap"]


def test_the_glossary_lists_issue_14s_terms_in_course_order():
    assert [term.name for term in glossary.TERMS] == ISSUE_14_TERMS + LATER_TERMS
    assert all(term.meaning.endswith(".") and len(term.meaning) < 200 for term in glossary.TERMS)


def test_docs_glossary_is_what_the_notebooks_say():
    assert (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8") == glossary.glossary_markdown(), (
        "run `python tools/glossary.py --write`"
    )


def test_definitions_and_uses_are_found_on_a_made_up_course(tmp_path):
    def notebook(name, *markdown):
        cells = [
            {
                "cell_type": "markdown",
                "source": "# " + name + "\n\nLearning objectives: tokens",
                "metadata": {},
            }
        ]
        cells += [{"cell_type": "markdown", "source": m, "metadata": {}} for m in markdown]
        (tmp_path / f"{name}.ipynb").write_text(json.dumps({"cells": cells}), encoding="utf-8")

    notebook("01_a", "## Start\n\nWe count tokens here.")
    notebook("02_b", "## Tokens\n\nA **token** is one occurrence.", "More tokens.")
    token = glossary.TERMS_BY_NAME["token"]
    text = glossary.course_text(tmp_path)
    assert glossary.definition(token, text).section == "Tokens"
    assert glossary.first_use(token, text).notebook == "01_a.ipynb"  # the header cell is not a use
    assert any(p.startswith("token: first used in 01_a.ipynb") for p in glossary.problems(tmp_path))
    notebook("01_a", "## Start\n\nNothing to count.")
    assert not any(p.startswith("token:") for p in glossary.problems(tmp_path))
    notebook("02_b", "## Tokens\n\nWe count tokens.", "A **token** is one occurrence.")  # same section: fine
    assert not any(p.startswith("token:") for p in glossary.problems(tmp_path))


@pytest.mark.parametrize("name", ISSUE_14_TERMS)
def test_each_term_is_first_used_in_or_after_its_defining_section(name):
    found = [p for p in glossary.problems() if p.startswith(f"{name}:")]
    assert not found, found[0]
