"""Who an utterance talks about: names and pronouns read from the words as said, not from
their stems ("same" stems to "sam", "here" to "her")."""

from __future__ import annotations

import pytest

from assistant.coach import Rules
from assistant.coach.features import FeatureExtractor
from assistant.events import Utterance

#: (text, someone named, third-person pronoun)
CASES = [
    ("same as last time please", False, False),
    ("here you go theres your receipt", False, False),
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
