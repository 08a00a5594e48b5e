# ruff: noqa: E501
"""Table tests for the repeated-answer signal: the customer gives the same answer twice.

The questions in the positive rows share no content word and no intent, so only the
repeated answer can give them away; every "not" row is a case where the same content
comes back for a reason other than a repeated question.
"""

from __future__ import annotations

import dataclasses

import pytest

from assistant.coach import Coach
from assistant.coach.evaluation import replay
from assistant.errors import ConfigError

C = "cashier"
U = "customer"
RULE = "repeated_question.same_answer"

# (id, turns): the second question is a repeat, visible only in the answer.
# Rows in ROLES_TOO_UNSURE give one microphone too few role cues: without roles the
# signal must stay quiet there (it never judges on an unsure role), not guess.
REPEATS = [
    (
        "mobile network, answer with 'yeah' tag",
        [
            (U, "i want a new sim"),
            (C, "no problem who are you with at the minute"),
            (U, "vodafone"),
            (C, "and how much data do you get through"),
            (U, "loads maybe thirty gig"),
            (C, "which company is your contract with"),
            (U, "vodafone yeah"),
        ],
    ),
    (
        "garden aspect, longer second answer",
        [
            (C, "what sort of spot is it for"),
            (U, "north facing mostly shade"),
            (C, "these ferns are good"),
            (U, "oh they are nice"),
            (C, "does it get much sun out there"),
            (U, "no its north facing so mostly shade"),
        ],
    ),
    (
        "company with a generic answer and a 'still' marker",
        [
            (C, "great who are you going with tonight"),
            (U, "just me and the wife"),
            (C, "want popcorn with that"),
            (U, "go on then a large sweet"),
            (C, "and is anyone else joining you"),
            (U, "no still just me and the wife"),
        ],
    ),
    (
        "which colour, reordered answer",
        [
            (U, "i want the winter coat in the window"),
            (C, "lovely which colour did you fancy"),
            (U, "the dark green one"),
            (C, "what size are you usually"),
            (U, "a twelve"),
            (C, "and was it the navy or another shade you were after"),
            (U, "green the dark one"),
        ],
    ),
    (
        "duration, with 'still' (no 'i told you': that says answered on its own)",
        [
            (C, "how long are you parking for"),
            (U, "about two hours"),
            (C, "pay by card"),
            (U, "yes please"),
            (C, "when will you be back to the car"),
            (U, "still two hours"),
        ],
    ),
]

ROLES_TOO_UNSURE = {"garden aspect, longer second answer"}

# (id, turns): the same content comes back, but no question was repeated.
NOT_REPEATS = [
    (
        "'no thanks' to different offers",
        [
            (C, "any snacks with that"),
            (U, "no thanks"),
            (C, "is whole milk alright"),
            (U, "yes fine"),
            (C, "do you want our loyalty app"),
            (U, "no thanks"),
        ],
    ),
    (
        "the same count to different questions",
        [
            (C, "how many bags do you need"),
            (U, "just the one"),
            (C, "and how many first class stamps"),
            (U, "just the one"),
        ],
    ),
    (
        "a generic answer to different questions, a turn apart, no marker",
        [
            (C, "whos the phone for"),
            (U, "my son"),
            (C, "right this is the newer model"),
            (U, "looks good"),
            (C, "and who pays the bill on it"),
            (U, "my son does now"),
        ],
    ),
    (
        "the cashier echoes the order back to confirm it",
        [
            (C, "what can i get you"),
            (U, "two lattes"),
            (C, "anything else"),
            (U, "no"),
            (C, "two lattes yeah"),
            (U, "yes two lattes"),
        ],
    ),
    (
        "a read-back of the whole order",
        [
            (C, "what are you having tonight"),
            (U, "chicken korma and a pilau rice"),
            (C, "any sides"),
            (U, "two poppadoms and a mango chutney"),
            (C, "so chicken korma pilau rice poppadoms and mango chutney is that right"),
            (U, "korma pilau poppadoms chutney yes"),
        ],
    ),
    (
        "a 'sorry what was that' re-ask",
        [
            (C, "whats the name on the parcel"),
            (U, "hughes"),
            (C, "sorry what was that"),
            (U, "hughes h u g h e s"),
        ],
    ),
    (
        "the customer repeats their own words unprompted",
        [
            (C, "whats the name on the parcel"),
            (U, "hughes"),
            (C, "let me have a look out the back"),
            (U, "it should be a big box for hughes"),
            (C, "here we go"),
        ],
    ),
    (
        "an immediate follow-up is a clarification, not a repeat",
        [
            (C, "which one did you want"),
            (U, "the blue one"),
            (C, "this one here"),
            (U, "yes the blue one"),
        ],
    ),
    (
        "the first 'answer' is not a reply to a question, and the second refuses an offer",
        [
            (U, "ive come for the blue kettle"),
            (C, "lovely"),
            (U, "it was in the window"),
            (C, "would you like the matching toaster with it"),
            (U, "just the blue kettle please"),
        ],
    ),
    (
        "the customer's question back is no answer",
        [
            (C, "where are you parked"),
            (U, "is the multistorey okay"),
            (C, "yes thats fine"),
            (U, "great"),
            (C, "and is it a long stay"),
            (U, "is the multistorey long stay"),
        ],
    ),
    (
        "a long turn is chat, not an answer",
        [
            (C, "off anywhere nice"),
            (U, "cornwall next week"),
            (C, "oh lovely"),
            (U, "yes"),
            (C, "been before"),
            (U, "every summer since i was a kid we go to cornwall with the whole family and my sister and her kids and the dog"),
        ],
    ),
    (
        "short shared words only",
        [
            (C, "which size"),
            (U, "xl"),
            (C, "thats the last one"),
            (U, "great"),
            (C, "and the fit"),
            (U, "xl yeah"),
        ],
    ),
]


