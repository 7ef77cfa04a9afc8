"""Tests for helpers.plots: every chart titled, labelled, in the palette; word clouds deterministic."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure

from helpers import plots
from helpers.plots import PALETTE, color_for

ROOT = Path(__file__).resolve().parent.parent
OKABE_ITO = {
    "#000000",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#999999",
}
SMALL = (240, 160)  # pixels: small clouds keep the tests fast


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def freq_table(words: list[str], counts: list[int], total: int = 200) -> pd.DataFrame:
    table = pd.DataFrame({"word": words, "count": counts})
    table["per_1000"] = table["count"] / total * 1000
    return table


@pytest.fixture
def press() -> pd.DataFrame:
    return freq_table(
        ["russia", "will", "uk", "security", "world", "johnson", "talks", "deal"],
        [11, 6, 5, 4, 4, 3, 2, 2],
        total=340,
    )


@pytest.fixture
def news() -> pd.DataFrame:
    return freq_table(
        ["russia", "russian", "visit", "foreign", "engage", "sanctions"], [7, 7, 6, 6, 3, 2], total=432
    )


@pytest.fixture
def keyness() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "word": [
                "world",
                "challenges",
                "security",
                "deal",
                "minister",
                "election",
                "engage",
                "sanctions",
                "russia",
            ],
            "count_press_release": [4, 2, 4, 2, 0, 0, 0, 0, 11],
            "count_newspaper": [0, 0, 1, 0, 4, 3, 3, 2, 7],
            "log_likelihood": [6.6, 3.3, 2.9, 3.3, 4.6, 3.4, 3.4, 2.3, 0.8],
            "log_ratio": [3.8, 2.9, 2.1, 2.9, -3.4, -3.0, -3.0, -2.6, 0.9],
            "more_frequent_in": ["press_release"] * 4 + ["newspaper"] * 4 + [""],
        }
    )


@pytest.fixture
def sentence_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sentence_no": [1, 2, 3, 4, 5],
            "sentence": ["a", "b", "c", "d", "e"],
            "polarity": [0.0, 0.5, -0.25, 0.1, -0.8],
            "subjectivity": [0.0, 0.6, 0.4, 0.2, 0.9],
            "vader_compound": [0.1, 0.6, -0.4, 0.0, -0.9],
        }
    )


def assert_labelled(ax) -> None:
    title = ax.get_title(loc="left") or ax.get_title()
    assert title.strip(), "missing title"
    assert ax.get_xlabel().strip(), "missing x label"
    assert ax.get_ylabel().strip(), "missing y label"


def bar_colors(ax) -> set[str]:
    return {to_hex(p.get_facecolor()).upper() for p in ax.patches}


# --------------------------------------------------------------------------------------------
# Palette
# --------------------------------------------------------------------------------------------


def test_palette_is_okabe_ito_and_texts_have_distinct_colours():
    assert PALETTE["press_release"] == "#0072B2" and PALETTE["newspaper"] == "#D55E00"
    assert set(PALETTE.values()) | set(plots.EXTRA_COLORS) <= OKABE_ITO
    texts = [PALETTE["press_release"], PALETTE["newspaper"], PALETTE["other"], *plots.EXTRA_COLORS]
    assert len(set(texts)) == len(texts)
    assert PALETTE["neutral"] not in texts


@pytest.mark.parametrize(
    "name, expected",
    [
        ("press_release", "#0072B2"),
        ("Press release", "#0072B2"),
        ("press-release", "#0072B2"),
        ("NEWSPAPER", "#D55E00"),
        ("example", "#009E73"),
        ("neutral", "#999999"),
        ("a third text", "#009E73"),
    ],
)
def test_color_for(name, expected):
    assert color_for(name) == expected


def test_unknown_names_take_unused_palette_colours_in_order():
    assert plots.colors_for(["a", "b"]) == {"a": "#0072B2", "b": "#D55E00"}
    assert plots.colors_for(["x", "press_release"]) == {"x": "#D55E00", "press_release": "#0072B2"}
    assert list(plots.colors_for(["p", "q", "r", "s"]).values()) == [
        "#0072B2",
        "#D55E00",
        "#009E73",
        "#CC79A7",
    ]


def test_bad_colour_is_a_clear_error(press):
    with pytest.raises(ValueError, match="neither a text in the palette .* nor a colour"):
        plots.top_words_bar(press, title="t", color="not-a-colour-at-all")


# --------------------------------------------------------------------------------------------
# top_words_bar and top_words_side_by_side
# --------------------------------------------------------------------------------------------


def test_top_words_bar(press):
    fig = plots.top_words_bar(press, n=5, title="Press release: top words", color="press_release")
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    ax = fig.axes[0]
    assert_labelled(ax)
    assert ax.get_xlabel() == "number of times the word occurs"
    assert len(ax.patches) == 5
    assert bar_colors(ax) == {PALETTE["press_release"]}
    # most frequent at the top; the tie (security, world: 4) sorted alphabetically
    labels = [t.get_text() for t in ax.get_yticklabels()]
    positions = [t.get_position()[1] for t in ax.get_yticklabels()]
    top_down = [label for _, label in sorted(zip(positions, labels), reverse=True)]
    assert top_down == ["russia", "will", "uk", "security", "world"]
    assert [t.get_text() for t in ax.texts] == ["11", "6", "5", "4", "4"]
    assert tuple(fig.get_size_inches()) == plots.FIGSIZE and fig.dpi == plots.DPI


def test_top_words_bar_per_1000_shows_raw_counts(press):
    fig = plots.top_words_bar(press, n=2, title="t", value="per_1000")
    ax = fig.axes[0]
    assert "per 1,000" in ax.get_xlabel() and "raw count" in ax.get_xlabel()
    assert [t.get_text() for t in ax.texts] == ["32.4 (11)", "17.6 (6)"]
    assert bar_colors(ax) == {PALETTE["neutral"]}


def test_top_words_bar_single_word_and_n_larger_than_table():
    fig = plots.top_words_bar(freq_table(["moscow"], [1]), n=20, title="One word")
    assert len(fig.axes[0].patches) == 1


def test_top_words_bar_unicode_words():
    table = freq_table(["\u201cengage\u201d", "Lavrov\u2019s", "caf\u00e9"], [3, 2, 1])
    fig = plots.top_words_bar(table, n=3, title="Unicode \u2018quotes\u2019")
    assert {t.get_text() for t in fig.axes[0].get_yticklabels()} == {
        "\u201cengage\u201d",
        "Lavrov\u2019s",
        "caf\u00e9",
    }


def test_top_words_bar_errors(press):
    with pytest.raises(ValueError, match="no words to draw"):
        plots.top_words_bar(freq_table([], []), title="t")
    with pytest.raises(ValueError, match="no words to draw"):
        plots.top_words_bar(freq_table(["a"], [0]), title="t")
    with pytest.raises(ValueError, match="lacks the column.*per_1000"):
        plots.top_words_bar(press[["word", "count"]], title="t", value="per_1000")
    with pytest.raises(ValueError, match="value must be"):
        plots.top_words_bar(press, title="t", value="share")
    with pytest.raises(ValueError, match="lacks the column.*percent"):
        plots.top_words_bar(press, title="t", value="percent")
    with pytest.raises(ValueError, match="n must be"):
        plots.top_words_bar(press, n=0, title="t")
    with pytest.raises(ValueError, match="title"):
        plots.top_words_bar(press, title="  ")


def test_top_words_side_by_side_draws_percentages_under_their_own_name():
    # notebook 05 draws the share of each text's sentences with a frame cue: a percentage, not a rate
    a = pd.DataFrame({"word": ["conflict", "security"], "count": [6, 4], "percent": [33.3, 22.2]})
    b = pd.DataFrame({"word": ["conflict"], "count": [2], "percent": [11.8]})
    fig = plots.top_words_side_by_side({"newspaper": a, "press_release": b}, n=2, value="percent")
    assert [ax.get_xlabel() for ax in fig.axes] == ["% of the text (in brackets: raw count)"] * 2
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["conflict", "security"]


def test_top_words_side_by_side(press, news):
    fig = plots.top_words_side_by_side({"press_release": press, "newspaper": news}, n=4)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    left, right = fig.axes
    for ax, name in ((left, "press_release"), (right, "newspaper")):
        assert_labelled(ax)
        assert ax.get_title(loc="left") == name
        assert len(ax.patches) == 4
        assert bar_colors(ax) == {PALETTE[name]}
    assert left.get_xlim() == right.get_xlim()  # one scale for both texts
    assert left.get_shared_x_axes().joined(left, right)  # and it stays shared when zoomed
    assert fig._suptitle is not None and fig._suptitle.get_text()


def test_top_words_side_by_side_three_texts_and_errors(press, news):
    fig = plots.top_words_side_by_side(
        {"press_release": press, "newspaper": news, "speech": news}, n=3, value="count"
    )
    assert len(fig.axes) == 3
    assert bar_colors(fig.axes[2]) == {PALETTE["other"]}
    with pytest.raises(ValueError, match="no words to draw"):
        plots.top_words_side_by_side({})
    with pytest.raises(ValueError, match="no words to draw.*'newspaper'"):
        plots.top_words_side_by_side({"press_release": press, "newspaper": freq_table([], [])})


# --------------------------------------------------------------------------------------------
# keyness_bar
# --------------------------------------------------------------------------------------------


def test_keyness_bar_diverges_by_text_with_raw_counts(keyness):
    fig = plots.keyness_bar(keyness, names=("press_release", "newspaper"), n=3, threshold=None)
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    ax = fig.axes[0]
    assert_labelled(ax)
    assert len(ax.patches) == 6
    left = [p for p in ax.patches if p.get_width() < 0]
    right = [p for p in ax.patches if p.get_width() > 0]
    assert len(left) == len(right) == 3
    assert {to_hex(p.get_facecolor()).upper() for p in left} == {PALETTE["press_release"]}
    assert {to_hex(p.get_facecolor()).upper() for p in right} == {PALETTE["newspaper"]}
    assert "key" not in ax.get_title(loc="left").lower()  # more frequent is not yet key
    assert sorted(-p.get_width() for p in left) == [3.3, 3.3, 6.6]
    counts = [t.get_text() for t in ax.texts if " vs " in t.get_text()]
    assert counts == ["4 vs 0", "2 vs 0", "2 vs 0", "0 vs 4", "0 vs 3", "0 vs 3"]
    words = [t.get_text() for t in ax.texts if " vs " not in t.get_text()]
    assert words == ["world", "challenges", "deal", "minister", "election", "engage"]
    assert "press_release" in ax.get_xlabel() and "newspaper" in ax.get_xlabel()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["more frequent in press_release", "more frequent in newspaper"]


def test_keyness_bar_marks_the_threshold_and_the_words_past_it(keyness):
    fig = plots.keyness_bar(keyness, names=("press_release", "newspaper"), n=3)
    ax = fig.axes[0]
    dashed = sorted(round(line.get_xdata()[0], 2) for line in ax.lines if line.get_linestyle() != "-")
    assert dashed == [-3.84, 3.84]
    # world (6.6) and minister (4.6) pass G² = 3.84; challenges, deal (3.3), election, engage (3.4) do not
    colour = {t.get_text(): None for t in ax.texts if " vs " not in t.get_text()}
    bars = sorted(ax.patches, key=lambda p: -p.get_y())  # from the top down, as the words are listed
    for word, bar in zip(colour, bars):
        colour[word] = to_hex(bar.get_facecolor()).upper()
    assert colour["world"] == PALETTE["press_release"] and colour["minister"] == PALETTE["newspaper"]
    assert colour["deal"] not in PALETTE.values() and colour["engage"] not in PALETTE.values()
    bold = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert bold == ["world", "minister"]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[2:] == [
        "key words: G² ≥ 3.84 (p < 0.05)",
        "past it (bold): 2 of 6",
        "below it (pale): 4 of 6",
    ]
    ratio = plots.keyness_bar(keyness, names=("press_release", "newspaper"), n=3, measure="log_ratio")
    assert all(line.get_linestyle() == "-" for line in ratio.axes[0].lines)  # no threshold for an effect size


def test_the_chart_threshold_is_the_keyness_threshold():
    from scipy.stats import chi2

    from helpers.keyness import G2_THRESHOLD

    assert plots.KEY_THRESHOLD_G2 == G2_THRESHOLD == pytest.approx(chi2.isf(0.05, 1), rel=1e-12)


def test_keyness_bar_log_ratio_and_one_sided(keyness):
    fig = plots.keyness_bar(keyness, names=("press_release", "newspaper"), n=10, measure="log_ratio")
    assert len(fig.axes[0].patches) == 8
    only_one = keyness[keyness["more_frequent_in"] == "newspaper"]
    fig = plots.keyness_bar(only_one, names=("press_release", "newspaper"), n=2)
    assert len(fig.axes[0].patches) == 2


def test_keyness_bar_errors(keyness):
    with pytest.raises(
        ValueError, match="no words to draw.*more_frequent_in holds: newspaper, press_release"
    ):
        plots.keyness_bar(keyness, names=("a", "b"))
    with pytest.raises(ValueError, match="no words to draw"):
        plots.keyness_bar(keyness.assign(log_likelihood=0.0), names=("press_release", "newspaper"))
    with pytest.raises(ValueError, match="count_newspaper"):
        plots.keyness_bar(keyness.drop(columns="count_newspaper"), names=("press_release", "newspaper"))
    with pytest.raises(ValueError, match="names must be"):
        plots.keyness_bar(keyness, names=("press_release",))


# --------------------------------------------------------------------------------------------
# sentiment_chart
# --------------------------------------------------------------------------------------------


def test_sentiment_chart(sentence_table):
    fig = plots.sentiment_chart(
        sentence_table, title="Newspaper sentiment", second="vader_compound", color="newspaper"
    )
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    ax = fig.axes[0]
    assert_labelled(ax)
    assert ax.get_xlabel() == "sentence number"
    assert len(ax.patches) == 5 and bar_colors(ax) == {PALETTE["newspaper"]}
    assert [p.get_height() for p in ax.patches] == [0.0, 0.5, -0.25, 0.1, -0.8]
    low, high = ax.get_ylim()
    assert low <= -1 and high >= 1
    assert any(line.get_ydata()[0] == 0 for line in ax.lines)  # the zero line
    (markers,) = ax.collections
    assert to_hex(markers.get_facecolor()[0]).upper() == PALETTE["ink"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "TextBlob polarity",
        "VADER compound score",
    ]


def test_sentiment_chart_single_sentence_and_errors(sentence_table):
    fig = plots.sentiment_chart(sentence_table.head(1), title="One sentence")
    assert len(fig.axes[0].patches) == 1 and bar_colors(fig.axes[0]) == {PALETTE["neutral"]}
    with pytest.raises(ValueError, match="no sentences to draw"):
        plots.sentiment_chart(sentence_table.head(0), title="t")
    with pytest.raises(ValueError, match="lacks the column.*vader"):
        plots.sentiment_chart(
            sentence_table.drop(columns="vader_compound"), title="t", second="vader_compound"
        )


# --------------------------------------------------------------------------------------------
# Word clouds
# --------------------------------------------------------------------------------------------


def test_the_bundled_font_is_used():
    from wordcloud.wordcloud import FONT_PATH

    assert Path(FONT_PATH).is_file() and Path(FONT_PATH).name == "DroidSansMono.ttf"
    assert plots._font_path() == str(Path(FONT_PATH))


def test_wordcloud_array_is_deterministic_and_in_the_palette(press):
    first = plots.wordcloud_array(press, color="newspaper", size=SMALL)
    second = plots.wordcloud_array(press, color="newspaper", size=SMALL)
    assert first.shape == (SMALL[1], SMALL[0], 3) and first.dtype == np.uint8
    assert first.tobytes() == second.tobytes()
    # words are drawn in the text's own colour, in its shade for text (4.5:1 on white)
    colours = {tuple(px) for px in first.reshape(-1, 3)}
    shade = plots.text_color("newspaper")
    assert tuple(int(shade[i : i + 2], 16) for i in (1, 3, 5)) in colours
    assert tuple(int(PALETTE["press_release"][i : i + 2], 16) for i in (1, 3, 5)) not in colours
    # a mapping gives the same picture as the table; another seed gives another picture
    mapping = dict(zip(press["word"], press["count"]))
    assert plots.wordcloud_array(mapping, color="newspaper", size=SMALL).tobytes() == first.tobytes()
    assert (
        plots.wordcloud_array(press, color="newspaper", size=SMALL, random_state=7).tobytes()
        != first.tobytes()
    )


_HASH_SCRIPT = """
import hashlib
from helpers.plots import wordcloud_array
words = {"moscow", "talks", "lavrov", "security", "visit", "engage", "beware", "kremlin", "deal", "world"}
freqs = {w: 3 for w in words}  # ties everywhere; the set's order depends on PYTHONHASHSEED
freqs.update({"russia": 9})
print(hashlib.sha256(wordcloud_array(freqs, color="press_release", size=(240, 160)).tobytes()).hexdigest())
"""


def test_wordcloud_is_identical_across_hash_seeds():
    hashes = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", _HASH_SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        hashes.append(out.stdout.strip())
    assert len(hashes[0]) == 64 and hashes[0] == hashes[1]
    words = ["beware", "deal", "engage", "kremlin", "lavrov", "moscow", "security", "talks", "visit", "world"]
    here = plots.wordcloud_array(
        {"russia": 9, **{w: 3 for w in reversed(words)}}, color="press_release", size=(240, 160)
    )
    assert hashlib.sha256(here.tobytes()).hexdigest() == hashes[0]


@pytest.mark.parametrize(
    "empty", [{}, pd.DataFrame({"word": [], "count": []}), {"a": 0, "b": -1}, pd.Series(dtype=float)]
)
def test_empty_frequencies_are_a_clear_error(empty):
    with pytest.raises(ValueError, match="^no words to draw: "):
        plots.wordcloud_array(empty)
    with pytest.raises(ValueError, match="^no words to draw: "):
        plots.word_cloud(empty)


def test_frequency_input_errors():
    with pytest.raises(ValueError, match="lacks the column.*count"):
        plots.wordcloud_array(pd.DataFrame({"word": ["a"], "n": [1]}))
    with pytest.raises(ValueError, match="twice: a"):
        plots.wordcloud_array(pd.DataFrame({"word": ["a", "a"], "count": [1, 2]}))
    with pytest.raises(TypeError):
        plots.wordcloud_array(["a", "b"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a number"):
        plots.wordcloud_array({"a": "many"})


def test_word_cloud_figure(news):
    fig = plots.word_cloud(news, title="Newspaper", color="newspaper", max_words=5)
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Newspaper"
    assert ax.get_xlabel().startswith("5 words shown")
    assert len(ax.images) == 1
    assert plots.word_cloud({"moscow": 1}).axes[0].get_title(loc="left")  # a single word, default title


def test_word_cloud_unicode_words():
    fig = plots.word_cloud({"\u201cengage\u201d": 3, "Lavrov\u2019s": 2, "caf\u00e9": 1}, title="Unicode")
    assert fig.axes[0].get_xlabel().startswith("3 words shown")


def test_word_clouds_side_by_side(press, news):
    fig = plots.word_clouds_side_by_side({"press_release": press, "newspaper": news}, max_words=5)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    for ax, name in zip(fig.axes, ("press_release", "newspaper")):
        assert ax.get_title(loc="left") == f"{name} (5 words shown)"
        shade = plots.text_color(name)  # the text's colour, in its shade for text
        assert to_rgba(ax.title.get_color()) == to_rgba(shade) or to_rgba(
            ax._left_title.get_color()
        ) == to_rgba(shade)
        assert ax.get_xlabel() and len(ax.images) == 1
    assert fig._suptitle.get_text()
    with pytest.raises(ValueError, match="no words to draw"):
        plots.word_clouds_side_by_side({})
    with pytest.raises(ValueError, match="no words to draw: the frequencies of 'newspaper'"):
        plots.word_clouds_side_by_side({"press_release": press, "newspaper": {}})


def test_comparison_cloud(keyness):
    fig = plots.comparison_cloud(keyness, names=("press_release", "newspaper"), n=3)
    assert isinstance(fig, Figure) and len(fig.axes) == 1
    ax = fig.axes[0]
    assert ax.get_title(loc="left") and "more frequent" in ax.get_xlabel()
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "more frequent in press_release (3 of 3 words shown)",
        "more frequent in newspaper (3 of 3 words shown)",
    ]
    assert [to_hex(h.get_facecolor()).upper() for h in legend.legend_handles] == [
        PALETTE["press_release"],
        PALETTE["newspaper"],
    ]
    # both texts' colours are in the picture (in their shades for text)
    image = ax.images[0].get_array()
    colours = {tuple(int(v) for v in px) for px in np.asarray(image).reshape(-1, 3)}
    for name in ("press_release", "newspaper"):
        shade = plots.text_color(name)
        assert tuple(int(shade[i : i + 2], 16) for i in (1, 3, 5)) in colours


def test_comparison_cloud_errors(keyness):
    with pytest.raises(ValueError, match="no words to draw"):
        plots.comparison_cloud(keyness, names=("a", "b"))
    with pytest.raises(ValueError, match="more frequent in both"):
        plots.comparison_cloud(
            pd.concat([keyness, keyness.assign(more_frequent_in="newspaper")]),
            names=("press_release", "newspaper"),
        )


def test_no_heavy_imports_at_import_time():
    code = (
        "import sys, helpers.plots; "
        "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib', 'wordcloud') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _voice_table(rows):
    return pd.DataFrame(rows, columns=["voice", "speaker", "words", "share"])


def test_voice_shares_chart_stacks_each_text_by_voice():
    press = _voice_table([("narrative", "", 229, 0.674), ("quote", "The Foreign Secretary", 111, 0.326)])
    news = _voice_table(
        [("narrative", "", 250, 0.6), ("quote", "An FCO spokeswoman", 150, 0.36), ("quote", "", 17, 0.04)]
    )
    fig = plots.voice_shares_chart({"press_release": press, "newspaper": news})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["newspaper", "press_release"]  # first at the top
    assert ax.get_title(loc="left").startswith("Whose words?") and ax.get_xlabel() and ax.get_ylabel()
    bars = ax.patches
    assert len(bars) == 5
    colours = {to_hex(b.get_facecolor()).upper() for b in bars}
    assert colours == {color_for("neutral"), color_for("press_release"), color_for("newspaper")}
    labels = [t.get_text() for t in ax.texts]
    assert "unnamed speaker:\n4% (17 words)" in labels  # a sliver, labelled beyond its bar
    assert "The Foreign Secretary\n33% (111 words)" in labels
    widths = {
        round(sum(b.get_width() for b in bars if round(b.get_y() + b.get_height() / 2) == y), 3)
        for y in (0, 1)
    }
    assert widths == {1.0}


def test_voice_shares_chart_errors():
    with pytest.raises(ValueError, match="no voices to draw"):
        plots.voice_shares_chart({})
    with pytest.raises(ValueError, match="lacks the column"):
        plots.voice_shares_chart({"newspaper": pd.DataFrame({"voice": ["quote"]})})


def test_importing_plots_in_a_kernel_changes_nothing():
    # No side effect at import: the alt-text formatter is registered when a chart is made
    # (plots.show_figures_with_alt_text), not by `from helpers import plots`.
    code = (
        "import sys\n"
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "import helpers.plots\n"
        "html = shell.display_formatter.formatters['text/html']\n"
        "print(('matplotlib.figure', 'Figure') in html.deferred_printers, 'matplotlib.pyplot' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "False"], result.stdout + result.stderr
