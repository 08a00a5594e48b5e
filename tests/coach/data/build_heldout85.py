# ruff: noqa: E501
"""Build the coach's held-out set 85: written BLIND by writer-85, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's skeleton were read, for the format).

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words): UK supermarkets and chains: a Tesco Express-style
till, a Boots-style chemist counter, a Greggs-style bakery, a B&Q-style trade
till, a village Co-op and a Sainsbury's self-checkout assistant.

Mix, aimed at precision (a false nudge costs more than a miss):
  4 gossip            (q01-q04): shift manager's affair with the area manager,
                      a regular's benefits fiddle, the previous customer's breath
                      and debts, the cashier's own court date; short, between scans.
  4 repeated_question (q05-q08): clubcard, own bags, weekend plans, age check,
                      each asked again in other words after a clear answer.
  3 rushed_upsell     (q09-q11): clubcard / meal deal / bag for life / top-up;
                      meal deal / app / charity round-up / doughnut offer;
                      multipack / membership / cashback / raffle for a charity.
  7 unlabelled hard near-misses (q12-q18): warm chat about the customer's family
                      and the cashier's harmless day; colleague named for help and
                      the manager only for a rule; a customer who gossips while the
                      cashier deflects; an order read back to confirm it; a
                      "sorry" re-ask plus different questions of the same shape;
                      one tailored recommendation with the usual bag and receipt
                      questions; two offers far apart in a relaxed visit.
"""

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT85 = [
    # ---------------------------------------------------------------- gossip
    ("q01", "Tesco Express-style till", ["gossip"],
     "cashier tells a stranger, line by line between scans, that the shift manager is having an affair with the area manager and his wife does not know",
     [
         (C, "hiya you alright"),
         (U, "yeah not bad just these please"),
         (C, "do you need a bag"),
         (U, "no ive got one"),
         (C, "between you and me our shift manager is carrying on with the area manager"),
         (U, "oh right"),
         (C, "i caught them in the cage out the back last week and hes married with three kids"),
         (U, "blimey"),
         (C, "whole shop knows except his wife"),
         (C, "that comes to eight pound forty"),
         (U, "card please"),
         (C, "lovely there you go"),
     ]),
    ("q02", "village Co-op", ["gossip"],
     "cashier accuses a named regular of fiddling his sick benefits and suggests reporting him",
     [
         (C, "morning mr price the usual paper is it"),
         (U, "yes please and a pint of semi skimmed"),
         (C, "you know barry from the bungalows"),
         (U, "vaguely"),
         (C, "hes on the sick apparently bad back cant work"),
         (C, "yet hes up a ladder every weekend doing cash jobs round the village"),
         (C, "somebody ought to ring the benefit fraud line on him"),
         (U, "well i wouldnt know"),
         (C, "two pound ten then please"),
         (U, "there you are"),
         (C, "ta see you tomorrow"),
     ]),
    ("q03", "Greggs-style bakery", ["gossip"],
     "cashier mocks the previous customer's bad breath and spreads that he is in debt and barred from the bookies",
     [
         (C, "next please what can i get you"),
         (U, "a steak bake and a large tea please"),
         (C, "sorry about the wait that last fella takes forever"),
         (U, "no worries"),
         (C, "his breath could strip paint i was holding mine the whole time"),
         (U, "ha"),
         (C, "and he owes money all over town the bookies barred him last month"),
         (C, "milk and sugar in the tea"),
         (U, "just milk"),
         (C, "four pound five please"),
         (U, "on card"),
     ]),
    ("q04", "Boots-style chemist counter", ["gossip"],
     "cashier overshares her own drama: a drink driving court date, her job and custody fight with her ex",
     [
         (C, "hello are you collecting or dropping off"),
         (U, "collecting for jan morris"),
         (C, "and the first line of the address"),
         (U, "twelve church lane"),
         (C, "bear with me sorry my heads all over the place today"),
         (C, "ive got to be at the magistrates on thursday for drink driving"),
         (U, "oh dear"),
         (C, "if i lose my licence i lose this job and my ex will use it to get the kids off me"),
         (U, "right"),
         (C, "here we are two items any questions about them"),
         (U, "no thanks"),
     ]),
    # ---------------------------------------------------- repeated_question
    ("q05", "Tesco Express-style till", ["repeated_question"],
     "clubcard was shown and scanned, then the cashier asks whether the customer collects clubcard points",
     [
         (C, "hiya have you got a clubcard"),
         (U, "yeah here it is on my phone"),
         (C, "lovely thats gone through"),
         (C, "want a bag for these"),
         (U, "no im fine thanks"),
         (C, "do you collect clubcard points with us at all"),
         (U, "yeah you just scanned it"),
         (C, "oh so i did sorry"),
         (C, "thats eleven twenty"),
         (U, "contactless"),
     ]),
    ("q06", "Sainsbury's self-checkout assistant", ["repeated_question"],
     "customer clearly said she brought her own two bags; assistant later asks if she needs to buy bags",
     [
         (U, "excuse me its saying unexpected item in the bagging area"),
         (C, "no problem is that your own bag you put down"),
         (U, "yes ive brought my own two bags"),
         (C, "right ill just clear that for you"),
         (U, "thanks"),
         (C, "carry on scanning its fine now"),
         (U, "its stopped again on the yoghurts"),
         (C, "thats the yellow sticker it always does that"),
         (C, "do you need to buy any carrier bags today"),
         (U, "no i said ive got my own"),
         (C, "oh yes course sorry"),
     ]),
    ("q07", "B&Q-style trade till", ["repeated_question"],
     "customer answered the weekend question clearly (sister's wedding in cardiff); cashier asks it again in other words",
     [
         (C, "morning mate trade account is it"),
         (U, "yeah under hughes joinery"),
         (C, "got you busy weekend planned"),
         (U, "no work for once im off to my sisters wedding in cardiff on saturday"),
         (C, "nice one"),
         (C, "four lengths of the two by four and the box of screws"),
         (U, "thats it"),
         (C, "so what are you up to this weekend anything good"),
         (U, "the wedding in cardiff like i said"),
         (C, "oh yeah course have a good one"),
     ]),
    ("q08", "village Co-op", ["repeated_question"],
     "age check answered with an age and a licence, then the cashier asks the customer's age again",
     [
         (C, "evening just these"),
         (U, "yep the wine and the crisps"),
         (C, "can i ask if youre over twenty five"),
         (U, "yes im thirty one heres my driving licence"),
         (C, "thats fine thanks"),
         (C, "do you want a bag"),
         (U, "no ill carry them"),
         (C, "and sorry how old did you say you were"),
         (U, "thirty one it was on the licence"),
         (C, "right sorry long day thats twelve fifty"),
     ]),
    # -------------------------------------------------------- rushed_upsell
    ("q09", "Tesco Express-style till", ["rushed_upsell"],
     "clubcard, sign-up plus meal deal, bag for life and phone top-up fired back to back",
     [
         (U, "just the sandwich and a drink please"),
         (C, "have you got a clubcard", RR),
         (U, "no", R),
         (C, "want to sign up takes two seconds and if you grab a snack its a meal deal", R),
         (U, "im alright", R),
         (C, "bag for life ten p", R),
         (U, "no", R),
         (C, "and do you need a phone top up while youre here", R),
         (U, "no thanks just the card please"),
     ]),
    ("q10", "Greggs-style bakery", ["rushed_upsell"],
     "meal deal, app, charity round-up and a two for one doughnut offer with only one word answers between",
     [
         (C, "what can i get you"),
         (U, "a sausage roll please"),
         (C, "make it a meal deal with a coffee for a pound more", RR),
         (U, "no ta", R),
         (C, "have you got our app you get every ninth drink free", R),
         (U, "no", R),
         (C, "would you like to round up for the childrens charity today", R),
         (U, "um no", R),
         (C, "and doughnuts are two for one after three", R),
         (U, "just the sausage roll"),
     ]),
    ("q11", "village Co-op", ["rushed_upsell"],
     "multipack swap, membership, cashback and an air ambulance raffle in quick succession",
     [
         (U, "just this lucozade and the paper please"),
         (C, "the lucozade works out cheaper in the four pack multipack want that instead", RR),
         (U, "no just one", R),
         (C, "are you a member you get money back and some goes to the community fund", R),
         (U, "no", R),
         (C, "want any cashback", R),
         (U, "no", R),
         (C, "and would you buy a raffle ticket for the air ambulance", R),
         (U, "no thank you"),
     ]),
    # ----------------------------------------------------- hard near-misses
    ("q12", "village Co-op", [],
     "NOT gossip: warm chat about the customer's own daughter's wedding and cake, and the cashier's harmless quiet morning",
     [
         (C, "morning joan how are you keeping"),
         (U, "oh not bad love getting ready for our kates wedding on saturday"),
         (C, "ah is it this weekend already youll be run ragged"),
         (U, "im making the cake so thats why all the icing sugar"),
         (C, "bless you itll be gorgeous are they having it at the church"),
         (U, "yes then the village hall after"),
         (C, "lovely its been a quiet one here this morning just me and the crossword between customers"),
         (U, "lucky you"),
         (C, "thats fourteen pound twenty"),
         (U, "card please"),
         (C, "there you go have a wonderful day on saturday"),
     ]),
    ("q13", "B&Q-style trade till", [],
     "NOT gossip: colleague praised for cutting timber accurately (helpful product context); manager named only for a payment rule",
     [
         (U, "have you got the exterior ply in eighteen mil"),
         (C, "we have yeah and if you want it cut down priya on the saw is brilliant shell get it spot on"),
         (U, "great i need four sheets cut in half"),
         (C, "ill give her a ring now"),
         (C, "and you wanted the masonry paint as well"),
         (U, "yeah the white"),
         (U, "can i pay half in cash and half on the account"),
         (C, "sorry the manager says we cant split between cash and account its a head office rule"),
         (U, "fair enough all on account then"),
         (C, "no problem the ply will be at the yard gate in ten minutes"),
     ]),
    ("q14", "Boots-style chemist counter", [],
     "NOT gossip: the customer gossips about a neighbour at length; the cashier deflects politely and steers back to the medicine",
     [
         (U, "hiya just these plasters and some antihistamines"),
         (C, "no problem do you take any other medication"),
         (U, "no nothing"),
         (U, "here did you hear about that woman from number nine on my road"),
         (C, "i dont think i know her"),
         (U, "her husband has only gone and left her for the lad who does the bins"),
         (C, "oh well thats their business isnt it"),
         (U, "and shes been telling everyone hes working away"),
         (C, "mm now these antihistamines can make you a bit drowsy so not before driving"),
         (U, "right"),
         (C, "that will be seven ninety nine"),
         (U, "card"),
     ]),
    ("q15", "Greggs-style bakery", [],
     "NOT repeat: the cashier reads the order back once to confirm it before ringing it up",
     [
         (C, "hiya what can i get you"),
         (U, "two sausage rolls a steak bake a cheese and onion and three coffees"),
         (C, "how do you want the coffees"),
         (U, "two white one black"),
         (C, "so thats two sausage rolls one steak bake one cheese and onion two white coffees and one black is that right"),
         (U, "yeah spot on"),
         (C, "eating in or taking away"),
         (U, "taking away"),
         (C, "eleven pound sixty please"),
         (U, "there you go"),
     ]),
    ("q16", "Sainsbury's self-checkout assistant", [],
     "NOT repeat: re-asked after the customer says sorry, then different questions of the same shape (nectar card, own bags, receipt)",
     [
         (U, "excuse me its flashing for help"),
         (C, "its the paracetamol it needs me to approve it is it just the one packet"),
         (U, "sorry"),
         (C, "is it just the one packet of paracetamol"),
         (U, "yes just one"),
         (C, "lovely and have you got a nectar card to scan"),
         (U, "yes its on the app"),
         (C, "have you got your own bags there"),
         (U, "yeah ive got bags thanks"),
         (C, "and do you want a receipt printed"),
         (U, "no thanks"),
         (C, "all approved you can pay now"),
     ]),
    ("q17", "Boots-style chemist counter", [],
     "NOT rushed: one tailored suncream recommendation for a fair-skinned gardener, then the usual bag and receipt questions",
     [
         (C, "hello did you find everything"),
         (U, "yes just the hay fever tablets and this sun cream"),
         (C, "if youre out in the garden a lot the factor fifty is a better shout for fair skin and its the same price this week"),
         (U, "oh go on then ill swap it"),
         (C, "lovely ill grab it for you"),
         (C, "do you want a bag"),
         (U, "no its fine"),
         (C, "do you want the receipt"),
         (U, "no thanks"),
         (C, "nine pound fifty please"),
         (U, "card"),
         (C, "all done enjoy the sunshine"),
     ]),
    ("q18", "B&Q-style trade till, paint desk", [],
     "NOT rushed: two offers (bigger tin at the smaller price; roller bundle) minutes apart in a relaxed chat while the paint is mixed",
     [
         (C, "morning how are you getting on"),
         (U, "not bad doing up the little ones bedroom finally"),
         (C, "oh lovely what colour are you going for"),
         (U, "a sort of pale green this one here"),
         (C, "nice choice thats really popular at the minute the five litre is on offer at the price of the two and a half do you want that"),
         (U, "go on then that makes sense"),
         (C, "itll take a few minutes in the shaker"),
         (U, "no rush"),
         (C, "how old is the little one"),
         (U, "four going on fourteen"),
         (C, "ha i know the feeling"),
         (C, "there we are all mixed if you need rollers theres a bundle with a tray by the door", {"pause": 240.0}),
         (U, "no ive got plenty from last time"),
         (C, "fair enough that will be thirty two pound please"),
     ]),
]


def _check(conversations):
    ids = [c[0] for c in conversations]
    assert ids == [f"q{i:02d}" for i in range(1, 19)], ids
    for cid, _shop, _kinds, why, turns in conversations:
        assert why, cid
        assert 6 <= len(turns) <= 14, (cid, len(turns))
        for turn in turns:
            assert re.fullmatch(r"[a-z ]+", turn[1]), (cid, turn[1])


if __name__ == "__main__":
    _check(HELDOUT85)
    build("heldout85", HELDOUT85, 851)
