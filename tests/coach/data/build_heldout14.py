#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's FOURTEENTH held-out set: written by coach-3 after the rules of
commit 0189f3d, scored once before any change for it (figures in docs/rules.md).

Imagined author: a Welsh student who works Saturdays in retail, plus a Glaswegian
who runs a deli counter — bike shop, deli, phone repair kiosk, toy shop, florist,
petrol station, charity shop, butcher, cinema kiosk, launderette, pet shop, bookshop.
Recogniser style (lower case, no punctuation), hard "not" cases.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT14 = [
    ("z01", "bike shop", ["gossip"], "the mechanic's drinking, told as narrative", [
        (U, "can i pick up the blue road bike"),
        (C, "its not done yet to be honest dai turned up half cut again yesterday"),
        (U, "oh right"),
        (C, "the boss caught him with a can in the workshop apparently its the third time"),
        (U, "when will it be ready then"),
        (C, "tomorrow hopefully"),
    ]),
    ("z02", "deli counter", ["repeated_question"], "who it is for, asked again in other words", [
        (U, "a quarter of the pastrami"),
        (C, "is it for yourself or are you feeding a crowd"),
        (U, "just me and the wife"),
        (C, "grand sliced thin"),
        (U, "please"),
        (C, "how many are you catering for then"),
        (U, "two like i said"),
    ]),
    ("z03", "phone repair kiosk", [], "NOT rushed: screen protector suggested once, case later after chat", [
        (U, "my screens cracked can you fix it"),
        (C, "yes about forty minutes"),
        (U, "great ill get a coffee"),
        (C, "when its done a screen protector would stop this happening again"),
        (U, "maybe"),
        (C, "no pressure have a think over your coffee"),
    ]),
    ("z04", "toy shop", ["rushed_upsell"], "batteries, gift wrap, birthday club, leaflet", [
        (U, "this remote control car please"),
        (C, "need batteries with that", RR),
        (U, "er", R),
        (C, "gift wrapping for two quid", R),
        (U, "no", R),
        (C, "join our birthday club and get a free present", R),
        (U, "no ta", R),
        (C, "and theres a voucher if you fill this in with your email", R),
    ]),
    ("z05", "florist", [], "NOT gossip: the customer's own news, warm reply", [
        (U, "a bunch of lilies please my mum passed last week"),
        (C, "oh im so sorry these will be lovely for her"),
        (U, "thank you"),
        (C, "ill put some extra greenery in no charge"),
    ]),
    ("z06", "petrol station", ["gossip"], "cashier's own money and court trouble", [
        (U, "pump four please"),
        (C, "sixty two forty sorry im all over the place ive got bailiffs coming round"),
        (U, "oh dear"),
        (C, "and im up in front of the magistrates next week for the speeding"),
        (U, "good luck"),
    ]),
    ("z07", "charity shop", ["repeated_question"], "going anywhere nice, asked again as holiday", [
        (U, "just this suitcase"),
        (C, "off somewhere nice"),
        (U, "portugal on friday"),
        (C, "ooh its a good sturdy one that"),
        (U, "yes looks it"),
        (C, "so have you got a holiday coming up"),
        (U, "portugal yes"),
    ]),
    ("z08", "butcher", [], "NOT repeat: different questions of the same shape", [
        (U, "a leg of lamb"),
        (C, "how big do you want it"),
        (U, "about two kilos"),
        (C, "and how do you want it boned or on the bone"),
        (U, "on the bone"),
        (C, "twenty four pounds"),
    ]),
    ("z09", "cinema kiosk", ["rushed_upsell"], "upgrade, combo, membership, app", [
        (U, "two tickets for the eight oclock"),
        (C, "do you want to upgrade to recliners", RR),
        (U, "no", R),
        (C, "popcorn and drink combo is only three more", R),
        (U, "no thanks", R),
        (C, "are you members", R),
        (U, "no", R),
        (C, "download the app for money off next time", R),
    ]),
    ("z10", "launderette", ["gossip"], "the regular customer's husband, judged", [
        (U, "a service wash please"),
        (C, "that fella who was just in hes a nasty piece of work"),
        (U, "is he"),
        (C, "you know what he did he left his missus for her sister"),
        (U, "blimey"),
    ]),
    ("z11", "pet shop", ["repeated_question"], "how are the kids, asked twice", [
        (U, "a bag of the puppy food"),
        (C, "how are the little ones doing"),
        (U, "theyre great the youngest started school"),
        (C, "aw bless anything else for the pup"),
        (U, "a chew toy"),
        (C, "and how are your kids keeping"),
        (U, "fine"),
    ]),
    ("z12", "bookshop", [], "NOT gossip: author talked about, evaluative but public and about the product", [
        (U, "the new one by this author please"),
        (C, "oh shes brilliant her last one was a bit slow but this one is gripping"),
        (U, "good to hear"),
        (C, "nine ninety nine"),
    ]),
]


if __name__ == "__main__":
    build("heldout14", HELDOUT14, 141)
