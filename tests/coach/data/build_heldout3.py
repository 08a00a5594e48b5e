#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's THIRD held-out set: written after all tuning; scored once, never tuned on.

New shops and new wording, with hard "not" cases. Same format and timing model as
/work/shared/conversations/build_dev.py: 2.6 words/s, rushed cashier 3.4 words/s,
~1 s between turns, 0.2-0.4 s inside a rushed burst, 30 s between conversations.
Writes heldout3.jsonl and heldout3_labels.json next to itself.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import C, R, U, build  # the shared timing model and speaker names

CONVERSATIONS = [
    ("m01", "greengrocer", ["gossip"], "customer before: husband in prison", [
        (U, "a bag of carrots and some leeks please"),
        (C, "here you go did you notice the woman with the pram that was just here"),
        (U, "kind of"),
        (C, "her fellas been locked up again for dealing and she is telling everyone hes working away"),
        (U, "oh gosh"),
        (C, "two forty then"),
    ]),
    ("m02", "pharmacy", [], "NOT gossip: pharmacist explains a medicine interaction for the customer's dad", [
        (U, "is it okay for my dad to take these with his warfarin"),
        (C, "good question no these can thin the blood further so he should avoid them"),
        (U, "what can he take instead"),
        (C, "paracetamol is usually fine but ask his gp if his pain carries on"),
        (U, "thanks thats really helpful"),
    ]),
    ("m03", "cinema", ["repeated_question"], "seat preference asked again after 'aisle'", [
        (C, "hello which showing would you like"),
        (U, "the seven thirty please"),
        (C, "any preference where you sit"),
        (U, "on the aisle if possible"),
        (C, "okay theres one in row f"),
        (U, "great"),
        (C, "and where would you like to be seated"),
        (U, "the aisle please"),
    ]),
    ("m04", "fuel", ["rushed_upsell"], "screenwash, meal deal, lottery, loyalty and charity in one go", [
        (U, "pump three please"),
        (C, "thats sixty pounds do you need any screenwash its two for five and the meal deal is three ninety nine today", {"rate": 3.4}),
        (U, "no", R),
        (C, "lottery ticket tonight its a big jackpot and have you got your points card", R),
        (U, "no", R),
        (C, "would you like to round it up for the hospice", R),
        (U, "no thank you", R),
    ]),
    ("m05", "bakery", [], "NOT rushed: asks about a cake order once, warm chat", [
        (U, "six of the iced buns please"),
        (C, "of course are these for a party"),
        (U, "my daughters class its her last day at primary school"),
        (C, "oh bless thats a big day if you ever need a proper cake we do orders too"),
        (U, "ill keep that in mind"),
        (C, "three sixty please"),
    ]),
    ("m06", "hardware", ["repeated_question"], "asks again whether indoor or outdoor", [
        (U, "i need some paint for a fence"),
        (C, "is it for inside or outside"),
        (U, "outside its the garden fence"),
        (C, "okay this range is good on wood"),
        (U, "does it come in green"),
        (C, "yes sage or forest and is this going outdoors or indoors"),
        (U, "outdoors its a fence"),
    ]),
    ("m07", "clothes shop", ["gossip"], "cashier's own drama: affair and money", [
        (U, "just this jumper please"),
        (C, "sorry if im a bit off today i found out my boyfriend has been cheating with my best mate"),
        (U, "oh no"),
        (C, "and hes cleared out our joint account so i cant even make the rent"),
        (U, "thats terrible"),
        (C, "twenty two pounds please"),
    ]),
    ("m08", "post office", [], "NOT a repeat: asks again after 'what was that'", [
        (C, "would you like proof of postage"),
        (U, "what was that sorry"),
        (C, "do you want a proof of postage receipt"),
        (U, "oh yes please"),
        (C, "there you go its going first class"),
    ]),
    ("m09", "electronics", ["rushed_upsell"], "cables, setup service, insurance, subscription, card", [
        (U, "ill take this tv please"),
        (C, "do you need an hdmi cable with it and we can do the setup at home for forty pounds and the three year cover is just five pounds a month", {"rate": 3.4}),
        (U, "uh", R),
        (C, "plus you get three months of our streaming service free if you sign up today and can i interest you in our credit card", R),
        (U, "just the telly please", R),
    ]),
    ("m10", "cafe", [], "NOT gossip: colleague mentioned re: the customer's order", [
        (U, "a flat white with oat milk please"),
        (C, "sure my colleague makes the best latte art shes just doing yours now"),
        (U, "ooh lovely"),
        (C, "three twenty please"),
    ]),
    ("m11", "newsagent", ["gossip"], "regular customer's gambling debts", [
        (U, "the times please"),
        (C, "you know old frank who comes in for his scratchcards"),
        (U, "yes i think so"),
        (C, "hes lost thousands on them and his daughter had to pay off his loans apparently"),
        (U, "oh"),
        (C, "two pounds please"),
    ]),
    ("m12", "garden centre", [], "NOT a repeat: similar-shaped plant questions", [
        (U, "whats good for a shady corner"),
        (C, "how much sun does it get"),
        (U, "barely any"),
        (C, "is the soil damp or dry"),
        (U, "quite damp"),
        (C, "then ferns or hostas would be happy there"),
    ]),
]


def main():
    build("heldout3", CONVERSATIONS, 13)


if __name__ == "__main__":
    main()
