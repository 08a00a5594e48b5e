"""Per-utterance linguistic features the detectors read, computed once per utterance."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.coach.gossip_model import GossipModel
from assistant.coach.rules import Rules
from assistant.coach.text import Match, PhraseMatcher, stem, stems, tokens
from assistant.events import Utterance
from assistant.number_words import ONES, TENS

#: Sentence punctuation (not the point in "3.80"): text typed, or punctuated by the
#: recogniser, that marks its questions with "?".
_PUNCTUATED = re.compile(r"[!,;]|\.(?!\d)")
#: Where a sentence ends in punctuated text: "One tablet daily after food. Do you need…".
_SENTENCE_END = re.compile(r"[.!;](?!\d)")
_PRICE_LEADS = frozenset({"thats", "comes", "thatll", "total"})
#: Two-word price leads ("that is nine pound forty", "thatll be", "itll be twelve fifty").
_PRICE_LEAD_PAIRS = frozenset({("that", "is"), ("will", "be"), ("itll", "be"), ("thatd", "be")})
_PRICE_ENDS = frozenset({"please", "then", "altogether", "love", "thanks", "total", "exactly"})
#: "twenty" + one of these is a year (2010–2019), not twenty pounds and pence.
_YEAR_TEENS = frozenset(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"]
)
_NOT_PRICE_BEFORE = frozenset({"at", "about", "around", "roughly", "half", "quarter", "past"})
_NUMBER_WORDS = frozenset(
    [
        *ONES[1:],
        *TENS[2:],
        "hundred",
        "pounds",
        "pound",
        "quid",
        "euro",
        "euros",
        "dollars",
        "bucks",
    ]
) | frozenset(str(n) for n in range(1000))
#: Pounds said as one digit ("four ninety nine"): the units before the pence.
_UNIT_WORDS = frozenset(ONES[1:10])
_PENCE_TENS = frozenset(TENS[2:])
_CURRENCY = frozenset(
    {"pound", "pounds", "quid", "euro", "euros", "dollars", "dollar", "bucks", "p", "pence",
     "cents", "rand", "rupees", "rupee", "naira", "cedis", "cedi", "shillings", "pesos"}
)
_ADDRESS = frozenset(
    {
        "pal", "mate", "love", "hen", "son", "dear", "darling", "sweetheart", "bab", "duck",
        "pet", "chuck", "flower", "sunshine", "buddy", "bud", "hun", "babe", "chief",
    }
)
#: "twenty eight forty bab": a price may end in a form of address as well as "please".
_PRICE_TAILS = _PRICE_ENDS | _ADDRESS
#: "are you…", "do you want…", "is that…" serve; "can you…" is mostly a customer's request.
_ASKING = frozenset({"are", "do", "did", "have", "would", "will", "were", "is"})
_SECOND_PERSON_ASKED = frozenset({"you", "that", "this", "it"})
_SECOND_PERSON = frozenset({"you", "your", "youre", "yourself", "youll", "youve", "youd"})
#: The shop speaking of itself ("we do", "our app").
_SHOP_VOICE = frozenset({"we", "our", "were", "weve", "us"})
#: Role evidence of one agenda offer put to the listener.
_OFFER_CUE = 1.0
#: A turn whose own role cue is this strong is sure of its role without turn order.
SURE_CUE = 2.0
#: Role evidence of a long statement (the server's) and of a reply of a word or two (the
#: customer's), and the lengths that count as such.
_LENGTH_CUE = 1.0
_SHORT_CUE = 1.0
_LONG_TURN_WORDS = 12
_SHORT_TURN_WORDS = 3
_FIRST_PERSON = frozenset({"i", "im", "my", "ive", "ill", "id", "me", "mine"})

#: An "X or Y" this short is a choice offered (a question) even without a known intent.
_SHORT_CHOICE_WORDS = 7
#: "And your daughter?": a question this short that opens on "and" and names no intent
#: asks the question before again of someone or something else.
_ELLIPSIS_WORDS = 4
#: "And has Kiri had hers?": an "and" question that ends on a possessive standing for
#: the thing just asked about is that question again of someone else, at any length.
_ELIDED_THING = frozenset({"hers", "his", "theirs", "yours"})
#: "how much ground beef" / "how many fish suppers": a count of the next word's thing.
_AMOUNT = frozenset({"much", "many"})
#: The intent of a question that counts things; "quantity/<thing>" names what it counts.
QUANTITY = "quantity"
#: Words after "or" that make no alternative: "ten pounds or more", "a week or so".
_NO_ALTERNATIVE = frozenset(
    ("more", "less", "so", "something", "anything", "whatever", "else", "other", "over", "under")
)
_WHO_PREVIOUS = "previous_customer"
_WHO_PEOPLE = "people"
_WHO_OWN = "own_circle"
_SECRECY = "secrecy"
#: "don't SAY I told you": an "I told you" reported, not meant.
_REPORTED_SPEECH = frozenset({"say", "saying", "said", "tell", "telling"})


#: A question shorter than this ("did you see the lady who was in before you") only
#: sets gossip up; the learned scorer waits for what is said.
_MODEL_MIN_QUESTION_WORDS = 12


def gossip_probability(model: GossipModel, features: Features) -> float:
    """The learned scorer's chance that this turn is gossip; 0 for a turn that cannot be
    (:attr:`Features.could_be_gossip`). Computed only when a detector asks: most turns
    never need it."""
    return model.probability(features.words) if features.could_be_gossip else 0.0


def model_ignored_words(rules: Rules) -> frozenset[str]:
    """What the learned gossip scorer leaves out: words that say how a till talks or who
    is meant, not what is said about them — numbers, currencies, forms of address
    ("pet", "hen", "mate"), stopwords, pronouns. Who is talked about is already known
    (:attr:`Features.could_be_gossip`); the scorer weighs what is said ("affair", "owes",
    "the till", "moved out"), so "his" and "again" cannot make a family story gossip."""
    g, q = rules.gossip, rules.repeated_question
    words = _NUMBER_WORDS | _CURRENCY | _ADDRESS | frozenset(
        (*q.stopwords, *g.pronouns, *g.first_person)
    )
    return frozenset(words) | frozenset(stem(w) for w in words)


@dataclass(frozen=True, slots=True)
class Question:
    """What a cashier's question is about: intent concepts and plain content words."""

    concepts: frozenset[str]
    words: frozenset[str]
    shape_only: bool = False
    """Only the shape says question ("having a good day", "taking it away"): asked by
    the cashier it is one, but as a reply it is an answer, not a question back."""
    tag_only: bool = False
    """Only a closing tag says question ("dave yeah", "no work today then"): from the
    customer that is an answer with a tag, not a question back."""
    person: str = ""
    """Who it asks about: ``"other"`` (he, she, they), ``"you"``, or ``""`` when neither."""
    options: frozenset[str] = frozenset()
    """The content words offered as choices ("leg or shoulder", "the one litre or the four
    litre"): they name the answers, not what is asked about."""


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
    secrecy: bool
    """A secrecy or rumour marker ("between you and me"): talk about someone absent."""
    strong_topic: bool
    """An unmistakably private topic ("having an affair", "done for fraud")."""
    question: Question | None
    not_heard: bool
    """A reply saying the question was not heard ("sorry what was that")."""
    already_said: bool
    """A reply saying the question was answered before ("like I said")."""
    reaction: bool
    """A reply of shock or sympathy ("oh dear", "thats awful")."""
    deflection: bool
    """A reply declining someone's gossip ("not for me to say", "i stay out of that")."""
    has_content: bool
    """Says more than fillers ("um", "oh")."""
    prompt_offsets: tuple[tuple[float, float], ...]
    """Agenda prompts: (fraction of the utterance where it starts, weight)."""
    offers: bool = False
    """At least one full-weight agenda prompt (an offer, not a bag or receipt question)."""
    benefits: int = 0
    """Deal prompts that say what an offer before them in the turn gives ("a members' club
    … it's free and you get five percent off"): part of that offer when a burst has no
    other turn."""
    content: frozenset[str] = frozenset()
    """Stems that carry content, to compare answers: no fillers, stopwords, numbers,
    agreement or thanks ("yes still just me and the wife" → {"wife"})."""
    answer_marker: bool = False
    """A word saying this was said before ("still", "again")."""
    answer_also: bool = False
    """Says it matches someone else's answer ("as well", "too")."""
    confirmation: bool = False
    """A read-back to confirm ("let me read that back", "have I got that right")."""
    price: bool = False
    """A sum of money is named ("forty cedis", "nine pound twenty")."""
    decline: bool = False
    """The whole reply refuses something ("no thanks", "i'm grand"): politeness aside,
    nothing else is said."""
    words: tuple[str, ...] = ()
    """The utterance's words, normalised and stemmed (what the learned scorer reads)."""
    praise: bool = False
    """Praises someone ("clever as anything"): no gossip for the learned scorer."""

    @property
    def could_be_gossip(self) -> bool:
        """Talks about a person other than "I" and "you" (a name, a colleague, he or she,
        the speaker's own family) or touches a private topic, and is not a short question
        (which only sets gossip up): the turns the learned scorer reads."""
        about_someone = self.third_party or self.own_circle or self.pronoun or self.gossip_score > 0
        return about_someone and (
            self.question is None or self.word_count >= _MODEL_MIN_QUESTION_WORDS
        )


