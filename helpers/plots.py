"""Plots for Framing Lab: one palette, one style, a title and labelled axes on every chart.

Every function draws with :func:`matplotlib.pyplot.subplots` and returns the
:class:`~matplotlib.figure.Figure` without calling ``plt.show()``. In Jupyter, assign the result
(``fig = plots.top_words_bar(...)``) and the inline backend shows the figure once; save it with
``fig.savefig("chart.png")``.

Colours come from :data:`PALETTE`, built from the Okabe–Ito colours, which stay distinct for
readers with the common forms of colour blindness: the press release is always blue, the newspaper
always vermillion, a third text bluish green, and anything that belongs to no text grey.

Word clouds are drawn from *frequencies* (a table with columns ``word, count`` or a mapping
``word -> count``), never from raw text, so that the course's tokenizer and stopword choices are the
ones shown. They are deterministic: a fixed ``random_state``, the font bundled with the
``wordcloud`` package, and ties sorted alphabetically, so the same input gives the same picture,
pixel for pixel, on every run.

Example:
    >>> color_for("newspaper"), color_for("Press release")
    ('#D55E00', '#0072B2')
    >>> import pandas as pd
    >>> table = pd.DataFrame({"word": ["russia", "visit", "talks"], "count": [9, 4, 4]})
    >>> fig = top_words_bar(table, n=3, title="Newspaper: most frequent words", color="newspaper")
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]  # from the top down
    ['russia', 'talks', 'visit']
    >>> [note.get_text() for note in fig.axes[0].texts]  # the counts at the bars' ends
    ['9', '4', '4']
    >>> import matplotlib.pyplot as plt; plt.close("all")
"""

from __future__ import annotations

import re
import sys
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    Frequencies: TypeAlias = pd.DataFrame | pd.Series | Mapping[str, float]

PALETTE: dict[str, str] = {
    "press_release": "#0072B2",  # Okabe–Ito blue
    "newspaper": "#D55E00",  # Okabe–Ito vermillion
    "other": "#009E73",  # Okabe–Ito bluish green: a third text
    "neutral": "#999999",  # grey: belongs to no text in particular
    "ink": "#000000",  # Okabe–Ito black: a second series drawn over bars (markers)
}
"""The course's colours, by text id. Use :func:`color_for` to look a name up."""

EXTRA_COLORS: tuple[str, ...] = ("#CC79A7", "#56B4E9", "#E69F00")
"""Okabe–Ito reddish purple, sky blue and orange, for a fourth, fifth and sixth text."""

TEXT_SHADES: dict[str, str] = {
    "#0072B2": "#0072B2",  # blue: 5.2:1 on white already
    "#D55E00": "#C05500",  # vermillion, darker: 4.6:1 (the bar colour is 3.9:1)
    "#009E73": "#008561",  # bluish green, darker: 4.6:1
    "#999999": "#747474",  # grey, darker: 4.7:1
    "#000000": "#000000",
    "#CC79A7": "#A16084",  # reddish purple, darker: 4.6:1
    "#56B4E9": "#3A7A9E",  # sky blue, darker: 4.7:1
    "#E69F00": "#9C6C00",  # orange, darker: 4.6:1
}
"""The shade of each palette colour used for *text* (titles, word-cloud words): the same hue, dark
enough for 4.5:1 on white (WCAG 2.1 AA, normal text). Bars and patches keep the palette colours."""

_ALIASES = {"example": "other", "grey": "neutral", "gray": "neutral", "black": "ink"}
_TEXT_ORDER = ("press_release", "newspaper", "other")

FIGSIZE: tuple[float, float] = (9.0, 5.5)  # one chart
PANEL_WIDTH: float = 6.5  # width of each panel in side-by-side figures
PANEL_HEIGHT: float = 5.5
DPI: int = 110
CLOUD_SIZE: tuple[int, int] = (900, 520)  # pixels of a single word cloud
PANEL_CLOUD_SIZE: tuple[int, int] = (700, 520)  # pixels of each cloud in a side-by-side figure
PREFER_HORIZONTAL: float = 0.9  # share of words laid out horizontally
CLOUD_MARGIN: int = 14  # pixels around each word, so neighbours never read as one
MAX_FONT_SHARE: float = 0.18  # the largest word is at most 18% of the cloud's height
MIN_FONT_SIZE: int = 10  # pixels: smaller words are left out rather than drawn illegibly
MAX_PALING: float = (
    0.0  # no paler words: every word keeps its text shade's 4.5:1 contrast (size shows frequency)
)
FIT_ATTEMPTS: int = 4  # layouts tried, each with a 15% smaller largest font

TITLE_SIZE, LABEL_SIZE, TICK_SIZE, NOTE_SIZE = 13, 11, 10, 9
TEXT_COLOR, AXIS_COLOR, GRID_COLOR = "#222222", "#666666", "#E3E3E3"

_VALUE_LABELS = {
    "count": "number of times the word occurs",
    "per_1000": "occurrences per 1,000 words",
    "percent": "% of the text",  # any other share, in percent (e.g. of sentences)
}
_MEASURE_LABELS = {
    "log_likelihood": "log-likelihood (G²)",
    "log_ratio": "log ratio",
}
_SENTIMENT_LABELS = {
    "polarity": ("TextBlob polarity", "−1 negative … +1 positive"),
    "vader_compound": ("VADER compound score", "−1 negative … +1 positive"),
    "subjectivity": ("TextBlob subjectivity", "0 objective … 1 subjective"),
}


# --------------------------------------------------------------------------------------------
# Colours
# --------------------------------------------------------------------------------------------


def text_color(color: str) -> str:
    """The shade of ``color`` (a palette colour, a text id, or any colour) to use for text on white.

    Example:
        >>> text_color("newspaper"), text_color("#0072B2")
        ('#C05500', '#0072B2')
    """
    resolved = _resolve_color(color)
    return TEXT_SHADES.get(resolved.upper(), resolved)


