"""Text normalisation for the coach: recogniser-style tokens, a light stemmer, phrase matching."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from assistant.number_words import ONES, TENS

_APOSTROPHES = re.compile(r"[’'`´]")
_NON_WORD = re.compile(r"[^a-z0-9?£$%]+")
_QUESTION_MARK = re.compile(r"\?")

#: Suffixes stripped by :func:`stem`, longest first.
_VOWELS = frozenset("aeiouy")

#: Dialect and casual spellings written as the standard word, so every lexicon sees
#: one form: Irish/Scottish "ye", "yer", "cannae", American "wanna", dropped g's.
_DIALECT = {
    "ye": "you",
    "ya": "you",
    "yous": "you",
    "youse": "you",
    "yall": "you",
    "yer": "your",
    "ur": "your",
    "aye": "yes",
    "yep": "yes",
    "yup": "yes",
    "nae": "no",
    "nope": "no",
    "cannae": "cant",
    "canna": "cant",
    "dinnae": "dont",
    "didnae": "didnt",
    "wouldnae": "wouldnt",
    "isnae": "isnt",
    "wasnae": "wasnt",
    "doesnae": "doesnt",
    "couldnae": "couldnt",
    "shouldnae": "shouldnt",
    "hasnae": "hasnt",
    "fae": "from",
    "yuh": "you",
    "visitin": "visiting",
    "wanna": "want",
    "gotta": "got",
    "gonna": "going",
    "eatin": "eating",
    "havin": "having",
    "doin": "doing",
    "goin": "going",
    "takin": "taking",
    "sittin": "sitting",
    "stayin": "staying",
    "comin": "coming",
    "workin": "working",
    "lookin": "looking",
    "gettin": "getting",
    "drinkin": "drinking",
    "payin": "paying",
    "carryin": "carrying",
    "sayin": "saying",
    "talkin": "talking",
    "seein": "seeing",
    # Jamaican patois as London speaks it ("mi landlord", "behind pon di rent").
    "mi": "my",
    "di": "the",
    "pon": "on",
    "cyaan": "cant",
    "gyal": "girl",
    "bwoy": "boy",
    "yute": "youth",
    "inna": "in",
    "dem": "them",
}


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped (``don't`` → ``dont``), other punctuation to spaces.

    Question marks survive as their own token ``?`` so that punctuated input can mark
    questions; recogniser text (lower case, no punctuation) passes through unchanged.
    """
    lowered = _APOSTROPHES.sub("", text.lower())
    lowered = _QUESTION_MARK.sub(" ? ", lowered)
    lowered = lowered.replace("£", " ").replace("$", " ").replace("%", " percent ")
    return " ".join(_NON_WORD.sub(" ", lowered).split())


def tokens(text: str) -> list[str]:
    """Normalised word tokens (``?`` included when the input had one), dialect spellings
    written as the standard word (``ye`` → ``you``, ``cannae`` → ``cant``)."""
    dialect = _DIALECT
    return [dialect.get(w, w) for w in normalise(text).split()]


