"""A SYNTHETIC corpus of press releases and news articles, with known reuse: the answers are planted.

Nothing here is real. Departments, ministers, towns, newspapers and figures are invented, and
every sentence comes from templates written for this course (none copied from any real text).
Every document says so: its ``note`` column reads ``synthetic: helpers.synthetic, seed <seed>``,
and the folder that :func:`write_synthetic_corpus` writes has a README saying the same.

What is planted (the ground truth :func:`synthetic_corpus` returns beside the corpus):

* **Press releases** on six topics (flood defences, rail fares, hospital waiting lists, school
  meals, rural broadband, home energy), each from its (invented) department, with a minister's
  statement quoted in the GOV.UK style and a stakeholder's reaction.
* **News articles** that reuse a release at a planted level, in rotation: ``whole`` (the whole
  statement, with a new opening line and an attribution), about ``60%``, ``30%`` and ``10%`` of
  the article's words taken from the release, and ``none`` (an article on the same topic that
  takes nothing: a decoy).
* **The edits real copy shows**, applied at random to the sentences taken: quotation marks added
  around a quoted sentence with an attribution ("..., said Ms Okafor."), an attribution clause
  inserted mid-sentence, one word substituted (``announced`` -> ``unveiled``), a sentence cut
  short, paragraphs reordered, and the journalist's own sentences in between.
* **Decoys**: releases nobody copies, and articles on the same topics that copy nothing.
* **Dates consistent with borrowing**: an article is dated on the day of its release or up to
  three days later. Some releases are *follow-ups* that recycle a paragraph of an earlier
  release of the same department, weeks later: the earlier release's articles share that
  paragraph with the follow-up, but were published before it, so the follow-up cannot be their
  source (:func:`helpers.corpus.find_reuse` must not report them). Articles that copy the
  follow-up's recycled paragraph do share words with the earlier release, which was published
  before them: the ground truth lists those pairs too (``planted = "recycled"``).

The ground truth is computed from the generator's own record of where every word came from
(which release, which position), not by aligning texts: for each (article, release) pair, the
article's words in runs of at least ``min_words`` consecutive words of that release, over all the
article's words. Every word of a generated text is exactly one token of
:func:`helpers.tokens.tokenize` (checked when the corpus is made), so these counts are in the
same units as churn.

Example:
    >>> made = synthetic_corpus(n_releases=5, seed=1)
    >>> made.corpus["group"].value_counts().sort_index().to_dict()
    {'newspaper': 20, 'press_release': 5}
    >>> made.corpus["note"].iloc[0]
    'synthetic: helpers.synthetic, seed 1'
    >>> sorted(made.truth["planted"].unique())
    ['10%', '30%', '60%', 'whole']
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .tokens import tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

LEVELS = ("whole", "60%", "30%", "10%", "none")
LEVEL_SHARE = {"60%": 0.6, "30%": 0.3, "10%": 0.1}
DEFAULT_SEED = 2008
START_DATE = date(2026, 1, 5)
MIN_WORDS = 5

# --- the vocabulary: invented, written for this course --------------------------------------------

PLACES = [
    "Eastmere",
    "Caldwick",
    "Northbay",
    "Harrowfield",
    "Linmouth",
    "Brackenford",
    "Saltry",
    "Wendlow",
    "Oxhaven",
    "Pellbridge",
    "Dunmoor",
    "Ashcombe",
    "Kestrelton",
    "Marlow-on-Teme",
    "Riversby",
    "Thornwick",
    "Gallowfield",
    "Elmstead",
    "Copperhill",
    "Fenbury",
    "Haverleigh",
    "Quarrendon",
    "Stonegate",
    "Wyvernham",
    "Belcaster",
    "Morrowdale",
    "Tarnford",
    "Upper-Cray",
]
FIRST_NAMES = [
    "Alis",
    "Bram",
    "Cerys",
    "Dario",
    "Elin",
    "Faisal",
    "Greta",
    "Hollis",
    "Ines",
    "Jonah",
    "Kiri",
    "Leontine",
    "Malik",
    "Nerys",
    "Oren",
    "Priya",
    "Quentin",
    "Rosalind",
    "Soren",
    "Talia",
    "Ulric",
    "Vesna",
    "Wilf",
    "Yara",
    "Zeno",
    "Anouk",
    "Bastian",
    "Cosima",
]
SURNAMES = [
    "Darrow",
    "Okafor",
    "Pennick",
    "Lindqvist",
    "Marchetti",
    "Oyelaran",
    "Thorne",
    "Kowalczyk",
    "Ferreira",
    "Abernathy",
    "Nakamura",
    "Quill",
    "Rasmussen",
    "Haddad",
    "Vickery",
    "Strand",
    "Mbeki",
    "Castellane",
    "Fairweather",
    "Tolland",
    "Grieve",
    "Osei",
    "Brannock",
    "Wetherell",
    "Ivanov",
    "Sallow",
    "Kerrigan",
    "Ashdown",
]
OUTLETS = (
    "Eastmere Courier",
    "Northbay Herald",
    "Daily Ledger",
    "Valley Post",
    "Morning Lantern",
    "Caldwick Gazette",
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ROLES = ("shopkeeper", "retired teacher", "parish councillor", "nurse", "bus driver", "student", "farmer")
JUDGEMENTS = (
    "too little, too late",
    "a welcome first step",
    "long overdue",
    "a good start",
    "an election gimmick",
)

TOPICS: dict[str, dict[str, tuple[str, ...] | str]] = {
    "flood defences": {
        "dept": "Rivers Office",
        "title": "Rivers Minister",
        "prog": "Riverside Fund",
        "things": (
            "flood barriers",
            "drainage schemes",
            "pumping stations",
            "river embankments",
            "storm drains",
        ),
        "stakes": ("householders", "farmers", "small businesses", "parish councils", "insurers"),
        "verbs": ("protect", "safeguard", "shield", "reassure"),
        "outcomes": ("homes at risk", "flooded streets", "damp cellars"),
    },
    "rail fares": {
        "dept": "Rail Office",
        "title": "Rail Minister",
        "prog": "Fares Plan",
        "things": (
            "season tickets",
            "off-peak fares",
            "station upgrades",
            "new carriages",
            "ticket machines",
        ),
        "stakes": ("commuters", "students", "rail operators", "pensioners", "shift workers"),
        "verbs": ("help", "reward", "win back", "reassure"),
        "outcomes": ("daily journeys", "crowded morning trains", "cancelled services"),
    },
    "hospital waiting lists": {
        "dept": "Health Office",
        "title": "Health Minister",
        "prog": "Care Programme",
        "things": (
            "diagnostic centres",
            "operating theatres",
            "hospital beds",
            "community clinics",
            "scanners",
        ),
        "stakes": ("patients", "nurses", "hospital trusts", "family doctors", "carers"),
        "verbs": ("treat", "support", "reach", "reassure"),
        "outcomes": ("surgery delays", "routine appointments", "missed diagnoses"),
    },
    "school meals": {
        "dept": "Schools Office",
        "title": "Schools Minister",
        "prog": "Lunch Scheme",
        "things": (
            "free school meals",
            "breakfast clubs",
            "school kitchens",
            "cookery lessons",
            "fruit deliveries",
        ),
        "stakes": ("parents", "head teachers", "pupils", "catering staff", "school governors"),
        "verbs": ("feed", "support", "reach", "help"),
        "outcomes": ("children arriving hungry", "lunchtime queues", "family food bills"),
    },
    "rural broadband": {
        "dept": "Digital Office",
        "title": "Digital Minister",
        "prog": "Villages Project",
        "things": (
            "fibre cables",
            "mobile masts",
            "broadband vouchers",
            "rural exchanges",
            "signal boosters",
        ),
        "stakes": (
            "rural households",
            "village shops",
            "farm businesses",
            "home workers",
            "mobile libraries",
        ),
        "verbs": ("connect", "support", "reach", "link up"),
        "outcomes": ("signal blackspots", "slow connections", "remote hamlets"),
    },
    "home energy": {
        "dept": "Energy Office",
        "title": "Energy Minister",
        "prog": "Homes Grant",
        "things": ("heat pumps", "loft insulation", "solar panels", "draught proofing", "smart meters"),
        "stakes": ("tenants", "landlords", "pensioners", "young families", "housing associations"),
        "verbs": ("help", "protect", "support", "reach"),
        "outcomes": ("cold homes", "winter energy bills", "damp bedrooms"),
    },
}

# Sentences of a release are put together from clauses (subject, verb phrase, place, time), each
# with a slot every few words, so two releases on the same topic rarely share five words by
# chance: the only long runs two texts share are the ones the generator copies.
SUBJECTS = (
    "The {dept} in {place3}",
    "Ministers in {place}",
    "Officials in {place}",
    "The {prog} in {place2}",
    "A panel led by {fullname2}",
    "Councils near {place}",
    "{fullname2}'s team",
    "A further {num4} million for {place4}",
    "Advisers from {place2}",
    "The {title} in {place3}",
    "Teams in {place4}",
    "{small} regional offices",
)
# (singular, plural): the verb agrees with its subject.
MODALS = (
    ("will", "will"),
    ("is set to", "are set to"),
    ("plans to", "plan to"),
    ("has promised to", "have promised to"),
    ("intends to", "intend to"),
    ("aims to", "aim to"),
    ("expects to", "expect to"),
    ("hopes to", "hope to"),
)
PLURAL_SUBJECTS = frozenset(
    {
        "Ministers in {place}",
        "Councils near {place}",
        "Advisers from {place2}",
        "Teams in {place4}",
        "{small} regional offices",
    }
)
VERB_PHRASES = (
    "fund {num4} new {thing}",
    "pay for {num4} {thing}",
    "{verb} {num3} {stake}",
    "open {num4} {thing} for {stake}",
    "assess {num4} bids from {stake2}",
    "report on {num4} {thing} every {small} months",
    "offer {num2} pounds to {stake}",
    "spend {num} million on {thing}",
    "train {num4} staff for {stake2}",
    "replace {num4} ageing {thing2}",
    "publish figures for {place} in {month}",
    "double {num4} grants for {stake}",
    "work with {num4} {stake2} on {thing2}",
    "test {num4} {thing} with {stake}",
    "visit {num4} {thing2} with {stake}",
    "consult {num4} {stake2} about {thing}",
)
PLACE_PHRASES = (
    "in {place} and {place2}",
    "across {place3}",
    "from {place} to {place4}",
    "in {place2} and {small} villages",
    "around {place4}",
    "near {place3} and {place}",
)
TIME_PHRASES = (
    "from {month}",
    "by {month} {year}",
    "before {month} {year}",
    "within {small} weeks",
    "over {small} years",
    "starting in {month}",
    "until {year}",
    "this {month}",
)
QUOTE_OPENERS = (
    "We",
    "Today we",
    "This {weekday} we",
    "In {place} we",
    "Together with {stake} we",
    "By {year} we",
    "This {month} we",
)
QUOTE_MODALS = ("will", "are going to", "promise to", "want to", "must", "can now")
QUOTE_REASONS = (
    "because {num4} {stake} in {place} asked us.",
    "so {outcome} in {place3} end.",
    "and {place2} will be first.",
    "because {thing} failed {place3} in {year}.",
    "and {num} million for {place2} is a start.",
    "so {stake2} in {place4} can rely on {thing2}.",
)
STAKEHOLDER_QUOTE = (
    "{stake_cap} in {place} have waited since {month} {year} for {thing}.",
    "{num} million pounds in {month} is welcome, but {stake2} in {place2} want {thing2}.",
    "Members in {place3} call {fullname2}'s {prog} {judgement}.",
    "We hope {fullname2} and {stake2} in {place4} can agree on {num4} {thing} by {month}.",
)


# The journalist's own sentences: context, reaction, criticism.
JOURNALIST = (
    "Residents of {place} said they had waited {small} years for action on {thing}.",
    "Critics said {num} million pounds was far short of what {stake} in {place2} needed.",
    "{fullname3}, a {role} from {place3}, told the {outlet} that the plan was {judgement}.",
    "The announcement came {small} weeks after {stake} in {place2} protested about {thing2}.",
    "Opposition MPs called the {prog} {judgement} and asked when {place4} would see the money.",
    "Figures obtained by the {outlet} suggest {num3} {stake2} in {place} are still waiting.",
    "It is not the first time {stake} in {place3} have been promised {thing} by ministers.",
    "A spokesperson for {place2} council said officers would study the plans before {month}.",
    "Last {month}, {num4} {stake} in {place4} signed a petition calling for better {thing2}.",
    "{fullname3} from {place} said {stake2} there had heard such promises {small} times before.",
    "In {place3}, where {num3} {outcome} were recorded in {year}, the mood was cautious.",
    "The {outlet} asked the department how many {thing2} {place2} would get, but had no reply.",
)
LEDE = (
    "{stake_cap} in {place} are to share {num} million pounds for {thing}, the government has said.",
    "Ministers have promised {num} million pounds for {thing} in {place} and {place2}.",
    "{place} and {place2} will get {thing} under a {num} million pound plan announced on {weekday}.",
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# Words a subeditor swaps (a substitution breaks a passage in two).
SYNONYMS = {
    "announced": "unveiled",
    "money": "cash",
    "help": "assist",
    "begin": "start",
    "grants": "payments",
    "expect": "hope",
    "fund": "pay for",
    "judge": "measure",
    "welcome": "good news",
    "determined": "committed",
    "promise": "pledge",
    "ready": "finished",
    "support": "back",
    "plan": "scheme",
}


@dataclass(frozen=True)
class SyntheticCorpus:
    """A synthetic corpus (``corpus``: id, text, group, date, source, title, topic, note) and its
    ``truth``: one row per (target_id, source_id) pair with planted reuse (see the module docstring).
    """

    corpus: pd.DataFrame
    truth: pd.DataFrame
    seed: int


# A word of a generated text and where it came from: a set of (release id, position) identities.
Word = tuple[str, frozenset[tuple[str, int]]]


class _Writer:
    """Fills templates for one document with random choices from its topic's vocabulary."""

    def __init__(self, rng: random.Random, topic: str) -> None:
        self.rng, self.topic, self.vocab = rng, topic, TOPICS[topic]

    def fill(self, template: str, **fixed: str) -> list[str]:
        rng, v = self.rng, self.vocab
        things, stakes = list(v["things"]), list(v["stakes"])
        rng.shuffle(things)
        rng.shuffle(stakes)
        places = rng.sample(PLACES, 4)
        values = {
            "dept": v["dept"],
            "prog": v["prog"],
            "thing": things[0],
            "thing2": things[1],
            "stake": stakes[0],
            "stake2": stakes[1],
            "stake_cap": stakes[0][0].upper() + stakes[0][1:],
            "verb": rng.choice(v["verbs"]),
            "outcome": rng.choice(v["outcomes"]),
            "place": places[0],
            "place2": places[1],
            "place3": places[2],
            "place4": places[3],
            "num": str(rng.randint(12, 480)),
            "num2": f"{rng.randint(2, 40)},{rng.choice(('000', '500'))}",
            "num3": f"{rng.randint(1, 60)},{rng.randint(0, 999):03d}",
            "num4": str(rng.randint(3, 95)),
            "small": rng.choice(("two", "three", "four", "five", "six", "eight", "ten", "twelve")),
            "month": rng.choice(MONTHS),
            "year": str(rng.randint(2027, 2031)),
            "weekday": rng.choice(WEEKDAYS),
            "fullname2": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            "fullname3": f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            "role": rng.choice(ROLES),
            "judgement": rng.choice(JUDGEMENTS),
            "outlet": rng.choice(OUTLETS),
            "title": str(v["title"]),
        }
        values.update(fixed)
        return template.format(**values).split()

    def sentence(self, templates: tuple[str, ...], **fixed: str) -> list[str]:
        return self.fill(self.rng.choice(templates), **fixed)

    def narrative(self) -> list[str]:
        """A release sentence in the department's voice: subject, verb phrase, place, time."""
        rng = self.rng
        subject = rng.choice(SUBJECTS)
        modal = rng.choice(MODALS)[subject in PLURAL_SUBJECTS]
        template = " ".join((subject, modal, rng.choice(VERB_PHRASES), rng.choice(PLACE_PHRASES)))
        if rng.random() < 0.7:
            template += " " + rng.choice(TIME_PHRASES)
        words = self.fill(template + ".")
        words[0] = words[0][0].upper() + words[0][1:]
        return words

    def quote(self) -> list[str]:
        """A minister's sentence, in the first person."""
        rng = self.rng
        template = " ".join(
            (
                rng.choice(QUOTE_OPENERS),
                rng.choice(QUOTE_MODALS),
                rng.choice(VERB_PHRASES),
                rng.choice(QUOTE_REASONS),
            )
        )
        return self.fill(template)