def _key(name: str) -> str:
    return "_".join(str(name).strip().lower().replace("-", " ").split())


def color_for(name: str) -> str:
    """The colour of a text (or of ``"neutral"``/``"ink"``) as a hex string.

    Names are matched loosely (``"Press release"``, ``"press-release"`` and ``"press_release"`` are
    one name). A name not in :data:`PALETTE` gets the third text's colour (``PALETTE["other"]``);
    charts that show several texts not in the palette colour them in palette order instead.

    Example:
        >>> color_for("press_release"), color_for("neutral"), color_for("my_text")
        ('#0072B2', '#999999', '#009E73')
    """
    key = _key(name)
    key = _ALIASES.get(key, key)
    return PALETTE.get(key, PALETTE["other"])


def colors_for(names: Sequence[str]) -> dict[str, str]:
    """A colour per name: palette colours for known names, then unused palette colours in order.

    The rule every figure with several texts uses, so that a text keeps its colour throughout.

    Example:
        >>> colors_for(["my_text", "press_release"])
        {'my_text': '#D55E00', 'press_release': '#0072B2'}
    """
    known = {
        name: PALETTE[_ALIASES.get(_key(name), _key(name))]
        for name in names
        if _ALIASES.get(_key(name), _key(name)) in PALETTE
    }
    spare = [c for c in [PALETTE[t] for t in _TEXT_ORDER] + list(EXTRA_COLORS) if c not in known.values()]
    out: dict[str, str] = {}
    i = 0
    for name in names:
        if name in known:
            out[name] = known[name]
        else:
            out[name] = spare[i % len(spare)] if spare else PALETTE["other"]
            i += 1
    return out


def _resolve_color(color: str | None) -> str:
    """``None`` -> grey; a palette or text name -> its colour; else any matplotlib colour."""
    if color is None:
        return PALETTE["neutral"]
    key = _ALIASES.get(_key(color), _key(color))
    if key in PALETTE:
        return PALETTE[key]
    from matplotlib.colors import is_color_like, to_hex

    if is_color_like(color):
        return to_hex(color)
    raise ValueError(
        f"{color!r} is neither a text in the palette ({', '.join(PALETTE)}) nor a colour; "
        "pass a text id such as 'newspaper', or a hex colour such as '#0072B2'."
    )


def _mix(color: str, other: str, t: float) -> str:
    """``color`` moved a fraction ``t`` of the way towards ``other`` (both hex)."""
    a = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(a, b))


# --------------------------------------------------------------------------------------------
# Style
# --------------------------------------------------------------------------------------------


def _style(
    ax: Axes,
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    value_axis: Literal["x", "y"] = "x",
    title_color: str = TEXT_COLOR,
) -> None:
    """The one style of the course: a title, labelled axes, no top/right spines, a light grid."""
    for label, what in ((title, "title"), (xlabel, "x label"), (ylabel, "y label")):
        if not str(label).strip():
            raise ValueError(f"every chart needs a {what}")
    ax.set_title(title, fontsize=TITLE_SIZE, color=title_color, loc="left", pad=12)
    ax.set_xlabel(xlabel, fontsize=LABEL_SIZE, color=TEXT_COLOR)
    ax.set_ylabel(ylabel, fontsize=LABEL_SIZE, color=TEXT_COLOR)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(AXIS_COLOR)
    ax.tick_params(labelsize=TICK_SIZE, colors=TEXT_COLOR, length=3)
    ax.grid(axis=value_axis, color=GRID_COLOR, linewidth=0.8)
    ax.grid(axis="y" if value_axis == "x" else "x", visible=False)
    ax.set_axisbelow(True)


def _style_image(ax: Axes, *, title: str, caption: str, title_color: str = TEXT_COLOR) -> None:
    """Style for a picture (a word cloud): a title, a caption in the x label, no ticks or frame."""
    ax.set_title(title, fontsize=TITLE_SIZE, color=title_color, loc="left", pad=10)
    ax.set_xlabel(caption, fontsize=NOTE_SIZE, color=AXIS_COLOR)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)


def _one_color(color: str) -> Callable[..., str]:
    """A word cloud colour function that gives every word ``color``."""

    def color_func(*args: Any, **kwargs: Any) -> str:
        return color

    return color_func


