"""Accessibility (WCAG 2.1 AA): text colours reach 4.5:1, and every figure says what it shows.

Contrast is computed with WCAG 2.1's own formula (relative luminance of sRGB colours,
https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). The palette's bar colours stay the
colour-blind-safe Okabe–Ito ones; text drawn in a text's colour uses its darker shade.
axe-core's checks of the site and a report run with the browser tests
(browser_tests/test_accessibility.py).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from helpers import plots
from helpers.checks import CheckResult

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
AA = 4.5
WHITE = "#FFFFFF"


def luminance(color: str) -> float:
    """WCAG 2.1 relative luminance of a #RRGGBB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str = WHITE) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_gives_wcags_known_values():
    assert contrast("#000000") == pytest.approx(21.0)
    assert contrast("#FFFFFF") == pytest.approx(1.0)
    assert contrast("#767676") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes AA
    assert contrast("#D55E00") == pytest.approx(3.87, abs=0.01)  # vermillion: fails AA for text


def test_every_text_shade_of_the_palette_reaches_aa_on_white():
    colours = [*plots.PALETTE.values(), *plots.EXTRA_COLORS]
    for colour in colours:
        shade = plots.text_color(colour)
        assert contrast(shade) >= AA, f"{colour} -> {shade}: {contrast(shade):.2f}:1"
    assert plots.text_color("newspaper") != plots.PALETTE["newspaper"], (
        "vermillion text needs its darker shade"
    )
    for name in ("TEXT_COLOR", "AXIS_COLOR"):
        assert contrast(getattr(plots, name)) >= AA, name


def test_word_cloud_words_reach_aa_even_the_least_frequent():
    freqs = {"russia": 40.0, "visit": 10.0, "talks": 1.0, "moscow": 0.5}
    for base in [*plots.PALETTE.values(), *plots.EXTRA_COLORS]:
        colour_of = plots._shader(freqs, lambda word, base=base: base)
        for word in freqs:
            shown = colour_of(word)
            assert contrast(shown) >= AA, f"{word} in {base}: {shown} is {contrast(shown):.2f}:1"


def test_titles_drawn_in_a_texts_colour_reach_aa():
    table = pd.DataFrame({"word": ["russia", "visit", "talks"], "count": [9, 4, 4]})
    from matplotlib.colors import to_hex

    for fig in (
        plots.word_clouds_side_by_side({"press_release": table, "newspaper": table}),
        plots.top_words_side_by_side({"press_release": table, "newspaper": table}, n=3, value="count"),
    ):
        for ax in fig.axes:
            colour = to_hex(ax.title.get_color() if ax.get_title() else ax._left_title.get_color())
            assert contrast(colour) >= AA, f"{ax.get_title(loc='left')!r}: {colour}"
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.mark.parametrize("passed", [True, False])
def test_check_messages_reach_aa(passed: bool):
    shown = CheckResult("00.1", passed, "message")._repr_html_()
    colour = re.search(r";color:(#[0-9a-fA-F]{6})", shown)[1]
    background = re.search(r"background:(#[0-9a-fA-F]{6})", shown)[1]
    assert contrast(colour, background) >= AA


def test_the_grading_pages_colours_reach_aa():
    css = (ROOT / "tools" / "grade.py").read_text(encoding="utf-8")
    colours = re.findall(r"color:(#[0-9a-fA-F]{6})", css)
    assert colours
    assert all(contrast(c) >= AA for c in colours), colours


# --- alt text ------------------------------------------------------------------------------------


def test_a_bar_charts_alt_text_has_its_title_and_its_largest_bars():
    table = pd.DataFrame({"word": ["russia", "visit", "talks", "uk"], "count": [9, 4, 3, 1]})
    alt = plots.alt_text(plots.top_words_bar(table, n=4, title="Newspaper: most frequent words"))
    assert alt.startswith("Bar chart: Newspaper: most frequent words.")
    assert "russia 9, visit 4, talks 3, uk 1" in alt and "number of times the word occurs" in alt


def test_a_word_clouds_alt_text_names_its_largest_words():
    alt = plots.alt_text(plots.word_cloud({"russia": 9, "visit": 4, "talks": 2}, title="Newspaper"))
    assert alt.startswith("Word cloud: Newspaper.") and "Largest words: russia, visit, talks" in alt


def test_a_figure_shows_as_an_image_with_its_alt_text():
    table = pd.DataFrame({"word": ["russia", "visit"], "count": [9, 4]})
    fig = plots.top_words_bar(table, n=2, title='Say "hello" & <goodbye>')
    shown = plots.figure_html(fig)
    assert shown.startswith('<img alt="Bar chart: Say &quot;hello&quot; &amp; &lt;goodbye&gt;.')
    assert 'src="data:image/png;base64,' in shown
    import matplotlib.pyplot as plt

    plt.close("all")


def _figure_outputs(path: Path) -> list[dict]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [
        o
        for c in nb["cells"]
        if c["cell_type"] == "code"
        for o in c.get("outputs", [])
        if "image/png" in o.get("data", {})
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_in_the_notebooks_has_an_alt_text_that_says_what_it_shows(path: Path):
    for output in _figure_outputs(path):
        shown = output["data"].get("text/html", "")
        shown = "".join(shown) if isinstance(shown, list) else shown
        match = re.match(r'<img alt="([^"]+)" src="data:image/png;base64,', shown)
        assert match, f"{path.name}: a figure without alt text: {shown[:80]!r}"
        alt = html.unescape(match[1])
        assert ("Bar chart" in alt and re.search(r"\d", alt)) or "Word cloud" in alt or "Chart" in alt, alt