def _own(words: list[str]) -> list[Word]:
    return [(word, frozenset()) for word in words]


def _release(rng: random.Random, release_id: str, topic: str) -> tuple[list[list[Word]], dict[str, str]]:
    """Paragraphs of one release (each word with its identity in this release), and its metadata."""
    writer = _Writer(rng, topic)
    minister = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    stakeholder = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    plain: list[list[list[str]]] = []  # paragraphs of sentences of words
    plain.append([writer.narrative(), writer.narrative()])
    plain.append([f"The {TOPICS[topic]['title']} {minister} said:".split()])
    plain.append(_quoted([writer.quote(), writer.quote()]))
    for _ in range(rng.randint(4, 5)):
        plain.append([writer.narrative() for _ in range(rng.choice((1, 2)))])
    plain.append(_quoted([writer.quote()]))
    org = f"{rng.choice(PLACES)} {rng.choice(('Residents Association', 'Trust', 'Forum', 'Alliance'))}"
    plain.append([f"{stakeholder}, chair of the {org}, said:".split()])
    plain.append(_quoted([writer.fill(q) for q in rng.sample(STAKEHOLDER_QUOTE, 2)]))
    plain.append([writer.narrative()])
    paragraphs: list[list[Word]] = []
    position = 0
    for paragraph in plain:
        words: list[Word] = []
        for sentence in paragraph:
            for word in sentence:
                words.append((word, frozenset({(release_id, position)})))
                position += 1
        paragraphs.append(words)
    meta = {"minister": minister, "surname": minister.split()[-1]}
    return paragraphs, meta