def _nudges(make_dialogue, rules, turns, keep_roles):  # type: ignore[no-untyped-def]
    return replay(
        Coach(rules), make_dialogue(turns, keep_roles=keep_roles), rules.policy.display_s
    )


@pytest.mark.parametrize("keep_roles", [True, False], ids=["roles", "no roles"])
@pytest.mark.parametrize(("case_id", "turns"), REPEATS, ids=[c[0] for c in REPEATS])
def test_same_answer_twice_is_a_repeat(case_id, turns, keep_roles, make_dialogue, rules):  # type: ignore[no-untyped-def]
    nudges = [n for n in _nudges(make_dialogue, rules, turns, keep_roles) if n.kind == "repeated_question"]
    if not keep_roles and case_id in ROLES_TOO_UNSURE:
        assert nudges == []
        return
    assert [n.rule for n in nudges] == [RULE]
    first_question, first_answer, question, answer = (e.text for e in nudges[0].evidence)
    assert answer == turns[-1][1]
    assert question == turns[-2][1]
    # The first answer is the one the last answer repeats, right after its question.
    texts = [t[1] for t in turns]
    assert texts.index(first_answer) == texts.index(first_question) + 1


@pytest.mark.parametrize("keep_roles", [True, False], ids=["roles", "no roles"])
@pytest.mark.parametrize("turns", [c[1] for c in NOT_REPEATS], ids=[c[0] for c in NOT_REPEATS])
def test_same_content_again_is_not_always_a_repeat(turns, keep_roles, make_dialogue, rules):  # type: ignore[no-untyped-def]
    kinds = {n.kind for n in _nudges(make_dialogue, rules, turns, keep_roles)}
    assert "repeated_question" not in kinds


def test_generic_answer_needs_the_list(make_dialogue, rules):  # type: ignore[no-untyped-def]
    """The "my son" row is held back by `answer_generic`, not by luck: emptied, it fires."""
    turns = dict(NOT_REPEATS)["a generic answer to different questions, a turn apart, no marker"]
    assert not _nudges(make_dialogue, rules, turns, True)
    q = dataclasses.replace(rules.repeated_question, answer_generic=())
    loose = dataclasses.replace(rules, repeated_question=q)
    assert [n.rule for n in _nudges(make_dialogue, loose, turns, True)] == [RULE]


def test_signal_off_with_the_kind(make_dialogue, rules):  # type: ignore[no-untyped-def]
    kind = dataclasses.replace(rules.repeated_question.kind, enabled=False)
    q = dataclasses.replace(rules.repeated_question, kind=kind)
    off = dataclasses.replace(rules, repeated_question=q)
    assert not _nudges(make_dialogue, off, REPEATS[0][1], True)


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[repeated_question]\nanswer_min_coverage = 0\n", "rules.repeated_question.answer_min_coverage: expected a number between 0.1 and 1"),
        ("[repeated_question]\nanswer_max_words = 0\n", "rules.repeated_question.answer_max_words: expected a whole number ≥ 1"),
        ('[repeated_question]\nanswer_generic = "son"\n', "rules.repeated_question.answer_generic: expected a list"),
    ],
)
def test_answer_keys_are_validated(tmp_path, toml, message):  # type: ignore[no-untyped-def]
    from assistant.coach import load_rules

    path = tmp_path / "shop.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert message in str(caught.value)
