"""Every stated time comes from one formula (tools/course_times.py), recomputed here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("course_times", ROOT / "tools" / "course_times.py")
course_times = importlib.util.module_from_spec(_spec)
sys.modules["course_times"] = course_times  # dataclasses look their module up there
_spec.loader.exec_module(course_times)


def test_the_formula_on_sizes_worked_out_by_hand():
    Part = course_times.Part
    assert Part(words=120, code_cells=3, exercises=1).minutes == 10  # 2 + 3 + 5
    assert Part(words=121, code_cells=3, exercises=1).minutes == 15  # 10.017 rounds up to 15
    assert Part(words=0, code_cells=0, exercises=0).minutes == 0
    assert Part(words=600, code_cells=15, exercises=4).minutes == 45  # 10 + 15 + 20
    assert Part(words=601, code_cells=15, exercises=4).minutes == 50


def test_going_further_is_timed_apart(tmp_path):
    import json

    cells = [
        {"cell_type": "markdown", "source": "word " * 60, "metadata": {}},
        {"cell_type": "code", "source": 'check("09.1", x)', "metadata": {}, "outputs": []},
        {"cell_type": "markdown", "source": "## Going further\n" + "word " * 120, "metadata": {}},
        {"cell_type": "code", "source": "1 + 1", "metadata": {}, "outputs": []},
    ]
    path = tmp_path / "09_x.ipynb"
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    core, further = course_times.measure(path)
    assert (core.words, core.code_cells, core.exercises) == (60, 1, 1)
    assert (further.words, further.code_cells, further.exercises) == (122, 1, 0)  # "Going further" counts
    assert course_times.stated_time(core, further) == (
        "about 10 minutes (core path); going further: about 5 minutes more"
    )


def test_every_stated_time_follows_the_formula():
    assert course_times.problems() == [], "run `python tools/course_times.py --write`, then rebuild"


CORE_LIMIT = 45  # minutes: a core path fits one lab with time to open and close it


def _notebooks():
    return sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


import pytest  # noqa: E402


@pytest.mark.parametrize("stem", _notebooks())
def test_no_core_path_is_over_45_minutes(stem):
    core, _ = course_times.measure(ROOT / "notebooks" / f"{stem}.ipynb")
    assert core.minutes <= CORE_LIMIT, (
        f"{stem}: its core path takes {core.minutes} minutes by the formula ({core.words} words, "
        f"{core.code_cells} code cells, {core.exercises} exercises); move material after a "
        "'Going further' heading or shorten the prose"
    )