def _quoted(sentences: list[list[str]]) -> list[list[str]]:
    """A paragraph of speech in curly double quotation marks: one opens it, one closes it (GOV.UK style)."""
    out = [list(sentence) for sentence in sentences]
    out[0][0] = "“" + out[0][0]
    out[-1][-1] = out[-1][-1] + "”"
    return out


def _sentences(paragraphs: list[list[Word]]) -> list[tuple[list[Word], str]]:
    """The sentences of a text's paragraphs, each with its speaker's surname ("" if not quoted).

    A quoted paragraph opens with a quotation mark; its speaker is named by the last paragraph
    ending in "said:" before it ("The Rail Minister Ann Okafor said:", "Ann Okafor, chair of...").
    """
    out: list[tuple[list[Word], str]] = []
    speaker = ""
    for paragraph in paragraphs:
        words = [word for word, _ in paragraph]
        if words and words[-1] == "said:":
            named = [w for w in words if w.endswith(",")]
            speaker = (named[0] if named else words[-2]).rstrip(",")
        quoted = speaker if words and words[0].startswith("“") else ""
        current: list[Word] = []
        for word in paragraph:
            current.append(word)
            if word[0].rstrip("”").endswith((".", ":")):
                out.append((current, quoted))
                current = []
        if current:
            out.append((current, quoted))
    return out