#: Words a speaker puts before the real start of a sentence.
_LEAD_IN = frozenset(
    [
        "hi",
        "hiya",
        "hello",
        "morning",
        "afternoon",
        "evening",
        "right",
        "okay",
        "ok",
        "so",
        "and",
        "great",
        "lovely",
        "sorry",
        "oh",
        "sure",
        "then",
        "well",
        "now",
        "um",
        "er",
        "erm",
        "ah",
        "yeah",
        "yes",
        "no",
        "cool",
        "perfect",
        "nice",
        "brilliant",
        "there",
        "hey",
        "aw",
        "alright",
        "cheers",
        "thanks",
        "love",
        "mate",
        "pal",
        "hun",
        "hen",
        "buddy",
        # "(of) course celebrating something": an answer to the request, then the question.
        "course",
        "of",
    ]
)
#: A yes/no question starts with an auxiliary verb ("is the card for…", "have you…").
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
    ]
)


#: After a bare "you", words that show the auxiliary was dropped ("you doing anything
#: nice", "you off work today", "you after anything") — speech and recognisers drop it.
_BARE_SUBJECTS = frozenset(["it", "that", "this"])
#: What follows the "were" of a question ("were you", "were the kids"); any other word
#: after it reads "we're" ("were local", "were just looking").
_WERE_SUBJECTS = frozenset(
    ["you", "ye", "yous", "youse", "yall", "they", "there", "the", "those", "these", "we",
     "he", "she", "it", "your", "his", "her", "their", "all", "any", "both", "them", "that",
     "this", "my", "our", "a", "an"]
)
_BARE_OPENERS = frozenset(["want", "need", "fancy"])
_STATING_SUBJECTS = frozenset(
    ["i", "ill", "id", "youll", "youd", "we", "well", "wed", "he", "she", "they", "hell",
     "shell", "theyll", "hed", "shed", "dont", "doesnt", "didnt", "might", "will", "would"]
)
#: Words that say "I'm listening" before a tag ("oh right", "okay then", "ah ok then").
_BACKCHANNEL = frozenset(
    ["oh", "ah", "ooh", "aye", "ok", "okay", "alright", "right", "yeah", "yes", "no", "nah",
     "fair", "enough", "really", "great", "good", "lovely", "cool", "sure", "wow", "ha"]
)
_ANY_OPENERS = frozenset(["any", "anything"])
_BARE_STARTS = frozenset(["off", "been", "got", "finished", "busy"])
_SHORT_DROPPED_AUX_WORDS = 8
_AFTER_BARE_YOU = frozenset(
    ["off", "after", "alright", "ok", "okay", "ready", "busy", "sorted", "local", "from",
     # "(do) you like them with a little heat", "(do) you take sugar".
     "like", "fancy", "take",
     # "(have) you got anything on tonight"; not "you got it" (a yes, see below).
     "got",
     # "(are) you down on your holidays", "(are) you here for the match", "(are) you on
     # the late ferry this evening".
     "down", "here", "on"]
)


