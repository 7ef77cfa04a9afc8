"""Tests for helpers.display: tables and concordance lines laid out for reading, with plain-text forms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_left_aligned():
    import pandas as pd

    from helpers.display import left_aligned

    table = pd.DataFrame({"n": [1, 2], "text": ["short", "a rather long sentence"], "score": [0.5, -0.25]})
    shown = left_aligned(table, max_chars=10)
    html = shown._repr_html_()
    assert "<td>" not in html and "text-align: right" not in html
    assert "a rather…" in html and "0x" not in repr(shown)
    assert repr(shown) == table.assign(text=["short", "a rather…"]).to_string(index=False)
    assert table["text"].tolist()[1] == "a rather long sentence"  # the table itself is unchanged
    assert repr(left_aligned(table)) == table.to_string(index=False)


def test_left_aligned_wraps_long_notes_in_plain_text_and_keeps_every_word():
    import pandas as pd

    from helpers.display import left_aligned

    note = "Cut off mid-sentence at the end, as received; straight quotation marks; no trailing newline."
    table = pd.DataFrame({"field": ["genre", "quirks"], "press_release": ["press_release", note]})
    shown = left_aligned(table, wrap=30)
    lines = repr(shown).splitlines()
    assert max(len(line) for line in lines) <= len("quirks") + 2 + 30
    assert lines[0].split() == ["field", "press_release"] and lines[2].startswith("quirks ")
    assert " ".join(repr(shown).split()) == " ".join(
        ["field", "press_release", "genre", "press_release", "quirks", note]
    )
    assert (
        shown._repr_html_() == left_aligned(table)._repr_html_()
    )  # the HTML is the same: a browser wraps it


def test_kwic_view_plain_text_and_html():
    from helpers.display import KWICView

    view = KWICView(
        [("press", "the UK and", "Russia", "agree"), ("news", "said", "Russia", "")], True, "none"
    )
    assert repr(view).splitlines() == ["press  the UK and  Russia  agree", "news         said  Russia"]
    assert len(view) == 2 and "<b>" not in view._repr_html_() and "font-weight:bold" in view._repr_html_()
    assert repr(KWICView([], False, "No occurrences.")) == "No occurrences."


def test_display_imports_nothing_from_helpers_and_nothing_heavy():
    code = (
        "import sys, helpers.display\n"
        "mods = sorted(m for m in sys.modules if m.startswith('helpers.') or m in ('pandas', 'numpy'))\n"
        "print(mods)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['helpers.display']"
