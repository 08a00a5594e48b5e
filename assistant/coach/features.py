"""Per-utterance linguistic features the detectors read, computed once per utterance."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.coach.rules import Rules
from assistant.coach.text import PhraseMatcher, stem, stems, tokens
from assistant.events import Utterance

_PRICE_LEADS = frozenset({"thats", "comes", "thatll", "total"})
_PRICE_ENDS = frozenset({"please", "then", "altogether", "love", "thanks", "total", "exactly"})
_NOT_PRICE_BEFORE = frozenset({"at", "about", "around", "roughly", "half", "quarter", "past"})
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "pounds",
        "pound",
        "quid",
    ]
) | frozenset(str(n) for n in range(1000))
_ASKING = frozenset({"are", "do", "did", "have", "would", "will", "were", "can", "is"})
_SECOND_PERSON_ASKED = frozenset({"you", "that", "this", "it"})
_SECOND_PERSON = frozenset({"you", "your", "youre", "yourself", "youll", "youve", "youd"})
_FIRST_PERSON = frozenset({"i", "im", "my", "ive", "ill", "id", "me", "mine"})

_WHO_PREVIOUS = "previous_customer"
_WHO_PEOPLE = "people"
_WHO_OWN = "own_circle"
_SECRECY = "secrecy"


@dataclass(frozen=True, slots=True)
class Question:
    """What a cashier's question is about: intent concepts and plain content words."""

    concepts: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Features:
    """Everything the detectors need to know about one utterance."""

    utterance: Utterance
    word_count: int
    role_cue: float
    """Evidence the speaker serves (> 0) or is served (< 0): cue phrases, prices, pronouns."""
    third_party: bool
    """Someone other than the customer is named (previous customer, colleague, neighbour…)."""
    own_circle: bool
    """The speaker's own partner or family is named."""
    pronoun: bool
    """A third-person pronoun (he, she, his…)."""
    first_person: bool
    gossip_score: float
    """Weighted count of private-topic and secrecy phrases."""
    gossip_phrases: tuple[str, ...]
    question: Question | None
    not_heard: bool
    """A reply saying the question was not heard ("sorry what was that")."""
    has_content: bool
    """Says more than fillers ("um", "oh")."""
    prompt_offsets: tuple[tuple[float, float], ...]
    """Agenda prompts: (fraction of the utterance where it starts, weight)."""


