#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's FIFTH held-out set: written after the final rules; scored once, never tuned on.

New shops and new wording, with hard "not" cases. Same format and timing model as
/work/shared/conversations/build_dev.py: 2.6 words/s, rushed cashier 3.4 words/s,
~1 s between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
Writes heldout5.jsonl and heldout5_labels.json next to itself.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import C, R, U, build  # the shared timing model and speaker names

CONVERSATIONS = [
    ("p01", "dentist reception", ["gossip"], "another patient's teeth and her husband", [
        (U, "hi im here for my check up at ten"),
        (C, "lovely take a seat you just missed mrs jones shes having all her teeth out"),
        (U, "oh right"),
        (C, "between ourselves her husband wont pay for implants he spends it all at the races"),
        (U, "goodness"),
        (C, "the dentist wont be long"),
    ]),
    ("p02", "car wash", ["rushed_upsell"], "wax, interior valet, air freshener, membership, tyre shine", [
        (U, "just a basic wash please"),
        (C, "sure would you like the hot wax for three pounds extra and weve got an interior valet deal on today", {"rate": 3.4}),
        (U, "no", R),
        (C, "can i add an air freshener and do you want to join our monthly wash club its unlimited washes", R),
        (U, "just the basic", R),
        (C, "and tyre shine is only a pound", R),
    ]),
    ("p03", "gift shop", [], "NOT repeat: confirms the name for engraving after hearing it", [
        (U, "could you engrave this with a name"),
        (C, "of course what name would you like"),
        (U, "eleanor"),
        (C, "how do you spell that"),
        (U, "e l e a n o r"),
        (C, "perfect itll be ready in twenty minutes"),
    ]),
    ("p04", "pub kitchen hatch", ["repeated_question"], "asks again how the steak is cooked", [
        (C, "how would you like your steak cooked"),
        (U, "medium rare please"),
        (C, "chips or new potatoes with it"),
        (U, "chips please"),
        (C, "great and how do you want the steak done"),
        (U, "medium rare"),
    ]),
    ("p05", "library desk", [], "NOT gossip: colleague helps find a book", [
        (U, "im looking for books on local history"),
        (C, "my colleague ahmed knows that section best ill ask him to show you"),
        (U, "thank you"),
        (C, "hes just over there by the maps"),
    ]),
    ("p06", "convenience store", ["gossip"], "cashier's own money drama", [
        (U, "just the milk and bread"),
        (C, "sorry im distracted my landlord is evicting me next month and i owe my brother two grand"),
        (U, "oh thats awful"),
        (C, "and my car failed its mot so im totally broke"),
        (U, "sorry to hear that"),
        (C, "two sixty please"),
    ]),
    ("p07", "phone repair", ["repeated_question"], "asks again which model the phone is", [
        (U, "my screen is cracked can you fix it"),
        (C, "what model is the phone"),
        (U, "its an iphone twelve"),
        (C, "okay we have that screen in stock"),
        (U, "how long will it take"),
        (C, "about an hour and which phone model is it again"),
        (U, "twelve"),
    ]),
    ("p08", "bakery", [], "NOT rushed: two offers with a long relaxed chat between", [
        (U, "a loaf of sourdough please"),
        (C, "would you like it sliced"),
        (U, "yes please"),
        (C, "off anywhere nice today"),
        (U, "just the park with the grandkids"),
        (C, "lovely the ducks will be after that bread then and we have iced buns on offer if they want a treat"),
        (U, "ha maybe next time"),
        (C, "no problem three ten please", {"pause": 8.0}),
    ]),
    ("p09", "electronics", ["rushed_upsell"], "case, protector, charger, insurance, trade-in", [
        (U, "ill take this tablet"),
        (C, "want a case with that and a screen protector theyre both half price with a tablet", {"rate": 3.4}),
        (U, "no", R),
        (C, "a fast charger is twenty pounds and our accidental damage cover is four pounds a month", R),
        (U, "no thanks", R),
        (C, "and have you got an old device to trade in for credit", R),
    ]),
    ("p10", "florist", [], "NOT gossip: customer talks about her late mother, florist is kind", [
        (U, "id like some flowers for my mums grave"),
        (C, "im so sorry what were her favourites"),
        (U, "she loved yellow roses"),
        (C, "then lets do a little bunch of yellow roses with some white gypsophila"),
        (U, "thats perfect"),
    ]),
]


def main():
    build("heldout5", CONVERSATIONS, 19)


if __name__ == "__main__":
    main()