def _subplots(ncols: int = 1, *, figsize: tuple[float, float] | None = None, **kwargs: Any):
    import matplotlib.pyplot as plt

    size = figsize or (FIGSIZE if ncols == 1 else (PANEL_WIDTH * ncols, PANEL_HEIGHT))
    fig, axes = plt.subplots(1, ncols, figsize=size, dpi=DPI, squeeze=False, **kwargs)
    fig.patch.set_facecolor("white")
    show_figures_with_alt_text()  # after pyplot: enabling the inline backend resets the formatters
    return fig, list(axes[0])


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def _require(table: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{what} must be a pandas DataFrame, not {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(
            f"The {what} lacks the column(s) {', '.join(missing)} "
            f"(it has {', '.join(map(str, table.columns)) or 'no columns'})."
        )


def _frequencies(
    frequencies: Frequencies, value: str = "count", *, what: str = "frequencies"
) -> dict[str, float]:
    """Words and positive values, most frequent first, ties alphabetical; ValueError if none."""
    import math

    import pandas as pd

    if isinstance(frequencies, pd.DataFrame):
        _require(frequencies, ("word", value), f"frequency table ({what})")
        words = frequencies["word"].astype(str).str.strip()
        duplicated = sorted(set(words[words.duplicated()]))
        if duplicated:
            raise ValueError(
                f"The frequency table ({what}) lists some words twice: {', '.join(duplicated[:5])}."
            )
        items = list(zip(words, frequencies[value]))
    elif isinstance(frequencies, (pd.Series, Mapping)):
        items = [(str(k).strip(), v) for k, v in frequencies.items()]
    else:
        raise TypeError(
            f"{what} must be a table with columns 'word' and '{value}', or a mapping word -> count, "
            f"not {type(frequencies).__name__}"
        )
    clean: dict[str, float] = {}
    for word, raw in items:
        try:
            number = float(raw)
        except (TypeError, ValueError):
            raise ValueError(f"The value for {word!r} in {what} is not a number: {raw!r}.") from None
        if word and not math.isnan(number) and number > 0:
            clean[word] = clean.get(word, 0.0) + number
    if not clean:
        raise ValueError(
            f"no words to draw: {what} has no word with a count above zero "
            f"({len(items)} rows given). Check the text and the stopword list."
        )
    return dict(sorted(clean.items(), key=lambda kv: (-kv[1], kv[0])))


def _top_table(freq_table: pd.DataFrame, n: int, value: str, what: str) -> pd.DataFrame:
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    if value not in _VALUE_LABELS:
        raise ValueError(f"value must be one of {', '.join(map(repr, _VALUE_LABELS))}, not {value!r}")
    _require(freq_table, ("word", value), what)
    table = freq_table.loc[freq_table[value].notna() & (freq_table[value] > 0)].copy()
    if table.empty:
        raise ValueError(f"no words to draw: the {what} has no word with a {value} above zero.")
    table["word"] = table["word"].astype(str)
    table = table.sort_values([value, "word"], ascending=[False, True], kind="mergesort")
    return table.head(n).reset_index(drop=True)


def _fmt(number: float) -> str:
    return f"{int(number)}" if float(number).is_integer() else f"{number:.1f}"


# --------------------------------------------------------------------------------------------
# Word clouds
# --------------------------------------------------------------------------------------------


def _font_path() -> str:
    from wordcloud.wordcloud import FONT_PATH

    path = Path(FONT_PATH)
    if not path.is_file():
        raise FileNotFoundError(
            f"The font bundled with the wordcloud package ({path}) is missing. "
            "Reinstall the course environment (python course.py) to restore wordcloud==1.9.6."
        )
    return str(path)


def _shader(freqs: Mapping[str, float], base_of: Callable[[str], str]) -> Callable[..., str]:
    """A colour function: each word in its text's colour, less frequent words paler (never below legible)."""
    top: dict[str, float] = {}
    for word, value in freqs.items():
        base = base_of(word)
        top[base] = max(top.get(base, 0.0), value)

    def color_func(word: str, *args: Any, **kwargs: Any) -> str:
        base = base_of(word)
        weight = freqs.get(word, 0.0) / top.get(base, 1.0)
        return _mix(text_color(base), "#FFFFFF", MAX_PALING * (1.0 - weight**0.5))

    return color_func


def _cloud(
    freqs: dict[str, float],
    base_of: Callable[[str], str],
    *,
    random_state: int,
    max_words: int,
    size: tuple[int, int],
):
    """Lay out a WordCloud from sorted frequencies; return the WordCloud object.

    wordcloud stops at the first word it cannot fit, which would silently drop the least frequent
    words (for a comparison cloud, mostly one text's). So if not every chosen word fits, the
    largest font is shrunk by 15% and the layout redone, up to :data:`FIT_ATTEMPTS` times. Every
    attempt uses the same ``random_state``, so the result is still deterministic.
    """
    from wordcloud import WordCloud

    if max_words < 1:
        raise ValueError(f"max_words must be at least 1, not {max_words}")
    chosen = dict(list(freqs.items())[:max_words])
    width, height = size
    cloud = None
    for attempt in range(FIT_ATTEMPTS):
        cloud = WordCloud(
            font_path=_font_path(),
            width=width,
            height=height,
            margin=CLOUD_MARGIN,
            scale=1,
            max_font_size=max(MIN_FONT_SIZE + 1, int(height * MAX_FONT_SHARE * 0.85**attempt)),
            prefer_horizontal=PREFER_HORIZONTAL,
            background_color="white",
            mode="RGB",
            random_state=random_state,
            collocations=False,
            max_words=max_words,
            min_font_size=MIN_FONT_SIZE,
            relative_scaling=0.5,
            normalize_plurals=False,
            repeat=False,
            color_func=_shader(chosen, base_of),
        )
        cloud.generate_from_frequencies(chosen)
        if len(cloud.layout_) >= len(chosen):
            break
    return cloud


def wordcloud_array(
    frequencies: Frequencies,
    *,
    color: str | None = None,
    random_state: int = 42,
    max_words: int = 100,
    value: str = "count",
    size: tuple[int, int] = CLOUD_SIZE,
) -> np.ndarray:
    """The word-cloud image as an array of pixels (height x width x 3, uint8), for saving or testing.

    The same frequencies and ``random_state`` give the same array, byte for byte, on every run and
    whatever ``PYTHONHASHSEED`` is: ties are sorted alphabetically before the layout.

    Example:
        >>> image = wordcloud_array({"russia": 9, "visit": 4, "talks": 4}, color="newspaper", size=(300, 200))
        >>> image.shape, image.dtype.name
        ((200, 300, 3), 'uint8')
    """
    import numpy as np

    freqs = _frequencies(frequencies, value)
    base = _resolve_color(color)
    cloud = _cloud(freqs, lambda word: base, random_state=random_state, max_words=max_words, size=size)
    return np.ascontiguousarray(cloud.to_array())


def word_cloud(
    frequencies: Frequencies,
    *,
    title: str | None = None,
    color: str | None = None,
    random_state: int = 42,
    max_words: int = 100,
    value: str = "count",
) -> Figure:
    """One word cloud of the most frequent words, in one colour (paler for less frequent words).

    Args:
        frequencies: a table with columns ``word`` and ``count`` (or ``value``), or a mapping
            word -> count. Remove stopwords before, so the cloud shows the course's choices.
        title: the chart title (default: "Word cloud: the most frequent words").
        color: a text id (``"newspaper"``) or a colour; default grey.
        random_state: the seed of the layout; the same seed gives the same picture.
        max_words: at most this many words are drawn.

    Raises:
        ValueError: "no words to draw: ..." when no word has a count above zero.

    A word cloud shows frequency, not importance or meaning: read it next to the bar chart.

    Example:
        >>> fig = word_cloud({"russia": 9, "visit": 4}, title="Newspaper", color="newspaper")  # doctest: +SKIP
    """
    freqs = _frequencies(frequencies, value)
    base = _resolve_color(color)
    cloud = _cloud(freqs, lambda word: base, random_state=random_state, max_words=max_words, size=CLOUD_SIZE)
    fig, (ax,) = _subplots()
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    _note_cloud(ax, cloud)
    shown = len(cloud.layout_)
    _style_image(
        ax,
        title=title or "Word cloud: the most frequent words",
        caption=f"{shown} words shown; the bigger the word, the more often it occurs "
        f"(sizes follow the {value.replace('_', ' ')}s)",
        title_color=TEXT_COLOR,
    )
    fig.tight_layout()
    return fig


def word_clouds_side_by_side(
    freqs_by_name: Mapping[str, Frequencies],
    *,
    title: str | None = None,
    random_state: int = 42,
    max_words: int = 60,
    value: str = "count",
) -> Figure:
    """Two or more word clouds on one figure, each in its text's colour and titled with its name.

    Each panel's title gives the number of words shown. Sizes are relative within each cloud:
    compare which words are big in each text, not the sizes across clouds.

    Example:
        >>> fig = word_clouds_side_by_side({"press_release": {"russia": 5}, "newspaper": {"russia": 9}})  # doctest: +SKIP
        >>> len(fig.axes)  # doctest: +SKIP
        2
    """
    if not isinstance(freqs_by_name, Mapping) or not freqs_by_name:
        raise ValueError(
            "no words to draw: give a mapping of text name -> frequencies, e.g. {'newspaper': table}"
        )
    names = list(freqs_by_name)
    colors = colors_for(names)
    prepared = {
        name: _frequencies(freqs_by_name[name], value, what=f"the frequencies of {name!r}") for name in names
    }
    fig, axes = _subplots(len(names), figsize=(PANEL_WIDTH * len(names), PANEL_HEIGHT))
    for ax, name in zip(axes, names):
        base = colors[name]
        cloud = _cloud(
            prepared[name],
            _one_color(base),
            random_state=random_state,
            max_words=max_words,
            size=PANEL_CLOUD_SIZE,
        )
        ax.imshow(cloud.to_array(), interpolation="bilinear")
        _note_cloud(ax, cloud)
        _style_image(
            ax,
            title=f"{name} ({len(cloud.layout_)} words shown)",
            caption="bigger = more frequent in this text",
            title_color=text_color(base),
        )
    fig.suptitle(
        title or "Word clouds side by side", fontsize=TITLE_SIZE + 1, color=TEXT_COLOR, x=0.01, ha="left"
    )
    fig.tight_layout()
    return fig


def _key_words(
    keyness_table: pd.DataFrame, names: Sequence[str], n: int, measure: str, counts: bool
) -> dict[str, pd.DataFrame]:
    if len(names) != 2:
        raise ValueError(
            f"names must be the two texts compared, e.g. ('press_release', 'newspaper'), not {names!r}"
        )
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    _require(keyness_table, ["word", "more_frequent_in", measure], "keyness table")
    found = sorted({str(v) for v in keyness_table["more_frequent_in"].dropna() if str(v).strip()})
    if not set(map(str, names)) & set(found):
        raise ValueError(
            f"no words to draw: no word in the keyness table is more frequent in {names[0]!r} or "
            f"{names[1]!r} (more_frequent_in holds: {', '.join(found) or 'nothing'}). "
            "Pass names= as they appear in more_frequent_in."
        )
    if counts:
        _require(keyness_table, [f"count_{name}" for name in names], "keyness table")
    out = {}
    for name in names:
        rows = keyness_table.loc[keyness_table["more_frequent_in"].astype(str) == str(name)].copy()
        rows["word"] = rows["word"].astype(str)
        rows["score"] = rows[measure].astype(float).abs()
        rows = rows.loc[rows["score"].notna() & (rows["score"] > 0)]
        rows = rows.sort_values(["score", "word"], ascending=[False, True], kind="mergesort").head(n)
        out[name] = rows.reset_index(drop=True)
    if all(rows.empty for rows in out.values()):
        raise ValueError(
            f"no words to draw: no word more frequent in {names[0]!r} or {names[1]!r} has a {measure} "
            "other than zero."
        )
    return out


def comparison_cloud(
    keyness_table: pd.DataFrame,
    names: Sequence[str] = ("a", "b"),
    n: int = 40,
    *,
    measure: str = "log_likelihood",
    title: str | None = None,
    random_state: int = 42,
) -> Figure:
    """One cloud of the words that distinguish two texts, each word in the colour of its text.

    Args:
        keyness_table: columns ``word, more_frequent_in`` and ``measure`` (``more_frequent_in``
            names the text where the word is relatively more frequent), as made by the keyness module.
        names: the two texts, as written in ``more_frequent_in``.
        n: at most this many words per text.
        measure: the keyness score that sizes the words (its absolute value).

    A legend says which colour is which text. The words are a statistical contrast between two
    texts (here of different dates and lengths), evidence to read in context, not a verdict; call
    them *key* words only if every word drawn passed a stated threshold.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"word": ["security", "engage"], "more_frequent_in": ["press_release", "newspaper"],
        ...                       "log_likelihood": [6.1, 4.2]})
        >>> fig = comparison_cloud(table, names=("press_release", "newspaper"))  # doctest: +SKIP
    """
    from matplotlib.patches import Patch

    chosen = _key_words(keyness_table, names, n, measure, counts=False)
    colors = colors_for(list(names))
    owner: dict[str, str] = {}
    freqs: dict[str, float] = {}
    for name in names:
        for word, score in zip(chosen[name]["word"], chosen[name]["score"]):
            if word in owner and owner[word] != name:
                raise ValueError(
                    f"The keyness table says {word!r} is more frequent in both {owner[word]!r} and {name!r}."
                )
            owner[word] = name
            freqs[word] = float(score)
    freqs = dict(sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0])))
    cloud = _cloud(
        freqs,
        lambda word: colors[owner[word]],
        random_state=random_state,
        max_words=len(freqs),
        size=CLOUD_SIZE,
    )
    fig, (ax,) = _subplots()
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    _note_cloud(ax, cloud, owner)
    label = _MEASURE_LABELS.get(measure, measure.replace("_", " "))
    _style_image(
        ax,
        title=title or f"Words more frequent in {names[0]} or in {names[1]}",
        caption=f"colour = the text where the word is more frequent; size = {label}",
    )
    ax.set_title(ax.get_title(loc="left"), fontsize=TITLE_SIZE, color=TEXT_COLOR, loc="left", pad=28)
    drawn = {name: 0 for name in names}
    for (word, _freq), *_rest in cloud.layout_:
        drawn[owner[word]] += 1
    handles = [
        Patch(
            facecolor=colors[name],
            label=f"more frequent in {name} ({drawn[name]} of {len(chosen[name])} words shown)",
        )
        for name in names
    ]
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=len(handles),
        frameon=False,
        fontsize=NOTE_SIZE + 1,
        handlelength=1.2,
        borderaxespad=0.2,
    )
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Bar charts
# --------------------------------------------------------------------------------------------


