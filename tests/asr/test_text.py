"""Recogniser-style text: a plain table of inputs and expected outputs."""

from __future__ import annotations

import pytest

from assistant.asr.text import normalize_text, number_to_words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Hello, Mr. Smith! OK?", "hello mister smith okay"),
        ("They'll say it's fine.", "theyll say its fine"),
        ("That’s £5.99, please.", "thats five pounds ninety nine please"),
        ("It costs $1.", "it costs one dollar"),
        ("10% off on the 3rd", "ten percent off on the third"),
        (
            "the 21st and 1,250 items",
            "the twenty first and one thousand two hundred and fifty items",
        ),
        ("about 2.5 kilos", "about two point five kilos"),
        ("that's 9.90 for the one item", "thats nine ninety for the one item"),
        ("the 815 film, doors at 8:00", "the eight fifteen film doors at eight o clock"),
        ("twelve sixty is 1260", "twelve sixty is twelve sixty"),
        ("in 2000 and 1905", "in two thousand and nineteen oh five"),
        ("8 8 8 8 8 8", "eight"),
        ("no no no", "no no no"),
        ("well-known   ...  spaces", "well known spaces"),
        ("Bread & milk", "bread and milk"),
        ("", ""),
        ("?!", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "zero"),
        (13, "thirteen"),
        (40, "forty"),
        (99, "ninety nine"),
        (105, "one hundred and five"),
        (2024, "two thousand and twenty four"),
        (1_000_001, "one million and one"),
    ],
)
def test_number_to_words(value: int, words: str) -> None:
    assert number_to_words(value) == words
