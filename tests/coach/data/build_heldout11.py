#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's ELEVENTH held-out set: written by coach-2 after the final rules of commit
f722be4, scored once and never tuned on (figures in docs/rules.md).

Imagined author: a shop-floor trainer from the North of England writing from memory of
real shifts — greengrocer, dry cleaner, bakery, garage forecourt, charity shop, deli,
DIY, post office counter, chemist, cafe, supermarket, toy shop. Recogniser style.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT11 = [
    ("w01", "greengrocer", ["gossip"], "a colleague faking sick days, seen on social media", [
        (U, "a bag of carrots and some leeks"),
        (C, "there you go jess rang in sick again today"),
        (U, "oh is she poorly"),
        (C, "poorly my foot she was out clubbing all weekend its all over her instagram shes taking the mick"),
        (U, "oh dear"),
        (C, "two forty love"),
    ]),
    ("w02", "dry cleaner", ["repeated_question"], "asks again when the suit is needed", [
        (U, "can i leave this suit"),
        (C, "course when do you need it back"),
        (U, "friday morning for an interview"),
        (C, "good luck with that ill put a rush tag on it"),
        (U, "thanks"),
        (C, "and is there a day you need it for"),
        (U, "friday"),
    ]),
    ("w03", "bakery", ["rushed_upsell"], "coffee for a pound, stamp card, cake subscription", [
        (U, "a sausage roll please"),
        (C, "do you want to add a coffee its only a pound with any savoury", RR),
        (U, "no ta", R),
        (C, "have you got one of our stamp cards", R),
        (U, "no", R),
        (C, "and weve started a cake of the month box you can sign up at the till", R),
    ]),
    ("w04", "garage forecourt", [], "NOT gossip: the mechanic named helpfully", [
        (U, "pump three and can i check my tyres somewhere"),
        (C, "the air machine is round the side or our mechanic dave can do it for you hes brilliant"),
        (U, "ill ask him cheers"),
        (C, "thats fifty one twenty"),
    ]),
    ("w05", "charity shop", ["gossip"], "the man who just left: stolen goods, police", [
        (U, "just this jumper"),
        (C, "three pounds did you see that fella that just left"),
        (U, "the one with the bags"),
        (C, "he brings bags in every week i reckon half of its nicked hes been in trouble with the police before"),
        (U, "blimey"),
    ]),
    ("w06", "deli", [], "NOT repeat: the customer asks her own question twice", [
        (U, "is this salami spicy"),
        (C, "it has a bit of a kick"),
        (U, "but is it very spicy though"),
        (C, "medium id say want a taste"),
        (U, "go on"),
    ]),
    ("w07", "DIY", ["repeated_question"], "asks again what the wall is made of", [
        (U, "i need some screws to put a shelf up"),
        (C, "is it going on a brick wall or plasterboard"),
        (U, "brick"),
        (C, "then youll want plugs with these"),
        (U, "ok"),
        (C, "and whats the wall made of"),
        (U, "brick like i said"),
    ]),
    ("w08", "post office counter", ["rushed_upsell"], "tracked, extra cover, savings account, travel money", [
        (U, "first class for this letter please"),
        (C, "would you like to send it tracked", RR),
        (U, "no", R),
        (C, "we can add extra cover up to five hundred pounds and weve got a new savings account launching", R),
        (U, "no thanks", R),
        (C, "and can i give you a quote on travel money while youre here", R),
    ]),
    ("w09", "chemist", ["gossip"], "cashier overshares her own tests and husband", [
        (U, "just the plasters"),
        (C, "sorry im miles away ive been for tests at the hospital and im waiting on results"),
        (U, "oh im sorry"),
        (C, "my husband doesnt even know i havent told him i cant face it"),
        (U, "i hope its okay"),
    ]),
    ("w10", "cafe", [], "NOT rushed: one suggestion and a receipt far apart", [
        (U, "a pot of tea please"),
        (C, "the scones are fresh out if you fancy one"),
        (U, "go on then"),
        (C, "jam and cream"),
        (U, "yes please"),
        (C, "lovely sit where you like ill bring it over"),
        (U, "thanks"),
        (C, "did you want a receipt", {"pause": 25.0}),
        (U, "no ta"),
    ]),
    ("w11", "supermarket", ["repeated_question"], "bags asked twice, second with the auxiliary dropped", [
        (C, "you alright for bags"),
        (U, "yeah ive got my own"),
        (C, "lovely any cashback today"),
        (U, "no ta"),
        (C, "need any bags"),
        (U, "no i said ive got my own"),
    ]),
    ("w12", "toy shop", [], "NOT gossip: customer asks after a colleague, cashier answers plainly", [
        (U, "is sandra still off"),
        (C, "she is but shes on the mend back next week"),
        (U, "oh good send her my best"),
        (C, "will do thats twelve ninety nine"),
    ]),
]


if __name__ == "__main__":
    build("heldout11", HELDOUT11, 111)
