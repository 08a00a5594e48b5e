#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's TENTH held-out set: written by coach-2 after the final rules of commit
58ac3ac, scored once and never tuned on (figures in docs/rules.md).

Imagined author: someone who has worked tills abroad — Australian, Indian English and
teenage café registers next to British ones — in shops the other sets do not visit
(key cutting, barber, ice-cream van, airport kiosk, launderette, pet groomer,
stationery, farm shop, nail salon, hotel bar, phone accessories). Recogniser style.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT10 = [
    ("v01", "key cutting (Australian)", ["gossip"], "the previous customer's wife changed the locks; caught out with the barmaid", [
        (U, "can you cut a copy of this key"),
        (C, "no worries mate funny that bloke before you was after the same thing his missus changed the locks on him"),
        (U, "oh yeah"),
        (C, "reckon she finally caught him out with the barmaid from the pub heaps of people saw them"),
        (U, "right"),
        (C, "thats eight bucks"),
    ]),
    ("v02", "barber", ["repeated_question"], "asks again how the hair is to be cut", [
        (C, "right mate how do you want it today"),
        (U, "short back and sides bit longer on top"),
        (C, "no worries been busy"),
        (U, "not too bad"),
        (C, "so what are we doing with it today"),
        (U, "short back and sides like i said"),
    ]),
    ("v03", "ice cream van", [], "NOT rushed: one add-on question", [
        (U, "a ninety nine please"),
        (C, "strawberry sauce on it"),
        (U, "go on then"),
        (C, "there you go two fifty"),
    ]),
    ("v04", "airport kiosk", ["rushed_upsell"], "neck pillow half price, meal deal, travel rewards", [
        (U, "just a bottle of water"),
        (C, "would you like a neck pillow with that theyre half price with any drink", RR),
        (U, "no", R),
        (C, "the meal deal is only five pounds if you want a sandwich", R),
        (U, "im fine", R),
        (C, "and have you joined our travel rewards you get points on every flight", R),
    ]),
    ("v05", "launderette", ["gossip"], "the family in flat nine: rent arrears and the dad's drinking", [
        (U, "can i get change for the machines"),
        (C, "course you know the family in flat nine"),
        (U, "vaguely"),
        (C, "they owe months of rent the council are after them and the dads been drinking since he lost his job"),
        (U, "thats sad"),
    ]),
    ("v06", "pet groomer", [], "NOT gossip: warm words about the customer's dog and the groomer's own", [
        (U, "im picking up bella"),
        (C, "shes been an angel shes had a bath and a trim my own dog is never that good"),
        (U, "ha thank you"),
        (C, "thats thirty five please"),
    ]),
    ("v07", "stationery shop", ["repeated_question"], "work or school asked again", [
        (U, "i need some pens and a folder"),
        (C, "are they for work or school"),
        (U, "school my daughters starting year seven"),
        (C, "exciting these gel pens are really popular"),
        (U, "ill take them"),
        (C, "so these are for school then"),
        (U, "yes for school"),
    ]),
    ("v08", "farm shop", [], "NOT repeat: 'how many eggs' then 'how many sausages'", [
        (U, "eggs and some sausages please"),
        (C, "how many eggs"),
        (U, "a dozen"),
        (C, "and how many sausages"),
        (U, "eight"),
        (C, "lovely thats nine pounds twenty"),
    ]),
    ("v09", "nail salon", ["gossip"], "cashier's own jealous boyfriend", [
        (U, "hi i have a three oclock"),
        (C, "sorry im all flustered my boyfriend was kicking off on the phone hes been going through my phone again"),
        (U, "oh no"),
        (C, "he thinks im seeing someone from the gym honestly im done with him"),
        (U, "good for you"),
    ]),
    ("v10", "hotel bar", [], "NOT gossip: the customer gossips about other guests, the bartender deflects", [
        (U, "did you see that couple by the window theyve been arguing all night i reckon hes cheating"),
        (C, "couldnt say what can i get you"),
        (U, "gin and tonic"),
        (C, "coming up"),
    ]),
    ("v11", "phone accessories (Indian English)", ["rushed_upsell"], "screen guard, back cover offer, warranty, mobile number", [
        (U, "i want this charger"),
        (C, "sir you want screen guard also we are having offer on back covers", RR),
        (U, "no", R),
        (C, "extended warranty is only five hundred rupees for one year", R),
        (U, "no no", R),
        (C, "give your mobile number for the bill please", R),
    ]),
    ("v12", "cafe (teen)", ["repeated_question"], "milk asked again", [
        (C, "hey whats up what can i get you"),
        (U, "iced latte"),
        (C, "cool what milk"),
        (U, "oat"),
        (C, "any syrup"),
        (U, "no"),
        (C, "and is that with oat or normal milk"),
        (U, "oat"),
    ]),
]


if __name__ == "__main__":
    build("heldout10", HELDOUT10, 101)