def _strip_marks(word: str) -> str:
    return word.lstrip("“").rstrip("”")


def _edit(rng: random.Random, sentence: list[Word], speaker: str) -> list[Word]:
    """One sentence taken from a release, with the edits real copy shows (or none).

    A sentence someone said stays inside quotation marks, whatever else changes.
    """
    edited = _edit_words(rng, sentence, speaker)
    if speaker and not edited[0][0].startswith("“"):
        end = max(k for k, (_, ids) in enumerate(edited) if ids)  # the last word taken from the release
        edited[0] = ("“" + edited[0][0], edited[0][1])
        edited[end] = (edited[end][0] + "”", edited[end][1])
    return edited


def _edit_words(rng: random.Random, sentence: list[Word], speaker: str) -> list[Word]:
    """The edit itself (see :func:`_edit`)."""
    words = [(_strip_marks(w), ids) for w, ids in sentence]  # the journalist re-quotes as they like
    choice = rng.random()
    n = len(words)
    if speaker and choice < 0.5:  # “...,” said X.
        last, ids = words[-1]
        words[0] = ("“" + words[0][0], words[0][1])
        words[-1] = (last.rstrip(".") + ",”", ids)
        return words + _own(["said", f"{speaker}."])
    if choice < 0.35:
        return words
    if choice < 0.55 and n >= 11:  # a word swapped
        options = [k for k in range(5, n - 5) if words[k][0].strip(".,").lower() in SYNONYMS]
        if options:
            k = rng.choice(options)
            word = words[k][0]
            tail = word[len(word.rstrip(".,")) :]
            swapped = SYNONYMS[word.rstrip(".,").lower()] + tail
            return words[:k] + _own(swapped.split()) + words[k + 1 :]
        return words
    if choice < 0.7 and n >= 11:  # an attribution clause inserted
        options = [k for k in range(5, n - 2) if words[k][0] in ("from", "before", "until", "by", "with")]
        if options:
            k = rng.choice(options)
            before = [*words[:k]]
            before[-1] = (before[-1][0].rstrip(",") + ",", before[-1][1])
            return before + _own(["officials", "said,"]) + words[k:]
        return words
    if choice < 0.85 and n >= 10:  # cut short
        m = rng.randint(6, n - 3)
        kept = words[:m]
        kept[-1] = (kept[-1][0].rstrip(".,") + ".", kept[-1][1])
        return kept
    last, ids = words[-1]  # attribution at the end
    words[-1] = (last.rstrip(".") + ",", ids)
    return words + _own(["said", f"{speaker}."] if speaker else ["the", "department", "said."])


