#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's FOURTH held-out set: written last, after all tuning; scored once, never tuned on.

New shops and new wording, with hard "not" cases. Same format and timing model as
/work/shared/conversations/build_dev.py: 2.6 words/s, rushed cashier 3.4 words/s,
~1 s between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
Writes heldout4.jsonl and heldout4_labels.json next to itself.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import C, R, U, build  # the shared timing model and speaker names

CONVERSATIONS = [
    ("n01", "chemist", ["gossip"], "discloses a neighbour's prescription", [
        (U, "ive come for my repeat prescription"),
        (C, "no problem funny enough your neighbour from number twelve was in earlier"),
        (U, "oh mrs patel"),
        (C, "yes shes on the strong antidepressants now since her son stopped speaking to her poor thing"),
        (U, "oh i didnt know"),
        (C, "anyway heres yours"),
    ]),
    ("n02", "hardware", [], "NOT gossip: the owner's advice passed on", [
        (U, "what glue would work on a broken mug"),
        (C, "the boss always says this two part epoxy is the one for ceramics"),
        (U, "great ill try that"),
        (C, "four ninety nine then"),
    ]),
    ("n03", "takeaway", ["repeated_question"], "spice level asked twice", [
        (U, "chicken jalfrezi and a pilau rice please"),
        (C, "how hot would you like it mild medium or hot"),
        (U, "medium please"),
        (C, "any poppadoms"),
        (U, "two please"),
        (C, "lovely and how spicy do you want the jalfrezi"),
        (U, "medium i said"),
    ]),
    ("n04", "garden centre", ["rushed_upsell"], "compost deal, feed, club, app, raffle", [
        (U, "just these tomato plants please"),
        (C, "do you want some grow bags with those theyre three for ten and the tomato feed is half price", {"rate": 3.4}),
        (U, "no", R),
        (C, "are you in our garden club you get money off and you can download the app for points", R),
        (U, "no thanks", R),
        (C, "and raffle tickets for the hospice are a pound each", R),
        (U, "just the plants", R),
    ]),
    ("n05", "butcher", [], "NOT rushed: a single suggestion and a cooking tip", [
        (U, "a leg of lamb for sunday please"),
        (C, "how many are you feeding"),
        (U, "six of us"),
        (C, "this one will do nicely some fresh rosemary with it is lovely we have some by the till"),
        (U, "oh go on then"),
        (C, "twenty six pounds altogether"),
    ]),
    ("n06", "optician", ["repeated_question"], "asks about contact lenses again", [
        (C, "do you wear contact lenses at all"),
        (U, "no only glasses"),
        (C, "okay lets get you in for the eye test"),
        (U, "great"),
        (C, "and have you ever used contacts"),
        (U, "no never"),
    ]),
    ("n07", "bar", ["gossip"], "the landlord's drinking and his marriage", [
        (U, "half a lager please"),
        (C, "sure the landlords not in tonight thank god"),
        (U, "oh why"),
        (C, "hes usually plastered by nine and his wife is threatening to leave him over it"),
        (U, "oh dear"),
        (C, "two eighty please"),
    ]),
    ("n08", "bookshop", [], "NOT a repeat: customer asks twice, cashier answers", [
        (U, "do you have anything by sally rooney"),
        (C, "yes theyre in fiction under r"),
        (U, "sorry under what"),
        (C, "r for rooney just by the window"),
        (U, "thanks"),
    ]),
    ("n09", "travel agent", ["rushed_upsell"], "insurance, upgrade, car hire, transfers, newsletter", [
        (U, "wed like to book the majorca package"),
        (C, "perfect would you like travel insurance with that and we can upgrade you to sea view for fifty pounds", {"rate": 3.4}),
        (U, "erm", R),
        (C, "car hire is discounted if you book today and airport transfers are only twenty each and can i sign you up to our newsletter", R),
        (U, "can we just do the holiday", R),
    ]),
    ("n10", "post office", [], "NOT gossip: cashier chats about the customer's grandson abroad", [
        (U, "this is going to my grandson in australia"),
        (C, "oh lovely is he living out there"),
        (U, "yes he moved for work last year"),
        (C, "good for him hope hes enjoying the sunshine thatll be fourteen pounds"),
    ]),
    ("n11", "salon", ["gossip"], "mocks a client's weight and money", [
        (U, "hiya i booked a trim"),
        (C, "come on through did you pass that lady leaving"),
        (U, "the one in the red coat"),
        (C, "yeah shes piled on the weight since her divorce and she never tips she cant afford to"),
        (U, "oh"),
    ]),
    ("n12", "coffee van", [], "NOT rushed: loyalty card mentioned once at the end", [
        (U, "a cappuccino please"),
        (C, "coming up lovely morning for it"),
        (U, "isnt it im walking the dog round the lake"),
        (C, "nice there you go and if you want a stamp card every tenth coffee is free"),
    ]),
]


def main():
    build("heldout4", CONVERSATIONS, 17)


if __name__ == "__main__":
    main()