def _bars(ax: Axes, table: pd.DataFrame, value: str, color: str, xmax: float) -> None:
    k = len(table)
    y = list(range(k - 1, -1, -1))  # the most frequent word at the top
    ax.barh(y, table[value].astype(float), color=color, height=0.72)
    ax.set_yticks(y, labels=list(table["word"]))
    ax.set_ylim(-0.6, k - 0.4)
    has_counts = value != "count" and "count" in table.columns
    for yi, (v, c) in zip(
        y, zip(table[value].astype(float), table["count"] if "count" in table.columns else table[value])
    ):
        note = f"{_fmt(round(v, 1))} ({_fmt(c)})" if has_counts else _fmt(v)
        ax.text(v + xmax * 0.012, yi, note, va="center", ha="left", fontsize=NOTE_SIZE, color=TEXT_COLOR)
    ax.set_xlim(0, xmax * 1.16)


def _value_label(value: str, table: pd.DataFrame) -> str:
    label = _VALUE_LABELS[value]
    if value != "count" and "count" in table.columns:
        label += " (in brackets: raw count)"
    return label


def top_words_bar(
    freq_table: pd.DataFrame, n: int = 20, *, title: str, color: str | None = None, value: str = "count"
) -> Figure:
    """Horizontal bars of the ``n`` most frequent words, the most frequent at the top.

    Args:
        freq_table: columns ``word`` and ``count`` (and ``per_1000`` for ``value="per_1000"``).
        n: how many words (ties broken alphabetically).
        title: the chart title (required: say which text and what was counted).
        color: a text id (``"newspaper"``) or a colour; default grey.
        value: ``"count"`` (raw counts) or ``"per_1000"`` (rate per 1,000 words, raw count in
            brackets at each bar's end).

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"word": ["russia", "visit"], "count": [9, 4], "per_1000": [20.8, 9.3]})
        >>> fig = top_words_bar(table, n=2, title="Newspaper", value="per_1000")
        >>> fig.axes[0].get_xlabel()
        'occurrences per 1,000 words (in brackets: raw count)'
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['20.8 (9)', '9.3 (4)']
    """
    table = _top_table(freq_table, n, value, "frequency table")
    fig, (ax,) = _subplots()
    _bars(ax, table, value, _resolve_color(color), float(table[value].max()))
    _style(ax, title=title, xlabel=_value_label(value, table), ylabel="word", value_axis="x")
    fig.tight_layout()
    return fig