def _article(
    rng: random.Random,
    topic: str,
    level: str,
    release: list[list[Word]] | None,
    meta: dict[str, str],
    outlet: str,
) -> list[list[Word]]:
    """Paragraphs of one news article that takes ``level`` of its words from ``release``."""
    writer = _Writer(rng, topic)
    paragraphs: list[list[Word]] = [_own(writer.sentence(LEDE))]
    if level == "whole" and release is not None:
        paragraphs.append(_own(["In", "a", "statement,", "the", "department", "said:"]))
        taken = [list(p) for p in release]
        if len(taken) > 6 and rng.random() < 0.5:  # a paragraph cut
            del taken[rng.randrange(3, len(taken))]
        if rng.random() < 0.5:  # two paragraphs swapped
            i, j = rng.sample(range(3, len(taken)), 2)
            taken[i], taken[j] = taken[j], taken[i]
        return paragraphs + taken
    target = rng.randint(300, 520)
    copied: list[list[Word]] = []
    if release is not None and level in LEVEL_SHARE:
        pool = [
            (s, quoted) for s, quoted in _sentences(release) if len(s) >= 8 and not s[-1][0].endswith(":")
        ]
        available = sum(len(s) for s, _ in pool)
        target = min(target, int(available * 0.8 / LEVEL_SHARE[level]))
        rng.shuffle(pool)
        goal = LEVEL_SHARE[level] * target
        words = 0
        for sentence, quoted in pool:
            if words >= goal * 0.95:
                break
            edited = _edit(rng, sentence, quoted)
            copied.append(edited)
            words += sum(1 for _, ids in edited if ids)
        copied.sort(key=lambda s: min((p for _, ids in s for _, p in ids), default=0))  # release order
        if rng.random() < 0.4 and len(copied) > 2:  # reordered
            i, j = rng.sample(range(len(copied)), 2)
            copied[i], copied[j] = copied[j], copied[i]
    own_words = target - sum(len(s) for s in copied) - len(paragraphs[0])
    own: list[list[Word]] = []
    deck: list[str] = []
    while own_words > 0:
        if not deck:
            deck = rng.sample(JOURNALIST, len(JOURNALIST))
        sentence = _own(writer.fill(deck.pop(), outlet=outlet))
        own.append(sentence)
        own_words -= len(sentence)
    total = len(copied) + len(own)
    places = set(rng.sample(range(total), len(copied)))
    copied_iter, own_iter = iter(copied), iter(own)
    body = [next(copied_iter) if k in places else next(own_iter) for k in range(total)]
    return paragraphs + body


