"""PhraseMatcher: the lexicon lookup every detector relies on (pure, table-driven)."""

from __future__ import annotations

import pytest

from assistant.coach.text import Match, PhraseMatcher, stems, tokens

LEXICON = {
    "card": ["loyalty card", "every sixth", "every * * is free"],
    "deal": ["free", "two * for #", "only # #"],
    "data": ["your email"],
}

CASES = [
    # (text, expected (label, first word, end word) matches)
    ("every sixth cut is free", [("card", 0, 5), ("deal", 4, 5)]),
    ("every sixth one", [("card", 0, 2)]),
    ("every other day", []),
    ("two bags for nine pounds", [("deal", 0, 4)]),
    ("two bags for you", []),
    ("its only five ninety nine", [("deal", 1, 4)]),
    ("only two left", []),
    ("can i grab your email", [("data", 3, 5)]),
    ("our loyalty card is free", [("card", 1, 3), ("deal", 4, 5)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_longest_phrase_of_each_label_at_each_word(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    matcher = PhraseMatcher(LEXICON)
    found = matcher.find(tuple(stems(tokens(text))))
    assert [(m.label, m.start, m.end) for m in found] == expected


@pytest.mark.parametrize(
    ("inner", "outer", "inside"),
    [
        ((4, 5), (0, 5), True),  # "free" in "every sixth cut is free"
        ((0, 2), (0, 5), True),
        ((0, 5), (0, 5), False),  # the same span: neither is part of the other
        ((3, 6), (0, 5), False),  # overlapping, not inside
        ((0, 5), (4, 5), False),  # the longer one is not inside the shorter
    ],
)
def test_a_match_is_inside_a_longer_one_only(
    inner: tuple[int, int], outer: tuple[int, int], inside: bool
) -> None:
    assert Match("a", *inner).inside(Match("b", *outer)) is inside
