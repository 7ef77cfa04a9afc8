"""Frame cues: small word lists that point a reader to sentences worth a closer look.

The lists live in ``lexicons/`` as CSV files a teacher can open and edit (see
``lexicons/README.md``):

=========================== ==================================================================
file                        what it holds
=========================== ==================================================================
``frame_cues.csv``          ``frame, cue, note``: cues for Semetko and Valkenburg's (2000) five
                            generic news frames, plus ``diplomacy`` and ``security``
``modals.csv``              ``cue, kind, note``: modal and future forms (``will``, ``must``,
                            ``cannot``...), ``kind`` being future, obligation, possibility...
``frame_questions.csv``     ``frame, item, question, source``: the frame questions for coding a
                            text by hand
=========================== ==================================================================

**Everything this module returns is evidence, never a verdict.** A cue found in a sentence
says "read this sentence with this frame in mind"; it does not say the sentence, or the text,
uses the frame. ``business as usual`` is not about money, and ``will`` can be a noun. The
sentence is returned with every match so that a human reader can decide.

How cues match (the rules are short on purpose, so a student can check every match):

* text and cues are split with the course tokenizer, :func:`helpers.tokens.tokenize`
  (lower case, curly apostrophes made straight, possessive ``'s`` removed);
* a cue of several words (``business as usual``) matches the same words in a row, inside one
  sentence;
* a word ending in ``*`` matches every word that begins with it (``threat*``: threat, threats,
  threatened); a word beginning with ``*`` matches every word that ends with it (``*'ll``: we'll);
* within one frame, the longest cue wins where cues overlap (``will not`` rather than ``will``),
  so a word is counted at most once per frame; the same word can be a cue for two frames (the
  note says why).

Example:
    >>> matches = find_cues("Talks will focus on the threat. Relations are tense.")
    >>> matches[["frame", "cue", "match", "sentence_no"]].values.tolist()
    [['diplomacy', 'talk*', 'Talks', 1], ['security', 'threat*', 'threat', 1], ['diplomacy', 'relation*', 'Relations', 2], ['conflict', 'tense', 'tense', 2]]
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

LEXICONS_DIR = Path(__file__).resolve().parent.parent / "lexicons"
"""The folder of editable lexicon files (``lexicons/`` at the top of the course)."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "frame_cues": ("frame", "cue", "note"),
    "modals": ("cue", "kind", "note"),
    "frame_questions": ("frame", "question"),
}
MATCH_COLUMNS = ("frame", "cue", "match", "sentence_no", "sentence")
MODAL_COLUMNS = ("kind", "cue", "match", "sentence_no", "sentence", "next_word")
SUMMARY_COLUMNS = ("matches", "distinct_cues", "sentences_with_cue", "per_1000_words", "cues")

LexiconSource = Union[str, Path, "pd.DataFrame", None]

_WORD_CHAR = re.compile(r"[^\W_]")
_CHUNK = re.compile(r"\S+")


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
            "The lexicon name is empty. Use a name such as 'frame_cues' or a path to a .csv file."
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
    return REQUIRED_COLUMNS["frame_cues"]


@dataclass(frozen=True)
class _Cue:
    """A parsed cue: a tuple of (how, text) parts, how being 'exact', 'prefix' or 'suffix'."""

    group: str
    cue: str
    parts: tuple[tuple[str, str], ...]
    order: int

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        exact = sum(1 for how, _ in self.parts if how == "exact")
        chars = sum(len(text) for _, text in self.parts)
        # Longest first, then more exact words, then longer stems, then lexicon order.
        return (-len(self.parts), -exact, -chars, self.order)

    def matches_at(self, tokens: list[str], start: int) -> bool:
        if start + len(self.parts) > len(tokens):
            return False
        for (how, text), token in zip(self.parts, tokens[start : start + len(self.parts)]):
            if how == "exact":
                ok = token == text
            elif how == "prefix":
                ok = token.startswith(text)
            else:
                ok = token.endswith(text)
            if not ok:
                return False
        return True