def _text(paragraphs: list[list[Word]]) -> str:
    return "\n\n".join(" ".join(word for word, _ in paragraph) for paragraph in paragraphs)


def _truth(
    target_id: str, paragraphs: list[list[Word]], dates: dict[str, date], min_words: int
) -> list[dict[str, object]]:
    """(target, release) rows: the target's words in runs of >= min_words consecutive release words."""
    words = [ids for paragraph in paragraphs for _, ids in paragraph]
    found: dict[str, int] = defaultdict(int)
    for release_id in sorted({r for ids in words for r, _ in ids}):
        positions = [next((p for r, p in ids if r == release_id), None) for ids in words]
        run = 0
        for k, position in enumerate([*positions, None]):
            before = positions[k - 1] if k else None
            if position is not None and before is not None and position == before + 1:
                run += 1
                continue
            if run >= min_words:
                found[release_id] += run
            run = 0 if position is None else 1
    target_date = dates[target_id]
    return [
        {"target_id": target_id, "source_id": release_id, "words_copied": count, "target_words": len(words)}
        for release_id, count in sorted(found.items())
        if dates[release_id] <= target_date
    ]


def synthetic_corpus(
    n_releases: int = 20,
    articles_per_release: int = 4,
    *,
    seed: int = DEFAULT_SEED,
    decoy_every: int = 5,
    followup_every: int = 6,
    min_words: int = MIN_WORDS,
    check_tokens: bool = True,
) -> SyntheticCorpus:
    """Make a synthetic corpus with planted reuse (see the module docstring for what is planted).

    Args:
        n_releases: press releases to write.
        articles_per_release: news articles written after each release, at the levels of
            :data:`LEVELS` in rotation (``whole``, ``60%``, ``30%``, ``10%``, ``none``, ``whole``, ...).
        seed: the random seed: the same seed gives the same corpus, word for word.
        decoy_every: every ``decoy_every``-th release is a decoy: no article is written from it (its
            articles are written on its topic, taking nothing); 0 for none.
        followup_every: every ``followup_every``-th release is a follow-up that recycles a
            paragraph of the previous release of its topic, 10 to 30 days later; 0 for none.
        min_words: the minimum run length counted in the ground truth (as in find_reuse).
        check_tokens: check that every word of every article is one token (the ground truth's
            unit); a third of the time on large corpora, which the benchmark skips.

    Returns:
        A :class:`SyntheticCorpus`: ``corpus`` (id, text, group, date, source, title, topic, note;
        releases first, then articles, by id) and ``truth`` (target_id, source_id, planted,
        words_copied, target_words, churn), sorted by target_id and source_id.

    Example:
        >>> made = synthetic_corpus(n_releases=2, articles_per_release=2, seed=3)
        >>> made.corpus[["id", "group"]].values.tolist()
        [['pr-0001', 'press_release'], ['pr-0002', 'press_release'], ['news-00001', 'newspaper'], ['news-00002', 'newspaper'], ['news-00003', 'newspaper'], ['news-00004', 'newspaper']]
        >>> bool(made.truth["churn"].between(0, 1).all())
        True
    """
    import pandas as pd

    if n_releases < 1 or articles_per_release < 0:
        raise ValueError("n_releases must be at least 1 and articles_per_release at least 0")
    rng = random.Random(seed)
    note = f"synthetic: helpers.synthetic, seed {seed}"
    topics = list(TOPICS)
    rows: list[dict[str, object]] = []
    dates: dict[str, date] = {}
    articles: list[tuple[str, list[list[Word]]]] = []
    planted: dict[tuple[str, str], str] = {}
    latest: dict[str, tuple[str, list[list[Word]], date]] = {}
    level_index = 0
    article_no = 0
    for number in range(1, n_releases + 1):
        release_id = f"pr-{number:04d}"
        topic = topics[rng.randrange(len(topics))]
        paragraphs, meta = _release(rng, release_id, topic)
        day = START_DATE + timedelta(days=rng.randint(0, 360))
        previous = latest.get(topic)
        if followup_every and number % followup_every == 0 and previous is not None:
            _, prev_paragraphs, prev_day = previous
            day = prev_day + timedelta(days=rng.randint(10, 30))
            recycled = max(prev_paragraphs[3:], key=len)  # the earlier release's longest detail paragraph
            start = sum(len(p) for p in paragraphs[:4])
            offsets = [start + k for k in range(len(recycled))]
            shift = len(recycled)
            renumbered = [
                [(w, frozenset((r, p + shift if p >= start else p) for r, p in ids)) for w, ids in para]
                for para in paragraphs
            ]
            merged = [(w, ids | {(release_id, off)}) for (w, ids), off in zip(recycled, offsets)]
            paragraphs = renumbered[:4] + [merged] + renumbered[4:]
        dates[release_id] = day
        latest[topic] = (release_id, paragraphs, day)
        dept = str(TOPICS[topic]["dept"])
        rows.append(
            {
                "id": release_id,
                "text": _text(paragraphs),
                "group": "press_release",
                "date": day.isoformat(),
                "source": dept,
                "title": f"{TOPICS[topic]['prog']}: {dept} announcement",
                "topic": topic,
                "note": note,
            }
        )
        decoy = bool(decoy_every) and number % decoy_every == 0
        for _ in range(articles_per_release):
            article_no += 1
            article_id = f"news-{article_no:05d}"
            level = "none" if decoy else LEVELS[level_index % len(LEVELS)]
            if not decoy:
                level_index += 1
            outlet = rng.choice(OUTLETS)
            body = _article(rng, topic, level, None if level == "none" else paragraphs, meta, outlet)
            offset = rng.randint(0, 3) if level != "none" else rng.randint(-20, 20)
            dates[article_id] = day + timedelta(days=offset)
            if level != "none":
                planted[(article_id, release_id)] = level
            articles.append((article_id, body))
            rows.append(
                {
                    "id": article_id,
                    "text": _text(body),
                    "group": "newspaper",
                    "date": dates[article_id].isoformat(),
                    "source": outlet,
                    "title": f"{TOPICS[topic]['prog']} ({topic}), {outlet}",
                    "topic": topic,
                    "note": note,
                }
            )
    truth_rows = []
    for article_id, body in articles:
        for row in _truth(article_id, body, dates, min_words):
            row["planted"] = planted.get((article_id, str(row["source_id"])), "recycled")
            truth_rows.append(row)
    corpus = pd.DataFrame(sorted(rows, key=lambda row: (row["group"] != "press_release", row["id"]))).astype(
        "str"
    )
    if check_tokens:
        _check_one_token_per_word(corpus, articles)
    truth = pd.DataFrame(
        truth_rows, columns=["target_id", "source_id", "planted", "words_copied", "target_words"]
    ).astype(
        {
            "target_id": "str",
            "source_id": "str",
            "planted": "str",
            "words_copied": "int64",
            "target_words": "int64",
        }
    )
    truth["churn"] = truth["words_copied"] / truth["target_words"]
    truth = truth.sort_values(["target_id", "source_id"]).reset_index(drop=True)
    return SyntheticCorpus(corpus=corpus, truth=truth, seed=seed)


