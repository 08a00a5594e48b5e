#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's TWELFTH held-out set: written by coach-2 after the final rules of commit
38b7bf4, scored once and never tuned on (figures in docs/rules.md).

Imagined author: a student who worked city-centre retail in London, writing with capitals
and punctuation (the engine must take that too) — corner shop, pharmacy, coffee bar,
electronics, salon, butcher, shoe shop, newsagent, bar, greengrocer, car hire, cinema.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT12 = [
    ("x01", "corner shop", ["gossip"], "the man upstairs and his crying girlfriend", [
        (U, "Twenty Marlboro Gold and a lighter."),
        (C, "That guy from upstairs was in just before you, yeah?"),
        (U, "Didn't notice."),
        (C, "His girlfriend keeps coming down here crying. I think he's knocking her about, honestly."),
        (U, "That's awful."),
        (C, "Fourteen eighty."),
    ]),
    ("x02", "pharmacy", ["repeated_question"], "asks twice whether they've taken it before", [
        (U, "Can I get something for a migraine?"),
        (C, "Have you taken these before?"),
        (U, "Yes, a few times."),
        (C, "Okay, no more than six in a day."),
        (U, "Sure."),
        (C, "And is this the first time you've had them?"),
        (U, "No, I've had them before."),
    ]),
    ("x03", "coffee bar", ["rushed_upsell"], "large for 50p, loyalty app, pastry two for three", [
        (U, "Flat white, please."),
        (C, "Do you want to make that a large for fifty p?", RR),
        (U, "No.", R),
        (C, "We've got a loyalty app too, and would you like to add a pastry? Two for three pounds.", R),
        (U, "Just the coffee.", R),
        (C, "Any donation to the shelter today?", R),
    ]),
    ("x04", "electronics", [], "NOT rushed: one tailored suggestion, bag after a chat", [
        (U, "I'll take this laptop."),
        (C, "Good choice. If you're carrying it to uni, a padded sleeve is worth having."),
        (U, "I've got one already."),
        (C, "Perfect. What are you studying?"),
        (U, "Architecture."),
        (C, "Oh, you'll need the power then. Do you want a bag for it?", {"pause": 10.0}),
        (U, "Yes please."),
    ]),
    ("x05", "salon reception", ["gossip"], "the manager fiddling the tips", [
        (U, "Hi, I'm booked in with Maria at two."),
        (C, "She's just finishing. Between us, the manager's been fiddling the tips for months."),
        (U, "Oh no."),
        (C, "We're all going to the union about it."),
        (U, "Good luck."),
    ]),
    ("x06", "butcher", [], "NOT repeat: 'you what?' then asked again", [
        (C, "How many chops?"),
        (U, "You what?"),
        (C, "How many chops d'you want?"),
        (U, "Six, please."),
        (C, "Lovely. Nine quid."),
    ]),
    ("x07", "shoe shop", ["repeated_question"], "shoe size asked again in other words", [
        (U, "Can I try these in the window?"),
        (C, "Sure, what size are you?"),
        (U, "A seven."),
        (C, "I'll grab them from the back."),
        (U, "Thanks."),
        (C, "And what do you normally take in trainers?"),
        (U, "Seven."),
    ]),
    ("x08", "newsagent", [], "NOT gossip: talk about the library closing, no private lives", [
        (U, "The Standard, please. Shame about the library closing."),
        (C, "I know, my kids used to go every Saturday."),
        (U, "Council cuts."),
        (C, "Yeah. That's free, the Standard."),
    ]),
    ("x09", "bar", ["gossip"], "the bartender's own night: thrown out, slept at the ex's", [
        (U, "Two pints of lager, please."),
        (C, "Sorry, I'm so hungover. My flatmate threw me out last night."),
        (U, "Oh dear."),
        (C, "I ended up sleeping at my ex's, total mess, don't ask."),
        (U, "Ha, okay."),
        (C, "Eleven forty."),
    ]),
    ("x10", "greengrocer", [], "NOT rushed: one seasonal recommendation", [
        (U, "A punnet of raspberries."),
        (C, "The strawberries are lovely today too, just came in."),
        (U, "Go on, one of each."),
        (C, "Four pounds, love."),
    ]),
    ("x11", "car hire", ["repeated_question"], "additional drivers asked twice", [
        (U, "I've got a booking under Shah."),
        (C, "Found it. Will anyone else be driving?"),
        (U, "Just me."),
        (C, "Great, and can I see your licence?"),
        (U, "Here."),
        (C, "Any additional drivers?"),
        (U, "No, only me."),
    ]),
    ("x12", "cinema", ["rushed_upsell"], "VIP upgrade, large combo, unlimited card", [
        (U, "One for the seven o'clock, please."),
        (C, "Do you want to upgrade to VIP seats?", RR),
        (U, "No.", R),
        (C, "The large combo is only two pounds more.", R),
        (U, "I'm okay.", R),
        (C, "And have you got our Unlimited card? You'd save on every film.", R),
    ]),
]


if __name__ == "__main__":
    build("heldout12", HELDOUT12, 121)
