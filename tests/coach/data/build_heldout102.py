#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the coach's held-out set 102: written blind by writer-102 BEFORE reading the engine, its lexicons or the other held-out sets (only build_heldout678.py's helpers and build_heldout31.py's skeleton were read, for the format); scored once before any change for it.

Imagined authors and settings (recogniser style: lower case, no punctuation, no
apostrophes, numbers as words, a few realistic recognition errors such as a
homophone or a dropped short word): long-winded older staff at a Yorkshire
supermarket deli, a Boston fish counter, a Cork butcher's counter, a Glasgow
self-checkout assistance point, a New Jersey deli and a Devon farm shop.

Mix (aimed at precision: a false nudge costs more than a miss):
  4 gossip             a regular's fancy man, a colleague on a final warning for
                       taking stock, the deli manager's debts, the cashier's own
                       son in trouble with the police.
  4 repeated_question  how thin to slice it (twice), how many people it is for,
                       whether to wrap it for the freezer, each asked again in
                       other words after a clear answer.
  3 rushed_upsell      meal deal / points card / bag for life / raffle, app
                       coupon / combo / raffle / round-up, points card / raffle /
                       bag for life, fired with the customer barely speaking.
  7 unlabelled         hard near-misses: warm family chat and the cashier's
                       harmless day; a colleague praised in a product context and
                       the manager named only for a rule; a customer who gossips
                       while the cashier deflects; an order read back; a "sorry"
                       re-ask plus different questions of the same shape; one
                       tailored recommendation with bag and receipt questions;
                       two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT102 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "yorkshire supermarket deli",
        ["gossip"],
        "cashier tells a stranger about a regular's affair with a younger 'fancy man' behind her husband's back",
        [
            (C, "now then love what can i get you"),
            (U, "can i have a quarter of the wensleydale and a couple of pork pies"),
            (C, "course you can the big ones or the little ones"),
            (U, "the little ones please two"),
            (
                C,
                "two little ones ill just way the cheese for you ere you know mrs hardcastle from top of the estate",
            ),
            (U, "no i dont think so"),
            (
                C,
                "well shes in here every tuesday with her fancy man and her husband thinks shes at the bingo with her sister",
            ),
            (U, "oh right"),
            (
                C,
                "hes twenty years younger than her drives a van for the brewery and the whole counter knows except that poor husband of hers god love him he was sat in the car park waiting on her this morning bold as brass",
            ),
            (U, "okay can i just pay for these please"),
            (C, "aye thats six pound forty love"),
        ],
    ),
    (
        "q02",
        "cork butcher's counter",
        ["gossip"],
        "butcher slanders a named junior colleague: final warning for stealing stock, plus his girlfriend leaving him",
        [
            (C, "howya whats it to be today"),
            (U, "a pound of the round stake and six sausages please"),
            (
                C,
                "grand so youll not see young ciaran behind the counter for a while now hes on his final warning",
            ),
            (U, "oh is he"),
            (
                C,
                "he was caught going out the back door with a leg of lamb under his coat and sure half the rashers went missing at christmas and we all knew twas him",
            ),
            (U, "thats a shame"),
            (
                C,
                "the boss gave him one more chance but between ourselves his girlfriend is after leaving him and hes not right since so i wouldnt bet on him lasting",
            ),
            (U, "right and the sausages as well please"),
            (C, "there you are now thats eleven euro twenty"),
        ],
    ),
    (
        "q03",
        "new jersey deli",
        ["gossip"],
        "counterman tells a customer the deli manager owes a bookie and his wife does not know",
        [
            (C, "hey hon what can i get ya"),
            (U, "half pound of the honey turkey and a pound the white american"),
            (
                C,
                "you got it you see the guy in the back office with the sweater thats sal the manager",
            ),
            (U, "uh i didnt really notice"),
            (
                C,
                "guys in hock up to his eyeballs owes a bookie in paterson like forty grand and his wife dont know a thing",
            ),
            (U, "oh"),
            (
                C,
                "swear to god two guys came in here last thursday asking for him and he hid in the walk in thats why hes cutting all our hours",
            ),
            (U, "yikes okay um can i also get a kaiser roll"),
            (C, "sure thing thats fourteen sixty five at the register"),
        ],
    ),
    (
        "q04",
        "glasgow self-checkout assistance point",
        ["gossip"],
        "assistant overshares her own family drama: her son arrested, court date, cells, not sleeping",
        [
            (U, "excuse me its saying unexpected item in the bagging area again"),
            (C, "aye it does that hen just leave it there and ill put my card in there you go"),
            (U, "thanks its been doing it all week"),
            (
                C,
                "dinnae talk to me about weeks ive had the week from hell my boy got lifted by the polis on saturday night",
            ),
            (U, "oh no"),
            (
                C,
                "him and his pals were out their faces in the town and he put a windae in at the chip shop and now hes up at the sheriff court on the fourteenth and his da wont even speak to him",
            ),
            (U, "thats awful im sorry"),
            (
                C,
                "i had to go down and get him out the cells at four in the morning i havent slept a wink since",
            ),
            (U, "i hope it works out can i pay now"),
            (C, "aye just tap your card on the screen hen"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "yorkshire supermarket deli",
        ["repeated_question"],
        "customer clearly says wafer thin; a few turns later the server asks thin or thick again",
        [
            (C, "morning love what are you after"),
            (U, "some of the honey roast ham please about half a pound"),
            (C, "and how would you like it cutting"),
            (U, "wafer thin please as thin as the machine goes its for the grandkids sandwiches"),
            (C, "right you are they dont half get through some ham do kids"),
            (U, "they do our eldest eats it straight out the packet"),
            (
                C,
                "mine were the same now did you want that sliced thin or more of a thick cut like for a salad",
            ),
            (U, "thin please like i said as thin as it goes"),
            (C, "oh aye sorry love thin it is"),
            (U, "and a tub of the coleslaw"),
            (C, "thatll be five pound ten then"),
        ],
    ),
    (
        "q06",
        "boston fish counter",
        ["repeated_question"],
        "customer says the chowder is for four; the fishmonger later asks again how many he is cooking for",
        [
            (C, "hey there what are we looking at today"),
            (U, "i need some cod for a chowder"),
            (C, "sure how many people you feeding"),
            (U, "four of us me my wife and the two kids"),
            (C, "okay for four you want about two pounds give or take you putting clams in it too"),
            (U, "yeah maybe a dozen littlenecks"),
            (
                C,
                "good call the littlenecks came in this morning from duxbury so how many you cooking for tonight",
            ),
            (U, "four like i said"),
            (C, "right right four so two pounds is plenty"),
            (U, "great thanks"),
            (C, "thats thirty one fifty pay up at the register"),
        ],
    ),
    (
        "q07",
        "cork butcher's counter",
        ["repeated_question"],
        "customer clearly says the lamb is not for the freezer; butcher later offers to wrap it for the freezer again",
        [
            (C, "well hello again what can i do for you"),
            (U, "a leg of lamb please about two kilos for sunday"),
            (C, "lovely will i wrap that for the freezer or is it going in the fridge"),
            (
                U,
                "its not for the freezer its going in the oven on sunday so just the paper is fine",
            ),
            (C, "grand so are you doing it with rosemary"),
            (U, "rosemary and a bit of garlic"),
            (
                C,
                "thats the way my mother did it now will i double wrap it for you so it keeps in the freezer",
            ),
            (U, "no its not going in the freezer at all were eating it sunday"),
            (C, "ah sorry grand so just the paper"),
            (U, "thanks"),
            (C, "that comes to thirty four euro"),
        ],
    ),
    (
        "q08",
        "new jersey deli",
        ["repeated_question"],
        "customer asks for the ham thin for sandwiches; after a different question about the swiss the counterman asks thick or thin again",
        [
            (C, "next whaddaya need"),
            (U, "pound of the ham off the bone and a half pound of swiss"),
            (C, "how you want the ham cut"),
            (U, "thin like for sandwiches not shaved just thin"),
            (C, "gotcha and the swiss sliced too or you want a chunk"),
            (U, "sliced please"),
            (C, "okay so on the ham you want that thick or thin"),
            (U, "thin i told you for sandwiches"),
            (C, "my bad thin coming up"),
            (C, "anything else for ya"),
            (U, "nope thats it"),
            (C, "nineteen eighty at the register"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "glasgow self-checkout assistance point",
        ["rushed_upsell"],
        "after the age check: meal deal, points card, sign-up with bag for life, hospital raffle fired back to back",
        [
            (U, "hiya can you approve the wine it wont let me go through"),
            (C, "aye nae bother hen ill just need to see some id"),
            (U, "there you go"),
            (
                C,
                "lovely thats you did you see the meal deal though youve got a sandwich and crisps you just need a drink to make it up",
                RR,
            ),
            (U, "oh no im fine", R),
            (C, "and have you got your points card youll want to scan that", RR),
            (U, "no i dont", R),
            (
                C,
                "i can sign you up right now takes two minutes and you get a free bag for life today",
                RR,
            ),
            (U, "um", R),
            (C, "and would you like a raffle ticket for the childrens hospital just a pound", RR),
            (U, "no thanks i just need to pay", R),
            (C, "right enough just tap your card hen"),
        ],
    ),
    (
        "q10",
        "new jersey deli",
        ["rushed_upsell"],
        "combo, app coupon, little league raffle, food bank round-up in one breath",
        [
            (C, "okay so thats the italian sub and the macaroni salad"),
            (U, "yep"),
            (C, "you wanna make that a combo chips and a soda two bucks more", RR),
            (U, "uh no", R),
            (
                C,
                "you got our app theres a coupon in there for a free cookie today just download it real quick",
                RR,
            ),
            (U, "i dont", R),
            (C, "and we got a raffle for the little league a dollar a ticket you want one", RR),
            (U, "no im good", R),
            (C, "round up for the food bank", RR),
            (U, "just the sub please", R),
            (C, "fourteen twenty five"),
        ],
    ),
    (
        "q11",
        "devon farm shop",
        ["rushed_upsell"],
        "points card, stamp-card sign-up, village show raffle, jute bag for life with the customer barely answering",
        [
            (C, "there we are my lover thats your pasties and the clotted cream"),
            (U, "thanks"),
            (C, "have you got one of our points cards my lover", RR),
            (U, "no", R),
            (C, "only i can do you one now stamp every visit and your tenth coffee is free", RR),
            (U, "maybe another time", R),
            (C, "and a raffle ticket for the village show a pound a strip", RR),
            (U, "oh um", R),
            (C, "and do you want a bag for life theyre the jute ones with the cow on", RR),
            (U, "ive got a bag thanks", R),
            (C, "lovely thats twelve pounds eighty then"),
        ],
    ),
    # ------------------------------------------------- hard near-misses (none)
    (
        "q12",
        "devon farm shop",
        [],
        "NOT gossip: warm chat about the customer's grandchildren and the shop worker's own harmless quiet morning",
        [
            (C, "morning my lover youre out early"),
            (
                U,
                "morning i am were off to the coast later got the grandchildren down from bristol for the week",
            ),
            (C, "oh how lovely how old are they now"),
            (U, "six and nine the little one wants to go crabbing"),
            (
                C,
                "oh theyll love that take a bit of bacon rind down the harbour at appledore the crabs go mad for it",
            ),
            (U, "ill remember that"),
            (
                C,
                "ive been in since half six doing the eggs and its been a lovely quiet morning for once i had my cuppa out the back and watched the swallows",
            ),
            (
                U,
                "sounds nice ill take a dozen of the eggs a loaf of the sourdough and four scones for the beach",
            ),
            (C, "there we are thats eleven pounds twenty have a beautiful week with them"),
        ],
    ),
    (
        "q13",
        "yorkshire supermarket deli",
        [],
        "NOT gossip: colleague Janet praised for her prize pies (product context), manager named only for the no-heating rule",
        [
            (U, "have you got any of that black pudding left"),
            (
                C,
                "we have love theres a ring here and if you fancy a pie with it our janet makes the pork pies in the back shes won prizes at the great yorkshire show with them",
            ),
            (U, "oh go on one of the medium ones"),
            (C, "good choice there you are"),
            (U, "could you warm it up for me"),
            (
                C,
                "im afraid i cant love the manager mr briggs says we cant heat anything on the counter since the health inspection",
            ),
            (U, "thats fine ill do it at home"),
            (C, "janet says twenty minutes at one eighty and let it rest a bit"),
            (U, "brilliant thanks"),
            (C, "thats seven pound fifty love"),
        ],
    ),
    (
        "q14",
        "cork butcher's counter",
        [],
        "NOT gossip: the CUSTOMER gossips about her neighbours at length; the butcher deflects every time and does not join in",
        [
            (C, "morning mrs o leary what can i get you"),
            (
                U,
                "half a pound of the mince and a few rashers did you hear about the doyles next door to me the guards were at the house twice last week",
            ),
            (C, "ah i wouldnt know anything about that now was it the lean mince you wanted"),
            (
                U,
                "the lean yes and his sister is no better shes after running off with the fella from the credit union",
            ),
            (C, "sure look its none of my business how many rashers will i give you"),
            (U, "eight i tell you the hole road is talking about it"),
            (C, "well the rashers are lovely today anyway there you are the eight of them"),
            (U, "and they have the cheek to be going up to mass on a sunday"),
            (C, "that comes to nine euro forty mrs o leary"),
            (U, "there you are"),
            (C, "thanks a million mind yourself"),
        ],
    ),
    (
        "q15",
        "new jersey deli",
        [],
        "NOT a repeat: the counterman reads the order back to confirm it; the ham question asks something the customer had not said",
        [
            (
                U,
                "lemme get a half pound of ham a half pound of provolone sliced thin and a pound of potato salad",
            ),
            (C, "you want the ham off the bone or the boiled"),
            (U, "off the bone"),
            (C, "you got it gimme a minute"),
            (
                C,
                "alright so i got half pound off the bone ham half pound provolone sliced thin and a pound of the potato salad we good",
                {"pause": 45.0},
            ),
            (U, "yep thats it"),
            (C, "anything else today"),
            (U, "no thanks"),
            (C, "twenty two forty at the register"),
        ],
    ),
    (
        "q16",
        "boston fish counter",
        [],
        "NOT a repeat: the heads question is re-asked only because the customer said 'sorry'; scaled/gutted/butterflied are different questions of the same shape",
        [
            (C, "hi what can i get for you"),
            (U, "two of the whole branzino please"),
            (C, "sure thing you want the heads left on"),
            (U, "sorry"),
            (C, "the heads you want me leave the heads on or take em off"),
            (U, "oh off please"),
            (C, "okay and you want em scaled"),
            (U, "yes please"),
            (C, "and you want em gutted too"),
            (U, "yeah gutted"),
            (C, "butterflied or left whole"),
            (U, "left whole"),
            (C, "you got it eighteen forty at the register"),
        ],
    ),
    (
        "q17",
        "devon farm shop",
        [],
        "NOT rushed: one tailored recommendation (local cider for the customer's pork belly) plus the usual bag and receipt questions spread out",
        [
            (U, "im doing a pork belly tonight for some friends whats good with it"),
            (
                C,
                "well my lover if i were you id take a bottle of the sandford cider its made just up the road and a splash in the roasting tin makes the gravy lovely",
            ),
            (U, "oh that sounds good ill take one"),
            (C, "lovely and the pork belly was it the one kilo peace you wanted"),
            (U, "yes the one kilo"),
            (C, "there we are do you need a bag"),
            (U, "yes please"),
            (C, "thats nineteen pounds fifty"),
            (C, "all gone through do you want your receipt", {"pause": 8.0}),
            (U, "no thanks"),
            (C, "enjoy your evening my lover"),
        ],
    ),
    (
        "q18",
        "boston fish counter",
        [],
        "NOT rushed: scallop special offered early, rewards card offered only at the very end of a relaxed chatty visit",
        [
            (C, "hey good morning how you doing"),
            (U, "good good just took a walk down the harbor nice out"),
            (C, "beautiful day whatll it be"),
            (U, "pound and a half of the haddock and some scallops"),
            (
                C,
                "we got the sea scallops on special today twelve ninety nine a pound if you want those instead of the bay",
            ),
            (U, "sure ill take a pound of the sea scallops"),
            (C, "nice you gonna bake the haddock"),
            (U, "yeah ritz crackers and butter my mothers way"),
            (
                C,
                "cant beat it my ma did the same thing every friday in southie with a little lemon on top",
            ),
            (U, "ha same here dorchester though"),
            (C, "okay heres your haddock and the scallops all wrapped", {"pause": 40.0}),
            (U, "thanks a lot"),
            (
                C,
                "oh and we got a rewards card up at the register you get a free pound of shrimp after ten visits if you want one",
            ),
            (U, "sure why not have a good one"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout102", HELDOUT102, 1021)