def _check_one_token_per_word(corpus: pd.DataFrame, articles: list[tuple[str, list[list[Word]]]]) -> None:
    """The ground truth counts words; churn counts tokens: they must be the same units."""
    texts = dict(zip(corpus["id"], corpus["text"]))
    for article_id, body in articles:
        expected = sum(len(paragraph) for paragraph in body)
        got = len(tokenize(texts[article_id]))
        if got != expected:  # pragma: no cover - a generator bug, not user input
            raise AssertionError(f"{article_id}: {got} tokens for {expected} words")


README = """SYNTHETIC CORPUS: nothing in this folder is real.

Made by helpers.synthetic (Framing Lab) with seed {seed}: {releases} press releases and
{articles} news articles, written from templates; departments, people, towns and newspapers are
invented. Articles reuse releases at planted levels (whole statement, about 60%, 30% and 10% of
their words, or nothing), with edits (quotation marks, attributions, substituted words, cuts,
reordered paragraphs).

corpus.csv        the documents: id, text, group, date, source, title, topic, note
ground_truth.csv  the planted reuse: one row per (target_id, source_id) pair, with the target's
                  words copied in runs of at least {min_words} words, and churn (their share)

Regenerate with: python -m helpers.synthetic FOLDER --releases {releases} --articles-per-release {per} --seed {seed}
"""


