"""Normalise recognised text to the recogniser style the rule engine reads.

Style: lower case, words separated by single spaces, no punctuation, apostrophes
dropped ("they'll" → "theyll", as in the shared transcript set), digits spelt out
("£5.99" → "five pounds ninety nine", "10%" → "ten percent", "3rd" → "third").
This is what the rule engine's phrase lists are written in (``assistant.coach.text``
applies the same to its input); Vosk English models write this way natively.
"""

from __future__ import annotations

import re

_ONES = [
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
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"))
_ORDINAL_FIXES = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_CURRENCIES = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}

_NUMBER = re.compile(r"([$£€]?)(\d[\d,]*)(?:\.(\d+))?(%|st|nd|rd|th)?", re.IGNORECASE)
_APOSTROPHES = re.compile(r"[’'`´]")
_NOT_WORD = re.compile(r"[^\w\s]+|_+")


def number_to_words(value: int) -> str:
    """Spell out a non-negative integer in English ("one hundred and five")."""
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_to_words(rest)}" if rest else "")
    for scale, name in _SCALES:
        if value >= scale:
            high, rest = divmod(value, scale)
            joiner = " and " if 0 < rest < 100 else " "
            return f"{number_to_words(high)} {name}" + (
                f"{joiner}{number_to_words(rest)}" if rest else ""
            )
    raise AssertionError("unreachable")


def _ordinal(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last in _ORDINAL_FIXES:
        last = _ORDINAL_FIXES[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head} {last}".strip()


def _spell_number(match: re.Match[str]) -> str:
    currency, integer, fraction, suffix = match.groups()
    digits = integer.replace(",", "")
    if len(digits) > 12:
        return " ".join(_ONES[int(d)] for d in digits)
    words = number_to_words(int(digits))
    suffix = (suffix or "").lower()
    if suffix in ("st", "nd", "rd", "th"):
        return " " + _ordinal(words) + " "
    if currency:
        unit, units = _CURRENCIES[currency]
        text = f"{words} {unit if int(digits) == 1 else units}"
        if fraction:
            cents = int((fraction + "0")[:2])
            if cents:
                text += f" {number_to_words(cents)}"
        return f" {text} "
    if fraction:
        words += " point " + " ".join(_ONES[int(d)] for d in fraction)
    if suffix == "%":
        words += " percent"
    return f" {words} "


def normalize_text(text: str) -> str:
    """Recogniser-style text: lower case, no punctuation, numbers as words."""
    text = _NUMBER.sub(_spell_number, text)
    text = _APOSTROPHES.sub("", text.lower()).replace("&", " and ")
    text = _NOT_WORD.sub(" ", text)
    return " ".join(text.split())
