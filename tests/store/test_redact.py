"""Redaction table: spoken and written personal data goes, near-misses stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.events import Nudge, Utterance, Word
from assistant.redact import redact_nudge, redact_text, redact_utterance

REDACTED = [
    # cards, spoken digit by digit and written (Luhn-valid)
    (
        "my card is four five six seven eight nine one two three "
        "four five six seven eight nine one",
        "my card is [card]",
    ),
    ("number four one one one, one one one one, one one one one, one one one one", "number [card]"),
    ("it's 4111 1111 1111 1111 thanks", "it's [card] thanks"),
    ("4111-1111-1111-1111", "[card]"),
    # a misheard card in card layout fails Luhn but is still a card
    ("it's 4567 8912 3456 7890", "it's [card]"),
    ("amex 3782 822463 10005", "amex [card]"),
    ("card 5500005555555559 please", "card [card] please"),
    # phones: UK spoken with oh / double / triple, grouped by the recogniser's commas
    ("its oh seven seven double nine one two three four five six", "its [phone]"),
    ("oh two oh, seven nine four six, oh nine five eight", "[phone]"),
    ("ring oh one six one triple four five six seven eight", "ring [phone]"),
    ("plus four four seven seven double nine one two three four five six", "[phone]"),
    ("call me on 07799 123456", "call me on [phone]"),
    ("call me on 07799123456 later", "call me on [phone] later"),
    ("+44 20 7946 0958", "[phone]"),
    ("(020) 7946 0958", "[phone]"),
    ("my cell is 415 555 0100", "my cell is [phone]"),
    ("oh seven seven oh oh nine double oh one two three", "[phone]"),
    # long spoken numbers that are neither: loyalty / account numbers
    ("loyalty number one two three four five six seven eight nine one", "loyalty number [number]"),
    # emails, written and spoken
    ("email jane.smith@gmail.com please", "email [email] please"),
    ("jane at example dot com", "[email]"),
    ("its jane dot smith at gmail dot com", "its [email]"),
    ("send it to bob underscore jones at mail dot co dot uk thanks", "send it to [email] thanks"),
    ("jane at example.com", "[email]"),
    ("my email is j a n e at gmail dot com", "my email is [email]"),
    # limit: a name word before spelled digits stays (a first name alone is not contact data)
    ("its jane one two three at hotmail dot co dot uk", "its jane [email]"),
    ("its jane.smith at gmail dot com", "its [email]"),
    # postcodes: written, spelled letter by letter, with double
    ("postcode SW1A 1AA ok", "postcode [postcode] ok"),
    ("its sw1a1aa", "its [postcode]"),
    ("m1 1ae", "[postcode]"),
    ("s w one a one a a", "[postcode]"),
    ("its e c one a one b b", "its [postcode]"),
    ("s w one a one double a", "[postcode]"),
    ("postcode m one one a e", "postcode [postcode]"),
    # US ZIP (cheap forms only)
    ("my zip code is 90210", "my zip code is [postcode]"),
    ("90210-1234", "[postcode]"),
    # several in one line
    (
        "jane at example dot com and oh seven seven double nine one two three four five six",
        "[email] and [phone]",
    ),
]

KEPT = [
    "thats twenty three pounds sixty please",
    "four ninety nine",
    "that'll be four pounds ninety nine",
    "they're two for three on the shampoo",
    "six bottles of the red",
    "it closes at half past four",
    "ten thirty tomorrow",
    "pump number four",
    "pump four please and twenty pounds on pump six",
    "i'll meet you at the shop",
    "we're at the front",
    "i am at tesco dot com",
    "4.99, 2.50, 3.20, 1.99",
    "£4.99 £2.50 £3.20 £1.99",
    "oh lovely",
    "oh no oh well",
    "nineteen ninety nine",
    "two thousand and twenty four",
    "one hundred and twenty points",
    "receipt number 12345",
    "41111111 11111112",  # written digits failing Luhn, not in card layout: not a card
    "barcode 5012345678900",  # one unbroken written code, not phone-like
    "aisle five",
    "a bag please",
    "did you find everything okay",
    "at ten to five",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_personal_data_is_redacted(text: str, expected: str) -> None:
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_near_misses_stay(text: str) -> None:
    assert redact_text(text) == text


def test_empty_text() -> None:
    assert redact_text("") == ""


def test_utterance_words_are_merged_into_one_label_with_timings() -> None:
    spoken = [
        "call",
        "oh",
        "seven",
        "seven",
        "double",
        "nine",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "thanks",
    ]
    words = tuple(Word(w, float(i), float(i) + 0.5, 0.9) for i, w in enumerate(spoken))
    utterance = Utterance(0.0, 14.0, " ".join(spoken), "customer", words, "c1", "t1")
    redacted = redact_utterance(utterance)
    assert redacted.text == "call [phone] thanks"
    assert [w.word for w in redacted.words] == ["call", "[phone]", "thanks"]
    assert redacted.words[1].start_s == 1.0
    assert redacted.words[1].end_s == 11.5
    assert redacted.speaker == "customer" and redacted.till == "t1"


def test_nudge_evidence_is_redacted() -> None:
    evidence = (
        Utterance(
            1.0, 2.0, "and her number is oh seven seven double nine one two three four five six"
        ),
        Utterance(2.0, 3.0, "shes at jane at example dot com"),
    )
    nudge = Nudge("gossip", "c1", 3.0, "Keep it about the customer", "info", "gossip.x", evidence)
    redacted = redact_nudge(nudge)
    assert redacted.evidence[0].text == "and her number is [phone]"
    assert redacted.evidence[1].text == "shes at [email]"
    assert redacted.message == nudge.message
    assert nudge.evidence[0].text.endswith("six")  # the original is untouched


REPO = Path(__file__).resolve().parents[2]
EVERYDAY_TALK = [
    REPO / "assistant" / "data" / "demo_script.jsonl",
    REPO / "tests" / "coach" / "data" / "heldout.jsonl",
    REPO / "tests" / "coach" / "data" / "heldout2.jsonl",
    Path("/work/shared/conversations/dev.jsonl"),
]


@pytest.mark.parametrize("path", EVERYDAY_TALK, ids=lambda p: p.name)
def test_everyday_checkout_talk_is_left_alone(path: Path) -> None:
    """Hundreds of real-sounding checkout lines (prices, pumps, times): no false redaction."""
    if not path.exists():
        pytest.skip(f"{path} not present")
    lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    changed = [
        (u["text"], redact_text(u["text"])) for u in lines if redact_text(u["text"]) != u["text"]
    ]
    assert len(lines) > 30
    assert changed == []
