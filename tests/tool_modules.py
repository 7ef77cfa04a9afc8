"""Load a script of tools/ as a module, for the tests (tools/ is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def load_tool(name: str, module_name: str | None = None) -> ModuleType:
    """``tools/<name>.py`` executed as a fresh module, registered in ``sys.modules`` under ``module_name``.

    Registered, because dataclasses look their module up there. ``module_name`` defaults to
    ``name``; give another one to keep it apart from the tools' own imports of each other.

    Example:
        >>> load_tool("grade").GRADES_FOLDER
        '_grades'
    """
    module_name = module_name or name
    spec = importlib.util.spec_from_file_location(module_name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None, f"no tools/{name}.py"
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