def _parse_cue(cue: str) -> tuple[tuple[str, str], ...]:
    """Split a cue into parts; raise ValueError with the reason if it cannot match anything."""
    from .tokens import normalize_apostrophes, tokenize

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
    path_or_name: str | Path = "frame_cues", *, required: tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Read a lexicon CSV file from ``lexicons/`` (by name) or from a path, and check it.

    Args:
        path_or_name: a name in ``lexicons/`` without ``.csv`` (``"frame_cues"``, ``"modals"``,
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
        >>> cues = load_lexicon("frame_cues")
        >>> list(cues.columns)
        ['frame', 'cue', 'note']
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
                _parse_cue(cue)
            except ValueError as exc:
                raise LexiconError(
                    f"{path}, line {line_no}: the cue {cue!r} cannot be used: {exc}."
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


def _coerce_lexicon(lexicon: LexiconSource, default: str, group: str) -> pd.DataFrame:
    import pandas as pd

    if lexicon is None:
        lexicon = default
    if isinstance(lexicon, (str, Path)):
        return load_lexicon(lexicon)
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


def _compile(lexicon: pd.DataFrame, group: str) -> tuple[list[str], list[_Cue]]:
    groups: list[str] = []
    cues: list[_Cue] = []
    for order, (name, cue) in enumerate(zip(lexicon[group], lexicon["cue"])):
        name, cue = str(name).strip(), str(cue).strip()
        if name not in groups:
            groups.append(name)
        try:
            parts = _parse_cue(cue)
        except ValueError as exc:
            raise LexiconError(f"The cue {cue!r} ({group} {name!r}) cannot be used: {exc}.") from None
        cues.append(_Cue(group=name, cue=cue, parts=parts, order=order))
    return groups, cues


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


def _token_spans(sentence: str) -> list[tuple[str, int, int]]:
    """The sentence's tokens (as :func:`tokenize` gives them) with their start and end offsets."""
    from .tokens import normalize_apostrophes, tokenize

    normalised = normalize_apostrophes(sentence)  # one character for one: offsets are unchanged
    spans: list[tuple[str, int, int]] = []
    for chunk in _CHUNK.finditer(normalised):
        piece = chunk.group()
        lowered = piece.lower()
        same_length = len(lowered) == len(piece)
        cursor = 0
        for token in tokenize(piece):
            found = lowered.find(token, cursor) if same_length else -1
            if found < 0:  # exotic case folding: fall back to the whole chunk as the surface form
                spans.append((token, chunk.start(), chunk.end()))
                continue
            spans.append((token, chunk.start() + found, chunk.start() + found + len(token)))
            cursor = found + len(token)
    return spans


def _check_text(text: object, function: str) -> str:
    if isinstance(text, str):
        return text
    hint = ""
    if hasattr(text, "raw"):
        hint = " For a loaded text, pass text.raw (or helpers.cleaning.clean_text(text.raw) for a web page)."
    raise TypeError(f"{function}() takes the text as a string, not {type(text).__name__}.{hint}")


def _scan(
    text: str, cues: list[_Cue], groups: list[str], *, one_pass: bool
) -> list[tuple[int, int, int, _Cue, str, str, str]]:
    """Find cues sentence by sentence: (sentence_no, token index, group index, cue, match, sentence, next word).

    With ``one_pass`` every cue competes with every other (used for modals, where ``will not`` must
    win over ``will``); otherwise each group (frame) is scanned on its own.
    """
    from .tokens import sentences

    if one_pass:
        passes = [sorted(cues, key=lambda c: c.specificity)]
    else:
        passes = [sorted((c for c in cues if c.group == g), key=lambda c: c.specificity) for g in groups]
    group_index = {g: i for i, g in enumerate(groups)}
    found: list[tuple[int, int, int, _Cue, str, str, str]] = []
    for sentence_no, sentence in enumerate(sentences(text), start=1):
        spans = _token_spans(sentence)
        tokens = [t for t, _, _ in spans]
        for candidates in passes:
            i = 0
            while i < len(tokens):
                hit = next((c for c in candidates if c.matches_at(tokens, i)), None)
                if hit is None:
                    i += 1
                    continue
                end = i + len(hit.parts)
                surface = sentence[spans[i][1] : spans[end - 1][2]]
                next_word = sentence[spans[end][1] : spans[end][2]] if end < len(spans) else ""
                found.append((sentence_no, i, group_index[hit.group], hit, surface, sentence, next_word))
                i = end
    found.sort(key=lambda row: (row[0], row[1], row[2], row[3].order))
    return found


def find_cues(text: str, lexicon: LexiconSource = None) -> pd.DataFrame:
    """Every cue of the frame lexicon found in ``text``, each with its sentence as evidence.

    Args:
        text: the text (a string). For the newspaper web page, pass
            ``helpers.cleaning.clean_text(raw)`` to leave out the photo gallery's captions.
        lexicon: ``None`` for ``lexicons/frame_cues.csv``, another lexicon's name or path, or a
            DataFrame with columns ``frame`` and ``cue``.

    Returns:
        One row per match with columns ``frame, cue, match, sentence_no, sentence``: ``cue`` as
        written in the lexicon, ``match`` the words as they are in the text (original case and
        quotation marks), ``sentence_no`` counted from 1 (headline included). Rows are ordered by
        sentence, then by position in the sentence, then by the frame's place in the lexicon. No
        match gives an empty table with these columns.

    A match is evidence for a human reader, never a verdict: read the sentence before deciding
    that it frames anything.

    Example:
        >>> rows = find_cues("But he will stress the UK will defend its interests where they are threatened.")
        >>> rows[["frame", "cue", "match"]].values.tolist()
        [['security', 'defen*', 'defend'], ['security', 'threat*', 'threatened']]
        >>> find_cues("").shape
        (0, 5)
    """
    import pandas as pd

    text = _check_text(text, "find_cues")
    lex = _coerce_lexicon(lexicon, "frame_cues", "frame")
    groups, cues = _compile(lex, "frame")
    rows = [
        {
            "frame": cue.group,
            "cue": cue.cue,
            "match": surface,
            "sentence_no": sentence_no,
            "sentence": sentence,
        }
        for sentence_no, _, _, cue, surface, sentence, _ in _scan(text, cues, groups, one_pass=False)
    ]
    out = pd.DataFrame(rows, columns=list(MATCH_COLUMNS))
    return out.astype({"sentence_no": "int64"})


def modal_forms(text: str, lexicon: LexiconSource = None) -> pd.DataFrame:
    """Modal and future forms (``will``, ``must``, ``cannot``...) in ``text``, each with its sentence.

    Uses ``lexicons/modals.csv`` (columns ``cue, kind, note``). All cues compete in one pass, so
    ``will not`` is one negated modal, not a ``will`` as well. A future with ``will`` is caught
    simply: the modal itself is the cue, and ``next_word`` shows what follows it (``will say``,
    ``will stress``), which is usually the verb.

    Returns:
        Columns ``kind, cue, match, sentence_no, sentence, next_word``, ordered by sentence and
        position; an empty table with these columns when nothing matches.

    As with every cue, a match is evidence for a reader, never a verdict (``may`` can be Theresa May).

    Example:
        >>> modal_forms("He will say our relationship cannot be 'business as usual'.")[["kind", "match", "next_word"]].values.tolist()
        [['future', 'will', 'say'], ['negated modal', 'cannot', 'be']]
    """
    import pandas as pd

    text = _check_text(text, "modal_forms")
    lex = _coerce_lexicon(lexicon, "modals", "kind")
    groups, cues = _compile(lex, "kind")
    rows = [
        {
            "kind": cue.group,
            "cue": cue.cue,
            "match": surface,
            "sentence_no": sentence_no,
            "sentence": sentence,
            "next_word": next_word,
        }
        for sentence_no, _, _, cue, surface, sentence, next_word in _scan(text, cues, groups, one_pass=True)
    ]
    out = pd.DataFrame(rows, columns=list(MODAL_COLUMNS))
    return out.astype({"sentence_no": "int64"})


def cue_summary(
    text_or_matches: str | pd.DataFrame, lexicon: LexiconSource = None, *, words: int | None = None
) -> pd.DataFrame:
    """Per frame (or per modal kind): how many cues matched, how varied they are, and where.

    Args:
        text_or_matches: a text (cues are found with :func:`find_cues`), or a table returned by
            :func:`find_cues` or :func:`modal_forms` (summarised by ``frame`` or ``kind``).
        lexicon: the lexicon that lists every frame (so frames with no match still get a row);
            by default ``frame_cues`` for frames and ``modals`` for kinds.
        words: the number of words of the text, for the rate per 1,000 words. Counted with
            :func:`helpers.tokens.tokenize` when a text is given; when a table is given without
            ``words``, ``per_1000_words`` is NaN.

    Returns:
        One row per frame, in lexicon order (frames found only in the table come after, sorted),
        with columns ``frame`` (or ``kind``), ``matches``, ``distinct_cues``,
        ``sentences_with_cue``, ``per_1000_words`` (2 decimals; NaN for a text of no words) and
        ``cues`` (each cue with its count, most frequent first, ties alphabetical). The word count
        is kept in ``table.attrs["words"]``.

    The counts are evidence of what to read, never a verdict on how a text is framed: a frame is
    a way of telling a story, and a handful of words cannot establish it.

    Example:
        >>> table = cue_summary("Relations are tense. Talks will focus on differences.")
        >>> table.set_index("frame").loc[["conflict", "diplomacy", "morality"], ["matches", "per_1000_words", "cues"]].values.tolist()
        [[2, 250.0, 'differences (1), tense (1)'], [2, 250.0, 'relation* (1), talk* (1)'], [0, 0.0, '']]
    """
    import pandas as pd

    from .tokens import tokenize

    if isinstance(text_or_matches, str):
        matches = find_cues(text_or_matches, lexicon)
        if words is None:
            words = len(tokenize(text_or_matches))
    elif isinstance(text_or_matches, pd.DataFrame):
        matches = text_or_matches
    else:
        _check_text(text_or_matches, "cue_summary")
        raise AssertionError("unreachable")  # pragma: no cover

    if "frame" in matches.columns:
        group, default = "frame", "frame_cues"
    elif "kind" in matches.columns:
        group, default = "kind", "modals"
    else:
        raise ValueError(
            "cue_summary() needs a text, or a table from find_cues() (with a 'frame' column) or "
            f"modal_forms() (with a 'kind' column); this table has {', '.join(map(str, matches.columns))}."
        )
    missing = [c for c in ("cue", "sentence_no") if c not in matches.columns]
    if missing:
        raise ValueError(
            f"The table of matches lacks the column(s) {', '.join(missing)}; use the output of find_cues() or modal_forms()."
        )

    lex = _coerce_lexicon(lexicon, default, group)
    order = list(dict.fromkeys(str(g).strip() for g in lex[group]))
    extra = sorted(set(map(str, matches[group])) - set(order))
    rows = []
    for name in order + extra:
        sub = matches[matches[group].astype(str) == name]
        counts = Counter(map(str, sub["cue"]))
        listed = ", ".join(
            f"{cue} ({n})" for cue, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        if words:
            rate = round(len(sub) / words * 1000, 2)
        else:
            rate = math.nan
        rows.append(
            {
                group: name,
                "matches": len(sub),
                "distinct_cues": len(counts),
                "sentences_with_cue": int(sub["sentence_no"].nunique()),
                "per_1000_words": rate,
                "cues": listed,
            }
        )
    out = pd.DataFrame(rows, columns=[group, *SUMMARY_COLUMNS])
    out = out.astype(
        {
            "matches": "int64",
            "distinct_cues": "int64",
            "sentences_with_cue": "int64",
            "per_1000_words": "float64",
        }
    )
    out.attrs["words"] = words
    return out


# --------------------------------------------------------------------------------------------
# The frame questions: cues against a human reading
# --------------------------------------------------------------------------------------------

CUE_ANSWER_COLUMNS = ("frame", "item", "question", "cue_answer", "matches", "evidence")
AGREEMENT_COLUMNS = ("text", "frame", "item", "question", "yours", "cues", "agree", "evidence")
_YES = {"yes", "y", "true"}
_NO = {"no", "n", "false"}


def _item_pattern(item: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(item)}(?![\w])")


def cue_answers(text: str, lexicon: LexiconSource = None, questions: LexiconSource = None) -> pd.DataFrame:
    """Each frame question answered by the cues alone: ``"yes"`` if a cue that answers it matched.

    Every note in ``frame_cues.csv`` names the questions its cue answers ("tense relations
    (SV11)"). For each question of ``frame_questions.csv``, this finds the matches (as
    :func:`find_cues` finds them) of the cues whose note names the question's ``item``, and
    answers ``"yes"`` when there is at least one. It is the crudest possible reading, a dictionary
    ticking boxes, and that is its use: set it beside a human reading to see where words mislead.

    Args:
        text: the text (a string).
        lexicon: the frame cues (default ``frame_cues``); it needs a ``note`` column.
        questions: the frame questions (default ``frame_questions``); they need an ``item`` column.

    Returns:
        One row per question, in the questions' order, with the columns ``frame, item, question``,
        ``cue_answer`` (``"yes"``/``"no"``), ``matches`` (how many matches of its cues) and
        ``evidence`` (each matched cue with its count, most frequent first: ``"tense (1)"``).

    Example:
        >>> table = cue_answers("Relations are tense.").set_index("item")
        >>> table.loc[["SV11", "SV14", "FL3"], ["cue_answer", "evidence"]].values.tolist()
        [['yes', 'tense (1)'], ['no', ''], ['yes', 'relation* (1)']]
    """
    import pandas as pd

    text = _check_text(text, "cue_answers")
    lex = _coerce_lexicon(lexicon, "frame_cues", "frame")
    if "note" not in lex.columns:
        raise LexiconError(
            "cue_answers() needs a lexicon with a 'note' column naming the questions each cue answers."
        )
    quest = (
        load_lexicon(questions)
        if isinstance(questions, (str, Path))
        else (load_lexicon("frame_questions") if questions is None else questions)
    )
    missing = [c for c in ("frame", "item", "question") if c not in quest.columns]
    if missing:
        raise LexiconError(f"The frame questions lack the column(s) {', '.join(missing)}.")
    matches = find_cues(text, lex)
    found = Counter(zip(matches["frame"].astype(str), matches["cue"].astype(str)))
    notes = [
        (str(f).strip(), str(c).strip(), str(n)) for f, c, n in zip(lex["frame"], lex["cue"], lex["note"])
    ]
    rows = []
    for frame, item, question in zip(quest["frame"], quest["item"], quest["question"]):
        pattern = _item_pattern(str(item).strip())
        cited = {(f, c) for f, c, note in notes if pattern.search(note)}
        counts = {c: n for (f, c), n in found.items() if (f, c) in cited}
        evidence = ", ".join(f"{c} ({n})" for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        total = sum(counts.values())
        rows.append(
            {
                "frame": frame,
                "item": item,
                "question": question,
                "cue_answer": "yes" if total else "no",
                "matches": total,
                "evidence": evidence,
            }
        )
    return pd.DataFrame(rows, columns=list(CUE_ANSWER_COLUMNS)).astype({"matches": "int64"})


def _answer(value: object) -> str | None:
    """``"yes"``/``"no"`` for an answer written in any of the accepted ways, else None."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        folded = value.strip().lower()
        if folded in _YES:
            return "yes"
        if folded in _NO:
            return "no"
    return None


def coding_problems(coding: object, n_texts: int, questions: LexiconSource = None) -> list[str]:
    """What is wrong with a hand coding, in words for the student; an empty list when it is usable.

    A coding is a dictionary ``item -> answers``, one answer per text, each ``"yes"`` or ``"no"``
    (``True``/``False`` and ``"y"``/``"n"`` are accepted too), with every item of the frame
    questions: ``{"SV1": ("yes", "no"), "SV2": ("no", "no"), ...}``.

    Example:
        >>> coding_problems({"SV1": ("yes", "maybe")}, 2)
        ['Answer every question: 25 items are missing (SV2, SV3, SV4 and 22 more).', "Write 'yes' or 'no', not 'maybe': SV1."]
    """
    quest = (
        load_lexicon(questions)
        if isinstance(questions, (str, Path))
        else (load_lexicon("frame_questions") if questions is None else questions)
    )
    items = [str(i).strip() for i in quest["item"]]
    if coding is Ellipsis or coding is None:
        return ["There is no sheet yet: fill in every answer, then give the whole dictionary."]
    if not isinstance(coding, dict):
        return [
            f"Give a dictionary, item -> answers, like {{'SV1': ('yes', 'no'), ...}}, not a {type(coding).__name__}."
        ]
    problems: list[str] = []
    given = {str(k).strip().upper(): v for k, v in coding.items()}
    missing = [i for i in items if i.upper() not in given]
    if missing:
        problems.append(
            f"Answer every question: {len(missing)} item{'s are' if len(missing) > 1 else ' is'} "
            f"missing ({_some(missing)})."
        )
    unknown = [str(k) for k in coding if str(k).strip().upper() not in {i.upper() for i in items}]
    if unknown:
        problems.append(
            f"Unknown item(s) {', '.join(map(repr, unknown[:3]))}: use the codes of the questions table (SV1 ... FL6)."
        )
    wrong_length: list[str] = []
    wrong_value: list[tuple[str, object]] = []
    for key, value in coding.items():
        answers = [value] if isinstance(value, (str, bool)) else value
        if not isinstance(answers, (list, tuple)) or len(answers) != n_texts:
            wrong_length.append(str(key))
            continue
        bad = [answer for answer in answers if _answer(answer) is None]
        if bad:
            wrong_value.append((str(key), bad[0]))
    if wrong_length:
        problems.append(
            f"Give {n_texts} answers, one per text, in brackets, like ('yes', 'no'): {_some(wrong_length)}."
        )
    if wrong_value:
        problems.append(
            f"Write 'yes' or 'no', not {wrong_value[0][1]!r}: {_some([k for k, _ in wrong_value])}."
        )
    return problems


def _some(items: list[str], shown: int = 3) -> str:
    """'SV1, SV2, SV3 and 23 more' (for messages)."""
    more = len(items) - shown
    return ", ".join(items[:shown]) + (f" and {more} more" if more > 0 else "")


def coding_agreement(
    coding: dict, texts: dict[str, str], lexicon: LexiconSource = None, questions: LexiconSource = None
) -> pd.DataFrame:
    """Your answers to the frame questions beside the cues' answers (:func:`cue_answers`), text by text.

    Args:
        coding: ``item -> answers``, one answer per text in the order of ``texts`` (see
            :func:`coding_problems`, which says what is wrong with a coding that cannot be used).
        texts: ``name -> text``, e.g. ``{"press_release": press, "newspaper": news}``.

    Returns:
        One row per text and question: ``text, frame, item, question``, ``yours`` and ``cues``
        (``"yes"``/``"no"``), ``agree`` (True/False) and the cues' ``evidence``. Where you and the
        cues disagree, neither is wrong by definition: read the evidence and the sentence.

    Example:
        >>> coding = {item: ("no",) for item in load_lexicon("frame_questions")["item"]}
        >>> table = coding_agreement(coding, {"mine": "Relations are tense."})
        >>> table.loc[~table["agree"], ["item", "yours", "cues", "evidence"]].values.tolist()
        [['SV11', 'no', 'yes', 'tense (1)'], ['FL3', 'no', 'yes', 'relation* (1)']]
    """
    import pandas as pd

    if not isinstance(texts, dict) or not texts:
        raise TypeError(
            "texts must be a dictionary of name -> text, like {'press_release': press, 'newspaper': news}."
        )
    problems = coding_problems(coding, len(texts), questions)
    if problems:
        raise ValueError("This coding cannot be compared yet. " + " ".join(problems))
    given = {str(k).strip().upper(): v for k, v in coding.items()}
    frames = []
    for index, (name, text) in enumerate(texts.items()):
        cues = cue_answers(text, lexicon, questions)
        yours = [_answer(given[str(item).strip().upper()][index]) for item in cues["item"]]
        frames.append(
            pd.DataFrame(
                {
                    "text": name,
                    "frame": cues["frame"],
                    "item": cues["item"],
                    "question": cues["question"],
                    "yours": yours,
                    "cues": cues["cue_answer"],
                    "agree": [y == c for y, c in zip(yours, cues["cue_answer"])],
                    "evidence": cues["evidence"],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)[list(AGREEMENT_COLUMNS)]