#: Words whose stem would be another word: "here" is not "her", "same" is not "sam", and
#: "booking" / "booked", "feeding" and "sacked" are not the nouns "book" ("is the picture
#: book a gift?"), "feed" ("sweet feed") and "sack" ("two sacks"); "news" is not "new",
#: "two timing" is not "two times", and "sliced" (the slicer) is not "slices" (a count).
_KEPT = frozenset(
    [
        "here",
        "same",
        "booking",
        "bookings",
        "booked",
        "feeding",
        "sacked",
        "news",
        "timed",
        "timing",
        "sliced",
    ]
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small, deterministic suffix stripper: good enough to equate inflections.

    ``nights``/``night``, ``staying``/``stay``, ``exchanging``/``exchange``,
    ``drinks``/``drinking``. It is not linguistics, only a consistent key.
    """
    w = word
    if len(w) <= 3 or not w.isalpha() or w in _KEPT:
        return w
    if (w.endswith("ies") and len(w) > 4) or (w.endswith("ied") and len(w) > 4):
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in "ls":
            w = w[:-1]
    elif w.endswith("ed") and len(w) > 4 and not w.endswith("eed"):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in "ls":
            w = w[:-1]
    elif w.endswith("es") and len(w) > 4 and w[-3] in "sxzo":
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    if w.endswith("e") and len(w) > 3 and w not in _KEPT:
        w = w[:-1]
    return w


def stems(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


@dataclass(frozen=True, slots=True)
class Match:
    """One lexicon phrase found in a token sequence."""

    label: str
    start: int
    """Index of the first matched token."""
    end: int
    """Index one past the last matched token."""
    wild: tuple[int, ...] = ()
    """Indexes of tokens matched by ``*`` (any word: the phrase does not own them)."""

    def inside(self, other: Match) -> bool:
        """This match lies within ``other``, which is longer ("free" in "every sixth cut
        is free"): the longer phrase says what these words are part of."""
        return (
            other.start <= self.start
            and self.end <= other.end
            and other.end - other.start > self.end - self.start
        )


#: Slots in a phrase: ``*`` is any one word, ``#`` one number word or digits.
_SLOTS = frozenset({"*", "#"})


class PhraseMatcher:
    """Finds lexicon phrases (stemmed token sequences) in a stemmed token sequence.

    Phrases may contain ``*`` to match exactly one arbitrary token and ``#`` to match
    exactly one number ("or a # you take": "a nine or a ten you take"), not as the first.
    Indexed by the first token (one-word phrases) and by the first two tokens (longer
    phrases), so a lookup costs a couple of dictionary probes per token: the engine must
    stay far below a millisecond per utterance.
    """

    __slots__ = ("_pairs", "_singles", "_wild_second")

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        singles: dict[str, list[str]] = {}
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        wild_second: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for label, entries in phrases.items():
            for phrase in entries:
                words = [t if t in _SLOTS else normalise(t) for t in phrase.split()]
                key = tuple(w if w in _SLOTS else stem(part) for w in words for part in w.split())
                if not key or key[0] in _SLOTS:
                    continue
                if len(key) == 1:
                    if label not in singles.setdefault(key[0], []):
                        singles[key[0]].append(label)
                elif key[1] in _SLOTS:
                    wild_second.setdefault(key[0], []).append((key, label))
                else:
                    pairs.setdefault((key[0], key[1]), []).append((key, label))
        # A pair whose first token also starts wildcard phrases gets them merged in now,
        # so that a lookup never sorts: longest first, whichever table a phrase came from.
        for (first, _), entries_list in pairs.items():
            entries_list.extend(wild_second.get(first, ()))
        for table in (pairs, wild_second):
            for entries_list in table.values():
                entries_list.sort(key=lambda item: -len(item[0]))
        self._singles = singles
        self._pairs = pairs
        self._wild_second = wild_second

    def find(self, stemmed: tuple[str, ...]) -> list[Match]:
        """All matches, left to right; at each position the longest phrase of each label."""
        found: list[Match] = []
        n = len(stemmed)
        singles = self._singles
        pairs = self._pairs
        wild_second = self._wild_second
        for i, token in enumerate(stemmed):
            longer: list[tuple[tuple[str, ...], str]] = []
            if i + 1 < n:
                longer = pairs.get((token, stemmed[i + 1])) or wild_second.get(token, [])
            seen: set[str] = set()
            for key, label in longer:
                if label in seen:
                    continue
                k = len(key)
                if i + k > n:
                    continue
                for j in range(1, k):
                    part = key[j]
                    if part == "*":
                        continue
                    if part == "#":
                        if stemmed[i + j] not in _NUMBER_STEMS and not stemmed[i + j].isdigit():
                            break
                    elif j > 1 and part != stemmed[i + j]:
                        break
                else:
                    seen.add(label)
                    wild_at = tuple(i + j for j in range(1, k) if key[j] in _SLOTS)
                    found.append(Match(label, i, i + k, wild_at))
            for label in singles.get(token, ()):
                if label not in seen:
                    found.append(Match(label, i, i + 1))
        return found

    def labels(self, stemmed: tuple[str, ...]) -> set[str]:
        return {m.label for m in self.find(stemmed)}


#: Number words as the stemmer leaves them, for the ``#`` slot.
_NUMBER_STEMS = frozenset(stem(w) for w in (*ONES, *TENS[2:]))
