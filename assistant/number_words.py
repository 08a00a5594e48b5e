"""English number words, shared by text normalisation, redaction and the coach's features."""

from __future__ import annotations

#: "zero" … "nineteen", indexed by value.
ONES: tuple[str, ...] = (
    "zero",
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
)

#: Tens words indexed by their tens digit ("twenty" is ``TENS[2]``; 0 and 1 have none).
TENS: tuple[str, ...] = (
    "",
    "",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
)
