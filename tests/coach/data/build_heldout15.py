#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's FIFTEENTH held-out set: written by coach-4 after the rules of
commit 80d4e68, BEFORE reading the engine, its lexicons or the other held-out sets,
and scored once before any change for it (first-run figures in docs/rules.md).

Imagined author: a retired Yorkshire market trader, a Brummie who works the ticket
office and an Australian barista in a seaside town — market stall, hair salon,
station ticket office, beach cafe, optician, shoe shop, bakery, dry cleaner,
off-licence, farm shop, key cutter, corner shop, hardware, gift shop, sports bar
kiosk, chemist. Recogniser style (lower case, no punctuation), hard "not" cases.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT15 = [
    ("b01", "market stall (Yorkshire)", ["gossip"], "the previous customer's debts, son in prison, wife gone", [
        (U, "pound of tomatoes and a cauli love"),
        (C, "right you are did you clock the bloke before you in the flat cap"),
        (U, "not really"),
        (C, "hes in debt up to his eyeballs that one his lads been locked up twice and the wife walked out on him at christmas"),
        (U, "oh dear"),
        (C, "two pound ten please"),
    ]),
    ("b02", "hair salon reception", ["gossip"], "a stylist's affair with a married man", [
        (U, "im booked in with kayleigh at two"),
        (C, "take a seat shes running late shes been texting her fancy man all morning"),
        (U, "oh right"),
        (C, "between you and me hes married with three kids and his missus comes in here for her highlights"),
        (U, "awkward"),
        (C, "can i take your name for the book"),
    ]),
    ("b03", "station ticket office (Brummie)", ["gossip"], "slates the station manager: useless, skives, fiddles expenses", [
        (U, "an off peak return to york please"),
        (C, "twenty eight forty bab sorry about the queue were short again cos our gaffer cant do a rota to save his life"),
        (U, "ah"),
        (C, "mind you hes never here himself always on the golf course on company time and fiddling his expenses so they reckon"),
        (U, "right"),
        (C, "platform three tara a bit"),
    ]),
    ("b04", "beach cafe (Australian)", ["gossip"], "the barista's own drama: ex emptied the account, sleeping at nan's", [
        (U, "flat white with oat thanks"),
        (C, "no worries sorry if im a bit off today mate my ex cleaned out our joint account on tuesday"),
        (U, "oh no thats awful"),
        (C, "yeah and now im crashing on me nans couch till the cops sort it out"),
        (U, "hope it works out"),
        (C, "four eighty"),
    ]),
    ("b05", "optician", ["repeated_question"], "whether they drove, asked again as 'parked round the back then'", [
        (U, "im here to pick up my new glasses"),
        (C, "lovely did you drive in today"),
        (U, "no my daughter dropped me off"),
        (C, "lets pop them on how do they feel on the nose"),
        (U, "a bit tight"),
        (C, "ill ease the arms there and youre parked round the back then"),
        (U, "no i said my daughter brought me"),
    ]),
    ("b06", "shoe shop", ["repeated_question"], "shoe size asked again as an either-or", [
        (U, "have you got these trainers in black"),
        (C, "we should what size are you after"),
        (U, "a seven please"),
        (C, "ill have a look out back do you want to try the grey as well"),
        (U, "just the black"),
        (C, "okay and is it a six or a seven youre wearing"),
        (U, "seven"),
    ]),
    ("b07", "bakery", ["repeated_question"], "the occasion asked twice, first verbless", [
        (U, "can i order a cake for saturday"),
        (C, "course celebrating something"),
        (U, "my lads eighteenth"),
        (C, "chocolate sponge or vanilla"),
        (U, "chocolate"),
        (C, "lovely and whats the occasion a birthday"),
        (U, "yes his eighteenth"),
    ]),
    ("b08", "dry cleaner", ["repeated_question"], "the deadline asked again as 'in a hurry for it'", [
        (U, "can you do this suit"),
        (C, "when do you need it back"),
        (U, "friday morning its for a wedding"),
        (C, "any stains i should know about"),
        (U, "red wine on the cuff"),
        (C, "right and are you in a hurry for it"),
        (U, "friday like i said"),
    ]),
    ("b09", "off-licence", ["rushed_upsell"], "scratchcard, crisps deal, ice, rewards app", [
        (U, "four cans of the lager please"),
        (C, "fancy a scratchcard with that", RR),
        (U, "nah", R),
        (C, "crisps are two for a pound today", R),
        (U, "no", R),
        (C, "bag of ice for a quid", R),
        (U, "no mate", R),
        (C, "and are you on our rewards app", R),
    ]),
    ("b10", "farm shop", ["rushed_upsell"], "veg box subscription, newsletter email, raffle", [
        (U, "just the eggs and a loaf"),
        (C, "have you heard about our weekly veg box", RR),
        (U, "er no", R),
        (C, "can i put your email down for the newsletter", R),
        (U, "no thanks", R),
        (C, "raffle tickets for the air ambulance are a pound a strip", R),
    ]),
    ("b11", "key cutter", ["rushed_upsell"], "key ring, protector spray, card, review", [
        (U, "two copies of this key please"),
        (C, "want a key ring to go with them", RR),
        (U, "no", R),
        (C, "weve got suede protector spray on offer", R),
        (U, "no ta", R),
        (C, "do you want a loyalty card every tenth key free", R),
        (U, "no", R),
        (C, "and if you could leave us a review online", R),
    ]),
    ("b12", "corner shop", [], "NOT gossip: the customer's own bad news, kind reply", [
        (U, "just the paper and a pint of milk ive been laid off at the plant so im cutting back"),
        (C, "oh im sorry to hear that thats rotten luck"),
        (U, "the wifes not speaking to me either"),
        (C, "itll come good you know have the milk on me today"),
        (U, "cheers thats kind"),
    ]),
    ("b13", "hardware", [], "NOT rushed: one tailored recommendation, receipt later", [
        (U, "a tin of white paint"),
        (C, "what room is it for"),
        (U, "the bathroom"),
        (C, "then youll want this one its got a mould guard in it"),
        (U, "oh good idea ill take that one"),
        (C, "doing it yourself"),
        (U, "yeah this weekend"),
        (C, "good luck with it want the receipt", {"pause": 5.0}),
        (U, "no ta"),
    ]),
    ("b14", "gift shop", [], "NOT repeat: asked again because the customer answered something else", [
        (U, "this candle please"),
        (C, "is it for yourself"),
        (U, "do you have it in the bigger size"),
        (C, "only this one im afraid is it for yourself though or a gift"),
        (U, "its a gift"),
        (C, "ill pop it in a box"),
    ]),
    ("b15", "sports bar kiosk", [], "NOT gossip: the weather and a footballer's bad game", [
        (U, "a pint of bitter"),
        (C, "grim out there isnt it its been chucking it down all day"),
        (U, "typical"),
        (C, "did you see the match last night that new striker couldnt hit a barn door useless he was"),
        (U, "dont remind me"),
        (C, "four twenty"),
    ]),
    ("b16", "chemist", [], "NOT gossip: customer asks after a missing colleague, cashier stays brief and neutral", [
        (U, "wheres the lass who is usually on is she poorly"),
        (C, "no shes on her holidays back monday"),
        (U, "oh thats nice i thought shed left"),
        (C, "no no what can i get you"),
        (U, "some throat lozenges"),
    ]),
]


if __name__ == "__main__":
    build("heldout15", HELDOUT15, 151)
