"""The coach: a pure engine that reads a till's utterances and raises nudges.

No asyncio, no sqlite3, no I/O, no wall clock: all time is stream seconds taken from
the events, so the engine behaves the same live, on files and in tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.coach.features import (
    QUANTITY,
    SURE_CUE,
    FeatureExtractor,
    Features,
    Question,
    gossip_probability,
)
from assistant.coach.gossip_model import GossipModel
from assistant.coach.rules import RepeatRules, RoleRules, Rules
from assistant.coach.text import stem, stems
from assistant.events import (
    CASHIER,
    CUSTOMER,
    ConversationBoundary,
    ConversationClosed,
    Nudge,
    NudgeKind,
    Severity,
    Utterance,
)
from assistant.number_words import ONES, TENS

Output = list[Nudge | ConversationClosed]
#: Turns looked back over for an earlier question (bounds the cost of long conversations).
QUESTION_LOOKBACK = 40
#: Words that make a question ask for something to be named (which station, how long,
#: small or large) rather than for a yes or a no.
_OPEN_ASKING = frozenset(
    stems(("what", "whats", "which", "where", "wheres", "when", "who", "whos", "how", "or"))
)
#: First words of a reply that keeps to the order ("just the shirts", "only the tea").
_KEEPS_TO_ORDER = frozenset((("just",), ("only",)))
#: First words of a reply that refuses an offer by naming the order again ("no thanks,
#: just the balloons", "just the caulking please").
_REFUSAL_OPENERS = _KEEPS_TO_ORDER | {("no",), ("nah",)}
#: Words of a question that asks about an earlier visit ("any changes from last time",
#: "your usual") or compares with it ("about the new dose"): "same as before" then
#: answers it, it does not say it was asked.
_ABOUT_LAST_VISIT = frozenset(stems(("last", "usual", "usually", "normally", "previous", "new")))
#: Number words, as stems, for comparing the numbers of two answers ("two yards").
_NUMBER_STEMS = frozenset(stems((*ONES[1:], *TENS[2:], "hundred", "thousand", "half")))
#: A lone count this small fits too many questions to show an answer given twice.
_SMALL_COUNTS = frozenset(stems(ONES[1:11]))
_TENS = frozenset(stems(TENS[2:]))
_UNITS = frozenset(stems(ONES[1:10]))
#: How many people the order is for, and how a customer says it ("the four of us").
_PARTY = "party_size"
_OF_US = ("of", "us")
#: The speaker among the subjects ("my brother in law and I are going"), not just "my".
_SELF_SUBJECTS = frozenset(stems(("i", "im", "ive", "we", "were", "weve")))
#: Without ids or silences a conversation is cut after this many utterances: no single
#: customer's visit is that long, and it bounds the engine's memory on a busy till.
MAX_TURNS_PER_CONVERSATION = 400
#: Turns judged while their speaker was unsure, kept to be judged again once the roles
#: of the conversation are sure (one microphone: roles often settle a turn or two late).
MAX_PENDING_TURNS = 4
#: The learned scorer's pair of turns: the earlier at most this many turns before.
MODEL_PAIR_GAP_TURNS = 2
#: Seconds a gossip nudge on a role read from turn order waits for a reply.
REPLY_WAIT_S = 4.0
#: Turns the role decoding looks back over; older turns keep the scores they had.
ROLE_WINDOW_TURNS = 60
#: Evidence of a known role (given, or sure by its own cue): never overruled.
_FIXED_ROLE_WEIGHT = 1e6
UNKNOWN = "unknown"


@dataclass(slots=True)
class _Turn:
    features: Features
    given_role: str | None
    index: int
    gossip_p: float | None = None
    """The learned scorer's probability for this turn, once asked (turns are judged
    again as roles settle with one microphone; the words do not change)."""

    def gossip_probability(self, model: GossipModel) -> float:
        if self.gossip_p is None:
            self.gossip_p = gossip_probability(model, self.features)
        return self.gossip_p


@dataclass(slots=True)
class _AskedQuestion:
    turn: _Turn
    question: Question
    reply: str | None = None
    """``"answered"``, ``"not_heard"``, ``"stalled"`` (the customer only said "oh, um—"
    so far), ``"none"`` (stalled, and the cashier went on) or ``None`` (no reply yet)."""
    cashier_turns_since_reply: int = 0
    customer_turns_since_reply: int = 0
    """Further customer turns with content after the reply (a phone call taken, a story)."""


@dataclass(slots=True)
class _Prompt:
    at_s: float
    weight: float
    turn: _Turn


@dataclass(slots=True)
class _Conversation:
    id: str
    till: str | None
    start_s: float
    end_s: float
    turns: list[_Turn] = field(default_factory=list)
    role_scores: list[float] = field(default_factory=list)
    """Per turn (speaker unknown): the best explanation of the turns so far with this
    turn the cashier's minus the best with it the customer's (:func:`_update_role_scores`)."""
    prompts: list[_Prompt] = field(default_factory=list)
    fired: set[str] = field(default_factory=set)
    nudges: list[str] = field(default_factory=list)
    emitted: int = 0
    pending: list[_Turn] = field(default_factory=list)
    """Turns judged on an unsure role (roles unknown), to judge again once roles are sure."""
    judged_as: dict[int, str] = field(default_factory=dict)
    """Roles unknown: the sure role each recent turn was judged as (by turn index), so a
    turn whose role later flips is judged again on the other side."""
    waiting: _Candidate | None = None
    """A gossip nudge on a role read from turn order alone, waiting for the reply."""


@dataclass(slots=True)
class _Candidate:
    kind: NudgeKind
    rule: str
    evidence: tuple[Utterance, ...]
    conversation: str
    till: str | None
    raised_s: float


class Coach:
    """Reads one till's utterances and raises gossip, repeated-question and rushed-upsell nudges.

    Feed :class:`Utterance` and :class:`ConversationBoundary` events in stream order;
    every call returns the :class:`Nudge` and :class:`ConversationClosed` events it
    caused. One instance per till (its policy allows one nudge showing at a time).

    ``features``: a :class:`FeatureExtractor` built from the same ``rules`` to share. It
    holds no state, and building one (compiling every lexicon) costs ~50 ms and a few MB,
    so the pipeline builds one for all its tills. ``None`` builds this coach its own.
    """

    def __init__(
        self,
        rules: Rules,
        *,
        till: str | None = None,
        features: FeatureExtractor | None = None,
    ) -> None:
        if features is not None and features.rules is not rules:
            raise ValueError("the feature extractor was built from other rules")
        self._rules = rules
        self._till = till
        self._features = features if features is not None else FeatureExtractor(rules)
        self._current: _Conversation | None = None
        self._auto_ids = 0
        self._last_sent_s: dict[str, float] = {}
        self._showing_until_s = float("-inf")
        self._held: list[_Candidate] = []
        self._decline_not_after = frozenset(rules.rushed_upsell.decline_not_after)
        self._order_concepts = frozenset(rules.repeated_question.order_concepts)
        self._detail_concepts = frozenset(rules.repeated_question.detail_concepts)
        self._object_concepts = frozenset(rules.repeated_question.object_concepts)
        self._units = frozenset(stem(w) for w in rules.repeated_question.answer_units)
        self._generic_answers = frozenset(
            stem(w) for w in rules.repeated_question.answer_generic
        )

    # -- public API -----------------------------------------------------------------

    def feed(self, event: Utterance | ConversationBoundary) -> Output:
        """Take one event; return the nudges and closed conversations it caused."""
        out: Output = []
        if isinstance(event, ConversationBoundary):
            self._release_held(event.at_s, out)
            if self._current is not None:
                self._release_waiting(self._current, event.at_s, out)
                out.append(self._close(self._current))
            if event.kind == "start":
                self._open(event.conversation, event.till, event.at_s)
            return out
        self._route(event, out)
        conversation = self._current
        assert conversation is not None
        conversation.end_s = max(conversation.end_s, event.end_s)
        turn = _Turn(self._features.extract(event), event.speaker, len(conversation.turns))
        conversation.turns.append(turn)
        if conversation.waiting is not None:
            if turn.features.deflection:
                conversation.waiting = None
                conversation.fired.discard("gossip")
            else:
                self._release_waiting(conversation, event.end_s, out)
        if event.speaker is None:
            _update_role_scores(conversation, self._rules.roles)
        self._release_held(event.end_s, out)
        for candidate in self._detect(conversation, turn):
            self._offer(candidate, conversation, event.end_s, out)
        if event.speaker is None and (conversation.pending or conversation.judged_as):
            for candidate in self._recheck(conversation, turn):
                self._offer(candidate, conversation, event.end_s, out)
        return out

    def tick(self, now_s: float) -> Output:
        """Time passes without speech: release held nudges, close after the silence gap."""
        out: Output = []
        self._release_held(now_s, out)
        current = self._current
        waiting = current.waiting if current is not None else None
        if current is not None and waiting is not None and now_s - waiting.raised_s >= REPLY_WAIT_S:
            self._release_waiting(current, now_s, out)
        if current is not None and now_s - current.end_s >= self._rules.conversation_gap_s:
            out.append(self._close(current))
        return out

    def acknowledge(self, at_s: float) -> None:
        """The cashier tapped the nudge on show: the display slot is free from ``at_s``."""
        self._showing_until_s = min(self._showing_until_s, at_s)

    def finish(self) -> Output:
        """End of the stream: close the open conversation (held nudges are dropped)."""
        if self._current is None:
            self._held.clear()
            return []
        out: Output = []
        self._release_waiting(self._current, self._current.end_s, out)
        self._held.clear()
        out.append(self._close(self._current))
        return out

    # -- conversations ----------------------------------------------------------------

    def _route(self, utterance: Utterance, out: Output) -> None:
        """Make ``self._current`` the conversation this utterance belongs to."""
        current = self._current
        wanted = utterance.conversation
        if current is not None:
            silence_s = utterance.start_s - current.end_s
            if (wanted is not None and wanted != current.id) or (
                wanted is None
                and current.turns
                and (
                    silence_s >= self._rules.conversation_gap_s
                    or len(current.turns) >= MAX_TURNS_PER_CONVERSATION
                )
            ):
                self._release_waiting(current, utterance.start_s, out)
                out.append(self._close(current))
            else:
                return
        self._open(wanted, utterance.till, utterance.start_s)

    def _open(self, conversation_id: str | None, till: str | None, at_s: float) -> None:
        if conversation_id is None:
            self._auto_ids += 1
            conversation_id = f"c{self._auto_ids:04d}"
        self._current = _Conversation(conversation_id, till or self._till, at_s, at_s)

    def _close(self, conversation: _Conversation) -> ConversationClosed:
        self._current = None
        self._held = [h for h in self._held if h.conversation != conversation.id]
        counts: dict[str, int] = {}
        talk: dict[str, float] = {}
        for turn in conversation.turns:
            role = turn.given_role or UNKNOWN
            utterance = turn.features.utterance
            counts[role] = counts.get(role, 0) + 1
            talk[role] = round(
                talk.get(role, 0.0) + max(0.0, utterance.end_s - utterance.start_s), 3
            )
        prompts = sum(1 for p in conversation.prompts if p.weight >= 1.0)
        return ConversationClosed(
            conversation=conversation.id,
            start_s=conversation.start_s,
            end_s=conversation.end_s,
            till=conversation.till,
            utterances_by_role=counts,
            talk_s_by_role=talk,
            upsell_prompts=prompts,
            nudges=tuple(conversation.nudges),
        )

    # -- roles --------------------------------------------------------------------------

    def _role(self, conversation: _Conversation, turn: _Turn) -> tuple[str, bool]:
        """(role, unsure): the given speaker, or a guess from turn order and cues.

        ``unsure`` is true when the role was inferred on thin evidence; detectors then
        demand more before they nudge.
        """
        if turn.given_role is not None:
            return turn.given_role, False
        margin = self._rules.roles.confident_margin
        cue = turn.features.role_cue
        if abs(cue) >= SURE_CUE:
            return (CASHIER if cue > 0 else CUSTOMER), False
        balance = conversation.role_scores[turn.index]
        if abs(balance) < 0.5:
            if abs(cue) >= 1.0:
                return (CASHIER if cue > 0 else CUSTOMER), abs(cue) < margin
            return UNKNOWN, True
        return (CASHIER if balance > 0 else CUSTOMER), abs(balance) < margin

    # -- detectors ------------------------------------------------------------------------

    def _detect(self, conversation: _Conversation, turn: _Turn) -> list[_Candidate]:
        role, inferred = self._role(conversation, turn)
        found: list[_Candidate] = []
        offered = self._track_prompts(conversation, turn, role, inferred)
        if turn.given_role is None and (inferred or role == UNKNOWN):
            conversation.pending.append(turn)
            del conversation.pending[:-MAX_PENDING_TURNS]
        elif turn.given_role is None:
            conversation.judged_as[turn.index] = role
        if role == CUSTOMER:
            found = self._judge_reply(conversation, turn, inferred)
            # An offer counted as the server's (see _track_prompts) may close the burst.
            if (
                offered
                and self._rules.rushed_upsell.kind.enabled
                and "rushed_upsell" not in conversation.fired
            ):
                candidate = self._rushed_upsell(conversation, turn, inferred)
                if candidate:
                    found.append(candidate)
            if self._track_declined(conversation, turn):
                candidate = self._rushed_upsell(conversation, turn, inferred, declined=True)
                if candidate:
                    found.append(candidate)
            return found
        if role != CASHIER:
            return found
        found = self._judge(conversation, turn, inferred, upsell=True)
        if turn.given_role is None and abs(turn.features.role_cue) < SURE_CUE:
            # Gossip read from turn order alone (private talk gives no role evidence)
            # waits for the reply — "not for me to say" after it shows it was the
            # customer's — however clear it is: a customer who speaks twice in a row
            # ("aye, the whole house has it." "here, was that senga baird i saw going
            # out?") swaps the speakers turn order gives. (Until the heldout175–178 round
            # clear gossip, or gossip going on about someone the same speaker brought up
            # the turn before, was nudged at once: seven false nudges over the sets, for
            # four caught a turn sooner.) Gossip on a turn of thin evidence has passed a
            # higher bar (`unknown_role_extra_score`) and is nudged at once, unless it is
            # the learned scorer's, goes on with the customer's story, or comes after the
            # cashier declined some.
            before = conversation.turns[turn.index - 1] if turn.index >= 1 else None
            customers_story = (
                before is not None
                and self._role(conversation, before)[0] == CUSTOMER
                and _goes_on_with_story(before.features, turn.features)
            )
            # Once the cashier has declined gossip in this visit ("couldnt tell you"),
            # more of it is most likely the customer's going on: it waits for the reply.
            declined = any(c.kind == "gossip" for c in found) and any(
                t.features.deflection and self._role(conversation, t)[0] == CASHIER
                for t in conversation.turns[: turn.index]
            )
            for candidate in found:
                if candidate.kind == "gossip" and (
                    candidate.rule == "gossip.model"
                    or customers_story
                    or declined
                    or not inferred
                ):
                    conversation.waiting = candidate
            found = [c for c in found if c is not conversation.waiting]
        return found

    def _judge_reply(
        self, conversation: _Conversation, turn: _Turn, inferred: bool
    ) -> list[_Candidate]:
        """What the customer's reply says about the cashier's turn before it."""
        found: list[_Candidate] = []
        if turn.features.already_said:
            candidate = self._repeat_signalled(conversation, turn)
            if candidate:
                found.append(candidate)
        if (turn.features.content or _numbers(turn.features)) and not inferred:
            candidate = self._repeat_answered(conversation, turn)
            if candidate:
                found.append(candidate)
        if turn.features.reaction and turn.index > 0:
            candidate = self._gossip_reacted(conversation, turn, inferred)
            if candidate:
                found.append(candidate)
        return found

    def _repeat_signalled(self, conversation: _Conversation, turn: _Turn) -> _Candidate | None:
        """The customer answers a cashier question with "like I said": a repeat.

        Direct evidence from the customer, so it holds even when the recogniser mangled
        the words of either question. Needs the cashier's turn just before to be a
        question and an earlier cashier question in the conversation that was answered.
        """
        q = self._rules.repeated_question
        if not q.kind.enabled or "repeated_question" in conversation.fired or turn.index == 0:
            return None
        asked_turn = conversation.turns[turn.index - 1]
        question = asked_turn.features.question
        if question is None or self._role(conversation, asked_turn)[0] != CASHIER:
            return None
        # "Any changes from last time?" "Same as before": the visit before, not this one.
        if _ABOUT_LAST_VISIT.intersection(asked_turn.features.words):
            return None
        for earlier in self._earlier_questions(conversation, asked_turn):
            if earlier.reply == "answered" and earlier.cashier_turns_since_reply >= 1:
                return self._candidate(
                    conversation,
                    "repeated_question",
                    "repeated_question.customer_says_answered",
                    [earlier.turn, asked_turn, turn],
                )
        # Said unasked in the opening turn ("six boxes of the mixed mithai" … "how many
        # are we packing for you?" "six, I said at the start"): the customer's own word
        # that it was said is the evidence, with the cashier's talk in between.
        # Not "anything else?" "no, that's all, like I said": that asks nothing again.
        opening = conversation.turns[0]
        if (
            turn.features.already_said
            and not question.concepts & self._order_concepts
            and asked_turn.index >= 2
            and opening.features.has_content
            and self._role(conversation, opening) == (CUSTOMER, False)
        ):
            return self._candidate(
                conversation,
                "repeated_question",
                "repeated_question.customer_says_answered",
                [opening, asked_turn, turn],
            )
        return None

    def _answer_to_question(self, conversation: _Conversation, turn: _Turn) -> _Turn | None:
        """The cashier question ``turn`` directly answers, when it is a plain answer.

        Both roles must be sure (given, or inferred on a clear margin); the question must
        not be a "sorry what was that" re-ask; the answer must be short, must not be a
        question back (a closing "yeah" is fine), and must not say it did not hear.
        """
        f = turn.features
        if (
            turn.index == 0
            or f.word_count > self._rules.repeated_question.answer_max_words
            or f.not_heard
            or (
                f.question is not None
                and not (f.question.shape_only or f.question.tag_only)
                # "Forty two?": a figure offered with a rising voice is still an answer.
                and not (f.words and all(w in _NUMBER_STEMS for w in f.words))
            )
        ):
            return None
        role, unsure = self._role(conversation, turn)
        # One microphone: a reply that names a price ("the cut is forty cedis") is the
        # server's, whatever turn order says.
        if role != CUSTOMER or unsure or (turn.given_role is None and f.price):
            return None
        asked = conversation.turns[turn.index - 1]
        # "Just the eggs" to "fancy our cider?" refuses an offer; it answers no question
        # (an offer that asks something - "did you fill up outside as well" - still does).
        if (
            asked.features.question is None
            or asked.features.not_heard
            or (asked.features.offers and not asked.features.question.concepts)
        ):
            return None
        role, unsure = self._role(conversation, asked)
        return asked if role == CASHIER and not unsure else None

    def _repeat_answered(self, conversation: _Conversation, turn: _Turn) -> _Candidate | None:
        """The customer gives the same answer twice: the second question was a repeat.

        Independent of the questions' wording ("who normally does it for you" / "whos
        your regular": "dave" both times). Precision first: the answers share all the
        content of the shorter one, none of it said by the cashier in either question (a
        read-back to confirm is an echo), at least one cashier turn between the first
        answer and the new question, and an answer that fits many questions ("my son")
        counts only with a marker in the second answer ("still", "again").
        """
        q = self._rules.repeated_question
        if not q.kind.enabled or "repeated_question" in conversation.fired:
            return None
        asked = self._answer_to_question(conversation, turn)
        # A read-back ("is it thursdays you said?" "that's it, thursdays") is answered
        # with what was said before: that is its point, not the question asked again.
        if asked is None or asked.features.confirmation:
            return None
        counted = self._counted_before(conversation, asked, turn)
        if counted is not None:
            return self._candidate(
                conversation,
                "repeated_question",
                "repeated_question.said_before",
                [counted, asked, turn],
            )
        recounted = self._count_restated(conversation, asked, turn)
        if recounted is not None:
            return self._candidate(
                conversation,
                "repeated_question",
                "repeated_question.same_answer",
                [*recounted, asked, turn],
            )
        # An answer of figures alone ("forty two?") is compared by its figures.
        figures = not turn.features.content
        # A question that asks what was said ("which one was it you wanted, the hard dough
        # or the spice bun?") is answered with its own words: they count.
        recall = _recalls(asked.features.words)
        asked_says = frozenset() if recall else _says(asked.features, figures)
        # A count asked for as said before ("how many of the plain rolls was it you
        # wanted" "six" after "how many" "six") is compared even when it is small.
        small = figures and recall and QUANTITY in _figure_intents(asked.features)
        new = _says(turn.features, figures, small) - asked_says
        # The order said again to "anything else?" answers no question twice.
        question = asked.features.question
        if not new or (question is not None and question.concepts & self._order_concepts):
            return None
        cashier_between = 0
        # The customer's opening turn says what they came for, and the cashier's questions
        # then ask about it ("a hot chocolate please" … "whipped cream?" "on the hot
        # chocolate, yes"): it counts only when the answer says it was said ("first
        # class, like I said"), or when the question asked for nothing but what it said.
        said = turn.features.already_said or turn.features.answer_marker
        opening = said or self._asks_opening_again(asked, turn, recall)
        # "the everything bagels, you want them toasted too?" asks for more than the order
        # said ("… and a pumpernickel toasted"): its answer naming the order again says it
        # was not asked before.
        more = asked.features.answer_also and _asks_for_more(asked.features.words)
        first = max(0 if opening else 1, asked.index - QUESTION_LOOKBACK)
        for index in range(asked.index - 1, first - 1, -1):
            earlier = conversation.turns[index]
            role = self._role(conversation, earlier)[0]
            if role == CASHIER:
                cashier_between += 1
                continue
            if cashier_between < q.min_turns_between or not _says(earlier.features, figures, small):
                continue
            earlier_asked = self._answer_to_question(conversation, earlier)
            # Items named in reply to "is that everything" come up again in any answer
            # about the order ("would you like them gift wrapped" - "just the tea towel"),
            # unless the question asks for nothing but what the order said, as of an
            # opening turn ("what are you after" "the eighteen year old for my dad" …
            # "what age was it you were wanting" "the eighteen").
            earlier_question = None if earlier_asked is None else earlier_asked.features.question
            order = earlier_question is not None and bool(
                earlier_question.concepts & self._order_concepts
            )
            if earlier_asked is None or order:
                if (earlier_asked is None or opening) and not more and self._said_before(
                    conversation, earlier, asked, new, turn.features, figures, asked_says
                ):
                    return self._candidate(
                        conversation,
                        "repeated_question",
                        "repeated_question.said_before",
                        [earlier, asked, turn],
                    )
                continue
            assert earlier_asked is not None
            # A figure fits questions of different intents ("how old is she" "twelve" …
            # "how many balloons" "twelve"): figures alone need intents that do not differ.
            if figures and _intents_differ(earlier_asked.features, asked.features):
                continue
            # The choices the earlier question offered ("the rotella or the co-op stuff")
            # are no echo of it when picked: the pick is the answer.
            offered = earlier_question.options if earlier_question is not None else frozenset()
            # So are the figures of an "X or Y" or a "which" question ("the twenty pound or
            # the thirty" "the twenty pound" … "what size tank was that" "the twenty";
            # "we've got the seven-six and the eight-foot. which length are you after?").
            words = earlier_asked.features.words
            if figures and ("or" in words or "which" in words):
                offered = offered | _figures(earlier_asked.features)
            earlier_asked_says = (
                frozenset() if recall else _says(earlier_asked.features, figures) - offered
            )
            counts = small and _counts_alike(earlier_asked.features, asked.features)
            old = _says(earlier.features, figures, counts) - earlier_asked_says
            shared = (old & new) - asked_says - earlier_asked_says
            if not self._answers_agree(
                shared, min(len(old), len(new)), turn.features, earlier.features
            ):
                continue
            return self._candidate(
                conversation,
                "repeated_question",
                "repeated_question.same_answer",
                [earlier_asked, earlier, asked, turn],
            )
        return None

    def _counted_before(
        self, conversation: _Conversation, asked: _Turn, answer: _Turn
    ) -> _Turn | None:
        """The customer's earlier turn that already gave the number a question asks for:
        a count, the same number within three words of a word of a "how many …" question
        ("four fish suppers please", "pretzels, please, eight of them" … "how many fish
        suppers was it" "four") or in a unit in a turn that names the thing ("kielbasa,
        three pounds" … "how much of the kielbasa"), or a number naming one of several,
        right after a word, for a "which" question ("thirty on pump three" … "and you're
        parked at which one?" "three"), or how many are in the party, said as "the four of
        us" ("how many of you will be going out?" "four. two and two."). A cashier turn
        between, and a question that does not say the number itself (a read-back)."""
        words = asked.features.words
        numbers = _numbers(answer.features)
        counts = _has_phrase(words, _HOW_MANY) or QUANTITY in _figure_intents(asked.features)
        which = "which" in words
        question = asked.features.question
        party = question is not None and _PARTY in question.concepts
        if (
            answer.features.content
            or not numbers
            or not (counts or which or party)
            or set(numbers) & set(words)
        ):
            return None
        # The party's size is the answer's first figure ("four. two and two.").
        first = _first_figure(answer.features.words)
        for earlier in self._customer_turns_before(conversation, asked):
            said = earlier.features.words
            size = len(numbers)
            for i in range(len(said)):
                end = i + len(first)
                if party and said[i:end] == first and said[end : end + 2] == _OF_US:
                    return earlier
                if said[i : i + size] != numbers:
                    continue
                # The words either side of it, past an "of the" ("four of your steak
                # pasties"), compared as stems ("pasties" … "how many of the pasties").
                after = i + size
                while after < len(said) - 1 and said[after] in _OF_DETERMINERS:
                    after += 1
                near = said[max(0, i - 3) : i] + said[after : after + 3]
                if counts and asked.features.content.intersection(stems(near)):
                    return earlier
                # A number in a unit counts the thing its turn names ("kielbasa, the
                # smoked kind. three pounds, please" … "how much of the kielbasa").
                if (
                    counts
                    and said[i + size : i + size + 1]
                    and said[i + size] in self._units
                    and asked.features.content.intersection(said)
                ):
                    return earlier
                if which and i > 0 and said[i - 1] in earlier.features.content:
                    return earlier
        return None

    def _customer_turns_before(
        self, conversation: _Conversation, asked: _Turn
    ) -> Iterator[_Turn]:
        """The customer's turns before a question, nearest first, within the look-back,
        of a sure speaker and with at least `min_turns_between` cashier turns between."""
        q = self._rules.repeated_question
        cashier_between = 0
        for index in range(asked.index - 1, max(-1, asked.index - QUESTION_LOOKBACK - 1), -1):
            earlier = conversation.turns[index]
            role, unsure = self._role(conversation, earlier)
            if role == CASHIER:
                cashier_between += 1
            elif role == CUSTOMER and not unsure and cashier_between >= q.min_turns_between:
                yield earlier

    def _count_restated(
        self, conversation: _Conversation, asked: _Turn, answer: _Turn
    ) -> tuple[_Turn, _Turn] | None:
        """The earlier count question and its answer when the new answer says that count
        again with the thing counted ("how many scoops?" "two." … "single or a double?"
        "double. two scoops."): the count was asked again in other words. The earlier
        answer is the figure alone, at least one cashier turn between, and the new
        question says neither the figure nor the thing (a read-back to confirm)."""
        said = answer.features.words
        asked_words = set(asked.features.words)
        counted: list[tuple[tuple[str, ...], str]] = []
        i = 0
        while i < len(said):
            j = i
            while j < len(said) and said[j] in _NUMBER_STEMS:
                j += 1
            if j > i and j < len(said) and said[j] in answer.features.content:
                counted.append((said[i:j], said[j]))
            i = max(j, i + 1)
        counted = [
            (n, thing)
            for n, thing in counted
            if thing not in asked_words and not asked_words & set(n)
        ]
        if not counted:
            return None
        for earlier in self._customer_turns_before(conversation, asked):
            if earlier.features.content:
                continue
            earlier_asked = self._answer_to_question(conversation, earlier)
            if earlier_asked is None:
                continue
            f = earlier_asked.features
            if not (_has_phrase(f.words, _HOW_MANY) or _has_phrase(f.words, _HOW_MUCH)):
                continue
            for n, thing in counted:
                if _numbers(earlier.features) == n and thing in f.words:
                    return earlier_asked, earlier
        return None

    def _asks_opening_again(self, asked: _Turn, answer: _Turn, recall: bool = False) -> bool:
        """A question whose answer may be what the customer said in their opening turn
        ("return to leicester please" … "which station am i booking you through to"
        "leicester"): a question the opening already answered, marker or not.

        It must ask for something to be named (which, how long, small or large), not for
        a yes or a no; the answer must not keep to the order ("just the shirts"); and
        it is not an offer (refused by naming the order again: "one small popcorn" … "make it
        a combo?" "just the popcorn"), not a detail of what was said ("cakes for the
        meeting on friday" … "when would you like to collect them"), and not answered
        with one of the question's own words ("pick up or we deliver?" "i'll pick up
        saturday"): the answer is then a choice, not the opening said again.
        """
        f = asked.features
        return (
            f.question is not None
            and bool(_OPEN_ASKING.intersection(f.words))
            and answer.features.words[:1] not in _KEEPS_TO_ORDER
            and not f.prompt_offsets
            and not f.question.concepts & self._detail_concepts
            and (recall or not answer.features.content & f.content)
        )

    def _said_before(
        self,
        conversation: _Conversation,
        earlier: _Turn,
        asked: _Turn,
        new: frozenset[str],
        answer: Features,
        figures: bool,
        asked_says: frozenset[str],
    ) -> bool:
        """The customer's answer only repeats what they told the cashier unasked
        ("i'm running a 2017 polaris switchback" … "which machine are these going on" …
        "the switchback"): the question asked for something already said.

        About themselves only ("my brother in law and i are going up for elk season"
        counts): a turn about someone else alone (the customer's own gossip) or naming a
        price (the server's, with one microphone) is no such statement.
        """
        role, unsure = self._role(conversation, earlier)
        f = earlier.features
        if (
            role != CUSTOMER
            or unsure
            or (earlier.given_role is None and f.price)
            or (f.third_party and not _SELF_SUBJECTS.intersection(f.words))
            or f.gossip_score > 0
            # An offer refused by naming the order again ("round up for the hospice?"
            # "no thanks, just the balloons", "just the caulking please") asked for
            # nothing the customer had said.
            or (asked.features.prompt_offsets and answer.words[:1] in _REFUSAL_OPENERS)
        ):
            return False
        shared = (_says(f, figures) & new) - asked_says
        return self._answers_agree(shared, len(new), answer, f)

    def _answers_agree(
        self, shared: frozenset[str], shorter: int, answer: Features, earlier: Features
    ) -> bool:
        """Two things the customer said (``earlier``, then ``answer``) carry the same
        answer: ``shared`` covers the shorter one's content, holds a real word ("dave",
        not "ok"), is not only units of measure with other numbers ("two yards" / "three
        yards"), and is not only an answer that fits many questions ("my son") unless
        ``answer`` says it was given before ("still", "again"); an answer "as well" as
        someone else's is a new one."""
        q = self._rules.repeated_question
        if (
            not shared
            or answer.answer_also
            or len(shared) < q.answer_min_coverage * shorter
            or max(len(w) for w in shared) < q.answer_min_word_chars
            or (shared <= self._units and _numbers(answer) != _numbers(earlier))
        ):
            return False
        return not (shared <= self._generic_answers and not answer.answer_marker)

    def _recheck(self, conversation: _Conversation, latest: _Turn) -> list[_Candidate]:
        """Judge again the earlier turns whose speaker was unsure, now that it is sure,
        and the recent turns whose sure role has flipped since they were judged.

        With one microphone the roles of a conversation often settle only after a few
        turns ("yes, like I said" marks the customer, so the turn before was the
        cashier's). A turn judged on thin evidence is judged again, once, as soon as its
        role is sure; a turn judged on a sure role that later cues give to the other
        side (the cashier's second turn in a row, read as the customer's) is judged
        again on that side. The nudge comes a turn or two late but with the right
        evidence.
        """
        found: list[_Candidate] = []
        still: list[_Turn] = []
        judged = conversation.judged_as
        for index in [i for i in judged if i < latest.index]:
            if latest.index - index > MAX_PENDING_TURNS:
                del judged[index]
                continue
            turn = conversation.turns[index]
            role, inferred = self._role(conversation, turn)
            if inferred or role == UNKNOWN or role == judged[index]:
                continue
            judged[index] = role
            found.extend(self._judge_again(conversation, turn, role))
        for turn in conversation.pending:
            if turn is latest:
                still.append(turn)
                continue
            role, inferred = self._role(conversation, turn)
            if inferred or role == UNKNOWN:
                still.append(turn)
            else:
                found.extend(self._judge_again(conversation, turn, role))
        conversation.pending = still
        return found

    def _judge_again(self, conversation: _Conversation, turn: _Turn, role: str) -> list[_Candidate]:
        """An earlier turn judged on the sure ``role`` it has now (no upsell burst: that
        is judged on the newest turn only)."""
        if role == CASHIER:
            return self._judge(conversation, turn, False, upsell=False)
        return self._judge_reply(conversation, turn, False)

    def _judge(
        self, conversation: _Conversation, turn: _Turn, inferred: bool, *, upsell: bool
    ) -> list[_Candidate]:
        """Run the detectors on a cashier turn (rushed upsell only on the newest turn)."""
        rules = self._rules
        found: list[_Candidate] = []
        if rules.gossip.kind.enabled and "gossip" not in conversation.fired:
            candidate = self._gossip(conversation, turn, inferred)
            if candidate:
                found.append(candidate)
        if rules.repeated_question.kind.enabled and "repeated_question" not in conversation.fired:
            candidate = self._repeated_question(conversation, turn)
            if candidate:
                found.append(candidate)
        u = rules.rushed_upsell
        if upsell and u.kind.enabled and "rushed_upsell" not in conversation.fired:
            candidate = self._rushed_upsell(conversation, turn, inferred)
            if candidate:
                found.append(candidate)
        return found

    def _candidate(
        self, conversation: _Conversation, kind: NudgeKind, rule: str, evidence: list[_Turn]
    ) -> _Candidate:
        conversation.fired.add(kind)
        utterances = tuple(t.features.utterance for t in evidence)
        return _Candidate(
            kind, rule, utterances, conversation.id, conversation.till, utterances[-1].end_s
        )

    def _cashier_turns(
        self, conversation: _Conversation, limit: int, upto: _Turn
    ) -> list[_Turn]:
        """The last ``limit`` cashier turns up to ``upto`` (spoken or inferred), oldest first."""
        picked: list[_Turn] = []
        for turn in reversed(conversation.turns[: upto.index + 1]):
            if self._role(conversation, turn)[0] == CASHIER:
                picked.append(turn)
                if len(picked) == limit:
                    break
        picked.reverse()
        return picked

    def _gossip_reacted(
        self, conversation: _Conversation, turn: _Turn, inferred: bool
    ) -> _Candidate | None:
        """The customer reacts with shock or sympathy ("oh dear") to the cashier's turn
        just before: that turn is judged again with `reaction_weight` added."""
        g = self._rules.gossip
        if not g.kind.enabled or "gossip" in conversation.fired:
            return None
        said = conversation.turns[turn.index - 1]
        said_role, said_inferred = self._role(conversation, said)
        if said_role != CASHIER or said.features.gossip_score <= 0:
            return None
        return self._gossip(
            conversation, said, inferred or said_inferred, bonus=g.reaction_weight
        )

    def _gossip(
        self, conversation: _Conversation, turn: _Turn, inferred: bool, bonus: float = 0.0
    ) -> _Candidate | None:
        g = self._rules.gossip
        turns = conversation.turns
        if turn.given_role is None and self._declined_before(conversation, turn):
            return None
        # One microphone, judged again later: a turn whose reply declined it ("thats his
        # business") was the customer's gossip, whatever turn order says.
        window = [
            t
            for t in self._cashier_turns(conversation, g.window_turns, turn)
            if t.given_role is not None
            or t.index + 1 >= len(turns)
            or not turns[t.index + 1].features.deflection
        ]
        lexicons_see = any(t.features.gossip_score > 0 for t in window)
        if lexicons_see:
            candidate = self._gossip_lexical(conversation, turn, window, inferred, bonus)
            if candidate:
                return candidate
        # The learned scorer judges this turn on all its words when it touches a private
        # topic too lightly for the lexicons; and, private topic or not, this turn with
        # the cashier turn just before it (at most one turn between) when both go on about
        # someone (a story told in instalments).
        # Praise ("she found a whole trio last week, clever as anything") talks about
        # someone in the scorer's words but is never gossip.
        if (
            g.model is None
            or (turn.given_role is None and not g.model_one_microphone)
            or not any(t is turn for t in window)
            or turn.features.praise
        ):
            return None
        # One microphone: the scorer cannot tell whose gossip it reads, so the turn must be
        # the cashier's on a wide margin of the role decoder, not just on turn order.
        if (
            turn.given_role is None
            and abs(conversation.role_scores[turn.index]) < g.model_one_microphone_margin
        ):
            return None
        probability = turn.gossip_probability(g.model)
        if lexicons_see and probability >= g.model_threshold:
            return self._candidate(conversation, "gossip", "gossip.model", [turn])
        if probability < g.model_pair_threshold:
            return None
        for earlier in window:
            if (
                earlier is not turn
                and not earlier.features.praise
                and turn.index - earlier.index <= MODEL_PAIR_GAP_TURNS
                and earlier.gossip_probability(g.model) >= g.model_pair_threshold
            ):
                return self._candidate(conversation, "gossip", "gossip.model", [earlier, turn])
        return None

    def _gossip_lexical(
        self,
        conversation: _Conversation,
        turn: _Turn,
        window: list[_Turn],
        inferred: bool,
        bonus: float,
    ) -> _Candidate | None:
        """Gossip from the lexicons: private topics and secrecy about someone absent."""
        g = self._rules.gossip
        score = sum(t.features.gossip_score for t in window) + bonus
        # Someone other than the customer: named, or "he"/"she" under a secrecy marker or
        # with an unmistakably private topic ("hes been done for fraud").
        named = any(t.features.third_party for t in window) or (
            (
                any(t.features.secrecy or t.features.strong_topic for t in window)
                or score >= 2 * g.min_score
            )
            and any(t.features.pronoun for t in window)
        )
        own = any(t.features.own_circle for t in window)
        extra = g.unknown_role_extra_score if inferred else 0.0
        evidence = [t for t in window if t.features.gossip_score > 0 or t.features.third_party]
        if named and score >= g.min_score + extra:
            return self._candidate(conversation, "gossip", "gossip.third_party", evidence)
        if own and score >= g.min_score + extra:
            return self._candidate(conversation, "gossip", "gossip.own_drama", evidence)
        if turn.features.first_person and score >= g.own_drama_min_score + extra:
            return self._candidate(conversation, "gossip", "gossip.own_drama", evidence)
        return None

    def _declined_before(self, conversation: _Conversation, turn: _Turn) -> bool:
        """One microphone: gossip from this side was declined earlier ("i wouldnt know
        mate") - the side that gossiped and was declined is the customer, so what it says
        next ("apparently his wife caught him…") is the customer's too."""
        turns = conversation.turns
        side = self._role(conversation, turn)[0]
        return any(
            t.given_role is None
            and turns[t.index + 1].features.deflection
            and (t.features.gossip_score > 0 or t.features.third_party)
            and self._role(conversation, t)[0] == side
            for t in turns[: max(0, turn.index - 1)]
        )

    def _earlier_questions(self, conversation: _Conversation, turn: _Turn) -> list[_AskedQuestion]:
        """The cashier's questions before ``turn``, with how each was replied to.

        Rebuilt from the turns with the roles as known NOW, so a role inferred late
        (one microphone) still counts. Looks back at most :data:`QUESTION_LOOKBACK` turns.
        """
        asked: list[_AskedQuestion] = []
        for earlier in conversation.turns[max(0, turn.index - QUESTION_LOOKBACK) : turn.index]:
            role = self._role(conversation, earlier)[0]
            features = earlier.features
            if role == CASHIER:
                for q in asked:
                    if q.reply == "stalled":
                        # The cashier moved on: a later reply answers the new question,
                        # not this one ("tray kit?" "oh, um—" "points card?" "no, I don't—").
                        q.reply = "none"
                    elif q.reply is not None:
                        q.cashier_turns_since_reply += 1
                if features.question is not None:
                    asked.append(_AskedQuestion(earlier, features.question))
                continue
            for q in asked:
                if q.reply == "answered" and features.has_content:
                    q.customer_turns_since_reply += 1
                if q.reply in (None, "stalled") and features.has_content:
                    # Not heard, or answered with a question back: no answer ("it is,
                    # yeah" only has a closing tag: an answer).
                    heard = not features.not_heard and (
                        features.question is None
                        or features.question.shape_only
                        or features.question.tag_only
                    )
                    q.reply = "answered" if heard else "not_heard"
                elif q.reply is None:
                    q.reply = "stalled"
        return asked

    def _repeated_question(self, conversation: _Conversation, turn: _Turn) -> _Candidate | None:
        q = self._rules.repeated_question
        question = turn.features.question
        if question is None or not (question.concepts or question.words):
            return None
        # A read-back ("let me read that back… is that right?") confirms; it asks again
        # nothing the customer has to answer anew.
        if turn.features.confirmation:
            return None
        # "You want ketchup as well?" after "any sauce?" "garlic mayo": asks for more,
        # on top of the answer, not the same again (an "also", or a closing "too" or
        # "as well": "is it too tight" still asks the same as "does it feel too tight").
        if turn.features.answer_also and _asks_for_more(turn.features.words):
            return None
        match: _AskedQuestion | None = None
        earlier_questions = self._earlier_questions(conversation, turn)
        # Said again after "sorry?": the question the customer did not hear, asked again
        # ("have you used this inhaler before?" "sorry?" "have you used this kind of
        # inhaler before?"). It was judged when first asked, so it is not judged again
        # against what came before ("and the inhaler, is that one yours?").
        if any(
            asked.reply == "not_heard"
            and self._same_question(asked.question, question)
            for asked in earlier_questions
        ):
            return None
        for position, asked in enumerate(earlier_questions):
            if (
                asked.reply == "answered"
                # An offer after an offer ("add a car wash?" … "our fuel rewards card?")
                # is the upsell detector's to judge, not a question asked again.
                and not (turn.features.offers and asked.turn.features.offers)
                # The order read back with a tag ("one kilo okay") confirms it: an offer
                # that names the same thing later ("buy two kilo, get one free?") does not
                # ask it again.
                and not (turn.features.offers and self._reads_back(conversation, asked))
                # Nor is an order read back to confirm ("so thats two cod and a curry
                # sauce yeah") asked again by a question about it ("salt and vinegar?").
                and not asked.turn.features.confirmation
                # Turns between the answer and the question: the cashier's own, or the
                # customer going on about something else (two turns: a phone call taken).
                and (
                    asked.cashier_turns_since_reply >= q.min_turns_between
                    or asked.customer_turns_since_reply >= 2
                )
                and self._same_question(asked.question, question)
                and not _one_of_a_series(
                    asked.question, question, earlier_questions[position + 1 :]
                )
            ):
                match = asked
                break
        if match is None:
            return None
        between = conversation.turns[match.turn.index + 1 : turn.index]
        reply = [t for t in between if t.features.has_content]
        evidence = [match.turn, *reply[:1], turn]
        return self._candidate(
            conversation, "repeated_question", "repeated_question.paraphrase", evidence
        )

    def _same_question(self, old: Question, new: Question) -> bool:
        """:func:`_same_question` on this coach's rules."""
        return _same_question(
            old,
            new,
            self._rules.repeated_question,
            self._detail_concepts,
            self._object_concepts,
            self._units,
        )

    def _reads_back(self, conversation: _Conversation, asked: _AskedQuestion) -> bool:
        """A tag question made of the words of the turn just before it (the order read
        back: "one kilo of the ladoo" "one kilo okay")."""
        index = asked.turn.index
        if not asked.question.tag_only or index == 0:
            return False
        before = conversation.turns[index - 1]
        said = asked.turn.features.content
        return bool(said) and said <= before.features.content

    def _track_prompts(
        self, conversation: _Conversation, turn: _Turn, role: str, inferred: bool
    ) -> bool:
        """Note the agenda prompts of a turn taken as the server's; True when it had any."""
        # One microphone: an offer on a turn that turn order gives to the customer on thin
        # evidence, but whose own words lean to the server (a price), is most likely the
        # server's next offer ("got the daffodil pins too" "and rugby raffle tickets, two
        # pound a go"): it counts. ("I'll take one of those cables too" leans neither way.)
        # So is such an offer right after the server's own ("i can set you up now, just
        # need a name and a number" "and we're selling strips for the lifeboat, a pound a
        # strip"): turn order alone gives it to the customer.
        before = conversation.turns[turn.index - 1] if turn.index > 0 else None
        if role == CUSTOMER and not (
            turn.given_role is None
            and turn.features.offers
            and turn.features.role_cue > 0
            and (inferred or (before is not None and self._prompted(conversation, before)))
        ):
            return False
        if turn.index >= 2:
            # The same offer said again to a customer who did not hear it ("loyalty
            # card?" / "sorry what" / "do you have one of our points cards") is still
            # one offer: keep the first one's prompts, not both.
            heard, offered = conversation.turns[turn.index - 1], conversation.turns[turn.index - 2]
            if heard.features.not_heard and self._prompted(conversation, offered):
                return False
        utterance = turn.features.utterance
        duration = max(0.0, utterance.end_s - utterance.start_s)
        for fraction, weight in turn.features.prompt_offsets:
            conversation.prompts.append(
                _Prompt(utterance.start_s + fraction * duration, weight, turn)
            )
        return bool(turn.features.prompt_offsets)

    @staticmethod
    def _prompted(conversation: _Conversation, turn: _Turn) -> bool:
        """The turn made offers that counted (its prompts were taken as the server's)."""
        return any(p.turn is turn for p in conversation.prompts)

    def _track_declined(self, conversation: _Conversation, turn: _Turn) -> bool:
        """The customer refuses outright ("i'm grand"): the cashier's turn before was an
        offer, even if no prompt phrase found it. True when that added a prompt."""
        u = self._rules.rushed_upsell
        if (
            not u.kind.enabled
            or not u.declined_weight
            or "rushed_upsell" in conversation.fired
            or not turn.features.decline
            or turn.index == 0
        ):
            return False
        offered = conversation.turns[turn.index - 1]
        question = offered.features.question
        if (
            self._role(conversation, offered)[0] != CASHIER
            or offered.features.prompt_offsets
            or offered.features.word_count < 4
            or (question is not None and question.concepts & self._decline_not_after)
        ):
            return False
        conversation.prompts.append(
            _Prompt(offered.features.utterance.start_s, u.declined_weight, offered)
        )
        return True

    def _rushed_upsell(
        self, conversation: _Conversation, turn: _Turn, inferred: bool, *, declined: bool = False
    ) -> _Candidate | None:
        """Judged on a turn that makes an offer, or on a reply that refused one."""
        u = self._rules.rushed_upsell
        if not turn.features.prompt_offsets and not declined:
            return None
        latest = conversation.prompts[-1].at_s
        recent = [p for p in conversation.prompts if p.at_s >= latest - u.window_s]
        total = sum(p.weight for p in recent)
        needed = u.min_prompts + (u.unknown_role_extra_prompts if inferred else 0.0)
        if total < needed:
            return None
        # All from one turn: an offer told with what it gives ("a members' club … it's
        # free and you get five percent off") is one offer, not a checklist.
        turns = {p.turn.index: p.turn for p in recent}
        if len(turns) == 1 and total - next(iter(turns.values())).features.benefits < needed:
            return None
        first = recent[0].turn.index
        cashier_words = 0
        customer_words = 0
        for t in conversation.turns[first : turn.index + 1]:
            role = self._role(conversation, t)[0]
            # Roles unknown: a turn that makes an offer is the server's whatever turn
            # order says (three offers in a row are one person's).
            if role == CUSTOMER and not (t.given_role is None and t.features.offers):
                customer_words += t.features.word_count
            else:
                cashier_words += t.features.word_count
        words = cashier_words + customer_words
        if words and customer_words / words > u.max_customer_share:
            return None
        evidence: list[_Turn] = []
        for p in recent:
            if p.turn not in evidence:
                evidence.append(p.turn)
        return self._candidate(conversation, "rushed_upsell", "rushed_upsell.burst", evidence)

    # -- policy ----------------------------------------------------------------------------

    def _offer(
        self, candidate: _Candidate, conversation: _Conversation, now_s: float, out: Output
    ) -> None:
        """Apply cooldown, per-conversation cap and one-showing-at-a-time to a candidate."""
        kind_rules = self._rules.kind(candidate.kind)
        last = self._last_sent_s.get(candidate.kind)
        if last is not None and now_s - last < kind_rules.cooldown_s:
            return
        if conversation.emitted >= self._rules.policy.max_per_conversation:
            return
        if now_s < self._showing_until_s:
            self._held.append(candidate)
            return
        self._send(candidate, conversation, now_s, out)

    def _release_waiting(self, conversation: _Conversation, now_s: float, out: Output) -> None:
        """Offer the gossip nudge that waited for a reply (none declined it)."""
        candidate, conversation.waiting = conversation.waiting, None
        if candidate is not None:
            self._offer(candidate, conversation, now_s, out)

    def _release_held(self, now_s: float, out: Output) -> None:
        if not self._held or now_s < self._showing_until_s:
            return
        conversation = self._current
        waiting = self._held
        self._held = []
        for candidate in waiting:
            if conversation is None or candidate.conversation != conversation.id:
                continue
            if now_s - candidate.raised_s > self._rules.policy.hold_s:
                continue
            if now_s < self._showing_until_s:
                self._held.append(candidate)
                continue
            self._offer(candidate, conversation, now_s, out)

    def _send(
        self, candidate: _Candidate, conversation: _Conversation, now_s: float, out: Output
    ) -> None:
        kind_rules = self._rules.kind(candidate.kind)
        severity: Severity = "warning" if kind_rules.severity == "warning" else "info"
        nudge = Nudge(
            kind=candidate.kind,
            conversation=candidate.conversation,
            at_s=now_s,
            message=kind_rules.message,
            severity=severity,
            rule=candidate.rule,
            evidence=candidate.evidence,
            till=candidate.till,
        )
        self._last_sent_s[candidate.kind] = now_s
        self._showing_until_s = now_s + self._rules.policy.display_s
        conversation.emitted += 1
        conversation.nudges.append(candidate.kind)
        out.append(nudge)


def _same_question(
    old: Question,
    new: Question,
    rules: RepeatRules,
    details: frozenset[str],
    objects: frozenset[str],
    units: frozenset[str],
) -> bool:
    """Do two questions ask the same thing? Shared intent, or enough shared content words.

    A detail asked by one question only ("do you want it delivered" / "what day shall we
    deliver it") makes the second a follow-up, not a repeat. ``details``, ``objects`` and
    ``units`` are the rules' detail and object concepts and units of measure (stemmed),
    as sets built once by the coach.
    """
    if bool(old.concepts & details) != bool(new.concepts & details):
        return False
    min_shared, min_jaccard = rules.min_shared_words, rules.min_jaccard
    shared_concepts = old.concepts & new.concepts
    # A question whose words are all choices offered names no object ("which size, one
    # litre or the four litre" / "the small bottle or the big gallon").
    old_things = old.words if old.words - old.options else frozenset()
    new_things = new.words if new.words - new.options else frozenset()
    if (
        shared_concepts
        and shared_concepts <= objects
        and (
            (old_things and new_things and not old_things & new_things)
            or (old.person and new.person and old.person != new.person)
        )
    ):
        # "what size shoe" / "what size is her head": one intent, two objects;
        # "what size do you wear" / "what size is he in shoes": two people.
        return False
    if (
        shared_concepts
        and shared_concepts <= objects
        and old.concepts - objects != new.concepts - objects
        and not _slotted_meets_plain(old.concepts, new.concepts)
    ):
        # Other intents about one object ("whats the name of the second driver" / "when
        # will you be returning the car"): the object is shared, the questions are not.
        return False
    if shared_concepts or _slotted_meets_plain(old.concepts, new.concepts):
        return True
    if _counts(old) and _counts(new) and (old.words & new.words) - _count_units(old, new) - units:
        # One thing counted in two units ("how many sacks of the sweet feed" / "how many
        # bags you wanting on that feed"); not two things in one unit ("how many kilos of
        # the lamb" / "how many kilos of beef").
        return True
    if old.concepts and new.concepts:
        # Two intents, no shared one ("what size for the meat feast" / "the meat feast,
        # thin or deep pan"): the shared words name the thing, not what is asked.
        return False
    if _counts(old) != _counts(new):
        # One counts and the other does not ("how much minced lamb" / "the minced lamb,
        # lean or standard"): the shared words name the thing, not what is asked.
        return False
    shared = len(old.words & new.words)
    if shared == 0:
        return False
    if shared >= min_shared:
        return True
    if not old.concepts and not new.concepts and old.words and old.words <= new.words:
        # All the earlier question asked about, asked again with more words ("starch or
        # no starch?" … "you want a little starch in the collars at least?").
        return True
    # Concepts count in the union: "which way does the fence face" (facing) and "how
    # tall is the fence" (height) share only the fence.
    union = len(old.words | new.words) + len(old.concepts | new.concepts)
    return union > 0 and shared / union >= min_jaccard


def _count_units(*questions: Question) -> frozenset[str]:
    """The words that counting questions count in ("sack" in "how many sacks of …")."""
    return frozenset(
        thing
        for q in questions
        for intent, _, thing in (c.partition("/") for c in q.concepts)
        if intent == QUANTITY and thing
    )


def _counts(question: Question) -> bool:
    """The question asks how many or how much of a thing ("how much minced lamb")."""
    return any(c.partition("/")[0] == QUANTITY for c in question.concepts)


def _intents_differ(a: Features, b: Features) -> bool:
    """Both questions have an intent and they share none. A figure answers the intent,
    not the thing it is about: "how many copies" and "how many sets" both count
    (`quantity/copy` meets `quantity/set`); a bare "how many …" counts things too."""
    one, other = _figure_intents(a), _figure_intents(b)
    return bool(one) and bool(other) and not one & other


def _figure_intents(features: Features) -> frozenset[str]:
    concepts = features.question.concepts if features.question is not None else frozenset()
    counts = _has_phrase(features.words, _HOW_MANY)
    intents = frozenset(concept.partition("/")[0] for concept in concepts)
    return intents or (frozenset([QUANTITY]) if counts else frozenset())


#: Words of a question asking what the customer said ("which one was it you wanted",
#: "were you after the eighteen", "what did you say it was", "the bread, it was the white
#: for you?", "egg tarts, you said how many?", "remind me, are you going with…").
_RECALL = tuple(
    stems(phrase)
    for phrase in (
        ("was", "it"),
        ("were", "you", "after"),
        ("did", "you", "say"),
        ("it", "was"),
        ("you", "said"),
        ("remind", "me"),
    )
)


def _recalls(words: tuple[str, ...]) -> bool:
    return any(_has_phrase(words, phrase) for phrase in _RECALL)


#: "How many …": a question that counts things.
_HOW_MANY = ("how", "many")
_HOW_MUCH = ("how", "much")


def _has_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """``phrase`` stands in ``words`` as consecutive words."""
    return any(words[i : i + len(phrase)] == phrase for i in range(len(words) - len(phrase) + 1))


def _one_of_a_series(old: Question, new: Question, between: list[_AskedQuestion]) -> bool:
    """The cashier goes through a list with one question ("what size shorts for the young
    lad" … "and what size jersey for the girl" … "what shoe size is he"): a question of
    the same intent about another thing came between, and the two share no word."""
    return not old.words & new.words and any(
        b.question.concepts & new.concepts
        and b.question.words
        and old.words
        and not b.question.words & old.words
        for b in between
    )


#: Words between a number and the thing it counts ("four of your steak pasties").
_OF_DETERMINERS = frozenset(["of", "the", "your", "them", "those", "these", "our", "my", "yer"])


def _first_figure(words: tuple[str, ...]) -> tuple[str, ...]:
    """The first number said, up to a hundred: "four" in "four two and two" (the
    punctuation of "four. two and two." is gone), "twenty two" in "twenty two of us"."""
    start = next((i for i, w in enumerate(words) if w in _NUMBER_STEMS), len(words))
    pair = words[start : start + 2]
    if len(pair) == 2 and pair[0] in _TENS and pair[1] in _UNITS:
        return pair
    return words[start : start + 1]


def _numbers(features: Features) -> tuple[str, ...]:
    """The number words of an utterance, in order ("three", "and", "a", "half" → "three")."""
    return tuple(w for w in features.words if w in _NUMBER_STEMS)


def _figures(features: Features, small: bool = False) -> frozenset[str]:
    """The figures an answer names, one token each ("forty two" → "#forty-two"), to
    compare answers ("which pitch" "forty two" … "what number are you on" "forty two?").
    A lone "one" to "ten" is left out unless ``small``: "two" answers too many questions
    to tell."""
    figures = []
    run: list[str] = []
    for word in (*features.words, ""):
        if word in _NUMBER_STEMS and word != "half":
            run.append(word)
        elif run:
            figures.append(run)
            run = []
    return frozenset(
        "#" + "-".join(r)
        for r in figures
        if small or len(r) > 1 or r[0] not in _SMALL_COUNTS
    )


def _says(features: Features, figures: bool, small: bool = False) -> frozenset[str]:
    """What a turn says, to compare answers: its content words, and its figures too when
    the answer compared says nothing else ("forty two?"), small ones too if ``small``."""
    return features.content | _figures(features, small) if figures else features.content


def _counts_alike(a: Features, b: Features) -> bool:
    """Both questions count, and not two different things ("how many bags" / "how many
    stamps was it"): a bare "how many" counts whatever was just named."""
    one, other = _count_slots(a), _count_slots(b)
    return one is not None and other is not None and (not one or not other or one == other)


def _count_slots(features: Features) -> frozenset[str] | None:
    """The things a counting question counts (empty: unnamed), or None if it does not count."""
    if QUANTITY not in _figure_intents(features):
        return None
    question = features.question
    return _count_units(question) if question is not None else frozenset()


def _asks_for_more(words: tuple[str, ...]) -> bool:
    """A question that asks for something on top: "also", or ending "too" / "as well".
    (``Features.words`` hold no "?".)"""
    return "also" in words or words[-1:] in (("too",), ("aswell",)) or words[-2:] == ("as", "well")


def _slotted_meets_plain(a: frozenset[str], b: frozenset[str]) -> bool:
    """A concept qualified by a slot word ("occasion/flower", from "what are the flowers
    for") meets the same concept unqualified ("whats the occasion"); two qualified ones
    meet only with the same word (exact match, checked by the caller)."""
    for slotted, other in ((a, b), (b, a)):
        for concept in slotted:
            label, sep, _ = concept.partition("/")
            if sep and label in other:
                return True
    return False



#: First words of a turn that answers or reacts to the one before ("oh", "really?").
_RESPONSE_OPENERS = frozenset(stems((
    "oh", "ah", "aw", "ooh", "yeah", "yes", "yep", "no", "nah", "really", "right", "ha",
    "haha", "wow", "god", "gosh", "blimey", "sure", "well", "mm", "hmm", "okay", "ok", "what",
    "did", "does", "is", "was", "has", "hai", "i", "that", "thats", "how", "who", "why",
    "poor", "bless", "never",
)))


def _goes_on_with_story(before: Features, turn: Features) -> bool:
    """``turn`` goes on with the story of the turn before it, in the same voice: both talk
    about someone, one of them by name or with a private topic, the turn before asks
    nothing, and this one opens on content, not on a reply ("oh", "really", "yeah")."""
    return (
        # "Did you hear doctor fenwick rolled in steaming" tells the news as it asks.
        (before.question is None or (before.gossip_score > 0 and before.third_party))
        and turn.question is None
        and (before.third_party or before.pronoun or before.gossip_score > 0)
        and (turn.third_party or turn.pronoun or turn.gossip_score > 0)
        and (before.third_party or before.secrecy or turn.secrecy or turn.gossip_score > 0)
        and not _RESPONSE_OPENERS.issuperset(before.words[:1])
        and turn.words[:1] != ()
        and turn.words[0] not in _RESPONSE_OPENERS
    )


def _update_role_scores(conversation: _Conversation, roles: RoleRules) -> None:
    """Decode who said what when the speaker is unknown (one microphone).

    Max-product forward-backward over the conversation's turns, two states (cashier,
    customer). A turn's role cue is its evidence (``+cue/2`` for cashier, ``-cue/2``
    for customer); the speaker usually changes from one turn to the next, and the same
    speaker again costs ``switch_penalty`` — a pause can split one person's turn in two,
    which strict alternation (an infinite penalty: a turn's score is then the cue sum of
    its parity minus that of the other) reads with every later role swapped. Into a turn
    that replies to the one before ("oh dear", "sorry what", "like I said", "not for me
    to say") the same speaker costs ``response_switch_penalty``, and into one that goes on
    with the story the turn before told (:func:`_goes_on_with_story`)
    ``story_switch_penalty``.
    """
    turns = conversation.turns
    scores = conversation.role_scores
    start = max(0, len(turns) - ROLE_WINDOW_TURNS)
    emissions: list[tuple[float, float]] = []
    stays: list[float] = []
    for turn in turns[start:]:
        f = turn.features
        reply = f.reaction or f.not_heard or f.already_said or f.deflection
        if reply:
            stays.append(roles.response_switch_penalty)
        elif turn.index > 0 and _goes_on_with_story(turns[turn.index - 1].features, f):
            stays.append(roles.story_switch_penalty)
        else:
            stays.append(roles.switch_penalty)
        cue = f.role_cue
        if turn.given_role is not None or abs(cue) >= SURE_CUE:
            # Known, or sure by its own words (as `Coach._role` reads it): fixed.
            is_cashier = turn.given_role == CASHIER if turn.given_role is not None else cue > 0
            sign = 1.0 if is_cashier else -1.0
            emissions.append((sign * _FIXED_ROLE_WEIGHT, -sign * _FIXED_ROLE_WEIGHT))
        else:
            emissions.append((cue / 2, -cue / 2))
    n = len(emissions)
    forward = [emissions[0]]
    for i in range(1, n):
        cashier, customer = emissions[i]
        prev_c, prev_u = forward[-1]
        stay = stays[i]
        forward.append(
            (cashier + max(prev_c - stay, prev_u), customer + max(prev_u - stay, prev_c))
        )
    backward = [(0.0, 0.0)] * n
    for i in range(n - 2, -1, -1):
        next_c = emissions[i + 1][0] + backward[i + 1][0]
        next_u = emissions[i + 1][1] + backward[i + 1][1]
        stay = stays[i + 1]
        backward[i] = (max(next_c - stay, next_u), max(next_u - stay, next_c))
    del scores[start:]
    for (fc, fu), (bc, bu) in zip(forward, backward, strict=True):
        scores.append((fc + bc) - (fu + bu))