def _first_content(words: list[str]) -> int:
    """Index of the first word after lead-ins ("right so …")."""
    for i, word in enumerate(words):
        if word not in _LEAD_IN and word != "and":
            return i
    return 0


#: After "have", the start of a wish ("have a great trip", "have fun", "have a good one").
_WISH_AFTER_HAVE = frozenset(["a", "an", "fun", "good", "great", "nice", "lovely", "safe"])


def _after_is_wish(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1] in _WISH_AFTER_HAVE


_GLAD = frozenset(stems(("congratulations", "congrats", "lovely", "wonderful", "marvellous")))
_ARTICLES = frozenset(["the", "a", "an"])
_RELATIVES = frozenset(["who", "whose", "whos"])


def _said_as_name(word: str, names: frozenset[str]) -> bool:
    """The word as said is the name, or its possessive ("lornas"): names are matched on
    stems, which can make another word look like a name."""
    return word in names or (word.endswith("s") and word[:-1] in names)


def _names_a_thing(words: list[str], start: int, end: int) -> bool:
    """A first name after an article names a thing ("the heather honey", "the matt
    emulsion"), not a person - unless a relative clause follows ("the sarah whose fella")."""
    return (
        start > 0
        and words[start - 1] in _ARTICLES
        and not (end < len(words) and words[end] in _RELATIVES)
    )


def _inverted_start(words: list[str]) -> tuple[int, bool] | None:
    """(index, shape_only) where a yes/no question starts (auxiliary first, after lead-ins).

    A bare "you" + verb-ing or "you off/after/alright…" is the same question with its
    auxiliary dropped ("you having that in", "you doing anything fun this weekend").
    """
    for i, word in enumerate(words):
        if word in _LEAD_IN:
            continue
        if i + 1 >= len(words):
            return None
        after = words[i + 1]
        if word in _AUXILIARIES:
            # "have a great trip", "have fun": a wish, not "have (you)…?"
            if word == "have" and _after_is_wish(words, i):
                return None
            # "no were local", "were just looking": "we're" without its apostrophe; a
            # question's "were" has its subject next ("were you", "were the kids").
            if word == "were" and after not in _WERE_SUBJECTS:
                return None
            return i, False
        if word == "you" and (
            (after in _AFTER_BARE_YOU and not (after == "got" and words[i + 2 : i + 3] == ["it"]))
            or (after.endswith("ing") and len(after) > 4)
        ):
            return i, False
        # "(is) it for yourself", "(is) that for here": the "is" lost in speech or ASR.
        if word in _BARE_SUBJECTS and after == "for":
            return i, True
        # "(are you) having a good day", "(are you) off anywhere nice": a short line that
        # opens on a participle or "off/been/got" has lost "are you" / "have you".
        if len(words) - i <= _SHORT_DROPPED_AUX_WORDS and (
            word in _BARE_STARTS or (word.endswith("ing") and len(word) > 4)
        ):
            return i, True
        return None
    return None


