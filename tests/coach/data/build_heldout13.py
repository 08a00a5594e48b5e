#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's THIRTEENTH held-out set: written by coach-2 after the final rules of
commit 0f49bbf, scored once and never tuned on (figures in docs/rules.md).

Imagined author: a retired village shopkeeper from the West Country, plus a Canadian
who worked a coffee counter — village shop, market stall, garden centre, coffee
counter, hardware, farm shop, pharmacy, bakery, car wash, cafe, optician, newsagent.
Mixed: some lines punctuated, most in recogniser style.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT13 = [
    ("y01", "village shop", ["gossip"], "the vicar's daughter ran off with the postman", [
        (U, "a pint of milk and the gazette"),
        (C, "did you hear about the vicars daughter"),
        (U, "no whats happened"),
        (C, "shes run off with the postman and left the kids with her mum"),
        (U, "never"),
        (C, "one sixty please"),
    ]),
    ("y02", "market stall", ["repeated_question"], "asks twice whether there's a do on", [
        (U, "ill have a dozen of the cupcakes"),
        (C, "are these for a special do"),
        (U, "my sisters fortieth"),
        (C, "lovely pink or blue icing"),
        (U, "pink"),
        (C, "got something on this weekend have you"),
        (U, "the fortieth yes"),
    ]),
    ("y03", "garden centre", [], "NOT rushed: one suggestion about compost", [
        (U, "these tomato plants please"),
        (C, "theyll want a good feed this compost is the one i use at home"),
        (U, "ill stick with mine thanks"),
        (C, "no problem eight pounds"),
    ]),
    ("y04", "coffee counter (Canadian)", ["rushed_upsell"], "combo, roll up the rim, donut for a buck", [
        (U, "a medium double double"),
        (C, "want to make it a combo with a breakfast sandwich", RR),
        (U, "no thanks", R),
        (C, "roll up the rim is on eh you could win a car", R),
        (U, "okay", R),
        (C, "and add a donut for a buck", R),
    ]),
    ("y05", "hardware", [], "NOT gossip: cashier's husband named about the product", [
        (U, "two tins of the sage green"),
        (C, "good choice my husband did our kitchen in this its lovely"),
        (U, "oh nice"),
        (C, "thirty eight pounds then"),
    ]),
    ("y06", "farm shop", ["gossip"], "the woman who just left: banned from the pub for fighting", [
        (U, "half a dozen eggs please"),
        (C, "that woman who just went out shes been banned from the red lion for fighting"),
        (U, "goodness"),
        (C, "her husbands had enough of her i reckon"),
        (U, "oh"),
    ]),
    ("y07", "pharmacy", ["repeated_question"], "other medication asked twice", [
        (U, "can i get some hay fever tablets"),
        (C, "are you on any other medication"),
        (U, "just blood pressure ones"),
        (C, "these are fine with those"),
        (U, "great"),
        (C, "and you are not taking anything else at the moment"),
        (U, "only the blood pressure ones"),
    ]),
    ("y08", "bakery", [], "NOT repeat: 'come again?' then asked again", [
        (C, "sliced or unsliced"),
        (U, "come again"),
        (C, "do you want it sliced"),
        (U, "oh yes please"),
        (C, "two twenty"),
    ]),
    ("y09", "car wash", ["rushed_upsell"], "wax, tyre shine special, unlimited monthly", [
        (U, "just the standard wash"),
        (C, "want to add the hot wax", RR),
        (U, "no", R),
        (C, "tyre shine is on special today", R),
        (U, "no thanks", R),
        (C, "and you could sign up for unlimited washes at twenty a month", R),
    ]),
    ("y10", "cafe", ["gossip"], "the barista's own housing and car trouble", [
        (U, "a cappuccino please"),
        (C, "sorry im a wreck today my landlords selling up and ive got a month to find somewhere"),
        (U, "oh no"),
        (C, "and my car got repossessed on monday"),
        (U, "thats terrible"),
    ]),
    ("y11", "optician", ["repeated_question"], "last eye test asked twice", [
        (U, "i think i need new glasses"),
        (C, "when was your last eye test"),
        (U, "about two years ago"),
        (C, "okay well get you booked in"),
        (U, "thanks"),
        (C, "and how long since you last had your eyes checked"),
        (U, "two years"),
    ]),
    ("y12", "newsagent", [], "NOT gossip: the customer's own worry, the cashier is kind", [
        (U, "just the paper my wifes in hospital so im on my own this week"),
        (C, "oh im sorry to hear that i hope she feels better soon"),
        (U, "thank you"),
        (C, "take care of yourself"),
    ]),
]


if __name__ == "__main__":
    build("heldout13", HELDOUT13, 131)
