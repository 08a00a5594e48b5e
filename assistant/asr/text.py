"""Normalise recognised text to the recogniser style the rule engine reads.

Style: lower case, words separated by single spaces, no punctuation, apostrophes
dropped ("they'll" → "theyll", as in the shared transcript set), digits spelt out
("£5.99" → "five pounds ninety nine", "10%" → "ten percent", "3rd" → "third"), and
3–4 digit figures and two-decimal prices read in pairs as at a till ("815" / "8:15" →
"eight fifteen", "9.90" → "nine ninety"; "1,260" → "one thousand two hundred and sixty").
Loops of a word repeated more than three times are collapsed.
This is what the rule engine's phrase lists are written in (``assistant.coach.text``
applies the same to its input); Vosk English models write this way natively.
"""

from __future__ import annotations

import re

from assistant.number_words import ONES, TENS

_ONES = ONES
_TENS = TENS
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

_NUMBER = re.compile(r"([$£€]?)(\d[\d,]*)(?:([.:])(\d+))?(%|st|nd|rd|th)?", re.IGNORECASE)
_REPEATS = re.compile(r"\b(\w+(?: \w+)?)(?: \1){3,}\b")
#: One spelling for words recognisers write two ways (the shared transcripts' spelling).
_SPELLINGS = {"ok": "okay", "mr": "mister", "mrs": "missus"}
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


def _pair(value: int) -> str:
    """Two digits as said in times and prices: 5 → "oh five", 15 → "fifteen", 0 → ""."""
    if value == 0:
        return ""
    return ("oh " if value < 10 else "") + number_to_words(value)


def _spoken_pairs(digits: str) -> str:
    """A 3–4 digit figure read in pairs, as at a till: 815 → "eight fifteen", 1260 → "twelve
    sixty", 1905 → "nineteen oh five". Round hundreds stay "x hundred"."""
    high, low = int(digits[:-2]), int(digits[-2:])
    if low == 0:
        return number_to_words(int(digits))
    return f"{number_to_words(high)} {_pair(low)}"


def _spell_number(match: re.Match[str]) -> str:
    currency, integer, separator, fraction, suffix = match.groups()
    digits = integer.replace(",", "")
    if len(digits) > 12:
        return " " + " ".join(_ONES[int(d)] for d in digits) + " "
    suffix = (suffix or "").lower()
    if suffix in ("st", "nd", "rd", "th"):
        return " " + _ordinal(number_to_words(int(digits))) + " "
    # Whisper writes "eight fifteen" as "815" and "twelve sixty" as "1260"; people at a
    # till say figures like these in pairs, and a comma marks a real thousand ("1,260").
    paired = "," not in integer and 3 <= len(digits) <= 4 and not currency and not separator
    words = _spoken_pairs(digits) if paired else number_to_words(int(digits))
    if currency:
        unit, units = _CURRENCIES[currency]
        text = f"{words} {unit if int(digits) == 1 else units}"
        if fraction:
            text += f" {_pair(int((fraction + '0')[:2]))}"
        return f" {text} "
    if separator == ":" and fraction:
        return f" {words} {_pair(int(fraction[:2])) or 'o clock'} "
    if fraction:
        if len(fraction) == 2:  # "9.90": a price said "nine ninety"
            words += f" {_pair(int(fraction))}"
        else:
            words += " point " + " ".join(_ONES[int(d)] for d in fraction)
    if suffix == "%":
        words += " percent"
    return f" {words} "


def normalize_text(text: str) -> str:
    """Recogniser-style text: lower case, no punctuation, numbers as words."""
    text = _NUMBER.sub(_spell_number, text)
    text = _APOSTROPHES.sub("", text.lower()).replace("&", " and ")
    text = " ".join(_NOT_WORD.sub(" ", text).split())
    # A word or word pair said more than three times running is Whisper stuck in a loop
    # ("eight eight eight eight…"), not speech: keep one.
    text = _REPEATS.sub(r"\1", text)
    return " ".join(_SPELLINGS.get(word, word) for word in text.split())
