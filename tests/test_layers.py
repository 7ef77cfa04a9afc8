"""The helpers' layers, enforced: no module imports from a layer above its own, no import cycles,
and sibling imports at the top of a module (see the docstring of ``helpers/__init__.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import LAYERS

HELPERS = Path(__file__).resolve().parent.parent / "helpers"


def _module_name(path: Path) -> str:
    parts = path.relative_to(HELPERS).with_suffix("").parts
    return ".".join(p for p in parts if p != "__init__") or "helpers"


def _layer(module: str) -> int:
    top = module.split(".")[0]
    if top not in LAYERS:
        raise AssertionError(f"helpers.{module} has no layer: add it to helpers.LAYERS and the docstring")
    return LAYERS[top]


def _sibling_imports(path: Path) -> list[tuple[str, int, bool]]:
    """(imported helpers module, line, at module level?) for every import of a sibling module."""
    module = _module_name(path)
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join([*base, node.module] if node.module else base)
                names = [target] if node.module else [f"{target}.{a.name}".strip(".") for a in node.names]
            elif node.module and (node.module == "helpers" or node.module.startswith("helpers.")):
                target = node.module.removeprefix("helpers").strip(".")
                names = [target] if target else [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name.removeprefix("helpers.") for a in node.names if a.name.startswith("helpers.")]
        for name in names:
            if (name and name in {m.split(".")[0] for m in LAYERS} | {"checks"}) or name.startswith(
                "checks."
            ):
                found.append((name, node.lineno, id(node) in top_level))
    return found


MODULES = sorted(p for p in HELPERS.rglob("*.py") if p.name != "__init__.py" or p.parent != HELPERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_no_import_from_a_layer_above(path):
    module = _module_name(path)
    for imported, line, _ in _sibling_imports(path):
        assert _layer(imported) <= _layer(module), (
            f"helpers/{path.relative_to(HELPERS)}:{line}: {module} (layer {_layer(module)}) imports "
            f"{imported} (layer {_layer(imported)}), a layer above it; move the function to the module "
            "whose job it is"
        )


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module_name(p))
def test_sibling_imports_stand_at_the_top(path):
    inside = [(name, line) for name, line, top in _sibling_imports(path) if not top]
    assert not inside, f"helpers/{path.relative_to(HELPERS)}: sibling imports inside functions: {inside}"


def test_no_import_cycles():
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        module = _module_name(path)
        graph.setdefault(module, set()).update(n for n, _, _ in _sibling_imports(path) if n != module)

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, trail = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    return [*trail, start]
                if nxt not in trail:
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [c for m in sorted(graph) if (c := cycle_from(m))]
    assert not cycles, f"import cycles among helpers modules: {cycles[0]}"


def test_the_test_sees_an_upward_import(tmp_path, monkeypatch):
    """The parser itself: a layer-0 module importing a layer-4 one is found, with its line."""
    fake = HELPERS / "texts.py"
    source = "from helpers.voices import voices\n\n\ndef f():\n    from .tokens import tokenize\n"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: source if self == fake else "")
    found = _sibling_imports(fake)
    assert ("voices", 1, True) in found and ("tokens", 5, False) in found