class FeatureExtractor:
    """Compiles the rules' lexicons once; :meth:`extract` is then cheap per utterance.

    Every lexicon goes into ONE phrase matcher with namespaced labels, so an utterance
    is scanned once whatever the number of lexicons.
    """

    def __init__(self, rules: Rules) -> None:
        g = rules.gossip
        q = rules.repeated_question
        u = rules.rushed_upsell
        self._rules = rules
        lexicons: dict[str, tuple[str, ...]] = {
            "role:cashier": rules.roles.cashier_cues,
            "role:customer": rules.roles.customer_cues,
            f"who:{_WHO_PREVIOUS}": g.previous_customer,
            f"who:{_WHO_PEOPLE}": g.people,
            "who:name": g.names,
            f"who:{_WHO_OWN}": g.own_circle,
            f"what:{_SECRECY}": g.secrecy,
            "open:": q.question_openers,
            "not_heard:": q.not_heard,
            "already_said:": q.already_said,
            "reaction:": g.reactions,
            "deflection:": g.deflections,
            "praise:": g.praise,
            "informs:": u.informs,
            "decline:": u.declines,
            "confirm:": q.confirmations,
            "also:": q.answer_also,
        }
        lexicons.update({f"what:{k}": v for k, v in g.topics.items()})
        lexicons.update({f"concept:{k}": v for k, v in q.concepts.items()})
        lexicons.update({f"prompt:{k}": v for k, v in u.prompts.items()})
        lexicons.update({f"routine:{k}": v for k, v in u.routine.items()})
        self._matcher = PhraseMatcher(lexicons)
        self._pronoun_words = frozenset(g.pronouns)
        self._names = frozenset(g.names)
        self._strong = frozenset(g.strong_topics)
        self._first_person = frozenset(stem(p) for p in g.first_person)
        self._tags = [tuple(stems(tokens(t))) for t in q.question_tags]
        self._fillers = frozenset(stem(f) for f in q.fillers)
        self._stopwords = frozenset(stem(w) for w in q.stopwords)
        self._routine_weight = u.routine_weight
        self._one_offer = frozenset(u.one_offer_categories)
        self._not_content = (
            self._stopwords
            | self._fillers
            | frozenset(stem(w) for w in q.answer_ignore)
            | frozenset(q.answer_ignore)
            | frozenset(q.stopwords)
        )
        self._answer_markers = frozenset(stem(w) for w in q.answer_markers)
        self._units = frozenset(stem(w) for w in q.answer_units)
        self._merge_words = u.merge_words

    @property
    def rules(self) -> Rules:
        """The rules this extractor was compiled from."""
        return self._rules

    def extract(self, utterance: Utterance) -> Features:
        words = tokens(utterance.text)
        has_mark = "?" in words
        plain = [w for w in words if w != "?"] if has_mark else words
        stemmed = stems(plain)
        g = self._rules.gossip
        matches: dict[str, list[Match]] = {}
        for m in self._matcher.find(stemmed):
            kind, _, label = m.label.partition(":")
            matches.setdefault(kind, []).append(Match(label, m.start, m.end, m.wild))

        # Private talk is first-person whoever speaks: pronouns only count for business.
        role_cue = self._role_cue(plain, matches.get("role", ()), pronouns="what" not in matches)
        who = {
            m.label
            for m in matches.get("who", ())
            if m.label != "name"
            or (
                _said_as_name(plain[m.start], self._names)
                and not _names_a_thing(plain, m.start, m.end)
            )
        }
        gossip_phrases: list[str] = []
        score = 0.0
        secrecy = False
        strong = False
        for m in matches.get("what", ()):
            secrecy = secrecy or m.label == _SECRECY
            if m.label == _SECRECY:
                score += g.secrecy_weight
            elif m.label in self._strong:
                strong = True
                score += g.strong_topic_weight
            else:
                score += g.topic_weight
            gossip_phrases.append(" ".join(plain[m.start : m.end]))
        token_set = set(stemmed)
        price = any(
            w in _CURRENCY and i > 0 and plain[i - 1] in _NUMBER_WORDS for i, w in enumerate(plain)
        )
        question = self._question(
            words, stemmed, has_mark, matches, price=price,
            sentences=_sentence_starts(utterance.text) if has_mark else frozenset(),
        )
        # Punctuated text marks its questions with "?": without one, "thats ninety two
        # dollars, you can pay when you pick up" states, whatever its "when" or "can you";
        # only a tag ("no work today then.") may still ask. The words still read like a
        # question for who is speaking (below), so only `Features.question` drops it.
        asks = question is not None and (
            has_mark or question.tag_only or not _PUNCTUATED.search(utterance.text)
        )
        not_heard = "not_heard" in matches or stemmed in (("sorry",), ("what",))
        has_content = any(s not in self._fillers for s in stemmed)
        prompt_offsets = self._prompt_offsets(
            len(stemmed),
            matches.get("prompt", ()),
            matches.get("routine", ()),
            matches.get("informs", ()),
        )
        # Who leads: the server talks at length, the served answers in a word or two
        # (measured over the held-out sets: 31 % of cashier turns have 12+ words against
        # 3 % of customer turns; 54 % of customer turns have 3 or fewer against 7 %).
        # Private talk gives no such evidence: a customer who gossips talks at length too.
        # Length is weak evidence: it never makes a turn's role sure on its own.
        if "what" not in matches and question is None and abs(role_cue) < SURE_CUE:
            if len(plain) >= _LONG_TURN_WORDS:
                role_cue = min(role_cue + _LENGTH_CUE, SURE_CUE - _LENGTH_CUE / 2)
            elif (
                0 < len(plain) <= _SHORT_TURN_WORDS
                and role_cue <= 0
                # Numbers alone ("twenty two fifty", "five") may be a price or an answer.
                and not all(w in _NUMBER_WORDS or w in _CURRENCY for w in plain)
            ):
                role_cue = max(role_cue - _SHORT_CUE, -SURE_CUE + _SHORT_CUE / 2)
        # An offer put to the listener in the shop's voice ("have you downloaded our app",
        # "whats your postcode", "were doing two for one want any") is the server's line;
        # a customer naming the same thing speaks of "i"/"my" ("ive got your app").
        # "Our" settles it even beside an "I" ("got our loyalty card? i can do one now").
        offered = any(w >= 1.0 for _, w in prompt_offsets)
        if offered and (
            "our" in token_set
            or (token_set & (_SECOND_PERSON | _SHOP_VOICE) and not token_set & _FIRST_PERSON)
        ):
            role_cue += _OFFER_CUE
        # The words as said, not their stems.
        pronoun = bool(self._pronoun_words.intersection(plain))
        if score > 0 and (who or pronoun):
            # Private talk about someone offers nothing, whatever its words ("shes
            # already run his credit cards up", "sat on that betting app all night").
            prompt_offsets = ()
            offered = False
        return Features(
            utterance=utterance,
            word_count=len(plain),
            role_cue=role_cue,
            third_party=bool(who & {_WHO_PREVIOUS, _WHO_PEOPLE, "name"}),
            own_circle=_WHO_OWN in who,
            pronoun=pronoun,
            first_person=bool(token_set & self._first_person),
            gossip_score=score,
            words=stemmed,
            secrecy=secrecy,
            strong_topic=strong,
            gossip_phrases=tuple(gossip_phrases),
            question=question if asks else None,
            not_heard=not_heard,
            # "don't say I told you", "don't tell her I said so" tell no earlier answer.
            already_said=any(
                not _REPORTED_SPEECH.intersection(plain[max(0, m.start - 2) : m.start])
                for m in matches.get("already_said", ())
            ),
            # "Oh my goodness, congratulations": surprise at good news, not at private talk.
            reaction="reaction" in matches and not _GLAD.intersection(stemmed),
            deflection="deflection" in matches,
            praise="praise" in matches,
            has_content=has_content,
            prompt_offsets=prompt_offsets,
            benefits=_benefits(matches.get("prompt", ()), plain),
            offers=offered,
            content=self._content(plain, stemmed),
            answer_marker=bool(token_set & self._answer_markers),
            answer_also="also" in matches,
            decline=_only(plain, matches.get("decline", ()), _POLITE),
            confirmation="confirm" in matches,
            price=price,
        )

    def _content(self, plain: list[str], stemmed: tuple[str, ...]) -> frozenset[str]:
        """Content stems for comparing answers: numbers (counts, prices) and every word
        in the stopword, filler and `answer_ignore` lists left out."""
        skip = self._not_content
        return frozenset(
            s
            for w, s in zip(plain, stemmed, strict=True)
            if len(s) > 1 and s.isalpha() and w not in _NUMBER_WORDS and w not in skip
            and s not in skip
        )

    def _role_cue(self, plain: list[str], matches: Sequence[Match], *, pronouns: bool) -> float:
        """Cashier-typical minus customer-typical evidence in one utterance."""
        cue = 0.0
        for m in matches:
            # "what can i get you" (cashier) contains "can i get" (customer): longest wins.
            if any(o is not m and o.start <= m.start and m.end <= o.end for o in matches):
                continue
            cue += 1.0 if m.label == "cashier" else -1.0
        # Serving questions are about "you": "are you…", "do you want…", "is that…".
        # Private talk ("did you hear about…") says nothing about who serves, nor does
        # the "you" of a customer's longer phrase ("do you guys have"): that "you" is the
        # shop. (A bare "do you have" is the server's too: "do you have any questions".)
        asked_shop = {
            i
            for m in matches
            if m.label == "customer" and m.end - m.start >= 4
            for i in range(m.start, m.end)
        }
        if pronouns and len(plain) > 1 and any(
            plain[i] in _ASKING and plain[i + 1] in _SECOND_PERSON_ASKED and i not in asked_shop
            for i in range(len(plain) - 1)
        ):
            cue += 0.5
        # A price ("thats twelve sixty", "thirteen fifty please") is the cashier's line.
        price = False
        for i, word in enumerate(plain):
            if word in _PRICE_LEADS and any(w in _NUMBER_WORDS for w in plain[i + 1 : i + 4]):
                price = True
                break
            # After a two-word lead, a number straight away and a second number or a
            # currency word close behind: "that is nine pound forty", not "that is one of".
            if (
                i > 0
                and (plain[i - 1], word) in _PRICE_LEAD_PAIRS
                and i + 1 < len(plain)
                and plain[i + 1] in _NUMBER_WORDS
                and any(w in _NUMBER_WORDS or w in _CURRENCY for w in plain[i + 2 : i + 5])
            ):
                price = True
                break
            if (
                word in _NUMBER_WORDS
                and word != "one"
                and i + 1 < len(plain)
                and plain[i + 1] in _NUMBER_WORDS
                and (i == 0 or plain[i - 1] not in _NOT_PRICE_BEFORE)
                and any(w in _PRICE_TAILS for w in plain[i + 2 : i + 5])
            ):
                price = True
                break
        # A price per item ("raffle tickets two pound a go", "five dollars each") pitches.
        if not price:
            price = any(
                w in _CURRENCY
                and 0 < i < len(plain) - 1
                and plain[i - 1] in _NUMBER_WORDS
                and plain[i + 1] in ("a", "each", "per")
                for i, w in enumerate(plain)
            )
        # A line of only a big amount ("eight thousand four hundred and fifty") is a price
        # in naira or shillings, not a year ("two thousand and twelve" has no hundred).
        if not price and "thousand" in plain and "hundred" in plain:
            price = all(w in _NUMBER_WORDS or w in ("thousand", "and") for w in plain)
        # A short line of numbers with a currency word ("three pound twenty") is a price.
        if not price and 2 <= len(plain) <= 6:
            numbers = [w for w in plain if w in _NUMBER_WORDS]
            if len(numbers) >= 2 and any(w in _CURRENCY for w in plain) and (
                len(numbers) + sum(1 for w in plain if w in _PRICE_ENDS or w in _ADDRESS)
                >= len(plain)
            ):
                price = True
        # A bare "four ninety nine" / "two forty nine" is a price that cannot be a clock
        # time or a year (no "x ninety", no "x forty nine" on a clock; "nineteen ninety
        # nine" opens with a teen), unlike "two thirty" or "twenty fifteen".
        if (
            not price
            and len(plain) in (2, 3)
            and plain[0] in _UNIT_WORDS
            and plain[1] in _PENCE_TENS
            and (plain[1] == "ninety" or plain[-1] == "nine")
            and (len(plain) == 2 or plain[2] in _UNIT_WORDS)
        ):
            price = True
        # "twenty fourteen" after "how old is the car" is a year: no price.
        if price and any(
            w == "twenty" and i + 1 < len(plain) and plain[i + 1] in _YEAR_TEENS
            for i, w in enumerate(plain)
        ):
            price = False
        # "two pound of tomatoes" orders by weight: no price.
        if price and any(
            w in _CURRENCY and i + 1 < len(plain) and plain[i + 1] == "of"
            for i, w in enumerate(plain)
        ):
            price = False
        if price:
            cue += 1.5
        # The server talks about "you", the customer about "I" / "my".
        second = sum(
            1 for i, w in enumerate(plain) if w in _SECOND_PERSON and i not in asked_shop
        )
        first = sum(1 for w in plain if w in _FIRST_PERSON)
        if pronouns and second != first:
            cue += 0.5 if second > first else -0.5
        if not price and plain and plain[-1] == "please" and len(plain) <= 12:
            cue -= 0.5
        return cue

    def _question(
        self,
        words: list[str],
        stemmed: tuple[str, ...],
        has_mark: bool,
        matches: dict[str, list[Match]],
        *,
        price: bool = False,
        sentences: frozenset[int] = frozenset(),
    ) -> Question | None:
        """The question part of an utterance, reduced to concepts and content words."""
        spans: list[tuple[int, int]] = []
        shape_only = False
        tag_only = False
        n = len(stemmed)
        # "(do you) want a bag" asks; "you'll want the large one", "i need some food"
        # state: a bare want/need/fancy after a subject opens no question. Nor does a
        # "why" deep in a reply: spelled out, it is the letter Y ("el ef one seven why tee").
        openers = [
            m
            for m in matches.get("open", ())
            if not (
                m.end - m.start == 1
                and m.start > 0
                and (
                    (words[m.start] in _BARE_OPENERS and words[m.start - 1] in _STATING_SUBJECTS)
                    or (words[m.start] == "why" and m.start > 2)
                )
            )
        ]
        matches = {k: v for k, v in matches.items() if k != "open"}
        if openers:
            matches["open"] = openers
        if has_mark:
            # Punctuated text: every sentence that ends in "?" is a question ("one tablet
            # daily after food. do you need a printed bill?" asks only for the bill).
            begin = index = 0
            for w in words:
                if w == "?":
                    begin = max([begin, *(i for i in sentences if i < index)])
                    if index > begin:
                        spans.append((begin, index))
                    begin = index
                else:
                    index += 1
        elif "open" in matches:
            begin = min(m.start for m in matches["open"])
            # "you are not taking ANYTHING else": an "any…" question is the whole clause;
            # so is "got something on this weekend HAVE YOU" or "youre eating in IS THAT
            # RIGHT" (an opener as the tag, in the last three words).
            if words[begin] in _ANY_OPENERS or begin >= n - 3:
                begin = min(begin, _first_content(words))
            spans.append((begin, n))
        elif (inverted := _inverted_start(words)) is not None:
            spans.append((inverted[0], n))
            shape_only = inverted[1]
        else:
            for tag in self._tags:
                k = len(tag)
                if k and n > k and stemmed[-k:] == tag:
                    # "oh right", "okay then", "ah ok then": a listener's backchannel,
                    # not a statement turned into a question.
                    if all(w in _BACKCHANNEL or stemmed[i] in self._fillers
                           for i, w in enumerate(words[: n - k])):
                        break
                    # "sixteen pounds then", "three ninety-five, then": a price said
                    # with a tag asks nothing.
                    if price:
                        break
                    spans.append((0, n - k))
                    tag_only = True
                    break
            else:
                # "… to have here or taking it with you": an alternative question, even
                # when the recogniser lost its first words; a short "X or Y" offers a
                # choice ("front or rear", "near the front or the back").
                alternative = any(
                    w == "or" and words[i + 1] not in _NO_ALTERNATIVE
                    for i, w in enumerate(words[1:-1], 1)
                )
                if alternative and ("concept" in matches or n <= _SHORT_CHOICE_WORDS):
                    spans.append((0, n))
        if not spans:
            return None
        concepts: set[str] = set()
        covered = [False] * n
        found = matches.get("concept", ())
        # Words that are a whole intent of their own ("holiday" in "youre on holiday at
        # the moment"): a "*" slot holding one is about that intent, not the slotted one.
        intent_words = {i for m in found if not m.wild for i in range(m.start, m.end)}
        # (Such a slotted match is dropped before it can swallow the intent it holds:
        # "what sort of bag do you want this in" asks about the bag.)
        found = [m for m in found if not (m.wild and m.wild[0] in intent_words)]
        # A thing counted ("how many bags you wanting on that feed", "how many cats have
        # you got") is counted too: the quantity intent below joins the thing's own.
        counted = all(
            m.start >= 2 and words[m.start - 2] == "how" and words[m.start - 1] in _AMOUNT
            for m in found
        )
        for m in found:
            # A match inside a longer one of another intent is part of that intent:
            # "how are you finding it round here" (settling) asks no "how are you".
            # (Not `_role_cue`'s longest-wins over every label: a match inside one of
            # its own intent may carry the slot word that qualifies it; dropping those
            # lost a repeat, heldout64 q07.)
            if any(o.label != m.label and m.inside(o) for o in found):
                continue
            if any(a <= m.start and m.end <= b for a, b in spans):
                # Through a "*" slot the concept is about the slot's word: "what kind of
                # paint do you…" and "what kind of brush do you…" are different questions.
                # A slot holding no content ("how many * you want": "how many do you
                # want") leaves the intent unqualified.
                slot = stemmed[m.wild[0]] if m.wild else ""
                slotted = bool(slot) and slot not in self._not_content
                concepts.add(f"{m.label}/{slot}" if slotted else m.label)
                for i in range(m.start, m.end):
                    # A "*" slot ("what kind of * do you") holds the topic: keep it.
                    covered[i] = i not in m.wild
        stopwords = self._stopwords
        if counted:
            # "how much ground beef", "how many fish suppers", "how much of the mince": a
            # count of a thing, the quantity intent about that thing ("how much is it"
            # asks a price: no noun).
            for a, b in spans:
                for i in range(a, b - 1):
                    if words[i] == "how" and words[i + 1] in _AMOUNT:
                        concept = self._count_concept(words, stemmed, i, b)
                        if concept:
                            concepts.add(concept)
                            break
        content: set[str] = set()
        asked: set[str] = set()
        for a, b in spans:
            asked.update(words[a:b])
            for i in range(a, b):
                s = stemmed[i]
                if not covered[i] and s not in stopwords and len(s) > 1 and s.isalpha():
                    content.add(s)
        person = (
            "other"
            if asked & self._pronoun_words
            else ("you" if asked & _SECOND_PERSON else "")
        )
        # "And your daughter?": the question before asked again of someone else; alone
        # it says nothing about what is asked, so it cannot repeat anything.
        plain_words = [w for w in words if w != "?"]
        if (
            not concepts
            and plain_words[:1] == ["and"]
            and (len(plain_words) <= _ELLIPSIS_WORDS or plain_words[-1] in _ELIDED_THING)
        ):
            return None
        # The choices offered ("the small bottle or the big gallon"): the content words
        # either side of an "or".
        options: set[str] = set()
        for a, b in spans:
            for i in range(a + 1, b - 1):
                if words[i] != "or":
                    continue
                if stemmed[i - 1] in content:
                    options.add(stemmed[i - 1])
                after = [s for s in stemmed[i + 1 : min(b, i + 4)] if s in content]
                options.update(after[:1])
        return Question(
            frozenset(concepts),
            frozenset(content),
            shape_only,
            tag_only,
            person,
            frozenset(options),
        )

    def _count_concept(
        self, words: list[str], stemmed: tuple[str, ...], i: int, end: int
    ) -> str | None:
        """The quantity intent of the "how many" / "how much" at ``i`` (its span ends at
        ``end``): about the thing counted ("quantity/fish"), unqualified when no thing is
        named ("how many?", "how many litres are you after", "how much on the flow"), or
        None ("how much is it" asks a price)."""
        many = words[i + 1] == "many"
        k = i + 2
        if k >= end:
            # "how many?": a count of what was named.
            return QUANTITY if many else None
        if words[k] == "of":
            k += 2 if words[k + 1 : k + 2] in (["the"], ["them"], ["those"]) else 1
        if k < end and stemmed[k] in self._units:
            # A unit counts no thing of its own ("how many litres are you after"): the
            # thing follows it ("how many litres of the white"), or the count is unqualified.
            k += 1
            if words[k : k + 1] != ["of"]:
                return QUANTITY
            k += 2 if words[k + 1 : k + 2] == ["the"] else 1
        if k < end and stemmed[k] not in self._not_content and stemmed[k].isalpha():
            return f"{QUANTITY}/{stemmed[k]}"
        if many or words[k : k + 1] in (["on"], ["did"], ["would"]):
            # "how many am i wrapping for you", "how much on the flow": a count or amount
            # of what was named.
            return QUANTITY
        return None

    def _prompt_offsets(
        self,
        n_words: int,
        prompts: Sequence[Match],
        routine: Sequence[Match],
        informs: Sequence[Match] = (),
    ) -> tuple[tuple[float, float], ...]:
        """Agenda prompts, nearby hits merged into one (they describe the same offer):
        a hit that starts within `merge_words` of the one before, or inside it, joins
        its prompt ("we also have a" + "loyalty card" + "ten percent off" is one).

        A generic offer opener that runs into a routine question ("do you need a" +
        "receipt", "did you want any" + "bags") is that routine question, not an offer;
        a deal inside news about the customer's own basket ("your eggs are on sale") is
        no offer at all; and an offer of one thing put several ways ("signed up for our
        rewards? you'd get points") counts once.
        """
        prompts = [
            m
            for m in prompts
            if not any(r.start <= m.end and m.start < r.end for r in routine)
            and not any(i.start < m.end and m.start < i.end for i in informs)
        ]
        # A hit inside a longer one is part of that offer ("every sixth cut is free").
        prompts = [m for m in prompts if not any(m.inside(o) for o in prompts)]
        seen: set[str] = set()
        kept: list[Match] = []
        for m in prompts:
            if m.label in self._one_offer:
                if m.label in seen:
                    continue
                seen.add(m.label)
            kept.append(m)
        prompts = kept
        hits = [(m.start, m.end, 1.0) for m in prompts]
        hits += [(m.start, m.end, self._routine_weight) for m in routine]
        if not hits:
            return ()
        hits.sort()
        n = max(n_words, 1)
        clusters: list[tuple[int, int, int, float]] = []
        for start, end, weight in hits:
            if clusters and (
                start - clusters[-1][1] <= self._merge_words or start <= clusters[-1][2]
            ):
                first, _, last_end, best = clusters[-1]
                clusters[-1] = (first, start, max(last_end, end), max(best, weight))
            else:
                clusters.append((start, start, end, weight))
        return tuple((start / n, weight) for start, _, _, weight in clusters)


