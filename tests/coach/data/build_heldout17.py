#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's SEVENTEENTH held-out set: eight small conversations written by
coach-6 for ONE behaviour — the customer gives the same answer twice — after reading
the engine but BEFORE implementing the repeated-answer signal, and scored before and
after it (figures in docs/rules.md).

Four repeats that share neither words nor an obvious intent between the two cashier
questions (only the customer's repeated answer gives them away, and only one says
"like I said"), and four hard "not" cases: "no thanks" to offers far apart and an
order echoed back to confirm it; the same short answer to different questions (a
count, "my son"); a "sorry what was that" re-ask and a customer repeating a name
unprompted; a cashier reading the whole order back.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import C, U, build

HELDOUT17 = [
    ("e01", "barber", ["repeated_question"], "who cuts it usually / whos your regular: same answer 'dave'", [
        (U, "just a tidy up please"),
        (C, "no bother who normally does it for you"),
        (U, "usually dave"),
        (C, "right and how short we going on the sides"),
        (U, "number three on the sides scissors on top"),
        (C, "lovely whos your regular in here then"),
        (U, "dave yeah"),
        (C, "ah hes off today"),
    ]),
    ("e02", "garden centre", ["repeated_question"], "what sort of garden / does it get much sun: same answer, north facing shade", [
        (U, "im after some plants for a border"),
        (C, "what sort of spot have you got in mind"),
        (U, "north facing mostly shade"),
        (C, "these ferns do really well there"),
        (U, "oh they are nice"),
        (C, "does it get much sun out there"),
        (U, "no its north facing so mostly shade"),
        (C, "then the ferns it is"),
    ]),
    ("e03", "railway ticket office", ["repeated_question"], "where are you heading / which station did you want: same destination", [
        (U, "a return please"),
        (C, "where are you off to today"),
        (U, "manchester piccadilly"),
        (C, "and are you coming back today"),
        (U, "sunday evening"),
        (C, "which station was it you wanted"),
        (U, "piccadilly in manchester as i said"),
        (C, "forty two twenty then"),
    ]),
    ("e04", "cinema kiosk", ["repeated_question"], "who are the tickets for / anyone joining you: same company", [
        (U, "two for the eight oclock showing"),
        (C, "great who are you going with tonight"),
        (U, "just me and the wife"),
        (C, "do you want popcorn with that"),
        (U, "go on a large sweet one"),
        (C, "and is anyone else joining you"),
        (U, "no still just me and the wife"),
        (C, "screen four on the left"),
    ]),
    ("e05", "coffee shop", [], "NOT repeat or rushed: 'no thanks' to two offers far apart, an order echoed back to confirm", [
        (U, "two lattes please"),
        (C, "two lattes"),
        (U, "yes two lattes"),
        (C, "anything to eat with those"),
        (U, "no thanks"),
        (C, "is whole milk alright", {"pause": 4.0}),
        (U, "yeah fine"),
        (C, "do you have our loyalty app", {"pause": 6.0}),
        (U, "no thanks"),
        (C, "six forty please"),
    ]),
    ("e06", "post office and phone shop counter", [], "NOT repeat: the same short answer to genuinely different questions", [
        (U, "i need to post this and top up my sons phone"),
        (C, "how many bags do you want for the other bits"),
        (U, "just the one"),
        (C, "and how many first class stamps"),
        (U, "just the one"),
        (C, "whos the phone for"),
        (U, "my son"),
        (C, "okay and who pays the bill on it"),
        (U, "my son does now"),
        (C, "all done"),
    ]),
    ("e07", "parcel collection", [], "NOT repeat: a 'sorry what was that' re-ask, then the customer repeats the name unprompted", [
        (U, "hiya ive got a parcel to pick up"),
        (C, "whats the name on it"),
        (U, "hughes"),
        (C, "sorry what was that"),
        (U, "hughes h u g h e s"),
        (C, "let me have a look out the back"),
        (U, "it should be a big box for hughes"),
        (C, "here we go can you sign there"),
        (U, "sure"),
    ]),
    ("e08", "pizza takeaway", [], "NOT repeat: the cashier reads the order back to confirm it", [
        (C, "what can i get you"),
        (U, "a large pepperoni and a garlic bread"),
        (C, "anything to drink"),
        (U, "a large coke"),
        (C, "so thats a large pepperoni a garlic bread and a large coke yeah"),
        (U, "yes large pepperoni garlic bread large coke"),
        (C, "twenty one fifty please"),
    ]),
]


if __name__ == "__main__":
    build("heldout17", HELDOUT17, 171)
