# ruff: noqa: E501
"""Build the coach's held-out set 178: written by writer-178 BLIND, before reading the engine, its lexicons or the other held-out sets (only the shared README's nudge definitions, build_heldout678.py's helpers and build_heldout31.py's file skeleton were read, for the format); scored once before any change for it.

Imagined authors (recogniser style: lower case, almost no punctuation, no
apostrophes, numbers as words): staff and regulars around Hawaii, speaking
Hawaii English with local words (brah, aunty, shoots, da kine, pau, mahalo, ono,
broke da mouth) dropped into ordinary sentences. Shops: a Honolulu ABC-store
style convenience shop, a Hilo plate-lunch counter, a Maui surf shop, a Kona
coffee stand, a Waikiki pharmacy and a poke counter at a grocery. The cashier
often speaks twice in a row.

Mix, 18 conversations: 4 gossip (a previous customer's tourist fling, the
manager's cousin skimming the register, a surf instructor's drug arrest, the
cashier's own auntie feuding with her neighbour), 4 repeated_question (which
poke, how many plates with a number given both times, visiting or local, what
roast), 3 rushed_upsell (rewards card, sunscreen deal, snorkel tour, reef
donation, souvenir upgrade and the like fired back to back), and 7 hard "not"
cases: warm chat about the customer's own family; colleagues and the manager
named for work and praised; the customer gossips while the cashier deflects; an
order read back plus a customer repeating her own question; a "sorry" re-ask and
different questions of the same shape; one tailored recommendation with the
usual bag and receipt questions; two offers far apart in a relaxed visit.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_heldout678 import RR, C, R, U, build

HELDOUT178 = [
    # ---------------------------------------------------------------- gossip
    (
        "q01",
        "Honolulu convenience store",
        ["gossip"],
        "cashier tells the next customer about the previous customer's holiday fling with a married beach boy",
        [
            (C, "aloha you find everything okay"),
            (U, "yeah just the musubi and a water"),
            (C, "shoots"),
            (
                C,
                "ho you just missed it the lady before you bought three boxes of chocolate macnuts for some beach boy she met on tuesday",
            ),
            (U, "oh ha"),
            (
                C,
                "she told me she left her husband back in ohio and now she stays at the guys place in makiki for the rest of the month",
            ),
            (
                C,
                "and the funny part is he is married too the whole of waikiki knows about that guy",
            ),
            (U, "wow okay"),
            (C, "six forty five brah"),
            (U, "here you go"),
            (C, "mahalo"),
        ],
    ),
    (
        "q02",
        "Hilo plate-lunch counter",
        ["gossip"],
        "cashier accuses the manager's cousin of skimming the till and the manager of covering for him",
        [
            (C, "howzit what can i get you"),
            (U, "one loco moco and a side of mac salad"),
            (C, "gravy on top or on the side"),
            (U, "on top"),
            (
                C,
                "just so you know the wait is kinda long today we are short one guy because the managers cousin got sent home",
            ),
            (U, "oh no is he sick"),
            (
                C,
                "nah everybody in the back knows he was pocketing cash out of the register every friday night",
            ),
            (
                C,
                "and the boss keeps covering for him because he is family but the drawer was short like two hundred bucks last week",
            ),
            (U, "huh"),
            (C, "anyway eleven fifty"),
            (U, "card okay"),
            (C, "yup just tap right there"),
        ],
    ),
    (
        "q03",
        "Maui surf shop",
        ["gossip"],
        "cashier spreads a named surf instructor's drug arrest and who turned him in",
        [
            (U, "can i rent a soft top for the afternoon"),
            (C, "sure thing eight foot or nine foot"),
            (U, "eight is fine"),
            (C, "okay i just need a card to hold it"),
            (U, "here"),
            (C, "are you heading to the cove in kihei"),
            (U, "yeah probably"),
            (
                C,
                "careful who you take lessons from down there one of the instructors keoni got busted last weekend",
            ),
            (
                C,
                "cops found a whole bag of ice in his truck right in the parking lot in front of his students",
            ),
            (U, "oh geez"),
            (
                C,
                "and it was his own girlfriend who called them on him that is what everybody at the shop is saying",
            ),
            (U, "okay"),
            (C, "board is due back by five"),
        ],
    ),
    (
        "q04",
        "Kona coffee stand",
        ["gossip"],
        "cashier overshares her auntie's fence feud with the neighbour and her own family drama",
        [
            (C, "morning what can i make you"),
            (U, "a medium latte with oat milk"),
            (C, "you got it"),
            (
                C,
                "sorry if i am slow today i was up all night because my auntie and her neighbour were yelling at each other over the property line again",
            ),
            (U, "oh no"),
            (
                C,
                "she says he moved the fence two feet onto her side and he says she poisoned his mango tree",
            ),
            (
                C,
                "now she is taking him to court and wants me to testify and i do not even want to be in it",
            ),
            (U, "sounds rough"),
            (C, "ugh family you know six twenty five"),
            (U, "here you go"),
        ],
    ),
    # ---------------------------------------------------------------- repeated_question
    (
        "q05",
        "poke counter at a grocery",
        ["repeated_question"],
        "after chat about the fish and the husband the cashier asks again which poke she wanted",
        [
            (C, "hi what can i get for you"),
            (U, "can i get a pound of the spicy ahi"),
            (C, "you got it"),
            (U, "is it fresh today"),
            (C, "came in this morning from the auction"),
            (U, "nice my husband is going to be stoked he has been craving it all week"),
            (C, "ho for sure it is so ono today"),
            (C, "so which one of the pokes did you want"),
            (U, "um the spicy ahi"),
            (C, "okay one pound coming up"),
        ],
    ),
    (
        "q06",
        "Hilo plate-lunch counter",
        ["repeated_question"],
        "asks how many katsu plates again after being told seven; customer answers seven both times",
        [
            (C, "howzit aunty what would you like today"),
            (U, "chicken katsu plates for the office"),
            (C, "shoots how many plates you need"),
            (U, "seven"),
            (C, "white rice or brown"),
            (U, "white for all of them"),
            (U, "it is for my coworkers retirement lunch"),
            (C, "aw that is nice how long was she working there"),
            (U, "like thirty years"),
            (C, "wow good for her the katsu today broke da mouth she is gonna love it"),
            (C, "okay so how many katsu you want me to make"),
            (U, "seven"),
            (C, "okay give me like fifteen minutes"),
        ],
    ),
    (
        "q07",
        "Waikiki pharmacy",
        ["repeated_question"],
        "asks if the customer is local or on vacation after she already said she is visiting from seattle",
        [
            (C, "hi there just these two"),
            (U, "yeah the aloe and the band aids"),
            (C, "are you visiting or do you live here"),
            (U, "visiting from seattle"),
            (C, "oh nice how long are you here for"),
            (U, "one more week"),
            (
                C,
                "that burn looks painful put the aloe on tonight and keep it in the fridge it feels way better cold",
            ),
            (U, "yeah i fell asleep at the beach"),
            (C, "so are you local or just here on vacation"),
            (U, "i said seattle we are on vacation"),
            (C, "oh right sorry eighteen ten"),
        ],
    ),
    (
        "q08",
        "Kona coffee stand",
        ["repeated_question"],
        "asks about the roast a second time in other words after medium was already given",
        [
            (U, "hi i want to buy a bag of beans to take home"),
            (C, "for sure what kind of roast you like"),
            (U, "medium"),
            (C, "we have the peaberry and the regular kona"),
            (U, "the peaberry sounds fun"),
            (C, "is it a gift or for you"),
            (U, "for me and my partner we drink a whole pot every morning"),
            (C, "ho that is a lot of coffee"),
            (U, "we are retired we have the time"),
            (C, "love it"),
            (C, "and you wanted that one dark or more on the lighter side"),
            (U, "medium like i said"),
            (C, "right medium peaberry da kine coming up"),
        ],
    ),
    # ---------------------------------------------------------------- rushed_upsell
    (
        "q09",
        "Honolulu convenience store",
        ["rushed_upsell"],
        "rewards card, sign-up by phone number, sunscreen two for one and a reef dollar in one burst",
        [
            (U, "just the water and the spam musubi"),
            (C, "you got our aloha rewards card", RR),
            (U, "no", R),
            (C, "you want to sign up takes two seconds just need your phone number", R),
            (U, "nah", R),
            (C, "sunscreen is two for one today you want to grab one for the beach", R),
            (U, "no thanks", R),
            (C, "and you want to add a dollar for the reef today", R),
            (U, "no", R),
            (C, "four twenty nine"),
        ],
    ),
    (
        "q10",
        "Maui surf shop",
        ["rushed_upsell"],
        "snorkel tour, souvenir upgrade, reef round-up and email capture fired back to back",
        [
            (U, "just the rash guard"),
            (
                C,
                "cool are you guys doing the molokini snorkel tour we got seats tomorrow morning ten percent off",
                RR,
            ),
            (U, "nah", R),
            (C, "you want the logo one instead only five more and you get the sticker pack", R),
            (U, "this one is fine", R),
            (C, "we are doing a round up for the reef fund you want to round up", R),
            (U, "no", R),
            (C, "and email for the receipt", R),
            (U, "no", R),
            (C, "okay thirty eight and you are all pau"),
        ],
    ),
    (
        "q11",
        "Waikiki pharmacy",
        ["rushed_upsell"],
        "rewards number, email sign-up, reef-safe sunscreen deal and a keychain upgrade while the customer says no",
        [
            (U, "just the allergy pills and this keychain"),
            (C, "you have our rewards number", RR),
            (U, "no", R),
            (C, "you can sign up with your email and get five off today", R),
            (U, "i am fine", R),
            (C, "we also have the reef safe sunscreen buy one get one", R),
            (U, "nope", R),
            (
                C,
                "and for three more you can get the keychain with the shell and your name on it",
                R,
            ),
            (U, "no thanks", R),
            (C, "okay twelve fifty nine"),
        ],
    ),
    # ---------------------------------------------------------------- hard "not" cases
    (
        "q12",
        "Maui surf shop",
        [],
        "NOT gossip: warm chat about the customer's own daughter and husband, plus one sizing tip",
        [
            (U, "hi i need a rash guard for my daughter she is six"),
            (C, "aw first time in the water"),
            (U, "first time on a board she has been begging since christmas"),
            (C, "ho she is gonna love it where are you guys going"),
            (U, "we booked a lesson at launiupoko"),
            (C, "perfect spot for keiki nice and mellow"),
            (C, "this pink one runs kinda small so maybe go one size up"),
            (U, "good call"),
            (U, "my husband is nervous he thinks she will get run over by a turtle"),
            (C, "ha tell him the turtles are the nice ones just give them some space"),
            (C, "twenty four with tax"),
            (U, "here"),
            (C, "mahalo have fun with your girl"),
        ],
    ),
    (
        "q13",
        "poke counter at a grocery",
        [],
        "NOT gossip: a colleague named for who makes which poke and the manager praised for picking the fish",
        [
            (C, "aloha what can i get you"),
            (U, "what is good today"),
            (
                C,
                "the shoyu ahi with da kine sweet onion kainoa mixed it this morning he makes the best shoyu",
            ),
            (U, "okay half pound of that"),
            (
                C,
                "and if you ever want the limu one ask aunty lei at the other end she makes that one fresh",
            ),
            (U, "oh okay maybe next time"),
            (
                C,
                "our manager went down to the pier herself this morning she is super picky about the fish that is why it is so good",
            ),
            (U, "nice"),
            (C, "rice or no rice"),
            (U, "brown rice"),
            (C, "eight seventy five"),
        ],
    ),
    (
        "q14",
        "Hilo plate-lunch counter",
        [],
        "NOT gossip: the customer gossips about the laundromat owner while the cashier keeps to the order",
        [
            (U, "eh you heard about the guy who owns the laundromat"),
            (C, "nope what would you like today"),
            (U, "they say he lost the whole place gambling in vegas his wife is so mad"),
            (C, "oh i dunno about that"),
            (C, "you want the kalua pig or the shoyu chicken"),
            (U, "kalua pig and they say she kicked him out"),
            (C, "hmm two scoop rice"),
            (U, "yeah two scoop"),
            (C, "okay nine fifty"),
            (U, "anyway crazy right"),
            (C, "here is your change have a good one"),
        ],
    ),
    (
        "q15",
        "Kona coffee stand",
        [],
        "NOT repeat: the order read back to confirm it, and the customer repeating her own restroom question",
        [
            (U, "can i get two iced mochas one with oat milk and a hot americano"),
            (C, "sure"),
            (U, "do you guys have a restroom"),
            (C, "around the side of the building"),
            (
                C,
                "okay so that is two iced mochas one oat one regular and one hot americano that right",
            ),
            (U, "yep that is it"),
            (U, "oh and sorry where did you say the restroom was"),
            (C, "just around the side past the picnic tables"),
            (C, "name for the order"),
            (U, "leilani"),
            (C, "okay eighteen fifty"),
        ],
    ),
    (
        "q16",
        "Waikiki pharmacy",
        [],
        "NOT repeat: date of birth asked again only after 'sorry'; last name, first name and other look-alike questions are different",
        [
            (C, "hi last name for the pickup"),
            (U, "kahale"),
            (C, "and the first name"),
            (U, "maile"),
            (C, "date of birth"),
            (U, "sorry"),
            (C, "the birthday on the prescription"),
            (U, "june ninth nineteen eighty"),
            (C, "okay you got two here any questions for the pharmacist"),
            (U, "no i am good"),
            (C, "you need a bag for these"),
            (U, "no i got my purse"),
            (C, "thirty two dollars"),
        ],
    ),
    (
        "q17",
        "Honolulu convenience store",
        [],
        "NOT rushed: one reef-safe suggestion tied to the customer's hanauma bay plan, bag and receipt asked apart",
        [
            (C, "aloha"),
            (U, "hi just the sunscreen and these postcards"),
            (C, "you guys staying in waikiki"),
            (U, "yeah just down the street it is our anniversary trip"),
            (C, "oh congrats how many years"),
            (U, "twenty five"),
            (C, "ho that is awesome"),
            (U, "we are doing hanauma bay tomorrow"),
            (
                C,
                "oh then you want the mineral one they only let you use reef safe in there it is on the shelf right behind you",
            ),
            (U, "good to know let me swap it"),
            (C, "you want a bag for the postcards", {"pause": 12}),
            (U, "sure"),
            (C, "and you like the receipt in the bag"),
            (U, "yes please"),
        ],
    ),
    (
        "q18",
        "Kona coffee stand",
        [],
        "NOT rushed: banana bread offered at the start and a punch card at the end of a slow chatty visit",
        [
            (C, "morning welcome in"),
            (U, "morning can i get a cortado"),
            (C, "sure thing we got fresh banana bread today if you want a slice with it"),
            (U, "no just the coffee"),
            (C, "shoots"),
            (U, "this view is amazing is it always this clear"),
            (C, "mornings are the best by noon the clouds roll in over the mountain"),
            (U, "good to know we are driving up to the volcano tomorrow"),
            (C, "bring a jacket it gets cold up there nobody ever believes me"),
            (U, "ha okay"),
            (C, "here is your cortado", {"pause": 20}),
            (
                C,
                "oh and if you come back this week we got a punch card every tenth drink free you want one",
                {"pause": 3},
            ),
            (U, "sure why not"),
            (C, "mahalo enjoy the drive"),
        ],
    ),
]

if __name__ == "__main__":
    build("heldout178", HELDOUT178, 1781)
