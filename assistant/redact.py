"""Redaction of personal data (cards, emails, phones, postcodes) in written and spoken forms.

Everything the product stores or shows to a supervisor passes through here first.
A recogniser writes numbers as words ("oh seven seven double nine …"), emails as
"jane at example dot com" and postcodes as spelled letters ("s w one a one a a"), so
the detectors work on a token stream that understands those forms as well as the
written ones ("07799 123456", "jane@example.com", "SW1A 1AA").

Rules (see ``docs/store.md`` for the full table and the known limits):

* **Numbers**: neighbouring number tokens (digits, digit words, "oh", "double",
  "triple", tens, teens, "hundred") are joined into a *run* across spaces and
  hyphens; commas and full stops join only digit-by-digit dictation. Then:
  a run preceded by "plus"/"+" or starting with 0 with 10–15 digits is a ``[phone]``;
  13–19 digits is a ``[card]`` (written digits must also pass the Luhn check);
  other spoken runs of ≥ 10 digits are ``[number]`` (loyalty or account numbers);
  written runs of 10–15 digits in several groups are a ``[phone]``. Shorter runs —
  prices, quantities, times, pump numbers — are never touched.
* **Emails**: written ``local@domain.tld``; spoken ``<name> [dot|underscore <name>]
  at <label> dot <label> …`` — "at" must be followed by at least one "dot" label, so
  "at the shop" stays.
* **Postcodes**: UK postcodes written or spelled letter by letter; US ZIP+4 and
  "zip (code) 12345".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.events import Nudge, Utterance, Word
from assistant.number_words import ONES, TENS

CARD = "[card]"
EMAIL = "[email]"
PHONE = "[phone]"
POSTCODE = "[postcode]"
NUMBER = "[number]"

_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "nil": "0",
    **{word: str(value) for value, word in enumerate(ONES[1:10], start=1)},
}
_TEENS = {word: str(value) for value, word in enumerate(ONES[10:], start=10)}
_TENS = {word: str(digit) for digit, word in enumerate(TENS) if word}
_TENS["fourty"] = "4"  # a common misspelling in typed text
_MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3}
_SCALE = {"hundred": "00", "thousand": "000"}
_LETTER_WORDS = {chr(c): chr(c).upper() for c in range(ord("a"), ord("z") + 1)}

_TOKEN = re.compile(r"\d+|[A-Za-z]+(?:'[A-Za-z]+)?|[@+]")
_HARD_GAP = re.compile(r"[\s\-()]*")
_SOFT_GAP = re.compile(r"[\s\-(),.;:]*")

_WRITTEN_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_WRITTEN_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}(?![A-Za-z0-9])"
)
_POSTCODE_SHAPE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
_ZIP_PLUS_FOUR = re.compile(r"(?<![\d\-])\d{5}-\d{4}(?![\d\-])")
_ZIP_NAMED = re.compile(r"(?i)\bzip(?:\s*code)?\s*(?:is\s*)?(\d{5})(?!\d)")

#: Words that are not a person's mailbox name, so "i'm at tesco dot com" stays.
_NOT_A_MAILBOX = frozenset(
    [
        "i",
        "i'm",
        "im",
        "am",
        "we",
        "you",
        "it",
        "be",
        "me",
        "us",
        "them",
        "him",
        "her",
        "is",
        "are",
        "was",
        "were",
        "shop",
        "buy",
        "order",
        "online",
        "that",
        "that's",
        "it's",
        "its",
        "look",
        "see",
        "find",
        "get",
    ]
)
_EMAIL_JOINERS = {"dot": ".", "underscore": "_", "hyphen": "-", "dash": "-"}


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    lower: str


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    label: str


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)
    ]


def _is_digit_by_digit(token: _Token) -> bool:
    """A token that dictation produces one digit at a time (or a written digit group)."""
    low = token.lower
    return low in _DIGIT_WORDS or low in _MULTIPLIERS or token.text.isdigit()


def _is_number_token(token: _Token) -> bool:
    low = token.lower
    return (
        token.text.isdigit()
        or low in _DIGIT_WORDS
        or low in _TEENS
        or low in _TENS
        or low in _MULTIPLIERS
        or low in _SCALE
    )


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _run_digits(run: list[_Token]) -> str | None:
    """Digits a run of number tokens spells, or ``None`` if it is not a well-formed run."""
    digits: list[str] = []
    repeat = 1
    index = 0
    while index < len(run):
        low = run[index].lower
        if low in _MULTIPLIERS:
            repeat = _MULTIPLIERS[low]
            index += 1
            continue
        if run[index].text.isdigit():
            piece = run[index].text
        elif low in _DIGIT_WORDS:
            piece = _DIGIT_WORDS[low]
        elif low in _TEENS:
            piece = _TEENS[low]
        elif low in _TENS:
            # "forty five" is 45; a bare "forty" is 40.
            if index + 1 < len(run) and run[index + 1].lower in _DIGIT_WORDS:
                following = _DIGIT_WORDS[run[index + 1].lower]
                if following != "0":
                    piece = _TENS[low] + following
                    index += 1
                else:
                    piece = _TENS[low] + "0"
            else:
                piece = _TENS[low] + "0"
        elif low in _SCALE:
            piece = _SCALE[low] if digits else "1" + _SCALE[low]
        else:  # pragma: no cover - runs only hold number tokens
            return None
        digits.append(piece * repeat)
        repeat = 1
        index += 1
    return "".join(digits) if digits else None


def _number_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        if not _is_number_token(token):
            if current:
                runs.append(current)
            current = []
            continue
        if current:
            previous = current[-1]
            gap = text[previous.end : token.start]
            soft = _is_digit_by_digit(previous) and _is_digit_by_digit(token)
            # Written digit groups join only across spaces/hyphens/brackets, so that
            # "4.99, 2.50, 3.20" (prices) stays apart; dictated digits may be split
            # by the recogniser's commas and full stops.
            spoken = not (previous.text.isdigit() and token.text.isdigit())
            pattern = _SOFT_GAP if soft and spoken else _HARD_GAP
            if not pattern.fullmatch(gap):
                runs.append(current)
                current = []
        current.append(token)
    if current:
        runs.append(current)
    return runs


def _classify_number(run: list[_Token], digits: str, plus: bool) -> str | None:
    count = len(digits)
    written = all(token.text.isdigit() for token in run)
    phone_like = plus or digits.startswith("0") or (digits.startswith("44") and count in (12, 13))
    if phone_like and 10 <= count <= 15:
        return PHONE
    # Written digits must pass the Luhn check, unless laid out like a card
    # (4-4-4-4 or Amex 4-6-5): a recogniser that mishears one digit must not leak it.
    card_layout = [len(token.text) for token in run] in ([4, 4, 4, 4], [4, 6, 5])
    if 13 <= count <= 19 and (not written or card_layout or _luhn_ok(digits)):
        return CARD
    if not written and count >= 10:
        return NUMBER
    if written and 10 <= count <= 15 and len(run) >= 2:
        return PHONE
    return None


def _number_spans(text: str, tokens: list[_Token]) -> list[_Span]:
    spans: list[_Span] = []
    by_start = {token.start: position for position, token in enumerate(tokens)}
    for run in _number_runs(text, tokens):
        # Trim multipliers left dangling at the end ("… nine double").
        while run and run[-1].lower in _MULTIPLIERS:
            run = run[:-1]
        if not run:
            continue
        digits = _run_digits(run)
        if digits is None:
            continue
        position = by_start[run[0].start]
        start = run[0].start
        plus = False
        if position > 0 and tokens[position - 1].lower in ("plus", "+"):
            gap = text[tokens[position - 1].end : run[0].start]
            if _HARD_GAP.fullmatch(gap):
                plus = True
                start = tokens[position - 1].start
        label = _classify_number(run, digits, plus)
        if label is not None:
            if start > 0 and text[start - 1] == "(":
                start -= 1  # "(020) 7946 0958": take the opening bracket too
            spans.append(_Span(start, run[-1].end, label))
    return spans


def _is_spelled(token: _Token) -> bool:
    """A single letter or digit, as in a spelled-out name or number."""
    return (len(token.text) == 1 and token.text.isalnum()) or token.lower in _DIGIT_WORDS


def _spoken_email_spans(text: str, tokens: list[_Token]) -> list[_Span]:
    spans: list[_Span] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.lower not in ("at", "@") or index == 0:
            index += 1
            continue
        # Domain: label ("dot" label)+ — at least one "dot" so "at the shop" stays.
        end = index + 1
        labels = 0
        if end < len(tokens) and tokens[end].text.isalnum() and tokens[end].lower != "dot":
            end += 1
            while True:
                if (
                    end + 1 < len(tokens)
                    and tokens[end].lower in ("dot", "hyphen", "dash")
                    and tokens[end + 1].text.isalnum()
                    and tokens[end + 1].lower not in _EMAIL_JOINERS
                ):
                    labels += tokens[end].lower == "dot"
                    end += 2
                elif (
                    end < len(tokens)
                    and text[tokens[end - 1].end : tokens[end].start] in (".", "-")
                    and tokens[end].text.isalnum()
                ):
                    labels += text[tokens[end - 1].end : tokens[end].start] == "."
                    end += 1
                else:
                    break
        if labels == 0:
            index += 1
            continue
        # Mailbox: name ((dot|underscore|hyphen) name)* right before "at".
        first = index - 1
        if not tokens[first].text.isalnum() or tokens[first].lower in _NOT_A_MAILBOX:
            index += 1
            continue
        while True:
            if (
                first >= 2
                and tokens[first - 1].lower in _EMAIL_JOINERS
                and tokens[first - 2].text.isalnum()
                and tokens[first - 2].lower not in _NOT_A_MAILBOX
            ):
                first -= 2
            elif (
                first >= 1
                and text[tokens[first - 1].end : tokens[first].start] in (".", "_", "-")
                and tokens[first - 1].text.isalnum()
            ):
                first -= 1
            else:
                break
        # A mailbox spelled out ("j a n e at …", "jane one two three at …").
        while (
            first >= 1
            and _is_spelled(tokens[first])
            and _is_spelled(tokens[first - 1])
            and text[tokens[first - 1].end : tokens[first].start].isspace()
        ):
            first -= 1
        spans.append(_Span(tokens[first].start, tokens[end - 1].end, EMAIL))
        index = end
    return spans


def _spelled_postcode_spans(tokens: list[_Token]) -> list[_Span]:
    """Postcodes spelled out a character at a time: "s w one a one a a"."""
    # Each entry: (characters, first token index, last token index).
    pieces: list[tuple[str, int, int]] = []
    index = 0
    while index < len(tokens):
        low = tokens[index].lower
        chars: str | None = None
        last = index
        if low in _MULTIPLIERS and index + 1 < len(tokens):
            nxt = tokens[index + 1].lower
            single = _LETTER_WORDS.get(nxt) or (
                _DIGIT_WORDS.get(nxt) if nxt not in ("o",) else None
            )
            if single is not None:
                chars = single * _MULTIPLIERS[low]
                last = index + 1
        elif low in _LETTER_WORDS:
            chars = _LETTER_WORDS[low]
        elif low in _DIGIT_WORDS and low != "o":
            chars = _DIGIT_WORDS[low]
        elif tokens[index].text.isdigit() and len(tokens[index].text) == 1:
            chars = tokens[index].text
        pieces.append((chars or "", index, last))
        index = last + 1

    spans: list[_Span] = []
    position = 0
    while position < len(pieces):
        if not pieces[position][0]:
            position += 1
            continue
        best: tuple[int, int] | None = None
        joined = ""
        for stop in range(position, min(position + 9, len(pieces))):
            if not pieces[stop][0]:
                break
            joined += pieces[stop][0]
            if len(joined) > 7:
                break
            if len(joined) >= 5 and _POSTCODE_SHAPE.fullmatch(joined):
                best = (position, stop)
        if best is None:
            position += 1
            continue
        first_token = pieces[best[0]][1]
        last_token = pieces[best[1]][2]
        spans.append(_Span(tokens[first_token].start, tokens[last_token].end, POSTCODE))
        position = best[1] + 1
    return spans


def _regex_spans(pattern: re.Pattern[str], text: str, label: str, group: int = 0) -> list[_Span]:
    return [_Span(m.start(group), m.end(group), label) for m in pattern.finditer(text)]


def _merge(spans: list[_Span]) -> list[_Span]:
    """Drop spans overlapping an earlier-found one (earlier detectors win)."""
    kept: list[_Span] = []
    for span in spans:
        if any(span.start < other.end and other.start < span.end for other in kept):
            continue
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _find_spans(text: str) -> list[_Span]:
    spans = _regex_spans(_WRITTEN_EMAIL, text, EMAIL)
    tokens = _tokens(text)
    # Fast paths: most utterances hold no "at" and at most one number word.
    if any(token.lower in ("at", "@") for token in tokens):
        spans += _spoken_email_spans(text, tokens)
    spans += _regex_spans(_ZIP_PLUS_FOUR, text, POSTCODE)
    spans += _regex_spans(_ZIP_NAMED, text, POSTCODE, group=1)
    numeric = sum(1 for token in tokens if _is_number_token(token))
    if numeric:
        spans += _number_spans(text, tokens)
    spans += _regex_spans(_WRITTEN_POSTCODE, text, POSTCODE)
    if numeric >= 2:  # a spelled postcode has at least two digits
        spans += _spelled_postcode_spans(tokens)
    return _merge(spans)


def redact_text(text: str) -> str:
    """Replace card numbers, emails, phone numbers and postcodes with ``[card]`` etc."""
    if not text:
        return text
    pieces: list[str] = []
    cursor = 0
    for span in _find_spans(text):
        pieces.append(text[cursor : span.start])
        pieces.append(span.label)
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _redact_words(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """Redact a word sequence, merging the words of one finding into one labelled word."""
    if not words:
        return words
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    cursor = 0
    for word in words:
        offsets.append((cursor, cursor + len(word.word)))
        parts.append(word.word)
        cursor += len(word.word) + 1
    spans = _find_spans(" ".join(parts))
    if not spans:
        return words
    result: list[Word] = []
    index = 0
    for span in spans:
        while index < len(words) and offsets[index][1] <= span.start:
            result.append(words[index])
            index += 1
        covered: list[Word] = []
        while index < len(words) and offsets[index][0] < span.end:
            covered.append(words[index])
            index += 1
        if covered:
            result.append(Word(span.label, covered[0].start_s, covered[-1].end_s, None))
    result.extend(words[index:])
    return tuple(result)


def redact_utterance(utterance: Utterance) -> Utterance:
    """The utterance with its text and its words redacted (timings kept)."""
    return replace(
        utterance, text=redact_text(utterance.text), words=_redact_words(utterance.words)
    )


def redact_nudge(nudge: Nudge) -> Nudge:
    """The nudge with its evidence utterances (and, defensively, its message) redacted."""
    return replace(
        nudge,
        message=redact_text(nudge.message),
        evidence=tuple(redact_utterance(u) for u in nudge.evidence),
    )
