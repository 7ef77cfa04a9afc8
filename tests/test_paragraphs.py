"""Tests for helpers.paragraphs, and the layering it makes possible (issue 11: no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.paragraphs import PARAGRAPH_RULES, paragraph_rule, split_paragraphs

HELPERS = Path(__file__).resolve().parent.parent / "helpers"


def _sibling_imports(path: Path) -> tuple[set[str], list[str]]:
    """Helpers modules imported at the top of ``path``, and sibling imports found inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            top.add(node.module.split(".")[0])
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers."):
            top.add(node.module.split(".")[1])
    inner = [
        f"{path.name}:{node.lineno}"
        for function in ast.walk(tree)
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(function)
        if isinstance(node, ast.ImportFrom) and (node.level >= 1 or (node.module or "").startswith("helpers"))
    ]
    return top, inner


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("pages", set()),
        ("texts", {"pages"}),
        ("paragraphs", {"texts", "pages"}),
        ("tokens", {"texts", "pages", "paragraphs"}),
        ("cleaning", {"texts", "pages", "paragraphs", "tokens"}),
    ],
)
def test_lower_layers_import_only_below_and_at_the_top(module, allowed):
    top, inner = _sibling_imports(HELPERS / f"{module}.py")
    assert top <= allowed, f"helpers.{module} imports {sorted(top - allowed)}, which are not below it"
    assert not inner, f"sibling imports inside functions: {inner}"


def test_blank_lines_separate_paragraphs():
    assert split_paragraphs("One.\n\n\n\nTwo.\n") == ["One.", "Two."]


WRAPPED = (
    "A plain-text archive often cuts its lines at a fixed\n"
    "width, so that one paragraph runs over several lines\n"
    "of about the same length."
)


@pytest.mark.parametrize(
    ("text", "rule", "paragraphs"),
    [
        ("Headline\n\nOne.\n\nTwo.", "blank_lines", ["Headline", "One.", "Two."]),
        ("Headline\r\n\r\nOne.\r\n\r\nTwo.\r\n", "blank_lines", ["Headline", "One.", "Two."]),
        ("Headline\r\rOne.\n\r\nTwo.", "blank_lines", ["Headline", "One.", "Two."]),  # mixed kinds
        ("Headline\n \t\nOne.\n\u00a0\nTwo.", "blank_lines", ["Headline", "One.", "Two."]),
        (WRAPPED + "\n\nTwo.", "blank_lines", [WRAPPED, "Two."]),
        (
            "EXOTIC FIND\nRare lizard found in crate\nBy Tom Reilly\n\nDock workers found a lizard.",
            "blank_and_line_breaks",
            ["EXOTIC FIND", "Rare lizard found in crate", "By Tom Reilly", "Dock workers found a lizard."],
        ),
        (
            "Intro.\n\nThe Foreign Secretary said:\nWe will keep talking to each other, as we always have.",
            "blank_and_line_breaks",
            [
                "Intro.",
                "The Foreign Secretary said:",
                "We will keep talking to each other, as we always have.",
            ],
        ),
        ("Headline\nOne.\nTwo.", "line_breaks", ["Headline", "One.", "Two."]),
        ("Headline\r\nOne.\r\nTwo.\r\n", "line_breaks", ["Headline", "One.", "Two."]),
        ("Headline\rOne.\u2028Two.", "line_breaks", ["Headline", "One.", "Two."]),
        ("\n\nHeadline\nOne.\n\n", "line_breaks", ["Headline", "One."]),  # blank lines only at the ends
        ("One. Two.", "one_paragraph", ["One. Two."]),
        ("", "one_paragraph", []),
    ],
)
def test_each_rule_and_every_kind_of_line_break(text, rule, paragraphs):
    assert paragraph_rule(text) == rule
    assert rule in PARAGRAPH_RULES
    assert split_paragraphs(text) == paragraphs