def top_words_side_by_side(
    tables: Mapping[str, pd.DataFrame], n: int = 15, value: str = "per_1000", *, title: str | None = None
) -> Figure:
    """The most frequent words of two or more texts, one panel per text, on the same x scale.

    Rates per 1,000 words (the default) make texts of different lengths comparable; each bar's
    raw count is shown in brackets. ``value="percent"`` draws a column ``percent`` instead (any
    share in percent, such as the share of a text's sentences with a cue).

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"word": ["russia", "security"], "count": [9, 5], "per_1000": [26.5, 14.7]})
        >>> b = pd.DataFrame({"word": ["russia", "visit"], "count": [9, 6], "per_1000": [20.8, 13.9]})
        >>> fig = top_words_side_by_side({"press_release": a, "newspaper": b}, n=2)
        >>> [ax.get_title(loc="left") for ax in fig.axes]
        ['press_release', 'newspaper']
    """
    if not isinstance(tables, Mapping) or not tables:
        raise ValueError("no words to draw: give a mapping of text name -> frequency table")
    names = list(tables)
    tops = {name: _top_table(tables[name], n, value, f"frequency table of {name!r}") for name in names}
    colors = colors_for(names)
    xmax = max(float(t[value].max()) for t in tops.values())
    fig, axes = _subplots(len(names), sharex=True)
    for ax, name in zip(axes, names):
        _bars(ax, tops[name], value, colors[name], xmax)
        _style(
            ax,
            title=name,
            xlabel=_value_label(value, tops[name]),
            ylabel="word",
            value_axis="x",
            title_color=text_color(colors[name]),
        )
    fig.suptitle(
        title or f"Most frequent words, {_VALUE_LABELS[value]}",
        fontsize=TITLE_SIZE + 1,
        color=TEXT_COLOR,
        x=0.01,
        ha="left",
    )
    fig.tight_layout()
    return fig


#: The log-likelihood a word needs to count as *key*: G² >= 3.84 is p < 0.05 (chi-squared, one
#: degree of freedom). The same value as ``helpers.keyness.G2_THRESHOLD`` (plots imports no
#: measure module; a test checks that the two agree).
KEY_THRESHOLD_G2 = 3.841458820694124


