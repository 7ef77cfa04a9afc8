"""Tests for helpers.paragraphs, and the layering it makes possible (issue 11: no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.paragraphs import split_paragraphs

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
        ("texts", set()),
        ("paragraphs", {"texts"}),
        ("tokens", {"texts", "paragraphs"}),
        ("cleaning", {"texts", "paragraphs", "tokens"}),
    ],
)
def test_lower_layers_import_only_below_and_at_the_top(module, allowed):
    top, inner = _sibling_imports(HELPERS / f"{module}.py")
    assert top <= allowed, f"helpers.{module} imports {sorted(top - allowed)}, which are not below it"
    assert not inner, f"sibling imports inside functions: {inner}"


def test_blank_lines_separate_paragraphs():
    assert split_paragraphs("One.\n\n\n\nTwo.\n") == ["One.", "Two."]


def test_cleaning_still_offers_split_paragraphs():
    from helpers import cleaning

    assert cleaning.split_paragraphs is split_paragraphs