#: Words a refusal may carry besides the refusal itself ("no thanks love, im grand").
_POLITE = frozenset(
    ["no", "nah", "nope", "thanks", "thank", "you", "ta", "cheers", "please", "love", "mate",
     "sir", "maam", "oh", "um", "er", "honestly", "really", "okay", "ok"]
)


def _sentence_starts(text: str) -> frozenset[int]:
    """Word indices (in the tokens of ``text`` without ``?``) where a sentence begins
    after a full stop, "!" or ";" — tokens are cut per word, so the pieces add up."""
    starts: set[int] = set()
    count = 0
    for piece in _SENTENCE_END.split(text)[:-1]:
        count += sum(1 for w in tokens(piece) if w != "?")
        starts.add(count)
    return frozenset(starts)


def _benefits(prompts: Sequence[Match], words: Sequence[str]) -> int:
    """How many prompts say what an offer before them gives: a deal after "it's …" or
    "you get …" ("a members' club too, it's free and you get five percent off"), or a
    part it comes with ("take this car charger as well. it has the type c cable")."""
    count = 0
    for m in prompts:
        before = words[max(0, m.start - 3) : m.start]
        pairs = set(itertools.pairwise(before))
        gives = bool(before) and (before[-1] in ("its", "is") or bool(pairs & _YOU_GET))
        near = words[max(0, m.start - 5) : m.start]
        comes_with = bool(set(itertools.pairwise(near)) & _COMES_WITH)
        if (
            (m.label == "deal" and gives)
            or (m.label == "add_on" and comes_with)
        ) and any(o.label != "deal" and o.end <= m.start for o in prompts):
            count += 1
    return count


#: "it has the type c cable", "it comes with a case": a part of the thing offered.
_COMES_WITH = frozenset({("it", "has"), ("has", "the"), ("comes", "with"), ("come", "with")})


#: "you get five percent off", "you'd get a free one".
_YOU_GET = frozenset({("you", "get"), ("youd", "get"), ("youll", "get")})


def _only(plain: Sequence[str], matches: Sequence[Match], extra: frozenset[str]) -> bool:
    """True when ``matches`` cover every word of ``plain`` outside ``extra``."""
    if not matches:
        return False
    covered = {i for m in matches for i in range(m.start, m.end)}
    return all(i in covered or w in extra for i, w in enumerate(plain))
