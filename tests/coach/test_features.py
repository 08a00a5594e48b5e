"""Who an utterance talks about: names and pronouns read from the words as said, not from
their stems (which once made "same" a "sam" and "here" a "her")."""

from __future__ import annotations

import pytest

from assistant.coach import Rules
from assistant.coach.features import FeatureExtractor
from assistant.events import Utterance

#: (text, someone named, third-person pronoun)
CASES = [
    ("same as last time please", False, False),
    ("here you go theres your receipt", False, False),
    ("heres your change", False, False),
    ("is that for here or to take away", False, False),
    ("its the same fella that does our windows", False, False),
    ("a jar of the heather honey if theres any left", False, False),
    ("this sage green in the matt emulsion please", False, False),
    ("heather said shed be in later", True, True),
    ("sams been off all week", True, False),
    ("is that the sarah whose fella ran off", True, False),
    ("her husband was in here yesterday", True, True),
    ("hes always in here on a friday", False, True),
]


@pytest.mark.parametrize(("text", "named", "pronoun"), CASES)
def test_who_is_talked_about(rules: Rules, text: str, named: bool, pronoun: bool) -> None:
    features = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text))
    assert features.third_party == named
    assert features.pronoun == pronoun


def test_here_is_not_her_in_phrase_lists(rules: Rules) -> None:
    """Phrases are matched on stems; "here" keeps its own ("for here" asks eat in or take
    away, "for her" does not)."""
    extractor = FeatureExtractor(rules)
    eat_in = extractor.extract(Utterance(0.0, 1.0, "is that for here or to go"))
    present = extractor.extract(Utterance(0.0, 1.0, "do you want a card to put in for her"))
    assert eat_in.question is not None and "take_away" in eat_in.question.concepts
    assert present.question is not None and "take_away" not in present.question.concepts


@pytest.mark.parametrize(
    "text",
    ["servus, what may it be?", "morning, what will it be?", "right, what are we after today?"],
)
def test_the_servers_opening_question_is_a_cashier_cue(rules: Rules, text: str) -> None:
    """One microphone: the opening question in other words still marks the server."""
    assert FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).role_cue > 0


@pytest.mark.parametrize("text", ["do you guys have a restroom", "have you guys got any ice"])
def test_asking_what_the_shop_has_is_a_customer_cue(rules: Rules, text: str) -> None:
    """One microphone: "do you guys have …" is the customer asking the shop."""
    assert FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).role_cue < 0


#: (question, the quantity concept it gets, or None)
COUNT_QUESTIONS = [
    ("How much ground beef?", "quantity/ground"),
    ("how many fish suppers", "quantity/fish"),
    ("how much of the mince did you say you wanted", "quantity/minc"),
    ("how much is that one", None),
    ("how much do i owe you", None),
    ("how many", None),
]


@pytest.mark.parametrize(("text", "concept"), COUNT_QUESTIONS)
def test_a_count_of_a_thing_is_the_quantity_intent_about_it(
    rules: Rules, text: str, concept: str | None
) -> None:
    """"How much X" counts X (so "how much X" and "X, lean or standard?" differ); "how
    much is it" asks a price and names no thing."""
    question = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).question
    assert question is not None
    counts = {c for c in question.concepts if c.startswith("quantity/")}
    assert counts == ({concept} if concept else set())


#: (question, its count concepts): a unit or portion counts no thing of its own.
UNIT_COUNTS = [
    ("how many litres are you after", {"quantity"}),
    ("how many litres of the white", {"quantity/whit"}),
    ("how many slices", {"quantity"}),
    ("right how many bits of ham did you want", {"quantity/ham"}),
    ("so how many am i wrapping for you", {"quantity"}),
    ("how many?", {"quantity"}),
    ("okay and how much of them mussels did you want", {"quantity/mussel"}),
    ("how many bags you wanting on that feed", {"quantity/bag", "bag"}),
    ("do you want it sliced", set()),
]


@pytest.mark.parametrize(("text", "concepts"), UNIT_COUNTS)
def test_a_count_in_a_unit_counts_the_thing_after_it_or_nothing_named(
    rules: Rules, text: str, concepts: set[str]
) -> None:
    """"How many litres" counts whatever was named ("quantity"), "how many litres of the
    white" counts the white, and a thing counted keeps its own intent too."""
    question = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).question
    assert question is not None
    found = {c for c in question.concepts if c.startswith("quantity") or c == "bag"}
    assert found == concepts


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("which size, one litre or the four litre?", {"litr"}),
        ("so do you want the small bottle or the big gallon?", {"bottl", "gallon"}),
        ("which cut you after leg or shoulder", {"leg", "shoulder"}),
        ("what size shoe does she wear", set()),
    ],
)
def test_the_choices_a_question_offers(rules: Rules, text: str, options: set[str]) -> None:
    question = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).question
    assert question is not None
    assert question.options == options


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("eight thousand four hundred and fifty", True),
        ("and the rugby raffle tickets two pound a go", True),
        ("five dollars each for the pins", True),
        ("two thousand and twelve", False),
        ("i was born in nineteen eighty four", False),
    ],
)
def test_prices_said_as_big_amounts_or_per_item(rules: Rules, text: str, price: bool) -> None:
    """One microphone: a price marks the server ("eight thousand four hundred and fifty",
    "two pound a go": a price's 1.5 of cashier cue); a year does not."""
    cue = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text)).role_cue
    assert (cue >= 1.5) == price


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("two kilos! i've told you two times now", False),
        ("three times a week for the physio", False),
        ("turns out hes been two timing her with the barmaid", True),
    ],
)
def test_two_times_is_not_two_timing(rules: Rules, text: str, private: bool) -> None:
    """"two timing" keeps its own stem: "two times" is a count, not an affair."""
    features = FeatureExtractor(rules).extract(Utterance(0.0, 1.0, text))
    assert (features.gossip_score > 0) == private
