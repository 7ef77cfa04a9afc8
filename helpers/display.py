"""Display helpers for notebooks: tables and concordances laid out for reading.

Layer 0: this module imports nothing from ``helpers`` (pandas only inside functions), so any
module can use it. Each display object shows itself as HTML in Jupyter and as plain text
(``repr``) everywhere else, with no memory address, so saved notebook outputs stay the same
from one run to the next.

* :func:`left_aligned` (:class:`LeftAligned`): a table whose cells are aligned left and whose
  index is hidden, for tables of sentences.
* :class:`KWICView`: concordance lines aligned on the match, as a concordancer shows them; made
  by :func:`helpers.concordance.kwic_view`.

Example:
    >>> import pandas as pd
    >>> print(repr(left_aligned(pd.DataFrame({"n": [1], "sentence": ["Talks in Moscow."]}))))
     n         sentence
     1 Talks in Moscow.
    >>> print(KWICView([("talks in", "Moscow", "today")], labelled=False, empty_message="None."))
    talks in  Moscow  today
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


class LeftAligned:
    """A table shown left-aligned in Jupyter (long sentences read like text), with a plain-text form.

    Made by :func:`left_aligned`. In HTML it is the table with every cell aligned left and no
    index; as plain text (``repr``) it is ``DataFrame.to_string`` without the index, so saved
    outputs hold no memory address. With ``wrap``, a longer text runs over several lines of the
    plain-text form (HTML wraps by itself), so a table of notes stays readable.
    """

    def __init__(self, table: pd.DataFrame, max_chars: int | None = None, wrap: int | None = None) -> None:
        self.table = table
        self.max_chars = max_chars
        self.wrap = wrap

    def _cells(self) -> pd.DataFrame:
        if self.max_chars is None:
            return self.table
        limit = self.max_chars

        def cut(value: object) -> object:
            if isinstance(value, str) and len(value) > limit:
                return value[: limit - 1].rstrip() + "…"
            return value

        from pandas.api.types import is_numeric_dtype

        return self.table.apply(lambda column: column if is_numeric_dtype(column) else column.map(cut))

    def _repr_html_(self) -> str:
        html = self._cells().to_html(index=False, border=0, classes="dataframe left-aligned")
        html = html.replace("<th>", '<th style="text-align: left;">')
        html = html.replace('<tr style="text-align: right;">', '<tr style="text-align: left;">')
        return html.replace("<td>", '<td style="text-align: left; vertical-align: top;">')

    def __repr__(self) -> str:
        if self.wrap is None:
            return self._cells().to_string(index=False)
        return self._wrapped_text(self.wrap)

    def _wrapped_text(self, width: int) -> str:
        """The table as plain text, columns aligned left, every cell wrapped at ``width`` characters."""
        import textwrap

        cells = self._cells()
        rows = [[str(name) for name in cells.columns]]
        rows += [[str(value) for value in row] for row in cells.itertuples(index=False)]
        wrapped = [
            [
                textwrap.wrap(value, width, break_long_words=False, break_on_hyphens=False) or [""]
                for value in row
            ]
            for row in rows
        ]
        widths = [max(len(line) for row in wrapped for line in row[column]) for column in range(len(rows[0]))]
        lines = []
        for row in wrapped:
            for number in range(max(len(cell) for cell in row)):
                parts = [
                    (cell[number] if number < len(cell) else "").ljust(w) for cell, w in zip(row, widths)
                ]
                lines.append("  ".join(parts).rstrip())
        return "\n".join(lines)


def left_aligned(table: pd.DataFrame, max_chars: int | None = None, wrap: int | None = None) -> LeftAligned:
    """Show ``table`` with its cells aligned left and without its index: for tables of sentences.

    ``max_chars`` shortens longer texts, ending them with "…" (the table itself is not changed).
    ``wrap`` runs longer texts over several lines of the plain-text form instead (nothing is cut).

    Example:
        >>> import pandas as pd
        >>> shown = left_aligned(pd.DataFrame({"n": [1], "text": ["A long sentence."]}), max_chars=7)
        >>> print(repr(shown))
         n    text
         1 A long…
        >>> 'style="text-align: left;' in shown._repr_html_()
        True
        >>> print(repr(left_aligned(pd.DataFrame({"field": ["note"], "a": ["Cut off at the end."]}), wrap=8)))
        field  a
        note   Cut off
               at the
               end.
    """
    return LeftAligned(table, max_chars, wrap)


class KWICView:
    """A concordance laid out for reading, as in a concordancer: the left context right-aligned,
    the match in bold in a column of its own, the right context left-aligned, so that every match
    sits in one vertical line. Made by :func:`helpers.concordance.kwic_view`; shows itself in a notebook (HTML) and as
    plain text (``print`` or ``repr``)."""

    def __init__(self, rows: list[tuple[str, ...]], labelled: bool, empty_message: str):
        self.rows = rows
        self.labelled = labelled
        self.empty_message = empty_message

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        if not self.rows:
            return self.empty_message
        columns = list(zip(*self.rows))
        widths = [max(len(value) for value in column) for column in columns]
        lines = []
        for row in self.rows:
            cells = [
                value.rjust(width) if i == len(row) - 3 else value.ljust(width)
                for i, (value, width) in enumerate(zip(row, widths))
            ]
            lines.append("  ".join(cells).rstrip())
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        import html

        if not self.rows:
            return f"<p><em>{html.escape(self.empty_message)}</em></p>"
        cell = "padding:0.2em 0.5em;border-bottom:1px solid #E3E3E3;white-space:nowrap;"
        aligns = (["left"] if self.labelled else []) + ["right", "center", "left"]
        weights = (["normal"] if self.labelled else []) + ["normal", "bold", "normal"]
        headers = (["text"] if self.labelled else []) + ["left context", "match", "right context"]
        head = "".join(
            f'<th style="{cell}text-align:{a}">{html.escape(h)}</th>' for a, h in zip(aligns, headers)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f'<td style="{cell}text-align:{a};font-weight:{w}">{html.escape(v)}</td>'
                for a, w, v in zip(aligns, weights, row)
            )
            + "</tr>"
            for row in self.rows
        )
        return (
            f'<table class="framing-lab-kwic" style="border-collapse:collapse">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
