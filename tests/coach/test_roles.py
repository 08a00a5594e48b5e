"""One microphone: who said what, decoded from cues over the whole conversation."""

from __future__ import annotations

import dataclasses
import random

import pytest

from assistant.coach import Coach, Rules
from assistant.coach.engine import REPLY_WAIT_S, _Conversation, _Turn, _update_role_scores
from assistant.coach.features import Features
from assistant.coach.rules import RoleRules
from assistant.events import Nudge, Utterance

C = "cashier"
U = "customer"


def _conversation(cues: list[float]) -> _Conversation:
    conversation = _Conversation("c", None, 0.0, 0.0)
    for i, cue in enumerate(cues):
        features = Features(
            utterance=Utterance(float(i), i + 0.5, "x"),
            word_count=1,
            role_cue=cue,
            third_party=False,
            own_circle=False,
            pronoun=False,
            first_person=False,
            gossip_score=0.0,
            gossip_phrases=(),
            secrecy=False,
            strong_topic=False,
            question=None,
            not_heard=False,
            already_said=False,
            reaction=False,
            deflection=False,
            has_content=True,
            prompt_offsets=(),
        )
        conversation.turns.append(_Turn(features, None, i))
    return conversation


def _penalties(switch: float, response: float, story: float | None = None) -> RoleRules:
    return RoleRules(
        confident_margin=1.0,
        cashier_cues=(),
        customer_cues=(),
        switch_penalty=switch,
        response_switch_penalty=response,
        story_switch_penalty=switch if story is None else story,
    )


def test_infinite_switch_penalty_is_strict_alternation() -> None:
    """The decoder generalises turn alternation: with no cost limit on a change of
    speaker, a turn's score is the cue sum of its parity minus that of the other."""
    rng = random.Random(7)
    for _ in range(50):
        cues = [
            rng.choice([-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5]) for _ in range(rng.randint(1, 12))
        ]
        conversation = _conversation(cues)
        _update_role_scores(conversation, _penalties(float("inf"), float("inf")))
        even = sum(cues[0::2])
        odd = sum(cues[1::2])
        for i, score in enumerate(conversation.role_scores):
            assert score == pytest.approx((even - odd) if i % 2 == 0 else (odd - even))


def test_a_split_turn_costs_a_stay_not_every_later_role() -> None:
    """Cashier, customer, cashier, cashier (a pause split the turn), customer, cashier:
    with evidence on both sides of the split, one stay explains it better than
    swapping every role after it."""
    cues = [1.5, -1.5, 1.5, 1.5, -1.5, 1.5]
    conversation = _conversation(cues)
    _update_role_scores(conversation, _penalties(2.0, 6.0))
    roles = [C if s > 0 else U for s in conversation.role_scores]
    assert roles == [C, U, C, C, U, C]
    strict = _conversation(cues)
    _update_role_scores(strict, _penalties(float("inf"), float("inf")))
    assert [C if s > 0 else U for s in strict.role_scores] != [C, U, C, C, U, C]


def _feed(
    rules: Rules, turns: list[tuple[str, str]], *, gap_s: float = 1.0
) -> list[tuple[int, Nudge]]:
    coach = Coach(rules, till="t")
    raised: list[tuple[int, Nudge]] = []
    clock = 0.0
    for i, (_, text) in enumerate(turns):
        end = clock + max(1, len(text.split())) / 2.6
        for event in coach.feed(Utterance(clock, end, text, None, conversation="c1")):
            if isinstance(event, Nudge):
                raised.append((i, event))
        clock = end + gap_s
    for event in coach.finish():
        if isinstance(event, Nudge):
            raised.append((len(turns), event))
    return raised


GOSSIP_TWICE_SPOKEN = [
    (U, "a tin of the white gloss please"),
    (C, "we have yeah satin or gloss"),
    (U, "gloss"),
    (
        U,
        "they reckon the caretaker over the road has been pocketing the hall money",
    ),
]


def test_gossip_on_turn_order_alone_waits_and_a_deflection_cancels_it(rules: Rules) -> None:
    """The customer speaks twice in a row, the second time gossip (a rumour and one topic,
    not clear enough to pass on an unsure role): turn order alone says it was the
    cashier's. The nudge waits for the reply, and the cashier's "not for me to say"
    shows whose it was: nothing is raised."""
    turns = [
        *GOSSIP_TWICE_SPOKEN,
        (C, "not for me to say i stay out of all that"),
        (U, "fair enough"),
    ]
    assert _feed(rules, turns) == []


WEAK_CASHIER_GOSSIP = [
    (C, "morning love what can i get you"),
    (U, "twenty silk cut please"),
    (C, "see the fella who just left they reckon hes been pocketing the takings at his work"),
]


