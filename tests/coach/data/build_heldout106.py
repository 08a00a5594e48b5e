# ruff: noqa: E501
"""Build the coach's held-out set 106: written by writer-106 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, no punctuation, no apostrophes,
numbers as words, a few realistic mishearings such as homophones and dropped
short words): quick, clipped counter talk in New York, Chicago and Los Angeles,
namely a Bronx bodega, a Queens deli, a Chicago corner store, an LA liquor
store, a Brooklyn bagel counter and a Manhattan newsstand.

Mix (aimed at precision: a false nudge costs more than a miss):
  4 gossip            the owner's cousin dealing out the back, a previous
                      customer always drunk by noon, a coworker's baby-daddy
                      drama, the cashier's own court date.
  4 repeated_question how they want the sandwich, whether they want a bag, which
                      lottery game, each asked again in other words after a
                      clear answer.
  3 rushed_upsell     lotto tickets, a combo, a phone card, a donation, a
                      rewards app, a two-for deal fired off in quick bursts.
  7 hard "not" cases  (labels []): warm chat about the customer's family and the
                      cashier's harmless day; a colleague praised in a product
                      context plus the manager named only for a rule; a
                      customer who gossips while the cashier deflects; an
                      order read back to confirm it; a "sorry?" re-ask plus
                      different questions of the same shape; one tailored
                      recommendation with the usual bag and receipt
                      questions; two offers far apart in a relaxed chatty
                      visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT106 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Bronx bodega",
        ["gossip"],
        "cashier tells a customer the owner's cousin is dealing out of the back room: slander about a third party",
        [
            (U, "yo lemme get a chopped cheese and a arizona"),
            (C, "bet chopped cheese coming up"),
            (U, "how long"),
            (C, "like five minutes papi the grill is slow today"),
            (C, "dont tell nobody but you see the owners cousin in the back there"),
            (U, "the tall dude"),
            (
                C,
                "yeah him he be dealing out the back all day thats why people keep walking in there and coming out with nothing in there hands",
            ),
            (U, "word"),
            (C, "owner knows too he just dont want to say nothing cause its family"),
            (U, "aight man just the sandwich"),
            (C, "seven fifty with the drink"),
        ],
    ),
    (
        "q02",
        "Chicago corner store",
        ["gossip"],
        "cashier runs down a previous customer as a drunk to the next customer in line: gossip about a third party",
        [
            (C, "hey hows it going"),
            (U, "good just the paper and a coffee"),
            (C, "sure thing you see that guy who just left in the bears jacket"),
            (U, "kind of"),
            (
                C,
                "hes in here every day buying the tall cans always drunk by noon i swear you can smell it from the door",
            ),
            (U, "huh"),
            (
                C,
                "his wife came in looking for him last week crying and everything the whole block knows",
            ),
            (U, "okay"),
            (C, "anyways thats three twenty five"),
            (U, "here you go"),
        ],
    ),
    (
        "q03",
        "Queens deli",
        ["gossip"],
        "cashier overshares a coworker's baby-daddy drama while making the order: colleague's private life",
        [
            (U, "can i get a bacon egg and cheese on a roll"),
            (C, "salt pepper ketchup"),
            (U, "just salt and pepper"),
            (C, "okay you know jasmine who works the morning"),
            (U, "i think so"),
            (
                C,
                "her baby daddy showed up here yesterday screaming he wants a dna test in front of everybody",
            ),
            (U, "oh jeez"),
            (C, "and she got another guy texting her the whole shift i seen the phone its a mess"),
            (U, "thats uh a lot"),
            (C, "tell me about it four seventy five"),
        ],
    ),
    (
        "q04",
        "LA liquor store",
        ["gossip"],
        "cashier tells a customer about her own upcoming court date and the charge: oversharing her own private drama",
        [
            (U, "just this six pack and some limes"),
            (C, "can i see id real quick"),
            (U, "yeah here"),
            (C, "thanks sorry im all over the place today i got court thursday"),
            (U, "oh"),
            (
                C,
                "my ex said i keyed his car which i did not well okay maybe i did but he deserved it",
            ),
            (U, "ha um okay"),
            (C, "lawyer says i might get community service so i might not be here next week"),
            (U, "good luck with that"),
            (C, "thanks hon thats fourteen sixty"),
        ],
    ),
    # ----------------------------------------------------- repeated_question
    (
        "q05",
        "Brooklyn bagel counter",
        ["repeated_question"],
        "customer clearly says toasted with scallion cream cheese; cashier later asks again how they want it",
        [
            (C, "next whatll it be"),
            (U, "everything bagel toasted with scallion cream cheese"),
            (C, "toasted scallion got it anything to drink"),
            (U, "small iced coffee black"),
            (C, "small iced black"),
            (C, "and how you want the bagel toasted or no"),
            (U, "toasted like i said"),
            (C, "right right and what kind of schmear you want on it"),
            (U, "scallion"),
            (C, "eight forty"),
        ],
    ),
    (
        "q06",
        "Manhattan newsstand",
        ["repeated_question"],
        "customer clearly declines a bag; cashier asks again in other words whether they need one",
        [
            (U, "the post and a pack of orbit"),
            (C, "you want a bag for that"),
            (U, "no im good ill just put it in my backpack"),
            (C, "okay five fifty"),
            (U, "card okay"),
            (C, "yeah tap it there"),
            (U, "done"),
            (C, "you need something to carry that in"),
            (U, "no i said im good"),
            (C, "alright have a good one"),
        ],
    ),
    (
        "q07",
        "Chicago corner store",
        ["repeated_question"],
        "customer clearly asks for powerball quick picks; cashier later asks which game they are playing",
        [
            (U, "hi can i get two powerball quick picks"),
            (C, "two powerball quick picks sure"),
            (U, "and a pack of the spearmint gum"),
            (C, "got it anything else"),
            (U, "nope thats it"),
            (C, "so which game you wanna play mega millions or powerball"),
            (U, "powerball two quick picks"),
            (C, "oh yeah okay printing them now"),
            (C, "six dollars and eighty one cents"),
        ],
    ),
    (
        "q08",
        "Queens deli",
        ["repeated_question"],
        "customer says exactly what goes on the hero; cashier later asks what they want on it",
        [
            (C, "yo boss what you need"),
            (U, "turkey hero with lettuce tomato and mayo on a seeded roll"),
            (C, "you got it cheese"),
            (U, "no cheese"),
            (C, "okay no cheese"),
            (U, "and a snapple peach"),
            (C, "in the fridge in the back grab it"),
            (U, "got it"),
            (C, "alright so what you want on the turkey"),
            (U, "lettuce tomato mayo"),
            (C, "my bad nine twenty five"),
        ],
    ),
    # --------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Bronx bodega",
        ["rushed_upsell"],
        "lotto tickets, a sandwich combo and a phone card pushed one after another while the customer only wants a soda",
        [
            (U, "just the coke"),
            (C, "two fifty you want lotto tickets mega millions is up big", RR),
            (U, "nah", R),
            (C, "we got the combo sandwich chips and a drink for eight dollars", R),
            (U, "no im", R),
            (C, "you need a phone card we got the twenty dollar ones", R),
            (U, "no just the coke man"),
            (C, "aight two fifty"),
        ],
    ),
    (
        "q10",
        "LA liquor store",
        ["rushed_upsell"],
        "donation, rewards app and a two-for deal fired off back to back at the register",
        [
            (U, "hi just this bag of hot cheetos and the water"),
            (C, "four ninety nine wanna donate a dollar to the kids hospital", RR),
            (U, "um no", R),
            (C, "you got our rewards app you get points every time", R),
            (U, "no", R),
            (C, "and the waters are two for three if you grab another one", R),
            (U, "im fine really"),
            (C, "okay four ninety nine"),
        ],
    ),
    (
        "q11",
        "Chicago corner store",
        ["rushed_upsell"],
        "hot dog combo, two-for deal on energy drinks, rewards app and lotto all pushed in one burst",
        [
            (U, "can i get a hot dog"),
            (C, "make it combo with chips and a pop for two more", RR),
            (U, "uh no", R),
            (C, "energy drinks are two for five today", R),
            (U, "no thanks", R),
            (C, "download our rewards app you get a free dog after ten", R),
            (C, "and you want a lotto ticket jackpots huge", R),
            (U, "just the hot dog please"),
            (C, "three twenty five"),
        ],
    ),
    # ------------------------------------------------------------- not cases
    (
        "q12",
        "LA liquor store",
        [],
        "NOT gossip: warm chat about the customer's daughter's graduation party and the cashier's own harmless day",
        [
            (C, "hey welcome back how you doing"),
            (U, "good good picking up stuff for my daughters graduation party"),
            (C, "no way congrats where she graduating from"),
            (U, "cal state long beach nursing"),
            (C, "thats huge you must be proud"),
            (U, "so proud first one in the family to finish college"),
            (
                C,
                "love that me im just having a chill day got a breakfast burrito this morning and its been quiet",
            ),
            (U, "sounds nice"),
            (C, "okay so two bottles of the prosecco and the ice thats thirty one forty"),
            (U, "here you go"),
            (C, "have fun at the party tell her congrats"),
        ],
    ),
    (
        "q13",
        "Brooklyn bagel counter",
        [],
        "NOT gossip: colleague named only to praise the bagels he bakes, the manager named only for the card minimum rule",
        [
            (U, "which bagels are fresh right now"),
            (
                C,
                "the everything and the sesame just came out marco bakes them every morning at five hes the best baker we got",
            ),
            (U, "nice ill take a half dozen everything"),
            (C, "good call you want any cream cheese"),
            (U, "a small tub of plain"),
            (C, "okay thats eleven twenty"),
            (U, "can i put it on card"),
            (
                C,
                "yeah just so you know the manager says we gotta do a ten dollar minimum on cards so youre fine",
            ),
            (U, "cool"),
            (C, "here you go enjoy"),
        ],
    ),
    (
        "q14",
        "Queens deli",
        [],
        "NOT gossip: the CUSTOMER gossips about a neighbour at length; the cashier deflects politely and does not join in",
        [
            (U, "you know the lady in two b from my building"),
            (C, "maybe whats up"),
            (
                U,
                "her husband moved out last week and she got some new guy over every night i here them through the wall",
            ),
            (C, "oh well thats not really my business you want the usual"),
            (
                U,
                "yeah the usual but listen the landlords trying to kick her out too cause she aint paying",
            ),
            (C, "i wouldnt know about all that sesame bagel with butter right"),
            (U, "yeah butter and the whole building is talking about it"),
            (C, "hope it works out for everybody thats three fifty"),
            (U, "yeah here"),
            (C, "thanks have a good day"),
        ],
    ),
    (
        "q15",
        "Manhattan newsstand",
        [],
        "NOT a repeat: the cashier reads the whole order back once to confirm it before ringing it up",
        [
            (U, "lemme get the times pack of altoids a water and a metro card refill for twenty"),
            (C, "okay so thats the times altoids one water and twenty on the metro card"),
            (U, "yep"),
            (C, "altoids peppermint or cinnamon"),
            (U, "peppermint"),
            (C, "alright thirty one fifty with the refill"),
            (U, "card"),
            (C, "go ahead tap"),
        ],
    ),
    (
        "q16",
        "Bronx bodega",
        [],
        "NOT a repeat: one question re-asked after the customer says sorry, the rest are different questions of the same shape (toppings one by one)",
        [
            (U, "lemme get a turkey and cheese on a hero"),
            (C, "what cheese you want"),
            (U, "sorry what"),
            (C, "what kind of cheese american or swiss"),
            (U, "american"),
            (C, "you want lettuce and tomato"),
            (U, "yeah both"),
            (C, "you want onions"),
            (U, "no onions"),
            (C, "you want it toasted"),
            (U, "yeah toast it"),
            (C, "bet eight dollars"),
        ],
    ),
    (
        "q17",
        "LA liquor store",
        [],
        "NOT rushed: one tailored wine recommendation for the customer's dinner, then the usual bag and receipt questions at a relaxed pace",
        [
            (U, "im making carne asada tonight what red goes good with that"),
            (
                C,
                "honestly the malbec on the end cap is great with grilled meat its like fifteen bucks",
            ),
            (U, "perfect ill take it"),
            (C, "nice choice you having people over"),
            (U, "yeah my brother and his kids"),
            (C, "thats fun thats sixteen twenty with tax", {"pause": 2.0}),
            (U, "here"),
            (C, "you want a bag for it"),
            (U, "sure"),
            (C, "and you want the receipt"),
            (U, "nah im good"),
            (C, "enjoy the dinner"),
        ],
    ),
    (
        "q18",
        "Chicago corner store",
        [],
        "NOT rushed: two offers (the two-for on chips, later the rewards card) far apart in a relaxed chatty visit",
        [
            (C, "hey how you been"),
            (U, "not bad cold out there"),
            (C, "tell me about it the wind off the lake this morning was crazy"),
            (U, "right ill get these chips and a gatorade"),
            (C, "the chips are two for four this week if you want another bag"),
            (U, "nah just the one"),
            (C, "no problem you watch the game last night"),
            (U, "yeah cant believe the bulls blew that lead"),
            (C, "every year man every year", {"pause": 4.0}),
            (U, "haha yeah"),
            (
                C,
                "oh before i forget we got a rewards card if you want it for next time no pressure",
                {"pause": 25.0},
            ),
            (U, "maybe next time"),
            (C, "sure thing four eighty five"),
            (U, "thanks take it easy"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout106", HELDOUT106, 1061)