class FeatureExtractor:
    """Compiles the rules' lexicons once; :meth:`extract` is then cheap per utterance."""

    def __init__(self, rules: Rules) -> None:
        g = rules.gossip
        q = rules.repeated_question
        u = rules.rushed_upsell
        self._rules = rules
        self._roles = PhraseMatcher(
            {"cashier": rules.roles.cashier_cues, "customer": rules.roles.customer_cues}
        )
        self._who = PhraseMatcher(
            {_WHO_PREVIOUS: g.previous_customer, _WHO_PEOPLE: g.people, _WHO_OWN: g.own_circle}
        )
        self._gossip_what = PhraseMatcher({_SECRECY: g.secrecy, **dict(g.topics)})
        self._pronouns = frozenset(stem(p) for p in g.pronouns)
        self._first_person = frozenset(stem(p) for p in g.first_person)
        self._openers = PhraseMatcher({"open": q.question_openers})
        self._tags = [tuple(stems(tokens(t))) for t in q.question_tags]
        self._not_heard = PhraseMatcher({"not_heard": q.not_heard})
        self._fillers = frozenset(stem(f) for f in q.fillers)
        self._stopwords = frozenset(stem(w) for w in q.stopwords)
        self._concepts = PhraseMatcher(dict(q.concepts))
        self._prompts = PhraseMatcher(dict(u.prompts))
        self._routine = PhraseMatcher({f"routine:{k}": v for k, v in u.routine.items()})
        self._routine_weight = u.routine_weight
        self._merge_words = u.merge_words

    def extract(self, utterance: Utterance) -> Features:
        words = tokens(utterance.text)
        has_mark = "?" in words
        plain = [w for w in words if w != "?"]
        stemmed = stems(plain)
        g = self._rules.gossip

        role_cue = self._role_cue(plain, stemmed)

        who = self._who.labels(stemmed)
        gossip_phrases: list[str] = []
        score = 0.0
        for m in self._gossip_what.find(stemmed):
            weight = g.secrecy_weight if m.label == _SECRECY else g.topic_weight
            score += weight
            gossip_phrases.append(" ".join(plain[m.start : m.end]))
        token_set = set(stemmed)

        question = self._question(words, has_mark)
        not_heard = bool(self._not_heard.find(stemmed)) or (
            len(stemmed) <= 2 and (stemmed == ("sorry",) or stemmed == ("what",))
        )
        has_content = any(s not in self._fillers for s in stemmed)
        return Features(
            utterance=utterance,
            word_count=len(plain),
            role_cue=role_cue,
            third_party=bool(who & {_WHO_PREVIOUS, _WHO_PEOPLE}),
            own_circle=_WHO_OWN in who,
            pronoun=bool(token_set & self._pronouns),
            first_person=bool(token_set & self._first_person),
            gossip_score=score,
            gossip_phrases=tuple(gossip_phrases),
            question=question,
            not_heard=not_heard,
            has_content=has_content,
            prompt_offsets=self._prompt_offsets(stemmed),
        )

    def _role_cue(self, plain: list[str], stemmed: tuple[str, ...]) -> float:
        """Cashier-typical minus customer-typical evidence in one utterance."""
        cue = 0.0
        matches = self._roles.find(stemmed)
        for m in matches:
            # "what can i get you" (cashier) contains "can i get" (customer): longest wins.
            if any(o is not m and o.start <= m.start and m.end <= o.end for o in matches):
                continue
            cue += 1.0 if m.label == "cashier" else -1.0
        # Serving questions are about "you": "are you…", "do you want…", "is that…".
        if len(plain) > 1 and any(
            plain[i] in _ASKING and plain[i + 1] in _SECOND_PERSON_ASKED
            for i in range(len(plain) - 1)
        ):
            cue += 0.5
        # A price ("thats twelve sixty", "thirteen fifty please") is the cashier's line.
        price = False
        for i, word in enumerate(plain):
            if word in _PRICE_LEADS and any(w in _NUMBER_WORDS for w in plain[i + 1 : i + 4]):
                price = True
                break
            if (
                word in _NUMBER_WORDS
                and word != "one"
                and i + 1 < len(plain)
                and plain[i + 1] in _NUMBER_WORDS
                and (i == 0 or plain[i - 1] not in _NOT_PRICE_BEFORE)
                and any(w in _PRICE_ENDS for w in plain[i + 2 : i + 5])
            ):
                price = True
                break
        if price:
            cue += 1.5
        # The server talks about "you", the customer about "I" / "my".
        second = sum(1 for w in plain if w in _SECOND_PERSON)
        first = sum(1 for w in plain if w in _FIRST_PERSON)
        if second != first:
            cue += 0.5 if second > first else -0.5
        if not price and plain and plain[-1] == "please" and len(plain) <= 12:
            cue -= 0.5
        return cue

    def _question(self, words: list[str], has_mark: bool) -> Question | None:
        """The question part of an utterance, reduced to concepts and content words."""
        spans: list[list[str]] = []
        if has_mark:
            current: list[str] = []
            for w in words:
                if w == "?":
                    if current:
                        spans.append(current)
                    current = []
                else:
                    current.append(w)
        else:
            stemmed = stems(words)
            openers = self._openers.find(stemmed)
            if openers:
                spans.append(words[min(m.start for m in openers) :])
            else:
                for tag in self._tags:
                    n = len(tag)
                    if n and len(stemmed) > n and stemmed[-n:] == tag:
                        spans.append(words[:-n])
                        break
        if not spans:
            return None
        concepts: set[str] = set()
        content: set[str] = set()
        for span in spans:
            stemmed = stems(span)
            covered = [False] * len(stemmed)
            for m in self._concepts.find(stemmed):
                concepts.add(m.label)
                for i in range(m.start, m.end):
                    covered[i] = True
            for i, s in enumerate(stemmed):
                if not covered[i] and s not in self._stopwords and s.isalpha() and len(s) > 1:
                    content.add(s)
        return Question(frozenset(concepts), frozenset(content))

    def _prompt_offsets(self, stemmed: tuple[str, ...]) -> tuple[tuple[float, float], ...]:
        """Agenda prompts, nearby hits merged into one (they describe the same offer)."""
        hits = [(m.start, 1.0) for m in self._prompts.find(stemmed)]
        hits += [(m.start, self._routine_weight) for m in self._routine.find(stemmed)]
        if not hits:
            return ()
        hits.sort()
        n = max(len(stemmed), 1)
        clusters: list[tuple[int, float]] = []
        for start, weight in hits:
            if clusters and start - clusters[-1][0] <= self._merge_words:
                first, best = clusters[-1]
                clusters[-1] = (first, max(best, weight))
            else:
                clusters.append((start, weight))
        return tuple((start / n, weight) for start, weight in clusters)
