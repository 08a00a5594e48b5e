#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's SECOND held-out set: written after tuning on the first, never tuned on.

New shops and new wording, with hard "not" cases. Same format and timing model as
/work/shared/conversations/build_dev.py: 2.6 words/s, rushed cashier 3.4 words/s,
~1 s between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
Writes heldout2.jsonl and heldout2_labels.json next to itself.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import C, R, U, build  # the shared timing model and speaker names

CONVERSATIONS = [
    ("k01", "tyre garage", ["gossip"], "mechanic's divorce and debts", [
        (C, "right the front two are done you were lucky mick was in today"),
        (U, "oh is he the one who normally does it"),
        (C, "yeah poor sod his missus has taken him to the cleaners in the divorce and hes borrowing off everyone here"),
        (U, "oh dear"),
        (C, "so thats one hundred and sixty for the pair"),
    ]),
    ("k02", "ice cream kiosk", [], "NOT rushed: one topping offer, chat about the beach", [
        (U, "two ninety nines please"),
        (C, "coming up do you want sauce on them"),
        (U, "strawberry on one please"),
        (C, "lovely day for the beach are you down for the week"),
        (U, "just the day we drove up from leicester this morning"),
        (C, "long way enjoy the sunshine thats five pounds"),
    ]),
    ("k03", "train ticket office", ["repeated_question"], "railcard asked again after answer", [
        (C, "morning where to"),
        (U, "return to york please"),
        (C, "have you got a railcard with you"),
        (U, "no i dont have one"),
        (C, "okay off peak or anytime"),
        (U, "off peak is fine"),
        (C, "and do you hold any kind of railcard"),
        (U, "no as i said"),
        (C, "right thats forty two fifty"),
    ]),
    ("k04", "wine shop", ["rushed_upsell"], "case discount, tasting club, gift box, email, glasses", [
        (U, "just this bottle of rioja please"),
        (C, "if you buy six you get twenty percent off and our tasting club is only five pounds a month", {"rate": 3.4}),
        (U, "oh no thanks", R),
        (C, "would you like a gift box for that and can i take your email for our newsletter", R),
        (U, "no", R),
        (C, "and we have the glasses on offer two for ten", R),
        (U, "just the wine", R),
    ]),
    ("k05", "barber", [], "NOT gossip: customer talks about his own divorce, barber stays kind", [
        (C, "usual is it short back and sides"),
        (U, "yes please im trying to look smart for court next week my divorce hearing"),
        (C, "ah sorry to hear that mate well have you looking sharp anyway"),
        (U, "cheers its been a rough year"),
        (C, "hope it all goes smoothly for you thats fifteen pound"),
    ]),
    ("k06", "stationery", ["repeated_question"], "asks again who the card is for", [
        (C, "hi is the card for someone in particular"),
        (U, "my grandad hes turning ninety"),
        (C, "ninety wow well these gold ones are popular for the big birthdays"),
        (U, "ill take the gold one then"),
        (C, "great and who is the card going to"),
        (U, "my grandad like i said"),
    ]),
    ("k07", "supermarket", ["gossip"], "colleague's drinking, stealing", [
        (U, "just these bits please"),
        (C, "sorry about the wait we are short again because dave didnt turn up"),
        (U, "oh right"),
        (C, "dont repeat this but he was caught taking vodka from the stockroom and hes always hungover on mondays"),
        (U, "blimey"),
        (C, "eight forty two please"),
    ]),
    ("k08", "museum shop", [], "NOT repeat: two different questions about postage and size", [
        (U, "can i get this print please"),
        (C, "of course would you like it rolled in a tube"),
        (U, "yes please"),
        (C, "and are you taking it with you or shall we post it"),
        (U, "ill take it with me"),
        (C, "lovely thats twelve pounds"),
    ]),
    ("k09", "furniture store", ["rushed_upsell"], "fabric protection, finance, delivery upgrade, cushions, card", [
        (U, "wed like to order the grey corner sofa"),
        (C, "great choice do you want to add our fabric protection its ninety nine and weve got four years interest free finance", {"rate": 3.4}),
        (U, "um maybe", R),
        (C, "and premium delivery is only forty extra plus matching cushions are half price and you can open a store card today for an extra ten percent", R),
        (U, "thats a lot to take in", R),
    ]),
    ("k10", "nail salon", [], "NOT gossip: colleague recommended for nail art", [
        (U, "hi have you got space for a gel manicure"),
        (C, "yes lucy can take you in ten minutes shes brilliant at nail art if you want something fancy"),
        (U, "ooh maybe some flowers then"),
        (C, "shes the best for that take a seat and pick a colour"),
    ]),
    ("k11", "hotel bar", ["gossip"], "guest in room twelve, affair", [
        (U, "a gin and tonic please"),
        (C, "sure thing see the chap in the corner with the blonde"),
        (U, "yes"),
        (C, "hes married that isnt his wife she checks in every time his wife is away on business"),
        (U, "really"),
        (C, "eight fifty please"),
    ]),
    ("k12", "pharmacy", [], "NOT rushed, NOT repeat: advice questions of the same shape", [
        (U, "something for sunburn please"),
        (C, "is it bad is there any blistering"),
        (U, "no just red and sore"),
        (C, "have you been drinking plenty of water"),
        (U, "not really"),
        (C, "then try this aftersun and drink lots today thats four ninety nine"),
    ]),
]


def main():
    build("heldout2", CONVERSATIONS, 11)


if __name__ == "__main__":
    main()