def test_gossip_waiting_for_a_reply_is_raised_on_the_next_turn(rules: Rules) -> None:
    """The cashier's gossip, read from turn order alone, met with "oh dear": raised one
    turn late, on the reply, with the gossip as evidence."""
    turns = [*WEAK_CASHIER_GOSSIP, (U, "oh dear"), (C, "thats sixteen pounds please")]
    raised = _feed(rules, turns)
    assert [(i, n.kind) for i, n in raised] == [(3, "gossip")]
    assert any("takings" in u.text for u in raised[0][1].evidence)


def test_gossip_waiting_with_no_reply_is_raised_after_the_wait(rules: Rules) -> None:
    coach = Coach(rules, till="t")
    clock = end = 0.0
    for _, text in WEAK_CASHIER_GOSSIP:
        end = clock + len(text.split()) / 2.6
        events = coach.feed(Utterance(clock, end, text, None, conversation="c1"))
        assert not [e for e in events if isinstance(e, Nudge)]
        clock = end + 1.0
    assert not [e for e in coach.tick(end + REPLY_WAIT_S - 0.5) if isinstance(e, Nudge)]
    released = [e for e in coach.tick(end + REPLY_WAIT_S + 0.1) if isinstance(e, Nudge)]
    assert [n.kind for n in released] == ["gossip"]


def test_clear_gossip_read_from_turn_order_waits_for_the_reply(rules: Rules) -> None:
    """However clear, gossip whose speaker only turn order gives waits for the reply
    (a customer who speaks twice swaps the speakers): raised at "oh dear", one turn late,
    and dropped when the reply declines it."""
    turns = [
        (C, "morning love what can i get you"),
        (U, "twenty silk cut please"),
        (C, "see the fella who just left between you and me his wife caught him cheating on her"),
        (U, "oh dear"),
    ]
    assert [(i, n.kind) for i, n in _feed(rules, turns)] == [(3, "gossip")]
    declined = [*turns[:3], (U, "i wouldnt know love")]
    assert _feed(rules, declined) == []


def test_strict_alternation_stays_available(rules: Rules) -> None:
    """`switch_penalty = inf` restores plain turn alternation (a shop's choice)."""
    strict = dataclasses.replace(
        rules, roles=dataclasses.replace(rules.roles, switch_penalty=float("inf"))
    )
    turns = [*GOSSIP_TWICE_SPOKEN, (C, "not for me to say i stay out of all that")]
    assert _feed(strict, turns) == []


def test_gossip_following_up_the_same_speakers_opener_is_raised_at_the_reply(
    rules: Rules,
) -> None:
    """Weak gossip about someone the same speaker brought up the turn before continues
    that speaker's topic; it waits for the reply like any gossip turn order gives."""
    turns = [
        (C, "did you see the old chap who was in before you"),
        (U, "not really"),
        (C, "they reckon hes been pocketing the takings at his work"),
        (U, "right"),
    ]
    assert [(i, n.kind) for i, n in _feed(rules, turns)] == [(3, "gossip")]


def test_the_side_whose_gossip_was_declined_is_the_customer(rules: Rules) -> None:
    """The customer orders and then gossips (two turns in a row), the cashier declines,
    the customer goes on with clear gossip: turn order gives that last turn to the
    cashier, but the side whose gossip was declined is the customer's - nothing raised."""
    turns = [
        (C, "morning how are we"),
        (U, "good thanks just these seedlings and a bag of compost"),
        (
            U,
            "you know the bloke who owns the nursery down the road i heard hes done a runner "
            "owing everyone",
        ),
        (C, "oh i wouldnt know mate not really my place"),
        (U, "apparently his wife caught him cheating with the accountant"),
        (C, "ill leave that one alone do you want the compost in the car"),
        (U, "ill carry it"),
    ]
    assert _feed(rules, turns) == []


def test_a_declined_customer_does_not_hide_the_cashiers_own_gossip(rules: Rules) -> None:
    """The customer's rumour is declined; later the cashier, on the other side of the
    turns, gossips clearly about the manager: that is still raised."""
    turns = [
        (C, "morning what can i get you"),
        (U, "apparently the postman has been seeing the lady at number four"),
        (C, "not for me to say what can i get you"),
        (U, "twenty silk cut"),
        (C, "between you and me our manager is having an affair with the area manager"),
        (U, "oh dear"),
    ]
    assert [n.kind for _, n in _feed(rules, turns)] == ["gossip"]


@pytest.mark.parametrize("text", ["oh right", "okay then", "oh yeah", "right right", "ah ok then"])
def test_a_backchannel_is_no_tag_question(rules: Rules, text: str) -> None:
    """"oh right" is a listener saying they follow: no question, and (short) a hint of
    the customer - it once read as a tag question and swapped roles after gossip."""
    from assistant.coach.features import FeatureExtractor

    features = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text))
    assert features.question is None
    assert features.role_cue < 0


@pytest.mark.parametrize("text", ["no work today then", "holiday then", "the usual then"])
def test_a_statement_with_a_tag_is_still_a_question(rules: Rules, text: str) -> None:
    from assistant.coach.features import FeatureExtractor

    question = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).question
    assert question is not None and question.tag_only
