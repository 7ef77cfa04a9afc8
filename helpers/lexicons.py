"""Lexicons: reading the editable word lists in ``lexicons/`` (CSV files a teacher can open and edit).

=========================== ==================================================================
file                        what it holds
=========================== ==================================================================
``generic_frames.csv``      ``frame, cue, except, note``: cues for Semetko and Valkenburg's
                            (2000) five generic news frames
``course_topics.csv``       ``frame, cue, except, note``: ``diplomacy`` and ``security``, topic
                            lists made for the course texts (not generic frames)
``modals.csv``              ``cue, kind, note``: modal and future forms (``will``, ``must``,
                            ``cannot``...), ``kind`` being future, obligation, possibility...
``frame_questions.csv``     ``frame, item, question, source``: the frame questions for coding a
                            text by hand
=========================== ==================================================================

:func:`load_lexicon` reads and checks a file, with an error that names the file, the line and
the fix; :func:`parse_cue` reads one cue (``threat*``: words beginning with *threat*; ``*'ll``:
words ending in *'ll*; several words: the same words in a row). Matching cues in a text is
:mod:`helpers.framing`'s job; hand coding with the frame questions is :mod:`helpers.coding`'s.

Example:
    >>> load_lexicon("modals").columns.tolist()
    ['cue', 'kind', 'note']
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

from helpers.tokens import normalize_apostrophes, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    import pandas as pd

LEXICONS_DIR = Path(__file__).resolve().parent.parent / "lexicons"
"""The folder of editable lexicon files (``lexicons/`` at the top of the course)."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "generic_frames": ("frame", "cue", "note"),
    "course_topics": ("frame", "cue", "note"),
    "modals": ("cue", "kind", "note"),
    "frame_questions": ("frame", "question"),
}

LexiconSource = Union[str, Path, "pd.DataFrame", "Sequence[str | Path]", None]

_WORD_CHAR = re.compile(r"[^\W_]")


class LexiconError(ValueError):
    """A lexicon file cannot be used. The message names the file (and the line) and the fix."""


# --------------------------------------------------------------------------------------------
# Loading lexicons
# --------------------------------------------------------------------------------------------


def _lexicon_path(path_or_name: str | Path) -> Path:
    if isinstance(path_or_name, Path):
        return path_or_name
    text = str(path_or_name).strip()
    if not text:
        raise LexiconError(
            "The lexicon name is empty. Use a name such as 'generic_frames' or a path to a .csv file."
        )
    if "/" in text or "\\" in text:
        return Path(text)
    if text.lower().endswith(".csv"):
        local = Path(text)
        return local if local.exists() else LEXICONS_DIR / text
    return LEXICONS_DIR / f"{text}.csv"


def _known_lexicons() -> list[str]:
    if not LEXICONS_DIR.is_dir():
        return []
    return sorted(p.stem for p in LEXICONS_DIR.glob("*.csv"))


def _required_for(path: Path, header: list[str], required: tuple[str, ...] | None) -> tuple[str, ...]:
    if required is not None:
        return tuple(required)
    if path.stem in REQUIRED_COLUMNS:
        return REQUIRED_COLUMNS[path.stem]
    if "question" in header:
        return REQUIRED_COLUMNS["frame_questions"]
    if "kind" in header and "frame" not in header:
        return REQUIRED_COLUMNS["modals"]
    return REQUIRED_COLUMNS["generic_frames"]


