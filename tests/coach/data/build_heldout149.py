# ruff: noqa: E501
"""Build the coach's held-out set 149: written by writer-149 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings): counter staff and regulars in Belfast and
Derry, talking the way they do at a chippy, a bookmaker's counter, a butcher, a
filling station, a card shop and a hardware shop ("wee", "so it is", "what about
ye", "yous", "dead on", "baltic", "the brew").

Mix: 4 gossip (the parish priest's housekeeper, the previous customer's benefit
claim, the manager's sister's pregnancy, the cashier's own row with her
mother-in-law), 4 repeated_question (salt and vinegar, which card design, how
many pounds of mince, which pump, the last answered in the customer's first
turn), 3 rushed_upsell (car wash / phone top-up / rewards card; bet boost / app /
rewards club; charity tin / gift wrap / stamp card), and 7 hard "not" cases:
warm chat about the customer's own plans, a colleague named and praised for
cutting keys, a customer gossiping while the cashier deflects, an order read back
to confirm it, a "sorry what was that" re-ask among different questions of the
same shape, one tailored recommendation with bag and receipt questions spread
out, and two offers far apart in a relaxed filling-station visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT149 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Derry butcher",
        ["gossip"],
        "cashier accuses the parish priest's housekeeper of taking the collection money",
        [
            (C, "what about ye what can i get you the day"),
            (U, "a pound of steak mince and four pork chops please"),
            (C, "dead on"),
            (
                C,
                "here did you hear about father dohertys housekeeper bridie the one that does the parochial house",
            ),
            (U, "no"),
            (
                C,
                "she was seen coming out of the bookies on ship key street twice last week with the collection envelopes in her handbag so she was",
            ),
            (U, "ach stop"),
            (
                C,
                "the whole parish is saying shes been at the plate money for years only father doherty wont hear a word against her",
            ),
            (U, "right"),
            (C, "thats eleven pound forty love"),
            (U, "there you are"),
        ],
    ),
    (
        "q02",
        "Belfast bookmaker's counter",
        ["gossip"],
        "cashier tells the next punter the man before him is on the sick and should be reported",
        [
            (U, "fiver each way on number six in the three fifteen at leopardstown"),
            (C, "no bother"),
            (C, "did you see yer man that was in before you with the flat cap"),
            (U, "the wee man aye"),
            (
                C,
                "hes on the sick so he is full disability says he cant walk to the end of his own street",
            ),
            (
                C,
                "and hes in here every day from opening throwing fifty pound notes across the counter and dandering up to the bar after",
            ),
            (U, "is that right"),
            (C, "somebody should ring the brew on him honestly its people like him"),
            (U, "heh"),
            (C, "thats your slip ten pound total good luck with it"),
        ],
    ),
    (
        "q03",
        "Belfast card shop",
        ["gossip"],
        "cashier overshares the manager's sister's unplanned pregnancy and the manager crying about it",
        [
            (U, "just this one and a gift bag please"),
            (C, "lovely is it for a christening"),
            (U, "aye my niece"),
            (C, "ah thats nice"),
            (
                C,
                "here dont be saying anything but maureen the manager her wee sister is expecting again and thats number five",
            ),
            (
                C,
                "and the fella isnt even on the scene maureen was in the back room yesterday breaking her heart over it",
            ),
            (U, "oh dear"),
            (C, "she says their mammy doesnt even know yet"),
            (U, "right"),
            (C, "four pound ninety five altogether"),
        ],
    ),
    (
        "q04",
        "Derry chippy",
        ["gossip"],
        "cashier pours out her own row with her mother-in-law and slags off her partner",
        [
            (C, "yes love whats your order"),
            (U, "a fish supper and a can of coke"),
            (C, "right you are"),
            (U, "busy the night"),
            (
                C,
                "dont be talking im not even meant to be on tonight but i had to get out of that house",
            ),
            (
                C,
                "me and his mother had a row you could hear down the street she called me a lazy article in front of the wains",
            ),
            (U, "oh no"),
            (
                C,
                "i told her she could pack her bag and go back to strabane and she hasnt said a word to me since and my fella wont take sides the useless lump",
            ),
            (U, "ach dear"),
            (C, "thats eight pound twenty and its five minutes on the fish"),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "Belfast chippy",
        ["repeated_question"],
        "salt and vinegar answered yes to both, then asked again as 'seasoned or plain' after rain talk",
        [
            (U, "can i get a large chips and a battered sausage"),
            (C, "no bother do you want salt and vinegar on them"),
            (U, "aye both please"),
            (C, "dead on"),
            (U, "some rain out there the night"),
            (C, "its been bucketing all day so it has the drains on the road are all flooded"),
            (U, "near drowned getting from the car"),
            (C, "ha"),
            (C, "here are you having them seasoned at all or will i leave them plain"),
            (U, "i said aye salt and vinegar the both"),
            (C, "sorry love"),
            (C, "five pound eighty"),
        ],
    ),
    (
        "q06",
        "Derry card shop",
        ["repeated_question"],
        "customer picks the golf design, cashier later asks whether it was the pint one or the golf one",
        [
            (U, "i want to order one of them personalised cards for my das seventieth"),
            (
                C,
                "no problem which design are you wanting theres the golf one or the one with the pint of guinness",
            ),
            (U, "the golf one he would love that"),
            (C, "grand and what do you want written on it"),
            (U, "just dad happy seventieth"),
            (C, "seventy is he doing anything for it"),
            (U, "were taking him out for a meal in the city hotel on saturday"),
            (C, "ah lovely thatll be a good night"),
            (C, "now was it the pint one you were going for or the golfing one"),
            (U, "the golf one"),
            (C, "right six ninety nine and itll be ready thursday"),
        ],
    ),
    (
        "q07",
        "Belfast butcher",
        ["repeated_question"],
        "three pound of mince answered, then 'how much of the mince did you say' after boiler talk",
        [
            (U, "can i get some of the lean mince please"),
            (C, "how many pound are you after"),
            (U, "three pound its for a big pot of chilli"),
            (C, "lovely"),
            (U, "and a pound of the stewing steak"),
            (C, "no bother"),
            (C, "chilli in this weather you must be foundered"),
            (U, "the house is like an icebox the boiler packed in on sunday"),
            (C, "ach no thats the worst"),
            (C, "how much of the mince did you say you wanted there"),
            (U, "three pound"),
            (C, "dead on thats seventeen pound sixty the lot"),
        ],
    ),
    (
        "q08",
        "Belfast filling station",
        ["repeated_question"],
        "customer names pump four in the very first turn; cashier asks which pump after frost chat",
        [
            (U, "pump four and a packet of extra strong mints please"),
            (C, "no bother"),
            (C, "cold one this morning"),
            (U, "baltic the windscreen was iced solid"),
            (C, "aye i had to boil the kettle for mine"),
            (U, "ha same here"),
            (C, "now which pump were you on"),
            (U, "four"),
            (C, "forty two pound ten then with the mints"),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Derry filling station",
        ["rushed_upsell"],
        "car wash, phone top-up and rewards card fired at a customer who only says no",
        [
            (U, "pump two"),
            (
                C,
                "thats thirty pound do you want a car wash with that its only a fiver extra the day",
                RR,
            ),
            (U, "naw", R),
            (C, "any phone top up for you while youre here", R),
            (U, "no", R),
            (C, "have you got our rewards card youd get points on that fuel", R),
            (U, "no im grand", R),
            (C, "i can sign you up now it only takes a minute", R),
            (U, "just the fuel", R),
            (C, "thirty pound then tap there"),
        ],
    ),
    (
        "q10",
        "Belfast bookmaker's counter",
        ["rushed_upsell"],
        "price boost, app sign-up and rewards club pushed in a burst at a one-word punter",
        [
            (U, "tenner on linfield to win"),
            (
                C,
                "dead on do you want to boost that theres a price boost on linfield the day up to eleven over four",
                RR,
            ),
            (U, "no", R),
            (C, "have you got the app you get a free bet when you sign up", R),
            (U, "naw", R),
            (C, "and are you in the rewards club at all i can scan you in now", R),
            (U, "just the bet mate", R),
            (C, "there you go"),
        ],
    ),
    (
        "q11",
        "Belfast card shop",
        ["rushed_upsell"],
        "charity tin, gift wrap and stamp card rattled off while the customer barely answers",
        [
            (U, "just this card"),
            (
                C,
                "two pound fifty would you like to pop something in the tin for the air ambulance",
                RR,
            ),
            (U, "eh", R),
            (C, "and do you want it gift wrapped its only a pound", R),
            (U, "no", R),
            (C, "have you got one of our stamp cards you get a free card after ten", R),
            (U, "no thanks", R),
            (C, "i can start you one now", R),
            (U, "its fine"),
            (C, "two pound fifty then"),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Belfast hardware shop",
        [],
        "NOT gossip: warm chat about the customer's own plan to do up his daughter's first flat",
        [
            (C, "what about ye"),
            (U, "not too bad just these please"),
            (C, "rollers and a tin of magnolia is it decorating ye are"),
            (
                U,
                "aye our girls moving into her first flat on saturday and im doing the living room for her",
            ),
            (C, "ah thats lovely whereabouts"),
            (U, "up the ormeau road near the park"),
            (C, "nice spot thatll be handy for her"),
            (U, "aye shes only ten minutes walk from her work"),
            (C, "sure yous will be run off your feet this week then"),
            (U, "tell me about it"),
            (C, "thats twenty four pound sixty"),
        ],
    ),
    (
        "q13",
        "Derry hardware shop",
        [],
        "NOT gossip: a colleague named because he cuts the keys, and praised for it",
        [
            (U, "i need a key cut for the back door"),
            (C, "our kieran does the keys hes just on his break hell be back in five minutes"),
            (U, "ach thats alright ill wait"),
            (C, "hes brilliant at them so he is never had one come back yet"),
            (U, "good to hear the last place made a hames of mine"),
            (C, "have a look round while youre waiting if you like"),
            (U, "i might get a couple of them hooks for the shed"),
            (C, "dead on theyre in aisle three beside the screws"),
            (C, "here he is now kieran this gentleman needs a back door key done", {"pause": 6.0}),
            (U, "cheers"),
        ],
    ),
    (
        "q14",
        "Derry bookmaker's counter",
        [],
        "NOT gossip: the customer gossips about a neighbour's losses, the cashier twice declines to join in",
        [
            (U, "twenty pound on the double there"),
            (C, "right two horses at sandown and kempton"),
            (U, "aye"),
            (U, "here did you hear about big eamon from the creggan"),
            (
                U,
                "they say he lost the house on the dogs and the wife is away to her mothers with the kids",
            ),
            (C, "i wouldnt know anything about that"),
            (U, "sure everybody knows"),
            (C, "ach its not my business ill just put this through for you"),
            (U, "aye go on"),
            (C, "there you go good luck with it"),
        ],
    ),
    (
        "q15",
        "Belfast chippy",
        [],
        "NOT repeated: the order is read back once to confirm, then a new question about salt and vinegar",
        [
            (U, "two cod suppers a sausage supper and a top of curry sauce please"),
            (C, "anything to drink with that"),
            (U, "two cans of coke and a water"),
            (
                C,
                "right so thats two cod suppers one sausage supper a curry sauce two cokes and a water",
            ),
            (U, "thats it"),
            (C, "salt and vinegar on all of them"),
            (U, "aye go on"),
            (C, "twenty six pound forty and its ten minutes on the cod"),
            (U, "no bother ill wait outside"),
        ],
    ),
    (
        "q16",
        "Derry butcher",
        [],
        "NOT repeated: re-asks only after the customer says 'sorry what was that'; other either/or questions are different",
        [
            (C, "morning whats it to be"),
            (U, "half a dozen sausages and a couple of sirloins"),
            (C, "do you want the pork sausages or the beef"),
            (U, "pork please"),
            (C, "and do you want the steaks cut thick or thin"),
            (U, "sorry what was that the slicer was going"),
            (C, "the steaks do you want them thick or thin"),
            (U, "oh thick please theyre for the barbecue"),
            (C, "will i wrap them separate or all in the one bag"),
            (U, "all in the one is grand"),
            (C, "thats fourteen pound eighty"),
        ],
    ),
    (
        "q17",
        "Belfast hardware shop",
        [],
        "NOT rushed: one tailored stain-block suggestion for a peeling ceiling, bag and receipt asked far apart",
        [
            (U, "have yous got any of that paint for bathrooms"),
            (C, "aye the anti mould stuff is on the end there what colour were you thinking"),
            (U, "just white its the ceiling above the shower"),
            (C, "is it peeling at all"),
            (U, "aye a bit round the extractor fan"),
            (
                C,
                "then youd be as well getting a wee tin of stain block for them patches first or itll just come through again",
            ),
            (U, "ach right go on then"),
            (C, "thats thirty one pound ninety do you need a bag"),
            (U, "no im parked right outside"),
            (C, "youre lucky its like gold dust out there on a saturday", {"pause": 2.0}),
            (U, "i was circling for ten minutes"),
            (C, "there you are do you want the receipt", {"pause": 3.0}),
            (U, "naw youre alright"),
        ],
    ),
    (
        "q18",
        "Derry filling station",
        [],
        "NOT rushed: a caramel slice offered early and the car wash mentioned at the very end of a relaxed chat",
        [
            (C, "morning pat what about ye"),
            (U, "not bad not bad pump three there and a wee coffee"),
            (
                C,
                "do you want to try one of the caramel slices with it theyre fresh in this morning",
            ),
            (U, "ach no im watching myself"),
            (C, "fair enough"),
            (C, "are you still heading over to donegal for the weekend", {"pause": 4.0}),
            (U, "aye taking the caravan up to buncrana if the weather holds"),
            (C, "its meant to stay dry till sunday anyway"),
            (U, "please god the last time we were rained in the whole weekend"),
            (C, "thats fifty five pound forty for the diesel and the coffee", {"pause": 5.0}),
            (U, "on the card"),
            (
                C,
                "the car wash is working again if you wanted to give it a rinse before you go",
                {"pause": 6.0},
            ),
            (U, "naw the rain will do it for me"),
            (C, "ha enjoy buncrana"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout149", HELDOUT149, 1491)
