#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's NINETEENTH held-out set: written by writer-19 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py was read, for the format); scored once before any change for it.

Imagined authors (recogniser style throughout: lower case, no punctuation, numbers as
words, a few dropped or misheard words):
  a chatty Australian in a UK surf/outdoor shop, a retired teacher volunteering in a
  hospice charity shop, a Polish-British cashier in a corner shop, a Liverpool
  hairdresser's reception desk, a DIY superstore returns desk, a motorway services
  coffee kiosk, a bike shop, a pharmacy counter, a dry cleaner's, a takeaway, an
  electronics shop (warranty pitches) and a stationery/card shop.

Sixteen conversations: 4 gossip, 4 repeated_question, 3 rushed_upsell and 5 hard
"not" cases (customer gossips and the cashier deflects; colleague and manager named
in a helpful service context; a re-ask because the customer did not hear plus two
different questions of the same shape; one tailored suggestion; bag and receipt
questions spread over a relaxed chat).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from build_heldout678 import RR, C, R, U, build

HELDOUT19 = [
    (
        "k01",
        "surf and outdoor shop (Australian cashier)",
        ["gossip"],
        "mocks the previous customer's looks, money and company; no stock opener",
        [
            (C, "gday mate just the wax and the leash is it"),
            (U, "yeah just those thanks"),
            (
                C,
                "no worries did you clock the bloke before you with the fake tan he was orange mate proper orange",
            ),
            (U, "oh i didnt really notice"),
            (
                C,
                "comes in every saturday tries on every wetsuit in the shop and never buys a thing reckon hes skint his missus pays for everything i seen her card come out last time",
            ),
            (U, "right"),
            (
                C,
                "and hes got a different sheila with him every week too anyway thats twenty four fifty",
            ),
            (U, "card please"),
        ],
    ),
    (
        "k02",
        "hospice charity shop (retired teacher volunteer)",
        ["gossip"],
        "another volunteer's drinking and marriage breakdown; no stock opener",
        [
            (C, "hello dear lovely choice thats a proper wool coat that"),
            (U, "it is isnt it how much is it"),
            (C, "eight pounds and every penny goes to the hospice"),
            (U, "thats very reasonable"),
            (
                C,
                "it would have been priced higher if maureen had done the pricing but she wasnt fit to this morning",
            ),
            (U, "oh is she poorly"),
            (
                C,
                "poorly my foot she likes a drink does maureen you can smell it on her at ten in the morning and her husband moved out at christmas because of it the whole rota knows",
            ),
            (U, "oh dear"),
            (C, "shall i fold it for you"),
        ],
    ),
    (
        "k03",
        "corner shop (Polish-British cashier)",
        ["gossip"],
        "cashier's own private drama: rent arrears, partner's gambling, police, court; no stock opener",
        [
            (C, "alright love just the milk and the scratchcard"),
            (U, "yeah and twenty of the blue please"),
            (
                C,
                "there you go sorry if im bit slow today ive had no sleep landlord was banging door at seven saying were three months behind on the rent",
            ),
            (U, "oh no"),
            (
                C,
                "and my fella spent the rent money on the horses didnt he so we had massive row the neighbours called the police on us",
            ),
            (U, "thats awful"),
            (
                C,
                "probably going to end up in court over it honestly my life eleven pounds twenty please",
            ),
            (U, "here you go"),
        ],
    ),
    (
        "k04",
        "hairdresser's reception desk (Liverpool)",
        ["gossip"],
        "a stylist's pregnancy and its father, and the owner paying cash in hand",
        [
            (C, "hiya babe you all booked in for next month then"),
            (U, "yeah the fourteenth with kerry"),
            (C, "youre lucky to get kerry shes off soon"),
            (U, "oh is she leaving"),
            (
                C,
                "shes pregnant isnt she between me and you its not her fellas either its the lad from the gym she told us all at the christmas do",
            ),
            (U, "oh right"),
            (
                C,
                "and the owner is a nightmare pays half of us cash in hand so he dont have to put it through the books swear down hes dodgy as anything",
            ),
            (U, "can i just pay for todays cut"),
            (C, "yeah go on thats thirty two fifty"),
        ],
    ),
    (
        "k05",
        "motorway services coffee kiosk",
        ["repeated_question"],
        "destination asked again with no content word shared ('where you heading today' / 'whereabouts are you off to')",
        [
            (C, "morning love what can i get you"),
            (U, "large flat white please"),
            (C, "where you heading today early start"),
            (U, "up to glasgow for a meeting"),
            (C, "lovely did you want that with oat or normal milk"),
            (U, "normal is fine"),
            (C, "so whereabouts are you off to then"),
            (U, "glasgow like i said"),
        ],
    ),
    (
        "k06",
        "stationery and card shop",
        ["repeated_question"],
        "'who's it for' answered 'my nan', later 'is it a present for someone'",
        [
            (C, "oh thats a lovely card whos it for"),
            (U, "my nan shes ninety on sunday"),
            (C, "aw bless her we do the badges as well the big ninety ones"),
            (U, "ill take one of those actually"),
            (C, "and the wrapping paper is that just the one roll"),
            (U, "yeah one roll"),
            (C, "is it a present for someone then"),
            (U, "for my nan yeah"),
            (C, "three pounds ninety five then"),
        ],
    ),
    (
        "k07",
        "electronics shop, television sale",
        ["repeated_question"],
        "delivery settled and booked, then a statement-question about delivery",
        [
            (C, "right so thats the fifty five inch telly"),
            (U, "yeah that one"),
            (C, "do you want to take it today or have us deliver it"),
            (U, "deliver please its too big for the car"),
            (C, "no problem whats the address and is thursday okay"),
            (U, "fourteen elm road and thursdays fine"),
            (C, "youll be needing it dropped off at the house then will you"),
            (U, "yeah thats what we said"),
        ],
    ),
    (
        "k08",
        "dry cleaner's",
        ["repeated_question"],
        "'when do you need them back' answered 'friday', later 'what day you wanting to pick them up' (no content word shared)",
        [
            (C, "morning just the suit is it"),
            (U, "suit and the two shirts"),
            (C, "when do you need them back for"),
            (U, "friday at the latest its for a wedding on saturday"),
            (C, "any stains i should know about"),
            (U, "bit of red wine on the cuff"),
            (C, "okay we can try on that and what day you wanting to pick them up"),
            (U, "friday i said friday"),
            (C, "sorry yes friday thatll be twenty one pounds"),
        ],
    ),
    (
        "k09",
        "electronics shop, laptop sale",
        ["rushed_upsell"],
        "care plan, damage insurance, store card, email capture and a half-price mouse in one burst",
        [
            (C, "so thats the laptop four hundred and ninety nine"),
            (U, "yeah"),
            (
                C,
                "youll want three year care plan on that its only eighty nine covers drops and spills",
                RR,
            ),
            (U, "no thanks", R),
            (C, "and accidental damage insurance is separate its six a month", R),
            (U, "no", R),
            (
                C,
                "we can put all this on our store card zero percent for a year takes two minutes",
                R,
            ),
            (U, "just card please", R),
            (
                C,
                "can i grab your email for the receipt and offers and a mouse is half price with it today",
                R,
            ),
        ],
    ),
    (
        "k10",
        "pharmacy counter",
        ["rushed_upsell"],
        "points card, sign-up, three-for-two vitamins, round-up donation and app, customer monosyllabic",
        [
            (C, "just the hay fever tablets"),
            (U, "yes please"),
            (C, "have you got a points card with us", RR),
            (U, "no", R),
            (C, "want to sign up now youd get points on this", R),
            (U, "its fine", R),
            (
                C,
                "and vitamin c is three for two at the minute and would you like round up for the childrens hospital",
                R,
            ),
            (U, "no thanks", R),
            (C, "download our app as well you get ten percent off next time", R),
        ],
    ),
    (
        "k11",
        "takeaway counter",
        ["rushed_upsell"],
        "meal upgrade, garlic bread deal, text club and app fired at once",
        [
            (C, "one large doner and chips"),
            (U, "yeah"),
            (C, "make it a meal for two pound extra with a can", RR),
            (U, "no ta", R),
            (C, "garlic bread is two for one tonight want some", R),
            (U, "no", R),
            (
                C,
                "put your number in for text club youll get a free kebab on your tenth and order on the app next time its cheaper",
                R,
            ),
            (U, "just the doner mate", R),
        ],
    ),
    (
        "k12",
        "dry cleaner's, collection",
        [],
        "NOT gossip: the customer gossips about a neighbour; the cashier declines twice and returns to the order",
        [
            (C, "hiya just picking up"),
            (U, "yeah ticket four two six"),
            (C, "lovely ill just grab it"),
            (
                U,
                "you know the woman at number nine she had the bailiffs round yesterday the whole street was out watching",
            ),
            (C, "oh i wouldnt know love here we are two jackets"),
            (
                U,
                "and her husbands been carrying on with the barmaid from the crown everyone says so",
            ),
            (C, "well thats not for me to say is it did you want them in one bag or two"),
            (U, "one is fine"),
            (C, "eleven pounds then please"),
        ],
    ),
    (
        "k13",
        "bike shop workshop desk",
        [],
        "NOT gossip: mechanic and manager named only for the help they can give",
        [
            (C, "hi there what can i do for you"),
            (U, "back wheel keeps rubbing on the brake"),
            (
                C,
                "sounds like it needs truing our mechanic sam is brilliant with wheels he can do it while you wait",
            ),
            (U, "oh great how long"),
            (
                C,
                "about twenty minutes and if it needs new spoke my manager can order the exact one in for tomorrow hes really good with the older bikes",
            ),
            (U, "brilliant lets do that"),
            (C, "cool thats fifteen for the truing"),
        ],
    ),
    (
        "k14",
        "DIY superstore returns desk",
        [],
        "NOT repeated: receipt re-asked because the customer didn't hear ('sorry what'); receipt vs payment card are different questions of the same shape",
        [
            (C, "hiya what are we bringing back"),
            (U, "this drill it wont hold a charge"),
            (C, "have you got the receipt with you"),
            (U, "sorry what its so noisy in here"),
            (C, "the receipt have you got it"),
            (U, "yeah here it is"),
            (C, "lovely and have you got the card you paid with"),
            (U, "yep debit card here"),
            (C, "okay thats refunded youll see it in three to five days"),
        ],
    ),
    (
        "k15",
        "surf and outdoor shop (Australian cashier)",
        [],
        "NOT rushed: one tailored suggestion (booties for a winter swim)",
        [
            (C, "how ya going mate find everything"),
            (U, "yeah this five mil wetsuit im doing a winter swim in cornwall"),
            (
                C,
                "good on ya its freezing down there this time of year might want some booties to go with it your feet go numb first honestly",
            ),
            (U, "oh good shout which ones"),
            (C, "these three mil ones are spot on ill pop them in"),
            (U, "cheers"),
            (C, "that comes to two hundred and ten all up"),
            (U, "card"),
        ],
    ),
    (
        "k16",
        "stationery shop, back to school",
        [],
        "NOT rushed: only the bag and receipt questions, spread over a relaxed chat",
        [
            (C, "afternoon lovely weather isnt it"),
            (U, "gorgeous finally"),
            (C, "getting organised for the new term"),
            (U, "yeah the kids start back on monday so pens and books"),
            (C, "exciting is it a new school for them"),
            (U, "for the little one yeah shes nervous"),
            (C, "ah shell be fine they always are do you want a bag for all that"),
            (U, "yes please"),
            (C, "there you go good luck to her on monday do you want the receipt in the bag"),
        ],
    ),
]


if __name__ == "__main__":
    build("heldout19", HELDOUT19, 191)