@dataclass(frozen=True)
class Cue:
    """A parsed cue: a tuple of (how, text) parts, how being 'exact', 'prefix' or 'suffix'.

    Example:
        >>> cue = Cue(group="security", cue="threat*", parts=parse_cue("threat*"), order=0)
        >>> cue.matches_at(["a", "threatened", "state"], 1), cue.matches_at(["a", "treat"], 1)
        (True, False)
    """

    group: str
    cue: str
    parts: tuple[tuple[str, str], ...]
    order: int
    exceptions: tuple[tuple[tuple[str, str], ...], ...] = ()  #: the ``except`` patterns, parsed

    def blocked_at(self, tokens: list[str], start: int, end: int) -> bool:
        """True if an ``except`` pattern covers any of the tokens ``start..end-1`` ("wildlife trade").

        Example:
            >>> cue = Cue("economic", "trade*", parse_cue("trade*"), 0, parse_exceptions("wildlife trade"))
            >>> cue.blocked_at(["illegal", "wildlife", "trade"], 2, 3), cue.blocked_at(["free", "trade"], 1, 2)
            (True, False)
        """
        for pattern in self.exceptions:
            probe = Cue(self.group, "", pattern, self.order)
            for first in range(max(0, start - len(pattern) + 1), end):
                if probe.matches_at(tokens, first):
                    return True
        return False

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        exact = sum(1 for how, _ in self.parts if how == "exact")
        chars = sum(len(text) for _, text in self.parts)
        # Longest first, then more exact words, then longer stems, then lexicon order.
        return (-len(self.parts), -exact, -chars, self.order)

    def matches_at(self, tokens: list[str], start: int) -> bool:
        if start + len(self.parts) > len(tokens):
            return False
        return all(
            _part_matches(how, text, token)
            for (how, text), token in zip(self.parts, tokens[start : start + len(self.parts)])
        )

    def starts_with(self, token: str) -> bool:
        """True if the cue's first word fits ``token`` (only then can the cue match there).

        Example:
            >>> cue = Cue(group="economic", cue="trade deal*", parts=parse_cue("trade deal*"), order=0)
            >>> cue.starts_with("trade"), cue.starts_with("deals")
            (True, False)
        """
        how, text = self.parts[0]
        return _part_matches(how, text, token)


def _part_matches(how: str, text: str, token: str) -> bool:
    if how == "exact":
        return token == text
    if how == "prefix":
        return token.startswith(text)
    return token.endswith(text)


