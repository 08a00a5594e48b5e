#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's NINTH held-out set: written by coach-2 after the rules of commit 7e79675,
scored once before any change for it (first-run figures in docs/rules.md).

Imagined author: a customer-service trainer who writes subtler cases — gossip without
the usual rumour words, paraphrases that share no content word, a cashier's own
troubles told in passing — in mixed registers, recogniser style (lower case, no
punctuation, numbers as words). Same timing model as the other builders.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT9 = [
    ("t01", "optician", ["gossip"], "another customer's husbands, between us", [
        (U, "hello im collecting my glasses"),
        (C, "lovely whats the name"),
        (U, "karen hughes"),
        (C, "here they are youre the second karen today the other one was the woman from the chippy shes on her third husband now"),
        (U, "ha"),
        (C, "and between us the second one left her for her own sister"),
        (U, "goodness"),
    ]),
    ("t02", "bike shop", ["repeated_question"], "asks again what riding they do", [
        (U, "i need some new tyres"),
        (C, "what kind of riding do you mainly do road or trails"),
        (U, "mostly road commuting"),
        (C, "these are puncture resistant theyre popular with commuters"),
        (U, "sounds good"),
        (C, "so is it mostly road riding you do"),
        (U, "yes road"),
    ]),
    ("t03", "hotel reception", [], "NOT repeat: 'pardon' then the request again", [
        (U, "checking in please the name is okafor"),
        (C, "welcome can i see some id"),
        (U, "pardon"),
        (C, "could i see some photo id please"),
        (U, "here you go"),
        (C, "thank you youre in room two one four"),
    ]),
    ("t04", "takeaway counter", ["rushed_upsell"], "make it a meal, family bucket deal, app discount", [
        (U, "a chicken burger please"),
        (C, "do you want to make it a meal for two pounds more", RR),
        (U, "no", R),
        (C, "weve got the family bucket deal on as well its great value", R),
        (U, "just the burger", R),
        (C, "and if you download our app you get ten percent off your next order", R),
    ]),
    ("t05", "petrol station", [], "NOT gossip: cashier's brother named warmly about the customer's car", [
        (U, "pump four please"),
        (C, "lovely motor that my brothers got the same one he swears by it"),
        (U, "yeah its been great"),
        (C, "forty two pounds please"),
    ]),
    ("t06", "hairdresser reception", ["gossip"], "slander about a stylist colleague", [
        (U, "can i book a cut for saturday"),
        (C, "i wouldnt book with tracey to be honest shes been off her head on something all week"),
        (U, "oh"),
        (C, "she nearly took a girls ear off on tuesday and the boss hasnt got a clue"),
        (U, "right ill have someone else then"),
    ]),
    ("t07", "toy shop", ["repeated_question"], "present asked again as giving it to someone", [
        (U, "ive been looking at this lego set"),
        (C, "is it a present"),
        (U, "yes for my nephew"),
        (C, "hell love it its one of our best sellers"),
        (U, "good"),
        (C, "are you giving it to someone or is it for you"),
        (U, "for my nephew"),
    ]),
    ("t08", "wine shop", [], "NOT rushed: one tailored recommendation and a bag", [
        (U, "a bottle of red for a roast beef dinner"),
        (C, "this rioja would go beautifully with beef"),
        (U, "perfect"),
        (C, "having people round"),
        (U, "just the in laws"),
        (C, "good luck then do you need a bag"),
        (U, "no thanks"),
    ]),
    ("t09", "building society counter", ["gossip"], "cashier's own break-up and sofa surfing", [
        (U, "id like to pay this into my account"),
        (C, "excuse me im all over the place me and my partner are splitting and im sofa surfing at my mums"),
        (U, "oh im sorry"),
        (C, "he kept the flat and the dog and left me with the credit card bill"),
        (U, "thats rough"),
        (C, "anyway thats in for you now"),
    ]),
    ("t10", "florist", ["repeated_question"], "occasion asked again as what the flowers are for", [
        (U, "can i get a bouquet"),
        (C, "of course whats the occasion"),
        (U, "my wifes birthday"),
        (C, "lovely we have some gorgeous tulips in"),
        (U, "tulips would be nice"),
        (C, "and what are the flowers for"),
        (U, "her birthday"),
    ]),
    ("t11", "bookshop", [], "NOT gossip: customer asks after a staff member, cashier answers plainly", [
        (U, "is jo not working today"),
        (C, "shes off today back tomorrow if you want her to order something for you"),
        (U, "ill pop back tomorrow then"),
        (C, "no problem"),
    ]),
    ("t12", "pharmacy", ["rushed_upsell"], "loyalty card, bogof vitamins, flu jab", [
        (U, "just the paracetamol"),
        (C, "do you have our loyalty card", RR),
        (U, "no", R),
        (C, "would you like to try the new vitamins theyre buy one get one free", R),
        (U, "no thanks", R),
        (C, "and can i interest you in a flu jab were doing them today", R),
    ]),
]


if __name__ == "__main__":
    build("heldout9", HELDOUT9, 91)