def write_synthetic_corpus(folder: str | Path, **options: Any) -> dict[str, Path]:
    """Write a synthetic corpus into ``folder``: corpus.csv, ground_truth.csv and README.txt.

    ``options`` are those of :func:`synthetic_corpus`. The folder is created if needed; existing
    files of those three names are replaced, nothing else in it is touched.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     paths = write_synthetic_corpus(folder, n_releases=2, articles_per_release=1)
        ...     sorted(p.name for p in paths.values())
        ['README.txt', 'corpus.csv', 'ground_truth.csv']
    """
    made = synthetic_corpus(**options)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"corpus": out / "corpus.csv", "truth": out / "ground_truth.csv", "readme": out / "README.txt"}
    made.corpus.to_csv(paths["corpus"], index=False, encoding="utf-8")
    made.truth.to_csv(paths["truth"], index=False, encoding="utf-8")
    groups = made.corpus["group"].value_counts()
    paths["readme"].write_text(
        README.format(
            seed=made.seed,
            releases=int(groups.get("press_release", 0)),
            articles=int(groups.get("newspaper", 0)),
            per=options.get("articles_per_release", 4),
            min_words=options.get("min_words", MIN_WORDS),
        ),
        encoding="utf-8",
    )
    return paths


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers.synthetic FOLDER [--releases N] [--articles-per-release K] [--seed S]``."""
    import argparse

    parser = argparse.ArgumentParser(description="Write a SYNTHETIC corpus with planted reuse.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--releases", type=int, default=20)
    parser.add_argument("--articles-per-release", type=int, default=4)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    paths = write_synthetic_corpus(
        args.folder, n_releases=args.releases, articles_per_release=args.articles_per_release, seed=args.seed
    )
    print(f"synthetic corpus written to {paths['corpus'].parent} (corpus.csv, ground_truth.csv, README.txt)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