def parse_exceptions(text: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The ``except`` column of a cue: patterns separated by ``;``, each written as a cue.

    Example:
        >>> parse_exceptions("wildlife trade; trademark*")
        ((('exact', 'wildlife'), ('exact', 'trade')), (('prefix', 'trademark'),))
        >>> parse_exceptions("")
        ()
    """
    return tuple(parse_cue(piece.strip()) for piece in str(text).split(";") if piece.strip())


def parse_cue(cue: str) -> tuple[tuple[str, str], ...]:
    """Split a cue into parts; raise ValueError with the reason if it cannot match anything.

    Example:
        >>> parse_cue("business as usual"), parse_cue("threat*"), parse_cue("*'ll")
        ((('exact', 'business'), ('exact', 'as'), ('exact', 'usual')), (('prefix', 'threat'),), (('suffix', "'ll"),))
    """
    parts: list[tuple[str, str]] = []
    for word in cue.split():
        stars = word.count("*")
        if stars == 0:
            tokens = tokenize(word)
            if not tokens:
                raise ValueError(f"the word {word!r} has no letters or digits, so it can never match")
            parts.extend(("exact", token) for token in tokens)
            continue
        if stars == 1 and len(word) > 1 and word.endswith("*"):
            how, stem = "prefix", word[:-1]
        elif stars == 1 and len(word) > 1 and word.startswith("*"):
            how, stem = "suffix", word[1:]
        else:
            raise ValueError(
                f"the word {word!r} has a '*' that is not at its start or end; write 'threat*' "
                "(words beginning with 'threat') or \"*'ll\" (words ending in 'll)"
            )
        stem = normalize_apostrophes(stem).lower()
        if not _WORD_CHAR.search(stem):
            raise ValueError(
                f"the word {word!r} has no letters or digits besides the '*', so it would match everything"
            )
        parts.append((how, stem))
    if not parts:
        raise ValueError("the cue is empty")
    return tuple(parts)


def load_lexicon(
    path_or_name: str | Path = "generic_frames", *, required: tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Read a lexicon CSV file from ``lexicons/`` (by name) or from a path, and check it.

    Args:
        path_or_name: a name in ``lexicons/`` without ``.csv`` (``"generic_frames"``, ``"course_topics"``, ``"modals"``,
            ``"frame_questions"``), or the path of a CSV file.
        required: the columns the file must have. By default: ``frame, cue, note`` for a cue list,
            ``cue, kind, note`` for ``modals`` (or any file with ``kind`` but no ``frame``), and
            ``frame, question`` for ``frame_questions`` (or any file with a ``question`` column).

    Returns:
        One row per line of the file, in file order: the required columns first, then any others.
        Values are strings with surrounding spaces removed; blank lines are skipped.

    Raises:
        LexiconError: the file is missing, not UTF-8, lacks columns, has an empty or impossible
            cue (a ``*`` in the middle of a word), or lists a cue twice for the same frame. The
            message names the file, the line and the fix.

    The lexicon is a list of things to look for, chosen by people; what it finds is evidence for
    a reader, never a verdict.

    Example:
        >>> cues = load_lexicon("course_topics")
        >>> list(cues.columns)
        ['frame', 'cue', 'note', 'except']
        >>> cues.loc[cues["cue"] == "threat*", "frame"].tolist()
        ['security']
        >>> load_lexicon("frame_questions").iloc[0]["item"]
        'SV1'
    """
    import pandas as pd

    path = _lexicon_path(path_or_name)
    if not path.is_file():
        known = _known_lexicons()
        listing = f" The lexicons in {LEXICONS_DIR} are: {', '.join(known)}." if known else ""
        what = "is a folder, not a CSV file" if path.is_dir() else "does not exist"
        if path.stem == "frame_cues":
            listing += (
                " frame_cues.csv was split in two: 'generic_frames' (Semetko and Valkenburg's five frames) "
                "and 'course_topics' (diplomacy, security); helpers.framing.COURSE_FRAMES names both."
            )
        raise LexiconError(
            f"The lexicon file {path} {what}.{listing} Check the spelling, pass a name from that list "
            "(without '.csv') or the path of a CSV file, or create the file with a header row "
            "such as 'frame,cue,note' (see lexicons/README.md)."
        )
    data = path.read_bytes()
    try:
        # utf-8-sig is UTF-8 that also accepts the byte-order mark Excel writes at the start.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LexiconError(
            f"The lexicon file {path} is not UTF-8 (first bad byte at position {exc.start}). "
            "Save it again as 'CSV UTF-8 (comma delimited)' (Excel) or with UTF-8 encoding (any text editor)."
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise LexiconError(
            f"The lexicon file {path} is empty. Its first line must name the columns, for example 'frame,cue,note'."
        )
    header = [cell.strip().lower() for cell in rows[0]]
    needed = _required_for(path, header, required)
    missing = [c for c in needed if c not in header]
    if missing:
        raise LexiconError(
            f"The lexicon file {path} lacks the column(s) {', '.join(missing)}: its first line names "
            f"{', '.join(repr(h) for h in header)}. Make the first line read '{','.join(needed)}' "
            "(see lexicons/README.md)."
        )
    extras = [h for h in header if h and h not in needed]
    columns = list(needed) + list(dict.fromkeys(extras))
    records: list[dict[str, str]] = []
    lines: list[int] = []
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header) if h}
        records.append({c: values.get(c, "") for c in columns})
        lines.append(line_no)

    group = "frame" if "frame" in needed else ("kind" if "kind" in needed else None)
    if "cue" in needed:
        seen: dict[tuple[str, str], int] = {}
        for record, line_no in zip(records, lines):
            cue = record["cue"]
            if not cue:
                raise LexiconError(
                    f"{path}, line {line_no}: the cue is empty. Write a word or phrase, or delete the line."
                )
            if group and not record[group]:
                raise LexiconError(
                    f"{path}, line {line_no}: the cue {cue!r} has no {group}. Fill in the {group} column."
                )
            try:
                parse_cue(cue)
            except ValueError as exc:
                raise LexiconError(
                    f"{path}, line {line_no}: the cue {cue!r} cannot be used: {exc}."
                ) from None
            try:
                parse_exceptions(record.get("except", ""))
            except ValueError as exc:
                raise LexiconError(
                    f"{path}, line {line_no}: the except column of {cue!r} cannot be used: {exc}. "
                    "Write the words that must not count, separated by ';' (e.g. 'wildlife trade; trademark*')."
                ) from None
            key = (record[group] if group else "", " ".join(cue.lower().split()))
            if key in seen:
                where = f" for the {group} {key[0]!r}" if group else ""
                raise LexiconError(
                    f"{path}, lines {seen[key]} and {line_no}: the cue {cue!r} is listed twice{where}. Delete one of them."
                )
            seen[key] = line_no
    elif group:
        for record, line_no in zip(records, lines):
            if not record[group]:
                raise LexiconError(
                    f"{path}, line {line_no}: the {group} column is empty. Fill it in or delete the line."
                )

    frame = pd.DataFrame(records, columns=columns)
    frame.attrs["source"] = str(path)
    return frame