def keyness_bar(
    keyness_table: pd.DataFrame,
    names: Sequence[str] = ("a", "b"),
    n: int = 10,
    measure: str = "log_likelihood",
    *,
    title: str | None = None,
    threshold: float | None = KEY_THRESHOLD_G2,
) -> Figure:
    """A diverging bar chart: words more frequent in the first text to the left, the second to the right.

    Each bar is coloured by its text and has the raw counts beside it ("7 vs 2": the count in the
    first text, then in the second). The course shows raw counts next to every score: a large
    score can rest on a handful of occurrences. For ``measure="log_likelihood"`` the chart marks
    the ``threshold`` (G² = 3.84, p < 0.05) with a dashed line on each side: bars past it are
    drawn in full colour with their word in bold, the others pale, and the legend says how many
    words of the chart pass. Only the words past the line are *key* words; the others are
    differences that chance could well give.

    Args:
        keyness_table: columns ``word, count_<a>, count_<b>, more_frequent_in`` and ``measure``.
        names: the two texts, as written in ``more_frequent_in`` and in the count column names.
        n: at most this many words per text.
        measure: ``"log_likelihood"`` or ``"log_ratio"`` (bar length = its absolute value).
        threshold: the G² a key word needs; ``None`` for no line. Ignored for ``log_ratio``, an
            effect size with no significance threshold.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"word": ["security", "engage"], "count_pr": [5, 0], "count_np": [0, 3],
        ...                       "log_likelihood": [8.3, 2.9], "log_ratio": [3.1, -2.6],
        ...                       "more_frequent_in": ["pr", "np"]})
        >>> fig = keyness_bar(table, names=("pr", "np"))
        >>> sorted(t.get_text() for t in fig.axes[0].texts if " vs " in t.get_text())
        ['0 vs 3', '5 vs 0']
        >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()][-1]
        'below it (pale): 1 of 2'
    """
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    names = tuple(names)
    chosen = _key_words(keyness_table, names, n, measure, counts=True)
    colors = colors_for(list(names))
    a, b = names
    line = threshold if measure == "log_likelihood" and threshold is not None else None
    scores = [s for rows in chosen.values() for s in rows["score"]]
    top = max(scores + ([line * 1.05] if line is not None else []))
    pad = top * 0.02
    fig, (ax,) = _subplots(figsize=(FIGSIZE[0], FIGSIZE[1] + 0.5))
    y = 0.0
    ys: list[float] = []
    passing = 0
    for side, name in ((-1, a), (1, b)):
        rows = chosen[name]
        for word, score, ca, cb in zip(rows["word"], rows["score"], rows[f"count_{a}"], rows[f"count_{b}"]):
            passes = line is None or score >= line
            passing += passes
            color = colors[name] if passes else _mix(colors[name], "#FFFFFF", 0.6)
            ax.barh(y, side * score, color=color, height=0.72)
            # the word beside the zero line, on the empty side; the raw counts at the bar's end
            ax.text(
                -side * pad,
                y,
                word,
                va="center",
                ha="left" if side < 0 else "right",
                fontsize=TICK_SIZE,
                color=TEXT_COLOR,
                fontweight="bold" if passes and line is not None else "normal",
            )
            ax.text(
                side * (score + pad),
                y,
                f"{_fmt(ca)} vs {_fmt(cb)}",
                va="center",
                ha="right" if side < 0 else "left",
                fontsize=NOTE_SIZE,
                color=AXIS_COLOR,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6},  # over the threshold line
            )
            ys.append(y)
            y -= 1
        y -= 0.6 if not rows.empty else 0
    ax.axvline(0, color=AXIS_COLOR, linewidth=0.9)
    if line is not None:
        for x in (-line, line):
            ax.axvline(x, color=TEXT_COLOR, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
    ax.set_xlim(-top * 1.45, top * 1.45)
    ax.set_ylim(min(ys) - 0.7, 0.7)
    ax.set_yticks([])
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{abs(x):g}"))
    label = _MEASURE_LABELS.get(measure, measure.replace("_", " "))
    _style(
        ax,
        title=title or f"Words more frequent in {a} or in {b}",
        xlabel=f"◀ more frequent in {a}        {label}        more frequent in {b} ▶",
        ylabel="words",
        value_axis="x",
    )
    ax.spines["left"].set_visible(False)
    handles: list[Any] = [Patch(facecolor=colors[name], label=f"more frequent in {name}") for name in names]
    if line is not None:
        total = len(scores)
        handles += [
            Line2D(
                [],
                [],
                color=TEXT_COLOR,
                linestyle=(0, (4, 3)),
                label=f"key words: G² ≥ {line:.2f} (p < 0.05)",
            ),
            Patch(
                facecolor=PALETTE["neutral"],
                label=f"past it (bold): {passing} of {total}",
            ),
            Patch(
                facecolor=_mix(PALETTE["neutral"], "#FFFFFF", 0.6),
                label=f"below it (pale): {total - passing} of {total}",
            ),
        ]
    legend = ax.legend(
        handles=handles,
        loc="lower left",  # the first text's bars are at the top left, the second's at the bottom right
        frameon=True,
        facecolor="white",
        edgecolor="none",
        framealpha=1.0,
        fontsize=NOTE_SIZE + 1,
        title=f"beside each bar: raw counts,\n{a} vs {b}",
        title_fontsize=NOTE_SIZE,
        alignment="left",
    )
    legend.get_title().set_color(AXIS_COLOR)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Voices
# --------------------------------------------------------------------------------------------


def voice_shares_chart(
    shares: Mapping[str, pd.DataFrame],
    *,
    title: str = "Whose words? Each text's words by voice (cleaned texts)",
) -> Figure:
    """Each text's words by voice: one stacked bar per text, grey narrative, coloured quoted speech.

    Args:
        shares: text name -> a table with columns ``voice`` (``"quote"`` or ``"narrative"``),
            ``speaker``, ``words`` and ``share`` (what ``voices.voice_shares`` gives), the first
            text drawn at the top.
        title: the chart title.

    Each segment is labelled with its speaker (``narrative`` for the writer, ``unnamed speaker``
    for a quote with no speaker), its share and its words; a segment under 20% is labelled
    beyond the end of its bar.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"voice": ["narrative", "quote"], "speaker": ["", "A spokeswoman"],
        ...                       "words": [60, 40], "share": [0.6, 0.4]})
        >>> fig = voice_shares_chart({"newspaper": table})
        >>> [t.get_text().splitlines() for t in fig.axes[0].texts]
        [['narrative', '60% (60 words)'], ['A spokeswoman', '40% (40 words)']]
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    import textwrap

    if not isinstance(shares, Mapping) or not shares:
        raise ValueError("no voices to draw: give a mapping of text name -> voice_shares(...) table")
    for name, table in shares.items():
        _require(table, ("voice", "speaker", "words", "share"), f"voice shares of {name!r}")
    fig, axes = _subplots(figsize=(9.0, 3.8))
    ax = axes[0]
    rows = list(shares.items())[::-1]  # drawn bottom to top: the first text at the top
    for y, (name, table) in enumerate(rows):
        left = 0.0
        for row in table.sort_values(["voice", "words"], ascending=[True, False]).itertuples():
            quoted = row.voice == "quote"
            who = row.speaker if row.speaker else ("unnamed speaker" if quoted else "narrative")
            ax.barh(
                y,
                row.share,
                left=left,
                height=0.62,
                color=color_for(name if quoted else "neutral"),
                edgecolor="white",
                linewidth=1.5,
            )
            if row.share >= 0.2:  # wide enough to hold its label
                ax.text(
                    left + row.share / 2,
                    y,
                    f"{textwrap.fill(who, 22)}\n{row.share:.0%} ({row.words} words)",
                    ha="center",
                    va="center",
                    fontsize=NOTE_SIZE,
                    color="white" if quoted else TEXT_COLOR,
                )
            else:  # a sliver: label it beyond the end of the bar
                ax.text(
                    1.01,
                    y,
                    f"{who}:\n{row.share:.0%} ({row.words} words)",
                    ha="left",
                    va="center",
                    fontsize=NOTE_SIZE,
                    color=TEXT_COLOR,
                )
            left += row.share
    ax.set_yticks(range(len(rows)), labels=[name for name, _ in rows])
    ax.set_xlim(0, 1.2)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1], labels=["0%", "25%", "50%", "75%", "100%"])
    ax.set_title(title, loc="left", fontsize=TITLE_SIZE, color=TEXT_COLOR, pad=12)
    ax.set_xlabel(
        "share of the text's words (grey: the writer's narrative; colour: quoted speech)",
        fontsize=LABEL_SIZE,
        color=TEXT_COLOR,
    )
    ax.set_ylabel("text", fontsize=LABEL_SIZE, color=TEXT_COLOR)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color=GRID_COLOR, linewidth=0.8)
    ax.set_axisbelow(True)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Sentiment
# --------------------------------------------------------------------------------------------


def sentiment_chart(
    sentence_table: pd.DataFrame,
    *,
    title: str,
    value: str = "polarity",
    second: str | None = None,
    color: str | None = None,
) -> Figure:
    """Sentence-by-sentence sentiment: one bar per sentence, a zero line, an optional second score as markers.

    Args:
        sentence_table: columns ``sentence_no`` and ``value`` (the sentiment module gives
            ``sentence_no, sentence, polarity, subjectivity, vader_compound``).
        title: the chart title (required).
        value: the score drawn as bars, e.g. ``"polarity"`` (−1 to +1).
        second: another score drawn as black diamonds on the same axis, e.g. ``"vader_compound"``.
        color: a text id (``"press_release"``) or a colour for the bars; default grey.

    Scores come from word lists, not from understanding: read the sentences behind the tallest bars.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"sentence_no": [1, 2, 3], "polarity": [0.0, 0.5, -0.2],
        ...                       "vader_compound": [0.1, 0.6, -0.4]})
        >>> fig = sentiment_chart(table, title="Press release", second="vader_compound", color="press_release")
        >>> len(fig.axes[0].patches), fig.axes[0].get_xlabel()
        (3, 'sentence number')
    """
    from matplotlib.ticker import MaxNLocator

    columns = ["sentence_no", value] + ([second] if second else [])
    _require(sentence_table, columns, "sentence table")
    table = sentence_table.loc[:, columns].sort_values("sentence_no", kind="mergesort")
    if table.empty:
        raise ValueError("no sentences to draw: the sentence table is empty.")
    base = _resolve_color(color)
    name, scale = _SENTIMENT_LABELS.get(value, (value.replace("_", " "), ""))
    fig, (ax,) = _subplots()
    x = table["sentence_no"].astype(int).tolist()
    bars = ax.bar(x, table[value].astype(float), color=base, width=0.72, label=name)
    handles: list[Any] = [bars]
    ax.axhline(0, color=AXIS_COLOR, linewidth=0.9)
    values = [abs(v) for v in table[value].astype(float) if v == v]
    if second:
        second_name = _SENTIMENT_LABELS.get(second, (second.replace("_", " "), ""))[0]
        handles.append(
            ax.scatter(
                x,
                table[second].astype(float),
                marker="D",
                s=26,
                color=PALETTE["ink"],
                zorder=3,
                label=second_name,
            )
        )
        values += [abs(v) for v in table[second].astype(float) if v == v]
    lim = max([1.0] + values) * 1.08
    low = 0.0 if value == "subjectivity" and not second else -lim
    ax.set_ylim(low, lim)
    ax.set_xlim(min(x) - 0.8, max(x) + 0.8)
    if len(x) <= 30:
        ax.set_xticks(x)
    else:
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=15))
    ylabel = f"{name} ({scale})" if scale else name
    if second:
        ylabel = f"score ({scale})" if scale else "score"
    _style(ax, title=title, xlabel="sentence number", ylabel=ylabel, value_axis="y")
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=2,
        frameon=False,
        fontsize=NOTE_SIZE + 1,
        borderaxespad=0.2,
    )
    ax.set_title(title, fontsize=TITLE_SIZE, color=TEXT_COLOR, loc="left", pad=26)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------------------------
# Alt text: what a figure shows, in words (WCAG 2.1 AA, 1.1.1 non-text content)
# --------------------------------------------------------------------------------------------

ALT_ITEMS: int = 5  # how many bars or words an alt text names
_CLOUD_WORDS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _note_cloud(ax: Axes, cloud: Any, owner: Mapping[str, str] | None = None) -> None:
    """Remember a word cloud's largest words for its alt text (the picture itself has no text)."""
    words = [word for (word, _freq), *_rest in cloud.layout_[:ALT_ITEMS]]
    if owner:
        words = [f"{word} ({owner[word]})" for word in words]
    _CLOUD_WORDS[ax] = ", ".join(words)


