#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's SIXTEENTH held-out set: written by coach-5 after the rules of
commit f8b34cd, BEFORE reading the engine, its lexicons or the other held-out sets
(only build_heldout15.py and build_heldout678.py were read, for the format), and
scored once before any change for it (first-run figures in docs/rules.md).

Imagined author: a London teenager on a burger counter, a Glaswegian pharmacy
assistant, a Welsh petrol-station cashier and a Cockney in a hardware store —
fast food, pharmacy, hardware, petrol station, phone shop, florist, electrical
store, pet shop, bookshop, launderette, supermarket. Recogniser style (lower case,
no punctuation, filler words "erm", "like", "yeah no"), hard "not" cases.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT16 = [
    ("c01", "burger counter (London teenager)", ["gossip"], "the previous customer: drunk every night, dumped, owes everyone", [
        (U, "erm can i get a cheeseburger meal"),
        (C, "yeah course did you see that guy who just left"),
        (U, "not really"),
        (C, "like he comes in every single night proper wasted and his girlfriend binned him off cos he owes literally everyone money"),
        (U, "oh right"),
        (C, "anyway thats six forty nine"),
    ]),
    ("c02", "pharmacy (Glasgow)", ["gossip"], "a colleague's health and drinking", [
        (U, "is my prescription ready its for campbell"),
        (C, "it will be in a wee minute were short the day cos morag is off wi her nerves again"),
        (U, "och that's a shame"),
        (C, "between us its the bevvy shes been on it every night since her man left"),
        (U, "oh dear"),
        (C, "right here we are hen"),
    ]),
    ("c03", "hardware store (Cockney)", ["gossip"], "slates the area manager: clueless, got the job through the owner's daughter", [
        (U, "box of three inch screws mate"),
        (C, "there you go dont mind the state of the place our new area manager is a proper muppet"),
        (U, "ha"),
        (C, "dont know a drill from a hoover and he only got the job cos hes knocking about with the owners daughter"),
        (U, "right"),
        (C, "four ninety nine"),
    ]),
    ("c04", "petrol station (Welsh)", ["gossip"], "the cashier's own drama: evicted, girlfriend pregnant, her dad", [
        (U, "pump six please"),
        (C, "sorry butt im all over the place today the landlords chucked me out"),
        (U, "oh no"),
        (C, "yeah and my girlfriends expecting and her old man says hes going to batter me when he finds out"),
        (U, "blimey"),
        (C, "fifty two pound ten"),
    ]),
    ("c05", "phone shop", ["repeated_question"], "the current network asked again as a tag question", [
        (U, "i want to upgrade my phone"),
        (C, "no worries who are you with at the minute"),
        (U, "vodafone"),
        (C, "and how much data do you use like roughly"),
        (U, "erm not loads maybe ten gig"),
        (C, "okay so youre on three at the moment innit"),
        (U, "no vodafone"),
    ]),
    ("c06", "florist", ["repeated_question"], "who the flowers are for, asked again verbless", [
        (U, "a bunch of the yellow roses please"),
        (C, "lovely who are they for"),
        (U, "my mum its her birthday"),
        (C, "do you want them wrapped or in water"),
        (U, "wrapped please"),
        (C, "and these are for someone special then"),
        (U, "yeah my mum"),
    ]),
    ("c07", "burger counter", ["repeated_question"], "allergies asked again as a statement with 'yeah'", [
        (U, "chicken wrap and a coke"),
        (C, "any allergies"),
        (U, "no none"),
        (C, "large or regular coke"),
        (U, "regular"),
        (C, "and nothing youre allergic to yeah"),
        (U, "no"),
    ]),
    ("c08", "pharmacy (Glasgow)", ["repeated_question"], "whether they've had the medicine before, asked again as a tag", [
        (U, "can i get the hay fever tablets the strong ones"),
        (C, "have you taken these before"),
        (U, "aye every summer"),
        (C, "any other medication at all"),
        (U, "just my inhaler"),
        (C, "nae bother and first time on these is it"),
        (U, "no i said every summer"),
    ]),
    ("c09", "electrical store", ["rushed_upsell"], "warranty, tech support subscription, survey prize draw", [
        (U, "just this kettle"),
        (C, "do you want the three year cover on that", RR),
        (U, "erm no", R),
        (C, "we do tech help at home as well its only five pound a month", R),
        (U, "no ta", R),
        (C, "and fill in the survey on your receipt youre entered to win five hundred quid", R),
    ]),
    ("c10", "pet shop", ["rushed_upsell"], "pet insurance, app discount, shelter donation", [
        (U, "a bag of the puppy food"),
        (C, "is he insured we can do a month free", RR),
        (U, "no hes fine", R),
        (C, "if you download our app its ten percent off today", R),
        (U, "nah", R),
        (C, "would you like to give a pound to the dogs home", R),
    ]),
    ("c11", "bookshop", ["rushed_upsell"], "book club membership, half price table, newsletter", [
        (U, "just this one"),
        (C, "do you want to join our readers club its twenty a year", RR),
        (U, "no", R),
        (C, "all the crime on the front table is half price", R),
        (U, "im okay", R),
        (C, "can i pop you on our mailing list", R),
    ]),
    ("c12", "launderette", [], "NOT gossip: the manager named in a helpful context", [
        (U, "the dryer ate my two pound coin"),
        (C, "oh no sorry my manager sorted one of those last week shell give you a refund"),
        (U, "brilliant"),
        (C, "shes in tomorrow from nine just ask for lisa shes lovely"),
        (U, "thanks"),
    ]),
    ("c13", "florist", [], "NOT gossip: warm remarks about the customer's husband and their anniversary", [
        (U, "red roses please its our anniversary"),
        (C, "ah thats lovely how many years"),
        (U, "forty years on sunday"),
        (C, "forty wow he must be a good one your husband"),
        (U, "he has his moments"),
        (C, "there you go twenty five please"),
    ]),
    ("c14", "pharmacy", [], "NOT repeat: the protocol questions have the same shape but ask different things", [
        (U, "something for a cough please"),
        (C, "is it for yourself"),
        (U, "yes"),
        (C, "are you taking any other medicines"),
        (U, "no"),
        (C, "and are you pregnant or breastfeeding at all"),
        (U, "no"),
        (C, "this one then twice a day"),
    ]),
    ("c15", "petrol station", [], "NOT rushed: two offers far apart in a relaxed chat", [
        (U, "pump two please"),
        (C, "thirty pound even want to add a car wash"),
        (U, "no thanks"),
        (C, "off anywhere nice", {"pause": 3.0}),
        (U, "down to tenby to see the grandkids"),
        (C, "lush weathers meant to be good there all week"),
        (U, "fingers crossed"),
        (C, "have you got a points card", {"pause": 6.0}),
        (U, "yes here"),
    ]),
    ("c16", "supermarket", [], "NOT gossip or repeat: the cashier's own happy plans, the customer repeats their own question", [
        (U, "do you sell stamps here"),
        (C, "yeah at the kiosk"),
        (U, "you finishing soon"),
        (C, "at six then its my nans eightieth so were all going out for a curry"),
        (U, "ah lovely so the stamps are at the kiosk are they"),
        (C, "yeah just by the door"),
    ]),
]


if __name__ == "__main__":
    build("heldout16", HELDOUT16, 161)