def coerce_lexicon(lexicon: LexiconSource, default: str, group: str) -> pd.DataFrame:
    """A lexicon given by name, path or table, as a checked table (``default`` when ``None``).

    Example:
        >>> coerce_lexicon(None, "modals", "kind").columns.tolist()
        ['cue', 'kind', 'note']
    """
    import pandas as pd

    if lexicon is None:
        lexicon = default
    if isinstance(lexicon, (str, Path)):
        return load_lexicon(lexicon)
    if isinstance(lexicon, (list, tuple)) and lexicon and all(isinstance(x, (str, Path)) for x in lexicon):
        tables = [load_lexicon(name) for name in lexicon]
        joined = pd.concat(tables, ignore_index=True).fillna("")
        joined.attrs["source"] = " + ".join(str(t.attrs.get("source", "")) for t in tables)
        return joined
    if isinstance(lexicon, pd.DataFrame):
        missing = [c for c in (group, "cue") if c not in lexicon.columns]
        if missing:
            raise LexiconError(
                f"The lexicon table lacks the column(s) {', '.join(missing)} (it has {', '.join(map(str, lexicon.columns))}). "
                f"A table of cues needs the columns '{group}' and 'cue'."
            )
        return lexicon
    raise TypeError(
        f"lexicon must be a name such as {default!r}, a path, or a DataFrame, not {type(lexicon).__name__}"
    )


def compile_cues(lexicon: pd.DataFrame, group: str) -> tuple[list[str], list[Cue]]:
    """The lexicon's groups (frames or kinds, in order) and its cues, parsed.

    Example:
        >>> groups, cues = compile_cues(load_lexicon("modals"), "kind")
        >>> groups[0], cues[0].cue
        ('future', 'will')
    """
    groups: list[str] = []
    cues: list[Cue] = []
    excepts = lexicon["except"] if "except" in lexicon.columns else [""] * len(lexicon)
    for order, (name, cue, exception) in enumerate(zip(lexicon[group], lexicon["cue"], excepts)):
        name, cue = str(name).strip(), str(cue).strip()
        if name not in groups:
            groups.append(name)
        try:
            parts = parse_cue(cue)
            blocked = parse_exceptions("" if exception is None else str(exception))
        except ValueError as exc:
            raise LexiconError(f"The cue {cue!r} ({group} {name!r}) cannot be used: {exc}.") from None
        cues.append(Cue(group=name, cue=cue, parts=parts, order=order, exceptions=blocked))
    return groups, cues