def _bar_items(ax: Axes) -> tuple[list[tuple[str, float]], bool]:
    """The labelled bars of an axes, largest first, and whether they are horizontal.

    A bar's label is its tick label, or else a word written beside it (``ax.text``).
    """
    from matplotlib.patches import Rectangle

    bars = [p for p in ax.patches if isinstance(p, Rectangle) and (p.get_width() or p.get_height())]
    if not bars:
        return [], False
    horizontal = len({round(b.get_height(), 6) for b in bars}) == 1 and len(bars) > 1
    ticks = ax.get_yticklabels() if horizontal else ax.get_xticklabels()
    labels = {round(float(t.get_position()[1 if horizontal else 0]), 6): t.get_text() for t in ticks}
    written: dict[float, str] = {}
    for note in ax.texts:
        text = note.get_text().strip()
        if text and not re.fullmatch(r"[-+\d.,()%\s]+", text):  # a word, not a number
            written.setdefault(round(float(note.get_position()[1 if horizontal else 0]), 6), text)
    items = []
    for bar in bars:
        centre = bar.get_y() + bar.get_height() / 2 if horizontal else bar.get_x() + bar.get_width() / 2
        value = bar.get_width() if horizontal else bar.get_height()
        label = labels.get(round(centre, 6)) or written.get(round(centre, 6), "")
        if label and value:
            items.append((label, float(value)))
    return sorted(items, key=lambda item: (-abs(item[1]), item[0])), horizontal


