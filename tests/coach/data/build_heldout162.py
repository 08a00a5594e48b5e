# ruff: noqa: E501
"""Build the coach's held-out set 162: written by writer-162 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few mishearings such as "brown sores" and "oh hell love that"):
counter staff in London and Essex, at a greasy spoon cafe, a market fruit and veg
stall, a DIY store, a car parts counter, a bakery and a newsagent, talking the way
they do ("innit", "mate", "babe", "bruv", "sweetheart", "proper"), with the cashier
often speaking twice in a row.

Mix: 4 gossip (a regular's wife and the window cleaner, the previous customer's
knocked-off brake pads, the manager fiddling his expenses, the cashier's brother's
court case), 4 repeated_question (white or brown toast, kilos of spuds answered with
a number both times, screw size, which car), 3 rushed_upsell (trade card, warranty,
app; meal deal, stamp app, hospice raffle; warranty, trade account, raffle, app),
and 7 hard "not" cases: warm chat about the customer's grandson's birthday cake; a
workshop colleague named for a repair and the manager praised; a customer gossiping
while the newsagent deflects; a cafe order read back to confirm it; a "sorry what"
re-ask plus how-many questions about different fruit; one tailored paint
recommendation with the routine bag and receipt questions; two offers far apart in
a relaxed bakery visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT162 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "greasy spoon counter, Bethnal Green",
        ["gossip"],
        "cashier tells a customer a regular's wife is carrying on with the window cleaner",
        [
            (U, "morning can i get a sausage sandwich and a tea please"),
            (C, "course you can sweetheart red or brown sores"),
            (U, "brown please"),
            (C, "here you know terry who sits by the window every morning with his paper"),
            (U, "sort of yeah"),
            (C, "his wife has only been carrying on with the window cleaner aint she"),
            (
                C,
                "he goes round theirs every tuesday and his ladder stays up all afternoon and there aint that many windows in a two up two down babe",
            ),
            (U, "blimey"),
            (C, "terry aint got a clue bless him still thinks shes at her sisters"),
            (U, "how much do i owe you"),
            (C, "four pound eighty mate"),
        ],
    ),
    (
        "q02",
        "car parts counter, Dagenham",
        ["gossip"],
        "cashier tells the next customer the bloke before him deals in knocked-off parts",
        [
            (C, "alright bruv what can i get you"),
            (U, "pair of wiper blades for a focus twenty fourteen"),
            (C, "yeah give us a sec"),
            (C, "did you clock that geezer who just walked out"),
            (U, "the one in the tracksuit"),
            (
                C,
                "yeah him he was trying to flog me a box of brake pads still in the shrink wrap all fell off the back of a lorry innit",
            ),
            (
                C,
                "his lock up is rammed with knocked off gear everyone round here knows his cousin nicks it from the depot",
            ),
            (U, "right"),
            (C, "wipers are eighteen ninety nine the pair"),
            (U, "card please"),
        ],
    ),
    (
        "q03",
        "DIY store till, Romford",
        ["gossip"],
        "cashier tells a customer the manager fiddles his expenses on the company card",
        [
            (U, "just these hinges and a tub of filler please"),
            (C, "no worries"),
            (C, "sorry about the wait we are two short today cos the boss wont pay for cover"),
            (U, "ah right"),
            (
                C,
                "funny that cos hes happy enough putting his mrs birthday dinner on the company card",
            ),
            (
                C,
                "he put in for a hotel in brighton as a supplier visit we aint even got a supplier in brighton proper fiddling his expenses he is",
            ),
            (U, "oh dear"),
            (C, "twelve forty seven please"),
            (U, "there you are"),
            (C, "cheers have a good one"),
        ],
    ),
    (
        "q04",
        "newsagent, Basildon",
        ["gossip"],
        "cashier overshares her own brother's court case and family drama",
        [
            (U, "lucky dip for saturday and the echo please"),
            (C, "there you go darling"),
            (U, "cheers"),
            (C, "sorry if im a bit all over the place today"),
            (
                C,
                "my brother is up in front of the magistrates this afternoon for that punch up outside the railway",
            ),
            (U, "oh"),
            (
                C,
                "second time this year and all his solicitor reckons he could get sent down and my mum is in bits over it",
            ),
            (C, "he always was the wild one honestly the stuff he gets up to when hes had a drink"),
            (U, "sorry to hear that how much is it"),
            (C, "three pound twenty"),
        ],
    ),
    # ---------------------------------------------------- repeated_question
    (
        "q05",
        "greasy spoon counter, Walthamstow",
        ["repeated_question"],
        "asks white or brown toast, then after the drink and eat-in questions asks which bread again",
        [
            (U, "can i have the full english please and a coffee"),
            (C, "course babe white or brown toast"),
            (U, "white please"),
            (C, "coffee with milk"),
            (U, "yeah splash of milk no sugar"),
            (C, "eating in or taking it away"),
            (U, "eating in ill grab that table by the door"),
            (C, "lovely"),
            (C, "and the toast was that brown bread or white for you"),
            (U, "white i said white"),
            (C, "right you are nine fifty then"),
        ],
    ),
    (
        "q06",
        "market fruit and veg stall, Roman Road",
        ["repeated_question"],
        "asks how many kilos of potatoes, then after the tomatoes and bag asks the weight again; the answer is two both times",
        [
            (U, "morning can i get some of them king edwards"),
            (C, "course you can how many kilos you want"),
            (U, "two"),
            (C, "lovely"),
            (U, "and a bowl of the tomatoes and a cucumber"),
            (C, "tomatoes is a pound a bowl cucumbers sixty pee"),
            (U, "go on then"),
            (C, "you want that all in one bag sweetheart"),
            (U, "yeah fine"),
            (C, "now what weight of potatoes was you after"),
            (U, "two kilos mate"),
            (C, "three pound ninety the lot"),
        ],
    ),
    (
        "q07",
        "DIY store trade counter, Chelmsford",
        ["repeated_question"],
        "asks which screw size, then after the bag size and wall plugs asks four mil or five mil again",
        [
            (U, "hiya i need some screws for putting up a shelf"),
            (C, "what size you after four by forty or five by fifty"),
            (U, "the four by forty"),
            (C, "box of two hundred or the little bag of fifty"),
            (U, "little bag is fine"),
            (U, "and do you do wall plugs"),
            (C, "brown ones are on aisle six ill grab you a pack"),
            (C, "right so which screws did you want the four mil or the five mil ones"),
            (U, "four by forty mate like i said"),
            (C, "sorry yeah two pound sixty with the plugs"),
        ],
    ),
    (
        "q08",
        "car parts counter, Southend",
        ["repeated_question"],
        "asks what car the pads are for, then after fuel type and the discs offer asks which car again",
        [
            (C, "morning what can i do you for"),
            (U, "need a set of front brake pads"),
            (C, "what motor is it for"),
            (U, "vauxhall corsa twenty sixteen"),
            (C, "petrol or diesel"),
            (U, "petrol one point four"),
            (C, "bear with me ill check out back"),
            (C, "yeah got them here sixty two quid do you want discs and all"),
            (U, "no just pads"),
            (C, "and what car was these going on"),
            (U, "the corsa mate sixteen plate"),
            (C, "sweet card or cash"),
        ],
    ),
    # ------------------------------------------------------- rushed_upsell
    (
        "q09",
        "DIY store till, Thurrock",
        ["rushed_upsell"],
        "trade card, three year warranty and the app pushed back to back at a customer who only wants the drill",
        [
            (U, "just this drill please"),
            (
                C,
                "lovely thats eighty nine quid are you trade cos our trade card gets you ten percent off today",
                RR,
            ),
            (U, "no", R),
            (C, "do you want the three year warranty on that its only fourteen ninety nine", R),
            (U, "nah", R),
            (
                C,
                "and have you got our app you get points on every shop scan it now and ill knock a fiver off",
                R,
            ),
            (U, "just the drill mate", R),
            (C, "no worries card in when youre ready"),
        ],
    ),
    (
        "q10",
        "greasy spoon counter, Hackney",
        ["rushed_upsell"],
        "meal deal, stamp app and hospice raffle fired off while the customer says no",
        [
            (U, "bacon roll to take away please"),
            (C, "want to make it a meal deal with a tea and a hash brown for two quid more", RR),
            (U, "no ta", R),
            (C, "you got our app ten stamps and you get a free breakfast", R),
            (U, "nope", R),
            (C, "raffle for the hospice a pound a strip drawn friday", R),
            (U, "im alright", R),
            (C, "three twenty then babe"),
        ],
    ),
    (
        "q11",
        "car parts counter, Grays",
        ["rushed_upsell"],
        "extended warranty, trade account, air ambulance raffle and app in one burst on a battery sale",
        [
            (U, "battery for a fiesta please the zero six three one"),
            (
                C,
                "got it here ninety five pound want the extended warranty that takes it to five years",
                RR,
            ),
            (U, "no", R),
            (C, "you set up for a trade account we do fifteen percent off for trade", R),
            (U, "no", R),
            (C, "we are doing a raffle for the air ambulance quid a ticket want one", R),
            (U, "er", R),
            (C, "and if you download the app you get free fitting next time", R),
            (U, "just the battery", R),
        ],
    ),
    # --------------------------------------------------------- hard "not"
    (
        "q12",
        "bakery, Leytonstone",
        [],
        "NOT gossip: warm chat about the customer's own grandson's birthday and his cake",
        [
            (C, "morning sweetheart what can i get you"),
            (U, "can i order a birthday cake for saturday its my grandsons fifth"),
            (C, "ah bless him five thats a lovely age what is he into"),
            (U, "hes obsessed with dinosaurs at the moment"),
            (C, "we can do a green sponge with a little t rex on top the kids go mad for that"),
            (U, "oh hell love that"),
            (C, "chocolate or vanilla sponge"),
            (U, "chocolate please"),
            (C, "lovely ill put you down for collection saturday morning"),
            (C, "hope he has a proper good day tell him happy birthday from us"),
            (U, "i will thank you"),
            (C, "thats twelve pound deposit please"),
        ],
    ),
    (
        "q13",
        "car parts counter, Ilford",
        [],
        "NOT gossip: a workshop colleague named to look at the wiring, the manager praised for free checks",
        [
            (U, "alright mate my headlight bulb keeps blowing on the astra"),
            (C, "could be the wiring rather than the bulb if its going that often"),
            (
                C,
                "mo in the workshop knows them astras inside out hell have a look for you if youve got ten minutes",
            ),
            (U, "yeah go on then"),
            (
                C,
                "our manager sharon brought in free checks on saturdays so it wont cost you nothing",
            ),
            (U, "thats decent"),
            (
                C,
                "shes been brilliant since she took over to be fair sorted the whole stock room out",
            ),
            (U, "nice one"),
            (C, "ill put a pair of bulbs by for you in case eight ninety nine"),
            (U, "cheers"),
        ],
    ),
    (
        "q14",
        "newsagent, Canning Town",
        [],
        "NOT gossip: the customer gossips about a neighbour and the cashier twice declines to join in",
        [
            (U, "the echo and a scratchcard please"),
            (C, "which one the two pound or the five pound"),
            (U, "two pound one"),
            (
                U,
                "here did you hear about her at number twelve her blokes moved out and shes already got some fella round",
            ),
            (C, "couldnt tell you mate i keep my nose out of all that"),
            (U, "well the whole road is talking about it"),
            (C, "ha not my business that one is it just the paper and the card"),
            (U, "yeah thats it"),
            (C, "three pound forty then"),
        ],
    ),
    (
        "q15",
        "greasy spoon counter, Stratford",
        [],
        "NOT a repeat: the cashier reads a big table order back once to confirm it",
        [
            (U, "two full english one with no mushrooms a bacon roll and three teas"),
            (C, "any sauce on the roll"),
            (U, "red"),
            (C, "and sugars in the teas"),
            (U, "two in one the others none"),
            (C, "right let me read that back so i dont muck it up"),
            (
                C,
                "two full english one no mushrooms bacon roll with red three teas one with two sugars that right",
            ),
            (U, "spot on"),
            (C, "twenty three fifty ill bring it over to you"),
            (U, "ta"),
        ],
    ),
    (
        "q16",
        "market fruit and veg stall, Walthamstow Market",
        [],
        "NOT a repeat: how-many questions about different fruit, and a bag question re-asked after the customer says sorry what",
        [
            (C, "come on ladies lovely strawberries two punnets for three pound"),
            (U, "ill have a punnet of them please"),
            (C, "there you go how many bananas"),
            (U, "five"),
            (C, "and how many pears you want"),
            (U, "four of the ripe ones"),
            (C, "you want a bag for that lot"),
            (U, "sorry what"),
            (C, "do you need a bag sweetheart"),
            (U, "no ive got me trolley"),
            (C, "five pound twenty then"),
        ],
    ),
    (
        "q17",
        "DIY store till, Brentwood",
        [],
        "NOT rushed: one stain-block recommendation fitted to the customer's damp patch, then the usual bag and receipt",
        [
            (U, "hi ive got a damp patch on the bathroom ceiling what paint would you use"),
            (C, "is it dry now or still coming through"),
            (U, "its dry we had the leak fixed last week"),
            (C, "then id put a stain block on first otherwise it bleeds back through the emulsion"),
            (C, "this one here is decent one coat usually does it"),
            (U, "oh great ill take that and the white"),
            (C, "nice one do you need a bag for them", {"pause": 2.5}),
            (U, "no im parked right outside"),
            (C, "you want the receipt", {"pause": 2.0}),
            (U, "yeah please"),
            (C, "thirty one forty then mate"),
        ],
    ),
    (
        "q18",
        "bakery, Leigh-on-Sea",
        [],
        "NOT rushed: a stamp card early and a Christmas order mention much later, with chat about the cold between",
        [
            (C, "hiya babe what can i get you"),
            (U, "a large bloomer sliced please and four iced buns"),
            (C, "sliced thick or thin"),
            (U, "thick please"),
            (C, "do you want one of our stamp cards every tenth loaf is on us"),
            (U, "yeah go on then"),
            (U, "blimey its bitter out there this morning"),
            (C, "tell me about it weve had the ovens on since four and im still frozen"),
            (U, "least its warm in here"),
            (C, "ha thats the only perk of the job", {"pause": 3.0}),
            (
                C,
                "oh and were taking christmas orders now if you fancy a yule log put your name down whenever",
                {"pause": 8.0},
            ),
            (U, "ill have a think and let you know next week"),
            (C, "no rush thats five pound sixty with the buns"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout162", HELDOUT162, 1621)