def alt_text(fig: Figure) -> str:
    """What ``fig`` shows, in words: its title, and per panel its title and key numbers.

    Bar charts name their largest bars with their values and the value axis; word clouds name
    their largest words. Used as the figure's alt text in notebooks, the site and reports.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"word": ["russia", "visit", "talks"], "count": [9, 4, 4]})
        >>> alt_text(top_words_bar(table, n=3, title="Newspaper: most frequent words", color="newspaper"))
        'Bar chart: Newspaper: most frequent words. Largest: russia 9, talks 4, visit 4 (number of times the word occurs).'
        >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    parts = []
    suptitle = fig.get_suptitle().strip()
    panels = [ax for ax in fig.axes if ax.get_visible() and (ax.patches or ax.images or ax.lines)]
    for ax in panels:
        title = (ax.get_title(loc="left") or ax.get_title()).strip()
        if ax.images:
            words = _CLOUD_WORDS.get(ax, "")
            caption = ax.get_xlabel().strip()
            text = f"Word cloud{': ' + title if title else ''}."
            text += f" Largest words: {words}." if words else ""
            text += f" {caption[0].upper() + caption[1:]}." if caption else ""
        else:
            items, horizontal = _bar_items(ax)
            kind = "Bar chart" if items else "Chart"
            text = f"{kind}{': ' + title if title else ''}."
            if horizontal:
                shown = ", ".join(f"{label} {_fmt(value)}" for label, value in items[:ALT_ITEMS])
                axis = ax.get_xlabel().strip()
                text += f" Largest: {shown}" + (f" ({axis})." if axis else ".")
            elif items:
                across, values = ax.get_xlabel().strip() or "bar", ax.get_ylabel().strip()
                shown = ", ".join(f"{across} {label}: {_fmt(value)}" for label, value in items[:ALT_ITEMS])
                text += f" Largest{' ' + values if values else ''}: {shown}."
        parts.append(text)
    if suptitle:
        parts.insert(0, f"{suptitle}.")
    return " ".join(parts) or "A chart."


def figure_html(fig: Figure) -> str:
    """``fig`` as an HTML ``<img>`` whose alt text is :func:`alt_text` (the PNG embedded)."""
    import html

    from IPython.core.pylabtools import print_figure

    data = print_figure(fig, "png", bbox_inches="tight", base64=True)
    return f'<img alt="{html.escape(alt_text(fig), quote=True)}" src="data:image/png;base64,{data}">'


def show_figures_with_alt_text() -> None:
    """In IPython (a notebook's kernel), display every matplotlib Figure with its alt text.

    The figure's ``image/png`` output stays; a ``text/html`` one, which JupyterLab, the site
    (Jupyter Book) and the reports (nbconvert) prefer, is added with the alt text. Every chart
    helper here calls it when it makes a chart (IPython's inline backend removes every Figure
    formatter when it starts), and importing this module does nothing; a notebook that draws its
    own chart with pyplot calls it before showing the figure. Outside IPython it does nothing.

    Example:
        >>> show_figures_with_alt_text()  # not in a notebook: nothing to do
    """
    ipython_module = sys.modules.get("IPython")
    shell = ipython_module.get_ipython() if ipython_module is not None else None
    if shell is None:
        return
    import matplotlib.pyplot as plt

    plt.close(plt.figure())  # loads the inline backend now (it resets the formatters when it loads)

    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type_by_name("matplotlib.figure", "Figure", figure_html)
